//! Polku's tokenisation of the documents the crate was given: every page the same.

use super::*;
use crate::indexing::difference;

/// Polku's own tokenisation (`search::index::fossick`) against the crate's: the documents the
/// build made tokenised by Polku, page by page against the crate's pages decoded from its bundle
/// of the same documents. Returns the pages that match, and for the others the first difference;
/// when all match, the bundle the build wrote must be the crate's, file for file.
fn tokenise(site: &TestSite, what: &str) -> (usize, Vec<String>) {
    let built = build_both(site);
    let bundle = &built.theirs;
    let mut ours = polku::search::index::fossick_all(&built.documents);
    let (mut same, mut differences) = (0, Vec::new());
    for (lang, language) in &bundle.entry().languages {
        let theirs = decode_pages(bundle, &language.hash);
        let mine = ours.remove(lang).unwrap_or_default();
        let by_url: BTreeMap<&str, &IndexPage> =
            mine.iter().map(|p| (p.fragment.url.as_str(), p)).collect();
        for page in &theirs {
            match by_url.get(page.fragment.url.as_str()) {
                None => differences.push(format!("{}: not tokenised", page.fragment.url)),
                Some(mine) => match page_difference(page, mine) {
                    None => same += 1,
                    Some(d) => differences.push(format!("{}: {d}", page.fragment.url)),
                },
            }
        }
    }
    println!(
        "{what}: {same} pages tokenised as the crate does, {} not{}",
        differences.len(),
        differences
            .first()
            .map_or(String::new(), |d| format!("; first: {d}"))
    );
    if differences.is_empty() {
        same_bundle(&built, what);
    }
    (same, differences)
}

/// The bundle `polku build` wrote against the crate's of the same documents: every file the
/// build keeps is the crate's file of that path, byte for byte, and the crate has no index
/// file the build lacks (it also writes its stock UIs and web worker, which Polku leaves out).
fn same_bundle(built: &Built, what: &str) {
    let (ours, theirs) = (&built.ours.0, &built.theirs);
    let mut problems = Vec::new();
    for (path, bytes) in ours {
        let file = BundleFile {
            path: path.clone(),
            hash: String::new(),
            bytes: bytes.clone(),
        };
        match theirs.0.contains_key(path) {
            true => problems.extend(difference(theirs, &file, path)),
            false => problems.push(format!("{path}: not in the crate's bundle")),
        }
    }
    let unused =
        |p: &str| p.contains("-ui.") || p == "pagefind-highlight.js" || p == "pagefind-worker.js";
    for path in theirs
        .0
        .keys()
        .filter(|p| !unused(p) && !ours.contains_key(*p))
    {
        problems.push(format!("{path}: only in the crate's bundle"));
    }
    no_differences(what, &problems);
    println!(
        "{what}: the build's {} bundle files are the crate's",
        ours.len()
    );
}

/// The first difference between the crate's page and Polku's, or `None`.
fn page_difference(theirs: &IndexPage, mine: &IndexPage) -> Option<String> {
    if theirs.fragment != mine.fragment {
        let (t, m) = (&theirs.fragment, &mine.fragment);
        let field = if t.content != m.content {
            let at = t
                .content
                .split(' ')
                .zip(m.content.split(' '))
                .position(|(a, b)| a != b);
            format!(
                "content at word {at:?}: {:?} vs {:?}",
                t.content.split(' ').nth(at.unwrap_or(0)),
                m.content.split(' ').nth(at.unwrap_or(0))
            )
        } else if t.word_count != m.word_count {
            format!("word_count {} vs {}", t.word_count, m.word_count)
        } else if t.meta != m.meta {
            format!("meta {:?} vs {:?}", t.meta, m.meta)
        } else if t.filters != m.filters {
            format!("filters {:?} vs {:?}", t.filters, m.filters)
        } else {
            format!("anchors {:?} vs {:?}", t.anchors, m.anchors)
        };
        return Some(format!("fragment {field}"));
    }
    let sorted = |mut v: Vec<WordAt>| {
        v.sort();
        v
    };
    let words: BTreeSet<&String> = theirs.words.keys().chain(mine.words.keys()).collect();
    for word in words {
        let t = sorted(theirs.words.get(word).cloned().unwrap_or_default());
        let m = sorted(mine.words.get(word).cloned().unwrap_or_default());
        if t != m {
            return Some(format!("word {word:?}: crate {t:?}, Polku {m:?}"));
        }
    }
    let meta: BTreeSet<&String> = theirs
        .meta_words
        .keys()
        .chain(mine.meta_words.keys())
        .collect();
    for word in meta {
        let sorted = |mut v: Vec<MetaWordAt>| {
            v.sort();
            v
        };
        let t = sorted(theirs.meta_words.get(word).cloned().unwrap_or_default());
        let m = sorted(mine.meta_words.get(word).cloned().unwrap_or_default());
        if t != m {
            return Some(format!("meta word {word:?}: crate {t:?}, Polku {m:?}"));
        }
    }
    None
}

#[test]
fn the_fixture_tokenises_as_the_crate_does() {
    let site = TestSite::fixture("site");
    let (same, differences) = tokenise(&site, "fixture, Finnish forms");
    assert!(same > 0 && differences.is_empty(), "{differences:#?}");
    let yaml = site.read("site.yaml");
    site.write("site.yaml", &format!("{yaml}search: {{finnish: false}}\n"));
    let (same, differences) = tokenise(&site, "fixture, no Finnish forms");
    assert!(same > 0 && differences.is_empty(), "{differences:#?}");
}

#[test]
fn the_example_site_tokenises_as_the_crate_does() {
    let site = TestSite::example();
    let (same, differences) = tokenise(&site, "example site");
    assert!(same > 0 && differences.is_empty(), "{differences:#?}");
}

#[test]
fn three_languages_tokenise_as_the_crate_does() {
    let (same, differences) = tokenise(&three_languages(), "fixture in fi, sv and en");
    assert!(same > 0 && differences.is_empty(), "{differences:#?}");
}
