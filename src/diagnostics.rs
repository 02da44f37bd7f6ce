//! Problems found in a site, as values: where, what, and how to fix it.
//!
//! Every stage of the build adds to one `Diagnostics` list instead of stopping at the first
//! problem, so that an editor sees everything that is wrong in one run.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

/// Every diagnostic code, with what it means. The README lists them all (a test checks), and
/// creating a diagnostic with a code not listed here fails in debug builds.
pub const CODES: &[(&str, &str)] = &[
    ("READ", "a file or folder cannot be read"),
    ("ENCODING", "a file is not UTF-8 text"),
    ("FILE-NAME", "a file or folder whose name is not UTF-8 text"),
    (
        "CONTROL-CHAR",
        "warning: invisible control characters (NUL, escape, …) in a file, which are left out",
    ),
    (
        "SYMLINK",
        "a symbolic link in the site: a warning where it stands (Polku never reads it), an error where content refers to it",
    ),
    (
        "FRONT-MATTER",
        "the `---` block at the top of a Markdown file is not closed",
    ),
    (
        "YAML-SYNTAX",
        "YAML that cannot be read (indentation, quotes, brackets)",
    ),
    (
        "UNKNOWN-KEY",
        "a key that the content type does not have (with a did-you-mean)",
    ),
    ("MISSING-KEY", "a required key is missing"),
    (
        "INVALID-VALUE",
        "a value of the wrong kind, not in the allowed list, or a malformed date or time",
    ),
    (
        "MISSING-TYPE",
        "a `.yaml` file whose content type cannot be told",
    ),
    (
        "TYPE-MISMATCH",
        "a file's `type` differs from the one its folder sets",
    ),
    ("INVALID-ID", "an id that is not `[a-z0-9-]+`"),
    (
        "DUPLICATE-ID",
        "two files of one type with the same id (or two themes or outcome categories with one id)",
    ),
    (
        "URL-CONFLICT",
        "two files that would be published at the same address",
    ),
    ("TOO-LONG", "a `description` over 300 characters"),
    (
        "MISSING-DESCRIPTION",
        "warning: a material without `description`",
    ),
    (
        "UNKNOWN-VOCABULARY",
        "a theme, audience, care situation or service that site.yaml does not list",
    ),
    (
        "BROKEN-REF",
        "an id that points to no content (terms, lessons, cards, projects, outcome categories, …)",
    ),
    (
        "COUNT",
        "a list with too few or too many items (goals 1–5, steps ≥ 2, deck themes 1–8, …)",
    ),
    (
        "OUT-OF-RANGE",
        "a number outside its range (lesson `duration_min` 5–480)",
    ),
    (
        "RANGE",
        "a `min` larger than its `max` (workshop participants)",
    ),
    (
        "LESSON-LEVEL",
        "a lesson whose `level.min` is above `level.max`",
    ),
    (
        "DUPLICATE-ORDER",
        "two lessons of one series with the same `order`",
    ),
    (
        "EXERCISE",
        "an exercise whose parts disagree (gaps and answers, the number of the right option, …)",
    ),
    (
        "INVALID-LANGUAGE",
        "a language code that is not a two-letter ISO 639-1 code, or not a site language",
    ),
    (
        "DUPLICATE-TERM",
        "warning: the same headword in two glossary files",
    ),
    ("INVALID-COLOR", "a theme colour that is not a hex colour"),
    (
        "CONTRAST",
        "a theme colour with less than 4.5:1 contrast to its text colour",
    ),
    (
        "THEME-ICON",
        "warning: a deck theme without an icon (colour and name would be its only signs)",
    ),
    ("CARD-DECK", "a card that is not in a deck's folder"),
    (
        "CARD-THEME",
        "a card whose theme is not one of its deck's themes",
    ),
    (
        "CARD-SLOT",
        "a card without a text its deck's kind needs, or with one it does not have",
    ),
    (
        "CARD-QUESTION",
        "a card question that does not end with a question mark",
    ),
    (
        "CARD-OVERFLOW",
        "a card text that does not fit the card in one of the deck's print formats (measured with the real font)",
    ),
    (
        "CARD-FULL",
        "warning: a card more than 90 % full in a print format",
    ),
    (
        "CARD-GLYPH",
        "a character printed on a card (or its instructions, backs or info card) that the card font does not have",
    ),
    ("PDF", "a card-deck PDF that could not be written"),
    (
        "DUPLICATE-NUMBER",
        "two cards of one deck with the same number",
    ),
    ("MEDIA-PATH", "a file path that leaves the content folder"),
    ("MEDIA-MISSING", "a referenced file that does not exist"),
    ("MEDIA-FORMAT", "a media file of an unknown format"),
    (
        "MEDIA-ALT",
        "a picture without alt text (and not `decorative: true`)",
    ),
    ("MEDIA-TRANSCRIPT", "a sound file without a transcript"),
    ("MEDIA-CAPTIONS", "a video without WebVTT captions"),
    (
        "IMAGE-BROKEN",
        "a picture that cannot be read: damaged, cut short or not a picture",
    ),
    (
        "IMAGE-MISMATCH",
        "a picture whose file name ending says another format than its content",
    ),
    ("IMAGE-TOO-LARGE", "a picture of more than 50 megapixels"),
    (
        "SVG-UNSAFE",
        "an SVG picture with a script, an event handler or a reference to another file",
    ),
    (
        "CONSENT",
        "`consent: ei-tarvita` in a story that is neither fictional nor composite",
    ),
    (
        "PERSON-NAME",
        "a real participant's name published without `name_changed: true`",
    ),
    (
        "WORKSHOP-DURATION",
        "a workshop whose `duration_min` is not the sum of its agenda",
    ),
    (
        "WORKSHOP-GOAL",
        "warning: a workshop goal of more than one sentence",
    ),
    ("PROJECT-DATES", "a project that ends before it starts"),
    (
        "OUTCOMES-SUM",
        "separate (`overlapping: false`) outcome categories that do not add up to the population",
    ),
    (
        "OUTCOMES-PART",
        "an outcome category larger than the category it is part of",
    ),
    (
        "OUTCOMES-EXCEEDS",
        "an outcome category larger than the population",
    ),
    (
        "A11Y-GAPS",
        "an accessibility statement that is not fully compliant and lists no gaps",
    ),
    (
        "A11Y-FEEDBACK",
        "an accessibility statement without a feedback channel",
    ),
    (
        "A11Y-SUPERVISOR",
        "an accessibility statement but no supervising authority in site.yaml",
    ),
    (
        "A11Y-OUTDATED",
        "warning: an accessibility statement not reviewed for 12 months",
    ),
    (
        "A11Y-MISSING",
        "warning: a site without an accessibility statement",
    ),
    (
        "BROKEN-LINK",
        "a link to a content file that does not exist, or a menu link to one",
    ),
    (
        "BROKEN-ANCHOR",
        "a link to a `#anchor` that the page does not have",
    ),
    (
        "LINK-SCHEME",
        "a link whose scheme is not http, https, mailto or tel (`javascript:`, `data:`, `file:`, …)",
    ),
    (
        "RAW-HTML",
        "warning: raw HTML in Markdown that the sanitizer removed (a script, an event handler, an iframe, …)",
    ),
    ("THEME", "a `theme` in site.yaml with no folder"),
    (
        "ORPHAN",
        "warning from `polku check`: a page that no menu, listing or link leads to",
    ),
    (
        "BROKEN-EXTERNAL",
        "from `polku check --external`: a link to another site that answers 404, 410, another 4xx or 5xx, or cannot be reached (unknown host, refused connection, no answer in 10 s)",
    ),
    (
        "EXTERNAL-LIMITED",
        "warning from `polku check --external`: another site that refused or rate-limited the check (401, 403, 429); open the link in a browser to be sure",
    ),
    (
        "TEMPLATE",
        "a template that cannot be compiled or rendered, or a missing UI string",
    ),
];

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
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, file: &Path, pos: Pos, message: impl Into<String>) -> Self {
        debug_assert!(
            CODES.iter().any(|(c, _)| *c == code),
            "undocumented diagnostic code {code}"
        );
        Diagnostic {
            severity: Severity::Error,
            code,
            file: file.to_path_buf(),
            pos,
            message: message.into(),
            hint: None,
        }
    }

    pub fn warning(code: &'static str, file: &Path, pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, file, pos, message)
        }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}", self.file.display())?;
        if self.pos.line > 0 {
            write!(f, ":{}:{}", self.pos.line, self.pos.col)?;
        }
        write!(f, ": {label}[{}]: {}", self.code, self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
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

    /// Sorted by file, then position, then code; exact duplicates removed.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut items: Vec<&Diagnostic> = self.items.iter().collect();
        items.sort_by(|a, b| {
            (&a.file, a.pos, a.code, &a.message).cmp(&(&b.file, b.pos, b.code, &b.message))
        });
        items.dedup();
        items
    }

    /// The report as printed by the CLI: every problem, then one summary line.
    pub fn report(&self) -> String {
        let mut out = String::new();
        for diagnostic in self.sorted() {
            out.push_str(&diagnostic.to_string());
            out.push('\n');
        }
        if !self.items.is_empty() {
            out.push_str(&self.summary());
            out.push('\n');
        }
        out
    }

    /// `N errors, M warnings in K files`, counting what `report` prints (duplicates once).
    pub fn summary(&self) -> String {
        let shown = self.sorted();
        let files: BTreeSet<&PathBuf> = shown.iter().map(|d| &d.file).collect();
        let of = |severity| shown.iter().filter(|d| d.severity == severity).count();
        format!(
            "{}, {} in {}",
            counted(of(Severity::Error), "error", "errors"),
            counted(of(Severity::Warning), "warning", "warnings"),
            counted(files.len(), "file", "files")
        )
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }
}

fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "did you mean …?" for a misspelt name: the closest candidate, if it is close enough.
pub fn did_you_mean<'a>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::normalized_damerau_levenshtein(wrong, c), c))
        .filter(|(score, _)| *score >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// A hint that suggests the nearest candidate, or lists what is allowed.
pub fn suggest(wrong: &str, candidates: &[&str]) -> String {
    match did_you_mean(wrong, candidates.iter().copied()) {
        Some(near) => format!("did you mean `{near}`?"),
        None if candidates.is_empty() => "there is nothing to refer to yet".to_string(),
        None if candidates.len() <= 12 => format!("allowed: {}", candidates.join(", ")),
        None => format!(
            "allowed: {}, … ({} in all)",
            candidates[..10].join(", "),
            candidates.len()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_counts_errors_warnings_and_files() {
        let mut d = Diagnostics::default();
        let a = Path::new("a.md");
        d.push(Diagnostic::error("MISSING-KEY", a, Pos::new(1, 1), "m"));
        d.push(Diagnostic::warning(
            "MISSING-DESCRIPTION",
            Path::new("b.md"),
            Pos::new(2, 1),
            "m",
        ));
        assert_eq!(d.summary(), "1 error, 1 warning in 2 files");
        // The same problem found twice (e.g. once per print format) is printed and counted once.
        d.push(Diagnostic::error("MISSING-KEY", a, Pos::new(1, 1), "m"));
        assert_eq!(d.summary(), "1 error, 1 warning in 2 files");
        assert_eq!(d.report().lines().count(), 3);
    }

    #[test]
    fn readme_and_editor_guide_document_every_code() {
        let readme = include_str!("../README.md");
        let guide = include_str!("../content/nain-lisaat-materiaalia.md");
        for (code, _) in CODES {
            assert!(
                readme.contains(&format!("| `{code}` |")),
                "README.md does not list {code}"
            );
            assert!(
                guide.contains(&format!("`{code}`")),
                "the editor guide does not explain {code}"
            );
        }
    }

    #[test]
    fn suggests_near_names_only() {
        assert_eq!(did_you_mean("titel", ["title", "type"]), Some("title"));
        assert_eq!(did_you_mean("zzz", ["title", "type"]), None);
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
