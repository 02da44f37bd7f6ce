//! Reading a search document's HTML as Pagefind 1.6.0 reads it (`pagefind-1.6.0/src/fossick/
//! parser.rs`, `DomParser`), with the same HTML reader (`lol_html`): the text of the
//! `data-pagefind-body` elements as one string (the digest) in which weights and anchors are
//! marked by Pagefind's marker words, the filters and metadata of `data-pagefind-filter` and
//! `data-pagefind-meta`, the text of elements with an `id`, and `<html lang>`.
//!
//! Not read, as Polku's documents do not use them: `data-pagefind-sort`,
//! `data-pagefind-default-meta`, `data-pagefind-index-attrs`, and pages without a
//! `data-pagefind-body` are read as if the whole page were one (Pagefind would skip them).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::LazyLock;

use lol_html::html_content::Element;
use lol_html::{HtmlRewriter, Settings, element, text};
use regex::Regex;

/// Blocks: text after them is a new sentence.
const SENTENCE: &[&str] = &[
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "td", "div", "ul", "li", "article", "section",
];
/// Inline elements, which share the anchors of their parent.
const INLINE: &[&str] = &[
    "a", "abbr", "acronym", "b", "bdo", "big", "br", "button", "cite", "code", "dfn", "em", "i",
    "img", "input", "kbd", "label", "map", "object", "output", "q", "samp", "script", "select",
    "small", "span", "strong", "sub", "sup", "textarea", "time", "tt", "var",
];
/// Elements whose text is never indexed.
const REMOVED: &str = "html head, html style, html script, html noscript, html label, html form, \
    html svg, html footer, html nav, html iframe, html template";

static SENTENCE_END: LazyLock<Regex> = LazyLock::new(|| Regex::new("[\\w'\"\\)\\$\\*]").unwrap());
static ATTRIBUTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new("^\\s*(?P<name>[^:\\[\\]]+)\\[(?P<attribute>.+)\\]\\s*$").unwrap());
static TRIM: LazyLock<Regex> = LazyLock::new(|| Regex::new("^[\n\r\\s]+|[\n\r\\s]+$").unwrap());
static NEWLINES: LazyLock<Regex> = LazyLock::new(|| Regex::new("(\n|\r\n)+").unwrap());
static SPACES: LazyLock<Regex> = LazyLock::new(|| Regex::new("\\s{2,}").unwrap());

/// Text as Pagefind keeps it: entities decoded, trimmed, runs of newlines and of whitespace one
/// space (its `normalize_content`).
pub fn normalize(text: &str) -> String {
    let text = html_escape::decode_html_entities(text);
    let text = TRIM.replace_all(&text, "");
    let text = NEWLINES.replace_all(&text, " ");
    SPACES.replace_all(&text, " ").into_owned()
}

