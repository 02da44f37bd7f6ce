//! What the preview server shows: the last good site, kept whole in memory and replaced in one
//! step, so a request sees either the old site or the new one; and whether the newest build
//! failed, for the browser's error overlay.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};

use tokio::sync::{broadcast, watch};

use crate::output::{Content, OutFile};

/// A file of the served site.
#[derive(Debug, Clone)]
pub enum Body {
    Memory(Arc<[u8]>),
    /// A picture or other file beside the content, read when it is asked for.
    Disk(PathBuf),
}

/// One finished build, as served.
#[derive(Debug)]
pub struct Snapshot {
    pub files: HashMap<String, Body>,
    /// `/` or the sub-path of `base_url`.
    pub root: String,
}

/// Before the first good build: nothing to serve yet, at the root.
impl Default for Snapshot {
    fn default() -> Self {
        Snapshot {
            files: HashMap::new(),
            root: "/".into(),
        }
    }
}

impl Snapshot {
    pub fn new(files: Vec<OutFile>, root: String) -> Snapshot {
        let files = files
            .into_iter()
            .map(|f| (f.path, body(f.content)))
            .collect();
        Snapshot { files, root }
    }
}

fn body(content: Content) -> Body {
    match content {
        Content::Bytes(bytes) => Body::Memory(Arc::from(bytes)),
        Content::Shared(bytes) => Body::Memory(bytes),
        Content::Copy(path) => Body::Disk(path),
    }
}

/// What the browser is told over the event stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A rebuild succeeded: load the page again.
    Reload,
    /// The newest build failed: show these messages over the page.
    Broken(Vec<String>),
}

/// The state shared by the server and the rebuilds.
pub struct Live {
    site: RwLock<Arc<Snapshot>>,
    broken: RwLock<Option<Vec<String>>>,
    events: broadcast::Sender<Event>,
    /// Set once, when the server stops: open event streams end.
    pub stopping: watch::Sender<bool>,
}

impl Live {
    pub fn new(first: Snapshot) -> Live {
        Live {
            site: RwLock::new(Arc::new(first)),
            broken: RwLock::new(None),
            events: broadcast::channel(16).0,
            stopping: watch::channel(false).0,
        }
    }

    pub fn site(&self) -> Arc<Snapshot> {
        self.site.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// The failed build's messages, if the newest build failed.
    pub fn broken(&self) -> Option<Vec<String>> {
        self.broken
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Event> {
        self.events.subscribe()
    }

    /// Puts a new build in place and tells the browsers to reload.
    pub fn publish(&self, snapshot: Snapshot) {
        *self.site.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(snapshot);
        *self.broken.write().unwrap_or_else(|e| e.into_inner()) = None;
        // No browser listening is fine.
        let _ = self.events.send(Event::Reload);
    }

    /// Replaces the files below `dir/` (the search bundle) without a reload: pages already open
    /// load the new index on their next search.
    pub fn replace_dir(&self, dir: &str, files: Vec<OutFile>) {
        let mut site = self.site.write().unwrap_or_else(|e| e.into_inner());
        let prefix = format!("{dir}/");
        let mut next: HashMap<String, Body> = site
            .files
            .iter()
            .filter(|(path, _)| !path.starts_with(&prefix))
            .map(|(path, body)| (path.clone(), body.clone()))
            .collect();
        next.extend(files.into_iter().map(|f| (f.path, body(f.content))));
        *site = Arc::new(Snapshot {
            files: next,
            root: site.root.clone(),
        });
    }

    /// Keeps serving the last good site and shows `messages` over it.
    pub fn fail(&self, messages: Vec<String>) {
        *self.broken.write().unwrap_or_else(|e| e.into_inner()) = Some(messages.clone());
        let _ = self.events.send(Event::Broken(messages));
    }
}
