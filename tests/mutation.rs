//! Seeded random mutations of the example site (issue 13).
//!
//! The example site is built once into `public/`. Then each step takes one pristine file at
//! random (a Markdown or YAML file below `content/`, sometimes `site.yaml`), applies one random
//! edit to it — a line deleted, doubled or swapped with another, the file cut short (also in the
//! middle of a character), random bytes or Unicode inserted (emoji, Arabic, combining marks, NUL,
//! control characters, U+FEFF, U+2028, a very long word), a stray `:`, `---`, tab, `- `, quote,
//! bracket, `&anchor` or `*alias` in the front matter or YAML, a number made huge or negative,
//! other line endings, the file emptied — runs `polku check` on it (`polku build` one time in
//! four), and puts the file back. Every run must:
//!
//! - end within the time limit, with exit code 0 or 1 and no panic;
//! - print only `path:line:col: error[CODE]: message` lines (and their hints), with no Rust
//!   Debug text and no raw control characters; errors in the mutated file point inside it, and a
//!   file that is no longer UTF-8 gets an error of its own;
//! - print a summary line `N errors, M warnings in K files` that agrees with the lines printed;
//! - leave the previous output byte for byte as it was after a failed build (after a good build
//!   the new output is the baseline), leave no other files behind, and change no source file.
//!
//! `POLKU_MUTATION_SEED` (default fixed) and `POLKU_MUTATIONS` (default `DEFAULT_MUTATIONS`)
//! override the seed and the count; `POLKU_MUTATION_ONLY=N` runs step N alone. All failures are
//! reported together at the end, each with the seed, the step, the file, the exact edit and the
//! stderr; the counts by outcome go to stderr (`cargo test --test mutation -- --nocapture`).

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;
use std::time::Duration;

use common::{Run, TestSite, parse_diagnostic, parse_summary, run_with_timeout};

const DEFAULT_SEED: u64 = 13;
/// With the debug binary on a 2-core machine the whole test takes about a minute: one build of
/// the example site and this many mutations (mostly `polku check`).
const DEFAULT_MUTATIONS: usize = 20;

/// Text that Rust's `Debug` prints and an editor should never see.
const DEBUG_TEXT: &[&str] = &[
    "Some(", "None)", "Err(", "Ok(", "{ ..", " { kind:", "Error {",
];
/// Rust's names of number types, which serde's messages show ("expected u32").
const RUST_TYPES: &[&str] = &[
    "u8", "u16", "u32", "u64", "u128", "usize", "i32", "i64", "f64",
];
/// Inserted text, separated by `|`: emoji, Arabic, combining marks, controls, invisible and
/// line-separating characters, a noncharacter, a very long word.
const UNICODE: &str = "😀|👩🏽‍⚕️|مرحبا بكم|\u{301}|e\u{301}\u{302}|\0|\u{1}|\u{1b}[31m|\u{7f}|\u{85}|\
    \u{feff}|\u{2028}|\u{2029}|\u{200b}|\u{202e}|\u{ad}|\u{fffd}|\r|\t|\u{10ffff}|\
    Lentokonesuihkuturbiinimoottoriapumekaanikkoaliupseerioppilas";
const TOKENS: &[&str] = &[
    ":", ": ", "---", "---\n", "\t", "- ", "'", "\"", "{", "[", "}", "]", "&anchor ", "*alias",
    "#", "|", ">", "!", "%", "@", "`", "? ", ", ", "~",
];
const NUMBERS: &str = "-1 0 -0 99999999999999999999999999 18446744073709551616 \
    9223372036854775808 4294967296 -2147483649 1e308 65536 1.5";

/// splitmix64: small, seedable, good enough to pick edits.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

struct Mutation {
    file: String,
    edit: String,
    bytes: Vec<u8>,
    /// An insertion at one place (a syntax error it causes should be reported near it).
    insertion: bool,
    /// The 1-based line of the first byte that changed.
    line: usize,
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name).map_or(default, |v| {
        v.parse()
            .unwrap_or_else(|_| panic!("{name}={v:?} is not a number"))
    })
}

/// `"text"` for UTF-8, `b"\xff…"` otherwise.
fn esc(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => format!("{text:?}"),
        Err(_) => format!("b\"{}\"", bytes.escape_ascii()),
    }
}

fn line_of(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset].iter().filter(|b| **b == b'\n').count() + 1
}

