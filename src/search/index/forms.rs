//! Word forms Polku adds to a page beyond what Pagefind reads on it: for the language of a
//! [`Forms`] source (Finnish, `search/finnish.rs`), other forms of the page's own words that
//! Pagefind's stemming would not meet. Each form is indexed at the heaviest place of the word it
//! comes from, with half that word's weight there (a quarter for a compound's part), so that a
//! query in that form finds the page, a page whose own text has the word ranks above it (and one
//! with another form of the word above one with the word inside a compound), and a result's
//! excerpt shows the word the page has. The page's content (its fragment) stays as Pagefind made
//! it: with no [`Forms`], or for a page in another language, the index is Pagefind's own.

use std::cmp::Reverse;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::IndexPage;
use super::tokens::Tokens;

/// A source of other forms of one language's words.
pub trait Forms: Sync {
    /// The base code (`fi`) of the pages whose words get forms.
    fn language(&self) -> &str;
    /// Other forms of `word` (lower case, letters and digits only) to index with it.
    fn forms(&self, word: &str) -> Arc<[Form]>;
}

/// One other form of a word, and what it is of.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Form {
    pub text: String,
    pub of: FormOf,
}

/// What a form is a form of. The order is the order of weight: a form of the word itself
/// weighs more than a form of one of its parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum FormOf {
    /// The word itself (`kivun` → `kipu`, `käden` → `kädellä`): half the word's weight.
    Word,
    /// A part of the compound the word is (`ryhmäohjaajakoulutuksessa` → `ohjaaja`), or a run
    /// of its parts: a quarter.
    Part,
}

impl FormOf {
    /// The weight of a form of this kind at a place of weight `weight`.
    fn weight(self, weight: u8) -> u8 {
        let share = match self {
            FormOf::Word => weight / 2,
            FormOf::Part => weight / 4,
        };
        share.max(1)
    }
}

/// A place of a word in the page's content: its position and weight there (for a form, the
/// form's weight there).
type Place = (u32, u8);

/// Adds to `page`, of `language` (`<html lang>`, lower case), the forms of its words (see the
/// module comment), each at the heaviest place of the words it is a form of. A form whose
/// indexed word the page has already, or is the start of another indexed word of the page, is
/// left out: Pagefind finds a query's word as the start of an indexed one, so it would add
/// nothing but size.
pub fn add_forms(page: &mut IndexPage, language: &str, forms: &dyn Forms) {
    if language.split('-').next() != Some(forms.language()) {
        return;
    }
    let mut tokens = Tokens::continuing(language, std::mem::take(&mut page.words));
    // Each form's indexed word: the form as written first, and the places of its words.
    let mut candidates: FxHashMap<String, (String, Vec<Place>)> = FxHashMap::default();
    for (word, places) in sources(page, &tokens) {
        for form in forms.forms(&word).iter() {
            let Some(stem) = tokens.stem(&form.text) else {
                continue;
            };
            if !tokens.words.contains_key(&stem) {
                let (_, at) = candidates
                    .entry(stem)
                    .or_insert_with(|| (form.text.clone(), Vec::new()));
                at.extend(places.iter().map(|&(p, w)| (p, form.of.weight(w))));
            }
        }
    }
    let mut stems: Vec<&str> = tokens
        .words
        .keys()
        .chain(candidates.keys())
        .map(String::as_str)
        .collect();
    stems.sort_unstable();
    let covered = |stem: &str| {
        let next = stems.partition_point(|s| *s <= stem);
        stems.get(next).is_some_and(|next| next.starts_with(stem))
    };
    let mut kept: Vec<(String, (String, Vec<Place>))> = candidates
        .iter()
        .filter(|(stem, _)| !covered(stem))
        .map(|(stem, form)| (stem.clone(), form.clone()))
        .collect();
    kept.sort_unstable();
    for (stem, (_, places)) in &mut kept {
        // One place is enough to find the page and show the word in its excerpt; more would
        // only add a form's term frequency, and a quarter of the index's size. The heaviest
        // (the first of equals: a form of the word over one of a part, a title over the text)
        // where the form would not lighten the page's own word.
        let heaviest = places
            .iter()
            .copied()
            .filter(|&(position, _)| !extends_own(&tokens, stem, position))
            .min_by_key(|&(position, weight)| (Reverse(weight), position));
        *places = Vec::from_iter(heaviest);
    }
    for (_, (form, places)) in kept {
        for (position, weight) in places {
            tokens.word_at(&form, position, weight);
        }
    }
    page.words = tokens.words;
}

/// Whether a word of the page at `position` is indexed as the start of `stem`. A query that
/// finds that word then finds the form there too, and pagefind.js scores a position by the
/// lightest word it finds there: the form would halve the page's own word.
fn extends_own(tokens: &Tokens, stem: &str, position: u32) -> bool {
    let prefixes = stem.char_indices().skip(1).map(|(end, _)| &stem[..end]);
    prefixes
        .filter_map(|prefix| tokens.words.get(prefix))
        .any(|places| places.iter().any(|at| at.position == position))
}

