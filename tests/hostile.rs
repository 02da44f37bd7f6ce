//! Hostile and careless input (issue 13): what a build must never do to an editor's files, and
//! input that must give an exact error instead of a hang, a wrapped number or a half-read file.

mod common;

use common::TestSite;

/// Every spelling of a folder an output may not be: exit 2 with the folder named, `--force` or
/// not, and not one source file changed.
#[test]
fn the_output_folder_can_never_be_or_hold_the_sites_sources() {
    let site = TestSite::fixture("site");
    site.write("static/logo.txt", "logo");
    site.write("templates/README.txt", "oma");
    std::fs::create_dir_all(site.path("themes/oma")).unwrap();
    std::os::unix::fs::symlink(site.path("content"), site.path("linkki")).unwrap();
    let before = site.snapshot("");
    let root = site.root().to_str().unwrap().to_string();
    let parent = site.root().parent().unwrap().to_str().unwrap().to_string();
    let canonical = site.root().canonicalize().unwrap();
    let holds = format!("it holds the site's folder {}", canonical.display());
    let sisaltaa = format!("sen sisällä on sivuston kansio {}", canonical.display());
    let inside_content = (
        "it lies inside the site's content/ folder",
        "se on sivuston content/-kansion sisällä",
    );
    let own = ("it is the site's own folder", "se on sivuston oma kansio");
    // The output folder, and why not in English and in Finnish.
    let cases = [
        (
            "content",
            (
                "it is the site's content/ folder",
                "se on sivuston content/-kansio",
            ),
        ),
        ("content/oppitunnit", inside_content),
        ("./sanasto/../content/uusi", inside_content),
        ("linkki/julkaisu", inside_content),
        (
            "themes",
            (
                "it is the site's themes/ folder",
                "se on sivuston themes/-kansio",
            ),
        ),
        (
            "static/public",
            (
                "it lies inside the site's static/ folder",
                "se on sivuston static/-kansion sisällä",
            ),
        ),
        (
            "templates",
            (
                "it is the site's templates/ folder",
                "se on sivuston templates/-kansio",
            ),
        ),
        (".", own),
        (&root, own),
        ("..", (&holds, &sisaltaa)),
        (&parent, (&holds, &sisaltaa)),
    ];
    for (output, (why, miksi)) in cases {
        for force in [&["--force"][..], &[]] {
            let args = [&["build", "--output", output], force].concat();
            let run = site.run(&args);
            assert_eq!(run.code, 2, "--output {output} {force:?}: {}", run.stderr);
            assert_eq!(
                run.stderr,
                format!(
                    "error: Polku will not build into {output}: {why}, and a build replaces its output folder with everything in it\n  hint: choose a folder outside the site's content/, themes/, static/, templates/ folders and site.yaml, e.g. --output public\n"
                ),
            );
            let run = site.run_in("fi", &args);
            assert_eq!(run.code, 2, "--output {output} {force:?}: {}", run.stderr);
            assert_eq!(
                run.stderr,
                format!(
                    "virhe: Polku ei rakenna sivustoa kansioon {output}: {miksi}, ja rakentaminen korvaa tuloskansion kaikkine tiedostoineen\n  vihje: valitse kansio sivuston kansioiden content/, themes/, static/, templates/ ja tiedoston site.yaml ulkopuolelta, esimerkiksi --output public\n"
                ),
            );
        }
    }
    assert_eq!(site.snapshot(""), before, "a source file changed");
    // The same from another working folder, with --root.
    let from_root = |lang: &str| {
        let mut command = site.command(&[
            "build",
            "--root",
            &root,
            "--output",
            &format!("{root}/content"),
            "--force",
        ]);
        command.current_dir("/").env("POLKU_LANG", lang);
        common::run_command(command)
    };
    let run = from_root("en");
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("it is the site's content/ folder"),
        "{}",
        run.stderr
    );
    let run = from_root("fi");
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("se on sivuston content/-kansio,"),
        "{}",
        run.stderr
    );
    assert_eq!(site.snapshot(""), before);
    // A folder beside the sources is fine.
    site.build_ok(&["--output", "julkaisu"]);
    assert!(site.exists("julkaisu/index.html"));
}

