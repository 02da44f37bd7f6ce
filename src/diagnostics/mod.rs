//! Problems found in a site, as values: where, what, and how to fix it.
//!
//! Every stage of the build adds to one `Diagnostics` list instead of stopping at the first
//! problem, so that an editor sees everything that is wrong in one run.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::i18n::{self, Lang};

mod codes;
mod placeholders;
mod suggest;
mod text;

pub use codes::CODES;
pub use placeholders::{MARKER, is_example, placeholders};
pub use suggest::{did_you_mean, suggest};
pub(crate) use text::text;
pub use text::{Message, Text};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// A position in a source file: 1-based line and column (counted in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

impl Pos {
    /// Where a translation's inherited key is: not in its file. Problems found there are the
    /// original's, reported with its file, and are left out for the translation.
    pub const INHERITED: Pos = Pos { line: 0, col: 0 };

    pub fn new(line: usize, col: usize) -> Pos {
        Pos { line, col }
    }

    /// The position of byte `offset` in `text`, shifted by `first_line - 1` lines.
    pub fn of_offset(text: &str, offset: usize, first_line: usize) -> Pos {
        let before = &text[..offset.min(text.len())];
        let line = before.matches('\n').count();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Pos::new(first_line + line, before[line_start..].chars().count() + 1)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable code, e.g. `UNKNOWN-KEY`; the README lists them all.
    pub code: &'static str,
    /// Path relative to the site root, e.g. `content/sanasto/kipu.yaml`.
    pub file: PathBuf,
    pub pos: Pos,
    pub message: Text,
    pub hint: Option<Text>,
}

impl Diagnostic {
    pub fn error(code: &'static str, file: &Path, pos: Pos, message: impl Into<Text>) -> Self {
        debug_assert!(CODES.contains(&code), "undocumented diagnostic code {code}");
        Diagnostic {
            severity: Severity::Error,
            code,
            file: file.to_path_buf(),
            pos,
            message: message.into(),
            hint: None,
        }
    }

    pub fn warning(code: &'static str, file: &Path, pos: Pos, message: impl Into<Text>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, file, pos, message)
        }
    }

    pub fn hint(mut self, hint: impl Into<Text>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// The diagnostic as the CLI prints it, in `lang`: `file:line:col: virhe[CODE]: message`
    /// and an indented hint. The code is the same in every language, so it can be searched for.
    pub fn render(&self, lang: Lang) -> String {
        let label = match self.severity {
            Severity::Error => "label-error",
            Severity::Warning => "label-warning",
        };
        let mut out = self.file.display().to_string();
        if self.pos.line > 0 {
            out.push_str(&format!(":{}:{}", self.pos.line, self.pos.col));
        }
        let label = i18n::text_in(lang, label, &[]);
        out.push_str(&format!(
            ": {label}[{}]: {}",
            self.code,
            self.message.render(lang)
        ));
        if let Some(hint) = &self.hint {
            let label = i18n::text_in(lang, "label-hint", &[]);
            out.push_str(&format!("\n  {label}: {}", hint.render(lang)));
        }
        out
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(i18n::language()))
    }
}

/// The problems of one run, in the order they were found.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    pub fn error_count(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warning_count(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.items.iter().filter(|d| d.severity == severity).count()
    }

    pub fn has_errors(&self) -> bool {
        self.error_count() > 0
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Sorted by file, then position, then code, then message (in English, so that the order
    /// is the same in every language); exact duplicates removed.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut items: Vec<(&Diagnostic, String)> = self
            .items
            .iter()
            .map(|d| (d, d.message.render(Lang::En)))
            .collect();
        items.sort_by(|(a, a_text), (b, b_text)| {
            (&a.file, a.pos, a.code, a_text).cmp(&(&b.file, b.pos, b.code, b_text))
        });
        let mut items: Vec<&Diagnostic> = items.into_iter().map(|(d, _)| d).collect();
        items.dedup();
        items
    }

    /// The report as printed by the CLI: every problem, then one summary line.
    pub fn report(&self) -> String {
        let shown = self.sorted();
        let mut out = String::new();
        for diagnostic in &shown {
            out.push_str(&diagnostic.to_string());
            out.push('\n');
        }
        if !shown.is_empty() {
            out.push_str(&summary_of(&shown));
            out.push('\n');
        }
        out
    }

    /// `N errors, M warnings in K files` in this run's language, counting what `report` prints
    /// (duplicates once).
    pub fn summary(&self) -> String {
        summary_of(&self.sorted())
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    /// The same problems with every warning made an error (`polku check --strict`).
    pub fn strict(self) -> Diagnostics {
        let items = self.items.into_iter();
        Diagnostics {
            items: items
                .map(|d| Diagnostic {
                    severity: Severity::Error,
                    ..d
                })
                .collect(),
        }
    }
}

/// The summary line of the problems `shown` (sorted, duplicates removed).
fn summary_of(shown: &[&Diagnostic]) -> String {
    let files: BTreeSet<&PathBuf> = shown.iter().map(|d| &d.file).collect();
    let of = |severity| shown.iter().filter(|d| d.severity == severity).count();
    i18n::text(
        "summary",
        &[
            ("errors", of(Severity::Error).to_string()),
            ("warnings", of(Severity::Warning).to_string()),
            ("files", files.len().to_string()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_counts_errors_warnings_and_files() {
        let mut d = Diagnostics::default();
        let a = Path::new("a.md");
        d.push(Diagnostic::error(
            "MISSING-KEY",
            a,
            Pos::new(1, 1),
            text!("missing-key", key = "m"),
        ));
        d.push(Diagnostic::warning(
            "MISSING-DESCRIPTION",
            Path::new("b.md"),
            Pos::new(2, 1),
            text!("missing-key", key = "m"),
        ));
        assert_eq!(d.summary(), "1 error, 1 warning in 2 files");
        // The same problem found twice (e.g. once per print format) is printed and counted once.
        d.push(Diagnostic::error(
            "MISSING-KEY",
            a,
            Pos::new(1, 1),
            text!("missing-key", key = "m"),
        ));
        assert_eq!(d.summary(), "1 error, 1 warning in 2 files");
        assert_eq!(d.report().lines().count(), 3);
    }

    #[test]
    fn position_of_offset_counts_lines_and_chars() {
        let text = "ab\nää x";
        assert_eq!(
            Pos::of_offset(text, text.find('x').unwrap(), 10),
            Pos::new(11, 4)
        );
    }
}
