//! Loading: walk `content/`, read each file and split its YAML front matter from its body,
//! keeping the line numbers of both so that later errors point into the original file.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::diagnostics::{Diagnostic, Diagnostics, Pos, Text, text};

pub const CONTENT_DIR: &str = "content";

/// One content file, read and split.
#[derive(Debug, Clone)]
pub struct Source {
    /// Path relative to the site root, e.g. `content/sanasto/kipu.yaml` (for messages).
    pub file: PathBuf,
    /// Path below `content/` with `/` separators, e.g. `sanasto/kipu.yaml` (for `@/` links).
    pub rel: String,
    /// The folder below `content/` (`sanasto`), empty for the top.
    pub dir: String,
    pub stem: String,
    pub is_markdown: bool,
    /// The YAML part and the file line it starts on.
    pub front: String,
    pub front_line: usize,
    /// The Markdown body and the file line it starts on (empty for `.yaml`).
    pub body: String,
    pub body_line: usize,
}

/// Content files and the other files (pictures, icons) that sit beside them.
#[derive(Debug, Default)]
pub struct Loaded {
    pub sources: Vec<Source>,
    /// Paths below `content/` of content files that could not be read (their error is
    /// reported): references to them are not reported again.
    pub unreadable: Vec<String>,
    /// Paths below `content/` of files that are copied to the output as they are.
    pub assets: Vec<String>,
}

pub fn load(root: &Path, problems: &mut Diagnostics) -> Loaded {
    let content = root.join(CONTENT_DIR);
    let mut texts = Vec::new();
    let mut loaded = Loaded::default();
    let mut walker = WalkDir::new(&content)
        .follow_root_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    while let Some(entry) = walker.next() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let file = err
                    .path()
                    .and_then(|p| p.strip_prefix(root).ok())
                    .unwrap_or(Path::new(CONTENT_DIR));
                problems.push(Diagnostic::error(
                    "READ",
                    file,
                    Pos::default(),
                    text!("load-cannot-read", detail = err),
                ));
                continue;
            }
        };
        let file = entry.path().strip_prefix(root).unwrap_or(entry.path());
        if entry.file_type().is_symlink() {
            problems.push(symlink_warning(file));
            continue;
        }
        if entry.file_name().to_str().is_none() {
            // Its name could not be written in a link or an address, nor be read back.
            problems.push(
                Diagnostic::error("FILE-NAME", file, Pos::default(), text!("load-file-name"))
                    .hint(text!("load-file-name.hint")),
            );
            if entry.file_type().is_dir() {
                walker.skip_current_dir();
            }
            continue;
        }
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(&content).unwrap_or(entry.path());
        let rel = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        match rel.rsplit('.').next() {
            Some("md") | Some("yaml") | Some("yml") => texts.push(rel),
            _ => loaded.assets.push(rel),
        }
    }
    let results: Vec<(Option<Source>, Vec<Diagnostic>)> =
        texts.par_iter().map(|rel| read(&content, rel)).collect();
    for (rel, (source, found)) in texts.into_iter().zip(results) {
        match source {
            Some(source) => loaded.sources.push(source),
            None => loaded.unreadable.push(rel),
        }
        problems.extend(found);
    }
    loaded
}

/// A symbolic link in the site, which Polku never reads: it could reach any file on the machine,
/// and a copy of the site (or its output) would not have what it points to.
pub fn symlink_warning(file: &Path) -> Diagnostic {
    Diagnostic::warning("SYMLINK", file, Pos::default(), text!("load-symlink"))
        .hint(text!("load-symlink.hint"))
}

/// What is at a path below content/, without following symbolic links.
#[derive(Debug, PartialEq, Eq)]
enum Found {
    File,
    Missing,
    /// The path, or the folder it is in, is a symbolic link: the path of the link below content/.
    Link(String),
}

/// Looks up `rel` (below `content`) part by part, so that a link anywhere on the way is found.
fn find(content: &Path, rel: &str) -> Found {
    let mut path = content.to_path_buf();
    let mut walked = Vec::new();
    for part in rel.split('/').filter(|p| !p.is_empty()) {
        path.push(part);
        walked.push(part);
        match std::fs::symlink_metadata(&path) {
            Err(_) => return Found::Missing,
            Ok(meta) if meta.file_type().is_symlink() => return Found::Link(walked.join("/")),
            Ok(_) => {}
        }
    }
    match std::fs::symlink_metadata(&path) {
        Ok(meta) if meta.is_file() => Found::File,
        _ => Found::Missing,
    }
}

/// Why the file `rel` below `content` (written `written` in the content) cannot be used: it does
/// not exist, or is reached through a symbolic link. The code, message and hint of its error,
/// for the caller to place.
pub fn file_problem(
    content: &Path,
    rel: &str,
    written: &str,
) -> Option<(&'static str, Text, Text)> {
    match find(content, rel) {
        Found::File => None,
        Found::Missing => Some((
            "MEDIA-MISSING",
            text!("load-file-missing", written = written, rel = rel),
            text!("load-file-missing.hint"),
        )),
        Found::Link(link) => Some((
            "SYMLINK",
            text!("load-through-link", written = written, link = link),
            text!("load-through-link.hint", link = link),
        )),
    }
}

