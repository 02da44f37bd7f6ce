//! Base forms and compound parts from Voikko, for the words it knows: what a word's forms are
//! worked out from when Voikko is installed (`Lexicon::forms_of`).

use std::collections::BTreeMap;

use super::inflect::{
    inflected_forms, is_front, plural_case_forms, plural_forms, plural_stems_of, singular_forms,
    stems,
};
use crate::search::index::FormOf;
use crate::search::voikko::Voikko;

/// The shortest compound part indexed on its own (`työ`, `yö`… are kept; `a` of a hyphenated
/// abbreviation is not).
const SHORTEST_PART: usize = 3;

/// What `word` is a form of: its base forms, and for a compound each part's base form, the
/// parts that begin it and those that end it, so that a query for any part or any run of parts,
/// in any form, meets the page (`ryhmäohjaajakoulutuksessa` → `ryhmäohjaajakoulutus`,
/// `ryhmä`, `ohjaaja`, `koulutus`, `ryhmäohjaaja`, `ohjaajakoulutus`), each with what it is of
/// (the word's own base forms are of the word, the rest of its parts). Empty for a word Voikko
/// does not know.
pub fn bases(voikko: &Voikko, word: &str) -> BTreeMap<String, FormOf> {
    let mut bases = BTreeMap::new();
    for analysis in voikko.analyse(word).iter() {
        keep(&mut bases, analysis.base.clone(), FormOf::Word);
        let parts = &analysis.parts;
        if parts.len() < 2 {
            continue;
        }
        let part_bases: Vec<Vec<String>> = parts.iter().map(|p| base_forms(voikko, p)).collect();
        for (at, own) in part_bases.iter().enumerate() {
            for base in own.iter().filter(|b| b.chars().count() >= SHORTEST_PART) {
                keep(&mut bases, base.clone(), FormOf::Part);
            }
            if at == 0 {
                continue;
            }
            // The parts up to this one, this one in its base form (`työterveys`) ...
            let head = parts[..at].concat();
            for base in own {
                keep(&mut bases, format!("{head}{base}"), FormOf::Part);
            }
            // ... and from this one to the end, the last one in its base form (`terveyshuolto`).
            let middle = parts[at..parts.len() - 1].concat();
            for base in &part_bases[parts.len() - 1] {
                keep(&mut bases, format!("{middle}{base}"), FormOf::Part);
            }
        }
    }
    bases.remove(word);
    bases
}

/// Adds `form` to `forms` as a form of `of`, or of the word if it is that already.
pub fn keep(forms: &mut BTreeMap<String, FormOf>, form: String, of: FormOf) {
    let kept = forms.entry(form).or_insert(of);
    *kept = (*kept).min(of);
}

/// A part's base forms (`sairaan` → `sairas`), or the part itself if Voikko does not know it
/// alone.
fn base_forms(voikko: &Voikko, part: &str) -> Vec<String> {
    let mut bases: Vec<String> = voikko
        .analyse(part)
        .iter()
        .map(|a| a.base.clone())
        .collect();
    bases.dedup();
    if bases.is_empty() {
        bases.push(part.to_string());
    }
    bases
}

/// The case forms of `base` that the rules of `inflect.rs` make, of the stems Voikko reads as
/// stems of it (tried in one case form each: the genitive, or the plural adessive): the rules'
/// guesses without those that are no Finnish word (`kipulääella`, `joan`). All of the rules'
/// forms for a word Voikko does not know.
pub fn inflections(voikko: &Voikko, base: &str) -> Vec<String> {
    let readings = voikko.analyse(base);
    if readings.is_empty() {
        return inflected_forms(base)
            .into_iter()
            .chain(plural_forms(base))
            .collect();
    }
    // A form of the word is read with one of the word's own base forms (`esittäytymisen` and
    // `esittäytyminen` are both forms of `esittäytyä` to Voikko).
    let own: Vec<&str> = readings
        .iter()
        .map(|a| a.base.as_str())
        .chain([base])
        .collect();
    let front = is_front(base);
    let is_form = |form: &String| {
        let readings = voikko.analyse(form);
        readings.iter().any(|a| own.contains(&a.base.as_str()))
    };
    // Plural stems are guessed from the singular stems Voikko kept: fewer words to ask about.
    let singular: Vec<(String, Vec<String>)> = stems(base)
        .into_iter()
        .map(|stem| {
            let forms = singular_forms(&stem, front);
            (stem, forms)
        })
        .filter(|(_, forms)| forms.first().is_some_and(is_form))
        .collect();
    let kept: Vec<String> = singular.iter().map(|(stem, _)| stem.clone()).collect();
    let plural = plural_stems_of(&kept, front)
        .into_iter()
        .map(|s| plural_case_forms(&s, front))
        .filter(|forms| forms.first().is_some_and(is_form));
    singular
        .into_iter()
        .flat_map(|(_, forms)| forms)
        .chain(plural.flatten())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs where Voikko is installed (`scripts/test` installs it).
    fn voikko() -> Option<Voikko> {
        let voikko = Voikko::load();
        if voikko.is_none() {
            eprintln!("libvoikko is not installed: skipped");
        }
        voikko
    }

    #[test]
    fn a_word_leads_to_its_base_form_and_every_part_of_a_compound() {
        let Some(voikko) = voikko() else { return };
        assert_eq!(bases(&voikko, "käden").get("käsi"), Some(&FormOf::Word));
        assert_eq!(
            bases(&voikko, "ihmisen").get("ihminen"),
            Some(&FormOf::Word)
        );
        let compound = bases(&voikko, "ryhmäohjaajakoulutuksessa");
        for base in [
            "ryhmäohjaajakoulutus",
            "ryhmä",
            "ohjaaja",
            "koulutus",
            "ryhmäohjaaja",
            "ohjaajakoulutus",
        ] {
            assert!(
                compound.contains_key(base),
                "{base} missing from {compound:?}"
            );
        }
        assert_eq!(compound.get("ryhmäohjaajakoulutus"), Some(&FormOf::Word));
        assert_eq!(compound.get("ohjaaja"), Some(&FormOf::Part));
        // A first part in the genitive leads to its base form and to the head it begins.
        let inflected_head = bases(&voikko, "työterveyshuoltoon");
        assert!(
            inflected_head.contains_key("työterveys"),
            "{inflected_head:?}"
        );
        assert!(inflected_head.contains_key("terveys"), "{inflected_head:?}");
    }

    #[test]
    fn only_the_forms_voikko_reads_as_the_words_are_kept() {
        let Some(voikko) = voikko() else { return };
        let kipu = inflections(&voikko, "kipulääke");
        assert!(kipu.contains(&"kipulääkkeen".to_string()), "{kipu:?}");
        assert!(!kipu.iter().any(|f| f.starts_with("kipulääe")), "{kipu:?}");
        let lattia = inflections(&voikko, "lattia");
        assert!(lattia.contains(&"lattioilla".to_string()), "{lattia:?}");
        let kasi = inflections(&voikko, "käsi");
        assert!(kasi.contains(&"kädellä".to_string()), "{kasi:?}");
        // A word Voikko does not know keeps all of the rules' forms.
        let unknown = inflections(&voikko, "polkuxyz");
        assert_eq!(
            unknown.len(),
            inflected_forms("polkuxyz").len() + plural_forms("polkuxyz").len()
        );
    }
}
