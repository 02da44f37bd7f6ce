//! Remembering work between builds of a running `polku serve`. Each result is kept with a hash
//! of everything it was made from; a rebuild reuses it when that hash is unchanged. A one-shot
//! `polku build` starts with empty memos, so it does all the work.

use std::collections::HashMap;

/// Results by name (a page's output path, an item's source path), each with its input hash.
#[derive(Debug)]
pub struct Memo<V> {
    entries: HashMap<String, (u64, V)>,
}

impl<V> Default for Memo<V> {
    fn default() -> Self {
        Memo {
            entries: HashMap::new(),
        }
    }
}

impl<V: Clone> Memo<V> {
    /// The remembered result of `name`, if it was made from inputs hashing to `key`.
    pub fn get(&self, name: &str, key: u64) -> Option<V> {
        self.entries
            .get(name)
            .filter(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
    }

    /// Remembers `fresh` beside what is known.
    pub fn update(&mut self, fresh: impl IntoIterator<Item = (String, u64, V)>) {
        self.entries
            .extend(fresh.into_iter().map(|(n, k, v)| (n, (k, v))));
    }

    /// Every remembered result, by name.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &V)> {
        self.entries.iter().map(|(n, (_, v))| (n.as_str(), v))
    }

    /// Forgets everything and remembers `fresh` instead, so that pages gone from the site
    /// are not kept.
    pub fn replace(&mut self, fresh: impl IntoIterator<Item = (String, u64, V)>) {
        self.entries = fresh.into_iter().map(|(n, k, v)| (n, (k, v))).collect();
    }
}
