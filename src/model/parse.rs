//! The first step of assembly: a source's YAML read into a mapping and its shared keys into
//! `Common`, before its type is known; and how a file that cannot be used is named.

use serde_yaml::{Mapping, Value};

use super::types::Common;
use crate::diagnostics::{Diagnostic, Pos, text};
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
    /// Whether one of them was a wrong `title` (so it is not reported missing as well).
    pub(super) title_reported: bool,
}

/// A file that could not be used: how later references to it are recognised.
pub(super) struct Unusable {
    pub(super) rel: String,
    pub(super) id: String,
}

impl Unusable {
    /// The file by its path and by the id its name gives (unless it set its own).
    pub(super) fn of(source: &Source) -> Unusable {
        Unusable {
            rel: source.rel.clone(),
            id: default_id(source),
        }
    }

    /// The same from its path below content/ alone, for a file that could not be read.
    pub(super) fn of_path(rel: &str) -> Unusable {
        let (dir, name) = rel.rsplit_once('/').unwrap_or(("", rel));
        let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
        Unusable {
            rel: rel.to_string(),
            id: id_from(dir, stem, is_deck_name(stem, ext == "md")),
        }
    }
}

/// A file read, or why it could not be: its problems and how it is recognised later.
pub(super) type Parsing = Result<Parsed, Box<(Vec<Diagnostic>, Unusable)>>;

fn failed(problems: Vec<Diagnostic>, source: &Source) -> Box<(Vec<Diagnostic>, Unusable)> {
    Box::new((problems, Unusable::of(source)))
}

/// Reads the YAML and the shared keys of one file.
pub(super) fn parse(source: Source) -> Parsing {
    let positions = Positions::build(&source.front, source.front_line);
    let value = match yaml::parse(&source.front, &source.file, source.front_line) {
        Ok(Value::Mapping(map)) => map,
        Ok(Value::Null) => Mapping::new(),
        Ok(_) => {
            let problem = Diagnostic::error(
                "YAML-SYNTAX",
                &source.file,
                Pos::new(source.front_line, 1),
                text!("model-not-keys"),
            )
            .hint(text!("model-not-keys.hint"));
            return Err(failed(vec![problem], &source));
        }
        Err(problem) => return Err(failed(vec![problem], &source)),
    };
    let reading = read_common(&source, &value, &positions);
    let title_reported = reading.reported("title");
    match reading.typed {
        Some(common) => Ok(Parsed {
            source,
            positions,
            value,
            common,
            problems: reading.found,
            title_reported,
        }),
        None => Err(failed(reading.found, &source)),
    }
}

/// The shared keys of a file's mapping.
pub(super) fn read_common(
    source: &Source,
    value: &Mapping,
    positions: &Positions,
) -> yaml::Reading<Common> {
    let mut common_part = Mapping::new();
    for key in common_keys(source, value) {
        if let Some(v) = value.get(key) {
            common_part.insert(Value::from(key), v.clone());
        }
    }
    yaml::typed_all::<Common>(Value::Mapping(common_part), positions, &source.file, &[])
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
    id_from(&source.dir, &source.stem, is_deck_file(source))
}

fn id_from(dir: &str, stem: &str, is_deck: bool) -> String {
    match is_deck {
        true => slug(dir.rsplit('/').next().unwrap_or("")),
        false => slug(stem),
    }
}

pub(super) fn is_deck_file(source: &Source) -> bool {
    is_deck_name(&source.stem, source.is_markdown)
}

fn is_deck_name(stem: &str, is_markdown: bool) -> bool {
    !is_markdown && stem == "deck"
}
