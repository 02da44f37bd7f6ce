//! One broken fixture per validation rule: the build must fail (or warn) with exactly the
//! `path:line:column: error[CODE]: message` and hint shown here, and write nothing.

mod common;

use common::{TestSite, one_error};

const LESSON: &str = "content/oppitunnit/perusteet/aamutoimet.md";
const LESSON2: &str = "content/oppitunnit/perusteet/kivusta-kysyminen.md";
const TERM: &str = "content/sanasto/kipu.yaml";
const DECK: &str = "content/kortit/testipakka/deck.yaml";
const CARD: &str = "content/kortit/testipakka/ensimmainen.md";
const CARD2: &str = "content/kortit/testipakka/toinen.md";
const PATH: &str = "content/polut/annan-polku.md";
const WORKSHOP: &str = "content/tyopajat/perehdytyspaja.md";
const PROJECT: &str = "content/hankkeet/testihanke.yaml";
const OUTCOMES: &str = "content/tulokset/testitulokset.yaml";
const STATEMENT: &str = "content/saavutettavuusseloste.md";

/// `rule!(name, |site| change, "expected diagnostic with hint")`: one error, exact stderr.
macro_rules! rule {
    ($name:ident, $setup:expr, $expected:expr) => {
        #[test]
        fn $name() {
            let site = TestSite::fixture("site");
            let setup: fn(&TestSite) = $setup;
            setup(&site);
            assert_eq!(site.build_err(), one_error($expected));
            assert!(!site.exists("public"), "a failed build wrote output");
        }
    };
}

rule!(
    yaml_syntax,
    |s| {
        s.write(
            TERM,
            "term: kipu\nword_class: [substantiivi\nexplanation: x\n",
        );
    },
    "content/sanasto/kipu.yaml:2:13: error[YAML-SYNTAX]: the `[` here is not closed with a matching `]`\n  hint: add `]` where the list ends, or put quotes around text that contains `,` or `]`"
);

rule!(
    front_matter_not_closed,
    |s| {
        s.write("content/tietoa.md", "---\ntitle: Tietoa\n\nTeksti.\n");
    },
    "content/tietoa.md:1:1: error[FRONT-MATTER]: the front matter that starts here is not closed\n  hint: end the front matter with a line that has only `---` on it"
);

