//! One card side drawn at its trim corner: the front (colour band, theme, laid-out texts, the EU
//! emblem, footer) tagged in reading order, and the back.

use std::num::NonZeroU16;

use krilla::geom::{PathBuilder, Point, Rect};
use krilla::surface::Surface;
use krilla::tagging::{Tag, TagGroup, TagTree};

use super::face::{CardSize, CardText, Fonts, Layout, MM, emblem_flag, emblem_height};
use super::pdf_draw::{INK, Style, artifact, fill, line_text, rect, text};

/// A card's trim at `o` grown by `bleed` on every side (clipping keeps inner edges clean).
fn with_bleed(o: Point, size: CardSize, bleed: f32) -> Option<Rect> {
    Rect::from_xywh(
        o.x - bleed,
        o.y - bleed,
        size.width + 2.0 * bleed,
        size.height + 2.0 * bleed,
    )
}

/// A card front to draw: its text, its layout, and the size it prints at.
pub(super) struct Front<'a> {
    pub(super) card: &'a CardText,
    pub(super) laid: &'a Layout,
    pub(super) size: CardSize,
}

/// The front of card `card` with its trim corner at `o`; the band runs `bleed` into the bleed.
pub(super) fn draw_front(
    surface: &mut Surface,
    tree: &mut TagTree,
    fonts: &Fonts,
    front: Front,
    o: Point,
    bleed: f32,
) {
    let Front { card, laid, size } = front;
    let safe = size.safe();
    artifact(surface, |s| {
        fill(s, [255, 255, 255]);
        rect(s, with_bleed(o, size, bleed));
        fill(s, card.color);
        rect(
            s,
            Rect::from_xywh(
                o.x - bleed,
                o.y - bleed,
                size.width + 2.0 * bleed,
                size.band() + bleed,
            ),
        );
    });
    // The icon is decoration: the theme's name is printed beside it.
    if let Some(icon) = &card.icon {
        let side = size.band() * 0.62;
        let at = Point::from_xy(
            o.x + size.width - size.safe() - side,
            o.y + (size.band() - side) / 2.0,
        );
        artifact(surface, |s| super::icons::draw(s, icon, at, side));
    }
    let mut section = TagGroup::new(Tag::Section);
    let mut head = TagGroup::new(Tag::P);
    let band_base = o.y + size.band() * 0.62;
    text(
        surface,
        &mut head,
        fonts,
        Style {
            bold: true,
            size: size.type_size(7.5),
            color: card.text_color,
        },
        Point::from_xy(o.x + safe, band_base),
        &format!("{} · {}", card.theme, card.number),
    );
    section.push(head);
    for block in &laid.blocks {
        let mut group = if block.slot == "title" {
            TagGroup::new(Tag::Hn(
                NonZeroU16::MIN.saturating_add(1),
                Some(card.title.clone()),
            ))
        } else {
            TagGroup::new(Tag::P)
        };
        for (i, l) in block.lines.iter().enumerate() {
            let y = o.y + laid.text_top + block.top + i as f32 * block.line_height;
            line_text(
                surface,
                &mut group,
                fonts,
                Style {
                    bold: block.bold,
                    size: block.size,
                    color: INK,
                },
                Point::from_xy(o.x + safe, y),
                l,
            );
        }
        section.push(group);
    }
    if let Some(lines) = &card.emblem {
        let mut emblem = TagGroup::new(Tag::P);
        let (flag, _, under) = emblem_flag(size);
        let h = if under { emblem_height(size) } else { flag };
        let at = Point::from_xy(o.x + safe, o.y + size.height - safe - size.footer() - h);
        draw_emblem(surface, &mut emblem, fonts, lines, at, size);
        section.push(emblem);
    }
    let mut foot = TagGroup::new(Tag::P);
    text(
        surface,
        &mut foot,
        fonts,
        Style {
            bold: false,
            size: size.type_size(6.0),
            color: [0x4a, 0x55, 0x60],
        },
        Point::from_xy(o.x + safe, o.y + size.height - safe * 0.8),
        &card.footer,
    );
    section.push(foot);
    tree.push(section);
}

/// The EU flag at `o` with the emblem's text beside it, or under it in large print
/// (`emblem_flag`).
fn draw_emblem(
    surface: &mut Surface,
    tree: &mut TagGroup,
    fonts: &Fonts,
    lines: &[String],
    o: Point,
    card: CardSize,
) {
    let (h, size, under) = emblem_flag(card);
    let w = h * 1.5;
    artifact(surface, |s| draw_flag(s, o, h));
    for (i, line) in lines.iter().enumerate() {
        let baseline = size * 1.3 * (i as f32 + 1.0);
        let at = if under {
            Point::from_xy(o.x, o.y + h + baseline)
        } else {
            Point::from_xy(o.x + w + 2.0 * MM * card.k, o.y + baseline)
        };
        text(
            surface,
            tree,
            fonts,
            Style {
                bold: i < 2,
                size,
                color: INK,
            },
            at,
            line,
        );
    }
}

/// The EU flag (3:2, twelve gold stars on a circle of a third of its height, each star's point
/// radius 1/18 of the height) at `o`, `h` points high.
pub(super) fn draw_flag(s: &mut Surface, o: Point, h: f32) {
    let w = h * 1.5;
    fill(s, [0x00, 0x33, 0x99]);
    rect(s, Rect::from_xywh(o.x, o.y, w, h));
    fill(s, [0xff, 0xcc, 0x00]);
    let (cx, cy, ring, outer) = (o.x + w / 2.0, o.y + h / 2.0, h / 3.0, h / 18.0);
    let inner = outer * 0.382;
    for star in 0..12 {
        let a = star as f32 * std::f32::consts::TAU / 12.0;
        let (sx, sy) = (cx + ring * a.sin(), cy - ring * a.cos());
        let mut pb = PathBuilder::new();
        for p in 0..10 {
            let r = if p % 2 == 0 { outer } else { inner };
            let b = p as f32 * std::f32::consts::PI / 5.0;
            let (x, y) = (sx + r * b.sin(), sy - r * b.cos());
            if p == 0 {
                pb.move_to(x, y)
            } else {
                pb.line_to(x, y)
            }
        }
        pb.close();
        if let Some(path) = pb.finish() {
            s.draw_path(&path);
        }
    }
}
