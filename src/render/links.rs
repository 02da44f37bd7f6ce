//! The links editors write in Markdown (`@/path/below/content.md`, `#anchor`, files beside the
//! content) made into page addresses, with an error for each one that leads nowhere or uses a
//! scheme that could run code.

use super::markdown::{AnchorLink, Input, Rendered};
use crate::diagnostics::{Diagnostic, Pos, text};
use crate::model::Site;
use crate::model::links::scheme_error;
use crate::model::queries::resolve_media_path;
use crate::output::Urls;

/// An anchor made from heading text: `Mihin sattuu?` → `mihin-sattuu`.
pub fn anchor(text: &str) -> String {
    let slug = crate::finnish::slug(text);
    if slug.is_empty() {
        "otsikko".to_string()
    } else {
        slug
    }
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
        let Some(url) = crate::model::links::target(site, file) else {
            if site.is_unreadable(file) {
                return dest.to_string();
            }
            problems.push(
                Diagnostic::error(
                    "BROKEN-LINK",
                    input.file,
                    pos,
                    text!("render-link-missing-file", link = dest),
                )
                .hint(text!(
                    "render-link-missing-file.hint",
                    near = near_file(site, file)
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
                text!("render-link-without-at", link = dest),
            )
            .hint(text!(
                "render-link-without-at.hint",
                path = resolve_media_path(input.dir, dest).unwrap_or_default()
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
                text!("render-media-outside", path = dest),
            )
            .hint(text!("render-media-outside.hint")),
        );
        return dest.to_string();
    };
    if let Some((code, message, hint)) = crate::load::file_problem(&site.content_dir, &rel, dest) {
        problems.push(Diagnostic::error(code, input.file, pos, message).hint(hint));
    }
    urls.path(&crate::output::asset_path(&rel))
}

/// A picture written into the text as `data:` (PNG, JPEG, GIF or WebP: formats that run nothing).
pub(super) fn is_inline_picture(dest: &str) -> bool {
    ["png", "jpeg", "gif", "webp"]
        .iter()
        .any(|format| dest.starts_with(&format!("data:image/{format};")))
}

/// The content file nearest to a misspelt `@/` path, or `none` (the hint then gives an example).
fn near_file(site: &Site, file: &str) -> String {
    let files: Vec<&str> = site.items.iter().map(|i| i.source.rel.as_str()).collect();
    crate::diagnostics::did_you_mean(file, files.iter().copied())
        .unwrap_or("none")
        .to_string()
}
