//! Polku's indexer as a build uses it: search documents in, a batch at a time, each tokenised
//! and read on its own in parallel; the bundle's index files out (`build.rs` writes them). For
//! `polku serve`, it takes from an earlier index the pages whose document is the same
//! ([`Earlier`]).

use std::sync::Arc;

use flate2::Compression;
use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::build::{LanguageBundle, ReadPage, entry, finish, read_page};
use super::forms::{Forms, add_forms};
use super::fossick::{ByUrl, Document, by_language, fossick};
use super::postings::Words;
use super::{BundleFile, LanguageFiles};
use crate::hash::hash_of;

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
                read.intern(&mut self.kept.words);
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
