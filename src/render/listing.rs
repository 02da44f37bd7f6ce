//! Pages that list other pages: sections, the glossary, facet pages, feeds, the sitemap and the
//! open-data catalogue `materials.json`.

use rayon::prelude::*;
use serde_json::{Value as Json, json};

use super::context::{Ctx, facet_ids_of};
use crate::finnish;
use crate::model::types::{Kind, TypeName};
use crate::model::{Item, Section};

/// Listing order: lessons by `order`, cards by `number`, otherwise `weight`, then title.
pub fn sort_items(items: &mut [&Item]) {
    items.sort_by_cached_key(|i| listing_key(i));
}

pub fn listing_key(item: &Item) -> (i64, finnish::CollationKey) {
    let place = match &item.kind {
        Kind::Lesson(l) => i64::from(l.order),
        Kind::Card(c) => i64::from(c.number),
        _ => item.common.weight.unwrap_or(0),
    };
    (place, finnish::collation_key(&item.title))
}

impl Ctx<'_> {
    /// Sections directly below `dir`, as `{title, url, description, count}`.
    fn subsections(&self, dir: &str) -> Vec<Json> {
        let mut subs: Vec<&Section> = self
            .site
            .sections
            .values()
            .filter(|s| !s.dir.is_empty() && parent_dir(&s.dir) == dir)
            .collect();
        // Sections the main menu links to come first, in the menu's order: the home page then
        // reads like the menu.
        let menu = &self.site.config.site.menus.main;
        let menu_place = |s: &Section| {
            let inside = format!("{}/", s.dir);
            menu.iter()
                .position(|l| {
                    l.link
                        .strip_prefix("@/")
                        .is_some_and(|t| t.starts_with(&inside))
                })
                .unwrap_or(menu.len())
        };
        subs.sort_by_cached_key(|s| {
            (
                menu_place(s),
                s.common.weight.unwrap_or(0),
                finnish::collation_key(&s.title),
            )
        });
        subs.iter()
            .map(|s| {
                let deck = if s.is_deck { self.site.of_type(TypeName::Deck).find(|d| d.source.dir == s.dir) } else { None };
                // Everything below the section, subfolders included (a deck's cards, a course's
                // lessons); a deck is counted by its cards.
                let inside = format!("{}/", s.dir);
                let below = |dir: &str| dir == s.dir || dir.starts_with(&inside);
                let count = self.site.items.iter().filter(|i| below(&i.source.dir) && i.type_name() != TypeName::Deck).count();
                let (title, description) = match deck {
                    Some(d) => (d.title.clone(), d.common.description.clone()),
                    None => (s.title.clone(), s.common.description.clone()),
                };
                json!({"title": title, "url": self.urls.path(&s.url), "description": description, "count": count})
            })
            .collect()
    }

    /// The template and `page` of a section (or the home page for the top folder).
    pub fn section_page(&self, section: &Section) -> (&'static str, Json) {
        let body = self.section_bodies.get(&section.dir);
        let mut items: Vec<&Item> = self
            .site
            .items
            .iter()
            .filter(|i| i.source.dir == section.dir)
            .collect();
        sort_items(&mut items);
        let lang = section
            .common
            .lang
            .unwrap_or(self.site.config.site.language);
        let mut page = json!({
            "type": "section", "id": section.dir, "title": section.title, "description": section.common.description,
            "lang": lang.code(), "url": self.urls.path(&section.url), "permalink": self.urls.permalink(&section.url),
            "content": body.map(|b| b.html.clone()).unwrap_or_default(), "toc": body.map(|b| json!(b.toc)).unwrap_or(json!([])),
            "themes": [], "audiences": [], "projects": [], "authors": [], "keywords": [], "date": null, "updated": null,
            "license": null, "register": null, "weight": section.common.weight,
            "pages": items.iter().map(|i| self.summary(i)).collect::<Vec<_>>(),
            "subsections": self.subsections(&section.dir),
        });
        if section.dir.is_empty() {
            page["sections"] = page["subsections"].clone();
            return ("index", page);
        }
        if !items.is_empty() && items.iter().all(|i| i.type_name() == TypeName::Term) {
            page["letters"] = self.glossary_letters(&items);
            return ("glossary", page);
        }
        ("section", page)
    }

    /// Terms grouped under their first letter, in Finnish order.
    fn glossary_letters(&self, terms: &[&Item]) -> Json {
        let mut terms: Vec<&&Item> = terms.iter().collect();
        terms.sort_by_cached_key(|t| finnish::collation_key(&t.title));
        let mut letters: Vec<(String, Vec<Json>)> = Vec::new();
        for term in terms {
            let letter = finnish::index_letter(&term.title);
            let mut summary = self.summary(term);
            if let Kind::Term(t) = &term.kind {
                summary["explanation"] =
                    json!(t.plain_explanation.as_ref().unwrap_or(&t.explanation));
                summary["translations"] = json!(t.translations);
            }
            match letters.last_mut() {
                Some((l, list)) if *l == letter => list.push(summary),
                _ => letters.push((letter, vec![summary])),
            }
        }
        letters
            .into_iter()
            .map(|(letter, terms)| json!({"letter": letter, "anchor": letter_anchor(&letter), "terms": terms}))
            .collect()
    }

    /// Facet pages: `(output path below root, template, page)` for each facet index and value.
    pub fn facet_pages(&self) -> Vec<(String, &'static str, Json)> {
        let lang = self.site.config.site.language;
        let mut pages = Vec::new();
        let mut values = Vec::new();
        for facet in &self.facet_values {
            let (key, folder) = (
                facet["key"].as_str().unwrap_or_default(),
                facet["folder"].as_str().unwrap_or_default(),
            );
            let title = facet["title"].clone();
            let url = format!("{}{folder}/", self.prefix);
            pages.push((url.clone(), "facets", json!({"type": "facets", "id": folder, "title": title, "lang": lang.code(),
                "url": facet["url"], "permalink": self.urls.permalink(&url), "description": null, "facet": facet})));
            let base = json!({"key": key, "title": title, "url": facet["url"]});
            let ids = facet["values"].as_array().into_iter().flatten();
            values.extend(ids.map(|v| {
                let text = |k: &str| v[k].as_str().unwrap_or_default().to_string();
                (key, folder, base.clone(), text("id"), text("label"))
            }));
        }
        // A value's page lists every page that has it: made in parallel, as a big site has many.
        pages.par_extend(values.into_par_iter().map(|(key, folder, base, id, label)| {
            let mut items: Vec<&Item> = self
                .site
                .items
                .iter()
                .filter(|i| facet_ids_of(i, key).contains(&id))
                .collect();
            sort_items(&mut items);
            let url = format!("{}{folder}/{id}/", self.prefix);
            let page = json!({"type": "facet", "id": id, "title": label, "lang": lang.code(),
                "url": self.urls.path(&url), "permalink": self.urls.permalink(&url), "description": null,
                "facet": base, "value": {"id": id, "label": label},
                "pages": items.iter().map(|i| self.summary(i)).collect::<Vec<_>>()});
            (url, "facet", page)
        }));
        pages
    }

    /// `materials.json`: an open-data list of every material.
    pub fn materials_json(&self) -> Json {
        let mut items: Vec<&Item> = self
            .site
            .items
            .iter()
            .filter(|i| i.type_name().is_material())
            .collect();
        items.sort_by(|a, b| (a.type_name(), &a.id).cmp(&(b.type_name(), &b.id)));
        let materials: Vec<Json> = items
            .iter()
            .map(|i| {
                let level = match &i.kind {
                    Kind::Lesson(l) => Some(l.level.text()),
                    Kind::Term(t) => t.level.map(|l| l.name().to_string()),
                    _ => None,
                };
                json!({"type": i.type_name().name(), "id": i.id, "title": i.title, "url": self.urls.permalink(&i.url),
                    "description": i.common.description, "themes": facet_ids_of(i, "themes"), "audiences": i.common.audiences,
                    "level": level, "license": i.common.license.unwrap_or_default().id(),
                    "updated": i.common.updated.or(i.common.date).map(|d| d.to_string())})
            })
            .collect();
        json!({"site": self.site.config.site.title, "base_url": self.urls.base, "count": materials.len(), "materials": materials})
    }

    /// Entries of the Atom feed (dated materials, newest first) and the sitemap (every page).
    pub fn feed_entries(&self) -> (Vec<Json>, String) {
        let mut dated: Vec<(&Item, String)> = self
            .site
            .items
            .iter()
            .filter(|i| i.type_name().is_material())
            .filter_map(|i| {
                i.common
                    .updated
                    .or(i.common.date)
                    .map(|d| (i, format!("{d}T00:00:00Z")))
            })
            .collect();
        dated.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.url.cmp(&b.0.url)));
        let updated = dated
            .first()
            .map_or_else(|| "1970-01-01T00:00:00Z".to_string(), |d| d.1.clone());
        let entries = dated
            .iter()
            .map(|(i, date)| json!({"title": i.title, "permalink": self.urls.permalink(&i.url), "updated_iso": date, "summary": i.common.description}))
            .collect();
        (entries, updated)
    }
}

