//! The build recipe: load → validate → render → write, each step timed.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

mod languages;
mod memo;
mod reuse;

use crate::config::Config;
use crate::diagnostics::Diagnostics;
use crate::hash::hash_of;
use crate::laps::Laps;
use crate::model::Site;
use crate::model::translations::Alternates;
use crate::output;
use crate::output::{Content, OutFile, Urls, asset_path};
use crate::render;
use crate::theme::Theme;
pub use reuse::Builder;
use reuse::{decks, model, pages};

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
    /// `polku build --offline`: write the ZIP that opens from a folder, whatever site.yaml says.
    pub offline_zip: bool,
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
    /// The ZIP for use from a folder, below the output, and its size in bytes.
    pub zip: Option<(String, u64)>,
}

impl Report {
    /// One line per step with its time, and the total.
    pub fn timings_text(&self) -> String {
        crate::laps::text(&self.timings)
    }
}

#[derive(Debug)]
pub enum Failure {
    /// Content or template problems: exit code 1.
    Content(Report),
    /// Wrong arguments, missing site, unwritable output: exit code 2.
    Usage(String),
}

/// A rendered site, before the search index and the writing.
pub struct Rendered {
    pub report: Report,
    pub files: Vec<OutFile>,
    pub search: SearchInput,
}

/// What the search index is made from, besides the pages.
pub struct SearchInput {
    pub site: Arc<Site>,
    pub theme: Arc<Theme>,
    pub urls: Urls,
    pub section_html: HashMap<String, String>,
    /// The site in each of its other languages, with its sections' HTML.
    pub views: Vec<(Site, HashMap<String, String>)>,
}

impl SearchInput {
    /// The Pagefind bundle for the HTML pages among `files`, and the time its parts took.
    pub fn bundle(&self, files: &[OutFile]) -> Result<(Vec<OutFile>, Laps), String> {
        self.bundle_reusing(files, None)
    }

    /// As [`SearchInput::bundle`], taking what it can from the index `reuse` was kept from, and
    /// keeping this one there (`polku serve`).
    pub fn bundle_reusing(
        &self,
        files: &[OutFile],
        reuse: Option<&mut crate::search::Reuse>,
    ) -> Result<(Vec<OutFile>, Laps), String> {
        let views: Vec<(&Site, &HashMap<String, String>)> =
            std::iter::once((&*self.site, &self.section_html))
                .chain(self.views.iter().map(|(site, html)| (site, html)))
                .collect();
        crate::search::build(
            &views,
            &self.theme,
            &self.urls,
            files,
            self.site.config.site.search.finnish,
            reuse,
        )
    }
}

/// Runs the build. Nothing is written unless every step succeeded.
pub fn build(options: &Options) -> Result<Report, Failure> {
    if let Some(output) = &options.output {
        output::check_place(&options.root, output).map_err(|e| Failure::Usage(e.to_string()))?;
    }
    let Rendered {
        mut report,
        files,
        search,
    } = Builder::once(options.clone()).render()?;
    let mut clock = Laps::after(std::mem::take(&mut report.timings));
    if let Some(output) = &options.output {
        let write_error = |err: output::WriteError| Failure::Usage(err.to_string());
        let staging = output::Staging::new(output, options.force).map_err(write_error)?;
        // The search index is only worth building for a site that is written. The pages are
        // written meanwhile.
        let (written, bundle) = std::thread::scope(|scope| {
            let writer = scope.spawn(|| staging.write(&files));
            let bundle = search.bundle(&files);
            let written = writer
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (written, bundle)
        });
        written.map_err(write_error)?;
        let (bundle, parts) = bundle.map_err(Failure::Usage)?;
        clock.lap("search");
        clock.timings.extend(parts.timings);
        staging.write(&bundle).map_err(write_error)?;
        clock.lap("write");
        let offline = offline(&search, [&files, &bundle]).map_err(Failure::Usage)?;
        clock.lap("offline");
        staging.write(&offline.files).map_err(write_error)?;
        staging.publish().map_err(write_error)?;
        clock.lap("publish");
        let replaced = offline
            .files
            .iter()
            .filter(|f| f.path.ends_with(".html"))
            .count();
        report.files = files.len() + bundle.len() + offline.files.len() - replaced + 1;
        report.zip = offline.zip;
    }
    report.timings = clock.timings;
    Ok(report)
}

