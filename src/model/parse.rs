//! The first step of assembly: a source's YAML read into a mapping and its shared keys into
//! `Common`, before its type is known; and how a file that cannot be used is named.

use serde_yaml::{Mapping, Value};

use super::types::Common;
use crate::diagnostics::{Diagnostic, Pos};
use crate::finnish::slug;
use crate::load::Source;
use crate::yaml::{self, Positions};

/// A source whose YAML parsed, before its type is known.
pub(super) struct Parsed {
    pub(super) source: Source,
    pub(super) positions: Positions,
    pub(super) value: Mapping,
    pub(super) common: Common,
    /// Mistakes in the shared keys that could be taken out (the file is read without them).
    pub(super) problems: Vec<Diagnostic>,
}

/// A file that could not be used: how later references to it are recognised.
pub(super) struct Unusable {
    pub(super) rel: String,
    pub(super) id: String,
}

fn failed(problems: Vec<Diagnostic>, source: &Source) -> Box<(Vec<Diagnostic>, Unusable)> {
    Box::new((
        problems,
        Unusable {
            rel: source.rel.clone(),
            id: default_id(source),
        },
    ))
}

/// Reads the YAML and the shared keys of one file.
pub(super) fn parse(source: Source) -> Result<Parsed, Box<(Vec<Diagnostic>, Unusable)>> {
    let positions = Positions::build(&source.front, source.front_line);
    let value = match yaml::parse(&source.front, &source.file, source.front_line) {
        Ok(Value::Mapping(map)) => map,
        Ok(Value::Null) => Mapping::new(),
        Ok(_) => {
            let problem = Diagnostic::error(
                "YAML-SYNTAX",
                &source.file,
                Pos::new(source.front_line, 1),
                "the YAML here must be a set of `key: value` lines",
            )
            .hint("start each line with a key, e.g. `title: Kivusta kysyminen`");
            return Err(failed(vec![problem], &source));
        }
        Err(problem) => return Err(failed(vec![problem], &source)),
    };
    let mut common_part = Mapping::new();
    for key in common_keys(&source, &value) {
        if let Some(v) = value.get(key) {
            common_part.insert(Value::from(key), v.clone());
        }
    }
    let (common, problems) =
        yaml::typed_all::<Common>(Value::Mapping(common_part), &positions, &source.file, &[]);
    match common {
        Some(common) => Ok(Parsed {
            source,
            positions,
            value,
            common,
            problems,
        }),
        None => Err(failed(problems, &source)),
    }
}

/// The keys read as `Common`: a deck's `themes` are its own card themes, not site themes.
pub(super) fn common_keys(source: &Source, value: &Mapping) -> impl Iterator<Item = &'static str> {
    let deck = is_deck_file(source) || value.get("type").and_then(Value::as_str) == Some("deck");
    Common::KEYS
        .iter()
        .copied()
        .filter(move |k| !(deck && *k == "themes"))
}

/// The id a file gets when it does not set one: its name, or a deck's folder name.
pub(super) fn default_id(source: &Source) -> String {
    if is_deck_file(source) {
        slug(source.dir.rsplit('/').next().unwrap_or(""))
    } else {
        slug(&source.stem)
    }
}

pub(super) fn is_deck_file(source: &Source) -> bool {
    !source.is_markdown && source.stem == "deck"
}
