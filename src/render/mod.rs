//! Rendering: Markdown to HTML, then every page through its Tera template, plus feeds, the
//! sitemap, `materials.json` and the files to copy. Everything stays in memory; `output`
//! writes it.

mod bodies;
pub(crate) use bodies::second_text;
pub mod context;
mod deck_pages;
pub mod exercise;
mod jobs;
pub mod links;
pub mod listing;
pub mod markdown;
pub mod pages;
mod raw_tags;
mod sanitize;
pub mod theme;

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;
use serde_json::{Value as Json, json};
use tera::Tera;

use crate::config::Lang;
use crate::diagnostics::{Diagnostic, Pos};
use crate::memo::{Memo, hash_json};
use crate::model::Site;
use context::Ctx;
use links::Urls;
use markdown::Rendered;
use theme::{Theme, error_chain};

/// One file of the finished site.
#[derive(Debug, Clone)]
pub struct OutFile {
    /// Path below the output folder, `/`-separated.
    pub path: String,
    pub content: Content,
}

#[derive(Debug, Clone)]
pub enum Content {
    Bytes(Vec<u8>),
    Shared(Arc<[u8]>),
    /// A file to copy as it is.
    Copy(PathBuf),
}

impl Content {
    /// The bytes of generated content; `None` for a file to copy.
    pub fn bytes(&self) -> Option<&[u8]> {
        match self {
            Content::Bytes(bytes) => Some(bytes),
            Content::Shared(bytes) => Some(bytes),
            Content::Copy(_) => None,
        }
    }

    /// The bytes of generated content (empty for a file to copy).
    fn into_shared(self) -> Arc<[u8]> {
        match self {
            Content::Bytes(bytes) => Arc::from(bytes),
            Content::Shared(bytes) => bytes,
            Content::Copy(_) => Arc::from(Vec::new()),
        }
    }
}

/// Where the search page is published.
pub const SEARCH_PAGE: &str = "haku/";

/// An item's rendered Markdown: its body, and a lesson's coach notes or a deck's instructions.
#[derive(Debug, Default, Clone)]
pub struct Texts {
    pub body: Rendered,
    pub extra: Option<Rendered>,
}

/// A page waiting for its template.
pub(crate) struct Job {
    pub(crate) out: String,
    pub(crate) template: String,
    pub(crate) lang: Lang,
    pub(crate) page: Json,
    pub(crate) crumbs: Vec<Json>,
}

/// Bodies and pages of earlier builds (`polku serve`), to render again only what changed.
pub struct RenderMemo {
    /// Rendered bodies, kept only for builds to come.
    bodies: Option<bodies::BodyMemo>,
    /// The site's generated files (pages, feeds, `materials.json`) by output path.
    pages: Memo<Arc<[u8]>>,
    /// The `world` of the last build.
    world: Option<u64>,
}

impl Default for RenderMemo {
    fn default() -> RenderMemo {
        RenderMemo {
            bodies: Some(bodies::BodyMemo::default()),
            pages: Memo::default(),
            world: None,
        }
    }
}

impl RenderMemo {
    /// For a single build: rendered bodies are not copied for a next one.
    pub fn forgetful() -> RenderMemo {
        RenderMemo {
            bodies: None,
            ..RenderMemo::default()
        }
    }
}

/// Hashes of the inputs of a build, for the memo.
#[derive(Debug, Clone, Copy)]
pub struct Keys {
    /// Everything but the items' Markdown bodies: site.yaml, front matter, the file list, the theme.
    pub world: u64,
    /// The theme's files.
    pub theme: u64,
    /// site.yaml, the options, the theme and the list of files beside the content: what a
    /// Markdown body depends on besides the addresses of the site's pages.
    pub settings: u64,
}

/// What rendering gives the later steps.
pub struct Rendering {
    pub files: Vec<OutFile>,
    pub problems: Vec<Diagnostic>,
    /// The HTML of each section's own text (its `_index.md`), by folder, for the search index.
    pub section_html: HashMap<String, String>,
    /// How many pages went through their template (the others were unchanged).
    pub rendered: usize,
}

/// Renders the whole site. Problems (broken links, template errors) are returned with the files.
/// With the `keys` of this build's inputs, `memo` saves the work that an earlier build did.
pub fn render(
    site: &Site,
    theme: &Theme,
    urls: &Urls,
    pdfs: &HashMap<String, Vec<crate::deck::PdfInfo>>,
    images: &crate::images::Images,
    (memo, keys): (&mut RenderMemo, Keys),
) -> Rendering {
    let world = keys.world;
    let mut languages: Vec<Lang> = site.items.iter().map(|i| i.lang).collect();
    languages.push(site.config.site.language);
    languages.sort_by_key(|l| l.code());
    languages.dedup();
    let teras: HashMap<Lang, Tera> = languages
        .iter()
        .map(|l| (*l, theme.for_language(*l)))
        .collect();

    let (bodies, fresh_bodies, mut problems) = bodies::render_bodies(
        site,
        theme,
        (urls, images),
        &teras,
        (memo.bodies.as_mut(), keys.settings),
    );
    let section_bodies = bodies::render_section_bodies(site, (urls, images), &teras, &mut problems);
    bodies::check_anchors(site, &bodies, &section_bodies, &mut problems);

    let ctx = Ctx::new(site, urls, theme, (&bodies, &section_bodies), images);
    // A page reads no Markdown body but its own. So when nothing but bodies changed since the
    // last build, only the pages of changed bodies can differ, and the deck pages, which follow
    // the PDFs; every other file of the last build stays as it was.
    let quick = memo.world == Some(world);
    memo.world = Some(world);
    let mut jobs = if quick {
        jobs::items(&ctx, |i| fresh_bodies[i])
    } else {
        jobs::all(&ctx)
    };
    jobs.extend(deck_pages::jobs(&ctx, pdfs));
    let site_json = jobs::site_object(&ctx);
    let (pages, rendered) =
        render_jobs(theme, &teras, &site_json, &jobs, (&memo.pages, keys.theme));
    let mut made = Vec::new();
    for (job, result) in jobs.iter().zip(pages) {
        match result {
            Ok((key, bytes)) => made.push((job.out.clone(), key, bytes)),
            Err(problem) => problems.push(problem),
        }
    }
    if quick {
        memo.pages.update(made);
    } else {
        made.extend(site_files(&ctx, &jobs, &site_json, &teras, &mut problems));
        memo.pages.replace(made);
    }
    let mut files: Vec<OutFile> = memo
        .pages
        .entries()
        .map(|(path, bytes)| OutFile {
            path: path.to_string(),
            content: Content::Shared(bytes.clone()),
        })
        .collect();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    for (path, file) in &theme.static_files {
        files.push(OutFile {
            path: path.clone(),
            content: Content::Shared(file.bytes.clone()),
        });
    }
    let section_html = section_bodies
        .into_iter()
        .map(|(dir, body)| (dir, body.html))
        .collect();
    Rendering {
        files,
        problems,
        section_html,
        rendered,
    }
}

