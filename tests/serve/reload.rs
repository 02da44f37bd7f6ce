//! Rebuilds and live reload: edits of content, site.yaml, static files and pictures, broken files
//! shown over the last good site, many changes giving one rebuild, requests during rebuilds.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::common::TestSite;
use crate::{Server, WAIT, request, title};

#[test]
fn an_edit_reloads_the_browser_a_broken_file_shows_its_errors_over_the_last_good_site() {
    let site = TestSite::fixture("site");
    let server = Server::start(&site, &[]);
    let page = "/oppitunnit/perusteet/kivusta-kysyminen/";
    let file = "content/oppitunnit/perusteet/kivusta-kysyminen.md";
    let mut events = server.events();
    assert_eq!(events.next().0, "ready");

    // A body edit: only that page goes through its template again.
    let printed = server.stderr().len();
    let text = site.read(file);
    site.write(file, &format!("{text}\nAivan uusi kappale tähän.\n"));
    assert_eq!(events.next().0, "reload");
    assert!(server.get(page).body.contains("Aivan uusi kappale tähän."));
    let built = server.wait_for_stderr_after(printed, "Built in");
    assert!(built.contains(": 1 of "), "{built}");

    // A title edit: the page and the listings it is in.
    site.edit(file, "title: ", "title: Uusi otsikko – ");
    assert_eq!(events.next().0, "reload");
    assert!(title(&server.get(page).body).starts_with("Uusi otsikko – "));
    assert!(
        server
            .get("/oppitunnit/perusteet/")
            .body
            .contains("Uusi otsikko – ")
    );

    let printed = server.stderr().len();
    site.edit(file, "title: ", "title: [rikki\n");
    let (name, data) = events.next();
    assert_eq!(name, "broken");
    // The same messages as `polku build` prints, in the browser and in the terminal.
    let panel: serde_json::Value = serde_json::from_str(&data).unwrap();
    // The panel's words in the run's language (English here), beside the messages.
    assert_eq!(panel["title"], "The site did not build");
    let messages: Vec<String> = serde_json::from_value(panel["messages"].clone()).unwrap();
    let check = site.run(&["check"]);
    let listed = messages.join("\n") + "\n";
    // At the `[` left open, not where the front matter ends.
    assert!(messages[0].starts_with(&format!("{file}:2:8: error[YAML-SYNTAX]")));
    assert!(check.stderr.starts_with(&listed), "{}", check.stderr);
    server.wait_for_stderr_after(printed, "The preview shows the last good build.");
    assert!(server.stderr()[printed..].contains(&listed));
    // The last good site is still served, and a page opened now shows the errors at once.
    assert!(title(&server.get(page).body).starts_with("Uusi otsikko – "));
    let mut fresh = server.events();
    assert_eq!(fresh.next().0, "broken");

    site.write(file, &text);
    assert_eq!(events.next().0, "reload");
    assert_eq!(fresh.next().0, "reload");
    assert_eq!(server.events().next().0, "ready");
    assert!(!server.get(page).body.contains("Aivan uusi kappale"));
    server.stop();
}

#[test]
fn requests_during_rebuilds_see_a_whole_site() {
    let site = TestSite::fixture("site");
    let server = Server::start(&site, &[]);
    let port = server.port;
    let done = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let readers: Vec<_> = (0..4)
        .map(|_| {
            let done = done.clone();
            std::thread::spawn(move || {
                let mut seen = 0;
                while !done.load(std::sync::atomic::Ordering::Relaxed) {
                    for path in ["/", "/sanasto/kipu/", "/tietoa/"] {
                        let response = request(port, &format!("GET {path} HTTP/1.1"));
                        assert_eq!(response.status, 200, "{path}");
                        assert!(response.body.trim_end().ends_with("</html>"), "{path}");
                        seen += 1;
                    }
                }
                seen
            })
        })
        .collect();
    let mut events = server.events();
    assert_eq!(events.next().0, "ready");
    for round in 0..5 {
        site.edit(
            "content/tietoa.md",
            "title: ",
            &format!("title: Kierros {round} "),
        );
        assert_eq!(events.next().0, "reload");
    }
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    for reader in readers {
        assert!(reader.join().expect("no failed request") > 0);
    }
    assert!(title(&server.get("/tietoa/").body).starts_with("Kierros 4 "));
    server.stop();
}

