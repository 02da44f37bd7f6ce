//! Raw HTML in Markdown, on the fixture site with the real binary:
//! what the sanitizer removes never reaches a written file and is a `RAW-HTML` warning where it
//! was written, what editors use passes as written (and Polku's own markup inside it, exercises
//! and pictures, is untouched), and `markdown: {unsafe_html: true}` opts out.

mod common;

use common::{TestSite, one_error, one_error_in_finnish};

const PAGE: &str = "content/tietoa.md";
const LESSON: &str = "content/oppitunnit/perusteet/aamutoimet.md";
const SECTION: &str = "content/oppitunnit/_index.md";

const HINT: &str = "  hint: write it in Markdown, or set `markdown: {unsafe_html: true}` in site.yaml if you trust every editor";
const VIHJE: &str = "  vihje: kirjoita sama asia Markdownina tai lisää `site.yaml`-tiedostoon `markdown: {unsafe_html: true}`, jos luotat kaikkiin sivuston kirjoittajiin";

/// Lines 8– of `content/tietoa.md` (its text ends at line 6).
const DANGEROUS: &str = "
Teksti <img src=x onerror=alert(1)> ja <span onclick=\"alert(2)\" style=\"width: expression(alert(3))\">värillinen</span>.

<script>alert(4)</script>

<iframe src=\"javascript:alert(5)\"></iframe>

Kuva <svg onload=alert(6)><circle r=\"5\"/></svg> ja <object data=\"data:text/html,<script>alert(7)</script>\">vara</object>.

<form action=\"vbscript:alert(8)\"><button formaction=\"javascript:alert(9)\">Lähetä</button></form>

<details ontoggle=alert(10)>
<summary>Vastaus</summary>

Oikea vastaus on **kipu**.

</details>
";

/// The text files of the written site (pages, feeds, catalogue, scripts).
fn written_text(site: &TestSite) -> Vec<(String, String)> {
    site.snapshot("public")
        .into_iter()
        .filter(|(path, _)| {
            [".html", ".xml", ".json", ".js", ".txt"]
                .iter()
                .any(|e| path.ends_with(e))
        })
        .map(|(path, bytes)| (path, String::from_utf8_lossy(&bytes).into_owned()))
        .collect()
}

fn main_of(site: &TestSite, page: &str) -> String {
    let html = site.read(&format!("public/{page}"));
    let start = html.find("<main").expect("a <main> element");
    html[start..html.find("</main>").expect("a </main>")].to_string()
}

fn warning(at: &str, message: &str) -> String {
    format!("{PAGE}:{at}: warning[RAW-HTML]: {message}\n{HINT}\n")
}

/// The Finnish `warning`.
fn varoitus(at: &str, message: &str) -> String {
    format!("{PAGE}:{at}: varoitus[RAW-HTML]: {message}\n{VIHJE}\n")
}

