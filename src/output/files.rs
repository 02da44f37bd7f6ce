//! The files of the finished site as the steps hand them to the writer: made in memory, or
//! copied from where they are.

use std::path::PathBuf;
use std::sync::Arc;

/// One file of the finished site.
#[derive(Debug, Clone)]
pub struct OutFile {
    /// Path below the output folder, `/`-separated.
    pub path: String,
    pub content: Content,
}

#[derive(Debug, Clone)]
pub enum Content {
    Bytes(Vec<u8>),
    Shared(Arc<[u8]>),
    /// A file to copy as it is.
    Copy(PathBuf),
}

impl Content {
    /// The bytes of generated content; `None` for a file to copy.
    pub fn bytes(&self) -> Option<&[u8]> {
        match self {
            Content::Bytes(bytes) => Some(bytes),
            Content::Shared(bytes) => Some(bytes),
            Content::Copy(_) => None,
        }
    }

    /// The bytes of generated content (empty for a file to copy).
    pub fn into_shared(self) -> Arc<[u8]> {
        match self {
            Content::Bytes(bytes) => Arc::from(bytes),
            Content::Shared(bytes) => bytes,
            Content::Copy(_) => Arc::from(Vec::new()),
        }
    }
}