/// Each word of the page's content (split at what is not a letter or digit, lower case) with
/// its places, in word order. Words of no weight (`data-pagefind-weight="0"`) have no forms.
fn sources(page: &IndexPage, tokens: &Tokens) -> Vec<(String, Vec<Place>)> {
    let mut weights = vec![0u8; page.fragment.word_count];
    for at in tokens.words.values().flatten() {
        if let Some(weight) = weights.get_mut(at.position as usize) {
            *weight = (*weight).max(at.weight);
        }
    }
    let mut sources: FxHashMap<String, Vec<Place>> = FxHashMap::default();
    let content = page.fragment.content.split(' ');
    for (position, (raw, &weight)) in content.zip(&weights).enumerate() {
        let words = raw.split(|c: char| !c.is_alphanumeric());
        for word in words.filter(|w| !w.is_empty() && weight > 0) {
            let places = sources.entry(word.to_lowercase()).or_default();
            places.push((position as u32, weight));
        }
    }
    let mut sources: Vec<(String, Vec<Place>)> = sources.into_iter().collect();
    sources.sort_unstable();
    sources
}

#[cfg(test)]
mod tests {
    use super::super::fossick;
    use super::*;

    struct Fixed;

    impl Forms for Fixed {
        fn language(&self) -> &str {
            "fi"
        }
        fn forms(&self, word: &str) -> Arc<[Form]> {
            let forms: &[(&str, FormOf)] = match word {
                "kivun" => &[("kipu", FormOf::Word), ("kipua", FormOf::Word)],
                "kipulääke" => &[("lääke", FormOf::Part), ("kipu", FormOf::Part)],
                "tehohoidossa" => &[("hoito", FormOf::Part), ("tehohoito", FormOf::Word)],
                _ => &[],
            };
            forms
                .iter()
                .map(|&(text, of)| Form {
                    text: text.to_string(),
                    of,
                })
                .collect()
        }
    }

    fn page(html: &str) -> (IndexPage, IndexPage) {
        let (language, page) = fossick("/a/", html);
        let mut added = page.clone();
        add_forms(&mut added, &language, &Fixed);
        (page, added)
    }

    #[test]
    fn a_form_is_indexed_where_its_word_weighs_most_with_half_its_weight() {
        let (plain, added) = page(
            "<html lang=\"fi\"><body><p>Kysy kivun syy.</p><h1>Kivun hoito</h1></body></html>",
        );
        assert_eq!(
            added.fragment, plain.fragment,
            "the content stays the page's"
        );
        let kipu: Vec<(u32, u8)> = added.words["kipu"]
            .iter()
            .map(|at| (at.position, at.weight))
            .collect();
        // At the heading's `Kivun` (weight 7 × 24), not also at the paragraph's.
        assert_eq!(kipu, [(3, 7 * 24 / 2)]);
        // `kipua` stems to `kipu`, already indexed as a form: once is enough.
        assert!(!added.words.contains_key("kipua"));
        for (word, places) in &plain.words {
            assert_eq!(&added.words[word], places, "the page's own {word}");
        }
    }

    #[test]
    fn a_form_of_a_compounds_part_weighs_a_quarter() {
        let (_, added) =
            page("<html lang=\"fi\"><body><p>Kipulääke tehohoidossa.</p></body></html>");
        let weights = |word: &str| -> Vec<(u32, u8)> {
            added.words[word]
                .iter()
                .map(|at| (at.position, at.weight))
                .collect()
        };
        assert_eq!(weights("laake"), [(0, 6)]);
        assert_eq!(weights("hoito"), [(1, 6)]);
        assert_eq!(weights("tehohoito"), [(1, 12)]);
    }

    #[test]
    fn no_form_the_page_has_or_that_starts_another_of_its_words() {
        let html =
            "<html lang=\"fi\"><body><p>Kipulääke kivun kipuun lääkekaapissa.</p></body></html>";
        let (plain, added) = page(html);
        // `kipu` stems as `kipuun` does, and `lääke` as the start of `lääkekaapissa`.
        assert_eq!(added.words, plain.words);
        // Not so `lääkkeet`, whose stem is shorter than `lääke`'s.
        let (plain, added) = page(&html.replace("lääkekaapissa", "lääkkeet"));
        assert_eq!(added.words.len(), plain.words.len() + 1);
        assert_eq!(added.words["laake"][0].original.as_deref(), Some("lääke"));
    }

    #[test]
    fn no_form_where_it_would_lighten_the_pages_own_word() {
        let mut tokens = Tokens::new("fi");
        tokens.word("Kipu", 24);
        tokens.word("sattuu", 24);
        assert!(extends_own(&tokens, "kipua", 0));
        assert!(!extends_own(&tokens, "kipua", 1));
        assert!(!extends_own(&tokens, "kivu", 0));
        assert!(
            !extends_own(&tokens, "kipu", 0),
            "the word itself is no form"
        );
    }

    #[test]
    fn pages_of_other_languages_get_no_forms() {
        let (plain, added) = page("<html lang=\"sv\"><body><p>kivun</p></body></html>");
        assert_eq!(added.words, plain.words);
    }
}
