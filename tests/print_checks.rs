//! The deck PDFs as a printer receives them, read back from the files: every office format
//! rendered page by page (poppler's `pdftoppm`) with no ink in the outer 5 mm, backs that line
//! up with their fronts in a duplex print at the back offset, every page of the print-shop file
//! a card, large print never under 14 pt, and words broken at a line's end only where they must
//! be.

mod common;

use std::process::Command;

use common::TestSite;
use lopdf::{Document, Object};

const MM: f32 = 72.0 / 25.4;

fn pdf_at(site: &TestSite, deck: &str, file: &str) -> Document {
    let path = site.path(&format!("public/kortit/{deck}/tulosta/{deck}-{file}.pdf"));
    Document::load(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn all_formats(site: &TestSite) {
    site.edit(
        "content/kortit/testipakka/deck.yaml",
        "card_kind: insight",
        "card_kind: insight\nprint: {formats: [a4-9, shop, a4-4, fold]}",
    );
}

/// Every page of a PDF rendered in grey at `dpi`: (width, height, pixels), one byte a pixel.
fn rendered(path: &std::path::Path, dpi: u32) -> Vec<(usize, usize, Vec<u8>)> {
    let dir = tempfile::tempdir().unwrap();
    let status = Command::new("pdftoppm")
        .args(["-gray", "-r", &dpi.to_string()])
        .arg(path)
        .arg(dir.path().join("page"))
        .status()
        .expect("pdftoppm (poppler-utils, which scripts/test installs)");
    assert!(status.success());
    let mut files: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| pgm(&std::fs::read(f).unwrap()))
        .collect()
}

/// A binary PGM (P5) as (width, height, pixels).
fn pgm(bytes: &[u8]) -> (usize, usize, Vec<u8>) {
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..at]).into_owned());
    }
    assert_eq!(fields[0], "P5");
    let (w, h) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    (w, h, bytes[at + 1..].to_vec())
}

#[test]
fn office_formats_keep_all_ink_5_mm_inside_the_paper_even_with_a_back_offset() {
    let site = TestSite::fixture("site");
    all_formats(&site);
    // A back offset moves the backs towards the edge: the clip must still hold.
    site.edit(
        "site.yaml",
        "language: fi",
        "language: fi\ndeck: {back_offset_mm: [3, -2]}",
    );
    site.build_ok(&[]);
    let dpi = 100;
    let edge = (5.0 / 25.4 * dpi as f32).floor() as usize;
    for format in ["a4-9", "a4-4", "fold"] {
        let path = site.path(&format!(
            "public/kortit/testipakka/tulosta/testipakka-{format}.pdf"
        ));
        let pages = rendered(&path, dpi);
        assert!(!pages.is_empty());
        for (n, (w, h, pixels)) in pages.iter().enumerate() {
            let inked = (0..*h)
                .flat_map(|y| (0..*w).map(move |x| (x, y)))
                .filter(|&(x, y)| x < edge || y < edge || x >= w - edge || y >= h - edge)
                .filter(|&(x, y)| pixels[y * w + x] < 250)
                .count();
            assert_eq!(inked, 0, "{format} page {}: ink in the outer 5 mm", n + 1);
            // The page is not blank: cards were drawn inside.
            assert!(pixels.iter().filter(|&&p| p < 128).count() > w * h / 50);
        }
    }
}

#[test]
fn the_shop_file_holds_only_card_sized_pages_each_a_card_front_or_back() {
    let site = TestSite::fixture("site");
    all_formats(&site);
    site.build_ok(&[]);
    let doc = pdf_at(&site, "testipakka", "shop");
    let titles = ["Tietoa pakasta", "Ensimmäinen kortti", "Toinen kortti"];
    for (n, id) in doc.get_pages() {
        let media: Vec<f32> = doc
            .get_dictionary(id)
            .unwrap()
            .get(b"MediaBox")
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o.as_float().unwrap() / MM)
            .collect();
        assert!(
            (media[2] - 69.0).abs() < 0.05 && (media[3] - 94.0).abs() < 0.05,
            "{media:?}"
        );
        let text = doc.extract_text(&[n]).unwrap();
        // Odd pages are fronts (a card's title), even pages its back (the deck's title).
        let expected = if n % 2 == 1 {
            titles[(n as usize - 1) / 2]
        } else {
            "Testipakka"
        };
        assert!(
            text.contains(expected),
            "page {n}: {text:?} has no {expected}"
        );
    }
    assert_eq!(doc.get_pages().len(), 2 * titles.len());
}

/// The type sizes of every text a PDF draws: each `Tf` size times the scale of the graphics
/// state it is drawn in (`q`, `Q`, `cm`); Polku's text matrices (`Tm`) do not scale.
fn type_sizes(doc: &Document) -> Vec<f32> {
    let mut sizes = Vec::new();
    for id in doc.get_pages().values() {
        let content = doc.get_and_decode_page_content(*id).unwrap();
        let mut scale = 1.0;
        let mut saved = Vec::new();
        for op in content.operations {
            let numbers: Vec<f32> = op
                .operands
                .iter()
                .filter_map(|o| o.as_float().ok())
                .collect();
            match op.operator.as_str() {
                "q" => saved.push(scale),
                "Q" => scale = saved.pop().unwrap_or(1.0),
                "cm" => scale *= numbers[3].abs(),
                "Tm" => assert_eq!((numbers[0].abs(), numbers[3].abs()), (1.0, 1.0)),
                "Tf" => sizes.push(numbers[0] * scale),
                _ => {}
            }
        }
    }
    sizes
}

