//! The inputs and expectations of Pagefind 1.6.0's own tests of its splitting
//! (`pagefind-1.6.0/src/fossick/splitting.rs`, `mod tests`), rewritten for Polku's tokens.

use super::*;

fn word(stemmed: &str, compound_part: bool, original: Option<&str>) -> Indexable {
    Indexable {
        stemmed: stemmed.into(),
        compound_part,
        original: original.map(Into::into),
    }
}

#[test]
fn a_simple_word_is_itself() {
    let english = stemmer("en");
    assert_eq!(
        indexable_words("hello", english.as_ref()),
        [word("hello", false, None)]
    );
}

#[test]
fn compound_words_give_their_parts() {
    let english = stemmer("en");
    let expected = [
        word("threeantelop", false, None),
        word("three", true, None),
        word("antelop", true, None),
    ];
    for compound in ["ThreeAntelopes", "three-antelopes"] {
        assert_eq!(indexable_words(compound, english.as_ref()), expected);
    }
    // The crate's test passes no word symbols; Pagefind's builds keep `_` (a `WORD_SYMBOLS`) in
    // the whole word, as Polku does.
    let snake = indexable_words("three_antelopes", english.as_ref());
    assert_eq!(snake[0], word("three_antelop", false, None));
    assert_eq!(snake[1..], expected[1..]);
}

#[test]
fn compound_parts_keep_their_diacritics_as_originals() {
    // The crate's test stems French ("cafecrem", "caf", "crem"); Polku has no French stemmer, so
    // the same word unstemmed.
    assert_eq!(
        indexable_words("café-crème", None),
        [
            word("cafecreme", false, Some("cafécrème")),
            word("cafe", true, Some("café")),
            word("creme", true, Some("crème")),
        ]
    );
}

#[test]
fn discrete_words_split_at_punctuation_and_case() {
    for (input, expected) in [
        ("these-words-are-hyphenated", "these words are hyphenated"),
        ("__array_structures", "array structures"),
        ("WKWebVIEWComponent", "wk web view component"),
        ("page.Find", "page find"),
        ("cloud/cannon,page.find", "cloud cannon page find"),
        ("l'alphabet", "l alphabet"),
        (
            "<FormComponent data-pagefind-meta='[key:(value)]'>",
            "form component data pagefind meta key value",
        ),
        ("cloud🌦️cannon", "cloud🌦️cannon"),
    ] {
        assert_eq!(discrete_words(input), expected, "{input}");
    }
}

#[test]
fn emoji_are_indexed_on_their_own() {
    let words = indexable_words("cloud🌦️cannon", None);
    assert!(words.contains(&word("🌦️", false, None)), "{words:?}");
    let family = indexable_words("👋👨‍👩‍👧‍👦🌾", None);
    let emoji: Vec<&str> = family.iter().map(|w| w.stemmed.as_str()).collect();
    assert_eq!(emoji, ["👋", "👨‍👩‍👧‍👦", "🌾"]);
}

#[test]
fn diacritics_fold_as_the_search_query_does() {
    assert_eq!(fold_diacritics("café").as_deref(), Some("cafe"));
    assert_eq!(fold_diacritics("バンド"), None);
    assert_eq!(
        fold_diacritics("ハ\u{3099}ント\u{3099}").as_deref(),
        Some("バンド")
    );
    assert_eq!(
        fold_diacritics("한").as_deref(),
        Some("\u{1112}\u{1161}\u{11AB}")
    );
    assert_eq!(fold_diacritics("東京"), None);
    assert_eq!(fold_diacritics("วิกิพีเดีย").as_deref(), Some("วกพเดย"));
    // Finnish: ä and ö fold, the written form kept.
    assert_eq!(fold_diacritics("päivää").as_deref(), Some("paivaa"));
}

#[test]
fn two_cluster_words_are_not_duplicated() {
    assert_eq!(indexable_words("學校", None), [word("學校", false, None)]);
}

#[test]
fn katakana_words_give_their_suffixes() {
    assert_eq!(
        katakana_suffixes("バックアップ"),
        ["ックアップ", "クアップ", "アップ", "ップ"]
    );
    assert!(katakana_suffixes("テスト").contains(&"スト"));
    assert!(katakana_suffixes("リスト型").is_empty());
    let rule = "ー".repeat(1_000);
    assert_eq!(
        katakana_suffixes(&rule).len(),
        MAX_KATAKANA_SUFFIX_CHARS - 1
    );
}

#[test]
fn dotted_words_give_their_compound_tails() {
    let raw = "sysconfig.is_python_build";
    let mut words = indexable_words(raw, None);
    words.extend(dotted_tails(raw, None, &words));
    let stems: Vec<&str> = words.iter().map(|w| w.stemmed.as_str()).collect();
    // The whole word, its parts, and the tail after the dot as one word.
    assert_eq!(
        stems,
        [
            "sysconfigis_python_build",
            "sysconfig",
            "is",
            "python",
            "build",
            "is_python_build"
        ]
    );
}

#[test]
fn weights_are_shared_by_compound_parts() {
    // The crate's `parse_chars`: "He&llo" weighs 24, its parts 12 each.
    let mut tokens = Tokens::new("unknown");
    tokens.word("He&llo", 24);
    tokens.word("\u{200B}", 24);
    tokens.word("Fox", 24);
    let at = |w: &str| tokens.words[w].clone();
    let place = |position, weight| WordAt {
        position,
        weight,
        original: None,
    };
    assert_eq!(at("hello"), [place(0, 24)]);
    assert_eq!(at("he"), [place(0, 12)]);
    assert_eq!(at("llo"), [place(0, 12)]);
    // A zero-width space alone is no word and takes no position.
    assert_eq!(at("fox"), [place(1, 24)]);
    // `parse_zero_weighted_compound_words`: weight 0 stays 0 for the parts.
    tokens.word("compound.word.with.periods", 0);
    assert!(
        tokens
            .words
            .values()
            .flatten()
            .all(|p| p.position < 2 || p.weight == 0)
    );
}
