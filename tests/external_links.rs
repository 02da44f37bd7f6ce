//! `polku check --external` against a small HTTP server of the test's own on 127.0.0.1: the
//! tests never need the internet.

mod common;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use common::{Run, TestSite, run_command};

const CACHE: &str = ".polku-cache/external-links.json";
const BROKEN_HINT: &str = "open it in a browser: if the page has moved or is gone, change or remove the link; if the site is only down for now, check again later";
const LIMITED_HINT: &str =
    "the server refused or rate-limited the check; open it in a browser to be sure";
const BROKEN_VIHJE: &str = "avaa linkki selaimessa: jos sivu on siirtynyt, vaihda linkkiin uusi osoite, ja jos sivu on poistettu, poista linkki; jos sivusto on vain hetken poissa käytöstä, tarkista myöhemmin uudelleen";
const LIMITED_VIHJE: &str =
    "palvelin ei antanut tarkistaa linkkiä; avaa linkki selaimessa ja varmista, että sivu aukeaa";

/// A server whose answer depends on the path, and which remembers every request.
struct Server {
    port: u16,
    log: Arc<Mutex<Vec<(String, String, Instant)>>>,
}

impl Server {
    fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let log = Arc::new(Mutex::new(Vec::new()));
        let shared = Arc::clone(&log);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let log = Arc::clone(&shared);
                std::thread::spawn(move || answer(stream, &log));
            }
        });
        Server { port, log }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// How many `method` requests for `path` arrived.
    fn count(&self, method: &str, path: &str) -> usize {
        let log = self.log.lock().unwrap();
        log.iter()
            .filter(|(m, p, _)| m == method && p == path)
            .count()
    }

    fn arrivals(&self) -> Vec<Instant> {
        self.log
            .lock()
            .unwrap()
            .iter()
            .map(|(_, _, at)| *at)
            .collect()
    }
}

fn answer(stream: TcpStream, log: &Mutex<Vec<(String, String, Instant)>>) {
    let mut reader = BufReader::new(&stream);
    let mut first = String::new();
    if reader.read_line(&mut first).is_err() {
        return;
    }
    let at = Instant::now();
    let mut header = String::new();
    while reader.read_line(&mut header).is_ok_and(|n| n > 0) && header != "\r\n" {
        header.clear();
    }
    let mut words = first.split_whitespace();
    let method = words.next().unwrap_or_default().to_string();
    let path = words.next().unwrap_or_default().to_string();
    let (status, extra) = match (method.as_str(), path.as_str()) {
        (_, "/ok" | "/target") | ("GET", "/no-head") => ("200 OK", ""),
        (_, "/no-head") => ("405 Method Not Allowed", ""),
        (_, "/moved") => ("301 Moved Permanently", "Location: /target\r\n"),
        (_, "/busy") => ("429 Too Many Requests", ""),
        (_, "/forbidden") => ("403 Forbidden", ""),
        (_, "/gone") => ("410 Gone", ""),
        (_, "/broken") => ("500 Internal Server Error", ""),
        _ => ("404 Not Found", ""),
    };
    log.lock().unwrap().push((method, path, at));
    let _ = write!(
        &stream,
        "HTTP/1.1 {status}\r\n{extra}Content-Length: 0\r\nConnection: close\r\n\r\n"
    );
}

/// An address on which nothing listens.
fn refused_url() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("http://127.0.0.1:{port}/")
}

