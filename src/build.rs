//! The build recipe: load → validate → render → write, each step timed.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::deck::Decks;
use crate::diagnostics::Diagnostics;
use crate::load::Source;
use crate::memo::{Memo, hash_of};
use crate::model::Site;
use crate::model::fields::Lang;
use crate::model::types::TypeName;
use crate::output;
use crate::render::{
    self, Content, OutFile, RenderMemo, links::Urls, markdown::asset_path, theme::Theme,
};

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub root: PathBuf,
    /// `None`: validate and render in memory only (`polku check`).
    pub output: Option<PathBuf>,
    pub base_url: Option<String>,
    /// `polku serve`: the server's `http://host:port`, in place of `base_url`'s own (its path
    /// stays, so a site published below a sub-path is previewed below it too).
    pub origin: Option<String>,
    pub drafts: bool,
    pub force: bool,
    /// `polku check --external`: check the pages' `http(s)://` links too (uses the network).
    pub external: Option<crate::check::External>,
}

/// What a finished (or failed) build tells the user.
#[derive(Debug, Default)]
pub struct Report {
    pub diagnostics: Diagnostics,
    pub pages: usize,
    pub files: usize,
    /// Pages that went through their template; the rest were unchanged since the last build.
    pub rendered: usize,
    pub timings: Vec<(&'static str, Duration)>,
}

impl Report {
    /// One line per step with its time, and the total.
    pub fn timings_text(&self) -> String {
        let total: f64 = self.timings.iter().map(|(_, d)| d.as_secs_f64()).sum();
        let mut text = String::new();
        for (phase, duration) in &self.timings {
            text += &format!(
                "  {phase:<10} {:>8.1} ms\n",
                duration.as_secs_f64() * 1000.0
            );
        }
        text + &format!("  {:<10} {:>8.1} ms\n", "total", total * 1000.0)
    }
}

#[derive(Debug)]
pub enum Failure {
    /// Content or template problems: exit code 1.
    Content(Report),
    /// Wrong arguments, missing site, unwritable output: exit code 2.
    Usage(String),
}

struct Clock {
    last: Instant,
    timings: Vec<(&'static str, Duration)>,
}

impl Clock {
    fn lap(&mut self, phase: &'static str) {
        let now = Instant::now();
        self.timings.push((phase, now - self.last));
        self.last = now;
    }
}

/// A rendered site, before the search index and the writing.
pub struct Rendered {
    pub report: Report,
    pub files: Vec<OutFile>,
    pub search: SearchInput,
}

/// What the search index is made from, besides the pages.
pub struct SearchInput {
    pub site: Site,
    pub theme: Arc<Theme>,
    pub urls: Urls,
    pub section_html: HashMap<String, String>,
}

impl SearchInput {
    /// The Pagefind bundle for the HTML pages among `files`.
    pub fn bundle(&self, files: &[OutFile]) -> Result<Vec<OutFile>, String> {
        crate::search::build(
            &self.site,
            &self.theme,
            &self.urls,
            files,
            &self.section_html,
            self.site.config.site.search.finnish,
        )
    }
}

/// Runs the build. Nothing is written unless every step succeeded.
pub fn build(options: &Options) -> Result<Report, Failure> {
    let Rendered {
        mut report,
        mut files,
        search,
    } = Builder::new(options.clone()).render()?;
    let mut clock = Clock {
        last: Instant::now(),
        timings: std::mem::take(&mut report.timings),
    };
    if let Some(output) = &options.output {
        // The search index is only worth building for a site that is written.
        files.extend(search.bundle(&files).map_err(Failure::Usage)?);
        clock.lap("search");
        output::write_site(output, &files, options.force)
            .map_err(|err| Failure::Usage(err.to_string()))?;
        clock.lap("write");
        report.files = files.len() + 1;
    }
    report.timings = clock.timings;
    Ok(report)
}

/// Builds a site again and again (`polku serve`), remembering what each build made so that the
/// next one redoes only what its changed inputs need.
pub struct Builder {
    pub options: Options,
    /// The last model, its world and what validation found in it.
    model: Option<(u64, Site, Diagnostics)>,
    theme: Option<(u64, Arc<Theme>)>,
    decks: Memo<Arc<Decks>>,
    render: RenderMemo,
}

impl Builder {
    pub fn new(options: Options) -> Builder {
        Builder {
            options,
            model: None,
            theme: None,
            decks: Memo::default(),
            render: RenderMemo::default(),
        }
    }

