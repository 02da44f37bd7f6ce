//! The packed integer lists inside a [`super::WordChunk`]: page numbers as deltas, positions with
//! weights (`locs`), positions in metadata fields (`meta_locs`). Packing follows Pagefind's
//! indexer (`pagefind-1.6.0/src/index/mod.rs`: `positions_to_packed_page`,
//! `meta_positions_to_packed`, the delta step before encoding a chunk); unpacking follows how the
//! WebAssembly reads them. `tests/search_index/format.rs` checks `pack(unpack(x)) == x` on every list
//! of the crate's bundles.

/// A word's position in a page's content and the weight it had there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Loc {
    /// The word's position: how many words of the page's content come before it.
    pub position: u32,
    /// Pagefind's weight: 24 times the `data-pagefind-weight` (0–10, clamped), so 24 for plain
    /// text, at least 1 for a weight above 0, 0 for weight 0; the parts of a compound word get
    /// the word's weight divided by their number (at least 1).
    pub weight: u8,
}

/// A word's position in one of a page's metadata fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MetaLoc {
    /// The field: its position in [`super::MetaFile::meta_fields`].
    pub field: u16,
    /// The word's position in the field's text.
    pub position: u32,
}

/// The weight a reader assumes before the first weight marker. Pagefind's own plain weight is
/// 24, so in practice every `locs` list starts with a marker.
const START_WEIGHT: u8 = 25;

/// Packs positions with weights as Pagefind does: sorted by weight (weight 25 first, then
/// ascending) and position; each run of one weight starts with a marker `-(weight + 1)` and the
/// run's first position as is, and every further position is the difference to the one before.
pub fn pack_locs(mut locs: Vec<Loc>) -> Vec<i32> {
    locs.sort_by_key(|l| {
        (
            if l.weight == START_WEIGHT {
                0
            } else {
                l.weight
            },
            l.position,
        )
    });
    let mut packed = Vec::with_capacity(locs.len() + 2);
    let mut weight = START_WEIGHT;
    let mut last = 0;
    for loc in locs {
        if loc.weight != weight {
            packed.push(-i32::from(loc.weight) - 1);
            packed.push(loc.position as i32);
            weight = loc.weight;
        } else {
            packed.push((loc.position - last) as i32);
        }
        last = loc.position;
    }
    packed
}

/// Reads a packed `locs` list back, in stored order (the WebAssembly's reading).
pub fn unpack_locs(packed: &[i32]) -> Vec<Loc> {
    let mut locs = Vec::with_capacity(packed.len());
    let mut weight = START_WEIGHT;
    let mut last = 0u32;
    for &n in packed {
        if n < 0 {
            weight = u8::try_from(-(i64::from(n) + 1)).unwrap_or(u8::MAX);
            last = 0;
        } else {
            last += n as u32;
            locs.push(Loc {
                position: last,
                weight,
            });
        }
    }
    locs
}

/// Packs metadata positions as Pagefind does: sorted by field and position; each field's run
/// starts with a marker `-(field + 1)`, and its positions are differences to the one before
/// (the first to 0).
pub fn pack_meta_locs(mut locs: Vec<MetaLoc>) -> Vec<i32> {
    locs.sort();
    let mut packed = Vec::with_capacity(locs.len() + 2);
    let mut field = None;
    let mut last = 0;
    for loc in locs {
        if field != Some(loc.field) {
            packed.push(-i32::from(loc.field) - 1);
            field = Some(loc.field);
            last = 0;
        }
        packed.push((loc.position - last) as i32);
        last = loc.position;
    }
    packed
}

/// Reads a packed `meta_locs` list back, in stored order.
pub fn unpack_meta_locs(packed: &[i32]) -> Vec<MetaLoc> {
    let mut locs = Vec::with_capacity(packed.len());
    let mut field = 0u16;
    let mut last = 0u32;
    for &n in packed {
        if n < 0 {
            field = u16::try_from(-(i64::from(n) + 1)).unwrap_or(u16::MAX);
            last = 0;
        } else {
            last += n as u32;
            locs.push(MetaLoc {
                field,
                position: last,
            });
        }
    }
    locs
}

/// Page numbers (ascending) as the deltas a posting list stores.
pub fn to_deltas(pages: &[u32]) -> Vec<u32> {
    let mut last = 0;
    pages
        .iter()
        .map(|&page| {
            let delta = page - last;
            last = page;
            delta
        })
        .collect()
}

/// A posting list's deltas as page numbers.
pub fn from_deltas(deltas: impl IntoIterator<Item = u32>) -> Vec<u32> {
    let mut page = 0;
    deltas
        .into_iter()
        .map(|delta| {
            page += delta;
            page
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weighted_positions_pack_as_pagefind_packs_them() {
        let locs = |list: &[(u32, u8)]| {
            list.iter()
                .map(|&(position, weight)| Loc { position, weight })
                .collect::<Vec<_>>()
        };
        // Plain text (weight 24) still gets a marker: the reader starts at 25.
        let packed = pack_locs(locs(&[(9, 24), (2, 24), (5, 24), (0, 168)]));
        assert_eq!(packed, [-25, 2, 3, 4, -169, 0]);
        assert_eq!(
            unpack_locs(&packed),
            locs(&[(2, 24), (5, 24), (9, 24), (0, 168)])
        );
        // Weight 25 sorts first and needs no marker.
        assert_eq!(pack_locs(locs(&[(7, 12), (3, 25)])), [3, -13, 7]);
    }

    #[test]
    fn meta_positions_pack_per_field() {
        let meta = vec![
            MetaLoc {
                field: 3,
                position: 2,
            },
            MetaLoc {
                field: 0,
                position: 5,
            },
            MetaLoc {
                field: 0,
                position: 0,
            },
        ];
        let packed = pack_meta_locs(meta.clone());
        assert_eq!(packed, [-1, 0, 5, -4, 2]);
        let mut sorted = meta;
        sorted.sort();
        assert_eq!(unpack_meta_locs(&packed), sorted);
    }

    #[test]
    fn page_numbers_are_deltas() {
        assert_eq!(to_deltas(&[0, 4, 5, 17]), [0, 4, 1, 12]);
        assert_eq!(from_deltas([0, 4, 1, 12]), [0, 4, 5, 17]);
    }
}
