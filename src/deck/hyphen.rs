//! Where Finnish words may be hyphenated: the author's soft hyphens first, then a small list of
//! compounds the patterns get wrong, then hypher's Finnish patterns. Only the start of a word
//! that can still fit on a line is looked at, so that breaking a very long word line by line
//! does not go through all of it again for every line.

use hypher::{Lang, hyphenate};

pub const SOFT_HYPHEN: char = '\u{ad}';

/// Compounds that Finnish hyphenation patterns split wrongly (they break before the vowel that
/// starts the second part): the right breaks, as the author would mark them.
const EXCEPTIONS: &[&str] = &[
    "työn-an-ta-ja",
    "kan-san-edus-ta-ja",
    "vas-taan-ot-to",
    "tar-peen-ar-vi-oin-ti",
    "ter-vey-den-huol-to",
];

/// More characters than any Finnish hyphenation pattern spans: the patterns that see a word's
/// end cannot change a break this far from it.
const PATTERN_REACH: usize = 32;

/// Where `word` may be hyphenated before byte `reach`, as byte offsets: the author's soft
/// hyphens if the word has any (`has_soft_hyphens`, known to the caller without reading the
/// whole word), otherwise the exception list, otherwise Finnish patterns.
pub fn break_points(word: &str, reach: usize, has_soft_hyphens: bool) -> Vec<usize> {
    let reach = reach.min(word.len());
    if has_soft_hyphens {
        return word[..reach]
            .match_indices(SOFT_HYPHEN)
            .map(|(i, _)| i)
            .collect();
    }
    let longest = EXCEPTIONS
        .iter()
        .map(|e| e.chars().count())
        .max()
        .unwrap_or(0);
    let start: String = word.chars().take(longest).collect();
    let lower = start.to_lowercase();
    if let Some(exception) = EXCEPTIONS
        .iter()
        .find(|e| lower.starts_with(&e.replace('-', "")))
    {
        let mut at = 0;
        let mut points = Vec::new();
        for part in exception.split('-') {
            at += part.len();
            points.push(at);
        }
        points.pop();
        points.retain(|&p| p < reach);
        return points;
    }
    // The patterns on the start of the word, far enough past `reach` that the cut-off end
    // cannot change the breaks before it.
    let cut = word[reach..]
        .char_indices()
        .nth(PATTERN_REACH)
        .map_or(word.len(), |(i, _)| reach + i);
    let mut at = 0;
    let mut points = Vec::new();
    for syllable in hyphenate(&word[..cut], Lang::Finnish) {
        at += syllable.len();
        points.push(at);
    }
    points.pop();
    points.retain(|&p| p < reach);
    points
}

/// `text` with soft hyphens where the patterns of `lang` break its words of six letters or more:
/// how a card in Swedish or English gets its language's breaks, which the layout takes as the
/// author's own. Finnish text is left as it is (its breaks are worked out while laying out).
pub fn mark(text: &str, lang: crate::config::Lang) -> String {
    let patterns = match lang {
        crate::config::Lang::Fi => return text.to_string(),
        crate::config::Lang::Sv => Lang::Swedish,
        crate::config::Lang::En => Lang::English,
    };
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.chars().count() >= 6 {
            let syllables: Vec<&str> = hyphenate(word, patterns).collect();
            out.push_str(&syllables.join(&SOFT_HYPHEN.to_string()));
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

pub fn starts_with_vowel(text: &str) -> bool {
    text.chars()
        .next()
        .is_some_and(|c| "aeiouyäöå".contains(c.to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn swedish_and_english_words_get_their_own_breaks() {
        let marked = super::mark("arbetsplatsen, ok", crate::config::Lang::Sv);
        assert!(marked.contains('\u{ad}'), "{marked}");
        assert_eq!(marked.replace('\u{ad}', ""), "arbetsplatsen, ok");
        let english = super::mark("understanding", crate::config::Lang::En);
        assert_eq!(english.replace('\u{ad}', "-"), "un-der-stand-ing");
        assert_eq!(
            super::mark("työpaikalla", crate::config::Lang::Fi),
            "työpaikalla"
        );
    }

    use super::*;

    #[test]
    fn the_start_of_a_long_word_breaks_as_the_whole_word_would() {
        for word in [
            "työterveyshuoltolaki".repeat(40),
            "perehdytyssuunnitelmakansio".repeat(30),
            "sairaanhoitajaopiskelija".repeat(25),
        ] {
            let whole = break_points(&word, word.len(), false);
            assert!(whole.len() > 20, "{whole:?}");
            for reach in [10, 41, 100, 250, word.len() - 3] {
                let reach = (0..=reach)
                    .rev()
                    .find(|&r| word.is_char_boundary(r))
                    .unwrap();
                let expected: Vec<usize> = whole.iter().copied().filter(|&p| p < reach).collect();
                assert_eq!(break_points(&word, reach, false), expected, "{reach}");
            }
        }
    }

    #[test]
    fn soft_hyphens_and_exceptions_win_over_patterns() {
        // The patterns would give työ-nantaja; the exception list knows työn-antaja.
        assert_eq!(break_points("työnantaja", 100, false), vec![5, 7, 9]);
        assert_eq!(break_points("työnantaja", 7, false), vec![5]);
        assert_eq!(break_points("Työnantajan", 100, false), vec![5, 7, 9]);
        // The author's soft hyphens win.
        assert_eq!(break_points("hoito\u{ad}suunnitelma", 100, true), vec![5]);
    }
}
