//! Finnish for Pagefind. Pagefind stems Finnish with Snowball and matches query stems as
//! prefixes of indexed stems, so it misses compound tails (`hoitaja` in `sairaanhoitaja`),
//! consonant gradation (`lääkehoidon` for `lääkehoito`, `kivun` for `kipu`) and stem changes
//! (`käden` for `käsi`, `omaisen` for `omainen`). At build time Polku's indexer adds to each
//! Finnish page the forms that close those gaps (`search/index/forms.rs`, at the place of the
//! word they come from, with half its weight): the tails of its compounds, and its words' other
//! stems in a few case forms, so that whatever case the query is in, its stem is a prefix of an
//! indexed one. The query side stays stock Pagefind.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::{Arc, RwLock};

use pagefind_stem::{Algorithm, Stemmer};
use rayon::iter::ParallelIterator;

/// Strong and weak grades of the consonants between a word stem's last two vowels.
const GRADES: &[(&str, &str)] = &[
    ("kk", "k"),
    ("pp", "p"),
    ("tt", "t"),
    ("nk", "ng"),
    ("mp", "mm"),
    ("lt", "ll"),
    ("nt", "nn"),
    ("rt", "rr"),
    ("ht", "hd"),
    ("lk", "l"),
    ("rk", "r"),
    ("lp", "lv"),
    ("rp", "rv"),
    ("p", "v"),
    ("t", "d"),
    ("k", ""),
];

/// Case endings whose stems Pagefind's stemmer keeps apart: a stem written with each of them
/// gives every stem a query in another case can be a prefix of.
const ENDINGS: &[&str] = &["n", "lla", "ssa", "sta", "lle", "t"];

const VOWELS: &[char] = &['a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö', 'å'];

fn is_vowel(c: char) -> bool {
    VOWELS.contains(&c)
}

/// Lower-case words of a text (letters and digits; hyphens split).
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// ä→a, ö→o, å→a: what Pagefind does to every word before stemming.
fn fold(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'ä' | 'å' => 'a',
            'ö' => 'o',
            c => c,
        })
        .collect()
}

/// The forms Polku adds to Finnish pages (see `search/index/forms.rs`): words of four letters or
/// more without digits get theirs.
impl crate::search::index::Forms for Lexicon {
    fn language(&self) -> &str {
        "fi"
    }

    fn forms(&self, word: &str) -> Arc<[String]> {
        match word.chars().count() >= 4 && !word.chars().any(|c| c.is_ascii_digit()) {
            true => self.forms_of(word),
            false => Arc::new([]),
        }
    }
}

/// The site's own words, for splitting compounds.
pub struct Lexicon {
    stemmer: Stemmer,
    /// Every word of three letters or more that the site uses on its own (lower case).
    words: HashSet<String>,
    /// The forms of every word met so far: a site's pages share most of their words, and
    /// working a word out takes dozens of stemmings.
    known: RwLock<HashMap<String, Arc<[String]>>>,
}

