//! A project's fields (`type: project`): its organisations, funding and contact; and the figures
//! of a project's results (`type: outcomes`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::fields::Date;

#[derive(Debug, Clone, Deserialize, JsonSchema)]
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

#[derive(Debug, Clone, Copy, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ProjectStatus {
    Suunnitteilla,
    Kaynnissa,
    Paattynyt,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub name: String,
    pub short: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Funding {
    pub funder: String,
    pub fund: Option<String>,
    pub programme: Option<String>,
    pub period: Option<FundingPeriod>,
    pub granted_by: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
pub enum FundingPeriod {
    #[serde(rename = "2014-2020")]
    Esr2014,
    #[serde(rename = "2021-2027")]
    Eu2021,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
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

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Population {
    pub name: String,
    pub count: u64,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub name: String,
    pub count: u64,
    pub part_of: Option<String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub name: String,
    pub count: u64,
    pub unit: Option<String>,
}
