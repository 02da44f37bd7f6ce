//! The fit check: every card laid out in every enabled format, an error when a text runs past
//! the bottom of the card and a warning when the card is nearly full.

use std::collections::HashMap;

use super::face::{self, CardText, MM};
use crate::diagnostics::{Diagnostic, text};
use crate::model::Item;
use crate::model::types::{Deck, PrintFormat, value_id};

/// Every card in every enabled format: an error when a text does not fit, a warning when the
/// card is over 90 % full.
pub fn check_fit(
    deck: &Deck,
    items: &[&Item],
    cards: &[CardText],
    layouts: &HashMap<PrintFormat, Vec<face::Layout>>,
) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    // `cards[0]` is the info card: the cards of `items` follow it.
    for (i, item) in items.iter().enumerate() {
        let card = &cards[i + 1];
        let mut fullest: Option<(f32, String)> = None;
        for format in &deck.print.formats {
            let laid = &layouts[format][i + 1];
            let format_id = value_id(format);
            if let Some((slot, over)) = laid.overflow() {
                let chars_per_mm = card
                    .slots
                    .iter()
                    .map(|s| s.2.chars().count())
                    .sum::<usize>() as f32
                    / (laid.used / MM).max(1.0);
                let cut = ((over / MM) * chars_per_mm * 1.1).ceil().max(5.0);
                let mm = format!("{:.1}", over / MM);
                problems.push(
                    Diagnostic::error(
                        "CARD-OVERFLOW",
                        &item.source.file,
                        item.value_pos(slot),
                        text!(
                            "deck-overflow",
                            card = card.title,
                            format = format_id,
                            slot = slot,
                            mm_comma = mm.replace('.', ","),
                            mm = mm
                        ),
                    )
                    .hint(text!(
                        "deck-overflow.hint",
                        cut = format!("{cut:.0}"),
                        format = format_id
                    )),
                );
                fullest = None;
                break;
            }
            if fullest.as_ref().is_none_or(|(f, _)| laid.fill() > *f) {
                fullest = Some((laid.fill(), format_id));
            }
        }
        if let Some((fill, format)) = fullest.filter(|(f, _)| *f > 0.9) {
            problems.push(
                Diagnostic::warning(
                    "CARD-FULL",
                    &item.source.file,
                    item.value_pos("title"),
                    text!(
                        "deck-full",
                        card = card.title,
                        percent = format!("{:.0}", fill * 100.0),
                        format = format
                    ),
                )
                .hint(text!("deck-full.hint")),
            );
        }
    }
    problems
}
