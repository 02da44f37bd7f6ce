//! Finnish morphology from Voikko: the shared library `libvoikko` with its Finnish dictionary
//! (Debian's `libvoikko1` and `voikko-fi`), loaded at run time. Loading it, rather than
//! linking it, keeps Polku's own licence apart from the library's (MPL/GPL/LGPL) and the
//! dictionary's (GPL), and lets a build go on without them: [`Voikko::load`] gives `None`, and
//! `finnish/` falls back to working forms out from the site's own words.
//!
//! A Voikko handle may not be used by two threads at once, so each call takes a handle from a
//! pool (making one if none is free: making one takes well under a millisecond).

use std::collections::HashMap;
use std::ffi::{CStr, CString, c_char, c_void};
use std::sync::{Arc, Mutex, RwLock};

use libloading::Library;

/// Set, Polku works as on a machine without Voikko (for tests and benchmarks of the fallback).
pub const WITHOUT_VOIKKO: &str = "POLKU_WITHOUT_VOIKKO";

/// How many words' analyses are remembered at most (a few hundred bytes each).
const REMEMBERED: usize = 1 << 20;

/// The library's file name, as the dynamic loader finds it.
const LIBRARY: &str = "libvoikko.so.1";

type Init = unsafe extern "C" fn(*mut *const c_char, *const c_char, *const c_char) -> *mut c_void;
type Terminate = unsafe extern "C" fn(*mut c_void);
type Analyze = unsafe extern "C" fn(*mut c_void, *const c_char) -> *mut *mut c_void;
type Value = unsafe extern "C" fn(*const c_void, *const c_char) -> *mut c_char;
type FreeAnalysis = unsafe extern "C" fn(*mut *mut c_void);
type FreeValue = unsafe extern "C" fn(*mut c_char);

/// One reading of a word, of what Voikko tells about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis {
    /// The base form (`käsi` for `kädestä`, `ryhmäohjaajakoulutus` for
    /// `ryhmäohjaajakoulutuksessa`).
    pub base: String,
    /// The word as written, cut at its compound boundaries (`ryhmä`, `ohjaaja`,
    /// `koulutuksessa`); one part for a word that is not a compound.
    pub parts: Vec<String>,
}

/// The library, loaded, with a pool of handles.
pub struct Voikko {
    init: Init,
    terminate: Terminate,
    analyze: Analyze,
    value: Value,
    free_analysis: FreeAnalysis,
    free_value: FreeValue,
    free: Mutex<Vec<Handle>>,
    known: RwLock<HashMap<String, Arc<[Analysis]>>>,
    // Last, so that it is unloaded after the handles are terminated.
    _library: Library,
}

/// A handle made by `voikkoInit`.
struct Handle(*mut c_void);

// A handle is used by one thread at a time: it is taken out of the pool for each call.
unsafe impl Send for Handle {}

impl Voikko {
    /// The library and its Finnish dictionary, if this machine has both and
    /// [`WITHOUT_VOIKKO`] is not set.
    pub fn load() -> Option<Voikko> {
        if std::env::var_os(WITHOUT_VOIKKO).is_some() {
            return None;
        }
        // SAFETY: loading libvoikko runs no initialiser that could break this process, and each
        // symbol is given the type of its declaration in libvoikko's `voikko.h`.
        unsafe {
            let library = Library::new(LIBRARY).ok()?;
            let voikko = Voikko {
                init: *library.get::<Init>(b"voikkoInit\0").ok()?,
                terminate: *library.get::<Terminate>(b"voikkoTerminate\0").ok()?,
                analyze: *library.get::<Analyze>(b"voikkoAnalyzeWordCstr\0").ok()?,
                value: *library
                    .get::<Value>(b"voikko_mor_analysis_value_cstr\0")
                    .ok()?,
                free_analysis: *library
                    .get::<FreeAnalysis>(b"voikko_free_mor_analysis\0")
                    .ok()?,
                free_value: *library
                    .get::<FreeValue>(b"voikko_free_mor_analysis_value_cstr\0")
                    .ok()?,
                free: Mutex::new(Vec::new()),
                known: RwLock::default(),
                _library: library,
            };
            // The dictionary is there when a handle can be made.
            let handle = voikko.handle()?;
            voikko.give_back(handle);
            Some(voikko)
        }
    }

    /// Every reading of `word` (lower case, one word), none for a word Voikko does not know;
    /// remembered, since the forms of a site's words ask about the same words again and again.
    pub fn analyse(&self, word: &str) -> Arc<[Analysis]> {
        if let Some(known) = self.known.read().ok().and_then(|k| k.get(word).cloned()) {
            return known;
        }
        let analyses: Arc<[Analysis]> = self.analyse_anew(word).into();
        if let Ok(mut known) = self.known.write() {
            if known.len() >= REMEMBERED {
                known.clear();
            }
            known.insert(word.to_string(), analyses.clone());
        }
        analyses
    }

