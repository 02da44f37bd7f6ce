//! Any file's syntax and shape: YAML and front matter, encoding, keys, values, ids, types and
//! addresses.

use crate::{LESSON, LESSON2, TERM, WORKSHOP, warns_in_finnish};

rule!(
    yaml_syntax,
    |s| {
        s.write(
            TERM,
            "term: kipu\nword_class: [substantiivi\nexplanation: x\n",
        );
    },
    "content/sanasto/kipu.yaml:2:13: error[YAML-SYNTAX]: the `[` here is not closed with a matching `]`\n  hint: add `]` where the list ends, or put quotes around text that contains `,` or `]`",
    "content/sanasto/kipu.yaml:2:13: virhe[YAML-SYNTAX]: tässä alkavaa merkkiä `[` ei ole suljettu merkillä `]`\n  vihje: lisää `]` luettelon loppuun tai laita lainausmerkit sellaisen tekstin ympärille, jossa on `,` tai `]`"
);

rule!(
    front_matter_not_closed,
    |s| {
        s.write("content/tietoa.md", "---\ntitle: Tietoa\n\nTeksti.\n");
    },
    "content/tietoa.md:1:1: error[FRONT-MATTER]: the front matter that starts here is not closed\n  hint: end the front matter with a line that has only `---` on it",
    "content/tietoa.md:1:1: virhe[FRONT-MATTER]: tässä alkavaa etukenttää (front matter) ei ole suljettu\n  vihje: lopeta etukenttä rivillä, jolla on pelkkä `---`"
);

