//! Lessons (levels, goals, order, exercises) and glossary terms.

use crate::{LESSON, LESSON2, TERM, warns_in_finnish};

rule!(
    unknown_theme,
    |s| {
        s.edit(LESSON, "themes: [kohtaaminen]", "themes: [kohtaamien]");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:7:10: error[UNKNOWN-VOCABULARY]: `kohtaamien` is not a theme of this site\n  hint: did you mean `kohtaaminen`? (the list is in site.yaml)",
    "content/oppitunnit/perusteet/aamutoimet.md:7:10: virhe[UNKNOWN-VOCABULARY]: `kohtaamien` ei ole tämän sivuston teema\n  vihje: tarkoititko `kohtaaminen`? (luettelo on tiedostossa site.yaml)"
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
    "content/oppitunnit/perusteet/aamutoimet.md:12:20: error[BROKEN-REF]: there is no glossary term with the id `aamupalaa`\n  hint: did you mean `aamupala`?",
    "content/oppitunnit/perusteet/aamutoimet.md:12:20: virhe[BROKEN-REF]: tunnisteella `aamupalaa` ei löydy sanaston sanaa\n  vihje: tarkoititko `aamupala`?"
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
    "content/oppitunnit/perusteet/kivusta-kysyminen.md:11:17: error[BROKEN-REF]: there is no lesson with the id `aamutoimi`\n  hint: did you mean `aamutoimet`?",
    "content/oppitunnit/perusteet/kivusta-kysyminen.md:11:17: virhe[BROKEN-REF]: tunnisteella `aamutoimi` ei löydy oppituntia\n  vihje: tarkoititko `aamutoimet`?"
);

rule!(
    lesson_level_order,
    |s| {
        s.edit(LESSON, "{min: A2.1, max: A2.2}", "{min: B1.2, max: A2.2}");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:5:8: error[LESSON-LEVEL]: the lowest level B1.2 is above the highest level A2.2\n  hint: swap `level.min` and `level.max`",
    "content/oppitunnit/perusteet/aamutoimet.md:5:8: virhe[LESSON-LEVEL]: alin taso B1.2 on korkeampi kuin ylin taso A2.2\n  vihje: vaihda kentän `level` arvot `min` ja `max` keskenään"
);

rule!(
    duration_out_of_range,
    |s| {
        s.edit(LESSON, "duration_min: 45", "duration_min: 500");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:9:15: error[OUT-OF-RANGE]: `duration_min` is 500; it must be from 5 to 480\n  hint: write a number from 5 to 480",
    "content/oppitunnit/perusteet/aamutoimet.md:9:15: virhe[OUT-OF-RANGE]: kentän `duration_min` arvo on 500, mutta sen pitää olla 5–480\n  vihje: kirjoita luku, joka on vähintään 5 ja enintään 480"
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
    "content/oppitunnit/perusteet/aamutoimet.md:11:3: error[COUNT]: `goals` has 6 items; it needs 1 to 5\n  hint: write 1 to 5 items under `goals`",
    "content/oppitunnit/perusteet/aamutoimet.md:11:3: virhe[COUNT]: kentässä `goals` on 6 kohtaa, mutta niitä pitää olla 1–5\n  vihje: lisää tai poista kohtia niin, että kentässä `goals` on 1–5 kohtaa"
);

rule!(
    no_situations,
    |s| {
        s.edit(LESSON, "situations: [aamutoimet]", "situations: []");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:6:13: error[COUNT]: `situations` has 0 items; it needs at least 1\n  hint: write at least 1 items under `situations`",
    "content/oppitunnit/perusteet/aamutoimet.md:6:13: virhe[COUNT]: kentässä `situations` on 0 kohtaa, mutta niitä pitää olla vähintään 1\n  vihje: lisää kenttään `situations` kohtia niin, että niitä on vähintään 1"
);

rule!(
    duplicate_lesson_order,
    |s| {
        s.edit(LESSON2, "order: 2", "order: 1");
    },
    "content/oppitunnit/perusteet/kivusta-kysyminen.md:4:8: error[DUPLICATE-ORDER]: the series already has a lesson with order 1: content/oppitunnit/perusteet/aamutoimet.md\n  hint: give each lesson its own order",
    "content/oppitunnit/perusteet/kivusta-kysyminen.md:4:8: virhe[DUPLICATE-ORDER]: sarjassa on jo oppitunti, jonka järjestysnumero (`order`) on 1: content/oppitunnit/perusteet/aamutoimet.md\n  vihje: anna jokaiselle oppitunnille oma järjestysnumero"
);

rule!(
    exercise_gap_count,
    |s| {
        s.edit(LESSON, "answers: [huomenta]", "answers: [huomenta, iltaa]");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:37:10: error[EXERCISE]: the gap exercise has 1 gaps (`___`) but 2 answers\n  hint: give exactly one answer for each `___`, in order",
    "content/oppitunnit/perusteet/aamutoimet.md:37:10: virhe[EXERCISE]: aukkotehtävässä on 1 aukko (`___`), mutta 2 vastausta\n  vihje: kirjoita jokaista `___`-aukkoa kohden yksi vastaus samassa järjestyksessä"
);

rule!(
    exercise_unknown_kind,
    |s| {
        s.edit(LESSON, "kind: write", "kind: essay");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:64:7: error[INVALID-VALUE]: `essay` is not an allowed value for `kind`\n  hint: `kind` is one of: match, gap, choice, truefalse, write",
    "content/oppitunnit/perusteet/aamutoimet.md:64:7: virhe[INVALID-VALUE]: `essay` ei käy kentän `kind` arvoksi\n  vihje: `kind` on jokin näistä: match, gap, choice, truefalse, write"
);

rule!(
    exercise_choice_number,
    |s| {
        s.edit(LESSON, "correct: 2", "correct: 3");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:45:10: error[EXERCISE]: `correct` is 3, but the options are numbered 1 to 2\n  hint: write the number of the right option, counting from 1",
    "content/oppitunnit/perusteet/aamutoimet.md:45:10: virhe[EXERCISE]: kentässä `correct` on 3, mutta vaihtoehtojen numerot ovat 1–2\n  vihje: kirjoita oikean vaihtoehdon numero; ensimmäinen vaihtoehto on 1"
);

rule!(
    translation_language_code,
    |s| {
        s.edit(TERM, "  en: pain", "  eng: pain");
    },
    "content/sanasto/kipu.yaml:10:3: error[INVALID-LANGUAGE]: `eng` is not a two-letter language code\n  hint: use ISO 639-1 codes such as en, sv, ru, ar",
    "content/sanasto/kipu.yaml:10:3: virhe[INVALID-LANGUAGE]: `eng` ei ole kaksikirjaiminen kielikoodi\n  vihje: käytä ISO 639-1 -kielikoodeja, esimerkiksi en, sv, ru tai ar"
);

rule!(
    unknown_see_also,
    |s| {
        s.edit(TERM, "see_also: [aamupala]", "see_also: [aamiainen]");
    },
    "content/sanasto/kipu.yaml:14:12: error[BROKEN-REF]: there is no glossary term with the id `aamiainen`\n  hint: allowed: aamupala, kipu, oljy",
    "content/sanasto/kipu.yaml:14:12: virhe[BROKEN-REF]: tunnisteella `aamiainen` ei löydy sanaston sanaa\n  vihje: sallitut: aamupala, kipu, oljy"
);

#[test]
fn warning_duplicate_headword() {
    warns_in_finnish(
        |s| {
            s.write(
                "content/sanasto/kipu-2.yaml",
                "term: Kipu\nword_class: substantiivi\nexplanation: Sama sana.\n",
            );
        },
        "content/sanasto/kipu.yaml:1:7: warning[DUPLICATE-TERM]: the word `kipu` is also defined in content/sanasto/kipu-2.yaml\n  hint: keep one entry and point to it with `see_also`",
        "content/sanasto/kipu.yaml:1:7: varoitus[DUPLICATE-TERM]: sana `kipu` on selitetty myös tiedostossa content/sanasto/kipu-2.yaml\n  vihje: pidä sanasta vain yksi tiedosto ja viittaa siihen kentällä `see_also`",
    );
}
