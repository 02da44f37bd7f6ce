//! The other commands: `check`, `new`, `init`, and the exit codes.

mod common;

use common::TestSite;

#[test]
fn check_validates_and_renders_but_writes_nothing() {
    let site = TestSite::fixture("site");
    let run = site.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("No errors: "), "{}", run.stdout);
    let run = site.run_in("fi", &["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("Ei virheitä: "), "{}", run.stdout);
    assert!(!site.exists("public"));
    site.edit(
        "content/sanasto/kipu.yaml",
        "see_also: [aamupala]",
        "see_also: [aamu]",
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("content/sanasto/kipu.yaml:14:12: error[BROKEN-REF]"),
        "{}",
        run.stderr
    );
    assert_eq!(
        site.check_err_in("fi"),
        common::one_error_in_finnish(
            "content/sanasto/kipu.yaml:14:12: virhe[BROKEN-REF]: tunnisteella `aamu` ei löydy sanaston sanaa\n  vihje: sallitut: aamupala, kipu, oljy"
        )
    );
    assert!(!site.exists("public"));
}

#[test]
fn new_writes_a_starter_file_of_every_type_that_builds() {
    let site = TestSite::fixture("site");
    let cases = [
        (
            "lesson",
            "oppitunnit/perusteet/uusi-tunti",
            "content/oppitunnit/perusteet/uusi-tunti.md",
            "public/oppitunnit/perusteet/uusi-tunti/index.html",
        ),
        (
            "term",
            "sanasto/hoitaja",
            "content/sanasto/hoitaja.yaml",
            "public/sanasto/hoitaja/index.html",
        ),
        (
            "deck",
            "kortit/uusipakka",
            "content/kortit/uusipakka/deck.yaml",
            "public/kortit/uusipakka/index.html",
        ),
        (
            "card",
            "kortit/uusipakka/eka",
            "content/kortit/uusipakka/eka.md",
            "public/kortit/uusipakka/eka/index.html",
        ),
        (
            "card",
            "kortit/testipakka/kolmas",
            "content/kortit/testipakka/kolmas.md",
            "public/kortit/testipakka/kolmas/index.html",
        ),
        (
            "path",
            "polut/uusi-polku",
            "content/polut/uusi-polku.md",
            "public/polut/uusi-polku/index.html",
        ),
        (
            "workshop",
            "tyopajat/uusi-paja",
            "content/tyopajat/uusi-paja.md",
            "public/tyopajat/uusi-paja/index.html",
        ),
        (
            "project",
            "hankkeet/uusi-hanke",
            "content/hankkeet/uusi-hanke.yaml",
            "public/hankkeet/uusi-hanke/index.html",
        ),
        (
            "outcomes",
            "tulokset/uudet-tulokset",
            "content/tulokset/uudet-tulokset.yaml",
            "public/tulokset/uudet-tulokset/index.html",
        ),
        (
            "page",
            "ohjeet",
            "content/ohjeet.md",
            "public/ohjeet/index.html",
        ),
    ];
    for (type_name, path, file, _) in cases {
        let run = site.run(&["new", type_name, path]);
        assert_eq!(run.code, 0, "polku new {type_name}: {}", run.stderr);
        assert!(site.exists(file), "{file} was not written");
    }
    // The starter files build; every text an editor must write is a PLACEHOLDER warning, and
    // nothing else is wrong with them.
    let run = site.build_ok(&[]);
    let problems: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| !l.starts_with("  hint:"))
        .collect();
    let (summary, problems) = problems.split_last().expect("a summary line");
    assert!(problems.len() >= cases.len(), "{}", run.stderr);
    for line in problems {
        assert!(line.contains(": warning[PLACEHOLDER]: "), "{line}");
    }
    assert!(summary.starts_with("0 errors, "), "{summary}");
    for (_, _, file, _) in cases {
        assert!(
            run.stderr.contains(&format!("{file}:")),
            "no starter text marked in {file}"
        );
    }
    for (_, _, _, page) in cases {
        assert!(site.exists(page), "{page} was not built");
    }
    // The second card in a deck gets the next free number.
    assert!(
        site.read("content/kortit/testipakka/kolmas.md")
            .contains("number: 3")
    );
    let run = site.run(&["new", "lesson", "oppitunnit/perusteet/uusi-tunti"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("already exists"));
    let run = site.run_in("fi", &["new", "lesson", "oppitunnit/perusteet/uusi-tunti"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "virhe: ./content/oppitunnit/perusteet/uusi-tunti.md on jo olemassa\n  vihje: valitse toinen nimi\n"
    );
    let run = site.run(&["new", "kurssi", "x"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: `kurssi` is not a content type\n  hint: use one of oppitunti (lesson), sana (term), pakka (deck), kortti (card), polku (path), tyopaja (workshop), hanke (project), tulokset (outcomes), sivu (page), saavutettavuusseloste (accessibility)\n"
    );
    let run = site.run_in("fi", &["new", "kurssi", "x"]);
    assert_eq!(
        run.stderr,
        "virhe: `kurssi` ei ole sisältötyyppi\n  vihje: käytä jotakin näistä: oppitunti (lesson), sana (term), pakka (deck), kortti (card), polku (path), tyopaja (workshop), hanke (project), tulokset (outcomes), sivu (page), saavutettavuusseloste (accessibility)\n"
    );
    let run = site.run_in("fi", &["new", "sana", "sanasto/vuodelepo"]);
    assert_eq!(
        run.stdout,
        "Kirjoitettiin ./content/sanasto/vuodelepo.yaml\n"
    );
}

#[test]
fn new_takes_finnish_type_names_and_refuses_a_folder_of_another_type() {
    let site = TestSite::fixture("site");
    for (name, path, file) in [
        (
            "oppitunti",
            "oppitunnit/perusteet/toinen",
            "content/oppitunnit/perusteet/toinen.md",
        ),
        ("sana", "sanasto/apu", "content/sanasto/apu.yaml"),
        ("Termi", "sanasto/tuki", "content/sanasto/tuki.yaml"),
        (
            "kortti",
            "kortit/testipakka/uusi",
            "content/kortit/testipakka/uusi.md",
        ),
        (
            "työpaja",
            "tyopajat/toinen-paja",
            "content/tyopajat/toinen-paja.md",
        ),
        ("sivu", "ohje", "content/ohje.md"),
    ] {
        let run = site.run(&["new", name, path]);
        assert_eq!(run.code, 0, "polku new {name}: {}", run.stderr);
        assert!(site.exists(file), "{file} was not written");
    }
    // A lesson in the glossary's folder would be read as a term: refused, with the right folder.
    let run = site.run(&["new", "oppitunti", "sanasto/vaara"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: content/sanasto/_index.md makes the files of content/sanasto/ sana (term), not oppitunti (lesson)\n  hint: put it in content/oppitunnit/\n"
    );
    let run = site.run_in("fi", &["new", "oppitunti", "sanasto/vaara"]);
    assert_eq!(
        run.stderr,
        "virhe: content/sanasto/_index.md tekee kansion content/sanasto/ tiedostoista tyyppiä sana (term), ei oppitunti (lesson)\n  vihje: tee se kansioon content/oppitunnit/\n"
    );
    assert!(!site.exists("content/sanasto/vaara.md"));
    // In a deck's folder every Markdown file is a card.
    let run = site.run(&["new", "sivu", "kortit/testipakka/ohje"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("error: content/kortit/testipakka/ is a card deck's folder"),
        "{}",
        run.stderr
    );
    let run = site.run_in("fi", &["new", "sivu", "kortit/testipakka/ohje"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "virhe: content/kortit/testipakka/ on korttipakan kansio: jokainen sen Markdown-tiedosto on kortti\n  vihje: tee se kansioon, jonka _index.md ei määrää muuta tyyppiä (`type`)\n"
    );
    // A folder that types nothing: the file says its own type, and builds as one.
    let run = site.run(&["new", "oppitunti", "ohjeet/tunti"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        site.read("content/ohjeet/tunti.md")
            .starts_with("---\ntype: lesson\n")
    );
    let run = site.build_ok(&[]);
    assert!(
        site.exists("public/ohjeet/tunti/index.html"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("error["), "{}", run.stderr);
}

#[test]
fn check_strict_counts_starter_text_and_other_warnings_as_errors() {
    let site = TestSite::fixture("site");
    let run = site.run(&["check", "--strict"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    site.edit(
        "content/sanasto/kipu.yaml",
        "see_also: [aamupala]",
        "see_also: [aamupala]\n# TODO: lisää esimerkki",
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("content/sanasto/kipu.yaml:15:3: warning[PLACEHOLDER]: starter text that was never replaced: `TODO: lisää esimerkki`"), "{}", run.stderr);
    let run = site.run(&["check", "--strict"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("content/sanasto/kipu.yaml:15:3: error[PLACEHOLDER]: "),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("1 error, 0 warnings in 1 file"),
        "{}",
        run.stderr
    );
    let placeholder = |label: &str| {
        format!(
            "content/sanasto/kipu.yaml:15:3: {label}[PLACEHOLDER]: pohjatekstiä ei ole korvattu: `TODO: lisää esimerkki`\n  vihje: kirjoita oikea teksti sen tilalle; `polku check --strict` ei hyväksy sivustoa, ennen kuin kaikki on korvattu"
        )
    };
    let run = site.run_in("fi", &["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        format!(
            "{}\n0 virhettä, 1 varoitus, 1 tiedostossa\n",
            placeholder("varoitus")
        )
    );
    let run = site.run_in("fi", &["check", "--strict"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        common::one_error_in_finnish(&placeholder("virhe"))
    );
}

#[test]
fn init_creates_a_site_that_builds_and_marks_what_the_editor_must_write() {
    let dir = TestSite::empty();
    let run = dir.run(&["init", "uusi"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = dir.run(&["build", "--root", "uusi"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // The site's address, the home page's text and the accessibility statement, which claims
    // nothing until the site is assessed.
    for expected in [
        "site.yaml:3:11: warning[PLACEHOLDER]: https://example.fi/ is an example address, not a real one",
        "content/_index.md:5:1: warning[PLACEHOLDER]: ",
        "content/saavutettavuusseloste.md:5:9: warning[PLACEHOLDER]: the accessibility statement says the site has not been assessed (`status: arvioimatta`)",
    ] {
        assert!(
            run.stderr.contains(expected),
            "{expected} not in\n{}",
            run.stderr
        );
    }
    assert!(
        run.stderr.ends_with("0 errors, 6 warnings in 3 files\n"),
        "{}",
        run.stderr
    );
    let run = dir.run_in("fi", &["build", "--root", "uusi"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for expected in [
        "site.yaml:3:11: varoitus[PLACEHOLDER]: https://example.fi/ on esimerkkiosoite, ei oikea osoite",
        "content/_index.md:5:1: varoitus[PLACEHOLDER]: ",
        "content/saavutettavuusseloste.md:5:9: varoitus[PLACEHOLDER]: saavutettavuusselosteen mukaan sivuston saavutettavuutta ei ole arvioitu (`status: arvioimatta`)",
    ] {
        assert!(
            run.stderr.contains(expected),
            "{expected} not in\n{}",
            run.stderr
        );
    }
    assert!(
        run.stderr
            .ends_with("0 virhettä, 6 varoitusta, 3 tiedostossa\n"),
        "{}",
        run.stderr
    );
    let statement = dir.read("uusi/public/saavutettavuusseloste/index.html");
    assert!(statement.contains("Ei vielä arvioitu"), "{statement}");
    let run = dir.run(&["check", "--strict", "--root", "uusi"]);
    assert_eq!(run.code, 1);
    assert!(dir.exists("uusi/public/index.html"));
    assert!(dir.exists("uusi/public/saavutettavuusseloste/index.html"));
    let again = dir.run(&["init", "uusi"]);
    assert_eq!(again.code, 2);
    assert!(again.stderr.contains("is not empty"));
    let again = dir.run_in("fi", &["init", "uusi"]);
    assert_eq!(again.code, 2);
    assert_eq!(
        again.stderr,
        "virhe: kansio uusi ei ole tyhjä\n  vihje: valitse uusi kansio\n"
    );
}

#[test]
fn a_folder_without_site_yaml_is_a_usage_error() {
    let dir = TestSite::empty();
    let run = dir.run(&["build"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: no site.yaml in .\n  hint: run polku in the site's folder, pass --root, or create a site with `polku init`\n"
    );
    // With no site to take the language from, Finnish.
    let mut command = dir.command(&["build"]);
    command.env_remove("POLKU_LANG");
    let run = common::run_command(command);
    assert_eq!(
        run.stderr,
        "virhe: kansiossa . ei ole tiedostoa site.yaml\n  vihje: aja polku sivuston kansiossa, kerro kansio valinnalla --root tai tee uusi sivusto komennolla `polku init`\n"
    );
}

#[test]
fn help_is_available_for_every_command() {
    let dir = TestSite::empty();
    for command in ["build", "check", "new", "init"] {
        let run = dir.run(&[command, "--help"]);
        assert_eq!(run.code, 0);
        assert!(
            run.stdout.contains("Usage: polku"),
            "{command} --help: {}",
            run.stdout
        );
    }
    assert_eq!(dir.run(&["build", "--no-such-flag"]).code, 2);
}

#[test]
fn check_follows_the_links_of_the_built_pages() {
    let site = TestSite::fixture("site");
    // A page nothing links to is a warning; a template's broken link and anchor are errors.
    site.write(
        "content/piilo.md",
        "---\ntitle: Piilo\n---\n\nEi linkkejä.\n",
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        "piilo/index.html: warning[ORPHAN]: no menu, listing or link of the site leads to this page\n  hint: link to it from a page, a section listing or a menu in site.yaml\n0 errors, 1 warning in 1 file\n"
    );
    assert_eq!(
        site.run_in("fi", &["check"]).stderr,
        "piilo/index.html: varoitus[ORPHAN]: mikään sivuston valikko, listaus tai linkki ei johda tälle sivulle\n  vihje: lisää sivulle linkki toiselta sivulta, osion listauksesta tai valikosta (`site.yaml`)\n0 virhettä, 1 varoitus, 1 tiedostossa\n"
    );
    site.write("templates/404.html", "{% extends \"base.html\" %}{% block main %}<a href=\"{{ site.root }}ei-ole/\">x</a><a href=\"{{ site.root }}tietoa/#puuttuu\">y</a>{% endblock main %}");
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(
            "404.html: error[BROKEN-LINK]: the link `/ei-ole/` leads to no page or file of the site"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("404.html: error[BROKEN-ANCHOR]: the link `/tietoa/#puuttuu` names an anchor that page does not have"), "{}", run.stderr);
    let run = site.run_in("fi", &["check"]);
    assert_eq!(run.code, 1);
    for expected in [
        "404.html: virhe[BROKEN-LINK]: linkki `/ei-ole/` ei vie millekään sivuston sivulle eikä mihinkään sivuston tiedostoon\n",
        "404.html: virhe[BROKEN-ANCHOR]: linkissä `/tietoa/#puuttuu` on ankkuri, jota kohdesivulla ei ole\n",
    ] {
        assert!(run.stderr.contains(expected), "{}", run.stderr);
    }
    assert!(!site.exists("public"));
}

#[test]
fn a_broken_link_written_in_markdown_is_reported_at_its_line() {
    let site = TestSite::fixture("site");
    let text = site.read("content/tietoa.md");
    site.write(
        "content/tietoa.md",
        &format!("{text}\nKatso [rikki](/ei-ole/) ja [ankkuri](/tietoa/#ei-ole).\n"),
    );
    let line = text.lines().count() + 2;
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        format!(
            "content/tietoa.md:{line}:15: error[BROKEN-LINK]: the link `/ei-ole/` leads to no page or file of the site\n  hint: correct the address in the text, or make the page it leads to\n\
             content/tietoa.md:{line}:38: error[BROKEN-ANCHOR]: the link `/tietoa/#ei-ole` names an anchor that page does not have\n  hint: check the heading ids of the page it links to\n\
             2 errors, 0 warnings in 1 file\nNothing was written.\n"
        )
    );
    let finnish = site.run_in("fi", &["check"]);
    assert_eq!(finnish.code, 1);
    assert_eq!(
        finnish.stderr,
        format!(
            "content/tietoa.md:{line}:15: virhe[BROKEN-LINK]: linkki `/ei-ole/` ei vie millekään sivuston sivulle eikä mihinkään sivuston tiedostoon\n  vihje: korjaa osoite tekstissä tai tee sivu, johon linkki vie\n\
             content/tietoa.md:{line}:38: virhe[BROKEN-ANCHOR]: linkissä `/tietoa/#ei-ole` on ankkuri, jota kohdesivulla ei ole\n  vihje: tarkista kohdesivun väliotsikoiden ankkurit\n\
             2 virhettä, 0 varoitusta, 1 tiedostossa\nMitään ei kirjoitettu: julkaistu sivusto pysyy ennallaan.\n"
        )
    );
}
