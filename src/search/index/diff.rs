//! Where two encodings of a file first differ, named by the decoded field path
//! (`chunk.words[12].pages[3].locs[5]`), for tests that compare Polku's bundle with Pagefind's.

use minicbor::Decoder;
use minicbor::data::Type;

/// Which CBOR file a payload is, so that its fields can be named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CborKind {
    Meta,
    WordChunk,
    FilterChunk,
}

/// The layout of a CBOR value as `meta.rs`, `words.rs` and `filters.rs` declare it.
enum Shape {
    Leaf,
    /// A struct: an array of its fields in `#[n]` order.
    Record(&'static [(&'static str, Shape)]),
    List(&'static Shape),
}

const LEAF: Shape = Shape::Leaf;
const LEAVES: Shape = Shape::List(&LEAF);
const POSTINGS: Shape = Shape::List(&Shape::Record(&[
    ("page_delta", LEAF),
    ("locs", LEAVES),
    ("meta_locs", LEAVES),
]));
const WORD_CHUNK: Shape = Shape::Record(&[(
    "words",
    Shape::List(&Shape::Record(&[
        ("word", LEAF),
        ("pages", POSTINGS),
        (
            "additional_variants",
            Shape::List(&Shape::Record(&[("form", LEAF), ("pages", POSTINGS)])),
        ),
    ])),
)]);
const FILTER_CHUNK: Shape = Shape::Record(&[
    ("filter", LEAF),
    (
        "values",
        Shape::List(&Shape::Record(&[("value", LEAF), ("pages", LEAVES)])),
    ),
]);
const META: Shape = Shape::Record(&[
    ("version", LEAF),
    (
        "pages",
        Shape::List(&Shape::Record(&[
            ("hash", LEAF),
            ("word_count", LEAF),
            ("group_hash", LEAF),
        ])),
    ),
    (
        "index_chunks",
        Shape::List(&Shape::Record(&[
            ("from", LEAF),
            ("to", LEAF),
            ("hash", LEAF),
        ])),
    ),
    (
        "filters",
        Shape::List(&Shape::Record(&[("filter", LEAF), ("hash", LEAF)])),
    ),
    (
        "sorts",
        Shape::List(&Shape::Record(&[("sort", LEAF), ("pages", LEAVES)])),
    ),
    ("meta_fields", LEAVES),
]);

/// `None` if the payloads are equal; else the first differing byte and the field of `expected`
/// (decoded by its layout) that holds it.
pub fn first_difference(kind: CborKind, ours: &[u8], expected: &[u8]) -> Option<String> {
    let at = first_byte(ours, expected)?;
    let (root, shape) = match kind {
        CborKind::Meta => ("meta", &META),
        CborKind::WordChunk => ("chunk", &WORD_CHUNK),
        CborKind::FilterChunk => ("filter", &FILTER_CHUNK),
    };
    let mut path = root.to_string();
    let mut decoder = Decoder::new(expected);
    let place = match walk(&mut decoder, shape, &mut path, at) {
        Ok(true) => path,
        Ok(false) => format!("after the end of {root}"),
        Err(e) => format!("{path} (which does not decode as expected: {e})"),
    };
    Some(format!(
        "byte {at} of {} (ours has {}), in {place}",
        expected.len(),
        ours.len()
    ))
}

/// `None` if the JSON texts are equal; else the first differing byte with the text around it.
pub fn first_json_difference(ours: &str, expected: &str) -> Option<String> {
    let at = first_byte(ours.as_bytes(), expected.as_bytes())?;
    let around = |s: &str| {
        let mut from = at.saturating_sub(40).min(s.len());
        while !s.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (at + 40).min(s.len());
        while !s.is_char_boundary(to) {
            to += 1;
        }
        s[from..to].to_string()
    };
    Some(format!(
        "byte {at}: expected …{}…, ours …{}…",
        around(expected),
        around(ours)
    ))
}

fn first_byte(a: &[u8], b: &[u8]) -> Option<usize> {
    a.iter()
        .zip(b)
        .position(|(x, y)| x != y)
        .or_else(|| (a.len() != b.len()).then(|| a.len().min(b.len())))
}

/// Reads one value of layout `shape`; `true` (with `path` naming it) if byte `at` is in it.
fn walk(d: &mut Decoder, shape: &Shape, path: &mut String, at: usize) -> Result<bool, String> {
    let start = d.position();
    let fields = match shape {
        Shape::Leaf => {
            d.skip().map_err(|e| e.to_string())?;
            return Ok((start..d.position()).contains(&at));
        }
        Shape::Record(fields) => Some(*fields),
        Shape::List(_) => None,
    };
    let len = d.array().map_err(|e| e.to_string())?;
    if at < d.position() {
        path.push_str(" (array header)");
        return Ok(at >= start);
    }
    let mut i = 0;
    loop {
        if len == Some(i) {
            break;
        }
        if len.is_none() && d.datatype().map_err(|e| e.to_string())? == Type::Break {
            d.set_position(d.position() + 1);
            break;
        }
        let mark = path.len();
        let inner = match (fields, shape) {
            (Some(fields), _) => match fields.get(i as usize) {
                Some((name, inner)) => {
                    path.push('.');
                    path.push_str(name);
                    inner
                }
                None => {
                    path.push_str(&format!(".<extra field {i}>"));
                    &LEAF
                }
            },
            (None, Shape::List(inner)) => {
                path.push_str(&format!("[{i}]"));
                *inner
            }
            (None, _) => unreachable!("only lists have no fields"),
        };
        if walk(d, inner, path, at)? {
            return Ok(true);
        }
        path.truncate(mark);
        i += 1;
    }
    Ok((start..d.position()).contains(&at))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::index::{Posting, WordChunk, WordEntry, to_cbor};

    #[test]
    fn a_difference_is_named_by_its_field() {
        let chunk = |locs: Vec<i32>| WordChunk {
            words: vec![WordEntry {
                word: "kipu".into(),
                pages: vec![Posting {
                    page_delta: 3,
                    locs,
                    meta_locs: vec![],
                }],
                additional_variants: vec![],
            }],
        };
        let expected = to_cbor(&chunk(vec![-25, 4, 1]));
        let ours = to_cbor(&chunk(vec![-25, 4, 2]));
        let found = first_difference(CborKind::WordChunk, &ours, &expected).unwrap();
        assert!(
            found.ends_with("in chunk.words[0].pages[0].locs[2]"),
            "{found}"
        );
        assert_eq!(first_difference(CborKind::WordChunk, &ours, &ours), None);
    }
}
