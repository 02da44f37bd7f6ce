//! One page as the indexer takes it: what Pagefind 1.6.0's `build_indexes`
//! (`pagefind-1.6.0/src/index/mod.rs`) reads of a fossicked page (`FossickedData`), and nothing
//! else. Turning rendered HTML into this (splitting, normalising, stemming, weights) is
//! tokenisation, outside this module.

use rustc_hash::FxHashMap;

use super::Fragment;

/// A page of one language's index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexPage {
    /// What a result shows: url, content, word count, filters, metadata, anchors. Written as the
    /// page's fragment file as it is (Pagefind's `fragment.data`), and the source of the meta
    /// file's word count, the filter chunks and the metadata field names.
    pub fragment: Fragment,
    /// The page's words in its content: each indexed word (stemmed, diacritics folded) with
    /// every place it occurs (Pagefind's `word_data`). The order of the places does not matter.
    /// A page without words is left out of the index, as Pagefind leaves it out.
    pub words: FxHashMap<String, Vec<WordAt>>,
    /// The page's words in its metadata fields, keyed likewise (Pagefind's `meta_word_data`).
    pub meta_words: FxHashMap<String, Vec<MetaWordAt>>,
}

/// One occurrence of a word in a page's content (Pagefind's `FossickedWord`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WordAt {
    /// Words of the content before it.
    pub position: u32,
    /// Its weight: 24 for plain text, more in headings (see [`super::Loc`]).
    pub weight: u8,
    /// The word as written when that differs from the indexed word only by diacritics
    /// (`ään` for `aan`): it is then indexed as a variant of the word. `None` otherwise.
    pub original: Option<String>,
}

/// One occurrence of a word in one of a page's metadata fields (Pagefind's
/// `MetaFossickedWord`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MetaWordAt {
    /// The field, as its position among *this page's* metadata field names in name order (the
    /// keys of [`Fragment::meta`]), as Pagefind's fossicker numbers them; the indexer turns it
    /// into the position among all pages' field names of the language.
    pub field: u16,
    /// Words of the field's text before it.
    pub position: u32,
    /// As [`WordAt::original`].
    pub original: Option<String>,
}
