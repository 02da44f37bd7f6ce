//! The site's own links in its pages: the files a page uses (for the sections a reader saves),
//! and the same links made relative for the ZIP, where a page is opened from a folder and a
//! link to a folder must name its `index.html`.

use std::cell::RefCell;
use std::rc::Rc;

use lol_html::html_content::{ContentType, Element};
use lol_html::{RewriteStrSettings, element, rewrite_str};

use crate::output::{folder_file, linked_file};

/// The attributes that hold one address.
const URL_ATTRIBUTES: &[&str] = &["href", "src", "action", "data-bundle"];

/// The address a browser asks for a file below the site root: `x/index.html` is `x/`.
pub fn address(path: &str) -> &str {
    if path == "index.html" {
        ""
    } else {
        path.strip_suffix("/index.html")
            .map_or(path, |dir| &path[..dir.len() + 1])
    }
}

/// The file below the output that a link names, if it is the site's own (`root` is the site's
/// path, `/` or `/polku/`): `/polku/x/?q=1#a` is `x/index.html`. A `//host/` link is not.
fn target(link: &str, root: &str) -> Option<String> {
    if link.starts_with("//") {
        return None;
    }
    linked_file(link, root)
}

/// The site's own files (not pages) that a page uses: pictures, style sheets, scripts, PDFs.
pub fn used_files(html: &str, root: &str) -> Vec<String> {
    let found = Rc::new(RefCell::new(Vec::new()));
    let seen = found.clone();
    let settings = RewriteStrSettings::new().append_element_content_handler(element!(
        "[href], [src], [srcset]",
        move |el| {
            let mut seen = seen.borrow_mut();
            for link in links_of(el) {
                if let Some(file) = target(&link, root).filter(|f| !f.ends_with(".html")) {
                    seen.push(file);
                }
            }
            Ok(())
        }
    ));
    // A page Polku wrote is always readable HTML; a failure only loses what it uses.
    let _ = rewrite_str(html, settings);
    let mut found = found.take();
    found.sort();
    found.dedup();
    found
}

fn links_of(el: &Element) -> Vec<String> {
    let mut links: Vec<String> = ["href", "src"]
        .iter()
        .filter_map(|name| el.get_attribute(name))
        .collect();
    if let Some(set) = el.get_attribute("srcset") {
        links.extend(candidates(&set).map(|(url, _)| url.to_string()));
    }
    links
}

/// The candidates of a `srcset`: (address, width or density).
fn candidates(set: &str) -> impl Iterator<Item = (&str, &str)> {
    set.split(',').filter_map(|candidate| {
        let candidate = candidate.trim();
        let (url, size) = candidate.split_once(' ').unwrap_or((candidate, ""));
        (!url.is_empty()).then_some((url, size.trim()))
    })
}

/// A link from the page at `page` (below the output) made relative: `/oppitunnit/#a` from
/// `sanasto/kipu/index.html` is `../../oppitunnit/index.html#a`. Other links stay.
pub fn relative(link: &str, page: &str, root: &str) -> String {
    if link.starts_with("//") {
        return link.to_string();
    }
    let Some(rest) = link.strip_prefix(root) else {
        return link.to_string();
    };
    let split = rest.find(['?', '#']).unwrap_or(rest.len());
    let (path, tail) = rest.split_at(split);
    format!("{}{}{tail}", up(page), folder_file(path))
}

/// From a page below the output up to the output's top: `""`, `"../"`, `"../../"`.
pub fn up(page: &str) -> String {
    "../".repeat(page.matches('/').count())
}

