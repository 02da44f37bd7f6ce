//! One broken fixture per validation rule: the build must fail (or warn) with exactly the
//! `path:line:column: error[CODE]: message` and hint shown here, and write nothing.

#[path = "../common/mod.rs"]
mod common;
#[path = "../common/schema.rs"]
mod schema;

use common::TestSite;

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

/// `rule!(name, |site| change, "expected diagnostic with hint")`: one error, exact stderr; with
/// a fourth argument, also the Finnish one (`POLKU_LANG=fi`).
macro_rules! rule {
    ($name:ident, $setup:expr, $expected:expr $(, $finnish:expr)?) => {
        #[test]
        fn $name() {
            let finnish: Option<&str> = None $(.or(Some($finnish)))?;
            $crate::fails_with($setup, $expected, finnish);
        }
    };
}

/// The fixture site with `setup` made fails with exactly `expected` (and `finnish` in Finnish),
/// and writes nothing.
fn fails_with(setup: fn(&TestSite), expected: &str, finnish: Option<&str>) {
    let site = TestSite::fixture("site");
    setup(&site);
    assert_eq!(site.build_err(), common::one_error(expected));
    if let Some(finnish) = finnish {
        let run = site.run_in("fi", &["build"]);
        assert_eq!(run.code, 1);
        assert_eq!(run.stderr, common::one_error_in_finnish(finnish));
    }
    assert!(!site.exists("public"), "a failed build wrote output");
    FIXTURE_SCHEMAS
        .get_or_init(|| schema::SchemaCheck::of(TestSite::fixture("site").root()))
        .assert_rejects(site.root(), expected);
}

/// The schemas of the fixture site, made once for every case.
static FIXTURE_SCHEMAS: std::sync::OnceLock<schema::SchemaCheck> = std::sync::OnceLock::new();

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

/// [`warns`], and the same warning as a Finnish editor reads it (`POLKU_LANG=fi`).
fn warns_in_finnish(setup: fn(&TestSite), expected: &str, finnish: &str) {
    warns(setup, expected);
    let site = TestSite::fixture("site");
    setup(&site);
    let run = site.run_in("fi", &["build"]);
    assert_eq!(run.code, 0, "build failed:\n{}", run.stderr);
    assert_eq!(
        run.stderr,
        format!("{finnish}\n0 virhettä, 1 varoitus, 1 tiedostossa\n")
    );
}

mod decks_cards;
mod lessons_terms;
mod links_media;
mod paths_workshops_projects;
mod site_accessibility;
mod syntax;
mod whole_runs;