/// Numbers from content never wrap: an absurd duration or count is an error at its own line,
/// and no clock time is shown for an agenda that would run past midnight into the next day.
#[test]
fn absurd_numbers_are_errors_at_their_line_not_wrapped_sums() {
    let site = TestSite::fixture("site");
    let workshop = "content/tyopajat/perehdytyspaja.md";
    site.edit(
        workshop,
        "{minutes: 15, title: Aloitus",
        "{minutes: 4294967295, title: Aloitus",
    );
    site.edit(workshop, "facilitators: 1", "facilitators: 4000000");
    let outcomes = "content/tulokset/testitulokset.yaml";
    site.edit(outcomes, "count: 182}", "count: 18446744073709551615}");
    site.edit(outcomes, "count: 64}", "count: 18446744073709551615}");
    site.edit(outcomes, "count: 25}", "count: 2}");
    site.edit(outcomes, "overlapping: true", "overlapping: false");
    site.edit(
        "content/kortit/testipakka/toinen.md",
        "number: 2",
        "number: 4294967295",
    );
    let stderr = site.build_err();
    assert_eq!(
        stderr,
        "content/kortit/testipakka/toinen.md:3:9: error[OUT-OF-RANGE]: `number` is 4294967295; it must be from 1 to 10000
  hint: write a number from 1 to 10000
content/tulokset/testitulokset.yaml:6:38: error[OUT-OF-RANGE]: `population.count` is 18446744073709551615; it must be from 0 to 1000000
  hint: write a number from 0 to 1000000
content/tulokset/testitulokset.yaml:7:14: error[OUTCOMES-SUM]: the categories are marked separate (`overlapping: false`) but add up to 18446744073709551617, not to the population of 18446744073709551615
  hint: mark them `overlapping: true` if a person can be in several categories, or correct the figures
content/tulokset/testitulokset.yaml:9:47: error[OUT-OF-RANGE]: `categories[0].count` is 18446744073709551615; it must be from 0 to 1000000
  hint: write a number from 0 to 1000000
content/tyopajat/perehdytyspaja.md:7:15: error[OUT-OF-RANGE]: `facilitators` is 4000000; it must be from 0 to 1000000
  hint: write a number from 0 to 1000000
content/tyopajat/perehdytyspaja.md:12:15: error[OUT-OF-RANGE]: `agenda[0].minutes` is 4294967295; it must be from 1 to 1440
  hint: write a number from 1 to 1440
6 errors, 0 warnings in 3 files
Nothing was written.
"
    );
    assert_eq!(
        site.build_err_in("fi"),
        "content/kortit/testipakka/toinen.md:3:9: virhe[OUT-OF-RANGE]: kentän `number` arvo on 4294967295, mutta sen pitää olla 1–10000
  vihje: kirjoita luku, joka on vähintään 1 ja enintään 10000
content/tulokset/testitulokset.yaml:6:38: virhe[OUT-OF-RANGE]: kentän `population.count` arvo on 18446744073709551615, mutta sen pitää olla 0–1000000
  vihje: kirjoita luku, joka on vähintään 0 ja enintään 1000000
content/tulokset/testitulokset.yaml:7:14: virhe[OUTCOMES-SUM]: luokat on merkitty erillisiksi (`overlapping: false`), mutta niiden luvut ovat yhteensä 18446744073709551617, kun koko joukossa on 18446744073709551615
  vihje: jos sama ihminen voi kuulua useaan luokkaan, merkitse `overlapping: true`; muuten korjaa luvut
content/tulokset/testitulokset.yaml:9:47: virhe[OUT-OF-RANGE]: kentän `categories[0].count` arvo on 18446744073709551615, mutta sen pitää olla 0–1000000
  vihje: kirjoita luku, joka on vähintään 0 ja enintään 1000000
content/tyopajat/perehdytyspaja.md:7:15: virhe[OUT-OF-RANGE]: kentän `facilitators` arvo on 4000000, mutta sen pitää olla 0–1000000
  vihje: kirjoita luku, joka on vähintään 0 ja enintään 1000000
content/tyopajat/perehdytyspaja.md:12:15: virhe[OUT-OF-RANGE]: kentän `agenda[0].minutes` arvo on 4294967295, mutta sen pitää olla 1–1440
  vihje: kirjoita luku, joka on vähintään 1 ja enintään 1440
6 virhettä, 0 varoitusta, 3 tiedostossa
Mitään ei kirjoitettu: julkaistu sivusto pysyy ennallaan.
"
    );
}

