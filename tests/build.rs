//! The valid fixture site, built by the real binary: the HTML of every content type, listings,
//! facet pages, feeds, the catalogue, links under a sub-path `base_url`, and safe output.

mod common;

use std::collections::{HashMap, HashSet};

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

#[test]
fn lesson_page() {
    let site = built();
    let html = site.read("public/oppitunnit/perusteet/aamutoimet/index.html");
    assert_has(
        &html,
        &[
            "<html lang=\"fi\">",
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
            "palaute@example.fi",
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
            "<loc>https://example.fi/</loc>",
            "<loc>https://example.fi/oppitunnit/perusteet/aamutoimet/</loc>",
            "<loc>https://example.fi/teemat/kohtaaminen/</loc>",
        ],
    );
    assert!(!sitemap.contains("404"));
    let atom = site.read("public/atom.xml");
    assert_has(
        &atom,
        &[
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"",
            "https://example.fi/oppitunnit/perusteet/aamutoimet/",
            "2024-01-15T00:00:00Z",
        ],
    );
    assert!(
        site.read("public/robots.txt")
            .contains("Sitemap: https://example.fi/sitemap.xml")
    );
    assert!(site.read("public/404.html").contains("<html lang=\"fi\">"));
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
        "https://example.fi/oppitunnit/perusteet/aamutoimet/"
    );
    assert_eq!(lesson["level"], "A2.1–A2.2");
    assert_eq!(lesson["themes"], serde_json::json!(["kohtaaminen"]));
    assert_eq!(lesson["audiences"], serde_json::json!(["valmentaja"]));
    assert_eq!(lesson["license"], "CC-BY-4.0");
    assert_eq!(lesson["updated"], "2024-01-15");
    assert_eq!(lesson["description"], "Harjoittelet aamutoimien sanoja.");
    assert_eq!(json["count"], materials.len());
}

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
    site.build_ok(&["--base-url", "https://example.fi/materiaalit/"]);
    assert_links_resolve(&site, "/materiaalit/");
    let html = site.read("public/oppitunnit/perusteet/aamutoimet/index.html");
    assert_has(
        &html,
        &[
            "href=\"/materiaalit/css/polku.css\"",
            "href=\"https://example.fi/materiaalit/oppitunnit/perusteet/aamutoimet/\"",
        ],
    );
    assert!(
        site.read("public/sitemap.xml")
            .contains("<loc>https://example.fi/materiaalit/sanasto/kipu/</loc>")
    );
    let json: serde_json::Value =
        serde_json::from_str(&site.read("public/materials.json")).unwrap();
    assert!(json["materials"].as_array().unwrap().iter().all(|m| {
        m["url"]
            .as_str()
            .unwrap()
            .starts_with("https://example.fi/materiaalit/")
    }));
}

#[test]
fn a_failed_build_leaves_the_previous_output_as_it_was() {
    let site = built();
    let before = site.snapshot("public");
    site.edit(
        "content/sanasto/kipu.yaml",
        "word_class: substantiivi",
        "word_class: nomini",
    );
    site.edit(
        "content/tietoa.md",
        "Tietoa sivustosta.",
        "Muutettu teksti.",
    );
    assert_eq!(site.run(&["build"]).code, 1);
    assert_eq!(site.snapshot("public"), before);
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .filter(|n| n.to_string_lossy().contains("polku-staging"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "staging folders left behind: {leftovers:?}"
    );
}

#[test]
fn a_rebuild_replaces_the_output_and_drops_stale_files() {
    let site = built();
    site.remove("content/tietoa.md");
    site.edit(
        "content/kortit/testipakka/toinen.md",
        "title: Toinen kortti",
        "title: Toinen, muutettu kortti",
    );
    site.build_ok(&[]);
    assert!(
        !site.exists("public/tietoa/index.html"),
        "a removed page stays removed"
    );
    assert!(
        site.read("public/kortit/testipakka/toinen/index.html")
            .contains("Toinen, muutettu kortti")
    );
}

#[test]
fn refuses_to_replace_a_folder_it_did_not_make() {
    let site = TestSite::fixture("site");
    site.write("public/oma-tiedosto.txt", "tärkeä");
    let run = site.run(&["build"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: public already exists and was not made by Polku, so Polku will not replace it\n  hint: choose another folder with --output, or pass --force to replace it\n"
    );
    assert_eq!(site.read("public/oma-tiedosto.txt"), "tärkeä");
    site.build_ok(&["--force"]);
    assert!(!site.exists("public/oma-tiedosto.txt"));
    assert!(site.exists("public/index.html"));
}

#[test]
fn builds_into_another_folder_and_an_empty_one() {
    let site = TestSite::fixture("site");
    std::fs::create_dir_all(site.path("out/tyhja")).unwrap();
    site.build_ok(&["--output", "out/tyhja"]);
    assert!(site.exists("out/tyhja/index.html"));
    assert!(!site.exists("public"));
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let site = TestSite::fixture("site");
    site.edit(
        "content/tietoa.md",
        "title: Tietoa",
        "title: Tietoa\ndraft: true",
    );
    site.build_ok(&[]);
    assert!(!site.exists("public/tietoa/index.html"));
    site.build_ok(&["--drafts"]);
    assert!(site.exists("public/tietoa/index.html"));
}

#[test]
fn verbose_prints_the_time_of_each_step() {
    let site = TestSite::fixture("site");
    let run = site.build_ok(&["--verbose"]);
    for phase in [
        "config", "load", "assemble", "validate", "theme", "render", "search", "write", "total",
    ] {
        assert!(
            run.stderr
                .lines()
                .any(|l| l.trim_start().starts_with(phase) && l.ends_with(" ms")),
            "no {phase} timing in:\n{}",
            run.stderr
        );
    }
}

#[test]
fn the_example_site_builds_cleanly_with_every_type_and_no_broken_links() {
    let site = TestSite::example();
    let run = site.build_ok(&[]);
    assert_eq!(
        run.stderr, "",
        "the example site must build without warnings"
    );
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

#[test]
fn the_sites_own_static_files_and_templates_are_used() {
    let site = TestSite::fixture("site");
    site.write(
        "static/favicon.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    site.write("static/css/polku.css", "body { color: black; }");
    site.write("templates/page.html", "{% extends \"base.html\" %}{% block main %}<p class=\"oma\">{{ page.title }}</p>{% endblock main %}");
    site.build_ok(&[]);
    assert!(site.exists("public/favicon.svg"));
    assert_eq!(site.read("public/css/polku.css"), "body { color: black; }");
    assert!(
        site.read("public/tietoa/index.html")
            .contains("<p class=\"oma\">Tietoa</p>")
    );
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
