//! `polku check --external`: every `http://` and `https://` link of the built pages must answer.
//!
//! Each address is fetched once per run however many pages link to it. Requests to one host are
//! spaced (a link check must not look like an attack, and many servers throttle bursts), while
//! different hosts are checked side by side. Addresses that answered well within the cache
//! lifetime are not fetched again; failures always are, so a fixed link stops being reported.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::links::attributes;
use crate::diagnostics::{Diagnostic, Pos, Text, text};
use crate::output::{OutFile, Urls};

/// The cache of addresses that answered, relative to the site root.
pub const CACHE_FILE: &str = ".polku-cache/external-links.json";
/// How many hosts are checked at the same time.
const WORKERS: usize = 8;
/// How long one request may take.
const TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct External {
    /// How long an address that answered is trusted without a new request; 0: not at all.
    pub cache_hours: u64,
    /// The least time between the end of one request to a host and the start of the next.
    pub interval: Duration,
}

impl Default for External {
    fn default() -> Self {
        External {
            cache_hours: 24,
            interval: Duration::from_millis(500),
        }
    }
}

/// What an address answered.
enum Outcome {
    Ok,
    /// The server would not tell (403, 429, …): the link may well work in a browser.
    Limited(Text),
    Broken(Text),
}

/// Problems with the external links of the built `files`; reads and updates the cache in `root`.
pub fn external(
    files: &[OutFile],
    urls: &Urls,
    root: &Path,
    options: &External,
) -> Vec<Diagnostic> {
    // Every (page, link) pair, sorted, so that the report is the same from run to run.
    let mut links: BTreeSet<(&str, String)> = BTreeSet::new();
    for file in files.iter().filter(|f| f.path.ends_with(".html")) {
        let Some(bytes) = file.content.bytes() else {
            continue;
        };
        let Ok(html) = std::str::from_utf8(bytes) else {
            continue;
        };
        for link in attributes(html, "href")
            .into_iter()
            .chain(attributes(html, "src"))
        {
            let link = unescape(link);
            // The site's own absolute addresses (canonical links) are not published yet.
            if (link.starts_with("http://") || link.starts_with("https://"))
                && !link.starts_with(&urls.base)
            {
                links.insert((file.path.as_str(), link));
            }
        }
    }
    let addresses: BTreeSet<&str> = links.iter().map(|(_, link)| address(link)).collect();

    let cache_path = root.join(CACHE_FILE);
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let lifetime = options.cache_hours.saturating_mul(3600);
    let mut cache: BTreeMap<String, u64> = fs::read_to_string(&cache_path)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default();
    cache.retain(|_, checked| now.saturating_sub(*checked) < lifetime);

    let mut by_host: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for address in addresses.iter().filter(|a| !cache.contains_key(**a)) {
        by_host.entry(host(address)).or_default().push(address);
    }
    let fetched: usize = by_host.values().map(Vec::len).sum();
    let hosts: BTreeSet<&str> = addresses.iter().map(|a| host(a)).collect();
    let outcomes = fetch_all(by_host, options.interval);
    let checked = text!(
        "check-external-checked",
        links = addresses.len(),
        hosts = hosts.len(),
        cached = addresses.len() - fetched
    );
    eprintln!("{checked}");

    if fetched > 0 {
        for (address, outcome) in &outcomes {
            if matches!(outcome, Outcome::Ok) {
                cache.insert(address.to_string(), now);
            }
        }
        if let Err(err) = write_cache(&cache_path, &cache) {
            let label = text!("label-warning");
            let path = cache_path.display();
            let message = text!("check-external-cache-unwritten", path = path, detail = err);
            eprintln!("{label}: {message}");
        }
    }

    // One problem per link, at the first page that has it: a broken link in every page's
    // footer is one line to fix, not hundreds.
    let mut pages_of: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (page, link) in &links {
        pages_of.entry(link.as_str()).or_default().push(page);
    }
    let mut problems = Vec::new();
    for (link, pages) in pages_of {
        let file = Path::new(pages[0]);
        let also = also_on(&pages[1..]);
        match outcomes.get(address(link)) {
            Some(Outcome::Limited(why)) => problems.push(
                Diagnostic::warning(
                    "EXTERNAL-LIMITED",
                    file,
                    Pos::default(),
                    text!(
                        "check-external-limited",
                        link = link,
                        why = why,
                        also = also
                    ),
                )
                .hint(text!("check-external-limited.hint")),
            ),
            Some(Outcome::Broken(why)) => problems.push(
                Diagnostic::error(
                    "BROKEN-EXTERNAL",
                    file,
                    Pos::default(),
                    text!("check-external-broken", link = link, why = why, also = also),
                )
                .hint(text!("check-external-broken.hint")),
            ),
            Some(Outcome::Ok) | None => {}
        }
    }
    problems
}

/// ` (also on a.html and b.html)`: the other pages with the same link, at most three by name.
fn also_on(pages: &[&str]) -> String {
    const NAMED: usize = 3;
    let also = match pages.len() {
        0 => return String::new(),
        n if n <= NAMED => {
            let (last, first) = pages.split_last().unwrap_or((&"", &[]));
            if first.is_empty() {
                text!("check-also-on-one", page = last)
            } else {
                text!("check-also-on-few", pages = first.join(", "), last = last)
            }
        }
        n => text!(
            "check-also-on-many",
            pages = pages[..NAMED].join(", "),
            others = n - NAMED
        ),
    };
    format!(" {also}")
}

