//! Card decks (themes, colours, instructions) and their cards (slots, numbers, fit in print).

use crate::{CARD, CARD2, DECK, warns_in_finnish};

rule!(
    theme_contrast,
    |s| {
        s.edit(DECK, "text_color: \"#1a1a1a\"", "text_color: \"#ffffff\"");
    },
    "content/kortit/testipakka/deck.yaml:14:12: error[CONTRAST]: the theme `perehdytys` has a contrast of 1,7:1 between #f2c14e and its text colour; at least 4,5:1 is needed\n  hint: use a darker `color`, or set `text_color` (e.g. \"#1a1a1a\") for a light colour (WCAG 1.4.3)",
    "content/kortit/testipakka/deck.yaml:14:12: virhe[CONTRAST]: teeman `perehdytys` värin #f2c14e ja tekstin värin kontrasti on 1,7:1, mutta sen pitää olla vähintään 4,5:1\n  vihje: käytä tummempaa väriä (`color`) tai anna vaalealle värille tumma tekstin väri, esimerkiksi `text_color: \"#1a1a1a\"` (WCAG 1.4.3)"
);

rule!(
    theme_colour_format,
    |s| {
        s.edit(DECK, "color: \"#9c3d1f\"", "color: punainen");
    },
    "content/kortit/testipakka/deck.yaml:9:12: error[INVALID-COLOR]: `punainen` is not a colour\n  hint: write colours as hex codes in quotes, e.g. \"#23467a\"",
    "content/kortit/testipakka/deck.yaml:9:12: virhe[INVALID-COLOR]: `punainen` ei ole väri\n  vihje: kirjoita väri lainausmerkkeihin risuaidan ja kuuden merkin kanssa, esimerkiksi \"#23467a\""
);

rule!(
    deck_needs_instructions,
    |s| {
        s.edit(DECK, "instructions: kayttoohje.md\n", "");
        s.remove("content/kortit/testipakka/kayttoohje.md");
    },
    "content/kortit/testipakka/deck.yaml:1:1: error[MISSING-KEY]: required key `instructions` is missing\n  hint: add `instructions: kayttoohje.md` and write the how-to-play text in that file",
    "content/kortit/testipakka/deck.yaml:1:1: virhe[MISSING-KEY]: pakollinen kenttä `instructions` puuttuu\n  vihje: lisää rivi `instructions: kayttoohje.md` ja kirjoita pakan käyttöohje tiedostoon kayttoohje.md"
);

rule!(
    card_theme_not_in_deck,
    |s| {
        s.edit(CARD, "theme: kohtaaminen", "theme: \"perehdytys \"");
    },
    "content/kortit/testipakka/ensimmainen.md:4:8: error[CARD-THEME]: `perehdytys ` is not a theme of the deck `testipakka`\n  hint: did you mean `perehdytys`?",
    "content/kortit/testipakka/ensimmainen.md:4:8: virhe[CARD-THEME]: `perehdytys ` ei ole pakan `testipakka` teema\n  vihje: tarkoititko `perehdytys`?"
);

rule!(
    card_missing_slot,
    |s| {
        s.edit(CARD2, "question: Kuka perehdyttää sinua?\n", "");
    },
    "content/kortit/testipakka/toinen.md:2:1: error[CARD-SLOT]: insight cards need the text `question`, and this card has none\n  hint: add `question:` to the front matter",
    "content/kortit/testipakka/toinen.md:2:1: virhe[CARD-SLOT]: korttityypin `insight` kortilla pitää olla teksti `question`, mutta tältä kortilta se puuttuu\n  vihje: lisää tiedoston alun tietolohkoon rivi `question:` ja sille teksti"
);

rule!(
    card_foreign_slot,
    |s| {
        s.edit(CARD2, "number: 2", "number: 2\ntip: Vinkki.");
    },
    "content/kortit/testipakka/toinen.md:4:1: error[CARD-SLOT]: `tip` is not a text of insight cards\n  hint: insight cards have: insight, question, try",
    "content/kortit/testipakka/toinen.md:4:1: virhe[CARD-SLOT]: korttityypin `insight` korteissa ei voi olla tekstiä `tip`\n  vihje: korttityypin `insight` korteissa voivat olla nämä tekstit: insight, question, try"
);

