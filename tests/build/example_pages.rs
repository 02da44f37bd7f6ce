//! The example site as a reader meets it: every code shown by its label, no facet page without
//! material, the home page in the menu's order, previous/next links, and an accessibility
//! statement that speaks of what the site has, once.

use std::collections::BTreeMap;
use std::path::Path;

use crate::common::TestSite;

fn built_example() -> TestSite {
    let site = TestSite::example();
    site.build_ok(&[]);
    site
}

/// `(path below public/, html)` of every page.
fn pages(site: &TestSite) -> Vec<(String, String)> {
    let public = site.path("public");
    walkdir::WalkDir::new(&public)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .map(|p| {
            let rel = p
                .strip_prefix(&public)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (rel, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// Each text between two tags, trimmed, as a reader sees a value in a cell or list item; not
/// code (the editor guide shows the ids to write).
fn text_nodes(html: &str) -> impl Iterator<Item = &str> {
    html.split('<')
        .filter_map(|piece| piece.split_once('>'))
        .filter(|(tag, _)| !tag.starts_with("code"))
        .map(|(_, text)| text.trim())
        .filter(|text| !text.is_empty())
}

/// Every `id: label` of site.yaml's vocabularies, and the fund ids with built-in names.
fn codes_with_labels(root: &Path) -> BTreeMap<String, String> {
    let config: serde_yaml::Value =
        serde_yaml::from_str(&std::fs::read_to_string(root.join("site.yaml")).unwrap()).unwrap();
    let mut codes = BTreeMap::new();
    for key in ["themes", "audiences", "situations", "services"] {
        for (id, label) in config[key].as_mapping().unwrap() {
            let (id, label) = (id.as_str().unwrap(), label.as_str().unwrap());
            if !id.eq_ignore_ascii_case(label) {
                codes.insert(id.to_string(), label.to_string());
            }
        }
    }
    codes.insert("esr".into(), "Euroopan sosiaalirahasto (ESR)".into());
    codes
}

#[test]
fn no_page_shows_a_code_where_a_label_exists() {
    let site = built_example();
    let mut codes = codes_with_labels(site.root());
    let pages = pages(&site);
    // A code that is also a word with a page of its own (the term `puhelu`) is that word there.
    for (_, html) in &pages {
        if let Some(title) = html
            .split("<h1")
            .nth(1)
            .and_then(|h| h.split_once('>'))
            .map(|(_, t)| t)
        {
            let title = title
                .split('<')
                .next()
                .unwrap_or_default()
                .trim()
                .to_lowercase();
            codes.remove(&title);
        }
    }
    let mut shown = Vec::new();
    for (page, html) in pages {
        let body = &html[html.find("<body").unwrap()..];
        for text in text_nodes(body) {
            if let Some(label) = codes.get(text) {
                shown.push(format!("{page}: {text:?} instead of {label:?}"));
            }
        }
    }
    assert!(
        shown.is_empty(),
        "codes shown to readers:\n{}",
        shown.join("\n")
    );
    let project = site.read("public/hankkeet/sotestartti/index.html");
    assert!(project.contains("<dd>Euroopan sosiaalirahasto (ESR)</dd>"));
}

#[test]
fn no_facet_page_is_without_material() {
    let site = built_example();
    let mut values = 0;
    for folder in ["teemat", "kohderyhmat", "tasot", "tilanteet", "kielimuoto"] {
        // A facet no material has a value of gets no pages at all, and no link to them.
        if !site.exists(&format!("public/{folder}/index.html")) {
            assert!(
                !site
                    .read("public/index.html")
                    .contains(&format!("/{folder}/")),
                "{folder}"
            );
            continue;
        }
        let index = site.read(&format!("public/{folder}/index.html"));
        assert!(
            !index.contains("Materiaaleja: 0"),
            "{folder}/ lists an empty value"
        );
        for entry in std::fs::read_dir(site.path(&format!("public/{folder}"))).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                values += 1;
                let page = std::fs::read_to_string(path.join("index.html")).unwrap();
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                assert!(
                    page.contains("class=\"summary"),
                    "{folder}/{name}/ lists nothing"
                );
                assert!(
                    index.contains(&format!("/{folder}/{name}/")),
                    "{folder}/{name}/ unlisted"
                );
            }
        }
    }
    // The levels with material (A2.1–B1.2) and the other facets' used values.
    assert!(values > 20, "{values} facet value pages");
    assert!(
        !site.exists("public/tasot/c2/index.html"),
        "a level no material has got a page"
    );
}

#[test]
fn the_home_page_lists_sections_in_the_menus_order_with_counts() {
    let site = built_example();
    let home = site.read("public/index.html");
    let menu = [
        "/oppitunnit/",
        "/sanasto/",
        "/kortit/",
        "/polut/",
        "/tyopajat/",
        "/hankkeet/",
    ];
    let tiles: Vec<&str> = home
        .split("<h3 class=\"tile-title\"><a href=\"")
        .skip(1)
        .map(|t| t.split('"').next().unwrap())
        .collect();
    assert_eq!(&tiles[..menu.len()], &menu, "{tiles:?}");
    let counts = home
        .matches("<p class=\"tile-count\">Materiaaleja: ")
        .count();
    assert_eq!(counts, tiles.len(), "every section shows its count");
    assert!(
        home.contains("Materiaaleja: 40"),
        "the deck's 40 cards are counted"
    );
}

#[test]
fn cards_terms_paths_and_workshops_link_to_their_neighbours() {
    let site = built_example();
    let deck = "public/kortit/starttipakka";
    let mut card_links: Vec<String> = Vec::new();
    for link in site
        .read(&format!("{deck}/index.html"))
        .split("href=\"/kortit/starttipakka/")
        .skip(1)
    {
        let link = link.split('"').next().unwrap().to_string();
        let card =
            link.matches('/').count() == 1 && !["tulosta/", "nosta/"].contains(&link.as_str());
        if card && !card_links.contains(&link) {
            card_links.push(link);
        }
    }
    assert!(card_links.len() >= 40, "{card_links:?}");
    let second = site.read(&format!("{deck}/{}index.html", card_links[1]));
    assert!(second.contains(&format!(
        "rel=\"prev\" href=\"/kortit/starttipakka/{}\"",
        card_links[0]
    )));
    assert!(second.contains(&format!(
        "rel=\"next\" href=\"/kortit/starttipakka/{}\"",
        card_links[2]
    )));
    let first = site.read(&format!("{deck}/{}index.html", card_links[0]));
    assert!(!first.contains("rel=\"prev\"") && first.contains("rel=\"next\""));
    for list in ["sanasto", "polut", "tyopajat"] {
        let some = std::fs::read_dir(site.path(&format!("public/{list}")))
            .unwrap()
            .map(|e| e.unwrap().path().join("index.html"))
            .filter(|p| p.exists())
            .filter(|p| {
                std::fs::read_to_string(p)
                    .unwrap()
                    .contains("<nav class=\"pager\"")
            })
            .count();
        assert!(some >= 2, "{list}: {some} pages with previous/next links");
    }
}

#[test]
fn the_accessibility_statement_says_each_thing_once_and_only_what_the_site_has() {
    let site = built_example();
    let statement = site.read("public/saavutettavuusseloste/index.html");
    let headings: Vec<&str> = statement
        .split("<h2")
        .skip(1)
        .map(|h| h.split_once('>').unwrap().1.split('<').next().unwrap())
        .collect();
    let mut unique = headings.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(
        unique.len(),
        headings.len(),
        "a heading twice: {headings:?}"
    );
    assert!(statement.contains("Sivustolla ei ole äänitteitä eikä videoita."));
    assert!(
        !statement.contains("äänitteille"),
        "claims recordings the site does not have"
    );
    assert!(statement.contains("Korttipakkojen tulostettavat PDF-tiedostot on rakenteistettu"));

    // A lesson with a recording: the statement now speaks of it.
    let lesson = "content/oppitunnit/hoitotyon-suomi/kivusta-kysyminen.md";
    site.write_bytes(
        "content/oppitunnit/hoitotyon-suomi/aani.mp3",
        b"ID3\x03\x00\x00\x00\x00\x00\x00",
    );
    site.write(
        "content/oppitunnit/hoitotyon-suomi/aani.txt",
        "Hoitaja kysyy kivusta.",
    );
    site.edit(
        lesson,
        "\n---\n",
        "\nmedia:\n  - file: aani.mp3\n    transcript: aani.txt\n---\n",
    );
    site.build_ok(&[]);
    let statement = site.read("public/saavutettavuusseloste/index.html");
    assert!(
        statement
            .contains("Sivustolla on äänitteitä (1). Jokaisella on kirjoitettu tekstivastine."),
        "{statement}"
    );
    assert!(!statement.contains("ei ole äänitteitä"));

    // A glossary term's recording counts too.
    site.write_bytes(
        "content/sanasto/kipu.mp3",
        b"ID3\x03\x00\x00\x00\x00\x00\x00",
    );
    site.write("content/sanasto/kipu.txt", "kipu");
    let term = site.read("content/sanasto/kipu.yaml");
    site.write(
        "content/sanasto/kipu.yaml",
        &format!("{term}\naudio:\n  file: kipu.mp3\n  transcript: kipu.txt\n"),
    );
    site.build_ok(&[]);
    let statement = site.read("public/saavutettavuusseloste/index.html");
    assert!(
        statement.contains("Sivustolla on äänitteitä (2)."),
        "{statement}"
    );
}

/// The `content` of `<meta property="NAME">` (or `name="NAME"`).
fn meta<'a>(html: &'a str, name: &str) -> Option<&'a str> {
    let needle = format!("=\"{name}\" content=\"");
    let at = html.find(&needle)?;
    html[at + needle.len()..].split('"').next()
}

