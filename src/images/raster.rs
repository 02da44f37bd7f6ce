//! Photos and other raster pictures: read safely, made smaller for small screens (never larger),
//! and written as WebP and in their own format. Results are cached on disk by a hash of the
//! source bytes and of what was done to them, so a second build only reads them back.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::Cursor;
use std::path::Path;
use std::sync::Arc;

use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

use super::{Picture, Problem, Variant};
use crate::diagnostics::{Text, text};

/// The widths made of a picture, when it is at least that wide.
pub const WIDTHS: [u32; 3] = [480, 960, 1600];
/// Pictures with more pixels than this are refused before they are decoded (20 000 × 20 000
/// would need 1.6 GB): 50 megapixels is more than any camera of a project needs.
const MAX_PIXELS: u64 = 50_000_000;
const JPEG_QUALITY: u8 = 82;
const WEBP_QUALITY: f32 = 80.0;
/// Changes whenever the processing changes, so that old cached files are not used.
const PIPELINE: &str = "polku-images-1";

/// A raster format Polku reads, by file extension.
pub fn format_of(file: &str) -> Option<ImageFormat> {
    let extension = file.rsplit_once('.')?.1.to_ascii_lowercase();
    match extension.as_str() {
        "jpg" | "jpeg" => Some(ImageFormat::Jpeg),
        "png" => Some(ImageFormat::Png),
        "webp" => Some(ImageFormat::WebP),
        "gif" => Some(ImageFormat::Gif),
        _ => None,
    }
}

fn name_of(format: ImageFormat) -> &'static str {
    match format {
        ImageFormat::Jpeg => "JPEG",
        ImageFormat::Png => "PNG",
        ImageFormat::WebP => "WebP",
        ImageFormat::Gif => "GIF",
        other => other.extensions_str().first().copied().unwrap_or("unknown"),
    }
}

/// Processes the picture `rel` (below content/) whose bytes are `bytes`. `cache` is the cache
/// folder, if there is one. `out_stem` is where the variants go below the output, without the
/// width and extension (`kuvat/kuva`).
pub fn process(
    bytes: &[u8],
    rel: &str,
    out_stem: &str,
    cache: Option<&Path>,
) -> Result<Picture, Problem> {
    let named = format_of(rel).ok_or(Problem::Format)?;
    let found = image::guess_format(bytes).map_err(|_| Problem::NotAPicture(name_of(named)))?;
    if found != named {
        return Err(Problem::Mismatch {
            named: name_of(named),
            found: name_of(found),
            extension: found.extensions_str().first().copied().unwrap_or("?"),
        });
    }
    if found == ImageFormat::Jpeg && !jpeg_complete(bytes) {
        return Err(Problem::Broken(text!("images-cut-short")));
    }
    let (width, height) = reader(bytes, found)
        .into_dimensions()
        .map_err(|e| Problem::Broken(plain(&e)))?;
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(Problem::TooLarge(width, height));
    }
    // An animated GIF would lose its motion: it is only measured.
    if found == ImageFormat::Gif {
        return Ok(Picture {
            width,
            height,
            variants: Vec::new(),
        });
    }
    let key = {
        let mut hasher = DefaultHasher::new();
        (
            PIPELINE,
            bytes,
            WIDTHS,
            JPEG_QUALITY,
            WEBP_QUALITY.to_bits(),
        )
            .hash(&mut hasher);
        format!("{:016x}", hasher.finish())
    };
    if let Some(picture) = cache.and_then(|dir| from_cache(dir, &key, out_stem, found)) {
        return Ok(picture);
    }
    let picture = make(bytes, found, out_stem)?;
    if let Some(dir) = cache {
        // A cache that cannot be written only makes the next build slower.
        let _ = to_cache(dir, &key, &picture);
    }
    Ok(picture)
}