/// One rule for symbolic links wherever they are: a `SYMLINK` warning naming the link, never
/// read or copied, and an error at every line of content that refers to a file through one.
#[test]
fn symbolic_links_are_never_followed_and_references_to_them_are_errors() {
    use std::os::unix::fs::symlink;
    let site = TestSite::fixture("site");
    let outside = TestSite::empty();
    outside.write_bytes("salainen.png", &common::tiny_png());
    outside.write_bytes("kuvat/toinen.png", &common::tiny_png());
    outside.write(
        "salaisuus.md",
        "---\ntitle: Salaisuus\n---\nEi julkaista.\n",
    );
    site.write_bytes("content/oppitunnit/perusteet/oma.png", &common::tiny_png());
    symlink(
        outside.path("salainen.png"),
        site.path("content/oppitunnit/perusteet/kuva.png"),
    )
    .unwrap();
    symlink(
        outside.path("kuvat"),
        site.path("content/oppitunnit/perusteet/kuvat"),
    )
    .unwrap();
    symlink(
        outside.path("salaisuus.md"),
        site.path("content/salaisuus.md"),
    )
    .unwrap();
    symlink("silmukka", site.path("content/silmukka")).unwrap();
    site.write("static/oma.css", "body {}");
    symlink(outside.path("salaisuus.md"), site.path("static/vuoto.txt")).unwrap();
    site.edit(
        "content/oppitunnit/perusteet/aamutoimet.md",
        "Hoitaja sanoi",
        "![Kuva](oma.png)\n\n![Ulkona](kuva.png) ja ![Toinen](kuvat/toinen.png)\n\nHoitaja sanoi",
    );
    site.edit(
        "content/oppitunnit/perusteet/aamutoimet.md",
        "date: 2024-01-15",
        "date: 2024-01-15\nmedia:\n  - {file: kuva.png, alt: Kuva}",
    );
    let stderr = site.build_err();
    assert_eq!(
        stderr,
        "content/oppitunnit/perusteet/aamutoimet.md:21:12: error[SYMLINK]: `kuva.png` goes through the symbolic link content/oppitunnit/perusteet/kuva.png, which Polku does not follow
  hint: copy the file or folder itself to content/oppitunnit/perusteet/kuva.png in place of the link
content/oppitunnit/perusteet/aamutoimet.md:28:1: error[SYMLINK]: `kuva.png` goes through the symbolic link content/oppitunnit/perusteet/kuva.png, which Polku does not follow
  hint: copy the file or folder itself to content/oppitunnit/perusteet/kuva.png in place of the link
content/oppitunnit/perusteet/aamutoimet.md:28:24: error[SYMLINK]: `kuvat/toinen.png` goes through the symbolic link content/oppitunnit/perusteet/kuvat, which Polku does not follow
  hint: copy the file or folder itself to content/oppitunnit/perusteet/kuvat in place of the link
content/oppitunnit/perusteet/kuva.png: warning[SYMLINK]: this is a symbolic link; Polku does not read links, so it is left out of the site
  hint: put the file or folder itself here in place of the link
content/oppitunnit/perusteet/kuvat: warning[SYMLINK]: this is a symbolic link; Polku does not read links, so it is left out of the site
  hint: put the file or folder itself here in place of the link
content/salaisuus.md: warning[SYMLINK]: this is a symbolic link; Polku does not read links, so it is left out of the site
  hint: put the file or folder itself here in place of the link
content/silmukka: warning[SYMLINK]: this is a symbolic link; Polku does not read links, so it is left out of the site
  hint: put the file or folder itself here in place of the link
static/vuoto.txt: warning[SYMLINK]: this is a symbolic link; Polku does not read links, so it is left out of the site
  hint: put the file or folder itself here in place of the link
3 errors, 5 warnings in 6 files
Nothing was written.
"
    );
    assert_eq!(
        site.build_err_in("fi"),
        "content/oppitunnit/perusteet/aamutoimet.md:21:12: virhe[SYMLINK]: `kuva.png` kulkee symbolisen linkin content/oppitunnit/perusteet/kuva.png kautta, eikä Polku seuraa linkkejä
  vihje: kopioi linkin content/oppitunnit/perusteet/kuva.png paikalle itse tiedosto tai kansio
content/oppitunnit/perusteet/aamutoimet.md:28:1: virhe[SYMLINK]: `kuva.png` kulkee symbolisen linkin content/oppitunnit/perusteet/kuva.png kautta, eikä Polku seuraa linkkejä
  vihje: kopioi linkin content/oppitunnit/perusteet/kuva.png paikalle itse tiedosto tai kansio
content/oppitunnit/perusteet/aamutoimet.md:28:24: virhe[SYMLINK]: `kuvat/toinen.png` kulkee symbolisen linkin content/oppitunnit/perusteet/kuvat kautta, eikä Polku seuraa linkkejä
  vihje: kopioi linkin content/oppitunnit/perusteet/kuvat paikalle itse tiedosto tai kansio
content/oppitunnit/perusteet/kuva.png: varoitus[SYMLINK]: tämä on symbolinen linkki (pikakuvake); Polku ei lue linkkejä, joten se jätetään pois sivustolta
  vihje: kopioi linkin paikalle itse tiedosto tai kansio
content/oppitunnit/perusteet/kuvat: varoitus[SYMLINK]: tämä on symbolinen linkki (pikakuvake); Polku ei lue linkkejä, joten se jätetään pois sivustolta
  vihje: kopioi linkin paikalle itse tiedosto tai kansio
content/salaisuus.md: varoitus[SYMLINK]: tämä on symbolinen linkki (pikakuvake); Polku ei lue linkkejä, joten se jätetään pois sivustolta
  vihje: kopioi linkin paikalle itse tiedosto tai kansio
content/silmukka: varoitus[SYMLINK]: tämä on symbolinen linkki (pikakuvake); Polku ei lue linkkejä, joten se jätetään pois sivustolta
  vihje: kopioi linkin paikalle itse tiedosto tai kansio
static/vuoto.txt: varoitus[SYMLINK]: tämä on symbolinen linkki (pikakuvake); Polku ei lue linkkejä, joten se jätetään pois sivustolta
  vihje: kopioi linkin paikalle itse tiedosto tai kansio
3 virhettä, 5 varoitusta, 6 tiedostossa
Mitään ei kirjoitettu: julkaistu sivusto pysyy ennallaan.
"
    );
    // Without the references, the site builds and leaves every link out.
    site.edit(
        "content/oppitunnit/perusteet/aamutoimet.md",
        "![Ulkona](kuva.png) ja ![Toinen](kuvat/toinen.png)",
        "",
    );
    site.edit(
        "content/oppitunnit/perusteet/aamutoimet.md",
        "media:\n  - {file: kuva.png, alt: Kuva}",
        "",
    );
    let run = site.build_ok(&[]);
    assert_eq!(
        run.stderr.matches("warning[SYMLINK]").count(),
        5,
        "{}",
        run.stderr
    );
    let written: Vec<String> = site
        .snapshot("public")
        .into_iter()
        .map(|(path, _)| path)
        .collect();
    assert!(
        written.iter().any(|p| p.ends_with("oma.png")),
        "{written:?}"
    );
    assert!(written.iter().any(|p| p == "oma.css"), "{written:?}");
    for leaked in [
        "kuva.png",
        "toinen.png",
        "salaisuus",
        "vuoto.txt",
        "silmukka",
    ] {
        assert!(
            !written.iter().any(|p| p.contains(leaked)),
            "{leaked} was published: {written:?}"
        );
    }
}

