//! Imposition: where each card side goes on each sheet, per print format.
//!
//! - `a4-9`: nine 63 × 88 mm cards per sheet, butted (shared cuts), 1.5 mm bleed around the
//!   block, crop marks outside it; each front sheet is followed by its backs with the columns
//!   mirrored for long-edge duplex, shifted by the printer's back offset.
//! - `a4-4`: four large-print cards per sheet (A6 shrunk until the marks fit), backs mirrored
//!   the same way.
//! - `fold`: three cards per sheet, front and back side by side with a fold line between.
//! - `shop`: one side per page, 63 × 88 mm trim plus 3 mm bleed, front and back alternating.
//!
//! The three office formats keep all ink, crop marks included, [`INK_INSET`] inside the paper's
//! edge, where office and home printers print; only `shop` runs to the edge of its pages.

use krilla::geom::{Point, Rect};

use super::face::{CardSize, MM};
use super::pdf::{Sheet, Side};
use crate::model::types::{Paper, PrintFormat};

/// A print shop's bleed: the usual 3 mm.
pub const SHOP_BLEED: f32 = 3.0 * MM;
/// An office sheet's bleed around its block of cards: enough for a paper trimmer's error, and
/// small enough that crop marks fit between it and the edge a printer leaves blank.
pub const OFFICE_BLEED: f32 = 1.5 * MM;
/// How far inside the paper's edge an office format keeps all ink: printers leave 4–5 mm
/// unprinted, and half a millimetre more keeps a mark's anti-aliased end off that edge.
pub const INK_INSET: f32 = 5.5 * MM;
/// The gap between the bleed and a crop mark, and the longest mark.
pub const MARK_GAP: f32 = 0.5 * MM;
pub const MARK_LENGTH: f32 = 4.0 * MM;
/// The shortest crop mark an office format is laid out for.
const SHORTEST_MARK: f32 = 3.0 * MM;

pub fn bleed(format: PrintFormat) -> f32 {
    match format {
        PrintFormat::Shop => SHOP_BLEED,
        _ => OFFICE_BLEED,
    }
}

pub fn paper_size(paper: Paper) -> (f32, f32) {
    match paper {
        Paper::A4 => (210.0 * MM, 297.0 * MM),
        Paper::Letter => (8.5 * 72.0, 11.0 * 72.0),
    }
}

/// A print shop's page in whole millimetres: the poker card's trim plus the bleed on each side.
pub fn shop_page_mm() -> (u32, u32) {
    let bleed = (SHOP_BLEED / MM).round() as u32;
    (63 + 2 * bleed, 88 + 2 * bleed)
}

/// The card size a format prints at on `paper`.
pub fn card_size(format: PrintFormat, paper: Paper) -> CardSize {
    match format {
        PrintFormat::A4x4 => {
            // A6, or as large as two by two fit on the paper with room for the bleed and crop
            // marks inside the printable area.
            let (w, h) = paper_size(paper);
            // Each side keeps its own scale: on A4 the width is what limits, and the card keeps
            // the height that is left rather than A6's proportions.
            let margin = 2.0 * (INK_INSET + OFFICE_BLEED + MARK_GAP + SHORTEST_MARK);
            let fit = |room: f32, a6: f32| ((room - margin) / 2.0).min(a6);
            // Type stays at least 14 pt whatever the paper: k × 8.5 pt ≥ 14 pt.
            CardSize {
                width: fit(w, 105.0 * MM),
                height: fit(h, 148.0 * MM),
                k: 1.65,
            }
        }
        _ => CardSize::poker(),
    }
}

/// The clip of a side at `o` in a butted grid: its trim, plus the bleed on outer edges.
fn clip(o: Point, size: CardSize, outer: [bool; 4], bleed: f32) -> Rect {
    let [left, top, right, bottom] = outer.map(|b| if b { bleed } else { 0.0 });
    Rect::from_ltrb(
        o.x - left,
        o.y - top,
        o.x + size.width + right,
        o.y + size.height + bottom,
    )
    .expect("a card has a size")
}

