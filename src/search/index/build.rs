//! The indexer: one language's pages become its bundle files (fragments, word chunks, filter
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

use flate2::Compression;
use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::chunks::{CHUNK_SIZE, chunk, ranges};
use super::files::Encoded;
use super::forms::{Forms, add_forms};
use super::fossick::{ByUrl, Document, by_language, fossick};
use super::page::IndexPage;
use super::postings::{PageWords, WordPostings, Words, merge, page_words};
use crate::hash::hash_of;

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

/// The whole index of `documents` (see [`Indexer`]).
pub fn bundle(documents: &[Document]) -> Vec<BundleFile> {
    let mut indexer = Indexer::new(None, Compression::best());
    indexer.add(documents);
    indexer.finish().0
}

/// Polku's indexer, given documents a batch at a time, so that a build need not hold every
/// search document at once. Each document is tokenised ([`fossick`]) and read ([`read_page`])
/// on its own, in parallel, so a page's word lists live only while it is read. Given what an
/// earlier index kept ([`Earlier`], `polku serve`), a document that is the same as then is not
/// read again.
pub struct Indexer<'a> {
    /// Each address's page.
    pages: ByUrl<LanguagePage>,
    /// Word forms to add to the pages of their language (see `forms.rs`).
    forms: Option<&'a dyn Forms>,
    /// What the earlier index kept, and what this one keeps for the next (only when it is to
    /// keep anything).
    earlier: Earlier,
    kept: Earlier,
    remember: bool,
    /// Documents read, and documents taken from the earlier index.
    read: usize,
    reused: usize,
    /// The gzip level of fragments and word chunks.
    level: Compression,
}

/// A page's language, and the page read if it has words.
type LanguagePage = (String, Option<Arc<ReadPage>>);

/// What an index keeps for the next one: its pages read, by address with the hash of their
/// document, and the words they are numbered in. The pages were read with the word forms of that
/// index: with other forms, start from `Earlier::default()`.
#[derive(Default)]
pub struct Earlier {
    pages: FxHashMap<String, (u64, String, Option<Arc<ReadPage>>)>,
    words: Words,
}

impl Earlier {
    /// Forgets the pages whose address `keep` refuses: they are read again.
    pub fn keep_only(&mut self, keep: impl Fn(&str) -> bool) {
        self.pages.retain(|url, _| keep(url));
    }
}

impl<'a> Indexer<'a> {
    /// An indexer that adds `forms` (if any) to the pages of their language and gzips fragments
    /// and word chunks at `level`: Pagefind's best for a site that is published (the crate's
    /// bytes), fast for `polku serve`'s preview.
    pub fn new(forms: Option<&'a dyn Forms>, level: Compression) -> Indexer<'a> {
        Indexer {
            pages: ByUrl::default(),
            forms,
            earlier: Earlier::default(),
            kept: Earlier::default(),
            remember: false,
            read: 0,
            reused: 0,
            level,
        }
    }

    /// As [`Indexer::new`], taking what it can from `earlier` and keeping what the next index
    /// can take (`polku serve`).
    pub fn reusing(
        forms: Option<&'a dyn Forms>,
        mut earlier: Earlier,
        level: Compression,
    ) -> Indexer<'a> {
        let kept = Earlier {
            words: std::mem::take(&mut earlier.words),
            ..Earlier::default()
        };
        Indexer {
            earlier,
            kept,
            remember: true,
            ..Indexer::new(forms, level)
        }
    }

    /// Reads the next documents. A document whose address an earlier one had replaces that
    /// page, in its place, as Pagefind's `fossick_one` replaces it.
    pub fn add(&mut self, documents: &[Document]) {
        let earlier = &self.earlier.pages;
        let read: Vec<(u64, bool, LanguagePage)> = documents
            .par_iter()
            .map(|document| {
                let hash = match self.remember {
                    true => hash_of(&[&document.html]),
                    false => 0,
                };
                match earlier.get(&document.url) {
                    Some((same, language, page)) if *same == hash => {
                        (hash, true, (language.clone(), page.clone()))
                    }
                    _ => (hash, false, self.read_document(document)),
                }
            })
            .collect();
        for (document, (hash, reused, mut page)) in documents.iter().zip(read) {
            if let Some(read) = page.1.as_mut().filter(|_| !reused) {
                let read = Arc::get_mut(read).expect("a page just read");
                read.words.intern(&mut self.kept.words);
            }
            self.reused += usize::from(reused);
            self.read += usize::from(!reused);
            if self.remember {
                let kept = (hash, page.0.clone(), page.1.clone());
                self.kept.pages.insert(document.url.clone(), kept);
            }
            self.pages.insert(&document.url, page);
        }
    }

    fn read_document(&self, document: &Document) -> LanguagePage {
        let (language, mut page) = fossick(&document.url, &document.html);
        if let Some(forms) = self.forms {
            add_forms(&mut page, &language, forms);
        }
        let files = LanguageFiles::at(&language, self.level);
        let read = read_page(page, &files).map(Arc::new);
        (language, read)
    }

    /// Documents read so far, and documents taken from the earlier index.
    pub fn counts(&self) -> (usize, usize) {
        (self.read, self.reused)
    }

    /// Each language's files, in code order, then the entry file; the codes of the languages
    /// indexed; and what the next index may take from this one. A language none of whose pages
    /// has a word has no index, as with Pagefind.
    pub fn finish(self) -> (Vec<BundleFile>, Vec<String>, Earlier) {
        let pages: Vec<(String, Arc<ReadPage>)> = self
            .pages
            .into_pages()
            .into_iter()
            .filter_map(|(language, page)| Some((language, page?)))
            .collect();
        let (words, level) = (&self.kept.words, self.level);
        let bundles: Vec<LanguageBundle> = by_language(pages, |_| true)
            .into_par_iter()
            .map(|(language, pages)| finish(&pages, LanguageFiles::at(&language, level), words))
            .collect();
        let entry = entry(&bundles);
        let languages = bundles.iter().map(|b| b.language.clone()).collect();
        let files = bundles
            .into_iter()
            .flat_map(|bundle| bundle.files)
            .chain([entry])
            .collect();
        (files, languages, self.kept)
    }
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
fn finish(pages: &[Arc<ReadPage>], mut names: LanguageFiles, words: &Words) -> LanguageBundle {
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
