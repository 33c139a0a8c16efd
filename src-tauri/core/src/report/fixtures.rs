//! Ledgers built by hand for the report tests, and random ones for the
//! property tests.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::model::{Adjustment, Session, Settings, Withdrawal, WithdrawalStatus};
use crate::money::{Coins, Diamonds, Money};
use crate::rates::{Rate, RateTable};
use crate::snapshot::{Snapshot, TopNames};

/// An instant from its RFC 3339 text.
pub(crate) fn t(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

/// Session `id` of `hours` hours from `start`, one coin a gift, 200 viewers.
pub(crate) fn session(id: i64, start: &str, hours: i64, coins: i64) -> Session {
    let started_at = t(start);
    Session {
        id,
        started_at,
        ended_at: Some(started_at + Duration::hours(hours)),
        title: String::new(),
        title_said: None,
        peak_viewers: None,
        unique_viewers: Some(200),
        likes: None,
        new_followers: None,
        notes: String::new(),
        import_id: None,
        reported_diamonds: Diamonds::ZERO,
        coins_total: Coins(coins),
        gift_count: coins,
        rate: None,
    }
}

/// A withdrawal of `diamonds` at $0.005 a diamond, no fee.
pub(crate) fn withdrawal(at: &str, diamonds: Decimal, status: WithdrawalStatus) -> Withdrawal {
    let gross = Diamonds(diamonds).value(dec!(0.005)).unwrap().rounded();
    Withdrawal {
        id: 0,
        requested_at: t(at),
        diamonds: Diamonds(diamonds),
        gross,
        currency: "USD".into(),
        fee: Money::ZERO,
        net: gross,
        method: "PayPal".into(),
        status,
        reference: String::new(),
    }
}

/// A ledger of `sessions` in UTC at the default rate, ready to withdraw.
pub(crate) fn ledger(sessions: Vec<Session>) -> Snapshot {
    Snapshot {
        sessions,
        withdrawals: vec![],
        adjustments: vec![],
        rates: RateTable::new(vec![Rate::default_rate()]),
        settings: Settings {
            timezone: "UTC".into(),
            age_confirmed: true,
            payout_method: "PayPal".into(),
            session_gap_minutes: 30,
            setup_done: true,
            language: String::new(),
        },
        tz: Tz::UTC,
        top_names: TopNames::default(),
    }
}

/// Random sessions, withdrawals and corrections over four years, with a
/// rate change in 2022.
pub(crate) fn arb_ledger() -> impl Strategy<Value = Snapshot> {
    let sessions = prop::collection::vec((0i64..2000, 0i64..50_000, 0u32..5000), 0..30);
    let withdrawals = prop::collection::vec((0i64..2000, 1u32..100_000, 0usize..4), 0..10);
    let adjustments = prop::collection::vec((0i64..2000, -5000i32..5000), 0..5);
    (sessions, withdrawals, adjustments).prop_map(|(ss, ws, adj)| {
        let base = t("2022-01-01T00:00:00Z");
        let mut l = ledger(
            ss.iter()
                .enumerate()
                .map(|(i, &(day, coins, rep))| {
                    let mut s = session(i as i64, "2022-01-01T00:00:00Z", 1, coins);
                    s.started_at = base + Duration::hours(day * 13);
                    s.ended_at = Some(s.started_at + Duration::minutes(90));
                    s.reported_diamonds = Diamonds(Decimal::from(rep));
                    s
                })
                .collect(),
        );
        let statuses = [
            WithdrawalStatus::Pending,
            WithdrawalStatus::Paid,
            WithdrawalStatus::Failed,
            WithdrawalStatus::Cancelled,
        ];
        l.withdrawals = ws
            .iter()
            .map(|&(day, d, st)| {
                let mut w = withdrawal("2022-01-01T00:00:00Z", Decimal::from(d), statuses[st]);
                w.requested_at = base + Duration::hours(day * 11);
                w
            })
            .collect();
        l.adjustments = adj
            .iter()
            .map(|&(day, d)| Adjustment {
                id: 0,
                at: base + Duration::hours(day * 7),
                diamonds: Diamonds(Decimal::from(d)),
                reason: "test".into(),
            })
            .collect();
        l.rates = RateTable::new(vec![
            Rate::default_rate(),
            Rate {
                effective_from: "2022-06-01".parse().unwrap(),
                diamonds_per_coin: dec!(0.5),
                ..Rate::default_rate()
            },
        ]);
        l
    })
}
