//! Reading a file's YAML as a typed struct past its first mistake, so that an editor sees all
//! of a file's mistakes in one run (`typed_all`).

use std::path::Path;

use serde::de::DeserializeOwned;
use serde_yaml::{Mapping, Value};

use super::{Positions, Segment, describe, join_key, path_of};
use crate::diagnostics::{Diagnostic, did_you_mean};

/// What [`typed_all`] read: the struct, unless a stand-in was needed; every mistake found; and
/// the paths of the keys taken out for them.
pub struct Reading<T> {
    pub typed: Option<T>,
    pub found: Vec<Diagnostic>,
    pub taken_out: Vec<String>,
}

impl<T> Reading<T> {
    /// The same reading, its struct made something else.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Reading<U> {
        Reading {
            typed: self.typed.map(f),
            found: self.found,
            taken_out: self.taken_out,
        }
    }

    /// Whether a mistake of top-level `key` was reported already: its wrong value, or a
    /// misspelling of it (an unknown key that suggests it). It is then not missing as well.
    pub fn reported(&self, key: &str) -> bool {
        reported(&self.taken_out, "", key)
    }
}

fn reported(taken_out: &[String], parent: &str, key: &str) -> bool {
    taken_out.iter().any(|out| {
        let (out_parent, out_key) = out.rsplit_once('.').unwrap_or(("", out));
        out_parent == parent && did_you_mean(out_key, [key]).is_some()
    })
}

/// Like `yaml::typed`, but reads on past a mistake to find the file's others. A key the type does
/// not have, or a value of the wrong kind, is reported and taken out; a missing key is reported
/// and given a stand-in; and the rest is read again. The struct comes back too when every
/// mistake could be taken out, so that the file's references can still be checked; not when a
/// stand-in was needed.
pub fn typed_all<T: DeserializeOwned>(
    mut value: Value,
    positions: &Positions,
    file: &Path,
    extra_keys: &[&str],
) -> Reading<T> {
    let mut found: Vec<Diagnostic> = Vec::new();
    let mut taken_out: Vec<String> = Vec::new();
    let mut stand_ins = false;
    // Each round takes one key out or stands one in: a file has fewer mistakes than this.
    for _ in 0..64 {
        let (segments, message) = match attempt::<T>(&value) {
            Ok(typed) => {
                let typed = Some(typed).filter(|_| !stand_ins);
                return Reading {
                    typed,
                    found,
                    taken_out,
                };
            }
            Err(failure) => failure,
        };
        let path = path_of("", &segments);
        if let Some(name) = quoted_after(&message, "missing field `") {
            if !reported(&taken_out, &path, name) {
                found.push(describe(&message, &path, positions, file, extra_keys));
            }
            if !stand_in::<T>(&mut value, &segments, name) {
                break;
            }
            stand_ins = true;
            continue;
        }
        found.push(describe(&message, &path, positions, file, extra_keys));
        let mut at: &[Segment] = &segments;
        let unknown = quoted_after(&message, "unknown field `");
        if let Some(name) = unknown {
            // serde_path_to_error may or may not have stepped into the unknown key already.
            if let [parents @ .., Segment::Map { key }] = at
                && key == name
            {
                at = parents;
            }
        }
        if !take_out(&mut value, at, unknown) {
            break;
        }
        taken_out.push(unknown.map_or(path, |name| join_key(&path_of("", at), name)));
    }
    Reading {
        typed: None,
        found,
        taken_out,
    }
}

/// The value read as `T`, or where and why it cannot be.
fn attempt<T: DeserializeOwned>(value: &Value) -> Result<T, (Vec<Segment>, String)> {
    serde_path_to_error::deserialize::<_, T>(value.clone()).map_err(|err| {
        let segments = err.path().iter().cloned().collect();
        (segments, err.into_inner().to_string())
    })
}

fn quoted_after<'a>(message: &'a str, start: &str) -> Option<&'a str> {
    message.strip_prefix(start)?.split('`').next()
}

