//! Finnish forms from Voikko (`search::voikko`, `search/finnish/lemmas.rs`) in a real build: a
//! query in a word's base form, or for a part of a compound, meets a stem indexed for the page
//! that has only an inflected form; without Voikko the build works out forms from the site's
//! own words and says so once.

use polku::search::index::tokens::Tokens;

use super::indexing::bundles_pages;
use super::*;

const PAGE: &str = "---\ntitle: Työpaikan sanoja\n---\n\nHän opiskelee ryhmäohjaajakoulutuksessa. \
Pese käden molemmat puolet. Jokaisen ihmisen työ on arvokas.\n";

/// Whether pagefind.js finds the page for `query`: the query's stem, folded and stemmed as
/// Pagefind does, begins one of the page's indexed words.
fn finds(page: &IndexPage, query: &str) -> bool {
    let stem = Tokens::new("fi")
        .stem(query)
        .expect("a Finnish word has a stem");
    page.words.keys().any(|word| word.starts_with(&stem))
}

fn built_page(without_voikko: bool) -> (IndexPage, String) {
    let site = TestSite::fixture("site");
    site.write("content/sanoja.md", PAGE);
    let mut build = site.command(&["build"]);
    if without_voikko {
        build.env(polku::search::voikko::WITHOUT_VOIKKO, "1");
    }
    let run = common::run_command(build);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pages = bundles_pages(&Bundle::of(&site));
    let page = pages
        .into_iter()
        .find(|p| p.fragment.url == "/sanoja/")
        .expect("the page is in the index");
    (page, run.stderr)
}

#[test]
fn base_forms_and_compound_parts_find_a_page_through_voikko() {
    if polku::search::voikko::Voikko::load().is_none() {
        eprintln!("libvoikko is not installed: skipped (scripts/test installs it)");
        return;
    }
    let (page, stderr) = built_page(false);
    for query in [
        "käsi",
        "ihminen",
        "ohjaaja",
        "koulutus",
        "ryhmä",
        "koulutuksesta",
    ] {
        assert!(finds(&page, query), "{query} does not find the page");
    }
    assert!(!stderr.contains("Voikko"), "{stderr}");
}

#[test]
fn without_voikko_the_build_says_so_once_and_uses_the_sites_words() {
    let (page, stderr) = built_page(true);
    assert_eq!(stderr.matches("Voikkoa ei löytynyt").count(), 1, "{stderr}");
    assert!(
        stderr.contains("apt-get install libvoikko1 voikko-fi"),
        "{stderr}"
    );
    // The site's own words cannot lead back from `käden` to `käsi`: that takes a lexicon.
    assert!(!finds(&page, "käsi"));
    assert!(finds(&page, "käden"));
}
