//! krilla's errors in plain words. The card texts are checked before drawing (`glyphs`), so
//! these are for what that check cannot foresee; they must still read as sentences, never as
//! Rust's debug text.

use krilla::configure::ValidationError;
use krilla::error::KrillaError;

use crate::diagnostics::{Text, text};

/// One of krilla's validation errors as a phrase.
fn validation(error: &ValidationError) -> Text {
    match error {
        ValidationError::ContainsNotDefGlyph(_, _, text) => {
            let chars: Vec<String> = text
                .chars()
                .map(|c| format!("U+{:04X}", c as u32))
                .collect();
            text!("deck-pdf-no-glyph", characters = chars.join(" "))
        }
        ValidationError::InvalidCodepointMapping(_, _, c, _)
        | ValidationError::UnicodePrivateArea(_, _, c, _) => text!(
            "deck-pdf-inaccessible-character",
            character = format!("U+{:04X}", *c as u32)
        ),
        ValidationError::NoCodepointMapping(..) => text!("deck-pdf-no-character"),
        ValidationError::RestrictedLicense(_) => text!("deck-pdf-licence"),
        ValidationError::TooLongString | ValidationError::TooLongName => {
            text!("deck-pdf-text-too-long")
        }
        ValidationError::NoDocumentTitle => text!("deck-pdf-no-title"),
        ValidationError::NoDocumentLanguage => text!("deck-pdf-no-language"),
        ValidationError::MissingAltText(_) | ValidationError::MissingAnnotationAltText(_) => {
            text!("deck-pdf-no-alt-text")
        }
        ValidationError::MissingHeadingTitle => text!("deck-pdf-heading-no-title"),
        _ => text!("deck-pdf-rule"),
    }
}

/// The message of a PDF that krilla could not write.
pub fn written(error: &KrillaError) -> Text {
    text!("deck-pdf-not-written", detail = plain(error))
}

/// krilla's error from writing a PDF, in plain words.
fn plain(error: &KrillaError) -> String {
    match error {
        KrillaError::Validation(errors) => {
            let mut phrases: Vec<String> = errors
                .iter()
                .map(|(e, _)| validation(e).to_string())
                .collect();
            phrases.dedup();
            phrases.join("; ")
        }
        KrillaError::Font(_, message) => {
            text!("deck-pdf-font-embedding", detail = message).to_string()
        }
        KrillaError::Limit(limit) => text!("deck-pdf-too-large", detail = limit).to_string(),
        _ => text!("deck-pdf-other").to_string(),
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
            written(&error).to_string(),
            "the PDF could not be written: the card font has no glyph for the text U+0009 (remove it, or use a theme whose card font has it)"
        );
    }
}
