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
    let holds = format!(
        "it holds the site's folder {}",
        site.root().canonicalize().unwrap().display()
    );
    let cases = [
        ("content", "it is the site's content/ folder"),
        (
            "content/oppitunnit",
            "it lies inside the site's content/ folder",
        ),
        (
            "./sanasto/../content/uusi",
            "it lies inside the site's content/ folder",
        ),
        (
            "linkki/julkaisu",
            "it lies inside the site's content/ folder",
        ),
        ("themes", "it is the site's themes/ folder"),
        ("static/public", "it lies inside the site's static/ folder"),
        ("templates", "it is the site's templates/ folder"),
        (".", "it is the site's own folder"),
        (&root, "it is the site's own folder"),
        ("..", &holds),
        (&parent, &holds),
    ];
    for (output, why) in cases {
        for force in [&["--force"][..], &[]] {
            let run = site.run(&[&["build", "--output", output], force].concat());
            assert_eq!(run.code, 2, "--output {output} {force:?}: {}", run.stderr);
            assert_eq!(
                run.stderr,
                format!(
                    "error: Polku will not build into {output}: {why}, and a build replaces its output folder with everything in it\n  hint: choose a folder outside the site's content/, themes/, static/, templates/ folders and site.yaml, e.g. --output public\n"
                ),
            );
        }
    }
    assert_eq!(site.snapshot(""), before, "a source file changed");
    // The same from another working folder, with --root.
    let run = common::run_command({
        let mut command = site.command(&[
            "build",
            "--root",
            &root,
            "--output",
            &format!("{root}/content"),
            "--force",
        ]);
        command.current_dir("/");
        command
    });
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("it is the site's content/ folder"),
        "{}",
        run.stderr
    );
    assert_eq!(site.snapshot(""), before);
    // A folder beside the sources is fine.
    site.build_ok(&["--output", "julkaisu"]);
    assert!(site.exists("julkaisu/index.html"));
}