rule!(
    unknown_key_suggests,
    |s| {
        s.edit(LESSON, "duration_min: 45", "duraton_min: 45");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:9:1: error[UNKNOWN-KEY]: unknown key `duraton_min`\n  hint: did you mean `duration_min`?",
    "content/oppitunnit/perusteet/aamutoimet.md:9:1: virhe[UNKNOWN-KEY]: tuntematon kenttä `duraton_min`\n  vihje: tarkoititko `duration_min`?"
);

rule!(
    missing_key,
    |s| {
        s.edit(LESSON, "order: 1\n", "");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:2:1: error[MISSING-KEY]: required key `order` is missing\n  hint: add `order:` with a value",
    "content/oppitunnit/perusteet/aamutoimet.md:2:1: virhe[MISSING-KEY]: pakollinen kenttä `order` puuttuu\n  vihje: lisää rivi `order:` ja sille arvo"
);

rule!(
    invalid_enum_value,
    |s| {
        s.edit(LESSON, "max: A2.2", "max: B1+");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:5:25: error[INVALID-VALUE]: `B1+` is not an allowed value for `level.max`\n  hint: allowed: A1.1, A1.2, A1.3, A2.1, A2.2, B1.1, B1.2, B2.1, B2.2, C1, C2",
    "content/oppitunnit/perusteet/aamutoimet.md:5:25: virhe[INVALID-VALUE]: `B1+` ei käy kentän `level.max` arvoksi\n  vihje: sallitut: A1.1, A1.2, A1.3, A2.1, A2.2, B1.1, B1.2, B2.1, B2.2, C1, C2"
);

rule!(
    invalid_type,
    |s| {
        s.edit(LESSON, "duration_min: 45", "duration_min: pitkä");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:9:15: error[INVALID-VALUE]: `duration_min` should be a whole number of 0 or more, not the text \"pitkä\"\n  hint: write it like this: `duration_min: 1`",
    "content/oppitunnit/perusteet/aamutoimet.md:9:15: virhe[INVALID-VALUE]: kentässä `duration_min` pitää olla kokonaisluku (0 tai suurempi), nyt siinä on teksti \"pitkä\"\n  vihje: kirjoita esimerkiksi näin: `duration_min: 1`"
);

rule!(
    invalid_date,
    |s| {
        s.edit(LESSON, "date: 2024-01-15", "date: 15.1.2024");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:19:7: error[INVALID-VALUE]: `date`: `15.1.2024` is not a date; write it as YYYY-MM-DD, e.g. 2023-05-15",
    "content/oppitunnit/perusteet/aamutoimet.md:19:7: virhe[INVALID-VALUE]: kentän `date` arvo `15.1.2024` ei ole päivämäärä; kirjoita päivämäärä muodossa VVVV-KK-PP, esimerkiksi 2023-05-15"
);

rule!(
    invalid_id,
    |s| {
        s.edit(LESSON, "order: 1", "id: Aamu_Toimet\norder: 1");
    },
    "content/oppitunnit/perusteet/aamutoimet.md:4:5: error[INVALID-ID]: `Aamu_Toimet` is not a valid id\n  hint: ids use only a–z, 0–9 and -, e.g. `aamu-toimet`",
    "content/oppitunnit/perusteet/aamutoimet.md:4:5: virhe[INVALID-ID]: `Aamu_Toimet` ei kelpaa tunnisteeksi (id)\n  vihje: tunnisteessa saa olla vain kirjaimia a–z, numeroita 0–9 ja viivoja -, esimerkiksi `aamu-toimet`"
);

rule!(
    duplicate_id,
    |s| {
        s.write(
            "content/sanasto/kipu-2.yaml",
            "id: kipu\nterm: kipu\nword_class: substantiivi\nexplanation: Tuplana.\n",
        );
    },
    // Reported at the `id:` set by hand, not at the file whose id comes from its name.
    "content/sanasto/kipu-2.yaml:1:5: error[DUPLICATE-ID]: the term id `kipu` is already used by content/sanasto/kipu.yaml\n  hint: give one of the two files another id (rename the file or set `id:`)",
    "content/sanasto/kipu-2.yaml:1:5: virhe[DUPLICATE-ID]: tunniste `kipu` on jo käytössä tiedostossa content/sanasto/kipu.yaml\n  vihje: anna toiselle tiedostolle toinen tunniste (nimeä tiedosto uudelleen tai kirjoita sille rivi `id:`)"
);

rule!(
    type_mismatch,
    |s| {
        s.edit(LESSON2, "title:", "type: term\ntitle:");
    },
    "content/oppitunnit/perusteet/kivusta-kysyminen.md:2:7: error[TYPE-MISMATCH]: this file says `type: term` but content/oppitunnit/_index.md makes its files `lesson`\n  hint: move the file to a folder of its type, or remove its `type` key",
    "content/oppitunnit/perusteet/kivusta-kysyminen.md:2:7: virhe[TYPE-MISMATCH]: tiedostossa lukee `type: term`, mutta content/oppitunnit/_index.md tekee kansion tiedostoista tyyppiä `lesson`\n  vihje: siirrä tiedosto oman tyyppinsä kansioon tai poista siitä rivi `type:`"
);

rule!(
    missing_type,
    |s| {
        s.write("content/tiedot.yaml", "title: Tiedot\n");
    },
    "content/tiedot.yaml:1:1: error[MISSING-TYPE]: Polku cannot tell what kind of content this file is\n  hint: add `type:` with one of: lesson, term, deck, card, path, workshop, project, outcomes, page, accessibility; or set `type` in the folder's _index.md",
    "content/tiedot.yaml:1:1: virhe[MISSING-TYPE]: Polku ei tiedä, millaista sisältöä tiedosto on\n  vihje: lisää rivi `type:` ja jokin näistä: lesson, term, deck, card, path, workshop, project, outcomes, page, accessibility; tai kirjoita `type:` kansion tiedostoon _index.md"
);

rule!(
    url_conflict,
    |s| {
        s.write("content/oppitunnit.md", "---\ntitle: Tuplasivu\n---\n");
    },
    "content/oppitunnit.md:2:1: error[URL-CONFLICT]: this page would be published at /oppitunnit/ like content/oppitunnit/_index.md\n  hint: rename the file or set another `id:`",
    "content/oppitunnit.md:2:1: virhe[URL-CONFLICT]: tämä sivu julkaistaisiin osoitteessa /oppitunnit/ samoin kuin content/oppitunnit/_index.md\n  vihje: nimeä tiedosto uudelleen tai kirjoita sille toinen `id:`"
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
    "content/oppitunnit/perusteet/aamutoimet.md:3:14: error[TOO-LONG]: `description` is 304 characters long; the limit is 300\n  hint: shorten it: it is shown in listings and search results",
    "content/oppitunnit/perusteet/aamutoimet.md:3:14: virhe[TOO-LONG]: kuvaus (`description`) on 304 merkkiä pitkä, mutta enintään 300 merkkiä sallitaan\n  vihje: lyhennä kuvausta: se näkyy luetteloissa ja hakutuloksissa"
);

#[test]
fn warning_missing_description() {
    warns_in_finnish(
        |s| {
            s.edit(WORKSHOP, "description: Työpaja perehdyttäjille.\n", "");
        },
        "content/tyopajat/perehdytyspaja.md:2:1: warning[MISSING-DESCRIPTION]: this material has no `description`\n  hint: add a one- or two-sentence `description:` for listings, search and link previews",
        "content/tyopajat/perehdytyspaja.md:2:1: varoitus[MISSING-DESCRIPTION]: materiaalilta puuttuu kuvaus (`description`)\n  vihje: lisää rivi `description:` ja sille yhden tai kahden virkkeen kuvaus: se näkyy luetteloissa, haussa ja linkkien esikatselussa",
    );
}

rule!(
    not_utf8,
    |s| {
        std::fs::write(
            s.path("content/tietoa.md"),
            b"---\ntitle: Tietoa\n---\n\nKyll\xe4.\n",
        )
        .unwrap();
    },
    "content/tietoa.md:5:5: error[ENCODING]: this file is not UTF-8 text\n  hint: save the file as UTF-8 in your editor",
    "content/tietoa.md:5:5: virhe[ENCODING]: tiedosto ei ole UTF-8-tekstiä\n  vihje: tallenna tiedosto tekstieditorissa UTF-8-muodossa"
);

// libyaml says "found character that cannot start any token" for a tab that starts a line.
rule!(
    yaml_tab,
    |s| {
        s.write(
            TERM,
            "term: kipu\nword_class: substantiivi\n\texplanation: x\n",
        );
    },
    "content/sanasto/kipu.yaml:3:1: error[YAML-SYNTAX]: a tab is used for indentation here; YAML indents with spaces only\n  hint: replace the tab with spaces",
    "content/sanasto/kipu.yaml:3:1: virhe[YAML-SYNTAX]: rivi on sisennetty sarkaimella (Tab); YAML-tiedostossa sisennetään vain välilyönneillä\n  vihje: korvaa sarkain välilyönneillä"
);

rule!(
    yaml_value_starting_with_a_reserved_character,
    |s| {
        s.write(
            TERM,
            "term: @kipu\nword_class: substantiivi\nexplanation: x\n",
        );
    },
    "content/sanasto/kipu.yaml:1:7: error[YAML-SYNTAX]: a value cannot start with `@` unless it is in quotes\n  hint: put the text in quotes, e.g. \"@…\"",
    "content/sanasto/kipu.yaml:1:7: virhe[YAML-SYNTAX]: arvo ei voi alkaa merkillä `@` ilman lainausmerkkejä\n  vihje: laita teksti lainausmerkkeihin, esimerkiksi \"@…\""
);