rule!(
    unknown_key_suggests,
    |s| {
        s.edit(LESSON, "duration_min: 45", "duraton_min: 45");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:9:1: error[UNKNOWN-KEY]: unknown key `duraton_min`\n  hint: did you mean `duration_min`?"
);

rule!(
    missing_key,
    |s| {
        s.edit(LESSON, "order: 1\n", "");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:2:1: error[MISSING-KEY]: required key `order` is missing\n  hint: add `order:` with a value"
);

rule!(
    invalid_enum_value,
    |s| {
        s.edit(LESSON, "max: A2.2", "max: B1+");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:5:25: error[INVALID-VALUE]: `B1+` is not an allowed value for `level.max`\n  hint: allowed: A1.1, A1.2, A1.3, A2.1, A2.2, B1.1, B1.2, B2.1, B2.2, C1, C2"
);

rule!(
    invalid_type,
    |s| {
        s.edit(LESSON, "duration_min: 45", "duration_min: pitkä");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:9:15: error[INVALID-VALUE]: `duration_min` should be a whole number of 0 or more, not the text \"pitkä\"\n  hint: see the content model in docs/content-model.md for the shape of this key"
);

rule!(
    invalid_date,
    |s| {
        s.edit(LESSON, "date: 2024-01-15", "date: 15.1.2024");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:19:7: error[INVALID-VALUE]: `date`: `15.1.2024` is not a date; write it as YYYY-MM-DD, e.g. 2023-05-15"
);

rule!(
    invalid_id,
    |s| {
        s.edit(LESSON, "order: 1", "id: Aamu_Toimet\norder: 1");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:4:5: error[INVALID-ID]: `Aamu_Toimet` is not a valid id\n  hint: ids use only a–z, 0–9 and -, e.g. `aamu-toimet`"
);

rule!(
    duplicate_id,
    |s| {
        s.write(
            "content/sanasto/kipu-2.yaml",
            "id: kipu\nterm: kipu\nword_class: substantiivi\nexplanation: Tuplana.\n",
        );
    },
    "content/sanasto/kipu.yaml:1:1: error[DUPLICATE-ID]: the term id `kipu` is already used by content/sanasto/kipu-2.yaml\n  hint: give one of the two files another id (rename the file or set `id:`)"
);

rule!(
    type_mismatch,
    |s| {
        s.edit(LESSON2, "title:", "type: term\ntitle:");
    },
    "content/oppitunnit/perusteet/kivusta-kysyminen.md:2:7: error[TYPE-MISMATCH]: this file says `type: term` but content/oppitunnit/_index.md makes its files `lesson`\n  hint: move the file to a folder of its type, or remove its `type` key"
);

rule!(
    missing_type,
    |s| {
        s.write("content/tiedot.yaml", "title: Tiedot\n");
    },
    "content/tiedot.yaml:1:1: error[MISSING-TYPE]: Polku cannot tell what kind of content this file is\n  hint: add `type:` with one of: lesson, term, deck, card, path, workshop, project, outcomes, page, accessibility; or set `type` in the folder's _index.md"
);

rule!(
    url_conflict,
    |s| {
        s.write("content/oppitunnit.md", "---\ntitle: Tuplasivu\n---\n");
    },
    "content/oppitunnit.md:2:1: error[URL-CONFLICT]: this page would be published at /oppitunnit/ like content/oppitunnit/_index.md\n  hint: rename the file or set another `id:`"
);

rule!(
    description_too_long,
    |s| {
        s.edit(
            LESSON,
            "description: Harjoittelet aamutoimien sanoja.",
            &format!("description: {}", "sana ".repeat(61)),
        );
    },
    "content/oppitunnit/perusteet/aamutoimet.md:3:14: error[TOO-LONG]: `description` is 304 characters long; the limit is 300\n  hint: shorten it: it is shown in listings and search results"
);

rule!(
    unknown_theme,
    |s| {
        s.edit(LESSON, "themes: [kohtaaminen]", "themes: [kohtaamien]");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:7:10: error[UNKNOWN-VOCABULARY]: `kohtaamien` is not a theme of this site\n  hint: did you mean `kohtaaminen`? (the list is in site.yaml)"
);

rule!(
    unknown_term,
    |s| {
        s.edit(
            LESSON,
            "vocabulary: [kipu, aamupala]",
            "vocabulary: [kipu, aamupalaa]",
        );
    },
    "content/oppitunnit/perusteet/aamutoimet.md:12:20: error[BROKEN-REF]: there is no glossary term with the id `aamupalaa`\n  hint: did you mean `aamupala`?"
);

rule!(
    unknown_prerequisite,
    |s| {
        s.edit(
            LESSON2,
            "prerequisites: [aamutoimet]",
            "prerequisites: [aamutoimi]",
        );
    },
    "content/oppitunnit/perusteet/kivusta-kysyminen.md:11:17: error[BROKEN-REF]: there is no lesson with the id `aamutoimi`\n  hint: did you mean `aamutoimet`?"
);

rule!(
    lesson_level_order,
    |s| {
        s.edit(LESSON, "{min: A2.1, max: A2.2}", "{min: B1.2, max: A2.2}");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:5:8: error[LESSON-LEVEL]: the lowest level B1.2 is above the highest level A2.2\n  hint: swap `level.min` and `level.max`"
);

rule!(
    duration_out_of_range,
    |s| {
        s.edit(LESSON, "duration_min: 45", "duration_min: 500");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:9:15: error[OUT-OF-RANGE]: `duration_min` is 500; it must be from 5 to 480\n  hint: write a number from 5 to 480"
);

rule!(
    too_many_goals,
    |s| {
        s.edit(
            LESSON,
            "goals:\n",
            "goals:\n  - a\n  - b\n  - c\n  - d\n  - e\n",
        );
    },
    "content/oppitunnit/perusteet/aamutoimet.md:11:3: error[COUNT]: `goals` has 6 items; it needs 1 to 5\n  hint: write 1 to 5 items under `goals`"
);

rule!(
    no_situations,
    |s| {
        s.edit(LESSON, "situations: [aamutoimet]", "situations: []");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:6:13: error[COUNT]: `situations` has 0 items; it needs at least 1\n  hint: write at least 1 items under `situations`"
);

rule!(
    duplicate_lesson_order,
    |s| {
        s.edit(LESSON2, "order: 2", "order: 1");
    },
    "content/oppitunnit/perusteet/kivusta-kysyminen.md:4:8: error[DUPLICATE-ORDER]: the series already has a lesson with order 1: content/oppitunnit/perusteet/aamutoimet.md\n  hint: give each lesson its own order"
);

rule!(
    exercise_gap_count,
    |s| {
        s.edit(LESSON, "answers: [huomenta]", "answers: [huomenta, iltaa]");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:37:10: error[EXERCISE]: the gap exercise has 1 gaps (`___`) but 2 answers\n  hint: give exactly one answer for each `___`, in order"
);

rule!(
    exercise_unknown_kind,
    |s| {
        s.edit(LESSON, "kind: write", "kind: essay");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:64:7: error[INVALID-VALUE]: `essay` is not an allowed value for `kind`\n  hint: `kind` is one of: match, gap, choice, truefalse, write"
);

rule!(
    exercise_choice_number,
    |s| {
        s.edit(LESSON, "correct: 2", "correct: 3");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:45:10: error[EXERCISE]: `correct` is 3, but the options are numbered 1 to 2\n  hint: write the number of the right option, counting from 1"
);

rule!(
    translation_language_code,
    |s| {
        s.edit(TERM, "  en: pain", "  eng: pain");
    },
    "content/sanasto/kipu.yaml:10:3: error[INVALID-LANGUAGE]: `eng` is not a two-letter language code\n  hint: use ISO 639-1 codes such as en, sv, ru, ar"
);

rule!(
    unknown_see_also,
    |s| {
        s.edit(TERM, "see_also: [aamupala]", "see_also: [aamiainen]");
    },
    "content/sanasto/kipu.yaml:14:12: error[BROKEN-REF]: there is no glossary term with the id `aamiainen`\n  hint: allowed: aamupala, kipu, oljy"
);

rule!(
    theme_contrast,
    |s| {
        s.edit(DECK, "text_color: \"#1a1a1a\"", "text_color: \"#ffffff\"");
    },
    "content/kortit/testipakka/deck.yaml:14:12: error[CONTRAST]: the theme `perehdytys` has a contrast of 1,7:1 between #f2c14e and its text colour; at least 4,5:1 is needed\n  hint: use a darker `color`, or set `text_color` (e.g. \"#1a1a1a\") for a light colour (WCAG 1.4.3)"
);

rule!(
    theme_colour_format,
    |s| {
        s.edit(DECK, "color: \"#9c3d1f\"", "color: punainen");
    },
    "content/kortit/testipakka/deck.yaml:9:12: error[INVALID-COLOR]: `punainen` is not a colour\n  hint: write colours as hex codes in quotes, e.g. \"#23467a\""
);

rule!(
    deck_needs_instructions,
    |s| {
        s.edit(DECK, "instructions: kayttoohje.md\n", "");
        s.remove("content/kortit/testipakka/kayttoohje.md");
    },
    "content/kortit/testipakka/deck.yaml:1:1: error[MISSING-KEY]: required key `instructions` is missing\n  hint: add `instructions: kayttoohje.md` and write the how-to-play text in that file"
);

rule!(
    card_theme_not_in_deck,
    |s| {
        s.edit(CARD, "theme: kohtaaminen", "theme: \"perehdytys \"");
    },
    "content/kortit/testipakka/ensimmainen.md:4:8: error[CARD-THEME]: `perehdytys ` is not a theme of the deck `testipakka`\n  hint: did you mean `perehdytys`?"
);

rule!(
    card_missing_slot,
    |s| {
        s.edit(CARD2, "question: Kuka perehdyttää sinua?\n", "");
    },
    "content/kortit/testipakka/toinen.md:2:1: error[CARD-SLOT]: insight cards need the text `question`, and this card has none\n  hint: add `question:` to the front matter"
);

rule!(
    card_foreign_slot,
    |s| {
        s.edit(CARD2, "number: 2", "number: 2\ntip: Vinkki.");
    },
    "content/kortit/testipakka/toinen.md:4:1: error[CARD-SLOT]: `tip` is not a text of insight cards\n  hint: insight cards have: insight, question, try"
);

rule!(
    card_question_mark,
    |s| {
        s.edit(CARD2, "Kuka perehdyttää sinua?", "Kuka perehdyttää sinua.");
    },
    "content/kortit/testipakka/toinen.md:6:11: error[CARD-QUESTION]: the question does not end with a question mark\n  hint: end the `question` with \"?\""
);

rule!(
    duplicate_card_number,
    |s| {
        s.edit(CARD2, "number: 2", "number: 1");
    },
    "content/kortit/testipakka/toinen.md:3:9: error[DUPLICATE-NUMBER]: the deck already has a card with number 1: content/kortit/testipakka/ensimmainen.md\n  hint: give each card its own number"
);

rule!(
    media_missing,
    |s| {
        s.edit(
            DECK,
            "icon: ikonit/kohtaaminen.svg",
            "icon: ikonit/kohtaamien.svg",
        );
    },
    "content/kortit/testipakka/deck.yaml:11:11: error[MEDIA-MISSING]: the file `ikonit/kohtaamien.svg` does not exist (looked for content/kortit/testipakka/ikonit/kohtaamien.svg)\n  hint: check the spelling and that the path is relative to this file"
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
    "content/kortit/testipakka/deck.yaml:11:11: error[MEDIA-PATH]: `../../../../site.yaml` points outside the content folder\n  hint: put the file in content/ and write its path relative to this file, e.g. kuvat/kuva.jpg"
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
    "content/oppitunnit/perusteet/aamutoimet.md:17:5: error[MEDIA-ALT]: the picture `kuva.png` has no `alt` text\n  hint: describe what the picture shows in `alt:`, or mark a purely decorative picture with `decorative: true`"
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
    "content/oppitunnit/perusteet/aamutoimet.md:17:5: error[MEDIA-TRANSCRIPT]: the sound file `dialogi.mp3` has no `transcript`\n  hint: add `transcript: \"#dialogi\"` (a heading anchor on this page) or the path of a text file (WCAG 1.2.1)"
);

rule!(
    video_needs_captions,
    |s| {
        s.write("content/polut/polku.mp4", "mp4");
        s.edit(PATH, "links:", "media:\n  - {file: polku.mp4}\nlinks:");
    },
    "content/polut/annan-polku.md:24:5: error[MEDIA-CAPTIONS]: the video `polku.mp4` has no `captions`\n  hint: add `captions:` with the path of a WebVTT (.vtt) file (WCAG 1.2.2)"
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
    "content/oppitunnit/perusteet/aamutoimet.md:17:12: error[MEDIA-FORMAT]: Polku does not know the format of `esitys.pptx`\n  hint: use a picture (jpg, png, webp, gif, svg), sound (mp3, ogg, m4a) or video (mp4, webm) file"
);

rule!(
    consent_needs_invented_story,
    |s| {
        s.edit(PATH, "fictional: true", "fictional: false");
    },
    "content/polut/annan-polku.md:10:10: error[CONSENT]: `consent: ei-tarvita` is only allowed for fictional or composite stories\n  hint: record how consent was given (`kirjallinen` or `suullinen-kirjattu`), or mark the story `fictional: true` or `composite: true`"
);

rule!(
    real_name_not_published,
    |s| {
        s.edit(PATH, "fictional: true", "fictional: false");
        s.edit(PATH, "consent: ei-tarvita", "consent: kirjallinen");
        s.edit(PATH, "  name_changed: true\n", "");
    },
    "content/polut/annan-polku.md:5:9: error[PERSON-NAME]: a real participant's name may not be published\n  hint: change the name and add `name_changed: true`, or remove `name` (ESF projects do not publish participants' names)"
);

rule!(
    path_needs_two_steps,
    |s| {
        s.edit(PATH, "  - title: Odotus\n    service: tyokokeilu\n    description: Anna odotti paikkaa.\n    waiting: true\n", "");
    },
    "content/polut/annan-polku.md:13:3: error[COUNT]: `steps` has 1 item; it needs at least 2\n  hint: write at least 2 items under `steps`"
);

rule!(
    unknown_service,
    |s| {
        s.edit(PATH, "service: tyokokeilu", "service: tyokoe");
    },
    "content/polut/annan-polku.md:17:14: error[UNKNOWN-VOCABULARY]: `tyokoe` is not a service of this site\n  hint: did you mean `tyokokeilu`? (the list is in site.yaml)"
);

rule!(
    unknown_outcome_category,
    |s| {
        s.edit(PATH, "category: tyollistyi", "category: tyollistynyt");
    },
    "content/polut/annan-polku.md:21:13: error[BROKEN-REF]: `tyollistynyt` is not a category of the project's outcome statistics\n  hint: did you mean `tyollistyi`?"
);

rule!(
    unknown_path_link,
    |s| {
        s.edit(PATH, "links: [aamutoimet,", "links: [aamutoimi,");
    },
    "content/polut/annan-polku.md:23:9: error[BROKEN-REF]: there is no lesson, card, deck or workshop with the id `aamutoimi`\n  hint: did you mean `aamutoimet`?"
);

rule!(
    workshop_duration_sum,
    |s| {
        s.edit(WORKSHOP, "duration_min: 90", "duration_min: 120");
    },
    "content/tyopajat/perehdytyspaja.md:8:15: error[WORKSHOP-DURATION]: `duration_min` is 120 but the agenda's minutes add up to 90\n  hint: set `duration_min: 90` or correct the agenda's `minutes`"
);

rule!(
    workshop_participants,
    |s| {
        s.edit(WORKSHOP, "{min: 4, max: 12}", "{min: 14, max: 12}");
    },
    "content/tyopajat/perehdytyspaja.md:6:15: error[RANGE]: `participants.min` (14) is larger than `participants.max` (12)\n  hint: swap the two numbers"
);

rule!(
    workshop_agenda_method,
    |s| {
        s.edit(WORKSHOP, "method: pienryhma", "method: ryhma");
    },
    "content/tyopajat/perehdytyspaja.md:13:47: error[INVALID-VALUE]: `ryhma` is not an allowed value for `agenda[1].method`\n  hint: allowed: koko-ryhma, pienryhma, pari, yksin, tauko"
);

rule!(
    workshop_uses,
    |s| {
        s.edit(WORKSHOP, "uses: [testipakka,", "uses: [testipakkaa,");
    },
    "content/tyopajat/perehdytyspaja.md:15:8: error[BROKEN-REF]: there is no deck, card or lesson with the id `testipakkaa`\n  hint: did you mean `testipakka`?"
);

rule!(
    project_dates,
    |s| {
        s.edit(PROJECT, "end: 2023-10-31", "end: 2020-10-31");
    },
    "content/hankkeet/testihanke.yaml:6:6: error[PROJECT-DATES]: the project ends (31.10.2020) before it starts (1.9.2021)\n  hint: check `start` and `end`"
);

rule!(
    project_output,
    |s| {
        s.edit(PROJECT, "outputs: [testipakka,", "outputs: [startipakka,");
    },
    "content/hankkeet/testihanke.yaml:14:11: error[BROKEN-REF]: there is no material with the id `startipakka`\n  hint: did you mean `testipakka`?"
);

rule!(
    funding_period,
    |s| {
        s.edit(PROJECT, "period: 2014-2020", "period: 2014-2021");
    },
    "content/hankkeet/testihanke.yaml:11:13: error[INVALID-VALUE]: `2014-2021` is not an allowed value for `funding[0].period`\n  hint: did you mean `2014-2020`?"
);

rule!(
    outcomes_must_add_up,
    |s| {
        s.edit(OUTCOMES, "overlapping: true", "overlapping: false");
    },
    "content/tulokset/testitulokset.yaml:7:14: error[OUTCOMES-SUM]: the categories are marked separate (`overlapping: false`) but add up to 89, not to the population of 182\n  hint: mark them `overlapping: true` if a person can be in several categories, or correct the figures"
);

rule!(
    outcomes_part_of_larger_than_parent,
    |s| {
        s.edit(OUTCOMES, "count: 11", "count: 70");
    },
    "content/tulokset/testitulokset.yaml:10:49: error[OUTCOMES-PART]: the category `oppisopimus` (70) is part of `tyollistyi` but larger than it (64)\n  hint: a part cannot be larger than the whole: check both figures"
);

rule!(
    outcomes_exceed_population,
    |s| {
        s.edit(OUTCOMES, "count: 25", "count: 250");
    },
    "content/tulokset/testitulokset.yaml:11:35: error[OUTCOMES-EXCEEDS]: the category `tuva` has 250 people, more than the whole population of 182\n  hint: check the figures against the source"
);

rule!(
    statement_needs_gaps,
    |s| {
        s.edit(
            STATEMENT,
            "gaps:\n  - {criterion: \"1.2.2\", description: Videoilta puuttuu tekstitys.}\n",
            "",
        );
    },
    "content/saavutettavuusseloste.md:5:9: error[A11Y-GAPS]: the site is not fully compliant, but the statement lists no `gaps`\n  hint: list what is not accessible under `gaps:` with the WCAG criterion and a description"
);

rule!(
    statement_needs_feedback,
    |s| {
        s.edit(
            STATEMENT,
            "feedback: {email: palaute@example.fi}",
            "feedback: {}",
        );
    },
    "content/saavutettavuusseloste.md:10:11: error[A11Y-FEEDBACK]: the statement gives no way to send feedback\n  hint: add `feedback.email` or `feedback.form`"
);

rule!(
    broken_markdown_link,
    |s| {
        s.edit(LESSON2, "(@/sanasto/kipu.yaml)", "(@/sanasto/kipuu.yaml)");
    },
    "content/oppitunnit/perusteet/kivusta-kysyminen.md:16:26: error[BROKEN-LINK]: the link `@/sanasto/kipuu.yaml` points to a file that does not exist\n  hint: write the path below content/; did you mean @/sanasto/kipu.yaml?"
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
    "content/_index.md:6:19: error[BROKEN-ANCHOR]: the page /oppitunnit/perusteet/aamutoimet/ has no heading with the anchor `#dialogit`\n  hint: did you mean `dialogi`?"
);

rule!(
    broken_menu_link,
    |s| {
        s.edit("site.yaml", "@/sanasto/_index.md", "@/sanasto/index.md");
    },
    "site.yaml:22:31: error[BROKEN-LINK]: the menu links to `@/sanasto/index.md`, which is not a file in content/\n  hint: write the path below content/, e.g. @/oppitunnit/_index.md"
);

rule!(
    unknown_site_key,
    |s| {
        s.edit("site.yaml", "language: fi", "langauge: fi");
    },
    "site.yaml:4:1: error[UNKNOWN-KEY]: unknown key `langauge`\n  hint: did you mean `language`?"
);

rule!(
    site_project_exists,
    |s| {
        s.edit("site.yaml", "project: testihanke", "project: testihanke2");
    },
    "site.yaml:6:10: error[BROKEN-REF]: there is no project with the id `testihanke2`\n  hint: did you mean `testihanke`?"
);

rule!(
    missing_ui_string,
    |s| {
        s.write(
            "templates/page.html",
            "{% extends \"base.html\" %}{% block main %}{{ t(key=\"ei.ole\") }}{% endblock %}",
        );
    },
    "templates/page.html: error[TEMPLATE]: while rendering /tietoa/index.html: Failed to render 'page.html': Function call 't' failed: the UI string `ei.ole` is missing from i18n/fi.yaml\n  hint: fix the template, or add the missing UI string to the theme's i18n files"
);

/// Warnings are printed and counted, and the build goes on.
fn warns(setup: fn(&TestSite), expected: &str) {
    let site = TestSite::fixture("site");
    setup(&site);
    let run = site.build_ok(&[]);
    assert_eq!(
        run.stderr,
        format!("{expected}\n0 errors, 1 warning in 1 file\n")
    );
    assert!(site.exists("public/index.html"));
}

#[test]
fn warning_missing_description() {
    warns(
        |s| {
            s.edit(WORKSHOP, "description: Työpaja perehdyttäjille.\n", "");
        },
        "content/tyopajat/perehdytyspaja.md:2:1: warning[MISSING-DESCRIPTION]: this material has no `description`\n  hint: add a one- or two-sentence `description:` for listings, search and link previews",
    );
}

#[test]
fn warning_outdated_statement() {
    warns(
        |s| {
            s.edit(STATEMENT, "prepared: 2026-11-01", "prepared: 2020-01-01");
        },
        "content/saavutettavuusseloste.md:9:11: warning[A11Y-OUTDATED]: the statement was last updated on 1.1.2020, more than 12 months ago\n  hint: review the statement and set `updated:` to the date of the review",
    );
}

#[test]
fn warning_missing_statement() {
    warns(
        |s| {
            s.remove(STATEMENT);
            s.edit(
                "site.yaml",
                "    - { title: Saavutettavuusseloste, link: \"@/saavutettavuusseloste.md\" }\n",
                "",
            );
            s.edit("site.yaml", "  footer:\n", "");
        },
        "site.yaml: warning[A11Y-MISSING]: the site has no accessibility statement\n  hint: add content/saavutettavuusseloste.md with `type: accessibility` (required by law 306/2019)",
    );
}

#[test]
fn warning_duplicate_headword() {
    warns(
        |s| {
            s.write(
                "content/sanasto/kipu-2.yaml",
                "term: Kipu\nword_class: substantiivi\nexplanation: Sama sana.\n",
            );
        },
        "content/sanasto/kipu.yaml:1:7: warning[DUPLICATE-TERM]: the word `kipu` is also defined in content/sanasto/kipu-2.yaml\n  hint: keep one entry and point to it with `see_also`",
    );
}

#[test]
fn warning_theme_without_icon() {
    warns(
        |s| {
            s.edit(
                DECK,
                "    icon: ikonit/kohtaaminen.svg\n  - id: perehdytys",
                "  - id: perehdytys",
            );
        },
        "content/kortit/testipakka/deck.yaml:7:5: warning[THEME-ICON]: the theme `kohtaaminen` has no `icon`\n  hint: add an icon so that the theme is not told apart by colour and name only (WCAG 1.4.1)",
    );
}

/// Many problems in many files: every one is reported in one run, sorted by file.
#[test]
fn all_problems_in_one_run() {
    let site = TestSite::fixture("site");
    site.edit(LESSON, "duration_min: 45", "duration_min: 500");
    site.edit(
        LESSON,
        "vocabulary: [kipu, aamupala]",
        "vocabulary: [kipu, aamupalaa]",
    );
    site.edit(TERM, "  en: pain", "  eng: pain");
    site.edit(CARD2, "number: 2", "number: 1");
    site.edit(WORKSHOP, "duration_min: 90", "duration_min: 120");
    site.edit(PATH, "service: tyokokeilu", "service: tyokoe");
    site.write("content/tiedot.yaml", "title: Tiedot\n");
    let stderr = site.build_err();
    let heads: Vec<&str> = stderr
        .lines()
        .filter(|l| !l.starts_with("  hint:"))
        .collect();
    assert_eq!(
        heads,
        [
            "content/kortit/testipakka/toinen.md:3:9: error[DUPLICATE-NUMBER]: the deck already has a card with number 1: content/kortit/testipakka/ensimmainen.md",
            "content/oppitunnit/perusteet/aamutoimet.md:9:15: error[OUT-OF-RANGE]: `duration_min` is 500; it must be from 5 to 480",
            "content/oppitunnit/perusteet/aamutoimet.md:12:20: error[BROKEN-REF]: there is no glossary term with the id `aamupalaa`",
            "content/polut/annan-polku.md:17:14: error[UNKNOWN-VOCABULARY]: `tyokoe` is not a service of this site",
            "content/sanasto/kipu.yaml:10:3: error[INVALID-LANGUAGE]: `eng` is not a two-letter language code",
            "content/tiedot.yaml:1:1: error[MISSING-TYPE]: Polku cannot tell what kind of content this file is",
            "content/tyopajat/perehdytyspaja.md:8:15: error[WORKSHOP-DURATION]: `duration_min` is 120 but the agenda's minutes add up to 90",
            "7 errors, 0 warnings in 6 files",
            "Nothing was written.",
        ]
    );
}

rule!(
    statement_needs_supervisor,
    |s| {
        s.edit("site.yaml", "accessibility:\n  supervisor:\n    name: Traficom\n    url: https://www.saavutettavuusvaatimukset.fi\n", "");
    },
    "site.yaml:1:1: error[A11Y-SUPERVISOR]: the accessibility statement needs the supervising authority, and site.yaml has no `accessibility`\n  hint: add `accessibility: {supervisor: {name: …, url: …}}` to site.yaml"
);

rule!(
    card_outside_a_deck,
    |s| {
        s.write(
            "content/kortit/irtokortti.md",
            "---\ntype: card\ntitle: Irtokortti\nnumber: 9\ntheme: kohtaaminen\n---\n",
        );
    },
    "content/kortit/irtokortti.md:2:7: error[CARD-DECK]: this card is not in a deck's folder\n  hint: move it next to a deck.yaml"
);

rule!(
    not_utf8,
    |s| {
        std::fs::write(
            s.path("content/tietoa.md"),
            b"---\ntitle: Tietoa\n---\n\nKyll\xe4.\n",
        )
        .unwrap();
    },
    "content/tietoa.md:5:5: error[ENCODING]: this file is not UTF-8 text\n  hint: save the file as UTF-8 in your editor"
);

rule!(
    unknown_theme_folder,
    |s| {
        s.edit("site.yaml", "language: fi", "language: fi\ntheme: tumma");
    },
    "site.yaml: error[THEME]: there is no theme folder themes/tumma/\n  hint: remove `theme:` to use the default theme, or create the folder"
);

rule!(
    markdown_picture_needs_alt,
    |s| {
        s.write_bytes("content/oppitunnit/perusteet/kuva.png", &common::tiny_png());
        s.edit(LESSON2, "Mihin sattuu?", "![](kuva.png) Mihin sattuu?");
    },
    "content/oppitunnit/perusteet/kivusta-kysyminen.md:16:1: error[MEDIA-ALT]: the picture `kuva.png` has no alt text\n  hint: write what the picture shows between the brackets: ![Hoitaja auttaa asukasta](kuva.jpg)"
);

rule!(
    link_to_content_file_needs_at,
    |s| {
        s.edit(LESSON2, "(@/sanasto/kipu.yaml)", "(../../sanasto/kipu.md)");
    },
    "content/oppitunnit/perusteet/kivusta-kysyminen.md:16:26: error[BROKEN-LINK]: the link `../../sanasto/kipu.md` points to a content file without `@/`\n  hint: write links to content files as `@/` and the path below content/, e.g. @/sanasto/kipu.md"
);

rule!(
    duplicate_deck_theme,
    |s| {
        s.edit(DECK, "  - id: perehdytys", "  - id: kohtaaminen");
        s.edit(CARD2, "theme: perehdytys", "theme: kohtaaminen");
    },
    "content/kortit/testipakka/deck.yaml:12:9: error[DUPLICATE-ID]: the theme `kohtaaminen` is listed twice\n  hint: give each theme its own id"
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
    "content/oppitunnit/perusteet/aamutoimet.md:18:17: error[BROKEN-ANCHOR]: the page /oppitunnit/perusteet/aamutoimet/ has no heading with the anchor `#dialogit`\n  hint: did you mean `dialogi`?"
);

#[test]
fn warning_workshop_goal_of_several_sentences() {
    warns(
        |s| {
            s.edit(
                WORKSHOP,
                "goal: Osallistujat sopivat yhden parannuksen.",
                "goal: Osallistujat sopivat yhden parannuksen. Lisäksi he juovat kahvia.",
            );
        },
        "content/tyopajat/perehdytyspaja.md:4:7: warning[WORKSHOP-GOAL]: the goal has more than one sentence\n  hint: write the goal as one sentence; put the rest in the description or the body",
    );
}

/// Odd input gives errors, never a crash or a Rust `Debug` dump.
#[test]
fn odd_input_never_panics() {
    let cases: &[(&str, &str)] = &[
        ("content/tyhja.md", ""),
        ("content/vain-viivat.md", "---\n---\n"),
        ("content/lista.md", "---\n- a\n- b\n---\n"),
        ("content/sanasto/tyhja.yaml", ""),
        ("content/sanasto/luku.yaml", "42\n"),
        ("content/kortit/testipakka/deck.yaml", "themes: 5\n"),
        (
            "content/kortit/testipakka/outo.md",
            "---\ntype: deck\n---\n",
        ),
        (
            "content/polut/outo.md",
            "---\ntitle: x\nsteps: ei lista\nperson: []\n---\n",
        ),
        (
            "content/oppitunnit/perusteet/outo.md",
            "---\ntitle: x\norder: -1\nlevel: B1.1\nsituations: aamutoimet\n---\n```exercise\n: :\n```\n```exercise\nkind: [gap]\n```\n",
        ),
        (
            "content/tulokset/outo.yaml",
            "title: x\nproject: [a, [b]]\ncategories: {a: 1}\n",
        ),
        (
            "content/ääkköset ja välit.md",
            "---\ntitle: Ääkköset\n---\n[linkki](@/)\n[toinen](@/#)\n![](../../../ulos.png)\n",
        ),
        ("site.yaml", "title: [x]\nbase_url: 5\nthemes: [a, b]\n"),
    ];
    for (file, text) in cases {
        let site = TestSite::fixture("site");
        site.write(file, text);
        let run = site.run(&["build"]);
        assert!(
            run.code == 0 || run.code == 1,
            "{file}: exit {}\n{}",
            run.code,
            run.stderr
        );
        assert!(
            !run.stderr.contains("panicked") && !run.stderr.contains("{ "),
            "{file}:\n{}",
            run.stderr
        );
    }
}

rule!(
    card_text_that_does_not_fit,
    |s| {
        s.edit(
            CARD2,
            "insight: Perehdytys jatkuu ensimmäisen viikon jälkeen.",
            &format!(
                "insight: {}",
                "Perehdytys jatkuu ensimmäisen viikon jälkeen, ja siihen kuuluu paljon asioita. "
                    .repeat(10)
            ),
        );
    },
    "content/kortit/testipakka/toinen.md:5:10: error[CARD-OVERFLOW]: the text of card “Toinen kortti” does not fit the format a4-9: `insight` runs 24.6 mm past the bottom of the card\n  hint: shorten the card's texts by about 236 characters, or remove a4-9 from the deck's print.formats"
);
