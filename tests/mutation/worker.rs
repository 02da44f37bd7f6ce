//! The runner: a built copy of the example site that makes one edit after another, runs Polku on
//! it, checks the run, the sources and the output, and puts the file back.

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;
use std::time::Duration;

use crate::checks::judge;
use crate::common::{TestSite, run_with_timeout};
use crate::edits::{Rng, mutate};

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
            command
                .args(args)
                .current_dir(site.root())
                .env("POLKU_LANG", "en");
            command
        }
        None => site.command(args),
    }
}

/// What one step came to: its outcome, a line for the log, and its failures.
pub(crate) struct Step {
    pub(crate) outcome: String,
    pub(crate) log: String,
    pub(crate) failures: Vec<(String, String)>,
}

/// A copy of the example site, built once, that takes one mutation after another.
pub(crate) struct Worker {
    site: TestSite,
    baseline: Vec<(String, Vec<u8>)>,
    pristine: Vec<(String, Vec<u8>)>,
    roots: BTreeSet<String>,
    files: Vec<String>,
    limit: Duration,
}

impl Worker {
    pub(crate) fn new() -> Worker {
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
    pub(crate) fn step(&mut self, seed: u64, step: usize) -> Step {
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
