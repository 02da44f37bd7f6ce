//! Links that could run code or reach the reader's own files (`javascript:`, `vbscript:`,
//! `data:text/html`, `file:`) are `LINK-SCHEME` errors at their line and column, however they
//! are disguised, wherever they are written: Markdown, raw HTML, site.yaml and YAML fields.

mod common;

use common::TestSite;

const PAGE: &str = "content/tietoa.md";
const PROJECT: &str = "content/hankkeet/testihanke.yaml";
const HINT: &str = "  hint: link with http:, https:, mailto: or tel:, a path relative to this file, #anchor or @/path below content/";

const VIHJE: &str = "  vihje: linkitä osoitteella, joka alkaa http:, https:, mailto: tai tel:, polulla tästä tiedostosta, #ankkurilla tai @/polulla content/-kansion sisällä";

/// A `LINK-SCHEME` error at `(file, at, link, scheme)`.
type Scheme<'a> = (&'a str, &'a str, &'a str, &'a str);

/// The stderr of a build that found `errors`, with its summary line, in `lang` (`en` or `fi`).
fn report(lang: &str, errors: &[Scheme], summary: &str) -> String {
    let mut out: String = errors
        .iter()
        .map(|(file, at, link, scheme)| match lang {
            "fi" => format!(
                "{file}:{at}: virhe[LINK-SCHEME]: linkki `{link}` alkaa `{scheme}:`, eikä Polku julkaise sellaisia linkkejä\n{VIHJE}\n"
            ),
            _ => format!(
                "{file}:{at}: error[LINK-SCHEME]: the link `{link}` uses `{scheme}:`, which Polku does not publish\n{HINT}\n"
            ),
        })
        .collect();
    out += summary;
    out += match lang {
        "fi" => "\nMitään ei kirjoitettu: julkaistu sivusto pysyy ennallaan.\n",
        _ => "\nNothing was written.\n",
    };
    out
}

/// A build of `site` fails with exactly `errors` and the summary line, in English and Finnish.
fn assert_reports(site: &TestSite, errors: &[Scheme], [en, fi]: [&str; 2]) {
    assert_eq!(site.build_err(), report("en", errors, en));
    assert_eq!(site.build_err_in("fi"), report("fi", errors, fi));
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
    let errors = [
        (PAGE, "8:1", "javascript:alert(1)", "javascript"),
        (PAGE, "9:1", "  JaVaScRiPt:alert(2)", "javascript"),
        (PAGE, "10:1", "vbscript:msgbox(3)", "vbscript"),
        (
            PAGE,
            "11:1",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==",
            "data",
        ),
        (PAGE, "12:1", "file:///etc/passwd", "file"),
        (PAGE, "13:1", "javascript:alert(6)", "javascript"),
        (PAGE, "14:1", "java\\tscript:alert(7)", "javascript"),
        (PAGE, "15:1", "javascript:alert(8)", "javascript"),
        (PAGE, "16:1", "javascript:alert(9)", "javascript"),
        (PAGE, "17:1", "VBScript:msgbox(11)", "vbscript"),
        (PAGE, "17:18", " java\\tscript:alert(10)", "javascript"),
    ];
    assert_reports(
        &site,
        &errors,
        [
            "11 errors, 0 warnings in 1 file",
            "11 virhettä, 0 varoitusta, 1 tiedostossa",
        ],
    );
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
    let errors = [
        (PROJECT, "7:43", "vbscript:x", "vbscript"),
        (PROJECT, "10:5", " data:text/html,<b>x</b>", "data"),
        ("site.yaml", "22:31", "javascript:alert(1)", "javascript"),
        ("site.yaml", "28:10", "file:///C:/Windows", "file"),
    ];
    assert_reports(
        &site,
        &errors,
        [
            "4 errors, 0 warnings in 2 files",
            "4 virhettä, 0 varoitusta, 2 tiedostossa",
        ],
    );
    assert!(!site.exists("public"), "a failed build wrote output");
}
