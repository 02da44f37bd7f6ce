//! The edit generators: a seeded random number source and one random edit of a file.

/// Inserted text, separated by `|`: emoji, Arabic, combining marks, controls, invisible and
/// line-separating characters, a noncharacter, a very long word.
const UNICODE: &str = "😀|👩🏽‍⚕️|مرحبا بكم|\u{301}|e\u{301}\u{302}|\0|\u{1}|\u{1b}[31m|\u{7f}|\u{85}|\
    \u{feff}|\u{2028}|\u{2029}|\u{200b}|\u{202e}|\u{ad}|\u{fffd}|\r|\t|\u{10ffff}|\
    Lentokonesuihkuturbiinimoottoriapumekaanikkoaliupseerioppilas";
const TOKENS: &[&str] = &[
    ":", ": ", "---", "---\n", "\t", "- ", "'", "\"", "{", "[", "}", "]", "&anchor ", "*alias",
    "#", "|", ">", "!", "%", "@", "`", "? ", ", ", "~",
];
const NUMBERS: &str = "-1 0 -0 99999999999999999999999999 18446744073709551616 \
    9223372036854775808 4294967296 -2147483649 1e308 65536 1.5";

/// splitmix64: small, seedable, good enough to pick edits.
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

pub(crate) struct Mutation {
    pub(crate) file: String,
    pub(crate) edit: String,
    pub(crate) bytes: Vec<u8>,
    /// An insertion at one place (a syntax error it causes should be reported near it).
    pub(crate) insertion: bool,
    /// The 1-based line of the first byte that changed.
    pub(crate) line: usize,
}

/// `"text"` for UTF-8, `b"\xff…"` otherwise.
pub(crate) fn esc(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => format!("{text:?}"),
        Err(_) => format!("b\"{}\"", bytes.escape_ascii()),
    }
}

fn line_of(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset].iter().filter(|b| **b == b'\n').count() + 1
}

/// "byte 120 (line 4, byte 7 of the line)"
fn place(bytes: &[u8], at: usize) -> String {
    let start = bytes[..at]
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let line = line_of(bytes, at);
    format!(
        "byte {at} (line {line}, byte {} of the line)",
        at - start + 1
    )
}

fn char_boundary(bytes: &[u8], mut at: usize) -> usize {
    while at > 0 && at < bytes.len() && (bytes[at] & 0xC0) == 0x80 {
        at -= 1;
    }
    at
}

/// The byte range of the YAML: a Markdown file's front matter, or the whole file.
fn yaml_range(bytes: &[u8], markdown: bool) -> (usize, usize) {
    let lines: Vec<&[u8]> = bytes.split_inclusive(|b| *b == b'\n').collect();
    if !markdown || lines.first().is_none_or(|l| l.trim_ascii_end() != b"---") {
        return (0, bytes.len());
    }
    let mut at = lines[0].len();
    for line in &lines[1..] {
        if line.trim_ascii_end() == b"---" {
            break;
        }
        at += line.len();
    }
    (lines[0].len(), at)
}

/// A random place in the YAML: a line start, just after a `: `, or anywhere.
fn yaml_place(rng: &mut Rng, bytes: &[u8], markdown: bool) -> usize {
    let (start, end) = yaml_range(bytes, markdown);
    let places: Vec<usize> = match rng.below(3) {
        0 => (start..end)
            .filter(|&i| i == start || bytes[i - 1] == b'\n')
            .collect(),
        1 => (start + 2..end)
            .filter(|&i| &bytes[i - 2..i] == b": ")
            .collect(),
        _ => vec![],
    };
    match places.is_empty() {
        true => char_boundary(bytes, start + rng.below(end - start + 1)),
        false => *rng.pick(&places),
    }
}

