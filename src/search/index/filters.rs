//! A filter chunk `filter/<lang>_<hash>.pf_filter`: one filter's values and the pages that have
//! each (`pagefind-1.6.0/src/index/index_filter.rs`). CBOR arrays, as in `meta.rs`.

use minicbor::{Decode, Encode};

/// The values of one filter.
#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
pub struct FilterChunk {
    /// The filter's name (Polku's facets: `tyyppi`, `teema`, …).
    #[n(0)]
    pub filter: String,
    /// Its values in value order (byte order of the strings).
    #[n(1)]
    pub values: Vec<FilterValue>,
}

/// One value of a filter.
#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
pub struct FilterValue {
    #[n(0)]
    pub value: String,
    /// The page numbers (positions in [`super::MetaFile::pages`]) that have the value, ascending,
    /// absolute (not deltas, unlike a word's postings).
    #[n(1)]
    pub pages: Vec<u32>,
}