/// Reads one content file: the source, or the error that stops it, and any warnings.
fn read(content: &Path, rel: &str) -> (Option<Source>, Vec<Diagnostic>) {
    let file = Path::new(CONTENT_DIR).join(rel);
    match read_text(&content.join(rel), &file) {
        Ok((text, warning)) => match split(text, rel, &file) {
            Ok(source) => (Some(source), Vec::from_iter(warning)),
            Err(error) => (None, [error].into_iter().chain(warning).collect()),
        },
        Err(error) => (None, vec![error]),
    }
}

/// A text file of the site (`path` on disk, `file` in messages) as Polku reads it: UTF-8 without
/// a byte-order mark, with `\n` line ends (Windows' `\r\n` and old Macs' `\r` alike), and
/// without control characters (their warning beside it).
pub fn read_text(path: &Path, file: &Path) -> Result<(String, Option<Diagnostic>), Diagnostic> {
    let bytes = std::fs::read(path).map_err(|err| {
        Diagnostic::error(
            "READ",
            file,
            Pos::default(),
            text!("load-cannot-read-file", detail = err),
        )
    })?;
    let text = String::from_utf8(bytes).map_err(|err| {
        let pos = Pos::of_offset(
            &String::from_utf8_lossy(err.as_bytes()),
            err.utf8_error().valid_up_to(),
            1,
        );
        Diagnostic::error("ENCODING", file, pos, text!("load-encoding"))
            .hint(text!("load-encoding.hint"))
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    Ok(without_control_characters(text, file))
}

/// Control characters (NUL, escape, form feed, …; tab and newline are text) cannot be seen
/// and break pages and PDFs: they are removed, with a warning at the first one.
fn without_control_characters(text: String, file: &Path) -> (String, Option<Diagnostic>) {
    let is_control = |c: char| c.is_control() && c != '\t' && c != '\n';
    let Some(first) = text.find(is_control) else {
        return (text, None);
    };
    let count = text.chars().filter(|&c| is_control(c)).count();
    let code = text[first..].chars().next().map_or(0, u32::from);
    let warning = Diagnostic::warning(
        "CONTROL-CHAR",
        file,
        Pos::of_offset(&text, first, 1),
        text!(
            "load-control-char",
            count = count,
            code = format!("U+{code:04X}")
        ),
    )
    .hint(text!("load-control-char.hint"));
    (text.replace(is_control, ""), Some(warning))
}

/// Splits a Markdown file's front matter from its body; a YAML file is all front matter.
fn split(text: String, rel: &str, file: &Path) -> Result<Source, Diagnostic> {
    let (dir, name) = rel.rsplit_once('/').unwrap_or(("", rel));
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
    let mut source = Source {
        file: file.to_path_buf(),
        rel: rel.to_string(),
        dir: dir.to_string(),
        stem: stem.to_string(),
        is_markdown: ext == "md",
        front: String::new(),
        front_line: 1,
        body: String::new(),
        body_line: 1,
    };
    if !source.is_markdown {
        source.front = text;
        return Ok(source);
    }
    let (front, body) = split_front_matter(&text).map_err(|pos| {
        Diagnostic::error("FRONT-MATTER", file, pos, text!("load-front-matter"))
            .hint(text!("load-front-matter.hint"))
    })?;
    if let Some((front, line)) = front {
        source.front = front.to_string();
        source.front_line = line;
    }
    source.body = body.0.to_string();
    source.body_line = body.1;
    Ok(source)
}

type Part<'a> = (&'a str, usize);

/// Splits `---\nyaml\n---\nbody`. Returns the YAML part (if any) and the body, each with the
/// line it starts on; `Err` with the opening line when the closing `---` is missing.
pub fn split_front_matter(text: &str) -> Result<(Option<Part<'_>>, Part<'_>), Pos> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != "---" {
        return Ok((None, (text, 1)));
    }
    let start = first.len();
    let mut offset = start;
    for (line, l) in (2..).zip(lines) {
        if l.trim_end() == "---" {
            let body_start = offset + l.len();
            return Ok((
                Some((&text[start..offset], 2)),
                (&text[body_start..], line + 1),
            ));
        }
        offset += l.len();
    }
    Err(Pos::new(1, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_keeps_line_numbers() {
        let (front, body) = split_front_matter("---\ntitle: a\n---\n\n# Hei\n").unwrap();
        assert_eq!(front, Some(("title: a\n", 2)));
        assert_eq!(body, ("\n# Hei\n", 4));
    }

    #[test]
    fn markdown_without_front_matter_is_all_body() {
        let (front, body) = split_front_matter("# Hei\n").unwrap();
        assert_eq!(front, None);
        assert_eq!(body, ("# Hei\n", 1));
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        assert_eq!(
            split_front_matter("---\ntitle: a\n# Hei\n"),
            Err(Pos::new(1, 1))
        );
    }
}
