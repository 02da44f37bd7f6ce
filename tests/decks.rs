//! Card-deck PDFs, read back with a PDF parser: page counts per format, page, trim and bleed
//! boxes in millimetres, embedded fonts, the cards' titles in the text layer, and backs that
//! land behind their fronts.

mod common;

use common::TestSite;
use lopdf::{Document, Object};

const DECK: &str = "content/kortit/testipakka/deck.yaml";
const MM: f32 = 72.0 / 25.4;

fn built_with_all_formats() -> TestSite {
    let site = TestSite::fixture("site");
    site.edit(
        DECK,
        "card_kind: insight",
        "card_kind: insight\nprint: {formats: [a4-9, shop, a4-4, fold]}",
    );
    let run = site.build_ok(&[]);
    assert_eq!(run.stderr, "");
    site
}

fn pdf(site: &TestSite, format: &str) -> Document {
    Document::load_mem(
        &std::fs::read(site.path(&format!(
            "public/kortit/testipakka/tulosta/testipakka-{format}.pdf"
        )))
        .unwrap(),
    )
    .unwrap()
}

/// A page box in millimetres: [left, bottom, right, top].
fn page_box(doc: &Document, page: u32, name: &[u8]) -> Option<[f32; 4]> {
    let id = doc.get_pages()[&page];
    let dict = doc.get_dictionary(id).ok()?;
    let values = dict.get(name).ok()?.as_array().ok()?;
    let v: Vec<f32> = values
        .iter()
        .map(|o| o.as_float().unwrap_or(0.0) / MM)
        .collect();
    Some([v[0], v[1], v[2], v[3]])
}

fn close(a: [f32; 4], b: [f32; 4]) -> bool {
    a.iter().zip(b).all(|(x, y)| (x - y).abs() < 0.05)
}

fn text(doc: &Document, page: u32) -> String {
    doc.extract_text(&[page])
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_format_has_the_right_pages_and_sizes() {
    let site = built_with_all_formats();
    // The fixture deck: the info card and two cards = 3 sides to print, and no instruction page:
    // the instructions are a PDF of their own, on the deck's paper.
    let a49 = pdf(&site, "a4-9");
    assert_eq!(a49.get_pages().len(), 2, "a sheet of fronts and its backs");
    assert!(close(
        page_box(&a49, 2, b"MediaBox").unwrap(),
        [0.0, 0.0, 210.0, 297.0]
    ));
    let a44 = pdf(&site, "a4-4");
    assert_eq!(a44.get_pages().len(), 2);
    let fold = pdf(&site, "fold");
    assert_eq!(fold.get_pages().len(), 1);
    let instructions = pdf(&site, "instructions");
    assert_eq!(instructions.get_pages().len(), 1);
    assert!(close(
        page_box(&instructions, 1, b"MediaBox").unwrap(),
        [0.0, 0.0, 210.0, 297.0]
    ));
    let shop = pdf(&site, "shop");
    let pages = shop.get_pages().len();
    assert_eq!(pages, 6, "front and back of 3 cards");
    let last = pages as u32;
    assert!(close(
        page_box(&shop, last, b"MediaBox").unwrap(),
        [0.0, 0.0, 69.0, 94.0]
    ));
    assert!(close(
        page_box(&shop, last, b"BleedBox").unwrap(),
        [0.0, 0.0, 69.0, 94.0]
    ));
    assert!(close(
        page_box(&shop, last, b"TrimBox").unwrap(),
        [3.0, 3.0, 66.0, 91.0]
    ));
}

#[test]
fn card_texts_are_in_the_text_layer_in_order_and_fonts_are_embedded() {
    let site = built_with_all_formats();
    let doc = pdf(&site, "a4-9");
    let fronts = text(&doc, 1);
    for title in [
        "Ensimmäinen kortti",
        "Toinen kortti",
        "Uusi työntekijä",
        "Miten sinua odotettiin?",
    ] {
        assert!(fronts.contains(title), "{title} missing from: {fronts}");
    }
    assert!(fronts.find("Ensimmäinen kortti").unwrap() < fronts.find("Toinen kortti").unwrap());
    assert!(
        text(&pdf(&site, "instructions"), 1).contains("Nostakaa kortti vuorotellen"),
        "the instructions are in their own PDF"
    );
    // The info card: project, funding, licence and address, in the site's language.
    for info in [
        "Tietoa pakasta",
        "Testihanke",
        "Euroopan sosiaalirahasto",
        "CC BY 4.0",
        "https://polku.test/kortit/testipakka/",
    ] {
        assert!(
            fronts.contains(info),
            "{info} missing from the info card: {fronts}"
        );
    }
    // Every font is embedded (a FontFile2 in its descriptor) and subset (a "ABCDEF+" prefix).
    let mut fonts = 0;
    for object in doc.objects.values() {
        if let Object::Dictionary(d) = object
            && d.get(b"Type").ok().and_then(|t| t.as_name().ok())
                == Some(b"FontDescriptor".as_slice())
        {
            fonts += 1;
            assert!(d.get(b"FontFile2").is_ok(), "a font is not embedded");
            let name = String::from_utf8_lossy(d.get(b"FontName").unwrap().as_name().unwrap())
                .into_owned();
            assert_eq!(name.find('+'), Some(6), "{name} is not subset");
        }
    }
    assert!(fonts >= 2);
    let catalog = doc.catalog().unwrap();
    assert!(catalog.get(b"StructTreeRoot").is_ok(), "the PDF is tagged");
    assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), b"fi");
}

