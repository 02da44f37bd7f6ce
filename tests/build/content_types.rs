//! The page of each content type: lessons and exercises, the glossary, decks and cards, path
//! stories, workshops, projects, outcomes, the accessibility statement, plain-language pages.

use crate::common::TestSite;
use crate::{assert_has, built, main_of};

#[test]
fn lesson_page() {
    let site = built();
    let html = site.read("public/oppitunnit/perusteet/aamutoimet/index.html");
    assert_has(
        &html,
        &[
            "<html lang=\"fi\" data-root=\"/\"",
            "<title>Aamutoimet – Testisivusto</title>",
            "<h1>Aamutoimet</h1>",
            "A2.1–A2.2",
        ],
    );
    let main = main_of(&site, "oppitunnit/perusteet/aamutoimet/index.html");
    assert_has(
        &main,
        &[
            // vocabulary linked to the glossary, glosses marked with their language
            "href=\"/sanasto/kipu/\"",
            "<span lang=\"en\">pain</span>",
            // headings with stable anchors, Finnish quotation marks
            "<h2 id=\"tilanne\">Tilanne</h2>",
            "<h2 id=\"harjoitukset\">Harjoitukset</h2>",
            "”hyvää huomenta”",
            // coach notes behind a disclosure
            "<details class=\"coach-notes\">",
            "Harjoitelkaa tervehdystä parin kanssa.",
            // links to the care-situation facet
            "href=\"/tilanteet/aamutoimet/\"",
        ],
    );
    // Next lesson in the series, and the previous one from the second lesson.
    assert!(main.contains("href=\"/oppitunnit/perusteet/kivusta-kysyminen/\""));
    assert!(
        main_of(&site, "oppitunnit/perusteet/kivusta-kysyminen/index.html")
            .contains("href=\"/oppitunnit/perusteet/aamutoimet/\"")
    );
}

#[test]
fn exercises_are_accessible_forms_that_read_without_javascript() {
    let site = built();
    let main = main_of(&site, "oppitunnit/perusteet/aamutoimet/index.html");
    for kind in ["gap", "choice", "match", "truefalse", "write"] {
        assert!(
            main.contains(&format!("data-kind=\"{kind}\"")),
            "no {kind} exercise"
        );
    }
    for n in 1..=5 {
        assert!(main.contains(&format!("id=\"harjoitus-{n}\"")));
    }
    assert_has(
        &main,
        &[
            "<fieldset",
            "<legend>Täydennä lause.</legend>",
            "data-answer=\"huomenta\"",
            "aria-label=\"Aukko 1\"",
            "type=\"radio\"",
            "<select",
            "<textarea",
            // the check button is hidden until the script runs; answers are readable without it
            "class=\"ex-check\" hidden",
            "<details class=\"exercise-answers\">",
            "Hyvää <strong>huomenta</strong>!",
            "role=\"status\"",
        ],
    );
    assert!(!main.contains("```"), "an exercise block was left as code");
    assert!(!main.contains("<script"), "no inline scripts (CSP)");
}

#[test]
fn glossary_in_finnish_order_and_term_pages() {
    let site = built();
    let main = main_of(&site, "sanasto/index.html");
    let a = main.find("aamupala").unwrap();
    let k = main.find(">kipu<").unwrap();
    let o = main.find("öljy").unwrap();
    assert!(a < k && k < o, "A–Ö order broken");
    assert!(main.contains(">Ö</a>"));
    let term = main_of(&site, "sanasto/kipu/index.html");
    assert_has(
        &term,
        &[
            "kivun",
            "kipua",
            "pain",
            "smärta",
            "Kipu alkoi eilen.",
            "href=\"/sanasto/aamupala/\"",
        ],
    );
    // lessons that use the term
    assert_has(
        &term,
        &[
            "href=\"/oppitunnit/perusteet/aamutoimet/\"",
            "href=\"/oppitunnit/perusteet/kivusta-kysyminen/\"",
        ],
    );
}

