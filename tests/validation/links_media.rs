//! Media files (paths, formats, alt text, transcripts, captions) and links (`@/` paths, anchors,
//! the menu).

use crate::common;
use crate::{DECK, LESSON, LESSON2, PATH};

rule!(
    media_missing,
    |s| {
        s.edit(
            DECK,
            "icon: ikonit/kohtaaminen.svg",
            "icon: ikonit/kohtaamien.svg",
        );
    },
    "content/kortit/testipakka/deck.yaml:11:11: error[MEDIA-MISSING]: the file `ikonit/kohtaamien.svg` does not exist (looked for content/kortit/testipakka/ikonit/kohtaamien.svg)\n  hint: check the spelling and that the path is relative to this file",
    "content/kortit/testipakka/deck.yaml:11:11: virhe[MEDIA-MISSING]: tiedostoa `ikonit/kohtaamien.svg` ei ole (etsittiin: content/kortit/testipakka/ikonit/kohtaamien.svg)\n  vihje: tarkista kirjoitusasu ja että polku alkaa tämän tiedoston kansiosta"
);

rule!(
    media_outside_content,
    |s| {
        s.edit(
            DECK,
            "icon: ikonit/kohtaaminen.svg",
            "icon: ../../../../site.yaml",
        );
    },
    "content/kortit/testipakka/deck.yaml:11:11: error[MEDIA-PATH]: `../../../../site.yaml` points outside the content folder\n  hint: put the file in content/ and write its path relative to this file, e.g. kuvat/kuva.jpg",
    "content/kortit/testipakka/deck.yaml:11:11: virhe[MEDIA-PATH]: `../../../../site.yaml` osoittaa content/-kansion ulkopuolelle\n  vihje: siirrä tiedosto content/-kansioon ja kirjoita sen polku suhteessa tähän tiedostoon, esimerkiksi kuvat/kuva.jpg"
);

rule!(
    image_needs_alt,
    |s| {
        s.write_bytes("content/oppitunnit/perusteet/kuva.png", &common::tiny_png());
        s.edit(
            LESSON,
            "coach_notes:",
            "media:\n  - file: kuva.png\ncoach_notes:",
        );
    },
    "content/oppitunnit/perusteet/aamutoimet.md:17:5: error[MEDIA-ALT]: the picture `kuva.png` has no `alt` text\n  hint: describe what the picture shows in `alt:`, or mark a purely decorative picture with `decorative: true`",
    "content/oppitunnit/perusteet/aamutoimet.md:17:5: virhe[MEDIA-ALT]: kuvalla `kuva.png` ei ole vaihtoehtoista tekstiä (`alt`)\n  vihje: kirjoita kenttään `alt:`, mitä kuvassa näkyy, tai merkitse pelkkä koristekuva rivillä `decorative: true`"
);

rule!(
    audio_needs_transcript,
    |s| {
        s.write("content/oppitunnit/perusteet/dialogi.mp3", "mp3");
        s.edit(
            LESSON,
            "coach_notes:",
            "media:\n  - file: dialogi.mp3\ncoach_notes:",
        );
    },
    "content/oppitunnit/perusteet/aamutoimet.md:17:5: error[MEDIA-TRANSCRIPT]: the sound file `dialogi.mp3` has no `transcript`\n  hint: add `transcript: \"#dialogi\"` (a heading anchor on this page) or the path of a text file (WCAG 1.2.1)",
    "content/oppitunnit/perusteet/aamutoimet.md:17:5: virhe[MEDIA-TRANSCRIPT]: äänitiedostolla `dialogi.mp3` ei ole tekstivastinetta (`transcript`)\n  vihje: lisää rivi `transcript: \"#dialogi\"` (tämän sivun väliotsikon ankkuri) tai tekstitiedoston polku (WCAG 1.2.1)"
);

rule!(
    video_needs_captions,
    |s| {
        s.write("content/polut/polku.mp4", "mp4");
        s.edit(PATH, "links:", "media:\n  - {file: polku.mp4}\nlinks:");
    },
    "content/polut/annan-polku.md:24:5: error[MEDIA-CAPTIONS]: the video `polku.mp4` has no `captions`\n  hint: add `captions:` with the path of a WebVTT (.vtt) file (WCAG 1.2.2)",
    "content/polut/annan-polku.md:24:5: virhe[MEDIA-CAPTIONS]: videolla `polku.mp4` ei ole tekstitystä (`captions`)\n  vihje: lisää rivi `captions:` ja sille WebVTT-tekstitystiedoston (.vtt) polku (WCAG 1.2.2)"
);

rule!(
    unknown_media_format,
    |s| {
        s.edit(
            LESSON,
            "coach_notes:",
            "media:\n  - {file: esitys.pptx, alt: Esitys}\ncoach_notes:",
        );
    },
    "content/oppitunnit/perusteet/aamutoimet.md:17:12: error[MEDIA-FORMAT]: Polku does not know the format of `esitys.pptx`\n  hint: use a picture (jpg, png, webp, gif, svg), sound (mp3, ogg, m4a) or video (mp4, webm) file",
    "content/oppitunnit/perusteet/aamutoimet.md:17:12: virhe[MEDIA-FORMAT]: Polku ei tunne tiedoston `esitys.pptx` muotoa\n  vihje: käytä kuvana jpg-, png-, webp-, gif- tai svg-tiedostoa, äänenä mp3-, ogg- tai m4a-tiedostoa ja videona mp4- tai webm-tiedostoa"
);

