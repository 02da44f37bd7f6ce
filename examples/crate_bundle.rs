//! Writes the search bundle that the `pagefind` crate (1.6.0) makes of the search documents a
//! build kept with `POLKU_SEARCH_DOCUMENTS`, for `tests/browser/recall.test.mjs`, which runs the
//! same queries with pagefind.js over it and over the bundle Polku wrote.
//! `cargo run --example crate_bundle -- DOCUMENTS_DIR OUT_DIR`

fn main() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let (Some(documents), Some(out)) = (args.next(), args.next()) else {
        return Err("usage: crate_bundle DOCUMENTS_DIR OUT_DIR".into());
    };
    let documents = polku::search::kept_documents(documents.as_ref()).map_err(|e| e.to_string())?;
    let out = std::path::Path::new(&out);
    for (path, bytes) in polku::search::reference::crate_bundle(&documents)? {
        let path = out.join(path);
        let folder = path.parent().expect("a file in the bundle folder");
        std::fs::create_dir_all(folder).map_err(|e| e.to_string())?;
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}
