//! What several steps ask of the model: the cards of a deck and the deck of a card, an item's
//! second text, what listings say of an item, the facets search filters by, where a media file
//! is, and agenda times.

use super::fields::Media;
use super::types::{Deck, Kind, TypeName};
use super::{Item, Site};

/// The cards of a deck in number order.
pub fn cards_of<'a>(site: &'a Site, deck: &Item) -> Vec<&'a Item> {
    let mut cards: Vec<&Item> = site
        .of_type(TypeName::Card)
        .filter(|c| c.source.dir == deck.source.dir)
        .collect();
    cards.sort_by_key(|c| {
        if let Kind::Card(card) = &c.kind {
            card.number
        } else {
            0
        }
    });
    cards
}

/// The deck a card belongs to: the deck in the card's folder.
pub fn deck_of<'a>(site: &'a Site, card: &Item) -> Option<(&'a Item, &'a Deck)> {
    site.of_type(TypeName::Deck)
        .find(|d| d.source.dir == card.source.dir)
        .and_then(|d| match &d.kind {
            Kind::Deck(deck) => Some((d, deck)),
            _ => None,
        })
}

/// A lesson's `coach_notes` or a deck's instructions file, with where it stands.
pub fn second_text(item: &Item) -> Option<(&str, &std::path::Path, usize)> {
    match &item.kind {
        Kind::Lesson(l) => l.coach_notes.as_deref().map(|t| {
            (
                t,
                item.source.file.as_path(),
                item.value_pos("coach_notes").line,
            )
        }),
        Kind::Deck(_) => item
            .attachment
            .as_ref()
            .map(|a| (a.body.as_str(), a.file.as_path(), a.body_line)),
        _ => None,
    }
}

/// What listings and search snippets say of an item: its `description`, or for a term its
/// explanation and for a card its first text.
pub fn description(item: &Item) -> Option<String> {
    item.common
        .description
        .clone()
        .or_else(|| match &item.kind {
            Kind::Term(t) => Some(
                t.plain_explanation
                    .clone()
                    .unwrap_or_else(|| t.explanation.clone()),
            ),
            Kind::Card(c) => c.slots().first().map(|(_, text)| text.to_string()),
            _ => None,
        })
}

/// The facets of the search page, in the order shown (labels: UI strings `search.filter.KEY`).
pub const FILTER_KEYS: [&str; 8] = [
    "type",
    "theme",
    "audience",
    "level",
    "situation",
    "service",
    "project",
    "register",
];

/// Every media object of an item with its key path (`media[0]`, `phrases[2].audio`, `audio`):
/// a lesson's media and phrase recordings, a path story's media, a term's recording.
pub fn media_of(item: &Item) -> Vec<(String, &Media)> {
    fn numbered<'a>(key: &str, list: &'a [Media]) -> Vec<(String, &'a Media)> {
        list.iter()
            .enumerate()
            .map(|(i, m)| (format!("{key}[{i}]"), m))
            .collect()
    }
    match &item.kind {
        Kind::Lesson(l) => {
            let mut all = numbered("media", &l.media);
            let phrases = l.phrases.iter().enumerate();
            all.extend(
                phrases
                    .filter_map(|(i, p)| Some((format!("phrases[{i}].audio"), p.audio.as_ref()?))),
            );
            all
        }
        Kind::Path(p) => numbered("media", &p.media),
        Kind::Term(t) => t.audio.iter().map(|a| ("audio".to_string(), a)).collect(),
        _ => Vec::new(),
    }
}

/// Resolves `file` (relative to the folder `dir` below content/) to a path below content/.
/// `None` when the path climbs out of the content folder or is absolute.
pub fn resolve_media_path(dir: &str, file: &str) -> Option<String> {
    if file.starts_with('/') || file.contains('\\') || file.contains("://") {
        return None;
    }
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for part in file.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            part => parts.push(part),
        }
    }
    Some(parts.join("/"))
}

/// `9.00`, `9:00` or `13.30` as minutes after midnight.
pub fn parse_clock(text: &str) -> Option<u32> {
    let (h, m) = text.trim().split_once(['.', ':'])?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60 && text.trim().len() >= 4).then_some(h * 60 + m)
}
