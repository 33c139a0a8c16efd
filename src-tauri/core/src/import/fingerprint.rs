//! A row's fingerprint, by which an import knows rows it has written
//! before, and the hasher for maps keyed by fingerprints.

/// A 64-bit fingerprint of a row's identifying parts: XXH3-64, a fixed,
/// published algorithm, so a fingerprint never changes between versions
/// (which would make re-imports add rows twice). Not cryptographic: the rows
/// are the creator's own files, and SHA-256 cost a quarter of import time.
pub(crate) fn fingerprint(parts: &[&str]) -> i64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update(&[0x1f]);
    }
    h.digest() as i64
}

/// A hasher for keys that are fingerprints already: uses them as they are.
#[derive(Default, Clone, Copy)]
pub(crate) struct PassThrough(u64);

impl std::hash::Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only i64 keys are hashed with this; fold anything else in anyway.
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*b);
        }
    }
    fn write_i64(&mut self, n: i64) {
        self.0 = n as u64;
    }
}
