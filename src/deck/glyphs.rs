//! Characters on cards: white space made printable before layout, and every character that is
//! drawn checked against the card font before anything is drawn, so that a character the font
//! lacks is an error at the text its author wrote instead of a failed PDF.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::face::{CardText, Fonts};
use super::layout::Face;
use crate::diagnostics::{Diagnostic, Pos, Text, text};
use crate::load::Source;
use crate::model::types::{Deck, Kind};
use crate::model::{Item, Site};

/// Characters that take no room and show nothing: left out of printed text.
fn zero_width(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{180e}' | '\u{fe00}'..='\u{fe0f}')
}

/// `text` as it is printed: tabs and other white space as spaces (a no-break or other special
/// space stays if both card fonts have it), line and paragraph separators as line breaks, and
/// zero-width characters left out. With `one_line`, line breaks are spaces too.
pub fn normalise(fonts: &Fonts, text: &str, one_line: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\r' => {}
            '\n' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                out.push(if one_line { ' ' } else { '\n' })
            }
            ' ' => out.push(' '),
            c if zero_width(c) => {}
            c if c.is_whitespace() => out.push(if fonts.regular.has(c) && fonts.bold.has(c) {
                c
            } else {
                ' '
            }),
            c => out.push(c),
        }
    }
    out
}

/// The texts of a card side, normalised for print.
pub fn normalise_card(fonts: &Fonts, mut card: CardText) -> CardText {
    card.title = normalise(fonts, &card.title, false);
    card.theme = normalise(fonts, &card.theme, true);
    for (_, label, text) in &mut card.slots {
        *label = normalise(fonts, label, false);
        *text = normalise(fonts, text, false);
    }
    card.footer = normalise(fonts, &card.footer, true);
    for line in card.emblem.iter_mut().flatten() {
        *line = normalise(fonts, line, true);
    }
    card
}

/// The character as an editor can look it up: `U+1F600 GRINNING FACE`.
fn describe(c: char) -> String {
    let code = format!("U+{:04X}", c as u32);
    match unicode_names2::name(c) {
        Some(name) => format!("{code} {name}"),
        None if matches!(c, '\u{e000}'..='\u{f8ff}' | '\u{f0000}'..='\u{10ffff}') => {
            text!("deck-private-use", code = code).to_string()
        }
        None => text!("deck-unnamed", code = code).to_string(),
    }
}

/// Where a drawn text was written, and what to call it.
struct Origin<'a> {
    file: &'a Path,
    /// The position of the text (a front matter value), or of each character in a body.
    at: At<'a>,
    what: Text,
}

enum At<'a> {
    Value(Pos),
    Body(&'a Source),
}

/// Collects one error per text and character that a card font lacks.
struct Checker<'a> {
    fonts: &'a Fonts,
    seen: BTreeSet<(PathBuf, Pos, Text, char)>,
    problems: Vec<Diagnostic>,
}

impl Checker<'_> {
    /// Checks `text`, drawn in bold, regular or (`None`) both.
    fn text(&mut self, text: &str, bold: Option<bool>, origin: Origin) {
        let faces: Vec<&Face> = match bold {
            Some(true) => vec![&self.fonts.bold],
            Some(false) => vec![&self.fonts.regular],
            None => vec![&self.fonts.regular, &self.fonts.bold],
        };
        for c in text.chars() {
            if c == '\n' || c == super::hyphen::SOFT_HYPHEN || faces.iter().all(|f| f.has(c)) {
                continue;
            }
            let pos = match origin.at {
                At::Value(pos) => pos,
                At::Body(source) => source.body.find(c).map_or(Pos::default(), |at| {
                    Pos::of_offset(&source.body, at, source.body_line)
                }),
            };
            let key = (origin.file.to_path_buf(), pos, origin.what.clone(), c);
            if !self.seen.insert(key) {
                continue;
            }
            self.problems.push(
                Diagnostic::error(
                    "CARD-GLYPH",
                    origin.file,
                    pos,
                    text!("deck-glyph", place = origin.what, character = describe(c)),
                )
                .hint(text!("deck-glyph.hint")),
            );
        }
    }
}

/// What a deck prints: its cards (the info card first, then `items`' cards), the text of the
/// backs and the instruction paragraphs (is heading, text).
pub struct Printed<'a> {
    pub cards: &'a [CardText],
    pub back: &'a str,
    pub instructions: &'a [(bool, String)],
}

