//! YAML with positions: serde_yaml reads the values, saphyr-parser's event stream tells where each
//! key and value stands, so every later check can point at `file:line:column`.

use std::collections::HashMap;
use std::path::Path;

use saphyr_parser::{Event, Parser};
use serde::de::DeserializeOwned;
use serde_yaml::Value;

use crate::diagnostics::{Diagnostic, Pos, suggest};

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
            let is_node = matches!(
                event,
                Event::Scalar(..)
                    | Event::MappingStart(..)
                    | Event::SequenceStart(..)
                    | Event::Alias(_)
            );
            if is_node {
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
        let syntax = Syntax::of(&text_of_error);
        let (pos, message, hint) = syntax.explain(text);
        let pos = pos
            .map(shift)
            .or(location)
            .unwrap_or(Pos::new(first_line, 1));
        Diagnostic::error("YAML-SYNTAX", file, pos, message).hint(hint)
    })
}

/// libyaml's message, taken apart: `PROBLEM at line L column C, while CONTEXT at line L column C`.
struct Syntax<'a> {
    problem: &'a str,
    problem_at: Option<(usize, usize)>,
    context: Option<&'a str>,
    context_at: Option<(usize, usize)>,
}

impl<'a> Syntax<'a> {
    fn of(message: &'a str) -> Syntax<'a> {
        let (problem, context) = match message.split_once(", while ") {
            Some((problem, context)) => (problem, Some(context)),
            None => (message, None),
        };
        let (problem, problem_at) = split_mark(problem);
        let (context, context_at) = match context.map(split_mark) {
            Some((context, at)) => (Some(context), at),
            None => (None, None),
        };
        Syntax {
            problem,
            problem_at,
            context,
            context_at,
        }
    }

    /// Where to point, what to say and how to fix it. A quote or bracket left open is found
    /// only where the file ends: the place to fix is where it was opened.
    fn explain(&self, text: &str) -> (Option<(usize, usize)>, String, String) {
        let context = self.context.unwrap_or("");
        let opened = self.context_at.or(self.problem_at);
        let general = "check the indentation and put quotes around text that contains `: ` or starts with a special character";
        if self.problem.contains("end of stream") && context.contains("quoted scalar") {
            return (
                opened,
                "the quotation mark here is never closed".into(),
                "end the text with the same quotation mark (' or \"), or remove this one".into(),
            );
        }
        let brackets = [
            ("flow sequence", "[]", "list"),
            ("flow mapping", "{}", "keys"),
        ];
        if let Some((_, pair, what)) = brackets.iter().find(|(kind, ..)| context.contains(kind)) {
            let (open, close) = pair.split_at(1);
            return (
                opened,
                format!("the `{open}` here is not closed with a matching `{close}`"),
                format!(
                    "add `{close}` where the {what} ends, or put quotes around text that contains `,` or `{close}`"
                ),
            );
        }
        if self.problem.contains("tab character") {
            return (
                self.problem_at,
                "a tab is used for indentation here; YAML indents with spaces only".into(),
                "replace the tab with spaces".into(),
            );
        }
        if self.problem.contains("repetition limit exceeded") {
            return (
                first_alias(text),
                "the `*name` references here repeat their anchors too many times (the values would grow without limit)".into(),
                "write the values out instead of referring to anchors (`&name`, `*name`)".into(),
            );
        }
        if let Some(number) = self
            .problem
            .split('`')
            .nth(1)
            .filter(|_| self.problem.contains(" as u128") || self.problem.contains(" as i128"))
        {
            return (
                self.problem_at,
                format!("the number {number} is too large"),
                "write a smaller number, or put it in quotes if it is meant as text".into(),
            );
        }
        let message = format!("this is not valid YAML: {}", self.problem);
        (self.problem_at, message, general.into())
    }
}

/// `text at line 2 column 4` → (`text`, (2, 4)).
fn split_mark(text: &str) -> (&str, Option<(usize, usize)>) {
    let Some((head, mark)) = text.rsplit_once(" at line ") else {
        return (text, None);
    };
    let at = mark
        .split_once(" column ")
        .and_then(|(line, col)| Some((line.trim().parse().ok()?, col.trim().parse().ok()?)));
    match at {
        Some(at) => (head, Some(at)),
        None => (text, None),
    }
}

/// The line and column (1-based) of the first `*alias` in `text`.
fn first_alias(text: &str) -> Option<(usize, usize)> {
    Parser::new_from_str(text).find_map(|event| match event {
        Ok((Event::Alias(_), span)) => Some((span.start.line(), span.start.col() + 1)),
        _ => None,
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
        let mut path = prefix.to_string();
        for segment in err.path().iter() {
            match segment {
                serde_path_to_error::Segment::Seq { index } => path.push_str(&format!("[{index}]")),
                serde_path_to_error::Segment::Map { key } => path = join_key(&path, key),
                _ => {}
            }
        }
        describe(
            &err.into_inner().to_string(),
            &path,
            positions,
            file,
            extra_keys,
        )
    })
}

/// Rewrites serde's message as one an editor can act on.
fn describe(
    message: &str,
    path: &str,
    positions: &Positions,
    file: &Path,
    extra: &[&str],
) -> Diagnostic {
    let message = message.split(" at line ").next().unwrap_or(message);
    let quoted: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
    let shown = if path.is_empty() {
        "the file".to_string()
    } else {
        format!("`{path}`")
    };
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let name = rest.split('`').next().unwrap_or("");
        let mut allowed: Vec<&str> = quoted[1..].to_vec();
        allowed.extend(extra);
        allowed.sort();
        allowed.dedup();
        // serde_path_to_error may or may not have stepped into the unknown key already.
        let at = if path == name || path.ends_with(&format!(".{name}")) {
            path.to_string()
        } else {
            join_key(path, name)
        };
        return Diagnostic::error(
            "UNKNOWN-KEY",
            file,
            positions.key(&at),
            format!("unknown key `{name}`"),
        )
        .hint(suggest(name, &allowed));
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or("");
        let place = if path.is_empty() {
            String::new()
        } else {
            format!(" in {shown}")
        };
        return Diagnostic::error(
            "MISSING-KEY",
            file,
            positions.value(path),
            format!("required key `{name}` is missing{place}"),
        )
        .hint(format!("add `{name}:` with a value"));
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let name = rest.split('`').next().unwrap_or("");
        return Diagnostic::error(
            "INVALID-VALUE",
            file,
            positions.value(path),
            format!("`{name}` is not an allowed value for {shown}"),
        )
        .hint(suggest(name, &quoted[1..]));
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest
            .split_once(", expected ")
            .unwrap_or((rest, "another kind of value"));
        return Diagnostic::error(
            "INVALID-VALUE",
            file,
            positions.value(path),
            format!("{shown} should be {expected}, not {found}"),
        )
        .hint("see the content model in docs/content-model.md for the shape of this key");
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        return Diagnostic::error(
            "INVALID-VALUE",
            file,
            positions.value(path),
            format!("{shown} has the wrong number of items ({rest})"),
        )
        .hint("see the content model in docs/content-model.md for the shape of this key");
    }
    Diagnostic::error(
        "INVALID-VALUE",
        file,
        positions.value(path),
        format!("{shown}: {message}"),
    )
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
    fn wrong_type_names_the_key() {
        let text = "title: a\ncount: many\n";
        let positions = Positions::build(text, 1);
        let value = parse(text, Path::new("f.yaml"), 1).unwrap();
        let err = typed::<Sample>(value, &positions, Path::new("f.yaml"), "", &[]).unwrap_err();
        assert_eq!(err.pos, Pos::new(2, 8));
        assert_eq!(err.message, "`count` should be u32, not string \"many\"");
    }
}
