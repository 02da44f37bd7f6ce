//! Polku's own search index (`polku::search::index`) against the `pagefind` crate's, on the
//! search documents of a real `polku build` (kept with `POLKU_SEARCH_DOCUMENTS`) given to the
//! crate's `add_html_file` (`polku::search::reference`): `format` decodes every file of the
//! crate's bundle and encodes it again (same bytes, same name); `indexing` decodes it back into
//! the pages' word data (each page's words with positions, weights and written forms from the
//! postings and variants, its metadata words from `meta_locs`, its fragment) and indexes them
//! again (every file the same); `tokenising` tokenises the documents (every page the same), and
//! requires the bundle the build wrote to be the crate's, file for file.

#[path = "../common/mod.rs"]
mod common;
mod format;
mod indexing;
mod morphology;
mod reuse;
mod tokenising;

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

/// A site built with its search documents kept: the bundle Polku wrote, the bundle the crate
/// makes of the same documents, and the documents.
struct Built {
    ours: Bundle,
    theirs: Bundle,
    documents: Vec<polku::search::index::Document>,
}

fn build_both(site: &TestSite) -> Built {
    let kept = tempfile::tempdir().unwrap();
    let mut command = site.command(&["build"]);
    command.env(polku::search::DOCUMENTS_VAR, kept.path());
    let run = common::run_command(command);
    assert_eq!(run.code, 0, "build failed:\n{}", run.stderr);
    let documents = polku::search::kept_documents(kept.path()).unwrap();
    let theirs = polku::search::reference::crate_bundle(&documents).unwrap();
    Built {
        ours: Bundle::of(site),
        theirs: Bundle(theirs.into_iter().collect()),
        documents,
    }
}

/// Fails with the first ten of the files that differ from the crate's, if any.
fn no_differences(what: &str, problems: &[String]) {
    assert!(
        problems.is_empty(),
        "{what}: {} files differ from the crate's, the first ones:\n{}",
        problems.len(),
        problems[..problems.len().min(10)].join("\n")
    );
}

/// The crate's bundle of the site's search documents.
fn crate_bundle(site: &TestSite) -> Bundle {
    build_both(site).theirs
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

/// The fixture site with one lesson in Swedish and one in English: a bundle of three languages.
fn three_languages() -> TestSite {
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
    site
}