impl Lexicon {
    /// A lexicon of the words in `texts`, gathered in parallel.
    pub fn new<'a>(texts: impl ParallelIterator<Item = &'a str>) -> Lexicon {
        let words = texts
            .fold(HashSet::new, |mut set, text| {
                set.extend(Lexicon::words_of(text));
                set
            })
            .reduce(HashSet::new, |a, b| {
                let (mut big, small) = if a.len() >= b.len() { (a, b) } else { (b, a) };
                big.extend(small);
                big
            });
        Lexicon::of_words(words)
    }

    /// A lexicon of `words`, as [`Lexicon::words_of`] gives them.
    pub fn of_words(words: HashSet<String>) -> Lexicon {
        Lexicon {
            stemmer: Stemmer::create(Algorithm::Finnish),
            words,
            known: RwLock::default(),
        }
    }

    /// The words of `text` a lexicon has: those of three letters or more, in lower case.
    pub fn words_of(text: &str) -> impl Iterator<Item = String> + '_ {
        words(text).filter(|w| w.chars().count() >= 3)
    }

    fn stem(&self, word: &str) -> String {
        self.stemmer.stem(&fold(word)).into_owned()
    }

    /// A word's compound tails and their inflected forms, and its own inflected forms, less
    /// those whose stem begins the word's own stem or another form's (a query for them finds
    /// the longer one); cached.
    fn forms_of(&self, word: &str) -> Arc<[String]> {
        if let Some(known) = self.known.read().ok().and_then(|k| k.get(word).cloned()) {
            return known;
        }
        let mut bases = vec![word.to_string()];
        let mut at = 0;
        while at < bases.len() {
            let tails = self.compound_tails(&bases[at]);
            bases.extend(
                tails
                    .into_iter()
                    .filter(|t| !bases.contains(t))
                    .collect::<Vec<_>>(),
            );
            at += 1;
        }
        let mut forms = BTreeSet::new();
        for base in &bases {
            forms.insert(base.clone());
            forms.extend(inflected_forms(base));
        }
        let stem = self.stem(word);
        let mut forms: Vec<(String, String)> =
            forms.into_iter().map(|f| (self.stem(&f), f)).collect();
        forms.sort();
        forms.dedup_by(|b, a| a.0 == b.0);
        let kept = (0..forms.len())
            .filter(|&i| {
                let form_stem = &forms[i].0;
                !stem.starts_with(form_stem.as_str())
                    && !forms
                        .get(i + 1)
                        .is_some_and(|(next, _)| next.starts_with(form_stem.as_str()))
            })
            .collect::<Vec<_>>();
        let forms: Arc<[String]> = kept.into_iter().map(|i| forms[i].1.clone()).collect();
        if let Ok(mut known) = self.known.write() {
            known.insert(word.to_string(), forms.clone());
        }
        forms
    }

    /// The tails of a compound: every split where the head is a word the site uses on its own
    /// (at least three letters) and the tail has at least four, or where the tail is such a word
    /// of at least five (`lääkekierros` → `kierros`, `työterveyshuolto` → `terveyshuolto`).
    /// `forms_of` splits the tails again (`terveyshuolto` → `huolto`). Whole words, not stems:
    /// a stem match takes `kot` (of `koti`) for a head and indexes `ihoidossa`; whole words
    /// find every compound of the example site's search tests with 40 % fewer extra forms.
    fn compound_tails(&self, word: &str) -> Vec<String> {
        let chars: Vec<char> = word.chars().collect();
        let mut tails = Vec::new();
        for start in 3..chars.len().saturating_sub(3) {
            let head: String = chars[..start].iter().collect();
            let tail: String = chars[start..].iter().collect();
            let head_ends_well = chars[start - 1] != chars[start] || !is_vowel(chars[start]);
            if head_ends_well
                && (self.words.contains(&head)
                    || (chars.len() - start >= 5 && self.words.contains(&tail)))
            {
                tails.push(tail);
            }
        }
        tails
    }
}

/// Vowel-final stems of a word: its own, the ones Finnish builds before case endings
/// (`käsi` → `käde`, `omainen` → `omaise`, `kirjaus` → `kirjaukse`, `moninaisuus` →
/// `moninaisuude`, `puhelin` → `puhelime`), and each with its consonants in the other grade
/// (`lääkehoito` → `lääkehoido`, `kipu` → `kivu`, `selkä` → `selä`, `käytännö` → `käytäntö`).
pub fn stems(word: &str) -> Vec<String> {
    let n = word.chars().count();
    let cut = |k: usize| word.chars().take(n - k).collect::<String>();
    let mut bases = Vec::new();
    let last = word.chars().last().unwrap_or(' ');
    if is_vowel(last) {
        bases.push(word.to_string());
    }
    if word.ends_with("nen") && n > 5 {
        bases.push(format!("{}se", cut(3)));
        bases.push(format!("{}ste", cut(3)));
    } else if word.ends_with("si") && n > 3 {
        bases.push(format!("{}de", cut(2)));
        bases.push(format!("{}te", cut(2)));
    } else if (word.ends_with("uus") || word.ends_with("yys")) && n > 5 {
        bases.push(format!("{}de", cut(1)));
    } else if ["us", "ys", "os", "ös", "es", "is"]
        .iter()
        .any(|e| word.ends_with(e))
        && n > 4
    {
        bases.push(format!("{}kse", cut(1)));
    } else if word.ends_with("in") && n > 4 {
        bases.push(format!("{}me", cut(1)));
    } else if (last == 't' || last == 'n') && n > 4 && word.chars().nth(n - 2).is_some_and(is_vowel)
    {
        // A plural or genitive: the stem before its ending.
        bases.push(cut(1));
    }
    let mut all = bases.clone();
    for base in &bases {
        all.extend(other_grade(base));
    }
    all.sort();
    all.dedup();
    all
}

