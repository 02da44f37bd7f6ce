//! `polku serve`: the real binary on an ephemeral port, talked to over plain TCP so that each
//! test sends exactly the request it means (`..` and backslashes included).

#[path = "../common/mod.rs"]
mod common;

mod basics;
mod reload;
mod safety;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::TestSite;

const WAIT: Duration = Duration::from_secs(60);

/// A running `polku serve` and everything it has printed to stderr.
struct Server {
    child: Child,
    port: u16,
    stderr: Arc<Mutex<String>>,
    /// Set when the server's stderr has ended.
    ended: Arc<AtomicBool>,
}

impl Server {
    fn start(site: &TestSite, extra: &[&str]) -> Server {
        Server::start_in(site, "en", extra)
    }

    /// `start` with the messages in `lang` (`en` or `fi`).
    fn start_in(site: &TestSite, lang: &str, extra: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_polku"))
            .args([&["serve", "--port", "0"], extra].concat())
            .current_dir(site.root())
            .env("POLKU_LANG", lang)
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("start polku serve");
        let stderr = Arc::new(Mutex::new(String::new()));
        let reader = BufReader::new(child.stderr.take().unwrap());
        let collected = stderr.clone();
        let ended = Arc::new(AtomicBool::new(false));
        let at_end = ended.clone();
        std::thread::spawn(move || {
            for line in reader.lines().map_while(Result::ok) {
                let mut text = collected.lock().unwrap();
                text.push_str(&line);
                text.push('\n');
            }
            at_end.store(true, Ordering::SeqCst);
        });
        let mut server = Server {
            child,
            port: 0,
            stderr,
            ended,
        };
        let line = server.wait_for_stderr(match lang {
            "fi" => "Sivusto näkyy osoitteessa http://",
            _ => "Serving the site at http://",
        });
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
        // Everything it printed, its last line included.
        while !self.ended.load(Ordering::SeqCst) {
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "serve's stderr did not end"
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
