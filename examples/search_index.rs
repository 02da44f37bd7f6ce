//! Times Polku's own search indexer (issue 15) on the documents a build gave the `pagefind` crate,
//! for comparing with the crate's search step before the build switches over: tokenising every
//! document (in parallel), then indexing each language and encoding its files.
//! Keep the documents with `POLKU_SEARCH_DOCUMENTS=DIR polku build …`, then:
//! `cargo run --release --example search_index -- DIR`

use std::collections::BTreeMap;
use std::time::Instant;

use polku::search::index::{IndexPage, build, entry, fossick};
use rayon::prelude::*;

fn main() {
    let dir = std::env::args().nth(1).expect("usage: search_index DIR");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("the documents' folder")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".html").map(str::to_string))
        .collect();
    names.sort();
    let documents: Vec<(String, String)> = names
        .iter()
        .map(|n| {
            let read = |ext: &str| std::fs::read_to_string(format!("{dir}/{n}.{ext}")).unwrap();
            (read("url"), read("html"))
        })
        .collect();

    let start = Instant::now();
    let pages: Vec<(String, IndexPage)> = documents
        .par_iter()
        .map(|(url, html)| fossick(url, html))
        .collect();
    let tokenised = start.elapsed();
    // Languages keep the order their pages were added in.
    let mut by_language: BTreeMap<String, Vec<IndexPage>> = BTreeMap::new();
    for (language, page) in pages {
        by_language.entry(language).or_default().push(page);
    }
    let bundles: Vec<_> = by_language
        .into_iter()
        .map(|(language, pages)| build(pages, &language))
        .collect();
    let entry = entry(&bundles);
    let total = start.elapsed();
    let files: usize = bundles.iter().map(|b| b.files.len()).sum::<usize>() + 1;
    let bytes: usize = bundles
        .iter()
        .flat_map(|b| &b.files)
        .map(|f| f.bytes.len())
        .sum::<usize>()
        + entry.bytes.len();
    println!(
        "{} documents: tokenised in {:.0} ms, indexed and encoded in {:.0} ms, {:.0} ms in all; {files} files, {} KB",
        documents.len(),
        tokenised.as_secs_f64() * 1000.0,
        (total - tokenised).as_secs_f64() * 1000.0,
        total.as_secs_f64() * 1000.0,
        bytes / 1024
    );
}
