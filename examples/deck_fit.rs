//! Times laying out one card whose text is far too long for it, for `bench/deck-fit`: one long
//! word (a Finnish compound repeated, so that hyphenation has break points, and a run of one
//! letter, which has none) and ordinary Finnish text, each of N characters on a poker card.
//! Prints the median of RUNS layouts in milliseconds.
//! Usage: cargo run --release --example deck_fit -- [N ...] [--runs RUNS] [--only KIND]
//! (KIND: compound, letter or ordinary)

use std::time::Instant;

use polku::deck::face::{CardSize, CardText, Fonts, layout};
use polku::deck::layout::{Face, Hyphenate};

const ORDINARY: &str = "Uusi työntekijä oppii nopeasti, kun työyhteisö odottaa häntä ja \
perehdytys on suunniteltu. Kysy työkavereilta, miten asiakkaan aamutoimet sujuvat, ja kirjaa \
havaintosi potilastietojärjestelmään ennen vuoron loppua. ";

fn text_of(kind: &str, n: usize) -> String {
    let source = match kind {
        "compound" => "työterveyshuoltolaki",
        "letter" => "a",
        _ => ORDINARY,
    };
    source.chars().cycle().take(n).collect()
}

fn card(text: String) -> CardText {
    CardText {
        title: "Pitkä kortti".into(),
        theme: "Kohtaaminen".into(),
        color: [0x9c, 0x3d, 0x1f],
        text_color: [255, 255, 255],
        number: "1/40".into(),
        slots: vec![("insight".into(), "Oivallus".into(), text)],
        footer: "Starttipakka".into(),
        emblem: None,
        icon: None,
    }
}

fn main() {
    let mut sizes = Vec::new();
    let mut runs = 5;
    let mut only: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--runs" {
            runs = args.next().and_then(|r| r.parse().ok()).expect("--runs N");
        } else if arg == "--only" {
            only = Some(args.next().expect("--only KIND"));
        } else {
            sizes.push(arg.parse::<usize>().expect("a number of characters"));
        }
    }
    if sizes.is_empty() {
        sizes.push(5000);
    }
    let font = |name: &str| {
        let path = format!("{}/themes/default/fonts/{name}", env!("CARGO_MANIFEST_DIR"));
        Face::new(std::fs::read(path).expect("the theme's font")).expect("a font")
    };
    let fonts = Fonts {
        regular: font("NotoSans-Regular.ttf"),
        bold: font("NotoSans-Bold.ttf"),
    };
    for n in sizes {
        for kind in ["compound", "letter", "ordinary"] {
            if only.as_ref().is_some_and(|o| o != kind) {
                continue;
            }
            let card = card(text_of(kind, n));
            let mut fits = true;
            let mut times: Vec<f64> = (0..runs)
                .map(|_| {
                    let start = Instant::now();
                    let laid = layout(&fonts, CardSize::poker(), &card, Hyphenate::Normal);
                    let ms = start.elapsed().as_secs_f64() * 1000.0;
                    fits = laid.overflow().is_none();
                    ms
                })
                .collect();
            times.sort_by(f64::total_cmp);
            println!(
                "{kind:>8} text of {n:>5} characters ({}): median {:.2} ms of {runs} (fastest {:.2}, slowest {:.2})",
                if fits { "fits" } else { "overflows" },
                times[times.len() / 2],
                times[0],
                times[times.len() - 1]
            );
        }
    }
}