/// "byte 120 (line 4, byte 7 of the line)"
fn place(bytes: &[u8], at: usize) -> String {
    let start = bytes[..at]
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let line = line_of(bytes, at);
    format!(
        "byte {at} (line {line}, byte {} of the line)",
        at - start + 1
    )
}

fn char_boundary(bytes: &[u8], mut at: usize) -> usize {
    while at > 0 && at < bytes.len() && (bytes[at] & 0xC0) == 0x80 {
        at -= 1;
    }
    at
}

/// The byte range of the YAML: a Markdown file's front matter, or the whole file.
fn yaml_range(bytes: &[u8], markdown: bool) -> (usize, usize) {
    let lines: Vec<&[u8]> = bytes.split_inclusive(|b| *b == b'\n').collect();
    if !markdown || lines.first().is_none_or(|l| l.trim_ascii_end() != b"---") {
        return (0, bytes.len());
    }
    let mut at = lines[0].len();
    for line in &lines[1..] {
        if line.trim_ascii_end() == b"---" {
            break;
        }
        at += line.len();
    }
    (lines[0].len(), at)
}

/// A random place in the YAML: a line start, just after a `: `, or anywhere.
fn yaml_place(rng: &mut Rng, bytes: &[u8], markdown: bool) -> usize {
    let (start, end) = yaml_range(bytes, markdown);
    let places: Vec<usize> = match rng.below(3) {
        0 => (start..end)
            .filter(|&i| i == start || bytes[i - 1] == b'\n')
            .collect(),
        1 => (start + 2..end)
            .filter(|&i| &bytes[i - 2..i] == b": ")
            .collect(),
        _ => vec![],
    };
    match places.is_empty() {
        true => char_boundary(bytes, start + rng.below(end - start + 1)),
        false => *rng.pick(&places),
    }
}

/// One random edit of `original`.
fn mutate(rng: &mut Rng, file: &str, original: &[u8]) -> Mutation {
    let markdown = file.ends_with(".md");
    let lines: Vec<&[u8]> = original.split_inclusive(|b| *b == b'\n').collect();
    let (n, len) = (lines.len(), original.len());
    let kind = rng.below(13);
    let (edit, bytes) = match kind {
        0 | 1 if n > 0 => {
            let (i, mut new) = (rng.below(n), lines.clone());
            if kind == 0 {
                new.remove(i);
            } else {
                new.insert(i, lines[i]);
            }
            let what = ["delete", "duplicate"][kind];
            (
                format!("{what} line {}: {}", i + 1, esc(lines[i])),
                new.concat(),
            )
        }
        2 if n > 1 => {
            let (i, j, mut new) = (rng.below(n), rng.below(n), lines.clone());
            new.swap(i, j);
            let (a, b) = (esc(lines[i]), esc(lines[j]));
            (
                format!("swap line {} {a} with line {} {b}", i + 1, j + 1),
                new.concat(),
            )
        }
        3 | 4 => {
            let at = rng.below(len + 1);
            let at = if kind == 3 {
                char_boundary(original, at)
            } else {
                at
            };
            let mid = if char_boundary(original, at) != at {
                ", inside a character"
            } else {
                ""
            };
            (
                format!("cut the file at {}{mid}", place(original, at)),
                original[..at].to_vec(),
            )
        }
        5..=8 => {
            let (what, at): (Vec<u8>, usize) = match kind {
                5 => {
                    let at = rng.below(len + 1);
                    (
                        (0..1 + rng.below(6)).map(|_| rng.next() as u8).collect(),
                        at,
                    )
                }
                6 => {
                    let text = *rng.pick(&UNICODE.split('|').collect::<Vec<_>>());
                    let at = match rng.below(2) {
                        0 => yaml_place(rng, original, markdown),
                        _ => char_boundary(original, rng.below(len + 1)),
                    };
                    (text.as_bytes().to_vec(), at)
                }
                _ => (
                    rng.pick(TOKENS).as_bytes().to_vec(),
                    yaml_place(rng, original, markdown),
                ),
            };
            let edit = format!("insert {} at {}", esc(&what), place(original, at));
            (edit, [&original[..at], &what, &original[at..]].concat())
        }
        9 => {
            let (start, end) = yaml_range(original, markdown);
            let runs: Vec<usize> = (start..end)
                .filter(|&i| {
                    original[i].is_ascii_digit() && (i == 0 || !original[i - 1].is_ascii_digit())
                })
                .collect();
            if runs.is_empty() {
                return mutate(rng, file, original);
            }
            let at = *rng.pick(&runs);
            let to = original[at..]
                .iter()
                .position(|b| !b.is_ascii_digit())
                .map_or(len, |k| at + k);
            let number = *rng.pick(&NUMBERS.split(' ').collect::<Vec<_>>());
            let (old, at_place) = (esc(&original[at..to]), place(original, at));
            let edit = format!(
                "replace {old} at {at_place} with {}",
                esc(number.as_bytes())
            );
            (
                edit,
                [&original[..at], number.as_bytes(), &original[to..]].concat(),
            )
        }
        10 => {
            let ending: &[u8] = if rng.below(2) == 0 { b"\r\n" } else { b"\r" };
            let new = lines.iter().flat_map(|l| match l.strip_suffix(b"\n") {
                Some(text) => [text, ending].concat(),
                None => l.to_vec(),
            });
            (
                format!("end every line with {}", esc(ending)),
                new.collect(),
            )
        }
        11 => ("empty the file".to_string(), Vec::new()),
        _ => return mutate(rng, file, original),
    };
    let same = original
        .iter()
        .zip(&bytes)
        .take_while(|(a, b)| a == b)
        .count();
    let line = line_of(&bytes, same);
    let insertion = (5..=8).contains(&kind);
    Mutation {
        file: file.to_string(),
        edit,
        bytes,
        insertion,
        line,
    }
}

