//! A search document to its [`IndexPage`], as Pagefind 1.6.0's fossicking makes it
//! (`pagefind-1.6.0/src/fossick/mod.rs`, `parse_digest` and `parse_meta_words`): the digest's
//! words in order, each at the next position with the weight on top of the weight stack (24 per
//! unit; `data-pagefind-weight` clamped to 0..10, headings h1..h6 weighing 7..2 unless inside a
//! weighted element), marker words setting weights and anchors; the content the words joined by
//! spaces; the metadata's words per field.

use std::cmp::Reverse;
use std::collections::BTreeMap;
use std::sync::LazyLock;

use rayon::prelude::*;

use regex::Regex;

use super::digest::{Digest, digest, normalize};
use super::tokens::{Tokens, meta_words};
use super::{Anchor, Fragment, IndexPage, MetaWordAt};

/// One unit of weight.
const UNIT: f32 = 24.0;
/// The largest weight, in units.
const MAX_WEIGHT: f32 = 10.0;

/// Pagefind's marker words, removed from filter values and metadata.
static MARKER: LazyLock<Regex> = LazyLock::new(|| Regex::new("___PAGEFIND_[\\S]+\\s?").unwrap());

/// A page as the indexer gets it: its address and a search document's HTML (what Pagefind's
/// `add_html_file` takes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub url: String,
    pub html: String,
}

/// The pages of `documents`, tokenised in parallel and grouped by language as Pagefind's
/// `fossick_one` and `build_indexes` group them (see [`ByUrl`] and [`by_language`]).
pub fn fossick_all(documents: &[Document]) -> BTreeMap<String, Vec<IndexPage>> {
    let pages: Vec<(String, IndexPage)> = documents
        .par_iter()
        .map(|document| fossick(&document.url, &document.html))
        .collect();
    let mut kept = ByUrl::default();
    for (document, page) in documents.iter().zip(pages) {
        kept.insert(&document.url, page);
    }
    by_language(kept.into_pages(), |page| !page.words.is_empty())
}

/// Pages by address as Pagefind keeps them (`pagefind-1.6.0/src/lib.rs`, `fossick_one`): a
/// page whose address an earlier one had replaces that one, in its place.
pub struct ByUrl<P> {
    pages: Vec<P>,
    at: std::collections::HashMap<String, usize>,
}

impl<P> Default for ByUrl<P> {
    fn default() -> Self {
        ByUrl {
            pages: Vec::new(),
            at: std::collections::HashMap::new(),
        }
    }
}

impl<P> ByUrl<P> {
    pub fn insert(&mut self, url: &str, page: P) {
        match self.at.get(url) {
            Some(&at) => self.pages[at] = page,
            None => {
                self.at.insert(url.to_string(), self.pages.len());
                self.pages.push(page);
            }
        }
    }

    /// The pages, in the order their addresses were first met.
    pub fn into_pages(self) -> Vec<P> {
        self.pages
    }
}

/// Pages grouped by language as Pagefind's `build_indexes` groups them: each language's pages
/// in the order given (the order that numbers them in the index); pages without a language
/// (`unknown`) join the language with the most pages that have words, when there is one.
pub fn by_language<P>(
    pages: Vec<(String, P)>,
    has_words: impl Fn(&P) -> bool,
) -> BTreeMap<String, Vec<P>> {
    let mut by_language: BTreeMap<String, Vec<P>> = BTreeMap::new();
    for (language, page) in pages {
        by_language.entry(language).or_default().push(page);
    }
    if let Some(unknown) = by_language.remove(UNKNOWN) {
        // The most pages with words, and of equal counts the first in code order.
        let counts = |(code, pages): (&String, &Vec<P>)| {
            let indexed = pages.iter().filter(|p| has_words(p)).count();
            (indexed, Reverse(code.clone()))
        };
        let primary = by_language.iter().max_by_key(|&pair| counts(pair));
        let primary = primary.map_or(UNKNOWN.to_string(), |(code, _)| code.clone());
        by_language.entry(primary).or_default().extend(unknown);
    }
    by_language
}

