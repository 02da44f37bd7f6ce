//! Facet pages, section listings and menus, the sitemap and feed, materials.json and the search
//! bundle.

use std::collections::HashSet;

use crate::{assert_has, built, main_of};

#[test]
fn facet_pages_work_without_javascript() {
    let site = built();
    // A lesson with the range A2.2–B1.1 is listed under both levels.
    let a22 = main_of(&site, "tasot/a2-2/index.html");
    assert_has(
        &a22,
        &[
            "href=\"/oppitunnit/perusteet/aamutoimet/\"",
            "href=\"/oppitunnit/perusteet/kivusta-kysyminen/\"",
            "href=\"/sanasto/kipu/\"",
        ],
    );
    let b11 = main_of(&site, "tasot/b1-1/index.html");
    assert!(b11.contains("kivusta-kysyminen") && !b11.contains("/aamutoimet/\""));
    let theme = main_of(&site, "teemat/kohtaaminen/index.html");
    assert_has(
        &theme,
        &[
            "href=\"/oppitunnit/perusteet/aamutoimet/\"",
            "href=\"/kortit/testipakka/ensimmainen/\"",
        ],
    );
    assert!(
        main_of(&site, "kohderyhmat/tyonantaja/index.html")
            .contains("href=\"/tyopajat/perehdytyspaja/\"")
    );
    assert!(
        main_of(&site, "tilanteet/kivun-arviointi/index.html").contains("href=\"/sanasto/kipu/\"")
    );
    let index = main_of(&site, "teemat/index.html");
    assert_has(
        &index,
        &[
            "href=\"/teemat/kohtaaminen/\"",
            "href=\"/teemat/perehdytys/\"",
        ],
    );
}

#[test]
fn sections_listings_and_menus() {
    let site = built();
    let home = site.read("public/index.html");
    assert_has(
        &home,
        &[
            "href=\"/oppitunnit/\"",
            "href=\"/sanasto/\"",
            "href=\"/saavutettavuusseloste/\"",
            "href=\"/tietoa/\"",
        ],
    );
    let lessons = main_of(&site, "oppitunnit/perusteet/index.html");
    let first = lessons.find("aamutoimet/").unwrap();
    let second = lessons.find("kivusta-kysyminen/").unwrap();
    assert!(first < second, "lessons are listed by order");
    assert!(main_of(&site, "oppitunnit/index.html").contains("href=\"/oppitunnit/perusteet/\""));
}

#[test]
fn sitemap_feed_robots_404_and_static_files() {
    let site = built();
    let sitemap = site.read("public/sitemap.xml");
    assert_has(
        &sitemap,
        &[
            "<loc>https://polku.test/</loc>",
            "<loc>https://polku.test/oppitunnit/perusteet/aamutoimet/</loc>",
            "<loc>https://polku.test/teemat/kohtaaminen/</loc>",
        ],
    );
    assert!(!sitemap.contains("404"));
    let atom = site.read("public/atom.xml");
    assert_has(
        &atom,
        &[
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"",
            "https://polku.test/oppitunnit/perusteet/aamutoimet/",
            "2024-01-15T00:00:00Z",
        ],
    );
    assert!(
        site.read("public/robots.txt")
            .contains("Sitemap: https://polku.test/sitemap.xml")
    );
    assert!(
        site.read("public/404.html")
            .contains("<html lang=\"fi\" data-root=\"/\"")
    );
    assert!(site.exists("public/css/polku.css") && site.exists("public/js/polku.js"));
    assert!(site.exists("public/.polku-output"));
}

#[test]
fn materials_json_lists_every_material() {
    let site = built();
    let json: serde_json::Value =
        serde_json::from_str(&site.read("public/materials.json")).unwrap();
    let materials = json["materials"].as_array().unwrap();
    let types: HashSet<&str> = materials
        .iter()
        .map(|m| m["type"].as_str().unwrap())
        .collect();
    for t in [
        "lesson", "term", "deck", "card", "path", "workshop", "project", "outcomes",
    ] {
        assert!(types.contains(t), "no {t} in materials.json");
    }
    assert!(!types.contains("page") && !types.contains("accessibility"));
    let lesson = materials.iter().find(|m| m["id"] == "aamutoimet").unwrap();
    assert_eq!(
        lesson["url"],
        "https://polku.test/oppitunnit/perusteet/aamutoimet/"
    );
    assert_eq!(lesson["level"], "A2.1–A2.2");
    assert_eq!(lesson["themes"], serde_json::json!(["kohtaaminen"]));
    assert_eq!(lesson["audiences"], serde_json::json!(["valmentaja"]));
    assert_eq!(lesson["license"], "CC-BY-4.0");
    assert_eq!(lesson["updated"], "2024-01-15");
    assert_eq!(lesson["description"], "Harjoittelet aamutoimien sanoja.");
    assert_eq!(json["count"], materials.len());
}

#[test]
fn the_search_bundle_is_written_with_the_site() {
    let site = built();
    let entry: serde_json::Value =
        serde_json::from_str(&site.read("public/pagefind/pagefind-entry.json")).unwrap();
    assert!(
        entry["languages"]["fi"]["page_count"].as_u64().unwrap() > 10,
        "{entry}"
    );
    assert!(site.exists("public/pagefind/pagefind.js"));
    assert!(site.exists("public/pagefind/wasm.fi.pagefind"));
    let files: Vec<String> = site
        .snapshot("public/pagefind")
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    assert!(
        !files
            .iter()
            .any(|f| f.contains("-ui.") || f.ends_with("worker.js")),
        "unused Pagefind files: {files:?}"
    );
    // The search page exists, and the indexing marks never reach the published pages.
    assert!(
        site.read("public/haku/index.html")
            .contains("data-bundle=\"/pagefind/pagefind.js\"")
    );
    let lesson = site.read("public/oppitunnit/perusteet/aamutoimet/index.html");
    assert!(!lesson.contains("data-pagefind") && !lesson.contains('⁂'));
    // What the theme marks as labels (`data-search="skip"`: the eyebrow, the badges, the facts
    // list) is not in the page's fragment, so a result's excerpt starts with the page's title.
    assert!(lesson.contains("data-search=\"skip\"") && lesson.contains("Kielitaitotaso"));
    let fragment = site
        .snapshot("public/pagefind/fragment")
        .into_iter()
        .map(|(_, bytes)| polku::search::index::unframe(&bytes).unwrap())
        .map(|json| serde_json::from_slice::<serde_json::Value>(&json).unwrap())
        .find(|f| f["url"] == "/oppitunnit/perusteet/aamutoimet/")
        .expect("the lesson's fragment");
    let content = fragment["content"].as_str().unwrap();
    assert!(
        content.starts_with("Aamutoimet.") && !content.contains("Kielitaitotaso"),
        "{content}"
    );
    // A rebuild leaves no index files of the previous build behind.
    site.edit(
        "content/sanasto/kipu.yaml",
        "explanation: Epämiellyttävä tunne kehossa.",
        "explanation: Kipu tuntuu kehossa.",
    );
    site.build_ok(&[]);
    let after: Vec<String> = site
        .snapshot("public/pagefind")
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    let fragments = |list: &[String]| list.iter().filter(|f| f.starts_with("fragment/")).count();
    assert_eq!(fragments(&after), fragments(&files));
}