/// The x positions (points) where `needle` is drawn on a page: from the content stream.
#[test]
fn the_info_card_leaves_out_an_example_address() {
    let site = TestSite::fixture("site");
    site.edit(
        "site.yaml",
        "https://polku.test/",
        "https://pakka.example.fi/",
    );
    site.run(&["build"]);
    let fronts = text(&pdf(&site, "a4-9"), 1);
    assert!(
        fronts.contains("Tietoa pakasta") && fronts.contains("CC BY 4.0"),
        "{fronts}"
    );
    assert!(
        !fronts.contains("example.fi"),
        "an example address printed: {fronts}"
    );
}

fn positions(doc: &Document, page: u32) -> Vec<(f32, String)> {
    let content = doc
        .get_and_decode_page_content(doc.get_pages()[&page])
        .unwrap();
    let mut x = 0.0;
    let mut found = Vec::new();
    for op in content.operations {
        match op.operator.as_str() {
            "cm" if op.operands.len() == 6 => x = op.operands[4].as_float().unwrap_or(x),
            "Tm" if op.operands.len() == 6 => {
                found.push((x + op.operands[4].as_float().unwrap_or(0.0), String::new()))
            }
            _ => {}
        }
    }
    found
}

#[test]
fn backs_are_mirrored_for_long_edge_duplex_and_the_offset_moves_them() {
    let site = built_with_all_formats();
    let doc = pdf(&site, "a4-9");
    // Fronts: the info card and two cards in the top row, left to right. Backs are drawn in the
    // same order: the first back must stand where the front's third column is, mirrored.
    let fronts = positions(&doc, 1);
    let backs = positions(&doc, 2);
    assert!(!fronts.is_empty() && !backs.is_empty());
    let first_front = fronts.iter().map(|p| p.0).fold(f32::MAX, f32::min);
    let first_back = backs.first().unwrap().0;
    assert!(
        first_back > first_front + 2.0 * 63.0 * MM - 1.0,
        "back of card 1 at {first_back}, front at {first_front}"
    );
    site.edit(
        "site.yaml",
        "language: fi",
        "language: fi\ndeck: {back_offset_mm: [2, 0]}",
    );
    site.build_ok(&[]);
    let moved = positions(&pdf(&site, "a4-9"), 2);
    assert!((moved.first().unwrap().0 - first_back - 2.0 * MM).abs() < 0.1);
}

