//! Writing the index: one language's pages become its bundle files (fragments, word chunks, filter
//! chunks, meta file) as Pagefind 1.6.0's `build_indexes` makes them
//! (`pagefind-1.6.0/src/index/mod.rs`), and the languages' bundles the entry file
//! (`src/output/mod.rs`). `tests/search_index/` proves the bytes equal to the crate's.
//!
//! **Page order is the caller's.** Pagefind numbers a language's pages in the order they were
//! added to it (`add_html_file`), leaving out pages without words; the numbers order the meta
//! file's pages, every posting and filter list, and the naming of fragments on a hash clash. So
//! [`build`] numbers `pages` in the order given, and gives the same files only for the same order.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use rayon::prelude::*;

use super::chunks::{CHUNK_SIZE, chunk, ranges};
use super::files::Encoded;
use super::page::IndexPage;
use super::postings::{PageWords, WordPostings, Words, merge, page_words};
use super::{
    BundleFile, ChunkEntry, Entry, EntryLanguage, FilterChunk, FilterEntry, FilterValue,
    LanguageFiles, MetaFile, PageEntry, VERSION, WordChunk, entry_file, to_cbor,
};

/// One language's index, written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageBundle {
    /// The language code, as in `<html lang>`.
    pub language: String,
    /// The meta file's name stem, for the entry file.
    pub meta_hash: String,
    /// Pages in the index, for the entry file.
    pub page_count: usize,
    /// The meta file, then the fragments in page order, the word chunks in word order, the filter
    /// chunks in name order.
    pub files: Vec<BundleFile>,
}

/// Writes the index of one language's pages, numbered in the order given (see the module
/// comment). Pages without words are left out, as Pagefind leaves them out.
pub fn build(pages: Vec<IndexPage>, language: &str) -> LanguageBundle {
    let mut pages: Vec<ReadPage> = pages
        .into_par_iter()
        .filter_map(|page| read_page(page, &LanguageFiles::new(language)))
        .collect();
    let mut words = Words::default();
    pages.iter_mut().for_each(|p| p.words.intern(&mut words));
    let pages: Vec<Arc<ReadPage>> = pages.into_iter().map(Arc::new).collect();
    finish(&pages, LanguageFiles::new(language), &words)
}

/// What the index keeps of a page once its words are packed: its fragment hashed and gzipped
/// (named later, in page order), its word count and filters for the meta file and the filter
/// chunks, and its words with their postings.
pub struct ReadPage {
    fragment: Encoded,
    word_count: u32,
    filters: BTreeMap<String, Vec<String>>,
    words: PageWords,
}

impl ReadPage {
    /// Numbers the page's words in `words`, the numbering of the pages it is indexed with.
    pub(super) fn intern(&mut self, words: &mut Words) {
        self.words.intern(words);
    }
}

/// A page read for the index of `files`' language, or `None` if it has no words.
pub fn read_page(page: IndexPage, files: &LanguageFiles) -> Option<ReadPage> {
    if page.words.is_empty() {
        return None;
    }
    let words = page_words(&page);
    let fragment = page.fragment;
    Some(ReadPage {
        fragment: files.encode_fragment(&fragment),
        word_count: fragment.word_count as u32,
        filters: fragment.filters,
        words,
    })
}

/// One language's files (`names`) from its pages, read and in page order, their words numbered
/// in `words`.
pub(super) fn finish(
    pages: &[Arc<ReadPage>],
    mut names: LanguageFiles,
    words: &Words,
) -> LanguageBundle {
    let meta_fields = meta_fields(pages);
    let filters = filter_chunks(pages);
    let mut fragments = Vec::with_capacity(pages.len());
    let mut counts = Vec::with_capacity(pages.len());
    let mut page_words = Vec::with_capacity(pages.len());
    for page in pages {
        fragments.push(names.name_fragment(page.fragment.clone()));
        counts.push(page.word_count);
        page_words.push(&page.words);
    }
    let word_files = word_chunks(&page_words, &meta_fields, words, &mut names);
    let filter_files: Vec<BundleFile> = filters
        .iter()
        .map(|chunk| names.filter_chunk(chunk))
        .collect();
    let meta = MetaFile {
        version: VERSION.into(),
        pages: counts
            .into_iter()
            .zip(&fragments)
            .map(|(word_count, file)| PageEntry {
                hash: file.hash.clone(),
                word_count,
                group_hash: String::new(),
            })
            .collect(),
        index_chunks: word_files.iter().map(|(range, _)| range.clone()).collect(),
        filters: filters
            .into_iter()
            .zip(&filter_files)
            .map(|(chunk, file)| FilterEntry {
                filter: chunk.filter,
                hash: file.hash.clone(),
            })
            .collect(),
        // `data-pagefind-sort`, which Polku's pages do not have.
        sorts: Vec::new(),
        meta_fields,
    };
    let meta_file = names.meta(&meta);
    LanguageBundle {
        language: names.language().to_string(),
        meta_hash: meta_file.hash.clone(),
        page_count: fragments.len(),
        files: std::iter::once(meta_file)
            .chain(fragments)
            .chain(word_files.into_iter().map(|(_, file)| file))
            .chain(filter_files)
            .collect(),
    }
}

