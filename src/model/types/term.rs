//! A term's fields (`type: term`): one word of the glossary with its word class, explanations,
//! inflections and translations.

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::fields::{Level, Media};

#[derive(Debug, Clone, Deserialize, JsonSchema)]
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

#[derive(Debug, Clone, Copy, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum WordClass {
    Substantiivi,
    Verbi,
    Adjektiivi,
    Adverbi,
    Fraasi,
    Lyhenne,
}
