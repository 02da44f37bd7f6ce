//! The files of the bundle: the framing every index file shares (gzip of a marker and the
//! payload), the hashes that name the files, and the names themselves, as Pagefind 1.6.0 makes
//! them (`pagefind-1.6.0/src/output/mod.rs` `write`, `src/utils.rs` `full_hash`,
//! `src/index/mod.rs` for the names).

use std::collections::HashSet;
use std::io::{Read, Write};

use flate2::Compression;
use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use minicbor::{Decode, Encode};
use sha1::{Digest, Sha1};

use super::{Entry, FilterChunk, Fragment, MetaFile, WordChunk};

/// The twelve bytes every gzipped file starts with once unzipped. `pagefind.js` takes a file that
/// starts with them unzipped as it is (a server may have unzipped it), else gunzips it first.
const MARKER: &[u8] = b"pagefind_dcd";

/// Hex digits of the hash in a file name after `<lang>_` (before any lengthening on a clash).
const SHORT: usize = 7;

/// A file of the bundle: its path inside the bundle folder (`pagefind/`), its bytes, and its
/// name stem as the other files refer to it (`fi_3a9c0e2` for `index/fi_3a9c0e2.pf_index`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleFile {
    pub path: String,
    pub hash: String,
    pub bytes: Vec<u8>,
}

/// A value's CBOR, as Pagefind encodes it (minicbor; structs as arrays).
pub fn to_cbor<T: Encode<()>>(value: &T) -> Vec<u8> {
    minicbor::to_vec(value).expect("encoding into memory cannot fail")
}

/// Decodes a CBOR payload. Trailing bytes after the value are an error.
pub fn from_cbor<'b, T: Decode<'b, ()>>(payload: &'b [u8]) -> Result<T, String> {
    let mut decoder = minicbor::Decoder::new(payload);
    let value = decoder.decode().map_err(|e| format!("bad CBOR: {e}"))?;
    match payload.len() - decoder.position() {
        0 => Ok(value),
        n => Err(format!("{n} bytes after the CBOR value")),
    }
}

/// A payload as a bundle file's bytes: the gzip, at the best level with flate2's default header
/// (no name, time 0, "unknown" OS), of [`MARKER`] followed by the payload.
pub fn gzip_framed(payload: &[u8]) -> Vec<u8> {
    gzip_framed_at(payload, Compression::best())
}

/// As [`gzip_framed`], at `level`.
fn gzip_framed_at(payload: &[u8], level: Compression) -> Vec<u8> {
    let mut gz = GzEncoder::new(Vec::with_capacity(payload.len() / 3), level);
    gz.write_all(MARKER).expect("gzip into memory");
    gz.write_all(payload).expect("gzip into memory");
    gz.finish().expect("gzip into memory")
}

/// A bundle file's payload: gunzipped, and the marker checked and cut off.
pub fn unframe(file: &[u8]) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    GzDecoder::new(file)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("not gzip: {e}"))?;
    match bytes.strip_prefix(MARKER) {
        Some(payload) => Ok(payload.to_vec()),
        None => Err("no pagefind_dcd marker after unzipping".into()),
    }
}

/// Pagefind's hash of a payload (without the marker): the SHA-1 as lowercase hex, each byte
/// *without* its leading zero (`0x0a` is `a`), so 21 to 40 digits. Every file name comes from it.
pub fn full_hash(payload: &[u8]) -> String {
    Sha1::digest(payload)
        .iter()
        .map(|b| format!("{b:x}"))
        .collect()
}

/// The entry file: compact JSON, neither framed nor gzipped.
pub fn entry_file(entry: &Entry) -> BundleFile {
    BundleFile {
        path: "pagefind-entry.json".into(),
        hash: String::new(),
        bytes: serde_json::to_vec(entry).expect("the entry is plain data"),
    }
}

/// Names and writes the files of one language's index. The names of fragments, word chunks and
/// filter chunks must be taken in Pagefind's order (pages by number, chunks in word order,
/// filters by name), since a clash of short hashes lengthens the later name.
#[derive(Debug, Clone)]
pub struct LanguageFiles {
    lang: String,
    /// The gzip level of fragments and word chunks: Pagefind's best, but for `polku serve`.
    level: Compression,
    fragments: HashSet<String>,
    chunks: HashSet<String>,
    filters: HashSet<String>,
}

impl LanguageFiles {
    pub fn new(lang: &str) -> LanguageFiles {
        LanguageFiles::at(lang, Compression::best())
    }

    /// Files whose fragments and word chunks are gzipped at `level`.
    pub fn at(lang: &str, level: Compression) -> LanguageFiles {
        LanguageFiles {
            lang: lang.to_string(),
            level,
            fragments: HashSet::new(),
            chunks: HashSet::new(),
            filters: HashSet::new(),
        }
    }

    /// The language code the files are named with.
    pub fn language(&self) -> &str {
        &self.lang
    }

    /// `<lang>_<full hash>`: what the short names are cut from.
    fn prefixed(&self, payload: &[u8]) -> String {
        format!("{}_{}", self.lang, full_hash(payload))
    }

    fn short_end(&self) -> usize {
        self.lang.len() + 1 + SHORT
    }

