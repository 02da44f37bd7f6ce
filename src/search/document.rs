//! A page as Pagefind gets it: the page's `<main>`, its facets as Pagefind filters, its
//! description and picture as metadata, and the words that belong to it without being on it.
//! (The indexer adds the Finnish word forms of `finnish.rs` itself.)

use std::collections::{BTreeMap, HashMap};

use super::HIDDEN_MARK;
use super::index::Document;
use crate::model::fields::MediaKind;
use crate::model::types::{Kind, TypeName, value_id};
use crate::model::{Item, Site};
use crate::output::{Urls, asset_path};
use crate::theme::Theme;

/// The words of a page, for the lexicon and its search document.
pub(super) struct PageText {
    /// The text of its `<main>`.
    pub main: String,
    /// The words that belong to it without being on it (`hidden_words`).
    pub hidden: String,
}

pub(super) fn page_text(site: &Site, item: &Item, html: &str) -> PageText {
    PageText {
        main: strip_tags(main_text(html)),
        hidden: hidden_words(site, item),
    }
}

/// The document of an item's page; `text` is its `page_text`.
pub(super) fn item_document(
    site: &Site,
    theme: &Theme,
    urls: &Urls,
    (item, html): (&Item, &str),
    text: &PageText,
) -> Document {
    Document {
        url: urls.path(&item.url),
        html: document_html(
            html,
            &filters(site, theme, item),
            &metadata(urls, item),
            &text.hidden,
        ),
    }
}

/// How a theme marks an element whose text is a label, not the page's own text (a page's type,
/// badges, a list of facts): it is not indexed, so that a result's excerpt is the page's prose.
/// The published page keeps this neutral attribute; only the search document gets Pagefind's.
const SKIP: &str = "data-search=\"skip\"";

/// The weight of the words that belong to a page without being on it, as a share of its text's:
/// a page that has the word itself ranks first.
const HIDDEN_WEIGHT: &str = "0.5";

/// The facets of an item as Pagefind filters: key → labels.
fn filters(site: &Site, theme: &Theme, item: &Item) -> BTreeMap<&'static str, Vec<String>> {
    let config = &site.config.site;
    let lang = item.lang;
    let label = |map: &indexmap::IndexMap<String, String>, id: &String| map.get(id).cloned();
    let mut filters: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    filters.insert(
        "type",
        vec![theme.text(lang, &format!("type.{}", item.type_name().name()))],
    );
    let mut themes: Vec<String> = item
        .common
        .themes
        .iter()
        .filter_map(|t| label(&config.themes, t))
        .collect();
    if let Kind::Card(card) = &item.kind {
        themes.extend(label(&config.themes, &card.theme));
    }
    filters.insert("theme", themes);
    filters.insert(
        "audience",
        item.common
            .audiences
            .iter()
            .filter_map(|a| label(&config.audiences, a))
            .collect(),
    );
    let (levels, situations, services) = match &item.kind {
        Kind::Lesson(l) => (
            l.level
                .levels()
                .iter()
                .map(|l| l.name().to_string())
                .collect(),
            l.situations.clone(),
            Vec::new(),
        ),
        Kind::Term(t) => (
            t.level.iter().map(|l| l.name().to_string()).collect(),
            t.situations.clone(),
            Vec::new(),
        ),
        Kind::Path(p) => (
            Vec::new(),
            Vec::new(),
            p.steps.iter().map(|s| s.service.clone()).collect(),
        ),
        _ => (Vec::new(), Vec::new(), Vec::new()),
    };
    filters.insert("level", levels);
    filters.insert(
        "situation",
        situations
            .iter()
            .filter_map(|s| label(&config.situations, s))
            .collect(),
    );
    filters.insert(
        "service",
        services
            .iter()
            .filter_map(|s| label(&config.services, s))
            .collect(),
    );
    filters.insert(
        "project",
        item.common
            .project
            .0
            .iter()
            .filter_map(|p| site.get(TypeName::Project, p))
            .map(|p| p.title.clone())
            .collect(),
    );
    if let Some(register) = item.common.register {
        filters.insert(
            "register",
            vec![theme.text(lang, &format!("register.{}", value_id(&register)))],
        );
    }
    for values in filters.values_mut() {
        values.sort();
        values.dedup();
    }
    filters.retain(|_, values| !values.is_empty());
    filters
}

/// Words that belong to an item without being on its page: keywords, and for a lesson the
/// inflected forms and translations of its vocabulary. (A term's page shows its own.)
pub(super) fn hidden_words(site: &Site, item: &Item) -> String {
    let mut words = item.common.keywords.clone();
    let Kind::Lesson(lesson) = &item.kind else {
        return words.join(" ");
    };
    let terms = lesson.vocabulary.iter();
    for term in terms.filter_map(|id| site.get(TypeName::Term, id)) {
        if let Kind::Term(t) = &term.kind {
            words.extend(t.inflections.values().cloned());
            words.extend(t.translations.values().cloned());
            words.extend(term.common.keywords.iter().cloned());
        }
    }
    words.join(" ")
}

