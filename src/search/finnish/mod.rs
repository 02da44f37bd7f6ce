//! Finnish for Pagefind. Pagefind stems Finnish with Snowball and matches query stems as
//! prefixes of indexed stems, so it misses compound parts (`hoitaja` in `sairaanhoitaja`),
//! consonant gradation (`lääkehoidon` for `lääkehoito`, `kivun` for `kipu`) and stem changes
//! (`käden` for `käsi`, `omaisen` for `omainen`). At build time Polku's indexer adds to each
//! Finnish page the forms that close those gaps (`search/index/forms.rs`, at the place of the
//! word they come from, with half its weight). With Voikko (`lemmas.rs`): a word's base forms,
//! its compound parts and their runs, and the case forms Voikko reads as theirs. Without it: the
//! compound tails the site's own words show, and case forms by rule (`inflect.rs`). Either way,
//! whatever case the query is in, its stem is a prefix of an indexed one. The search page's
//! query reading (`themes/default/static/js/query.js`) does the rest; pagefind.js stays stock.

mod inflect;
mod lemmas;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, LazyLock, Once, RwLock};

use pagefind_stem::{Algorithm, Stemmer};
use rayon::iter::ParallelIterator;

use super::index::{Form, FormOf};
use super::voikko::Voikko;
use inflect::{inflected_forms, is_vowel};

/// Voikko, loaded once per run if this machine has it.
static VOIKKO: LazyLock<Option<Voikko>> = LazyLock::new(Voikko::load);

/// Says once (per run), on a machine without Voikko, that Finnish forms come from the site's
/// own words, and how to install it.
pub fn tell_if_voikko_missing() {
    static TOLD: Once = Once::new();
    if VOIKKO.is_none() {
        TOLD.call_once(|| {
            eprintln!(
                "Huom: Voikkoa ei löytynyt, joten suomen haku päättelee sanojen muodot sivuston omista sanoista. \
                 Tarkempi haku: asenna paketit libvoikko1 ja voikko-fi (apt-get install libvoikko1 voikko-fi).\n\
                 Note: Voikko (libvoikko) not found; Finnish search forms come from the site's own words."
            );
        });
    }
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

    fn forms(&self, word: &str) -> Arc<[Form]> {
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
    known: RwLock<HashMap<String, Arc<[Form]>>>,
    /// Where forms come from for the words it knows; `None` without it, or when asked not to
    /// use it ([`Lexicon::site_words_only`]).
    voikko: Option<&'static Voikko>,
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
            voikko: VOIKKO.as_ref(),
        }
    }

    /// The lexicon working forms out from the site's own words only, as without Voikko.
    pub fn site_words_only(self) -> Lexicon {
        Lexicon {
            voikko: None,
            ..self
        }
    }

    /// The words of `text` a lexicon has: those of three letters or more, in lower case.
    pub fn words_of(text: &str) -> impl Iterator<Item = String> + '_ {
        words(text).filter(|w| w.chars().count() >= 3)
    }

    fn stem(&self, word: &str) -> String {
        self.stemmer.stem(&fold(word)).into_owned()
    }

    /// A word's other forms: from Voikko for a word it knows, else from the site's words; less
    /// those whose stem begins the word's own stem or another form's (a query for them finds
    /// the longer one); cached.
    fn forms_of(&self, word: &str) -> Arc<[Form]> {
        if let Some(known) = self.known.read().ok().and_then(|k| k.get(word).cloned()) {
            return known;
        }
        let forms = match self.voikko {
            Some(voikko) => self.voikko_forms(voikko, word),
            None => BTreeMap::new(),
        };
        let forms = match forms.is_empty() {
            true => self.site_forms(word),
            false => forms,
        };
        let stem = self.stem(word);
        // By stem, a form of the word before a form of a part with the same stem: the one kept.
        let mut forms: Vec<(String, Form)> = forms
            .into_iter()
            .map(|(text, of)| (self.stem(&text), Form { text, of }))
            .collect();
        forms.sort_by(|(a, x), (b, y)| (a, x.of).cmp(&(b, y.of)));
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
        let forms: Arc<[Form]> = kept.into_iter().map(|i| forms[i].1.clone()).collect();
        if let Ok(mut known) = self.known.write() {
            known.insert(word.to_string(), forms.clone());
        }
        forms
    }

    /// The forms of a word Voikko knows: its base forms and compound parts (`lemmas::bases`),
    /// each with its case forms that Voikko reads as such. Empty for a word it does not know.
    fn voikko_forms(&self, voikko: &Voikko, word: &str) -> BTreeMap<String, FormOf> {
        let mut bases = lemmas::bases(voikko, word);
        if bases.is_empty() && voikko.analyse(word).is_empty() {
            return bases;
        }
        bases.insert(word.to_string(), FormOf::Word);
        let mut forms = BTreeMap::new();
        for (base, of) in bases {
            for form in lemmas::inflections(voikko, &base) {
                lemmas::keep(&mut forms, form, of);
            }
            lemmas::keep(&mut forms, base, of);
        }
        forms
    }

    /// The forms of a word worked out from the site's own words: its compound tails
    /// ([`Lexicon::compound_tails`], split again) and their case forms by rule.
    fn site_forms(&self, word: &str) -> BTreeMap<String, FormOf> {
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
        let mut forms = BTreeMap::new();
        for (at, base) in bases.iter().enumerate() {
            // The word itself first, then its tails.
            let of = if at == 0 { FormOf::Word } else { FormOf::Part };
            for form in inflected_forms(base) {
                lemmas::keep(&mut forms, form, of);
            }
            lemmas::keep(&mut forms, base.clone(), of);
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

#[cfg(test)]
mod tests {
    use super::*;
    use rayon::prelude::*;

    fn stemmed(word: &str) -> String {
        Stemmer::create(Algorithm::Finnish)
            .stem(&fold(word))
            .into_owned()
    }

    #[test]
    fn compound_tails_come_from_the_sites_own_words() {
        let lexicon = Lexicon::new(
            [
                "Hoitajan työ.",
                "Lääke ja terveys ovat tärkeitä kotona ja koti.",
            ]
            .into_par_iter(),
        )
        .site_words_only();
        let extra: Vec<String> =
            words("Sairaanhoitajan lääkekierros, työterveyshuolto ja kotihoidossa")
                .flat_map(|w| lexicon.forms_of(&w).to_vec())
                .map(|form| form.text)
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
