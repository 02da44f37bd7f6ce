//! The images step: every picture the content refers to (Markdown images, the media of lessons,
//! stories and terms, the theme icons of decks) is read once, checked, and made into the sizes
//! and formats pages offer browsers (`<picture>` with WebP and the original format). Runs in
//! parallel after validation; rendering then only looks pictures up.

mod raster;
mod refs;
mod svg;

use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::Path;
use std::sync::Arc;

use crate::diagnostics::{Diagnostic, Text, text};
use crate::model::Site;
use crate::output::{Images, Picture, Variant, asset_path};
use rayon::prelude::*;

/// Where processed pictures are kept between builds, below the site's folder.
pub const CACHE_DIR: &str = ".polku-cache/images";

/// Why a picture cannot be published.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    Format,
    NotAPicture(&'static str),
    Mismatch {
        named: &'static str,
        found: &'static str,
        extension: &'static str,
    },
    /// Why it cannot be read: Polku's words, or the file system's.
    Broken(Text),
    TooLarge(u32, u32),
    /// What makes it unsafe.
    UnsafeSvg(Text),
}

impl Problem {
    fn diagnostic(&self, written: &str, file: &Path, pos: crate::diagnostics::Pos) -> Diagnostic {
        let (code, message, hint) = match self {
            Problem::Format => (
                "MEDIA-FORMAT",
                text!("images-format", path = written),
                text!("images-format.hint"),
            ),
            Problem::NotAPicture(named) => (
                "IMAGE-BROKEN",
                text!("images-not-a-picture", path = written, format = named),
                text!("images-resave.hint"),
            ),
            Problem::Mismatch {
                named,
                found,
                extension,
            } => (
                "IMAGE-MISMATCH",
                text!(
                    "images-mismatch",
                    path = written,
                    named = named,
                    found = found
                ),
                text!("images-mismatch.hint", extension = extension, named = named),
            ),
            Problem::Broken(why) => (
                "IMAGE-BROKEN",
                text!("images-broken", path = written, reason = why),
                text!("images-resave.hint"),
            ),
            Problem::TooLarge(w, h) => (
                "IMAGE-TOO-LARGE",
                text!("images-too-large", path = written, width = w, height = h),
                text!("images-too-large.hint"),
            ),
            Problem::UnsafeSvg(why) => (
                "SVG-UNSAFE",
                text!("images-svg-unsafe", path = written, reason = why),
                text!("images-svg-unsafe.hint"),
            ),
        };
        Diagnostic::error(code, file, pos, message).hint(hint)
    }
}

/// The size and time of a picture's file: while they stay, a running `polku serve` does not
/// read the picture again.
type Stamp = Option<(u64, std::time::SystemTime)>;

/// Pictures of the last build (`polku serve`), by path below content/.
pub type ImageMemo = HashMap<String, (Stamp, Result<Picture, Problem>)>;

/// Reads and processes every picture `sites` refer to: the main language's site first, then the
/// site in each other language. `cache` is the cache folder, if any;
/// `memo` holds the pictures of the last build and is updated.
pub fn process(sites: &[&Site], cache: Option<&Path>, memo: &mut ImageMemo) -> Images {
    let site = sites[0];
    // The main language's pictures, and those only the other languages' pages show (a
    // translation's inherited picture is its original's, checked there).
    let mut references = refs::collect(site);
    let known: std::collections::HashSet<String> =
        references.iter().map(|r| r.rel.clone()).collect();
    for other in &sites[1..] {
        references.extend(
            refs::collect(other)
                .into_iter()
                .filter(|r| !known.contains(&r.rel)),
        );
    }
    let mut unique: Vec<&str> = references.iter().map(|r| r.rel.as_str()).collect();
    unique.sort();
    unique.dedup();
    let progress = progress_bar(unique.len());
    let results: HashMap<&str, (Stamp, Result<Picture, Problem>)> = unique
        .par_iter()
        .map(|rel| {
            let stamp = std::fs::metadata(site.content_dir.join(rel))
                .ok()
                .and_then(|m| Some((m.len(), m.modified().ok()?)));
            let result = match memo.get(*rel) {
                Some((known, result)) if stamp.is_some() && *known == stamp => result.clone(),
                _ => one(&site.content_dir, rel, cache),
            };
            progress.inc(1);
            (*rel, (stamp, result))
        })
        .collect();
    progress.finish_and_clear();
    let mut images = Images::default();
    for reference in &references {
        match &results[reference.rel.as_str()].1 {
            Ok(picture) => {
                images
                    .pictures
                    .entry(reference.rel.clone())
                    .or_insert_with(|| Arc::new(picture.clone()));
            }
            Err(problem) => images.problems.push(problem.diagnostic(
                &reference.written,
                &reference.file,
                reference.pos,
            )),
        }
    }
    *memo = results
        .into_iter()
        .map(|(rel, entry)| (rel.to_string(), entry))
        .collect();
    images
}

/// A bar on an interactive terminal when there are many pictures; nothing otherwise.
fn progress_bar(count: usize) -> indicatif::ProgressBar {
    if count < 20 || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(count as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template("pictures {bar:30} {pos}/{len}") {
        bar.set_style(style);
    }
    bar
}

fn one(content: &Path, rel: &str, cache: Option<&Path>) -> Result<Picture, Problem> {
    let bytes = std::fs::read(content.join(rel))
        .map_err(|e| Problem::Broken(Text::Plain(e.to_string())))?;
    if rel.to_ascii_lowercase().ends_with(".svg") {
        let text = String::from_utf8(bytes)
            .map_err(|_| Problem::UnsafeSvg(text!("images-svg-not-text")))?;
        let (width, height) = svg::check(&text)
            .map_err(Problem::UnsafeSvg)?
            .unwrap_or((0, 0));
        return Ok(Picture {
            width,
            height,
            variants: Vec::new(),
        });
    }
    let stem = asset_path(rel);
    let stem = stem.rsplit_once('.').map_or(stem.as_str(), |(s, _)| s);
    raster::process(&bytes, rel, stem, cache)
}
