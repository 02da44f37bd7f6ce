//! Validation: every rule of the content model that the typed structs cannot express on their
//! own — ranges, cross-references, duplicates, sums, accessibility. All problems are collected.

mod addresses;
mod decks;
pub mod materials;
mod media;
mod pages;
pub mod stories;

use indexmap::IndexMap;

use crate::diagnostics::{Diagnostic, Diagnostics, Pos, placeholders, suggest, text};
use crate::load::Source;
use crate::model::types::{Kind, TypeName};
use crate::model::{Item, Site};

pub use media::MediaCheck;

/// Runs every rule over the site.
pub fn validate(site: &Site, problems: &mut Diagnostics) {
    check_config(site, problems);
    addresses::check(site, problems);
    for item in &site.items {
        check_common(site, item, problems);
        // A translation without a text of its own has its original's, checked there.
        let own = item.body_lang.is_none().then_some(&item.source);
        starter_text(own.into_iter().chain(&item.attachment), problems);
        match &item.kind {
            Kind::Lesson(lesson) => materials::lesson(site, item, lesson, problems),
            Kind::Term(term) => materials::term(site, item, term, problems),
            Kind::Deck(deck) => decks::deck(site, item, deck, problems),
            Kind::Card(card) => decks::card(site, item, card, problems),
            Kind::Path(story) => stories::path(site, item, story, problems),
            Kind::Workshop(workshop) => stories::workshop(site, item, workshop, problems),
            Kind::Project(project) => stories::project(site, item, project, problems),
            Kind::Outcomes(outcomes) => stories::outcomes(site, item, outcomes, problems),
            Kind::Page(page) => pages::page(site, item, page, problems),
            Kind::Accessibility(statement) => pages::accessibility(site, item, statement, problems),
        }
    }
    let sections = site.sections.values().filter_map(|s| s.source.as_ref());
    starter_text(sections, problems);
    materials::unique_orders_and_numbers(site, problems);
    materials::duplicate_terms(site, problems);
    pages::statement_present(site, problems);
}

/// Starter text (`TODO:`) left in files: an item's, a deck's instructions, a section's.
fn starter_text<'a>(sources: impl Iterator<Item = &'a Source>, problems: &mut Diagnostics) {
    for source in sources {
        problems.extend(placeholders(
            &source.front,
            &source.file,
            source.front_line,
            false,
        ));
        problems.extend(placeholders(
            &source.body,
            &source.file,
            source.body_line,
            true,
        ));
    }
}

/// Rules for the keys every type shares.
fn check_common(site: &Site, item: &Item, problems: &mut Diagnostics) {
    let common = &item.common;
    match &common.description {
        Some(d) if d.chars().count() > 300 => problems.push(
            item.error(
                "TOO-LONG",
                "description",
                text!("validate-too-long", length = d.chars().count(), limit = 300),
            )
            .hint(text!("validate-too-long.hint")),
        ),
        // A term's explanation and a card's texts already describe them.
        None if item.type_name().is_material()
            && !matches!(item.type_name(), TypeName::Term | TypeName::Card) =>
        {
            problems.push(
                Diagnostic::warning(
                    "MISSING-DESCRIPTION",
                    &item.source.file,
                    Pos::new(item.source.front_line, 1),
                    text!("validate-missing-description"),
                )
                .hint(text!("validate-missing-description.hint")),
            )
        }
        _ => {}
    }
    vocabulary(
        item,
        "themes",
        &common.themes,
        &site.config.site.themes,
        "theme",
        problems,
    );
    vocabulary(
        item,
        "audiences",
        &common.audiences,
        &site.config.site.audiences,
        "audience",
        problems,
    );
    // `project: a` has no `[0]` in its positions: the lookup falls back to `project`.
    references(
        site,
        item,
        "project",
        &common.project.0,
        "project",
        &[TypeName::Project],
        problems,
    );
}

