//! Raw HTML in Markdown goes through ammonia with an allow-list of what editors of learning
//! materials use (abbreviations, keys, tables, disclosures, language changes); whatever could run
//! code or load something (scripts, event handlers, frames, objects, styles, forms) is removed,
//! and each removal is a `RAW-HTML` warning at the place it was written.
//!
//! An opening tag and its closing tag are separate events, with Markdown between them
//! (`<details>`, a paragraph, `</details>`), so the raw HTML of a whole text is sanitized as one
//! fragment, each stretch of Polku's own HTML between two raw pieces standing in it as an opaque
//! placeholder that is put back afterwards: Polku's markup (exercises, pictures, heading ids)
//! never meets the sanitizer, and the raw HTML is judged in the structure it has on the page.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::Path;

use pulldown_cmark::Event;

use super::markdown::Input;
use super::raw_tags::{self, StartTag};
use crate::diagnostics::{Diagnostic, Pos, Text, text};
use crate::model::links;

/// Elements kept: what an editor of learning materials writes that Markdown has no syntax for.
#[rustfmt::skip]
const TAGS: [&str; 52] = [
    // text
    "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "del", "dfn", "em", "i", "ins", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    // blocks
    "blockquote", "dd", "details", "div", "dl", "dt", "figcaption", "figure", "hr", "li", "ol",
    "p", "pre", "summary", "ul",
    // tables
    "caption", "col", "colgroup", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
];

/// Attributes any kept element may have: a change of language or direction, and a title.
const GENERIC_ATTRIBUTES: [&str; 3] = ["lang", "dir", "title"];

const TAG_ATTRIBUTES: [(&str, &[&str]); 11] = [
    ("a", &["href", "hreflang"]),
    ("ol", &["start", "reversed", "type"]),
    ("li", &["value"]),
    ("details", &["open"]),
    ("time", &["datetime"]),
    ("del", &["datetime"]),
    ("ins", &["datetime"]),
    ("col", &["span"]),
    ("colgroup", &["span"]),
    ("th", &["scope", "colspan", "rowspan", "abbr"]),
    ("td", &["colspan", "rowspan"]),
];

/// Elements removed with everything in them: their content is code, or a stand-in for it.
/// Other elements that are not kept (`<object>`, `<form>`, `<font>`) leave their text behind.
const REMOVED_WITH_CONTENT: [&str; 7] = [
    "script", "style", "iframe", "svg", "math", "template", "noscript",
];

/// A raw HTML event of the text: where it is in the event list and where it starts in the text.
pub struct RawPiece {
    pub index: usize,
    pub offset: usize,
}

impl RawPiece {
    /// The raw HTML `html` of the event at `index`, which the parser found in `range` of `text`.
    pub fn new(index: usize, text: &str, range: &Range<usize>, html: &str) -> RawPiece {
        // Inside a list or a quote the event's text lacks the line's indent or `>`.
        let within = text.get(range.clone()).and_then(|s| s.find(html));
        RawPiece {
            index,
            offset: range.start + within.unwrap_or(0),
        }
    }
}

/// Renders the events to HTML, the raw pieces sanitized.
pub fn to_html(
    mut events: Vec<Event>,
    raw: &[RawPiece],
    input: &Input,
    problems: &mut Vec<Diagnostic>,
) -> String {
    let mut html = String::new();
    if raw.is_empty() {
        pulldown_cmark::html::push_html(&mut html, events.into_iter());
        return html;
    }
    let Some(marker) = ('\u{E000}'..='\u{F8FF}').find(|c| !input.text.contains(*c)) else {
        // A text that uses every private-use character cannot be told from the placeholders:
        // its raw HTML is dropped rather than published unsanitized.
        for piece in raw {
            events[piece.index] = Event::Html("".into());
        }
        pulldown_cmark::html::push_html(&mut html, events.into_iter());
        return html;
    };
    // Each raw piece becomes `⟨marker⟩n⟨marker⟩` in the rendered HTML, to be split at.
    let mut raw_html = Vec::with_capacity(raw.len());
    for (n, piece) in raw.iter().enumerate() {
        let event = std::mem::replace(
            &mut events[piece.index],
            Event::Html(format!("{marker}{n}{marker}").into()),
        );
        raw_html.push(match event {
            Event::Html(text) | Event::InlineHtml(text) => text,
            _ => "".into(),
        });
    }
    pulldown_cmark::html::push_html(&mut html, events.into_iter());

    // The fragment to sanitize: the raw pieces, with a placeholder for each stretch between.
    let mut fragment = String::new();
    let mut own: Vec<&str> = Vec::new();
    let mut spans: Vec<(usize, usize)> = Vec::new(); // fragment offset → text offset of a piece
    for (n, part) in html.split(marker).enumerate() {
        if n % 2 == 0 {
            if !part.is_empty() {
                fragment.push_str(&format!("{marker}{}{marker}", own.len()));
                own.push(part);
            }
        } else if let Some(piece) = part
            .parse::<usize>()
            .ok()
            .and_then(|i| raw.get(i).zip(raw_html.get(i)))
        {
            spans.push((fragment.len(), piece.0.offset));
            fragment.push_str(piece.1);
        }
    }
    report(&fragment, &spans, input, problems);
    let clean = builder(marker).clean(&fragment).to_string();

    // Polku's own HTML back in place of its placeholders.
    let mut out = String::with_capacity(html.len());
    for (n, part) in clean.split(marker).enumerate() {
        if n % 2 == 0 {
            out.push_str(part);
        } else if let Some(own) = part.parse::<usize>().ok().and_then(|i| own.get(i)) {
            out.push_str(own);
        }
    }
    out
}

