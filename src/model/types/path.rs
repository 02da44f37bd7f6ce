//! A path story's fields (`type: path`): one person's way through services, step by step, with
//! the consent it was told under.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::fields::Media;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
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

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: Option<String>,
    #[serde(default)]
    pub name_changed: bool,
    pub age_group: Option<AgeGroup>,
    pub background: String,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, JsonSchema)]
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Consent {
    Kirjallinen,
    SuullinenKirjattu,
    EiTarvita,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
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

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    pub category: Option<String>,
    pub description: String,
    pub when: Option<String>,
}