/// Every character drawn in a deck's PDFs that a card font lacks, as a `CARD-GLYPH` error at
/// the text where it was written: the card's front matter, the deck file, the instructions
/// file, the project, site.yaml or (for the theme's own words) the theme.
pub fn check(
    fonts: &Fonts,
    site: &Site,
    deck_item: &Item,
    items: &[&Item],
    printed: &Printed,
) -> Vec<Diagnostic> {
    let Kind::Deck(deck) = &deck_item.kind else {
        return Vec::new();
    };
    let mut checker = Checker {
        fonts,
        seen: BTreeSet::new(),
        problems: Vec::new(),
    };
    let deck_file = deck_item.source.file.as_path();
    let in_deck = |path: &str, what: Text| Origin {
        file: deck_file,
        at: At::Value(deck_item.value_pos(path)),
        what,
    };
    let theme_words = |what: Text| Origin {
        file: Path::new("themes"),
        at: At::Value(Pos::default()),
        what: text!("deck-in-theme-words", what = what),
    };
    for (item, card) in items.iter().zip(printed.cards.iter().skip(1)) {
        let Kind::Card(kind) = &item.kind else {
            continue;
        };
        let in_card = |key: &str| Origin {
            file: item.source.file.as_path(),
            at: At::Value(item.value_pos(key)),
            what: text!("deck-in-card", key = key, card = card.title),
        };
        checker.text(&card.title, Some(true), in_card("title"));
        if let Some(i) = deck.themes.iter().position(|t| t.id == kind.theme) {
            let what = text!("deck-in-deck-theme", theme = kind.theme);
            checker.text(
                &card.theme,
                Some(true),
                in_deck(&format!("themes[{i}].name"), what),
            );
        }
        for (key, label, text) in &card.slots {
            checker.text(
                label,
                Some(true),
                theme_words(text!("deck-words-slot", key = key)),
            );
            checker.text(text, Some(key == "question"), in_card(key));
        }
    }
    check_deck_texts(&mut checker, site, deck_item, deck, printed);
    checker.problems
}

/// The texts of the deck itself: its title, backs and instructions, and the info card.
fn check_deck_texts(
    checker: &mut Checker,
    site: &Site,
    deck_item: &Item,
    deck: &Deck,
    printed: &Printed,
) {
    let deck_file = deck_item.source.file.as_path();
    let in_deck = |path: &str, what: Text| Origin {
        file: deck_file,
        at: At::Value(deck_item.value_pos(path)),
        what,
    };
    // The title is printed in the footer of every card, at the head of the instructions and,
    // without a back text of its own, on the backs.
    checker.text(
        &deck_item.title,
        None,
        in_deck("title", text!("deck-in-deck-title")),
    );
    if deck.back.as_ref().is_some_and(|b| b.text.is_some()) {
        let origin = in_deck("back.text", text!("deck-in-back-text"));
        checker.text(printed.back, Some(true), origin);
    }
    if let Some(source) = &deck_item.attachment {
        for (heading, paragraph) in printed.instructions {
            let origin = Origin {
                file: source.file.as_path(),
                at: At::Body(source),
                what: text!("deck-in-instructions"),
            };
            checker.text(paragraph, Some(*heading), origin);
        }
    }
    let Some(info) = printed.cards.first() else {
        return;
    };
    let theme_words = |what: Text| Origin {
        file: Path::new("themes"),
        at: At::Value(Pos::default()),
        what: text!("deck-in-theme-words", what = what),
    };
    checker.text(
        &info.title,
        Some(true),
        theme_words(text!("deck-words-info-title")),
    );
    for line in info.emblem.iter().flatten() {
        checker.text(line, None, theme_words(text!("deck-words-emblem")));
    }
    let project = super::info_card::project_of(site, deck_item);
    for (key, label, text) in &info.slots {
        checker.text(
            label,
            Some(true),
            theme_words(text!("deck-words-info-slot", key = key)),
        );
        let origin = match (key.as_str(), project) {
            ("project", Some(p)) => Origin {
                file: p.source.file.as_path(),
                at: At::Value(p.value_pos("title")),
                what: text!("deck-in-project", key = "title", project = p.id),
            },
            ("funding", Some(p)) => Origin {
                file: p.source.file.as_path(),
                at: At::Value(p.value_pos("funding")),
                what: text!("deck-in-project", key = "funding", project = p.id),
            },
            ("site", _) => Origin {
                file: Path::new("site.yaml"),
                at: At::Value(Pos::default()),
                what: text!("deck-in-base-url"),
            },
            _ => theme_words(text!("deck-words-info-slot", key = key)),
        };
        checker.text(text, Some(false), origin);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_space_is_made_printable_and_zero_width_characters_go() {
        let fonts = crate::deck::face::test_fonts();
        let text = "a\tb\u{a0}c\u{3000}d\u{200b}e\u{2028}f\u{feff}g\r\nh";
        // Noto Sans has the no-break space, but not the ideographic space.
        assert!(fonts.regular.has('\u{a0}') && !fonts.regular.has('\u{3000}'));
        assert_eq!(normalise(&fonts, text, false), "a b\u{a0}c de\nfg\nh");
        assert_eq!(normalise(&fonts, text, true), "a b\u{a0}c de fg h");
    }

    #[test]
    fn characters_are_named_as_unicode_names_them() {
        assert_eq!(describe('😀'), "U+1F600 GRINNING FACE");
        assert_eq!(describe('\u{5d0}'), "U+05D0 HEBREW LETTER ALEF");
        assert_eq!(describe('\u{e000}'), "U+E000 (a private-use character)");
    }
}
