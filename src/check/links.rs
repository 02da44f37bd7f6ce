//! Every internal link and `#anchor` in every page
//! (templates' own links included) must lead to a page or file of the site, and every page
//! should be reachable from another one.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use crate::diagnostics::{Diagnostic, Pos};
use crate::output::{BUNDLE_DIR, OutFile, Urls};

/// Values of `name="…"` attributes in some HTML.
pub(super) fn attributes<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let needle = format!(" {name}=\"");
    html.match_indices(&needle)
        .filter_map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

/// Problems with the links of the built `files`: broken links and anchors are errors, pages no
/// other page links to are warnings.
pub fn links(files: &[OutFile], urls: &Urls) -> Vec<Diagnostic> {
    let all: HashSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let pages: HashMap<&str, &str> = files
        .iter()
        .filter(|f| f.path.ends_with(".html"))
        .filter_map(|f| {
            let html = std::str::from_utf8(f.content.bytes()?).ok()?;
            Some((f.path.as_str(), html))
        })
        .collect();
    let ids: HashMap<&str, HashSet<&str>> = pages
        .iter()
        .map(|(p, html)| (*p, attributes(html, "id").into_iter().collect()))
        .collect();
    let mut problems = Vec::new();
    let mut linked: HashSet<String> = HashSet::new();
    let mut sorted: Vec<(&&str, &&str)> = pages.iter().collect();
    sorted.sort();
    for (page, html) in sorted {
        let file = Path::new(page);
        let forms = attributes(html, "action");
        for link in attributes(html, "href")
            .into_iter()
            .chain(attributes(html, "src"))
            .chain(forms)
        {
            if link.contains("://")
                || link.starts_with("mailto:")
                || link.starts_with("tel:")
                || link.starts_with("data:")
            {
                continue;
            }
            let (path, anchor) = link
                .split_once('#')
                .map_or((link, None), |(p, a)| (p, Some(a)));
            let target = if path.is_empty() {
                page.to_string()
            } else if let Some(rel) = path.strip_prefix(urls.root.as_str()) {
                let rel = rel.split('?').next().unwrap_or(rel);
                if rel.is_empty() || rel.ends_with('/') {
                    format!("{rel}index.html")
                } else {
                    rel.to_string()
                }
            } else {
                problems.push(
                    Diagnostic::error("BROKEN-LINK", file, Pos::default(), format!("the link `{link}` leaves the site's address {}", urls.root))
                        .hint("links inside the site start with the site's root path; check the template that makes this page"),
                );
                continue;
            };
            // The search bundle is only made when the site is written.
            let bundle = target.starts_with(&format!("{}/", BUNDLE_DIR));
            if !all.contains(target.as_str()) && !bundle {
                problems.push(
                    Diagnostic::error(
                        "BROKEN-LINK",
                        file,
                        Pos::default(),
                        format!("the link `{link}` leads to no page or file of the site"),
                    )
                    .hint("check the template or the content that makes this page"),
                );
                continue;
            }
            if target != *page {
                linked.insert(target.clone());
            }
            if let Some(anchor) = anchor.filter(|a| !a.is_empty())
                && ids
                    .get(target.as_str())
                    .is_some_and(|known| !known.contains(anchor))
            {
                problems.push(
                    Diagnostic::error(
                        "BROKEN-ANCHOR",
                        file,
                        Pos::default(),
                        format!("the link `{link}` names an anchor that page does not have"),
                    )
                    .hint("check the heading ids of the page it links to"),
                );
            }
        }
    }
    let mut orphans: Vec<&&str> = pages
        .keys()
        .filter(|p| **p != "index.html" && **p != "404.html" && !linked.contains(**p))
        .collect();
    orphans.sort();
    for orphan in orphans {
        problems.push(
            Diagnostic::warning(
                "ORPHAN",
                Path::new(orphan),
                Pos::default(),
                "no menu, listing or link of the site leads to this page",
            )
            .hint("link to it from a page, a section listing or a menu in site.yaml"),
        );
    }
    problems
}
