//! Finnish inflection by rule: the stems a word's case forms are built on (consonant gradation,
//! the stem changes of `-nen`, `-si`, `-us`, `-in` words) and a few case forms of each. The rules
//! over-generate (`kipulääella`); where Voikko is installed, `lemmas.rs` keeps only the forms
//! it reads as forms of the word.

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

pub(super) const VOWELS: &[char] = &['a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö', 'å'];

pub(super) fn is_vowel(c: char) -> bool {
    VOWELS.contains(&c)
}

/// Vowel-final stems of a word: its own, the ones Finnish builds before case endings
/// (`käsi` → `käde`, `omainen` → `omaise`, `kirjaus` → `kirjaukse`, `moninaisuus` →
/// `moninaisuude`, `puhelin` → `puhelime`, `lääke` → `lääkee`), and each with its consonants in the other grade
/// (`lääkehoito` → `lääkehoido`, `kipu` → `kivu`, `selkä` → `selä`, `käytännö` → `käytäntö`).
pub fn stems(word: &str) -> Vec<String> {
    let n = word.chars().count();
    let cut = |k: usize| word.chars().take(n - k).collect::<String>();
    let mut bases = Vec::new();
    let last = word.chars().last().unwrap_or(' ');
    if is_vowel(last) {
        bases.push(word.to_string());
    }
    // `lääke` → `lääkee` (`lääkkeen`, with the other grade below).
    let before_last = word.chars().nth(n.saturating_sub(2));
    if last == 'e' && n > 3 && before_last.is_some_and(|c| !is_vowel(c)) {
        bases.push(format!("{word}e"));
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

/// The word's stems in the case forms of `ENDINGS`, with the word's vowel harmony.
pub fn inflected_forms(word: &str) -> Vec<String> {
    let front = is_front(word);
    stems(word)
        .iter()
        .flat_map(|stem| singular_forms(stem, front))
        .collect()
}

/// A singular stem in the case forms of `ENDINGS` (`käde` → `käden`, `kädellä`…); the first
/// is the genitive.
pub fn singular_forms(stem: &str, front: bool) -> Vec<String> {
    let endings = ENDINGS.iter();
    endings
        .map(|e| format!("{stem}{}", harmonised(e, front)))
        .collect()
}

/// Case endings after a plural stem (`lattioi-lla`, `käsi-en`); the first is the adessive.
const PLURAL_ENDINGS: &[&str] = &["lla", "ssa", "sta", "lle", "hin", "en", "ta", "a"];

/// Plural case forms of the word (see [`plural_stems`]).
pub fn plural_forms(word: &str) -> Vec<String> {
    let front = is_front(word);
    let stems = plural_stems(word);
    stems
        .iter()
        .flat_map(|s| plural_case_forms(s, front))
        .collect()
}

/// The plural stems of a word, guessed from each of its stems in the ways Finnish builds one
/// (`lattia` → `lattioi`, `kukka` → `kukki`, `talo` → `taloi`, `huone` → `huonei`, `maa` →
/// `mai`): more guesses than stems, for Voikko to keep the real ones (`lemmas.rs`).
pub fn plural_stems(word: &str) -> Vec<String> {
    plural_stems_of(&stems(word), is_front(word))
}

/// The plural stems guessed from these singular stems (see [`plural_stems`]).
pub fn plural_stems_of(stems: &[String], front: bool) -> Vec<String> {
    let mut plural_stems = Vec::new();
    for stem in stems {
        let mut chars: Vec<char> = stem.chars().collect();
        let Some(&last) = chars.last() else { continue };
        match last {
            'a' | 'ä' | 'e' | 'i' => {
                chars.pop();
                let head: String = chars.iter().collect();
                if chars.last() == Some(&last) {
                    plural_stems.push(format!("{head}i"));
                } else {
                    plural_stems.push(format!("{head}{}", harmonised("oi", front)));
                    plural_stems.push(format!("{head}i"));
                    plural_stems.push(format!("{head}ei"));
                }
            }
            c if is_vowel(c) => {
                if chars.len() > 1 && chars[chars.len() - 2] == c {
                    chars.pop();
                }
                plural_stems.push(format!("{}i", chars.iter().collect::<String>()));
            }
            _ => {}
        }
    }
    plural_stems.sort();
    plural_stems.dedup();
    plural_stems
}

/// A plural stem in the case forms of `PLURAL_ENDINGS`.
pub fn plural_case_forms(stem: &str, front: bool) -> Vec<String> {
    let chars: Vec<char> = stem.chars().collect();
    let endings = PLURAL_ENDINGS.iter();
    endings
        .map(|e| {
            // Between vowels the plural `i` is written `j` (`taloi` + `a` → `taloja`).
            let glide =
                chars.len() > 1 && is_vowel(chars[chars.len() - 2]) && e.starts_with(is_vowel);
            let stem: String = match glide {
                true => chars[..chars.len() - 1]
                    .iter()
                    .chain(['j'].iter())
                    .collect(),
                false => stem.to_string(),
            };
            format!("{stem}{}", harmonised(e, front))
        })
        .collect()
}

/// Whether the word takes front-vowel endings (`-llä`): its last vowel of a harmony pair is
/// front, or it has only neutral `e` and `i`.
pub fn is_front(word: &str) -> bool {
    let last = word.chars().rev().find(|c| "aouäöyå".contains(*c));
    !matches!(last, Some('a' | 'o' | 'u' | 'å'))
}

fn harmonised(ending: &str, front: bool) -> String {
    match front {
        true => ending.replace('a', "ä").replace('o', "ö").replace('u', "y"),
        false => ending.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pagefind_stem::{Algorithm, Stemmer};

    fn stemmed(word: &str) -> String {
        Stemmer::create(Algorithm::Finnish)
            .stem(&super::super::fold(word))
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
    fn plural_stems_are_guessed_in_finnish_ways_with_the_words_vowel_harmony() {
        let forms = |w: &str| plural_forms(w);
        assert!(forms("lattia").contains(&"lattioilla".to_string()));
        assert!(forms("talo").contains(&"taloja".to_string()));
        assert!(forms("käsi").contains(&"käsien".to_string()));
        assert!(forms("maa").contains(&"maihin".to_string()));
        assert!(forms("kylä").contains(&"kylillä".to_string()));
        assert!(inflected_forms("kylä").contains(&"kylällä".to_string()));
    }
}
