//! Polku's tokenisation of the documents the crate was given: every page the same; and the
//! bundle the build wrote, the crate's with the Finnish forms switched off, the crate's plus the
//! forms with them on.

use super::*;
use crate::indexing::difference;

/// What the bundle the build wrote must be, once its pages tokenise as the crate's do.
#[derive(Clone, Copy)]
enum Expect {
    /// The crate's bundle, file for file (`search: {finnish: false}`, or no Finnish page).
    Same,
    /// The crate's plus the Finnish forms Polku adds to its Finnish pages' words.
    Forms,
}

/// Polku's own tokenisation (`search::index::fossick`) against the crate's: the documents the
/// build made tokenised by Polku, page by page against the crate's pages decoded from its bundle
/// of the same documents. Returns the pages that match, and for the others the first difference;
/// when all match, the bundle the build wrote must be as `expect` says.
fn tokenise(site: &TestSite, what: &str, expect: Expect) -> (usize, Vec<String>) {
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
    match (differences.is_empty(), expect) {
        (true, Expect::Same) => same_bundle(&built, what),
        (true, Expect::Forms) => forms_added(&built, what),
        (false, _) => {}
    }
    (same, differences)
}

/// Tokenises `site` with its Finnish forms, then without them.
fn tokenise_with_and_without_forms(site: &TestSite, what: &str) {
    let (same, differences) = tokenise(site, &format!("{what}, Finnish forms"), Expect::Forms);
    assert!(same > 0 && differences.is_empty(), "{differences:#?}");
    let yaml = site.read("site.yaml");
    site.write("site.yaml", &format!("{yaml}search: {{finnish: false}}\n"));
    let (same, differences) = tokenise(site, &format!("{what}, no Finnish forms"), Expect::Same);
    assert!(same > 0 && differences.is_empty(), "{differences:#?}");
}

/// The bundle the build wrote with Finnish forms against the crate's of the same documents:
/// the same fragments and filter files; every page's words the crate's with the same places,
/// and on a Finnish page some more words, each at places of the content with at most half the
/// weight of the page's own word there.
fn forms_added(built: &Built, what: &str) {
    let (ours, theirs) = (&built.ours, &built.theirs);
    let mut problems = Vec::new();
    for (path, bytes) in ours.0.iter().filter(|(p, _)| p.starts_with("f")) {
        let file = BundleFile {
            path: path.clone(),
            hash: String::new(),
            bytes: bytes.clone(),
        };
        problems.extend(difference(theirs, &file, path));
    }
    let mut added = 0;
    for (lang, language) in &ours.entry().languages {
        let mine = decode_pages(ours, &language.hash);
        let their_hash = &theirs.entry().languages[lang].hash;
        for (mine, theirs) in mine.iter().zip(decode_pages(theirs, their_hash)) {
            let url = &theirs.fragment.url;
            let own_weight = |position: u32| {
                let places = theirs.words.values().flatten();
                let there = places.filter(|at| at.position == position);
                there.map(|at| at.weight).max().unwrap_or(0)
            };
            let sorted = |places: &Vec<WordAt>| places.iter().cloned().collect::<BTreeSet<_>>();
            for (word, places) in &mine.words {
                let problem = match theirs.words.get(word) {
                    Some(own) if sorted(own) != sorted(places) => {
                        Some(format!("{word}: {places:?}, not {own:?}"))
                    }
                    Some(_) => None,
                    None if !lang.starts_with("fi") => Some(format!("{word} in {lang}")),
                    None => {
                        let light = |at: &WordAt| at.weight <= own_weight(at.position).div_ceil(2);
                        match places.iter().all(light) {
                            true => None,
                            false => Some(format!("form {word}: {places:?}")),
                        }
                    }
                };
                added += usize::from(!theirs.words.contains_key(word));
                problems.extend(problem.map(|p| format!("{url}: {p}")));
            }
            let lost = theirs.words.keys().find(|w| !mine.words.contains_key(*w));
            problems.extend(lost.map(|w| format!("{url}: lost {w}")));
        }
    }
    no_differences(what, &problems);
    assert!(added > 0, "{what}: no form added");
    println!("{what}: the crate's bundle, and {added} forms added to pages' words");
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
    tokenise_with_and_without_forms(&TestSite::fixture("site"), "fixture");
}

#[test]
fn the_example_site_tokenises_as_the_crate_does() {
    tokenise_with_and_without_forms(&TestSite::example(), "example site");
}

#[test]
fn three_languages_tokenise_as_the_crate_does() {
    tokenise_with_and_without_forms(&three_languages(), "fixture in fi, sv and en");
}
