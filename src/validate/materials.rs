//! Rules for lessons and glossary terms, and the numbering of lessons and cards.

use std::collections::HashMap;

use super::{MediaCheck, count, range, references, vocabulary};
use crate::diagnostics::{Diagnostic, Diagnostics, text};
use crate::model::types::{Kind, Lesson, Term, TypeName};
use crate::model::{Item, Site};

pub fn lesson(site: &Site, item: &Item, lesson: &Lesson, problems: &mut Diagnostics) {
    if lesson.level.min > lesson.level.max {
        problems.push(
            item.error(
                "LESSON-LEVEL",
                "level",
                text!(
                    "validate-lesson-level",
                    min = lesson.level.min.name(),
                    max = lesson.level.max.name()
                ),
            )
            .hint(text!("validate-lesson-level.hint")),
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
        "situation",
        problems,
    );
    range(item, "duration_min", lesson.duration_min, 5, 480, problems);
    count(item, "goals", lesson.goals.len(), 1, 5, problems);
    references(
        site,
        item,
        "vocabulary",
        &lesson.vocabulary,
        "term",
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
                text!("validate-own-prerequisite"),
            )
            .hint(text!("validate-own-prerequisite.hint")),
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
                    text!("validate-language-code", lang = lang),
                )
                .hint(text!("validate-language-code.hint")),
            );
        }
    }
    vocabulary(
        item,
        "situations",
        &term.situations,
        &site.config.site.situations,
        "situation",
        problems,
    );
    references(
        site,
        item,
        "see_also",
        &term.see_also,
        "term",
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
                    text!(
                        "validate-duplicate-term",
                        term = term.term,
                        file = other.source.file.display()
                    ),
                )
                .hint(text!("validate-duplicate-term.hint")),
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
            let (number, file) = (key.1, first.source.file.display());
            let (code, message, hint) = if what == "order" {
                (
                    "DUPLICATE-ORDER",
                    text!("validate-duplicate-order", number = number, file = file),
                    text!("validate-duplicate-order.hint"),
                )
            } else {
                (
                    "DUPLICATE-NUMBER",
                    text!("validate-duplicate-number", number = number, file = file),
                    text!("validate-duplicate-number.hint"),
                )
            };
            problems.push(item.error(code, path, message).hint(hint));
        } else {
            seen.insert(key, item);
        }
    }
}
