//! Measuring text with the real font (rustybuzz, as krilla draws it). A text is shaped once and
//! its glyph advances summed by byte offset, so that the width of any part of it, however long
//! the text, is a subtraction instead of another shaping.

use std::sync::{Arc, Mutex};

use krilla::text::Font;

/// A font as krilla draws it and as rustybuzz measures it.
#[derive(Clone)]
pub struct Face {
    pub font: Font,
    shaper: rustybuzz::Face<'static>,
}

/// Font files, kept for the life of the program so that their parsed faces can be shared: a
/// build (and every rebuild of `polku serve`) uses the same few fonts.
fn lasting(bytes: Vec<u8>) -> &'static [u8] {
    static FONTS: Mutex<Vec<&'static [u8]>> = Mutex::new(Vec::new());
    let mut fonts = FONTS.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(kept) = fonts.iter().find(|f| **f == bytes.as_slice()) {
        return kept;
    }
    let kept: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    fonts.push(kept);
    kept
}

impl Face {
    pub fn new(bytes: Vec<u8>) -> Option<Face> {
        let data = lasting(bytes);
        let font = Font::new(Arc::new(data.to_vec()).into(), 0)?;
        let shaper = rustybuzz::Face::from_slice(data, 0)?;
        Some(Face { font, shaper })
    }

    /// Whether the font has a glyph of its own for `c` (its cmap maps it).
    pub fn has(&self, c: char) -> bool {
        self.shaper.glyph_index(c).is_some()
    }

    fn shape(&self, text: &str) -> rustybuzz::GlyphBuffer {
        #[cfg(test)]
        count::add(text.len());
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        rustybuzz::shape(&self.shaper, &[], buffer)
    }

    fn points(&self, units: i32, size: f32) -> f32 {
        units as f32 * size / self.shaper.units_per_em() as f32
    }

    /// Width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let glyphs = self.shape(text);
        let units: i32 = glyphs.glyph_positions().iter().map(|p| p.x_advance).sum();
        self.points(units, size)
    }

    /// `text` shaped once, its advances summed by byte offset.
    pub fn advances(&self, text: &str) -> Advances {
        let glyphs = self.shape(text);
        let mut at = vec![0i32; text.len() + 1];
        for (info, pos) in glyphs.glyph_infos().iter().zip(glyphs.glyph_positions()) {
            at[(info.cluster as usize).min(text.len())] += pos.x_advance;
        }
        let mut before = Vec::with_capacity(text.len() + 1);
        let mut sum = 0;
        for units in at {
            before.push(sum);
            sum += units;
        }
        Advances {
            before,
            trimmed: text.trim_end().len(),
        }
    }

    /// The width in points of the part `from..to` (byte offsets) of a text shaped as `advances`:
    /// exact for the whole text, and within a glyph's kerning or shaping of what the part would
    /// measure on its own elsewhere.
    pub fn between(&self, advances: &Advances, from: usize, to: usize, size: f32) -> f32 {
        self.points(advances.before[to] - advances.before[from], size)
    }
}

/// The advances of one shaped text: `before[i]` is the sum of the advances of the glyphs of the
/// clusters that start before byte `i`.
pub struct Advances {
    before: Vec<i32>,
    /// The length of the text without trailing white space.
    pub trimmed: usize,
}

impl Advances {
    /// The length in bytes of the text.
    pub fn len(&self) -> usize {
        self.before.len() - 1
    }
}

/// How many bytes of text were shaped (each shaping counts one more), to show in tests that
/// fitting a text measures it a bounded number of times. A limit makes a runaway layout fail
/// its test instead of running for hours.
#[cfg(test)]
pub(crate) mod count {
    use std::cell::Cell;

    thread_local! {
        static SHAPED: Cell<usize> = const { Cell::new(0) };
        static LIMIT: Cell<usize> = const { Cell::new(usize::MAX) };
    }

    pub fn add(bytes: usize) {
        let total = SHAPED.get() + bytes + 1;
        SHAPED.set(total);
        let limit = LIMIT.get();
        assert!(total <= limit, "shaped more than {limit} bytes");
    }

    /// Starts counting again from zero, failing past `limit` bytes.
    pub fn start(limit: usize) {
        SHAPED.set(0);
        LIMIT.set(limit);
    }

    pub fn shaped() -> usize {
        SHAPED.get()
    }
}
