//! Finnish conventions: slugs, alphabetical order, dates and numbers as Finns write them.

use std::cmp::Ordering;

/// A URL slug: lower case ASCII letters, digits and `-`, with ä→a, ö→o, å→a folded.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'ä' | 'å' | 'á' | 'à' | 'â' => 'a',
            'ö' | 'ø' | 'ó' | 'ò' | 'ô' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' => 'u',
            'š' => 's',
            'ž' => 'z',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The size of a file as Finns write it: `182 kt`.
pub fn size_text(bytes: usize) -> String {
    if bytes >= 1024 * 1024 {
        format!(
            "{},{} Mt",
            bytes / (1024 * 1024),
            bytes % (1024 * 1024) * 10 / (1024 * 1024)
        )
    } else {
        format!("{} kt", bytes.div_ceil(1024))
    }
}

/// True for a valid id: `[a-z0-9-]+`.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Sort key for Finnish alphabetical order as in CLDR `fi`: Z < Å < Ä < Ö, Æ with Ä, Ø with Ö,
/// Ü with Y; case and other accents are secondary.
fn sort_rank(c: char) -> (u32, u32) {
    let lower = c.to_lowercase().next().unwrap_or(c);
    match lower {
        'å' => ('z' as u32 + 1, 0),
        'ä' | 'æ' => ('z' as u32 + 2, 0),
        'ö' | 'ø' => ('z' as u32 + 3, 0),
        'é' | 'è' => ('e' as u32, 1),
        'ü' => ('y' as u32, 1),
        _ => (lower as u32, 0),
    }
}

/// Compares two words in Finnish alphabetical order.
pub fn collate(a: &str, b: &str) -> Ordering {
    collation_key(a).cmp(&collation_key(b))
}

/// Sorts in Finnish alphabetical order: letters first, then accents, then the text itself.
pub type CollationKey = (Vec<u32>, Vec<(u32, u32)>, String);

/// What `collate` compares: letters in Finnish order, then the case and accents, then the text.
/// Long lists sort by it with `sort_by_cached_key`, which works it out once per entry.
pub fn collation_key(s: &str) -> CollationKey {
    (
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .map(|c| sort_rank(c).0)
            .collect(),
        s.chars().map(sort_rank).collect(),
        s.to_string(),
    )
}

/// The index letter of a word in a Finnish A–Ö index.
pub fn index_letter(word: &str) -> String {
    let first = word.chars().find(|c| c.is_alphanumeric()).unwrap_or('#');
    match first.to_uppercase().next().unwrap_or(first) {
        c if c.is_ascii_digit() => "0–9".to_string(),
        c => c.to_string(),
    }
}

/// An integer with a narrow no-break space between thousands: `1 234`.
pub fn number(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{202f}');
        }
        out.push(c);
    }
    out
}

/// A share as a Finnish percentage with one decimal: `35,2 %`.
pub fn percent(part: u64, whole: u64) -> String {
    if whole == 0 {
        return "–".to_string();
    }
    // In u128: content counts are validated, but a page is rendered even when they were not.
    let (part, whole) = (u128::from(part), u128::from(whole));
    let tenths = (part * 1000 + whole / 2) / whole;
    format!("{},{}\u{a0}%", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_fold_finnish_letters() {
        assert_eq!(slug("Ensimmäinen työpäivä"), "ensimmainen-tyopaiva");
        assert_eq!(slug("Åland – ÖRE!"), "aland-ore");
        assert_eq!(slug("B1.1"), "b1-1");
    }

    #[test]
    fn finnish_order_puts_a_ring_a_umlaut_o_umlaut_after_z() {
        let mut words = vec![
            "öljy", "äiti", "zeta", "aamu", "åbo", "vuoro", "webbi", "ydin",
        ];
        words.sort_by(|a, b| collate(a, b));
        assert_eq!(
            words,
            [
                "aamu", "vuoro", "webbi", "ydin", "zeta", "åbo", "äiti", "öljy"
            ]
        );
    }

    #[test]
    fn numbers_and_percentages_the_finnish_way() {
        assert_eq!(number(1234567), "1\u{202f}234\u{202f}567");
        assert_eq!(number(182), "182");
        assert_eq!(percent(64, 182), "35,2\u{a0}%");
    }
}