#[test]
fn code_in_raw_html_reaches_no_written_file_and_each_removal_is_a_warning() {
    let site = TestSite::fixture("site");
    site.write(PAGE, &(site.read(PAGE) + DANGEROUS));
    let run = site.build_ok(&[]);
    let expected = [
        "content/tietoa.md:8:8: warning[RAW-HTML]: the `<img>` element was removed\n  hint: show a picture in Markdown, ![what it shows](kuva.jpg): it also gets its smaller copies\n".to_string(),
        warning("8:46", "the `onclick` attribute of `<span>` was removed"),
        warning("8:65", "the `style` attribute of `<span>` was removed"),
        warning("10:1", "the `<script>` element was removed with everything in it"),
        warning("12:1", "the `<iframe>` element was removed with everything in it"),
        warning("14:6", "the `<svg>` element was removed with everything in it"),
        warning("14:52", "the `<object>` element was removed; the text in it stays"),
        warning("16:1", "the `<form>` element was removed; the text in it stays"),
        warning("16:34", "the `<button>` element was removed; the text in it stays"),
        warning("18:10", "the `ontoggle` attribute of `<details>` was removed"),
        "0 errors, 10 warnings in 1 file\n".to_string(),
    ]
    .concat();
    assert_eq!(run.stderr, expected);
    for (path, text) in written_text(&site) {
        for payload in [
            "alert(",
            "javascript:",
            "vbscript:",
            "data:text/html",
            "expression(",
            "onerror",
            "onload",
            "ontoggle",
            "<iframe",
            "<object",
            "formaction",
        ] {
            assert!(!text.contains(payload), "{path} contains {payload}");
        }
    }
    // Text around and inside removed elements stays; Markdown inside kept raw HTML is rendered.
    let main = main_of(&site, "tietoa/index.html");
    for kept in [
        "<p>Teksti  ja <span>värillinen</span>.</p>",
        "<p>Kuva  ja vara.</p>",
        "Lähetä",
        "<details>\n<summary>Vastaus</summary>\n\n<p>Oikea vastaus on <strong>kipu</strong>.</p>\n</details>",
    ] {
        assert!(main.contains(kept), "missing {kept:?} in:\n{main}");
    }
    // A Finnish editor reads each kind of removal in Finnish.
    let finnish = site.run_in("fi", &["build"]);
    assert_eq!(finnish.code, 0, "{}", finnish.stderr);
    let removed = |name: &str, how: &str| format!("poistettiin HTML-merkintä `<{name}>`{how}");
    let with_content = " ja kaikki sen sisältö";
    let keeps_text = "; sen sisällä ollut teksti jäi sivulle";
    let attribute = |name: &str, attribute: &str| {
        format!("poistettiin HTML-merkinnän `<{name}>` määrite `{attribute}`")
    };
    let expected = [
        "content/tietoa.md:8:8: varoitus[RAW-HTML]: poistettiin HTML-merkintä `<img>`\n  vihje: lisää kuva Markdownina: `![Mitä kuvassa näkyy](kuva.jpg)`; silloin Polku tekee kuvasta myös pienemmät versiot\n".to_string(),
        varoitus("8:46", &attribute("span", "onclick")),
        varoitus("8:65", &attribute("span", "style")),
        varoitus("10:1", &removed("script", with_content)),
        varoitus("12:1", &removed("iframe", with_content)),
        varoitus("14:6", &removed("svg", with_content)),
        varoitus("14:52", &removed("object", keeps_text)),
        varoitus("16:1", &removed("form", keeps_text)),
        varoitus("16:34", &removed("button", keeps_text)),
        varoitus("18:10", &attribute("details", "ontoggle")),
        "0 virhettä, 10 varoitusta, 1 tiedostossa\n".to_string(),
    ]
    .concat();
    assert_eq!(finnish.stderr, expected);
}

#[test]
fn what_editors_write_passes_as_written() {
    let allowed = [
        "Paina <kbd>Ctrl</kbd> + <kbd>C</kbd>. <abbr title=\"Kansaneläkelaitos\">Kela</abbr>, H<sub>2</sub>O ja 2<sup>10</sup>.",
        "Ensimmäinen rivi<br>toinen rivi, <mark>tärkeä</mark> ja <small>pieni</small> <span lang=\"sv\">hej</span>.",
        "<details>\n<summary>Näytä vastaus</summary>",
        "<table>\n<caption>Vuorot</caption>\n<thead><tr><th scope=\"col\">Päivä</th><th scope=\"col\">Vuoro</th></tr></thead>\n<tbody><tr><td>ma</td><td colspan=\"2\">aamu</td></tr></tbody>\n</table>",
        "<dl>\n<dt lang=\"en\">nurse</dt>\n<dd>sairaanhoitaja</dd>\n</dl>",
        "<figure>\n<blockquote>Kipu on mitä potilas sanoo sen olevan.</blockquote>\n<figcaption>Margo McCaffery</figcaption>\n</figure>",
    ];
    let site = TestSite::fixture("site");
    let body = format!(
        "\n{}\n\nVastaus on *kipu*.\n\n</details>\n",
        allowed.join("\n\n")
    );
    site.write(PAGE, &(site.read(PAGE) + &body));
    let run = site.build_ok(&[]);
    assert_eq!(run.stderr, "", "nothing was removed");
    let main = main_of(&site, "tietoa/index.html");
    for html in allowed {
        assert!(main.contains(html), "changed: {html:?} in:\n{main}");
    }
    assert!(
        main.contains("<p>Vastaus on <em>kipu</em>.</p>\n</details>"),
        "{main}"
    );
}

