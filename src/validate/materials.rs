//! Rules for lessons, glossary terms, decks and cards.

use std::collections::HashMap;

use super::{MediaCheck, count, references, vocabulary};
use crate::diagnostics::{Diagnostic, Diagnostics, suggest};
use crate::model::queries::deck_of;
use crate::model::types::{Card, CardKind, Deck, Kind, Lesson, Term, TypeName};
use crate::model::{Item, Site};

/// The largest card number: far more than a deck has, small enough for any sum.
const MAX_CARDS: u64 = 10_000;

pub fn lesson(site: &Site, item: &Item, lesson: &Lesson, problems: &mut Diagnostics) {
    if lesson.level.min > lesson.level.max {
        problems.push(
            item.error(
                "LESSON-LEVEL",
                "level",
                format!(
                    "the lowest level {} is above the highest level {}",
                    lesson.level.min.name(),
                    lesson.level.max.name()
                ),
            )
            .hint("swap `level.min` and `level.max`"),
        );
    }
    count(
        item,
        "situations",
        lesson.situations.len(),
        1,
        usize::MAX,
        problems,
    );
    vocabulary(
        item,
        "situations",
        &lesson.situations,
        &site.config.site.situations,
        "care situation",
        problems,
    );
    range(item, "duration_min", lesson.duration_min, 5, 480, problems);
    count(item, "goals", lesson.goals.len(), 1, 5, problems);
    references(
        site,
        item,
        "vocabulary",
        &lesson.vocabulary,
        "glossary term",
        &[TypeName::Term],
        problems,
    );
    references(
        site,
        item,
        "prerequisites",
        &lesson.prerequisites,
        "lesson",
        &[TypeName::Lesson],
        problems,
    );
    if let Some(i) = lesson.prerequisites.iter().position(|p| *p == item.id) {
        problems.push(
            item.error(
                "BROKEN-REF",
                &format!("prerequisites[{i}]"),
                "a lesson cannot be its own prerequisite",
            )
            .hint("remove this id"),
        );
    }
    let media = MediaCheck {
        item,
        content_dir: &site.content_dir,
    };
    media.all("media", &lesson.media, problems);
    for (i, phrase) in lesson.phrases.iter().enumerate() {
        if let Some(audio) = &phrase.audio {
            media.media(&format!("phrases[{i}].audio"), audio, problems);
        }
    }
}

pub fn term(site: &Site, item: &Item, term: &Term, problems: &mut Diagnostics) {
    if !term.examples.is_empty() {
        count(item, "examples", term.examples.len(), 1, 3, problems);
    }
    for lang in term.translations.keys() {
        if lang.len() != 2 || !lang.bytes().all(|b| b.is_ascii_lowercase()) {
            problems.push(
                Diagnostic::error(
                    "INVALID-LANGUAGE",
                    &item.source.file,
                    item.pos(&format!("translations.{lang}")),
                    format!("`{lang}` is not a two-letter language code"),
                )
                .hint("use ISO 639-1 codes such as en, sv, ru, ar"),
            );
        }
    }
    vocabulary(
        item,
        "situations",
        &term.situations,
        &site.config.site.situations,
        "care situation",
        problems,
    );
    references(
        site,
        item,
        "see_also",
        &term.see_also,
        "glossary term",
        &[TypeName::Term],
        problems,
    );
    if let Some(audio) = &term.audio {
        MediaCheck {
            item,
            content_dir: &site.content_dir,
        }
        .media("audio", audio, problems);
    }
}

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
                    format!("the theme `{}` is listed twice", theme.id),
                )
                .hint("give each theme its own id"),
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
                    item.error("CONTRAST", &format!("{path}.color"), format!("the theme `{}` has a contrast of {} between {} and its text colour; at least 4,5:1 is needed", theme.id, format!("{ratio:.1}:1").replace('.', ","), theme.color))
                        .hint("use a darker `color`, or set `text_color` (e.g. \"#1a1a1a\") for a light colour (WCAG 1.4.3)"),
                );
            }
        }
        match &theme.icon {
            Some(icon) => {
                media.file(&format!("{path}.icon"), icon, problems);
            }
            None => problems.push(
                item.warning("THEME-ICON", &path, format!("the theme `{}` has no `icon`", theme.id))
                    .hint("add an icon so that the theme is not told apart by colour and name only (WCAG 1.4.1)"),
            ),
        }
    }
    match (&deck.instructions, &item.attachment) {
        (None, _) => problems.push(
            item.error("MISSING-KEY", "", "required key `instructions` is missing")
                .hint(
                    "add `instructions: kayttoohje.md` and write the how-to-play text in that file",
                ),
        ),
        (Some(file), None) => problems.push(
            item.error(
                "MEDIA-MISSING",
                "instructions",
                format!("the instructions file `{file}` does not exist next to deck.yaml"),
            )
            .hint("create the Markdown file or correct its name"),
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
            item.error("INVALID-COLOR", path, format!("`{text}` is not a colour"))
                .hint("write colours as hex codes in quotes, e.g. \"#23467a\""),
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
            item.error("CARD-DECK", "type", "this card is not in a deck's folder")
                .hint("move it next to a deck.yaml"),
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
                format!(
                    "`{}` is not a theme of the deck `{}`",
                    card.theme, deck_item.id
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
                format!("{kind} cards need the text `{key}`, and this card has none"),
            )
            .hint(format!("add `{key}:` to the front matter")),
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
                    format!("`{key}` is not a text of {kind} cards"),
                )
                .hint(format!(
                    "{kind} cards have: {}",
                    [required, optional].concat().join(", ")
                )),
            );
        }
    }
    if let Some(question) = &card.question
        && !question.trim_end().ends_with('?')
    {
        problems.push(
            item.error(
                "CARD-QUESTION",
                "question",
                "the question does not end with a question mark",
            )
            .hint("end the `question` with \"?\""),
        );
    }
}