/// Whether a JPEG file reaches its end marker: decoders quietly fill a cut-off picture with grey.
/// Walks the segments, and through each scan's data, where a 0xFF byte is always followed by 0x00
/// or a restart marker.
fn jpeg_complete(bytes: &[u8]) -> bool {
    let mut at = 2;
    while at + 4 <= bytes.len() {
        if bytes[at] != 0xFF {
            return false;
        }
        let marker = bytes[at + 1];
        match marker {
            0xD9 => return true,
            0xFF => at += 1,
            0x01 | 0xD0..=0xD7 => at += 2,
            _ => {
                let length = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
                at += 2 + length;
                if marker == 0xDA {
                    // Entropy-coded data runs to the next marker that is not a stuffed byte or a restart.
                    while at + 1 < bytes.len()
                        && (bytes[at] != 0xFF || matches!(bytes[at + 1], 0x00 | 0xD0..=0xD7))
                    {
                        at += 1;
                    }
                }
            }
        }
    }
    at + 2 <= bytes.len() && bytes[at] == 0xFF && bytes[at + 1] == 0xD9
}

fn reader(bytes: &[u8], format: ImageFormat) -> ImageReader<Cursor<&[u8]>> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_alloc = Some(1 << 30);
    reader.limits(limits);
    reader
}

/// What went wrong, in words an editor can act on: the decoders' own messages are written for
/// programmers (chunk types, checksums, Rust structures).
fn plain(error: &image::ImageError) -> Text {
    use image::ImageError as E;
    match error {
        E::IoError(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
            text!("images-cut-short")
        }
        E::Decoding(_) | E::IoError(_) => text!("images-does-not-decode"),
        E::Limits(_) => text!("images-too-much-memory"),
        E::Unsupported(_) => text!("images-unsupported"),
        E::Encoding(_) | E::Parameter(_) => text!("images-copies-failed"),
    }
}

/// Decodes (turned upright as the camera says), resizes and encodes.
fn make(bytes: &[u8], format: ImageFormat, out_stem: &str) -> Result<Picture, Problem> {
    let broken = |e: image::ImageError| Problem::Broken(plain(&e));
    let mut decoder = reader(bytes, format).into_decoder().map_err(broken)?;
    let orientation = decoder.orientation().map_err(broken)?;
    let mut picture = DynamicImage::from_decoder(decoder).map_err(broken)?;
    picture.apply_orientation(orientation);
    let (width, height) = (picture.width(), picture.height());
    let mut widths: Vec<u32> = WIDTHS.iter().copied().filter(|w| *w < width).collect();
    widths.push(width.min(*WIDTHS.last().unwrap_or(&width)));
    widths.dedup();
    // Widest first, each made from the one before: a third of the work of resizing the
    // original each time, and no visible difference.
    let mut source = picture;
    let mut variants = Vec::new();
    for w in widths.into_iter().rev() {
        if w != source.width() {
            let h = (u64::from(height) * u64::from(w) / u64::from(width)).max(1) as u32;
            source = smaller(&source, w, h)?;
        }
        variants.push(variant(&source, format, out_stem)?);
    }
    variants.reverse();
    Ok(Picture {
        width,
        height,
        variants,
    })
}

/// A smaller copy, resized with SIMD (fast_image_resize: several times the `image` crate's speed).
fn smaller(picture: &DynamicImage, width: u32, height: u32) -> Result<DynamicImage, Problem> {
    use fast_image_resize::{FilterType, ResizeAlg, ResizeOptions, Resizer};
    // Pixel types the resizer does not take (floating point) go through 8-bit RGBA.
    let converted;
    let picture = if matches!(
        picture,
        DynamicImage::ImageRgb32F(_) | DynamicImage::ImageRgba32F(_)
    ) {
        converted = DynamicImage::ImageRgba8(picture.to_rgba8());
        &converted
    } else {
        picture
    };
    let mut out = DynamicImage::new(width, height, picture.color());
    let options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::CatmullRom));
    Resizer::new()
        .resize(picture, &mut out, &options)
        .map_err(|_| Problem::Broken(text!("images-copies-failed")))?;
    Ok(out)
}

