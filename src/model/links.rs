//! Links as content writes them: which page a content file is published as (for `@/path`
//! links and menus), and the link schemes content may use. Validation and rendering both ask.

use std::path::Path;

use super::Site;
use crate::diagnostics::{Diagnostic, Pos, text};

/// The URL path (below the site root) of a content file named by its path below `content/`.
pub fn target(site: &Site, file: &str) -> Option<String> {
    let file = file.trim_start_matches('/');
    if let Some(item) = site.by_rel(file) {
        return Some(item.url.clone());
    }
    site.section(dir_of_index(file)?).map(|s| s.url.clone())
}

/// The language of the page a content file is published as, when it is not `site`'s: a file
/// of the main language that this language has no translation of.
pub fn target_language(site: &Site, file: &str) -> Option<crate::config::Lang> {
    let main = site.fallback.as_ref()?;
    let file = file.trim_start_matches('/');
    let translated = site.index_of(file).is_some()
        || dir_of_index(file).is_some_and(|dir| site.sections.contains_key(dir));
    (!translated && exists(main, file)).then_some(main.config.site.language)
}

fn dir_of_index(file: &str) -> Option<&str> {
    match file {
        "_index.md" => Some(""),
        _ => file.strip_suffix("/_index.md"),
    }
}

pub fn exists(site: &Site, file: &str) -> bool {
    target(site, file).is_some()
}

/// The schemes a link may have; anything else could run code (`javascript:`, `vbscript:`,
/// `data:text/html`) or reach the reader's own files (`file:`).
pub const ALLOWED_SCHEMES: [&str; 4] = ["http", "https", "mailto", "tel"];

/// The scheme of a link, lower-cased, if it has one that is not allowed. The link is read as a
/// browser reads it: tabs and newlines anywhere and spaces and control characters at the ends
/// are dropped, and case does not matter. Relative paths, `#anchor` and `@/` links have none.
pub fn forbidden_scheme(link: &str) -> Option<String> {
    let link: String = link
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let link = link.trim_matches(|c: char| c <= ' ');
    let (scheme, _) = link.split_once(':')?;
    let mut chars = scheme.chars();
    let starts_with_letter = chars.next()?.is_ascii_alphabetic();
    if !starts_with_letter || !chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)) {
        return None;
    }
    let scheme = scheme.to_ascii_lowercase();
    (!ALLOWED_SCHEMES.contains(&scheme.as_str())).then_some(scheme)
}

/// The `LINK-SCHEME` error for `link`, if its scheme is not allowed.
pub fn scheme_error(link: &str, file: &Path, pos: Pos) -> Option<Diagnostic> {
    let scheme = forbidden_scheme(link)?;
    Some(
        Diagnostic::error(
            "LINK-SCHEME",
            file,
            pos,
            text!("model-link-scheme", link = shown(link), scheme = scheme),
        )
        .hint(text!("model-link-scheme.hint")),
    )
}

/// A link as written, with control characters (a tab inside a scheme) made visible.
fn shown(link: &str) -> String {
    link.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::forbidden_scheme;

    #[test]
    fn schemes_are_read_as_browsers_read_them() {
        for bad in [
            "javascript:alert(1)",
            " JaVaScRiPt:alert(1)",
            "java\tscr\nipt:alert(1)",
            "\u{1}vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "file:///etc/passwd",
        ] {
            assert!(forbidden_scheme(bad).is_some(), "{bad:?} passed");
        }
        assert_eq!(
            forbidden_scheme(" JaVa\tScript:x").as_deref(),
            Some("javascript")
        );
        for good in [
            "https://kela.fi/",
            "HTTP://example.fi",
            "mailto:info@example.fi",
            "tel:+358401234567",
            "kuvat/aamu.jpg",
            "../ohje.pdf",
            "#dialogi",
            "@/sanasto/kipu.yaml",
            "/haku/?q=a:b",
            "?sivu=2:3",
            "//example.fi/x",
        ] {
            assert_eq!(forbidden_scheme(good), None, "{good:?} refused");
        }
    }
}
