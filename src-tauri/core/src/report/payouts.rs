//! What is worth flagging in the withdrawals already recorded.

use serde::Serialize;

use crate::money::Money;
use crate::snapshot::Snapshot;

/// A recorded withdrawal whose gross is below the minimum withdrawal in force
/// on its day: TikTok would not have paid it, so it was recorded on purpose
/// (confirmed) and is shown flagged.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct BelowMinimum {
    /// The withdrawal's id.
    pub id: i64,
    /// The minimum in force on its day, in `currency`.
    pub minimum: Money,
    /// The currency of that day's rate.
    pub currency: String,
}

/// Every withdrawal below the minimum of its own day (the rule the store
/// asks before recording one, [`Rate::below_minimum`](crate::rates::Rate::below_minimum)).
pub fn below_minimum(ledger: &Snapshot) -> Vec<BelowMinimum> {
    ledger
        .withdrawals
        .iter()
        .filter_map(|w| {
            let rate = ledger.rate_at(w.requested_at);
            rate.below_minimum(w.gross).then(|| BelowMinimum {
                id: w.id,
                minimum: Money(rate.min_withdrawal).rounded(),
                currency: rate.currency,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::WithdrawalStatus;
    use crate::report::fixtures::{ledger, session, withdrawal};
    use rust_decimal_macros::dec;

    #[test]
    fn a_withdrawal_below_its_days_minimum_is_flagged() {
        let mut l = ledger(vec![session(1, "2026-11-01T18:00:00Z", 1, 5000)]);
        // 100 diamonds = $0.50 and 2,000 diamonds = $10.00 against $10.00.
        let mut small = withdrawal("2026-11-02T09:00:00Z", dec!(100), WithdrawalStatus::Paid);
        small.id = 7;
        let mut enough = withdrawal("2026-11-03T09:00:00Z", dec!(2000), WithdrawalStatus::Paid);
        enough.id = 8;
        l.withdrawals = vec![small, enough];
        let flagged = below_minimum(&l);
        assert_eq!(flagged.len(), 1);
        assert_eq!(flagged[0].id, 7);
        assert_eq!(flagged[0].minimum.to_string(), "10.00");
    }
}