fn escape(text: &str) -> String {
    let mut out = String::new();
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

/// A page's `<main>` element without its end tag.
fn main_text(html: &str) -> &str {
    let start = html.find("<main").unwrap_or(0);
    let end = html[start..]
        .find("</main>")
        .map_or(html.len(), |e| start + e);
    &html[start..end]
}

fn strip_tags(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

/// Pagefind joins the text of adjacent cells and list terms without a space
/// (`<dt>englanti</dt><dd>wheelchair</dd>` → `englantiwheelchair`): give it one.
fn space_out_cells(html: &str) -> String {
    const CELL_ENDS: [&str; 8] = [
        "</dt>",
        "</dd>",
        "</th>",
        "</td>",
        "</caption>",
        "</summary>",
        "</legend>",
        "</label>",
    ];
    let mut spaced = String::with_capacity(html.len() + html.len() / 32);
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        spaced.push_str(&rest[..at]);
        let tag = &rest[at..];
        let end = CELL_ENDS.iter().find(|end| tag.starts_with(**end));
        let taken = end.map_or(1, |end| end.len());
        spaced.push_str(&tag[..taken]);
        if end.is_some() {
            spaced.push(' ');
        }
        rest = &tag[taken..];
    }
    spaced.push_str(rest);
    spaced
}

/// The page's HTML as Pagefind indexes it: only `<main>`, with the filters, the metadata
/// (description, image) and the `hidden` words added at its end.
fn document_html(
    html: &str,
    filters: &BTreeMap<&'static str, Vec<String>>,
    meta: &[(&str, String)],
    hidden: &str,
) -> String {
    let mut block = String::from("<div data-pagefind-ignore=\"index\">");
    for (key, values) in filters {
        for value in values {
            block.push_str(&format!(
                "<span data-pagefind-filter=\"{key}[data-v]\" data-v=\"{}\"></span>",
                escape(value)
            ));
        }
    }
    for (key, value) in meta {
        block.push_str(&format!(
            "<span data-pagefind-meta=\"{key}[data-v]\" data-v=\"{}\"></span>",
            escape(value)
        ));
    }
    block.push_str("</div>");
    if !hidden.trim().is_empty() {
        block.push_str(&format!(
            "<p data-pagefind-weight=\"{HIDDEN_WEIGHT}\">{HIDDEN_MARK} {}</p>",
            escape(hidden)
        ));
    }
    // Pagefind reads the language from `<html lang>` and indexes only `<main>`: the rest of the
    // page (head, menus, footer: 40 % of a glossary page) is left out, not parsed for nothing.
    let root = html
        .find("<html")
        .and_then(|start| {
            html[start..]
                .find('>')
                .map(|end| &html[start..=start + end])
        })
        .unwrap_or("<html>");
    let main = space_out_cells(main_text(html))
        .replace(SKIP, "data-pagefind-ignore")
        .replacen("<main", "<main data-pagefind-body", 1);
    format!("{root}<body>{main}{block}</main></body></html>")
}

/// A result's description, and its picture when it has one (the first image of its media).
fn metadata(urls: &Urls, item: &Item) -> Vec<(&'static str, String)> {
    let mut meta: Vec<(&'static str, String)> = crate::model::queries::description(item)
        .map(|d| ("description", d))
        .into_iter()
        .collect();
    let media = match &item.kind {
        Kind::Lesson(l) => l.media.as_slice(),
        Kind::Path(p) => p.media.as_slice(),
        _ => &[],
    };
    let image = media
        .iter()
        .find(|m| !m.decorative && MediaKind::of(&m.file) == Some(MediaKind::Image));
    if let Some(image) = image
        && let Some(rel) = crate::model::queries::resolve_media_path(&item.source.dir, &image.file)
    {
        meta.push(("image", urls.path(&asset_path(&rel))));
        meta.push(("image_alt", image.alt.clone().unwrap_or_default()));
    }
    meta
}

/// Section pages are found by their title, description and text, not by what they list.
pub(super) fn section_documents(
    site: &Site,
    urls: &Urls,
    bodies: &HashMap<String, String>,
) -> Vec<Document> {
    let lang = site.config.site.language;
    site.sections
        .values()
        .filter(|s| !s.dir.is_empty() && !s.is_deck)
        .map(|section| {
            let body = bodies.get(&section.dir).map(String::as_str).unwrap_or("");
            let description = section.common.description.as_deref();
            let html = format!(
                "<html lang=\"{}\"><body><main><h1>{}</h1>{body}</main></body></html>",
                lang.code(),
                escape(&section.title)
            );
            Document {
                url: urls.path(&section.url),
                html: document_html(
                    &html,
                    &BTreeMap::new(),
                    &description
                        .map(|d| ("description", d.to_string()))
                        .into_iter()
                        .collect::<Vec<_>>(),
                    "",
                ),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_document_has_filters_meta_and_hidden_words_inside_main() {
        let mut filters = BTreeMap::new();
        filters.insert("type", vec!["Oppitunti".to_string()]);
        let html = document_html(
            "<html lang=\"fi\"><main id=\"x\"><h1>A</h1></main></html>",
            &filters,
            &[("description", "Kuvaus \"x\"".to_string())],
            "kivun pain",
        );
        assert_eq!(
            html,
            "<html lang=\"fi\"><body><main data-pagefind-body id=\"x\"><h1>A</h1><div data-pagefind-ignore=\"index\"><span data-pagefind-filter=\"type[data-v]\" data-v=\"Oppitunti\"></span><span data-pagefind-meta=\"description[data-v]\" data-v=\"Kuvaus &quot;x&quot;\"></span></div><p data-pagefind-weight=\"0.5\">⁂ kivun pain</p></main></body></html>"
        );
    }
}
