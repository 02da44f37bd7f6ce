//! One struct per content type, as written in front matter or a `.yaml` file.
//! Unknown keys are errors (`deny_unknown_fields`); the keys every type shares are in `Common`.

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use super::fields::{Date, Level, LevelRange, License, Media, OneOrMany, Register};
use crate::config::{Feedback, Lang};

/// The id of an enum value as written in content (`koko-ryhma`, `25-34`).
pub fn value_id<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(id)) => id,
        _ => String::new(),
    }
}

/// The keys every type may have.
#[derive(Debug, Clone, Default, Deserialize)]
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
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
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

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    pub order: u32,
    pub level: LevelRange,
    pub situations: Vec<String>,
    pub duration_min: u32,
    pub goals: Vec<String>,
    #[serde(default)]
    pub vocabulary: Vec<String>,
    #[serde(default)]
    pub phrases: Vec<Phrase>,
    #[serde(default)]
    pub media: Vec<Media>,
    pub coach_notes: Option<String>,
    #[serde(default)]
    pub prerequisites: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phrase {
    pub fi: String,
    pub explanation: Option<String>,
    pub note: Option<String>,
    pub audio: Option<Media>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub term: String,
    pub word_class: WordClass,
    pub explanation: String,
    pub plain_explanation: Option<String>,
    #[serde(default)]
    pub inflections: IndexMap<String, String>,
    #[serde(default)]
    pub examples: Vec<String>,
    #[serde(default)]
    pub translations: IndexMap<String, String>,
    pub audio: Option<Media>,
    #[serde(default)]
    pub situations: Vec<String>,
    pub level: Option<Level>,
    #[serde(default)]
    pub see_also: Vec<String>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum WordClass {
    Substantiivi,
    Verbi,
    Adjektiivi,
    Adverbi,
    Fraasi,
    Lyhenne,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deck {
    pub subtitle: Option<String>,
    pub themes: Vec<DeckTheme>,
    pub card_kind: CardKind,
    pub instructions: Option<String>,
    #[serde(default = "yes")]
    pub info_card: bool,
    pub back: Option<CardBack>,
    #[serde(default)]
    pub print: PrintOptions,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeckTheme {
    pub id: String,
    pub name: String,
    pub color: String,
    pub text_color: Option<String>,
    pub icon: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CardKind {
    Insight,
    Question,
    Method,
    Free,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardBack {
    pub style: BackStyle,
    pub text: Option<String>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BackStyle {
    ThemeColor,
    Shared,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrintOptions {
    #[serde(default = "default_formats")]
    pub formats: Vec<PrintFormat>,
    #[serde(default)]
    pub paper: Paper,
}

impl Default for PrintOptions {
    fn default() -> Self {
        PrintOptions {
            formats: default_formats(),
            paper: Paper::A4,
        }
    }
}

fn default_formats() -> Vec<PrintFormat> {
    vec![PrintFormat::A4x9, PrintFormat::Shop]
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum PrintFormat {
    #[serde(rename = "a4-9")]
    A4x9,
    #[serde(rename = "a4-4")]
    A4x4,
    #[serde(rename = "fold")]
    Fold,
    #[serde(rename = "shop")]
    Shop,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    pub number: u32,
    pub theme: String,
    pub insight: Option<String>,
    pub question: Option<String>,
    #[serde(rename = "try")]
    pub try_this: Option<String>,
    pub what: Option<String>,
    pub why: Option<String>,
    pub when: Option<String>,
    pub how: Option<String>,
    pub tip: Option<String>,
}

impl Card {
    /// The text slots in print order, with their keys.
    pub fn slots(&self) -> Vec<(&'static str, &str)> {
        [
            ("insight", &self.insight),
            ("question", &self.question),
            ("try", &self.try_this),
            ("what", &self.what),
            ("why", &self.why),
            ("when", &self.when),
            ("how", &self.how),
            ("tip", &self.tip),
        ]
        .into_iter()
        .filter_map(|(key, value)| value.as_deref().map(|v| (key, v)))
        .collect()
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PathStory {
    pub person: Person,
    #[serde(default)]
    pub fictional: bool,
    #[serde(default)]
    pub composite: bool,
    pub consent: Consent,
    pub starting_point: String,
    pub steps: Vec<Step>,
    pub outcome: Outcome,
    #[serde(default)]
    pub media: Vec<Media>,
    #[serde(default)]
    pub links: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: Option<String>,
    #[serde(default)]
    pub name_changed: bool,
    pub age_group: Option<AgeGroup>,
    pub background: String,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
pub enum AgeGroup {
    #[serde(rename = "alle-25")]
    Under25,
    #[serde(rename = "25-34")]
    From25,
    #[serde(rename = "35-49")]
    From35,
    #[serde(rename = "50-")]
    From50,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Consent {
    Kirjallinen,
    SuullinenKirjattu,
    EiTarvita,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub title: String,
    pub service: String,
    pub actor: Option<String>,
    pub duration: Option<String>,
    pub description: String,
    pub support: Option<String>,
    pub quote: Option<String>,
    #[serde(default)]
    pub waiting: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    pub category: Option<String>,
    pub description: String,
    pub when: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workshop {
    pub goal: String,
    pub participants: Option<MinMax>,
    pub facilitators: Option<u32>,
    pub duration_min: u32,
    #[serde(default)]
    pub modes: Vec<Mode>,
    pub room: Option<String>,
    #[serde(default)]
    pub materials: Vec<String>,
    pub pre_task: Option<String>,
    pub start_time: Option<String>,
    pub agenda: Vec<AgendaItem>,
    pub follow_up: Option<String>,
    pub feedback: Option<String>,
    #[serde(default)]
    pub uses: Vec<String>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinMax {
    pub min: u32,
    pub max: u32,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    Lahi,
    Eta,
    Hybridi,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaItem {
    pub minutes: u32,
    pub title: String,
    pub method: Method,
    pub description: Option<String>,
    pub facilitator_notes: Option<String>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    KokoRyhma,
    Pienryhma,
    Pari,
    Yksin,
    Tauko,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    pub name: String,
    pub code: Option<String>,
    pub status: ProjectStatus,
    pub start: Date,
    pub end: Date,
    pub lead: Organisation,
    #[serde(default)]
    pub partners: Vec<Organisation>,
    pub funding: Vec<Funding>,
    #[serde(default)]
    pub regions: Vec<String>,
    #[serde(default)]
    pub target_groups: Vec<String>,
    pub summary: String,
    #[serde(default)]
    pub goals: Vec<String>,
    #[serde(default)]
    pub outputs: Vec<String>,
    pub outcomes: Option<String>,
    pub contact: Option<Contact>,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ProjectStatus {
    Suunnitteilla,
    Kaynnissa,
    Paattynyt,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub name: String,
    pub short: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Funding {
    pub funder: String,
    pub fund: Option<String>,
    pub programme: Option<String>,
    pub period: Option<FundingPeriod>,
    pub granted_by: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum FundingPeriod {
    #[serde(rename = "2014-2020")]
    Esr2014,
    #[serde(rename = "2021-2027")]
    Eu2021,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcomes {
    pub as_of: Date,
    pub source: String,
    pub population: Population,
    pub overlapping: bool,
    pub categories: Vec<Category>,
    #[serde(default)]
    pub other_figures: Vec<Figure>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Population {
    pub name: String,
    pub count: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub name: String,
    pub count: u64,
    pub part_of: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub name: String,
    pub count: u64,
    pub unit: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    pub menu: Option<MenuEntry>,
    #[serde(default)]
    pub translations: IndexMap<String, String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MenuEntry {
    pub location: MenuLocation,
    #[serde(default)]
    pub order: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MenuLocation {
    Main,
    Footer,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accessibility {
    pub scope: String,
    pub status: ComplianceStatus,
    #[serde(default)]
    pub gaps: Vec<Gap>,
    pub assessment: Assessment,
    pub prepared: Date,
    pub feedback: Feedback,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ComplianceStatus {
    Taysin,
    Osittain,
    Ei,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gap {
    pub criterion: String,
    pub description: String,
    pub fixed_by: Option<Date>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Assessment {
    Itsearviointi,
    Ulkopuolinen,
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
