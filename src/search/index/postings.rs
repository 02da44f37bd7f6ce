//! From each page's words to the language's word list: every word with its postings and
//! diacritic variants, as Pagefind 1.6.0's `build_indexes` makes them
//! (`pagefind-1.6.0/src/index/mod.rs`, the per-page loop and the merge after it).
//!
//! Pages are packed each on its own (in parallel, as they are read), and merged in page order, so a word's postings
//! come out in ascending page order and its variants in the order they first occur (page by page;
//! within a page the forms of the content by form, then forms found only in metadata by form),
//! which is the order Pagefind writes them in.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;

use rayon::prelude::*;

use super::page::{IndexPage, MetaWordAt, WordAt};
use super::{Loc, MetaLoc, Posting, Variant, WordEntry, pack_locs, pack_meta_locs, to_deltas};

/// A word on one page: its own posting (where it is written as the word itself) and one per
/// written form that differs by diacritics, in form order.
pub struct PageWord {
    word: String,
    own: Option<PagePosting>,
    variants: Vec<(String, PagePosting)>,
}

/// Where a word is on one page: its content locations packed, its metadata locations with the
/// field numbered among the page's own fields (the language's numbering is known only when
/// every page has been read).
#[derive(Default)]
struct PagePosting {
    locs: Vec<i32>,
    meta: Vec<MetaLoc>,
}

/// One page's words with their postings, and its metadata field names in name order: what is
/// left of an [`IndexPage`] for the word chunks once its fragment is written.
pub struct PageWords {
    words: Vec<PageWord>,
    meta_fields: Vec<String>,
}

/// Every word of the pages (numbered by their position in `pages`) with its postings, in word
/// order, page numbers as deltas. `meta_fields` are the language's metadata field names in name
/// order, the meta file's `meta_fields`.
pub fn words(pages: Vec<PageWords>, meta_fields: &[String]) -> Vec<WordEntry> {
    let mut merged: HashMap<String, WordEntry> = HashMap::default();
    for (number, page) in pages.into_iter().enumerate() {
        // The page numbers its metadata fields among its own names; the index among all pages'.
        let field_ids: Vec<u16> = page
            .meta_fields
            .iter()
            .map(|name| meta_fields.iter().position(|f| f == name).expect("a field") as u16)
            .collect();
        for page_word in page.words {
            merge(&mut merged, page_word, number as u32, &field_ids);
        }
    }
    let mut words: Vec<WordEntry> = merged.into_values().collect();
    // Words are unique, so an unstable sort is deterministic; byte order of the strings is the
    // order the chunks and the WebAssembly's range lookup need.
    words.par_sort_unstable_by(|a, b| a.word.cmp(&b.word));
    words.into_par_iter().map(with_deltas).collect()
}

/// One page's words, packed. A word in the content and in metadata is one `PageWord`.
pub fn page_words(page: &IndexPage) -> PageWords {
    let mut words: HashMap<&str, PageWord> = HashMap::default();
    for (word, places) in &page.words {
        let (own, forms) = split_by_form(places, |w: &WordAt| w.original.as_deref());
        let entry = word_entry(&mut words, word);
        let packed = |places: &[&WordAt]| pack_locs(places.iter().map(|w| loc(w)).collect());
        if !own.is_empty() {
            entry.own = Some(PagePosting {
                locs: packed(&own),
                meta: Vec::new(),
            });
        }
        for (form, places) in forms {
            let posting = PagePosting {
                locs: packed(&places),
                meta: Vec::new(),
            };
            entry.variants.push((form.to_string(), posting));
        }
    }
    for (word, places) in &page.meta_words {
        let (own, forms) = split_by_form(places, |w: &MetaWordAt| w.original.as_deref());
        let entry = word_entry(&mut words, word);
        let meta_locs = |places: &[&MetaWordAt]| places.iter().map(|w| meta_loc(w)).collect();
        if !own.is_empty() {
            entry.own.get_or_insert_with(Default::default).meta = meta_locs(&own);
        }
        for (form, places) in forms {
            let meta = meta_locs(&places);
            match entry.variants.iter_mut().find(|(known, _)| known == form) {
                Some((_, posting)) => posting.meta = meta,
                None => {
                    let posting = PagePosting {
                        locs: Vec::new(),
                        meta,
                    };
                    entry.variants.push((form.to_string(), posting));
                }
            }
        }
    }
    PageWords {
        words: words.into_values().collect(),
        meta_fields: page.fragment.meta.keys().cloned().collect(),
    }
}

impl PageWords {
    /// The page's metadata field names, in name order.
    pub fn meta_fields(&self) -> &[String] {
        &self.meta_fields
    }
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

fn meta_loc(w: &MetaWordAt) -> MetaLoc {
    MetaLoc {
        field: w.field,
        position: w.position,
    }
}

/// A page's posting as the chunk stores it (`page_delta` the absolute page number until
/// [`with_deltas`]), its metadata fields numbered among the language's (`field_ids`).
fn posting(page: u32, on_page: PagePosting, field_ids: &[u16]) -> Posting {
    let meta_locs = match on_page.meta.is_empty() {
        true => Vec::new(),
        false => pack_meta_locs(
            on_page
                .meta
                .into_iter()
                .map(|loc| MetaLoc {
                    field: field_ids[usize::from(loc.field)],
                    position: loc.position,
                })
                .collect(),
        ),
    };
    Posting {
        page_delta: page,
        locs: on_page.locs,
        meta_locs,
    }
}

/// Adds page `number`'s word to the language's: postings appended (pages come in order),
/// variants matched by form, a new form appended after the known ones.
fn merge(
    merged: &mut HashMap<String, WordEntry>,
    page_word: PageWord,
    number: u32,
    field_ids: &[u16],
) {
    let entry = merged
        .entry(page_word.word)
        .or_insert_with_key(|word| WordEntry {
            word: word.clone(),
            pages: Vec::new(),
            additional_variants: Vec::new(),
        });
    if let Some(own) = page_word.own {
        entry.pages.push(posting(number, own, field_ids));
    }
    for (form, on_page) in page_word.variants {
        let posting = posting(number, on_page, field_ids);
        match entry
            .additional_variants
            .iter_mut()
            .find(|v| v.form == form)
        {
            Some(known) => known.pages.push(posting),
            None => entry.additional_variants.push(Variant {
                form,
                pages: vec![posting],
            }),
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
