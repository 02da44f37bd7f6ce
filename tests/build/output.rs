//! The output folder: a failed build leaves it as it was, rebuilds, folders Polku did not make,
//! --output, drafts, --verbose, and the site's own static files and templates.

use crate::built;
use crate::common::TestSite;

#[test]
fn a_failed_build_leaves_the_previous_output_as_it_was() {
    let site = built();
    let before = site.snapshot("public");
    site.edit(
        "content/sanasto/kipu.yaml",
        "word_class: substantiivi",
        "word_class: nomini",
    );
    site.edit(
        "content/tietoa.md",
        "Tietoa sivustosta.",
        "Muutettu teksti.",
    );
    assert_eq!(site.run(&["build"]).code, 1);
    assert_eq!(site.snapshot("public"), before);
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .filter(|n| n.to_string_lossy().contains("polku-staging"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "staging folders left behind: {leftovers:?}"
    );
}

#[test]
fn a_rebuild_replaces_the_output_and_drops_stale_files() {
    let site = built();
    site.remove("content/tietoa.md");
    site.edit(
        "content/kortit/testipakka/toinen.md",
        "title: Toinen kortti",
        "title: Toinen, muutettu kortti",
    );
    site.build_ok(&[]);
    assert!(
        !site.exists("public/tietoa/index.html"),
        "a removed page stays removed"
    );
    assert!(
        site.read("public/kortit/testipakka/toinen/index.html")
            .contains("Toinen, muutettu kortti")
    );
}

#[test]
fn refuses_to_replace_a_folder_it_did_not_make() {
    let site = TestSite::fixture("site");
    site.write("public/oma-tiedosto.txt", "tärkeä");
    let run = site.run(&["build"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: public already exists and was not made by Polku, so Polku will not replace it\n  hint: choose another folder with --output, or pass --force to replace it\n"
    );
    let run = site.run_in("fi", &["build"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "virhe: public on jo olemassa eikä Polku tehnyt sitä, joten Polku ei korvaa sitä\n  vihje: valitse toinen kansio valinnalla --output tai korvaa kansio valinnalla --force\n"
    );
    assert_eq!(site.read("public/oma-tiedosto.txt"), "tärkeä");
    site.build_ok(&["--force"]);
    assert!(!site.exists("public/oma-tiedosto.txt"));
    assert!(site.exists("public/index.html"));
    // `built` reads the English "Built …" line; in Finnish it is:
    let run = site.run_in("fi", &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("Rakennettiin ") && run.stdout.contains(" sivua ("),
        "{}",
        run.stdout
    );
}

#[test]
fn builds_into_another_folder_and_an_empty_one() {
    let site = TestSite::fixture("site");
    std::fs::create_dir_all(site.path("out/tyhja")).unwrap();
    site.build_ok(&["--output", "out/tyhja"]);
    assert!(site.exists("out/tyhja/index.html"));
    assert!(!site.exists("public"));
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let site = TestSite::fixture("site");
    site.edit(
        "content/tietoa.md",
        "title: Tietoa",
        "title: Tietoa\ndraft: true",
    );
    site.build_ok(&[]);
    assert!(!site.exists("public/tietoa/index.html"));
    site.build_ok(&["--drafts"]);
    assert!(site.exists("public/tietoa/index.html"));
}

#[test]
fn verbose_prints_the_time_of_each_step() {
    let site = TestSite::fixture("site");
    let run = site.build_ok(&["--verbose"]);
    for phase in [
        "config", "load", "assemble", "validate", "theme", "render", "search", "write", "total",
    ] {
        assert!(
            run.stderr
                .lines()
                .any(|l| l.trim_start().starts_with(phase) && l.ends_with(" ms")),
            "no {phase} timing in:\n{}",
            run.stderr
        );
    }
}

#[test]
fn the_sites_own_static_files_and_templates_are_used() {
    let site = TestSite::fixture("site");
    site.write(
        "static/favicon.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    site.write("static/css/polku.css", "body { color: black; }");
    site.write("templates/page.html", "{% extends \"base.html\" %}{% block main %}<p class=\"oma\">{{ page.title }}</p>{% endblock main %}");
    site.build_ok(&[]);
    assert!(site.exists("public/favicon.svg"));
    assert_eq!(site.read("public/css/polku.css"), "body { color: black; }");
    assert!(
        site.read("public/tietoa/index.html")
            .contains("<p class=\"oma\">Tietoa</p>")
    );
}