/// The service worker and its lists, and the ZIP, from every file of the finished site.
fn offline(search: &SearchInput, files: [&[OutFile]; 2]) -> Result<crate::offline::Made, String> {
    let wanted = &search.site.config.site.offline;
    if !wanted.app && !wanted.zip {
        return Ok(crate::offline::Made::default());
    }
    let sites: Vec<&Site> = std::iter::once(&*search.site)
        .chain(search.views.iter().map(|(site, _)| site))
        .collect();
    let sections = crate::offline::saveable(&sites);
    let input = crate::offline::Input {
        site: &search.site,
        theme: &search.theme,
        urls: &search.urls,
        sections: &sections,
    };
    let published = crate::offline::read(files.into_iter().flatten())?;
    crate::offline::make(&input, published)
}

pub(super) fn render_site(builder: &mut Builder) -> Result<Rendered, Failure> {
    let options = &builder.options.clone();
    let mut clock = Laps::after(Vec::new());
    let mut problems = Diagnostics::default();
    let root = &options.root;
    let mut config = match Config::load(root) {
        Ok(Some(config)) => config,
        Ok(None) => {
            let dir = ("dir", root.display().to_string());
            return Err(Failure::Usage(crate::i18n::with_hint(
                "build-no-site",
                &[dir],
            )));
        }
        Err(found) => return Err(content_failure(found, clock.timings)),
    };
    problems.extend(std::mem::take(&mut config.warnings));
    if let Some(base_url) = &options.base_url {
        config.site.base_url = base_url.clone();
    }
    if let Some(origin) = &options.origin {
        config.site.base_url = format!("{origin}{}", config.root_path());
        // The preview reloads itself on every edit; a service worker would keep old pages.
        config.site.offline.app = false;
    }
    if options.offline_zip {
        config.site.offline.zip = true;
    }
    clock.lap("config");

    let mut loaded = crate::load::load(root, &mut problems);
    clock.lap("load");
    // Every input but the items' Markdown bodies: what a body or a page may depend on besides
    // its own body. A section's text is in it, as listings and facet pages are not redone for
    // a changed body.
    let settings = hash_of(&[
        &std::fs::read(root.join(crate::config::FILE_NAME)).unwrap_or_default(),
        &options.base_url,
        &options.origin,
        &options.drafts,
        &files_key(&root.join(crate::load::CONTENT_DIR), &loaded.assets),
    ]);
    let mut world = settings;
    for source in &loaded.sources {
        let section_text = (source.stem == "_index").then_some(&source.body);
        world = hash_of(&[&world, &source.rel, &source.front, &section_text]);
    }
    world = hash_of(&[&world, &loaded.unreadable]);
    let sources = std::mem::take(&mut loaded.sources);
    let (originals, translations) =
        crate::model::translations::split(&config, sources, &mut problems);
    let site = Arc::new(model(
        builder,
        config,
        (originals, &loaded.unreadable),
        world,
        &mut problems,
        &mut clock,
    ));
    let views = languages::views(&site, translations, options.drafts, &mut problems);
    clock.lap("translations");
    let alternates = Alternates::of(&std::iter::once(&*site).chain(&views).collect::<Vec<_>>());
    let cache = root.join(crate::images::CACHE_DIR);
    let all: Vec<&Site> = std::iter::once(&*site).chain(&views).collect();
    let images = crate::images::process(&all, Some(&cache), &mut builder.images);
    problems.extend(images.problems.iter().cloned());
    clock.lap("images");
    let languages = [site.config.site.language];
    let Some(theme) = builder.theme(
        &site.config.site.theme.clone(),
        &all_languages(&site, &languages),
        &mut problems,
    ) else {
        return Err(content_failure(problems, clock.timings));
    };
    let theme_key = builder.theme.as_ref().map_or(0, |(key, _)| *key);
    clock.lap("theme");
    let urls = Urls {
        root: site.config.root_path(),
        base: site.config.base_url(),
    };
    let decks = decks(
        builder,
        &site,
        (&theme, &images),
        &urls,
        hash_of(&[&settings, &theme_key]),
    );
    problems.extend(decks.problems.iter().cloned());
    clock.lap("decks");
    // The other languages first: the main language's sitemap lists their pages too.
    let languages::Made {
        mut files,
        sitemap,
        views: views_html,
        rendered: rendered_views,
    } = languages::render(views, (&theme, &urls, &images), &alternates, &mut problems);
    clock.lap("translations: render");
    let languages = render::Languages {
        alternates: &alternates,
        sitemap,
    };
    let (main_files, rendering) = pages(
        builder,
        (&site, &languages, &theme, &urls),
        (&decks.pdfs, &images),
        (world, settings, theme_key),
    );
    files.extend(main_files);
    files.extend(decks.files.iter().cloned());
    problems.extend(rendering.problems);
    files.extend(assets(&site, &loaded.assets));
    files.extend(images.files());
    clock.lap("render");
    files.extend(crate::deck::share::pictures(&site, &theme, &images));
    clock.lap("share pictures");
    match crate::offline::manifest(&site, &theme, &urls) {
        Ok(made) => files.extend(made),
        Err(detail) => return Err(Failure::Usage(detail)),
    }

    let pages = files.iter().filter(|f| f.path.ends_with(".html")).count();
    if options.output.is_none() && !problems.has_errors() {
        // `polku check`: the built pages' links, as a visitor would follow them. Not while the
        // content has errors: the pages of a broken file are missing, and every link to them
        // (a deck's breadcrumbs on all its cards) would be reported again, without a line.
        let mut texts = written(&site);
        for (view, _) in &views_html {
            texts.extend(written(view));
        }
        problems.extend(crate::check::links(&files, &urls, &texts));
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
            rendered: rendering.rendered + rendered_views,
            timings: clock.timings,
            zip: None,
        },
        files,
        search: SearchInput {
            site,
            theme,
            urls,
            section_html: rendering.section_html,
            views: views_html,
        },
    })
}

