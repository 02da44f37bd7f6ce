//! Text layout for cards: line breaking at Unicode break opportunities and Finnish hyphenation,
//! measured with the real font.
//!
//! Every piece of text between break opportunities is shaped once. Whether a piece fits, and
//! where a word too long for a line can break, is first judged from the summed advances of that
//! one shaping; only the few candidates within a margin of the line's end are measured on their
//! own, as they will be drawn. Fitting a word of any length therefore takes time in proportion
//! to its length, and ordinary text breaks exactly where measuring every candidate would put it.

use std::collections::VecDeque;
use std::rc::Rc;

use unicode_linebreak::{BreakOpportunity, linebreaks};

use super::hyphen::{SOFT_HYPHEN, break_points, starts_with_vowel};
pub use super::measure::Face;
use super::measure::{Advances, Face as Measurer};
pub use crate::model::types::Hyphenate;

/// A laid-out line: the text to draw (with a visible hyphen where a word was broken).
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub text: String,
    pub width: f32,
    /// The line ends in a hyphen of a word broken here (read as a soft hyphen).
    pub hyphenated: bool,
}

/// Text without soft hyphens, as drawn.
pub fn clean(text: &str) -> String {
    text.replace(SOFT_HYPHEN, "")
}

/// How far a width judged from summed advances can be from the width of the same text shaped
/// on its own (kerning and shaping at its two ends): two ems, far more than any kerning pair.
fn margin(size: f32) -> f32 {
    2.0 * size
}

/// A piece of text between break opportunities, or what is left of one after a break.
struct Piece {
    /// The text still to place, as the author wrote it.
    text: String,
    mandatory: bool,
    /// The advances of the whole piece as first met, without soft hyphens: `clean(text)` is the
    /// end of that text from byte `start`.
    shaped: Rc<Advances>,
    start: usize,
    soft_hyphens: bool,
}

impl Piece {
    fn new(face: &Measurer, text: String, mandatory: bool) -> Piece {
        Piece {
            shaped: Rc::new(face.advances(&clean(&text))),
            soft_hyphens: text.contains(SOFT_HYPHEN),
            text,
            mandatory,
            start: 0,
        }
    }

    /// What is left after byte `at` of the text; `drop_soft_hyphens` leaves them out.
    fn rest(&self, at: usize, drop_soft_hyphens: bool) -> Piece {
        let dropped = self.text[..at].matches(SOFT_HYPHEN).count() * SOFT_HYPHEN.len_utf8();
        let text = if drop_soft_hyphens {
            let word = self.text.trim_end().len().max(at);
            format!("{}{}", clean(&self.text[at..word]), &self.text[word..])
        } else {
            self.text[at..].to_string()
        };
        Piece {
            soft_hyphens: self.soft_hyphens && text.contains(SOFT_HYPHEN),
            text,
            mandatory: self.mandatory,
            shaped: self.shaped.clone(),
            start: self.start + at - dropped,
        }
    }

    /// The width of the start of the text up to the clean byte offset `to`, from the advances.
    fn estimate(&self, face: &Measurer, size: f32, to: usize) -> f32 {
        face.between(&self.shaped, self.start, self.start + to, size)
    }

    /// Each character boundary of the text's start as (byte offset, clean byte offset), while
    /// the width up to it plus `extra` stays within `limit`; and whether the whole text did.
    fn reach(
        &self,
        face: &Measurer,
        size: f32,
        word: &str,
        (extra, limit): (f32, f32),
    ) -> (Vec<(usize, usize)>, bool) {
        let mut offsets = vec![(0, 0)];
        let mut clean_at = 0;
        for (i, c) in word.char_indices() {
            if c != SOFT_HYPHEN {
                clean_at += c.len_utf8();
            }
            if self.estimate(face, size, clean_at) + extra > limit {
                return (offsets, false);
            }
            offsets.push((i + c.len_utf8(), clean_at));
        }
        (offsets, true)
    }
}

