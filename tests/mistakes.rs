//! One ordinary mistake at a time in a copy of the example site, as an editor makes them: each
//! is reported once, at its own file, line and column, and never again as a follow-on error in
//! the files that refer to the broken one.

mod common;
#[path = "common/schema.rs"]
mod schema;

use common::TestSite;

const LESSON: &str = "content/oppitunnit/hoitotyon-suomi/kivusta-kysyminen.md";
const TERM: &str = "content/sanasto/kipu.yaml";
const ABOUT: &str = "content/tietoa.md";

/// A mistake: what it is, how it is made in the site, and the one report it must give, with its
/// hint, in English and in Finnish.
struct Mistake {
    what: &'static str,
    make: fn(&TestSite),
    report: &'static str,
    finnish: &'static str,
}

/// Appends a line to the page `tietoa.md` (61 lines, so the new one is line 63).
fn append_to_about(site: &TestSite, line: &str) {
    let text = site.read(ABOUT);
    assert_eq!(
        text.lines().count(),
        61,
        "tietoa.md changed: update the lines below"
    );
    site.write(ABOUT, &format!("{text}\n{line}\n"));
}

const MISTAKES: &[Mistake] = &[
    Mistake {
        what: "a number written with its unit",
        make: |s| {
            s.edit(LESSON, "duration_min: 60", "duration_min: 60 min");
        },
        report: "content/oppitunnit/hoitotyon-suomi/kivusta-kysyminen.md:9:15: error[INVALID-VALUE]: `duration_min` should be a whole number of 0 or more, not the text \"60 min\"\n  hint: write it like this: `duration_min: 60`",
        finnish: "content/oppitunnit/hoitotyon-suomi/kivusta-kysyminen.md:9:15: virhe[INVALID-VALUE]: kentässä `duration_min` pitää olla kokonaisluku (0 tai suurempi), nyt siinä on teksti \"60 min\"\n  vihje: kirjoita esimerkiksi näin: `duration_min: 60`",
    },
    Mistake {
        what: "a required key deleted",
        make: |s| {
            s.edit(LESSON, "level: {min: A2.2, max: B1.1}\n", "");
        },
        report: "content/oppitunnit/hoitotyon-suomi/kivusta-kysyminen.md:2:1: error[MISSING-KEY]: required key `level` is missing\n  hint: add `level:` with a value",
        finnish: "content/oppitunnit/hoitotyon-suomi/kivusta-kysyminen.md:2:1: virhe[MISSING-KEY]: pakollinen kenttä `level` puuttuu\n  vihje: lisää rivi `level:` ja sille arvo",
    },
    Mistake {
        what: "a misspelt key",
        make: |s| {
            s.edit(LESSON, "---\ntitle:", "---\ntittle:");
        },
        report: "content/oppitunnit/hoitotyon-suomi/kivusta-kysyminen.md:2:1: error[UNKNOWN-KEY]: unknown key `tittle`\n  hint: did you mean `title`?",
        finnish: "content/oppitunnit/hoitotyon-suomi/kivusta-kysyminen.md:2:1: virhe[UNKNOWN-KEY]: tuntematon kenttä `tittle`\n  vihje: tarkoititko `title`?",
    },
    Mistake {
        what: "a tab in YAML",
        make: |s| {
            s.edit(TERM, "  genetiivi: kivun", "\tgenetiivi: kivun");
        },
        report: "content/sanasto/kipu.yaml:6:1: error[YAML-SYNTAX]: a tab is used for indentation here; YAML indents with spaces only\n  hint: replace the tab with spaces",
        finnish: "content/sanasto/kipu.yaml:6:1: virhe[YAML-SYNTAX]: rivi on sisennetty sarkaimella (Tab); YAML-tiedostossa sisennetään vain välilyönneillä\n  vihje: korvaa sarkain välilyönneillä",
    },
    Mistake {
        what: "a misspelt glossary id",
        make: |s| {
            s.edit(LESSON, "vocabulary: [kipu,", "vocabulary: [kipuu,");
        },
        report: "content/oppitunnit/hoitotyon-suomi/kivusta-kysyminen.md:15:14: error[BROKEN-REF]: there is no glossary term with the id `kipuu`\n  hint: did you mean `kipu`?",
        finnish: "content/oppitunnit/hoitotyon-suomi/kivusta-kysyminen.md:15:14: virhe[BROKEN-REF]: tunnisteella `kipuu` ei löydy sanaston sanaa\n  vihje: tarkoititko `kipu`?",
    },
    Mistake {
        what: "a situation site.yaml does not have",
        make: |s| {
            s.edit(
                TERM,
                "situations: [kivun-arviointi]",
                "situations: [kivunarviointi]",
            );
        },
        report: "content/sanasto/kipu.yaml:15:14: error[UNKNOWN-VOCABULARY]: `kivunarviointi` is not a care situation of this site\n  hint: did you mean `kivun-arviointi`? (the list is in site.yaml)",
        finnish: "content/sanasto/kipu.yaml:15:14: virhe[UNKNOWN-VOCABULARY]: `kivunarviointi` ei ole tämän sivuston hoitotyön tilanne\n  vihje: tarkoititko `kivun-arviointi`? (luettelo on tiedostossa site.yaml)",
    },
    Mistake {
        what: "a YAML file that cannot be read, which many pages refer to",
        make: |s| {
            s.edit(TERM, "term: kipu\n", "term: [kipu\n");
        },
        report: "content/sanasto/kipu.yaml:1:7: error[YAML-SYNTAX]: the `[` here is not closed with a matching `]`\n  hint: add `]` where the list ends, or put quotes around text that contains `,` or `]`",
        finnish: "content/sanasto/kipu.yaml:1:7: virhe[YAML-SYNTAX]: tässä alkavaa merkkiä `[` ei ole suljettu merkillä `]`\n  vihje: lisää `]` luettelon loppuun tai laita lainausmerkit sellaisen tekstin ympärille, jossa on `,` tai `]`",
    },
    Mistake {
        what: "a value not in the allowed list",
        make: |s| {
            s.edit(TERM, "level: A2.1", "level: A7");
        },
        report: "content/sanasto/kipu.yaml:16:8: error[INVALID-VALUE]: `A7` is not an allowed value for `level`\n  hint: allowed: A1.1, A1.2, A1.3, A2.1, A2.2, B1.1, B1.2, B2.1, B2.2, C1, C2",
        finnish: "content/sanasto/kipu.yaml:16:8: virhe[INVALID-VALUE]: `A7` ei käy kentän `level` arvoksi\n  vihje: sallitut: A1.1, A1.2, A1.3, A2.1, A2.2, B1.1, B1.2, B2.1, B2.2, C1, C2",
    },
    Mistake {
        what: "a plain link to no page",
        make: |s| append_to_about(s, "Katso [rikki](/ei-ole/)."),
        report: "content/tietoa.md:63:15: error[BROKEN-LINK]: the link `/ei-ole/` leads to no page or file of the site\n  hint: correct the address in the text, or make the page it leads to",
        finnish: "content/tietoa.md:63:15: virhe[BROKEN-LINK]: linkki `/ei-ole/` ei vie millekään sivuston sivulle eikä mihinkään sivuston tiedostoon\n  vihje: korjaa osoite tekstissä tai tee sivu, johon linkki vie",
    },
    Mistake {
        what: "a link to a content file that does not exist",
        make: |s| append_to_about(s, "Katso [kipu](@/sanasto/kipuu.yaml)."),
        report: "content/tietoa.md:63:7: error[BROKEN-LINK]: the link `@/sanasto/kipuu.yaml` points to a file that does not exist\n  hint: write the path below content/; did you mean @/sanasto/kipu.yaml?",
        finnish: "content/tietoa.md:63:7: virhe[BROKEN-LINK]: linkki `@/sanasto/kipuu.yaml` osoittaa tiedostoon, jota ei ole\n  vihje: kirjoita `@/` ja sen perään tiedoston polku `content/`-kansion sisällä; tarkoititko `@/sanasto/kipu.yaml`?",
    },
    Mistake {
        what: "an id that another file has",
        make: |s| {
            s.edit(
                "content/sanasto/kipea.yaml",
                "term: kipeä\n",
                "term: kipeä\nid: kipu\n",
            );
        },
        report: "content/sanasto/kipea.yaml:2:5: error[DUPLICATE-ID]: the term id `kipu` is already used by content/sanasto/kipu.yaml\n  hint: give one of the two files another id (rename the file or set `id:`)",
        finnish: "content/sanasto/kipea.yaml:2:5: virhe[DUPLICATE-ID]: tunniste `kipu` on jo käytössä tiedostossa content/sanasto/kipu.yaml\n  vihje: anna toiselle tiedostolle toinen tunniste (nimeä tiedosto uudelleen tai kirjoita sille rivi `id:`)",
    },
    Mistake {
        what: "front matter that is not closed, in a lesson many pages refer to",
        make: |s| {
            let text = s.read(LESSON);
            let close = 3 + text[3..].find("\n---\n").expect("the closing line");
            s.write(
                LESSON,
                &format!("{}\n--\n{}", &text[..close], &text[close + 5..]),
            );
        },
        report: "content/oppitunnit/hoitotyon-suomi/kivusta-kysyminen.md:1:1: error[FRONT-MATTER]: the front matter that starts here is not closed\n  hint: end the front matter with a line that has only `---` on it",
        finnish: "content/oppitunnit/hoitotyon-suomi/kivusta-kysyminen.md:1:1: virhe[FRONT-MATTER]: tässä alkavaa etukenttää (front matter) ei ole suljettu\n  vihje: lopeta etukenttä rivillä, jolla on pelkkä `---`",
    },
    Mistake {
        what: "a card's question without a question mark",
        make: |s| {
            s.edit(
                "content/kortit/starttipakka/huumori-yhdistaa.md",
                "yhteiseen nauruun?\"",
                "yhteiseen nauruun\"",
            );
        },
        report: "content/kortit/starttipakka/huumori-yhdistaa.md:6:11: error[CARD-QUESTION]: the question does not end with a question mark\n  hint: end the `question` with \"?\"",
        finnish: "content/kortit/starttipakka/huumori-yhdistaa.md:6:11: virhe[CARD-QUESTION]: kysymys ei pääty kysymysmerkkiin\n  vihje: lisää kysymyksen (`question`) loppuun \"?\"",
    },
    Mistake {
        what: "a deck.yaml that cannot be read, which every card of the deck depends on",
        make: |s| {
            s.edit(
                "content/kortit/starttipakka/deck.yaml",
                "title: Starttipakka",
                "title: [Starttipakka",
            );
        },
        report: "content/kortit/starttipakka/deck.yaml:2:8: error[YAML-SYNTAX]: the `[` here is not closed with a matching `]`\n  hint: add `]` where the list ends, or put quotes around text that contains `,` or `]`",
        finnish: "content/kortit/starttipakka/deck.yaml:2:8: virhe[YAML-SYNTAX]: tässä alkavaa merkkiä `[` ei ole suljettu merkillä `]`\n  vihje: lisää `]` luettelon loppuun tai laita lainausmerkit sellaisen tekstin ympärille, jossa on `,` tai `]`",
    },
    Mistake {
        what: "a `type` its folder contradicts",
        make: |s| {
            let text = s.read(TERM);
            s.write(TERM, &format!("type: lesson\n{text}"));
        },
        report: "content/sanasto/kipu.yaml:1:7: error[TYPE-MISMATCH]: this file says `type: lesson` but content/sanasto/_index.md makes its files `term`\n  hint: move the file to a folder of its type, or remove its `type` key",
        finnish: "content/sanasto/kipu.yaml:1:7: virhe[TYPE-MISMATCH]: tiedostossa lukee `type: lesson`, mutta content/sanasto/_index.md tekee kansion tiedostoista tyyppiä `term`\n  vihje: siirrä tiedosto oman tyyppinsä kansioon tai poista siitä rivi `type:`",
    },
];

