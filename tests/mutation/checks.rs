//! The checks of one run: what its exit code, stderr and diagnostics must be after an edit.

use std::collections::BTreeSet;

use crate::common::{Run, TestSite, parse_diagnostic, parse_summary};
use crate::edits::{Mutation, esc};

/// Text that Rust's `Debug` prints and an editor should never see.
const DEBUG_TEXT: &[&str] = &[
    "Some(", "None)", "Err(", "Ok(", "{ ..", " { kind:", "Error {",
];
/// Rust's names of number types, which serde's messages show ("expected u32").
const RUST_TYPES: &[&str] = &[
    "u8", "u16", "u32", "u64", "u128", "usize", "i32", "i64", "f64",
];

/// What is wrong with one run, as (class, detail).
pub(crate) fn judge(run: &Run, m: &Mutation, site: &TestSite) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = Vec::new();
    let mut fail = |class: &str, detail: String| found.push((class.to_string(), detail));
    let stderr = &run.stderr;
    if stderr.contains("panicked at") || stderr.contains("RUST_BACKTRACE") || run.code == 101 {
        fail("panic", String::new());
    } else if run.code == -1 {
        fail("killed by a signal", String::new());
    } else if run.code != 0 && run.code != 1 {
        fail(&format!("exit code {}", run.code), String::new());
    }
    for text in DEBUG_TEXT.iter().filter(|t| stderr.contains(**t)) {
        fail("Rust Debug text", format!("{text:?} in stderr"));
    }
    let words = stderr.split(|c: char| !c.is_alphanumeric());
    if let Some(word) = words.into_iter().find(|w| RUST_TYPES.contains(w)) {
        fail("Rust type name in a message", format!("`{word}` in stderr"));
    }
    if let Some(c) = stderr
        .chars()
        .find(|c| c.is_control() && *c != '\n' && *c != '\t')
    {
        fail("raw control character in stderr", format!("{c:?}"));
    }
    let (mut diags, mut summary) = (Vec::new(), None);
    for line in stderr.lines() {
        if line.starts_with("  hint: ") || line == "Nothing was written." {
            continue;
        } else if let Some(counts) = parse_summary(line) {
            summary = Some(counts);
        } else if let Some(diag) = parse_diagnostic(line) {
            diags.push(diag);
        } else if run.code == 0 || run.code == 1 {
            fail("line that is not a diagnostic", esc(line.as_bytes()));
        }
    }
    let errors = diags.iter().filter(|d| d.error).count();
    let files: BTreeSet<&str> = diags.iter().map(|d| d.file.as_str()).collect();
    let printed = (errors, diags.len() - errors, files.len());
    match summary {
        Some(said) if said != printed => fail(
            "summary disagrees with the lines printed",
            format!("summary {said:?}, printed (errors, warnings, files) {printed:?}"),
        ),
        None if !diags.is_empty() => fail("no summary line", String::new()),
        _ => {}
    }
    if run.code == 1 && errors == 0 {
        fail("exit 1 without an error", String::new());
    }
    if run.code == 0 && errors > 0 {
        fail("exit 0 with errors", String::new());
    }
    if run.code == 1 && !stderr.ends_with("Nothing was written.\n") {
        fail("exit 1 without `Nothing was written.`", String::new());
    }
    let text = String::from_utf8_lossy(&m.bytes);
    let line_count = text.split(['\n', '\r']).count().max(text.lines().count()) + 1;
    let widest = text
        .split(['\n', '\r'])
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0)
        + 1;
    for d in diags.iter().filter(|d| d.error) {
        match d.pos {
            None => fail(
                &format!("error without line:col ({})", d.code),
                format!("{} error[{}]", d.file, d.code),
            ),
            Some(_) if !site.path(&d.file).is_file() => {
                fail("error names no source file", d.file.clone())
            }
            Some((line, col))
                if d.file == m.file
                    && (line == 0 || line > line_count || col == 0 || col > widest) =>
            {
                fail(
                    "error position outside the mutated file",
                    format!("{line}:{col} in a file of {line_count} lines"),
                )
            }
            Some((line, _))
                if d.file == m.file
                    && d.code == "YAML-SYNTAX"
                    && m.insertion
                    && line > m.line + 3 =>
            {
                fail(
                    "YAML-SYNTAX reported far after the edit",
                    format!("edit on line {}, error on line {line}", m.line),
                )
            }
            _ => {}
        }
    }
    if std::str::from_utf8(&m.bytes).is_err() && !diags.iter().any(|d| d.error && d.file == m.file)
    {
        fail("file no longer UTF-8 but no error names it", String::new());
    }
    found
}
