//! Watching the site's sources: `content/`, `templates/`, `themes/`, `static/` and `site.yaml`.
//! Changes are gathered until the folder has been quiet for a moment, so that an editor's
//! save-as-rename or a `git checkout` of many files gives one rebuild, not many.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode, Watcher};

use super::Rebuilds;
use super::live::Live;

/// How long the sources must be still before a rebuild starts.
const QUIET: Duration = Duration::from_millis(20);
/// A stream of changes that never goes quiet still gets a rebuild this often.
const LONGEST_WAIT: Duration = Duration::from_secs(2);

const WATCHED_FOLDERS: [&str; 4] = ["content", "templates", "themes", "static"];

/// Starts watching `root` and rebuilding on changes, until the program ends.
pub fn start(root: &Path, mut rebuilds: Rebuilds, live: Arc<Live>) -> Result<(), String> {
    let root = std::fs::canonicalize(root).map_err(|e| format!("{}: {e}", root.display()))?;
    let (changes, changed) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(changes)
        .map_err(|e| format!("cannot watch the site's files: {e}"))?;
    // The root itself without its subfolders (so not `public/` or `target/`): for `site.yaml`.
    watch(&mut watcher, &root, RecursiveMode::NonRecursive)?;
    for folder in WATCHED_FOLDERS {
        let dir = root.join(folder);
        if dir.is_dir() {
            watch(&mut watcher, &dir, RecursiveMode::Recursive)?;
        }
    }
    std::thread::spawn(move || {
        while let Some(folders) = next_batch(&changed, &root) {
            // A watched folder made after the start is watched from now on.
            for dir in folders {
                let _ = watch(&mut watcher, &dir, RecursiveMode::Recursive);
            }
            rebuilds.run(&live);
        }
    });
    Ok(())
}

fn watch(watcher: &mut impl Watcher, path: &Path, mode: RecursiveMode) -> Result<(), String> {
    watcher
        .watch(path, mode)
        .map_err(|e| format!("cannot watch {}: {e}", path.display()))
}

/// Waits for a change to a source, then for quiet. Returns the watched folders created at the
/// root meanwhile, or `None` when the watcher is gone.
fn next_batch(
    changed: &mpsc::Receiver<notify::Result<notify::Event>>,
    root: &Path,
) -> Option<Vec<PathBuf>> {
    let mut new_folders = Vec::new();
    loop {
        let event = changed.recv().ok()?;
        new_folders.extend(created_folders(&event, root));
        if matters(&event, root) {
            break;
        }
    }
    let started = Instant::now();
    while started.elapsed() < LONGEST_WAIT {
        match changed.recv_timeout(QUIET) {
            Ok(event) => new_folders.extend(created_folders(&event, root)),
            Err(RecvTimeoutError::Timeout) => break,
            Err(RecvTimeoutError::Disconnected) => return None,
        }
    }
    Some(new_folders)
}

/// Watched folders (`static/`, …) that an event says were just made at the root.
fn created_folders(event: &notify::Result<notify::Event>, root: &Path) -> Vec<PathBuf> {
    let Ok(event) = event else {
        return Vec::new();
    };
    if !matches!(event.kind, EventKind::Create(_)) {
        return Vec::new();
    }
    event
        .paths
        .iter()
        .filter(|path| path.parent() == Some(root) && path.is_dir())
        .filter(|path| {
            path.file_name()
                .is_some_and(|name| WATCHED_FOLDERS.iter().any(|f| name == *f))
        })
        .cloned()
        .collect()
}

/// Whether an event touches a source of the site (and is more than a read).
fn matters(event: &notify::Result<notify::Event>, root: &Path) -> bool {
    let Ok(event) = event else {
        // The watcher lost track (an overflow): rebuilding is the safe answer.
        return true;
    };
    if matches!(event.kind, EventKind::Access(_)) {
        return false;
    }
    event.paths.iter().any(|path| {
        let Ok(rel) = path.strip_prefix(root) else {
            return false;
        };
        let mut parts = rel.components().map(|c| c.as_os_str().to_string_lossy());
        match parts.next().as_deref() {
            Some(crate::config::FILE_NAME) => true,
            Some(first) => WATCHED_FOLDERS.contains(&first),
            None => false,
        }
    })
}
