//! Words of a page's text as Pagefind 1.6.0 indexes them (`pagefind-1.6.0/src/fossick/
//! splitting.rs`, and the word loop of `fossick/mod.rs`): one whitespace-separated word of the
//! text becomes the indexed words at its position — the whole word (letters, digits and
//! [`WORD_SYMBOLS`] kept, lowercased, diacritics folded, stemmed), its compound parts (split at
//! punctuation and case changes, each with a share of the weight), the tails after its dots, its
//! emoji. Polku's builds have Pagefind without its `extended` feature, so no word segmentation
//! or bigrams (Chinese, Japanese, Thai) are done, as in the crate Polku used.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;
use std::sync::LazyLock;

use convert_case::{Case, Casing};
use pagefind_stem::{Algorithm, Stemmer};
use regex::Regex;
use rustc_hash::FxHashMap;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};
use unicode_segmentation::UnicodeSegmentation;

use super::{WORD_SYMBOLS, WordAt};

const MAX_KATAKANA_SUFFIX_CHARS: usize = 16;
const MAX_DOTTED_TAIL_CHARS: usize = 64;

/// Any emoji character, as Pagefind tests for one (digits, `#` and `*` included).
static EMOJI: LazyLock<Regex> = LazyLock::new(|| Regex::new("\\p{Emoji}").unwrap());

/// The stemmer of a page's language (`<html lang>`, lowercased), as Pagefind picks it by the
/// base code; `None` leaves words unstemmed. Polku writes Finnish, Swedish and English pages.
pub fn stemmer(language: &str) -> Option<Stemmer> {
    match language.split('-').next().unwrap_or_default() {
        "en" => Some(Stemmer::create(Algorithm::English)),
        "fi" => Some(Stemmer::create(Algorithm::Finnish)),
        "sv" => Some(Stemmer::create(Algorithm::Swedish)),
        _ => None,
    }
}

/// One word to index for a word of the text (Pagefind's `IndexableWord`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indexable {
    /// The word as indexed.
    pub stemmed: String,
    /// A part of a compound word, which gets a share of the word's weight.
    pub compound_part: bool,
    /// The word before diacritics were folded, when that changed it.
    pub original: Option<String>,
}

/// The words to index for one word (Pagefind's `get_indexable_words`); in the content, the
/// [`dotted_tails`] are added, not in metadata.
pub fn indexable_words(raw: &str, stemmer: Option<&Stemmer>) -> Vec<Indexable> {
    let mut words = Vec::new();
    let normalized = normalize_word(raw);
    if !normalized.is_empty() {
        words.push(stem_word(&normalized, stemmer, false));
    }
    for suffix in katakana_suffixes(raw) {
        let folded = fold_diacritics(suffix);
        words.push(Indexable {
            stemmed: folded.clone().unwrap_or_else(|| suffix.to_string()),
            compound_part: true,
            original: folded.map(|_| suffix.to_string()),
        });
    }
    let possibly_compound =
        raw.chars().any(|c| !c.is_alphanumeric()) || raw.chars().skip(1).any(char::is_uppercase);
    if possibly_compound {
        let parts = discrete_words(raw);
        if !normalized.is_empty()
            && (parts.contains(char::is_whitespace) || !normalized.starts_with(&parts))
        {
            for part in parts.split_whitespace().filter(|w| w.len() > 1) {
                let folded = fold_diacritics(part);
                let plain = folded.as_deref().unwrap_or(part);
                words.push(Indexable {
                    stemmed: stemmer.map_or_else(|| plain.to_string(), |s| s.stem(plain).into()),
                    compound_part: true,
                    original: folded.as_ref().map(|_| part.to_string()),
                });
            }
        }
        if EMOJI.is_match(raw) {
            let emoji = raw.graphemes(true).filter(|g| emojis::get(g).is_some());
            words.extend(emoji.map(|g| Indexable {
                stemmed: g.to_string(),
                compound_part: false,
                original: None,
            }));
        }
    }
    words
}

