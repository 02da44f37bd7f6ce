//! Inputs and expectations of Pagefind 1.6.0's own fossicking tests
//! (`pagefind-1.6.0/src/fossick/mod.rs`, `mod tests`), rewritten for Polku's fossicking. The
//! pages have no language, so words are not stemmed.

use super::*;
use crate::search::index::WordAt;

fn page(body: &str) -> IndexPage {
    fossick("/p/", &format!("<html><body>{body}</body></html>")).1
}

/// Each word's places as (position, weight).
fn places(page: &IndexPage) -> Vec<(String, Vec<(u32, u8)>)> {
    let mut words: Vec<(String, Vec<(u32, u8)>)> = page
        .words
        .iter()
        .map(|(w, at)| {
            (
                w.clone(),
                at.iter().map(|a| (a.position, a.weight)).collect(),
            )
        })
        .collect();
    words.sort();
    words
}

fn expect(list: &[(&str, &[(u32, u8)])]) -> Vec<(String, Vec<(u32, u8)>)> {
    let mut list: Vec<_> = list
        .iter()
        .map(|(w, p)| (w.to_string(), p.to_vec()))
        .collect();
    list.sort();
    list
}

#[test]
fn a_paragraph() {
    let page = page("<p>Hello World!</p>");
    assert_eq!(page.fragment.content, "Hello World!");
    assert_eq!(
        places(&page),
        expect(&[("hello", &[(0, 24)]), ("world", &[(1, 24)])])
    );
}

#[test]
fn explicit_weights() {
    let page = page(concat!(
        "<div>The<p data-pagefind-weight='2'>Quick Brown</p>Fox",
        "<p data-pagefind-weight='0.5'>Jumps Over</p>",
        "<p data-pagefind-weight='0.00001'>Ryan</p></div>"
    ));
    assert_eq!(
        page.fragment.content,
        "The Quick Brown. Fox Jumps Over. Ryan."
    );
    let expected = expect(&[
        ("the", &[(0, 24)]),
        ("quick", &[(1, 48)]),
        ("brown", &[(2, 48)]),
        ("fox", &[(3, 24)]),
        ("jumps", &[(4, 12)]),
        ("over", &[(5, 12)]),
        ("ryan", &[(6, 1)]),
    ]);
    assert_eq!(places(&page), expected);
}

#[test]
fn headings_weigh_seven_to_two_units() {
    let page = page(concat!(
        "<h1>Pagefind</h1><h2>Pagefind</h2><h3>Pagefind</h3><h4>Pagefind</h4>",
        "<h5>Pagefind</h5><h6>Pagefind</h6><p>Pagefind</p>",
        "<div data-pagefind-weight='0'><h1>Pagefind</h1></div>"
    ));
    let weights = [168, 144, 120, 96, 72, 48, 24, 0];
    let at: Vec<(u32, u8)> = (0..8).zip(weights).collect();
    assert_eq!(places(&page), expect(&[("pagefind", &at)]));
    assert_eq!(page.fragment.meta["title"], "Pagefind");
}

#[test]
fn zero_weight_holds_for_compound_parts() {
    let page = page(
        "<div data-pagefind-weight='0'><p>Simple text and compound.word.with.periods</p></div>",
    );
    assert!(page.words.values().flatten().all(|w| w.weight == 0));
}

#[test]
fn bad_weights() {
    let page = page(concat!(
        "<p data-pagefind-weight='lots'>The</p>",
        "<p data-pagefind-weight='99999999'>Quick</p>",
        "<p data-pagefind-weight='-1234'>Brown</p>",
        "<p data-pagefind-weight='65.4'>Fox</p>"
    ));
    let expected = expect(&[
        ("the", &[(0, 24)]),
        ("quick", &[(1, 240)]),
        ("brown", &[(2, 0)]),
        ("fox", &[(3, 240)]),
    ]);
    assert_eq!(places(&page), expected);
}

#[test]
fn a_no_break_space_separates_words() {
    let page = page("<p>Hello&nbsp;👋</p>");
    let mut words: Vec<&String> = page.words.keys().collect();
    words.sort();
    assert_eq!(words, ["hello", "👋"]);
}

#[test]
fn entities_are_decoded_and_diacritics_kept_as_originals() {
    // From the crate's `parse_chars`, with Pagefind's default word symbols.
    let page = page("<p>He&amp;llo *beföre</p>");
    assert_eq!(page.fragment.content, "He&llo *beföre.");
    let before = WordAt {
        position: 1,
        weight: 24,
        original: Some("beföre".into()),
    };
    assert_eq!(page.words["before"], [before]);
}

#[test]
fn body_filters_meta_and_anchors() {
    let (language, page) = fossick(
        "/p/",
        concat!(
            "<html lang='FI'><body><nav>Menu</nav><main data-pagefind-body>",
            "<h2 id='a b'>Otsikko <em>tässä</em></h2><p>Teksti</p>",
            "<div data-pagefind-ignore=\"index\">",
            "<span data-pagefind-filter=\"type[data-v]\" data-v=\"Oppitunti\"></span>",
            "<span data-pagefind-meta=\"description[data-v]\" data-v=\"Kuvaus &amp; muuta\"></span>",
            "</div></main><footer>Ohi</footer></body></html>"
        ),
    );
    assert_eq!(language, "fi");
    assert_eq!(page.fragment.content, "Otsikko tässä. Teksti.");
    assert_eq!(page.fragment.filters["type"], ["Oppitunti"]);
    assert_eq!(page.fragment.meta["description"], "Kuvaus & muuta");
    let anchor = &page.fragment.anchors[0];
    assert_eq!(
        (anchor.id.as_str(), anchor.text.as_str()),
        ("ab", "Otsikko tässä")
    );
    assert_eq!(page.words["otsiko"][0].weight, 144);
    assert!(page.meta_words.contains_key("kuvaus"));
}
