//! Rules for path stories, workshops, projects and outcome statistics.

use std::collections::HashMap;

use super::{MediaCheck, count, missing_ref, range, references, vocabulary};
use crate::diagnostics::{Diagnostic, Diagnostics, Pos, suggest, text};
use crate::model::queries::parse_clock;
use crate::model::types::{Consent, Kind, Outcomes, PathStory, Project, TypeName, Workshop};
use crate::model::{Item, Site};

/// The longest workshop and agenda item, in minutes: a day.
const DAY: u64 = 24 * 60;
/// More people than a project reaches: a larger count is a typing error.
const MAX_PEOPLE: u64 = 1_000_000;
/// Other figures may be money or hours, so they may be larger; still small enough for any sum.
const MAX_FIGURE: u64 = 1_000_000_000_000;

const LINKABLE: &[TypeName] = &[
    TypeName::Lesson,
    TypeName::Card,
    TypeName::Workshop,
    TypeName::Deck,
];

pub fn path(site: &Site, item: &Item, story: &PathStory, problems: &mut Diagnostics) {
    let invented = story.fictional || story.composite;
    if story.consent == Consent::EiTarvita && !invented {
        problems.push(
            item.error("CONSENT", "consent", text!("validate-consent"))
                .hint(text!("validate-consent.hint")),
        );
    }
    if story.person.name.is_some() && !story.person.name_changed && !story.fictional {
        problems.push(
            item.error("PERSON-NAME", "person.name", text!("validate-person-name"))
                .hint(text!("validate-person-name.hint")),
        );
    }
    count(item, "steps", story.steps.len(), 2, usize::MAX, problems);
    for (i, step) in story.steps.iter().enumerate() {
        vocabulary(
            item,
            &format!("steps[{i}].service"),
            std::slice::from_ref(&step.service),
            &site.config.site.services,
            "service",
            problems,
        );
    }
    if let Some(category) = &story.outcome.category {
        let categories = outcome_categories(site, item);
        if !categories.contains(&category.as_str()) {
            problems.push(
                item.error(
                    "BROKEN-REF",
                    "outcome.category",
                    text!("validate-outcome-category", category = category),
                )
                .hint(suggest(category, &categories)),
            );
        }
    }
    references(
        site,
        item,
        "links",
        &story.links,
        "linkable",
        LINKABLE,
        problems,
    );
    MediaCheck {
        item,
        content_dir: &site.content_dir,
    }
    .all("media", &story.media, problems);
}

/// Category ids of the outcome statistics of the item's projects (or the site's project).
fn outcome_categories<'a>(site: &'a Site, item: &Item) -> Vec<&'a str> {
    let projects = if item.common.project.0.is_empty() {
        site.config.site.project.iter().cloned().collect()
    } else {
        item.common.project.0.clone()
    };
    site.of_type(TypeName::Outcomes)
        .filter(|o| o.common.project.0.iter().any(|p| projects.contains(p)))
        .flat_map(|o| match &o.kind {
            Kind::Outcomes(outcomes) => outcomes.categories.iter().map(|c| c.id.as_str()).collect(),
            _ => Vec::new(),
        })
        .collect()
}

/// True when `text` has more than one sentence: a `.`, `!` or `?` followed by a capital.
fn several_sentences(text: &str) -> bool {
    let chars: Vec<char> = text.trim().chars().collect();
    chars
        .windows(3)
        .any(|w| matches!(w[0], '.' | '!' | '?') && w[1] == ' ' && w[2].is_uppercase())
}

pub fn workshop(site: &Site, item: &Item, workshop: &Workshop, problems: &mut Diagnostics) {
    if several_sentences(&workshop.goal) {
        problems.push(
            item.warning("WORKSHOP-GOAL", "goal", text!("validate-workshop-goal"))
                .hint(text!("validate-workshop-goal.hint")),
        );
    }
    count(
        item,
        "audiences",
        item.common.audiences.len(),
        1,
        usize::MAX,
        problems,
    );
    if let Some(p) = workshop.participants
        && p.min > p.max
    {
        problems.push(
            item.error(
                "RANGE",
                "participants",
                text!("validate-participants", min = p.min, max = p.max),
            )
            .hint(text!("validate-participants.hint")),
        );
    }
    count(
        item,
        "agenda",
        workshop.agenda.len(),
        1,
        usize::MAX,
        problems,
    );
    range(
        item,
        "duration_min",
        workshop.duration_min,
        1,
        DAY,
        problems,
    );
    for (i, agenda_item) in workshop.agenda.iter().enumerate() {
        let key = format!("agenda[{i}].minutes");
        range(item, &key, agenda_item.minutes, 1, DAY, problems);
    }
    if let Some(p) = workshop.participants {
        range(item, "participants.min", p.min, 0, MAX_PEOPLE, problems);
        range(item, "participants.max", p.max, 0, MAX_PEOPLE, problems);
    }
    if let Some(n) = workshop.facilitators {
        range(item, "facilitators", n, 0, MAX_PEOPLE, problems);
    }
    // Summed in u64, and only when each item is within a day (its own error otherwise).
    let sum: u64 = workshop.agenda.iter().map(|a| u64::from(a.minutes)).sum();
    let sane = workshop.agenda.iter().all(|a| u64::from(a.minutes) <= DAY);
    if sane && !workshop.agenda.is_empty() && sum != u64::from(workshop.duration_min) {
        problems.push(
            item.error(
                "WORKSHOP-DURATION",
                "duration_min",
                text!(
                    "validate-workshop-duration",
                    duration = workshop.duration_min,
                    sum = sum
                ),
            )
            .hint(text!("validate-workshop-duration.hint", sum = sum)),
        );
    }
    if let Some(start) = &workshop.start_time
        && parse_clock(start).is_none()
    {
        problems.push(
            item.error(
                "INVALID-VALUE",
                "start_time",
                text!("validate-clock-time", time = start),
            )
            .hint(text!("validate-clock-time.hint")),
        );
    }
    references(
        site,
        item,
        "uses",
        &workshop.uses,
        "usable",
        &[TypeName::Deck, TypeName::Card, TypeName::Lesson],
        problems,
    );
}