#[test]
fn each_single_mistake_is_reported_once_at_its_place() {
    let clean = TestSite::example_published().run(&["check"]);
    assert_eq!(clean.code, 0, "{}", clean.stderr);
    // Two at a time: each is a whole `polku check` of the example site.
    let halves = MISTAKES.split_at(MISTAKES.len() / 2);
    let problems: Vec<String> = std::thread::scope(|scope| {
        let [first, second] = [halves.0, halves.1].map(|half| scope.spawn(|| problems_of(half)));
        let mut all = first.join().unwrap();
        all.extend(second.join().unwrap());
        all
    });
    assert!(MISTAKES.len() >= 12);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Each mistake made in its own copy of the site, and what was wrong with its report: the whole
/// stderr of `polku check` must be that one report, in English and in Finnish.
fn problems_of(mistakes: &[Mistake]) -> Vec<String> {
    let mut problems = Vec::new();
    let unbroken = TestSite::example_published();
    let schemas = schema::SchemaCheck::of(unbroken.root());
    for mistake in mistakes {
        let site = TestSite::example_published();
        (mistake.make)(&site);
        for (lang, expected) in [
            ("en", common::one_error(mistake.report)),
            ("fi", common::one_error_in_finnish(mistake.finnish)),
        ] {
            let run = site.run_in(lang, &["check"]);
            if run.code != 1 || run.stderr != expected {
                problems.push(format!(
                    "{} ({lang}):\n{}\nexpected:\n{expected}",
                    mistake.what, run.stderr
                ));
            }
        }
        // A mistake that a JSON Schema can express is underlined in the editor as well.
        schemas.assert_rejects(site.root(), mistake.report);
    }
    problems
}

/// The example site with five mistakes in one lesson's front matter.
fn five_mistakes() -> TestSite {
    let site = TestSite::example_published();
    let text = site.read(LESSON);
    let text = text
        .replacen("duration_min: 60", "duration_min: 60 min", 1)
        .replacen("---\ntitle:", "---\ntittle:", 1)
        .replacen("order: 6\n", "order: kuusi\nkesto: 45\n", 1)
        .replacen("level: {min: A2.2, max: B1.1}\n", "", 1);
    site.write(LESSON, &text);
    site
}

/// The `error[…]` (in Finnish `virhe[…]`) lines of a run's stderr.
fn error_lines(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.contains("error[") || l.contains("virhe["))
        .collect()
}

