//! Assembly: from the loaded sources to the typed model — each file's YAML read, its type
//! decided (its own `type`, a deck folder, its section), its type-specific keys read, its id and
//! URL made, duplicates and URL conflicts found.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;

use rayon::prelude::*;
use serde_yaml::{Mapping, Value};

use super::types::{Common, Kind, TypeName};
use super::{Item, Section, Site, dir_url};
use crate::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics, Pos};
use crate::finnish::{is_slug, slug};
use crate::load::Source;
use crate::yaml::{self, Positions};

/// Builds the typed model from the loaded sources.
pub fn assemble(
    config: Config,
    content_dir: PathBuf,
    sources: Vec<Source>,
    drafts: bool,
    problems: &mut Diagnostics,
) -> Site {
    let mut site = Site {
        config,
        content_dir,
        items: Vec::new(),
        sections: BTreeMap::new(),
        by_id: HashMap::new(),
        by_rel: HashMap::new(),
        unreadable: HashSet::new(),
    };
    let deck_dirs: HashSet<String> = sources
        .iter()
        .filter(|s| is_deck_file(s))
        .map(|s| s.dir.clone())
        .collect();
    let results: Vec<_> = sources.into_par_iter().map(parse).collect();
    let mut parsed = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(p) => parsed.push(p),
            Err(failed) => {
                let (problem, unusable) = *failed;
                problems.push(problem);
                site.mark_unreadable(unusable);
            }
        }
    }
    // The files of a deck whose deck.yaml cannot be read are left until it is fixed: without
    // it Polku cannot tell the cards from the instructions.
    let (parsed, orphans): (Vec<Parsed>, Vec<Parsed>) = parsed.into_iter().partition(|p| {
        !deck_dirs.contains(&p.source.dir)
            || !site.is_unreadable(&join_rel(&p.source.dir, "deck.yaml"))
    });
    for orphan in orphans {
        site.unreadable.insert(orphan.source.rel.clone());
        site.unreadable.insert(default_id(&orphan.source));
    }
    let (indexes, parsed): (Vec<Parsed>, Vec<Parsed>) =
        parsed.into_iter().partition(|p| p.source.stem == "_index");
    for index in indexes {
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
                type_item(p, &site, in_deck, &mut found).map_err(|id| Unusable { rel, id });
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
    site.add_missing_sections(&deck_dirs);
    site.check_urls(problems);
    site
}

/// A source whose YAML parsed, before its type is known.
struct Parsed {
    source: Source,
    positions: Positions,
    value: Mapping,
    common: Common,
}

/// A file that could not be used: how later references to it are recognised.
struct Unusable {
    rel: String,
    id: String,
}

fn failed(problem: Diagnostic, source: &Source) -> Box<(Diagnostic, Unusable)> {
    Box::new((
        problem,
        Unusable {
            rel: source.rel.clone(),
            id: default_id(source),
        },
    ))
}

/// Reads the YAML and the shared keys of one file.
fn parse(source: Source) -> Result<Parsed, Box<(Diagnostic, Unusable)>> {
    let positions = Positions::build(&source.front, source.front_line);
    let value = match yaml::parse(&source.front, &source.file, source.front_line) {
        Ok(Value::Mapping(map)) => map,
        Ok(Value::Null) => Mapping::new(),
        Ok(_) => {
            let problem = Diagnostic::error(
                "YAML-SYNTAX",
                &source.file,
                Pos::new(source.front_line, 1),
                "the YAML here must be a set of `key: value` lines",
            )
            .hint("start each line with a key, e.g. `title: Kivusta kysyminen`");
            return Err(failed(problem, &source));
        }
        Err(problem) => return Err(failed(problem, &source)),
    };
    let mut common_part = Mapping::new();
    for key in common_keys(&source, &value) {
        if let Some(v) = value.get(key) {
            common_part.insert(Value::from(key), v.clone());
        }
    }
    match yaml::typed::<Common>(
        Value::Mapping(common_part),
        &positions,
        &source.file,
        "",
        &[],
    ) {
        Ok(common) => Ok(Parsed {
            source,
            positions,
            value,
            common,
        }),
        Err(problem) => Err(failed(problem, &source)),
    }
}