#[test]
fn large_print_and_the_instructions_never_go_under_14_points() {
    let site = TestSite::fixture("site");
    all_formats(&site);
    site.build_ok(&[]);
    for file in ["a4-4", "instructions"] {
        let sizes = type_sizes(&pdf_at(&site, "testipakka", file));
        let smallest = sizes.iter().copied().fold(f32::MAX, f32::min);
        assert!(
            sizes.len() >= 2 && smallest >= 14.0,
            "{file}: smallest {smallest} pt"
        );
    }
    // The measure can fail: the 9-per-sheet cards have smaller type.
    let sizes = type_sizes(&pdf_at(&site, "testipakka", "a4-9"));
    assert!(sizes.iter().any(|&s| s < 10.0));
}

/// How many lines of a PDF end in a word broken with a hyphen: Polku marks each with an
/// `ActualText` ending in a soft hyphen, so that the word reads whole.
fn hyphenated_breaks(doc: &Document) -> usize {
    let mut count = 0;
    for id in doc.get_pages().values() {
        for op in doc.get_and_decode_page_content(*id).unwrap().operations {
            if op.operator != "BDC" {
                continue;
            }
            if let Some(Object::Dictionary(d)) = op.operands.get(1)
                && let Ok(Object::String(text, _)) = d.get(b"ActualText")
                && text.ends_with(&[0x00, 0xad])
            {
                count += 1;
            }
        }
    }
    count
}

#[test]
fn the_example_deck_breaks_a_tenth_of_the_words_when_needed_that_normal_hyphenation_does() {
    let site = TestSite::example();
    let deck = "content/kortit/starttipakka/deck.yaml";
    let count = |site: &TestSite| -> Vec<usize> {
        site.build_ok(&[]);
        ["a4-9", "a4-4", "fold", "shop"]
            .iter()
            .map(|f| hyphenated_breaks(&pdf_at(site, "starttipakka", f)))
            .collect()
    };
    let when_needed = count(&site);
    let card = site.read("public/kortit/starttipakka/huumori-yhdistaa/index.html");
    assert!(card.contains(r#"data-hyphenate="when-needed""#));
    site.edit(deck, "print:", "hyphenate: normal\nprint:");
    let normal = count(&site);
    eprintln!(
        "hyphenated breaks per format (a4-9, a4-4, fold, shop): when-needed {when_needed:?}, normal {normal:?}"
    );
    for (needed, normal) in when_needed.iter().zip(&normal) {
        assert!(*normal >= 30, "normal hyphenation breaks words: {normal}");
        assert!(needed * 10 <= *normal, "{needed} of {normal}");
    }
    site.edit(deck, "hyphenate: normal", "hyphenate: never");
    assert_eq!(count(&site), [0, 0, 0, 0]);
    // The web pages of the deck follow the same setting (polku.css styles each value).
    for page in ["", "huumori-yhdistaa/", "nosta/"] {
        let html = site.read(&format!("public/kortit/starttipakka/{page}index.html"));
        assert!(html.contains(r#"data-hyphenate="never""#), "{page}");
    }
}

/// The first and last columns of pixel row `y` darker than paper, ignoring crop marks: runs of
/// ink at least 2 mm long.
fn inked_span(page: &(usize, usize, Vec<u8>), y: usize, dpi: u32) -> Option<(usize, usize)> {
    let (w, _, pixels) = page;
    let row = &pixels[y * w..(y + 1) * w];
    let long = (2.0 / 25.4 * dpi as f32) as usize;
    let inked = |x: usize| x + long <= *w && row[x..x + long].iter().all(|&p| p < 200);
    let first = (0..*w).find(|&x| inked(x))?;
    let last = (0..*w).rev().find(|&x| x >= long && inked(x + 1 - long))?;
    Some((first, last))
}

#[test]
fn a_duplex_print_with_the_back_offset_puts_each_back_behind_its_front() {
    let site = TestSite::fixture("site");
    let dpi = 100;
    let px = |mm: f32| mm / 25.4 * dpi as f32;
    for (right, down) in [(0.0, 0.0), (2.0, 1.0)] {
        site.write(
            "site.yaml",
            &site
                .read("site.yaml")
                .replace(
                    "language: fi\n",
                    &format!("language: fi\ndeck: {{back_offset_mm: [{right}, {down}]}}\n"),
                )
                .replace("deck: {back_offset_mm: [0, 0]}\n", ""),
        );
        site.build_ok(&[]);
        let pages = rendered(
            &site.path("public/kortit/testipakka/tulosta/testipakka-a4-9.pdf"),
            dpi,
        );
        let (front, back) = (&pages[0], &pages[1]);
        // The fronts' colour bands run across the top row; the backs fill their cards.
        let top = |page: &(usize, usize, Vec<u8>)| {
            (0..page.1).find(|&y| inked_span(page, y, dpi).is_some())
        };
        let band_row = top(front).unwrap() + px(3.0) as usize;
        let (left, end) = inked_span(front, band_row, dpi).unwrap();
        let width = front.0 as f32;
        // Long-edge duplex mirrors the sheet left to right: the back's span is the front's
        // mirrored, moved by the offset. (That each back lands behind its own front, columns
        // mirrored, is `decks.rs`'s test of text positions.)
        let (back_left, back_end) = inked_span(back, band_row + px(down) as usize, dpi).unwrap();
        let expected = (
            width - 1.0 - end as f32 + px(right),
            width - 1.0 - left as f32 + px(right),
        );
        assert!(
            (back_left as f32 - expected.0).abs() <= 2.0
                && (back_end as f32 - expected.1).abs() <= 2.0,
            "offset ({right}, {down}): backs span {back_left}..{back_end}, expected {expected:?}"
        );
        let shift = top(back).unwrap() as f32 - top(front).unwrap() as f32;
        assert!(
            (shift - px(down)).abs() <= 2.0,
            "offset ({right}, {down}): backs {shift} px lower"
        );
    }
}