/// A word defined by two glossary terms: a warning at every file after the first that has it.
/// One pass with a map, as a site of thousands of terms cannot compare every pair.
pub fn duplicate_terms(site: &Site, problems: &mut Diagnostics) {
    let mut terms: Vec<(&Item, &Term)> = site
        .items
        .iter()
        .filter_map(|item| match &item.kind {
            Kind::Term(term) => Some((item, term)),
            _ => None,
        })
        .collect();
    terms.sort_by(|a, b| a.0.source.file.cmp(&b.0.source.file));
    let mut first: HashMap<String, &Item> = HashMap::new();
    for (item, term) in terms {
        let other = *first.entry(term.term.to_lowercase()).or_insert(item);
        if other.id != item.id {
            problems.push(
                item.warning(
                    "DUPLICATE-TERM",
                    "term",
                    format!(
                        "the word `{}` is also defined in {}",
                        term.term,
                        other.source.file.display()
                    ),
                )
                .hint("keep one entry and point to it with `see_also`"),
            );
        }
    }
}

/// Lesson orders are unique within a series; card numbers within a deck.
pub fn unique_orders_and_numbers(site: &Site, problems: &mut Diagnostics) {
    let mut orders: HashMap<(&str, u32), &Item> = HashMap::new();
    let mut numbers: HashMap<(&str, u32), &Item> = HashMap::new();
    for item in &site.items {
        let (seen, key, what, path) = match &item.kind {
            Kind::Lesson(l) => (
                &mut orders,
                (item.source.dir.as_str(), l.order),
                "order",
                "order",
            ),
            Kind::Card(c) => (
                &mut numbers,
                (item.source.dir.as_str(), c.number),
                "number",
                "number",
            ),
            _ => continue,
        };
        if let Some(first) = seen.get(&key) {
            let (container, noun) = if what == "order" {
                ("series", "lesson")
            } else {
                ("deck", "card")
            };
            problems.push(
                item.error(
                    if what == "order" {
                        "DUPLICATE-ORDER"
                    } else {
                        "DUPLICATE-NUMBER"
                    },
                    path,
                    format!(
                        "the {container} already has a {noun} with {what} {}: {}",
                        key.1,
                        first.source.file.display()
                    ),
                )
                .hint(format!("give each {noun} its own {what}")),
            );
        } else {
            seen.insert(key, item);
        }
    }
}

/// A whole number must be within `min..=max`.
pub(super) fn range(
    item: &Item,
    key: &str,
    value: impl Into<u64>,
    min: u64,
    max: u64,
    problems: &mut Diagnostics,
) {
    let value = value.into();
    if value < min || value > max {
        problems.push(
            item.error(
                "OUT-OF-RANGE",
                key,
                format!("`{key}` is {value}; it must be from {min} to {max}"),
            )
            .hint(format!("write a number from {min} to {max}")),
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