#[test]
fn polkus_own_markup_inside_kept_raw_html_is_untouched() {
    let site = TestSite::fixture("site");
    site.write_bytes("content/oppitunnit/perusteet/aamu.png", &common::tiny_png());
    let extra = "\n<details>\n<summary>Lisäharjoitus</summary>\n\n## Lisää {#lisaa}\n\n![Hoitaja avaa verhot](aamu.png)\n\n```exercise\nkind: choice\ninstruction: Valitse.\nquestion: Mitä sanot aamulla?\noptions: [Hyvää yötä, Hyvää huomenta]\ncorrect: 2\n```\n\n</details>\n";
    site.write(LESSON, &(site.read(LESSON) + extra));
    let run = site.build_ok(&[]);
    assert_eq!(run.stderr, "");
    let main = main_of(&site, "oppitunnit/perusteet/aamutoimet/index.html");
    let start = main
        .find("<details>\n<summary>Lisäharjoitus</summary>")
        .expect("the raw <details>");
    let details = &main[start..];
    for own in [
        "<h2 id=\"lisaa\">Lisää</h2>",
        "<picture><source type=\"image/webp\"",
        "srcset=\"/oppitunnit/perusteet/aamu-8.png 8w\" sizes=\"(min-width: 48rem) 46rem, 100vw\" width=\"8\" height=\"8\" alt=\"Hoitaja avaa verhot\"",
        "<section class=\"exercise\" id=\"harjoitus-6\" data-kind=\"choice\"",
        "<input type=\"radio\" name=\"harjoitus-6-valinta\" id=\"harjoitus-6-valinta-2\" value=\"2\" data-correct=\"true\">",
        "<button type=\"button\" class=\"ex-check\" hidden>Tarkista</button>",
        "</section>\n</details>",
    ] {
        assert!(details.contains(own), "missing {own:?} in:\n{details}");
    }
}

#[test]
fn every_markdown_text_is_sanitized_at_its_own_lines() {
    let site = TestSite::fixture("site");
    site.edit(
        LESSON,
        "  Harjoitelkaa tervehdystä parin kanssa.",
        "  Harjoitelkaa <b onclick=alert(1)>tervehdystä</b> parin kanssa.",
    );
    site.edit(
        LESSON,
        "## Dialogi {#dialogi}",
        "## Dialogi {#dialogi}\n\n<script>alert(2)</script>",
    );
    site.edit(
        SECTION,
        "Kaikki oppitunnit.",
        "Kaikki <iframe src=//polku.test></iframe> oppitunnit.",
    );
    let run = site.build_ok(&[]);
    let lesson = "content/oppitunnit/perusteet/aamutoimet.md";
    assert_eq!(
        run.stderr,
        [
            format!("{SECTION}:6:8: warning[RAW-HTML]: the `<iframe>` element was removed with everything in it\n{HINT}\n"),
            // Columns in coach notes count from the text's indentation in the YAML.
            format!("{lesson}:17:17: warning[RAW-HTML]: the `onclick` attribute of `<b>` was removed\n{HINT}\n"),
            format!("{lesson}:28:1: warning[RAW-HTML]: the `<script>` element was removed with everything in it\n{HINT}\n"),
            "0 errors, 3 warnings in 2 files\n".to_string(),
        ]
        .concat()
    );
    assert_eq!(
        site.run_in("fi", &["build"]).stderr,
        [
            format!("{SECTION}:6:8: varoitus[RAW-HTML]: poistettiin HTML-merkintä `<iframe>` ja kaikki sen sisältö\n{VIHJE}\n"),
            format!("{lesson}:17:17: varoitus[RAW-HTML]: poistettiin HTML-merkinnän `<b>` määrite `onclick`\n{VIHJE}\n"),
            format!("{lesson}:28:1: varoitus[RAW-HTML]: poistettiin HTML-merkintä `<script>` ja kaikki sen sisältö\n{VIHJE}\n"),
            "0 virhettä, 3 varoitusta, 2 tiedostossa\n".to_string(),
        ]
        .concat()
    );
    for (path, text) in written_text(&site) {
        assert!(
            !text.contains("alert(") && !text.contains("<iframe"),
            "{path}"
        );
    }
    assert!(
        main_of(&site, "oppitunnit/perusteet/aamutoimet/index.html")
            .contains("Harjoitelkaa <b>tervehdystä</b> parin kanssa.")
    );
}

