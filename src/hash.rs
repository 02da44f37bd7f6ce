//! Hashes of what a result is made from: the keys under which a running `polku serve`
//! remembers work (see `build::memo`), computed where the inputs are known.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::io;

/// Hashes a value's JSON form without building the text.
pub fn hash_json(hasher: &mut DefaultHasher, value: &impl serde::Serialize) {
    let _ = serde_json::to_writer(HashWriter(hasher), value);
}

/// A hash of a few parts.
pub fn hash_of(parts: &[&dyn HashPart]) -> u64 {
    let mut hasher = DefaultHasher::new();
    for part in parts {
        part.hash_into(&mut hasher);
    }
    hasher.finish()
}

/// Something that goes into a memo key.
pub trait HashPart {
    fn hash_into(&self, hasher: &mut DefaultHasher);
}

impl<T: Hash + ?Sized> HashPart for T {
    fn hash_into(&self, hasher: &mut DefaultHasher) {
        self.hash(hasher);
    }
}

struct HashWriter<'a>(&'a mut DefaultHasher);

impl io::Write for HashWriter<'_> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.write(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
