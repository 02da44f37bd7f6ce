//! The server itself: MIME types, redirects, the 404 page, HEAD and other methods, a sub-path
//! `base_url`, the search bundle made in the background, and a clean stop on Ctrl-C.

use std::time::{Duration, Instant};

use crate::common::TestSite;
use crate::{Server, WAIT};

#[test]
fn serves_the_site_with_types_redirects_and_its_404_page() {
    let site = TestSite::fixture("site");
    let server = Server::start(&site, &[]);

    let home = server.get("/");
    assert_eq!(home.status, 200);
    assert!(home.head.contains("content-type: text/html; charset=utf-8"));
    assert!(
        home.body
            .contains("<script src=\"/__polku/live.js\" defer></script></body>")
    );
    let css = server.get("/css/polku.css");
    assert_eq!(css.status, 200);
    assert!(css.head.contains("content-type: text/css"), "{}", css.head);
    let icon = server.get("/favicon.svg");
    assert!(
        icon.head.contains("content-type: image/svg+xml"),
        "{}",
        icon.head
    );
    let script = server.get("/__polku/live.js");
    assert!(script.head.contains("content-type: text/javascript"));
    assert!(script.body.contains("EventSource"));

    let folder = server.get("/sanasto");
    assert_eq!(folder.status, 302);
    assert!(folder.head.contains("location: /sanasto/"));
    let missing = server.get("/ei-ole/");
    assert_eq!(missing.status, 404);
    assert!(
        missing.body.contains("Sivua ei löytynyt"),
        "the site's own 404 page: {}",
        missing.body
    );
    let head = server.raw("HEAD /sanasto/ HTTP/1.1");
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    assert_eq!(server.raw("POST / HTTP/1.1").status, 405);

    let stderr = server.stop();
    assert!(stderr.contains("Stopping."), "{stderr}");
    // The reload script is the server's: `polku build` output never has it.
    site.build_ok(&[]);
    assert!(!site.read("public/index.html").contains("__polku"));
}

#[test]
fn in_finnish_the_server_says_where_it_serves_and_that_it_stops() {
    let site = TestSite::fixture("site");
    let server = Server::start_in(&site, "fi", &[]);
    let port = server.port;
    assert!(
        server.stderr().contains(&format!(
            "Sivusto näkyy osoitteessa http://127.0.0.1:{port}/ (Ctrl-C lopettaa)\n"
        )),
        "{}",
        server.stderr()
    );
    let stderr = server.stop();
    assert!(stderr.ends_with("Lopetetaan.\n"), "{stderr}");
}

#[test]
fn a_site_below_a_sub_path_is_served_below_it() {
    let site = TestSite::fixture("site");
    site.edit(
        "site.yaml",
        "base_url: https://polku.test/",
        "base_url: https://polku.test/materiaalit/",
    );
    let server = Server::start(&site, &[]);
    assert!(
        server
            .stderr()
            .contains(&format!("http://127.0.0.1:{}/materiaalit/", server.port))
    );
    let home = server.get("/materiaalit/");
    assert_eq!(home.status, 200);
    assert!(home.body.contains("href=\"/materiaalit/css/polku.css\""));
    assert_eq!(server.get("/materiaalit/css/polku.css").status, 200);
    let root = server.get("/");
    assert_eq!(root.status, 302);
    assert!(root.head.contains("location: /materiaalit/"));
    assert_eq!(server.get("/css/polku.css").status, 404);
    server.stop();
}

#[test]
fn the_search_index_follows_in_the_background() {
    let site = TestSite::fixture("site");
    let server = Server::start(&site, &[]);
    let started = Instant::now();
    while server.get("/pagefind/pagefind.js").status != 200 {
        assert!(started.elapsed() < WAIT, "no search bundle");
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(server.get("/haku/").status, 200);
    server.stop();
}
