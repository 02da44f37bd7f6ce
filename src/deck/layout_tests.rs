use super::*;
use crate::deck::measure::count;

fn face() -> Face {
    crate::deck::face::test_fonts().regular
}

const ORDINARY: &str = "Uusi työntekijä oppii nopeasti, kun työyhteisö odottaa häntä ja \
perehdytys on suunniteltu. Kysy työkavereilta, miten asiakkaan aamutoimet sujuvat, ja kirjaa \
havaintosi potilastietojärjestelmään ennen vuoron loppua. ";

fn repeated(source: &str, chars: usize) -> String {
    source.chars().cycle().take(chars).collect()
}

#[test]
fn lines_stay_within_the_width() {
    let f = face();
    let text = "Uusi työntekijä oppii nopeasti, kun työyhteisö odottaa häntä ja perehdytys on suunniteltu.";
    let lines = wrap(&f, 9.0, text, 120.0, Hyphenate::Normal);
    assert!(lines.len() >= 3);
    assert!(lines.iter().all(|l| l.width <= 120.0), "{lines:?}");
    let joined: String = lines
        .iter()
        .map(|l| l.text.trim_end_matches('-'))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(joined.replace("- ", "").contains("perehdytys"));
}

#[test]
fn finnish_compounds_break_where_they_should() {
    let f = face();
    let room = f.width("perehdytystyö-", 9.0) + 0.1;
    let word = "perehdytystyöpaja";
    let piece = Piece::new(&f, word.to_string(), false);
    assert_eq!(
        hyphenate_to_fit(&f, 9.0, &piece, word, room),
        Some(("perehdytystyö-".into(), "perehdytystyö".len()))
    );
    // The author's soft hyphen is where the word breaks, and the rest starts after it.
    let word = "hoito\u{ad}suunnitelma";
    let piece = Piece::new(&f, word.to_string(), false);
    assert_eq!(
        hyphenate_to_fit(&f, 9.0, &piece, word, 200.0),
        Some(("hoito-".into(), "hoito\u{ad}".len()))
    );
}

#[test]
fn a_line_never_ends_at_a_soft_hyphen_without_a_hyphen() {
    let f = face();
    let text = super::super::hyphen::mark(
        "När vårdaren säger sitt namn och lär sig de boendes namn vet den boende vem som hjälper till. Att känna varandra ger trygghet åt båda.",
        crate::config::Lang::Sv,
    );
    for hyphenate in [Hyphenate::WhenNeeded, Hyphenate::Normal] {
        let lines = wrap(&f, 9.0, &text, 120.0, hyphenate);
        for pair in lines.windows(2) {
            let (line, next) = (&pair[0].text, &pair[1].text);
            let ends_in_word = line.ends_with(|c: char| c.is_alphabetic());
            let next_starts_word = next.starts_with(|c: char| c.is_lowercase());
            let whole = format!(
                "{} {}",
                line.rsplit(' ').next().unwrap_or(""),
                next.split(' ').next().unwrap_or("")
            );
            assert!(
                !(ends_in_word && next_starts_word && !text.replace('\u{ad}', "").contains(&whole)),
                "{hyphenate:?}: a word broken without a hyphen: {line:?} / {next:?}"
            );
        }
        assert!(lines.iter().all(|l| l.width <= 120.0), "{lines:?}");
    }
}

/// Wraps `text` into lines 150 points wide at 8.5 points, as on a card, and returns how many
/// bytes were shaped, failing past 100 times the text's length.
fn shaped_to_wrap(text: &str, hyphenate: Hyphenate) -> usize {
    let f = face();
    count::start(100 * text.len());
    let lines = wrap(&f, 8.5, text, 150.0, hyphenate);
    let shaped = count::shaped();
    count::start(usize::MAX);
    assert!(lines.iter().all(|l| l.width <= 150.0), "{lines:?}");
    let letters = |t: &str| t.chars().filter(|c| c.is_alphabetic()).count();
    assert_eq!(
        lines.iter().map(|l| letters(&l.text)).sum::<usize>(),
        letters(text),
        "every letter is on a line once"
    );
    shaped
}

#[test]
fn fitting_a_long_word_measures_it_a_bounded_number_of_times() {
    // A compound repeated (hyphenation breaks it), one letter repeated (no break points: cut by
    // width) and a title, which is never hyphenated.
    for (source, hyphenate) in [
        ("työterveyshuoltolaki", Hyphenate::Normal),
        ("a", Hyphenate::Normal),
        ("työterveyshuoltolaki", Hyphenate::Never),
    ] {
        let half = shaped_to_wrap(&repeated(source, 1500), hyphenate);
        let word = repeated(source, 3000);
        let whole = shaped_to_wrap(&word, hyphenate);
        assert!(
            whole <= 16 * word.len(),
            "{source}: {whole} bytes shaped for a word of {}",
            word.len()
        );
        assert!(
            whole * 10 <= half * 22,
            "{source}: {half} bytes shaped for 1,500 letters, {whole} for 3,000"
        );
    }
}

#[test]
fn fitting_ordinary_text_measures_it_a_bounded_number_of_times() {
    let half = shaped_to_wrap(&repeated(ORDINARY, 2500), Hyphenate::Normal);
    let text = repeated(ORDINARY, 5000);
    let whole = shaped_to_wrap(&text, Hyphenate::Normal);
    assert!(
        whole <= 8 * text.len(),
        "{whole} bytes shaped for {}",
        text.len()
    );
    assert!(
        whole * 10 <= half * 22,
        "{half} for 2,500, {whole} for 5,000"
    );
}

#[test]
fn a_word_wider_than_a_line_is_broken_even_after_a_full_line() {
    let f = face();
    let text = format!(
        "Perehdytys on koko työyhteisön asia {}",
        repeated("työterveyshuoltolaki", 200)
    );
    let lines = wrap(&f, 8.5, &text, 150.0, Hyphenate::Normal);
    assert!(lines.len() > 5, "{lines:?}");
    assert!(lines.iter().all(|l| l.width <= 150.0), "{lines:?}");
}

#[test]
fn text_that_cannot_fit_stops_early_with_the_rest_estimated() {
    let f = face();
    for text in [
        repeated("työterveyshuoltolaki", 3000),
        repeated(ORDINARY, 3000),
    ] {
        let all = wrap(&f, 8.5, &text, 150.0, Hyphenate::Normal).len();
        let (lines, more) = wrap_at_most(&f, 8.5, &text, 150.0, Hyphenate::Normal, 10);
        assert_eq!(lines.len(), 10);
        let estimated = (lines.len() + more) as f32;
        assert!(
            (estimated - all as f32).abs() <= 0.15 * all as f32,
            "{all} lines, estimated {estimated}"
        );
    }
    // Text that fits within the limit is laid out whole.
    let (lines, more) = wrap_at_most(&f, 8.5, ORDINARY, 150.0, Hyphenate::Normal, 10);
    assert_eq!(
        (lines, more),
        (wrap(&f, 8.5, ORDINARY, 150.0, Hyphenate::Normal), 0)
    );
}
