//! One side of a card, laid out before anything is drawn: the fit check and the PDF use the same
//! layout, so what the check accepts is what prints.

use super::layout::{Face, Hyphenate, Line, wrap_at_most};

pub const MM: f32 = 72.0 / 25.4;

/// Regular and bold faces of the bundled font.
pub struct Fonts {
    pub regular: Face,
    pub bold: Face,
}

/// The text of a card front, in print order.
#[derive(Debug, Clone)]
pub struct CardText {
    pub title: String,
    /// Label of the theme, shown in the band.
    pub theme: String,
    pub color: [u8; 3],
    pub text_color: [u8; 3],
    /// `12/40`
    pub number: String,
    /// `(slot key, label, text)`; the label is printed small above the text.
    pub slots: Vec<(String, String, String)>,
    pub footer: String,
    /// The EU emblem's text lines, drawn with the flag at the foot of the info card.
    pub emblem: Option<Vec<String>>,
    /// The theme's icon, drawn in the band.
    pub icon: Option<super::icons::Icon>,
}

/// The EU emblem's lines: as many as the emblem has (fund, programme, period).
pub const EMBLEM_LINES: usize = 3;

/// The EU flag's height, and the type size of the emblem's text beside it, or under it in large
/// print, where the text is at least 14 pt and would not fit beside the flag.
pub fn emblem_flag(size: CardSize) -> (f32, f32, bool) {
    let large = size.k >= 1.5;
    let flag = if large { 10.0 * MM } else { 9.6 * MM * size.k };
    (flag, size.type_size(6.0), large)
}

/// The height the EU emblem takes at the foot of a card.
pub fn emblem_height(size: CardSize) -> f32 {
    let (flag, pt, under) = emblem_flag(size);
    if under {
        flag + EMBLEM_LINES as f32 * pt * 1.3 + 1.0 * MM
    } else {
        12.0 * MM * size.k
    }
}

/// Card geometry in points; `k` scales type for large-print formats.
#[derive(Debug, Clone, Copy)]
pub struct CardSize {
    pub width: f32,
    pub height: f32,
    pub k: f32,
}

impl CardSize {
    pub fn poker() -> CardSize {
        CardSize {
            width: 63.0 * MM,
            height: 88.0 * MM,
            k: 1.0,
        }
    }

    /// How much margins, the band and the gaps between texts grow with `k`: less than the type,
    /// so that large print spends its room on text.
    pub fn spacing(&self) -> f32 {
        self.k.min(1.0)
    }

    pub fn safe(&self) -> f32 {
        4.0 * MM * self.spacing()
    }

    pub fn band(&self) -> f32 {
        10.0 * MM * self.spacing()
    }

    /// The room kept at the foot for the footer line: a line and a half of its type.
    pub fn footer(&self) -> f32 {
        (5.0 * MM * self.spacing()).max(self.type_size(6.0) * 1.5)
    }

    /// A type size for this card: `base` points scaled, and in large print never under 14 pt.
    pub fn type_size(&self, base: f32) -> f32 {
        if self.k >= 1.5 {
            (base * self.k).max(14.0)
        } else {
            base * self.k
        }
    }
}

/// A block of lines at one size and weight.
#[derive(Debug, Clone)]
pub struct Block {
    pub slot: String,
    pub bold: bool,
    pub size: f32,
    pub lines: Vec<Line>,
    /// Roughly how many more lines the text would take, for text that cannot fit the card
    /// anyway and was not laid out to its end.
    pub more: usize,
    /// Distance from the text area's top to the first baseline.
    pub top: f32,
    pub line_height: f32,
}

/// A laid-out card front: the blocks, and how full the text area is.
#[derive(Debug, Clone)]
pub struct Layout {
    pub blocks: Vec<Block>,
    pub text_top: f32,
    pub available: f32,
    pub used: f32,
}

impl Block {
    /// The distance from the text area's top to the foot of the block's last line.
    fn bottom(&self) -> f32 {
        self.top + self.line_height * (self.lines.len() + self.more) as f32
    }
}

impl Layout {
    pub fn fill(&self) -> f32 {
        self.used / self.available
    }

    /// The first slot that runs past the bottom, and by how many points.
    pub fn overflow(&self) -> Option<(&str, f32)> {
        let over = self.used - self.available;
        if over <= 0.0 {
            return None;
        }
        let slot = self
            .blocks
            .iter()
            .find(|b| b.bottom() > self.available)
            .map_or("title", |b| b.slot.as_str());
        Some((slot, over))
    }
}

