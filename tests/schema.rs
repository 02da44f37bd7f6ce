//! `polku schema`: one JSON Schema per content type, which every content file of the example
//! site passes (checked with a real JSON Schema validator), with the site's own values and a
//! description of every key in the editor's language, and VS Code's settings that use them.
//! That the mistakes of tests/validation fail the schemas is checked there, case by case.

#[path = "common/mod.rs"]
mod common;
#[path = "common/schema.rs"]
mod schema;

use std::collections::BTreeSet;
use std::path::Path;

use common::TestSite;
use serde_json::{Value, json};

const TYPES: [&str; 10] = [
    "accessibility",
    "card",
    "deck",
    "lesson",
    "outcomes",
    "page",
    "path",
    "project",
    "term",
    "workshop",
];

const MAPPING: &str = r#"{
  "yaml.schemas": {
    "./schema/deck.json": [
      "/content/kortit/starttipakka/deck.yaml"
    ],
    "./schema/outcomes.json": [
      "/content/tulokset/*.yaml"
    ],
    "./schema/project.json": [
      "/content/hankkeet/*.yaml"
    ],
    "./schema/term.json": [
      "/content/sanasto/*.yaml"
    ]
  }
}"#;

#[test]
fn writes_a_schema_per_type_and_vs_code_settings_in_finnish_and_english() {
    let site = TestSite::example();
    let run = site.run_in("fi", &["schema"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "Kirjoitettiin 10 sisältötyypin skeemat kansioon ./schema.\n\
         Kirjoitettiin ./.vscode/settings.json: kun avaat sivuston kansion VS Codessa ja asennat \
         YAML-laajennuksen (Red Hat), se täydentää kentät ja alleviivaa virheet .yaml-tiedostoissa \
         jo kirjoittaessa.\n\
         Markdown-tiedostojen (.md) alkutietoja VS Coden YAML-laajennus ei tarkista: niiden \
         virheet näkyvät komennoilla `polku check` ja `polku serve`.\n"
    );
    let names: BTreeSet<String> = schema::read_schemas(&site.path("schema"))
        .into_keys()
        .collect();
    assert_eq!(names, TYPES.iter().map(|t| t.to_string()).collect());
    assert_eq!(site.read(".vscode/settings.json"), format!("{MAPPING}\n"));

    let again = site.run(&["schema"]);
    assert_eq!(
        again.stdout,
        "Wrote the schemas of 10 content types into ./schema.\n\
         ./.vscode/settings.json already uses these schemas.\n\
         VS Code's YAML extension does not check the front matter of Markdown files (.md): \
         `polku check` and `polku serve` show their mistakes.\n"
    );
    assert_eq!(
        site.run_in("fi", &["schema"]).stdout,
        "Kirjoitettiin 10 sisältötyypin skeemat kansioon ./schema.\n\
         ./.vscode/settings.json käyttää jo näitä skeemoja.\n\
         Markdown-tiedostojen (.md) alkutietoja VS Coden YAML-laajennus ei tarkista: niiden \
         virheet näkyvät komennoilla `polku check` ja `polku serve`.\n"
    );

    // An editor's own settings are never changed: what to add is printed.
    let own = "{\n  // oma asetus\n  \"editor.wordWrap\": \"on\"\n}\n";
    site.write(".vscode/settings.json", own);
    let differs = site.run_in("fi", &["schema"]);
    assert_eq!(site.read(".vscode/settings.json"), own);
    assert!(
        differs.stdout.contains(&format!(
            "./.vscode/settings.json on jo olemassa, eikä Polku muuta sitä. Jotta VS Code \
             käyttäisi skeemoja, lisää siihen tämä:\n{MAPPING}\n"
        )),
        "{}",
        differs.stdout
    );
}

#[test]
fn every_content_file_of_the_example_site_passes_its_schema() {
    let site = TestSite::example();
    let out = site.path("skeemat");
    let run = site.run(&["schema", "--output", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let schemas = schema::read_schemas(&out);
    let (items, translated) = schema::typed_and_translated(site.root());
    let content_files = walkdir::WalkDir::new(site.path("content"))
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| {
            let name = e.file_name().to_string_lossy();
            // Not the translations (`tietoa.sv.md`), checked below.
            let parts: Vec<&str> = name.split('.').collect();
            let translation = parts.len() == 3 && parts[1].len() == 2;
            (name.ends_with(".md") || name.ends_with(".yaml"))
                && !name.starts_with('_')
                && !translation
        })
        .count();
    // Every content file is an item of the model, but for a deck's instructions (read as part
    // of the deck, not YAML of its own).
    assert!(
        items.len() + 1 >= content_files && items.len() > 90,
        "{} items, {content_files} files",
        items.len()
    );
    let mut failed = Vec::new();
    for (file, type_name) in &items {
        let instance = schema::front_matter(&site.path(file)).expect("YAML");
        for problem in schema::problems(&schemas[type_name], &instance) {
            failed.push(format!("{file} ({type_name}): {problem}"));
        }
    }
    // A translation sets only what it translates: its keys pass its type's schema, none of
    // them required.
    assert!(translated.len() >= 30, "{} translations", translated.len());
    for (file, type_name) in &translated {
        let mut schema = schemas[type_name].clone();
        schema.as_object_mut().unwrap().remove("required");
        let instance = schema::front_matter(&site.path(file)).expect("YAML");
        for problem in schema::problems(&schema, &instance) {
            failed.push(format!("{file} ({type_name}, translation): {problem}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn every_key_is_described_in_finnish_and_in_english() {
    let site = TestSite::example();
    let (fi, en) = (site.path("fi"), site.path("en"));
    site.run_in("fi", &["schema", "--output", fi.to_str().unwrap()]);
    site.run_in("en", &["schema", "--output", en.to_str().unwrap()]);
    let (fi, en) = (schema::read_schemas(&fi), schema::read_schemas(&en));
    let mut missing = Vec::new();
    let mut keys = 0;
    for type_name in TYPES {
        let (fi, en) = (keys_of(&fi[type_name]), keys_of(&en[type_name]));
        assert_eq!(fi.len(), en.len());
        for ((key, fi), (_, en)) in fi.iter().zip(&en) {
            keys += 1;
            match (fi["description"].as_str(), en["description"].as_str()) {
                (Some(f), Some(e)) if f != e && fi["errorMessage"] == fi["description"] => {}
                _ => missing.push(format!("{type_name}: {key}")),
            }
        }
    }
    assert!(keys > 300, "only {keys} keys");
    assert!(missing.is_empty(), "not described:\n{}", missing.join("\n"));
    let duration = &fi["lesson"]["properties"]["duration_min"]["description"];
    assert!(
        duration.as_str().unwrap().contains("minuutteina"),
        "{duration}"
    );
}

/// Each key of a schema with its schema: the file's own keys and those of each definition.
fn keys_of(schema: &Value) -> Vec<(String, Value)> {
    let mut found = Vec::new();
    let objects = std::iter::once(("", schema)).chain(
        schema["definitions"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(name, d)| (name.as_str(), d)),
    );
    for (object, node) in objects {
        for (key, property) in node["properties"].as_object().into_iter().flatten() {
            found.push((format!("{object}.{key}"), property.clone()));
        }
    }
    found
}

#[test]
fn the_site_s_own_values_are_the_allowed_values_with_their_labels() {
    let site = TestSite::example();
    site.run(&["schema"]);
    let schemas = schema::read_schemas(&site.path("schema"));
    let lesson = &schemas["lesson"];
    let themes = &lesson["properties"]["themes"]["items"];
    assert_eq!(
        themes["enum"],
        json!([
            "kohtaaminen",
            "yhteisollisyys",
            "perehdytys",
            "ammatillisuus",
            "kielitaito"
        ])
    );
    assert_eq!(themes["enumDescriptions"][1], "Yhteisöllisyys");
    let levels = lesson["properties"]["level"]["description"]
        .as_str()
        .unwrap();
    assert!(levels.contains("`A1.1`, `A1.2`"), "{levels}");
    assert_eq!(lesson["properties"]["type"]["enum"], json!(["lesson"]));
    // The statement's status lists its values in the language of the run.
    let fi = site.path("fi");
    site.run_in("fi", &["schema", "--output", fi.to_str().unwrap()]);
    for (schemas, allowed) in [
        (&schemas, "Allowed values"),
        (&schema::read_schemas(&fi), "Sallitut arvot"),
    ] {
        let status = schemas["accessibility"]["properties"]["status"]["description"]
            .as_str()
            .unwrap()
            .to_string();
        assert!(
            status.ends_with(&format!(
                "{allowed}: `taysin`, `osittain`, `ei`, `arvioimatta`."
            )),
            "{status}"
        );
    }
    assert_eq!(lesson["additionalProperties"], false);
}

/// The example site ships its schemas and VS Code settings: they must be what `polku schema`
/// writes for it now, or the red underlines would disagree with `polku build`.
#[test]
fn the_repository_s_schemas_are_current() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let site = TestSite::example();
    let run = site.run_in("fi", &["schema"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for type_name in TYPES {
        let file = format!("schema/{type_name}.json");
        let shipped = std::fs::read_to_string(repo.join(&file)).unwrap_or_default();
        assert!(
            shipped == site.read(&file),
            "{file} is out of date: run `cargo run -- schema` and commit it"
        );
    }
    let settings = std::fs::read_to_string(repo.join(".vscode/settings.json")).unwrap();
    assert_eq!(settings, site.read(".vscode/settings.json"));
}

/// A new site has nothing to map until its first `.yaml` file; then the settings Polku writes
/// follow the site, as long as they hold nothing but Polku's mapping.
#[test]
fn the_settings_follow_a_new_site_while_they_are_polku_s_own() {
    let dir = TestSite::empty();
    assert_eq!(dir.run(&["init", "uusi"]).code, 0);
    let run = dir.run_in("fi", &["schema", "--root", "uusi"]);
    assert!(
        run.stdout.contains(
            "Sivustolla ei ole vielä yhtään .yaml-sisältötiedostoa (esimerkiksi sanaston sanaa), \
             joten VS Coden asetuksiin ei ole vielä mitään kirjoitettavaa: aja `polku schema` \
             uudelleen, kun lisäät sellaisen.\n"
        ),
        "{}",
        run.stdout
    );
    assert!(!dir.exists("uusi/.vscode/settings.json"));
    assert_eq!(
        dir.run(&["new", "sana", "sanasto/kipu", "--root", "uusi"])
            .code,
        0
    );
    dir.run(&["schema", "--root", "uusi"]);
    let settings = dir.read("uusi/.vscode/settings.json");
    assert!(
        settings.contains("\"/content/sanasto/*.yaml\""),
        "{settings}"
    );
    assert_eq!(
        dir.run(&["new", "hanke", "hankkeet/uusi", "--root", "uusi"])
            .code,
        0
    );
    let run = dir.run(&["schema", "--root", "uusi"]);
    assert!(
        run.stdout.contains("Wrote uusi/.vscode/settings.json"),
        "{}",
        run.stdout
    );
    let settings = dir.read("uusi/.vscode/settings.json");
    assert!(
        settings.contains("\"/content/hankkeet/*.yaml\""),
        "{settings}"
    );
    // Schemas written elsewhere are not what the site's settings should point at.
    let elsewhere = dir.path("muualla");
    let run = dir.run(&[
        "schema",
        "--root",
        "uusi",
        "--output",
        elsewhere.to_str().unwrap(),
    ]);
    assert!(
        run.stdout.contains(
            "The schemas went outside the site's folder, so uusi/.vscode/settings.json was left \
             as it is.\n"
        ),
        "{}",
        run.stdout
    );
    assert_eq!(dir.read("uusi/.vscode/settings.json"), settings);
}

#[test]
fn a_translation_is_left_out_of_its_folder_s_schema() {
    let site = TestSite::fixture("site");
    site.write(
        "content/sanasto/kipu.sv.yaml",
        "explanation: Obehaglig känsla i kroppen.\n",
    );
    let run = site.run(&["schema"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let settings = site.read(".vscode/settings.json");
    assert!(
        settings.contains("\"/content/sanasto/*.yaml\",\n      \"!/content/sanasto/kipu.sv.yaml\""),
        "{settings}"
    );
}
