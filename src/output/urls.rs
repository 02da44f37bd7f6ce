//! Addresses: one place that turns paths below the output folder into links, honouring the
//! sub-path of `base_url`, and the fixed places of the output that several steps link to.

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

/// The file below the output that a link of the site's own names, without its `?query` and
/// `#anchor`: below the root path `/polku/`, `/polku/x/?q=1#a` is `x/index.html`. `None` for a
/// link that does not start with the root path.
pub fn linked_file(link: &str, root: &str) -> Option<String> {
    let rest = link.strip_prefix(root)?;
    Some(folder_file(
        &rest[..rest.find(['?', '#']).unwrap_or(rest.len())],
    ))
}

/// The file that a path below the output names: a folder (`x/`, or `""` at the top) is its
/// `index.html`.
pub fn folder_file(path: &str) -> String {
    if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    }
}

/// Where the search page is published.
pub const SEARCH_PAGE: &str = "haku/";

/// Where a deck's print files and print page go, below the deck's URL.
pub const PRINT_DIR: &str = "tulosta/";

/// The site's link-preview picture (`deck::share` draws it).
pub const SHARE_PICTURE: &str = "share/site.png";

/// The link-preview picture of a deck theme, which the deck's card pages use.
pub fn theme_share_picture(deck_id: &str, theme_id: &str) -> String {
    format!("share/{deck_id}/{theme_id}.png")
}

/// The page a reader gets offline for a page not saved on their device (templates/offline.html).
pub const OFFLINE_PAGE: &str = "ei-yhteytta/";

/// The ZIP of the site that opens from a folder, named after the site's title:
/// `sotestartti-materiaalit-offline.zip`.
pub fn offline_zip(title: &str) -> String {
    let slug = crate::finnish::slug(title);
    let slug = if slug.is_empty() {
        "sivusto".into()
    } else {
        slug
    };
    format!("{slug}-offline.zip")
}

/// Where the search bundle (Pagefind's files) goes in the output.
pub const BUNDLE_DIR: &str = "pagefind";

/// Where a file below content/ is copied in the output: folders slugged like page URLs.
pub fn asset_path(rel: &str) -> String {
    let (dir, name) = rel.rsplit_once('/').unwrap_or(("", rel));
    format!("{}{name}", crate::model::dir_url(dir))
}
