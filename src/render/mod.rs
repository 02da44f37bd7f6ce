//! Rendering: Markdown to HTML, then every page through its Tera template, plus feeds, the
//! sitemap, `materials.json` and the files to copy. Everything stays in memory; `output`
//! writes it.

mod bodies;
pub mod context;
mod deck_pages;
pub mod exercise;
pub mod links;
pub mod listing;
pub mod markdown;
pub mod pages;
pub mod theme;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;
use serde_json::{Value as Json, json};
use tera::Tera;

use crate::diagnostics::{Diagnostic, Pos};
use crate::model::fields::Lang;
use crate::model::types::{Kind, TypeName};
use crate::model::{Item, Site};
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

/// Where the search page is published.
pub const SEARCH_PAGE: &str = "haku/";

/// An item's rendered Markdown: its body, and a lesson's coach notes or a deck's instructions.
#[derive(Debug, Default)]
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

/// What rendering gives the later steps.
pub struct Rendering {
    pub files: Vec<OutFile>,
    pub problems: Vec<Diagnostic>,
    /// The HTML of each section's own text (its `_index.md`), by folder, for the search index.
    pub section_html: HashMap<String, String>,
}

/// Renders the whole site. Problems (broken links, template errors) are returned with the files.
pub fn render(
    site: &Site,
    theme: &Theme,
    urls: &Urls,
    pdfs: &HashMap<String, Vec<crate::deck::PdfInfo>>,
) -> Rendering {
    let mut languages: Vec<Lang> = site.items.iter().map(|i| i.lang).collect();
    languages.push(site.config.site.language);
    languages.sort_by_key(|l| l.code());
    languages.dedup();
    let teras: HashMap<Lang, Tera> = languages
        .iter()
        .map(|l| (*l, theme.for_language(*l)))
        .collect();

    let (bodies, mut problems) = bodies::render_bodies(site, theme, urls, &teras);
    let section_bodies = bodies::render_section_bodies(site, urls, &teras, &mut problems);
    bodies::check_anchors(site, &bodies, &section_bodies, &mut problems);

    let ctx = Ctx::new(site, urls, theme, &bodies, &section_bodies);
    let mut jobs = page_jobs(&ctx);
    jobs.extend(deck_pages::jobs(&ctx, pdfs));
    let site_json = site_object(&ctx);
    let rendered: Vec<Result<OutFile, Diagnostic>> = jobs
        .par_iter()
        .map(|job| {
            let mut site_json = site_json.clone();
            mark_current(&mut site_json, job.page["url"].as_str().unwrap_or(""));
            let context = json!({"site": site_json, "page": job.page, "lang": job.lang.code(), "breadcrumbs": job.crumbs, "kind": job.template});
            render_template(theme, &teras[&job.lang], &format!("{}.html", job.template), &context, &job.out)
        })
        .collect();
    let mut files = Vec::new();
    for result in rendered {
        match result {
            Ok(file) => files.push(file),
            Err(problem) => problems.push(problem),
        }
    }
    let (entries, updated) = ctx.feed_entries();
    let mut sitemap: Vec<Json> = jobs.iter().filter(|j| j.template != "404").map(|j| json!({"permalink": urls.permalink(j.out.trim_end_matches("index.html")), "updated_iso": j.page["updated"]["iso"]})).collect();
    sitemap.sort_by(|a, b| a["permalink"].as_str().cmp(&b["permalink"].as_str()));
    let lang = site.config.site.language;
    for (name, entries) in [
        ("sitemap.xml", &sitemap),
        ("atom.xml", &entries),
        ("robots.txt", &Vec::new()),
    ] {
        let context = json!({"site": site_json, "entries": entries, "updated_iso": updated, "lang": lang.code()});
        match render_template(theme, &teras[&lang], name, &context, name) {
            Ok(file) => files.push(file),
            Err(problem) => problems.push(problem),
        }
    }
    let catalogue = serde_json::to_vec_pretty(&ctx.materials_json()).unwrap_or_default();
    files.push(OutFile {
        path: "materials.json".into(),
        content: Content::Bytes(catalogue),
    });
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
    }
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