/// A grid of `cols` × `rows` butted cards centred on the paper; `mirror` flips the columns and
/// `offset` shifts the whole block (for backs).
fn grid(
    paper: (f32, f32),
    size: CardSize,
    cols: usize,
    rows: usize,
    faces: &[Side],
    mirror: bool,
    offset: (f32, f32),
) -> Sheet {
    let block_w = size.width * cols as f32;
    let block_h = size.height * rows as f32;
    let x0 = (paper.0 - block_w) / 2.0 + offset.0;
    let y0 = (paper.1 - block_h) / 2.0 + offset.1;
    let mut sides = Vec::new();
    for (i, side) in faces.iter().enumerate() {
        let (row, col) = (i / cols, i % cols);
        let col = if mirror { cols - 1 - col } else { col };
        let o = Point::from_xy(x0 + col as f32 * size.width, y0 + row as f32 * size.height);
        let outer = [col == 0, row == 0, col == cols - 1, row == rows - 1];
        sides.push((*side, o, clip(o, size, outer, OFFICE_BLEED)));
    }
    let xs = (0..=cols).map(|c| x0 + c as f32 * size.width).collect();
    let ys = (0..=rows).map(|r| y0 + r as f32 * size.height).collect();
    let block = Rect::from_xywh(x0, y0, block_w, block_h).expect("a block has a size");
    Sheet {
        width: paper.0,
        height: paper.1,
        sides,
        card: size,
        cuts: Some((xs, ys, block)),
        fold: None,
        trim: None,
        ink: Rect::from_ltrb(
            INK_INSET,
            INK_INSET,
            paper.0 - INK_INSET,
            paper.1 - INK_INSET,
        ),
    }
}

/// The sheets of a format for `count` cards (the info card first).
pub fn sheets(
    format: PrintFormat,
    paper: Paper,
    count: usize,
    back_offset: (f32, f32),
) -> Vec<Sheet> {
    let size = card_size(format, paper);
    let paper_wh = paper_size(paper);
    let fronts: Vec<Side> = (0..count).map(Side::Front).collect();
    match format {
        PrintFormat::A4x9 | PrintFormat::A4x4 => {
            let (cols, rows) = if format == PrintFormat::A4x9 {
                (3, 3)
            } else {
                (2, 2)
            };
            fronts
                .chunks(cols * rows)
                .flat_map(|chunk| {
                    let backs: Vec<Side> = chunk
                        .iter()
                        .map(|s| {
                            if let Side::Front(i) = s {
                                Side::Back(*i)
                            } else {
                                *s
                            }
                        })
                        .collect();
                    [
                        grid(paper_wh, size, cols, rows, chunk, false, (0.0, 0.0)),
                        grid(paper_wh, size, cols, rows, &backs, true, back_offset),
                    ]
                })
                .collect()
        }
        PrintFormat::Fold => (0..count)
            .collect::<Vec<_>>()
            .chunks(3)
            .map(|chunk| {
                let faces: Vec<Side> = chunk
                    .iter()
                    .flat_map(|&i| [Side::Front(i), Side::Back(i)])
                    .collect();
                let mut sheet = grid(paper_wh, size, 2, 3, &faces, false, (0.0, 0.0));
                if let Some((xs, _, block)) = &sheet.cuts {
                    let x = xs[1];
                    sheet.fold = Some((
                        Point::from_xy(x, block.top()),
                        Point::from_xy(x, block.bottom()),
                    ));
                    // Front and back are one piece: no cut along the fold.
                    let (xs, ys, block) = sheet.cuts.take().expect("cuts");
                    sheet.cuts = Some((vec![xs[0], xs[2]], ys, block));
                }
                sheet
            })
            .collect(),
        PrintFormat::Shop => (0..count)
            .flat_map(|i| [Side::Front(i), Side::Back(i)])
            .map(|side| {
                let (w, h) = (
                    size.width + 2.0 * SHOP_BLEED,
                    size.height + 2.0 * SHOP_BLEED,
                );
                let o = Point::from_xy(SHOP_BLEED, SHOP_BLEED);
                let trim = Rect::from_xywh(SHOP_BLEED, SHOP_BLEED, size.width, size.height);
                Sheet {
                    width: w,
                    height: h,
                    sides: vec![(side, o, clip(o, size, [true; 4], SHOP_BLEED))],
                    card: size,
                    cuts: None,
                    fold: None,
                    trim,
                    ink: None,
                }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backs_are_mirrored_and_shifted() {
        let sheets = sheets(PrintFormat::A4x9, Paper::A4, 9, (1.0 * MM, 0.0));
        assert_eq!(sheets.len(), 2);
        let front_x = |s: &Sheet, i: usize| {
            s.sides
                .iter()
                .find_map(|(side, o, _)| {
                    matches!(side, Side::Front(j) | Side::Back(j) if *j == i).then_some(o.x)
                })
                .unwrap()
        };
        // Card 0 is in the left column on the front and in the right column on the back.
        assert!(front_x(&sheets[0], 0) < front_x(&sheets[0], 2));
        assert!((front_x(&sheets[1], 0) - (front_x(&sheets[0], 2) + 1.0 * MM)).abs() < 0.01);
    }

    #[test]
    fn large_print_cards_fit_on_letter_paper() {
        let size = card_size(PrintFormat::A4x4, Paper::Letter);
        assert!(size.height * 2.0 <= 11.0 * 72.0 && size.k > 1.4);
    }
}
