//! The meta file `pagefind.<lang>_<hash>.pf_meta`, one per language, loaded when search starts:
//! the pages, which word chunk holds which words, the filter chunks, the sort orders
//! (`pagefind-1.6.0/src/index/index_metadata.rs`). CBOR: every struct is an array of its fields
//! in the order of their `#[n]` index.

use minicbor::{Decode, Encode};

/// The meta file of one language.
#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
pub struct MetaFile {
    /// The Pagefind version ([`super::VERSION`]). The WebAssembly keeps it as the index's
    /// generator version and compares it with its own, without acting on a difference.
    #[n(0)]
    pub version: String,
    /// Every page of the language, in page-number order: a page's number everywhere else in the
    /// index is its position here.
    #[n(1)]
    pub pages: Vec<PageEntry>,
    /// The word chunks in word order: a query word is looked up in the chunk(s) whose
    /// `from..=to` range holds it.
    #[n(2)]
    pub index_chunks: Vec<ChunkEntry>,
    /// One filter chunk per filter name, in name order.
    #[n(3)]
    pub filters: Vec<FilterEntry>,
    /// Sort orders (`data-pagefind-sort`), by sort key. Polku sets none.
    #[n(4)]
    pub sorts: Vec<SortEntry>,
    /// Every metadata field name of the language's pages, in name order; a word's `meta_locs`
    /// refer to a field by its position here.
    #[n(5)]
    pub meta_fields: Vec<String>,
}

/// A page in the meta file.
#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
pub struct PageEntry {
    /// The page's fragment file name stem: `fragment/<hash>.pf_fragment` (`<lang>_` included).
    #[n(0)]
    pub hash: String,
    /// Words on the page, for ranking by page length (the fragment's `word_count`).
    #[n(1)]
    pub word_count: u32,
    /// The fragment group holding the page when fragments are bundled (Pagefind's
    /// `max_fragments`); empty otherwise, as in every bundle Polku writes.
    #[n(2)]
    pub group_hash: String,
}

/// A word chunk in the meta file: the chunk `index/<hash>.pf_index` has the words from `from` to
/// `to` (both shortened to the shortest prefixes that still tell neighbouring chunks apart).
#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
pub struct ChunkEntry {
    #[n(0)]
    pub from: String,
    #[n(1)]
    pub to: String,
    /// The chunk file's name stem, `<lang>_` included.
    #[n(2)]
    pub hash: String,
}

/// A filter in the meta file: the values of filter `filter` are in `filter/<hash>.pf_filter`.
#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
pub struct FilterEntry {
    #[n(0)]
    pub filter: String,
    /// The filter file's name stem, `<lang>_` included.
    #[n(1)]
    pub hash: String,
}

/// A sort order: the page numbers of the pages that have sort key `sort`, in sorted order.
#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
pub struct SortEntry {
    #[n(0)]
    pub sort: String,
    #[n(1)]
    pub pages: Vec<u32>,
}
