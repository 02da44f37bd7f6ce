//! A page's fields (`type: page`) with its menu entry, and an accessibility statement's
//! (`type: accessibility`).

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::config::Feedback;
use crate::model::fields::Date;

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Page {
    pub menu: Option<MenuEntry>,
    #[serde(default)]
    pub translations: IndexMap<String, String>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MenuEntry {
    pub location: MenuLocation,
    #[serde(default)]
    pub order: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum MenuLocation {
    Main,
    Footer,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ComplianceStatus {
    Taysin,
    Osittain,
    Ei,
    /// Not assessed yet: what `polku init` writes, a `PLACEHOLDER` warning until it is.
    Arvioimatta,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Gap {
    pub criterion: String,
    pub description: String,
    pub fixed_by: Option<Date>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Assessment {
    Itsearviointi,
    Ulkopuolinen,
}
