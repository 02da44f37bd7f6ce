//! Test harness in the spirit of mdBook's: copy a fixture site into a temporary folder, change
//! what the test needs, run the real `polku` binary, and look at the files and the exact output.

#![allow(dead_code)]

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub struct TestSite {
    dir: tempfile::TempDir,
}

/// A real 8 × 8 PNG picture.
pub fn tiny_png() -> Vec<u8> {
    let picture = image::RgbImage::from_pixel(8, 8, image::Rgb([200, 120, 40]));
    let mut bytes = Vec::new();
    picture
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .unwrap();
    bytes
}

/// Runs a command to its end and keeps what it printed.
pub fn run_command(mut command: Command) -> Run {
    let out = command.output().expect("run polku");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs a command with a time limit: `None` if it was still running after `limit` (it is then
/// killed). Its output is read on threads meanwhile, so a chatty child cannot block on a full pipe.
pub fn run_with_timeout(mut command: Command, limit: Duration) -> (Option<Run>, Duration) {
    let start = Instant::now();
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run polku");
    let read = |pipe: Option<Box<dyn std::io::Read + Send>>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            pipe.unwrap().read_to_end(&mut bytes).ok();
            String::from_utf8_lossy(&bytes).into_owned()
        })
    };
    let stdout = read(child.stdout.take().map(|p| Box::new(p) as _));
    let stderr = read(child.stderr.take().map(|p| Box::new(p) as _));
    loop {
        if let Some(status) = child.try_wait().expect("wait for polku") {
            let run = Run {
                code: status.code().unwrap_or(-1),
                stdout: stdout.join().unwrap(),
                stderr: stderr.join().unwrap(),
            };
            return (Some(run), start.elapsed());
        }
        if start.elapsed() > limit {
            child.kill().ok();
            child.wait().ok();
            return (None, start.elapsed());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl TestSite {
    /// A copy of `tests/fixtures/<name>`.
    pub fn fixture(name: &str) -> TestSite {
        let site = TestSite {
            dir: tempfile::tempdir().expect("temp dir"),
        };
        let from = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name);
        copy_dir(&from, site.root());
        site
    }

    /// A copy of the repository's example site (site.yaml and content/).
    pub fn example() -> TestSite {
        let site = TestSite::empty();
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        copy_dir(&repo.join("content"), &site.path("content"));
        fs::copy(repo.join("site.yaml"), site.path("site.yaml")).unwrap();
        site
    }

    /// The example site as a project would publish it: its demonstration addresses
    /// (`sotestartti.example.fi`, each a `PLACEHOLDER` warning) replaced by the project's own
    /// (here at `polku.test`), so that its report holds only what a test makes.
    pub fn example_published() -> TestSite {
        let site = TestSite::example();
        for entry in walkdir::WalkDir::new(site.root()) {
            let path = entry.unwrap().into_path();
            let Ok(text) = fs::read_to_string(&path) else {
                continue;
            };
            if text.contains("example.fi") {
                fs::write(
                    &path,
                    text.replace("sotestartti.example.fi", "sotestartti.polku.test"),
                )
                .unwrap();
            }
        }
        site
    }

    /// An empty folder, e.g. for `polku init`.
    pub fn empty() -> TestSite {
        TestSite {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root().join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) -> &Self {
        self.write_bytes(rel, text.as_bytes())
    }

    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) -> &Self {
        let path = self.path(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
        self
    }

    /// Replaces the first occurrence of `from` in a file (which must contain it).
    pub fn edit(&self, rel: &str, from: &str, to: &str) -> &Self {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        self.write(rel, &text.replacen(from, to, 1))
    }

    pub fn remove(&self, rel: &str) -> &Self {
        fs::remove_file(self.path(rel)).unwrap();
        self
    }

    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("cannot read {rel}: {e}"))
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.path(rel).exists()
    }

    /// Runs `polku ARGS` in the site's folder.
    pub fn run(&self, args: &[&str]) -> Run {
        run_command(self.command(args))
    }

    /// The command `polku ARGS` in the site's folder, for a test to adjust before it runs. Its
    /// messages are English (`POLKU_LANG=en`): a test of the Finnish ones sets `fi`
    /// ([`TestSite::run_in`]).
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_polku"));
        command
            .args(args)
            .current_dir(self.root())
            .env("POLKU_LANG", "en");
        command
    }

    /// Runs `polku ARGS` in the site's folder with its messages in `lang`.
    pub fn run_in(&self, lang: &str, args: &[&str]) -> Run {
        let mut command = self.command(args);
        command.env("POLKU_LANG", lang);
        run_command(command)
    }

    /// `polku build`, which must succeed.
    pub fn build_ok(&self, args: &[&str]) -> Run {
        let run = self.run(&[&["build"], args].concat());
        assert_eq!(run.code, 0, "build failed:\n{}", run.stderr);
        run
    }

    /// `polku build`, which must fail with content errors; returns stderr.
    pub fn build_err(&self) -> String {
        self.build_err_in("en")
    }

    /// `polku check`, which must fail with content errors; returns stderr.
    pub fn check_err(&self) -> String {
        self.check_err_in("en")
    }

    /// [`TestSite::build_err`] with its messages in `lang`.
    pub fn build_err_in(&self, lang: &str) -> String {
        self.fails_with_content_errors(lang, "build")
    }

    /// [`TestSite::check_err`] with its messages in `lang`.
    pub fn check_err_in(&self, lang: &str) -> String {
        self.fails_with_content_errors(lang, "check")
    }

    fn fails_with_content_errors(&self, lang: &str, command: &str) -> String {
        let run = self.run_in(lang, &[command]);
        assert_eq!(
            run.code, 1,
            "expected content errors, got exit {}:\n{}{}",
            run.code, run.stdout, run.stderr
        );
        run.stderr
    }

    /// All files below `rel`, as `(path, bytes)`, sorted.
    pub fn snapshot(&self, rel: &str) -> Vec<(String, Vec<u8>)> {
        let base = self.path(rel);
        let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(&base)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                (
                    e.path()
                        .strip_prefix(&base)
                        .unwrap()
                        .to_string_lossy()
                        .into_owned(),
                    fs::read(e.path()).unwrap(),
                )
            })
            .collect();
        files.sort();
        files
    }
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from)
        .into_iter()
        .filter_map(Result::ok)
    {
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).unwrap();
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The exact stderr of a build that fails with one error.
pub fn one_error(diagnostic: &str) -> String {
    format!("{diagnostic}\n1 error, 0 warnings in 1 file\nNothing was written.\n")
}