pub fn project(site: &Site, item: &Item, project: &Project, problems: &mut Diagnostics) {
    if project.end < project.start {
        problems.push(
            item.error(
                "PROJECT-DATES",
                "end",
                text!(
                    "validate-project-dates",
                    end = project.end.finnish(),
                    start = project.start.finnish()
                ),
            )
            .hint(text!("validate-project-dates.hint")),
        );
    }
    count(
        item,
        "funding",
        project.funding.len(),
        1,
        usize::MAX,
        problems,
    );
    references(
        site,
        item,
        "outputs",
        &project.outputs,
        "material",
        &[
            TypeName::Deck,
            TypeName::Lesson,
            TypeName::Workshop,
            TypeName::Card,
            TypeName::Path,
            TypeName::Term,
        ],
        problems,
    );
    if let Some(outcomes) = &project.outcomes {
        problems.extend(missing_ref(
            site,
            item,
            "outcomes",
            "outcomes",
            outcomes,
            &[TypeName::Outcomes],
        ));
    }
}

pub fn outcomes(_site: &Site, item: &Item, outcomes: &Outcomes, problems: &mut Diagnostics) {
    if item.common.project.0.is_empty() {
        problems.push(
            Diagnostic::error(
                "MISSING-KEY",
                &item.source.file,
                Pos::new(1, 1),
                text!("missing-key", key = "project"),
            )
            .hint(text!("validate-outcomes-project.hint")),
        );
    }
    let population = outcomes.population.count;
    range(
        item,
        "population.count",
        population,
        0,
        MAX_PEOPLE,
        problems,
    );
    for (i, category) in outcomes.categories.iter().enumerate() {
        let key = format!("categories[{i}].count");
        range(item, &key, category.count, 0, MAX_PEOPLE, problems);
    }
    for (i, figure) in outcomes.other_figures.iter().enumerate() {
        let key = format!("other_figures[{i}].count");
        range(item, &key, figure.count, 0, MAX_FIGURE, problems);
    }
    let mut by_id: HashMap<&str, (usize, u64)> = HashMap::new();
    for (i, category) in outcomes.categories.iter().enumerate() {
        if by_id
            .insert(category.id.as_str(), (i, category.count))
            .is_some()
        {
            problems.push(
                item.error(
                    "DUPLICATE-ID",
                    &format!("categories[{i}].id"),
                    text!("validate-duplicate-category", category = category.id),
                )
                .hint(text!("validate-duplicate-category.hint")),
            );
        }
        if category.count > population {
            problems.push(
                item.error(
                    "OUTCOMES-EXCEEDS",
                    &format!("categories[{i}].count"),
                    text!(
                        "validate-outcomes-exceeds",
                        category = category.id,
                        count = category.count,
                        population = population
                    ),
                )
                .hint(text!("validate-outcomes-exceeds.hint")),
            );
        }
    }
    let ids: Vec<&str> = outcomes.categories.iter().map(|c| c.id.as_str()).collect();
    for (i, category) in outcomes.categories.iter().enumerate() {
        let Some(parent) = &category.part_of else {
            continue;
        };
        match by_id.get(parent.as_str()) {
            None => problems.push(
                item.error(
                    "BROKEN-REF",
                    &format!("categories[{i}].part_of"),
                    text!("validate-no-such-category", category = parent),
                )
                .hint(suggest(parent, &ids)),
            ),
            Some(&(_, parent_count)) if category.count > parent_count => problems.push(
                item.error(
                    "OUTCOMES-PART",
                    &format!("categories[{i}].count"),
                    text!(
                        "validate-outcomes-part",
                        category = category.id,
                        count = category.count,
                        parent = parent,
                        parent_count = parent_count
                    ),
                )
                .hint(text!("validate-outcomes-part.hint")),
            ),
            _ => {}
        }
    }
    if !outcomes.overlapping {
        let sum: u128 = outcomes
            .categories
            .iter()
            .filter(|c| c.part_of.is_none())
            .map(|c| u128::from(c.count))
            .sum();
        if sum != u128::from(population) {
            problems.push(
                item.error(
                    "OUTCOMES-SUM",
                    "overlapping",
                    text!("validate-outcomes-sum", sum = sum, population = population),
                )
                .hint(text!("validate-outcomes-sum.hint")),
            );
        }
    }
}
