//! URLs: one place that turns site paths into links, honouring the sub-path of `base_url`,
//! and resolves `@/path/below/content.md` links written by editors.

use crate::model::Site;

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
