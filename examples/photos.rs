//! Writes N photo-like JPEG pictures for `bench/images`: 3000 × 2000 pixels of fractal value
//! noise (detail at every scale from 2 to 512 pixels, so that smaller copies keep detail as
//! they do with real photos), saved at quality 90 as a camera would.
//! Usage: cargo run --release --example photos -- N DIR

use std::path::PathBuf;

use image::{Rgb, RgbImage};
use rayon::prelude::*;

/// A repeatable pseudo-random value in 0..1 for a grid point.
fn lattice(x: i64, y: i64, seed: u64) -> f32 {
    let mut h = (x as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        ^ (y as u64).wrapping_mul(0xC2B2_AE3D_27D4_EB4F)
        ^ seed.wrapping_mul(0x1656_67B1_9E37_79F9);
    h ^= h >> 29;
    h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    h ^= h >> 32;
    (h & 0xFFFF) as f32 / 65535.0
}

/// Smoothly interpolated noise at one scale.
fn value_noise(x: f32, y: f32, scale: f32, seed: u64) -> f32 {
    let (fx, fy) = (x / scale, y / scale);
    let (ix, iy) = (fx.floor() as i64, fy.floor() as i64);
    let (tx, ty) = (fx - fx.floor(), fy - fy.floor());
    let (sx, sy) = (tx * tx * (3.0 - 2.0 * tx), ty * ty * (3.0 - 2.0 * ty));
    let top = lattice(ix, iy, seed) * (1.0 - sx) + lattice(ix + 1, iy, seed) * sx;
    let bottom = lattice(ix, iy + 1, seed) * (1.0 - sx) + lattice(ix + 1, iy + 1, seed) * sx;
    top * (1.0 - sy) + bottom * sy
}

fn fractal(x: f32, y: f32, seed: u64) -> f32 {
    let octaves = [
        (512.0, 0.5),
        (128.0, 0.25),
        (32.0, 0.13),
        (8.0, 0.07),
        (2.0, 0.05),
    ];
    octaves
        .iter()
        .enumerate()
        .map(|(i, (scale, weight))| weight * value_noise(x, y, *scale, seed * 8 + i as u64))
        .sum()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let count: u64 = args.next().and_then(|n| n.parse().ok()).expect("N");
    let dir = PathBuf::from(args.next().expect("DIR"));
    std::fs::create_dir_all(&dir).expect("create DIR");
    (0..count).into_par_iter().for_each(|n| {
        let picture = RgbImage::from_fn(3000, 2000, |x, y| {
            let (x, y) = (x as f32, y as f32);
            let channel = |c: u64| (fractal(x, y, n * 3 + c) * 255.0).clamp(0.0, 255.0) as u8;
            Rgb([channel(0), channel(1), channel(2)])
        });
        let path = dir.join(format!("valokuva{n:03}.jpg"));
        let mut file = std::io::BufWriter::new(std::fs::File::create(&path).expect("create"));
        let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut file, 90);
        picture.write_with_encoder(encoder).expect("write");
    });
}
