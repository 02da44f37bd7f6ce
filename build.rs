// The default theme is embedded with include_dir; make Cargo re-embed it when files are
// added to or removed from the theme folder, not only when an embedded file changes.
fn main() {
    println!("cargo:rerun-if-changed=themes/default");
}
