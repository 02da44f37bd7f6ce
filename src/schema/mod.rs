//! `polku schema`: a JSON Schema of every content type, for editors' tools. VS Code's YAML
//! extension (and any editor with yaml-language-server) then completes keys and values and
//! underlines a mistake while the editor types, before anything is built.
//!
//! The schemas are made from the same structs that read content (schemars reads their serde
//! attributes), so they cannot drift from what `polku build` accepts. The site's own values
//! (themes, audiences, situations, services from site.yaml) become the allowed values, and every
//! key gets a description in the site's language (`locales/*/keys.ftl`; the command's own lines are
//! in `schema.ftl`).

mod describe;
mod editor;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, SchemaGenerator};
use serde_json::{Map, Value, json};

use crate::config::Config;
use crate::diagnostics::Diagnostics;
use crate::i18n::{self, Lang};
use crate::model::types::{
    Accessibility, Card, Common, Deck, Lesson, Outcomes, Page, PathStory, Project, Term, TypeName,
    Workshop,
};

pub use editor::{Globs, SETTINGS, SettingsState, Written, write};

/// The schema of one content type: its file name (`lesson.json`) and its JSON.
pub struct TypeSchema {
    pub type_name: TypeName,
    pub json: Value,
}

impl TypeSchema {
    pub fn file_name(&self) -> String {
        format!("{}.json", self.type_name.name())
    }
}

/// The schema of every content type for the site of `config`, described in `lang`.
pub fn schemas(config: &Config, lang: Lang) -> Vec<TypeSchema> {
    TypeName::ALL
        .into_iter()
        .map(|type_name| TypeSchema {
            type_name,
            json: type_schema(type_name, config, lang),
        })
        .collect()
}

fn type_schema(type_name: TypeName, config: &Config, lang: Lang) -> Value {
    let mut generator = SchemaGenerator::new(SchemaSettings::draft07());
    let common = generator.root_schema_for::<Common>().to_value();
    let own = match type_name {
        TypeName::Lesson => root::<Lesson>(&mut generator),
        TypeName::Term => root::<Term>(&mut generator),
        TypeName::Deck => root::<Deck>(&mut generator),
        TypeName::Card => root::<Card>(&mut generator),
        TypeName::Path => root::<PathStory>(&mut generator),
        TypeName::Workshop => root::<Workshop>(&mut generator),
        TypeName::Project => root::<Project>(&mut generator),
        TypeName::Outcomes => root::<Outcomes>(&mut generator),
        TypeName::Page => root::<Page>(&mut generator),
        TypeName::Accessibility => root::<Accessibility>(&mut generator),
    };
    let mut schema = merged(&common, &own);
    if let Some(properties) = schema["properties"].as_object_mut() {
        // In a file of this type, `type:` may only name it (a page's folder may hold the
        // accessibility statement, whose own schema is `accessibility.json`).
        properties.insert("type".into(), json!({ "enum": [type_name.name()] }));
    }
    if needs_title(type_name) {
        push_required(&mut schema, "title");
    }
    for (required_in, key) in REQUIRED_BY_VALIDATION {
        if *required_in == type_name {
            push_required(&mut schema, key);
        }
    }
    allow_site_values(&mut schema, config);
    describe::describe(&mut schema, type_name, lang);
    schema["$schema"] = json!("http://json-schema.org/draft-07/schema#");
    schema["title"] = json!(i18n::text_in(
        lang,
        "schema-title",
        &[("type", type_name.name().to_string())]
    ));
    schema
}

fn root<T: JsonSchema>(generator: &mut SchemaGenerator) -> Value {
    generator.root_schema_for::<T>().to_value()
}

/// Terms and projects take their title from `term` and `name`; every other type needs one
/// (`typing.rs` reports it as `MISSING-KEY` otherwise).
fn needs_title(type_name: TypeName) -> bool {
    !matches!(type_name, TypeName::Term | TypeName::Project)
}

/// Keys the structs leave optional for reading but `validate` requires (its own message says
/// what to write): `validate/decks.rs` for a deck's `instructions`.
const REQUIRED_BY_VALIDATION: &[(TypeName, &str)] = &[(TypeName::Deck, "instructions")];

/// The keys every type shares and the type's own keys, as one object that allows no other key
/// (content is read with `deny_unknown_fields`: a misspelt key is an error).
fn merged(common: &Value, own: &Value) -> Value {
    let mut properties = Map::new();
    let mut definitions = Map::new();
    for part in [common, own] {
        if let Some(found) = part["properties"].as_object() {
            properties.extend(found.clone());
        }
        if let Some(found) = part["definitions"].as_object() {
            definitions.extend(found.clone());
        }
    }
    let mut schema = json!({
        "type": "object",
        "properties": properties,
        "additionalProperties": false,
        "required": own["required"].as_array().cloned().unwrap_or_default(),
    });
    if !definitions.is_empty() {
        schema["definitions"] = Value::Object(definitions);
    }
    schema
}

