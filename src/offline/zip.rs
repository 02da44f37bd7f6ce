//! The ZIP of the whole site that opens from a folder: unzipped anywhere, `index.html` opens by
//! a double click and every page, exercise, PDF and the search work from `file://`.

use std::borrow::Cow;
use std::io::{Cursor, Write};

use lol_html::html_content::ContentType;
use lol_html::{RewriteStrSettings, element, rewrite_str};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::{Published, links, scripts};
use crate::output::{OFFLINE_PAGE, Urls};

/// The installable site's files, which a folder cannot use.
const LEFT_OUT: &[&str] = &[
    "manifest.webmanifest",
    "sw.js",
    "offline.json",
    "icons/polku-192.png",
    "icons/polku-512.png",
    "js/offline.js",
];

/// The ZIP's bytes: every page with relative links, the search bundle as scripts.
pub fn write(urls: &Urls, published: &[Published]) -> Result<Vec<u8>, String> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    // A fixed time: the same site gives the same ZIP.
    let stamp = DateTime::default();
    let fail = |e: &dyn std::fmt::Display| format!("ZIP: {e}");
    let offline_page = format!("{OFFLINE_PAGE}index.html");
    let left_out = |path: &str| LEFT_OUT.contains(&path) || path == offline_page;
    for file in published.iter().filter(|f| !left_out(f.path)) {
        let (name, bytes): (Cow<str>, Cow<[u8]>) = match scripts::for_folder(file.path, &file.bytes)
        {
            Some(made) => {
                let (name, bytes) = made?;
                (name.into(), bytes.into())
            }
            None if file.path.ends_with(".html") => {
                let html = String::from_utf8_lossy(&file.bytes);
                let page = links::for_folder(&html, file.path, &urls.root)?;
                (file.path.into(), page.into_bytes().into())
            }
            None => (file.path.into(), Cow::Borrowed(&*file.bytes)),
        };
        // Pictures and PDFs are compressed already.
        let method = match name.rsplit_once('.').map(|(_, ext)| ext) {
            Some("pdf" | "png" | "jpg" | "jpeg" | "webp" | "gif") => CompressionMethod::Stored,
            _ => CompressionMethod::Deflated,
        };
        let options = SimpleFileOptions::default()
            .compression_method(method)
            .last_modified_time(stamp);
        zip.start_file(name, options).map_err(|e| fail(&e))?;
        zip.write_all(&bytes).map_err(|e| fail(&e))?;
    }
    Ok(zip.finish().map_err(|e| fail(&e))?.into_inner())
}

/// Fills the ZIP's size into the pages that offer it (a deck's print page): the size is known
/// only once the ZIP of the pages is made. Returns the pages changed.
pub fn list(published: &mut [Published], bytes: u64) -> Vec<usize> {
    let size = crate::finnish::size_text(bytes as usize);
    let mut changed = Vec::new();
    for (i, file) in published.iter_mut().enumerate() {
        if let Some(page) = with_size(&file.bytes, &size) {
            file.bytes = Cow::Owned(page.into_bytes());
            changed.push(i);
        }
    }
    changed
}

fn with_size(bytes: &[u8], size: &str) -> Option<String> {
    let html = std::str::from_utf8(bytes).ok()?;
    if !html.contains("data-zip-size") {
        return None;
    }
    let settings = RewriteStrSettings::new().append_element_content_handler(element!(
        "[data-zip-size]",
        |el| {
            el.set_inner_content(size, ContentType::Text);
            el.remove_attribute("data-zip-size");
            Ok(())
        }
    ));
    rewrite_str(html, settings).ok()
}