fn variant(
    picture: &DynamicImage,
    format: ImageFormat,
    out_stem: &str,
) -> Result<Variant, Problem> {
    let (w, h) = (picture.width(), picture.height());
    let alpha = picture.color().has_alpha();
    let webp_encoder = if alpha {
        let rgba = picture.to_rgba8();
        webp::Encoder::from_rgba(&rgba, w, h)
            .encode(WEBP_QUALITY)
            .to_vec()
    } else {
        let rgb = picture.to_rgb8();
        webp::Encoder::from_rgb(&rgb, w, h)
            .encode(WEBP_QUALITY)
            .to_vec()
    };
    let fallback = match format {
        ImageFormat::WebP => None,
        ImageFormat::Jpeg => {
            let mut bytes = Vec::new();
            let encoder =
                image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, JPEG_QUALITY);
            picture
                .to_rgb8()
                .write_with_encoder(encoder)
                .map_err(|e| Problem::Broken(plain(&e)))?;
            Some(bytes)
        }
        _ => {
            let mut bytes = Vec::new();
            picture
                .write_to(&mut Cursor::new(&mut bytes), ImageFormat::Png)
                .map_err(|e| Problem::Broken(plain(&e)))?;
            Some(bytes)
        }
    };
    let extension = if format == ImageFormat::Jpeg {
        "jpg"
    } else {
        "png"
    };
    Ok(Variant {
        width: w,
        height: h,
        webp: (format!("{out_stem}-{w}.webp"), Arc::from(webp_encoder)),
        fallback: fallback.map(|bytes| (format!("{out_stem}-{w}.{extension}"), Arc::from(bytes))),
    })
}

/// The cached variants of `key`, renamed for `out_stem`.
fn from_cache(dir: &Path, key: &str, out_stem: &str, format: ImageFormat) -> Option<Picture> {
    let index = std::fs::read_to_string(dir.join(format!("{key}.txt"))).ok()?;
    let mut lines = index.lines();
    let (width, height) = parse_pair(lines.next()?)?;
    let extension = if format == ImageFormat::Jpeg {
        "jpg"
    } else {
        "png"
    };
    let variants = lines
        .map(|line| {
            let (w, h) = parse_pair(line)?;
            let webp = std::fs::read(dir.join(format!("{key}-{w}.webp"))).ok()?;
            let fallback = match format {
                ImageFormat::WebP => None,
                _ => Some((
                    format!("{out_stem}-{w}.{extension}"),
                    Arc::from(std::fs::read(dir.join(format!("{key}-{w}.{extension}"))).ok()?),
                )),
            };
            Some(Variant {
                width: w,
                height: h,
                webp: (format!("{out_stem}-{w}.webp"), Arc::from(webp)),
                fallback,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Picture {
        width,
        height,
        variants,
    })
}

fn parse_pair(line: &str) -> Option<(u32, u32)> {
    let (a, b) = line.split_once('x')?;
    Some((a.parse().ok()?, b.parse().ok()?))
}

/// Writes the variants and an index (`W x H` of the original, then of each variant).
fn to_cache(dir: &Path, key: &str, picture: &Picture) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut index = format!("{}x{}\n", picture.width, picture.height);
    for v in &picture.variants {
        std::fs::write(dir.join(format!("{key}-{}.webp", v.width)), &*v.webp.1)?;
        if let Some((path, bytes)) = &v.fallback {
            let extension = path.rsplit('.').next().unwrap_or("png");
            std::fs::write(dir.join(format!("{key}-{}.{extension}", v.width)), &**bytes)?;
        }
        index += &format!("{}x{}\n", v.width, v.height);
    }
    // The index last: a cache entry without it is never read.
    std::fs::write(dir.join(format!("{key}.txt")), index)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jpeg() -> Vec<u8> {
        let picture =
            image::RgbImage::from_fn(64, 48, |x, y| image::Rgb([x as u8 * 4, y as u8 * 5, 7]));
        let mut bytes = Vec::new();
        picture
            .write_to(&mut Cursor::new(&mut bytes), ImageFormat::Jpeg)
            .unwrap();
        bytes
    }

    #[test]
    fn a_jpeg_must_reach_its_end_marker() {
        let whole = jpeg();
        assert!(jpeg_complete(&whole));
        assert!(!jpeg_complete(&whole[..whole.len() - 10]));
        assert!(!jpeg_complete(&whole[..whole.len() / 2]));
        // Data after the end (a phone's motion photo, a trailer) is no harm.
        let mut longer = whole.clone();
        longer.extend(b"....video....");
        assert!(jpeg_complete(&longer));
    }

    #[test]
    fn widths_never_exceed_the_original() {
        let picture = process(&jpeg(), "a.jpg", "a", None).unwrap();
        let widths: Vec<u32> = picture.variants.iter().map(|v| v.width).collect();
        assert_eq!(widths, [64]);
        assert_eq!((picture.width, picture.height), (64, 48));
    }
}
