//! What is worth flagging in the withdrawals already recorded.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::money::{Diamonds, Money};
use crate::snapshot::Snapshot;

/// What a withdrawal of some diamonds would bring on a day, shown as the
/// creator types ("100 diamonds ≈ $0.50"), by the rule that records it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Quote {
    /// The diamonds asked about.
    pub diamonds: Diamonds,
    /// What they bring at that day's rate, rounded ([`Rate::gross_of`](crate::rates::Rate::gross_of)).
    pub gross: Money,
    /// That day's currency.
    pub currency: String,
    /// That day's minimum withdrawal.
    pub minimum: Money,
    /// Whether `gross` is below it: TikTok would not pay it out.
    pub below_minimum: bool,
}

/// What withdrawing `diamonds` at `at` would bring; `None` on overflow.
pub fn quote(ledger: &Snapshot, diamonds: Diamonds, at: DateTime<Utc>) -> Option<Quote> {
    let rate = ledger.rate_at(at);
    let gross = rate.gross_of(diamonds)?;
    Some(Quote {
        diamonds: diamonds.normalize(),
        gross,
        minimum: Money(rate.min_withdrawal).rounded(),
        below_minimum: rate.below_minimum(gross),
        currency: rate.currency,
    })
}

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
    fn a_quote_is_what_recording_would_bring() {
        let l = ledger(vec![]);
        let q = quote(
            &l,
            Diamonds(dec!(100)),
            crate::report::fixtures::t("2026-11-02T09:00:00Z"),
        )
        .unwrap();
        assert_eq!(
            (q.gross.to_string(), q.currency.as_str()),
            ("0.50".into(), "USD")
        );
        assert!(q.below_minimum);
        let q = quote(
            &l,
            Diamonds(dec!(1999)),
            crate::report::fixtures::t("2026-11-02T09:00:00Z"),
        )
        .unwrap();
        // 9.995 rounds to 10.00 as recorded, which is not below 10.00.
        assert_eq!(q.gross.to_string(), "10.00");
        assert!(!q.below_minimum);
    }

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
