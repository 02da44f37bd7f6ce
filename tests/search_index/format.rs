//! Polku's own encoders of Pagefind 1.6.0's format (`polku::search::index`) against the search
//! bundle the `pagefind` crate writes of a real `polku build`'s search documents: every index file and the entry
//! file is unzipped, decoded into Polku's types, encoded again with Polku's encoders and file
//! writer, and must come out with the same bytes and the same name. The decoded values are also
//! checked against what `docs/pagefind-format.md` says of them (page numbering, packed
//! positions, chunk ranges and sizes, filter pages).

use std::collections::{BTreeMap, BTreeSet};

use super::{Bundle, build_both, three_languages};
use crate::common::TestSite;
use polku::search::index::{
    CborKind, Entry, FilterChunk, Fragment, LanguageFiles, MetaFile, VERSION, WordChunk, WordEntry,
    entry_file, first_difference, first_json_difference, from_cbor, from_deltas, pack_locs,
    pack_meta_locs, to_deltas, unframe, unpack_locs, unpack_meta_locs,
};

/// What a round trip went through, and what it found wrong.
#[derive(Default)]
struct Trip {
    visited: BTreeSet<String>,
    counts: BTreeMap<&'static str, usize>,
    weights: BTreeSet<u8>,
    problems: Vec<String>,
}

impl Trip {
    fn count(&mut self, what: &'static str) {
        *self.counts.entry(what).or_default() += 1;
    }

    fn check(&mut self, ok: bool, problem: impl FnOnce() -> String) {
        if !ok {
            self.problems.push(problem());
        }
    }
}

/// Decodes, re-encodes and compares every file of the bundle; panics listing the differences.
fn round_trip(bundle: &Bundle) -> Trip {
    let mut trip = Trip::default();
    let entry_bytes = bundle.get("pagefind-entry.json");
    let entry: Entry = serde_json::from_slice(entry_bytes).expect("the entry file decodes");
    trip.visited.insert("pagefind-entry.json".into());
    let ours = entry_file(&entry);
    trip.check(ours.bytes == entry_bytes, || {
        format!(
            "pagefind-entry.json differs at {}",
            first_json_difference(
                &String::from_utf8_lossy(&ours.bytes),
                &String::from_utf8_lossy(entry_bytes)
            )
            .unwrap_or_default()
        )
    });
    assert_eq!(entry.version, VERSION);
    for (lang, language) in &entry.languages {
        trip.count("languages");
        let mut files = LanguageFiles::new(lang);
        let path = format!("pagefind.{}.pf_meta", language.hash);
        let meta: MetaFile = decoded(&mut trip, bundle, &path, |p| from_cbor(p));
        let ours = files.meta(&meta);
        same_file(&mut trip, bundle, &path, &ours, Some(CborKind::Meta));
        trip.count("meta files");
        assert_eq!(meta.version, VERSION);
        assert_eq!(language.page_count, meta.pages.len(), "{lang}: page count");
        if let Some(wasm) = &language.wasm {
            assert!(bundle.0.contains_key(&format!("wasm.{wasm}.pagefind")));
        }
        let fragments = fragments(&mut trip, bundle, &mut files, &meta);
        words(&mut trip, bundle, &mut files, &meta);
        filters(&mut trip, bundle, &mut files, &meta, &fragments);
    }
    let index_files: BTreeSet<String> = bundle
        .0
        .keys()
        .filter(|p| p.contains(".pf_"))
        .cloned()
        .collect();
    let unvisited: Vec<String> = index_files.difference(&trip.visited).cloned().collect();
    trip.check(unvisited.is_empty(), || {
        format!("files no meta file refers to: {unvisited:?}")
    });
    assert!(
        trip.problems.is_empty(),
        "{} differences from Pagefind's bundle, the first ones:\n{}",
        trip.problems.len(),
        trip.problems[..trip.problems.len().min(10)].join("\n")
    );
    trip
}