    /// The hash and gzip of a payload: the costly part of making a file, which needs no name
    /// yet, so that it can be done in parallel before the names are given in Pagefind's order.
    pub fn encode(&self, payload: &[u8]) -> Encoded {
        Encoded {
            full: self.prefixed(payload),
            bytes: gzip_framed_at(payload, self.level),
        }
    }

    /// A fragment's JSON, encoded (see [`LanguageFiles::encode`]).
    pub fn encode_fragment(&self, fragment: &Fragment) -> Encoded {
        let json = serde_json::to_string(fragment).expect("a fragment is plain data");
        self.encode(json.as_bytes())
    }

    /// A page's fragment, `fragment/<hash>.pf_fragment`. On a clash with an earlier fragment's
    /// name the hash grows by one digit until it is free. (Pagefind gives two identical fragments
    /// one file; its loop for that case never ends, but two pages never have the same URL.)
    pub fn fragment(&mut self, fragment: &Fragment) -> BundleFile {
        let encoded = self.encode_fragment(fragment);
        self.name_fragment(encoded)
    }

    /// The file of an encoded fragment, named after the fragments named before it.
    pub fn name_fragment(&mut self, Encoded { full, bytes }: Encoded) -> BundleFile {
        let mut end = self.short_end();
        while end < full.len() && self.fragments.contains(&full[..end]) {
            end += 1;
        }
        let hash = full[..end].to_string();
        self.fragments.insert(hash.clone());
        BundleFile {
            path: format!("fragment/{hash}.pf_fragment"),
            hash,
            bytes,
        }
    }

    /// A word chunk, `index/<hash>.pf_index`. On a clash the hash grows by two digits (as
    /// Pagefind's loop does), at most to the full hash.
    pub fn word_chunk(&mut self, chunk: &WordChunk) -> BundleFile {
        let encoded = self.encode(&to_cbor(chunk));
        self.name_word_chunk(encoded)
    }

    /// The file of an encoded word chunk, named after the chunks named before it.
    pub fn name_word_chunk(&mut self, Encoded { full, bytes }: Encoded) -> BundleFile {
        let hash = grow_on_clash(&full, self.short_end(), &mut self.chunks);
        BundleFile {
            path: format!("index/{hash}.pf_index"),
            hash,
            bytes,
        }
    }

    /// A filter chunk, `filter/<hash>.pf_filter`; clashes as for word chunks.
    pub fn filter_chunk(&mut self, chunk: &FilterChunk) -> BundleFile {
        let cbor = to_cbor(chunk);
        let hash = grow_on_clash(&self.prefixed(&cbor), self.short_end(), &mut self.filters);
        framed(format!("filter/{hash}.pf_filter"), hash, &cbor)
    }

    /// The meta file, `pagefind.<hash>.pf_meta`, its hash to be written into the entry file.
    /// Unlike the other names, the hash part is `lang.len() + 8` digits of the full hash (10 for
    /// `fi`): Pagefind cuts the unprefixed hash at the length meant for the prefixed one.
    pub fn meta(&self, meta: &MetaFile) -> BundleFile {
        let cbor = to_cbor(meta);
        let full = full_hash(&cbor);
        let hash = format!(
            "{}_{}",
            self.lang,
            &full[..self.short_end().min(full.len())]
        );
        framed(format!("pagefind.{hash}.pf_meta"), hash, &cbor)
    }
}

/// A payload's `<lang>_<full hash>` and its framed gzip, waiting for its name.
#[derive(Clone)]
pub struct Encoded {
    full: String,
    bytes: Vec<u8>,
}

/// The short name of `full` not yet in `taken`, growing two digits at a time (Pagefind's
/// `short_hash = &hash[0..=short_hash.len() + 1]`), and marks it taken.
fn grow_on_clash(full: &str, start: usize, taken: &mut HashSet<String>) -> String {
    let mut end = start.min(full.len());
    while taken.contains(&full[..end]) && end < full.len() {
        end = (end + 2).min(full.len());
    }
    let hash = full[..end].to_string();
    taken.insert(hash.clone());
    hash
}

fn framed(path: String, hash: String, payload: &[u8]) -> BundleFile {
    BundleFile {
        path,
        hash,
        bytes: gzip_framed(payload),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_drops_leading_zeros_of_each_byte() {
        // SHA-1("abc") = a9993e36 4706816a ba3e2571 7850c26c 9cd0d89d
        assert_eq!(full_hash(b"abc"), "a9993e36476816aba3e25717850c26c9cd0d89d");
    }

    #[test]
    fn framing_round_trips_and_needs_the_marker() {
        let file = gzip_framed(b"payload");
        assert_eq!(unframe(&file).unwrap(), b"payload");
        let mut bare = GzEncoder::new(Vec::new(), Compression::best());
        bare.write_all(b"payload").unwrap();
        assert!(unframe(&bare.finish().unwrap()).is_err());
    }

    #[test]
    fn a_clash_lengthens_the_later_name() {
        let mut taken = HashSet::new();
        let full = "fi_0123456789abcdef";
        assert_eq!(grow_on_clash(full, 10, &mut taken), "fi_0123456");
        assert_eq!(grow_on_clash(full, 10, &mut taken), "fi_012345678");
        assert_eq!(grow_on_clash("fi_0123456", 10, &mut taken), "fi_0123456");
    }
}
