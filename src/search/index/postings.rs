//! From each page's words to the language's word list: every word with its postings and
//! diacritic variants, as Pagefind 1.6.0's `build_indexes` makes them
//! (`pagefind-1.6.0/src/index/mod.rs`, the per-page loop and the merge after it).
//!
//! A page is packed on its own, as it is read ([`page_words`], in parallel): its words and
//! written forms with their locations in a few flat lists. Its words are then numbered
//! ([`PageWords::intern`], one build-wide [`Words`] table) and their text dropped, so a read page
//! costs a few bytes per word. When every page is read, [`merge`] lists each word's postings as
//! references into the pages, in page order; a word chunk's entries are made from them only when
//! that chunk is encoded ([`WordPostings::entry`]). So a word's postings come out in ascending
//! page order and its variants in the order they first occur (page by page; within a page the
//! forms of the content by form, then forms found only in metadata by form), which is the order
//! Pagefind writes them in.

use std::collections::BTreeMap;
use std::ops::Range;

use rustc_hash::FxHashMap;

use super::page::{IndexPage, MetaWordAt, WordAt};
use super::{Loc, MetaLoc, Posting, Variant, WordEntry, pack_locs, pack_meta_locs, to_deltas};

/// The words and written forms of the pages read so far, numbered as first met.
#[derive(Debug, Default)]
pub struct Words {
    ids: FxHashMap<Box<str>, u32>,
    text: Vec<Box<str>>,
}

impl Words {
    fn id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.text.len() as u32;
        self.text.push(word.into());
        self.ids.insert(word.into(), id);
        id
    }

    fn text(&self, id: u32) -> &str {
        &self.text[id as usize]
    }
}

/// The form of a [`Place`] that is the word itself.
const OWN_FORM: u32 = u32::MAX;

/// A word, or one written form of it, on a page: where its packed content locations and its
/// metadata locations end in the page's lists (each starts where the place before it ends).
#[derive(Debug, Clone, Copy)]
struct Place {
    word: u32,
    form: u32,
    locs_end: u32,
    meta_end: u32,
}

/// One page's words with their postings, and its metadata field names in name order: what is
/// left of an [`IndexPage`] for the word chunks once its fragment is written.
#[derive(Debug)]
pub struct PageWords {
    /// The text of `places`' words and forms, numbered by position here until
    /// [`PageWords::intern`] numbers them build-wide and empties it.
    strings: Vec<String>,
    places: Vec<Place>,
    locs: Vec<i32>,
    /// Metadata locations, the field numbered among the page's own fields (the language's
    /// numbering is known only when every page has been read).
    meta: Vec<MetaLoc>,
    meta_fields: Vec<String>,
}

impl PageWords {
    /// The page's metadata field names, in name order.
    pub fn meta_fields(&self) -> &[String] {
        &self.meta_fields
    }

    /// Numbers the page's words and forms in `words`, and drops their text.
    pub fn intern(&mut self, words: &mut Words) {
        let ids: Vec<u32> = self.strings.iter().map(|s| words.id(s)).collect();
        for place in &mut self.places {
            place.word = ids[place.word as usize];
            if place.form != OWN_FORM {
                place.form = ids[place.form as usize];
            }
        }
        self.strings = Vec::new();
    }

    /// The ranges of `locs` and `meta` that place `index` owns.
    fn ranges(&self, index: usize) -> (Range<usize>, Range<usize>) {
        let end = self.places[index];
        let (locs, meta) = match index {
            0 => (0, 0),
            _ => {
                let before = self.places[index - 1];
                (before.locs_end as usize, before.meta_end as usize)
            }
        };
        (locs..end.locs_end as usize, meta..end.meta_end as usize)
    }

    fn add(&mut self, word: u32, form: u32, (locs, meta): (Vec<i32>, Vec<MetaLoc>)) {
        self.locs.extend(locs);
        self.meta.extend(meta);
        self.places.push(Place {
            word,
            form,
            locs_end: self.locs.len() as u32,
            meta_end: self.meta.len() as u32,
        });
    }

    fn string(&mut self, text: String) -> u32 {
        self.strings.push(text);
        self.strings.len() as u32 - 1
    }
}

/// Where a word is on one page, while the page is packed: packed content locations, metadata
/// locations.
type OnPage = (Vec<i32>, Vec<MetaLoc>);

/// A word on one page, while the page is packed: where it is written as the word itself, and
/// where in each other written form, in form order.
#[derive(Default)]
struct PageWord {
    own: Option<OnPage>,
    variants: Vec<(String, OnPage)>,
}

