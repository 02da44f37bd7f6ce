//! Writing: the finished site goes into a staging folder beside the output folder and is swapped
//! in only when everything was written. Polku marks the folders it creates and refuses to
//! replace a folder without its mark, so it never deletes anything it did not make.

use std::fmt;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;

use super::{Content, OutFile};
use crate::diagnostics::{Text, text};
use crate::i18n;

/// The file that marks an output folder as Polku's.
pub const MARKER: &str = ".polku-output";
const MARKER_TEXT: &str =
    "This folder is written by Polku (polku build). It is replaced on every build.\n";

/// The folders of a site that hold what editors write: an output folder may never be one of
/// them, lie inside one, or hold one, since a build replaces its output folder whole.
pub const SOURCE_DIRS: &[&str] = &["content", "themes", "static", "templates"];

#[derive(Debug)]
pub enum WriteError {
    /// The output folder is, holds or lies inside the site's own sources.
    SourceFolder {
        output: PathBuf,
        why: Text,
    },
    /// The output folder exists, is not empty and has no marker.
    NotOurs(PathBuf),
    NotADirectory(PathBuf),
    Io(PathBuf, io::Error),
}

fn shown(path: &Path) -> String {
    path.display().to_string()
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::SourceFolder { output, why } => {
                let folders = SOURCE_DIRS.join("/, ") + "/";
                let args = [("output", shown(output)), ("why", why.to_string())];
                let hint = i18n::text("output-source-folder.hint", &[("folders", folders)]);
                let message = i18n::text("output-source-folder", &args);
                f.write_str(&i18n::with_own_hint(message, hint))
            }
            WriteError::NotOurs(dir) => {
                f.write_str(&i18n::with_hint("output-not-ours", &[("dir", shown(dir))]))
            }
            WriteError::NotADirectory(path) => {
                let args = [("path", shown(path))];
                f.write_str(&i18n::with_hint("output-not-a-folder", &args))
            }
            WriteError::Io(path, err) => {
                let args = [("path", shown(path)), ("detail", err.to_string())];
                f.write_str(&i18n::text("output-cannot-write", &args))
            }
        }
    }
}

/// A new output being written: files go into a staging folder beside `output`, which `publish`
/// swaps in. Dropped unpublished (an error on the way), the staging folder is removed and the
/// old output stays as it was.
pub struct Staging {
    output: PathBuf,
    dir: PathBuf,
    published: bool,
}

impl Staging {
    /// Checks that `output` may be replaced and makes the staging folder, with Polku's mark.
    pub fn new(output: &Path, force: bool) -> Result<Staging, WriteError> {
        check_replaceable(output, force)?;
        let parent = output
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        fs::create_dir_all(parent).map_err(|e| WriteError::Io(parent.to_path_buf(), e))?;
        let name = output
            .file_name()
            .map_or("public".into(), |n| n.to_string_lossy().into_owned());
        let staging = Staging {
            output: output.to_path_buf(),
            dir: parent.join(format!(".{name}.polku-staging-{}", std::process::id())),
            published: false,
        };
        fs::create_dir_all(&staging.dir).map_err(|e| WriteError::Io(staging.dir.clone(), e))?;
        fs::write(staging.dir.join(MARKER), MARKER_TEXT)
            .map_err(|e| WriteError::Io(staging.dir.join(MARKER), e))?;
        Ok(staging)
    }

    /// Writes `files` into the staging folder (several at once).
    pub fn write(&self, files: &[OutFile]) -> Result<(), WriteError> {
        let mut dirs: Vec<PathBuf> = files
            .iter()
            .filter_map(|f| Path::new(&f.path).parent().map(|p| self.dir.join(p)))
            .collect();
        dirs.sort();
        dirs.dedup();
        for dir in dirs {
            fs::create_dir_all(&dir).map_err(|e| WriteError::Io(dir.clone(), e))?;
        }
        files.par_iter().try_for_each(|file| {
            let path = self.dir.join(&file.path);
            let result = match &file.content {
                Content::Bytes(bytes) => fs::write(&path, bytes),
                Content::Shared(bytes) => fs::write(&path, bytes),
                Content::Copy(from) => copy_regular(from, &path),
            };
            result.map_err(|e| WriteError::Io(path, e))
        })
    }

    /// Puts the staging folder in the place of the output; the old output is removed only after
    /// the swap. If the swap fails, dropping `self` removes the staging folder.
    pub fn publish(mut self) -> Result<(), WriteError> {
        swap(&self.output, &self.dir)?;
        self.published = true;
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.published {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

/// Refuses an output folder that is the site's folder, holds it, or is or lies inside one of its
/// source folders: `--force` or not, a build there would delete what editors wrote. Symbolic
/// links and `..` are resolved first, so no other spelling of the same folder gets through.
pub fn check_place(root: &Path, output: &Path) -> Result<(), WriteError> {
    let refuse = |why: Text| {
        Err(WriteError::SourceFolder {
            output: output.to_path_buf(),
            why,
        })
    };
    let site = real_path(root);
    let out = real_path(output);
    if site == out {
        return refuse(text!("output-why-site"));
    }
    if site.starts_with(&out) {
        return refuse(text!("output-why-holds", site = site.display()));
    }
    for dir in SOURCE_DIRS {
        let source = real_path(&root.join(dir));
        if out == source {
            return refuse(text!("output-why-is", dir = dir));
        }
        if out.starts_with(&source) {
            return refuse(text!("output-why-inside", dir = dir));
        }
    }
    Ok(())
}

/// `path` as an absolute path with `..` and symbolic links resolved part by part, as the system
/// would resolve it, also when its last parts do not exist yet.
fn real_path(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut real = PathBuf::new();
    for part in absolute.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                real.pop();
            }
            part => {
                real.push(part);
                if let Ok(resolved) = fs::canonicalize(&real) {
                    real = resolved;
                }
            }
        }
    }
    real
}

/// Copies a regular file; a file that became a symbolic link since the site was read is not
/// followed (Polku never reads links).
fn copy_regular(from: &Path, to: &Path) -> io::Result<()> {
    if fs::symlink_metadata(from)?.file_type().is_symlink() {
        return Err(io::Error::other("it has become a symbolic link"));
    }
    fs::copy(from, to).map(|_| ())
}

fn check_replaceable(output: &Path, force: bool) -> Result<(), WriteError> {
    match fs::symlink_metadata(output) {
        Err(_) => Ok(()),
        Ok(meta) if !meta.is_dir() => Err(WriteError::NotADirectory(output.to_path_buf())),
        Ok(_) => {
            let empty = fs::read_dir(output)
                .map_err(|e| WriteError::Io(output.to_path_buf(), e))?
                .next()
                .is_none();
            if empty || force || output.join(MARKER).is_file() {
                Ok(())
            } else {
                Err(WriteError::NotOurs(output.to_path_buf()))
            }
        }
    }
}

/// Puts `staging` in the place of `output`; the old output is removed only after the swap.
fn swap(output: &Path, staging: &Path) -> Result<(), WriteError> {
    if fs::symlink_metadata(output).is_err() {
        return fs::rename(staging, output).map_err(|e| WriteError::Io(output.to_path_buf(), e));
    }
    let old = staging.with_extension("old");
    fs::rename(output, &old).map_err(|e| WriteError::Io(output.to_path_buf(), e))?;
    if let Err(e) = fs::rename(staging, output) {
        let _ = fs::rename(&old, output);
        return Err(WriteError::Io(output.to_path_buf(), e));
    }
    fs::remove_dir_all(&old).map_err(|e| WriteError::Io(old, e))
}
