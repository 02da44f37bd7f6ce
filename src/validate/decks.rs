//! Rules for card decks and cards: themes and their colours (with WCAG contrast), card kinds and
//! the texts each kind needs.

use std::collections::HashMap;

use super::{MediaCheck, count, range};
use crate::diagnostics::{Diagnostic, Diagnostics, suggest, text};
use crate::model::queries::deck_of;
use crate::model::types::{Card, CardKind, Deck};
use crate::model::{Item, Site};

/// The largest card number: far more than a deck has, small enough for any sum.
const MAX_CARDS: u64 = 10_000;

pub fn deck(site: &Site, item: &Item, deck: &Deck, problems: &mut Diagnostics) {
    count(item, "themes", deck.themes.len(), 1, 8, problems);
    let media = MediaCheck {
        item,
        content_dir: &site.content_dir,
    };
    let mut seen = HashMap::new();
    for (i, theme) in deck.themes.iter().enumerate() {
        let path = format!("themes[{i}]");
        if seen.insert(theme.id.as_str(), i).is_some() {
            problems.push(
                item.error(
                    "DUPLICATE-ID",
                    &format!("{path}.id"),
                    text!("validate-duplicate-theme", theme = theme.id),
                )
                .hint(text!("validate-duplicate-theme.hint")),
            );
        }
        let background = color(item, &format!("{path}.color"), &theme.color, problems);
        let text = match &theme.text_color {
            Some(text) => color(item, &format!("{path}.text_color"), text, problems),
            None => Some([255, 255, 255]),
        };
        if let (Some(background), Some(text)) = (background, text) {
            let ratio = contrast(background, text);
            if ratio < 4.5 {
                problems.push(
                    item.error(
                        "CONTRAST",
                        &format!("{path}.color"),
                        text!(
                            "validate-contrast",
                            theme = theme.id,
                            ratio = format!("{ratio:.1}:1").replace('.', ","),
                            color = theme.color
                        ),
                    )
                    .hint(text!("validate-contrast.hint")),
                );
            }
        }
        match &theme.icon {
            Some(icon) => {
                media.file(&format!("{path}.icon"), icon, problems);
            }
            None => problems.push(
                item.warning(
                    "THEME-ICON",
                    &path,
                    text!("validate-theme-icon", theme = theme.id),
                )
                .hint(text!("validate-theme-icon.hint")),
            ),
        }
    }
    match (&deck.instructions, &item.attachment) {
        (None, _) => problems.push(
            item.error(
                "MISSING-KEY",
                "",
                text!("missing-key", key = "instructions"),
            )
            .hint(text!("validate-deck-instructions.hint")),
        ),
        (Some(file), None) => problems.push(
            item.error(
                "MEDIA-MISSING",
                "instructions",
                text!("validate-instructions-file", file = file),
            )
            .hint(text!("validate-instructions-file.hint")),
        ),
        _ => {}
    }
}

/// Parses `#rrggbb` (or `#rgb`).
fn color(item: &Item, path: &str, text: &str, problems: &mut Diagnostics) -> Option<[u8; 3]> {
    let hex = text.strip_prefix('#').unwrap_or("");
    let hex: String = if hex.len() == 3 {
        hex.chars().flat_map(|c| [c, c]).collect()
    } else {
        hex.to_string()
    };
    let parsed = (hex.len() == 6)
        .then(|| u32::from_str_radix(&hex, 16).ok())
        .flatten()
        .map(|v| [(v >> 16) as u8, (v >> 8) as u8, v as u8]);
    if parsed.is_none() {
        problems.push(
            item.error("INVALID-COLOR", path, text!("validate-color", color = text))
                .hint(text!("validate-color.hint")),
        );
    }
    parsed
}

/// WCAG 2.1 contrast ratio of two sRGB colours.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let luminance = |c: [u8; 3]| {
        let channel = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2])
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

pub fn card(site: &Site, item: &Item, card: &Card, problems: &mut Diagnostics) {
    let Some((deck_item, deck)) = deck_of(site, item) else {
        let deck_file = format!("{}/deck.yaml", item.source.dir);
        if site.is_unreadable(&deck_file) {
            return; // the deck's own error is reported; its cards are checked once it is fixed
        }
        problems.push(
            item.error("CARD-DECK", "type", text!("validate-card-deck"))
                .hint(text!("validate-card-deck.hint")),
        );
        return;
    };
    range(item, "number", card.number, 1, MAX_CARDS, problems);
    if deck.themes.iter().all(|t| t.id != card.theme) {
        let ids: Vec<&str> = deck.themes.iter().map(|t| t.id.as_str()).collect();
        problems.push(
            item.error(
                "CARD-THEME",
                "theme",
                text!(
                    "validate-card-theme",
                    theme = card.theme,
                    deck = deck_item.id
                ),
            )
            .hint(suggest(card.theme.trim(), &ids)),
        );
    }
    let (required, optional): (&[&str], &[&str]) = match deck.card_kind {
        CardKind::Insight => (&["insight", "question"], &["try"]),
        CardKind::Question => (&["question"], &[]),
        CardKind::Method => (&["what", "why", "how"], &["when", "tip"]),
        CardKind::Free => (&[], &[]),
    };
    let kind = crate::model::types::value_id(&deck.card_kind);
    let slots = card.slots();
    for key in required
        .iter()
        .filter(|k| !slots.iter().any(|(s, _)| s == *k))
    {
        problems.push(
            item.error(
                "CARD-SLOT",
                "",
                text!("validate-card-slot-missing", kind = kind, key = key),
            )
            .hint(text!("validate-card-slot-missing.hint", key = key)),
        );
    }
    if deck.card_kind != CardKind::Free {
        for (key, _) in slots
            .iter()
            .filter(|(k, _)| !required.contains(k) && !optional.contains(k))
        {
            problems.push(
                Diagnostic::error(
                    "CARD-SLOT",
                    &item.source.file,
                    item.pos(key),
                    text!("validate-card-slot-foreign", key = key, kind = kind),
                )
                .hint(text!(
                    "validate-card-slot-foreign.hint",
                    kind = kind,
                    slots = [required, optional].concat().join(", ")
                )),
            );
        }
    }
    if let Some(question) = &card.question
        && !question.trim_end().ends_with('?')
    {
        problems.push(
            item.error("CARD-QUESTION", "question", text!("validate-card-question"))
                .hint(text!("validate-card-question.hint")),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::contrast;

    #[test]
    fn contrast_matches_wcag() {
        assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 0.01);
        assert!((contrast([0x77, 0x77, 0x77], [255, 255, 255]) - 4.48).abs() < 0.01);
    }
}