#[test]
fn raw_html_in_the_alt_text_of_a_picture_stays_escaped_text() {
    let site = TestSite::fixture("site");
    let picture = "![<span title=\"x onerror=alert(1) \">Kuva</span>](https://polku.test/kuva.png)";
    site.write(PAGE, &(site.read(PAGE) + "\n" + picture + "\n"));
    let run = site.build_ok(&[]);
    assert_eq!(run.stderr, "");
    assert!(
        main_of(&site, "tietoa/index.html").contains("<img src=\"https://polku.test/kuva.png\" alt=\"&lt;span title=&quot;x onerror=alert(1) &quot;&gt;Kuva&lt;/span&gt;\" />"),
        "{}",
        main_of(&site, "tietoa/index.html")
    );
}

#[test]
fn an_unclosed_script_or_tag_takes_the_rest_of_its_text_and_says_so() {
    let site = TestSite::fixture("site");
    site.write(
        PAGE,
        &(site.read(PAGE) + "\nAlku <script>alert(1)\n\nLoppu.\n"),
    );
    site.edit(
        SECTION,
        "Kaikki oppitunnit.",
        // A type-6 HTML block ends at the blank line, inside the attribute's quotes.
        "Kaikki oppitunnit.\n\n<div title=\"x\n\ny\">",
    );
    let run = site.build_ok(&[]);
    assert_eq!(
        run.stderr,
        [
            format!("{SECTION}:8:1: warning[RAW-HTML]: the `<div>` tag has no `>`, so it and the rest of this text were removed\n{HINT}\n"),
            warning("8:6", "the `<script>` element has no `</script>`, so it and the rest of this text were removed"),
            "0 errors, 2 warnings in 2 files\n".to_string(),
        ]
        .concat()
    );
    assert_eq!(
        site.run_in("fi", &["build"]).stderr,
        [
            format!("{SECTION}:8:1: varoitus[RAW-HTML]: poistettiin HTML-merkintä `<div>` ja kaikki sen jälkeinen teksti, koska merkinnästä puuttuu `>`\n{VIHJE}\n"),
            varoitus("8:6", "poistettiin HTML-merkintä `<script>` ja kaikki sen jälkeinen teksti, koska merkinnällä ei ole loppumerkintää `</script>`"),
            "0 virhettä, 2 varoitusta, 2 tiedostossa\n".to_string(),
        ]
        .concat()
    );
    let main = main_of(&site, "tietoa/index.html");
    assert!(
        main.contains("<p>Alku ") && !main.contains("alert(") && !main.contains("Loppu"),
        "{main}"
    );
    // The page around the text is whole.
    assert!(site.read("public/tietoa/index.html").contains("</footer>"));
}

#[test]
fn unsafe_html_publishes_raw_html_as_written() {
    let site = TestSite::fixture("site");
    site.write(
        "site.yaml",
        &(site.read("site.yaml") + "markdown: {unsafe_html: true}\n"),
    );
    site.write(PAGE, &(site.read(PAGE) + DANGEROUS));
    let run = site.build_ok(&[]);
    assert_eq!(run.stderr, "");
    let main = main_of(&site, "tietoa/index.html");
    for raw in [
        "<img src=x onerror=alert(1)>",
        "<span onclick=\"alert(2)\" style=\"width: expression(alert(3))\">",
        "<script>alert(4)</script>",
        "<iframe src=\"javascript:alert(5)\"></iframe>",
        "<svg onload=alert(6)>",
        "<details ontoggle=alert(10)>",
    ] {
        assert!(main.contains(raw), "missing {raw:?} in:\n{main}");
    }
}

#[test]
fn a_misspelt_markdown_option_is_an_error() {
    let site = TestSite::fixture("site");
    site.write(
        "site.yaml",
        &(site.read("site.yaml") + "markdown: {unsafe_htm: true}\n"),
    );
    assert_eq!(
        site.build_err(),
        one_error(
            "site.yaml:29:12: error[UNKNOWN-KEY]: unknown key `unsafe_htm`\n  hint: did you mean `unsafe_html`?"
        )
    );
    assert_eq!(
        site.build_err_in("fi"),
        one_error_in_finnish(
            "site.yaml:29:12: virhe[UNKNOWN-KEY]: tuntematon kenttä `unsafe_htm`\n  vihje: tarkoititko `unsafe_html`?"
        )
    );
}
