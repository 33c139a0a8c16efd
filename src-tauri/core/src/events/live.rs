//! The one rule for which live a gift joins: the live whose span it falls
//! within the gap of, before or after. An import groups a file's gifts by
//! it and live capture places each event by it; the store's lookup of an
//! existing session that covers a gift (`session_for_gift_at`) is its SQL
//! form.

/// Whether a gift at `at_ms` joins a live whose gifts span
/// `start_ms..=last_ms`: no more than `gap_ms` before its start or after its
/// last gift.
pub fn joins(at_ms: i64, start_ms: i64, last_ms: i64, gap_ms: i64) -> bool {
    at_ms >= start_ms.saturating_sub(gap_ms) && at_ms <= last_ms.saturating_add(gap_ms)
}

#[cfg(test)]
mod tests {
    use super::joins;

    #[test]
    fn a_gift_joins_within_the_gap_on_either_side() {
        assert!(joins(100, 100, 200, 0));
        assert!(joins(250, 100, 200, 50));
        assert!(joins(50, 100, 200, 50));
        assert!(!joins(251, 100, 200, 50));
        assert!(!joins(49, 100, 200, 50));
        assert!(joins(i64::MAX, 0, i64::MAX - 1, i64::MAX));
    }
}