/// The whole stderr of a Finnish run that found exactly `diagnostic`.
pub fn one_error_in_finnish(diagnostic: &str) -> String {
    format!(
        "{diagnostic}\n1 virhe, 0 varoitusta, 1 tiedostossa\nMitään ei kirjoitettu: julkaistu sivusto pysyy ennallaan.\n"
    )
}

/// One problem line of Polku's report: `path:line:col: error[CODE]: message` (`:line:col` is
/// missing for a problem without a position).
pub struct Printed {
    pub file: String,
    pub pos: Option<(usize, usize)>,
    pub error: bool,
    pub code: String,
}

/// A report line as a `Printed`, or `None` if it has not that shape.
pub fn parse_diagnostic(line: &str) -> Option<Printed> {
    let (at, error) = match (line.find(": error["), line.find(": warning[")) {
        (Some(e), _) => (e, true),
        (None, Some(w)) => (w, false),
        _ => return None,
    };
    let (head, rest) = line.split_at(at);
    let (code, message) = rest.split_once('[')?.1.split_once("]: ")?;
    let code_ok = !code.is_empty()
        && code
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-');
    if !code_ok || message.trim().is_empty() {
        return None;
    }
    let printed = |file: &str, pos| Printed {
        file: file.to_string(),
        pos,
        error,
        code: code.to_string(),
    };
    let mut parts = head.rsplitn(3, ':');
    if let (Some(col), Some(row), Some(path)) = (parts.next(), parts.next(), parts.next())
        && let (Ok(row), Ok(col)) = (row.parse(), col.parse())
    {
        return Some(printed(path, Some((row, col))));
    }
    Some(printed(head, None))
}

/// The numbers of a summary line `N errors, M warnings in K files`.
pub fn parse_summary(line: &str) -> Option<(usize, usize, usize)> {
    let words: Vec<&str> = line.split(' ').collect();
    match words.as_slice() {
        [
            e,
            "error," | "errors,",
            w,
            "warning" | "warnings",
            "in",
            f,
            "file" | "files",
        ] => Some((e.parse().ok()?, w.parse().ok()?, f.parse().ok()?)),
        _ => None,
    }
}
