//! Search: every content page goes to Pagefind (used as a library) from the HTML already in
//! memory, as the document `document.rs` makes of it (its `<main>`, facets as Pagefind filters,
//! and for Finnish the extra word forms of `finnish.rs`). The bundle Pagefind returns is written
//! with the rest of the site. `index/` is Pagefind's on-disk format and its indexer (pages' word
//! data to the bundle files), written by Polku itself (issue 15; not yet used by the build).

mod document;
pub mod finnish;
pub mod index;

use std::collections::HashMap;

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;
use rayon::prelude::*;

use crate::model::{Item, Site};
use crate::output::{BUNDLE_DIR, Content, OutFile, Urls};
use crate::theme::Theme;
use document::{Document, PageText, item_document, page_text, section_documents};
use finnish::Lexicon;

/// Marks the paragraph of extra word forms, so that the search page can tell an excerpt taken
/// from it and show the page's description instead.
pub const EXTRA_FORMS_MARK: &str = "⁂";

/// Files of Pagefind's bundle that Polku's own search page does not use: Pagefind's stock UIs,
/// and its web worker (the search page runs Pagefind with `noWorker`, which for a site of this
/// size is as fast and saves a download).
fn unused(file: &str) -> bool {
    file.contains("-ui.") || file == "pagefind-highlight.js" || file == "pagefind-worker.js"
}

/// Builds the search bundle for every content page among `files`.
pub fn build(
    site: &Site,
    theme: &Theme,
    urls: &Urls,
    files: &[OutFile],
    sections: &HashMap<String, String>,
    finnish: bool,
) -> Result<Vec<OutFile>, String> {
    let pages: HashMap<&str, &[u8]> = files
        .iter()
        .filter_map(|f| Some((f.path.as_str(), f.content.bytes()?)))
        .collect();
    let items: Vec<(&Item, &str)> = site
        .items
        .iter()
        .filter_map(|item| {
            pages
                .get(format!("{}index.html", item.url).as_str())
                .map(|b| (item, std::str::from_utf8(b).unwrap_or("")))
        })
        .collect();
    let texts: Vec<PageText> = items
        .par_iter()
        .map(|(item, html)| page_text(site, item, html))
        .collect();
    let lexicon = finnish.then(|| {
        Lexicon::new(
            texts
                .iter()
                .flat_map(|t| [t.main.as_str(), t.hidden.as_str()]),
        )
    });
    let lexicon = lexicon.as_ref();
    // Pagefind takes the documents one at a time, on one core: they are made meanwhile, a batch
    // at a time, on the others, and handed over in the same order as ever.
    let (sender, documents) = std::sync::mpsc::sync_channel::<Document>(BATCH);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            for (batch, texts) in items.chunks(BATCH).zip(texts.chunks(BATCH)) {
                let made: Vec<Document> = batch
                    .par_iter()
                    .zip(texts)
                    .map(|(page, text)| item_document(site, theme, urls, lexicon, *page, text))
                    .collect();
                for document in made {
                    if sender.send(document).is_err() {
                        return; // Pagefind failed and stopped taking documents.
                    }
                }
            }
            for document in section_documents(site, urls, sections, lexicon) {
                if sender.send(document).is_err() {
                    return;
                }
            }
        });
        run_pagefind(documents)
    })
}

/// Documents made at once, in parallel, while Pagefind indexes the ones before them.
const BATCH: usize = 64;

/// Set to a folder, `polku build` also writes there every document it gives Pagefind, in order:
/// `NNNNN.url` (its address) and `NNNNN.html`. For `tests/search_index/tokenising.rs`, which tokenises the
/// same documents with Polku's own `index::fossick` and compares with the crate's pages; the
/// documents exist only in memory otherwise.
pub const DOCUMENTS_VAR: &str = "POLKU_SEARCH_DOCUMENTS";

fn keep_document(dir: &std::path::Path, n: usize, document: &Document) -> Result<(), String> {
    let write = |ext: &str, text: &str| {
        let path = dir.join(format!("{n:05}.{ext}"));
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    write("url", &document.url)?;
    write("html", &document.html)
}

/// The documents kept in `dir` with [`DOCUMENTS_VAR`], in the order the build gave them:
/// (address, HTML) pairs.
pub fn kept_documents(dir: &std::path::Path) -> std::io::Result<Vec<(String, String)>> {
    let mut htmls: Vec<std::path::PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    htmls.sort();
    htmls
        .iter()
        .map(|html| {
            let url = std::fs::read_to_string(html.with_extension("url"))?;
            Ok((url, std::fs::read_to_string(html)?))
        })
        .collect()
}

fn run_pagefind(documents: impl IntoIterator<Item = Document>) -> Result<Vec<OutFile>, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| format!("cannot start the search indexer: {e}"))?;
    runtime.block_on(async {
        let config = PagefindServiceConfig::builder().build();
        let mut index =
            PagefindIndex::new(Some(config)).map_err(|e| format!("cannot start Pagefind: {e}"))?;
        let keep = std::env::var_os(DOCUMENTS_VAR).map(std::path::PathBuf::from);
        for (n, document) in documents.into_iter().enumerate() {
            if let Some(dir) = &keep {
                keep_document(dir, n, &document)?;
            }
            index
                .add_html_file(None, Some(document.url.clone()), document.html)
                .await
                .map_err(|e| format!("Pagefind could not index {}: {e}", document.url))?;
        }
        let files = index
            .get_files()
            .await
            .map_err(|e| format!("Pagefind could not build the index: {e}"))?;
        Ok(files
            .into_iter()
            .filter(|f| !unused(&f.filename.to_string_lossy()))
            .map(|f| OutFile {
                path: format!("{BUNDLE_DIR}/{}", f.filename.to_string_lossy()),
                content: Content::Bytes(f.contents),
            })
            .collect())
    })
}
