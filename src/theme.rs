//! The theme: Tera templates, UI strings and static files. The default theme is embedded in the
//! binary; a theme folder on disk (`themes/<name>/`) and the site's own `templates/` override
//! it file by file.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use include_dir::{Dir, include_dir};
use serde_yaml::Value;
use tera::Tera;

use crate::config::Lang;
use crate::diagnostics::{Diagnostic, Diagnostics, Pos, text};
use crate::i18n;

static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// A file of the theme: where it came from (for messages) and its bytes.
#[derive(Debug, Clone)]
pub struct ThemeFile {
    pub origin: PathBuf,
    pub bytes: Arc<[u8]>,
}

/// Templates compiled once, UI strings per language, and the static files to copy.
pub struct Theme {
    tera: Tera,
    strings: HashMap<Lang, Arc<HashMap<String, String>>>,
    /// Output path → file, for `static/` of the theme and of the site.
    pub static_files: BTreeMap<String, ThemeFile>,
    /// Template name → where it came from, for error messages.
    origins: HashMap<String, PathBuf>,
    /// The fonts of printed material (card decks), by file name.
    pub fonts: BTreeMap<String, ThemeFile>,
}

/// Files of a folder of the theme: embedded first, then the folders on disk over them.
/// A symbolic link among them is a `SYMLINK` warning and is not read.
fn collect(
    sub: &str,
    disk: &[(PathBuf, PathBuf)],
    problems: &mut Diagnostics,
) -> BTreeMap<String, ThemeFile> {
    let mut files = BTreeMap::new();
    if let Some(dir) = DEFAULT_THEME.get_dir(sub) {
        let mut stack = vec![dir];
        while let Some(dir) = stack.pop() {
            stack.extend(dir.dirs());
            for file in dir.files() {
                let name = file
                    .path()
                    .strip_prefix(sub)
                    .unwrap_or(file.path())
                    .to_string_lossy()
                    .replace('\\', "/");
                let origin = Path::new("themes/default").join(file.path());
                files.insert(
                    name,
                    ThemeFile {
                        origin,
                        bytes: Arc::from(file.contents()),
                    },
                );
            }
        }
    }
    for (dir, shown) in disk {
        for entry in walkdir::WalkDir::new(dir)
            .follow_root_links(false)
            .into_iter()
            .filter_map(Result::ok)
        {
            let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            let name = rel.to_string_lossy().replace('\\', "/");
            if name.split('/').any(|p| p.starts_with('.')) {
                continue;
            }
            if entry.path_is_symlink() {
                problems.push(crate::load::symlink_warning(&shown.join(rel)));
                continue;
            }
            if !entry.file_type().is_file() {
                continue;
            }
            if let Ok(bytes) = std::fs::read(entry.path()) {
                files.insert(
                    name,
                    ThemeFile {
                        origin: shown.join(rel),
                        bytes: Arc::from(bytes),
                    },
                );
            }
        }
    }
    files
}

impl Theme {
    /// Loads the theme `name` for the site at `root`, compiling every template.
    pub fn load(
        root: &Path,
        name: &str,
        languages: &[Lang],
        problems: &mut Diagnostics,
    ) -> Option<Theme> {
        let theme_dir = Path::new("themes").join(name);
        if name != "default" && !root.join(&theme_dir).is_dir() {
            problems.push(
                Diagnostic::error(
                    "THEME",
                    Path::new(crate::config::FILE_NAME),
                    Pos::default(),
                    text!("theme-missing", name = name),
                )
                .hint(text!("theme-missing.hint")),
            );
            return None;
        }
        let on_disk = |sub: &str| vec![(root.join(&theme_dir).join(sub), theme_dir.join(sub))];
        let mut template_dirs = on_disk("templates");
        template_dirs.push((root.join("templates"), PathBuf::from("templates")));
        let templates = collect("templates", &template_dirs, problems);
        let mut static_dirs = on_disk("static");
        static_dirs.push((root.join("static"), PathBuf::from("static")));
        let static_files = collect("static", &static_dirs, problems);
        let i18n = collect("i18n", &on_disk("i18n"), problems);
        let fonts = collect("fonts", &on_disk("fonts"), problems);

        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html", ".xml"]);
        tera.set_escape_fn(escape_html);
        let sources: Vec<(String, String)> = templates
            .iter()
            .map(|(name, file)| {
                (
                    name.clone(),
                    String::from_utf8_lossy(&file.bytes).into_owned(),
                )
            })
            .collect();
        let origins: HashMap<String, PathBuf> = templates
            .iter()
            .map(|(n, f)| (n.clone(), f.origin.clone()))
            .collect();
        if let Err(err) = tera.add_raw_templates(sources) {
            problems.push(
                Diagnostic::error(
                    "TEMPLATE",
                    &theme_dir.join("templates"),
                    Pos::default(),
                    text!("theme-template", detail = error_chain(&err)),
                )
                .hint(text!("theme-template.hint")),
            );
            return None;
        }
        let mut strings = HashMap::new();
        for lang in languages {
            let file = format!("{}.yaml", lang.code());
            // The embedded theme has every language; a theme folder only overrides files. A
            // string missing anyway is reported by `t()` when a template asks for it.
            let Some(source) = i18n.get(&file) else {
                continue;
            };
            match serde_yaml::from_slice::<Value>(&source.bytes) {
                Ok(value) => {
                    let mut flat = HashMap::new();
                    flatten("", &value, &mut flat);
                    strings.insert(*lang, Arc::new(flat));
                }
                Err(err) => problems.push(Diagnostic::error(
                    "YAML-SYNTAX",
                    &source.origin,
                    Pos::default(),
                    text!("yaml-other", detail = err),
                )),
            }
        }
        Some(Theme {
            tera,
            strings,
            static_files,
            origins,
            fonts,
        })
    }