/// Every image of a PDF by its size, and how many curve segments all its drawings have.
fn images_and_curves(doc: &Document) -> (Vec<(i64, i64)>, usize) {
    let mut images = Vec::new();
    let mut curves = 0;
    for object in doc.objects.values() {
        let Object::Stream(stream) = object else {
            continue;
        };
        let dict = &stream.dict;
        if dict.get(b"Subtype").and_then(|s| s.as_name()).ok() == Some(b"Image".as_slice()) {
            let size = |key: &[u8]| dict.get(key).and_then(|v| v.as_i64()).unwrap_or(0);
            images.push((size(b"Width"), size(b"Height")));
            continue;
        }
        let content = stream
            .decompressed_content()
            .unwrap_or_else(|_| stream.content.clone());
        curves += content.windows(3).filter(|w| w == b" c\n").count();
    }
    (images, curves)
}

#[test]
fn theme_icons_are_drawn_in_the_band_of_their_cards() {
    let site = TestSite::fixture("site");
    let picture = image::RgbaImage::from_pixel(37, 29, image::Rgba([20, 20, 20, 255]));
    let mut png = Vec::new();
    picture
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    site.write_bytes("content/kortit/testipakka/ikonit/perehdytys.png", &png);
    site.edit(
        DECK,
        "text_color: \"#1a1a1a\"\n    icon: ikonit/kohtaaminen.svg",
        "text_color: \"#1a1a1a\"\n    icon: ikonit/perehdytys.png",
    );
    site.build_ok(&[]);
    let (images, with_svg) = images_and_curves(&pdf(&site, "a4-9"));
    assert!(images.contains(&(37, 29)), "{images:?}");

    // Without its SVG icon the kohtaaminen card draws fewer curves: the icon's outline is gone.
    site.edit(DECK, "    icon: ikonit/kohtaaminen.svg\n", "");
    site.build_ok(&[]);
    let (_, without_svg) = images_and_curves(&pdf(&site, "a4-9"));
    assert!(
        with_svg > without_svg,
        "{with_svg} curves with the icon, {without_svg} without"
    );
}

const CARD: &str = "content/kortit/testipakka/ensimmainen.md";
const CARD2: &str = "content/kortit/testipakka/toinen.md";