/// Splits `word` (the start of `piece`) so that its head plus a hyphen fits in `room` points; a
/// break before a vowel (where patterns err in compounds) only if nothing else fits. Returns the
/// head as drawn and where the rest of the piece starts.
fn hyphenate_to_fit(
    face: &Face,
    size: f32,
    piece: &Piece,
    word: &str,
    room: f32,
) -> Option<(String, usize)> {
    let hyphen = face.width("-", size);
    let (offsets, _) = piece.reach(face, size, word, (hyphen, room + margin(size)));
    let reach = offsets.last().map_or(0, |o| o.0);
    // At least three letters on each side of a break, so that neither part is a stub.
    let points: Vec<usize> = break_points(word, reach, piece.soft_hyphens)
        .into_iter()
        .filter(|&at| letters(&word[..at]) >= 3 && letters(&word[at..]) >= 3)
        .collect();
    let fits = |&&at: &&usize| {
        let clean_at = offsets[offsets.partition_point(|o| o.0 < at)].1;
        piece.estimate(face, size, clean_at) + hyphen <= room - margin(size)
            || face.width(&format!("{}-", clean(&word[..at])), size) <= room
    };
    let good = points
        .iter()
        .rev()
        .filter(|&&at| !starts_with_vowel(&word[at..]))
        .find(fits);
    let at = *good.or_else(|| points.iter().rev().find(fits))?;
    let tail = word[at..].len() - word[at..].trim_start_matches(SOFT_HYPHEN).len();
    Some((format!("{}-", clean(&word[..at])), at + tail))
}

fn letters(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphabetic()).count()
}

/// Breaks `text` into lines of at most `width` points. `hyphenate` says when a word may be
/// broken with a hyphen: only a word wider than a whole line (`WhenNeeded`), or also where a
/// line would otherwise stay under 80 % full (`Normal`). A word wider than a line with no break
/// that fits (or under `Never`) is cut between letters.
pub fn wrap(face: &Face, size: f32, text: &str, width: f32, hyphenate: Hyphenate) -> Vec<Line> {
    wrap_at_most(face, size, text, width, hyphenate, usize::MAX).0
}

