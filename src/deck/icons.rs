//! Theme icons on printed cards: the same files the web pages show, drawn in the band of each
//! front in the theme's text colour. Only icons the images step accepted are drawn (an SVG
//! with a script or an outside reference never reaches the PDF).

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use krilla::geom::{Point, Size, Transform};
use krilla::image::Image;
use krilla::surface::Surface;
use krilla_svg::{SurfaceExt, SvgSettings};

use crate::model::Item;
use crate::model::queries::resolve_media_path;
use crate::model::types::Deck;
use crate::output::Images;

/// A theme's icon, ready to draw.
#[derive(Clone)]
pub enum Icon {
    Svg(Arc<usvg::Tree>),
    Raster(Image),
}

impl fmt::Debug for Icon {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Icon::Svg(_) => "Icon::Svg",
            Icon::Raster(_) => "Icon::Raster",
        })
    }
}

/// The icons of a deck's themes, by theme id; a theme without a usable icon is left out.
pub fn load(
    deck_item: &Item,
    deck: &Deck,
    images: &Images,
    content: &std::path::Path,
) -> HashMap<String, Icon> {
    deck.themes
        .iter()
        .filter_map(|theme| {
            let rel = resolve_media_path(&deck_item.source.dir, theme.icon.as_deref()?)?;
            images.get(&rel)?;
            let bytes = std::fs::read(content.join(&rel)).ok()?;
            let color = theme.text_color.as_deref().unwrap_or("#ffffff");
            Some((theme.id.clone(), icon(&rel, bytes, color)?))
        })
        .collect()
}

fn icon(rel: &str, bytes: Vec<u8>, color: &str) -> Option<Icon> {
    let extension = rel.rsplit('.').next()?.to_ascii_lowercase();
    if extension == "svg" {
        // `currentColor` in the icon becomes the band's text colour.
        let options = usvg::Options {
            style_sheet: Some(format!("svg {{ color: {color} }}")),
            ..usvg::Options::default()
        };
        return usvg::Tree::from_data(&bytes, &options)
            .ok()
            .map(|t| Icon::Svg(Arc::new(t)));
    }
    let data = bytes.into();
    let image = match extension.as_str() {
        "png" => Image::from_png(data, true),
        "jpg" | "jpeg" => Image::from_jpeg(data, true),
        "webp" => Image::from_webp(data, true),
        "gif" => Image::from_gif(data, true),
        _ => return None,
    };
    image.ok().map(Icon::Raster)
}

/// Draws `icon` in a `side` × `side` square at `at`, keeping its proportions.
pub fn draw(surface: &mut Surface, icon: &Icon, at: Point, side: f32) {
    let (width, height) = match icon {
        Icon::Svg(tree) => (tree.size().width(), tree.size().height()),
        Icon::Raster(image) => {
            let (w, h) = image.size();
            (w as f32, h as f32)
        }
    };
    let scale = side / width.max(height).max(f32::EPSILON);
    let size = Size::from_wh(width * scale, height * scale);
    let Some(size) = size else {
        return;
    };
    surface.push_transform(&Transform::from_translate(
        at.x + (side - size.width()) / 2.0,
        at.y + (side - size.height()) / 2.0,
    ));
    match icon {
        Icon::Svg(tree) => {
            surface.draw_svg(tree, size, SvgSettings::default());
        }
        Icon::Raster(image) => surface.draw_image(image.clone(), size),
    }
    surface.pop();
}