/// Type sizes of a poker card, in points, before `k`.
const TITLE: f32 = 11.0;
const LABEL: f32 = 6.0;
const TEXT: f32 = 8.5;

/// A card front laid out at `size`; `hyphenate` is the deck's setting, which titles and labels
/// follow only as far as `WhenNeeded`.
pub fn layout(fonts: &Fonts, size: CardSize, card: &CardText, hyphenate: Hyphenate) -> Layout {
    let headings = hyphenate.min(Hyphenate::WhenNeeded);
    let k = size.spacing();
    let width = size.width - 2.0 * size.safe();
    let text_top = size.band() + 2.5 * MM * k;
    let footer = size.footer();
    let emblem = if card.emblem.is_some() {
        emblem_height(size) + 2.0 * MM
    } else {
        0.0
    };
    let available = size.height - text_top - footer - size.safe() * 0.5 - emblem;
    let mut blocks = Vec::new();
    let mut y = 0.0;
    let mut add = |slot: &str, bold: bool, pt: f32, text: &str, hyphenate: Hyphenate, gap: f32| {
        let face = if bold { &fonts.bold } else { &fonts.regular };
        let size_pt = size.type_size(pt);
        let line_height = size_pt * 1.25;
        // More lines than the whole text area holds cannot fit: the rest is only estimated.
        let most = (available / line_height) as usize;
        let (lines, more) = wrap_at_most(face, size_pt, text, width, hyphenate, most);
        let top = y + size_pt;
        y += line_height * (lines.len() + more) as f32 + gap * MM * k;
        blocks.push(Block {
            slot: slot.to_string(),
            bold,
            size: size_pt,
            lines,
            more,
            top,
            line_height,
        });
    };
    add("title", true, TITLE, &card.title, headings, 1.6);
    for (key, label, text) in &card.slots {
        if !label.is_empty() {
            add(key, true, LABEL, &label.to_uppercase(), headings, 0.4);
        }
        add(key, key == "question", TEXT, text, hyphenate, 1.8);
    }
    let used = blocks.last().map_or(0.0, |b| {
        b.top - b.size + b.line_height * (b.lines.len() + b.more) as f32
    });
    Layout {
        blocks,
        text_top,
        available,
        used,
    }
}

/// The theme's fonts, read from the repository, for tests.
#[cfg(test)]
pub(crate) fn test_fonts() -> Fonts {
    let read = |f: &str| {
        std::fs::read(format!(
            "{}/themes/default/fonts/{f}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    };
    Fonts {
        regular: Face::new(read("NotoSans-Regular.ttf")).unwrap(),
        bold: Face::new(read("NotoSans-Bold.ttf")).unwrap(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(text: &str) -> CardText {
        CardText {
            title: "Sinua on odotettu".into(),
            theme: "Kohtaaminen".into(),
            color: [0x9c, 0x3d, 0x1f],
            text_color: [255, 255, 255],
            number: "1/40".into(),
            slots: vec![
                ("insight".into(), "Oivallus".into(), text.into()),
                (
                    "question".into(),
                    "Kysymys".into(),
                    "Miten sinua odotettiin?".into(),
                ),
            ],
            footer: "Starttipakka".into(),
            emblem: None,
            icon: None,
        }
    }

    #[test]
    fn a_short_card_fits_and_a_long_one_overflows_naming_the_slot() {
        let fonts = test_fonts();
        let short = layout(
            &fonts,
            CardSize::poker(),
            &card("Uusi työntekijä oppii nopeasti, kun häntä odotetaan."),
            Hyphenate::Normal,
        );
        assert!(
            short.overflow().is_none() && short.fill() < 0.9,
            "{}",
            short.fill()
        );
        let long = layout(
            &fonts,
            CardSize::poker(),
            &card(&"Perehdytys on koko työyhteisön yhteinen asia. ".repeat(12)),
            Hyphenate::Normal,
        );
        let (slot, over) = long.overflow().expect("overflow");
        assert_eq!(slot, "insight");
        assert!(over > 10.0);
    }

    #[test]
    fn large_print_scales_the_type_to_at_least_14_points() {
        let big = CardSize {
            width: 105.0 * MM,
            height: 148.0 * MM,
            k: 1.65,
        };
        let l = layout(&test_fonts(), big, &card("Lyhyt."), Hyphenate::Normal);
        assert!(l.blocks.iter().all(|b| b.size >= 14.0));
    }
}