    fn analyse_anew(&self, word: &str) -> Vec<Analysis> {
        let (Ok(word), Some(handle)) = (CString::new(word), self.handle()) else {
            return Vec::new();
        };
        let mut analyses = Vec::new();
        // SAFETY: the handle is this thread's alone until given back; the list Voikko returns is
        // null-terminated and freed once, after its values are copied out.
        unsafe {
            let list = (self.analyze)(handle.0, word.as_ptr());
            if !list.is_null() {
                let mut at = list;
                while !(*at).is_null() {
                    let base = self.value_of(*at, c"BASEFORM").map(|b| b.to_lowercase());
                    let structure = self.value_of(*at, c"STRUCTURE");
                    if let (Some(base), Some(structure)) = (base, structure) {
                        let parts = parts(word.to_str().unwrap_or_default(), &structure);
                        analyses.push(Analysis { base, parts });
                    }
                    at = at.add(1);
                }
                (self.free_analysis)(list);
            }
        }
        self.give_back(handle);
        analyses.dedup();
        analyses
    }

    /// The value of `key` in one analysis, copied.
    unsafe fn value_of(&self, analysis: *mut c_void, key: &CStr) -> Option<String> {
        // SAFETY: `analysis` is a live entry of a list from `voikkoAnalyzeWordCstr`; the value
        // is Voikko's to free.
        unsafe {
            let value = (self.value)(analysis, key.as_ptr());
            if value.is_null() {
                return None;
            }
            let copied = CStr::from_ptr(value).to_string_lossy().into_owned();
            (self.free_value)(value);
            Some(copied)
        }
    }

    fn handle(&self) -> Option<Handle> {
        if let Some(handle) = self.free.lock().ok()?.pop() {
            return Some(handle);
        }
        let mut error: *const c_char = std::ptr::null();
        // SAFETY: `voikkoInit` takes an error out-pointer, a language code and an optional path.
        let handle = unsafe { (self.init)(&mut error, c"fi".as_ptr(), std::ptr::null()) };
        (!handle.is_null()).then_some(Handle(handle))
    }

    fn give_back(&self, handle: Handle) {
        if let Ok(mut free) = self.free.lock() {
            free.push(handle);
        }
    }
}

impl Drop for Voikko {
    fn drop(&mut self) {
        if let Ok(free) = self.free.get_mut() {
            for handle in free.drain(..) {
                // SAFETY: each pooled handle came from `voikkoInit` and is terminated once.
                unsafe { (self.terminate)(handle.0) };
            }
        }
    }
}

/// `word` cut where Voikko's `STRUCTURE` starts a new part with `=`. Each other letter of the
/// structure stands for one character of the word (`p`, `q`, `i`, `j`, or `-` for a hyphen);
/// a structure that does not fit the word leaves it whole.
fn parts(word: &str, structure: &str) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    let mut chars = word.chars();
    for mark in structure.chars() {
        if mark == '=' {
            parts.push(String::new());
            continue;
        }
        let Some(c) = chars.next() else {
            return vec![word.to_string()];
        };
        match parts.last_mut() {
            Some(part) if c != '-' => part.push(c),
            Some(_) => {}
            None => return vec![word.to_string()],
        }
    }
    parts.retain(|p| !p.is_empty());
    match chars.next().is_none() && !parts.is_empty() {
        true => parts,
        false => vec![word.to_string()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_structure_cuts_the_word_at_its_compound_boundaries() {
        assert_eq!(
            parts("ryhmäohjaajakoulutuksessa", "=ppppp=ppppppp=ppppppppppppp"),
            ["ryhmä", "ohjaaja", "koulutuksessa"]
        );
        assert_eq!(parts("kipu", "=pppp"), ["kipu"]);
        assert_eq!(
            parts("ruoka-allergia", "=ppppp-=pppppppp"),
            ["ruoka", "allergia"]
        );
        // A structure of another length leaves the word whole.
        assert_eq!(parts("kipu", "=ppp"), ["kipu"]);
    }

    /// Runs where Voikko is installed (`scripts/test` installs it).
    #[test]
    fn voikko_gives_base_forms_and_compound_parts() {
        let Some(voikko) = Voikko::load() else {
            eprintln!("libvoikko is not installed: skipped");
            return;
        };
        let bases =
            |w: &str| -> Vec<String> { voikko.analyse(w).iter().map(|a| a.base.clone()).collect() };
        assert_eq!(bases("kädestä"), ["käsi"]);
        assert_eq!(bases("ihmisen"), ["ihminen"]);
        assert_eq!(bases("veden"), ["vesi"]);
        assert!(bases("tervetulloa").is_empty());
        let compound = voikko.analyse("ryhmäohjaajakoulutuksessa");
        assert_eq!(compound[0].base, "ryhmäohjaajakoulutus");
        assert_eq!(compound[0].parts, ["ryhmä", "ohjaaja", "koulutuksessa"]);
    }
}