/// The keys read as `Common`: a deck's `themes` are its own card themes, not site themes.
fn common_keys(source: &Source, value: &Mapping) -> impl Iterator<Item = &'static str> {
    let deck = is_deck_file(source) || value.get("type").and_then(Value::as_str) == Some("deck");
    Common::KEYS
        .iter()
        .copied()
        .filter(move |k| !(deck && *k == "themes"))
}

/// The id a file gets when it does not set one: its name, or a deck's folder name.
fn default_id(source: &Source) -> String {
    if is_deck_file(source) {
        slug(source.dir.rsplit('/').next().unwrap_or(""))
    } else {
        slug(&source.stem)
    }
}

fn is_deck_file(source: &Source) -> bool {
    !source.is_markdown && source.stem == "deck"
}

fn join_rel(dir: &str, file: &str) -> String {
    if dir.is_empty() {
        file.to_string()
    } else {
        format!("{dir}/{file}")
    }
}

fn title_of_dir(dir: &str) -> String {
    let last = dir.rsplit('/').next().unwrap_or(dir).replace('-', " ");
    let mut chars = last.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Decides the item's type and reads its type-specific keys.
/// `Err` carries the id of a file that could not be typed.
fn type_item(
    p: Parsed,
    site: &Site,
    in_deck: bool,
    problems: &mut Diagnostics,
) -> Result<Item, String> {
    let section_type = site.section_type(&p.source.dir);
    let implied = if is_deck_file(&p.source) {
        Some(TypeName::Deck)
    } else if in_deck && p.source.is_markdown {
        Some(TypeName::Card)
    } else {
        section_type.map(|(t, _)| t)
    };
    let type_name = match (p.common.type_name, implied) {
        (Some(own), Some(inherited))
            if own != inherited
                && !(own == TypeName::Accessibility && inherited == TypeName::Page) =>
        {
            let from = section_type.map_or("this folder".to_string(), |(_, dir)| {
                format!("content/{dir}/_index.md")
            });
            problems.push(
                Diagnostic::error(
                    "TYPE-MISMATCH",
                    &p.source.file,
                    p.positions.value("type"),
                    format!(
                        "this file says `type: {}` but {from} makes its files `{}`",
                        own.name(),
                        inherited.name()
                    ),
                )
                .hint("move the file to a folder of its type, or remove its `type` key"),
            );
            return Err(default_id(&p.source));
        }
        (Some(own), _) => own,
        (None, Some(inherited)) => inherited,
        (None, None) if p.source.is_markdown => TypeName::Page,
        (None, None) => {
            problems.push(
                Diagnostic::error(
                    "MISSING-TYPE",
                    &p.source.file,
                    Pos::new(1, 1),
                    "Polku cannot tell what kind of content this file is",
                )
                .hint(format!(
                    "add `type:` with one of: {}; or set `type` in the folder's _index.md",
                    TypeName::ALL.map(|t| t.name()).join(", ")
                )),
            );
            return Err(default_id(&p.source));
        }
    };
    let mut specific = p.value.clone();
    for key in common_keys(&p.source, &p.value) {
        specific.remove(key);
    }
    let kind = match parse_kind(type_name, Value::Mapping(specific), &p) {
        Ok(kind) => kind,
        Err(problem) => {
            problems.push(problem);
            return Err(p.common.id.clone().unwrap_or_else(|| default_id(&p.source)));
        }
    };
    let id = match &p.common.id {
        Some(id) => id.clone(),
        None => default_id(&p.source),
    };
    if !is_slug(&id) {
        problems.push(
            Diagnostic::error(
                "INVALID-ID",
                &p.source.file,
                p.positions.value("id"),
                format!("`{id}` is not a valid id"),
            )
            .hint(format!("ids use only a–z, 0–9 and -, e.g. `{}`", slug(&id))),
        );
        return Err(default_id(&p.source));
    }
    let title = match (&kind, &p.common.title) {
        (_, Some(title)) => title.clone(),
        (Kind::Term(term), None) => term.term.clone(),
        (Kind::Project(project), None) => project.name.clone(),
        (_, None) => {
            problems.push(
                Diagnostic::error(
                    "MISSING-KEY",
                    &p.source.file,
                    Pos::new(p.source.front_line, 1),
                    "required key `title` is missing",
                )
                .hint("add `title:` with the title shown on the page"),
            );
            id.clone()
        }
    };
    let url = if type_name == TypeName::Deck {
        dir_url(&p.source.dir)
    } else {
        format!("{}{}/", dir_url(&p.source.dir), id)
    };
    let lang = p.common.lang.unwrap_or(site.config.site.language);
    Ok(Item {
        source: p.source,
        positions: p.positions,
        common: p.common,
        kind,
        id,
        title,
        lang,
        url,
        attachment: None,
    })
}

fn parse_kind(type_name: TypeName, value: Value, p: &Parsed) -> Result<Kind, Diagnostic> {
    let file = &p.source.file;
    let positions = &p.positions;
    let common = Common::KEYS;
    Ok(match type_name {
        TypeName::Lesson => Kind::Lesson(yaml::typed(value, positions, file, "", common)?),
        TypeName::Term => Kind::Term(yaml::typed(value, positions, file, "", common)?),
        TypeName::Deck => Kind::Deck(yaml::typed(value, positions, file, "", common)?),
        TypeName::Card => Kind::Card(yaml::typed(value, positions, file, "", common)?),
        TypeName::Path => Kind::Path(yaml::typed(value, positions, file, "", common)?),
        TypeName::Workshop => Kind::Workshop(yaml::typed(value, positions, file, "", common)?),
        TypeName::Project => Kind::Project(yaml::typed(value, positions, file, "", common)?),
        TypeName::Outcomes => Kind::Outcomes(yaml::typed(value, positions, file, "", common)?),
        TypeName::Page => Kind::Page(yaml::typed(value, positions, file, "", common)?),
        TypeName::Accessibility => {
            Kind::Accessibility(yaml::typed(value, positions, file, "", common)?)
        }
    })
}

impl Site {
    fn mark_unreadable(&mut self, unusable: Unusable) {
        self.unreadable.insert(unusable.id);
        self.unreadable.insert(unusable.rel);
    }

    /// The `type` set by the nearest `_index.md` at or above `dir`, and that folder.
    fn section_type(&self, dir: &str) -> Option<(TypeName, &str)> {
        let mut dir = dir;
        loop {
            if let Some(section) = self.sections.get(dir)
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

    fn add(&mut self, item: Item, problems: &mut Diagnostics) {
        let key = (item.type_name(), item.id.clone());
        if let Some(&other) = self.by_id.get(&key) {
            let first = &self.items[other].source.file;
            problems.push(
                Diagnostic::error(
                    "DUPLICATE-ID",
                    &item.source.file,
                    item.value_pos("id"),
                    format!(
                        "the {} id `{}` is already used by {}",
                        key.0.name(),
                        item.id,
                        first.display()
                    ),
                )
                .hint("give one of the two files another id (rename the file or set `id:`)"),
            );
            self.unreadable.insert(item.source.rel.clone());
            return;
        }
        self.by_id.insert(key, self.items.len());
        self.by_rel
            .insert(item.source.rel.clone(), self.items.len());
        if let Some(attachment) = &item.attachment {
            self.by_rel.insert(attachment.rel.clone(), self.items.len());
        }
        self.items.push(item);
    }

    /// Every folder that holds content gets a listing page, with or without an `_index.md`.
    fn add_missing_sections(&mut self, deck_dirs: &HashSet<String>) {
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
    fn check_urls(&self, problems: &mut Diagnostics) {
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
                            format!(
                                "this page would be published at /{} like {}",
                                item.url,
                                other.display()
                            ),
                        )
                        .hint("rename the file or set another `id:`"),
                    );
                }
            }
        }
    }
}
