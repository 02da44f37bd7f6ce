//! The Markdown of every item (body, and a lesson's coach notes or a deck's instructions) and of
//! every section, rendered in parallel; then every `#anchor` link checked against the anchors
//! of the page it points to.

use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

use rayon::prelude::*;
use serde_json::{Value as Json, json};
use tera::Tera;

use super::markdown::{self, Input, Rendered};
use super::{Reuse, Texts, render_template};
use crate::config::Lang;
use crate::diagnostics::{Diagnostic, text};
use crate::hash::hash_of;
use crate::model::queries::second_text;
use crate::model::{Item, Site};
use crate::output::{Content, Images, Urls};
use crate::theme::Theme;

/// What became of an item's texts in this build: the key they are made from, whether they were
/// rendered now (not reused), and the problems found in them.
pub(super) struct Made {
    pub(super) key: u64,
    pub(super) fresh: bool,
    pub(super) problems: Vec<Diagnostic>,
}

/// Each item's Markdown body, and its second text: a lesson's coach notes or a deck's instructions.
/// A body is reused when neither it nor what it can link to changed since the last build.
pub(super) fn render_bodies(
    site: &Site,
    theme: &Theme,
    (urls, images): (&Urls, &Images),
    teras: &HashMap<Lang, Tera>,
    reuse: &Reuse,
) -> (Vec<Texts>, Vec<Made>) {
    let links = links_key(site, reuse.settings);
    site.items
        .par_iter()
        .map(|item| {
            let source = &item.source;
            let attachment = item.attachment.as_ref().map(|a| (&a.body, a.body_line));
            let own = (&source.body, source.body_line, &item.url, item.lang.code());
            let key = hash_of(&[&links, &own, &attachment, &second_text(item)]);
            if let Some((texts, problems)) = (reuse.texts)(&item.source.rel, key) {
                let fresh = false;
                return (
                    texts,
                    Made {
                        key,
                        fresh,
                        problems,
                    },
                );
            }
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
                images,
                lang: item.body_lang.unwrap_or(item.lang),
            };
            let mut body = markdown::render(&input, site, urls, &exercise, &mut problems);
            let second = second_text(item).map(|(text, file, line)| {
                let input = Input {
                    text,
                    first_line: line,
                    file,
                    dir: &source.dir,
                    page_url: &item.url,
                    images,
                    lang: second_text_lang(site, item, text),
                };
                markdown::render(&input, site, urls, &exercise, &mut problems)
            });
            body.anchor_links.extend(transcript_anchors(item));
            if let Some(second) = &second {
                body.anchors.extend(second.anchors.iter().cloned());
            }
            let texts = Texts {
                body,
                extra: second,
            };
            let fresh = true;
            (
                texts,
                Made {
                    key,
                    fresh,
                    problems,
                },
            )
        })
        .unzip()
}

/// A hash of everything a body's links and pictures can lead to: the address of every item and
/// section, the unreadable files, and the files beside the content.
fn links_key(site: &Site, settings: u64) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    settings.hash(&mut hasher);
    for item in &site.items {
        (&item.source.rel, &item.url).hash(&mut hasher);
    }
    for section in site.sections.values() {
        (&section.dir, &section.url).hash(&mut hasher);
    }
    let mut unreadable: Vec<&String> = site.unreadable.iter().collect();
    unreadable.sort();
    unreadable.hash(&mut hasher);
    hasher.finish()
}

/// `transcript: "#dialogi"` must name an anchor of the page the media is on.
fn transcript_anchors(item: &Item) -> Vec<markdown::AnchorLink> {
    crate::model::queries::media_of(item)
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

pub(super) fn render_section_bodies(
    site: &Site,
    (urls, images): (&Urls, &Images),
    teras: &HashMap<Lang, Tera>,
    problems: &mut Vec<Diagnostic>,
) -> HashMap<String, Rendered> {
    let lang = site.config.site.language;
    let no_exercises = |_: &Json| Err(text!("render-exercise-in-section"));
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
                images,
                lang,
            };
            (
                section.dir.clone(),
                markdown::render(&input, site, urls, &no_exercises, problems),
            )
        })
        .collect()
}

/// Every `#anchor` link must name a heading (or exercise) on its page.
pub(super) fn check_anchors(
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
                    text!(
                        "render-broken-anchor",
                        page = link.page_url,
                        anchor = link.anchor
                    ),
                )
                .hint(crate::diagnostics::suggest(&link.anchor, &candidates)),
            );
        }
    }
}

/// The language of an item's second text (coach notes, a deck's instructions): the main
/// language's when a translation has its original's.
fn second_text_lang(site: &Site, item: &Item, text: &str) -> Lang {
    let original = site.fallback.as_ref().and_then(|main| {
        let original = main.get(item.type_name(), &item.id)?;
        let (theirs, ..) = second_text(original)?;
        (theirs == text).then_some(main.config.site.language)
    });
    original.unwrap_or(item.lang)
}
