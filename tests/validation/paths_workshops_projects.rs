//! Path stories (consent, names, steps), workshops, projects and their outcome statistics.

use crate::{OUTCOMES, PATH, PROJECT, WORKSHOP, warns_in_finnish};

rule!(
    consent_needs_invented_story,
    |s| {
        s.edit(PATH, "fictional: true", "fictional: false");
    },
    "content/polut/annan-polku.md:10:10: error[CONSENT]: `consent: ei-tarvita` is only allowed for fictional or composite stories\n  hint: record how consent was given (`kirjallinen` or `suullinen-kirjattu`), or mark the story `fictional: true` or `composite: true`",
    "content/polut/annan-polku.md:10:10: virhe[CONSENT]: `consent: ei-tarvita` sopii vain keksittyyn tarinaan tai tarinaan, joka on koottu usean ihmisen kokemuksista\n  vihje: merkitse, miten suostumus annettiin (`kirjallinen` tai `suullinen-kirjattu`), tai merkitse keksitty tarina `fictional: true` ja usean ihmisen kokemuksista koottu tarina `composite: true`"
);

rule!(
    real_name_not_published,
    |s| {
        s.edit(PATH, "fictional: true", "fictional: false");
        s.edit(PATH, "consent: ei-tarvita", "consent: kirjallinen");
        s.edit(PATH, "  name_changed: true\n", "");
    },
    "content/polut/annan-polku.md:5:9: error[PERSON-NAME]: a real participant's name may not be published\n  hint: change the name and add `name_changed: true`, or remove `name` (ESF projects do not publish participants' names)",
    "content/polut/annan-polku.md:5:9: virhe[PERSON-NAME]: todellisen osallistujan nimeä ei saa julkaista\n  vihje: vaihda nimi ja lisää rivi `name_changed: true` tai poista `name` (ESR-hankkeet eivät julkaise osallistujien nimiä)"
);

rule!(
    path_needs_two_steps,
    |s| {
        s.edit(PATH, "  - title: Odotus\n    service: tyokokeilu\n    description: Anna odotti paikkaa.\n    waiting: true\n", "");
    },
    "content/polut/annan-polku.md:13:3: error[COUNT]: `steps` has 1 item; it needs at least 2\n  hint: write at least 2 items under `steps`",
    "content/polut/annan-polku.md:13:3: virhe[COUNT]: kentässä `steps` on 1 kohta, mutta niitä pitää olla vähintään 2\n  vihje: lisää kenttään `steps` kohtia niin, että niitä on vähintään 2"
);

rule!(
    unknown_service,
    |s| {
        s.edit(PATH, "service: tyokokeilu", "service: tyokoe");
    },
    "content/polut/annan-polku.md:17:14: error[UNKNOWN-VOCABULARY]: `tyokoe` is not a service of this site\n  hint: did you mean `tyokokeilu`? (the list is in site.yaml)",
    "content/polut/annan-polku.md:17:14: virhe[UNKNOWN-VOCABULARY]: `tyokoe` ei ole tämän sivuston palvelu\n  vihje: tarkoititko `tyokokeilu`? (luettelo on tiedostossa site.yaml)"
);

rule!(
    unknown_outcome_category,
    |s| {
        s.edit(PATH, "category: tyollistyi", "category: tyollistynyt");
    },
    "content/polut/annan-polku.md:21:13: error[BROKEN-REF]: `tyollistynyt` is not a category of the project's outcome statistics\n  hint: did you mean `tyollistyi`?",
    "content/polut/annan-polku.md:21:13: virhe[BROKEN-REF]: hankkeen tuloksissa ei ole luokkaa `tyollistynyt`\n  vihje: tarkoititko `tyollistyi`?"
);

