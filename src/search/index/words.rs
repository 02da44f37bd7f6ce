//! A word chunk `index/<lang>_<hash>.pf_index`: an inverted index of a range of words, loaded
//! when a query needs a word in that range (`pagefind-1.6.0/src/index/index_words.rs`, filled in
//! `index/mod.rs`). CBOR arrays, as in `meta.rs`.
//!
//! The words are Pagefind's stems, as the query is stemmed in the browser; a form of a word that
//! differs only in diacritics (Pagefind 1.5+ folds `ä`→`a`, `ö`→`o`, `é`→`e`) is kept under the
//! folded word as a [`Variant`], so that an exact match can still rank higher.

use minicbor::{Decode, Encode};

/// One word chunk.
#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
pub struct WordChunk {
    /// The chunk's words in word order (byte order of the strings).
    #[n(0)]
    pub words: Vec<WordEntry>,
}

/// One word and where it occurs.
#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
pub struct WordEntry {
    /// The (stemmed, diacritic-folded) word.
    #[n(0)]
    pub word: String,
    /// The pages where the word occurs written as `word` itself, in page order.
    #[n(1)]
    pub pages: Vec<Posting>,
    /// The written forms that fold to `word` but differ from it, each with its own pages.
    #[n(2)]
    pub additional_variants: Vec<Variant>,
}

/// A form of a word that differs from it only in diacritics (`ään` under `aan`, `café` under
/// `cafe`).
#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
pub struct Variant {
    /// The form as written (stemmed, diacritics kept).
    #[n(0)]
    pub form: String,
    /// The pages where the word occurs in this form, in page order.
    #[n(1)]
    pub pages: Vec<Posting>,
}

/// The occurrences of a word (or variant) on one page.
///
/// Within one word's (or one variant's) list, `page_delta` is the page number minus the previous
/// posting's (the first posting's is its page number): see [`super::to_deltas`]. Polku's encoder
/// writes what it is given; building the deltas is the writer's job.
#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
pub struct Posting {
    #[n(0)]
    pub page_delta: u32,
    /// Word positions in the page's content with their weights, packed: see
    /// [`super::pack_locs`].
    #[n(1)]
    pub locs: Vec<i32>,
    /// Word positions in the page's metadata fields, packed: see [`super::pack_meta_locs`].
    /// Empty when the word is in no metadata field of the page.
    #[n(2)]
    pub meta_locs: Vec<i32>,
}