/// What is wrong with one run, as (class, detail).
fn judge(run: &Run, m: &Mutation, site: &TestSite) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = Vec::new();
    let mut fail = |class: &str, detail: String| found.push((class.to_string(), detail));
    let stderr = &run.stderr;
    if stderr.contains("panicked at") || stderr.contains("RUST_BACKTRACE") || run.code == 101 {
        fail("panic", String::new());
    } else if run.code == -1 {
        fail("killed by a signal", String::new());
    } else if run.code != 0 && run.code != 1 {
        fail(&format!("exit code {}", run.code), String::new());
    }
    for text in DEBUG_TEXT.iter().filter(|t| stderr.contains(**t)) {
        fail("Rust Debug text", format!("{text:?} in stderr"));
    }
    let words = stderr.split(|c: char| !c.is_alphanumeric());
    if let Some(word) = words.into_iter().find(|w| RUST_TYPES.contains(w)) {
        fail("Rust type name in a message", format!("`{word}` in stderr"));
    }
    if let Some(c) = stderr
        .chars()
        .find(|c| c.is_control() && *c != '\n' && *c != '\t')
    {
        fail("raw control character in stderr", format!("{c:?}"));
    }
    let (mut diags, mut summary) = (Vec::new(), None);
    for line in stderr.lines() {
        if line.starts_with("  hint: ") || line == "Nothing was written." {
            continue;
        } else if let Some(counts) = parse_summary(line) {
            summary = Some(counts);
        } else if let Some(diag) = parse_diagnostic(line) {
            diags.push(diag);
        } else if run.code == 0 || run.code == 1 {
            fail("line that is not a diagnostic", esc(line.as_bytes()));
        }
    }
    let errors = diags.iter().filter(|d| d.error).count();
    let files: BTreeSet<&str> = diags.iter().map(|d| d.file.as_str()).collect();
    let printed = (errors, diags.len() - errors, files.len());
    match summary {
        Some(said) if said != printed => fail(
            "summary disagrees with the lines printed",
            format!("summary {said:?}, printed (errors, warnings, files) {printed:?}"),
        ),
        None if !diags.is_empty() => fail("no summary line", String::new()),
        _ => {}
    }
    if run.code == 1 && errors == 0 {
        fail("exit 1 without an error", String::new());
    }
    if run.code == 0 && errors > 0 {
        fail("exit 0 with errors", String::new());
    }
    if run.code == 1 && !stderr.ends_with("Nothing was written.\n") {
        fail("exit 1 without `Nothing was written.`", String::new());
    }
    let text = String::from_utf8_lossy(&m.bytes);
    let line_count = text.split(['\n', '\r']).count().max(text.lines().count()) + 1;
    let widest = text
        .split(['\n', '\r'])
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0)
        + 1;
    for d in diags.iter().filter(|d| d.error) {
        match d.pos {
            None => fail(
                &format!("error without line:col ({})", d.code),
                format!("{} error[{}]", d.file, d.code),
            ),
            Some(_) if !site.path(&d.file).is_file() => {
                fail("error names no source file", d.file.clone())
            }
            Some((line, col))
                if d.file == m.file
                    && (line == 0 || line > line_count || col == 0 || col > widest) =>
            {
                fail(
                    "error position outside the mutated file",
                    format!("{line}:{col} in a file of {line_count} lines"),
                )
            }
            Some((line, _))
                if d.file == m.file
                    && d.code == "YAML-SYNTAX"
                    && m.insertion
                    && line > m.line + 3 =>
            {
                fail(
                    "YAML-SYNTAX reported far after the edit",
                    format!("edit on line {}, error on line {line}", m.line),
                )
            }
            _ => {}
        }
    }
    if std::str::from_utf8(&m.bytes).is_err() && !diags.iter().any(|d| d.error && d.file == m.file)
    {
        fail("file no longer UTF-8 but no error names it", String::new());
    }
    found
}

