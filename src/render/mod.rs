//! Rendering: Markdown to HTML, then every page through its Tera template, plus feeds, the
//! sitemap, `materials.json` and the files to copy. Everything stays in memory; `output`
//! writes it.

mod bodies;
pub mod context;
mod deck_pages;
pub mod exercise;
mod jobs;
mod languages;
pub mod links;
pub mod listing;
pub mod markdown;
pub mod pages;
mod picture;
mod raw_tags;
mod sanitize;
mod statement;

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;
use serde_json::{Value as Json, json};
use tera::Tera;

use crate::config::Lang;
use crate::diagnostics::{Diagnostic, Pos, text};
use crate::hash::hash_json;
use crate::model::Site;
use crate::model::translations::Alternates;
use crate::output::{Content, Images, OutFile, PdfInfo, Urls};
use crate::theme::{Theme, error_chain};
use context::Ctx;
use markdown::Rendered;

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
    /// The page's context; `Null` for an item's page, whose context is made from `item` only
    /// when the page is rendered (every item's context at once would hold a copy of every body).
    pub(crate) page: Json,
    /// The item whose page this is.
    pub(crate) item: Option<usize>,
    pub(crate) crumbs: Vec<Json>,
    /// What the page is called in `Languages` (its original's path below content/), if it can
    /// be in other languages.
    pub(crate) key: Option<String>,
}

impl Job {
    /// The page's context.
    fn page<'a>(&'a self, ctx: &Ctx) -> std::borrow::Cow<'a, Json> {
        match self.item {
            Some(index) => std::borrow::Cow::Owned(pages::page(ctx, index).1),
            None => std::borrow::Cow::Borrowed(&self.page),
        }
    }

    /// When the page was last updated (`YYYY-MM-DD`), for the sitemap.
    fn updated_iso(&self, ctx: &Ctx) -> Json {
        match self.item {
            Some(index) => Ctx::date(ctx.site.items[index].common.updated)["iso"].clone(),
            None => self.page["updated"]["iso"].clone(),
        }
    }
}

/// An item's rendered texts and the problems found in them.
pub type TextsAndProblems = (Texts, Vec<Diagnostic>);

/// A lookup of an earlier build's result by name and key.
pub type Lookup<'a, V> = &'a (dyn Fn(&str, u64) -> Option<V> + Sync);

/// How rendering reuses the work of an earlier build (`polku serve`). The build recipe keeps
/// that work and answers the two lookups; rendering says what each result is made from (its
/// key) and does the rest. For a single build both lookups find nothing.
pub struct Reuse<'a> {
    /// site.yaml, the options, the theme and the list of files beside the content: what a
    /// Markdown body depends on besides the addresses of the site's pages.
    pub settings: u64,
    /// The theme's files.
    pub theme: u64,
    /// Nothing but items' Markdown bodies changed since the last build: only the pages of the
    /// bodies that changed (and the deck pages) are made again, the others stay as they were.
    pub bodies_only: bool,
    /// An item's texts (by source path) if they were made from inputs hashing to the key.
    pub texts: Lookup<'a, TextsAndProblems>,
    /// A page (by output path) if it was made from a context hashing to the key.
    pub page: Lookup<'a, Arc<[u8]>>,
}

impl Reuse<'_> {
    /// Reuses nothing: every page is made.
    pub fn nothing() -> Reuse<'static> {
        Reuse {
            settings: 0,
            theme: 0,
            bodies_only: false,
            texts: &|_, _| None,
            page: &|_, _| None,
        }
    }
}

/// The site's languages, for the pages of one of them: where each page is in the others, and
/// (for the main language's sitemap) the other languages' sitemap entries.
pub struct Languages<'a> {
    pub alternates: &'a Alternates,
    pub sitemap: Vec<Json>,
}