/// Every metadata field name of the pages, in name order: a word's `meta_locs` number the
/// fields by their position here.
fn meta_fields(pages: &[Arc<ReadPage>]) -> Vec<String> {
    let names: BTreeSet<&String> = pages.iter().flat_map(|p| p.words.meta_fields()).collect();
    names.into_iter().cloned().collect()
}

/// The word chunks, named in word order, each with its range for the meta file. A chunk's
/// entries are made from the pages only while it is encoded.
fn word_chunks(
    pages: &[&PageWords],
    meta_fields: &[String],
    words: &Words,
    names: &mut LanguageFiles,
) -> Vec<(ChunkEntry, BundleFile)> {
    // Each page numbers its metadata fields among its own names; the index among all pages'.
    let field_ids: Vec<Vec<u16>> = pages
        .iter()
        .map(|page| {
            let id = |name| meta_fields.iter().position(|f| f == name).expect("a field");
            page.meta_fields().iter().map(|n| id(n) as u16).collect()
        })
        .collect();
    let chunks = chunk(merge(pages, words), |w| w.size(pages), CHUNK_SIZE);
    let word = |w: Option<&WordPostings>| w.map_or(String::new(), |w| w.text(words).to_string());
    let bounds = chunks
        .iter()
        .map(|c| (word(c.first()), word(c.last())))
        .collect();
    let encoded: Vec<_> = chunks
        .into_par_iter()
        .map(|chunk| {
            let entry = |w: &WordPostings| w.entry(pages, &field_ids, words);
            let words = chunk.iter().map(entry).collect();
            names.encode(&to_cbor(&WordChunk { words }))
        })
        .collect();
    ranges(bounds)
        .into_iter()
        .zip(encoded)
        .map(|((from, to), encoded)| {
            let file = names.name_word_chunk(encoded);
            let range = ChunkEntry {
                from,
                to,
                hash: file.hash.clone(),
            };
            (range, file)
        })
        .collect()
}

/// One chunk per filter, in name order: each value (in value order) with the numbers of the pages
/// that have it. A page listing a value twice is listed twice, and a filter without values has
/// no chunk, as with Pagefind (which collects (filter, value, page) triples).
fn filter_chunks(pages: &[Arc<ReadPage>]) -> Vec<FilterChunk> {
    let mut filters: BTreeMap<&str, BTreeMap<&str, Vec<u32>>> = BTreeMap::new();
    for (number, page) in pages.iter().enumerate() {
        for (filter, values) in &page.filters {
            for value in values {
                let pages = filters.entry(filter).or_default().entry(value).or_default();
                pages.push(number as u32);
            }
        }
    }
    filters
        .into_iter()
        .map(|(filter, values)| FilterChunk {
            filter: filter.to_string(),
            values: values
                .into_iter()
                .map(|(value, pages)| FilterValue {
                    value: value.to_string(),
                    pages,
                })
                .collect(),
        })
        .collect()
}

/// The characters Pagefind counts as part of a word besides letters and digits, its
/// `WORD_SYMBOLS` (`pagefind-1.6.0/src/utils.rs`): Unicode's "Punctuation, Connector".
pub const WORD_SYMBOLS: [char; 10] = ['_', '‿', '⁀', '⁔', '︳', '︴', '﹍', '﹎', '﹏', '＿'];

/// The languages Pagefind 1.6.0 has a stemming WebAssembly for (`vendor/wasm/`), by base code.
const STEMMED: &[&str] = &[
    "ar", "ca", "da", "de", "el", "en", "eo", "es", "et", "eu", "fi", "fr", "ga", "hi", "hu", "hy",
    "id", "it", "lt", "nb", "ne", "nl", "nn", "no", "pl", "pt", "ro", "ru", "sr", "sv", "ta", "tr",
    "yi",
];

/// The entry file over all languages' bundles. A language's `wasm` is its own code (`fi-FI`, not
/// `fi`) when Pagefind has a stemmer for its base language, else `null`.
pub fn entry(bundles: &[LanguageBundle]) -> BundleFile {
    let languages = bundles
        .iter()
        .map(|bundle| {
            let base = bundle.language.split('-').next().unwrap_or_default();
            let language = EntryLanguage {
                hash: bundle.meta_hash.clone(),
                wasm: STEMMED.contains(&base).then(|| bundle.language.clone()),
                page_count: bundle.page_count,
            };
            (bundle.language.clone(), language)
        })
        .collect();
    entry_file(&Entry {
        version: VERSION.into(),
        languages,
        include_characters: WORD_SYMBOLS.to_vec(),
    })
}
