//! Translations beside their originals (`tietoa.sv.md`): published below `/sv/` with what they
//! inherit, linked both ways with `hreflang`, a language switch on every page, links to pages
//! not translated marked with their language, and the mistakes an editor can make.

use std::collections::BTreeSet;

use crate::common::TestSite;

/// The fixture with `tietoa` in Swedish (linking a term with no Swedish version) and in English
/// under its own slug.
fn translated() -> TestSite {
    let site = TestSite::fixture("site");
    site.write(
        "content/tietoa.sv.md",
        "---\ntitle: Om webbplatsen\n---\nLäs om [ordet smärta](@/sanasto/kipu.yaml).\n",
    );
    site.write(
        "content/tietoa.en.md",
        "---\ntitle: About the site\nslug: about\n---\nWhat the site is for: \"open materials\".\n",
    );
    site
}

/// `(hreflang, href)` of a page's `<link rel="alternate" hreflang>` tags.
pub(crate) fn alternates(html: &str) -> BTreeSet<(String, String)> {
    html.split("<link rel=\"alternate\" hreflang=\"")
        .skip(1)
        .filter_map(|rest| {
            let (lang, rest) = rest.split_once('"')?;
            let href = rest.split_once("href=\"")?.1.split_once('"')?.0;
            Some((lang.to_string(), href.to_string()))
        })
        .collect()
}

/// The `<nav class="language-switch">` of a page.
fn switch(html: &str) -> &str {
    let start = html
        .find("<nav class=\"language-switch\"")
        .expect("a language switch");
    &html[start..start + html[start..].find("</nav>").unwrap()]
}

#[test]
fn translations_are_published_below_their_language_and_linked_both_ways() {
    let site = translated();
    let run = site.build_ok(&[]);
    assert_eq!(run.stderr, "");
    let swedish = site.read("public/sv/tietoa/index.html");
    assert!(swedish.contains("<html lang=\"sv\" data-root=\"/\""));
    assert!(swedish.contains("<h1>Om webbplatsen</h1>"), "{swedish}");
    let english = site.read("public/en/about/index.html");
    assert!(english.contains("<html lang=\"en\" data-root=\"/\""));
    // English quotation marks in English text (Finnish and Swedish close with ”).
    assert!(english.contains("“open materials”"), "{english}");
    // The UI is in the page's language: the search box of the header.
    assert!(swedish.contains(">Sök</button>") && english.contains(">Search</button>"));

    let expected: BTreeSet<(String, String)> = [
        ("fi", "https://polku.test/tietoa/"),
        ("sv", "https://polku.test/sv/tietoa/"),
        ("en", "https://polku.test/en/about/"),
        ("x-default", "https://polku.test/tietoa/"),
    ]
    .iter()
    .map(|(l, h)| (l.to_string(), h.to_string()))
    .collect();
    for page in ["tietoa/", "sv/tietoa/", "en/about/"] {
        let html = site.read(&format!("public/{page}index.html"));
        assert_eq!(alternates(&html), expected, "{page}");
    }
    // Every language in the switch: the page where it exists, the current one marked.
    let links = switch(&swedish);
    assert!(links.contains("href=\"/tietoa/\" lang=\"fi\" hreflang=\"fi\">"));
    assert!(
        links.contains("href=\"/sv/tietoa/\" lang=\"sv\" hreflang=\"sv\" aria-current=\"true\">")
    );
    assert!(links.contains("href=\"/en/about/\" lang=\"en\" hreflang=\"en\">"));

    // The project has no Swedish file: its funding line in the footer is marked Finnish, and
    // the feed linked is the Swedish one.
    assert!(
        swedish.contains("<p class=\"funding-line\" lang=\"fi\">"),
        "{swedish}"
    );
    assert!(swedish.contains("<a href=\"/sv/atom.xml\">"), "{swedish}");
    assert!(
        !site
            .read("public/tietoa/index.html")
            .contains("<p class=\"funding-line\" lang=")
    );
    // A page in one language has no alternates; its switch leads to the other languages' homes.
    let term = site.read("public/sanasto/kipu/index.html");
    assert!(alternates(&term).is_empty());
    assert!(switch(&term).contains("href=\"/sv/\" lang=\"sv\""));
    assert!(switch(&term).contains("href=\"/en/\" lang=\"en\""));
    assert!(
        site.read("public/sv/index.html")
            .contains("<html lang=\"sv\" data-root=\"/\"")
    );

    // The term has no Swedish page: the link leads to the Finnish one and says so.
    assert!(swedish.contains("<a href=\"/sanasto/kipu/\" hreflang=\"fi\">ordet smärta</a>"));

    let sitemap = site.read("public/sitemap.xml");
    assert!(sitemap.contains("<loc>https://polku.test/sv/tietoa/</loc>"));
    assert!(sitemap.contains(
        "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://polku.test/en/about/\"/>"
    ));
    // Each language's own search page, feed and catalogue.
    assert!(
        site.read("public/sv/haku/index.html")
            .contains("<html lang=\"sv\" data-root=\"/\"")
    );
    assert!(
        site.read("public/sv/atom.xml")
            .contains("href=\"https://polku.test/sv/atom.xml\"")
    );
    let catalogue = site.read("public/sv/materials.json");
    assert!(!catalogue.contains("/sanasto/kipu/"), "{catalogue}");
}

