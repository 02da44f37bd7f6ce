//! Template contexts: what each template gets (documented in docs/templates.md). Shared pieces
//! live here; the per-type parts are in `pages.rs`.

use std::collections::HashMap;

use serde_json::{Map, Value as Json, json};

use super::Texts;
use super::markdown::Rendered;
use crate::config::Lang;
use crate::finnish;
use crate::model::fields::{Date, Level, Media, MediaKind};
use crate::model::queries::{description, resolve_media_path};
use crate::model::types::{Kind, TypeName, value_id};
use crate::model::{Item, Site};
use crate::output::{Images, Picture, Urls};
use crate::theme::Theme;

/// Facets with static pages: the context key (its title is the UI string `facet.KEY`) and the
/// URL folder.
pub const FACETS: [(&str, &str); 5] = [
    ("themes", "teemat"),
    ("audiences", "kohderyhmat"),
    ("levels", "tasot"),
    ("situations", "tilanteet"),
    ("registers", "kielimuoto"),
];

/// Everything the context builders read: the model, URLs, rendered bodies and reverse links.
pub struct Ctx<'a> {
    pub site: &'a Site,
    pub urls: &'a Urls,
    pub theme: &'a Theme,
    /// Rendered Markdown per item index: body, coach notes / instructions.
    pub bodies: &'a [Texts],
    pub section_bodies: &'a HashMap<String, Rendered>,
    pub images: &'a Images,
    /// id → indexes of items that refer to it (lesson vocabulary, workshop uses, path links).
    pub used_by: HashMap<&'a str, Vec<usize>>,
    pub facet_values: Vec<Json>,
    /// Per item index, the previous and next item of its kind in its folder, in listing order.
    pub neighbours: Vec<[Option<usize>; 2]>,
    /// Last commit dates by path below content/, with `updated_from_git`.
    pub commit_dates: HashMap<String, Date>,
    /// The folder of this language's pages (`sv/`), empty for the main language.
    pub prefix: String,
    /// Where each page is in the site's other languages.
    pub languages: &'a super::Languages<'a>,
}

