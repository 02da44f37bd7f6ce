//! URLs: one place that turns site paths into links, honouring the sub-path of `base_url`,
//! resolves the links written by editors (`@/path/below/content.md`, files beside the content)
//! and refuses the schemes that could run code.

use std::path::Path;

use super::markdown::{AnchorLink, Input, Rendered};
use crate::diagnostics::{Diagnostic, Pos};
use crate::model::Site;
use crate::validate::resolve_media_path;

/// Builds every URL of the site from the path below the site root.
#[derive(Debug, Clone)]
pub struct Urls {
    /// `/` or `/polku/`
    pub root: String,
    /// `https://example.fi/polku/`
    pub base: String,
}

impl Urls {
    /// Root-relative link: `/polku/sanasto/kipu/`.
    pub fn path(&self, rel: &str) -> String {
        format!("{}{}", self.root, rel.trim_start_matches('/'))
    }

    /// Absolute address: `https://example.fi/polku/sanasto/kipu/`.
    pub fn permalink(&self, rel: &str) -> String {
        format!("{}{}", self.base, rel.trim_start_matches('/'))
    }
}

/// The URL path (below the site root) of a content file named by its path below `content/`.
pub fn target(site: &Site, file: &str) -> Option<String> {
    let file = file.trim_start_matches('/');
    if let Some(item) = site.by_rel(file) {
        return Some(item.url.clone());
    }
    let dir = if file == "_index.md" {
        ""
    } else {
        file.strip_suffix("/_index.md")?
    };
    site.sections.get(dir).map(|s| s.url.clone())
}

pub fn exists(site: &Site, file: &str) -> bool {
    target(site, file).is_some()
}

/// An anchor made from heading text: `Mihin sattuu?` → `mihin-sattuu`.
pub fn anchor(text: &str) -> String {
    let slug = crate::finnish::slug(text);
    if slug.is_empty() {
        "otsikko".to_string()
    } else {
        slug
    }
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
            format!("the link `{}` uses `{scheme}:`, which Polku does not publish", shown(link)),
        )
        .hint("link with http:, https:, mailto: or tel:, a path relative to this file, #anchor or @/path below content/"),
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

/// `@/file.md#anchor`, `#anchor`, relative file links and external links.
pub(super) fn resolve_link(
    input: &Input,
    site: &Site,
    urls: &Urls,
    dest: &str,
    pos: Pos,
    rendered: &mut Rendered,
    problems: &mut Vec<Diagnostic>,
) -> String {
    if let Some(problem) = scheme_error(dest, input.file, pos) {
        problems.push(problem);
        return dest.to_string();
    }
    if let Some(target) = dest.strip_prefix("@/") {
        let (file, anchor) = target
            .split_once('#')
            .map_or((target, None), |(f, a)| (f, Some(a)));
        let Some(url) = self::target(site, file) else {
            if site.is_unreadable(file) {
                return dest.to_string();
            }
            problems.push(
                Diagnostic::error(
                    "BROKEN-LINK",
                    input.file,
                    pos,
                    format!("the link `{dest}` points to a file that does not exist"),
                )
                .hint(format!(
                    "write the path below content/; {}",
                    near_file(site, file)
                )),
            );
            return dest.to_string();
        };
        if let Some(anchor) = anchor {
            rendered.anchor_links.push(AnchorLink {
                page_url: url.clone(),
                anchor: anchor.to_string(),
                file: input.file.to_path_buf(),
                pos,
            });
            return format!("{}#{anchor}", urls.path(&url));
        }
        return urls.path(&url);
    }
    if let Some(anchor) = dest.strip_prefix('#') {
        rendered.anchor_links.push(AnchorLink {
            page_url: input.page_url.to_string(),
            anchor: anchor.to_string(),
            file: input.file.to_path_buf(),
            pos,
        });
        return dest.to_string();
    }
    if dest.contains(':') || dest.starts_with('/') {
        return dest.to_string();
    }
    if dest.ends_with(".md") || dest.contains(".md#") {
        problems.push(
            Diagnostic::error(
                "BROKEN-LINK",
                input.file,
                pos,
                format!("the link `{dest}` points to a content file without `@/`"),
            )
            .hint(format!(
                "write links to content files as `@/` and the path below content/, e.g. @/{}",
                resolve_media_path(input.dir, dest).unwrap_or_default()
            )),
        );
        return dest.to_string();
    }
    resolve_asset(input, site, urls, dest, pos, problems)
}

/// A file beside the content (a picture, a PDF): checked and linked at its copied place.
pub(super) fn resolve_asset(
    input: &Input,
    site: &Site,
    urls: &Urls,
    dest: &str,
    pos: Pos,
    problems: &mut Vec<Diagnostic>,
) -> String {
    if dest.contains("://") || dest.starts_with('/') || dest.starts_with("data:") {
        return dest.to_string();
    }
    let Some(rel) = resolve_media_path(input.dir, dest) else {
        problems.push(
            Diagnostic::error(
                "MEDIA-PATH",
                input.file,
                pos,
                format!("`{dest}` points outside the content folder"),
            )
            .hint("put the file in content/ and link it relative to this file"),
        );
        return dest.to_string();
    };
    if let Some((code, message, hint)) = crate::load::file_problem(&site.content_dir, &rel, dest) {
        problems.push(Diagnostic::error(code, input.file, pos, message).hint(hint));
    }
    urls.path(&super::markdown::asset_path(&rel))
}

/// A picture written into the text as `data:` (PNG, JPEG, GIF or WebP: formats that run nothing).
pub(super) fn is_inline_picture(dest: &str) -> bool {
    ["png", "jpeg", "gif", "webp"]
        .iter()
        .any(|format| dest.starts_with(&format!("data:image/{format};")))
}

fn near_file(site: &Site, file: &str) -> String {
    let files: Vec<&str> = site.items.iter().map(|i| i.source.rel.as_str()).collect();
    match crate::diagnostics::did_you_mean(file, files.iter().copied()) {
        Some(near) => format!("did you mean @/{near}?"),
        None => "e.g. @/sanasto/kipu.yaml".to_string(),
    }
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