#[test]
fn every_page_has_link_preview_tags_with_absolute_addresses_and_real_pictures() {
    let site = built_example();
    let base = "https://sotestartti.example.fi/";
    let mut pictures = std::collections::BTreeSet::new();
    for (page, html) in pages(&site) {
        for name in [
            "og:title",
            "og:description",
            "og:image",
            "og:type",
            "twitter:card",
        ] {
            assert!(
                meta(&html, name).is_some_and(|c| !c.is_empty()),
                "{page}: no {name}"
            );
        }
        let image = meta(&html, "og:image").unwrap();
        assert!(image.starts_with(base), "{page}: og:image {image}");
        pictures.insert(image.trim_start_matches(base).to_string());
        // The not-found and offline pages stand in for any address: they have none of their own.
        if page != "404.html" && page != "ei-yhteytta/index.html" {
            let url = meta(&html, "og:url").unwrap_or_else(|| panic!("{page}: no og:url"));
            assert!(url.starts_with(base), "{page}: og:url {url}");
        }
    }
    // A card's preview is its theme's picture; the others share the site's.
    let card = site.read("public/kortit/starttipakka/ammattisanat-haltuun/index.html");
    assert!(
        meta(&card, "og:image")
            .unwrap()
            .contains("share/starttipakka/"),
        "{card}"
    );
    assert!(pictures.len() >= 5, "{pictures:?}");
    for picture in &pictures {
        let png = image::open(site.path(&format!("public/{picture}"))).unwrap();
        assert_eq!((png.width(), png.height()), (1200, 630), "{picture}");
        // Drawn, not blank: a theme picture has its background and at least one other colour.
        let colours: std::collections::HashSet<[u8; 4]> =
            png.to_rgba8().pixels().map(|p| p.0).collect();
        assert!(colours.len() > 10, "{picture}: {} colours", colours.len());
    }
}

