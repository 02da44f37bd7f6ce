//! What the deck step hands to the pages: the PDFs it made for each deck, as plain data.

/// A PDF of a deck, for the deck's print page.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PdfInfo {
    pub format: String,
    pub paper: String,
    pub pages: usize,
    pub bytes: usize,
    pub url: String,
}
