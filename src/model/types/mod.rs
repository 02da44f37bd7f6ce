//! One struct per content type, as written in front matter or a `.yaml` file.
//! Unknown keys are errors (`deny_unknown_fields`); the keys every type shares are in `Common`.
//! This file keeps what every type shares (`Common`, `TypeName`, `Kind`); each type's own fields
//! are in a file of their own below, re-exported here so that `types::Lesson` etc. keep working.

mod deck;
mod lesson;
mod page;
mod path;
mod project;
mod term;
mod workshop;

pub use deck::{
    BackStyle, Card, CardBack, CardKind, Deck, DeckTheme, Hyphenate, Paper, PrintFormat,
    PrintOptions,
};
pub use lesson::{Lesson, Phrase};
pub use page::{Accessibility, Assessment, ComplianceStatus, Gap, MenuEntry, MenuLocation, Page};
pub use path::{AgeGroup, Consent, Outcome, PathStory, Person, Step};
pub use project::{
    Category, Contact, Figure, Funding, FundingPeriod, Organisation, Outcomes, Population, Project,
    ProjectStatus,
};
pub use term::{Term, WordClass};
pub use workshop::{AgendaItem, Method, MinMax, Mode, Workshop};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::fields::{Date, License, OneOrMany, Register};
use crate::config::Lang;

/// The id of an enum value as written in content (`koko-ryhma`, `25-34`).
pub fn value_id<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(id)) => id,
        _ => String::new(),
    }
}

/// The keys every type may have.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Common {
    #[serde(rename = "type")]
    pub type_name: Option<TypeName>,
    pub id: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub lang: Option<Lang>,
    pub register: Option<Register>,
    #[serde(default)]
    pub project: OneOrMany,
    #[serde(default)]
    pub themes: Vec<String>,
    #[serde(default)]
    pub audiences: Vec<String>,
    pub license: Option<License>,
    #[serde(default)]
    pub authors: Vec<String>,
    pub date: Option<Date>,
    pub updated: Option<Date>,
    #[serde(default)]
    pub draft: bool,
    #[serde(default)]
    pub keywords: Vec<String>,
    pub weight: Option<i64>,
    /// The last part of the page's address, in place of its id (a translation's own words).
    pub slug: Option<String>,
}

impl Common {
    pub const KEYS: &'static [&'static str] = &[
        "type",
        "id",
        "title",
        "description",
        "lang",
        "register",
        "project",
        "themes",
        "audiences",
        "license",
        "authors",
        "date",
        "updated",
        "draft",
        "keywords",
        "weight",
        "slug",
    ];
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum TypeName {
    Lesson,
    Term,
    Deck,
    Card,
    Path,
    Workshop,
    Project,
    Outcomes,
    Page,
    Accessibility,
}

impl TypeName {
    pub const ALL: [TypeName; 10] = [
        TypeName::Lesson,
        TypeName::Term,
        TypeName::Deck,
        TypeName::Card,
        TypeName::Path,
        TypeName::Workshop,
        TypeName::Project,
        TypeName::Outcomes,
        TypeName::Page,
        TypeName::Accessibility,
    ];

    pub fn name(self) -> &'static str {
        match self {
            TypeName::Lesson => "lesson",
            TypeName::Term => "term",
            TypeName::Deck => "deck",
            TypeName::Card => "card",
            TypeName::Path => "path",
            TypeName::Workshop => "workshop",
            TypeName::Project => "project",
            TypeName::Outcomes => "outcomes",
            TypeName::Page => "page",
            TypeName::Accessibility => "accessibility",
        }
    }

    pub fn from_name(name: &str) -> Option<TypeName> {
        TypeName::ALL.into_iter().find(|t| t.name() == name)
    }

    /// Materials are what the site publishes for reuse; pages are its frame.
    pub fn is_material(self) -> bool {
        !matches!(self, TypeName::Page | TypeName::Accessibility)
    }
}

/// The typed body of an item: one variant per content type.
#[derive(Debug, Clone)]
pub enum Kind {
    Lesson(Lesson),
    Term(Term),
    Deck(Deck),
    Card(Card),
    Path(PathStory),
    Workshop(Workshop),
    Project(Project),
    Outcomes(Outcomes),
    Page(Page),
    Accessibility(Accessibility),
}

impl Kind {
    pub fn type_name(&self) -> TypeName {
        match self {
            Kind::Lesson(_) => TypeName::Lesson,
            Kind::Term(_) => TypeName::Term,
            Kind::Deck(_) => TypeName::Deck,
            Kind::Card(_) => TypeName::Card,
            Kind::Path(_) => TypeName::Path,
            Kind::Workshop(_) => TypeName::Workshop,
            Kind::Project(_) => TypeName::Project,
            Kind::Outcomes(_) => TypeName::Outcomes,
            Kind::Page(_) => TypeName::Page,
            Kind::Accessibility(_) => TypeName::Accessibility,
        }
    }
}