/// `kirjain-a`; Å, Ä and Ö get anchors of their own so that they do not clash with A and O.
fn letter_anchor(letter: &str) -> String {
    let name = match letter {
        "Å" => "aa".to_string(),
        "Ä" => "ae".to_string(),
        "Ö" => "oe".to_string(),
        other => finnish::slug(other),
    };
    format!("kirjain-{name}")
}

fn parent_dir(dir: &str) -> &str {
    dir.rsplit_once('/').map_or("", |(parent, _)| parent)
}

/// Breadcrumbs from the home page down to the folder `dir` (inclusive).
pub fn breadcrumbs(ctx: &Ctx, dir: &str) -> Vec<Json> {
    let mut crumbs = Vec::new();
    let mut at = Some(dir);
    while let Some(d) = at {
        if let Some(section) = ctx.site.sections.get(d) {
            let title = if section.is_deck {
                ctx.site
                    .of_type(TypeName::Deck)
                    .find(|i| i.source.dir == d)
                    .map_or(section.title.clone(), |i| i.title.clone())
            } else {
                section.title.clone()
            };
            crumbs.push(json!({"title": title, "url": ctx.urls.path(&section.url)}));
        }
        at = if d.is_empty() {
            None
        } else {
            Some(parent_dir(d))
        };
    }
    crumbs.reverse();
    crumbs
}
