//! Assembly: from the loaded sources to the typed model — each file's YAML read, its type
//! decided (its own `type`, a deck folder, its section), its type-specific keys read, its id and
//! URL made, duplicates and URL conflicts found.
//! The steps live next to this file: `parse` reads a file's YAML and shared keys, `typing` decides
//! its type and reads the rest, `register` adds items and sections to the `Site` and checks URLs.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;

use rayon::prelude::*;
use serde_yaml::Value;

use super::parse::{Parsed, Parsing, Unusable, is_deck_file, parse};
use super::register::title_of_dir;
use super::types::Kind;
use super::typing::type_item;
use super::{Item, Section, Site, dir_url};
use crate::config::Config;
use crate::diagnostics::Diagnostics;
use crate::load::Source;

/// Builds the typed model from the loaded sources. `unreadable` are the paths (below content/)
/// of files that could not be read, whose error is reported already.
pub fn assemble(
    config: Config,
    content_dir: PathBuf,
    (sources, unreadable): (Vec<Source>, &[String]),
    drafts: bool,
    problems: &mut Diagnostics,
) -> Site {
    let mut site = Site::empty(config, content_dir);
    for rel in unreadable {
        site.mark_unreadable(Unusable::of_path(rel));
    }
    let deck_dirs: HashSet<String> = sources
        .iter()
        .filter(|s| is_deck_file(s))
        .map(|s| s.dir.clone())
        .collect();
    let results: Vec<_> = sources.into_par_iter().map(parse).collect();
    let parsed = site.keep_parsed(results, problems);
    site.fill(parsed, &deck_dirs, drafts, problems);
    site
}

impl Site {
    pub(super) fn empty(config: Config, content_dir: PathBuf) -> Site {
        Site {
            config,
            content_dir,
            items: Vec::new(),
            sections: BTreeMap::new(),
            by_id: HashMap::new(),
            by_rel: HashMap::new(),
            unreadable: HashSet::new(),
            fallback: None,
        }
    }

    /// The sources that parsed; the others' problems reported and their files marked.
    pub(super) fn keep_parsed(
        &mut self,
        results: Vec<Parsing>,
        problems: &mut Diagnostics,
    ) -> Vec<Parsed> {
        let mut parsed = Vec::with_capacity(results.len());
        for result in results {
            match result {
                Ok(p) => parsed.push(p),
                Err(failed) => {
                    let (found, unusable) = *failed;
                    problems.extend(found);
                    self.mark_unreadable(unusable);
                }
            }
        }
        parsed
    }

    /// Sections, items and decks' instructions from the parsed files.
    pub(super) fn fill(
        &mut self,
        parsed: Vec<Parsed>,
        deck_dirs: &HashSet<String>,
        drafts: bool,
        problems: &mut Diagnostics,
    ) {
        let site = self;
        // The files of a deck whose deck.yaml cannot be read are left until it is fixed: without
        // it Polku cannot tell the cards from the instructions.
        let (parsed, orphans): (Vec<Parsed>, Vec<Parsed>) = parsed.into_iter().partition(|p| {
            !deck_dirs.contains(&p.source.dir)
                || !site.is_unreadable(&join_rel(&p.source.dir, "deck.yaml"))
        });
        for orphan in orphans {
            problems.extend(orphan.problems);
            site.mark_unreadable(Unusable::of(&orphan.source));
        }
        let (indexes, parsed): (Vec<Parsed>, Vec<Parsed>) =
            parsed.into_iter().partition(|p| p.source.stem == "_index");
        for mut index in indexes {
            problems.extend(std::mem::take(&mut index.problems));
            let title = index
                .common
                .title
                .clone()
                .unwrap_or_else(|| title_of_dir(&index.source.dir));
            let dir = index.source.dir.clone();
            site.sections.insert(
                dir.clone(),
                Section {
                    url: dir_url(&dir),
                    dir,
                    title,
                    common: index.common,
                    source: Some(index.source),
                    is_deck: false,
                },
            );
        }
        // A deck's instructions file belongs to the deck, not to its cards.
        let instructions: HashSet<String> = parsed
            .iter()
            .filter(|p| is_deck_file(&p.source))
            .filter_map(|p| {
                p.value
                    .get("instructions")
                    .and_then(Value::as_str)
                    .map(|f| join_rel(&p.source.dir, f))
            })
            .collect();
        let mut attachments: HashMap<String, Source> = HashMap::new();
        let mut items = Vec::new();
        let (attached, parsed): (Vec<Parsed>, Vec<Parsed>) = parsed
            .into_iter()
            .partition(|p| instructions.contains(&p.source.rel));
        for p in attached {
            attachments.insert(p.source.rel.clone(), p.source);
        }
        // Typing is independent per file: done in parallel, problems merged in file order.
        let typed: Vec<(Result<Item, Unusable>, Diagnostics)> = parsed
            .into_par_iter()
            .map(|p| {
                let mut found = Diagnostics::default();
                let in_deck = deck_dirs.contains(&p.source.dir);
                let rel = p.source.rel.clone();
                let result =
                    type_item(p, site, in_deck, &mut found).map_err(|id| Unusable { rel, id });
                (result, found)
            })
            .collect();
        for (result, found) in typed {
            problems.extend(found.iter().cloned());
            match result {
                Ok(item) => items.push(item),
                Err(unusable) => site.mark_unreadable(unusable),
            }
        }
        for mut item in items {
            if item.common.draft && !drafts {
                continue;
            }
            if let Kind::Deck(deck) = &item.kind
                && let Some(file) = &deck.instructions
            {
                item.attachment = attachments.remove(&join_rel(&item.source.dir, file));
            }
            site.add(item, problems);
        }
        site.add_missing_sections(deck_dirs);
        site.check_urls(problems);
    }
}

pub(super) fn join_rel(dir: &str, file: &str) -> String {
    if dir.is_empty() {
        file.to_string()
    } else {
        format!("{dir}/{file}")
    }
}