#[test]
fn deck_and_card_pages() {
    let site = built();
    let deck = main_of(&site, "kortit/testipakka/index.html");
    assert_has(
        &deck,
        &[
            "<h1>Testipakka</h1>",
            "Nostakaa kortti vuorotellen.",
            "Kohtaaminen",
            "Perehdytys",
            "/kortit/testipakka/ikonit/kohtaaminen.svg",
            "href=\"/kortit/testipakka/ensimmainen/\"",
            "href=\"/kortit/testipakka/toinen/\"",
        ],
    );
    assert!(
        site.exists("public/kortit/testipakka/ikonit/kohtaaminen.svg"),
        "deck icons are copied"
    );
    assert!(
        !site.exists("public/kortit/testipakka/kayttoohje/index.html"),
        "the instructions are part of the deck page"
    );
    let card = main_of(&site, "kortit/testipakka/ensimmainen/index.html");
    assert_has(
        &card,
        &[
            "Ensimmäinen kortti",
            "Uusi työntekijä oppii nopeasti, kun häntä odotetaan.",
            "Miten sinua odotettiin?",
            "Kysy uudelta työkaverilta kuulumisia.",
            "Lisätietoa verkossa.",
            // used by a workshop and a path story
            "href=\"/tyopajat/perehdytyspaja/\"",
            "href=\"/polut/annan-polku/\"",
        ],
    );
}

#[test]
fn path_story_workshop_project_outcomes_and_statement() {
    let site = built();
    let path = main_of(&site, "polut/annan-polku/index.html");
    assert_has(
        &path,
        &[
            "<ol class=\"route\">",
            "step--waiting",
            "Odotusvaihe",
            "href=\"/tulokset/testitulokset/#tyollistyi\"",
            "(nimi muutettu)",
        ],
    );
    let workshop = main_of(&site, "tyopajat/perehdytyspaja/index.html");
    assert_has(
        &workshop,
        &[
            "13.00–13.15",
            "13.15–14.15",
            "14.15–14.30",
            "Kierrä ryhmissä.",
            "href=\"/kortit/testipakka/\"",
        ],
    );
    let project = main_of(&site, "hankkeet/testihanke/index.html");
    assert_has(
        &project,
        &[
            "Testihanke",
            "Vipuvoimaa EU:lta 2014–2020",
            "Euroopan sosiaalirahasto",
            "href=\"/tulokset/testitulokset/\"",
            // the outcome figures are shown on the project page too
            "<table",
            "35,2\u{a0}%",
        ],
    );
    let outcomes = main_of(&site, "tulokset/testitulokset/index.html");
    assert_has(
        &outcomes,
        &[
            "<table",
            "<caption",
            "182",
            "64",
            "35,2\u{a0}%",
            "<svg",
            "aria-hidden=\"true\"",
            "id=\"tyollistyi\"",
        ],
    );
    let statement = main_of(&site, "saavutettavuusseloste/index.html");
    assert_has(
        &statement,
        &[
            "1.2.2",
            "Videoilta puuttuu tekstitys.",
            "palaute@polku.test",
            "Traficom",
        ],
    );
    // the footer of every page carries the EU emblem of the site's project
    assert!(
        site.read("public/index.html")
            .contains("Euroopan sosiaalirahasto")
    );
}

#[test]
fn plain_language_pages_get_a_badge_and_an_index_page() {
    let site = TestSite::fixture("site");
    site.edit(
        "content/oppitunnit/perusteet/kivusta-kysyminen.md",
        "order: 2",
        "order: 2\nregister: selkokieli",
    );
    site.build_ok(&[]);
    let index = main_of(&site, "kielimuoto/selkokieli/index.html");
    assert!(index.contains("href=\"/oppitunnit/perusteet/kivusta-kysyminen/\""));
    assert!(!index.contains("/aamutoimet/\""));
    assert!(
        main_of(&site, "oppitunnit/perusteet/kivusta-kysyminen/index.html").contains("Selkokieli")
    );
}