// Several mistakes in one file's front matter are all reported in one run, each at its place.
#[test]
fn five_mistakes_in_one_file_give_five_errors() {
    let site = five_mistakes();
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1);
    let reports = error_lines(&run.stderr);
    assert_eq!(
        reports,
        [
            "content/oppitunnit/hoitotyon-suomi/kivusta-kysyminen.md:2:1: error[MISSING-KEY]: required key `level` is missing",
            "content/oppitunnit/hoitotyon-suomi/kivusta-kysyminen.md:2:1: error[UNKNOWN-KEY]: unknown key `tittle`",
            "content/oppitunnit/hoitotyon-suomi/kivusta-kysyminen.md:4:8: error[INVALID-VALUE]: `order` should be a whole number of 0 or more, not the text \"kuusi\"",
            "content/oppitunnit/hoitotyon-suomi/kivusta-kysyminen.md:5:1: error[UNKNOWN-KEY]: unknown key `kesto`",
            "content/oppitunnit/hoitotyon-suomi/kivusta-kysyminen.md:9:15: error[INVALID-VALUE]: `duration_min` should be a whole number of 0 or more, not the text \"60 min\"",
        ]
    );
    // The lesson's schema finds all five too, as the editor's tool would while typing.
    let out = site.path("skeemat");
    site.run(&["schema", "--output", out.to_str().unwrap()]);
    let lesson = &schema::read_schemas(&out)["lesson"];
    let found = schema::problems(lesson, &schema::front_matter(&site.path(LESSON)).unwrap());
    for key in ["level", "tittle", "/order", "kesto", "/duration_min"] {
        assert!(
            found.iter().any(|p| p.contains(key)),
            "{key} not in {found:#?}"
        );
    }
}

