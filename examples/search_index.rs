//! Times Polku's own search indexer (issue 15) on the search documents a build kept: tokenising
//! every document (in parallel), then indexing each language and encoding its files, as two
//! separate passes (the build does them in one; `--verbose` times it).
//! Keep the documents with `POLKU_SEARCH_DOCUMENTS=DIR polku build …`, then:
//! `cargo run --release --example search_index -- DIR`

use std::time::Instant;

use polku::search::index::{build, entry, fossick_all};

fn main() {
    let dir = std::env::args().nth(1).expect("usage: search_index DIR");
    let documents = polku::search::kept_documents(dir.as_ref()).expect("the kept documents");

    let start = Instant::now();
    let by_language = fossick_all(&documents);
    let tokenised = start.elapsed();
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
