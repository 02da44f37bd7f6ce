//! The valid fixture site, built by the real binary: the HTML of every content type, listings,
//! facet pages, feeds, the catalogue, links under a sub-path `base_url`, and safe output.

#[path = "../common/mod.rs"]
mod common;

use common::TestSite;

fn built() -> TestSite {
    let site = TestSite::fixture("site");
    let run = site.build_ok(&[]);
    assert_eq!(
        run.stderr, "",
        "the valid fixture must build without warnings"
    );
    assert!(run.stdout.starts_with("Built "), "{}", run.stdout);
    site
}

/// The text between `<main` and `</main>` of a page.
fn main_of(site: &TestSite, page: &str) -> String {
    let html = site.read(&format!("public/{page}"));
    let start = html.find("<main").expect("a <main> element");
    let end = html.find("</main>").expect("a </main>");
    html[start..end].to_string()
}

fn assert_has(haystack: &str, needles: &[&str]) {
    for needle in needles {
        assert!(
            haystack.contains(needle),
            "missing {needle:?} in:\n{haystack}"
        );
    }
}

mod content_types;
mod example_pages;
mod links;
mod listings_feeds;
mod offline;
mod output;
mod translations;
