//! What a deck PDF has besides the cards: the crop and fold marks of a sheet, and the
//! instruction sheet flowed over its own pages.

use std::num::NonZeroU16;

use krilla::Document;
use krilla::geom::Point;
use krilla::page::PageSettings;
use krilla::surface::Surface;
use krilla::tagging::{Tag, TagGroup, TagTree};

use super::face::{Fonts, MM};
use super::layout::wrap;
use super::pdf::{Job, Sheet};
use super::pdf_draw::{INK, Style, artifact, line, line_text};

pub(super) fn draw_marks(surface: &mut Surface, sheet: &Sheet, bleed: f32) {
    let Some((xs, ys, block)) = &sheet.cuts else {
        return;
    };
    let gap = bleed + 1.0 * MM;
    let len = 4.0 * MM;
    artifact(surface, |s| {
        for &x in xs {
            line(
                s,
                Point::from_xy(x, block.top() - gap - len),
                Point::from_xy(x, block.top() - gap),
                0.25,
                false,
            );
            line(
                s,
                Point::from_xy(x, block.bottom() + gap),
                Point::from_xy(x, block.bottom() + gap + len),
                0.25,
                false,
            );
        }
        for &y in ys {
            line(
                s,
                Point::from_xy(block.left() - gap - len, y),
                Point::from_xy(block.left() - gap, y),
                0.25,
                false,
            );
            line(
                s,
                Point::from_xy(block.right() + gap, y),
                Point::from_xy(block.right() + gap + len, y),
                0.25,
                false,
            );
        }
        if let Some((a, b)) = sheet.fold {
            line(s, a, b, 0.5, true);
        }
    });
}

/// The instruction sheet, flowed over as many pages of `size` as it needs.
pub(super) fn draw_instructions(
    document: &mut Document,
    tree: &mut TagTree,
    fonts: &Fonts,
    job: &Job,
) -> usize {
    let (w, h) = job.instruction_page;
    let margin = (w.min(h) * 0.09).max(4.0 * MM);
    let scale = (w / (210.0 * MM)).clamp(0.45, 1.0);
    let mut pages = 0;
    let mut items: Vec<(bool, f32, String)> = vec![(true, 16.0 * scale, job.deck_title.clone())];
    items.extend(job.instructions.iter().map(|(heading, t)| {
        (
            *heading,
            if *heading { 12.0 } else { 10.0 } * scale,
            t.clone(),
        )
    }));
    let mut at = 0;
    while at < items.len() {
        let mut page = document.start_page_with(
            PageSettings::from_wh(w, h).unwrap_or(PageSettings::from_wh(595.0, 842.0).unwrap()),
        );
        let mut surface = page.surface();
        let mut y = margin;
        while at < items.len() {
            let (heading, size, content) = &items[at];
            let face = if *heading {
                &fonts.bold
            } else {
                &fonts.regular
            };
            let lines = wrap(face, *size, content, w - 2.0 * margin, true);
            let needed = lines.len() as f32 * size * 1.35 + size * 0.6;
            if y + needed > h - margin && y > margin {
                break;
            }
            let mut group = if at == 0 {
                TagGroup::new(Tag::Hn(NonZeroU16::MIN, Some(content.clone())))
            } else if *heading {
                TagGroup::new(Tag::Hn(
                    NonZeroU16::MIN.saturating_add(1),
                    Some(content.clone()),
                ))
            } else {
                TagGroup::new(Tag::P)
            };
            for l in &lines {
                y += size * 1.35;
                line_text(
                    &mut surface,
                    &mut group,
                    fonts,
                    Style {
                        bold: *heading,
                        size: *size,
                        color: INK,
                    },
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
