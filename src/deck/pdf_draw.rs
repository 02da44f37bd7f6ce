//! Low-level drawing for the deck PDFs: colours and fills, rectangles and lines, tagged text
//! spans (a laid-out line with its soft hyphen), and artifacts that a screen reader skips.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::paint::{Fill, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, SpanTag, TagGroup};
use krilla::text::TextDirection;

use super::face::Fonts;
use super::layout::Line;

fn color(c: [u8; 3]) -> rgb::Color {
    rgb::Color::new(c[0], c[1], c[2])
}

pub(super) fn fill(surface: &mut Surface, c: [u8; 3]) {
    surface.set_fill(Some(Fill {
        paint: color(c).into(),
        ..Fill::default()
    }));
}

pub(super) fn rect(surface: &mut Surface, r: Option<Rect>) {
    if let Some(r) = r {
        let mut pb = PathBuilder::new();
        pb.push_rect(r);
        if let Some(path) = pb.finish() {
            surface.draw_path(&path);
        }
    }
}

pub(super) fn line(surface: &mut Surface, from: Point, to: Point, width: f32, dash: bool) {
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
pub(super) struct Style {
    pub(super) bold: bool,
    pub(super) size: f32,
    pub(super) color: [u8; 3],
}

pub(super) const INK: [u8; 3] = [0x1b, 0x27, 0x33];

/// Text drawn as a tagged span, its identifier added to `group`.
pub(super) fn text(
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
pub(super) fn line_text(
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

pub(super) fn artifact(surface: &mut Surface, draw: impl FnOnce(&mut Surface)) {
    surface.start_tagged(ContentTag::Artifact(Artifact::new(
        ArtifactType::Layout,
        None,
    )));
    draw(surface);
    surface.end_tagged();
}
