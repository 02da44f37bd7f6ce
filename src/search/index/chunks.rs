//! Cutting the sorted word list into word chunks, and the `from`/`to` range the meta file gives
//! each, as Pagefind 1.6.0 does (`pagefind-1.6.0/src/index/mod.rs`: `chunk_index`,
//! `chunk_meta`, `get_prefixes`). The browser loads only the chunks whose range holds a query
//! word, so the rule decides both file sizes and which file a word is looked for in.

#[cfg(test)]
use super::WordEntry;

/// Where Pagefind ends a chunk: after the word that brings it to this size. Pagefind reads
/// `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE` to change it; Polku does not.
pub const CHUNK_SIZE: usize = 20_000;

/// What a word adds to its chunk's size: one per packed location or metadata location, one per
/// page, its own and its variants', and one per variant. The packed lists are counted with their
/// weight and field markers, as Pagefind counts them. (The indexer counts the same without
/// making the entry: `postings::WordPostings::size`.)
#[cfg(test)]
fn size(word: &WordEntry) -> usize {
    let postings = word
        .pages
        .iter()
        .chain(word.additional_variants.iter().flat_map(|v| &v.pages));
    postings
        .map(|p| p.locs.len() + p.meta_locs.len() + 1)
        .sum::<usize>()
        + word.additional_variants.len()
}

/// The words, in order, cut into chunks: a chunk ends after the word that brings its size to
/// `limit` or more, so every chunk but the last is at least `limit`.
pub fn chunk<W>(words: Vec<W>, size: impl Fn(&W) -> usize, limit: usize) -> Vec<Vec<W>> {
    let mut chunks = Vec::new();
    let mut current = Vec::new();
    let mut filled = 0;
    for word in words {
        filled += size(&word);
        current.push(word);
        if filled >= limit {
            chunks.push(std::mem::take(&mut current));
            filled = 0;
        }
    }
    if !current.is_empty() {
        chunks.push(current);
    }
    chunks
}

/// Each chunk's `from`/`to`, from its first and last words (given in chunk order). Between two
/// chunks both sides are cut to one character past their common prefix, the shortest strings
/// that still tell them apart; the earlier `to` only if the cut stays ≥ its chunk's `from` (the
/// range would otherwise be empty).
pub fn ranges(bounds: Vec<(String, String)>) -> Vec<(String, String)> {
    let mut ranges = bounds;
    for i in 1..ranges.len() {
        let (to, from) = prefixes(&ranges[i - 1].1, &ranges[i].0);
        if to >= ranges[i - 1].0 {
            ranges[i - 1].1 = to;
        }
        ranges[i].0 = from;
    }
    ranges
}

/// `a` and `b` cut to their common prefix (counted in characters) plus one character.
fn prefixes(a: &str, b: &str) -> (String, String) {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    (
        a.chars().take(common + 1).collect(),
        b.chars().take(common + 1).collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::index::{Posting, Variant};

    /// A word on the given pages, each with that many packed locations.
    fn word(word: &str, locs_per_page: &[usize]) -> WordEntry {
        WordEntry {
            word: word.into(),
            pages: locs_per_page
                .iter()
                .map(|&n| Posting {
                    page_delta: 0,
                    locs: vec![1; n],
                    meta_locs: vec![],
                })
                .collect(),
            additional_variants: vec![],
        }
    }

    fn words_of(chunks: &[Vec<WordEntry>]) -> Vec<Vec<&str>> {
        chunks
            .iter()
            .map(|c| c.iter().map(|w| w.word.as_str()).collect())
            .collect()
    }

    #[test]
    fn a_chunk_ends_after_the_word_that_fills_it() {
        // Sizes 4+4 = 8, then 4+5 = 9, then 4: Pagefind's own example, limit 8.
        let words = vec![
            word("apple", &[3]),
            word("apple2", &[3]),
            word("apricot", &[3]),
            word("banana", &[4]),
            word("peach", &[3]),
        ];
        let chunks = chunk(words, size, 8);
        assert_eq!(
            words_of(&chunks),
            [
                vec!["apple", "apple2"],
                vec!["apricot", "banana"],
                vec!["peach"]
            ]
        );
    }

    #[test]
    fn variants_count_their_pages_and_themselves() {
        let mut w = word("kuu", &[]);
        w.additional_variants.push(Variant {
            form: "küu".into(),
            pages: word("", &[2, 1]).pages,
        });
        // (2 + 1) + (1 + 1) for the two postings, 1 for the variant.
        assert_eq!(size(&w), 6);
        assert_eq!(words_of(&chunk(vec![w, word("z", &[0])], size, 6)).len(), 2);
    }

    #[test]
    fn ranges_are_cut_to_the_shortest_telling_prefix() {
        let bounds = |list: &[(&str, &str)]| {
            list.iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect::<Vec<_>>()
        };
        // "apple" | "apricot".."banana" | "peach": "app" < "apple", so the first `to` stays.
        assert_eq!(
            ranges(bounds(&[
                ("apple", "apple"),
                ("apricot", "banana"),
                ("peach", "peach")
            ])),
            bounds(&[("apple", "apple"), ("apr", "b"), ("p", "peach")])
        );
        // One word a prefix of the next: the shorter keeps its whole length.
        assert_eq!(
            prefixes("cath", "cathartic"),
            ("cath".into(), "catha".into())
        );
        // Characters, not bytes: "ä" is one.
        assert_eq!(prefixes("äiti", "äly"), ("äi".into(), "äl".into()));
    }
}
