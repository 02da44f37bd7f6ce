//! Search: every content page becomes a search document from the HTML already in memory
//! (`document.rs`: its `<main>`, facets as Pagefind filters), and Polku indexes the documents
//! itself in Pagefind 1.6.0's format (`index/`), adding for Finnish pages the word forms of
//! `finnish.rs`. The browser side of the bundle (`pagefind.js`, the WebAssembly) is the `pagefind`
//! crate's, unchanged (`reference.rs`). The bundle is written with the rest of the site.

mod document;
pub mod finnish;
pub mod index;
pub mod reference;
pub mod voikko;
mod words;

use std::collections::HashMap;
use std::sync::Arc;

use rayon::prelude::*;

use crate::laps::Laps;
use crate::model::Site;
use crate::output::{BUNDLE_DIR, Content, OutFile, Urls};
use crate::theme::Theme;
use document::{PageText, item_document, section_documents};
use finnish::Lexicon;
use index::Document;
use words::{ItemPage, SiteWords};

/// Marks the paragraph of the words that belong to a page without being on it (keywords, a
/// lesson's vocabulary in other forms and languages), so that the search page can tell an
/// excerpt taken from it and show the page's description instead.
pub const HIDDEN_MARK: &str = "⁂";

/// What `polku serve` keeps of one search index for the next (see [`build`]).
#[derive(Default)]
pub struct Reuse {
    /// Whether that index had the Finnish forms, and the site's words then.
    finnish: bool,
    words: SiteWords,
    /// What its indexer kept: the pages read.
    index: index::Earlier,
    /// Of the last index: documents read, and documents taken from the one before.
    pub read: usize,
    pub reused: usize,
}

/// Builds the search bundle for every content page among `files`: Polku's own index of the
/// pages' search documents (`index/`), and Pagefind's browser side from the crate (`reference.rs`).
/// Also returns the time its parts took. With `reuse` (`polku serve`), a page whose search
/// document is the same as in the index `reuse` was kept from is not read again, unless a word
/// that came to the site or left it is in its text (its Finnish forms can change), and the files
/// are gzipped fast.
pub fn build(
    views: &[(&Site, &HashMap<String, String>)],
    theme: &Theme,
    urls: &Urls,
    files: &[OutFile],
    finnish: bool,
    mut reuse: Option<&mut Reuse>,
) -> Result<(Vec<OutFile>, Laps), String> {
    let (site, sections) = views[0];
    let mut clock = Laps::after(Vec::new());
    if finnish && site.config.site.language == crate::config::Lang::Fi {
        finnish::tell_if_voikko_missing();
    }
    let pages: HashMap<&str, &Content> = files
        .iter()
        .filter(|f| f.content.bytes().is_some())
        .map(|f| (f.path.as_str(), &f.content))
        .collect();
    let items: Vec<ItemPage> = item_pages(site, &pages);
    let (texts, lexicon, earlier) = match reuse.as_deref_mut() {
        Some(reuse) => {
            let (texts, lexicon, earlier) = reuse.take(site, urls, &items, finnish);
            (texts, lexicon, Some(earlier))
        }
        None => {
            let texts = words::texts(site, &items);
            let lexicon = finnish.then(|| Arc::new(words::lexicon(&texts)));
            (texts, lexicon, None)
        }
    };
    clock.lap("search: words");
    // Documents are made and read a batch at a time: only the read pages are kept.
    let keep = std::env::var_os(DOCUMENTS_VAR).map(std::path::PathBuf::from);
    let forms = lexicon.as_deref().map(|l| l as &dyn index::Forms);
    // `polku serve`'s index is for its preview only, and gzip at Pagefind's best level is most
    // of the time an edit's index takes (an edit moves the words after it, so every word chunk
    // with one of the page's words changes).
    let mut indexer = match earlier {
        Some(earlier) => index::Indexer::reusing(forms, earlier, flate2::Compression::fast()),
        None => index::Indexer::new(forms, flate2::Compression::best()),
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
            .map(|((item, page), text)| {
                item_document(site, theme, urls, (item, words::html(page)), text)
            })
            .collect();
        added = add(documents, added)?;
    }
    added = add(section_documents(site, urls, sections), added)?;
    // The site's other languages: each page's language is its `<html lang>`, which gives it
    // its own index; the Finnish forms are only added to Finnish pages.
    for (view, sections) in &views[1..] {
        let items: Vec<ItemPage> = item_pages(view, &pages);
        let texts = words::texts(view, &items);
        let documents = items
            .par_iter()
            .zip(&texts)
            .map(|((item, page), text)| {
                item_document(view, theme, urls, (item, words::html(page)), text)
            })
            .collect();
        added = add(documents, added)?;
        added = add(section_documents(view, urls, sections), added)?;
    }
    let _ = added;
    clock.lap("search: read");
    let (read, reused) = indexer.counts();
    let (index, languages, kept) = indexer.finish();
    if let Some(reuse) = reuse {
        *reuse = Reuse {
            finnish,
            words: std::mem::take(&mut reuse.words),
            index: kept,
            read,
            reused,
        };
    }
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

/// The items of `site` with their pages among `pages`.
fn item_pages<'a>(site: &'a Site, pages: &HashMap<&str, &'a Content>) -> Vec<ItemPage<'a>> {
    site.items
        .iter()
        .filter_map(|item| {
            let page = pages.get(format!("{}index.html", item.url).as_str())?;
            Some((item, *page))
        })
        .collect()
}

/// The pages' texts, the lexicon and the earlier index to go on with.
type Words = (Vec<Arc<PageText>>, Option<Arc<Lexicon>>, index::Earlier);

impl Reuse {
    /// The texts of `items`' pages and, with the Finnish forms, the lexicon, both from the
    /// earlier index where the pages are the same; and the earlier index, if the Finnish forms
    /// are as then (off, or on with a lexicon of the same words).
    fn take(&mut self, site: &Site, urls: &Urls, items: &[ItemPage], finnish: bool) -> Words {
        let mut earlier = std::mem::take(&mut self.index);
        let (texts, lexicon, came_or_went) = self.words.update(site, items);
        match (finnish, self.finnish, came_or_went) {
            (false, false, _) => {}
            (true, true, Some(words)) if words.is_empty() => {}
            // A word came or went: only pages with it in their text can have other forms now.
            // (Section pages are read again.)
            (true, true, Some(words)) => {
                let untouched: std::collections::HashSet<String> = items
                    .iter()
                    .filter(|(item, _)| self.words.untouched_by(&item.url, &words))
                    .map(|(item, _)| urls.path(&item.url))
                    .collect();
                earlier.keep_only(|url| untouched.contains(url));
            }
            _ => earlier = index::Earlier::default(),
        }
        (texts, finnish.then_some(lexicon), earlier)
    }
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
