//! Text layout for cards: shaping with the real font (rustybuzz, as krilla draws it), line
//! breaking at Unicode break opportunities, and Finnish hyphenation (hypher's patterns, the
//! author's soft hyphens first, a small list of compounds the patterns get wrong).

use std::sync::{Arc, Mutex};

use hypher::{Lang, hyphenate};
use krilla::text::Font;
use unicode_linebreak::{BreakOpportunity, linebreaks};

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

/// A font as krilla draws it and as rustybuzz measures it.
#[derive(Clone)]
pub struct Face {
    pub font: Font,
    shaper: rustybuzz::Face<'static>,
}

/// Font files, kept for the life of the program so that their parsed faces can be shared: a
/// build (and every rebuild of `polku serve`) uses the same few fonts.
fn lasting(bytes: Vec<u8>) -> &'static [u8] {
    static FONTS: Mutex<Vec<&'static [u8]>> = Mutex::new(Vec::new());
    let mut fonts = FONTS.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(kept) = fonts.iter().find(|f| **f == bytes.as_slice()) {
        return kept;
    }
    let kept: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    fonts.push(kept);
    kept
}

impl Face {
    pub fn new(bytes: Vec<u8>) -> Option<Face> {
        let data = lasting(bytes);
        let font = Font::new(Arc::new(data.to_vec()).into(), 0)?;
        let shaper = rustybuzz::Face::from_slice(data, 0)?;
        Some(Face { font, shaper })
    }

    /// Width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        let glyphs = rustybuzz::shape(&self.shaper, &[], buffer);
        let units: i32 = glyphs.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 * size / self.shaper.units_per_em() as f32
    }
}

/// A laid-out line: the text to draw (with a visible hyphen where a word was broken).
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub text: String,
    pub width: f32,
    /// The line ends in a hyphen of a word broken here (read as a soft hyphen).
    pub hyphenated: bool,
}

/// Where `word` may be hyphenated, as byte offsets: the author's soft hyphens if it has any,
/// otherwise the exception list, otherwise Finnish patterns.
fn break_points(word: &str) -> Vec<usize> {
    if word.contains(SOFT_HYPHEN) {
        return word.match_indices(SOFT_HYPHEN).map(|(i, _)| i).collect();
    }
    let lower = word.to_lowercase();
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
        return points;
    }
    let mut at = 0;
    let mut points = Vec::new();
    for syllable in hyphenate(word, Lang::Finnish) {
        at += syllable.len();
        points.push(at);
    }
    points.pop();
    points
}

fn starts_with_vowel(text: &str) -> bool {
    text.chars()
        .next()
        .is_some_and(|c| "aeiouyäöå".contains(c.to_ascii_lowercase()))
}

/// Splits `word` so that its head plus a hyphen fits in `room` points; a break before a vowel
/// (where patterns err in compounds) only if nothing else fits.
fn hyphenate_to_fit(face: &Face, size: f32, word: &str, room: f32) -> Option<(String, String)> {
    let points = break_points(word);
    let fits = |&&at: &&usize| face.width(&format!("{}-", clean(&word[..at])), size) <= room;
    let good = points
        .iter()
        .rev()
        .filter(|&&at| !starts_with_vowel(&word[at..]))
        .find(fits);
    let at = *good.or_else(|| points.iter().rev().find(fits))?;
    let tail = word[at..].trim_start_matches(SOFT_HYPHEN);
    Some((format!("{}-", clean(&word[..at])), tail.to_string()))
}

/// Text without soft hyphens, as drawn.
pub fn clean(text: &str) -> String {
    text.replace(SOFT_HYPHEN, "")
}

/// Breaks `text` into lines of at most `width` points. `hyphenate` allows breaking words, used
/// only when a line would otherwise stay under 80 % full or a word is wider than a line.
pub fn wrap(face: &Face, size: f32, text: &str, width: f32, hyphenate: bool) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut start = 0;
    let mut pieces: Vec<(String, bool)> = Vec::new();
    for (at, kind) in linebreaks(text) {
        pieces.push((
            text[start..at].to_string(),
            kind == BreakOpportunity::Mandatory,
        ));
        start = at;
    }
    let mut queue: std::collections::VecDeque<(String, bool)> = pieces.into();
    // Widths add up piece by piece: the line so far with its trailing space, plus the next
    // piece without its own.
    let mut line_width = 0.0;
    while let Some((piece, mandatory)) = queue.pop_front() {
        let piece_clean = clean(&piece);
        let piece_width = face.width(piece_clean.trim_end(), size);
        if line_width + piece_width <= width {
            line.push_str(&piece);
            line_width += face.width(&piece_clean, size);
        } else {
            let used = face.width(clean(&line).trim_end(), size);
            // The line keeps its trailing space before the head of a broken word.
            let room = width - line_width;
            let word = piece.trim_end();
            let sparse = line.is_empty() || used < 0.8 * width;
            let split = if hyphenate && sparse {
                hyphenate_to_fit(face, size, word, room)
            } else {
                None
            };
            match split {
                Some((head, tail)) => {
                    line.push_str(&head);
                    push(&mut lines, face, size, &line);
                    if let Some(last) = lines.last_mut() {
                        last.hyphenated = true;
                    }
                    line.clear();
                    line_width = 0.0;
                    let rest = format!("{tail}{}", &piece[word.len()..]);
                    queue.push_front((rest, mandatory));
                    continue;
                }
                None if line.is_empty() => {
                    // A word wider than the line with no break that fits: cut it by letters.
                    let (head, tail) = split_by_width(face, size, word, width);
                    push(&mut lines, face, size, &head);
                    queue.push_front((format!("{tail}{}", &piece[word.len()..]), mandatory));
                    continue;
                }
                None => {
                    push(&mut lines, face, size, &line);
                    line_width = face.width(&clean(&piece), size);
                    line = piece;
                }
            }
        }
        if mandatory {
            push(&mut lines, face, size, &line);
            line.clear();
            line_width = 0.0;
        }
    }
    if !clean(&line).trim().is_empty() {
        push(&mut lines, face, size, &line);
    }
    lines
}

fn push(lines: &mut Vec<Line>, face: &Face, size: f32, text: &str) {
    let text = clean(text).trim_end().to_string();
    let width = face.width(&text, size);
    lines.push(Line {
        text,
        width,
        hyphenated: false,
    });
}

fn split_by_width(face: &Face, size: f32, word: &str, width: f32) -> (String, String) {
    let chars: Vec<char> = clean(word).chars().collect();
    let mut n = chars.len().saturating_sub(1).max(1);
    while n > 1 && face.width(&chars[..n].iter().collect::<String>(), size) > width {
        n -= 1;
    }
    (chars[..n].iter().collect(), chars[n..].iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn face() -> Face {
        crate::deck::face::test_fonts().regular
    }

    #[test]
    fn lines_stay_within_the_width() {
        let f = face();
        let text = "Uusi työntekijä oppii nopeasti, kun työyhteisö odottaa häntä ja perehdytys on suunniteltu.";
        let lines = wrap(&f, 9.0, text, 120.0, true);
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
        assert_eq!(
            hyphenate_to_fit(&f, 9.0, "perehdytystyöpaja", room),
            Some(("perehdytystyö-".into(), "paja".into()))
        );
        // The patterns would give työ-nantaja; the exception list knows työn-antaja.
        assert_eq!(break_points("työnantaja"), vec![5, 7, 9]);
        // The author's soft hyphens win.
        assert_eq!(break_points("hoito\u{ad}suunnitelma"), vec![5]);
    }
}