fn push_required(schema: &mut Value, key: &str) {
    if let Some(required) = schema["required"].as_array_mut()
        && !required.iter().any(|k| k == key)
    {
        required.insert(0, json!(key));
    }
}

/// The keys whose values are ids of one of site.yaml's vocabularies: (object, key, vocabulary).
/// `object` is `""` for the file's own keys, else the definition that has the key.
const SITE_VALUES: &[(&str, &str, &str)] = &[
    ("", "themes", "themes"),
    ("", "audiences", "audiences"),
    ("", "situations", "situations"),
    ("Step", "service", "services"),
];

/// Lets each key of [`SITE_VALUES`] take only the ids site.yaml defines, each with its label
/// (`enumDescriptions`, which VS Code shows in the completion list).
fn allow_site_values(schema: &mut Value, config: &Config) {
    let vocabularies: BTreeMap<&str, _> = config.vocabularies().into_iter().collect();
    for (object, key, vocabulary) in SITE_VALUES {
        let Some(values) = vocabularies.get(vocabulary) else {
            continue;
        };
        if values.is_empty() {
            continue;
        }
        let holder = if object.is_empty() {
            Some(&mut *schema)
        } else {
            schema
                .get_mut("definitions")
                .and_then(|d| d.get_mut(*object))
        };
        let Some(property) = holder.and_then(|h| h["properties"].get_mut(*key)) else {
            continue;
        };
        let ids: Vec<&String> = values.keys().collect();
        let labels: Vec<&String> = values.values().collect();
        let allowed = json!({ "enum": ids, "enumDescriptions": labels });
        // Only a key of ids: a deck's own `themes` are objects that define its themes.
        let string = json!("string");
        if property["items"]["type"] == string {
            property["items"] = allowed;
        } else if property["type"] == string {
            *property = allowed;
        }
    }
}

/// Where `polku schema` writes by default: `ROOT/schema/`.
pub fn default_output(root: &Path) -> PathBuf {
    root.join("schema")
}

/// The site's schemas and where each applies (`None` when `root` has no site.yaml), or the
/// problems that keep site.yaml from being read.
pub fn for_site(root: &Path, lang: Lang) -> Result<Option<(Vec<TypeSchema>, Globs)>, Diagnostics> {
    let Some(config) = Config::load(root)? else {
        return Ok(None);
    };
    let globs = editor::globs(root, &config);
    Ok(Some((schemas(&config, lang), globs)))
}

/// Why `polku schema` wrote nothing.
pub enum Failure {
    /// site.yaml has mistakes.
    Site(Diagnostics),
    /// No site here, or a file could not be written.
    Usage(String),
}

/// `polku schema`: writes the site's schemas into `output` (and VS Code's settings, see
/// [`editor::write`]); returns what to tell the editor.
pub fn run(root: &Path, output: &Path) -> Result<String, Failure> {
    let lang = i18n::language();
    let (schemas, globs) = for_site(root, lang)
        .map_err(Failure::Site)?
        .ok_or_else(|| {
            let dir = ("dir", root.display().to_string());
            Failure::Usage(i18n::with_hint("build-no-site", &[dir]))
        })?;
    let written = write(root, output, &schemas, &globs).map_err(|e| {
        let args = [
            ("path", output.display().to_string()),
            ("error", e.to_string()),
        ];
        Failure::Usage(i18n::text("schema-write-failed", &args))
    })?;
    let settings = root.join(SETTINGS).display().to_string();
    let mut lines = vec![i18n::text(
        "schema-written",
        &[
            ("count", written.files.len().to_string()),
            ("dir", output.display().to_string()),
        ],
    )];
    lines.push(match written.settings {
        SettingsState::Written => i18n::text("schema-settings-written", &[("path", settings)]),
        SettingsState::UpToDate => i18n::text("schema-settings-current", &[("path", settings)]),
        SettingsState::NothingToMap => i18n::text("schema-settings-nothing", &[]),
        SettingsState::Outside => i18n::text("schema-settings-outside", &[("path", settings)]),
        SettingsState::Differs(wanted) => i18n::text(
            "schema-settings-differs",
            &[("path", settings), ("settings", wanted)],
        ),
    });
    lines.push(i18n::text("schema-markdown-note", &[]));
    Ok(lines.join("\n"))
}
