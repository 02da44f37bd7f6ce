//! Link-preview pictures (Open Graph, Twitter cards): when a coach shares a page in WhatsApp or
//! Teams, the preview shows a picture. Those services read PNG or JPEG, not SVG, so Polku draws
//! 1200 × 630 PNGs: one for the site (its title on the theme's blue) and one per deck theme (the
//! theme's colour, icon and name), which the deck's card pages use.

use std::sync::Arc;

use rayon::prelude::*;

use super::face::Fonts;
use super::icons::{self, Icon};
use super::layout::wrap;
use crate::model::Site;
use crate::model::types::{Hyphenate, Kind, TypeName};
use crate::output::{Content, Images, OutFile, SHARE_PICTURE, theme_share_picture};
use crate::theme::Theme;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// The theme's link and header blue, as on the info card.
const SITE_COLOR: &str = "#0b4f7c";

/// Every link-preview picture of the site. The theme icons are the ones the cards print (only
/// SVG icons the images step accepted); text is wrapped with the cards' own line breaking.
pub fn pictures(site: &Site, theme: &Theme, images: &Images) -> Vec<OutFile> {
    let (Some(fonts), Some(faces)) = (fontdb(theme), super::fonts(theme)) else {
        return Vec::new();
    };
    // What to draw: (path, background, ink, icon, lines); drawn in parallel.
    type Job<'a> = (
        String,
        &'a str,
        &'a str,
        Option<Arc<usvg::Tree>>,
        Vec<(&'a str, u32)>,
    );
    let title = site.config.site.title.as_str();
    let mut jobs: Vec<Job> = vec![(
        SHARE_PICTURE.into(),
        SITE_COLOR,
        "#ffffff",
        None,
        vec![(title, 72)],
    )];
    for deck_item in site.of_type(TypeName::Deck) {
        let Kind::Deck(deck) = &deck_item.kind else {
            continue;
        };
        let mut icons = icons::load(deck_item, deck, images, &site.content_dir);
        for t in &deck.themes {
            let ink = t.text_color.as_deref().unwrap_or("#ffffff");
            let icon = match icons.remove(&t.id) {
                Some(Icon::Svg(tree)) => Some(tree),
                _ => None,
            };
            let lines = vec![(t.name.as_str(), 84), (deck_item.title.as_str(), 44)];
            jobs.push((
                theme_share_picture(&deck_item.id, &t.id),
                &t.color,
                ink,
                icon,
                lines,
            ));
        }
    }
    jobs.into_par_iter()
        .filter_map(|(path, background, ink, icon, lines)| {
            let png = draw((&fonts, &faces), background, ink, icon.as_deref(), &lines)?;
            Some(file(path, png))
        })
        .collect()
}

fn file(path: String, png: Vec<u8>) -> OutFile {
    OutFile {
        path,
        content: Content::Bytes(png),
    }
}

/// The theme's fonts for usvg, which draws the text.
fn fontdb(theme: &Theme) -> Option<Arc<usvg::fontdb::Database>> {
    let mut db = usvg::fontdb::Database::new();
    for name in ["NotoSans-Regular.ttf", "NotoSans-Bold.ttf"] {
        db.load_font_data(theme.fonts.get(name)?.bytes.to_vec());
    }
    Some(Arc::new(db))
}

/// Text lines `(text, font size)` on a `background` in `ink`, the icon left of them; each line
/// wraps to at most two lines (the first in bold, measured with `faces`).
fn draw(
    (fonts, faces): (&Arc<usvg::fontdb::Database>, &Fonts),
    background: &str,
    ink: &str,
    icon: Option<&usvg::Tree>,
    lines: &[(&str, u32)],
) -> Option<Vec<u8>> {
    let left = if icon.is_some() { 400 } else { 80 };
    let mut texts = String::new();
    let mut rows: Vec<(String, u32, &str)> = Vec::new();
    for (i, (text, size)) in lines.iter().enumerate() {
        let (weight, face) = if i == 0 {
            ("bold", &faces.bold)
        } else {
            ("normal", &faces.regular)
        };
        let room = (WIDTH - left - 80) as f32;
        for row in wrap(face, *size as f32, text, room, Hyphenate::WhenNeeded)
            .into_iter()
            .take(2)
        {
            rows.push((row.text, *size, weight));
        }
    }
    let height: u32 = rows.iter().map(|(_, size, _)| size * 5 / 4).sum();
    let mut y = (HEIGHT.saturating_sub(height)) / 2;
    for (row, size, weight) in &rows {
        y += size;
        let mut escaped = String::new();
        pulldown_cmark_escape::escape_html(&mut escaped, row).ok()?;
        texts.push_str(&format!(
            "<text x=\"{left}\" y=\"{y}\" font-family=\"Noto Sans\" font-size=\"{size}\" font-weight=\"{weight}\" fill=\"{ink}\">{escaped}</text>"
        ));
        y += size / 4;
    }
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\"><rect width=\"100%\" height=\"100%\" fill=\"{background}\"/>{texts}</svg>"
    );
    let options = usvg::Options {
        fontdb: fonts.clone(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(&svg, &options).ok()?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(WIDTH, HEIGHT)?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    if let Some(icon) = icon {
        let side = 240.0;
        let size = icon.size();
        let scale = side / size.width().max(size.height()).max(f32::EPSILON);
        let x = 80.0 + (side - size.width() * scale) / 2.0;
        let y = (HEIGHT as f32 - size.height() * scale) / 2.0;
        let at = resvg::tiny_skia::Transform::from_scale(scale, scale).post_translate(x, y);
        resvg::render(icon, at, &mut pixmap.as_mut());
    }
    // The background is opaque, so the premultiplied pixels are the plain ones.
    let rgba = image::RgbaImage::from_raw(WIDTH, HEIGHT, pixmap.take())?;
    let mut png = std::io::Cursor::new(Vec::new());
    rgba.write_to(&mut png, image::ImageFormat::Png).ok()?;
    Some(png.into_inner())
}
