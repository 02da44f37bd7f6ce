//! serde's messages about a value of the wrong shape, rewritten as ones an editor can act on.

use std::path::Path;

use super::{Positions, join_key};
use crate::diagnostics::text;
use crate::diagnostics::{Diagnostic, Text, suggest};

/// Rewrites serde's message as one an editor can act on.
pub(super) fn describe(
    message: &str,
    path: &str,
    positions: &Positions,
    file: &Path,
    extra: &[&str],
) -> Diagnostic {
    let message = message.split(" at line ").next().unwrap_or(message);
    let quoted: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
    // The key the message is about, `none` for the file as a whole (the Fluent files' word).
    let key = if path.is_empty() { "none" } else { path };
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
            text!("unknown-key", key = name),
        )
        .hint(suggest(name, &allowed));
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or("");
        let message = match path.is_empty() {
            true => text!("missing-key", key = name),
            false => text!("missing-key-in", key = name, place = path),
        };
        return Diagnostic::error("MISSING-KEY", file, positions.value(path), message)
            .hint(text!("missing-key.hint", key = name));
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let name = rest.split('`').next().unwrap_or("");
        return Diagnostic::error(
            "INVALID-VALUE",
            file,
            positions.value(path),
            text!("not-allowed", value = name, key = key),
        )
        .hint(suggest(name, &quoted[1..]));
    }
    let wrong = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "));
    if let Some(rest) = wrong {
        let (found, expected) = rest
            .split_once(", expected ")
            .unwrap_or((rest, "another kind of value"));
        let unsigned = ["u8", "u16", "u32", "u64", "usize"].contains(&expected);
        if let Some(n) = found
            .strip_prefix("integer `")
            .filter(|n| unsigned && !n.starts_with('-'))
        {
            let n = n.trim_end_matches('`');
            return Diagnostic::error(
                "INVALID-VALUE",
                file,
                positions.value(path),
                text!("too-large", key = key, value = n),
            )
            .hint(text!("too-large.hint"));
        }
        let kind = Kind::of(expected);
        let wrong_kind = text!(
            "wrong-kind",
            key = key,
            expected = kind.in_words(expected),
            found = found_in_words(found)
        );
        let leaf = path.rsplit('.').next().unwrap_or(path);
        // The number the editor wrote, without its unit (`60 min` → `60`), else one of the kind.
        let digits: String = found.chars().filter(char::is_ascii_digit).collect();
        let example = match kind.example() {
            Some(_) if matches!(kind, Kind::Count | Kind::Integer) && !digits.is_empty() => {
                Some(digits.as_str())
            }
            example => example,
        };
        let hint = match example {
            Some(example) if !path.is_empty() && !leaf.ends_with(']') => {
                text!("wrong-kind.hint", example = format!("{leaf}: {example}"))
            }
            _ => text!("shape.hint"),
        };
        return Diagnostic::error("INVALID-VALUE", file, positions.value(path), wrong_kind)
            .hint(hint);
    }
    // Polku's own errors (`model::fields`), in the editor's language.
    if let Some(value) = message
        .strip_suffix(super::NOT_A_DATE)
        .and_then(|m| m.strip_prefix('`')?.strip_suffix('`'))
    {
        return Diagnostic::error(
            "INVALID-VALUE",
            file,
            positions.value(path),
            text!("not-a-date", key = key, value = value),
        );
    }
    if message == super::NOT_IDS {
        return Diagnostic::error(
            "INVALID-VALUE",
            file,
            positions.value(path),
            text!("not-ids", key = key),
        );
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        return Diagnostic::error(
            "INVALID-VALUE",
            file,
            positions.value(path),
            text!("wrong-count", key = key, detail = rest),
        )
        .hint(text!("shape.hint"));
    }
    let shown = if path.is_empty() { "the file" } else { path };
    Diagnostic::error(
        "INVALID-VALUE",
        file,
        positions.value(path),
        text!("other-problem", key = shown, detail = message),
    )
}

/// The kind of value serde expected (Rust's type name, e.g. `u32`).
enum Kind {
    Count,
    Integer,
    Number,
    Text,
    Boolean,
    List,
    Map,
    Empty,
    Other,
}

impl Kind {
    fn of(expected: &str) -> Kind {
        match expected {
            "u8" | "u16" | "u32" | "u64" | "usize" => Kind::Count,
            "i8" | "i16" | "i32" | "i64" | "isize" => Kind::Integer,
            "f32" | "f64" => Kind::Number,
            "a string" | "a character" => Kind::Text,
            "a boolean" => Kind::Boolean,
            "a sequence" => Kind::List,
            "a map" => Kind::Map,
            "unit" => Kind::Empty,
            other if other.starts_with("struct ") => Kind::Map,
            _ => Kind::Other,
        }
    }

    /// The kind in the editor's words; serde's own for a kind Polku does not name.
    fn in_words(&self, expected: &str) -> Text {
        match self {
            Kind::Count => text!("kind-count"),
            Kind::Integer => text!("kind-integer"),
            Kind::Number => text!("kind-number"),
            Kind::Text => text!("kind-text"),
            Kind::Boolean => text!("kind-boolean"),
            Kind::List => text!("kind-list"),
            Kind::Map => text!("kind-map"),
            Kind::Empty => text!("kind-empty"),
            Kind::Other => Text::Plain(expected.to_string()),
        }
    }

    /// A value of the kind, for a hint that shows the key written right.
    fn example(&self) -> Option<&'static str> {
        match self {
            Kind::Count | Kind::Integer => Some("1"),
            Kind::Number => Some("2.5"),
            Kind::Boolean => Some("true"),
            _ => None,
        }
    }
}

/// serde's description of the value found (`string "x"`, `floating point \`1.5\``) in words.
fn found_in_words(found: &str) -> Text {
    let value = found.split('`').nth(1).unwrap_or(found);
    // A huge float is written out in full by serde: hundreds of digits help no one.
    let value = match value.char_indices().nth(24) {
        Some((cut, _)) => format!("{}…", &value[..cut]),
        None => value.to_string(),
    };
    if let Some(text) = found.strip_prefix("string ") {
        return text!("found-text", value = text.trim_matches('"'));
    }
    match found.split(' ').next().unwrap_or(found) {
        "integer" | "floating" => text!("found-number", value = value),
        "boolean" => text!("found-boolean", value = value),
        "sequence" => text!("found-list"),
        "map" => text!("found-map"),
        "unit" => text!("found-empty"),
        _ => Text::Plain(found.to_string()),
    }
}
