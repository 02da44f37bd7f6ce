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

#[path = "../common/mod.rs"]
mod common;

mod checks;
mod edits;
mod worker;

use std::collections::BTreeMap;

use worker::{Step, Worker};

const DEFAULT_SEED: u64 = 13;
/// With the debug binary on a 2-core machine the whole test takes about a minute: one build of
/// the example site and this many mutations (mostly `polku check`).
const DEFAULT_MUTATIONS: usize = 20;

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name).map_or(default, |v| {
        v.parse()
            .unwrap_or_else(|_| panic!("{name}={v:?} is not a number"))
    })
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