#[test]
fn a_translation_inherits_what_it_does_not_set_and_links_follow_it() {
    let site = translated();
    site.write(
        "content/sanasto/kipu.sv.yaml",
        "explanation: Obehaglig känsla i kroppen.\n",
    );
    // A picture only the Swedish page shows is read and sized like any other.
    site.write_bytes("content/kontoret.png", &crate::common::tiny_png());
    site.edit(
        "content/tietoa.sv.md",
        "Läs om",
        "![Kontoret i Uleåborg](kontoret.png)\n\nLäs om",
    );
    site.build_ok(&[]);
    let about = site.read("public/sv/tietoa/index.html");
    assert!(about.contains("width=\"8\" height=\"8\""), "{about}");
    let term = site.read("public/sv/sanasto/kipu/index.html");
    assert!(term.contains("Obehaglig känsla i kroppen."), "{term}");
    // The term itself, its forms and examples are the original's.
    assert!(
        term.contains("kivun") && term.contains("Kipu alkoi eilen."),
        "{term}"
    );
    let swedish = site.read("public/sv/tietoa/index.html");
    assert!(
        swedish.contains("<a href=\"/sv/sanasto/kipu/\">ordet smärta</a>"),
        "{swedish}"
    );
}

#[test]
fn translation_mistakes_are_reported_at_the_translation() {
    let site = translated();
    site.write("content/tietoa.de.md", "---\ntitle: Über\n---\nText.\n");
    site.write("content/puuttuva.sv.md", "---\ntitle: Saknas\n---\nText.\n");
    site.write(
        "content/kortit/testipakka/ensimmainen.sv.md",
        "---\ntitle: Första kortet\nnumber: 2\n---\nText.\n",
    );
    site.edit(
        "content/tietoa.md",
        "title: Tietoa\n",
        "title: Tietoa\nupdated: 2026-10-01\n",
    );
    site.edit(
        "content/tietoa.sv.md",
        "title: Om webbplatsen\n",
        "title: Om webbplatsen\nupdated: 2026-09-01\n",
    );
    let stderr = site.build_err();
    for line in [
        "content/tietoa.de.md:1:1: error[TRANSLATION-LANGUAGE]: the file name has the language “de”, but the site's languages are fi, sv, en",
        "content/puuttuva.sv.md:1:1: error[TRANSLATION-ORPHAN]: this is a translation of puuttuva.md, but that file does not exist",
        "content/kortit/testipakka/ensimmainen.sv.md:3:9: error[TRANSLATION-FIELD]: the translation sets `number` to another value than its original kortit/testipakka/ensimmainen.md",
        "content/tietoa.sv.md:3:10: warning[TRANSLATION-STALE]: the original tietoa.md was updated on 1.10.2026, the translation last on 1.9.2026",
    ] {
        assert!(stderr.contains(line), "missing {line:?} in:\n{stderr}");
    }
    // Nothing else: a key the translations inherit is not reported again at them.
    assert!(
        stderr.contains("3 errors, 1 warning in 4 files"),
        "{stderr}"
    );
    // The main language is written without a code.
    site.remove("content/tietoa.de.md");
    site.write("content/tietoa.fi.md", "---\ntitle: Tietoa\n---\nText.\n");
    let stderr = site.build_err();
    assert!(
        stderr.contains("“fi” is the site's main language"),
        "{stderr}"
    );
}
