//! The installable site's service worker (`sw.js`, the theme's template with this build's
//! version) and `offline.json`: every file with its hash, the shell the worker precaches, and
//! the files of each section a reader can save on their device.

use std::collections::{BTreeSet, HashMap};

use rayon::prelude::*;
use serde::Serialize;
use serde_json::json;

use super::links::{address, used_files};
use super::{Input, Published};
use crate::hash::hash_of;
use crate::output::{BUNDLE_DIR, Content, OFFLINE_PAGE, OutFile, SEARCH_PAGE};

/// `offline.json`.
#[derive(Serialize)]
struct Lists<'a> {
    version: String,
    root: &'a str,
    offline_page: &'a str,
    /// [address, content hash, bytes]
    files: Vec<(&'a str, String, usize)>,
    shell: Vec<usize>,
    sections: Vec<Section<'a>>,
}

#[derive(Serialize)]
struct Section<'a> {
    url: &'a str,
    title: &'a str,
    lang: &'a str,
    files: Vec<usize>,
    /// What saving it downloads: its files not in the shell.
    bytes: usize,
}

/// `sw.js` and `offline.json` for the published files.
pub fn files(input: &Input, published: &[Published]) -> Result<Vec<OutFile>, String> {
    let root = input.urls.root.as_str();
    let main = input.site.config.site.language.code();
    let files: Vec<(&str, String, usize)> = published
        .par_iter()
        .map(|file| {
            let hash = format!("{:016x}", hash_of(&[&file.bytes.as_ref()]));
            (address(file.path), hash, file.bytes.len())
        })
        .collect();
    // The same files give the same version: a build that changed nothing keeps the caches.
    let version = format!("{:016x}", hash_of(&[&files]));
    let index: HashMap<&str, usize> = published
        .iter()
        .enumerate()
        .map(|(i, file)| (file.path, i))
        .collect();
    let shell: BTreeSet<usize> = published
        .iter()
        .enumerate()
        .filter(|(_, file)| in_shell(file.path, main))
        .map(|(i, _)| i)
        .collect();
    let fragments = fragments_by_page(published)?;
    // What each page uses, read once: a page may be in two sections (a deck and its folder).
    let uses: HashMap<&str, Vec<usize>> = published
        .par_iter()
        .filter(|file| file.path.ends_with(".html"))
        .filter(|file| input.sections.iter().any(|s| file.path.starts_with(&s.url)))
        .map(|file| {
            let html = String::from_utf8_lossy(&file.bytes);
            let mut used: Vec<usize> = used_files(&html, root)
                .iter()
                .filter_map(|f| index.get(f.as_str()).copied())
                .collect();
            let page = input.urls.path(address(file.path));
            used.extend(fragments.get(&page).and_then(|f| index.get(f.as_str())));
            (file.path, used)
        })
        .collect();
    let sections = input
        .sections
        .iter()
        .map(|section| {
            let lang = section.lang.code();
            let mut of: BTreeSet<usize> = BTreeSet::new();
            for (i, file) in published.iter().enumerate() {
                if !file.path.starts_with(&section.url) {
                    continue;
                }
                of.insert(i);
                of.extend(uses.get(file.path).into_iter().flatten());
            }
            let prefix = if lang == main {
                String::new()
            } else {
                format!("{lang}/")
            };
            let search_page = format!("{prefix}{SEARCH_PAGE}index.html");
            of.extend(index.get(search_page.as_str()));
            of.extend(
                published
                    .iter()
                    .enumerate()
                    .filter(|(_, file)| search_file(file.path, lang))
                    .map(|(i, _)| i),
            );
            let bytes = of
                .iter()
                .filter(|i| !shell.contains(i))
                .map(|&i| files[i].2)
                .sum();
            Section {
                url: &section.url,
                title: &section.title,
                lang,
                files: of.into_iter().collect(),
                bytes,
            }
        })
        .collect();
    let lists = Lists {
        version: version.clone(),
        root,
        offline_page: OFFLINE_PAGE,
        files,
        shell: shell.into_iter().collect(),
        sections,
    };
    let tera = input.theme.for_language(input.site.config.site.language);
    let context = tera::Context::from_value(json!({"version": version, "root": root}))
        .map_err(|e| e.to_string())?;
    let worker = tera
        .render("sw.js", &context)
        .map_err(|e| format!("sw.js: {}", crate::theme::error_chain(&e)))?;
    Ok(vec![
        OutFile {
            path: "offline.json".into(),
            content: Content::Bytes(serde_json::to_vec(&lists).map_err(|e| e.to_string())?),
        },
        OutFile {
            path: "sw.js".into(),
            content: Content::Bytes(worker.into_bytes()),
        },
    ])
}

/// What every page needs offline, and the main language's search: precached at install.
fn in_shell(path: &str, main: &str) -> bool {
    let (dir, name) = path.rsplit_once('/').unwrap_or(("", path));
    match dir {
        "css" | "js" | "icons" => true,
        "" => matches!(name, "favicon.svg" | "manifest.webmanifest"),
        BUNDLE_DIR => search_runtime(name, main),
        _ => {
            path == format!("{SEARCH_PAGE}index.html")
                || path == format!("{OFFLINE_PAGE}index.html")
        }
    }
}

/// The search files of one language, besides the page fragments: its search runtime,
/// metadata, word chunks and filters.
fn search_file(path: &str, lang: &str) -> bool {
    let Some(name) = path
        .strip_prefix(BUNDLE_DIR)
        .and_then(|p| p.strip_prefix('/'))
    else {
        return false;
    };
    let own = |dir: &str| {
        name.strip_prefix(dir)
            .is_some_and(|n| n.starts_with(&format!("{lang}_")))
    };
    search_runtime(name, lang) || own("index/") || own("filter/")
}

/// Pagefind's runtime and one language's WebAssembly and metadata (`name` below the bundle).
fn search_runtime(name: &str, lang: &str) -> bool {
    name == "pagefind.js"
        || name == "pagefind-entry.json"
        || name == format!("wasm.{lang}.pagefind")
        || name.starts_with(&format!("pagefind.{lang}_"))
}

/// Each indexed page's fragment file, by the page's address (`/oppitunnit/kipu/`).
fn fragments_by_page(published: &[Published]) -> Result<HashMap<String, String>, String> {
    let fragments = format!("{BUNDLE_DIR}/fragment/");
    published
        .par_iter()
        .filter(|f| f.path.starts_with(&fragments))
        .map(|file| {
            let payload = crate::search::index::unframe(&file.bytes)
                .map_err(|e| format!("{}: {e}", file.path))?;
            let fragment: crate::search::index::Fragment =
                serde_json::from_slice(&payload).map_err(|e| format!("{}: {e}", file.path))?;
            Ok((fragment.url, file.path.to_string()))
        })
        .collect()
}