/// A new site (`polku init`) whose only links to other sites are `home` on the home page and
/// `statement` on the accessibility statement, so that nothing in it leads to the internet.
fn site(home: &[&str], statement: &[&str]) -> TestSite {
    let site = TestSite::empty();
    assert_eq!(site.run(&["init", "."]).code, 0);
    // Its starter text and example address filled in, as an editor would, so that only the
    // links are reported.
    for file in [
        "site.yaml",
        "content/_index.md",
        "content/saavutettavuusseloste.md",
    ] {
        let text = site
            .read(file)
            .replace("TODO: ", "")
            .replace("https://example.fi/", "https://polku.test/");
        site.write(file, &text.replace("status: arvioimatta", "status: taysin"));
    }
    // The supervisor's address is the site's own, which is not checked; no licence link either.
    site.edit(
        "site.yaml",
        "url: https://www.saavutettavuusvaatimukset.fi",
        "url: https://polku.test/valvonta/",
    );
    site.edit(
        "content/saavutettavuusseloste.md",
        "type: accessibility\n",
        "type: accessibility\nlicense: all-rights-reserved\n",
    );
    for (file, links) in [
        ("content/_index.md", home),
        ("content/saavutettavuusseloste.md", statement),
    ] {
        let list: String = links.iter().map(|l| format!("- [linkki]({l})\n")).collect();
        let text = site.read(file);
        site.write(file, &format!("{text}\n{list}"));
    }
    site
}

/// `polku check --external ARGS`, never through a proxy of the environment.
fn check(site: &TestSite, args: &[&str]) -> Run {
    check_in(site, "en", args)
}

/// `polku check --external ARGS` with its messages in `lang`.
fn check_in(site: &TestSite, lang: &str, args: &[&str]) -> Run {
    let mut command = site.command(&[&["check", "--external"], args].concat());
    command.env("POLKU_LANG", lang);
    for proxy in [
        "http_proxy",
        "HTTP_PROXY",
        "https_proxy",
        "HTTPS_PROXY",
        "all_proxy",
        "ALL_PROXY",
    ] {
        command.env_remove(proxy);
    }
    run_command(command)
}

/// The report lines of `(file, code, message)` problems, sorted the way Polku sorts them, in
/// `lang` (`en` or `fi`).
fn report(lang: &str, mut problems: Vec<(&str, &str, String)>) -> String {
    problems.sort();
    let limited = match lang {
        "fi" => ("varoitus", "vihje", LIMITED_VIHJE),
        _ => ("warning", "hint", LIMITED_HINT),
    };
    let broken = match lang {
        "fi" => ("virhe", "vihje", BROKEN_VIHJE),
        _ => ("error", "hint", BROKEN_HINT),
    };
    problems
        .iter()
        .map(|(file, code, message)| {
            let (label, hint_label, hint) = if *code == "EXTERNAL-LIMITED" {
                limited
            } else {
                broken
            };
            format!("{file}: {label}[{code}]: {message}\n  {hint_label}: {hint}\n")
        })
        .collect()
}

