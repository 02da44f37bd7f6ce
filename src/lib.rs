//! Polku: a static-site generator for the materials of Finnish social- and health-sector
//! employment projects. The build runs load → validate → render → write; see `build`.

pub mod build;
pub mod check;
pub mod config;
pub mod deck;
pub mod diagnostics;
pub mod finnish;
pub mod git_dates;
pub mod hash;
pub mod i18n;
pub mod images;
pub mod laps;
pub mod load;
pub mod markdown;
pub mod model;
pub mod offline;
pub mod output;
pub mod render;
pub mod scaffold;
pub mod schema;
pub mod search;
pub mod serve;
pub mod theme;
pub mod validate;
pub mod yaml;
