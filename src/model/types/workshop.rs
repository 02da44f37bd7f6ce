//! A workshop's fields (`type: workshop`): its goal, participants, modes and timed agenda.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, JsonSchema)]
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

#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MinMax {
    pub min: u32,
    pub max: u32,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    Lahi,
    Eta,
    Hybridi,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AgendaItem {
    pub minutes: u32,
    pub title: String,
    pub method: Method,
    pub description: Option<String>,
    pub facilitator_notes: Option<String>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    KokoRyhma,
    Pienryhma,
    Pari,
    Yksin,
    Tauko,
}
