//! The index `polku serve` makes again after an edit (`search::Reuse`): the same files as a
//! fresh index of the edited site (names and contents; serve gzips them faster), with only the
//! pages whose search document changed read again.

use polku::build::{Builder, Options};
use polku::output::OutFile;
use polku::search::Reuse;

use super::*;

type Files = BTreeMap<String, Vec<u8>>;

/// Each file of a bundle by its path, with its payload unzipped.
fn as_files(bundle: Vec<OutFile>) -> Files {
    let payload = |f: &OutFile| {
        let bytes = f.content.bytes().expect("bundle files are bytes");
        match f.path.contains(".pf_") {
            true => unframe(bytes).expect("a framed gzip"),
            false => bytes.to_vec(),
        }
    };
    bundle
        .iter()
        .map(|f| (f.path.clone(), payload(f)))
        .collect()
}

/// Renders the site as `polku serve` does and indexes it reusing `reuse`, and afresh.
fn index_both(builder: &mut Builder, reuse: &mut Reuse) -> (Files, Files) {
    let rendered = builder.render().expect("the site builds");
    let search = &rendered.search;
    let reused = search.bundle_reusing(&rendered.files, Some(reuse)).unwrap();
    let fresh = search.bundle(&rendered.files).unwrap();
    (as_files(reused.0), as_files(fresh.0))
}

#[test]
fn after_an_edit_only_changed_pages_are_read_again_and_the_index_is_a_fresh_ones() {
    let site = TestSite::fixture("site");
    let mut builder = Builder::new(Options {
        root: site.root().to_path_buf(),
        output: None,
        base_url: None,
        origin: None,
        drafts: false,
        force: false,
        external: None,
    });
    let mut reuse = Reuse::default();
    let (first, fresh) = index_both(&mut builder, &mut reuse);
    assert!(first == fresh && reuse.reused == 0);
    let pages = reuse.read;

    let (again, fresh) = index_both(&mut builder, &mut reuse);
    assert!(again == fresh && again == first, "nothing changed");
    assert_eq!((reuse.read, reuse.reused), (0, pages));

    // A sentence of words the site has already: its Finnish forms are as before.
    let lesson = "content/oppitunnit/perusteet/aamutoimet.md";
    let said = "Hoitaja sanoi \"hyvää huomenta\" ja asukas hymyili.";
    site.edit(lesson, said, &format!("{said} Asukas sanoi \"huomenta\"."));
    let (edited, fresh) = index_both(&mut builder, &mut reuse);
    assert!(edited == fresh, "the reused index is not a fresh one");
    assert_ne!(edited, first, "the edit changed nothing");
    assert_eq!((reuse.read, reuse.reused), (1, pages - 1));

    // A new word can give other pages' compounds new Finnish forms: every page is read again.
    site.edit(lesson, "ja asukas hymyili.", "ja asukas hymyili leveästi.");
    let (edited, fresh) = index_both(&mut builder, &mut reuse);
    assert!(edited == fresh, "the reused index is not a fresh one");
    assert_eq!((reuse.read, reuse.reused), (pages, 0));

    // And when a word goes away.
    site.edit(lesson, "hymyili leveästi.", "hymyili.");
    let (edited, fresh) = index_both(&mut builder, &mut reuse);
    assert!(edited == fresh, "the reused index is not a fresh one");
    assert_eq!((reuse.read, reuse.reused), (pages, 0));
    println!("fixture: {pages} pages; an edit of known words read 1 again, a new or lost word all");
}
