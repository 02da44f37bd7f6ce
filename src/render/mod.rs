//! Rendering: Markdown to HTML, then every page through its Tera template, plus feeds, the
//! sitemap, `materials.json` and the files to copy. Everything stays in memory; `output`
//! writes it.

pub mod context;
mod deck_pages;
pub mod exercise;
pub mod links;
pub mod listing;
pub mod markdown;
pub mod pages;
pub mod theme;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;
use serde_json::{Value as Json, json};
use tera::Tera;

use crate::diagnostics::{Diagnostic, Pos};
use crate::model::fields::{Lang, Media};
use crate::model::types::{Kind, TypeName};
use crate::model::{Item, Site};
use context::Ctx;
use links::Urls;
use markdown::{Input, Rendered};
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

/// Renders the whole site. Problems (broken links, template errors) are returned with the files.
/// What rendering gives the later steps.
pub struct Rendering {
    pub files: Vec<OutFile>,
    pub problems: Vec<Diagnostic>,
    /// The HTML of each section's own text (its `_index.md`), by folder, for the search index.
    pub section_html: HashMap<String, String>,
}

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

    let (bodies, mut problems) = render_bodies(site, theme, urls, &teras);
    let section_bodies = render_section_bodies(site, urls, &teras, &mut problems);
    check_anchors(site, &bodies, &section_bodies, &mut problems);

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

/// Each item's Markdown body, and its second text: a lesson's coach notes or a deck's instructions.
fn render_bodies(
    site: &Site,
    theme: &Theme,
    urls: &Urls,
    teras: &HashMap<Lang, Tera>,
) -> (Vec<Texts>, Vec<Diagnostic>) {
    let results: Vec<(Texts, Vec<Diagnostic>)> = site
        .items
        .par_iter()
        .map(|item| {
            let mut problems = Vec::new();
            let tera = &teras[&item.lang];
            let exercise = |ex: &Json| {
                let context = json!({"exercise": ex, "lang": item.lang.code()});
                render_template(theme, tera, "partials/exercise.html", &context, &item.url)
                    .map(|f| match f.content {
                        Content::Bytes(b) => String::from_utf8(b).unwrap_or_default(),
                        _ => String::new(),
                    })
                    .map_err(|d| d.message)
            };
            let source = &item.source;
            let input = Input {
                text: &source.body,
                first_line: source.body_line,
                file: &source.file,
                dir: &source.dir,
                page_url: &item.url,
            };
            let mut body = markdown::render(&input, site, urls, &exercise, &mut problems);
            let second = second_text(item).map(|(text, file, line)| {
                let input = Input {
                    text,
                    first_line: line,
                    file,
                    dir: &source.dir,
                    page_url: &item.url,
                };
                markdown::render(&input, site, urls, &exercise, &mut problems)
            });
            body.anchor_links.extend(transcript_anchors(item));
            if let Some(second) = &second {
                body.anchors.extend(second.anchors.iter().cloned());
            }
            (
                Texts {
                    body,
                    extra: second,
                },
                problems,
            )
        })
        .collect();
    let mut problems = Vec::new();
    let bodies = results
        .into_iter()
        .map(|(b, p)| {
            problems.extend(p);
            b
        })
        .collect();
    (bodies, problems)
}

/// `transcript: "#dialogi"` must name an anchor of the page the media is on.
fn transcript_anchors(item: &Item) -> Vec<markdown::AnchorLink> {
    let numbered = |key: &str, list: &[Media]| -> Vec<(String, Media)> {
        list.iter()
            .enumerate()
            .map(|(i, m)| (format!("{key}[{i}]"), m.clone()))
            .collect()
    };
    let media: Vec<(String, Media)> =
        match &item.kind {
            Kind::Lesson(l) => {
                let mut all = numbered("media", &l.media);
                all.extend(l.phrases.iter().enumerate().filter_map(|(i, p)| {
                    p.audio.clone().map(|a| (format!("phrases[{i}].audio"), a))
                }));
                all
            }
            Kind::Path(p) => numbered("media", &p.media),
            Kind::Term(t) => t
                .audio
                .iter()
                .map(|a| ("audio".to_string(), a.clone()))
                .collect(),
            _ => Vec::new(),
        };
    media
        .into_iter()
        .filter_map(|(path, m)| {
            let anchor = m.transcript.as_deref()?.strip_prefix('#')?.to_string();
            let pos = item.value_pos(&format!("{path}.transcript"));
            Some(markdown::AnchorLink {
                page_url: item.url.clone(),
                anchor,
                file: item.source.file.clone(),
                pos,
            })
        })
        .collect()
}

/// A lesson's `coach_notes` or a deck's instructions file, with where it stands.
fn second_text(item: &Item) -> Option<(&str, &std::path::Path, usize)> {
    match &item.kind {
        Kind::Lesson(l) => l.coach_notes.as_deref().map(|t| {
            (
                t,
                item.source.file.as_path(),
                item.value_pos("coach_notes").line,
            )
        }),
        Kind::Deck(_) => item
            .attachment
            .as_ref()
            .map(|a| (a.body.as_str(), a.file.as_path(), a.body_line)),
        _ => None,
    }
}

fn render_section_bodies(
    site: &Site,
    urls: &Urls,
    teras: &HashMap<Lang, Tera>,
    problems: &mut Vec<Diagnostic>,
) -> HashMap<String, Rendered> {
    let lang = site.config.site.language;
    let no_exercises =
        |_: &Json| Err("exercises belong in lessons, not in section pages".to_string());
    let _ = &teras[&lang];
    site.sections
        .values()
        .filter_map(|s| s.source.as_ref().map(|src| (s, src)))
        .map(|(section, src)| {
            let input = Input {
                text: &src.body,
                first_line: src.body_line,
                file: &src.file,
                dir: &src.dir,
                page_url: &section.url,
            };
            (
                section.dir.clone(),
                markdown::render(&input, site, urls, &no_exercises, problems),
            )
        })
        .collect()
}

/// Every `#anchor` link must name a heading (or exercise) on its page.
fn check_anchors(
    site: &Site,
    bodies: &[Texts],
    sections: &HashMap<String, Rendered>,
    problems: &mut Vec<Diagnostic>,
) {
    let mut anchors: HashMap<&str, &HashSet<String>> = HashMap::new();
    for (item, texts) in site.items.iter().zip(bodies) {
        anchors.insert(&item.url, &texts.body.anchors);
    }
    for (dir, body) in sections {
        if let Some(section) = site.sections.get(dir) {
            anchors.entry(&section.url).or_insert(&body.anchors);
        }
    }
    let links = bodies
        .iter()
        .flat_map(|t| {
            t.body
                .anchor_links
                .iter()
                .chain(t.extra.iter().flat_map(|s| s.anchor_links.iter()))
        })
        .chain(sections.values().flat_map(|s| s.anchor_links.iter()));
    for link in links {
        let known = anchors.get(link.page_url.as_str());
        if !known.is_some_and(|a| a.contains(&link.anchor)) {
            let mut candidates: Vec<&str> = known
                .map(|a| a.iter().map(String::as_str).collect())
                .unwrap_or_default();
            candidates.sort();
            problems.push(
                Diagnostic::error(
                    "BROKEN-ANCHOR",
                    &link.file,
                    link.pos,
                    format!(
                        "the page /{} has no heading with the anchor `#{}`",
                        link.page_url, link.anchor
                    ),
                )
                .hint(crate::diagnostics::suggest(&link.anchor, &candidates)),
            );
        }
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
