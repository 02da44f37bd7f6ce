//! Polku's indexer on the pages decoded from the crate's bundles: every file the same.

use super::*;

/// The crate's files of one language in the order of [`LanguageBundle::files`]: the meta file,
/// the fragments by page, the word chunks in word order, the filter chunks by name.
pub(crate) fn crate_paths(bundle: &Bundle, meta_hash: &str) -> Vec<String> {
    let path = format!("pagefind.{meta_hash}.pf_meta");
    let meta: MetaFile = bundle.cbor(&path);
    let fragments = meta
        .pages
        .iter()
        .map(|p| format!("fragment/{}.pf_fragment", p.hash));
    let chunks = meta
        .index_chunks
        .iter()
        .map(|c| format!("index/{}.pf_index", c.hash));
    let filters = meta
        .filters
        .iter()
        .map(|f| format!("filter/{}.pf_filter", f.hash));
    std::iter::once(path)
        .chain(fragments)
        .chain(chunks)
        .chain(filters)
        .collect()
}

/// Where Polku's file differs from the crate's file in the same place (`path`), or `None`: the
/// name, then the first differing byte of the payloads with the decoded field holding it.
pub(crate) fn difference(bundle: &Bundle, ours: &BundleFile, path: &str) -> Option<String> {
    let theirs = bundle.get(path);
    if ours.path == path && ours.bytes == theirs {
        return None;
    }
    let name = if ours.path == path {
        path.to_string()
    } else {
        format!("{path} (Polku names it {})", ours.path)
    };
    if path.ends_with(".json") {
        let text = |b: &[u8]| String::from_utf8_lossy(b).to_string();
        let at = first_json_difference(&text(&ours.bytes), &text(theirs));
        return Some(format!("{name}: {}", at.unwrap_or("the same bytes".into())));
    }
    let (ours_payload, payload) = (unframe(&ours.bytes).unwrap(), unframe(theirs).unwrap());
    let kind = match path.rsplit('.').next() {
        Some("pf_meta") => Some(CborKind::Meta),
        Some("pf_index") => Some(CborKind::WordChunk),
        Some("pf_filter") => Some(CborKind::FilterChunk),
        _ => None,
    };
    let at = match kind {
        Some(kind) => first_difference(kind, &ours_payload, &payload),
        None => first_json_difference(
            &String::from_utf8_lossy(&ours_payload),
            &String::from_utf8_lossy(&payload),
        ),
    };
    Some(format!(
        "{name}: {}",
        at.unwrap_or("the same payload, another gzip or name".into())
    ))
}

/// Decodes each language's pages, indexes them with Polku, and requires the crate's files.
fn rebuild(bundle: &Bundle, what: &str) -> Vec<LanguageBundle> {
    let crate_entry = bundle.entry();
    let mut problems = Vec::new();
    let mut written = BTreeSet::new();
    let mut bundles = Vec::new();
    for (lang, language) in &crate_entry.languages {
        let pages = decode_pages(bundle, &language.hash);
        let ours = build(pages, lang);
        let expected = crate_paths(bundle, &language.hash);
        if ours.files.len() != expected.len() {
            problems.push(format!(
                "{lang}: Polku writes {} files, the crate {}",
                ours.files.len(),
                expected.len()
            ));
        }
        for (file, path) in ours.files.iter().zip(&expected) {
            written.insert(path.clone());
            problems.extend(difference(bundle, file, path));
        }
        bundles.push(ours);
    }
    let ours = entry(&bundles);
    written.insert(ours.path.clone());
    problems.extend(difference(bundle, &ours, "pagefind-entry.json"));
    let expected: BTreeSet<String> = bundle
        .0
        .keys()
        .filter(|p| p.contains(".pf_") || p.ends_with(".json"))
        .cloned()
        .collect();
    let missing: Vec<&String> = expected.difference(&written).collect();
    if !missing.is_empty() {
        problems.push(format!("no counterpart written by Polku: {missing:?}"));
    }
    no_differences(what, &problems);
    println!(
        "{what}: {} files byte-identical; {:?}",
        written.len(),
        metadata_only(&bundles_pages(bundle))
    );
    bundles
}

/// Every language's decoded pages.
pub(crate) fn bundles_pages(bundle: &Bundle) -> Vec<IndexPage> {
    let entry = bundle.entry();
    let languages = entry.languages.values();
    languages
        .flat_map(|l| decode_pages(bundle, &l.hash))
        .collect()
}

/// How often a word (own form, variant form) is on a page only in its metadata: the postings with
/// empty `locs` the indexer has to make.
fn metadata_only(pages: &[IndexPage]) -> BTreeMap<&'static str, usize> {
    let mut counts = BTreeMap::from([("words only in metadata", 0), ("forms only in metadata", 0)]);
    for page in pages {
        for (word, places) in &page.meta_words {
            let content = page.words.get(word);
            let forms: BTreeSet<Option<&String>> =
                places.iter().map(|p| p.original.as_ref()).collect();
            for form in forms {
                let in_content =
                    content.is_some_and(|c| c.iter().any(|w| w.original.as_ref() == form));
                if !in_content {
                    let what = match form {
                        None => "words only in metadata",
                        Some(_) => "forms only in metadata",
                    };
                    *counts.get_mut(what).unwrap() += 1;
                }
            }
        }
    }
    counts
}

#[test]
fn the_fixture_indexes_as_the_crate_does_with_and_without_finnish_forms() {
    let site = TestSite::fixture("site");
    // With the forms, the build's own bundle: its pages, decoded, index to the same files.
    rebuild(
        &build_both(&site).ours,
        "fixture, Finnish forms (Polku's bundle)",
    );
    let bundle = crate_bundle(&site);
    rebuild(&bundle, "fixture");

    // Page numbers are the order pages are given in: the same pages reversed make other files.
    let entry = bundle.entry();
    let (lang, language) = entry.languages.iter().next().unwrap();
    let mut pages = decode_pages(&bundle, &language.hash);
    pages.reverse();
    let reversed = build(pages, lang);
    assert_ne!(
        reversed.meta_hash, language.hash,
        "page order made no difference"
    );

    let yaml = site.read("site.yaml");
    site.write("site.yaml", &format!("{yaml}search: {{finnish: false}}\n"));
    rebuild(&crate_bundle(&site), "fixture, no Finnish forms");
}

#[test]
fn three_languages_index_as_the_crate_does() {
    let site = three_languages();
    let bundles = rebuild(&crate_bundle(&site), "fixture in fi, sv and en");
    assert_eq!(bundles.len(), 3);
}

#[test]
fn the_example_site_indexes_as_the_crate_does() {
    let site = TestSite::example();
    let bundles = rebuild(&crate_bundle(&site), "example site");
    // Finnish, Swedish and English: the Finnish pages are the many.
    assert_eq!(bundles.len(), 3);
    let finnish = bundles.iter().find(|b| b.language == "fi").unwrap();
    let chunks = finnish
        .files
        .iter()
        .filter(|f| f.path.starts_with("index/"))
        .count();
    assert!(chunks > 1, "one word chunk: the chunking went untested");
}
