//! Writing: the finished site goes into a staging folder beside the output folder and is swapped
//! in only when everything was written. Polku marks the folders it creates and refuses to
//! replace a folder without its mark, so it never deletes anything it did not make.

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::render::{Content, OutFile};

/// The file that marks an output folder as Polku's.
pub const MARKER: &str = ".polku-output";
const MARKER_TEXT: &str =
    "This folder is written by Polku (polku build). It is replaced on every build.\n";

#[derive(Debug)]
pub enum WriteError {
    /// The output folder exists, is not empty and has no marker.
    NotOurs(PathBuf),
    NotADirectory(PathBuf),
    Io(PathBuf, io::Error),
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::NotOurs(dir) => write!(
                f,
                "{} already exists and was not made by Polku, so Polku will not replace it\n  hint: choose another folder with --output, or pass --force to replace it",
                dir.display()
            ),
            WriteError::NotADirectory(path) => write!(
                f,
                "{} exists and is not a folder\n  hint: choose another path with --output",
                path.display()
            ),
            WriteError::Io(path, err) => write!(f, "cannot write {}: {err}", path.display()),
        }
    }
}

/// Writes `files` as the new content of `output`. On any error the old output stays as it was.
pub fn write_site(output: &Path, files: &[OutFile], force: bool) -> Result<(), WriteError> {
    check_replaceable(output, force)?;
    let parent = output
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(parent).map_err(|e| WriteError::Io(parent.to_path_buf(), e))?;
    let name = output
        .file_name()
        .map_or("public".into(), |n| n.to_string_lossy().into_owned());
    let staging = parent.join(format!(".{name}.polku-staging-{}", std::process::id()));
    let result = stage(&staging, files).and_then(|()| swap(output, &staging));
    if result.is_err() {
        let _ = fs::remove_dir_all(&staging);
    }
    result
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

fn stage(staging: &Path, files: &[OutFile]) -> Result<(), WriteError> {
    fs::create_dir_all(staging).map_err(|e| WriteError::Io(staging.to_path_buf(), e))?;
    fs::write(staging.join(MARKER), MARKER_TEXT)
        .map_err(|e| WriteError::Io(staging.join(MARKER), e))?;
    let mut dirs: Vec<PathBuf> = files
        .iter()
        .filter_map(|f| Path::new(&f.path).parent().map(|p| staging.join(p)))
        .collect();
    dirs.sort();
    dirs.dedup();
    for dir in dirs {
        fs::create_dir_all(&dir).map_err(|e| WriteError::Io(dir.clone(), e))?;
    }
    files.par_iter().try_for_each(|file| {
        let path = staging.join(&file.path);
        let result = match &file.content {
            Content::Bytes(bytes) => fs::write(&path, bytes),
            Content::Shared(bytes) => fs::write(&path, bytes),
            Content::Copy(from) => fs::copy(from, &path).map(|_| ()),
        };
        result.map_err(|e| WriteError::Io(path, e))
    })
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
