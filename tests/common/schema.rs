//! Content files checked against the JSON Schemas of `polku schema`, with a real JSON Schema
//! validator (the `jsonschema` crate), as an editor's tool would check them.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

/// The schemas `polku schema` wrote into `dir`, by type name (`lesson`).
pub fn read_schemas(dir: &Path) -> BTreeMap<String, Value> {
    std::fs::read_dir(dir)
        .expect("schema folder")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().to_string();
            let text = std::fs::read_to_string(&path).unwrap();
            (name, serde_json::from_str(&text).unwrap())
        })
        .collect()
}

/// The YAML of a content file (a Markdown file's front matter, a `.yaml` file whole) as JSON,
/// or `None` when it is not YAML at all.
pub fn front_matter(path: &Path) -> Option<Value> {
    let text = std::fs::read_to_string(path).ok()?;
    let yaml = if path.extension().is_some_and(|e| e == "md") {
        let (front, _) = polku::load::split_front_matter(&text).ok()?;
        front.map_or("", |(yaml, _)| yaml).to_string()
    } else {
        text
    };
    match serde_yaml::from_str::<Value>(&yaml).ok()? {
        Value::Null => Some(Value::Object(Default::default())),
        value => Some(value),
    }
}

/// The problems `schema` finds in `instance`, one line each (empty when it is valid).
pub fn problems(schema: &Value, instance: &Value) -> Vec<String> {
    let validator = jsonschema::validator_for(schema).expect("a valid JSON Schema");
    validator
        .iter_errors(instance)
        .map(|error| format!("{}: {error}", error.instance_path()))
        .collect()
}

/// Every content file of the site as (path from the site's folder, type name), as Polku reads it.
pub fn typed_items(root: &Path) -> Vec<(String, String)> {
    typed_and_translated(root).0
}

/// `(file, type)` of content files.
pub type Typed = Vec<(String, String)>;

/// As [`typed_items`], and the translations (`tietoa.sv.md`) with their original's type.
pub fn typed_and_translated(root: &Path) -> (Typed, Typed) {
    let config = polku::config::Config::load(root).unwrap().unwrap();
    let mut problems = polku::diagnostics::Diagnostics::default();
    let loaded = polku::load::load(root, &mut problems);
    let (originals, translations) =
        polku::model::translations::split(&config, loaded.sources, &mut problems);
    let site = polku::model::assemble(
        config,
        root.join("content"),
        (originals, &loaded.unreadable),
        true,
        &mut problems,
    );
    let named = |file: &Path, item: &polku::model::Item| {
        (
            file.to_string_lossy().to_string(),
            item.type_name().name().to_string(),
        )
    };
    let items = site
        .items
        .iter()
        .map(|i| named(&i.source.file, i))
        .collect();
    let translated = translations
        .iter()
        .flat_map(|group| &group.sources)
        .filter_map(|source| {
            let item = site.by_rel(&source.rel)?;
            (item.source.rel == source.rel).then(|| named(&source.file, item))
        })
        .collect();
    (items, translated)
}

/// The codes of the mistakes a JSON Schema can express: a key that is not allowed, a key that
/// is missing, a value of the wrong kind or not among the allowed ones (site.yaml's too).
pub const EXPRESSIBLE: &[&str] = &[
    "UNKNOWN-KEY",
    "MISSING-KEY",
    "INVALID-VALUE",
    "UNKNOWN-VOCABULARY",
    "TYPE-MISMATCH",
];

/// The schemas `polku schema` writes for a site, and the type of each of its content files,
/// made once for a site that many mistakes are made in (each in its own copy).
pub struct SchemaCheck {
    schemas: BTreeMap<String, Value>,
    types: BTreeMap<String, String>,
}

impl SchemaCheck {
    pub fn of(unbroken: &Path) -> SchemaCheck {
        let out = tempfile::tempdir().unwrap();
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_polku"));
        command
            .args(["schema", "--output"])
            .arg(out.path())
            .arg("--root")
            .arg(unbroken);
        let run = crate::common::run_command(command);
        assert_eq!(run.code, 0, "polku schema: {}", run.stderr);
        SchemaCheck {
            schemas: read_schemas(out.path()),
            types: typed_items(unbroken).into_iter().collect(),
        }
    }

    /// When `diagnostic` (a report line) is a mistake of [`EXPRESSIBLE`] in the YAML of a
    /// content file of the site at `root` (a copy of the unbroken one with the mistake made),
    /// that file fails the schema of its type, as it fails `polku build`: an editor sees it
    /// underlined before building.
    pub fn assert_rejects(&self, root: &Path, diagnostic: &str) {
        let printed = crate::common::parse_diagnostic(diagnostic).expect("a report line");
        if !EXPRESSIBLE.contains(&printed.code.as_str()) || !printed.file.starts_with("content/") {
            return;
        }
        let path = root.join(&printed.file);
        if let (Some((line, _)), Some(front_end)) = (printed.pos, front_matter_end(&path))
            && line > front_end
        {
            return; // a mistake in the Markdown text (an exercise), which no schema sees
        }
        // A file the mistake added is typed by the site it is in.
        let type_name = self.types.get(&printed.file).cloned().unwrap_or_else(|| {
            let types = typed_items(root);
            let found = types.into_iter().find(|(file, _)| *file == printed.file);
            found
                .map(|(_, t)| t)
                .expect("the type of the file with the mistake")
        });
        let instance = front_matter(&path).expect("YAML");
        assert!(
            !problems(&self.schemas[&type_name], &instance).is_empty(),
            "{} ({type_name}) passes its schema although polku reports:\n{diagnostic}",
            printed.file
        );
    }
}

/// The line of a Markdown file's closing `---`, if it has front matter.
fn front_matter_end(path: &Path) -> Option<usize> {
    let text = std::fs::read_to_string(path).ok()?;
    let (front, body) = polku::load::split_front_matter(&text).ok()?;
    front.map(|_| body.1 - 1)
}