fn top_level(site: &TestSite) -> BTreeSet<String> {
    let entries = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned());
    entries.filter(|name| name != ".polku-cache").collect()
}

fn sources(site: &TestSite) -> Vec<(String, Vec<u8>)> {
    let mut files = site.snapshot("content");
    files.push((
        "../site.yaml".into(),
        std::fs::read(site.path("site.yaml")).unwrap(),
    ));
    files
}

/// `polku ARGS` in the site's folder: the binary of this build, or `POLKU_BIN` (an absolute
/// path, e.g. the release binary, for a longer run in the same time).
fn polku(site: &TestSite, args: &[&str]) -> Command {
    match std::env::var_os("POLKU_BIN") {
        Some(bin) => {
            let mut command = Command::new(bin);
            command.args(args).current_dir(site.root());
            command
        }
        None => site.command(args),
    }
}

/// What one step came to: its outcome, a line for the log, and its failures.
struct Step {
    outcome: String,
    log: String,
    failures: Vec<(String, String)>,
}

/// A copy of the example site, built once, that takes one mutation after another.
struct Worker {
    site: TestSite,
    baseline: Vec<(String, Vec<u8>)>,
    pristine: Vec<(String, Vec<u8>)>,
    roots: BTreeSet<String>,
    files: Vec<String>,
    limit: Duration,
}

impl Worker {
    fn new() -> Worker {
        let site = TestSite::example();
        let (first, took) = run_with_timeout(polku(&site, &["build"]), Duration::from_secs(600));
        let first = first.expect("the first build of the example site ran over 10 minutes");
        assert_eq!(
            first.code, 0,
            "the example site must build:\n{}",
            first.stderr
        );
        let mut files: Vec<String> = site
            .snapshot("content")
            .into_iter()
            .map(|(rel, _)| format!("content/{rel}"))
            .collect();
        files.retain(|f| f.ends_with(".md") || f.ends_with(".yaml"));
        Worker {
            baseline: site.snapshot("public"),
            pristine: sources(&site),
            roots: top_level(&site),
            files,
            limit: Duration::from_secs(60).max(took * 4),
            site,
        }
    }