impl<'a> Ctx<'a> {
    pub fn new(
        site: &'a Site,
        urls: &'a Urls,
        theme: &'a Theme,
        (bodies, section_bodies): (&'a [Texts], &'a HashMap<String, Rendered>),
        images: &'a Images,
        languages: &'a super::Languages<'a>,
    ) -> Ctx<'a> {
        let mut used_by: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, item) in site.items.iter().enumerate() {
            let ids: Vec<&String> = match &item.kind {
                Kind::Lesson(l) => l.vocabulary.iter().collect(),
                Kind::Workshop(w) => w.uses.iter().collect(),
                Kind::Path(p) => p.links.iter().collect(),
                _ => continue,
            };
            for id in ids {
                used_by.entry(id.as_str()).or_default().push(i);
            }
        }
        let mut ctx = Ctx {
            site,
            urls,
            theme,
            bodies,
            section_bodies,
            images,
            used_by,
            facet_values: Vec::new(),
            neighbours: neighbours(site),
            prefix: site.prefix(),
            languages,
            commit_dates: if site.config.site.updated_from_git {
                let dates = crate::git_dates::last_commit_dates(&site.content_dir);
                dates
                    .into_iter()
                    .filter_map(|(file, day)| Some((file, Date::parse(&day)?)))
                    .collect()
            } else {
                HashMap::new()
            },
        };
        ctx.facet_values = ctx.facets();
        ctx
    }

    /// `{iso, text}` for a date.
    pub fn date(date: Option<Date>) -> Json {
        date.map_or(
            Json::Null,
            |d| json!({"iso": d.to_string(), "text": d.finnish()}),
        )
    }

    /// `{id, label, url}` for ids of a `site.yaml` vocabulary, linked to its facet page.
    pub fn vocab(&self, key: &str, ids: &[String]) -> Json {
        let vocabulary = match key {
            "themes" => &self.site.config.site.themes,
            "audiences" => &self.site.config.site.audiences,
            "situations" => &self.site.config.site.situations,
            _ => &self.site.config.site.services,
        };
        let folder = FACETS.iter().find(|(k, _)| *k == key).map(|(_, f)| *f);
        ids.iter()
            .filter_map(|id| {
                let label = vocabulary.get(id)?;
                let url = folder.map(|f| self.urls.path(&format!("{}{f}/{id}/", self.prefix)));
                Some(json!({"id": id, "label": label, "url": url}))
            })
            .collect()
    }

    /// `{id, label}` for a value whose label is a UI string `{group}.{id}`.
    pub fn labelled(&self, lang: Lang, group: &str, id: &str) -> Json {
        json!({"id": id, "label": self.theme.text(lang, &format!("{group}.{id}"))})
    }

    /// `{id, title, url, type}` for a reference to another item.
    pub fn link(&self, item: &Item) -> Json {
        json!({"id": item.id, "title": item.title, "url": self.urls.path(&item.url), "type": item.type_name().name()})
    }

    pub fn links(&self, types: &[TypeName], ids: &[String]) -> Vec<Json> {
        ids.iter()
            .filter_map(|id| self.site.find(types, id))
            .map(|i| self.link(i))
            .collect()
    }

    /// Items that refer to `item`'s id, as links.
    pub fn referrers(&self, item: &Item, types: &[TypeName]) -> Vec<Json> {
        let mut found: Vec<&Item> = self
            .used_by
            .get(item.id.as_str())
            .into_iter()
            .flatten()
            .map(|&i| &self.site.items[i])
            .filter(|i| types.contains(&i.type_name()))
            .collect();
        found.sort_by_cached_key(|i| finnish::collation_key(&i.title));
        found.dedup_by(|a, b| a.url == b.url);
        found.into_iter().map(|i| self.link(i)).collect()
    }

    /// The short form used in listings: `{type, id, title, description, url, themes, level, date}`.
    pub fn summary(&self, item: &Item) -> Json {
        let level = match &item.kind {
            Kind::Lesson(l) => Some(l.level.text()),
            Kind::Term(t) => t.level.map(|l| l.name().to_string()),
            _ => None,
        };
        json!({
            "type": item.type_name().name(), "id": item.id, "title": item.title,
            "description": description(item), "url": self.urls.path(&item.url),
            "themes": self.vocab("themes", &item.common.themes), "level": level,
            "date": Ctx::date(item.common.updated.or(item.common.date)),
        })
    }

    /// The URL of a file referenced from an item (media, icons), as copied to the output.
    pub fn file_url(&self, item: &Item, file: &str) -> Option<String> {
        resolve_media_path(&item.source.dir, file)
            .map(|rel| self.urls.path(&crate::output::asset_path(&rel)))
    }

    /// Media objects; the first picture loads at once when the text above shows none.
    pub fn media(&self, item: &Item, media: &[Media]) -> Json {
        let text_pictures = self
            .site
            .index_of(&item.source.rel)
            .map_or(0, |i| self.bodies[i].body.pictures);
        let mut first = text_pictures == 0;
        media
            .iter()
            .map(|m| {
                let mut json = self.one_media(item, m);
                if let (Some(picture), Some(url)) = (self.picture_of(item, m), json["url"].as_str())
                {
                    let alt = if m.decorative {
                        ""
                    } else {
                        m.alt.as_deref().unwrap_or("")
                    };
                    let html = super::picture::picture_html(picture, url, alt, first, self.urls);
                    json["picture"]["html"] = json!(html);
                    json["first"] = json!(first);
                    first = false;
                }
                json
            })
            .collect()
    }

    /// The processed picture of a media object, if it is one.
    fn picture_of(&self, item: &Item, m: &Media) -> Option<&Picture> {
        resolve_media_path(&item.source.dir, &m.file).and_then(|rel| self.images.get(&rel))
    }

    pub fn one_media(&self, item: &Item, m: &Media) -> Json {
        let kind = MediaKind::of(&m.file).map_or("image", MediaKind::name);
        let transcript_url = m.transcript.as_ref().map(|t| {
            if t.starts_with('#') {
                t.clone()
            } else {
                self.file_url(item, t).unwrap_or_default()
            }
        });
        let url = self.file_url(item, &m.file);
        let picture = self
            .picture_of(item, m)
            .zip(url.as_deref())
            .map(|(picture, url)| super::picture::picture_json(picture, url, self.urls));
        json!({
            "url": url, "picture": picture, "alt": m.alt.clone().unwrap_or_default(), "decorative": m.decorative,
            "kind": kind, "transcript_url": transcript_url,
            "captions_url": m.captions.as_ref().and_then(|c| self.file_url(item, c)),
            "license": m.license.map(|l| l.id()), "credit": m.credit,
        })
    }

    /// The fields every page has (docs/templates.md).
    pub fn page_common(&self, index: usize) -> Map<String, Json> {
        let item = &self.site.items[index];
        let common = &item.common;
        let body = &self.bodies[index].body;
        let license = common.license.unwrap_or_default();
        let mut page = Map::new();
        page.insert("type".into(), json!(item.type_name().name()));
        page.insert("id".into(), json!(item.id));
        page.insert("title".into(), json!(item.title));
        page.insert("description".into(), json!(description(item)));
        page.insert("lang".into(), json!(item.lang.code()));
        page.insert(
            "register".into(),
            common.register.map_or(Json::Null, |r| {
                self.labelled(item.lang, "register", &value_id(&r))
            }),
        );
        page.insert("url".into(), json!(self.urls.path(&item.url)));
        page.insert("permalink".into(), json!(self.urls.permalink(&item.url)));
        // A translation without a text of its own shows its original's, in that language.
        let content = match item.body_lang {
            Some(lang) if !body.html.trim().is_empty() => {
                format!("<div lang=\"{}\">{}</div>", lang.code(), body.html)
            }
            _ => body.html.clone(),
        };
        page.insert("content".into(), json!(content));
        page.insert("toc".into(), json!(body.toc));
        page.insert("themes".into(), self.vocab("themes", &common.themes));
        page.insert(
            "audiences".into(),
            self.vocab("audiences", &common.audiences),
        );
        page.insert(
            "projects".into(),
            json!(self.links(&[TypeName::Project], &common.project.0)),
        );
        page.insert("license".into(), json!({"id": license.id(), "name": self.theme.text(item.lang, &format!("license.{}", license.id())), "url": license.url()}));
        page.insert("authors".into(), json!(common.authors));
        page.insert("date".into(), Ctx::date(common.date));
        // A commit on the day the page is dated is its writing, not an update.
        let committed = self
            .commit_dates
            .get(&item.source.rel)
            .copied()
            .filter(|d| Some(*d) > common.date);
        page.insert("updated".into(), Ctx::date(common.updated.or(committed)));
        page.insert("keywords".into(), json!(common.keywords));
        page.insert("weight".into(), json!(common.weight));
        page
    }

    /// `site.facets`: every facet with the values that some page has, and how many pages each
    /// has. A value no page has is left out (and gets no page): it would lead to a dead end; so is
    /// a facet with no such value.
    fn facets(&self) -> Vec<Json> {
        let lang = self.site.config.site.language;
        FACETS
            .iter()
            .filter_map(|(key, folder)| {
                let mut counts: HashMap<String, usize> = HashMap::new();
                for item in &self.site.items {
                    for id in facet_ids_of(item, key) {
                        *counts.entry(id).or_default() += 1;
                    }
                }
                let values: Vec<Json> = self
                    .facet_ids(key)
                    .into_iter()
                    .filter_map(|(id, label)| {
                        let count = *counts.get(&id)?;
                        Some(json!({"id": id, "label": label, "url": self.urls.path(&format!("{}{folder}/{id}/", self.prefix)), "count": count}))
                    })
                    .collect();
                (!values.is_empty()).then(|| {
                    json!({"key": key, "folder": folder, "title": self.theme.text(lang, &format!("facet.{key}")),
                        "url": self.urls.path(&format!("{}{folder}/", self.prefix)), "values": values})
                })
            })
            .collect()
    }

    /// The ids and labels a facet can have.
    pub fn facet_ids(&self, key: &str) -> Vec<(String, String)> {
        let config = &self.site.config.site;
        let map = match key {
            "themes" => &config.themes,
            "audiences" => &config.audiences,
            "situations" => &config.situations,
            "registers" => {
                let lang = config.language;
                return ["yleiskieli", "selkea", "selkokieli"]
                    .iter()
                    .map(|id| {
                        (
                            id.to_string(),
                            self.theme.text(lang, &format!("register.{id}")),
                        )
                    })
                    .collect();
            }
            _ => {
                return Level::ALL
                    .iter()
                    .map(|l| (l.slug(), l.name().to_string()))
                    .collect();
            }
        };
        map.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
    }
}

