//! Every internal link and anchor resolves: in the fixture, under a sub-path `base_url`, and in
//! the example site.

use std::collections::{HashMap, HashSet};

use crate::common::TestSite;
use crate::{assert_has, built};

/// Every internal link and `#anchor` in the built site leads somewhere.
fn assert_links_resolve(site: &TestSite, root: &str) {
    let pages = site.snapshot("public");
    let files: HashMap<String, String> = pages
        .iter()
        .filter(|(p, _)| p.ends_with(".html"))
        .map(|(p, bytes)| (p.clone(), String::from_utf8_lossy(bytes).into_owned()))
        .collect();
    let all: HashSet<&str> = pages.iter().map(|(p, _)| p.as_str()).collect();
    let ids = |html: &str| -> HashSet<String> { attributes(html, "id") };
    let mut checked = 0;
    for (page, html) in &files {
        for link in attributes(html, "href")
            .into_iter()
            .chain(attributes(html, "src"))
        {
            if link.contains("://") || link.starts_with("mailto:") {
                continue;
            }
            let (path, anchor) = link
                .split_once('#')
                .map_or((link.as_str(), None), |(p, a)| (p, Some(a)));
            let target = if path.is_empty() {
                page.clone()
            } else {
                assert!(
                    path.starts_with(root),
                    "{page}: link {link} does not start with {root}"
                );
                let rel = &path[root.len()..];
                if rel.is_empty() || rel.ends_with('/') {
                    format!("{rel}index.html")
                } else {
                    rel.to_string()
                }
            };
            assert!(all.contains(target.as_str()), "{page}: broken link {link}");
            if let (Some(anchor), Some(html)) = (anchor, files.get(&target)) {
                assert!(ids(html).contains(anchor), "{page}: broken anchor {link}");
            }
            checked += 1;
        }
    }
    assert!(checked > 500, "only {checked} links checked");
}

/// Values of `name="…"` attributes in some HTML.
fn attributes(html: &str, name: &str) -> HashSet<String> {
    let needle = format!(" {name}=\"");
    html.match_indices(&needle)
        .map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            rest[..rest.find('"').unwrap_or(0)].to_string()
        })
        .collect()
}

#[test]
fn no_broken_internal_links_or_anchors() {
    let site = built();
    assert_links_resolve(&site, "/");
}

#[test]
fn base_url_with_a_sub_path_is_honoured_everywhere() {
    let site = TestSite::fixture("site");
    site.build_ok(&["--base-url", "https://polku.test/materiaalit/"]);
    assert_links_resolve(&site, "/materiaalit/");
    let html = site.read("public/oppitunnit/perusteet/aamutoimet/index.html");
    assert_has(
        &html,
        &[
            "href=\"/materiaalit/css/polku.css\"",
            "href=\"https://polku.test/materiaalit/oppitunnit/perusteet/aamutoimet/\"",
        ],
    );
    assert!(
        site.read("public/sitemap.xml")
            .contains("<loc>https://polku.test/materiaalit/sanasto/kipu/</loc>")
    );
    let json: serde_json::Value =
        serde_json::from_str(&site.read("public/materials.json")).unwrap();
    assert!(json["materials"].as_array().unwrap().iter().all(|m| {
        m["url"]
            .as_str()
            .unwrap()
            .starts_with("https://polku.test/materiaalit/")
    }));
}

#[test]
fn the_example_site_builds_cleanly_with_every_type_and_no_broken_links() {
    let site = TestSite::example();
    // Its only warnings are its demonstration addresses at sotestartti.example.fi, one each
    // (a project that copies the site must replace them), in English and in Finnish.
    for (lang, summary, label, ending) in [
        (
            "en",
            "0 errors, 16 warnings in 11 files",
            ": warning[PLACEHOLDER]: ",
            " is an example address, not a real one",
        ),
        (
            "fi",
            "0 virhettä, 16 varoitusta, 11 tiedostossa",
            ": varoitus[PLACEHOLDER]: ",
            " on esimerkkiosoite, ei oikea osoite",
        ),
    ] {
        let run = site.run_in(lang, &["build"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let lines: Vec<&str> = run.stderr.lines().collect();
        let (last, problems) = lines.split_last().unwrap();
        assert_eq!(*last, summary, "{}", run.stderr);
        for problem in problems.chunks(2) {
            let line = problem[0];
            let address = line
                .split(label)
                .nth(1)
                .and_then(|rest| rest.strip_suffix(ending));
            assert!(
                address.is_some_and(|a| a.contains("sotestartti.example.fi")),
                "{line}"
            );
        }
    }
    assert_links_resolve(&site, "/");
    let json: serde_json::Value =
        serde_json::from_str(&site.read("public/materials.json")).unwrap();
    let count = |t: &str| {
        json["materials"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| m["type"] == t)
            .count()
    };
    assert!(
        count("lesson") >= 12 && count("term") >= 80 && count("card") == 40,
        "example content is incomplete"
    );
    for t in ["deck", "path", "workshop", "project", "outcomes"] {
        assert!(count(t) >= 1, "no {t} in the example site");
    }
    assert!(site.exists("public/saavutettavuusseloste/index.html"));
}
