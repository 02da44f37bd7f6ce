//! Starter text left in a file. `polku new` and `polku init` mark every text an editor has to
//! replace with `TODO:`; a file that still has one gets a `PLACEHOLDER` warning (an error with
//! `polku check --strict`), so that starter text is not published unnoticed. So does an address
//! at a domain reserved for examples (`palaute@example.fi`, `https://hanke.example.com/`): a
//! reader's mail or click would go nowhere.

use super::text;
use std::path::Path;

use super::{Diagnostic, Pos, Text};

/// What starter text begins with. Editors may use it for their own notes too: it is found the
/// same way.
pub const MARKER: &str = "TODO:";

/// A `PLACEHOLDER` warning for each marker in `text`, whose first line is line `first_line` of
/// `file`. In Markdown, code is an example rather than starter text, and is skipped: code spans
/// and fenced blocks, except `exercise` blocks, whose YAML is the lesson's content.
pub fn placeholders(text: &str, file: &Path, first_line: usize, markdown: bool) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    // The open fence (its backticks or tildes) and whether its lines are content.
    let mut fence: Option<(String, bool)> = None;
    for (i, line) in text.lines().enumerate() {
        if markdown {
            let trimmed = line.trim_start();
            match &fence {
                Some((open, _)) if closes(trimmed, open) => {
                    fence = None;
                    continue;
                }
                Some((_, false)) => continue,
                Some((_, true)) => {}
                None => {
                    if let Some(open) = opening(trimmed) {
                        let info = trimmed[open.len()..].trim();
                        fence = Some((open, info == "exercise"));
                        continue;
                    }
                }
            }
        }
        let in_code_span = |at: usize| markdown && line[..at].matches('`').count() % 2 == 1;
        let mut warn = |at: usize, message: Text, hint: Text| {
            if !in_code_span(at) {
                let col = line[..at].chars().count() + 1;
                let pos = Pos::new(first_line + i, col);
                found.push(Diagnostic::warning("PLACEHOLDER", file, pos, message).hint(hint));
            }
        };
        for (at, address) in example_addresses(line) {
            let message = text!("example-address", address = address);
            warn(at, message, text!("example-address.hint"));
        }
        for (at, _) in line.match_indices(MARKER) {
            // Without the quote that closes a YAML string.
            let shown = line[at..].trim_end().trim_end_matches(['"', '\'']);
            let text: String = shown.chars().take(60).collect();
            warn(
                at,
                text!("placeholder", text = text),
                text!("placeholder.hint"),
            );
        }
    }
    found
}

/// The domains reserved for examples (RFC 2606), and `example.fi`, which Finnish guides use
/// the same way (it is not reserved, but it is no project's address).
const EXAMPLE_DOMAINS: &[&str] = &["example.fi", "example.com", "example.org", "example.net"];

/// Each address in `line` (a URL, an e-mail address or a bare host name) whose host is an
/// example domain or below one, or in the `.example` top-level domain, with its byte offset.
fn example_addresses(line: &str) -> Vec<(usize, &str)> {
    let is_address_char = |c: char| c.is_alphanumeric() || "@._%+-/:~#?=&".contains(c);
    let mut found = Vec::new();
    let mut start = None;
    for (at, c) in line.char_indices().chain([(line.len(), ' ')]) {
        match (start, is_address_char(c)) {
            (None, true) => start = Some(at),
            (Some(from), false) => {
                let token = line[from..at].trim_end_matches(['.', ',', ':', '?', '#', '&', '=']);
                if is_example(token) {
                    found.push((from, token));
                }
                start = None;
            }
            _ => {}
        }
    }
    found
}

/// Whether an address (URL, e-mail address or host name) is at an example domain: printing it
/// would send a reader nowhere.
pub fn is_example(token: &str) -> bool {
    let after_scheme = token.split_once("://").map_or(token, |(_, rest)| rest);
    let authority = after_scheme.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or("");
    let host = host.split(':').next().unwrap_or("").to_lowercase();
    let under = |domain: &str| host == domain || host.ends_with(&format!(".{domain}"));
    host.contains('.') && (EXAMPLE_DOMAINS.iter().any(|d| under(d)) || host.ends_with(".example"))
}

/// The fence a line opens (three or more backticks or tildes), if it opens one.
fn opening(line: &str) -> Option<String> {
    let first = line.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let run: String = line.chars().take_while(|c| *c == first).collect();
    (run.len() >= 3).then_some(run)
}

fn closes(line: &str, open: &str) -> bool {
    let first = open.chars().next().unwrap_or('`');
    let run = line.chars().take_while(|c| *c == first).count();
    run >= open.len() && line[run..].trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(text: &str, markdown: bool) -> Vec<(usize, usize)> {
        placeholders(text, Path::new("a.md"), 10, markdown)
            .iter()
            .map(|d| (d.pos.line, d.pos.col))
            .collect()
    }

    #[test]
    fn markers_are_found_at_their_line_and_column() {
        let text =
            "title: Uusi\ninsight: \"TODO: Kirjoita tähän oivallus.\"\n# TODO: oikea osoite\n";
        assert_eq!(places(text, false), [(11, 11), (12, 3)]);
        let warning = &placeholders(text, Path::new("a.yaml"), 1, false)[0];
        assert_eq!(warning.code, "PLACEHOLDER");
        assert!(
            warning
                .message
                .to_string()
                .ends_with("`TODO: Kirjoita tähän oivallus.`")
        );
    }

    #[test]
    fn example_addresses_are_starter_text_outside_code() {
        let text = "Lähetä viesti: **palaute@hanke.example.fi**. Katso https://www.example.com/a?b=1, \
                    tai `info@example.fi`. Ei: example.fine, myexample.fi, example.finland.fi.\n";
        assert_eq!(places(text, true), [(10, 18), (10, 52)]);
        let addresses: Vec<&str> = example_addresses(text)
            .into_iter()
            .map(|(_, a)| a)
            .collect();
        assert_eq!(
            addresses,
            [
                "palaute@hanke.example.fi",
                "https://www.example.com/a?b=1",
                "info@example.fi"
            ]
        );
        assert!(is_example("mailto:x@y.example") && is_example("HTTP://EXAMPLE.ORG"));
        assert!(!is_example("example") && !is_example("example.fi.evil.com"));
    }

    #[test]
    fn code_in_markdown_is_an_example_but_an_exercise_is_content() {
        let text = "Kirjoita `TODO:` tekstin alkuun.\n\n```yaml\ninsight: \"TODO: x\"\n```\n\n```exercise\ninstruction: \"TODO: Valitse.\"\n```\nTODO: Kirjoita tähän tilanne.\n";
        assert_eq!(places(text, true), [(17, 15), (19, 1)]);
        // The same text read as YAML has no code: every marker counts.
        assert_eq!(places(text, false).len(), 4);
    }
}
