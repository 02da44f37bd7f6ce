//! Drawing and imposition with krilla: card sides placed on sheets for each print format, crop
//! and fold marks, the instruction sheet first, and a tag tree so that a screen reader reads the
//! instructions and then each card's theme, title and texts in order.

use std::num::NonZeroU16;

use krilla::color::rgb;
use krilla::configure::{Accessibility, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, SpanTag, Tag, TagGroup, TagTree};
use krilla::text::TextDirection;
use krilla::{Document, SerializeSettings};

use super::face::{CardSize, CardText, Fonts, Layout, MM, emblem_height};
use super::layout::Line;
use super::layout::wrap;

/// One side of a card on a sheet: front `i` or back `i` of the deck's card list.
#[derive(Debug, Clone, Copy)]
pub enum Side {
    Front(usize),
    Back(usize),
}

/// A printed sheet: its size, the sides on it (trim top-left corner), and its marks.
pub struct Sheet {
    pub width: f32,
    pub height: f32,
    /// Each side with its trim corner and its clip: the trim plus the bleed on the edges
    /// that face no neighbouring card.
    pub sides: Vec<(Side, Point, Rect)>,
    pub card: CardSize,
    /// Cut lines: vertical x positions and horizontal y positions, with the block they bound.
    pub cuts: Option<(Vec<f32>, Vec<f32>, Rect)>,
    pub fold: Option<(Point, Point)>,
    /// Trim box for print-shop pages.
    pub trim: Option<Rect>,
}

/// What goes into one PDF.
pub struct Job<'a> {
    pub title: String,
    pub deck_title: String,
    pub instructions: &'a [(bool, String)],
    pub instruction_page: (f32, f32),
    pub cards: &'a [CardText],
    /// The layout of each card's front at this format's size.
    pub layouts: &'a [Layout],
    pub backs: &'a [([u8; 3], [u8; 3], String)],
    pub sheets: Vec<Sheet>,
    pub bleed: f32,
}

fn color(c: [u8; 3]) -> rgb::Color {
    rgb::Color::new(c[0], c[1], c[2])
}

fn fill(surface: &mut Surface, c: [u8; 3]) {
    surface.set_fill(Some(Fill {
        paint: color(c).into(),
        ..Fill::default()
    }));
}

fn rect(surface: &mut Surface, r: Option<Rect>) {
    if let Some(r) = r {
        let mut pb = PathBuilder::new();
        pb.push_rect(r);
        if let Some(path) = pb.finish() {
            surface.draw_path(&path);
        }
    }
}

fn line(surface: &mut Surface, from: Point, to: Point, width: f32, dash: bool) {
    let mut pb = PathBuilder::new();
    pb.move_to(from.x, from.y);
    pb.line_to(to.x, to.y);
    surface.set_fill(None);
    surface.set_stroke(Some(Stroke {
        paint: rgb::Color::new(0, 0, 0).into(),
        width,
        dash: dash.then(|| StrokeDash {
            array: vec![3.0, 2.0],
            offset: 0.0,
        }),
        ..Stroke::default()
    }));
    if let Some(path) = pb.finish() {
        surface.draw_path(&path);
    }
    surface.set_stroke(None);
}

/// How a piece of text looks.
#[derive(Clone, Copy)]
struct Style {
    bold: bool,
    size: f32,
    color: [u8; 3],
}

const INK: [u8; 3] = [0x1b, 0x27, 0x33];

/// Text drawn as a tagged span, its identifier added to `group`.
fn text(
    surface: &mut Surface,
    group: &mut TagGroup,
    fonts: &Fonts,
    style: Style,
    at: Point,
    content: &str,
) {
    spanned(surface, group, fonts, style, at, content, SpanTag::empty());
}

/// A laid-out line; a hyphen where a word was broken reads as a soft hyphen (the word whole).
fn line_text(
    surface: &mut Surface,
    group: &mut TagGroup,
    fonts: &Fonts,
    style: Style,
    at: Point,
    line: &Line,
) {
    let actual = line
        .hyphenated
        .then(|| format!("{}\u{ad}", line.text.trim_end_matches('-')));
    let span = SpanTag::empty().with_actual_text(actual.as_deref());
    spanned(surface, group, fonts, style, at, &line.text, span);
}

fn spanned(
    surface: &mut Surface,
    group: &mut TagGroup,
    fonts: &Fonts,
    style: Style,
    at: Point,
    content: &str,
    span: SpanTag,
) {
    fill(surface, style.color);
    let id = surface.start_tagged(ContentTag::Span(span));
    let font = if style.bold {
        &fonts.bold
    } else {
        &fonts.regular
    };
    surface.draw_text(
        at,
        font.font.clone(),
        style.size,
        content,
        false,
        TextDirection::Auto,
    );
    surface.end_tagged();
    group.push(id);
}

fn artifact(surface: &mut Surface, draw: impl FnOnce(&mut Surface)) {
    surface.start_tagged(ContentTag::Artifact(Artifact::new(
        ArtifactType::Layout,
        None,
    )));
    draw(surface);
    surface.end_tagged();
}