fn page_jobs(ctx: &Ctx) -> Vec<Job> {
    let site = ctx.site;
    let mut jobs: Vec<Job> = (0..site.items.len())
        .map(|i| {
            let item = &site.items[i];
            let (template, page) = pages::page(ctx, i);
            let crumb_dir = if item.type_name() == TypeName::Deck {
                parent(&item.source.dir)
            } else {
                &item.source.dir
            };
            Job {
                out: format!("{}index.html", item.url),
                template: template.to_string(),
                lang: item.lang,
                page,
                crumbs: listing::breadcrumbs(ctx, crumb_dir),
            }
        })
        .collect();
    for section in site.sections.values().filter(|s| !s.is_deck) {
        let (template, page) = ctx.section_page(section);
        let crumbs = if section.dir.is_empty() {
            Vec::new()
        } else {
            listing::breadcrumbs(ctx, parent(&section.dir))
        };
        let lang = section.common.lang.unwrap_or(site.config.site.language);
        jobs.push(Job {
            out: format!("{}index.html", section.url),
            template: template.to_string(),
            lang,
            page,
            crumbs,
        });
    }
    let home = listing::breadcrumbs(ctx, "");
    for (url, template, page) in ctx.facet_pages() {
        let crumbs = if template == "facet" {
            [
                home.clone(),
                vec![json!({"title": page["facet"]["title"], "url": page["facet"]["url"]})],
            ]
            .concat()
        } else {
            home.clone()
        };
        jobs.push(Job {
            out: format!("{url}index.html"),
            template: template.to_string(),
            lang: site.config.site.language,
            page,
            crumbs,
        });
    }
    let lang = site.config.site.language;
    let filter_keys: Vec<Json> = crate::search::FILTER_KEYS
        .iter()
        .map(|key| json!({"key": key, "label": ctx.theme.text(lang, &format!("search.filter.{key}"))}))
        .collect();
    let search = json!({"type": "search", "id": "haku", "title": ctx.theme.text(lang, "search.title"), "url": ctx.urls.path(SEARCH_PAGE),
        "permalink": ctx.urls.permalink(SEARCH_PAGE), "description": null, "lang": lang.code(), "filter_keys": filter_keys,
        "bundle_url": ctx.urls.path(&format!("{}/pagefind.js", crate::search::BUNDLE_DIR))});
    jobs.push(Job {
        out: format!("{SEARCH_PAGE}index.html"),
        template: "search".into(),
        lang,
        page: search,
        crumbs: listing::breadcrumbs(ctx, ""),
    });
    let not_found = json!({"type": "404", "title": ctx.theme.text(site.config.site.language, "notfound.title"), "url": ctx.urls.path("404.html"), "description": null, "lang": site.config.site.language.code()});
    jobs.push(Job {
        out: "404.html".into(),
        template: "404".into(),
        lang: site.config.site.language,
        page: not_found,
        crumbs: Vec::new(),
    });
    jobs
}

fn parent(dir: &str) -> &str {
    dir.rsplit_once('/').map_or("", |(p, _)| p)
}

/// The `site` object of every template (docs/templates.md).
fn site_object(ctx: &Ctx) -> Json {
    let site = ctx.site;
    let config = &site.config.site;
    let menu = |links: &[crate::config::MenuLink], location: crate::model::types::MenuLocation| {
        let mut entries: Vec<Json> = links
            .iter()
            .map(|l| {
                let url = match l.link.strip_prefix("@/") {
                    Some(target) => links::target(site, target.split('#').next().unwrap_or(target))
                        .map(|u| ctx.urls.path(&u))
                        .unwrap_or_default(),
                    None => l.link.clone(),
                };
                json!({"title": l.title, "url": url, "current": false})
            })
            .collect();
        let mut pages: Vec<(&Item, i64)> = site
            .items
            .iter()
            .filter_map(|i| match &i.kind {
                Kind::Page(p) => p
                    .menu
                    .as_ref()
                    .filter(|m| m.location == location)
                    .map(|m| (i, m.order)),
                _ => None,
            })
            .collect();
        pages.sort_by_key(|(_, order)| *order);
        entries.extend(pages.into_iter().map(
            |(i, _)| json!({"title": i.title, "url": ctx.urls.path(&i.url), "current": false}),
        ));
        entries
    };
    use crate::model::types::MenuLocation;
    let project = config
        .project
        .as_ref()
        .and_then(|id| site.get(TypeName::Project, id))
        .and_then(|item| match &item.kind {
            Kind::Project(p) => Some(pages::project(ctx, item, p)),
            _ => None,
        });
    let statement = site
        .of_type(TypeName::Accessibility)
        .next()
        .map(|i| ctx.urls.path(&i.url));
    json!({
        "title": config.title, "description": config.description, "root": ctx.urls.root, "base_url": ctx.urls.base,
        "language": config.language.code(),
        "menus": {"main": menu(&config.menus.main, MenuLocation::Main), "footer": menu(&config.menus.footer, MenuLocation::Footer)},
        "project": project, "facets": ctx.facet_values, "accessibility_url": statement,
        "search_url": ctx.urls.path(SEARCH_PAGE),
    })
}

fn mark_current(site: &mut Json, url: &str) {
    for location in ["main", "footer"] {
        if let Some(entries) = site["menus"][location].as_array_mut() {
            for entry in entries {
                let current = entry["url"].as_str() == Some(url);
                entry["current"] = json!(current);
            }
        }
    }
}