/// What a document's HTML gives the index (Pagefind's `DomParserResult`, what Polku uses).
#[derive(Debug, Default)]
pub struct Digest {
    /// The body text with marker words, normalised.
    pub text: String,
    pub filters: BTreeMap<String, Vec<String>>,
    pub meta: BTreeMap<String, String>,
    /// Text of the elements with an `id`, by `<counter>:<id>`.
    pub anchor_text: BTreeMap<String, String>,
    /// `data-pagefind-title` of those elements.
    pub anchor_titles: BTreeMap<String, String>,
    /// `<html lang>`, lowercased, or `unknown`.
    pub language: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Status {
    #[default]
    Indexing,
    /// `data-pagefind-ignore`: text not indexed, filters and metadata kept.
    Ignored,
    /// `data-pagefind-ignore="all"`: nothing kept.
    Excluded,
    Body,
    /// Has a body below it: its own text is dropped.
    ParentOfBody,
}

/// An open element.
#[derive(Debug, Default)]
struct Node {
    text: String,
    status: Status,
    filters: Vec<String>,
    meta: Vec<String>,
    weight: Option<String>,
    anchors: Vec<String>,
}

#[derive(Default)]
struct State {
    /// Open elements, the document's root first.
    open: Vec<Node>,
    digest: Digest,
    language: Option<String>,
    anchors: usize,
}

/// Reads one document.
pub fn digest(html: &str) -> Digest {
    let state = Rc::new(RefCell::new(State {
        open: vec![Node::default()],
        ..State::default()
    }));
    let (lang, open, ignore, text) = (state.clone(), state.clone(), state.clone(), state.clone());
    let settings = Settings::new()
        .with_strict(false)
        .append_element_content_handler(element!("html", move |el| {
            if let Some(code) = el.get_attribute("lang") {
                lang.borrow_mut().language = Some(code.to_lowercase());
            }
            Ok(())
        }))
        .append_element_content_handler(element!("html, html *", move |el| {
            start(&open, el);
            Ok(())
        }))
        .append_element_content_handler(element!(REMOVED, move |_| {
            let mut state = ignore.borrow_mut();
            state.open.last_mut().unwrap().status = Status::Ignored;
            Ok(())
        }))
        .append_element_content_handler(text!("html", move |chunk| {
            let mut state = text.borrow_mut();
            let state = &mut *state;
            let node = state.open.last_mut().unwrap();
            node.text.push_str(chunk.as_str());
            if !matches!(node.status, Status::Ignored | Status::Excluded) {
                for anchor in &node.anchors {
                    let text = state.digest.anchor_text.entry(anchor.clone()).or_default();
                    text.push_str(chunk.as_str());
                }
            }
            Ok(())
        }));
    let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
    // Without strict mode, `lol_html` reads any input to its end.
    let _ = rewriter.write(html.as_bytes());
    let _ = rewriter.end();
    let state = Rc::try_unwrap(state)
        .ok()
        .expect("the reader is done")
        .into_inner();
    finish(state)
}

/// An element starts (Pagefind's handler for every element).
fn start(state: &Rc<RefCell<State>>, el: &mut Element) {
    let ignore =
        el.get_attribute("data-pagefind-ignore")
            .map(|a| match a.to_ascii_lowercase().as_str() {
                "" | "index" | "true" => Status::Ignored,
                _ => Status::Excluded,
            });
    let status = match (el.has_attribute("data-pagefind-body"), ignore) {
        (true, _) => Status::Body,
        (false, Some(ignore)) => ignore,
        (false, None) => Status::Indexing,
    };
    let tag = el.tag_name();
    let id = el.get_attribute("id").map(|id| {
        id.chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
    });
    let title = el
        .get_attribute("data-pagefind-title")
        .map(|t| normalize(&t))
        .filter(|t| !t.is_empty());
    let mut s = state.borrow_mut();
    let s = &mut *s;
    let parent = s.open.last_mut().unwrap();
    let mut anchor = None;
    if let Some(id) = id.filter(|_| !matches!(status, Status::Excluded | Status::Ignored)) {
        let outside_body = parent.status == Status::ParentOfBody
            && !matches!(status, Status::Body | Status::ParentOfBody);
        if !outside_body {
            let key = format!("{}:{id}", s.anchors);
            parent
                .text
                .push_str(&format!(" ___PAGEFIND_ANCHOR___{tag}:{key} "));
            if let Some(title) = title {
                s.digest.anchor_titles.insert(key.clone(), title);
            }
            anchor = Some(key);
            s.anchors += 1;
        }
    }
    if status != Status::Excluded && tag == "br" {
        parent.text.push(' ');
    }
    let mut anchors = match INLINE.contains(&tag.as_str()) {
        true => parent.anchors.clone(),
        false => Vec::new(),
    };
    anchors.extend(anchor);
    let node = Node {
        text: String::new(),
        status: match parent.status {
            Status::Excluded => Status::Excluded,
            _ => status,
        },
        filters: attribute_list(el, "data-pagefind-filter"),
        meta: attribute_list(el, "data-pagefind-meta"),
        weight: el.get_attribute("data-pagefind-weight"),
        anchors,
    };
    s.open.push(node);
    let depth = s.open.len() - 1;
    match el.end_tag_handlers() {
        Some(handlers) => {
            let state = state.clone();
            handlers.push(Box::new(move |end| {
                let mut s = state.borrow_mut();
                let node = s.open.drain(depth..).next().expect("the element is open");
                end_element(&mut s, node, &end.name());
                Ok(())
            }));
        }
        None => {
            let node = s.open.pop().unwrap();
            if node.status != Status::Excluded {
                collect(&mut s.digest, &node);
                let meta = &mut s.digest.meta;
                let titled = meta.contains_key("auto_title") || meta.contains_key("title");
                if tag == "img"
                    && !meta.contains_key("auto_image")
                    && titled
                    && let Some(src) = el.get_attribute("src")
                {
                    meta.insert("auto_image".into(), normalize(&src));
                    if let Some(alt) = el.get_attribute("alt") {
                        meta.insert("auto_image_alt".into(), normalize(&alt));
                    }
                }
            }
        }
    }
}

/// `key[attribute]` lists as `key:value` (Pagefind's `parse_attr_string`).
fn attribute_list(el: &Element, name: &str) -> Vec<String> {
    fn parse(input: &str, el: &Element) -> Vec<String> {
        if let Some((list, literal)) = input.split_once(':') {
            let mut list = parse(list, el);
            if let Some(last) = list.last_mut() {
                last.push(':');
                last.push_str(literal);
            }
            return list;
        }
        let one = |chunk: &str| match ATTRIBUTE.captures(chunk.trim()) {
            Some(c) => format!(
                "{}:{}",
                &c["name"],
                el.get_attribute(&c["attribute"]).unwrap_or_default()
            ),
            None => chunk.trim().to_string(),
        };
        input.split(',').map(one).collect()
    }
    el.get_attribute(name)
        .map_or_else(Vec::new, |a| parse(&a, el))
}

/// A `key:value` or a bare key taking the element's text (Pagefind's `get_attribute_pair`).
fn pair(node: &Node, input: &str) -> Option<(String, String)> {
    match input.split_once(':') {
        Some((key, value)) => Some((key.to_string(), normalize(value))),
        None if node.text.is_empty() => None,
        None => Some((input.to_string(), normalize(&node.text))),
    }
}

/// An element's filters and metadata.
fn collect(digest: &mut Digest, node: &Node) {
    for (key, value) in node.filters.iter().filter_map(|f| pair(node, f)) {
        digest.filters.entry(key).or_default().push(value);
    }
    for (key, value) in node.meta.iter().filter_map(|m| pair(node, m)) {
        digest.meta.insert(key, value);
    }
}

/// An element ends: its text, marked and punctuated, goes to its parent's.
fn end_element(s: &mut State, mut node: Node, tag: &str) {
    if node.status == Status::Excluded {
        return;
    }
    collect(&mut s.digest, &node);
    let meta = &mut s.digest.meta;
    if tag == "h1" && !meta.contains_key("auto_title") && !node.text.trim().is_empty() {
        meta.insert("auto_title".into(), normalize(&node.text));
    }
    if tag == "title" && !meta.contains_key("auto_page_title") {
        meta.insert("auto_page_title".into(), normalize(&node.text));
    }
    if node.status == Status::Ignored {
        return;
    }
    if SENTENCE.contains(&tag) {
        node.text.insert(0, ' ');
        let last = node.text.chars().last().map(String::from);
        if last.is_some_and(|c| SENTENCE_END.is_match(&c)) {
            node.text.push('.');
        }
        node.text.push(' ');
    }
    let auto = ["h1", "h2", "h3", "h4", "h5", "h6"]
        .iter()
        .position(|h| *h == tag);
    if let Some(weight) = &node.weight {
        node.text = format!(
            " ___PAGEFIND_WEIGHT___{weight} {} ___END_PAGEFIND_WEIGHT___ ",
            node.text
        );
    } else if let Some(level) = auto {
        let weight = 7 - level;
        node.text = format!(
            " ___PAGEFIND_AUTO_WEIGHT___{weight} {} ___END_PAGEFIND_WEIGHT___ ",
            node.text
        );
    }
    let parent = s.open.last_mut().unwrap();
    let body = matches!(node.status, Status::Body | Status::ParentOfBody);
    if parent.status == Status::ParentOfBody && !body {
        return;
    }
    if body {
        if parent.status != Status::ParentOfBody {
            parent.text.clear();
        }
        parent.status = Status::ParentOfBody;
    }
    parent.text.push_str(&node.text);
}

/// Elements left open are folded into their parents; the automatic title and image become
/// `title` and `image` unless given (Pagefind's `wrap`).
fn finish(mut state: State) -> Digest {
    while state.open.len() > 1 {
        let node = state.open.pop().unwrap();
        let parent = state.open.last_mut().unwrap();
        if parent.status == Status::ParentOfBody {
            continue;
        }
        match node.status {
            Status::Ignored | Status::Excluded => {}
            Status::Indexing => parent.text.push_str(&node.text),
            Status::Body | Status::ParentOfBody => {
                parent.text = node.text;
                parent.status = Status::ParentOfBody;
            }
        }
    }
    let mut digest = state.digest;
    let meta = &mut digest.meta;
    if let Some(image) = meta.remove("auto_image") {
        let alt = meta.remove("auto_image_alt").unwrap_or_default();
        if !meta.contains_key("image") {
            meta.insert("image".into(), image);
            meta.insert("image_alt".into(), alt);
        }
    }
    for auto in ["auto_title", "auto_page_title"] {
        if let Some(title) = meta.remove(auto) {
            meta.entry("title".into()).or_insert(title);
        }
    }
    digest.text = normalize(&state.open[0].text);
    digest.language = state
        .language
        .filter(|l| !l.is_empty())
        .unwrap_or_else(|| super::fossick::UNKNOWN.into());
    digest
}