/// Fetches every address, one worker per host at a time, and tells what each answered.
fn fetch_all<'a>(
    by_host: BTreeMap<&'a str, Vec<&'a str>>,
    interval: Duration,
) -> BTreeMap<&'a str, Outcome> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        // 4xx and 5xx are answers to report, not errors of the client.
        .http_status_as_error(false)
        .max_redirects(5)
        .timeout_global(Some(TIMEOUT))
        .user_agent(format!("polku/{} (link check)", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let queue = Mutex::new(by_host.into_values());
    let results = Mutex::new(BTreeMap::new());
    std::thread::scope(|scope| {
        for _ in 0..WORKERS {
            scope.spawn(|| {
                loop {
                    // One host's addresses go to one worker, so that its pace is kept.
                    let Some(addresses) = queue.lock().expect("queue").next() else {
                        break;
                    };
                    let mut pacer = Pacer {
                        last: None,
                        interval,
                    };
                    for address in addresses {
                        let outcome = check(&agent, address, &mut pacer);
                        results.lock().expect("results").insert(address, outcome);
                    }
                }
            });
        }
    });
    results.into_inner().expect("results")
}

/// Keeps the requests to one host `interval` apart.
struct Pacer {
    last: Option<Instant>,
    interval: Duration,
}

impl Pacer {
    fn request<T>(&mut self, send: impl FnOnce() -> T) -> T {
        if let Some(last) = self.last {
            std::thread::sleep(self.interval.saturating_sub(last.elapsed()));
        }
        let answer = send();
        // Counted from the end of the answer: a slow server gets more rest, not less.
        self.last = Some(Instant::now());
        answer
    }
}

/// HEAD first (no body to download); GET when the server does not do HEAD.
fn check(agent: &ureq::Agent, address: &str, pacer: &mut Pacer) -> Outcome {
    let mut answer = pacer.request(|| agent.head(address).call());
    if let Ok(response) = &answer
        && matches!(response.status().as_u16(), 405 | 501)
    {
        // The body of the GET is never read: the status is all that is needed.
        answer = pacer.request(|| agent.get(address).call());
    }
    let response = match answer {
        Ok(response) => response,
        Err(err) => return Outcome::Broken(text!("check-unreachable", reason = reason(&err))),
    };
    let status = response.status();
    let answers = match status.canonical_reason() {
        Some(words) => text!(
            "check-answers-words",
            status = status.as_u16(),
            words = words
        ),
        None => text!("check-answers", status = status.as_u16()),
    };
    match status.as_u16() {
        200..=399 => Outcome::Ok,
        401 | 403 | 429 => Outcome::Limited(answers),
        _ => Outcome::Broken(answers),
    }
}

/// Why a request failed, in words an editor can act on.
fn reason(err: &ureq::Error) -> Text {
    match err {
        ureq::Error::HostNotFound => text!("check-host-not-found"),
        ureq::Error::Timeout(_) => text!("check-no-answer", seconds = TIMEOUT.as_secs()),
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => {
            text!("check-connection-refused")
        }
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => {
            text!("check-no-answer", seconds = TIMEOUT.as_secs())
        }
        // The system resolver's failure has no error kind of its own.
        ureq::Error::Io(io) if io.to_string().starts_with("failed to lookup address") => {
            text!("check-host-not-found")
        }
        ureq::Error::Io(io) => text!("check-connection-failed", detail = io),
        ureq::Error::TooManyRedirects => text!("check-too-many-redirects"),
        ureq::Error::BadUri(_) | ureq::Error::Http(_) => text!("check-invalid-address"),
        ureq::Error::Tls(_) | ureq::Error::Rustls(_) => text!("check-tls-failed", detail = err),
        // The library's own words: an error Polku does not name.
        other => Text::Plain(other.to_string()),
    }
}

fn write_cache(path: &Path, cache: &BTreeMap<String, u64>) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    let text = serde_json::to_string_pretty(cache).map_err(std::io::Error::other)?;
    fs::write(path, text + "\n")
}

/// A link without its `#fragment`, which the server never sees.
fn address(link: &str) -> &str {
    link.split('#').next().unwrap_or(link)
}

/// The host name of an address, without user or port: the rate limit is per machine.
fn host(address: &str) -> &str {
    let rest = address.split_once("://").map_or(address, |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let authority = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    match authority.strip_prefix('[') {
        // An IPv6 address: `[::1]:8080`.
        Some(v6) => v6.split(']').next().unwrap_or(v6),
        None => authority.split(':').next().unwrap_or(authority),
    }
}

/// An attribute value as the browser reads it (templates escape `&` and `/`).
fn unescape(value: &str) -> String {
    value
        .replace("&#x2F;", "/")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_leaves_out_user_port_and_path() {
        assert_eq!(host("https://example.fi/a?b#c"), "example.fi");
        assert_eq!(host("http://user:pw@127.0.0.1:8080/x"), "127.0.0.1");
        assert_eq!(host("http://[::1]:8080/"), "::1");
    }

    #[test]
    fn links_are_read_as_the_browser_reads_them() {
        assert_eq!(
            unescape("https:&#x2F;&#x2F;a.fi&#x2F;?a=1&amp;b=2"),
            "https://a.fi/?a=1&b=2"
        );
        assert_eq!(address("https://a.fi/x#kohta"), "https://a.fi/x");
    }

    #[test]
    fn the_other_pages_of_a_link_are_named_up_to_three() {
        assert_eq!(also_on(&[]), "");
        assert_eq!(also_on(&["a.html"]), " (also on a.html)");
        assert_eq!(
            also_on(&["a.html", "b.html", "c.html"]),
            " (also on a.html, b.html and c.html)"
        );
        assert_eq!(
            also_on(&["a.html", "b.html", "c.html", "d.html", "e.html"]),
            " (also on a.html, b.html, c.html and 2 other pages)"
        );
    }
}