/// Runs `command`, killing it after `seconds`: a layout that never ends fails the test.
fn run_within(mut command: std::process::Command, seconds: u64) -> common::Run {
    use std::process::Stdio;
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed().as_secs() > seconds {
            child.kill().unwrap();
            panic!("the build ran for more than {seconds} s");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let out = child.wait_with_output().unwrap();
    common::Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn a_card_of_one_3000_letter_word_is_an_overflow_error_at_the_card() {
    let site = TestSite::fixture("site");
    let word: String = "työterveyshuoltolaki".chars().cycle().take(3000).collect();
    site.edit(
        CARD2,
        "insight: Perehdytys jatkuu ensimmäisen viikon jälkeen.",
        &format!("insight: {word}"),
    );
    let run = run_within(site.command(&["build"]), 120);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let mut lines = run.stderr.lines();
    let error = lines.next().unwrap();
    assert!(
        error.starts_with("content/kortit/testipakka/toinen.md:5:10: error[CARD-OVERFLOW]: the text of card “Toinen kortti” does not fit the format a4-9: `insight` runs "),
        "{}",
        run.stderr
    );
    // About all of the word must go: the card holds a few hundred of its letters.
    let hint = lines.next().unwrap();
    let cut: usize = hint
        .strip_prefix("  hint: shorten the card's texts by about ")
        .and_then(|h| h.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{hint}"));
    assert!((2300..=3300).contains(&cut), "{hint}");
    let run = run_within(
        {
            let mut command = site.command(&["build"]);
            command.env("POLKU_LANG", "fi");
            command
        },
        120,
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let mut lines = run.stderr.lines();
    let error = lines.next().unwrap();
    assert!(
        error.starts_with("content/kortit/testipakka/toinen.md:5:10: virhe[CARD-OVERFLOW]: kortin ”Toinen kortti” teksti ei mahdu tulostusmuotoon a4-9: kenttä `insight` menee "),
        "{}",
        run.stderr
    );
    let vihje = lines.next().unwrap();
    assert_eq!(
        vihje,
        format!(
            "  vihje: lyhennä kortin tekstejä noin {cut} merkillä tai poista a4-9 pakan `print.formats`-listasta"
        ),
    );
}

#[test]
fn tabs_and_special_spaces_are_printed_as_spaces() {
    let site = TestSite::fixture("site");
    site.edit(
        CARD,
        "question: Miten sinua odotettiin?",
        "question: \"Miten\\tsinua\\u3000odotettiin\\u200b?\"",
    );
    site.edit(
        CARD,
        "insight: Uusi työntekijä",
        "insight: \"Uusi\\u00a0työntekijä\"",
    );
    site.edit(CARD, " oppii nopeasti, kun häntä odotetaan.", "");
    let run = site.build_ok(&[]);
    assert_eq!(run.stderr, "");
    let raw = pdf(&site, "a4-9").extract_text(&[1]).unwrap();
    assert!(raw.contains("Miten sinua odotettiin?"), "{raw:?}");
    // Noto Sans has the no-break space: it stays one.
    assert!(raw.contains("Uusi\u{a0}työntekijä"), "{raw:?}");
}

#[test]
fn characters_the_card_font_lacks_are_errors_at_the_card_texts() {
    let site = TestSite::fixture("site");
    site.edit(
        CARD,
        "Miten sinua odotettiin?",
        "Miten sinua odotettiin 😀?",
    );
    site.edit(CARD, "Uusi työntekijä", "Uusi ب työntekijä");
    site.edit(CARD2, "Perehdytys jatkuu", "Perehdytys א jatkuu");
    site.edit(
        CARD2,
        "Kuka perehdyttää sinua?",
        "Kuka \u{e000}perehdyttää sinua?",
    );
    site.edit(
        "content/kortit/testipakka/kayttoohje.md",
        "Nostakaa kortti vuorotellen.",
        "Nostakaa kortti vuorotellen 🎴.",
    );
    let stderr = site.build_err();
    let hint = "  hint: remove the character from the text, or use a theme whose card font has it";
    let error = |at: &str, slot: &str, card: &str, c: &str| {
        format!(
            "{at}: error[CARD-GLYPH]: `{slot}` of card “{card}” has the character {c}, which the card font cannot print"
        )
    };
    let expected = [
        error(&format!("{CARD}:5:10"), "insight", "Ensimmäinen kortti", "U+0628 ARABIC LETTER BEH"),
        hint.to_string(),
        error(&format!("{CARD}:6:11"), "question", "Ensimmäinen kortti", "U+1F600 GRINNING FACE"),
        hint.to_string(),
        "content/kortit/testipakka/kayttoohje.md:7:29: error[CARD-GLYPH]: the deck's instructions has the character U+1F3B4 FLOWER PLAYING CARDS, which the card font cannot print".to_string(),
        hint.to_string(),
        error(&format!("{CARD2}:5:10"), "insight", "Toinen kortti", "U+05D0 HEBREW LETTER ALEF"),
        hint.to_string(),
        error(&format!("{CARD2}:6:11"), "question", "Toinen kortti", "U+E000 (a private-use character)"),
        hint.to_string(),
    ];
    let problems: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("content/") || l.starts_with("  hint"))
        .collect();
    assert_eq!(problems, expected, "{stderr}");
    assert!(
        !stderr.contains("Validation") && !stderr.contains("{ "),
        "{stderr}"
    );
    let finnish = site.run_in("fi", &["build"]).stderr;
    let vihje = "  vihje: poista merkki tekstistä; jos merkki on tarpeen, käytä ulkoasua (`theme`), jonka korttifontissa merkki on";
    let virhe = |at: &str, slot: &str, card: &str, c: &str| {
        format!(
            "{at}: virhe[CARD-GLYPH]: kortin ”{card}” kentässä `{slot}` on merkki {c}, jota korttien fontilla ei voi tulostaa"
        )
    };
    let expected = [
        virhe(&format!("{CARD}:5:10"), "insight", "Ensimmäinen kortti", "U+0628 ARABIC LETTER BEH"),
        vihje.to_string(),
        virhe(&format!("{CARD}:6:11"), "question", "Ensimmäinen kortti", "U+1F600 GRINNING FACE"),
        vihje.to_string(),
        "content/kortit/testipakka/kayttoohje.md:7:29: virhe[CARD-GLYPH]: pakan käyttöohjeessa on merkki U+1F3B4 FLOWER PLAYING CARDS, jota korttien fontilla ei voi tulostaa".to_string(),
        vihje.to_string(),
        virhe(&format!("{CARD2}:5:10"), "insight", "Toinen kortti", "U+05D0 HEBREW LETTER ALEF"),
        vihje.to_string(),
        virhe(&format!("{CARD2}:6:11"), "question", "Toinen kortti", "U+E000 (yksityiskäyttöinen merkki)"),
        vihje.to_string(),
    ];
    let problems: Vec<&str> = finnish
        .lines()
        .filter(|l| l.starts_with("content/") || l.starts_with("  vihje"))
        .collect();
    assert_eq!(problems, expected, "{finnish}");
}

#[test]
fn characters_only_on_the_web_are_not_checked() {
    let site = TestSite::fixture("site");
    // A lesson, and a card's Markdown body, which is on its web page but not on the card.
    site.edit(
        "content/oppitunnit/perusteet/aamutoimet.md",
        "asukas hymyili.",
        "asukas hymyili 😀.",
    );
    site.edit(CARD, "Lisätietoa verkossa.", "Lisätietoa verkossa 😀.");
    let run = site.build_ok(&[]);
    assert_eq!(run.stderr, "");
    assert!(
        site.read("public/oppitunnit/perusteet/aamutoimet/index.html")
            .contains('😀')
    );
}

#[test]
fn a_translated_card_prints_in_its_language_with_the_original_numbering() {
    let site = TestSite::fixture("site");
    site.write(
        "content/kortit/testipakka/ensimmainen.sv.md",
        "---\ntitle: Första kortet\ninsight: En ny medarbetare lär sig snabbt när någon väntar på hen.\nquestion: Hur blev du väntad?\ntry: Fråga en ny kollega hur det går.\n---\nMer på webben.\n",
    );
    let run = site.build_ok(&[]);
    assert_eq!(run.stderr, "");
    let bytes =
        std::fs::read(site.path("public/sv/kortit/testipakka/tulosta/testipakka-sv-a4-9.pdf"))
            .unwrap();
    let doc = Document::load_mem(&bytes).unwrap();
    let all: String = (1..=doc.get_pages().len() as u32)
        .map(|p| text(&doc, p))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(all.contains("Första kortet"), "{all}");
    assert!(all.contains("Hur blev du väntad?"), "{all}");
    // The one card translated: the other is not printed in Swedish, and the number is the
    // original deck's.
    assert!(
        !all.contains("Ensimmäinen kortti") && !all.contains("Toinen"),
        "{all}"
    );
    assert!(all.contains("1/2"), "{all}");
    // The deck's page in Swedish lists its PDFs.
    let print = site.read("public/sv/kortit/testipakka/tulosta/index.html");
    assert!(print.contains("testipakka-sv-a4-9.pdf"), "{print}");
}
