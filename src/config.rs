//! `site.yaml`: the site's title, address, vocabularies, menus and accessibility contacts.

use std::path::Path;

use indexmap::IndexMap;
use serde::Deserialize;

use crate::diagnostics::{Diagnostic, Diagnostics, Pos, text};
use crate::finnish::is_slug;
use crate::yaml::{self, Positions};

pub const FILE_NAME: &str = "site.yaml";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    pub title: String,
    pub description: Option<String>,
    pub base_url: String,
    #[serde(default = "finnish")]
    pub language: Lang,
    #[serde(default)]
    pub languages: Vec<Lang>,
    #[serde(default = "default_theme")]
    pub theme: String,
    pub project: Option<String>,
    #[serde(default)]
    pub themes: IndexMap<String, String>,
    #[serde(default)]
    pub audiences: IndexMap<String, String>,
    #[serde(default)]
    pub situations: IndexMap<String, String>,
    #[serde(default)]
    pub services: IndexMap<String, String>,
    #[serde(default)]
    pub menus: Menus,
    pub accessibility: Option<AccessibilityConfig>,
    #[serde(default)]
    pub search: SearchConfig,
    #[serde(default)]
    pub deck: DeckConfig,
    #[serde(default)]
    pub markdown: MarkdownConfig,
    #[serde(default)]
    pub offline: OfflineConfig,
    /// A page without `updated` shows its file's last commit date (see `git_dates`).
    #[serde(default)]
    pub updated_from_git: bool,
    /// What the site says in each of its other languages: title, description, vocabulary
    /// labels and menus (anything not given is the main language's).
    #[serde(default)]
    pub translations: IndexMap<Lang, Translated>,
}

/// `site.yaml`'s `translations.sv`: the site's texts in one of its other languages.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translated {
    pub title: Option<String>,
    pub description: Option<String>,
    #[serde(default)]
    pub themes: IndexMap<String, String>,
    #[serde(default)]
    pub audiences: IndexMap<String, String>,
    #[serde(default)]
    pub situations: IndexMap<String, String>,
    #[serde(default)]
    pub services: IndexMap<String, String>,
    pub menus: Option<Menus>,
    /// The accessibility supervisor's name and address in this language.
    pub supervisor: Option<Supervisor>,
}

pub use crate::i18n::Lang;

fn finnish() -> Lang {
    Lang::Fi
}

fn default_theme() -> String {
    "default".to_string()
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Menus {
    #[serde(default)]
    pub main: Vec<MenuLink>,
    #[serde(default)]
    pub footer: Vec<MenuLink>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MenuLink {
    pub title: String,
    /// `@/path/below/content.md` or an absolute URL.
    pub link: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccessibilityConfig {
    pub supervisor: Supervisor,
    #[serde(default)]
    pub feedback: Feedback,
}

/// Where to send feedback about accessibility.
#[derive(Debug, Clone, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Feedback {
    pub email: Option<String>,
    pub form: Option<String>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Supervisor {
    pub name: String,
    pub url: Option<String>,
    pub email: Option<String>,
}

/// Search options.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchConfig {
    /// Add Finnish word forms (compound tails, consonant gradation) to the index.
    #[serde(default = "yes")]
    pub finnish: bool,
}

impl Default for SearchConfig {
    fn default() -> Self {
        SearchConfig { finnish: true }
    }
}

/// Offline use: the installable site and the ZIP that opens from a folder (`offline`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfflineConfig {
    /// A web app manifest, a service worker, and "Tallenna laitteelle" on the sections.
    #[serde(default = "yes")]
    pub app: bool,
    /// Also write `<site>-offline.zip` (as `polku build --offline` does).
    #[serde(default)]
    pub zip: bool,
}

impl Default for OfflineConfig {
    fn default() -> Self {
        OfflineConfig {
            app: true,
            zip: false,
        }
    }
}

fn yes() -> bool {
    true
}

/// Card-deck print options.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeckConfig {
    /// How far the printer misplaces the back side, in mm `[right, down]`: the backs of `a4-9`
    /// and `a4-4` sheets are moved by this much to land behind their fronts.
    #[serde(default)]
    pub back_offset_mm: (f32, f32),
}

/// Markdown options.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkdownConfig {
    /// Publish raw HTML in Markdown as written instead of through the sanitizer: only for sites
    /// whose every editor is trusted with scripts on the site's pages.
    #[serde(default)]
    pub unsafe_html: bool,
}

/// The configuration, with the positions of its keys for later error messages.
#[derive(Debug, Clone)]
pub struct Config {
    pub site: SiteConfig,
    pub positions: Positions,
    pub file: &'static Path,
    /// Warnings from reading the file (control characters left out), for the build's list.
    pub warnings: Vec<Diagnostic>,
}