#[test]
fn broken_links_are_errors_refusals_are_warnings_and_each_address_is_asked_once() {
    let server = Server::start();
    let refused = refused_url();
    let [ok, no_head, moved, missing, gone, broken, busy, forbidden] = [
        "/ok",
        "/no-head",
        "/moved",
        "/missing",
        "/gone",
        "/broken",
        "/busy",
        "/forbidden",
    ]
    .map(|p| server.url(p));
    let ok_again = format!("{ok}#kohta");
    let site = site(
        &[
            &ok, &ok_again, &no_head, &moved, &missing, &gone, &broken, &busy, &forbidden, &refused,
        ],
        &[&ok, &missing],
    );
    let run = check(&site, &["--rate-ms", "10"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(run.stdout, "");
    let home = "index.html";
    let statement = "saavutettavuusseloste/index.html";
    let broken_link =
        |file, link: &str, why: &str| (file, "BROKEN-EXTERNAL", format!("the link `{link}` {why}"));
    let expected = report(
        "en",
        vec![
            broken_link(
                home,
                &missing,
                &format!("answers 404 Not Found (also on {statement})"),
            ),
            broken_link(home, &gone, "answers 410 Gone"),
            broken_link(home, &broken, "answers 500 Internal Server Error"),
            broken_link(
                home,
                &refused,
                "cannot be reached: the server refused the connection",
            ),
            (
                home,
                "EXTERNAL-LIMITED",
                format!("the link `{busy}` answers 429 Too Many Requests"),
            ),
            (
                home,
                "EXTERNAL-LIMITED",
                format!("the link `{forbidden}` answers 403 Forbidden"),
            ),
        ],
    );
    assert_eq!(
        run.stderr,
        format!(
            "Checked 9 external links on 1 host (0 from cache)\n{expected}\
             4 errors, 2 warnings in 1 file\nNothing was written.\n"
        )
    );
    // Linked three times (once with an anchor) from two pages, asked once.
    assert_eq!(server.count("HEAD", "/ok"), 1);
    assert_eq!(server.count("HEAD", "/missing"), 1);
    assert_eq!(server.count("GET", "/ok"), 0);
    // A server without HEAD is asked with GET; redirects are followed.
    assert_eq!(server.count("HEAD", "/no-head"), 1);
    assert_eq!(server.count("GET", "/no-head"), 1);
    assert_eq!(server.count("HEAD", "/target"), 1);
    // In Finnish; the addresses that answered are remembered from the run above.
    let finnish = check_in(&site, "fi", &["--rate-ms", "10"]);
    assert_eq!(finnish.code, 1, "{}", finnish.stderr);
    let broken_link =
        |file, link: &str, why: &str| (file, "BROKEN-EXTERNAL", format!("linkki `{link}` {why}"));
    let expected = report(
        "fi",
        vec![
            broken_link(
                home,
                &missing,
                &format!("antaa vastauksen 404 Not Found (myös sivulla {statement})"),
            ),
            broken_link(home, &gone, "antaa vastauksen 410 Gone"),
            broken_link(home, &broken, "antaa vastauksen 500 Internal Server Error"),
            broken_link(home, &refused, "ei avaudu: palvelin torjui yhteyden"),
            (
                home,
                "EXTERNAL-LIMITED",
                format!("linkki `{busy}` antaa vastauksen 429 Too Many Requests"),
            ),
            (
                home,
                "EXTERNAL-LIMITED",
                format!("linkki `{forbidden}` antaa vastauksen 403 Forbidden"),
            ),
        ],
    );
    assert_eq!(
        finnish.stderr,
        format!(
            "Tarkistettiin 9 ulkoista linkkiä 1 palvelimelta (näistä 3 oli tarkistettu jo aiemmin)\n{expected}\
             4 virhettä, 2 varoitusta, 1 tiedostossa\nMitään ei kirjoitettu: julkaistu sivusto pysyy ennallaan.\n"
        )
    );
}

#[test]
fn only_warnings_exit_with_success() {
    let server = Server::start();
    let (busy, forbidden) = (server.url("/busy"), server.url("/forbidden"));
    let site = site(&[&busy], &[&forbidden]);
    let run = check(&site, &["--rate-ms", "10"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("No errors: "), "{}", run.stdout);
    let expected = report(
        "en",
        vec![
            (
                "index.html",
                "EXTERNAL-LIMITED",
                format!("the link `{busy}` answers 429 Too Many Requests"),
            ),
            (
                "saavutettavuusseloste/index.html",
                "EXTERNAL-LIMITED",
                format!("the link `{forbidden}` answers 403 Forbidden"),
            ),
        ],
    );
    assert_eq!(
        run.stderr,
        format!(
            "Checked 2 external links on 1 host (0 from cache)\n{expected}0 errors, 2 warnings in 2 files\n"
        )
    );
    let finnish = check_in(&site, "fi", &["--rate-ms", "10"]);
    assert_eq!(finnish.code, 0, "{}", finnish.stderr);
    assert!(
        finnish.stdout.starts_with("Ei virheitä: "),
        "{}",
        finnish.stdout
    );
    let expected = report(
        "fi",
        vec![
            (
                "index.html",
                "EXTERNAL-LIMITED",
                format!("linkki `{busy}` antaa vastauksen 429 Too Many Requests"),
            ),
            (
                "saavutettavuusseloste/index.html",
                "EXTERNAL-LIMITED",
                format!("linkki `{forbidden}` antaa vastauksen 403 Forbidden"),
            ),
        ],
    );
    assert_eq!(
        finnish.stderr,
        format!(
            "Tarkistettiin 2 ulkoista linkkiä 1 palvelimelta (näistä 0 oli tarkistettu jo aiemmin)\n{expected}0 virhettä, 2 varoitusta, 2 tiedostossa\n"
        )
    );
}

#[test]
fn links_that_worked_are_cached_and_failures_asked_again() {
    let server = Server::start();
    let (ok, missing) = (server.url("/ok"), server.url("/missing"));
    let site = site(&[&ok, &missing], &[]);
    let first = check(&site, &["--rate-ms", "0"]);
    assert_eq!(first.code, 1, "{}", first.stderr);
    assert!(
        first
            .stderr
            .starts_with("Checked 2 external links on 1 host (0 from cache)\n")
    );
    let cache: BTreeMap<String, u64> = serde_json::from_str(&site.read(CACHE)).unwrap();
    assert_eq!(
        cache.keys().collect::<Vec<_>>(),
        [&ok],
        "only successes are kept"
    );

    let second = check(&site, &["--rate-ms", "0"]);
    assert!(
        second
            .stderr
            .starts_with("Checked 2 external links on 1 host (1 from cache)\n")
    );
    assert_eq!(server.count("HEAD", "/ok"), 1);
    assert_eq!(server.count("HEAD", "/missing"), 2);

    let ignored = check(&site, &["--rate-ms", "0", "--cache-hours", "0"]);
    assert!(
        ignored
            .stderr
            .starts_with("Checked 2 external links on 1 host (0 from cache)\n")
    );
    assert_eq!(server.count("HEAD", "/ok"), 2);

    // A check older than the cache lifetime is made again.
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    site.write(CACHE, &format!("{{\"{ok}\": {}}}", now - 25 * 3600));
    check(&site, &["--rate-ms", "0", "--cache-hours", "48"]);
    assert_eq!(server.count("HEAD", "/ok"), 2);
    check(&site, &["--rate-ms", "0"]);
    assert_eq!(server.count("HEAD", "/ok"), 3);
    assert_eq!(server.count("HEAD", "/missing"), 5);

    // The same count in Finnish: with the cache ignored, then with it.
    for (args, cached) in [
        (&["--rate-ms", "0", "--cache-hours", "0"][..], 0),
        (&["--rate-ms", "0"][..], 1),
    ] {
        let finnish = check_in(&site, "fi", args).stderr;
        let checked = format!(
            "Tarkistettiin 2 ulkoista linkkiä 1 palvelimelta (näistä {cached} oli tarkistettu jo aiemmin)\n"
        );
        assert!(finnish.starts_with(&checked), "{finnish}");
    }
}

#[test]
fn requests_to_one_host_are_spaced() {
    let server = Server::start();
    let links: Vec<String> = ["/ok", "/target", "/no-head"]
        .iter()
        .map(|p| server.url(p))
        .collect();
    let links: Vec<&str> = links.iter().map(String::as_str).collect();
    let site = site(&links, &[]);
    let run = check(&site, &["--rate-ms", "300"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // HEAD /ok, HEAD /target, HEAD /no-head and its GET: four requests, each 300 ms apart.
    let arrivals = server.arrivals();
    assert_eq!(arrivals.len(), 4);
    for pair in arrivals.windows(2) {
        let gap = pair[1] - pair[0];
        assert!(gap >= Duration::from_millis(300), "{gap:?}");
    }
}

#[test]
fn without_external_nothing_goes_to_the_network() {
    let server = Server::start();
    let missing = server.url("/missing");
    let site = site(&[&missing], &[]);
    let run = site.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "");
    assert!(server.arrivals().is_empty());
    assert!(!site.exists(".polku-cache"));
    // The cache options belong to --external.
    assert_eq!(site.run(&["check", "--cache-hours", "1"]).code, 2);
}

#[test]
fn init_keeps_the_cache_out_of_git() {
    let site = site(&[], &[]);
    assert_eq!(site.read(".gitignore"), "/public\n/.polku-cache\n");
    let repo = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/.gitignore")).unwrap();
    assert!(repo.lines().any(|l| l.contains(".polku-cache")), "{repo}");
}