/// The front of card `card` with its trim corner at `o`; the band runs `bleed` into the bleed.
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
struct Front<'a> {
    card: &'a CardText,
    laid: &'a Layout,
    size: CardSize,
}

fn draw_front(
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
        let h = emblem_height(size) * 0.8;
        let at = Point::from_xy(o.x + safe, o.y + size.height - safe - 5.0 * MM * size.k - h);
        draw_emblem(surface, &mut emblem, fonts, lines, at, h, size.k.min(1.65));
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

/// The EU flag (3:2, twelve gold stars on a circle of a third of its height, each star's point
/// radius 1/18 of the height) at `o`, `h` points high, with the emblem's text beside it.
fn draw_emblem(
    surface: &mut Surface,
    tree: &mut TagGroup,
    fonts: &Fonts,
    lines: &[String],
    o: Point,
    h: f32,
    k: f32,
) {
    let w = h * 1.5;
    artifact(surface, |s| {
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
    });
    let size = 6.0 * k;
    for (i, line) in lines.iter().enumerate() {
        let at = Point::from_xy(o.x + w + 2.0 * MM * k, o.y + size * 1.3 * (i as f32 + 1.0));
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

/// A back: the theme colour (or the shared one) to the bleed, with the deck title.
fn draw_back(
    surface: &mut Surface,
    fonts: &Fonts,
    size: CardSize,
    back: &([u8; 3], [u8; 3], String),
    o: Point,
    bleed: f32,
) {
    artifact(surface, |s| {
        fill(s, back.0);
        rect(s, with_bleed(o, size, bleed));
        fill(s, back.1);
        let title = &back.2;
        let pt = size.type_size(14.0);
        let w = fonts.bold.width(title, pt);
        s.draw_text(
            Point::from_xy(o.x + (size.width - w) / 2.0, o.y + size.height / 2.0),
            fonts.bold.font.clone(),
            pt,
            title,
            false,
            TextDirection::Auto,
        );
    });
}

fn draw_marks(surface: &mut Surface, sheet: &Sheet, bleed: f32) {
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
fn draw_instructions(
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

/// Writes the PDF; returns its bytes and page count.
pub fn render(fonts: &Fonts, job: &Job) -> Result<(Vec<u8>, usize), String> {
    // krilla checks the PDF/UA-1 rules it can check by machine, and refuses to export otherwise.
    let configuration = ConfigurationBuilder::new()
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|_| "krilla does not accept the PDF settings (PDF/UA-1)".to_string())?;
    let settings = SerializeSettings {
        enable_tagging: true,
        configuration,
        ..SerializeSettings::default()
    };
    let mut document = Document::new_with(settings);
    let mut tree = TagTree::new().with_lang(Some("fi".to_string()));
    let mut pages = draw_instructions(&mut document, &mut tree, fonts, job);
    // Bookmarks: the instructions, then each card where its front is printed.
    let mut outline = Outline::new();
    outline.push_child(OutlineNode::new(
        job.deck_title.clone(),
        XyzDestination::new(0, Point::from_xy(0.0, 0.0)),
    ));
    for sheet in &job.sheets {
        for (side, at, _) in &sheet.sides {
            if let Side::Front(i) = side {
                outline.push_child(OutlineNode::new(
                    job.cards[*i].title.clone(),
                    XyzDestination::new(pages, *at),
                ));
            }
        }
        let mut settings =
            PageSettings::from_wh(sheet.width, sheet.height).ok_or("a page has no size")?;
        if let Some(trim) = sheet.trim {
            settings = settings
                .with_trim_box(Some(trim))
                .with_bleed_box(Rect::from_xywh(0.0, 0.0, sheet.width, sheet.height));
        }
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for (side, at, clip) in &sheet.sides {
            let mut pb = PathBuilder::new();
            pb.push_rect(*clip);
            let Some(clip) = pb.finish() else { continue };
            surface.push_clip_path(&clip, &FillRule::NonZero);
            match side {
                Side::Front(i) => {
                    let front = Front {
                        card: &job.cards[*i],
                        laid: &job.layouts[*i],
                        size: sheet.card,
                    };
                    draw_front(&mut surface, &mut tree, fonts, front, *at, job.bleed)
                }
                Side::Back(i) => draw_back(
                    &mut surface,
                    fonts,
                    sheet.card,
                    &job.backs[*i],
                    *at,
                    job.bleed,
                ),
            }
            surface.pop();
        }
        draw_marks(&mut surface, sheet, job.bleed);
        surface.finish();
        page.finish();
        pages += 1;
    }
    document.set_tag_tree(tree);
    document.set_outline(outline);
    document.set_metadata(
        krilla::metadata::Metadata::new()
            .title(job.title.clone())
            .language("fi".to_string()),
    );
    let bytes = document
        .finish()
        .map_err(|e| super::pdf_error::written(&e))?;
    Ok((bytes, pages))
}
