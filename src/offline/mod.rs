//! Offline use, made from the finished site's files (pages, pictures, PDFs and the search
//! bundle) once they are all known:
//! - for the installable site (`offline.app`), the service worker and `offline.json`, the list
//!   of every file with its hash, of the shell it precaches and of the sections a reader can save
//!   on their device (`app`); the web app manifest and its icons are made with the pages
//!   (`manifest`), so that `polku check` sees them too;
//! - the ZIP that opens from a folder (`offline.zip`, `polku build --offline`): every page's
//!   links made relative (`links`), and the search bundle as scripts a `file://` page may load
//!   (`scripts`), written by `zip`.

mod app;
mod links;
mod manifest;
mod scripts;
mod zip;

pub use manifest::files as manifest;

use std::borrow::Cow;

use crate::config::Lang;
use crate::model::Site;
use crate::output::{Content, OutFile, Urls};
use crate::theme::Theme;

/// One file of the finished site, with its bytes.
pub struct Published<'a> {
    pub path: &'a str,
    pub bytes: Cow<'a, [u8]>,
}

/// Every file of the site with its bytes: a copied file (a picture) is read from its place.
pub fn read<'a>(files: impl Iterator<Item = &'a OutFile>) -> Result<Vec<Published<'a>>, String> {
    files
        .map(|file| {
            let bytes = match &file.content {
                Content::Copy(from) => {
                    Cow::Owned(std::fs::read(from).map_err(|e| format!("{}: {e}", from.display()))?)
                }
                made => Cow::Borrowed(made.bytes().unwrap_or_default()),
            };
            Ok(Published {
                path: &file.path,
                bytes,
            })
        })
        .collect()
}

/// A section a reader can save on their device: a top-level section or a deck, in any language.
pub struct Saveable {
    /// Below the site root, `oppitunnit/`, `sv/kortit/starttipakka/`.
    pub url: String,
    pub title: String,
    pub lang: Lang,
}

/// The sections of the site and of its other languages that get "Tallenna laitteelle".
pub fn saveable(sites: &[&Site]) -> Vec<Saveable> {
    let mut sections = Vec::new();
    for site in sites {
        for section in site.sections.values() {
            if section.is_deck || (!section.dir.is_empty() && !section.dir.contains('/')) {
                sections.push(Saveable {
                    url: section.url.clone(),
                    title: section.title.clone(),
                    lang: section.common.lang.unwrap_or(site.config.site.language),
                });
            }
        }
    }
    sections
}

/// What offline use adds to the site.
#[derive(Default)]
pub struct Made {
    /// `sw.js` and `offline.json`, the ZIP, and the pages that offer the ZIP with its size.
    pub files: Vec<OutFile>,
    /// The ZIP's path below the output and its size.
    pub zip: Option<(String, u64)>,
}

/// The parts of the site that offline use is made from.
pub struct Input<'a> {
    pub site: &'a Site,
    pub theme: &'a Theme,
    pub urls: &'a Urls,
    pub sections: &'a [Saveable],
}

/// The ZIP, then the service worker and its lists, as the site's `offline` settings ask.
pub fn make(input: &Input, mut published: Vec<Published>) -> Result<Made, String> {
    let offline = &input.site.config.site.offline;
    let mut made = Made {
        files: Vec::new(),
        zip: None,
    };
    if offline.zip {
        let name = crate::output::offline_zip(&input.site.config.site.title);
        let bytes = zip::write(input.urls, &published)?;
        let size = bytes.len() as u64;
        for changed in zip::list(&mut published, size) {
            let file = &published[changed];
            made.files.push(OutFile {
                path: file.path.to_string(),
                content: Content::Bytes(file.bytes.to_vec()),
            });
        }
        made.files.push(OutFile {
            path: name.clone(),
            content: Content::Bytes(bytes),
        });
        made.zip = Some((name, size));
    }
    if offline.app {
        made.files.extend(app::files(input, &published)?);
    }
    Ok(made)
}