/// A word split into lowercase words at ASCII punctuation and case changes, joined by spaces
/// (Pagefind's `get_discrete_words`).
fn discrete_words(raw: &str) -> String {
    let spaced = raw.replace(|c: char| c.is_ascii_punctuation(), " ");
    let words = spaced.to_case(Case::Lower);
    words.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The compound tails after each dot (`is_python_build` of `sysconfig.is_python_build`) not
/// already among `existing` (Pagefind's `get_dotted_tails`).
pub fn dotted_tails(
    raw: &str,
    stemmer: Option<&Stemmer>,
    existing: &[Indexable],
) -> Vec<Indexable> {
    let seen: HashSet<&str> = existing.iter().map(|w| w.stemmed.as_str()).collect();
    let mut tails: Vec<Indexable> = Vec::new();
    for (i, _) in raw.match_indices('.') {
        let rest = &raw[i + 1..];
        let tail = rest
            .char_indices()
            .nth(MAX_DOTTED_TAIL_CHARS)
            .map_or(rest, |(end, _)| &rest[..end]);
        let compound = tail.chars().any(|c| !c.is_alphanumeric())
            || tail.chars().skip(1).any(char::is_uppercase);
        let normalized = normalize_word(tail);
        if !compound || normalized.chars().count() < 2 {
            continue;
        }
        let word = stem_word(&normalized, stemmer, true);
        if !seen.contains(word.stemmed.as_str()) && !tails.iter().any(|t| t.stemmed == word.stemmed)
        {
            tails.push(word);
        }
    }
    tails
}

/// Letters, digits and word symbols of a word, lowercased.
fn normalize_word(raw: &str) -> String {
    let mut word = String::with_capacity(raw.len());
    for c in raw.chars() {
        if c.is_alphanumeric() || WORD_SYMBOLS.contains(&c) {
            let c = c.to_ascii_lowercase();
            if c.is_uppercase() {
                word.extend(c.to_lowercase());
            } else {
                word.push(c);
            }
        }
    }
    word
}

fn stem_word(normalized: &str, stemmer: Option<&Stemmer>, compound_part: bool) -> Indexable {
    let folded = fold_diacritics(normalized);
    let plain = folded.as_deref().unwrap_or(normalized);
    Indexable {
        stemmed: stemmer.map_or_else(|| plain.to_string(), |s| s.stem(plain).into()),
        compound_part,
        original: folded.map(|_| normalized.to_string()),
    }
}

/// Every suffix (of 2 to 16 characters) of an all-katakana word of 3 or more.
fn katakana_suffixes(word: &str) -> Vec<&str> {
    let katakana = |c: char| matches!(c as u32, 0x30A1..=0x30FA | 0x30FC..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F);
    if word.chars().count() < 3 || !word.chars().all(katakana) {
        return Vec::new();
    }
    let mut suffixes: Vec<&str> = Vec::new();
    for (i, _) in word.char_indices().skip(1) {
        let rest = &word[i..];
        let suffix = rest
            .char_indices()
            .nth(MAX_KATAKANA_SUFFIX_CHARS)
            .map_or(rest, |(end, _)| &rest[..end]);
        if suffix.chars().count() >= 2 && !suffixes.contains(&suffix) {
            suffixes.push(suffix);
        }
    }
    suffixes
}

/// The word without combining marks (but for the kana sound marks), or `None` when that is the
/// word itself (Pagefind's `normalize_diacritics`).
fn fold_diacritics(word: &str) -> Option<String> {
    let decomposes = |c: char| {
        let mut other = false;
        decompose_canonical(c, |part| other |= part != c);
        is_combining_mark(c) || other
    };
    if word.is_ascii() || !word.chars().any(decomposes) {
        return None;
    }
    let kana_mark = |c: char| matches!(c, '\u{3099}' | '\u{309A}');
    let stripped: String = word
        .nfd()
        .filter(|&c| !is_combining_mark(c) || kana_mark(c))
        .collect();
    let folded = if stripped.chars().any(kana_mark) {
        stripped.nfc().collect()
    } else {
        stripped
    };
    (folded != word).then_some(folded)
}

/// The words of a page's content as they are indexed, with the running position.
pub struct Tokens {
    /// Indexed word → its places (Pagefind's `word_data`).
    pub words: FxHashMap<String, Vec<WordAt>>,
    /// Position of the next word: the number of words so far.
    pub position: u32,
    /// The page's language, which picks the stemmer and the word cache.
    language: String,
    stemmer: Option<Stemmer>,
}

/// Words already split, folded and stemmed on this thread, by language and word as written: a
/// word is made once per build and thread, not once per occurrence. Emptied when it grows past
/// [`CACHED_WORDS`], so that `polku serve` does not keep every word it ever saw.
type WordCache = FxHashMap<String, FxHashMap<Box<str>, Rc<[Indexable]>>>;

thread_local! {
    static WORD_CACHE: RefCell<WordCache> = RefCell::new(FxHashMap::default());
}

const CACHED_WORDS: usize = 1 << 20;

impl Tokens {
    /// No words yet, for a page in `language` (`<html lang>`, lowercased).
    pub fn new(language: &str) -> Tokens {
        Tokens {
            words: FxHashMap::default(),
            position: 0,
            language: language.to_string(),
            stemmer: stemmer(language),
        }
    }

    /// Goes on indexing words into `words`, a page's words so far, in `language`.
    pub fn continuing(language: &str, words: FxHashMap<String, Vec<WordAt>>) -> Tokens {
        Tokens {
            words,
            ..Tokens::new(language)
        }
    }

    /// The word `raw` (no whitespace in it) is indexed as, if any: its whole word, not its
    /// compound parts.
    pub fn stem(&self, raw: &str) -> Option<String> {
        let indexable = self.indexable(raw);
        let whole = indexable.iter().find(|w| !w.compound_part)?;
        Some(whole.stemmed.clone())
    }

    /// The stemmer of the page's language, if Polku has one.
    pub fn stemmer(&self) -> Option<&Stemmer> {
        self.stemmer.as_ref()
    }

    /// Indexes one word of the text (no whitespace in it) at the next position with `weight`
    /// (24 per unit). Zero-width spaces are removed first; a word of nothing else takes no
    /// position. Returns the word as it goes into the page's content, if it took one.
    pub fn word<'w>(&mut self, raw: &'w str, weight: u8) -> Option<Cow<'w, str>> {
        let word = match raw.contains('\u{200B}') {
            true => Cow::Owned(raw.replace('\u{200B}', "")),
            false => Cow::Borrowed(raw),
        };
        if word.is_empty() {
            return None;
        }
        self.word_at(&word, self.position, weight);
        self.position += 1;
        Some(word)
    }

    /// Indexes `word` (no whitespace in it) at `position`, which it shares with the word of the
    /// text there: a form Polku adds (`forms.rs`).
    pub fn word_at(&mut self, word: &str, position: u32, weight: u8) {
        let indexable = self.indexable(word);
        let parts = indexable.iter().filter(|w| w.compound_part).count();
        let part_weight = match u8::try_from(parts).unwrap_or(u8::MAX) {
            0 => 0,
            _ if weight == 0 => 0,
            parts => (weight / parts).max(1),
        };
        for w in indexable.iter() {
            let at = WordAt {
                position,
                weight: if w.compound_part { part_weight } else { weight },
                original: w.original.clone(),
            };
            match self.words.get_mut(w.stemmed.as_str()) {
                Some(places) => places.push(at),
                None => {
                    self.words.insert(w.stemmed.clone(), vec![at]);
                }
            }
        }
    }

    /// The words to index for `word`, from the thread's cache or made and cached.
    fn indexable(&self, word: &str) -> Rc<[Indexable]> {
        WORD_CACHE.with_borrow_mut(|cache| {
            if let Some(made) = cache.get(&self.language).and_then(|words| words.get(word)) {
                return made.clone();
            }
            let mut made = indexable_words(word, self.stemmer());
            let tails = dotted_tails(word, self.stemmer(), &made);
            made.extend(tails);
            let made: Rc<[Indexable]> = made.into();
            if cache.values().map(|words| words.len()).sum::<usize>() > CACHED_WORDS {
                cache.clear();
            }
            let words = cache.entry(self.language.clone()).or_default();
            words.insert(word.into(), made.clone());
            made
        })
    }
}

/// The words of one metadata field's value, by position in it (Pagefind's `parse_meta_words`,
/// per field): no dotted tails, unlike the content.
pub fn meta_words(value: &str, stemmer: Option<&Stemmer>) -> Vec<(u32, Indexable)> {
    let words = value.split_whitespace().enumerate();
    words
        .flat_map(|(i, word)| {
            let indexable = indexable_words(word, stemmer).into_iter();
            indexable.map(move |w| (i as u32, w))
        })
        .collect()
}

#[cfg(test)]
#[path = "tokens_tests.rs"]
mod tests;