/// A rendered page and the hash of its context.
type KeyedPage = (u64, Arc<[u8]>);

/// Each job's page (`Err` for a template error) with the hash of its context, and how many went
/// through their template: a page whose context hashes as in the last build is taken from `memo`.
fn render_jobs(
    theme: &Theme,
    teras: &HashMap<Lang, Tera>,
    site_json: &Json,
    jobs: &[Job],
    (memo, theme_key): (&Memo<Arc<[u8]>>, u64),
) -> (Vec<Result<KeyedPage, Diagnostic>>, usize) {
    let mut hasher = DefaultHasher::new();
    hash_json(&mut hasher, site_json);
    let site_key = hasher.finish();
    let rendered = AtomicUsize::new(0);
    let pages = jobs
        .par_iter()
        .map(|job| {
            let mut hasher = DefaultHasher::new();
            (theme_key, site_key, &job.out, &job.template, job.lang.code()).hash(&mut hasher);
            hash_json(&mut hasher, &(&job.page, &job.crumbs));
            let key = hasher.finish();
            if let Some(bytes) = memo.get(&job.out, key) {
                return Ok((key, bytes));
            }
            rendered.fetch_add(1, Ordering::Relaxed);
            let mut site_json = site_json.clone();
            jobs::mark_current(&mut site_json, job.page["url"].as_str().unwrap_or(""));
            let context = json!({"site": site_json, "page": job.page, "lang": job.lang.code(), "breadcrumbs": job.crumbs, "kind": job.template});
            let file = render_template(theme, &teras[&job.lang], &format!("{}.html", job.template), &context, &job.out)?;
            Ok((key, file.content.into_shared()))
        })
        .collect();
    (pages, rendered.into_inner())
}

/// The sitemap, the Atom feed, `robots.txt` and `materials.json`.
fn site_files(
    ctx: &Ctx,
    jobs: &[Job],
    site_json: &Json,
    teras: &HashMap<Lang, Tera>,
    problems: &mut Vec<Diagnostic>,
) -> Vec<(String, u64, Arc<[u8]>)> {
    let urls = ctx.urls;
    let (entries, updated) = ctx.feed_entries();
    let mut sitemap: Vec<Json> = jobs.iter().filter(|j| j.template != "404").map(|j| json!({"permalink": urls.permalink(j.out.trim_end_matches("index.html")), "updated_iso": j.page["updated"]["iso"]})).collect();
    sitemap.sort_by(|a, b| a["permalink"].as_str().cmp(&b["permalink"].as_str()));
    let lang = ctx.site.config.site.language;
    let mut files = Vec::new();
    for (name, entries) in [
        ("sitemap.xml", &sitemap),
        ("atom.xml", &entries),
        ("robots.txt", &Vec::new()),
    ] {
        let context = json!({"site": site_json, "entries": entries, "updated_iso": updated, "lang": lang.code()});
        match render_template(ctx.theme, &teras[&lang], name, &context, name) {
            Ok(file) => files.push((name.to_string(), 0, file.content.into_shared())),
            Err(problem) => problems.push(problem),
        }
    }
    let catalogue = serde_json::to_vec_pretty(&ctx.materials_json()).unwrap_or_default();
    files.push(("materials.json".into(), 0, Arc::from(catalogue)));
    files
}

fn render_template(
    theme: &Theme,
    tera: &Tera,
    template: &str,
    context: &Json,
    out: &str,
) -> Result<OutFile, Diagnostic> {
    let context = tera::Context::from_value(context.clone()).map_err(|e| {
        Diagnostic::error(
            "TEMPLATE",
            &theme.origin(template),
            Pos::default(),
            error_chain(&e),
        )
    })?;
    match tera.render(template, &context) {
        Ok(html) => Ok(OutFile {
            path: out.to_string(),
            content: Content::Bytes(html.into_bytes()),
        }),
        Err(err) => Err(Diagnostic::error(
            "TEMPLATE",
            &theme.origin(template),
            Pos::default(),
            format!("while rendering /{out}: {}", error_chain(&err)),
        )
        .hint("fix the template, or add the missing UI string to the theme's i18n files")),
    }
}
