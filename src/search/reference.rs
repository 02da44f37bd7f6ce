//! The `pagefind` crate (1.6.0), which Polku no longer indexes with (issue 15): the source of
//! the bundle's browser side (`pagefind.js` and the stemming WebAssembly, which it keeps as
//! private constants and hands out only with an index), and the reference that
//! `tests/search_index/` compares Polku's own index with, byte for byte.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

use super::index::Document;

/// A file of a bundle: its path inside the bundle folder, and its bytes.
pub type NamedFile = (String, Vec<u8>);

/// Every file of the bundle the crate writes for `documents`, given to its `add_html_file` in
/// order: (path inside the bundle folder, bytes), in the crate's order.
pub fn crate_bundle(documents: &[Document]) -> Result<Vec<NamedFile>, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| format!("cannot start Pagefind: {e}"))?;
    runtime.block_on(async {
        let config = PagefindServiceConfig::builder().build();
        let mut index =
            PagefindIndex::new(Some(config)).map_err(|e| format!("cannot start Pagefind: {e}"))?;
        for document in documents {
            index
                .add_html_file(None, Some(document.url.clone()), document.html.clone())
                .await
                .map_err(|e| format!("Pagefind could not index {}: {e}", document.url))?;
        }
        let files = index
            .get_files()
            .await
            .map_err(|e| format!("Pagefind could not build the index: {e}"))?;
        Ok(files
            .into_iter()
            .map(|f| (f.filename.to_string_lossy().into_owned(), f.contents))
            .collect())
    })
}

/// The browser side of a bundle with indexes in `languages`: `pagefind.js`, the stemming
/// WebAssembly of each language Pagefind has one for (`wasm.<lang>.pagefind`) and the one for
/// the others (`wasm.unknown.pagefind`). Made once per set of languages in a run of Polku (the
/// crate minifies `pagefind.js` each time), then copied.
pub fn browser_files(languages: &[String]) -> Result<Vec<NamedFile>, String> {
    static MADE: LazyLock<Mutex<HashMap<Vec<String>, Vec<NamedFile>>>> =
        LazyLock::new(Default::default);
    if let Some(files) = MADE.lock().map_err(|e| e.to_string())?.get(languages) {
        return Ok(files.clone());
    }
    // One page of one word per language is enough for the crate to write them.
    let documents: Vec<Document> = languages
        .iter()
        .map(|language| Document {
            url: format!("/{language}/"),
            html: format!(
                "<html lang=\"{language}\"><body><main data-pagefind-body>polku</main></body></html>"
            ),
        })
        .collect();
    let files: Vec<NamedFile> = crate_bundle(&documents)?
        .into_iter()
        .filter(|(path, _)| path == "pagefind.js" || path.starts_with("wasm."))
        .collect();
    MADE.lock()
        .map_err(|e| e.to_string())?
        .insert(languages.to_vec(), files.clone());
    Ok(files)
}
