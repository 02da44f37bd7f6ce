//! The index `polku serve` makes again after an edit (`search::Reuse`): the same files as a
//! fresh index of the edited site (names and contents; serve gzips them faster), with only the
//! pages whose search document changed read again, and when a word came or went, the pages that
//! have it inside one of their words.

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
        offline_zip: false,
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

    // A new word can give other pages' compounds new Finnish forms (`aamu` splits
    // `aamutoimet`): the pages that have it inside a word are read again too, not the others.
    site.edit(lesson, "ja asukas hymyili.", "ja asukas hymyili. Aamu.");
    let (edited, fresh) = index_both(&mut builder, &mut reuse);
    assert!(edited == fresh, "the reused index is not a fresh one");
    let with_aamu = reuse.read;
    assert!(
        with_aamu > 1 && with_aamu < pages,
        "{with_aamu} of {pages} read again"
    );

    // `leveästi` is inside no other word: when it comes and when it goes, the pages the edit
    // did not change keep their forms (the section pages are read again).
    let mut few = Vec::new();
    for (from, to) in [("Aamu.", "Aamu leveästi."), ("Aamu leveästi.", "Aamu.")] {
        site.edit(lesson, from, to);
        let (edited, fresh) = index_both(&mut builder, &mut reuse);
        assert!(edited == fresh, "the reused index is not a fresh one");
        assert!(
            reuse.read < with_aamu,
            "{} of {pages} read again",
            reuse.read
        );
        few.push(reuse.read);
    }
    println!(
        "fixture: {pages} pages; read again after an edit of known words 1, after `aamu` came \
         {with_aamu}, after `leveästi` came and went {few:?}"
    );
}