    /// Loads, validates and renders the site in memory: every step of a build but the search
    /// index and the writing.
    pub fn render(&mut self) -> Result<Rendered, Failure> {
        render_site(self)
    }

    /// The theme of the last build if none of its files changed since.
    fn theme(
        &mut self,
        name: &str,
        languages: &[Lang],
        problems: &mut Diagnostics,
    ) -> Option<Arc<Theme>> {
        let root = &self.options.root;
        let mut files = Vec::new();
        for dir in [
            Path::new("themes").join(name),
            "templates".into(),
            "static".into(),
        ] {
            for entry in walkdir::WalkDir::new(root.join(dir))
                .into_iter()
                .filter_map(Result::ok)
            {
                let modified = entry
                    .metadata()
                    .ok()
                    .and_then(|m| Some((m.len(), m.modified().ok()?)));
                files.push((entry.into_path(), modified));
            }
        }
        let codes: Vec<&str> = languages.iter().map(|l| l.code()).collect();
        let key = hash_of(&[&name, &codes, &files]);
        if let Some((known, theme)) = &self.theme
            && *known == key
        {
            return Some(theme.clone());
        }
        let theme = Arc::new(Theme::load(root, name, languages, problems)?);
        self.theme = Some((key, theme.clone()));
        Some(theme)
    }
}

fn render_site(builder: &mut Builder) -> Result<Rendered, Failure> {
    let options = &builder.options.clone();
    let mut clock = Clock {
        last: Instant::now(),
        timings: Vec::new(),
    };
    let mut problems = Diagnostics::default();
    let root = &options.root;
    let mut config = match Config::load(root) {
        Ok(Some(config)) => config,
        Ok(None) => {
            return Err(Failure::Usage(format!(
                "no {} in {}\n  hint: run polku in the site's folder, pass --root, or create a site with `polku init`",
                crate::config::FILE_NAME,
                root.display()
            )));
        }
        Err(found) => return Err(content_failure(found, clock.timings)),
    };
    if let Some(base_url) = &options.base_url {
        config.site.base_url = base_url.clone();
    }
    if let Some(origin) = &options.origin {
        config.site.base_url = format!("{origin}{}", config.root_path());
    }
    clock.lap("config");

    let loaded = crate::load::load(root, &mut problems);
    clock.lap("load");
    // Every input but the items' Markdown bodies: what a body or a page may depend on besides
    // its own body. A section's text is in it, as listings and facet pages are not redone for
    // a changed body.
    let settings = hash_of(&[
        &std::fs::read(root.join(crate::config::FILE_NAME)).unwrap_or_default(),
        &options.base_url,
        &options.origin,
        &options.drafts,
    ]);
    let loaded_assets = loaded.assets.clone();
    let mut world = hash_of(&[&settings, &loaded.assets]);
    for source in &loaded.sources {
        let section_text = (source.stem == "_index").then_some(&source.body);
        world = hash_of(&[&world, &source.rel, &source.front, &section_text]);
    }
    let site = model(
        builder,
        config,
        loaded.sources,
        world,
        &mut problems,
        &mut clock,
    );
    let languages = [site.config.site.language];
    let Some(theme) = builder.theme(
        &site.config.site.theme.clone(),
        &all_languages(&site, &languages),
        &mut problems,
    ) else {
        return Err(content_failure(problems, clock.timings));
    };
    let theme_key = builder.theme.as_ref().map_or(0, |(key, _)| *key);
    let keys = render::Keys {
        world: hash_of(&[&world, &theme_key]),
        theme: theme_key,
        settings: hash_of(&[&settings, &theme_key, &loaded_assets]),
    };
    clock.lap("theme");
    let urls = Urls {
        root: site.config.root_path(),
        base: site.config.base_url(),
    };
    let decks = decks(
        builder,
        &site,
        &theme,
        &urls,
        hash_of(&[&settings, &theme_key]),
    );
    problems.extend(decks.problems.iter().cloned());
    clock.lap("decks");
    let rendering = render::render(
        &site,
        &theme,
        &urls,
        &decks.pdfs,
        (&mut builder.render, keys),
    );
    let mut files = rendering.files;
    files.extend(decks.files.iter().cloned());
    problems.extend(rendering.problems);
    files.extend(assets(&site, &loaded.assets));
    clock.lap("render");

    let pages = files.iter().filter(|f| f.path.ends_with(".html")).count();
    if options.output.is_none() {
        // `polku check`: the built pages' links, as a visitor would follow them.
        problems.extend(crate::check::links(&files, &urls));
        clock.lap("links");
        if let Some(external) = &options.external {
            problems.extend(crate::check::external(&files, &urls, root, external));
            clock.lap("external");
        }
    }
    if problems.has_errors() {
        return Err(content_failure(problems, clock.timings));
    }
    Ok(Rendered {
        report: Report {
            diagnostics: problems,
            pages,
            files: files.len(),
            rendered: rendering.rendered,
            timings: clock.timings,
        },
        files,
        search: SearchInput {
            site,
            theme,
            urls,
            section_html: rendering.section_html,
        },
    })
}

/// The typed and validated model. When no front matter, config or file list changed since the
/// last build (the world is the same), the last model is taken with the new bodies put in:
/// neither typing nor validation reads a body.
fn model(
    builder: &mut Builder,
    config: Config,
    sources: Vec<Source>,
    world: u64,
    problems: &mut Diagnostics,
    clock: &mut Clock,
) -> Site {
    let (site, found) = match builder.model.take() {
        Some((known, mut site, found)) if known == world => {
            let mut bodies: HashMap<String, Source> =
                sources.into_iter().map(|s| (s.rel.clone(), s)).collect();
            for item in &mut site.items {
                for source in std::iter::once(&mut item.source).chain(&mut item.attachment) {
                    if let Some(new) = bodies.remove(&source.rel) {
                        source.body = new.body;
                        source.body_line = new.body_line;
                    }
                }
            }
            clock.lap("assemble");
            clock.lap("validate");
            (site, found)
        }
        _ => {
            let mut found = Diagnostics::default();
            let root = &builder.options.root;
            let content = root.join(crate::load::CONTENT_DIR);
            let site = crate::model::assemble(
                config,
                content,
                sources,
                builder.options.drafts,
                &mut found,
            );
            clock.lap("assemble");
            crate::validate::validate(&site, &mut found);
            clock.lap("validate");
            (site, found)
        }
    };
    problems.extend(found.iter().cloned());
    builder.model = Some((world, site.clone(), found));
    site
}

/// The card decks, made again only when a deck, a card, the project, the theme or the
/// `settings` (site.yaml, options) changed.
fn decks(
    builder: &mut Builder,
    site: &Site,
    theme: &Theme,
    urls: &Urls,
    settings: u64,
) -> Arc<Decks> {
    let mut key = settings;
    for item in &site.items {
        if matches!(
            item.type_name(),
            TypeName::Deck | TypeName::Card | TypeName::Project
        ) {
            let source = &item.source;
            let attachment = item.attachment.as_ref().map(|a| &a.body);
            key = hash_of(&[&key, &source.rel, &source.front, &source.body, &attachment]);
        }
    }
    if let Some(decks) = builder.decks.get("", key) {
        return decks;
    }
    let decks = Arc::new(crate::deck::build(site, theme, urls));
    builder.decks.replace([(String::new(), key, decks.clone())]);
    decks
}

fn content_failure(diagnostics: Diagnostics, timings: Vec<(&'static str, Duration)>) -> Failure {
    Failure::Content(Report {
        diagnostics,
        timings,
        ..Report::default()
    })
}

/// The site's language plus every language a page uses.
fn all_languages(
    site: &Site,
    first: &[crate::model::fields::Lang],
) -> Vec<crate::model::fields::Lang> {
    let mut languages: Vec<_> = first
        .iter()
        .copied()
        .chain(site.items.iter().map(|i| i.lang))
        .chain(site.config.site.languages.iter().copied())
        .collect();
    languages.sort_by_key(|l| l.code());
    languages.dedup();
    languages
}

/// Pictures and other files beside the content, copied to the place their links point to.
fn assets(site: &Site, assets: &[String]) -> Vec<OutFile> {
    assets
        .iter()
        .map(|rel| OutFile {
            path: asset_path(rel),
            content: Content::Copy(site.content_dir.join(rel)),
        })
        .collect()
}

/// The default output folder of a site.
pub fn default_output(root: &Path) -> PathBuf {
    if root == Path::new(".") {
        PathBuf::from("public")
    } else {
        root.join("public")
    }
}
