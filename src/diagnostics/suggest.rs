//! Spelling suggestions for misspelt names: "did you mean …?", or the list of what is allowed.

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
pub fn suggest(wrong: &str, candidates: &[&str]) -> String {
    match did_you_mean(wrong, candidates.iter().copied()) {
        Some(near) => format!("did you mean `{near}`?"),
        None if candidates.is_empty() => "there is nothing to refer to yet".to_string(),
        None if candidates.len() <= 12 => format!("allowed: {}", candidates.join(", ")),
        None => format!(
            "allowed: {}, … ({} in all)",
            candidates[..10].join(", "),
            candidates.len()
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