impl Config {
    /// Reads `site.yaml` under `root`. `Err` holds the problems; a missing file is `Ok(None)`.
    pub fn load(root: &Path) -> Result<Option<Config>, Diagnostics> {
        let file = Path::new(FILE_NAME);
        let path = root.join(file);
        if std::fs::symlink_metadata(&path).is_err() {
            return Ok(None);
        }
        let mut problems = Diagnostics::default();
        let (text, warning) = match crate::load::read_text(&path, file) {
            Ok(read) => read,
            Err(problem) => {
                problems.push(problem);
                return Err(problems);
            }
        };
        let positions = Positions::build(&text, 1);
        problems.extend(crate::diagnostics::placeholders(&text, file, 1, false));
        let site = yaml::parse(&text, file, 1)
            .and_then(|value| yaml::typed::<SiteConfig>(value, &positions, file, "", &[]));
        problems.extend(warning);
        let site = match site {
            Ok(site) => site,
            Err(problem) => {
                problems.push(problem);
                return Err(problems);
            }
        };
        let mut config = Config {
            site,
            positions,
            file,
            warnings: Vec::new(),
        };
        config.check(&mut problems);
        if problems.has_errors() {
            Err(problems)
        } else {
            config.warnings = problems.iter().cloned().collect();
            Ok(Some(config))
        }
    }

    fn check(&self, problems: &mut Diagnostics) {
        let base = &self.site.base_url;
        if !(base.starts_with("http://") || base.starts_with("https://")) {
            problems.push(
                Diagnostic::error(
                    "INVALID-VALUE",
                    self.file,
                    self.positions.value("base_url"),
                    text!("config-base-url", base = base),
                )
                .hint(text!("config-base-url.hint")),
            );
        }
        for (name, vocabulary) in self.vocabularies() {
            for id in vocabulary.keys().filter(|id| !is_slug(id)) {
                problems.push(
                    Diagnostic::error(
                        "INVALID-ID",
                        self.file,
                        self.positions.key(&format!("{name}.{id}")),
                        text!("config-invalid-id", id = id, name = name),
                    )
                    .hint(text!(
                        "config-invalid-id.hint",
                        example = crate::finnish::slug(id)
                    )),
                );
            }
        }
    }

    pub fn vocabularies(&self) -> [(&'static str, &IndexMap<String, String>); 4] {
        [
            ("themes", &self.site.themes),
            ("audiences", &self.site.audiences),
            ("situations", &self.site.situations),
            ("services", &self.site.services),
        ]
    }

    /// The configuration of the site's pages in `lang`: its texts from `translations`, the
    /// rest as given. The main language's own configuration is returned as it is.
    pub fn for_language(&self, lang: Lang) -> Config {
        let mut config = self.clone();
        config.warnings.clear();
        let site = &mut config.site;
        if lang == site.language {
            return config;
        }
        site.language = lang;
        let Some(translated) = self.site.translations.get(&lang) else {
            return config;
        };
        if let Some(title) = &translated.title {
            site.title = title.clone();
        }
        if translated.description.is_some() {
            site.description = translated.description.clone();
        }
        for (labels, own) in [
            (&mut site.themes, &translated.themes),
            (&mut site.audiences, &translated.audiences),
            (&mut site.situations, &translated.situations),
            (&mut site.services, &translated.services),
        ] {
            for (id, label) in own {
                if let Some(slot) = labels.get_mut(id) {
                    *slot = label.clone();
                }
            }
        }
        if let Some(menus) = &translated.menus {
            site.menus = menus.clone();
        }
        if let (Some(supervisor), Some(contacts)) =
            (&translated.supervisor, &mut site.accessibility)
        {
            contacts.supervisor = supervisor.clone();
        }
        config
    }

    /// Position of a key path in `site.yaml`.
    pub fn pos(&self, path: &str) -> Pos {
        self.positions.key(path)
    }

    /// The path part of `base_url`, with slashes at both ends: `/` or `/polku/`.
    pub fn root_path(&self) -> String {
        let after_scheme = self
            .site
            .base_url
            .split_once("://")
            .map_or("", |(_, rest)| rest);
        let path = after_scheme.find('/').map_or("", |i| &after_scheme[i..]);
        let trimmed = path.trim_matches('/');
        if trimmed.is_empty() {
            "/".to_string()
        } else {
            format!("/{trimmed}/")
        }
    }

    /// `base_url` with exactly one trailing slash.
    pub fn base_url(&self) -> String {
        format!("{}/", self.site.base_url.trim_end_matches('/'))
    }
}
