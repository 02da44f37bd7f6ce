//! Safety: no request leaves the site (traversal, encoded and absolute paths, symbolic links), and
//! an address other machines reach needs --expose.

use crate::Server;
use crate::common::TestSite;

#[test]
fn requests_cannot_leave_the_site() {
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("salaisuus.txt");
    std::fs::write(&secret, "SALAINEN SISÄLTÖ").unwrap();
    let site = TestSite::fixture("site");
    std::os::unix::fs::symlink(&secret, site.path("content/linkki.txt")).unwrap();
    std::fs::create_dir_all(site.path("static")).unwrap();
    std::os::unix::fs::symlink(&secret, site.path("static/linkki.css")).unwrap();
    std::os::unix::fs::symlink(outside.path(), site.path("static/kansio")).unwrap();
    let server = Server::start(&site, &[]);
    let up = format!(
        "{}/salaisuus.txt",
        outside.path().strip_prefix("/").unwrap().display()
    );
    for path in [
        "/../salaisuus.txt".to_string(),
        "/sanasto/../../salaisuus.txt".to_string(),
        "/%2e%2e/salaisuus.txt".to_string(),
        "/%2E%2E/%2e%2e/salaisuus.txt".to_string(),
        "/..%2fsalaisuus.txt".to_string(),
        "/..\\salaisuus.txt".to_string(),
        "/%5c..%5csalaisuus.txt".to_string(),
        "//etc/passwd".to_string(),
        format!("//{up}"),
        format!("/%2f{up}"),
        "/linkki.txt".to_string(),
        "/linkki.css".to_string(),
        "/kansio/salaisuus.txt".to_string(),
    ] {
        let response = server.get(&path);
        assert_eq!(response.status, 404, "{path}: {}", response.head);
        assert!(!response.body.contains("SALAINEN"), "{path}");
    }
    // An absolute URL as the request target is answered by its path, which stays inside.
    let absolute = server.raw("GET http://127.0.0.1/../salaisuus.txt HTTP/1.1");
    assert_eq!(absolute.status, 404);
    assert!(!absolute.body.contains("SALAINEN"));
    server.stop();
}

#[test]
fn an_address_other_machines_reach_needs_expose() {
    let site = TestSite::fixture("site");
    let run = site.run(&["serve", "--bind", "0.0.0.0", "--port", "0"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: 0.0.0.0 can be reached from other machines, and the preview is meant for this one\n  hint: use the default 127.0.0.1, or pass --expose to serve on 0.0.0.0 anyway\n"
    );
    let server = Server::start(&site, &["--bind", "0.0.0.0", "--expose"]);
    assert!(server.stderr().contains("warning: serving on 0.0.0.0:"));
    server.stop();
    let run = site.run_in("fi", &["serve", "--bind", "0.0.0.0", "--port", "0"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "virhe: osoitteeseen 0.0.0.0 pääsee muiltakin koneilta, ja esikatselu on tarkoitettu vain tälle koneelle\n  vihje: käytä oletusosoitetta 127.0.0.1 tai valitse --expose, jos haluat silti näyttää esikatselun osoitteessa 0.0.0.0\n"
    );
    let server = Server::start_in(&site, "fi", &["--bind", "0.0.0.0", "--expose"]);
    let warning = server.wait_for_stderr("varoitus: esikatselu näkyy osoitteessa 0.0.0.0:");
    assert!(
        warning.ends_with(": kuka tahansa, joka pääsee tähän koneeseen, voi lukea sitä"),
        "{warning}"
    );
    server.stop();
}
