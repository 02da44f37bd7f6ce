//! krilla's errors in plain words. The card texts are checked before drawing (`glyphs`), so
//! these are for what that check cannot foresee; they must still read as sentences, never as
//! Rust's debug text.

use krilla::configure::ValidationError;
use krilla::error::KrillaError;

/// One of krilla's validation errors as a phrase.
fn validation(error: &ValidationError) -> String {
    match error {
        ValidationError::ContainsNotDefGlyph(_, _, text) => {
            let chars: Vec<String> = text
                .chars()
                .map(|c| format!("U+{:04X}", c as u32))
                .collect();
            format!(
                "the card font has no glyph for the text {} (remove it, or use a theme whose card font has it)",
                chars.join(" ")
            )
        }
        ValidationError::InvalidCodepointMapping(_, _, c, _)
        | ValidationError::UnicodePrivateArea(_, _, c, _) => format!(
            "the character U+{:04X} cannot be printed in an accessible PDF",
            *c as u32
        ),
        ValidationError::NoCodepointMapping(..) => {
            "a glyph of the card font stands for no character".to_string()
        }
        ValidationError::RestrictedLicense(_) => {
            "the card font's licence does not allow embedding it".to_string()
        }
        ValidationError::TooLongString | ValidationError::TooLongName => {
            "a text is longer than a PDF allows".to_string()
        }
        ValidationError::NoDocumentTitle => "the PDF has no title".to_string(),
        ValidationError::NoDocumentLanguage => "the PDF has no language".to_string(),
        ValidationError::MissingAltText(_) | ValidationError::MissingAnnotationAltText(_) => {
            "a picture has no alternative text".to_string()
        }
        ValidationError::MissingHeadingTitle => "a heading has no title".to_string(),
        _ => "the PDF breaks a rule of accessible PDFs (PDF/UA-1) that krilla checks".to_string(),
    }
}

/// The message of a PDF that krilla could not write.
pub fn written(error: &KrillaError) -> String {
    format!("the PDF could not be written: {}", plain(error))
}

/// krilla's error from writing a PDF, in plain words.
fn plain(error: &KrillaError) -> String {
    match error {
        KrillaError::Validation(errors) => {
            let mut phrases: Vec<String> = errors.iter().map(|(e, _)| validation(e)).collect();
            phrases.dedup();
            phrases.join("; ")
        }
        KrillaError::Font(_, message) => {
            format!("the card font could not be embedded ({message})")
        }
        KrillaError::Limit(limit) => format!("the PDF is too large for its version: {limit}"),
        _ => "krilla could not put the drawing together".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_glyph_is_named_without_debug_text() {
        let fonts = crate::deck::face::test_fonts();
        let error = KrillaError::Validation(vec![(
            ValidationError::ContainsNotDefGlyph(fonts.regular.font.clone(), None, "\t".into()),
            Default::default(),
        )]);
        assert_eq!(
            written(&error),
            "the PDF could not be written: the card font has no glyph for the text U+0009 (remove it, or use a theme whose card font has it)"
        );
    }
}
