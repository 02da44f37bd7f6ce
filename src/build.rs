//! The build recipe: load → validate → render → write, each step timed.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::diagnostics::Diagnostics;
use crate::model::Site;
use crate::output::{self, WriteError};
use crate::render::{self, Content, OutFile, links::Urls, markdown::asset_path, theme::Theme};

#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    /// `None`: validate and render in memory only (`polku check`).
    pub output: Option<PathBuf>,
    pub base_url: Option<String>,
    pub drafts: bool,
    pub force: bool,
}

/// What a finished (or failed) build tells the user.
#[derive(Debug, Default)]
pub struct Report {
    pub diagnostics: Diagnostics,
    pub pages: usize,
    pub files: usize,
    pub timings: Vec<(&'static str, Duration)>,
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

/// Runs the build. Nothing is written unless every step succeeded.
pub fn build(options: &Options) -> Result<Report, Failure> {
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
    clock.lap("config");

    let loaded = crate::load::load(root, &mut problems);
    clock.lap("load");
    let site = crate::model::assemble(
        config,
        root.join(crate::load::CONTENT_DIR),
        loaded.sources,
        options.drafts,
        &mut problems,
    );
    clock.lap("assemble");
    crate::validate::validate(&site, &mut problems);
    clock.lap("validate");

    let languages = [site.config.site.language];
    let Some(theme) = Theme::load(
        root,
        &site.config.site.theme,
        &all_languages(&site, &languages),
        &mut problems,
    ) else {
        return Err(content_failure(problems, clock.timings));
    };
    clock.lap("theme");
    let urls = Urls {
        root: site.config.root_path(),
        base: site.config.base_url(),
    };
    let decks = crate::deck::build(&site, &theme, &urls);
    problems.extend(decks.problems);
    clock.lap("decks");
    let rendering = render::render(&site, &theme, &urls, &decks.pdfs);
    let mut files = rendering.files;
    files.extend(decks.files);
    problems.extend(rendering.problems);
    files.extend(assets(&site, &loaded.assets));
    clock.lap("render");

    let pages = files.iter().filter(|f| f.path.ends_with(".html")).count();
    if options.output.is_none() {
        // `polku check`: the built pages' links, as a visitor would follow them.
        problems.extend(crate::check::links(&files, &urls));
        clock.lap("links");
    }
    if problems.has_errors() {
        return Err(content_failure(problems, clock.timings));
    }
    if let Some(output) = &options.output {
        // The search index is only worth building for a site that is written.
        match crate::search::build(
            &site,
            &theme,
            &urls,
            &files,
            &rendering.section_html,
            site.config.site.search.finnish,
        ) {
            Ok(bundle) => files.extend(bundle),
            Err(message) => return Err(Failure::Usage(message)),
        }
        clock.lap("search");
        if let Err(err) = output::write_site(output, &files, options.force) {
            return Err(Failure::Usage(match err {
                WriteError::Io(..) | WriteError::NotOurs(_) | WriteError::NotADirectory(_) => {
                    err.to_string()
                }
            }));
        }
        clock.lap("write");
    }
    Ok(Report {
        diagnostics: problems,
        pages,
        files: files.len() + usize::from(options.output.is_some()),
        timings: clock.timings,
    })
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
