//! Where each schema applies, and the files `polku schema` writes: one schema file per content
//! type, and VS Code's `.vscode/settings.json` when the site has none or only the mapping Polku
//! wrote (an editor's own settings file is never changed: what to add to it is printed instead).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::TypeSchema;
use crate::config::Config;
use crate::diagnostics::Diagnostics;
use crate::load::{self, CONTENT_DIR};
use crate::model::types::TypeName;

/// For each content type, the file patterns (from the site's folder, `/content/sanasto/*.yaml`)
/// of its `.yaml` files.
pub type Globs = BTreeMap<TypeName, Vec<String>>;

/// The patterns of the site's `.yaml` content files by type: a folder's `*.yaml` when all its
/// files have one type, else each file by name. Markdown files are left out: VS Code's YAML
/// extension does not read front matter (redhat-developer/vscode-yaml#207).
pub fn globs(root: &Path, config: &Config) -> Globs {
    let mut ignored = Diagnostics::default();
    let loaded = load::load(root, &mut ignored);
    let (originals, translations) =
        crate::model::translations::split(config, loaded.sources, &mut ignored);
    let site = crate::model::assemble(
        config.clone(),
        root.join(CONTENT_DIR),
        (originals, &loaded.unreadable),
        true,
        &mut ignored,
    );
    let mut by_dir: BTreeMap<String, BTreeMap<String, TypeName>> = BTreeMap::new();
    for item in site.items.iter().filter(|i| !i.source.is_markdown) {
        by_dir
            .entry(item.source.dir.clone())
            .or_default()
            .insert(item.source.rel.clone(), item.type_name());
    }
    let mut globs = Globs::new();
    for (dir, files) in by_dir {
        let types: BTreeSet<TypeName> = files.values().copied().collect();
        let folder = if dir.is_empty() {
            format!("/{CONTENT_DIR}")
        } else {
            format!("/{CONTENT_DIR}/{dir}")
        };
        if let [only] = types.iter().collect::<Vec<_>>()[..] {
            let pattern = if *only == TypeName::Deck {
                format!("{folder}/deck.yaml")
            } else {
                format!("{folder}/*.yaml")
            };
            globs.entry(*only).or_default().push(pattern);
        } else {
            for (rel, type_name) in files {
                let pattern = format!("/{CONTENT_DIR}/{rel}");
                globs.entry(type_name).or_default().push(pattern);
            }
        }
    }
    // A translation sets only what it translates: left out of its folder's pattern, as its
    // type's schema would ask for the keys it inherits. (`!` patterns are read by
    // yaml-language-server since redhat-developer/yaml-language-server#1345, September 2026;
    // an older one matches no file with them.)
    for source in translations.iter().flat_map(|t| &t.sources) {
        let Some(original) = site.by_rel(&source.rel).filter(|i| !i.source.is_markdown) else {
            continue;
        };
        let folder = match source.dir.is_empty() {
            true => format!("/{CONTENT_DIR}/*.yaml"),
            false => format!("/{CONTENT_DIR}/{}/*.yaml", source.dir),
        };
        let Some(patterns) = globs.get_mut(&original.type_name()) else {
            continue;
        };
        if patterns.contains(&folder) {
            let file = source.file.to_string_lossy().replace('\\', "/");
            patterns.push(format!("!/{file}"));
        }
    }
    globs
}

/// What `polku schema` did with `.vscode/settings.json`.
#[derive(Debug, PartialEq)]
pub enum SettingsState {
    /// There was none, or only the one Polku wrote before: written.
    Written,
    /// The site has no `.yaml` content file yet, so there is nothing to map: nothing written.
    NothingToMap,
    /// The schemas went outside the site's folder (`--output`), where its settings do not look:
    /// left as they are.
    Outside,
    /// It already maps every schema as `polku schema` would.
    UpToDate,
    /// It exists and maps them otherwise (or cannot be read as JSON): the `yaml.schemas` value
    /// to put in it.
    Differs(String),
}

