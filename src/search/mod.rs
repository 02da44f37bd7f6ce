//! Search: every content page becomes a search document from the HTML already in memory
//! (`document.rs`: its `<main>`, facets as Pagefind filters), and Polku indexes the documents
//! itself in Pagefind 1.6.0's format (`index/`), adding for Finnish pages the word forms of
//! `finnish.rs`. The browser side of the bundle (`pagefind.js`, the WebAssembly) is the `pagefind`
//! crate's, unchanged (`reference.rs`). The bundle is written with the rest of the site.

mod document;
pub mod finnish;
pub mod index;
pub mod reference;

use std::collections::HashMap;

use rayon::prelude::*;

use crate::laps::Laps;
use crate::model::{Item, Site};
use crate::output::{BUNDLE_DIR, Content, OutFile, Urls};
use crate::theme::Theme;
use document::{PageText, item_document, page_text, section_documents};
use finnish::Lexicon;
use index::Document;

/// Marks the paragraph of the words that belong to a page without being on it (keywords, a
/// lesson's vocabulary in other forms and languages), so that the search page can tell an
/// excerpt taken from it and show the page's description instead.
pub const HIDDEN_MARK: &str = "⁂";

/// Builds the search bundle for every content page among `files`: Polku's own index of the
/// pages' search documents (`index/`), and Pagefind's browser side from the crate (`reference.rs`).
/// Also returns the time its parts took.
pub fn build(
    site: &Site,
    theme: &Theme,
    urls: &Urls,
    files: &[OutFile],
    sections: &HashMap<String, String>,
    finnish: bool,
) -> Result<(Vec<OutFile>, Laps), String> {
    let mut clock = Laps::after(Vec::new());
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
    clock.lap("search: words");
    // Documents are made and read a batch at a time: only the read pages are kept.
    let keep = std::env::var_os(DOCUMENTS_VAR).map(std::path::PathBuf::from);
    let mut indexer = match lexicon {
        Some(lexicon) => index::Indexer::with_forms(lexicon),
        None => index::Indexer::default(),
    };
    let mut add = |documents: Vec<Document>, first: usize| {
        if let Some(dir) = &keep {
            keep_documents(dir, first, &documents)?;
        }
        indexer.add(&documents);
        Ok::<usize, String>(first + documents.len())
    };
    let mut added = 0;
    for (batch, texts) in items.chunks(BATCH).zip(texts.chunks(BATCH)) {
        let documents = batch
            .par_iter()
            .zip(texts)
            .map(|(page, text)| item_document(site, theme, urls, *page, text))
            .collect();
        added = add(documents, added)?;
    }
    add(section_documents(site, urls, sections), added)?;
    clock.lap("search: read");
    let (index, languages) = indexer.finish();
    clock.lap("search: index");
    let browser = reference::browser_files(&languages)?;
    let file = |path: String, bytes| OutFile {
        path: format!("{BUNDLE_DIR}/{path}"),
        content: Content::Bytes(bytes),
    };
    let files = browser
        .into_iter()
        .map(|(path, bytes)| file(path, bytes))
        .chain(index.into_iter().map(|f| file(f.path, f.bytes)))
        .collect();
    clock.lap("search: browser");
    Ok((files, clock))
}

/// Set to a folder, `polku build` also writes there every document it gives Pagefind, in order:
/// `NNNNN.url` (its address) and `NNNNN.html`. For `tests/search_index/`, which gives the same
/// documents to the `pagefind` crate and compares its bundle with Polku's; the documents exist
/// only in memory otherwise.
pub const DOCUMENTS_VAR: &str = "POLKU_SEARCH_DOCUMENTS";

/// Search documents made and read at once, in parallel.
const BATCH: usize = 256;

fn keep_documents(
    dir: &std::path::Path,
    first: usize,
    documents: &[Document],
) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    for (n, document) in (first..).zip(documents) {
        let write = |ext: &str, text: &str| {
            let path = dir.join(format!("{n:05}.{ext}"));
            std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
        };
        write("url", &document.url)?;
        write("html", &document.html)?;
    }
    Ok(())
}

/// The documents kept in `dir` with [`DOCUMENTS_VAR`], in the order the build gave them:
/// (address, HTML) pairs.
pub fn kept_documents(dir: &std::path::Path) -> std::io::Result<Vec<Document>> {
    let mut htmls: Vec<std::path::PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    htmls.sort();
    htmls
        .iter()
        .map(|html| {
            Ok(Document {
                url: std::fs::read_to_string(html.with_extension("url"))?,
                html: std::fs::read_to_string(html)?,
            })
        })
        .collect()
}
