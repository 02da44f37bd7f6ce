//! `pagefind-entry.json`, the first file `pagefind.js` loads: which languages have an index, and
//! the hash naming each one's meta file. Written as compact JSON, not framed, not gzipped
//! (`pagefind-1.6.0/src/output/entry.rs`, `output/mod.rs` `write_common`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The entry file. Field order is the order of the JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The Pagefind version that wrote the bundle ([`super::VERSION`]); `pagefind.js` compares
    /// it with its own and only warns in the console when they differ.
    pub version: String,
    /// Each language's index by its code (as in `<html lang>`, e.g. `fi`), in code order.
    pub languages: BTreeMap<String, EntryLanguage>,
    /// Characters that count as part of a word, besides letters and digits. Pagefind writes its
    /// ten "Punctuation, Connector" characters (`_`, `‿`, …) and any configured ones.
    pub include_characters: Vec<char>,
}

/// One language's index in the entry file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryLanguage {
    /// The meta file's name stem: the file is `pagefind.<hash>.pf_meta`.
    pub hash: String,
    /// The language whose stemming WebAssembly to load, `wasm.<wasm>.pagefind`; `null` when
    /// Pagefind has no stemmer for it (then `pagefind.js` loads `wasm.unknown.pagefind`).
    pub wasm: Option<String>,
    /// Pages in this language's index; `pagefind.js` falls back to the language with most pages
    /// when the page's own language has no index.
    pub page_count: usize,
}
