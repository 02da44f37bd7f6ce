//! Links that could run code or reach the reader's own files (`javascript:`, `vbscript:`,
//! `data:text/html`, `file:`) are `LINK-SCHEME` errors at their line and column, however they
//! are disguised, wherever they are written: Markdown, raw HTML, site.yaml and YAML fields.

mod common;

use common::TestSite;

const PAGE: &str = "content/tietoa.md";
const PROJECT: &str = "content/hankkeet/testihanke.yaml";
const HINT: &str = "  hint: link with http:, https:, mailto: or tel:, a path relative to this file, #anchor or @/path below content/";

fn error(file: &str, at: &str, link: &str, scheme: &str) -> String {
    format!(
        "{file}:{at}: error[LINK-SCHEME]: the link `{link}` uses `{scheme}:`, which Polku does not publish\n{HINT}\n"
    )
}

/// Lines 8– of `content/tietoa.md` (its text ends at line 6).
const LINKS: &str = "
[a](javascript:alert(1))
[b](<  JaVaScRiPt:alert(2)>)
[c](vbscript:msgbox(3))
[d](data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==)
[e](file:///etc/passwd)
[f](&#106;avascript&#58;alert(6))
[g](<java\tscript:alert(7)>)
<javascript:alert(8)>
![kuva](javascript:alert(9))
[h][pahis] ja <a href=\" java&#x09;script:alert(10)\">i</a>
[hyvä](https://kela.fi/), [posti](mailto:info@polku.test), [puhelin](tel:+358401234567), ![piste](data:image/png;base64,iVBORw0KGgo=)

[pahis]: VBScript:msgbox(11)
";

#[test]
fn links_that_could_run_code_are_errors_at_their_place_and_nothing_is_written() {
    let site = TestSite::fixture("site");
    site.write(PAGE, &(site.read(PAGE) + LINKS));
    let stderr = site.build_err();
    let expected = [
        error(PAGE, "8:1", "javascript:alert(1)", "javascript"),
        error(PAGE, "9:1", "  JaVaScRiPt:alert(2)", "javascript"),
        error(PAGE, "10:1", "vbscript:msgbox(3)", "vbscript"),
        error(
            PAGE,
            "11:1",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==",
            "data",
        ),
        error(PAGE, "12:1", "file:///etc/passwd", "file"),
        error(PAGE, "13:1", "javascript:alert(6)", "javascript"),
        error(PAGE, "14:1", "java\\tscript:alert(7)", "javascript"),
        error(PAGE, "15:1", "javascript:alert(8)", "javascript"),
        error(PAGE, "16:1", "javascript:alert(9)", "javascript"),
        error(PAGE, "17:1", "VBScript:msgbox(11)", "vbscript"),
        error(PAGE, "17:18", " java\\tscript:alert(10)", "javascript"),
        "11 errors, 0 warnings in 1 file\nNothing was written.\n".to_string(),
    ]
    .concat();
    assert_eq!(stderr, expected);
    assert!(!site.exists("public"), "a failed build wrote output");
}

#[test]
fn addresses_in_site_yaml_and_front_matter_are_checked_too() {
    let site = TestSite::fixture("site");
    site.edit(
        "site.yaml",
        "link: \"@/sanasto/_index.md\"",
        "link: \"javascript:alert(1)\"",
    );
    site.edit(
        "site.yaml",
        "url: https://www.saavutettavuusvaatimukset.fi",
        "url: file:///C:/Windows",
    );
    site.edit(PROJECT, "lead: {name: Testisäätiö, short: TS}", "lead: {name: Testisäätiö, short: TS, url: \"vbscript:x\"}\nsources:\n  - https://polku.test/raportti\n  - \" data:text/html,<b>x</b>\"");
    let stderr = site.build_err();
    let expected = [
        error(PROJECT, "7:43", "vbscript:x", "vbscript"),
        error(PROJECT, "10:5", " data:text/html,<b>x</b>", "data"),
        error("site.yaml", "22:31", "javascript:alert(1)", "javascript"),
        error("site.yaml", "28:10", "file:///C:/Windows", "file"),
        "4 errors, 0 warnings in 2 files\nNothing was written.\n".to_string(),
    ]
    .concat();
    assert_eq!(stderr, expected);
    assert!(!site.exists("public"), "a failed build wrote output");
}
