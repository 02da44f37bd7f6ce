//! The web app manifest (`manifest.webmanifest`, the theme's template) and its icons, drawn
//! from the theme's `favicon.svg`, so that a site with its own favicon gets its own icons.

use serde_json::json;

use crate::model::Site;
use crate::output::{Content, OutFile, Urls};
use crate::theme::Theme;

/// The icon sizes browsers ask for to install a site.
const ICON_SIZES: [u32; 2] = [192, 512];

/// The manifest and the icons, when the site is installable.
pub fn files(site: &Site, theme: &Theme, urls: &Urls) -> Result<Vec<OutFile>, String> {
    let config = &site.config.site;
    if !config.offline.app {
        return Ok(Vec::new());
    }
    let mut files = Vec::new();
    let mut icons = Vec::new();
    if let Some(svg) = theme.static_files.get("favicon.svg") {
        for size in ICON_SIZES {
            let path = format!("icons/polku-{size}.png");
            let png = draw(&svg.bytes, size).map_err(|e| format!("favicon.svg: {e}"))?;
            icons.push(json!({"src": urls.path(&path), "sizes": format!("{size}x{size}"), "type": "image/png"}));
            files.push(OutFile {
                path,
                content: Content::Bytes(png),
            });
        }
    }
    let context = json!({"site": {"title": config.title, "description": config.description,
        "root": urls.root, "language": config.language.code()}, "icons": icons});
    let context = tera::Context::from_value(context).map_err(|e| e.to_string())?;
    let manifest = theme
        .for_language(config.language)
        .render("manifest.webmanifest", &context)
        .map_err(|e| format!("manifest.webmanifest: {}", crate::theme::error_chain(&e)))?;
    files.push(OutFile {
        path: "manifest.webmanifest".into(),
        content: Content::Bytes(manifest.into_bytes()),
    });
    Ok(files)
}

/// The SVG as a square PNG of `size` pixels.
fn draw(svg: &[u8], size: u32) -> Result<Vec<u8>, String> {
    let tree = usvg::Tree::from_data(svg, &usvg::Options::default()).map_err(|e| e.to_string())?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size, size).ok_or("empty icon")?;
    let scale = size as f32 / tree.size().width().max(tree.size().height());
    let at = resvg::tiny_skia::Transform::from_scale(scale, scale);
    resvg::render(&tree, at, &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| e.to_string())
}
