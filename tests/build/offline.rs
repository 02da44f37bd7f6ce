//! Offline use (issue 21): the installable site's manifest, service worker and `offline.json`,
//! under a sub-path too, and the ZIP that opens from a folder (`--offline`, `offline.zip`).
//! The browser side (saving, offline reading, `file://` search) is tests/browser/offline.test.mjs.

use std::collections::BTreeSet;
use std::io::Read;

use serde_json::Value;

use crate::common::TestSite;
use crate::{assert_has, built};

fn lists(site: &TestSite) -> Value {
    serde_json::from_str(&site.read("public/offline.json")).unwrap()
}

/// Every file below `public/`, by its path there.
fn published(site: &TestSite) -> BTreeSet<String> {
    walkdir::WalkDir::new(site.path("public"))
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(site.path("public"))
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect()
}

/// The file an address of offline.json names: `x/` is `x/index.html`.
fn file_of(address: &str) -> String {
    if address.is_empty() || address.ends_with('/') {
        format!("{address}index.html")
    } else {
        address.to_string()
    }
}

fn addresses(lists: &Value, indices: &Value) -> Vec<String> {
    indices
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            lists["files"][i.as_u64().unwrap() as usize][0]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

/// The address of the page a search fragment is of (`/sanasto/kipu/`).
fn fragment_url(site: &TestSite, file: &str) -> String {
    let bytes = std::fs::read(site.path(&format!("public/{file}"))).unwrap();
    let json: Value =
        serde_json::from_slice(&polku::search::index::unframe(&bytes).unwrap()).unwrap();
    json["url"].as_str().unwrap().to_string()
}

#[test]
fn the_installable_site_lists_every_file_the_shell_and_what_each_section_saves() {
    let site = built();
    let lists = lists(&site);
    let files = published(&site);
    let listed: BTreeSet<String> = lists["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| file_of(f[0].as_str().unwrap()))
        .collect();
    let unlisted: Vec<&String> = files.difference(&listed).collect();
    assert_eq!(
        unlisted,
        [".polku-output", "offline.json", "sw.js"],
        "every other file is listed"
    );
    for file in lists["files"].as_array().unwrap() {
        let size =
            std::fs::metadata(site.path(&format!("public/{}", file_of(file[0].as_str().unwrap()))))
                .unwrap()
                .len();
        assert_eq!(file[2].as_u64().unwrap(), size, "{file}");
    }

    let shell = addresses(&lists, &lists["shell"]);
    for needed in [
        "",
        "css/polku.css",
        "js/polku.js",
        "js/offline.js",
        "pagefind/pagefind.js",
        "pagefind/wasm.fi.pagefind",
        "pagefind/pagefind-entry.json",
        "haku/",
        "ei-yhteytta/",
        "manifest.webmanifest",
        "icons/polku-192.png",
    ] {
        if needed.is_empty() {
            assert!(
                !shell.contains(&String::new()),
                "the home page is a page, not the shell"
            );
        } else {
            assert!(
                shell.iter().any(|s| s == needed),
                "{needed} not in the shell {shell:?}"
            );
        }
    }
    assert!(
        !shell
            .iter()
            .any(|s| s.contains("wasm.sv") || s.contains("fragment/")),
        "{shell:?}"
    );

    let sections: Vec<&Value> = lists["sections"].as_array().unwrap().iter().collect();
    let urls: Vec<&str> = sections
        .iter()
        .map(|s| s["url"].as_str().unwrap())
        .collect();
    for url in ["oppitunnit/", "sanasto/", "kortit/", "kortit/testipakka/"] {
        assert!(urls.contains(&url), "{url} not among {urls:?}");
    }
    assert!(
        !urls.contains(&"oppitunnit/perusteet/"),
        "only top-level sections and decks"
    );

    let deck = sections
        .iter()
        .find(|s| s["url"] == "kortit/testipakka/")
        .unwrap();
    let saved = addresses(&lists, &deck["files"]);
    assert!(saved.contains(&"kortit/testipakka/".to_string()));
    assert!(
        saved.iter().any(|f| f.ends_with(".pdf")),
        "the deck's PDFs: {saved:?}"
    );
    assert!(
        saved.iter().any(|f| f.starts_with("pagefind/index/fi_")),
        "the word index"
    );
    // Its own pages' search fragments, and no other page's.
    let fragments: Vec<&String> = saved
        .iter()
        .filter(|f| f.starts_with("pagefind/fragment/"))
        .collect();
    assert!(!fragments.is_empty());
    for fragment in fragments {
        assert!(
            fragment_url(&site, fragment).starts_with("/kortit/testipakka/"),
            "{fragment}"
        );
    }
    let outside: u64 = deck["files"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| !lists["shell"].as_array().unwrap().contains(i))
        .map(|i| {
            lists["files"][i.as_u64().unwrap() as usize][2]
                .as_u64()
                .unwrap()
        })
        .sum();
    assert_eq!(
        deck["bytes"].as_u64().unwrap(),
        outside,
        "what saving downloads"
    );

    let worker = site.read("public/sw.js");
    assert_has(
        &worker,
        &[&format!("{}", lists["version"]), r#"const ROOT = "/";"#],
    );
    let manifest: Value = serde_json::from_str(&site.read("public/manifest.webmanifest")).unwrap();
    assert_eq!(manifest["name"], "Testisivusto");
    assert_eq!(manifest["lang"], "fi");
    assert_eq!(manifest["start_url"], "/");
    for (icon, side) in manifest["icons"].as_array().unwrap().iter().zip([192, 512]) {
        let path = site.path(&format!("public{}", icon["src"].as_str().unwrap()));
        let picture = image::open(&path).unwrap();
        assert_eq!((picture.width(), picture.height()), (side, side));
    }
    let page = site.read("public/oppitunnit/index.html");
    assert_has(
        &page,
        &[
            r#"<html lang="fi" data-root="/" data-sw="/sw.js">"#,
            r#"<link rel="manifest" href="/manifest.webmanifest">"#,
            r#"data-save="/oppitunnit/""#,
        ],
    );
    let offline_page = site.read("public/ei-yhteytta/index.html");
    assert_has(
        &offline_page,
        &[
            r#"<meta name="robots" content="noindex">"#,
            "<h1>Ei verkkoyhteyttä</h1>",
        ],
    );
    assert!(!site.read("public/sitemap.xml").contains("ei-yhteytta"));
}

#[test]
fn the_version_changes_with_a_file_and_only_then() {
    let site = built();
    let version = |site: &TestSite| lists(site)["version"].as_str().unwrap().to_string();
    let first = version(&site);
    site.build_ok(&[]);
    assert_eq!(version(&site), first, "the same site keeps its caches");
    site.edit(
        "content/tietoa.md",
        "Tietoa sivustosta.",
        "Muutettu teksti.",
    );
    site.build_ok(&[]);
    assert_ne!(version(&site), first);
    assert!(site.read("public/sw.js").contains(&version(&site)));
}

#[test]
fn below_a_sub_path_the_worker_and_its_lists_use_it() {
    let site = TestSite::fixture("site");
    site.build_ok(&["--base-url", "https://example.fi/materiaalit/"]);
    assert_eq!(lists(&site)["root"], "/materiaalit/");
    assert!(
        site.read("public/sw.js")
            .contains(r#"const ROOT = "/materiaalit/";"#)
    );
    let manifest: Value = serde_json::from_str(&site.read("public/manifest.webmanifest")).unwrap();
    assert_eq!(manifest["scope"], "/materiaalit/");
    assert_eq!(
        manifest["icons"][0]["src"],
        "/materiaalit/icons/polku-192.png"
    );
    assert!(
        site.read("public/index.html")
            .contains(r#"data-root="/materiaalit/" data-sw="/materiaalit/sw.js""#)
    );
}

#[test]
fn a_site_can_go_without_the_service_worker() {
    let site = TestSite::fixture("site");
    site.edit(
        "site.yaml",
        "project: testihanke",
        "project: testihanke\noffline:\n  app: false",
    );
    site.build_ok(&[]);
    for gone in [
        "public/sw.js",
        "public/offline.json",
        "public/manifest.webmanifest",
        "public/ei-yhteytta/index.html",
    ] {
        assert!(!site.exists(gone), "{gone}");
    }
    let page = site.read("public/oppitunnit/index.html");
    assert!(!page.contains("data-sw") && !page.contains("data-save") && !page.contains("manifest"));
}

/// The ZIP's files by name.
fn unzipped(site: &TestSite, name: &str) -> std::collections::BTreeMap<String, Vec<u8>> {
    let file = std::fs::File::open(site.path(&format!("public/{name}"))).unwrap();
    let mut archive = zip::ZipArchive::new(file).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut entry = archive.by_index(i).unwrap();
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).unwrap();
            (entry.name().unwrap().to_string(), bytes)
        })
        .collect()
}

#[test]
fn the_offline_zip_has_every_page_with_links_that_work_from_a_folder() {
    let site = TestSite::fixture("site");
    let run = site.build_ok(&["--offline"]);
    let name = "testisivusto-offline.zip";
    let size = std::fs::metadata(site.path(&format!("public/{name}")))
        .unwrap()
        .len();
    assert!(run.stdout.contains(&format!("{name} (")), "{}", run.stdout);
    let zip = unzipped(&site, name);

    let mut pages = 0;
    for (path, bytes) in &zip {
        if !path.ends_with(".html") {
            continue;
        }
        pages += 1;
        let html = String::from_utf8_lossy(bytes);
        let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
        for link in attribute_values(&html) {
            assert!(
                !link.starts_with('/') || link.starts_with("//"),
                "{path}: root-relative {link}"
            );
            if link.contains(':') || link.starts_with('#') || link.starts_with("//") {
                continue;
            }
            let target = resolve(dir, link.split(['?', '#']).next().unwrap());
            assert!(
                zip.contains_key(&target),
                "{path}: {link} → {target} is not in the ZIP"
            );
        }
        assert!(
            !html.contains("data-sw")
                && !html.contains("data-save")
                && !html.contains("offline-zip"),
            "{path}"
        );
    }
    let missing: Vec<String> = published(&site)
        .into_iter()
        .filter(|f| f.ends_with(".html") && !zip.contains_key(f))
        .collect();
    assert_eq!(
        missing,
        ["ei-yhteytta/index.html"],
        "every other page is in the ZIP"
    );
    assert!(pages > 30, "{pages} pages");

    let search = String::from_utf8_lossy(&zip["haku/index.html"]).to_string();
    assert_has(
        &search,
        &[
            r#"data-offline-root="../""#,
            r#"<script src="../js/offline-search.js" defer></script><script src="../pagefind/pagefind.js" defer></script><script src="../js/query.js" defer></script>"#,
        ],
    );
    let api = String::from_utf8_lossy(&zip["pagefind/pagefind.js"]).to_string();
    assert!(api.contains("window.polkuPagefind = {") && !api.contains("import.meta"));
    let bundle: Vec<&String> = zip
        .keys()
        .filter(|k| k.starts_with("pagefind/") && *k != "pagefind/pagefind.js")
        .collect();
    assert!(bundle.iter().all(|k| k.ends_with(".js")), "{bundle:?}");
    let entry = String::from_utf8_lossy(&zip["pagefind/pagefind-entry.json.js"]).to_string();
    assert!(
        entry.starts_with(r#"polkuOffline.file("pagefind-entry.json", ""#),
        "{entry}"
    );
    for left_out in [
        "sw.js",
        "offline.json",
        "manifest.webmanifest",
        "js/offline.js",
        "ei-yhteytta/index.html",
        name,
    ] {
        assert!(!zip.contains_key(left_out), "{left_out}");
    }

    // The deck's print page offers it with its size.
    let print = site.read("public/kortit/testipakka/tulosta/index.html");
    let size_text = polku::finnish::size_text(size as usize);
    assert_has(
        &print,
        &[&format!(
            r#"href="/{name}" type="application/zip" download>Lataa ZIP-tiedosto (<span>{size_text}</span>)</a>"#
        )],
    );
}

#[test]
fn site_yaml_can_ask_for_the_zip_on_every_build() {
    let site = TestSite::fixture("site");
    site.edit(
        "site.yaml",
        "project: testihanke",
        "project: testihanke\noffline:\n  zip: true",
    );
    site.build_ok(&[]);
    assert!(site.exists("public/testisivusto-offline.zip"));
}

/// The values of the attributes that hold links (href, src, action, srcset's addresses).
fn attribute_values(html: &str) -> Vec<String> {
    let mut values = Vec::new();
    for attribute in ["href=\"", "src=\"", "action=\"", "srcset=\""] {
        for (at, _) in html.match_indices(&format!(" {attribute}")) {
            let rest = &html[at + attribute.len() + 1..];
            let value = &rest[..rest.find('"').unwrap()];
            if attribute == "srcset=\"" {
                values.extend(
                    value
                        .split(',')
                        .filter_map(|c| c.split_whitespace().next())
                        .map(String::from),
                );
            } else {
                values.push(value.replace("&amp;", "&"));
            }
        }
    }
    values
}

/// `../x/index.html` from `a/b` is `a/x/index.html`.
fn resolve(dir: &str, link: &str) -> String {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for part in link.split('/') {
        match part {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            part => parts.push(part),
        }
    }
    parts.join("/")
}
