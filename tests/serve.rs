//! `polku serve`: the real binary on an ephemeral port, talked to over plain TCP so that each
//! test sends exactly the request it means (`..` and backslashes included).

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::TestSite;

const WAIT: Duration = Duration::from_secs(60);

/// A running `polku serve` and everything it has printed to stderr.
struct Server {
    child: Child,
    port: u16,
    stderr: Arc<Mutex<String>>,
}

impl Server {
    fn start(site: &TestSite, extra: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_polku"))
            .args([&["serve", "--port", "0"], extra].concat())
            .current_dir(site.root())
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("start polku serve");
        let stderr = Arc::new(Mutex::new(String::new()));
        let reader = BufReader::new(child.stderr.take().unwrap());
        let collected = stderr.clone();
        std::thread::spawn(move || {
            for line in reader.lines().map_while(Result::ok) {
                let mut text = collected.lock().unwrap();
                text.push_str(&line);
                text.push('\n');
            }
        });
        let mut server = Server {
            child,
            port: 0,
            stderr,
        };
        let line = server.wait_for_stderr("Serving the site at http://");
        let port = line
            .split("://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .and_then(|host| host.rsplit(':').next())
            .and_then(|p| p.parse().ok())
            .expect("port in the serving line");
        server.port = port;
        server
    }

    fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// Waits until stderr has a line containing `text`, and returns the line.
    fn wait_for_stderr(&self, text: &str) -> String {
        self.wait_for_stderr_after(0, text)
    }

    /// Like `wait_for_stderr`, among lines after the first `skip` bytes.
    fn wait_for_stderr_after(&self, skip: usize, text: &str) -> String {
        let started = Instant::now();
        loop {
            let all = self.stderr();
            if let Some(line) = all[skip.min(all.len())..]
                .lines()
                .find(|l| l.contains(text))
            {
                return line.to_string();
            }
            assert!(
                started.elapsed() < WAIT,
                "no {text:?} in the server's output:\n{all}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn raw(&self, request_line: &str) -> Response {
        request(self.port, request_line)
    }

    fn get(&self, path: &str) -> Response {
        self.raw(&format!("GET {path} HTTP/1.1"))
    }

    /// Opens the live-reload event stream and reads its first event.
    fn events(&self) -> Events {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
        stream.set_read_timeout(Some(WAIT)).unwrap();
        write!(
            stream,
            "GET /__polku/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        )
        .unwrap();
        Events {
            reader: BufReader::new(stream),
        }
    }

    /// Ctrl-C: the server must stop by itself, with success.
    fn stop(mut self) -> String {
        let pid = self.child.id().to_string();
        let sent = Command::new("kill").args(["-INT", &pid]).status().unwrap();
        assert!(sent.success());
        let started = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                assert!(status.success(), "serve ended with {status}");
                break;
            }
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "serve did not stop on Ctrl-C"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        self.stderr()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// Sends `request_line` (e.g. `GET / HTTP/1.1`) and returns status, headers and body.
fn request(port: u16, request_line: &str) -> Response {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream.set_read_timeout(Some(WAIT)).unwrap();
    write!(
        stream,
        "{request_line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).expect("read the response");
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Response {
        status,
        head: head.to_lowercase(),
        body: body.to_string(),
    }
}

struct Response {
    status: u16,
    head: String,
    body: String,
}

struct Events {
    reader: BufReader<TcpStream>,
}

impl Events {
    /// The next event's name and data.
    fn next(&mut self) -> (String, String) {
        let (mut name, mut data) = (String::new(), String::new());
        loop {
            let mut line = String::new();
            let read = self.reader.read_line(&mut line).expect("an event");
            assert!(read > 0, "the event stream ended");
            let line = line.trim_end_matches(['\r', '\n']);
            if let Some(value) = line.strip_prefix("event: ") {
                name = value.to_string();
            } else if let Some(value) = line.strip_prefix("data: ") {
                data = value.to_string();
            } else if line.is_empty() && !name.is_empty() {
                // A browser's EventSource drops an event that has no data.
                assert!(!data.is_empty(), "the {name} event has no data");
                return (name, data);
            }
        }
    }
}

fn title(html: &str) -> &str {
    html.split("<title>")
        .nth(1)
        .and_then(|rest| rest.split("</title>").next())
        .unwrap_or("")
}

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
    let messages: Vec<String> = serde_json::from_str(&data).unwrap();
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
fn a_site_below_a_sub_path_is_served_below_it() {
    let site = TestSite::fixture("site");
    site.edit(
        "site.yaml",
        "base_url: https://example.fi/",
        "base_url: https://example.fi/materiaalit/",
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
