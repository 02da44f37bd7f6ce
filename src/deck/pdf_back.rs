//! The back of a card, designed from the deck's own data: its colour to the bleed, the theme's
//! icon and name (on theme-coloured backs), the deck's title, and the EU emblem's flag and
//! first lines where the deck's project has a funding period. Backs are artifacts: a screen
//! reader reads each card once, from its front.

use krilla::geom::{Point, Rect};
use krilla::surface::Surface;
use krilla::text::TextDirection;

use super::face::{CardSize, Fonts, MM};
use super::icons::{self, Icon};
use super::layout::{Hyphenate, wrap};
use super::pdf_card::draw_flag;
use super::pdf_draw::{artifact, fill, rect};

/// What a card's back shows.
#[derive(Clone)]
pub struct Back {
    pub color: [u8; 3],
    pub text_color: [u8; 3],
    /// The deck's title, or the deck's `back.text`.
    pub title: String,
    /// The theme's name and icon, on theme-coloured backs only (a shared back tells nothing).
    pub theme: Option<(String, Option<Icon>)>,
    /// The EU emblem's first lines (the Union and the fund).
    pub emblem: Option<Vec<String>>,
}

/// Centred lines of `text` in the bold face, the first baseline at `y`; returns the y under them.
fn centred(
    s: &mut Surface,
    fonts: &Fonts,
    (text, pt): (&str, f32),
    o: Point,
    w: f32,
    y: f32,
) -> f32 {
    let mut y = y;
    for line in wrap(&fonts.bold, pt, text, w * 0.84, Hyphenate::WhenNeeded) {
        s.draw_text(
            Point::from_xy(o.x + (w - line.width) / 2.0, y),
            fonts.bold.font.clone(),
            pt,
            &line.text,
            false,
            TextDirection::Auto,
        );
        y += pt * 1.25;
    }
    y
}

/// The back with its trim corner at `o`; its colour runs `bleed` past the trim.
pub(super) fn draw_back(
    surface: &mut Surface,
    fonts: &Fonts,
    size: CardSize,
    back: &Back,
    o: Point,
    bleed: f32,
) {
    let (w, h) = (size.width, size.height);
    artifact(surface, |s| {
        fill(s, back.color);
        rect(
            s,
            Rect::from_xywh(o.x - bleed, o.y - bleed, w + 2.0 * bleed, h + 2.0 * bleed),
        );
        let mut y = o.y + h * 0.2;
        if let Some((_, Some(icon))) = &back.theme {
            let side = w * 0.3;
            icons::draw(s, icon, Point::from_xy(o.x + (w - side) / 2.0, y), side);
            y += side;
        }
        fill(s, back.text_color);
        if let Some((name, _)) = &back.theme {
            let pt = size.type_size(8.0);
            y = centred(s, fonts, (&name.to_uppercase(), pt), o, w, y + pt * 1.6);
        }
        let pt = size.type_size(14.0);
        let top = if back.theme.is_some() {
            y + pt * 0.8
        } else {
            o.y + h * 0.45
        };
        centred(s, fonts, (&back.title, pt), o, w, top);
        if let Some(lines) = &back.emblem {
            let flag = if size.k >= 1.5 { 10.0 } else { 6.0 } * MM;
            let pt = size.type_size(5.5);
            let at = Point::from_xy(o.x + size.safe(), o.y + h - size.safe() - flag);
            // A white edge a 25th of the flag's height keeps its blue apart from the colour.
            let edge = flag / 25.0;
            fill(s, [255, 255, 255]);
            rect(
                s,
                Rect::from_xywh(
                    at.x - edge,
                    at.y - edge,
                    flag * 1.5 + 2.0 * edge,
                    flag + 2.0 * edge,
                ),
            );
            draw_flag(s, at, flag);
            fill(s, back.text_color);
            let x = at.x + flag * 1.5 + 2.0 * MM * size.spacing();
            for (i, line) in lines.iter().take(2).enumerate() {
                let baseline = at.y + flag / 2.0 + pt * (i as f32 * 1.2 - 0.2);
                s.draw_text(
                    Point::from_xy(x, baseline),
                    fonts.bold.font.clone(),
                    pt,
                    line,
                    false,
                    TextDirection::Auto,
                );
            }
        }
    });
}
