//! Polku's indexer (`polku::search::index::build`) against the `pagefind` crate's: a real
//! `polku build` writes the bundle with the crate; the bundle is decoded back into the pages'
//! word data (the inverse of indexing: each page's words with positions, weights and written
//! forms from the postings and variants, its metadata words from `meta_locs`, its fragment);
//! Polku indexes those pages, and every file it writes must have the crate's bytes and name.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::TestSite;
use polku::search::index::{
    BundleFile, CborKind, Entry, Fragment, IndexPage, LanguageBundle, MetaFile, MetaWordAt, WordAt,
    WordChunk, build, entry, first_difference, first_json_difference, from_cbor, from_deltas,
    unframe, unpack_locs, unpack_meta_locs,
};

/// The bundle of a built site: every file below `public/pagefind/` by its path there.
struct Bundle(BTreeMap<String, Vec<u8>>);

impl Bundle {
    fn of(site: &TestSite) -> Bundle {
        Bundle(site.snapshot("public/pagefind").into_iter().collect())
    }

    fn get(&self, path: &str) -> &[u8] {
        self.0
            .get(path)
            .unwrap_or_else(|| panic!("{path} is not in the bundle"))
    }

    fn payload(&self, path: &str) -> Vec<u8> {
        unframe(self.get(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    fn cbor<T: for<'b> minicbor::Decode<'b, ()>>(&self, path: &str) -> T {
        from_cbor(&self.payload(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    fn entry(&self) -> Entry {
        serde_json::from_slice(self.get("pagefind-entry.json")).expect("the entry decodes")
    }
}

/// One language's pages as the crate indexed them, in its page-number order.
fn decode_pages(bundle: &Bundle, meta_hash: &str) -> Vec<IndexPage> {
    let meta: MetaFile = bundle.cbor(&format!("pagefind.{meta_hash}.pf_meta"));
    let mut pages: Vec<IndexPage> = meta
        .pages
        .iter()
        .map(|page| {
            let path = format!("fragment/{}.pf_fragment", page.hash);
            let fragment: Fragment = serde_json::from_slice(&bundle.payload(&path)).unwrap();
            IndexPage {
                fragment,
                words: Default::default(),
                meta_words: Default::default(),
            }
        })
        .collect();
    // A metadata field's number in the meta file, as the number among the page's own fields.
    let own_fields: Vec<Vec<Option<u16>>> = pages
        .iter()
        .map(|page| {
            let own: Vec<&String> = page.fragment.meta.keys().collect();
            let at = |f: &String| own.iter().position(|o| *o == f).map(|i| i as u16);
            meta.meta_fields.iter().map(at).collect()
        })
        .collect();
    for range in &meta.index_chunks {
        let chunk: WordChunk = bundle.cbor(&format!("index/{}.pf_index", range.hash));
        for word in chunk.words {
            let forms = std::iter::once((None, word.pages)).chain(
                word.additional_variants
                    .into_iter()
                    .map(|v| (Some(v.form), v.pages)),
            );
            for (form, postings) in forms {
                let numbers = from_deltas(postings.iter().map(|p| p.page_delta));
                for (number, posting) in numbers.into_iter().zip(postings) {
                    let page = &mut pages[number as usize];
                    let locs = unpack_locs(&posting.locs);
                    if !locs.is_empty() {
                        let places = page.words.entry(word.word.clone()).or_default();
                        places.extend(locs.into_iter().map(|l| WordAt {
                            position: l.position,
                            weight: l.weight,
                            original: form.clone(),
                        }));
                    }
                    let meta_locs = unpack_meta_locs(&posting.meta_locs);
                    if !meta_locs.is_empty() {
                        let places = page.meta_words.entry(word.word.clone()).or_default();
                        places.extend(meta_locs.into_iter().map(|l| {
                            MetaWordAt {
                                field: own_fields[number as usize][usize::from(l.field)]
                                    .expect("a field of the page"),
                                position: l.position,
                                original: form.clone(),
                            }
                        }));
                    }
                }
            }
        }
    }
    // The order of a word's places is not the indexer's to rely on.
    for page in &mut pages {
        page.words.values_mut().for_each(|places| places.reverse());
        page.meta_words.values_mut().for_each(|p| p.reverse());
    }
    pages
}

/// The crate's files of one language in the order of [`LanguageBundle::files`]: the meta file,
/// the fragments by page, the word chunks in word order, the filter chunks by name.
fn crate_paths(bundle: &Bundle, meta_hash: &str) -> Vec<String> {
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
fn difference(bundle: &Bundle, ours: &BundleFile, path: &str) -> Option<String> {
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
    assert!(
        problems.is_empty(),
        "{what}: {} files differ from the crate's, the first ones:\n{}",
        problems.len(),
        problems[..problems.len().min(10)].join("\n")
    );
    println!(
        "{what}: {} files byte-identical; {:?}",
        written.len(),
        metadata_only(&bundles_pages(bundle))
    );
    bundles
}

/// Every language's decoded pages.
fn bundles_pages(bundle: &Bundle) -> Vec<IndexPage> {
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
    site.build_ok(&[]);
    let bundle = Bundle::of(&site);
    rebuild(&bundle, "fixture, Finnish forms");

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
    site.build_ok(&[]);
    rebuild(&Bundle::of(&site), "fixture, no Finnish forms");
}

#[test]
fn three_languages_index_as_the_crate_does() {
    let site = TestSite::fixture("site");
    let lesson = "content/oppitunnit/perusteet";
    site.edit(
        &format!("{lesson}/aamutoimet.md"),
        "order: 1",
        "order: 1\nlang: sv",
    );
    site.edit(
        &format!("{lesson}/kivusta-kysyminen.md"),
        "---\n",
        "---\nlang: en\n",
    );
    site.build_ok(&[]);
    let bundles = rebuild(&Bundle::of(&site), "fixture in fi, sv and en");
    assert_eq!(bundles.len(), 3);
}

#[test]
fn the_example_site_indexes_as_the_crate_does() {
    let site = TestSite::example();
    site.build_ok(&[]);
    let bundles = rebuild(&Bundle::of(&site), "example site");
    let chunks = bundles[0]
        .files
        .iter()
        .filter(|f| f.path.starts_with("index/"))
        .count();
    assert!(chunks > 1, "one word chunk: the chunking went untested");
}

/// Polku's own tokenisation (`search::index::fossick`) against the crate's: the documents the
/// build gave the crate (kept with `POLKU_SEARCH_DOCUMENTS`) tokenised by Polku, page by page
/// against the crate's pages decoded from its bundle. Returns the pages that match, and for the
/// others the first difference; when all match, Polku's bundle from its own pages must be the
/// crate's, byte for byte.
fn tokenise(site: &TestSite, what: &str) -> (usize, Vec<String>) {
    let kept = tempfile::tempdir().unwrap();
    let mut command = site.command(&["build"]);
    command.env(polku::search::DOCUMENTS_VAR, kept.path());
    let run = common::run_command(command);
    assert_eq!(run.code, 0, "build failed:\n{}", run.stderr);
    let bundle = Bundle::of(site);
    let mut documents: Vec<_> = std::fs::read_dir(kept.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    documents.sort();
    let mut ours: BTreeMap<String, Vec<IndexPage>> = BTreeMap::new();
    for path in &documents {
        let url = std::fs::read_to_string(path.with_extension("url")).unwrap();
        let html = std::fs::read_to_string(path).unwrap();
        let (lang, page) = polku::search::index::fossick(&url, &html);
        ours.entry(lang).or_default().push(page);
    }
    let (mut same, mut differences) = (0, Vec::new());
    for (lang, language) in &bundle.entry().languages {
        let theirs = decode_pages(&bundle, &language.hash);
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
        if differences.is_empty() {
            let rebuilt = build(mine, lang);
            let expected = crate_paths(&bundle, &language.hash);
            assert_eq!(rebuilt.files.len(), expected.len(), "{what}: {lang}");
            for (file, path) in rebuilt.files.iter().zip(&expected) {
                assert_eq!(difference(&bundle, file, path), None, "{what}");
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
    (same, differences)
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