// The keys every type shares are read before the file's type is known: their mistakes are
// listed with the type's own, and a wrong `title` is not reported missing as well.
#[test]
fn mistakes_in_shared_keys_are_listed_with_the_others() {
    let site = TestSite::example_published();
    let text = site.read(LESSON);
    let text = text
        .replacen("title: Kivusta kysyminen", "title: [Kivusta, kysyminen]", 1)
        .replacen(
            "themes: [kohtaaminen, ammatillisuus, kielitaito]",
            "themes: 5",
            1,
        )
        .replacen("duration_min: 60", "duration_min: 60 min", 1);
    site.write(LESSON, &text);
    let run = site.run(&["check"]);
    let reports = error_lines(&run.stderr);
    assert_eq!(
        reports,
        [
            "content/oppitunnit/hoitotyon-suomi/kivusta-kysyminen.md:2:8: error[INVALID-VALUE]: `title` should be text, not a list",
            "content/oppitunnit/hoitotyon-suomi/kivusta-kysyminen.md:7:9: error[INVALID-VALUE]: `themes` should be a list, not the number 5",
            "content/oppitunnit/hoitotyon-suomi/kivusta-kysyminen.md:9:15: error[INVALID-VALUE]: `duration_min` should be a whole number of 0 or more, not the text \"60 min\"",
        ]
    );
    let run = site.run_in("fi", &["check"]);
    assert_eq!(
        error_lines(&run.stderr),
        [
            "content/oppitunnit/hoitotyon-suomi/kivusta-kysyminen.md:2:8: virhe[INVALID-VALUE]: kentässä `title` pitää olla tekstiä, nyt siinä on luettelo",
            "content/oppitunnit/hoitotyon-suomi/kivusta-kysyminen.md:7:9: virhe[INVALID-VALUE]: kentässä `themes` pitää olla luettelo, nyt siinä on luku 5",
            "content/oppitunnit/hoitotyon-suomi/kivusta-kysyminen.md:9:15: virhe[INVALID-VALUE]: kentässä `duration_min` pitää olla kokonaisluku (0 tai suurempi), nyt siinä on teksti \"60 min\"",
        ]
    );
}

