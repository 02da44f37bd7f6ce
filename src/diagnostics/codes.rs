//! Every diagnostic code. What each means is a message of the Fluent files (`code-READ` in
//! `i18n/locales/<lang>/codes.ftl`), in Finnish and English: the README's table of codes and
//! the editor guide's must say the same.

/// Every diagnostic code. Creating a diagnostic with a code not listed here fails in debug
/// builds.
pub const CODES: &[&str] = &[
    "READ",
    "ENCODING",
    "FILE-NAME",
    "CONTROL-CHAR",
    "SYMLINK",
    "FRONT-MATTER",
    "YAML-SYNTAX",
    "UNKNOWN-KEY",
    "MISSING-KEY",
    "PLACEHOLDER",
    "INVALID-VALUE",
    "MISSING-TYPE",
    "TYPE-MISMATCH",
    "INVALID-ID",
    "DUPLICATE-ID",
    "URL-CONFLICT",
    "TRANSLATION-LANGUAGE",
    "TRANSLATION-ORPHAN",
    "TRANSLATION-FIELD",
    "TRANSLATION-STALE",
    "TOO-LONG",
    "MISSING-DESCRIPTION",
    "UNKNOWN-VOCABULARY",
    "BROKEN-REF",
    "COUNT",
    "OUT-OF-RANGE",
    "RANGE",
    "LESSON-LEVEL",
    "DUPLICATE-ORDER",
    "EXERCISE",
    "INVALID-LANGUAGE",
    "DUPLICATE-TERM",
    "INVALID-COLOR",
    "CONTRAST",
    "THEME-ICON",
    "CARD-DECK",
    "CARD-THEME",
    "CARD-SLOT",
    "CARD-QUESTION",
    "CARD-OVERFLOW",
    "CARD-FULL",
    "CARD-GLYPH",
    "PDF",
    "DUPLICATE-NUMBER",
    "MEDIA-PATH",
    "MEDIA-MISSING",
    "MEDIA-FORMAT",
    "MEDIA-ALT",
    "MEDIA-TRANSCRIPT",
    "MEDIA-CAPTIONS",
    "IMAGE-BROKEN",
    "IMAGE-MISMATCH",
    "IMAGE-TOO-LARGE",
    "SVG-UNSAFE",
    "CONSENT",
    "PERSON-NAME",
    "WORKSHOP-DURATION",
    "WORKSHOP-GOAL",
    "PROJECT-DATES",
    "OUTCOMES-SUM",
    "OUTCOMES-PART",
    "OUTCOMES-EXCEEDS",
    "A11Y-GAPS",
    "A11Y-FEEDBACK",
    "A11Y-SUPERVISOR",
    "A11Y-OUTDATED",
    "A11Y-MISSING",
    "BROKEN-LINK",
    "BROKEN-ANCHOR",
    "LINK-SCHEME",
    "RAW-HTML",
    "THEME",
    "ORPHAN",
    "BROKEN-EXTERNAL",
    "EXTERNAL-LIMITED",
    "TEMPLATE",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_code_means_the_same_in_the_fluent_files_the_readme_and_the_editor_guide() {
        let readme = include_str!("../../README.md");
        let guide = include_str!("../../content/nain-lisaat-materiaalia.md");
        for code in CODES {
            let id = format!("code-{code}");
            let english = crate::i18n::text_in(Lang::En, &id, &[]);
            let finnish = crate::i18n::try_text_in(Lang::Fi, &id, &[]);
            let row = format!("| `{code}` | {english} |\n");
            assert!(readme.contains(&row), "README.md must have the row\n{row}");
            let finnish = finnish.unwrap_or_else(|| panic!("no {id} in fi/codes.ftl"));
            let row = format!("| `{code}` | {finnish} | ");
            assert!(
                guide.contains(&row),
                "the editor guide must have the row\n{row}"
            );
        }
    }
}