rule!(
    broken_markdown_link,
    |s| {
        s.edit(LESSON2, "(@/sanasto/kipu.yaml)", "(@/sanasto/kipuu.yaml)");
    },
    "content/oppitunnit/perusteet/kivusta-kysyminen.md:16:26: error[BROKEN-LINK]: the link `@/sanasto/kipuu.yaml` points to a file that does not exist\n  hint: write the path below content/; did you mean @/sanasto/kipu.yaml?",
    "content/oppitunnit/perusteet/kivusta-kysyminen.md:16:26: virhe[BROKEN-LINK]: linkki `@/sanasto/kipuu.yaml` osoittaa tiedostoon, jota ei ole\n  vihje: kirjoita `@/` ja sen perään tiedoston polku `content/`-kansion sisällä; tarkoititko `@/sanasto/kipu.yaml`?"
);

rule!(
    broken_anchor,
    |s| {
        s.edit(
            "content/_index.md",
            "aamutoimet.md#dialogi",
            "aamutoimet.md#dialogit",
        );
    },
    "content/_index.md:6:19: error[BROKEN-ANCHOR]: the page /oppitunnit/perusteet/aamutoimet/ has no heading with the anchor `#dialogit`\n  hint: did you mean `dialogi`?",
    "content/_index.md:6:19: virhe[BROKEN-ANCHOR]: sivulla /oppitunnit/perusteet/aamutoimet/ ei ole väliotsikkoa, jonka ankkuri on `#dialogit`\n  vihje: tarkoititko `dialogi`?"
);

rule!(
    broken_menu_link,
    |s| {
        s.edit("site.yaml", "@/sanasto/_index.md", "@/sanasto/index.md");
    },
    "site.yaml:22:31: error[BROKEN-LINK]: the menu links to `@/sanasto/index.md`, which is not a file in content/\n  hint: write the path below content/, e.g. @/oppitunnit/_index.md",
    "site.yaml:22:31: virhe[BROKEN-LINK]: valikon linkki osoittaa kohteeseen `@/sanasto/index.md`, mutta sellaista tiedostoa ei ole content/-kansiossa\n  vihje: kirjoita linkkiin tiedoston polku content/-kansion sisällä, esimerkiksi @/oppitunnit/_index.md"
);

rule!(
    markdown_picture_needs_alt,
    |s| {
        s.write_bytes("content/oppitunnit/perusteet/kuva.png", &common::tiny_png());
        s.edit(LESSON2, "Mihin sattuu?", "![](kuva.png) Mihin sattuu?");
    },
    "content/oppitunnit/perusteet/kivusta-kysyminen.md:16:1: error[MEDIA-ALT]: the picture `kuva.png` has no alt text\n  hint: write what the picture shows between the brackets: ![Hoitaja auttaa asukasta](kuva.jpg)",
    "content/oppitunnit/perusteet/kivusta-kysyminen.md:16:1: virhe[MEDIA-ALT]: kuvalla `kuva.png` ei ole tekstivastinetta\n  vihje: kirjoita hakasulkeisiin, mitä kuvassa näkyy: `![Hoitaja auttaa asukasta](kuva.jpg)`"
);

rule!(
    link_to_content_file_needs_at,
    |s| {
        s.edit(LESSON2, "(@/sanasto/kipu.yaml)", "(../../sanasto/kipu.md)");
    },
    "content/oppitunnit/perusteet/kivusta-kysyminen.md:16:26: error[BROKEN-LINK]: the link `../../sanasto/kipu.md` points to a content file without `@/`\n  hint: write links to content files as `@/` and the path below content/, e.g. @/sanasto/kipu.md",
    "content/oppitunnit/perusteet/kivusta-kysyminen.md:16:26: virhe[BROKEN-LINK]: linkki `../../sanasto/kipu.md` osoittaa sisältötiedostoon, mutta sen alusta puuttuu `@/`\n  vihje: kirjoita linkkiin `@/` ja sen perään tiedoston polku `content/`-kansion sisällä, esimerkiksi `@/sanasto/kipu.md`"
);

rule!(
    transcript_anchor_must_exist,
    |s| {
        s.write("content/oppitunnit/perusteet/dialogi.mp3", "mp3");
        s.edit(
            LESSON,
            "coach_notes:",
            "media:\n  - file: dialogi.mp3\n    transcript: \"#dialogit\"\ncoach_notes:",
        );
    },
    "content/oppitunnit/perusteet/aamutoimet.md:18:17: error[BROKEN-ANCHOR]: the page /oppitunnit/perusteet/aamutoimet/ has no heading with the anchor `#dialogit`\n  hint: did you mean `dialogi`?",
    "content/oppitunnit/perusteet/aamutoimet.md:18:17: virhe[BROKEN-ANCHOR]: sivulla /oppitunnit/perusteet/aamutoimet/ ei ole väliotsikkoa, jonka ankkuri on `#dialogit`\n  vihje: tarkoititko `dialogi`?"
);
