//! The hasher for maps keyed by fingerprints (the fingerprint itself is
//! `events::identity::fingerprint`, one rule for every road).

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