    /// A Tera instance whose `t(key=…)` reads the strings of `lang`.
    pub fn for_language(&self, lang: Lang) -> Tera {
        let mut tera = self.tera.clone();
        let strings = self.strings.get(&lang).cloned().unwrap_or_default();
        let code = lang.code();
        tera.register_function("t", move |args: &HashMap<String, tera::Value>| {
            let key = args
                .get("key")
                .and_then(|v| v.as_str())
                .ok_or_else(|| tera::Error::msg("t() needs key=\"…\""))?;
            let text = strings.get(key).ok_or_else(|| {
                tera::Error::msg(i18n::text(
                    "theme-ui-string-missing",
                    &[("key", key.to_string()), ("code", code.to_string())],
                ))
            })?;
            Ok(tera::Value::String(match args.get("n") {
                Some(n) => text.replace("{n}", n.to_string().trim_matches('"')),
                None => text.clone(),
            }))
        });
        tera
    }

    /// A UI string for Rust-side use; missing keys fall back to the key itself (never silently empty).
    pub fn text(&self, lang: Lang, key: &str) -> String {
        self.strings
            .get(&lang)
            .and_then(|s| s.get(key))
            .cloned()
            .unwrap_or_else(|| key.to_string())
    }

    pub fn has_template(&self, name: &str) -> bool {
        self.origins.contains_key(name)
    }

    /// Where a template came from, for messages.
    pub fn origin(&self, name: &str) -> PathBuf {
        self.origins
            .get(name)
            .cloned()
            .unwrap_or_else(|| PathBuf::from(name))
    }
}

fn flatten(prefix: &str, value: &Value, out: &mut HashMap<String, String>) {
    match value {
        Value::Mapping(map) => {
            for (k, v) in map {
                let key = match k {
                    Value::String(s) => s.clone(),
                    other => serde_yaml::to_string(other)
                        .unwrap_or_default()
                        .trim()
                        .to_string(),
                };
                let full = if prefix.is_empty() {
                    key
                } else {
                    format!("{prefix}.{key}")
                };
                flatten(&full, v, out);
            }
        }
        Value::String(s) => {
            out.insert(prefix.to_string(), s.clone());
        }
        Value::Number(n) => {
            out.insert(prefix.to_string(), n.to_string());
        }
        Value::Bool(b) => {
            out.insert(prefix.to_string(), b.to_string());
        }
        _ => {}
    }
}

/// Escapes `&<>"` (pulldown-cmark's escaping); unlike Tera's default it leaves `/` alone so
/// that URLs in the HTML stay readable.
fn escape_html(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let _ = pulldown_cmark_escape::escape_html(&mut out, input);
    out
}

/// Tera's error and its causes, as one line.
pub fn error_chain(err: &dyn std::error::Error) -> String {
    let mut parts = vec![err.to_string()];
    let mut source = err.source();
    while let Some(cause) = source {
        parts.push(cause.to_string());
        source = cause.source();
    }
    parts.join(": ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_the_same_ui_keys() {
        let files = collect("i18n", &[], &mut Diagnostics::default());
        let keys = |name: &str| {
            let value: Value = serde_yaml::from_slice(&files[name].bytes).unwrap();
            let mut flat = HashMap::new();
            flatten("", &value, &mut flat);
            let mut keys: Vec<String> = flat.into_keys().collect();
            keys.sort();
            keys
        };
        let fi = keys("fi.yaml");
        assert!(fi.len() > 50, "only {} keys", fi.len());
        assert_eq!(fi, keys("sv.yaml"), "sv.yaml and fi.yaml differ");
        assert_eq!(fi, keys("en.yaml"), "en.yaml and fi.yaml differ");
    }
}