/// A file's payload decoded with `decode`.
fn decoded<T>(
    trip: &mut Trip,
    bundle: &Bundle,
    path: &str,
    decode: impl Fn(&[u8]) -> Result<T, String>,
) -> T {
    trip.visited.insert(path.to_string());
    let payload = unframe(bundle.get(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    decode(&payload).unwrap_or_else(|e| panic!("{path} does not decode: {e}"))
}

/// Compares Polku's file with Pagefind's: name, then bytes; a difference is explained by the
/// first differing byte of the payloads and the decoded field that holds it.
fn same_file(
    trip: &mut Trip,
    bundle: &Bundle,
    path: &str,
    ours: &polku::search::index::BundleFile,
    kind: Option<CborKind>,
) {
    trip.check(ours.path == path, || {
        format!("{path}: Polku names it {}", ours.path)
    });
    let theirs = bundle.get(path);
    if ours.bytes == theirs {
        return;
    }
    let (ours_payload, payload) = (unframe(&ours.bytes).unwrap(), unframe(theirs).unwrap());
    let at = match kind {
        Some(kind) => first_difference(kind, &ours_payload, &payload),
        None => first_json_difference(
            &String::from_utf8_lossy(&ours_payload),
            &String::from_utf8_lossy(&payload),
        ),
    };
    trip.problems.push(match at {
        Some(at) => format!("{path}: the payload differs at {at}"),
        None => format!("{path}: the same payload, but the gzip differs"),
    });
}

/// Round-trips the fragments in page order; returns them by page number.
fn fragments(
    trip: &mut Trip,
    bundle: &Bundle,
    files: &mut LanguageFiles,
    meta: &MetaFile,
) -> Vec<Fragment> {
    let mut fragments = Vec::new();
    for (number, page) in meta.pages.iter().enumerate() {
        let path = format!("fragment/{}.pf_fragment", page.hash);
        let fragment: Fragment = decoded(trip, bundle, &path, |json| {
            serde_json::from_slice(json).map_err(|e| e.to_string())
        });
        let ours = files.fragment(&fragment);
        same_file(trip, bundle, &path, &ours, None);
        trip.count("fragments");
        trip.check(page.group_hash.is_empty(), || {
            format!("page {number}: a fragment group")
        });
        trip.check(page.word_count as usize == fragment.word_count, || {
            format!("{path}: word count {} in the meta file", page.word_count)
        });
        fragments.push(fragment);
    }
    fragments
}

/// Round-trips the word chunks in word order, and checks their postings, ranges and sizes.
fn words(trip: &mut Trip, bundle: &Bundle, files: &mut LanguageFiles, meta: &MetaFile) {
    let mut bounds = Vec::new();
    for (i, range) in meta.index_chunks.iter().enumerate() {
        let path = format!("index/{}.pf_index", range.hash);
        let chunk: WordChunk = decoded(trip, bundle, &path, |p| from_cbor(p));
        same_file(
            trip,
            bundle,
            &path,
            &files.word_chunk(&chunk),
            Some(CborKind::WordChunk),
        );
        trip.count("word chunks");
        let (first, last) = (chunk.words.first().unwrap(), chunk.words.last().unwrap());
        bounds.push((first.word.clone(), last.word.clone()));
        trip.check(chunk.words.is_sorted_by(|a, b| a.word < b.word), || {
            format!("{path}: words out of order")
        });
        let sizes: Vec<usize> = chunk.words.iter().map(chunk_size).collect();
        let total: usize = sizes.iter().sum();
        if i + 1 < meta.index_chunks.len() {
            trip.check(
                total >= 20_000 && total - sizes.last().unwrap() < 20_000,
                || format!("{path}: {total} locations does not end a chunk of 20,000"),
            );
        }
        for word in &chunk.words {
            trip.count("words");
            for _ in &word.additional_variants {
                trip.count("variants");
            }
            let lists = std::iter::once(&word.pages)
                .chain(word.additional_variants.iter().map(|v| &v.pages));
            for postings in lists {
                let deltas: Vec<u32> = postings.iter().map(|p| p.page_delta).collect();
                let pages = from_deltas(deltas.iter().copied());
                trip.check(
                    to_deltas(&pages) == deltas
                        && pages.is_sorted_by(|a, b| a < b)
                        && pages
                            .last()
                            .is_none_or(|&p| (p as usize) < meta.pages.len()),
                    || format!("{path}: {}: page numbers {pages:?}", word.word),
                );
                for posting in postings {
                    trip.count("postings");
                    let locs = unpack_locs(&posting.locs);
                    trip.weights.extend(locs.iter().map(|l| l.weight));
                    let meta_locs = unpack_meta_locs(&posting.meta_locs);
                    if !meta_locs.is_empty() {
                        trip.count("postings in metadata");
                    }
                    trip.check(
                        pack_locs(locs) == posting.locs
                            && meta_locs
                                .iter()
                                .all(|l| (l.field as usize) < meta.meta_fields.len())
                            && pack_meta_locs(meta_locs) == posting.meta_locs,
                        || format!("{path}: {}: packed positions {posting:?}", word.word),
                    );
                }
            }
        }
    }
    let expected: Vec<(String, String)> = meta
        .index_chunks
        .iter()
        .map(|c| (c.from.clone(), c.to.clone()))
        .collect();
    let ranges = chunk_ranges(bounds);
    trip.check(ranges == expected, || {
        format!("chunk ranges {expected:?}, by the documented rule {ranges:?}")
    });
}

/// What a word adds to its chunk's size: a location or metadata location counts one, a page
/// one, a variant one.
fn chunk_size(word: &WordEntry) -> usize {
    let pages = word
        .pages
        .iter()
        .chain(word.additional_variants.iter().flat_map(|v| &v.pages));
    pages
        .map(|p| p.locs.len() + p.meta_locs.len() + 1)
        .sum::<usize>()
        + word.additional_variants.len()
}

/// The chunks' `from`/`to` from their first and last words: between two chunks, each side is
/// cut to the common prefix plus one character (the `to` only if it stays ≥ its chunk's `from`).
fn chunk_ranges(mut bounds: Vec<(String, String)>) -> Vec<(String, String)> {
    for i in 1..bounds.len() {
        let (to, from) = (&bounds[i - 1].1, &bounds[i].0);
        let common = from
            .chars()
            .zip(to.chars())
            .take_while(|(a, b)| a == b)
            .count();
        let to: String = to.chars().take(common + 1).collect();
        let from: String = from.chars().take(common + 1).collect();
        if to >= bounds[i - 1].0 {
            bounds[i - 1].1 = to;
        }
        bounds[i].0 = from;
    }
    bounds
}

/// Round-trips the filter chunks in name order; their pages must be the pages whose fragments
/// have the value.
fn filters(
    trip: &mut Trip,
    bundle: &Bundle,
    files: &mut LanguageFiles,
    meta: &MetaFile,
    fragments: &[Fragment],
) {
    for entry in &meta.filters {
        let path = format!("filter/{}.pf_filter", entry.hash);
        let chunk: FilterChunk = decoded(trip, bundle, &path, |p| from_cbor(p));
        let ours = files.filter_chunk(&chunk);
        same_file(trip, bundle, &path, &ours, Some(CborKind::FilterChunk));
        trip.count("filter chunks");
        trip.check(chunk.filter == entry.filter, || {
            format!("{path} is filter {}, not {}", chunk.filter, entry.filter)
        });
        for value in &chunk.values {
            trip.count("filter values");
            let having: Vec<u32> = (0..fragments.len() as u32)
                .filter(|&p| {
                    fragments[p as usize]
                        .filters
                        .get(&chunk.filter)
                        .is_some_and(|vs| vs.contains(&value.value))
                })
                .collect();
            trip.check(having == value.pages, || {
                format!("{path}: {} has pages {:?}", value.value, value.pages)
            });
        }
    }
}

/// Builds the site, round-trips the crate's bundle of it (or the build's own, with `own`) and
/// prints what was covered.
fn built_round_trip(site: &TestSite, what: &str, own: bool) -> (Bundle, Trip) {
    let built = build_both(site);
    let bundle = if own { built.ours } else { built.theirs };
    let trip = round_trip(&bundle);
    println!(
        "{what}: {} files byte-identical; {:?}; weights {:?}",
        trip.visited.len(),
        trip.counts,
        trip.weights
    );
    (bundle, trip)
}

/// The Finnish forms (`search: {finnish}`) add words, not format: the build's own bundle with
/// them round-trips, as the crate's without them does.
#[test]
fn the_fixture_bundle_round_trips_with_and_without_finnish_forms() {
    let site = TestSite::fixture("site");
    let (_, with) = built_round_trip(&site, "fixture, Finnish forms (Polku's bundle)", true);
    let yaml = site.read("site.yaml");
    site.write("site.yaml", &format!("{yaml}search: {{finnish: false}}\n"));
    let (_, without) = built_round_trip(&site, "fixture, no Finnish forms", false);
    assert!(
        without.counts["words"] < with.counts["words"],
        "the Finnish forms made no difference"
    );
}

#[test]
fn a_bundle_of_three_languages_round_trips() {
    let site = three_languages();
    let (_, trip) = built_round_trip(&site, "fixture in fi, sv and en", false);
    assert_eq!(trip.counts["languages"], 3);
}

#[test]
fn the_example_site_bundle_round_trips() {
    let site = TestSite::example();
    let (_, trip) = built_round_trip(&site, "example site", false);
    assert!(trip.counts["word chunks"] > 1, "{:?}", trip.counts);
}