/// One page's words, packed. A word in the content and in metadata is one word.
pub fn page_words(page: &IndexPage) -> PageWords {
    let mut words: FxHashMap<&str, PageWord> = FxHashMap::default();
    for (word, places) in &page.words {
        let (own, forms) = split_by_form(places, |w: &WordAt| w.original.as_deref());
        let entry = words.entry(word).or_default();
        let packed = |places: &[&WordAt]| pack_locs(places.iter().map(|w| loc(w)).collect());
        if !own.is_empty() {
            entry.own = Some((packed(&own), Vec::new()));
        }
        for (form, places) in forms {
            entry
                .variants
                .push((form.to_string(), (packed(&places), Vec::new())));
        }
    }
    for (word, places) in &page.meta_words {
        let (own, forms) = split_by_form(places, |w: &MetaWordAt| w.original.as_deref());
        let entry = words.entry(word).or_default();
        let meta_locs = |places: &[&MetaWordAt]| places.iter().map(|w| meta_loc(w)).collect();
        if !own.is_empty() {
            entry.own.get_or_insert_with(Default::default).1 = meta_locs(&own);
        }
        for (form, places) in forms {
            let meta = meta_locs(&places);
            match entry.variants.iter_mut().find(|(known, _)| known == form) {
                Some((_, on_page)) => on_page.1 = meta,
                None => entry.variants.push((form.to_string(), (Vec::new(), meta))),
            }
        }
    }
    let mut packed = PageWords {
        strings: Vec::with_capacity(words.len()),
        places: Vec::with_capacity(words.len()),
        locs: Vec::new(),
        meta: Vec::new(),
        meta_fields: page.fragment.meta.keys().cloned().collect(),
    };
    for (word, page_word) in words {
        let word = packed.string(word.to_string());
        if let Some(own) = page_word.own {
            packed.add(word, OWN_FORM, own);
        }
        for (form, on_page) in page_word.variants {
            let form = packed.string(form);
            packed.add(word, form, on_page);
        }
    }
    // Kept until every page is read: no spare capacity (it was 40 % of it).
    packed.places.shrink_to_fit();
    packed.locs.shrink_to_fit();
    packed.meta.shrink_to_fit();
    packed
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

/// A posting as a reference: page number, place on that page.
type PostingAt = (u32, u32);

/// One word of a language with its postings, as references into the pages.
#[derive(Debug)]
pub struct WordPostings {
    word: u32,
    own: Vec<PostingAt>,
    /// Each written form, in the order first met, with its postings.
    variants: Vec<(u32, Vec<PostingAt>)>,
}

/// Every word of `pages` (numbered by their position) with its postings, in word order (byte
/// order of the text, the order the chunks and the WebAssembly's range lookup need).
pub fn merge(pages: &[&PageWords], words: &Words) -> Vec<WordPostings> {
    let mut merged: FxHashMap<u32, WordPostings> = FxHashMap::default();
    for (number, page) in pages.iter().enumerate() {
        for (index, place) in page.places.iter().enumerate() {
            let entry = merged.entry(place.word).or_insert_with(|| WordPostings {
                word: place.word,
                own: Vec::new(),
                variants: Vec::new(),
            });
            let at = (number as u32, index as u32);
            if place.form == OWN_FORM {
                entry.own.push(at);
            } else {
                match entry.variants.iter_mut().find(|(f, _)| *f == place.form) {
                    Some((_, postings)) => postings.push(at),
                    None => entry.variants.push((place.form, vec![at])),
                }
            }
        }
    }
    let mut merged: Vec<WordPostings> = merged.into_values().collect();
    merged.sort_unstable_by(|a, b| words.text(a.word).cmp(words.text(b.word)));
    merged
}

impl WordPostings {
    /// The word's text.
    pub fn text<'w>(&self, words: &'w Words) -> &'w str {
        words.text(self.word)
    }

    /// What the word adds to its chunk's size, as [`super::chunks::size`] counts it for its
    /// entry: one per packed location and metadata location (field markers included), one per
    /// posting, one per variant.
    pub fn size(&self, pages: &[&PageWords]) -> usize {
        let postings = self
            .own
            .iter()
            .chain(self.variants.iter().flat_map(|(_, p)| p));
        let one = |&(page, place): &PostingAt| {
            let page = pages[page as usize];
            let (locs, meta) = page.ranges(place as usize);
            let meta = &page.meta[meta];
            let mut fields: Vec<u16> = meta.iter().map(|m| m.field).collect();
            fields.sort_unstable();
            fields.dedup();
            locs.len() + meta.len() + fields.len() + 1
        };
        postings.map(one).sum::<usize>() + self.variants.len()
    }

    /// The word's entry in its chunk. `field_ids` number each page's metadata fields among the
    /// language's.
    pub fn entry(&self, pages: &[&PageWords], field_ids: &[Vec<u16>], words: &Words) -> WordEntry {
        let postings = |list: &[PostingAt]| {
            let numbers: Vec<u32> = list.iter().map(|&(page, _)| page).collect();
            let deltas = to_deltas(&numbers);
            list.iter()
                .zip(deltas)
                .map(|(&(page, place), delta)| {
                    let ids = &field_ids[page as usize];
                    posting(pages[page as usize], place as usize, delta, ids)
                })
                .collect()
        };
        WordEntry {
            word: words.text(self.word).to_string(),
            pages: postings(&self.own),
            additional_variants: self
                .variants
                .iter()
                .map(|(form, list)| Variant {
                    form: words.text(*form).to_string(),
                    pages: postings(list),
                })
                .collect(),
        }
    }
}

/// Place `index` of `page` as the chunk stores it, its metadata fields numbered among the
/// language's (`field_ids`).
fn posting(page: &PageWords, index: usize, page_delta: u32, field_ids: &[u16]) -> Posting {
    let (locs, meta) = page.ranges(index);
    let meta = &page.meta[meta];
    let meta_locs = match meta.is_empty() {
        true => Vec::new(),
        false => pack_meta_locs(
            meta.iter()
                .map(|loc| MetaLoc {
                    field: field_ids[usize::from(loc.field)],
                    position: loc.position,
                })
                .collect(),
        ),
    };
    Posting {
        page_delta,
        locs: page.locs[locs].to_vec(),
        meta_locs,
    }
}
