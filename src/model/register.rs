//! The `Site`'s side of assembly: the `type` a folder's `_index.md` gives its files (asked for
//! while typing), and typed items and sections added to it — duplicate ids, unusable files,
//! folders without an `_index.md` and URL conflicts.

use std::collections::{HashMap, HashSet};

use super::parse::Unusable;
use super::types::{Common, TypeName};
use super::{Item, Section, Site, dir_url};
use crate::diagnostics::{Diagnostic, Diagnostics, text};

impl Site {
    pub(super) fn mark_unreadable(&mut self, unusable: Unusable) {
        self.unreadable.insert(unusable.id);
        self.unreadable.insert(unusable.rel);
    }

    /// The `type` set by the nearest `_index.md` at or above `dir`, and that folder.
    pub(super) fn section_type(&self, dir: &str) -> Option<(TypeName, &str)> {
        let mut dir = dir;
        loop {
            if let Some(section) = self.section(dir)
                && let Some(t) = section.common.type_name
            {
                return Some((t, section.dir.as_str()));
            }
            if dir.is_empty() {
                return None;
            }
            dir = dir.rsplit_once('/').map_or("", |(parent, _)| parent);
        }
    }

    pub(super) fn add(&mut self, mut item: Item, problems: &mut Diagnostics) {
        let key = (item.type_name(), item.id.clone());
        if let Some(&other) = self.by_id.get(&key) {
            // The mistake is the `id:` that someone set: that file is the one reported, and the
            // one whose id comes from its name stays.
            if item.common.id.is_none() && self.items[other].common.id.is_some() {
                for rel in self.rels_of(other) {
                    self.by_rel.remove(&rel);
                }
                item = std::mem::replace(&mut self.items[other], item);
                for rel in self.rels_of(other) {
                    self.by_rel.insert(rel, other);
                }
            }
            let first = &self.items[other].source.file;
            problems.push(
                Diagnostic::error(
                    "DUPLICATE-ID",
                    &item.source.file,
                    item.value_pos("id"),
                    text!(
                        "model-duplicate-id",
                        kind = key.0.name(),
                        id = item.id,
                        other = first.display()
                    ),
                )
                .hint(text!("model-duplicate-id.hint")),
            );
            // Links to the file by its path or by the id its name gives are not broken twice.
            self.mark_unreadable(Unusable::of(&item.source));
            return;
        }
        let at = self.items.len();
        self.by_id.insert(key, at);
        self.items.push(item);
        for rel in self.rels_of(at) {
            self.by_rel.insert(rel, at);
        }
    }

    /// The paths (below content/) of item `at`'s files: its own and a deck's instructions.
    fn rels_of(&self, at: usize) -> Vec<String> {
        let item = &self.items[at];
        let attachment = item.attachment.iter().map(|a| a.rel.clone());
        std::iter::once(item.source.rel.clone())
            .chain(attachment)
            .collect()
    }

    /// Every folder that holds content gets a listing page, with or without an `_index.md`.
    pub(super) fn add_missing_sections(&mut self, deck_dirs: &HashSet<String>) {
        let mut dirs: Vec<String> = vec![String::new()];
        for item in &self.items {
            let mut dir = item.source.dir.as_str();
            while !dir.is_empty() {
                dirs.push(dir.to_string());
                dir = dir.rsplit_once('/').map_or("", |(parent, _)| parent);
            }
        }
        for dir in dirs {
            let section = self.sections.entry(dir.clone()).or_insert_with(|| Section {
                url: dir_url(&dir),
                title: title_of_dir(&dir),
                dir: dir.clone(),
                common: Common::default(),
                source: None,
                is_deck: false,
            });
            section.is_deck = deck_dirs.contains(&dir);
        }
    }

    /// Two files may not be published at the same address.
    pub(super) fn check_urls(&self, problems: &mut Diagnostics) {
        let mut seen: HashMap<&str, &std::path::Path> = HashMap::new();
        for section in self.sections.values().filter(|s| !s.is_deck) {
            if let Some(source) = &section.source {
                seen.insert(&section.url, &source.file);
            }
        }
        for item in &self.items {
            if let Some(other) = seen.insert(&item.url, &item.source.file)
                && other != item.source.file
            {
                {
                    problems.push(
                        Diagnostic::error(
                            "URL-CONFLICT",
                            &item.source.file,
                            item.value_pos("id"),
                            text!(
                                "model-url-conflict",
                                url = item.url,
                                other = other.display()
                            ),
                        )
                        .hint(text!("model-url-conflict.hint")),
                    );
                }
            }
        }
    }
}

pub(super) fn title_of_dir(dir: &str) -> String {
    let last = dir.rsplit('/').next().unwrap_or(dir).replace('-', " ");
    let mut chars = last.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
