//! Every internal link and `#anchor` in every page
//! (templates' own links included) must lead to a page or file of the site, and every page
//! should be reachable from another one.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, Pos, Text, text};
use crate::output::{BUNDLE_DIR, OutFile, Urls, linked_file};

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

/// The Markdown a built page's text was written in: its file, and its body with the line the
/// body starts at. A broken link written there is reported at its place in it.
pub struct Written<'a> {
    pub file: &'a Path,
    pub body: &'a str,
    pub first_line: usize,
}

impl Written<'_> {
    /// Where the Markdown has `link` as a link's address: `[…](link)`, `<link>`, a reference
    /// definition or raw HTML; written as in the page, or from the site's root path as `/`.
    fn place_of(&self, link: &str, root: &str) -> Option<(PathBuf, Pos)> {
        let from_root = link.strip_prefix(root).map(|rest| format!("/{rest}"));
        let written = std::iter::once(link.to_string()).chain(from_root);
        let found = written.flat_map(|address| {
            ["](", "<", "]: ", "href=\""].map(|before| (format!("{before}{address}"), before.len()))
        });
        found
            .filter_map(|(needle, before)| Some(self.body.find(&needle)? + before))
            .min()
            .map(|at| {
                (
                    self.file.to_path_buf(),
                    Pos::of_offset(self.body, at, self.first_line),
                )
            })
    }
}

/// Problems with the links of the built `files`: broken links and anchors are errors, pages no
/// other page links to are warnings. A broken link that a page's Markdown has (`written`, by
/// page path) is reported at its line there; one from a template at the built page.
pub fn links(
    files: &[OutFile],
    urls: &Urls,
    written: &HashMap<String, Written>,
) -> Vec<Diagnostic> {
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
        // The link's place, and the hint that fits it.
        let place = |link: &str, hint: Text| match written
            .get(*page)
            .and_then(|w| w.place_of(link, &urls.root))
        {
            Some((file, pos)) => (file, pos, text!("check-link-in-text.hint")),
            None => (file.to_path_buf(), Pos::default(), hint),
        };
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
            } else if let Some(file) = linked_file(path, &urls.root) {
                file
            } else {
                let (file, pos, hint) = place(link, text!("check-link-outside-template.hint"));
                problems.push(
                    Diagnostic::error(
                        "BROKEN-LINK",
                        &file,
                        pos,
                        // One message for both kinds of broken link, the link first: the report
                        // lists a page's broken links in the order of their addresses.
                        text!(
                            "check-broken-link",
                            link = link,
                            kind = "outside",
                            root = urls.root
                        ),
                    )
                    .hint(hint),
                );
                continue;
            };
            // The search bundle is only made when the site is written.
            let bundle = target.starts_with(&format!("{}/", BUNDLE_DIR));
            if !all.contains(target.as_str()) && !bundle {
                let (file, pos, hint) = place(link, text!("check-link-template.hint"));
                problems.push(
                    Diagnostic::error(
                        "BROKEN-LINK",
                        &file,
                        pos,
                        text!(
                            "check-broken-link",
                            link = link,
                            kind = "nowhere",
                            root = urls.root
                        ),
                    )
                    .hint(hint),
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
                let (file, pos, _) = place(link, text!("check-link-template.hint"));
                problems.push(
                    Diagnostic::error(
                        "BROKEN-ANCHOR",
                        &file,
                        pos,
                        text!("check-broken-anchor", link = link),
                    )
                    .hint(text!("check-broken-anchor.hint")),
                );
            }
        }
    }
    // Pages nothing links to by design: the home page, and the pages shown in place of another
    // (not found, no network).
    let offline_page = format!("{}index.html", crate::output::OFFLINE_PAGE);
    let stand_ins = ["index.html", "404.html", &offline_page];
    let mut orphans: Vec<&&str> = pages
        .keys()
        .filter(|p| !stand_ins.contains(*p) && !linked.contains(**p))
        .collect();
    orphans.sort();
    for orphan in orphans {
        problems.push(
            Diagnostic::warning(
                "ORPHAN",
                Path::new(orphan),
                Pos::default(),
                text!("check-orphan"),
            )
            .hint(text!("check-orphan.hint")),
        );
    }
    problems
}
