//! A lesson's fields (`type: lesson`): its level, situations, goals, vocabulary and phrases.

use schemars::JsonSchema;
use serde::Deserialize;

use crate::model::fields::{LevelRange, Media};

#[derive(Debug, Clone, Deserialize, JsonSchema)]
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

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Phrase {
    pub fi: String,
    pub explanation: Option<String>,
    pub note: Option<String>,
    pub audio: Option<Media>,
}