    /// Mutation `step` of `seed`: made from the seed and the step alone, so any step can be
    /// repeated by itself.
    fn step(&mut self, seed: u64, step: usize) -> Step {
        let site = &self.site;
        let mut rng = Rng(seed ^ (step as u64 + 1).wrapping_mul(0xD1B5_4A32_D192_ED03));
        let file = match rng.below(20) {
            0 => "site.yaml".to_string(),
            _ => rng.pick(&self.files).clone(),
        };
        let original = std::fs::read(site.path(&file)).unwrap();
        let m = mutate(&mut rng, &file, &original);
        if m.bytes == original {
            let outcome = "no change (skipped)".to_string();
            let log = format!("step {step}: skipped, {file}: {}", m.edit);
            return Step {
                outcome,
                log,
                failures: Vec::new(),
            };
        }
        let command = if rng.below(4) == 0 { "build" } else { "check" };
        site.write_bytes(&file, &m.bytes);
        let (run, took) = run_with_timeout(polku(site, &[command]), self.limit);
        let mut found = match &run {
            None => vec![(
                "hang".to_string(),
                format!("still running after {took:?}; killed"),
            )],
            Some(run) => judge(run, &m, site),
        };
        let mutated_now = std::fs::read(site.path(&file)).unwrap_or_default();
        site.write_bytes(&file, &original);
        if mutated_now != m.bytes || sources(site) != self.pristine {
            found.push(("a source file changed".into(), String::new()));
        }
        if top_level(site) != self.roots {
            found.push((
                "files left beside the output".into(),
                format!("{:?}", top_level(site)),
            ));
        }
        let code = run.as_ref().map_or(-1, |r| r.code);
        if command == "build" && code == 0 {
            self.baseline = site.snapshot("public");
            let control = |b: &u8| *b < 0x20 && !b"\t\n\r".contains(b);
            let text = |path: &str| [".html", ".xml", ".json"].iter().any(|e| path.ends_with(e));
            for (path, bytes) in self.baseline.iter().filter(|(p, _)| text(p)) {
                if let Some(at) = bytes.iter().position(control) {
                    let detail = format!("public/{path} byte {at}: {:?}", bytes[at] as char);
                    found.push(("control character in the output".into(), detail));
                }
            }
        } else if site.snapshot("public") != self.baseline {
            found.push((
                "previous output changed".into(),
                format!("after `polku {command}` exiting {code}"),
            ));
        }
        let outcome = match code {
            0 => format!("{command}: ok"),
            1 => format!("{command}: content errors"),
            _ => format!("{command}: other"),
        };
        let mut classes: BTreeMap<String, (String, usize)> = BTreeMap::new();
        for (class, detail) in found {
            classes.entry(class).or_insert((detail, 0)).1 += 1;
        }
        let marks: Vec<&String> = classes.keys().collect();
        let log = format!(
            "step {step}: {outcome} in {took:.1?} {marks:?} {file}: {}",
            m.edit
        );
        let stderr = run.as_ref().map_or(String::new(), |r| {
            r.stderr.lines().take(30).collect::<Vec<_>>().join("\n")
        });
        let failures = classes
            .into_iter()
            .map(|(class, (detail, times))| {
                let report = format!(
                    "[{class}] seed {seed}, step {step} (POLKU_MUTATION_SEED={seed} POLKU_MUTATION_ONLY={step}): \
                     `polku {command}` exit {code} in {took:.1?}\n  file: {file}\n  edit: {}\n  {detail} ({times}×)\n{stderr}\n",
                    m.edit
                );
                (class, report)
            })
            .collect();
        Step {
            outcome,
            log,
            failures,
        }
    }
}

#[test]
fn random_edits_never_crash_hang_or_damage_the_output() {
    let seed = env_number("POLKU_MUTATION_SEED", DEFAULT_SEED);
    let count = env_number("POLKU_MUTATIONS", DEFAULT_MUTATIONS as u64) as usize;
    let only = std::env::var("POLKU_MUTATION_ONLY")
        .ok()
        .map(|v| v.parse::<usize>().expect("a step number"));
    let steps: Vec<usize> = (0..count)
        .filter(|s| only.is_none_or(|o| o == *s))
        .collect();
    // One worker (a copy of the site) per core; the steps do not depend on each other.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let jobs =
        (env_number("POLKU_MUTATION_JOBS", cores as u64) as usize).clamp(1, steps.len().max(1));
    let mut done: Vec<(usize, Step)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..jobs)
            .map(|j| {
                let mine: Vec<usize> = steps.iter().copied().skip(j).step_by(jobs).collect();
                scope.spawn(move || {
                    let mut worker = Worker::new();
                    mine.into_iter()
                        .map(|s| (s, worker.step(seed, s)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap())
            .collect()
    });
    done.sort_by_key(|(step, _)| *step);
    let mut outcomes: BTreeMap<String, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    for (_, step) in &done {
        eprintln!("{}", step.log);
        *outcomes.entry(step.outcome.clone()).or_default() += 1;
        for (class, report) in &step.failures {
            *outcomes.entry(format!("FAILURE {class}")).or_default() += 1;
            failures.push(report.clone());
        }
    }
    eprintln!(
        "mutation test, seed {seed}, {} steps on {jobs} workers:",
        steps.len()
    );
    for (outcome, n) in &outcomes {
        eprintln!("  {n:>5}  {outcome}");
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}