/// [`wrap`], stopping after `max_lines` lines: also returns roughly how many more lines the
/// rest of the text would take (0 if it all went in), for text that cannot fit anyway.
pub fn wrap_at_most(
    face: &Face,
    size: f32,
    text: &str,
    width: f32,
    hyphenate: Hyphenate,
    max_lines: usize,
) -> (Vec<Line>, usize) {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut start = 0;
    let mut queue: VecDeque<(String, bool)> = VecDeque::new();
    for (at, kind) in linebreaks(text) {
        // A soft hyphen is a break the hyphenation takes (with a hyphen drawn), not a place
        // to end a line without one.
        if kind != BreakOpportunity::Mandatory && text[..at].ends_with(SOFT_HYPHEN) {
            continue;
        }
        queue.push_back((
            text[start..at].to_string(),
            kind == BreakOpportunity::Mandatory,
        ));
        start = at;
    }
    let mut rest: Option<Piece> = None;
    // Widths add up piece by piece: the line so far with its trailing space, plus the next
    // piece without its own.
    let mut line_width = 0.0;
    loop {
        let piece = match rest.take() {
            Some(piece) => piece,
            None => match queue.pop_front() {
                Some((text, mandatory)) => Piece::new(face, text, mandatory),
                None => break,
            },
        };
        if lines.len() >= max_lines && !piece.text.trim().is_empty() {
            let left: String = queue.iter().map(|(t, _)| t.as_str()).collect();
            let more = line_width + face.width(&clean(&format!("{}{left}", piece.text)), size);
            return (lines, (more / width).ceil().max(1.0) as usize);
        }
        let whole = piece.shaped.len() - piece.start;
        let trimmed = piece.shaped.trimmed.saturating_sub(piece.start);
        let fits = piece.estimate(face, size, trimmed) <= width - line_width + margin(size) && {
            let piece_clean = clean(&piece.text);
            let piece_width = if trimmed == whole {
                measured(face, size, &piece, &piece_clean)
            } else {
                face.width(piece_clean.trim_end(), size)
            };
            line_width + piece_width <= width
        };
        if fits {
            line_width += measured(face, size, &piece, &clean(&piece.text));
            line.push_str(&piece.text);
        } else {
            let used = face.width(clean(&line).trim_end(), size);
            // The line keeps its trailing space before the head of a broken word.
            let room = width - line_width;
            let word = piece.text.trim_end();
            let may_break = match hyphenate {
                Hyphenate::Never => false,
                Hyphenate::WhenNeeded => line.is_empty(),
                Hyphenate::Normal => line.is_empty() || used < 0.8 * width,
            };
            let split = if may_break {
                hyphenate_to_fit(face, size, &piece, word, room)
            } else {
                None
            };
            match split {
                Some((head, at)) => {
                    line.push_str(&head);
                    push(&mut lines, face, size, &line);
                    if let Some(last) = lines.last_mut() {
                        last.hyphenated = true;
                    }
                    line.clear();
                    line_width = 0.0;
                    rest = Some(piece.rest(at, false));
                    continue;
                }
                None if line.is_empty() => {
                    // A word wider than the line with no break that fits: cut it by letters.
                    let (head, at) = split_by_width(face, size, &piece, word, width);
                    push(&mut lines, face, size, &head);
                    rest = Some(piece.rest(at, true));
                    continue;
                }
                None => {
                    // The piece starts the next line, where it is measured again: a word wider
                    // than a whole line is broken there.
                    push(&mut lines, face, size, &line);
                    line.clear();
                    line_width = 0.0;
                    rest = Some(piece);
                    continue;
                }
            }
        }
        if piece.mandatory {
            push(&mut lines, face, size, &line);
            line.clear();
            line_width = 0.0;
        }
    }
    if !clean(&line).trim().is_empty() {
        push(&mut lines, face, size, &line);
    }
    (lines, 0)
}

/// The width of a piece's whole text (`piece_clean`): from its advances if it is a piece as
/// first met, shaped on its own if it is what is left of a broken word.
fn measured(face: &Face, size: f32, piece: &Piece, piece_clean: &str) -> f32 {
    if piece.start == 0 {
        face.between(&piece.shaped, 0, piece.shaped.len(), size)
    } else {
        face.width(piece_clean, size)
    }
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

/// The most letters of `word` (the start of `piece`, soft hyphens left out) that fit in `width`,
/// at least one and never all: the head as drawn and where the rest of the piece starts.
fn split_by_width(
    face: &Face,
    size: f32,
    piece: &Piece,
    word: &str,
    width: f32,
) -> (String, usize) {
    let (mut offsets, whole) = piece.reach(face, size, word, (0.0, width + margin(size)));
    // Only letters count: a soft hyphen adds no boundary of its own.
    offsets.dedup_by_key(|o| o.1);
    if offsets.len() < 2 {
        // Not even one letter fits: the first goes on the line all the same.
        let (i, c) = word
            .char_indices()
            .find(|&(_, c)| c != SOFT_HYPHEN)
            .unwrap_or((0, ' '));
        offsets.push((i + c.len_utf8(), c.len_utf8()));
    }
    let letters = if whole {
        offsets.len() - 1
    } else {
        offsets.len()
    };
    let mut n = letters.saturating_sub(1).max(1).min(offsets.len() - 1);
    let head = |n: usize| clean(&word[..offsets[n].0]);
    while n > 1
        && piece.estimate(face, size, offsets[n].1) > width - margin(size)
        && face.width(&head(n), size) > width
    {
        n -= 1;
    }
    (head(n), offsets[n].0)
}

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;