rule!(
    unknown_path_link,
    |s| {
        s.edit(PATH, "links: [aamutoimet,", "links: [aamutoimi,");
    },
    "content/polut/annan-polku.md:23:9: error[BROKEN-REF]: there is no lesson, card, deck or workshop with the id `aamutoimi`\n  hint: did you mean `aamutoimet`?",
    "content/polut/annan-polku.md:23:9: virhe[BROKEN-REF]: tunnisteella `aamutoimi` ei löydy oppituntia, korttia, pakkaa tai työpajaa\n  vihje: tarkoititko `aamutoimet`?"
);

rule!(
    workshop_duration_sum,
    |s| {
        s.edit(WORKSHOP, "duration_min: 90", "duration_min: 120");
    },
    "content/tyopajat/perehdytyspaja.md:8:15: error[WORKSHOP-DURATION]: `duration_min` is 120 but the agenda's minutes add up to 90\n  hint: set `duration_min: 90` or correct the agenda's `minutes`",
    "content/tyopajat/perehdytyspaja.md:8:15: virhe[WORKSHOP-DURATION]: työpajan kesto `duration_min` on 120, mutta ohjelman (`agenda`) minuutit ovat yhteensä 90\n  vihje: merkitse `duration_min: 90` tai korjaa ohjelman minuutit (`minutes`)"
);

rule!(
    workshop_participants,
    |s| {
        s.edit(WORKSHOP, "{min: 4, max: 12}", "{min: 14, max: 12}");
    },
    "content/tyopajat/perehdytyspaja.md:6:15: error[RANGE]: `participants.min` (14) is larger than `participants.max` (12)\n  hint: swap the two numbers",
    "content/tyopajat/perehdytyspaja.md:6:15: virhe[RANGE]: kentässä `participants` vähimmäismäärä `min` (14) on suurempi kuin enimmäismäärä `max` (12)\n  vihje: vaihda luvut keskenään"
);

rule!(
    workshop_agenda_method,
    |s| {
        s.edit(WORKSHOP, "method: pienryhma", "method: ryhma");
    },
    "content/tyopajat/perehdytyspaja.md:13:47: error[INVALID-VALUE]: `ryhma` is not an allowed value for `agenda[1].method`\n  hint: allowed: koko-ryhma, pienryhma, pari, yksin, tauko",
    "content/tyopajat/perehdytyspaja.md:13:47: virhe[INVALID-VALUE]: `ryhma` ei käy kentän `agenda[1].method` arvoksi\n  vihje: sallitut: koko-ryhma, pienryhma, pari, yksin, tauko"
);

rule!(
    workshop_uses,
    |s| {
        s.edit(WORKSHOP, "uses: [testipakka,", "uses: [testipakkaa,");
    },
    "content/tyopajat/perehdytyspaja.md:15:8: error[BROKEN-REF]: there is no deck, card or lesson with the id `testipakkaa`\n  hint: did you mean `testipakka`?",
    "content/tyopajat/perehdytyspaja.md:15:8: virhe[BROKEN-REF]: tunnisteella `testipakkaa` ei löydy pakkaa, korttia tai oppituntia\n  vihje: tarkoititko `testipakka`?"
);

rule!(
    project_dates,
    |s| {
        s.edit(PROJECT, "end: 2023-10-31", "end: 2020-10-31");
    },
    "content/hankkeet/testihanke.yaml:6:6: error[PROJECT-DATES]: the project ends (31.10.2020) before it starts (1.9.2021)\n  hint: check `start` and `end`",
    "content/hankkeet/testihanke.yaml:6:6: virhe[PROJECT-DATES]: hanke päättyy (31.10.2020) ennen kuin se alkaa (1.9.2021)\n  vihje: tarkista alkupäivä `start` ja loppupäivä `end`"
);

