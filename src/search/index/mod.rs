//! Pagefind 1.6.0's on-disk format, written by Polku itself (issue 15): Rust types for every file
//! of the search bundle that carries the index, their encoders and decoders, and the framing and
//! naming of the files. Pagefind's browser side (`pagefind.js` and its WebAssembly) reads them
//! unchanged. `docs/pagefind-format.md` describes the format; `tests/search_index/format.rs` proves these
//! encoders byte for byte against the files the `pagefind` crate writes.
//!
//! | file | type | encoding |
//! |---|---|---|
//! | `pagefind-entry.json` | [`Entry`] | JSON, plain |
//! | `pagefind.<lang>_<hash>.pf_meta` | [`MetaFile`] | CBOR, gzip-framed |
//! | `index/<lang>_<hash>.pf_index` | [`WordChunk`] | CBOR, gzip-framed |
//! | `filter/<lang>_<hash>.pf_filter` | [`FilterChunk`] | CBOR, gzip-framed |
//! | `fragment/<lang>_<hash>.pf_fragment` | [`Fragment`] | JSON, gzip-framed |
//!
//! The indexer (`build.rs`, `postings.rs`, `chunks.rs`) writes these files from pages' word data
//! ([`IndexPage`]): [`build`] one language's files as Pagefind's `build_indexes` would, [`entry`]
//! the entry file over the languages; `tests/search_index/` proves them byte for byte against
//! the crate's. Tokenisation, a search document to its [`IndexPage`], is [`fossick`]
//! (`digest.rs` reads the HTML, `tokens.rs` splits, folds and stems words); `tests/search_index/`
//! proves its pages equal to the crate's; `forms.rs` adds Polku's Finnish word forms to a page.
//! [`Indexer`] (`indexer.rs`) is what the build uses: documents in, batch by batch, the bundle's
//! index files out, and for `polku serve` the pages of an earlier index reused ([`Earlier`]).

mod build;
mod chunks;
mod diff;
mod digest;
mod entry;
mod files;
mod filters;
mod forms;
mod fossick;
mod fragment;
mod indexer;
mod locs;
mod meta;
mod page;
mod postings;
pub mod tokens;
mod words;

pub use build::{LanguageBundle, WORD_SYMBOLS, build, entry};
pub use chunks::CHUNK_SIZE;
pub use diff::{CborKind, first_difference, first_json_difference};
pub use entry::{Entry, EntryLanguage};
pub use files::{
    BundleFile, Encoded, LanguageFiles, entry_file, from_cbor, full_hash, gzip_framed, to_cbor,
    unframe,
};
pub use filters::{FilterChunk, FilterValue};
pub use forms::{Form, FormOf, Forms, add_forms};
pub use fossick::{Document, fossick, fossick_all};
pub use fragment::{Anchor, Fragment};
pub use indexer::{Earlier, Indexer, bundle};
pub use locs::{
    Loc, MetaLoc, from_deltas, pack_locs, pack_meta_locs, to_deltas, unpack_locs, unpack_meta_locs,
};
pub use meta::{ChunkEntry, FilterEntry, MetaFile, PageEntry, SortEntry};
pub use page::{IndexPage, MetaWordAt, WordAt};
pub use words::{Posting, Variant, WordChunk, WordEntry};

/// The Pagefind version this format is Pagefind's of, written into the entry file and the meta
/// file (`pagefind.js` warns when the entry file's differs from its own).
pub const VERSION: &str = "1.6.0";
