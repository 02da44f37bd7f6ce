//! YAML with positions: serde_yaml reads the values, saphyr-parser's event stream tells where each
//! key and value stands, so every later check can point at `file:line:column`.

use std::collections::HashMap;
use std::path::Path;

use saphyr_parser::{Event, Parser};

mod describe;
mod recover;
mod syntax;

use describe::describe;
pub use recover::{Reading, typed_all};
use serde::de::DeserializeOwned;
use serde_yaml::Value;
use syntax::Syntax;

use crate::diagnostics::{Diagnostic, Pos};

/// The end of the error a date that is not `YYYY-MM-DD` gives (`model::fields::Date`), after the
/// value in backticks: `describe` finds it there and gives the message in the editor's language.
pub const NOT_A_DATE: &str = " is not a date; write it as YYYY-MM-DD, e.g. 2023-05-15";
/// The error of a value that should be an id or a list of ids (`model::fields::OneOrMany`).
pub const NOT_IDS: &str = "write an id or a list of ids";

/// Where each key and value of a YAML document stands, by path (`steps[2].service`).
#[derive(Debug, Default, Clone)]
pub struct Positions {
    keys: HashMap<String, Pos>,
    values: HashMap<String, Pos>,
    start: Pos,
}

enum Frame {
    Map { path: String, key: Option<String> },
    Seq { path: String, index: usize },
}

impl Positions {
    /// Positions of `text`, whose first line is line `first_line` of its file.
    pub fn build(text: &str, first_line: usize) -> Positions {
        let mut positions = Positions {
            start: Pos::new(first_line, 1),
            ..Positions::default()
        };
        let mut stack: Vec<Frame> = Vec::new();
        for event in Parser::new_from_str(text) {
            let Ok((event, span)) = event else { break };
            let pos = Pos::new(span.start.line() + first_line - 1, span.start.col() + 1);
            if is_node(&event) {
                // A scalar where a mapping expects a key is the key itself.
                if let Some(Frame::Map {
                    path,
                    key: key @ None,
                }) = stack.last_mut()
                {
                    let name = match &event {
                        Event::Scalar(value, ..) => value.to_string(),
                        _ => String::from("?"),
                    };
                    positions.keys.insert(join_key(path, &name), pos);
                    *key = Some(name);
                    if !matches!(event, Event::Scalar(..)) {
                        // Complex keys are not used in Polku content: skip their insides.
                        stack.push(Frame::Seq {
                            path: String::from("?"),
                            index: 0,
                        });
                    }
                    continue;
                }
                let path = match stack.last() {
                    None => String::new(),
                    Some(Frame::Map { path, key }) => join_key(path, key.as_deref().unwrap_or("?")),
                    Some(Frame::Seq { path, index }) => format!("{path}[{index}]"),
                };
                positions.values.entry(path.clone()).or_insert(pos);
                match event {
                    Event::MappingStart(..) => stack.push(Frame::Map { path, key: None }),
                    Event::SequenceStart(..) => stack.push(Frame::Seq { path, index: 0 }),
                    _ => value_done(&mut stack),
                }
            } else if matches!(event, Event::MappingEnd | Event::SequenceEnd) {
                stack.pop();
                value_done(&mut stack);
            }
        }
        positions
    }

    /// Position of the value at `path`, or of its nearest parent that has one.
    pub fn value(&self, path: &str) -> Pos {
        self.lookup(&self.values, path)
    }

    /// Position of the key of `path` (its value's position for list items).
    pub fn key(&self, path: &str) -> Pos {
        match self.keys.get(path) {
            Some(pos) => *pos,
            None => self.value(path),
        }
    }

    /// Takes the paths of the top-level `key` from `other`, at line 0: a key a translation
    /// inherits from its original is not in the translation's file (see `Pos::INHERITED`).
    pub fn inherit(&mut self, other: &Positions, key: &str) {
        let under = |path: &String| {
            path == key
                || path.starts_with(&format!("{key}."))
                || path.starts_with(&format!("{key}["))
        };
        for (mine, theirs) in [
            (&mut self.keys, &other.keys),
            (&mut self.values, &other.values),
        ] {
            mine.retain(|path, _| !under(path));
            for path in theirs.keys().filter(|p| under(p)) {
                mine.insert(path.clone(), Pos::INHERITED);
            }
        }
    }

    fn lookup(&self, map: &HashMap<String, Pos>, path: &str) -> Pos {
        let mut path = path;
        loop {
            if let Some(pos) = map.get(path).or_else(|| self.keys.get(path)) {
                return *pos;
            }
            match path.rfind(['.', '[']) {
                Some(cut) => path = &path[..cut],
                None => return map.get("").copied().unwrap_or(self.start),
            }
        }
    }
}

/// A node of the document: a value, or a collection that starts.
fn is_node(event: &Event) -> bool {
    matches!(
        event,
        Event::Scalar(..) | Event::MappingStart(..) | Event::SequenceStart(..) | Event::Alias(_)
    )
}