#[test]
fn site_yaml_and_a_new_static_folder_are_watched_and_many_changes_give_one_rebuild() {
    let site = TestSite::fixture("site");
    let server = Server::start(&site, &[]);
    let mut events = server.events();
    assert_eq!(events.next().0, "ready");

    site.edit("site.yaml", "title: Testisivusto", "title: Uusi nimi");
    assert_eq!(events.next().0, "reload");
    assert!(title(&server.get("/").body).contains("Uusi nimi"));

    site.write("static/ohje.txt", "Lue minut");
    assert_eq!(events.next().0, "reload");
    assert_eq!(server.get("/ohje.txt").body, "Lue minut");

    // Twenty files at once, as a `git checkout` writes them, and a save-by-rename: one rebuild.
    let builds = |text: &str| text.matches("Built in").count();
    // The terminal line of the last rebuild can reach this test after the browser's event:
    // count from the three builds so far (start, site.yaml, static/), not from fewer.
    let started = Instant::now();
    while builds(&server.stderr()) < 3 {
        assert!(started.elapsed() < WAIT, "{}", server.stderr());
        std::thread::sleep(Duration::from_millis(20));
    }
    let before = builds(&server.stderr());
    let term = site.read("content/sanasto/kipu.yaml");
    for i in 0..20 {
        site.write(
            &format!("content/sanasto/uusi-{i}.yaml"),
            &term.replace("term: kipu", &format!("term: uusi{i}")),
        );
    }
    site.write("content/.tietoa.md.swp", &site.read("content/tietoa.md"));
    std::fs::rename(
        site.path("content/.tietoa.md.swp"),
        site.path("content/tietoa.md"),
    )
    .unwrap();
    assert_eq!(events.next().0, "reload");
    assert_eq!(server.get("/sanasto/uusi-19/").status, 200);
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(builds(&server.stderr()) - before, 1, "{}", server.stderr());
    server.stop();
}

#[test]
fn in_finnish_a_rebuild_and_a_broken_file_are_told_in_finnish() {
    let site = TestSite::fixture("site");
    let server = Server::start_in(&site, "fi", &[]);
    let file = "content/oppitunnit/perusteet/kivusta-kysyminen.md";
    let mut events = server.events();
    assert_eq!(events.next().0, "ready");

    let printed = server.stderr().len();
    let text = site.read(file);
    site.write(file, &format!("{text}\nAivan uusi kappale tähän.\n"));
    assert_eq!(events.next().0, "reload");
    let built = server.wait_for_stderr_after(printed, "Rakennettiin ");
    assert!(
        built.contains(" ms:ssa: 1/")
            && built.ends_with(" sivua tehtiin uudelleen, muut ennallaan"),
        "{built}"
    );

    let printed = server.stderr().len();
    site.edit(file, "title: ", "title: [rikki\n");
    let (name, data) = events.next();
    assert_eq!(name, "broken");
    let panel: serde_json::Value = serde_json::from_str(&data).unwrap();
    assert_eq!(panel["title"], "Sivustoa ei voitu rakentaa");
    let messages: Vec<String> = serde_json::from_value(panel["messages"].clone()).unwrap();
    assert!(messages[0].starts_with(&format!("{file}:2:8: virhe[YAML-SYNTAX]")));
    let check = site.run_in("fi", &["check"]);
    let listed = messages.join("\n") + "\n";
    assert!(check.stderr.starts_with(&listed), "{}", check.stderr);
    server.wait_for_stderr_after(printed, "Esikatselussa näkyy viimeisin toimiva versio.");
    assert!(server.stderr()[printed..].contains(&listed));
    server.stop();
}

#[test]
fn a_site_broken_from_the_start_shows_its_errors_until_fixed() {
    let site = TestSite::fixture("site");
    let good = site.read("content/tietoa.md");
    site.write("content/tietoa.md", "---\ntitle: [rikki\n---\n");
    let server = Server::start(&site, &[]);
    let home = server.get("/");
    assert_eq!(home.status, 404);
    assert!(home.body.contains("/__polku/live.js"));
    let mut events = server.events();
    let (name, data) = events.next();
    assert_eq!(name, "broken");
    assert!(
        data.contains("content/tietoa.md:2:8: error[YAML-SYNTAX]"),
        "{data}"
    );
    site.write("content/tietoa.md", &good);
    assert_eq!(events.next().0, "reload");
    assert_eq!(server.get("/").status, 200);
    server.stop();
}

#[test]
fn a_replaced_picture_is_processed_again_and_the_page_reloads() {
    let site = TestSite::fixture("site");
    let jpeg = |w: u32, h: u32| {
        let mut bytes = Vec::new();
        image::RgbImage::from_pixel(w, h, image::Rgb([90, 140, 200]))
            .write_to(
                &mut std::io::Cursor::new(&mut bytes),
                image::ImageFormat::Jpeg,
            )
            .unwrap();
        bytes
    };
    let picture = "content/oppitunnit/perusteet/kuva.jpg";
    site.write_bytes(picture, &jpeg(800, 400));
    site.edit(
        "content/oppitunnit/perusteet/aamutoimet.md",
        "## Dialogi",
        "![Aamupala pöydällä](kuva.jpg)\n\n## Dialogi",
    );
    let server = Server::start(&site, &[]);
    let page = "/oppitunnit/perusteet/aamutoimet/";
    assert!(
        server
            .get(page)
            .body
            .contains("width=\"800\" height=\"400\"")
    );
    assert_eq!(
        server.get("/oppitunnit/perusteet/kuva-480.webp").status,
        200
    );
    let mut events = server.events();
    assert_eq!(events.next().0, "ready");
    site.write_bytes(picture, &jpeg(600, 600));
    assert_eq!(events.next().0, "reload");
    assert!(
        server
            .get(page)
            .body
            .contains("width=\"600\" height=\"600\"")
    );
    let webp = server.get("/oppitunnit/perusteet/kuva-600.webp");
    assert_eq!(webp.status, 200);
    assert!(webp.head.contains("content-type: image/webp"));
    server.stop();
}
