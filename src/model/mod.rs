//! The typed model of a site: every content file becomes an `Item` of one content type,
//! every folder a `Section`. Assembly decides types, ids and URLs; `validate` checks the rest.

mod assemble;
pub mod fields;
pub mod links;
mod parse;
pub mod queries;
mod register;
pub mod translations;
pub mod types;
mod typing;

pub use assemble::assemble;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;

use crate::config::Config;
use crate::config::Lang;
use crate::diagnostics::{Diagnostic, Pos, Text};
use crate::finnish::slug;
use crate::load::Source;
use crate::yaml::Positions;
use types::{Common, Kind, TypeName};

/// One content file, typed.
#[derive(Debug, Clone)]
pub struct Item {
    pub source: Source,
    pub positions: Positions,
    pub common: Common,
    pub kind: Kind,
    pub id: String,
    pub title: String,
    pub lang: Lang,
    /// URL path below the site root, with a trailing slash: `sanasto/kipu/`.
    pub url: String,
    /// A deck's instructions file, read as part of the deck.
    pub attachment: Option<Source>,
    /// The language of the Markdown body when it is not the item's own: a translation without
    /// a text of its own shows its original's.
    pub body_lang: Option<Lang>,
}

impl Item {
    pub fn type_name(&self) -> TypeName {
        self.kind.type_name()
    }

    /// Position of a key path in this item's YAML.
    pub fn pos(&self, path: &str) -> Pos {
        self.positions.key(path)
    }

    pub fn value_pos(&self, path: &str) -> Pos {
        self.positions.value(path)
    }

    pub fn error(&self, code: &'static str, path: &str, message: impl Into<Text>) -> Diagnostic {
        Diagnostic::error(code, &self.source.file, self.value_pos(path), message)
    }

    pub fn warning(&self, code: &'static str, path: &str, message: impl Into<Text>) -> Diagnostic {
        Diagnostic::warning(code, &self.source.file, self.value_pos(path), message)
    }
}

/// A folder of `content/`, with what its `_index.md` says.
#[derive(Debug, Clone)]
pub struct Section {
    pub dir: String,
    pub title: String,
    pub common: Common,
    pub source: Option<Source>,
    pub url: String,
    /// The deck whose folder this is: its page takes the place of a listing.
    pub is_deck: bool,
}

#[derive(Debug, Clone)]
pub struct Site {
    pub config: Config,
    /// The `content/` folder on disk, for checking that media files exist.
    pub content_dir: PathBuf,
    pub items: Vec<Item>,
    pub sections: BTreeMap<String, Section>,
    by_id: HashMap<(TypeName, String), usize>,
    by_rel: HashMap<String, usize>,
    /// Ids and paths (below content/) of files that could not be used because of an error
    /// already reported: references to them are not reported again.
    pub(crate) unreadable: HashSet<String>,
    /// For the pages in one of the site's other languages: the main language's site, which
    /// answers every lookup of an item this language has no translation of.
    pub fallback: Option<Arc<Site>>,
}

impl Site {
    pub fn get(&self, type_name: TypeName, id: &str) -> Option<&Item> {
        match self.by_id.get(&(type_name, id.to_string())) {
            Some(&i) => Some(&self.items[i]),
            None => self.fallback.as_ref()?.get(type_name, id),
        }
    }

    /// The folder of the site's pages below the site root: `""` for the main language,
    /// `sv/` for Swedish.
    pub fn prefix(&self) -> String {
        match self.fallback {
            Some(_) => format!("{}/", self.config.site.language.code()),
            None => String::new(),
        }
    }

    /// A section of this language, or the main language's.
    pub fn section(&self, dir: &str) -> Option<&Section> {
        match self.sections.get(dir) {
            Some(section) => Some(section),
            None => self.fallback.as_ref()?.sections.get(dir),
        }
    }

    /// The first item with this id among the given types.
    pub fn find(&self, types: &[TypeName], id: &str) -> Option<&Item> {
        types.iter().find_map(|t| self.get(*t, id))
    }

    /// The index of the item whose file is `rel`.
    pub fn index_of(&self, rel: &str) -> Option<usize> {
        self.by_rel.get(rel).copied()
    }

    pub fn by_rel(&self, rel: &str) -> Option<&Item> {
        match self.by_rel.get(rel) {
            Some(&i) => Some(&self.items[i]),
            None => self.fallback.as_ref()?.by_rel(rel),
        }
    }

    pub fn of_type(&self, type_name: TypeName) -> impl Iterator<Item = &Item> {
        self.items
            .iter()
            .filter(move |i| i.type_name() == type_name)
    }

    pub fn ids(&self, types: &[TypeName]) -> Vec<&str> {
        let mut ids: Vec<&str> = self
            .items
            .iter()
            .filter(|i| types.contains(&i.type_name()))
            .map(|i| i.id.as_str())
            .collect();
        ids.sort();
        ids
    }

    /// True for the id or path of a file that already has an error.
    pub fn is_unreadable(&self, id_or_path: &str) -> bool {
        self.unreadable.contains(id_or_path)
            || self
                .fallback
                .as_ref()
                .is_some_and(|f| f.is_unreadable(id_or_path))
    }
}

/// The URL path of a folder below `content/`: each part slugged, with a trailing slash.
pub fn dir_url(dir: &str) -> String {
    dir.split('/')
        .filter(|p| !p.is_empty())
        .map(|p| format!("{}/", slug(p)))
        .collect()
}