/// Control characters are left out with a warning at the first one; old Mac line ends (`\r`)
/// are read as line ends.
#[test]
fn control_characters_are_removed_and_cr_line_ends_are_read() {
    let site = TestSite::fixture("site");
    site.edit(
        "content/tietoa.md",
        "Tietoa sivustosta.",
        "Tietoa\0 sivus\u{1b}[31mtosta.",
    );
    let text = site
        .read("content/polut/annan-polku.md")
        .replace('\n', "\r");
    site.write("content/polut/annan-polku.md", &text);
    let run = site.build_ok(&[]);
    let line = site
        .read("content/tietoa.md")
        .lines()
        .position(|l| l.contains("Tietoa\0"))
        .unwrap()
        + 1;
    assert_eq!(
        run.stderr,
        format!("content/tietoa.md:{line}:7: warning[CONTROL-CHAR]: this file has 2 invisible control characters (the first is U+0000); they were left out
  hint: delete them in your editor; they often come with text copied from a PDF or another program
0 errors, 1 warning in 1 file
")
    );
    let fi = site.run_in("fi", &["build"]);
    assert_eq!(fi.code, 0, "{}", fi.stderr);
    assert_eq!(
        fi.stderr,
        format!("content/tietoa.md:{line}:7: varoitus[CONTROL-CHAR]: tiedostossa on 2 näkymätöntä ohjausmerkkiä (ensimmäinen on U+0000); ne jätettiin pois
  vihje: poista ne tekstieditorissa; niitä tulee usein PDF-tiedostosta tai muusta ohjelmasta kopioidun tekstin mukana
0 virhettä, 1 varoitus, 1 tiedostossa
")
    );
    let page = site.read("public/tietoa/index.html");
    assert!(page.contains("Tietoa sivus[31mtosta."), "{page}");
    assert!(!page.contains('\0') && !page.contains('\u{1b}'));
    assert!(
        site.read("public/polut/annan-polku/index.html")
            .contains("<h1")
    );
}

/// A file name that is not UTF-8 is named as the problem (not "No such file or directory").
#[test]
fn a_file_name_that_is_not_utf8_is_an_error_that_says_so() {
    use std::os::unix::ffi::OsStrExt;
    let site = TestSite::fixture("site");
    let name = std::ffi::OsStr::from_bytes(b"uusi-sivu-\xe4.md");
    std::fs::write(site.path("content").join(name), "---\ntitle: Uusi\n---\n").unwrap();
    assert_eq!(
        site.build_err(),
        common::one_error(
            "content/uusi-sivu-\u{fffd}.md: error[FILE-NAME]: the name of this file or folder is not UTF-8 text (the marked letters), so Polku cannot use it
  hint: rename it in your file manager, using letters, numbers and hyphens"
        )
    );
    assert_eq!(
        site.build_err_in("fi"),
        common::one_error_in_finnish(
            "content/uusi-sivu-\u{fffd}.md: virhe[FILE-NAME]: tiedoston tai kansion nimessä on merkkejä, jotka eivät ole UTF-8-tekstiä (merkityt kirjaimet), joten Polku ei voi käyttää sitä
  vihje: nimeä se uudelleen tiedostonhallinnassa; käytä kirjaimia, numeroita ja yhdysmerkkejä"
        )
    );
}

/// YAML errors point at the token to fix: an unclosed quote or bracket where it opens, a tab
/// where it stands, a key given twice at the second, an alias bomb at its first alias, a huge
/// number as too large.
#[test]
fn yaml_errors_point_at_the_token_that_causes_them() {
    let card = "content/kortit/testipakka/toinen.md";
    let cases = [
        (
            "question: Kuka",
            "question: 'Kuka",
            "6:11: error[YAML-SYNTAX]: the quotation mark here is never closed\n  hint: end the text with the same quotation mark (' or \"), or remove this one",
            "6:11: virhe[YAML-SYNTAX]: tässä alkavaa lainausmerkkiä ei ole suljettu\n  vihje: lopeta teksti samalla lainausmerkillä (' tai \") tai poista tämä merkki",
        ),
        (
            "theme: perehdytys",
            "theme: [perehdytys",
            "4:8: error[YAML-SYNTAX]: the `[` here is not closed with a matching `]`\n  hint: add `]` where the list ends, or put quotes around text that contains `,` or `]`",
            "4:8: virhe[YAML-SYNTAX]: tässä alkavaa merkkiä `[` ei ole suljettu merkillä `]`\n  vihje: lisää `]` luettelon loppuun tai laita lainausmerkit sellaisen tekstin ympärille, jossa on `,` tai `]`",
        ),
        (
            "number: 2",
            "number: 100000000000000000000000",
            "3:9: error[YAML-SYNTAX]: the number 100000000000000000000000 is too large\n  hint: write a smaller number, or put it in quotes if it is meant as text",
            "3:9: virhe[YAML-SYNTAX]: luku 100000000000000000000000 on liian suuri\n  vihje: kirjoita pienempi luku tai laita se lainausmerkkeihin, jos se on tarkoitettu tekstiksi",
        ),
        (
            "theme: perehdytys\n",
            "theme: perehdytys\ntitle: Kolmas\n",
            "5:1: error[YAML-SYNTAX]: the key `title` is given a second time here\n  hint: keep one of the two: a key may be given once",
            "5:1: virhe[YAML-SYNTAX]: kenttä `title` on tässä toiseen kertaan\n  vihje: jätä kahdesta vain toinen: kentän saa kirjoittaa vain kerran",
        ),
        (
            "theme: perehdytys\n",
            "theme: perehdytys\n\tx: 1\n",
            "5:1: error[YAML-SYNTAX]: a tab is used for indentation here; YAML indents with spaces only\n  hint: replace the tab with spaces",
            "5:1: virhe[YAML-SYNTAX]: rivi on sisennetty sarkaimella (Tab); YAML-tiedostossa sisennetään vain välilyönneillä\n  vihje: korvaa sarkain välilyönneillä",
        ),
    ];
    for (from, to, expected, finnish) in cases {
        let site = TestSite::fixture("site");
        site.edit(card, from, to);
        // A long body after the front matter: the error must not point at its end.
        let body: String = (0..30).map(|i| format!("\nRivi {i}.\n")).collect();
        site.write(card, &(site.read(card) + &body));
        assert_eq!(
            site.build_err(),
            common::one_error(&format!("{card}:{expected}"))
        );
        assert_eq!(
            site.build_err_in("fi"),
            common::one_error_in_finnish(&format!("{card}:{finnish}"))
        );
    }
    let site = TestSite::fixture("site");
    let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (name, prev) in ["bcdefghi".chars().zip("abcdefgh".chars())]
        .into_iter()
        .flatten()
    {
        bomb += &format!(
            "{name}: &{name} [{}]\n",
            vec![format!("*{prev}"); 9].join(", ")
        );
    }
    site.write("content/sanasto/pommi.yaml", &format!("type: term\n{bomb}"));
    assert_eq!(
        site.build_err(),
        common::one_error(
            "content/sanasto/pommi.yaml:3:8: error[YAML-SYNTAX]: the `*name` references here repeat their anchors too many times (the values would grow without limit)\n  hint: write the values out instead of referring to anchors (`&name`, `*name`)"
        )
    );
    assert_eq!(
        site.build_err_in("fi"),
        common::one_error_in_finnish(
            "content/sanasto/pommi.yaml:3:8: virhe[YAML-SYNTAX]: tässä olevat `*nimi`-viittaukset toistavat ankkureitaan liian monta kertaa (arvot kasvaisivat loputtomasti)\n  vihje: kirjoita arvot auki viittausten (`&nimi`, `*nimi`) sijaan"
        )
    );
}

/// A site.yaml that is not UTF-8 is an ENCODING error of site.yaml (exit 1), not "no site.yaml".
#[test]
fn a_site_yaml_that_is_not_utf8_is_an_encoding_error() {
    let site = TestSite::fixture("site");
    let mut bytes = std::fs::read(site.path("site.yaml")).unwrap();
    bytes.extend(b"# \xff\n");
    let lines = bytes.iter().filter(|b| **b == b'\n').count();
    site.write_bytes("site.yaml", &bytes);
    assert_eq!(
        site.check_err(),
        common::one_error(&format!(
            "site.yaml:{lines}:3: error[ENCODING]: this file is not UTF-8 text\n  hint: save the file as UTF-8 in your editor"
        ))
    );
    assert_eq!(
        site.check_err_in("fi"),
        common::one_error_in_finnish(&format!(
            "site.yaml:{lines}:3: virhe[ENCODING]: tiedosto ei ole UTF-8-tekstiä\n  vihje: tallenna tiedosto tekstieditorissa UTF-8-muodossa"
        ))
    );
}

/// A file that cannot be read is reported once, in that file: `polku check` does not report the
/// links to its missing page again at every built page that has one (the `@/` links of other
/// content, a deck's breadcrumbs on each of its cards), without a line to fix.
#[test]
fn check_reports_a_broken_file_once_not_again_at_the_pages_linking_to_it() {
    let site = TestSite::fixture("site");
    site.edit(
        "content/sanasto/kipu.yaml",
        "term: kipu",
        "term: kipu\nterm: kipu",
    );
    assert_eq!(
        site.check_err(),
        common::one_error(
            "content/sanasto/kipu.yaml:2:1: error[YAML-SYNTAX]: the key `term` is given a second time here\n  hint: keep one of the two: a key may be given once"
        )
    );
    assert_eq!(
        site.check_err_in("fi"),
        common::one_error_in_finnish(
            "content/sanasto/kipu.yaml:2:1: virhe[YAML-SYNTAX]: kenttä `term` on tässä toiseen kertaan\n  vihje: jätä kahdesta vain toinen: kentän saa kirjoittaa vain kerran"
        )
    );
}

#[test]
fn check_reports_a_broken_deck_once_not_at_each_of_its_cards() {
    let site = TestSite::fixture("site");
    site.edit(
        "content/kortit/testipakka/deck.yaml",
        "    name: Perehdytys\n",
        "",
    );
    assert_eq!(
        site.check_err(),
        common::one_error(
            "content/kortit/testipakka/deck.yaml:12:5: error[MISSING-KEY]: required key `name` is missing in `themes[1]`\n  hint: add `name:` with a value"
        )
    );
    assert_eq!(
        site.check_err_in("fi"),
        common::one_error_in_finnish(
            "content/kortit/testipakka/deck.yaml:12:5: virhe[MISSING-KEY]: pakollinen kenttä `name` puuttuu kohdasta `themes[1]`\n  vihje: lisää rivi `name:` ja sille arvo"
        )
    );
}
