//! Spelling suggestions for misspelt names: "did you mean …?", or the list of what is allowed.

use super::Text;
use super::text;

/// "did you mean …?" for a misspelt name: the closest candidate, if it is close enough.
pub fn did_you_mean<'a>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::normalized_damerau_levenshtein(wrong, c), c))
        .filter(|(score, _)| *score >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// A hint that suggests the nearest candidate, or lists what is allowed.
pub fn suggest(wrong: &str, candidates: &[&str]) -> Text {
    match did_you_mean(wrong, candidates.iter().copied()) {
        Some(near) => text!("did-you-mean", name = near),
        None if candidates.is_empty() => text!("nothing-to-refer"),
        None if candidates.len() <= 12 => text!("allowed-values", values = candidates.join(", ")),
        None => text!(
            "allowed-many",
            values = candidates[..10].join(", "),
            count = candidates.len()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_names_only() {
        assert_eq!(did_you_mean("titel", ["title", "type"]), Some("title"));
        assert_eq!(did_you_mean("zzz", ["title", "type"]), None);
    }
}
