//! Drawing and imposition with krilla: card sides placed on sheets for each print format, crop
//! and fold marks, and a tag tree so that a screen reader reads each card's theme, title and
//! texts in order. The instructions are a PDF of their own (`render_instructions`): a print
//! shop's file holds cards only, and an office print starts with a card sheet, so that duplex
//! fronts and backs stay on the two sides of one sheet.
//!
//! This file holds the job and the document assembly; the drawing is in `pdf_draw` (primitives),
//! `pdf_card` (card sides) and `pdf_sheet` (marks and the instruction sheet).

use krilla::configure::{Accessibility, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::FillRule;
use krilla::tagging::TagTree;
use krilla::{Document, SerializeSettings};

use super::face::{CardSize, CardText, Fonts, Layout};
use super::layout::Hyphenate;
use super::pdf_back::{Back, draw_back};
use super::pdf_card::{Front, draw_front};
use super::pdf_sheet::{draw_instructions, draw_marks, ink_area};
use crate::diagnostics::{Text, text};

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
    /// Where an office format may put ink: inside the edge a printer leaves blank.
    pub ink: Option<Rect>,
}

/// What goes into one PDF.
pub struct Job<'a> {
    pub title: String,
    pub cards: &'a [CardText],
    /// The layout of each card's front at this format's size.
    pub layouts: &'a [Layout],
    pub backs: &'a [Back],
    pub sheets: Vec<Sheet>,
    pub bleed: f32,
}

/// A tagged PDF/UA-1 document and its tag tree, in the deck's language.
fn document() -> Result<(Document, TagTree), Text> {
    // krilla checks the PDF/UA-1 rules it can check by machine, and refuses to export otherwise.
    let configuration = ConfigurationBuilder::new()
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|_| text!("deck-pdf-settings"))?;
    let settings = SerializeSettings {
        enable_tagging: true,
        configuration,
        ..SerializeSettings::default()
    };
    let tree = TagTree::new().with_lang(Some("fi".to_string()));
    Ok((Document::new_with(settings), tree))
}

/// The document's bytes, with its tags, bookmarks and title.
fn finish(
    mut document: Document,
    tree: TagTree,
    outline: Outline,
    title: &str,
) -> Result<Vec<u8>, Text> {
    document.set_tag_tree(tree);
    document.set_outline(outline);
    document.set_metadata(
        krilla::metadata::Metadata::new()
            .title(title.to_string())
            .language("fi".to_string()),
    );
    document.finish().map_err(|e| super::pdf_error::written(&e))
}

/// The instructions PDF: the deck's title and its instructions flowed over pages of `paper`;
/// returns its bytes and page count.
pub fn render_instructions(
    fonts: &Fonts,
    (title, deck_title): (&str, &str),
    instructions: (&[(bool, String)], Hyphenate),
    paper: (f32, f32),
) -> Result<(Vec<u8>, usize), Text> {
    let (mut document, mut tree) = document()?;
    let mut outline = Outline::new();
    let pages = draw_instructions(
        (&mut document, &mut tree, &mut outline),
        fonts,
        deck_title,
        instructions,
        paper,
    );
    Ok((finish(document, tree, outline, title)?, pages))
}

/// Writes a PDF of card sheets; returns its bytes and page count.
pub fn render(fonts: &Fonts, job: &Job) -> Result<(Vec<u8>, usize), Text> {
    let (mut document, mut tree) = document()?;
    let mut pages = 0;
    // Bookmarks: each card where its front is printed.
    let mut outline = Outline::new();
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
            PageSettings::from_wh(sheet.width, sheet.height).ok_or(text!("deck-pdf-page-size"))?;
        if let Some(trim) = sheet.trim {
            settings = settings
                .with_trim_box(Some(trim))
                .with_bleed_box(Rect::from_xywh(0.0, 0.0, sheet.width, sheet.height));
        }
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        // Office formats keep every mark of ink inside what a printer prints.
        let inked = ink_area(sheet);
        if let Some(area) = &inked {
            surface.push_clip_path(area, &FillRule::NonZero);
        }
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
        if inked.is_some() {
            surface.pop();
        }
        surface.finish();
        page.finish();
        pages += 1;
    }
    Ok((finish(document, tree, outline, &job.title)?, pages))
}