/// What rendering gives the later steps, and the recipe to remember.
pub struct Rendering {
    /// Each page and site file (sitemap, feed, `materials.json`) made, by output path, with
    /// its key. With `Reuse::bodies_only` just the pages that may have changed.
    pub pages: Vec<(String, u64, Arc<[u8]>)>,
    /// Each item's rendered texts by source path, with its key.
    pub texts: Vec<(String, u64, TextsAndProblems)>,
    pub problems: Vec<Diagnostic>,
    /// The HTML of each section's own text (its `_index.md`), by folder, for the search index.
    pub section_html: HashMap<String, String>,
    /// How many pages went through their template (the others were unchanged).
    pub rendered: usize,
    /// The sitemap entries of the pages of one of the site's other languages, which the main
    /// language's sitemap lists.
    pub sitemap: Vec<Json>,
}

/// Renders the whole site. Problems (broken links, template errors) are returned with the pages.
/// `reuse` takes what an earlier build made from the same inputs instead of making it again.
pub fn render(
    (site, languages): (&Site, &Languages),
    theme: &Theme,
    urls: &Urls,
    pdfs: &HashMap<String, Vec<PdfInfo>>,
    images: &Images,
    reuse: &Reuse,
) -> Rendering {
    let mut page_languages: Vec<Lang> = site.items.iter().map(|i| i.lang).collect();
    page_languages.push(site.config.site.language);
    page_languages.sort_by_key(|l| l.code());
    page_languages.dedup();
    let teras: HashMap<Lang, Tera> = page_languages
        .iter()
        .map(|l| (*l, theme.for_language(*l)))
        .collect();

    let (bodies, made) = bodies::render_bodies(site, theme, (urls, images), &teras, reuse);
    let mut problems: Vec<Diagnostic> = made.iter().flat_map(|m| m.problems.clone()).collect();
    let section_bodies = bodies::render_section_bodies(site, (urls, images), &teras, &mut problems);
    bodies::check_anchors(site, &bodies, &section_bodies, &mut problems);

    let ctx = Ctx::new(
        site,
        urls,
        theme,
        (&bodies, &section_bodies),
        images,
        languages,
    );
    // A page reads no Markdown body but its own. So when nothing but bodies changed since the
    // last build, only the pages of changed bodies can differ, and the deck pages, which follow
    // the PDFs.
    let mut jobs = if reuse.bodies_only {
        jobs::items(&ctx, |i| made[i].fresh)
    } else {
        jobs::all(&ctx)
    };
    jobs.extend(deck_pages::jobs(&ctx, pdfs));
    let site_json = jobs::site_object(&ctx);
    let (results, rendered) = render_jobs(&ctx, &teras, &site_json, &jobs, reuse);
    let mut pages = Vec::new();
    for (job, result) in jobs.iter().zip(results) {
        match result {
            Ok((key, bytes)) => pages.push((job.out.clone(), key, bytes)),
            Err(problem) => problems.push(problem),
        }
    }
    let mut sitemap = Vec::new();
    if !reuse.bodies_only {
        sitemap = sitemap_entries(&ctx, &jobs);
        if site.fallback.is_none() {
            sitemap.extend(languages.sitemap.iter().cloned());
            sitemap.sort_by(|a, b| a["permalink"].as_str().cmp(&b["permalink"].as_str()));
        }
        let entries = (site.fallback.is_none()).then_some(&sitemap);
        pages.extend(site_files(&ctx, entries, &site_json, &teras, &mut problems));
    }
    let texts = site
        .items
        .iter()
        .zip(made)
        .zip(bodies)
        .map(|((item, made), texts)| (item.source.rel.clone(), made.key, (texts, made.problems)))
        .collect();
    let section_html = section_bodies
        .into_iter()
        .map(|(dir, body)| (dir, body.html))
        .collect();
    Rendering {
        pages,
        texts,
        problems,
        section_html,
        rendered,
        sitemap: if site.fallback.is_some() {
            sitemap
        } else {
            Vec::new()
        },
    }
}

/// A rendered page and the hash of its context.
type KeyedPage = (u64, Arc<[u8]>);

