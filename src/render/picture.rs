//! The markup of a published picture: `<picture>` with its copies for Markdown pictures and
//! media objects, and the same as data for templates.

use serde_json::{Value as Json, json};

use crate::output::{Picture, Urls, Variant};

/// How wide a picture is shown at most: the text column (`max-width: 44rem`) and a little more.
const SIZES: &str = "(min-width: 48rem) 46rem, 100vw";

/// The addresses a picture is offered at: the copy for `src`, and the `srcset`s when there are
/// copies (the WebP set apart unless the picture is WebP itself).
struct Sources {
    src: String,
    srcset: Option<String>,
    webp_srcset: Option<String>,
}

fn sources(picture: &Picture, url: &str, urls: &Urls) -> Sources {
    let Some(largest) = picture.variants.last() else {
        return Sources {
            src: url.to_string(),
            srcset: None,
            webp_srcset: None,
        };
    };
    let set = |pick: &dyn Fn(&Variant) -> Option<&String>| {
        picture
            .variants
            .iter()
            .filter_map(|v| pick(v).map(|path| format!("{} {}w", urls.path(path), v.width)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let src = urls.path(&largest.fallback.as_ref().unwrap_or(&largest.webp).0);
    let webp = set(&|v| Some(&v.webp.0));
    let fallback = set(&|v| v.fallback.as_ref().map(|f| &f.0));
    if fallback.is_empty() {
        Sources {
            src,
            srcset: Some(webp),
            webp_srcset: None,
        }
    } else {
        Sources {
            src,
            srcset: Some(fallback),
            webp_srcset: Some(webp),
        }
    }
}

/// The `<picture>` (or `<img>`) of a picture whose original is at `url`: the one markup of
/// Markdown pictures and of media objects.
pub fn picture_html(picture: &Picture, url: &str, alt: &str, first: bool, urls: &Urls) -> String {
    let sources = sources(picture, url, urls);
    let size = if picture.width > 0 {
        format!(" width=\"{}\" height=\"{}\"", picture.width, picture.height)
    } else {
        String::new()
    };
    let loading = if first { "" } else { " loading=\"lazy\"" };
    let srcset = sources.srcset.map_or(String::new(), |set| {
        format!(" srcset=\"{}\" sizes=\"{SIZES}\"", escape(&set))
    });
    let img = format!(
        "<img src=\"{}\"{srcset}{size} alt=\"{}\"{loading} decoding=\"async\">",
        escape(&sources.src),
        escape(alt),
    );
    match sources.webp_srcset {
        Some(webp) => format!(
            "<picture><source type=\"image/webp\" srcset=\"{}\" sizes=\"{SIZES}\">{img}</picture>",
            escape(&webp)
        ),
        None => img,
    }
}

pub(super) fn escape(text: &str) -> String {
    let mut out = String::new();
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

/// What templates get of a picture: `src`, `width`, `height`, with copies also `srcset`,
/// `webp_srcset` and `sizes`; `html` is added where the page's media are made.
pub fn picture_json(picture: &Picture, url: &str, urls: &Urls) -> Json {
    let (width, height) = if picture.width > 0 {
        (json!(picture.width), json!(picture.height))
    } else {
        (Json::Null, Json::Null)
    };
    let sources = sources(picture, url, urls);
    let mut json = json!({"src": sources.src, "width": width, "height": height});
    if let Some(srcset) = sources.srcset {
        json["sizes"] = json!(SIZES);
        json["srcset"] = json!(srcset);
        json["webp_srcset"] = json!(sources.webp_srcset);
    }
    json
}