fn content_failure(diagnostics: Diagnostics, timings: Vec<(&'static str, Duration)>) -> Failure {
    Failure::Content(Report {
        diagnostics,
        timings,
        ..Report::default()
    })
}

/// A hash of the names, sizes and times of the files beside the content (pictures): a replaced
/// picture changes the pages that show it.
fn files_key(content: &Path, assets: &[String]) -> u64 {
    let mut key = 0;
    for rel in assets {
        let meta = std::fs::metadata(content.join(rel)).ok();
        let stamp = meta.and_then(|m| Some((m.len(), m.modified().ok()?)));
        key = hash_of(&[&key, rel, &stamp]);
    }
    key
}

/// The site's language plus every language a page uses.
fn all_languages(site: &Site, first: &[crate::config::Lang]) -> Vec<crate::config::Lang> {
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

/// The Markdown of every page that has some, by the path of the page built from it.
fn written(site: &Site) -> HashMap<String, crate::check::Written<'_>> {
    let items = site.items.iter().map(|item| (&item.url, &item.source));
    let sections = site.sections.values();
    let sections = sections.filter_map(|s| Some((&s.url, s.source.as_ref()?)));
    items
        .chain(sections)
        .filter(|(_, source)| source.is_markdown)
        .map(|(url, source)| {
            let written = crate::check::Written {
                file: &source.file,
                body: &source.body,
                first_line: source.body_line,
            };
            (format!("{url}index.html"), written)
        })
        .collect()
}