fn builder(marker: char) -> ammonia::Builder<'static> {
    let mut builder = ammonia::Builder::empty();
    let tag_attributes: HashMap<&str, HashSet<&str>> = TAG_ATTRIBUTES
        .iter()
        .map(|(tag, attributes)| (*tag, attributes.iter().copied().collect()))
        .collect();
    builder
        .tags(TAGS.into_iter().collect())
        .clean_content_tags(REMOVED_WITH_CONTENT.into_iter().collect())
        .generic_attributes(GENERIC_ATTRIBUTES.into_iter().collect())
        .tag_attributes(tag_attributes)
        .url_schemes(links::ALLOWED_SCHEMES.into_iter().collect())
        .link_rel(None)
        .strip_comments(true)
        // A placeholder can only land in an attribute through broken markup; Polku's HTML
        // must never end up inside an attribute value.
        .attribute_filter(move |_, _, value| (!value.contains(marker)).then_some(value.into()));
    builder
}

fn is_kept(tag: &str) -> bool {
    TAGS.contains(&tag)
}

fn is_kept_attribute(tag: &str, attribute: &str) -> bool {
    GENERIC_ATTRIBUTES.contains(&attribute)
        || TAG_ATTRIBUTES
            .iter()
            .any(|(t, attributes)| *t == tag && attributes.contains(&attribute))
}

/// A `RAW-HTML` warning for every element and attribute of `fragment` that is not kept, and a
/// `LINK-SCHEME` error for a kept link to a forbidden scheme.
fn report(fragment: &str, spans: &[(usize, usize)], input: &Input, problems: &mut Vec<Diagnostic>) {
    let pos = |offset: usize| {
        let (start, text_offset) = spans
            .iter()
            .rev()
            .find(|(start, _)| *start <= offset)
            .copied()
            .unwrap_or((offset, 0));
        Pos::of_offset(input.text, text_offset + offset - start, input.first_line)
    };
    // Tags inside an element removed with its content go with it unreported.
    let mut removed_until = 0;
    for StartTag {
        name,
        offset,
        attributes,
        closed,
    } in raw_tags::start_tags(fragment)
    {
        if offset < removed_until {
            continue;
        }
        if !closed {
            let message = text!("render-html-unclosed-tag", name = name);
            problems.push(removed(input.file, pos(offset), message));
            continue;
        }
        let mut message = element_removed(&name);
        if REMOVED_WITH_CONTENT.contains(&name.as_str()) {
            let end_tag = format!("</{name}");
            let end = fragment[offset..].to_ascii_lowercase().find(&end_tag);
            removed_until = end.map_or(fragment.len(), |i| offset + i);
            if end.is_none() {
                message = text!("render-html-no-end-tag", name = name);
            }
        }
        if !is_kept(&name) {
            let problem = removed(input.file, pos(offset), message);
            problems.push(problem.hint(hint_for(&name)));
            continue;
        }
        for attribute in attributes {
            let at = pos(attribute.offset);
            if !is_kept_attribute(&name, &attribute.name) {
                let message = text!(
                    "render-html-attribute-removed",
                    attribute = attribute.name,
                    name = name
                );
                problems.push(removed(input.file, at, message));
            } else if attribute.name == "href" {
                problems.extend(links::scheme_error(&attribute.value, input.file, at));
            }
        }
    }
}

fn element_removed(name: &str) -> Text {
    const VOID: [&str; 11] = [
        "img", "input", "link", "meta", "base", "area", "source", "track", "param", "keygen",
        "embed",
    ];
    if REMOVED_WITH_CONTENT.contains(&name) {
        text!("render-html-removed-with-content", name = name)
    } else if VOID.contains(&name) {
        text!("render-html-removed-empty", name = name)
    } else {
        text!("render-html-removed-keeps-text", name = name)
    }
}

fn removed(file: &Path, pos: Pos, message: Text) -> Diagnostic {
    Diagnostic::warning("RAW-HTML", file, pos, message).hint(text!("render-html.hint"))
}

/// What to write instead of an element that has a Markdown form.
fn hint_for(name: &str) -> Text {
    match name {
        "img" | "picture" => text!("render-html-picture.hint"),
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => text!("render-html-heading.hint"),
        _ => text!("render-html.hint"),
    }
}
