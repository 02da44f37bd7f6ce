//! What a deck PDF has besides the cards: the crop and fold marks of a sheet, and the
//! instruction sheet flowed over its own pages.

use std::num::NonZeroU16;

use krilla::Document;
use krilla::destination::XyzDestination;
use krilla::geom::{Path, PathBuilder, Point, Rect};
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::surface::Surface;
use krilla::tagging::{Tag, TagGroup, TagTree};

use super::face::{Fonts, MM};
use super::impose::{MARK_GAP, MARK_LENGTH};
use super::layout::{Hyphenate, wrap};
use super::pdf::Sheet;
use super::pdf_draw::{INK, Style, artifact, line, line_text};

/// The clip of an office sheet: the area a printer prints, so that no ink lands beyond it
/// even when a back offset shifts the backs towards an edge.
pub(super) fn ink_area(sheet: &Sheet) -> Option<Path> {
    let mut pb = PathBuilder::new();
    pb.push_rect(sheet.ink?);
    pb.finish()
}

/// Crop marks outside the bleed of the block, `MARK_LENGTH` long or as long as the printable
/// area leaves room for, and the fold line.
pub(super) fn draw_marks(surface: &mut Surface, sheet: &Sheet, bleed: f32) {
    let Some((xs, ys, block)) = &sheet.cuts else {
        return;
    };
    let gap = bleed + MARK_GAP;
    let ink = sheet
        .ink
        .unwrap_or(Rect::from_xywh(0.0, 0.0, sheet.width, sheet.height).expect("a sheet"));
    let top = (block.top() - gap - MARK_LENGTH).max(ink.top());
    let bottom = (block.bottom() + gap + MARK_LENGTH).min(ink.bottom());
    let left = (block.left() - gap - MARK_LENGTH).max(ink.left());
    let right = (block.right() + gap + MARK_LENGTH).min(ink.right());
    artifact(surface, |s| {
        for &x in xs {
            let mark = |s: &mut Surface, a: f32, b: f32| {
                line(s, Point::from_xy(x, a), Point::from_xy(x, b), 0.25, false)
            };
            mark(s, top, block.top() - gap);
            mark(s, block.bottom() + gap, bottom);
        }
        for &y in ys {
            let mark = |s: &mut Surface, a: f32, b: f32| {
                line(s, Point::from_xy(a, y), Point::from_xy(b, y), 0.25, false)
            };
            mark(s, left, block.left() - gap);
            mark(s, block.right() + gap, right);
        }
        if let Some((a, b)) = sheet.fold {
            line(s, a, b, 0.5, true);
        }
    });
}

/// Type sizes of the instructions PDF, in points: its body is as large as large print's.
const TITLE_PT: f32 = 22.0;
const HEADING_PT: f32 = 16.0;
const BODY_PT: f32 = 14.0;

/// The instructions: the deck's title and the paragraphs (is heading, text), flowed over as many
/// pages of `paper` as they need, with a bookmark for the title and each heading. Returns the
/// page count.
pub(super) fn draw_instructions(
    (document, tree, outline): (&mut Document, &mut TagTree, &mut Outline),
    fonts: &Fonts,
    deck_title: &str,
    (instructions, hyphenate): (&[(bool, String)], Hyphenate),
    (w, h): (f32, f32),
) -> usize {
    let margin = 20.0 * MM;
    let mut items: Vec<(bool, f32, &str)> = vec![(true, TITLE_PT, deck_title)];
    items.extend(instructions.iter().map(|(heading, t)| {
        let size = if *heading { HEADING_PT } else { BODY_PT };
        (*heading, size, t.as_str())
    }));
    let mut pages = 0;
    let mut at = 0;
    while at < items.len() {
        let mut page = document.start_page_with(
            PageSettings::from_wh(w, h).unwrap_or(PageSettings::from_wh(595.0, 842.0).unwrap()),
        );
        let mut surface = page.surface();
        let mut y = margin;
        while at < items.len() {
            let (heading, size, content) = items[at];
            let face = if heading { &fonts.bold } else { &fonts.regular };
            let lines = wrap(face, size, content, w - 2.0 * margin, hyphenate);
            let needed = lines.len() as f32 * size * 1.35 + size * 0.6;
            if y + needed > h - margin && y > margin {
                break;
            }
            let level = if at == 0 { 1 } else { 2 };
            let mut group = if heading {
                outline.push_child(OutlineNode::new(
                    content.to_string(),
                    XyzDestination::new(pages, Point::from_xy(margin, y)),
                ));
                TagGroup::new(Tag::Hn(
                    NonZeroU16::new(level).expect("a level"),
                    Some(content.to_string()),
                ))
            } else {
                TagGroup::new(Tag::P)
            };
            for l in &lines {
                y += size * 1.35;
                let style = Style {
                    bold: heading,
                    size,
                    color: INK,
                };
                line_text(
                    &mut surface,
                    &mut group,
                    fonts,
                    style,
                    Point::from_xy(margin, y),
                    l,
                );
            }
            y += size * 0.6;
            tree.push(group);
            at += 1;
        }
        surface.finish();
        page.finish();
        pages += 1;
    }
    pages
}