rule!(
    card_question_mark,
    |s| {
        s.edit(CARD2, "Kuka perehdyttää sinua?", "Kuka perehdyttää sinua.");
    },
    "content/kortit/testipakka/toinen.md:6:11: error[CARD-QUESTION]: the question does not end with a question mark\n  hint: end the `question` with \"?\"",
    "content/kortit/testipakka/toinen.md:6:11: virhe[CARD-QUESTION]: kysymys ei pääty kysymysmerkkiin\n  vihje: lisää kysymyksen (`question`) loppuun \"?\""
);

rule!(
    duplicate_card_number,
    |s| {
        s.edit(CARD2, "number: 2", "number: 1");
    },
    "content/kortit/testipakka/toinen.md:3:9: error[DUPLICATE-NUMBER]: the deck already has a card with number 1: content/kortit/testipakka/ensimmainen.md\n  hint: give each card its own number",
    "content/kortit/testipakka/toinen.md:3:9: virhe[DUPLICATE-NUMBER]: pakassa on jo kortti, jonka numero (`number`) on 1: content/kortit/testipakka/ensimmainen.md\n  vihje: anna jokaiselle kortille oma numero"
);

#[test]
fn warning_theme_without_icon() {
    warns_in_finnish(
        |s| {
            s.edit(
                DECK,
                "    icon: ikonit/kohtaaminen.svg\n  - id: perehdytys",
                "  - id: perehdytys",
            );
        },
        "content/kortit/testipakka/deck.yaml:7:5: warning[THEME-ICON]: the theme `kohtaaminen` has no `icon`\n  hint: add an icon so that the theme is not told apart by colour and name only (WCAG 1.4.1)",
        "content/kortit/testipakka/deck.yaml:7:5: varoitus[THEME-ICON]: teemalla `kohtaaminen` ei ole kuvaketta (`icon`)\n  vihje: lisää teemalle kuvake, jotta teeman tunnistaa muustakin kuin väristä ja nimestä (WCAG 1.4.1)",
    );
}

rule!(
    card_outside_a_deck,
    |s| {
        s.write(
            "content/kortit/irtokortti.md",
            "---\ntype: card\ntitle: Irtokortti\nnumber: 9\ntheme: kohtaaminen\n---\n",
        );
    },
    "content/kortit/irtokortti.md:2:7: error[CARD-DECK]: this card is not in a deck's folder\n  hint: move it next to a deck.yaml",
    "content/kortit/irtokortti.md:2:7: virhe[CARD-DECK]: kortti ei ole korttipakan kansiossa\n  vihje: siirrä kortti sen pakan kansioon, jossa on deck.yaml"
);

rule!(
    duplicate_deck_theme,
    |s| {
        s.edit(DECK, "  - id: perehdytys", "  - id: kohtaaminen");
        s.edit(CARD2, "theme: perehdytys", "theme: kohtaaminen");
    },
    "content/kortit/testipakka/deck.yaml:12:9: error[DUPLICATE-ID]: the theme `kohtaaminen` is listed twice\n  hint: give each theme its own id",
    "content/kortit/testipakka/deck.yaml:12:9: virhe[DUPLICATE-ID]: teema `kohtaaminen` on luettelossa kahdesti\n  vihje: anna jokaiselle teemalle oma tunniste (`id`)"
);

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
    "content/kortit/testipakka/toinen.md:5:10: error[CARD-OVERFLOW]: the text of card “Toinen kortti” does not fit the format a4-9: `insight` runs 24.6 mm past the bottom of the card\n  hint: shorten the card's texts by about 236 characters, or remove a4-9 from the deck's print.formats",
    "content/kortit/testipakka/toinen.md:5:10: virhe[CARD-OVERFLOW]: kortin ”Toinen kortti” teksti ei mahdu tulostusmuotoon a4-9: kenttä `insight` menee 24,6 mm kortin alareunan yli\n  vihje: lyhennä kortin tekstejä noin 236 merkillä tai poista a4-9 pakan `print.formats`-listasta"
);