/// What the ZIP changes in one page at `page`: relative links, no service worker or saving,
/// the search page's scripts for `file://`.
pub fn for_folder(html: &str, page: &str, root: &str) -> Result<String, String> {
    let top = up(page);
    let top = top.as_str();
    let settings = RewriteStrSettings::new()
        .append_element_content_handler(element!("html", move |el| {
                el.remove_attribute("data-sw");
                el.set_attribute("data-offline-root", top)?;
                Ok(())
            }))
        // The installable site's parts; a page opened from a folder has no service worker.
        .append_element_content_handler(element!(
                r#"link[rel="manifest"], link[rel="apple-touch-icon"], script[src$="js/offline.js"], [data-save], [data-offline-zip]"#,
                |el| {
                    el.remove();
                    Ok(())
                }
            ))
        .append_element_content_handler(element!(r#"script[src$="js/query.js"]"#, move |el| {
                let scripts = ["js/offline-search.js", "pagefind/pagefind.js"]
                    .map(|src| format!(r#"<script src="{top}{src}" defer></script>"#));
                el.before(&scripts.concat(), ContentType::Html);
                Ok(())
            }))
        .append_element_content_handler(element!("[href], [src], [action], [data-bundle], [srcset]", move |el| {
                for name in URL_ATTRIBUTES {
                    if let Some(link) = el.get_attribute(name) {
                        el.set_attribute(name, &relative(&link, page, root))?;
                    }
                }
                if let Some(set) = el.get_attribute("srcset") {
                    let set: Vec<String> = candidates(&set)
                        .map(|(url, size)| format!("{} {size}", relative(url, page, root)))
                        .collect();
                    el.set_attribute("srcset", set.join(", ").trim_end())?;
                }
                Ok(())
            }));
    rewrite_str(html, settings).map_err(|e| format!("{page}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_become_relative_to_the_page_and_name_the_index_file() {
        let page = "sanasto/kipu/index.html";
        assert_eq!(
            relative("/oppitunnit/#a", page, "/"),
            "../../oppitunnit/index.html#a"
        );
        assert_eq!(relative("/", page, "/"), "../../index.html");
        assert_eq!(
            relative("/css/polku.css", "index.html", "/"),
            "css/polku.css"
        );
        assert_eq!(
            relative("/polku/haku/?q=kipu", "x/index.html", "/polku/"),
            "../haku/index.html?q=kipu"
        );
        for kept in [
            "#a",
            "https://example.fi/",
            "//cdn.example/x.js",
            "mailto:a@b.fi",
        ] {
            assert_eq!(relative(kept, page, "/"), kept);
        }
    }

    #[test]
    fn a_page_uses_its_pictures_and_files_not_other_pages() {
        let html = r#"<link rel="stylesheet" href="/p/css/a.css"><a href="/p/sanasto/">x</a>
            <img src="/p/kuvat/a.webp" srcset="/p/kuvat/a-320.webp 320w, /p/kuvat/a-640.webp 640w">
            <a href="/p/kortit/tulosta/a.pdf">pdf</a><a href="https://example.fi/x.pdf">y</a>"#;
        assert_eq!(
            used_files(html, "/p/"),
            [
                "css/a.css",
                "kortit/tulosta/a.pdf",
                "kuvat/a-320.webp",
                "kuvat/a-640.webp",
                "kuvat/a.webp"
            ]
        );
        assert_eq!(address("x/y/index.html"), "x/y/");
        assert_eq!(address("index.html"), "");
        assert_eq!(address("css/a.css"), "css/a.css");
    }

    #[test]
    fn the_folder_copy_of_a_search_page_loads_the_file_scripts_first() {
        let html = r#"<html lang="fi" data-sw="/sw.js" data-root="/"><head><link rel="manifest" href="/manifest.webmanifest"><script src="/js/offline.js" defer></script><script src="/js/query.js" defer></script></head><body><div data-save="/haku/" hidden>x</div><img srcset="/a.webp 1x, /b.webp 2x"></body></html>"#;
        let out = for_folder(html, "haku/index.html", "/").unwrap();
        assert_eq!(
            out,
            r#"<html lang="fi" data-root="/" data-offline-root="../"><head><script src="../js/offline-search.js" defer></script><script src="../pagefind/pagefind.js" defer></script><script src="../js/query.js" defer></script></head><body><img srcset="../a.webp 1x, ../b.webp 2x"></body></html>"#
        );
    }
}
