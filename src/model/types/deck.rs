//! A card deck's fields (`type: deck`, a folder's `deck.yaml`) with its themes, card backs and
//! print options, and a card's (`type: card`, each Markdown file of a deck's folder).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, JsonSchema)]
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
    #[serde(default)]
    pub hyphenate: Hyphenate,
}

/// When a card's words may be broken at a line's end, in print and on the web. Plain-language
/// guidance for learners of Finnish advises against broken words, hence the default.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Hyphenate {
    /// Never: a word too long for a line of its own is cut without a hyphen.
    Never,
    /// Only a word that cannot fit on a line of its own, and never in a title or question
    /// otherwise.
    #[default]
    WhenNeeded,
    /// Also where a line would otherwise stay under 80 % full (not in titles).
    Normal,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeckTheme {
    pub id: String,
    pub name: String,
    pub color: String,
    pub text_color: Option<String>,
    pub icon: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum CardKind {
    Insight,
    Question,
    Method,
    Free,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CardBack {
    pub style: BackStyle,
    pub text: Option<String>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum BackStyle {
    ThemeColor,
    Shared,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
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
