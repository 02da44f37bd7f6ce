// The default theme and the message files are embedded with include_dir; make Cargo re-embed
// them when files are added to or removed from their folders, not only when an embedded file
// changes.
fn main() {
    println!("cargo:rerun-if-changed=themes/default");
    println!("cargo:rerun-if-changed=src/i18n/locales");
}
