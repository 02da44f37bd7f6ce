//! serde's messages about a value of the wrong shape, rewritten as ones an editor can act on.

use std::path::Path;

use super::{Positions, join_key};
use crate::diagnostics::{Diagnostic, suggest};

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
                format!("{shown} is {n}, a number too large for it"),
            )
            .hint("write a smaller number");
        }
        let (found, expected) = (found_in_words(found), expected_in_words(expected));
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

/// serde's name of the expected type (Rust's, e.g. `u32`) in words.
fn expected_in_words(expected: &str) -> String {
    let words = match expected {
        "u8" | "u16" | "u32" | "u64" | "usize" => "a whole number of 0 or more",
        "i8" | "i16" | "i32" | "i64" | "isize" => "a whole number",
        "f32" | "f64" => "a number",
        "a string" | "a character" => "text",
        "a boolean" => "true or false",
        "a sequence" => "a list",
        "a map" => "keys with values",
        "unit" => "empty",
        other if other.starts_with("struct ") => "keys with values",
        other => other,
    };
    words.to_string()
}

/// serde's description of the value found (`string "x"`, `floating point \`1.5\``) in words.
fn found_in_words(found: &str) -> String {
    let value = found.split('`').nth(1).unwrap_or(found);
    // A huge float is written out in full by serde: hundreds of digits help no one.
    let value = match value.char_indices().nth(24) {
        Some((cut, _)) => format!("{}…", &value[..cut]),
        None => value.to_string(),
    };
    if let Some(text) = found.strip_prefix("string ") {
        return format!("the text {text}");
    }
    match found.split(' ').next().unwrap_or(found) {
        "integer" | "floating" => format!("the number {value}"),
        "boolean" => value,
        "sequence" => "a list".to_string(),
        "map" => "keys with values".to_string(),
        "unit" => "an empty value".to_string(),
        _ => found.to_string(),
    }
}