pub struct Written {
    pub files: Vec<PathBuf>,
    pub settings: SettingsState,
}

pub const SETTINGS: &str = ".vscode/settings.json";

/// Writes every schema into `output` and, when the site has no `.vscode/settings.json` or only
/// one Polku wrote, one that maps each schema to its files. Each file is written whole or not at
/// all.
pub fn write(
    root: &Path,
    output: &Path,
    schemas: &[TypeSchema],
    globs: &Globs,
) -> io::Result<Written> {
    fs::create_dir_all(output)?;
    // Compared as the same kind of path: `--output schema` is inside `--root .`.
    let (root, output) = (&fs::canonicalize(root)?, &fs::canonicalize(output)?);
    let mut files = Vec::new();
    for schema in schemas {
        let path = output.join(schema.file_name());
        let text = serde_json::to_string_pretty(&schema.json).map_err(io::Error::other)?;
        write_whole(&path, &format!("{text}\n"))?;
        files.push(path);
    }
    let mapping = yaml_schemas(root, output, globs);
    let settings_path = root.join(SETTINGS);
    let wanted = json!({ "yaml.schemas": mapping });
    let wanted_text = serde_json::to_string_pretty(&wanted).map_err(io::Error::other)?;
    let current = match fs::read_to_string(&settings_path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
        Ok(text) => Some(serde_json::from_str::<Value>(&text).ok()),
    };
    let settings = match current {
        _ if !output.starts_with(root) => SettingsState::Outside,
        Some(Some(current)) if current.get("yaml.schemas") == Some(&mapping) => {
            SettingsState::UpToDate
        }
        _ if mapping.as_object().is_some_and(|m| m.is_empty()) => SettingsState::NothingToMap,
        // None there, or only a mapping of schemas (what Polku writes): Polku's to write.
        None => write_settings(&settings_path, &wanted_text)?,
        Some(Some(current)) if is_only_a_mapping(&current) => {
            write_settings(&settings_path, &wanted_text)?
        }
        Some(_) => SettingsState::Differs(wanted_text),
    };
    Ok(Written { files, settings })
}

fn write_settings(path: &Path, text: &str) -> io::Result<SettingsState> {
    fs::create_dir_all(path.parent().unwrap_or(Path::new(".")))?;
    write_whole(path, &format!("{text}\n"))?;
    Ok(SettingsState::Written)
}

/// A settings file with nothing but `yaml.schemas` in it, as `polku schema` writes it.
fn is_only_a_mapping(settings: &Value) -> bool {
    settings
        .as_object()
        .is_some_and(|keys| keys.len() == 1 && keys.contains_key("yaml.schemas"))
}

/// VS Code's `yaml.schemas`: each schema file (from the site's folder, `./schema/term.json`)
/// with the patterns of its files. Types with no `.yaml` file are left out.
fn yaml_schemas(root: &Path, output: &Path, globs: &Globs) -> Value {
    let folder = match output.strip_prefix(root) {
        Ok(inside) => format!("./{}", inside.to_string_lossy().replace('\\', "/")),
        Err(_) => output.to_string_lossy().replace('\\', "/"),
    };
    let mut mapping = serde_json::Map::new();
    for (type_name, patterns) in globs {
        let file = format!("{}/{}.json", folder.trim_end_matches('/'), type_name.name());
        mapping.insert(file, json!(patterns));
    }
    Value::Object(mapping)
}

/// Writes `text` to a temporary file beside `path` and renames it over `path`, so that an
/// editor's tool never reads half a file.
fn write_whole(path: &Path, text: &str) -> io::Result<()> {
    let name = path
        .file_name()
        .map_or_else(Default::default, |n| n.to_os_string());
    let mut temporary = name.clone();
    temporary.push(".polku-tmp");
    let temporary = path.with_file_name(temporary);
    fs::write(&temporary, text)?;
    fs::rename(&temporary, path)
}