/// One random edit of `original`.
pub(crate) fn mutate(rng: &mut Rng, file: &str, original: &[u8]) -> Mutation {
    let markdown = file.ends_with(".md");
    let lines: Vec<&[u8]> = original.split_inclusive(|b| *b == b'\n').collect();
    let (n, len) = (lines.len(), original.len());
    let kind = rng.below(13);
    let (edit, bytes) = match kind {
        0 | 1 if n > 0 => {
            let (i, mut new) = (rng.below(n), lines.clone());
            if kind == 0 {
                new.remove(i);
            } else {
                new.insert(i, lines[i]);
            }
            let what = ["delete", "duplicate"][kind];
            (
                format!("{what} line {}: {}", i + 1, esc(lines[i])),
                new.concat(),
            )
        }
        2 if n > 1 => {
            let (i, j, mut new) = (rng.below(n), rng.below(n), lines.clone());
            new.swap(i, j);
            let (a, b) = (esc(lines[i]), esc(lines[j]));
            (
                format!("swap line {} {a} with line {} {b}", i + 1, j + 1),
                new.concat(),
            )
        }
        3 | 4 => {
            let at = rng.below(len + 1);
            let at = if kind == 3 {
                char_boundary(original, at)
            } else {
                at
            };
            let mid = if char_boundary(original, at) != at {
                ", inside a character"
            } else {
                ""
            };
            (
                format!("cut the file at {}{mid}", place(original, at)),
                original[..at].to_vec(),
            )
        }
        5..=8 => {
            let (what, at): (Vec<u8>, usize) = match kind {
                5 => {
                    let at = rng.below(len + 1);
                    (
                        (0..1 + rng.below(6)).map(|_| rng.next() as u8).collect(),
                        at,
                    )
                }
                6 => {
                    let text = *rng.pick(&UNICODE.split('|').collect::<Vec<_>>());
                    let at = match rng.below(2) {
                        0 => yaml_place(rng, original, markdown),
                        _ => char_boundary(original, rng.below(len + 1)),
                    };
                    (text.as_bytes().to_vec(), at)
                }
                _ => (
                    rng.pick(TOKENS).as_bytes().to_vec(),
                    yaml_place(rng, original, markdown),
                ),
            };
            let edit = format!("insert {} at {}", esc(&what), place(original, at));
            (edit, [&original[..at], &what, &original[at..]].concat())
        }
        9 => {
            let (start, end) = yaml_range(original, markdown);
            let runs: Vec<usize> = (start..end)
                .filter(|&i| {
                    original[i].is_ascii_digit() && (i == 0 || !original[i - 1].is_ascii_digit())
                })
                .collect();
            if runs.is_empty() {
                return mutate(rng, file, original);
            }
            let at = *rng.pick(&runs);
            let to = original[at..]
                .iter()
                .position(|b| !b.is_ascii_digit())
                .map_or(len, |k| at + k);
            let number = *rng.pick(&NUMBERS.split(' ').collect::<Vec<_>>());
            let (old, at_place) = (esc(&original[at..to]), place(original, at));
            let edit = format!(
                "replace {old} at {at_place} with {}",
                esc(number.as_bytes())
            );
            (
                edit,
                [&original[..at], number.as_bytes(), &original[to..]].concat(),
            )
        }
        10 => {
            let ending: &[u8] = if rng.below(2) == 0 { b"\r\n" } else { b"\r" };
            let new = lines.iter().flat_map(|l| match l.strip_suffix(b"\n") {
                Some(text) => [text, ending].concat(),
                None => l.to_vec(),
            });
            (
                format!("end every line with {}", esc(ending)),
                new.collect(),
            )
        }
        11 => ("empty the file".to_string(), Vec::new()),
        _ => return mutate(rng, file, original),
    };
    let same = original
        .iter()
        .zip(&bytes)
        .take_while(|(a, b)| a == b)
        .count();
    let line = line_of(&bytes, same);
    let insertion = (5..=8).contains(&kind);
    Mutation {
        file: file.to_string(),
        edit,
        bytes,
        insertion,
        line,
    }
}