#[test]
fn updated_from_git_dates_a_page_by_its_files_last_commit() {
    let site = TestSite::example();
    let git = |args: &[&str]| {
        let status = std::process::Command::new("git")
            .args(["-c", "user.name=Testi", "-c", "user.email=testi@polku.test"])
            .args(args)
            .current_dir(site.root())
            .env("GIT_COMMITTER_DATE", "2031-01-02T10:00:00+02:00")
            .env("GIT_AUTHOR_DATE", "2031-01-02T10:00:00+02:00")
            .status()
            .unwrap();
        assert!(status.success(), "git {args:?}");
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "Materiaalit"]);
    let card = "public/kortit/starttipakka/ammattisanat-haltuun/index.html";
    site.build_ok(&[]);
    assert!(
        site.read(card).contains("2031-01-02"),
        "the card has no `updated`: its commit date shows"
    );
    // A page's own `updated` wins over its commit.
    let statement = site.read("public/saavutettavuusseloste/index.html");
    assert!(statement.contains("2026-11-23") && !statement.contains("2031-01-02"));
    site.edit(
        "site.yaml",
        "updated_from_git: true",
        "updated_from_git: false",
    );
    site.build_ok(&[]);
    assert!(!site.read(card).contains("2031-01-02"), "opt-in only");
}

/// `(hreflang, path)` of a page's `<link rel="alternate" hreflang>` tags, the site address
/// taken off.
fn hreflang_links(html: &str) -> std::collections::BTreeSet<(String, String)> {
    let site = "https://sotestartti.example.fi/";
    crate::translations::alternates(html)
        .into_iter()
        .map(|(lang, href)| (lang, href.trim_start_matches(site).to_string()))
        .collect()
}

#[test]
fn every_translated_page_and_its_translations_name_each_other() {
    let site = built_example();
    let mut translated = 0;
    for (page, html) in pages(&site) {
        let links = hreflang_links(&html);
        if links.is_empty() {
            continue;
        }
        translated += 1;
        let here = page.trim_end_matches("index.html");
        let lang = html
            .split("<html lang=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        assert!(
            links.contains(&(lang.to_string(), here.to_string())),
            "{page} does not name itself: {links:?}"
        );
        assert!(links.iter().any(|(l, _)| l == "x-default"), "{page}");
        for (_, target) in &links {
            let other = site.read(&format!("public/{target}index.html"));
            assert_eq!(hreflang_links(&other), links, "{page} and {target}");
        }
    }
    // The home page, tietoa, palaute, the statement, the cards section, the deck with its
    // print and draw pages and its instructions' cards, a lesson: in three languages or two.
    assert!(translated >= 60, "{translated} translated pages");
    let statement = site.read("public/sv/saavutettavuusseloste/index.html");
    assert!(statement.contains("<html lang=\"sv\" data-root=\"/\""));
    assert!(
        statement.contains("Transport- och kommunikationsverket Traficom"),
        "{statement}"
    );
    assert!(
        statement.contains("Delvis förenlig med kraven"),
        "{statement}"
    );
    // The English lesson: its own title, the Finnish lesson text marked as Finnish.
    let lesson = site.read("public/en/oppitunnit/hoitotyon-suomi/kivusta-kysyminen/index.html");
    assert!(lesson.contains("<div lang=\"fi\">"), "{lesson}");
}
