//! The messages a file already gave, by their key (`cells::message_key`):
//! a message delivered twice (a reconnect replay, a logger that wrote it
//! twice) counts once. The last [`WINDOW`] keys are kept, so memory is
//! bounded however long the log; a re-delivery comes within seconds, far
//! closer than that.

use std::collections::VecDeque;

use rustc_hash::FxHashSet;

/// Keys remembered at most.
pub(crate) const WINDOW: usize = 1 << 16;

/// The last [`WINDOW`] message keys read.
#[derive(Default)]
pub(crate) struct SeenMessages {
    set: FxHashSet<i64>,
    order: VecDeque<i64>,
}

impl SeenMessages {
    /// Whether `key` is read for the first time (it is remembered from now on).
    pub(crate) fn first_time(&mut self, key: i64) -> bool {
        if !self.set.insert(key) {
            return false;
        }
        if self.order.len() == WINDOW {
            if let Some(old) = self.order.pop_front() {
                self.set.remove(&old);
            }
        }
        self.order.push_back(key);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_counts_once_within_the_window_and_memory_stays_bounded() {
        let mut seen = SeenMessages::default();
        assert!(seen.first_time(1));
        assert!(!seen.first_time(1));
        for k in 2..(WINDOW as i64 + 10) {
            assert!(seen.first_time(k));
        }
        assert!(seen.set.len() <= WINDOW && seen.order.len() <= WINDOW);
        // Far behind the window, it is read again.
        assert!(seen.first_time(1));
    }
}