rule!(
    project_output,
    |s| {
        s.edit(PROJECT, "outputs: [testipakka,", "outputs: [startipakka,");
    },
    "content/hankkeet/testihanke.yaml:14:11: error[BROKEN-REF]: there is no material with the id `startipakka`\n  hint: did you mean `testipakka`?",
    "content/hankkeet/testihanke.yaml:14:11: virhe[BROKEN-REF]: tunnisteella `startipakka` ei löydy materiaalia\n  vihje: tarkoititko `testipakka`?"
);

rule!(
    funding_period,
    |s| {
        s.edit(PROJECT, "period: 2014-2020", "period: 2014-2021");
    },
    "content/hankkeet/testihanke.yaml:11:13: error[INVALID-VALUE]: `2014-2021` is not an allowed value for `funding[0].period`\n  hint: did you mean `2014-2020`?",
    "content/hankkeet/testihanke.yaml:11:13: virhe[INVALID-VALUE]: `2014-2021` ei käy kentän `funding[0].period` arvoksi\n  vihje: tarkoititko `2014-2020`?"
);

rule!(
    outcomes_must_add_up,
    |s| {
        s.edit(OUTCOMES, "overlapping: true", "overlapping: false");
    },
    "content/tulokset/testitulokset.yaml:7:14: error[OUTCOMES-SUM]: the categories are marked separate (`overlapping: false`) but add up to 89, not to the population of 182\n  hint: mark them `overlapping: true` if a person can be in several categories, or correct the figures",
    "content/tulokset/testitulokset.yaml:7:14: virhe[OUTCOMES-SUM]: luokat on merkitty erillisiksi (`overlapping: false`), mutta niiden luvut ovat yhteensä 89, kun koko joukossa on 182\n  vihje: jos sama ihminen voi kuulua useaan luokkaan, merkitse `overlapping: true`; muuten korjaa luvut"
);

rule!(
    outcomes_part_of_larger_than_parent,
    |s| {
        s.edit(OUTCOMES, "count: 11", "count: 70");
    },
    "content/tulokset/testitulokset.yaml:10:49: error[OUTCOMES-PART]: the category `oppisopimus` (70) is part of `tyollistyi` but larger than it (64)\n  hint: a part cannot be larger than the whole: check both figures",
    "content/tulokset/testitulokset.yaml:10:49: virhe[OUTCOMES-PART]: luokka `oppisopimus` on luokan `tyollistyi` osa, mutta siinä on enemmän ihmisiä (70) kuin koko luokassa `tyollistyi` (64)\n  vihje: osa ei voi olla suurempi kuin kokonaisuus: tarkista molemmat luvut"
);

rule!(
    outcomes_exceed_population,
    |s| {
        s.edit(OUTCOMES, "count: 25", "count: 250");
    },
    "content/tulokset/testitulokset.yaml:11:35: error[OUTCOMES-EXCEEDS]: the category `tuva` has 250 people, more than the whole population of 182\n  hint: check the figures against the source",
    "content/tulokset/testitulokset.yaml:11:35: virhe[OUTCOMES-EXCEEDS]: luokassa `tuva` on 250 henkilöä, mutta koko joukossa on vain 182\n  vihje: tarkista luokan ja koko joukon luvut lähteestä"
);

#[test]
fn warning_workshop_goal_of_several_sentences() {
    warns_in_finnish(
        |s| {
            s.edit(
                WORKSHOP,
                "goal: Osallistujat sopivat yhden parannuksen.",
                "goal: Osallistujat sopivat yhden parannuksen. Lisäksi he juovat kahvia.",
            );
        },
        "content/tyopajat/perehdytyspaja.md:4:7: warning[WORKSHOP-GOAL]: the goal has more than one sentence\n  hint: write the goal as one sentence; put the rest in the description or the body",
        "content/tyopajat/perehdytyspaja.md:4:7: varoitus[WORKSHOP-GOAL]: tavoitteessa on useampi kuin yksi virke\n  vihje: kirjoita tavoite yhdeksi virkkeeksi; muut asiat voit kirjoittaa kuvaukseen tai leipätekstiin",
    );
}