// The same five mistakes as a Finnish site's editor reads them (the site's `language: fi`), word
// for word with their hints; the editor guide quotes the first of them as it is printed.
#[test]
fn the_five_mistakes_in_finnish() {
    let run = five_mistakes().run_in("fi", &["check"]);
    assert_eq!(run.code, 1);
    let at = "content/oppitunnit/hoitotyon-suomi/kivusta-kysyminen.md";
    let expected = format!(
        "{at}:2:1: virhe[MISSING-KEY]: pakollinen kenttä `level` puuttuu
  vihje: lisää rivi `level:` ja sille arvo
{at}:2:1: virhe[UNKNOWN-KEY]: tuntematon kenttä `tittle`
  vihje: tarkoititko `title`?
{at}:4:8: virhe[INVALID-VALUE]: kentässä `order` pitää olla kokonaisluku (0 tai suurempi), nyt siinä on teksti \"kuusi\"
  vihje: kirjoita esimerkiksi näin: `order: 1`
{at}:5:1: virhe[UNKNOWN-KEY]: tuntematon kenttä `kesto`
  vihje: sallitut: audiences, authors, coach_notes, date, description, draft, duration_min, goals, id, keywords, … (kaikkiaan 27)
{at}:9:15: virhe[INVALID-VALUE]: kentässä `duration_min` pitää olla kokonaisluku (0 tai suurempi), nyt siinä on teksti \"60 min\"
  vihje: kirjoita esimerkiksi näin: `duration_min: 60`
5 virhettä, 0 varoitusta, 1 tiedostossa
Mitään ei kirjoitettu: julkaistu sivusto pysyy ennallaan.
"
    );
    assert_eq!(run.stderr, expected);
    let guide = include_str!("../content/nain-lisaat-materiaalia.md");
    let quoted: String = expected
        .lines()
        .skip(8)
        .take(2)
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(guide.contains(&quoted), "the guide must quote:\n{quoted}");
    // `--lang` speaks another language for the same site.
    let english = five_mistakes().run_in("fi", &["check", "--lang", "en"]);
    assert!(
        english
            .stderr
            .ends_with("5 errors, 0 warnings in 1 file\nNothing was written.\n")
    );
}