/// Each job's page (`Err` for a template error) with the hash of its context, and how many went
/// through their template: a page whose context hashes as in the last build is reused.
fn render_jobs(
    ctx: &Ctx,
    teras: &HashMap<Lang, Tera>,
    site_json: &Json,
    jobs: &[Job],
    reuse: &Reuse,
) -> (Vec<Result<KeyedPage, Diagnostic>>, usize) {
    let mut hasher = DefaultHasher::new();
    hash_json(&mut hasher, site_json);
    let site_key = hasher.finish();
    let rendered = AtomicUsize::new(0);
    let pages = jobs
        .par_iter()
        .map(|job| {
            let page = job.page(ctx);
            let mut hasher = DefaultHasher::new();
            (reuse.theme, site_key, &job.out, &job.template, job.lang.code()).hash(&mut hasher);
            let translations = ctx.translations(job.key.as_deref());
            hash_json(&mut hasher, &(&*page, &job.crumbs, &translations));
            let key = hasher.finish();
            if let Some(bytes) = (reuse.page)(&job.out, key) {
                return Ok((key, bytes));
            }
            rendered.fetch_add(1, Ordering::Relaxed);
            let mut site_json = site_json.clone();
            jobs::mark_current(&mut site_json, page["url"].as_str().unwrap_or(""));
            let context = json!({"site": site_json, "page": page, "lang": job.lang.code(), "breadcrumbs": job.crumbs, "kind": job.template, "translations": translations});
            let file = render_template(ctx.theme, &teras[&job.lang], &format!("{}.html", job.template), &context, &job.out)?;
            Ok((key, file.content.into_shared()))
        })
        .collect();
    (pages, rendered.into_inner())
}

/// The sitemap entries of the pages of `jobs`, each with its translations' addresses.
fn sitemap_entries(ctx: &Ctx, jobs: &[Job]) -> Vec<Json> {
    let urls = ctx.urls;
    let mut sitemap: Vec<Json> = jobs.iter().filter(|j| j.template != "404" && j.template != "offline").map(|j| json!({"permalink": urls.permalink(j.out.trim_end_matches("index.html")), "updated_iso": j.updated_iso(ctx),
        "alternates": ctx.translations(j.key.as_deref())["alternates"]})).collect();
    sitemap.sort_by(|a, b| a["permalink"].as_str().cmp(&b["permalink"].as_str()));
    sitemap
}

/// The Atom feed and `materials.json` of the site's pages in one language (below its folder);
/// for the main language also the sitemap of every language (`sitemap`) and `robots.txt`.
fn site_files(
    ctx: &Ctx,
    sitemap: Option<&Vec<Json>>,
    site_json: &Json,
    teras: &HashMap<Lang, Tera>,
    problems: &mut Vec<Diagnostic>,
) -> Vec<(String, u64, Arc<[u8]>)> {
    let (entries, updated) = ctx.feed_entries();
    let lang = ctx.site.config.site.language;
    let prefix = &ctx.prefix;
    let mut files = Vec::new();
    let none = Vec::new();
    let mut made = vec![("atom.xml", &entries)];
    if let Some(sitemap) = sitemap {
        made.extend([("sitemap.xml", sitemap), ("robots.txt", &none)]);
    }
    for (name, entries) in made {
        let context = json!({"site": site_json, "entries": entries, "updated_iso": updated, "lang": lang.code(), "prefix": prefix});
        let out = format!("{prefix}{name}");
        match render_template(ctx.theme, &teras[&lang], name, &context, &out) {
            Ok(file) => files.push((out, 0, file.content.into_shared())),
            Err(problem) => problems.push(problem),
        }
    }
    let catalogue = serde_json::to_vec_pretty(&ctx.materials_json()).unwrap_or_default();
    files.push((format!("{prefix}materials.json"), 0, Arc::from(catalogue)));
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
            text!("theme-template", detail = error_chain(&e)),
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
            text!("render-template", page = out, detail = error_chain(&err)),
        )
        .hint(text!("render-template.hint"))),
    }
}