/// Puts a stand-in for the missing key `name` into the mapping at `path`: the first of a few
/// plain values that `T` takes there. False if none does.
fn stand_in<T: DeserializeOwned>(value: &mut Value, path: &[Segment], name: &str) -> bool {
    let at = join_key(&path_of("", path), name);
    let candidates = [
        Value::String(String::new()),
        Value::from(0),
        Value::Sequence(Vec::new()),
        Value::Mapping(Mapping::new()),
        Value::Bool(false),
    ];
    for candidate in candidates {
        let mut tried = value.clone();
        let Some(Value::Mapping(map)) = value_at(&mut tried, path) else {
            return false;
        };
        map.insert(Value::from(name), candidate);
        let taken = match attempt::<T>(&tried) {
            Ok(_) => true,
            Err((segments, message)) => {
                let there = path_of("", &segments);
                let still = there == at
                    || there.starts_with(&format!("{at}."))
                    || there.starts_with(&format!("{at}["));
                !still && quoted_after(&message, "missing field `") != Some(name)
            }
        };
        if taken {
            *value = tried;
            return true;
        }
    }
    false
}

/// The value that `path` leads to in `value`.
fn value_at<'v>(value: &'v mut Value, path: &[Segment]) -> Option<&'v mut Value> {
    let mut here = value;
    for segment in path {
        here = match segment {
            Segment::Seq { index } => here.get_mut(*index)?,
            Segment::Map { key } => here.get_mut(key.as_str())?,
            _ => here,
        };
    }
    Some(here)
}

/// Takes the value at `path` (or, with `key`, that key of the mapping at `path`) out of `value`.
fn take_out(value: &mut Value, path: &[Segment], key: Option<&str>) -> bool {
    let (last, parents) = match (key, path.split_last()) {
        (Some(_), _) => (None, path),
        (None, Some((last, parents))) => (Some(last), parents),
        (None, None) => return false,
    };
    match (last, key, value_at(value, parents)) {
        (_, Some(key), Some(Value::Mapping(map))) => map.remove(key).is_some(),
        (Some(Segment::Map { key }), None, Some(Value::Mapping(map))) => {
            map.remove(key.as_str()).is_some()
        }
        (Some(Segment::Seq { index }), None, Some(Value::Sequence(items)))
            if *index < items.len() =>
        {
            items.remove(*index);
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Lesson {
        order: u32,
        title: String,
        level: Level,
        note: Option<String>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Level {
        min: String,
        max: String,
    }

    fn read(text: &str) -> (Option<Lesson>, Vec<String>) {
        let value: Value = serde_yaml::from_str(text).unwrap();
        let positions = Positions::build(text, 1);
        let Reading { typed, found, .. } =
            typed_all::<Lesson>(value, &positions, Path::new("a.md"), &[]);
        let found = found
            .iter()
            .map(|d| format!("{}:{} {}", d.pos.line, d.code, d.message))
            .collect();
        (typed, found)
    }

    #[test]
    fn every_mistake_of_a_file_is_found_in_one_reading() {
        let (typed, found) =
            read("order: kuusi\ntittle: Hei\nnote: [a]\nkesto: 5\nlevel: {min: A1.1}\n");
        assert!(typed.is_none(), "stand-ins were needed: no struct");
        assert_eq!(found.len(), 5, "{found:#?}");
        for (line, code) in [
            (1, "INVALID-VALUE"),
            (2, "UNKNOWN-KEY"),
            (3, "INVALID-VALUE"),
            (4, "UNKNOWN-KEY"),
            (5, "MISSING-KEY"),
        ] {
            assert!(
                found
                    .iter()
                    .any(|f| f.starts_with(&format!("{line}:{code} "))),
                "{line} {code} not in {found:#?}"
            );
        }
        // `level.max` is reported missing; `order`, whose value was wrong, and `title`, which
        // was misspelt (`tittle`, reported with its "did you mean"), are not reported missing.
        for key in ["order", "title"] {
            let missing = format!("required key `{key}` is missing");
            assert!(!found.iter().any(|f| f.contains(&missing)), "{found:#?}");
        }
    }

    #[test]
    fn a_file_whose_mistakes_can_be_taken_out_is_still_read() {
        let (typed, found) =
            read("order: 1\ntitle: Hei\nlevel: {min: A1.1, max: A2.1}\nnote: [a]\nkesto: 5\n");
        assert_eq!(found.len(), 2, "{found:#?}");
        let lesson = typed.expect("read without the wrong keys");
        assert!(lesson.note.is_none());
    }
}
