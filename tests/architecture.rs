//! The layers of `docs/architecture.md`, read from the code: every `crate::` path in `src/`
//! names the top-level module it reaches into, and each module may reach only into layers below
//! its own. So the module graph has no cycle and no step imports another step.

use std::collections::BTreeSet;
use std::path::Path;

/// Top to bottom; a module may import only from layers after its own.
const LAYERS: &[(&str, &[&str])] = &[
    ("commands", &["serve", "scaffold", "schema"]),
    ("the build recipe", &["build"]),
    ("made from the finished site", &["offline"]),
    ("steps", &["render", "deck", "images", "search", "check"]),
    (
        "validation and what the steps share",
        &["validate", "output", "theme"],
    ),
    ("the content model", &["model", "markdown"]),
    ("site.yaml", &["config"]),
    ("reading files", &["load", "yaml", "git_dates"]),
    ("foundations", &["diagnostics", "finnish", "hash", "laps"]),
    ("the editor's language", &["i18n"]),
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS
        .iter()
        .position(|(_, modules)| modules.contains(&module))
}

/// Each (importing module, imported module, file) of `src/`, from `crate::name` paths outside
/// comments.
fn edges(src: &Path) -> BTreeSet<(String, String, String)> {
    let mut found = BTreeSet::new();
    for entry in walkdir::WalkDir::new(src).into_iter().map(Result::unwrap) {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let rel = path
            .strip_prefix(src)
            .unwrap()
            .to_string_lossy()
            .to_string();
        let from = rel.split(['/', '.']).next().unwrap().to_string();
        if from == "lib" || from == "main" {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        for line in text.lines() {
            let code = line.split("//").next().unwrap();
            for (at, _) in code.match_indices("crate::") {
                let to: String = code[at + "crate::".len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !to.is_empty() && to != from {
                    found.insert((from.clone(), to, rel.clone()));
                }
            }
        }
    }
    found
}

#[test]
fn every_module_imports_only_from_the_layers_below_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let edges = edges(&src);
    assert!(edges.len() > 50, "only {} imports found", edges.len());
    let mut wrong = Vec::new();
    for (from, to, file) in &edges {
        match (layer_of(from), layer_of(to)) {
            (None, _) => wrong.push(format!("{from} ({file}) is in no layer of LAYERS")),
            (_, None) => wrong.push(format!(
                "{to} (imported in {file}) is in no layer of LAYERS"
            )),
            (Some(a), Some(b)) if a == b => wrong.push(format!(
                "{from} imports {to} ({file}): both are {}, which may not import each other",
                LAYERS[a].0
            )),
            (Some(a), Some(b)) if a > b => wrong.push(format!(
                "{from} ({}) imports {to} ({}) above it, in {file}",
                LAYERS[a].0, LAYERS[b].0
            )),
            _ => {}
        }
    }
    assert!(wrong.is_empty(), "\n{}\n", wrong.join("\n"));
}

#[test]
fn every_top_level_module_has_a_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap();
    let modules: Vec<&str> = lib
        .lines()
        .filter_map(|l| l.strip_prefix("pub mod ")?.strip_suffix(';'))
        .collect();
    assert!(modules.len() > 15, "{modules:?}");
    for module in modules {
        assert!(layer_of(module).is_some(), "`{module}` is in no layer");
    }
}