fn join_key(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn value_done(stack: &mut [Frame]) {
    match stack.last_mut() {
        Some(Frame::Map { key, .. }) => *key = None,
        Some(Frame::Seq { index, .. }) => *index += 1,
        None => {}
    }
}

/// Parses YAML text into a value; a syntax error becomes a `YAML-SYNTAX` diagnostic at the
/// token that caused it.
pub fn parse(text: &str, file: &Path, first_line: usize) -> Result<Value, Diagnostic> {
    if text.trim().is_empty() {
        return Ok(Value::Mapping(Default::default()));
    }
    serde_yaml::from_str(text).map_err(|err| {
        let shift = |(line, col): (usize, usize)| Pos::new(line + first_line - 1, col);
        let location = err.location().map(|l| shift((l.line(), l.column())));
        let text_of_error = err.to_string();
        let syntax = Syntax::of(&text_of_error, text);
        let (pos, message, hint) = syntax.explain(text);
        let pos = pos
            .map(shift)
            .or(location)
            .unwrap_or(Pos::new(first_line, 1));
        Diagnostic::error("YAML-SYNTAX", file, pos, message).hint(hint)
    })
}

/// Turns a YAML value into a typed struct. `prefix` is the path of `value` in its document;
/// `extra_keys` are further keys that are allowed here (for "did you mean").
pub fn typed<T: DeserializeOwned>(
    value: Value,
    positions: &Positions,
    file: &Path,
    prefix: &str,
    extra_keys: &[&str],
) -> Result<T, Diagnostic> {
    serde_path_to_error::deserialize(value).map_err(|err| {
        let path = path_of(prefix, err.path().iter());
        describe(
            &err.into_inner().to_string(),
            &path,
            positions,
            file,
            extra_keys,
        )
    })
}

type Segment = serde_path_to_error::Segment;

/// `steps[0].service`: the path that `segments` lead to below `prefix`.
fn path_of<'a>(prefix: &str, segments: impl IntoIterator<Item = &'a Segment>) -> String {
    let mut path = prefix.to_string();
    for segment in segments {
        match segment {
            Segment::Seq { index } => path.push_str(&format!("[{index}]")),
            Segment::Map { key } => path = join_key(&path, key),
            _ => {}
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_of_nested_keys_values_and_items() {
        let text = "title: Hei\nlevel:\n  min: A2.1\nsteps:\n  - title: a\n    service: x\nvocabulary: [kipu, sarky]\n";
        let p = Positions::build(text, 3);
        assert_eq!(p.key("title"), Pos::new(3, 1));
        assert_eq!(p.value("level.min"), Pos::new(5, 8));
        assert_eq!(p.key("steps[0].service"), Pos::new(8, 5));
        assert_eq!(p.value("vocabulary[1]"), Pos::new(9, 20));
        assert_eq!(p.value("steps[0].nothing"), Pos::new(7, 5));
    }

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Sample {
        title: String,
        count: u32,
    }

    #[test]
    fn unknown_key_points_at_the_key_and_suggests() {
        let text = "title: a\ncount: 1\ntitel: b\n";
        let positions = Positions::build(text, 2);
        let value = parse(text, Path::new("f.md"), 2).unwrap();
        let err = typed::<Sample>(value, &positions, Path::new("f.md"), "", &[]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "f.md:4:1: error[UNKNOWN-KEY]: unknown key `titel`\n  hint: did you mean `title`?"
        );
    }

    #[test]
    fn a_line_without_its_colon_is_found_where_it_stands_not_where_the_text_ends() {
        let text = "kind: match\npairs:\n  - [a, b]\nSana  - [c, d]\n  - [e, f]\n\n";
        let err = parse(text, Path::new("f.md"), 10).unwrap_err();
        assert_eq!(err.pos, Pos::new(13, 1), "{err}");
        assert!(
            err.message.to_string().starts_with("this line is neither"),
            "{err}"
        );
        // A quote opened at the very start (where serde_yaml leaves out the place).
        let err = parse("\"term: kipu\nword_class: x\n\n", Path::new("f.yaml"), 1).unwrap_err();
        assert_eq!(err.pos, Pos::new(1, 1), "{err}");
    }

    #[test]
    fn wrong_type_names_the_key() {
        let text = "title: a\ncount: many\n";
        let positions = Positions::build(text, 1);
        let value = parse(text, Path::new("f.yaml"), 1).unwrap();
        let err = typed::<Sample>(value, &positions, Path::new("f.yaml"), "", &[]).unwrap_err();
        assert_eq!(err.pos, Pos::new(2, 8));
        assert_eq!(
            err.message.to_string(),
            "`count` should be a whole number of 0 or more, not the text \"many\""
        );
        // No Rust type names, no 309-digit numbers.
        for (value, message) in [
            (
                "1.5",
                "should be a whole number of 0 or more, not the number 1.5",
            ),
            (
                "-1",
                "should be a whole number of 0 or more, not the number -1",
            ),
            ("4294967296", "is 4294967296, a number too large for it"),
            (
                "1e308",
                "should be a whole number of 0 or more, not the number 100000000000000000000000…",
            ),
        ] {
            let text = format!("title: a\ncount: {value}\n");
            let value = parse(&text, Path::new("f.yaml"), 1).unwrap();
            let err = typed::<Sample>(value, &positions, Path::new("f.yaml"), "", &[]).unwrap_err();
            assert_eq!(err.message.to_string(), format!("`count` {message}"));
        }
    }
}