/// The language of a document without `<html lang>`.
pub(super) const UNKNOWN: &str = "unknown";

/// The page Pagefind makes of the document `html` given with the address `url`, and its
/// language (`<html lang>`, lowercased).
pub fn fossick(url: &str, html: &str) -> (String, IndexPage) {
    let mut digest = digest(html);
    let mut tokens = Tokens::new(&digest.language);
    let mut content = String::with_capacity(digest.text.len());
    let mut anchors = Vec::new();
    let mut weights: Vec<u8> = vec![UNIT as u8];
    let mut last = 0;
    for word in digest.text.split_whitespace() {
        if word.starts_with('_') && marker(word, &mut weights, &mut anchors, &digest, &tokens) {
            continue;
        }
        let weight = *weights.last().unwrap_or(&1);
        let position = tokens.position;
        if let Some(word) = tokens.word(word, weight) {
            content.push_str(&word);
            content.push(' ');
            last = position;
        }
    }
    if content.ends_with(' ') {
        content.pop();
    }
    for values in digest.filters.values_mut() {
        values
            .iter_mut()
            .for_each(|v| *v = MARKER.replace_all(v, "").into_owned());
    }
    for value in digest.meta.values_mut() {
        *value = MARKER.replace_all(value, "").into_owned();
    }
    let mut meta = rustc_hash::FxHashMap::<String, Vec<MetaWordAt>>::default();
    for (field, value) in digest.meta.values().enumerate() {
        for (position, word) in meta_words(value, tokens.stemmer()) {
            meta.entry(word.stemmed).or_default().push(MetaWordAt {
                field: field as u16,
                position,
                original: word.original,
            });
        }
    }
    let page = IndexPage {
        fragment: Fragment {
            url: url.to_string(),
            content,
            word_count: last as usize + 1,
            filters: digest.filters,
            meta: digest.meta,
            anchors,
        },
        words: tokens.words,
        meta_words: meta,
    };
    (digest.language, page)
}

/// Acts on a marker word; `false` if `word` is none.
fn marker(
    word: &str,
    weights: &mut Vec<u8>,
    anchors: &mut Vec<Anchor>,
    digest: &Digest,
    tokens: &Tokens,
) -> bool {
    let parse = |w: &str| w.parse::<f32>().unwrap_or(1.0);
    if let Some(anchor) = word.strip_prefix("___PAGEFIND_ANCHOR___") {
        let anchor = anchor.replace("___PAGEFIND_ANCHOR___", "");
        if let Some((element, key)) = anchor.split_once(':')
            && let Some((_, id)) = key.split_once(':')
        {
            let text = digest.anchor_text.get(key).map(|t| normalize(t));
            anchors.push(Anchor {
                element: element.to_string(),
                id: id.to_string(),
                text: normalize(&text.unwrap_or_default()),
                title: digest.anchor_titles.get(key).cloned(),
                location: tokens.position,
            });
        }
    } else if let Some(weight) = word.strip_prefix("___PAGEFIND_WEIGHT___") {
        let weight = parse(&weight.replace("___PAGEFIND_WEIGHT___", ""));
        weights.push(match weight <= 0.0 {
            true => 0,
            false => ((weight.clamp(0.0, MAX_WEIGHT) * UNIT) as u8).max(1),
        });
    } else if let Some(weight) = word.strip_prefix("___PAGEFIND_AUTO_WEIGHT___") {
        let inherited = *weights.last().unwrap_or(&0);
        let weight = parse(&weight.replace("___PAGEFIND_AUTO_WEIGHT___", ""));
        weights.push(match weights.len() {
            1 => (weight.clamp(0.0, MAX_WEIGHT) * UNIT) as u8,
            _ => inherited,
        });
    } else if word.starts_with("___END_PAGEFIND_WEIGHT___") {
        weights.pop();
    } else {
        return false;
    }
    true
}

#[cfg(test)]
#[path = "fossick_tests.rs"]
mod tests;
