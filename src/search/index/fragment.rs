//! A page's fragment `fragment/<lang>_<hash>.pf_fragment`: what a search result shows, loaded
//! per result (`pagefind-1.6.0/src/fragments/mod.rs`, `PageFragmentData`). Compact JSON
//! (`serde_json::to_string`), gzip-framed like the CBOR files.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One page's fragment. Field order is the order of the JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fragment {
    /// The page's address as given to Pagefind (Polku gives the site-relative path).
    pub url: String,
    /// The page's indexed text, from which `pagefind.js` cuts excerpts; word positions in the
    /// index count its words as `pagefind.js` splits them (at whitespace, or at U+200B where the
    /// text has one).
    pub content: String,
    /// Words in `content` (also in the meta file's [`super::PageEntry`]).
    pub word_count: usize,
    /// The page's filter values by filter name (sorted by name).
    pub filters: BTreeMap<String, Vec<String>>,
    /// The page's metadata (title, image, …) by field name (sorted by name).
    pub meta: BTreeMap<String, String>,
    /// Headings and other elements with an `id`, for sub-results.
    pub anchors: Vec<Anchor>,
}

/// An element of the page with an `id`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Anchor {
    /// The element's tag name (`h2`, …).
    pub element: String,
    pub id: String,
    /// The element's text.
    pub text: String,
    /// A title for the sub-result; the key is left out when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The word position in `content` where the element starts.
    pub location: u32,
}
