//! "Päivitetty" from version control: with `updated_from_git: true` in site.yaml, a page without
//! an `updated` date shows the date of the last commit that changed its file. One `git log` reads
//! the whole history, newest first, so a 10,000-page site does not start 10,000 processes.

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

/// The last commit date (`YYYY-MM-DD`) of each file below `content`, by its path below `content` (`/`
/// separators). Empty where `content` is not in a git repository or git is missing: the pages
/// then show their `updated` dates only.
pub fn last_commit_dates(content: &Path) -> HashMap<String, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(content)
        .args([
            "-c",
            "core.quotePath=false",
            "log",
            "--format=%x00%cs",
            "--name-only",
            "--relative",
            "--",
            ".",
        ])
        .output();
    let Some(output) = output.ok().filter(|o| o.status.success()) else {
        return HashMap::new();
    };
    read_log(&String::from_utf8_lossy(&output.stdout))
}

/// `git log --format=%x00%cs --name-only` output: a NUL and a date, then the commit's files.
fn read_log(log: &str) -> HashMap<String, String> {
    let mut dates = HashMap::new();
    let mut date = None;
    for line in log.lines().filter(|l| !l.is_empty()) {
        match line.strip_prefix('\0') {
            Some(day) => date = Some(day),
            // Newest first: the first date seen of a file is its last change.
            None => {
                if let Some(d) = date {
                    dates
                        .entry(line.to_string())
                        .or_insert_with(|| d.to_string());
                }
            }
        }
    }
    dates
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_newest_commit_of_each_file_wins() {
        let log = "\x002026-11-30\n\nsanasto/kipu.yaml\n\n\x002026-10-01\n\nsanasto/kipu.yaml\ntietoa.md\n";
        let dates = read_log(log);
        assert_eq!(dates["sanasto/kipu.yaml"], "2026-11-30");
        assert_eq!(dates["tietoa.md"], "2026-10-01");
    }
}
