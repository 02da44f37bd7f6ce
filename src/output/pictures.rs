//! What the images step hands to the pages and decks: each picture the content shows, with the
//! smaller copies made of it and where they go in the output.

use std::collections::HashMap;
use std::sync::Arc;

use super::{Content, OutFile};
use crate::diagnostics::Diagnostic;

/// A picture as published.
#[derive(Debug, Clone)]
pub struct Picture {
    /// Size of the original (0 × 0 for an SVG that does not state it).
    pub width: u32,
    pub height: u32,
    /// Smaller copies, narrowest first; none for SVG and GIF, which are published as they are.
    pub variants: Vec<Variant>,
}

#[derive(Debug, Clone)]
pub struct Variant {
    pub width: u32,
    pub height: u32,
    /// Output path and bytes of the WebP copy.
    pub webp: (String, Arc<[u8]>),
    /// The same in the picture's own format (none when that is WebP).
    pub fallback: Option<(String, Arc<[u8]>)>,
}

/// The pictures of a build, by path below content/.
#[derive(Debug, Default)]
pub struct Images {
    pub pictures: HashMap<String, Arc<Picture>>,
    pub problems: Vec<Diagnostic>,
}

impl Images {
    pub fn get(&self, rel: &str) -> Option<&Picture> {
        self.pictures.get(rel).map(|p| &**p)
    }

    /// The smaller copies to write beside the originals.
    pub fn files(&self) -> Vec<OutFile> {
        let mut files: Vec<OutFile> = self
            .pictures
            .values()
            .flat_map(|p| &p.variants)
            .flat_map(|v| std::iter::once(&v.webp).chain(&v.fallback))
            .map(|(path, bytes)| OutFile {
                path: path.clone(),
                content: Content::Shared(bytes.clone()),
            })
            .collect();
        files.sort_by(|a, b| a.path.cmp(&b.path));
        files.dedup_by(|a, b| a.path == b.path);
        files
    }
}