/// `base` with the consonants between its last two vowel groups in the other grade.
fn other_grade(base: &str) -> Vec<String> {
    let chars: Vec<char> = base.chars().collect();
    let Some(cluster_end) = chars.iter().rposition(|c| !is_vowel(*c)).map(|i| i + 1) else {
        return Vec::new();
    };
    let cluster_start = chars[..cluster_end]
        .iter()
        .rposition(|c| is_vowel(*c))
        .map_or(0, |i| i + 1);
    if cluster_start == 0 || cluster_end == chars.len() {
        return Vec::new();
    }
    let head: String = chars[..cluster_start].iter().collect();
    let cluster: String = chars[cluster_start..cluster_end].iter().collect();
    let vowels: String = chars[cluster_end..].iter().collect();
    let mut out = Vec::new();
    if let Some((strong, weak)) = GRADES.iter().find(|(strong, _)| cluster.ends_with(strong)) {
        out.push(format!(
            "{head}{}{weak}{vowels}",
            &cluster[..cluster.len() - strong.len()]
        ));
    }
    if let Some((strong, weak)) = GRADES.iter().find(|(_, weak)| {
        !weak.is_empty() && (cluster == *weak || (weak.len() > 1 && cluster.ends_with(weak)))
    }) {
        out.push(format!(
            "{head}{}{strong}{vowels}",
            &cluster[..cluster.len() - weak.len()]
        ));
    }
    out
}

/// The word's stems in the case forms of `ENDINGS`.
pub fn inflected_forms(word: &str) -> Vec<String> {
    stems(word)
        .iter()
        .flat_map(|stem| ENDINGS.iter().map(move |e| format!("{stem}{e}")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rayon::prelude::*;

    fn stemmed(word: &str) -> String {
        Stemmer::create(Algorithm::Finnish)
            .stem(&fold(word))
            .into_owned()
    }

    /// A query finds a page when the query's stem is a prefix of a stem indexed for the page.
    fn found(query: &str, page_word: &str) -> bool {
        let q = stemmed(query);
        inflected_forms(page_word)
            .iter()
            .chain(std::iter::once(&page_word.to_string()))
            .any(|f| stemmed(f).starts_with(&q))
    }

    #[test]
    fn gradation_and_stem_changes_meet_the_query() {
        for (query, page_word) in [
            ("lääkehoidon", "lääkehoito"),
            ("lääkehoidossa", "lääkehoito"),
            ("kivun", "kipu"),
            ("kivuista", "kipu"),
            ("selässä", "selkä"),
            ("jalassa", "jalka"),
            ("kädestä", "käsi"),
            ("omaisten", "omainen"),
            ("omaisen", "omainen"),
            ("kirjauksen", "kirjaus"),
            ("puhelimessa", "puhelin"),
            ("moninaisuudesta", "moninaisuus"),
            ("tauolla", "tauko"),
            ("käytäntöjä", "käytännöt"),
            ("vuoronvaihdossa", "vuoronvaihto"),
            ("huollon", "huolto"),
        ] {
            assert!(found(query, page_word), "{query} does not find {page_word}");
        }
    }

    #[test]
    fn compound_tails_come_from_the_sites_own_words() {
        let lexicon = Lexicon::new(
            [
                "Hoitajan työ.",
                "Lääke ja terveys ovat tärkeitä kotona ja koti.",
            ]
            .into_par_iter(),
        );
        let extra: Vec<String> =
            words("Sairaanhoitajan lääkekierros, työterveyshuolto ja kotihoidossa")
                .flat_map(|w| lexicon.forms_of(&w).to_vec())
                .collect();
        for tail in ["hoitajan", "kierros", "terveyshuolto", "huolto", "hoidossa"] {
            assert!(
                extra.iter().any(|f| stemmed(f).starts_with(&stemmed(tail))),
                "{tail} missing from {extra:?}"
            );
        }
        // `kot` is the stem of `koti` but not a word: no `ihoidossa`.
        assert!(!extra.iter().any(|f| f.starts_with("ihoido")), "{extra:?}");
    }
}
