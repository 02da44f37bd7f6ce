//! Every diagnostic code with its one-line meaning: the table that the README and the editor
//! guide must follow.

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
        "PLACEHOLDER",
        "warning (an error with `polku check --strict`): starter text marked `TODO:` that was never replaced",
    ),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readme_and_editor_guide_document_every_code() {
        let readme = include_str!("../../README.md");
        let guide = include_str!("../../content/nain-lisaat-materiaalia.md");
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
}
