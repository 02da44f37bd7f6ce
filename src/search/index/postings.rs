//! From each page's words to the language's word list: every word with its postings and
//! diacritic variants, as Pagefind 1.6.0's `build_indexes` makes them
//! (`pagefind-1.6.0/src/index/mod.rs`, the per-page loop and the merge after it).
//!
//! Pages are packed in parallel, each on its own, and merged in page order, so a word's postings
//! come out in ascending page order and its variants in the order they first occur (page by page;
//! within a page the forms of the content by form, then forms found only in metadata by form),
//! which is the order Pagefind writes them in.

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;

use super::page::{IndexPage, MetaWordAt, WordAt};
use super::{Loc, MetaLoc, Posting, Variant, WordEntry, pack_locs, pack_meta_locs, to_deltas};

/// A word on one page: its own posting (where it is written as the word itself) and one per
/// written form that differs by diacritics. `page_delta` holds the absolute page number until
/// [`with_deltas`].
struct PageWord {
    word: String,
    own: Option<Posting>,
    variants: Vec<Variant>,
}

/// Every word of the pages (numbered by their position in `pages`) with its postings, in word
/// order, page numbers already as deltas. `meta_fields` are the language's metadata field names
/// in name order, the meta file's `meta_fields`.
pub fn words(pages: &[IndexPage], meta_fields: &[String]) -> Vec<WordEntry> {
    let packed: Vec<Vec<PageWord>> = pages
        .par_iter()
        .enumerate()
        .map(|(number, page)| page_words(page, number as u32, meta_fields))
        .collect();
    let mut merged: HashMap<String, WordEntry> = HashMap::new();
    for page in packed {
        for page_word in page {
            merge(&mut merged, page_word);
        }
    }
    let mut words: Vec<WordEntry> = merged.into_values().collect();
    // Words are unique, so an unstable sort is deterministic; byte order of the strings is the
    // order the chunks and the WebAssembly's range lookup need.
    words.par_sort_unstable_by(|a, b| a.word.cmp(&b.word));
    words.into_par_iter().map(with_deltas).collect()
}

/// One page's words, packed. A word in the content and in metadata is one `PageWord`.
fn page_words(page: &IndexPage, number: u32, meta_fields: &[String]) -> Vec<PageWord> {
    // The page numbers its metadata fields among its own names; the index among all pages'.
    let field_ids: Vec<u16> = page
        .fragment
        .meta
        .keys()
        .map(|name| meta_fields.iter().position(|f| f == name).expect("a field") as u16)
        .collect();
    let mut words: HashMap<&str, PageWord> = HashMap::new();
    for (word, places) in &page.words {
        let (own, forms) = split_by_form(places, |w: &WordAt| w.original.as_deref());
        let entry = word_entry(&mut words, word);
        if !own.is_empty() {
            let locs = own.iter().map(|w| loc(w)).collect();
            entry.own = Some(posting(number, pack_locs(locs), vec![]));
        }
        for (form, places) in forms {
            let locs = places.iter().map(|w| loc(w)).collect();
            entry.variants.push(Variant {
                form: form.to_string(),
                pages: vec![posting(number, pack_locs(locs), vec![])],
            });
        }
    }
    for (word, places) in &page.meta_words {
        let (own, forms) = split_by_form(places, |w: &MetaWordAt| w.original.as_deref());
        let entry = word_entry(&mut words, word);
        let meta_locs = |places: &[&MetaWordAt]| {
            pack_meta_locs(places.iter().map(|w| meta_loc(w, &field_ids)).collect())
        };
        if !own.is_empty() {
            let own_posting = entry
                .own
                .get_or_insert_with(|| posting(number, vec![], vec![]));
            own_posting.meta_locs = meta_locs(&own);
        }
        for (form, places) in forms {
            let packed = meta_locs(&places);
            match entry.variants.iter_mut().find(|v| v.form == form) {
                Some(variant) => variant.pages[0].meta_locs = packed,
                None => entry.variants.push(Variant {
                    form: form.to_string(),
                    pages: vec![posting(number, vec![], packed)],
                }),
            }
        }
    }
    words.into_values().collect()
}

fn word_entry<'w, 'p>(
    words: &'w mut HashMap<&'p str, PageWord>,
    word: &'p str,
) -> &'w mut PageWord {
    words.entry(word).or_insert_with(|| PageWord {
        word: word.to_string(),
        own: None,
        variants: Vec::new(),
    })
}

/// A word's places split into those written as the word itself and those of each other written
/// form, the forms in form order (Pagefind groups them in a `BTreeMap`).
fn split_by_form<T>(
    places: &[T],
    original: impl Fn(&T) -> Option<&str>,
) -> (Vec<&T>, BTreeMap<&str, Vec<&T>>) {
    let mut own = Vec::new();
    let mut forms: BTreeMap<&str, Vec<&T>> = BTreeMap::new();
    for place in places {
        match original(place) {
            None => own.push(place),
            Some(form) => forms.entry(form).or_default().push(place),
        }
    }
    (own, forms)
}

fn loc(w: &WordAt) -> Loc {
    Loc {
        position: w.position,
        weight: w.weight,
    }
}

fn meta_loc(w: &MetaWordAt, field_ids: &[u16]) -> MetaLoc {
    MetaLoc {
        field: field_ids[usize::from(w.field)],
        position: w.position,
    }
}

fn posting(page: u32, locs: Vec<i32>, meta_locs: Vec<i32>) -> Posting {
    Posting {
        page_delta: page,
        locs,
        meta_locs,
    }
}

/// Adds one page's word to the language's: postings appended (pages come in order), variants
/// matched by form, a new form appended after the known ones.
fn merge(merged: &mut HashMap<String, WordEntry>, page_word: PageWord) {
    let entry = merged
        .entry(page_word.word)
        .or_insert_with_key(|word| WordEntry {
            word: word.clone(),
            pages: Vec::new(),
            additional_variants: Vec::new(),
        });
    entry.pages.extend(page_word.own);
    for variant in page_word.variants {
        match entry
            .additional_variants
            .iter_mut()
            .find(|v| v.form == variant.form)
        {
            Some(known) => known.pages.extend(variant.pages),
            None => entry.additional_variants.push(variant),
        }
    }
}

/// A word's page numbers, absolute until now, as the deltas the chunk stores.
fn with_deltas(mut word: WordEntry) -> WordEntry {
    let lists = std::iter::once(&mut word.pages)
        .chain(word.additional_variants.iter_mut().map(|v| &mut v.pages));
    for postings in lists {
        let pages: Vec<u32> = postings.iter().map(|p| p.page_delta).collect();
        for (posting, delta) in postings.iter_mut().zip(to_deltas(&pages)) {
            posting.page_delta = delta;
        }
    }
    word
}
