//! The pages to render: one job per item, section, facet page and special page, and the
//! `site` object every template sees.

use rayon::prelude::*;
use serde_json::{Value as Json, json};

use super::context::Ctx;
use super::{Job, listing, pages};
use crate::model::Item;
use crate::model::links;
use crate::model::queries::FILTER_KEYS;
use crate::model::translations::section_key;
use crate::model::types::{Kind, TypeName};
use crate::output::{BUNDLE_DIR, OFFLINE_PAGE, SEARCH_PAGE};

/// The jobs of every page.
pub(super) fn all(ctx: &Ctx) -> Vec<Job> {
    let site = ctx.site;
    let mut jobs = items(ctx, |_| true);
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
            item: None,
            crumbs,
            key: Some(section_key(&section.dir)),
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
            item: None,
            crumbs,
            key: None,
        });
    }
    let lang = site.config.site.language;
    let filter_keys: Vec<Json> = FILTER_KEYS
        .iter()
        .map(|key| json!({"key": key, "label": ctx.theme.text(lang, &format!("search.filter.{key}"))}))
        .collect();
    let search_page = format!("{}{SEARCH_PAGE}", ctx.prefix);
    let search = json!({"type": "search", "id": "haku", "title": ctx.theme.text(lang, "search.title"), "url": ctx.urls.path(&search_page),
        "permalink": ctx.urls.permalink(&search_page), "description": null, "lang": lang.code(), "filter_keys": filter_keys,
        "bundle_url": ctx.urls.path(&format!("{}/pagefind.js", BUNDLE_DIR))});
    jobs.push(Job {
        out: format!("{search_page}index.html"),
        template: "search".into(),
        lang,
        page: search,
        item: None,
        crumbs: listing::breadcrumbs(ctx, ""),
        key: Some(format!("{}|{SEARCH_PAGE}", section_key(""))),
    });
    if site.fallback.is_some() {
        // One page answers every address that does not exist, in the main language.
        return jobs;
    }
    let not_found = json!({"type": "404", "title": ctx.theme.text(site.config.site.language, "notfound.title"), "url": ctx.urls.path("404.html"), "description": null, "lang": site.config.site.language.code()});
    jobs.push(Job {
        out: "404.html".into(),
        template: "404".into(),
        lang: site.config.site.language,
        page: not_found,
        item: None,
        crumbs: Vec::new(),
        key: None,
    });
    if site.config.site.offline.app {
        // What the service worker shows offline for a page not saved on the device.
        let offline = json!({"type": "offline", "title": ctx.theme.text(lang, "offline.title"), "url": ctx.urls.path(OFFLINE_PAGE), "description": null, "lang": lang.code()});
        jobs.push(Job {
            out: format!("{OFFLINE_PAGE}index.html"),
            template: "offline".into(),
            lang,
            page: offline,
            item: None,
            crumbs: Vec::new(),
            key: None,
        });
    }
    jobs
}

/// The jobs of the items that `wanted` picks, by index.
pub(super) fn items(ctx: &Ctx, wanted: impl Fn(usize) -> bool + Sync) -> Vec<Job> {
    let site = ctx.site;
    (0..site.items.len())
        .into_par_iter()
        .filter(|i| wanted(*i))
        .map(|i| {
            let item = &site.items[i];
            let crumb_dir = if item.type_name() == TypeName::Deck {
                parent(&item.source.dir)
            } else {
                &item.source.dir
            };
            Job {
                out: format!("{}index.html", item.url),
                template: item.type_name().name().to_string(),
                lang: item.lang,
                page: Json::Null,
                item: Some(i),
                crumbs: listing::breadcrumbs(ctx, crumb_dir),
                key: Some(item.source.rel.clone()),
            }
        })
        .collect()
}

fn parent(dir: &str) -> &str {
    dir.rsplit_once('/').map_or("", |(p, _)| p)
}

/// The `site` object of every template (docs/templates.md).
pub(super) fn site_object(ctx: &Ctx) -> Json {
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
    // The ZIP is one for every language, named in the main one.
    let main_title = site
        .fallback
        .as_ref()
        .map_or(&config.title, |main| &main.config.site.title);
    json!({
        "title": config.title, "description": config.description, "root": ctx.urls.root, "base_url": ctx.urls.base,
        "language": config.language.code(),
        "menus": {"main": menu(&config.menus.main, MenuLocation::Main), "footer": menu(&config.menus.footer, MenuLocation::Footer)},
        "project": project, "facets": ctx.facet_values, "accessibility_url": statement,
        "search_url": ctx.urls.path(&format!("{}{SEARCH_PAGE}", ctx.prefix)),
        "home_url": ctx.urls.path(&ctx.prefix),
        "share_image": ctx.urls.permalink(crate::output::SHARE_PICTURE),
        "offline_app": config.offline.app,
        "offline_zip": config.offline.zip.then(|| ctx.urls.path(&crate::output::offline_zip(main_title))),
    })
}

pub(super) fn mark_current(site: &mut Json, url: &str) {
    for location in ["main", "footer"] {
        if let Some(entries) = site["menus"][location].as_array_mut() {
            for entry in entries {
                let current = entry["url"].as_str() == Some(url);
                entry["current"] = json!(current);
            }
        }
    }
}