/// Each value must be an id of the site's vocabulary `vocabulary` (from `site.yaml`); `what`
/// names the vocabulary in the messages: `theme`, `audience`, `service` or `situation`.
pub(crate) fn vocabulary(
    item: &Item,
    key: &str,
    values: &[String],
    vocabulary: &IndexMap<String, String>,
    what: &str,
    problems: &mut Diagnostics,
) {
    let allowed: Vec<&str> = vocabulary.keys().map(String::as_str).collect();
    for (i, value) in values.iter().enumerate() {
        if !vocabulary.contains_key(value) {
            problems.push(
                item.error(
                    "UNKNOWN-VOCABULARY",
                    &format!("{key}[{i}]"),
                    text!("validate-unknown-vocabulary", value = value, what = what),
                )
                .hint(text!(
                    "validate-unknown-vocabulary.hint",
                    suggestion = suggest(value, &allowed)
                )),
            );
        }
    }
}

/// A list must have between `min` and `max` items.
pub(crate) fn count(
    item: &Item,
    key: &str,
    len: usize,
    min: usize,
    max: usize,
    problems: &mut Diagnostics,
) {
    if len < min || len > max {
        let bound = if max == usize::MAX {
            "at-least"
        } else if min == max {
            "exactly"
        } else {
            "between"
        };
        problems.push(
            item.error(
                "COUNT",
                key,
                text!(
                    "validate-count",
                    key = key,
                    count = len,
                    bound = bound,
                    min = min,
                    max = max
                ),
            )
            .hint(text!(
                "validate-count.hint",
                key = key,
                bound = bound,
                min = min,
                max = max
            )),
        );
    }
}

/// References to ids of other content; `what` names what they refer to (see [`missing_ref`]).
pub(crate) fn references(
    site: &Site,
    item: &Item,
    key: &str,
    ids: &[String],
    what: &str,
    types: &[TypeName],
    problems: &mut Diagnostics,
) {
    for (i, id) in ids.iter().enumerate() {
        problems.extend(missing_ref(
            site,
            item,
            &format!("{key}[{i}]"),
            what,
            id,
            types,
        ));
    }
}

/// A "no such id" error with a did-you-mean over the ids of `types`. `what` names what the id
/// should be in the message: `project`, `term`, `lesson`, `page`, `material`, `outcomes`,
/// `linkable` (a lesson, card, deck or workshop) or `usable` (a deck, card or lesson).
pub(crate) fn missing_ref(
    site: &Site,
    item: &Item,
    path: &str,
    what: &str,
    id: &str,
    types: &[TypeName],
) -> Option<Diagnostic> {
    if site.find(types, id).is_some() || site.is_unreadable(id) {
        return None;
    }
    Some(
        item.error(
            "BROKEN-REF",
            path,
            text!("validate-no-such-id", what = what, id = id),
        )
        .hint(suggest(id, &site.ids(types))),
    )
}

fn check_config(site: &Site, problems: &mut Diagnostics) {
    let config = &site.config;
    if let Some(project) = &config.site.project
        && site.get(TypeName::Project, project).is_none()
        && !site.is_unreadable(project)
    {
        problems.push(
            Diagnostic::error(
                "BROKEN-REF",
                config.file,
                config.positions.value("project"),
                text!("validate-no-such-id", what = "project", id = project),
            )
            .hint(suggest(project, &site.ids(&[TypeName::Project]))),
        );
    }
    for (location, links) in [
        ("main", &config.site.menus.main),
        ("footer", &config.site.menus.footer),
    ] {
        for (i, link) in links.iter().enumerate() {
            if let Some(target) = link.link.strip_prefix("@/") {
                let file = target.split('#').next().unwrap_or(target);
                if !crate::model::links::exists(site, file) && !site.is_unreadable(file) {
                    problems.push(
                        Diagnostic::error(
                            "BROKEN-LINK",
                            config.file,
                            config
                                .positions
                                .value(&format!("menus.{location}[{i}].link")),
                            text!("validate-menu-link", link = link.link),
                        )
                        .hint(text!("validate-menu-link.hint")),
                    );
                }
            }
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
                text!(
                    "validate-out-of-range",
                    key = key,
                    value = value,
                    min = min,
                    max = max
                ),
            )
            .hint(text!("validate-out-of-range.hint", min = min, max = max)),
        );
    }
}