/// Previous and next links for browsing a series on a phone without going back to its list:
/// a course's lessons, a deck's cards, the glossary, the paths and the workshops.
fn neighbours(site: &Site) -> Vec<[Option<usize>; 2]> {
    let mut found = vec![[None, None]; site.items.len()];
    let mut series: HashMap<(&str, TypeName), Vec<usize>> = HashMap::new();
    for (i, item) in site.items.iter().enumerate() {
        let kind = item.type_name();
        if matches!(
            kind,
            TypeName::Lesson
                | TypeName::Card
                | TypeName::Term
                | TypeName::Path
                | TypeName::Workshop
        ) {
            series
                .entry((item.source.dir.as_str(), kind))
                .or_default()
                .push(i);
        }
    }
    for mut members in series.into_values() {
        members.sort_by_cached_key(|&i| super::listing::listing_key(&site.items[i]));
        for (at, &i) in members.iter().enumerate() {
            found[i] = [
                at.checked_sub(1).map(|p| members[p]),
                members.get(at + 1).copied(),
            ];
        }
    }
    found
}

/// The facet values of an item: a lesson with level A2.2–B1.1 is in both levels; a card's deck
/// theme counts when the site has a theme of the same id.
pub fn facet_ids_of(item: &Item, key: &str) -> Vec<String> {
    let mut ids = match key {
        "themes" => item.common.themes.clone(),
        "audiences" => item.common.audiences.clone(),
        _ => Vec::new(),
    };
    match (&item.kind, key) {
        (Kind::Lesson(l), "levels") => ids.extend(l.level.levels().iter().map(|l| l.slug())),
        (Kind::Term(t), "levels") => ids.extend(t.level.map(|l| l.slug())),
        (Kind::Lesson(l), "situations") => ids.extend(l.situations.iter().cloned()),
        (Kind::Term(t), "situations") => ids.extend(t.situations.iter().cloned()),
        (Kind::Card(c), "themes") => ids.push(c.theme.clone()),
        (_, "registers") => ids.extend(item.common.register.map(|r| value_id(&r))),
        _ => {}
    }
    ids.sort();
    ids.dedup();
    ids
}
