//! Whole runs: many problems reported together, and odd input that never crashes.

use crate::common::TestSite;
use crate::{CARD2, LESSON, PATH, TERM, WORKSHOP};

/// Many problems in many files: every one is reported in one run, sorted by file.
#[test]
fn all_problems_in_one_run() {
    let site = TestSite::fixture("site");
    site.edit(LESSON, "duration_min: 45", "duration_min: 500");
    site.edit(
        LESSON,
        "vocabulary: [kipu, aamupala]",
        "vocabulary: [kipu, aamupalaa]",
    );
    site.edit(TERM, "  en: pain", "  eng: pain");
    site.edit(CARD2, "number: 2", "number: 1");
    site.edit(WORKSHOP, "duration_min: 90", "duration_min: 120");
    site.edit(PATH, "service: tyokokeilu", "service: tyokoe");
    site.write("content/tiedot.yaml", "title: Tiedot\n");
    let stderr = site.build_err();
    let heads: Vec<&str> = stderr
        .lines()
        .filter(|l| !l.starts_with("  hint:"))
        .collect();
    assert_eq!(
        heads,
        [
            "content/kortit/testipakka/toinen.md:3:9: error[DUPLICATE-NUMBER]: the deck already has a card with number 1: content/kortit/testipakka/ensimmainen.md",
            "content/oppitunnit/perusteet/aamutoimet.md:9:15: error[OUT-OF-RANGE]: `duration_min` is 500; it must be from 5 to 480",
            "content/oppitunnit/perusteet/aamutoimet.md:12:20: error[BROKEN-REF]: there is no glossary term with the id `aamupalaa`",
            "content/polut/annan-polku.md:17:14: error[UNKNOWN-VOCABULARY]: `tyokoe` is not a service of this site",
            "content/sanasto/kipu.yaml:10:3: error[INVALID-LANGUAGE]: `eng` is not a two-letter language code",
            "content/tiedot.yaml:1:1: error[MISSING-TYPE]: Polku cannot tell what kind of content this file is",
            "content/tyopajat/perehdytyspaja.md:8:15: error[WORKSHOP-DURATION]: `duration_min` is 120 but the agenda's minutes add up to 90",
            "7 errors, 0 warnings in 6 files",
            "Nothing was written.",
        ]
    );
    let finnish = site.run_in("fi", &["build"]);
    assert_eq!(finnish.code, 1);
    let heads: Vec<&str> = finnish
        .stderr
        .lines()
        .filter(|l| !l.starts_with("  vihje:"))
        .collect();
    assert_eq!(
        heads,
        [
            "content/kortit/testipakka/toinen.md:3:9: virhe[DUPLICATE-NUMBER]: pakassa on jo kortti, jonka numero (`number`) on 1: content/kortit/testipakka/ensimmainen.md",
            "content/oppitunnit/perusteet/aamutoimet.md:9:15: virhe[OUT-OF-RANGE]: kentän `duration_min` arvo on 500, mutta sen pitää olla 5–480",
            "content/oppitunnit/perusteet/aamutoimet.md:12:20: virhe[BROKEN-REF]: tunnisteella `aamupalaa` ei löydy sanaston sanaa",
            "content/polut/annan-polku.md:17:14: virhe[UNKNOWN-VOCABULARY]: `tyokoe` ei ole tämän sivuston palvelu",
            "content/sanasto/kipu.yaml:10:3: virhe[INVALID-LANGUAGE]: `eng` ei ole kaksikirjaiminen kielikoodi",
            "content/tiedot.yaml:1:1: virhe[MISSING-TYPE]: Polku ei tiedä, millaista sisältöä tiedosto on",
            "content/tyopajat/perehdytyspaja.md:8:15: virhe[WORKSHOP-DURATION]: työpajan kesto `duration_min` on 120, mutta ohjelman (`agenda`) minuutit ovat yhteensä 90",
            "7 virhettä, 0 varoitusta, 6 tiedostossa",
            "Mitään ei kirjoitettu: julkaistu sivusto pysyy ennallaan.",
        ]
    );
}

/// Odd input gives errors, never a crash or a Rust `Debug` dump.
#[test]
fn odd_input_never_panics() {
    let cases: &[(&str, &str)] = &[
        ("content/tyhja.md", ""),
        ("content/vain-viivat.md", "---\n---\n"),
        ("content/lista.md", "---\n- a\n- b\n---\n"),
        ("content/sanasto/tyhja.yaml", ""),
        ("content/sanasto/luku.yaml", "42\n"),
        ("content/kortit/testipakka/deck.yaml", "themes: 5\n"),
        (
            "content/kortit/testipakka/outo.md",
            "---\ntype: deck\n---\n",
        ),
        (
            "content/polut/outo.md",
            "---\ntitle: x\nsteps: ei lista\nperson: []\n---\n",
        ),
        (
            "content/oppitunnit/perusteet/outo.md",
            "---\ntitle: x\norder: -1\nlevel: B1.1\nsituations: aamutoimet\n---\n```exercise\n: :\n```\n```exercise\nkind: [gap]\n```\n",
        ),
        (
            "content/tulokset/outo.yaml",
            "title: x\nproject: [a, [b]]\ncategories: {a: 1}\n",
        ),
        (
            "content/ääkköset ja välit.md",
            "---\ntitle: Ääkköset\n---\n[linkki](@/)\n[toinen](@/#)\n![](../../../ulos.png)\n",
        ),
        ("site.yaml", "title: [x]\nbase_url: 5\nthemes: [a, b]\n"),
    ];
    for (file, text) in cases {
        let site = TestSite::fixture("site");
        site.write(file, text);
        let run = site.run(&["build"]);
        assert!(
            run.code == 0 || run.code == 1,
            "{file}: exit {}\n{}",
            run.code,
            run.stderr
        );
        assert!(
            !run.stderr.contains("panicked") && !run.stderr.contains("{ "),
            "{file}:\n{}",
            run.stderr
        );
    }
}
