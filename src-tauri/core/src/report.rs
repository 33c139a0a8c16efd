//! The figures a creator asks for: balance and its value, progress to the
//! withdrawal threshold, readiness, ETA, statements by period and metrics per
//! session.
//!
//! Everything here is a pure function of a [`Ledger`] snapshot and "now", so
//! the math is tested without a database. Diamonds stay exact; money is
//! rounded once, when a figure is reported ([`Money::rounded`]).

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::dates::{self, Period};
use crate::error::{Error, Result};
use crate::model::{Adjustment, Session, Settings, Withdrawal};
use crate::money::{Diamonds, Money, ROUNDING};
use crate::rates::{Rate, RateTable};
use crate::store::Store;

/// Shortest session, in hours, that per-hour figures are given for.
pub const MIN_HOURS_FOR_RATES: Decimal = Decimal::from_parts(25, 0, 0, false, 2);

/// Days of history the earning pace (and so the ETA) is computed from.
pub const PACE_DAYS: i64 = 30;

/// Everything the reports read, loaded once from a store.
#[derive(Debug, Clone)]
pub struct Ledger {
    /// Sessions with their kept totals, oldest first.
    pub sessions: Vec<Session>,
    /// Withdrawals, oldest first.
    pub withdrawals: Vec<Withdrawal>,
    /// Balance corrections, oldest first.
    pub adjustments: Vec<Adjustment>,
    /// Effective-dated rates (never empty in a store-loaded ledger).
    pub rates: RateTable,
    /// The creator's settings.
    pub settings: Settings,
    /// The creator's time zone.
    pub tz: Tz,
}

impl Ledger {
    /// Loads the snapshot the reports need. Reads per-session totals, never
    /// every gift row.
    pub fn load(store: &Store) -> Result<Ledger> {
        let ledger = Ledger {
            sessions: store.sessions()?,
            withdrawals: store.withdrawals()?,
            adjustments: store.adjustments()?,
            rates: store.rates()?,
            settings: store.settings()?,
            tz: store.tz()?,
        };
        if ledger.rates.all().is_empty() {
            return Err(Error::invalid(
                "rate",
                "no rate is set; add one with `liveledger rate set`",
            ));
        }
        Ok(ledger)
    }

    /// The rate in force at instant `t` (its local day). Panics never: a
    /// loaded ledger has at least one rate; an empty table yields the default.
    pub fn rate_at(&self, t: DateTime<Utc>) -> Rate {
        self.rates
            .on(dates::local_date(t, self.tz))
            .cloned()
            .unwrap_or_else(Rate::default_rate)
    }

    /// The diamonds a session earned: its gifts' coins at the diamonds-per-coin
    /// of its start day, plus any diamonds reported without gifts.
    pub fn session_diamonds(&self, s: &Session) -> Diamonds {
        let rate = self.rate_at(s.started_at);
        s.coins_total.to_diamonds(rate.diamonds_per_coin) + s.reported_diamonds
    }

    /// The exact (unrounded) money value of a session at the rate of its day.
    pub fn session_value(&self, s: &Session) -> Money {
        let rate = self.rate_at(s.started_at);
        self.session_diamonds(s).value(rate.money_per_diamond)
    }
}

/// Where the balance stands and whether it can be withdrawn. Field names are
/// the CLI's `summary --json` contract.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// Diamonds earned by every session.
    pub diamonds_earned: Diamonds,
    /// Diamonds in withdrawals that are pending or paid.
    pub diamonds_withdrawn: Diamonds,
    /// Net diamonds of balance corrections.
    pub diamonds_adjusted: Diamonds,
    /// earned − withdrawn + adjusted.
    pub balance_diamonds: Diamonds,
    /// The balance's money value at today's rate, rounded.
    pub balance_value: Money,
    /// Currency of every money figure.
    pub currency: String,
    /// Today's money per diamond.
    pub money_per_diamond: Decimal,
    /// Today's minimum withdrawal, in money.
    pub min_withdrawal: Money,
    /// The minimum withdrawal in diamonds (rounded up).
    pub threshold_diamonds: Diamonds,
    /// Diamonds still missing to reach the threshold (0 when reached).
    pub to_go_diamonds: Diamonds,
    /// Their money value, rounded.
    pub to_go_value: Money,
    /// balance value ÷ minimum withdrawal, 4 places, not capped.
    pub progress: Decimal,
    /// Whether a withdrawal can be requested now.
    pub ready: bool,
    /// What stands in the way, each with how to clear it.
    pub blockers: Vec<String>,
    /// The local day the threshold is reached at the current pace; today when
    /// already reached; `None` when nothing was earned in the pace window.
    pub eta: Option<NaiveDate>,
    /// Average diamonds a day over the last [`PACE_DAYS`] days.
    pub pace_diamonds_per_day: Decimal,
    /// Diamonds that can be withdrawn today, within the daily maximum.
    pub withdrawable_now_diamonds: Diamonds,
    /// Their money value, rounded.
    pub withdrawable_now_value: Money,
    /// Gross value of withdrawals still pending.
    pub pending_value: Money,
    /// Number of sessions.
    pub sessions: usize,
    /// The day today's rate took effect.
    pub rate_effective_from: NaiveDate,
    /// How money figures are rounded.
    pub rounding: &'static str,
    /// The instant this summary describes.
    pub as_of: DateTime<Utc>,
}

/// The three parts of the diamond balance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Balance {
    /// Diamonds earned by every session.
    pub earned: Diamonds,
    /// Diamonds of withdrawals that are pending or paid.
    pub withdrawn: Diamonds,
    /// Net diamonds of balance corrections.
    pub adjusted: Diamonds,
}

impl Balance {
    /// earned − withdrawn + adjusted.
    pub fn total(&self) -> Diamonds {
        self.earned - self.withdrawn + self.adjusted
    }
}

/// The diamond balance of `ledger`: the one place it is computed.
pub fn balance(ledger: &Ledger) -> Balance {
    Balance {
        earned: ledger
            .sessions
            .iter()
            .map(|s| ledger.session_diamonds(s))
            .sum(),
        withdrawn: ledger
            .withdrawals
            .iter()
            .filter(|w| w.status.takes_diamonds())
            .map(|w| w.diamonds)
            .sum(),
        adjusted: ledger.adjustments.iter().map(|a| a.diamonds).sum(),
    }
}

/// Computes the summary of `ledger` at instant `now`.
pub fn summary(ledger: &Ledger, now: DateTime<Utc>) -> Summary {
    let rate = ledger.rate_at(now);
    let today = dates::local_date(now, ledger.tz);
    let Balance {
        earned,
        withdrawn,
        adjusted,
    } = balance(ledger);
    let balance = earned - withdrawn + adjusted;
    let value = balance.value(rate.money_per_diamond);
    let threshold = Diamonds(rate.threshold_diamonds());
    let to_go = Diamonds((threshold.0 - balance.0).max(Decimal::ZERO));
    let progress = if rate.min_withdrawal.is_zero() {
        Decimal::ONE
    } else {
        (value.0 / rate.min_withdrawal).round_dp(4).normalize()
    };

    let mut blockers = Vec::new();
    let below = value.0 < rate.min_withdrawal;
    if below {
        blockers.push(format!(
            "Below the minimum withdrawal: {} of {} {} — {} diamonds to go. Keep going live.",
            value.rounded(),
            Money(rate.min_withdrawal).rounded(),
            rate.currency,
            to_go.normalize()
        ));
    }
    if !ledger.settings.age_confirmed {
        blockers.push("Age not confirmed: withdrawing needs an 18+ verified account. Confirm it in Settings → Payout.".into());
    }
    if ledger.settings.payout_method.trim().is_empty() {
        blockers.push(
            "No payout method linked. Link one in TikTok, then name it in Settings → Payout."
                .into(),
        );
    }
    let used_today: Money = ledger
        .withdrawals
        .iter()
        .filter(|w| {
            w.status.takes_diamonds() && dates::local_date(w.requested_at, ledger.tz) == today
        })
        .map(|w| w.gross)
        .sum();
    let room_today = rate
        .max_withdrawal_per_day
        .map(|max| (max - used_today.0).max(Decimal::ZERO));
    if let (Some(room), false) = (room_today, below) {
        if room < rate.min_withdrawal {
            blockers.push(format!(
                "Today's withdrawal maximum of {} {} is used up. Try again tomorrow.",
                Money(rate.max_withdrawal_per_day.unwrap_or_default()).rounded(),
                rate.currency
            ));
        }
    }
    let ready = blockers.is_empty();
    let withdrawable = if ready {
        let cap = room_today.map(|room| (room / rate.money_per_diamond).floor());
        let whole_balance = balance.0.floor();
        Diamonds(
            cap.map_or(whole_balance, |c| c.min(whole_balance))
                .max(Decimal::ZERO),
        )
    } else {
        Diamonds::ZERO
    };

    let window_start = now - Duration::days(PACE_DAYS);
    let recent: Diamonds = ledger
        .sessions
        .iter()
        .filter(|s| s.started_at > window_start && s.started_at <= now)
        .map(|s| ledger.session_diamonds(s))
        .sum();
    let pace = recent.0 / Decimal::from(PACE_DAYS);
    let eta = if to_go.0.is_zero() {
        Some(today)
    } else if pace > Decimal::ZERO {
        let days = (to_go.0 / pace).ceil();
        days.try_into()
            .ok()
            .and_then(|d: u64| today.checked_add_days(chrono::Days::new(d)))
    } else {
        None
    };
    let pending: Money = ledger
        .withdrawals
        .iter()
        .filter(|w| w.status == crate::model::WithdrawalStatus::Pending)
        .map(|w| w.gross)
        .sum();

    Summary {
        diamonds_earned: earned.normalize(),
        diamonds_withdrawn: withdrawn.normalize(),
        diamonds_adjusted: adjusted.normalize(),
        balance_diamonds: balance.normalize(),
        balance_value: value.rounded(),
        currency: rate.currency.clone(),
        money_per_diamond: rate.money_per_diamond.normalize(),
        min_withdrawal: Money(rate.min_withdrawal).rounded(),
        threshold_diamonds: threshold.normalize(),
        to_go_diamonds: to_go.normalize(),
        to_go_value: to_go.value(rate.money_per_diamond).rounded(),
        progress,
        ready,
        blockers,
        eta,
        pace_diamonds_per_day: pace.round_dp(2).normalize(),
        withdrawable_now_diamonds: withdrawable.normalize(),
        withdrawable_now_value: withdrawable.value(rate.money_per_diamond).rounded(),
        pending_value: pending.rounded(),
        sessions: ledger.sessions.len(),
        rate_effective_from: rate.effective_from,
        rounding: ROUNDING,
        as_of: now,
    }
}

/// One line of a statement: what happened in one period.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PeriodRow {
    /// `2026-03-01`, `2026-W09`, `2026-03` or `2026`.
    pub period: String,
    /// The period's first local day.
    pub start: NaiveDate,
    /// Sessions started in the period.
    pub sessions: i64,
    /// Hours live, 2 places.
    pub hours_live: Decimal,
    /// Gifts received (sum of counts).
    pub gifts: i64,
    /// Coins of those gifts.
    pub coins: i64,
    /// Diamonds earned.
    pub diamonds: Diamonds,
    /// Their money value at the rate of each session's day, rounded.
    pub value: Money,
    /// Diamonds withdrawn (pending or paid).
    pub withdrawn_diamonds: Diamonds,
    /// Gross money of those withdrawals.
    pub withdrawn_gross: Money,
    /// Fees of those withdrawals.
    pub fees: Money,
    /// Net money of withdrawals marked paid.
    pub net_paid: Money,
    /// Net diamonds of balance corrections.
    pub adjusted_diamonds: Diamonds,
    /// Diamond balance at the end of the period.
    pub closing_balance: Diamonds,
}

/// A statement: one row per period from the first activity to the last, with
/// no gaps (quiet periods appear with zeros).
pub fn statement(ledger: &Ledger, by: Period) -> Vec<PeriodRow> {
    let tz = ledger.tz;
    let bucket = |t: DateTime<Utc>| by.start_of(dates::local_date(t, tz));
    let mut rows: BTreeMap<NaiveDate, PeriodRow> = BTreeMap::new();
    let mut exact_value: BTreeMap<NaiveDate, Money> = BTreeMap::new();
    for s in &ledger.sessions {
        let key = bucket(s.started_at);
        let row = rows.entry(key).or_default();
        row.sessions += 1;
        row.hours_live += hours(s);
        row.gifts += s.gift_count;
        row.coins += s.coins_total.0;
        row.diamonds += ledger.session_diamonds(s);
        *exact_value.entry(key).or_default() += ledger.session_value(s);
    }
    for w in ledger
        .withdrawals
        .iter()
        .filter(|w| w.status.takes_diamonds())
    {
        let row = rows.entry(bucket(w.requested_at)).or_default();
        row.withdrawn_diamonds += w.diamonds;
        row.withdrawn_gross += w.gross;
        row.fees += w.fee;
        if w.status == crate::model::WithdrawalStatus::Paid {
            row.net_paid += w.net;
        }
    }
    for a in &ledger.adjustments {
        rows.entry(bucket(a.at)).or_default().adjusted_diamonds += a.diamonds;
    }
    let (Some(&first), Some(&last)) = (rows.keys().next(), rows.keys().next_back()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut balance = Diamonds::ZERO;
    let mut day = first;
    while day <= last {
        let mut row = rows.remove(&day).unwrap_or_default();
        row.start = day;
        row.period = by.label(day);
        row.hours_live = row.hours_live.round_dp(2).normalize();
        row.value = exact_value.get(&day).copied().unwrap_or_default().rounded();
        row.withdrawn_gross = row.withdrawn_gross.rounded();
        row.fees = row.fees.rounded();
        row.net_paid = row.net_paid.rounded();
        balance = balance + row.diamonds - row.withdrawn_diamonds + row.adjusted_diamonds;
        row.closing_balance = balance.normalize();
        row.diamonds = row.diamonds.normalize();
        row.withdrawn_diamonds = row.withdrawn_diamonds.normalize();
        row.adjusted_diamonds = row.adjusted_diamonds.normalize();
        out.push(row);
        day = by.next(day);
    }
    out
}

/// Hours a session lasted (0 while it is running or when the end is unknown).
pub fn hours(s: &Session) -> Decimal {
    match s.ended_at {
        Some(end) => Decimal::from((end - s.started_at).num_seconds()) / Decimal::from(3600),
        None => Decimal::ZERO,
    }
}

/// A session with the figures that answer "what is an hour, a viewer worth?".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SessionMetrics {
    /// The session itself.
    #[serde(flatten)]
    pub session: Session,
    /// Its local start day.
    pub day: NaiveDate,
    /// Hours live, 2 places.
    pub hours: Decimal,
    /// Diamonds earned.
    pub diamonds: Diamonds,
    /// Their value at the rate of the day, rounded.
    pub value: Money,
    /// Diamonds per hour live, 2 places; `None` under [`MIN_HOURS_FOR_RATES`].
    pub diamonds_per_hour: Option<Decimal>,
    /// Money per hour live, rounded.
    pub value_per_hour: Option<Money>,
    /// Money per viewer, 4 places (a viewer is usually worth fractions of a cent).
    pub value_per_viewer: Option<Decimal>,
    /// Money per 1,000 viewers, rounded.
    pub value_per_1000_viewers: Option<Money>,
    /// Currency of the money figures.
    pub currency: String,
}

/// The metrics of every session, oldest first.
pub fn session_metrics(ledger: &Ledger) -> Vec<SessionMetrics> {
    ledger
        .sessions
        .iter()
        .map(|s| metrics_of(ledger, s))
        .collect()
}

/// The metrics of session `id`, loading only that session (a live tally asks
/// this after every tap).
pub fn session_metrics_for(store: &Store, id: i64) -> Result<SessionMetrics> {
    let ledger = Ledger {
        sessions: vec![store.session(id)?],
        withdrawals: Vec::new(),
        adjustments: Vec::new(),
        rates: store.rates()?,
        settings: store.settings()?,
        tz: store.tz()?,
    };
    Ok(metrics_of(&ledger, &ledger.sessions[0]))
}

/// The metrics of one session.
pub fn metrics_of(ledger: &Ledger, s: &Session) -> SessionMetrics {
    let rate = ledger.rate_at(s.started_at);
    let h = hours(s);
    let diamonds = ledger.session_diamonds(s);
    let value = ledger.session_value(s);
    // Under a quarter hour a rate per hour says nothing (an imported log's
    // session may span seconds, from its first gift to its last).
    let timed = h >= MIN_HOURS_FOR_RATES;
    let per_hour = timed.then(|| (diamonds.0 / h).round_dp(2).normalize());
    let value_per_hour = timed.then(|| Money(value.0 / h).rounded());
    let viewers = s
        .unique_viewers
        .or(s.peak_viewers)
        .filter(|v| *v > 0)
        .map(Decimal::from);
    SessionMetrics {
        day: dates::local_date(s.started_at, ledger.tz),
        hours: h.round_dp(2).normalize(),
        diamonds: diamonds.normalize(),
        value: value.rounded(),
        diamonds_per_hour: per_hour,
        value_per_hour,
        value_per_viewer: viewers.map(|v| (value.0 / v).round_dp(4).normalize()),
        value_per_1000_viewers: viewers.map(|v| Money(value.0 * Decimal::from(1000) / v).rounded()),
        currency: rate.currency,
        session: s.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::WithdrawalStatus;
    use crate::money::Coins;
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    fn t(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn session(id: i64, start: &str, hours: i64, coins: i64) -> Session {
        let started_at = t(start);
        Session {
            id,
            started_at,
            ended_at: Some(started_at + Duration::hours(hours)),
            title: String::new(),
            peak_viewers: None,
            unique_viewers: Some(200),
            likes: None,
            new_followers: None,
            notes: String::new(),
            import_id: None,
            reported_diamonds: Diamonds::ZERO,
            coins_total: Coins(coins),
            gift_count: coins,
        }
    }

    fn withdrawal(at: &str, diamonds: Decimal, status: WithdrawalStatus) -> Withdrawal {
        let gross = Diamonds(diamonds).value(dec!(0.005)).rounded();
        Withdrawal {
            id: 0,
            requested_at: t(at),
            diamonds: Diamonds(diamonds),
            gross,
            fee: Money::ZERO,
            net: gross,
            method: "PayPal".into(),
            status,
            reference: String::new(),
        }
    }

    fn ledger(sessions: Vec<Session>) -> Ledger {
        Ledger {
            sessions,
            withdrawals: vec![],
            adjustments: vec![],
            rates: RateTable::new(vec![Rate::default_rate()]),
            settings: Settings {
                timezone: "UTC".into(),
                age_confirmed: true,
                payout_method: "PayPal".into(),
                session_gap_minutes: 30,
            },
            tz: Tz::UTC,
        }
    }

    #[test]
    fn summary_by_hand() {
        // 1,500 coins over two sessions in the last 30 days at 1 diamond/coin,
        // $0.005/diamond, $10 minimum = 2,000 diamonds.
        let l = ledger(vec![
            session(1, "2026-11-01T18:00:00Z", 2, 1000),
            session(2, "2026-11-20T18:00:00Z", 1, 500),
        ]);
        let s = summary(&l, t("2026-11-25T12:00:00Z"));
        assert_eq!(s.balance_diamonds, Diamonds(dec!(1500)));
        assert_eq!(s.balance_value.to_string(), "7.50");
        assert_eq!(s.threshold_diamonds, Diamonds(dec!(2000)));
        assert_eq!(s.to_go_diamonds, Diamonds(dec!(500)));
        assert_eq!(s.progress, dec!(0.75));
        assert!(!s.ready);
        assert_eq!(s.blockers.len(), 1);
        assert!(
            s.blockers[0].contains("500 diamonds to go"),
            "{:?}",
            s.blockers
        );
        // Pace: 1,500 / 30 = 50 a day; 500 to go = 10 days.
        assert_eq!(s.pace_diamonds_per_day, dec!(50));
        assert_eq!(s.eta, Some("2026-12-05".parse().unwrap()));
        assert_eq!(s.withdrawable_now_diamonds, Diamonds::ZERO);
    }

    #[test]
    fn ready_and_capped_by_the_daily_maximum() {
        // 300,000 diamonds = $1,500; the daily maximum is $1,000.
        let mut l = ledger(vec![session(1, "2026-11-01T18:00:00Z", 2, 300_000)]);
        let s = summary(&l, t("2026-11-25T12:00:00Z"));
        assert!(s.ready, "{:?}", s.blockers);
        assert_eq!(s.withdrawable_now_diamonds, Diamonds(dec!(200000)));
        assert_eq!(s.withdrawable_now_value.to_string(), "1000.00");
        assert_eq!(s.eta, Some("2026-11-25".parse().unwrap()));
        // After withdrawing $1,000 today, nothing more today.
        l.withdrawals.push(withdrawal(
            "2026-11-25T09:00:00Z",
            dec!(200000),
            WithdrawalStatus::Pending,
        ));
        let s = summary(&l, t("2026-11-25T12:00:00Z"));
        assert!(!s.ready);
        assert!(s.blockers[0].contains("maximum"), "{:?}", s.blockers);
        assert_eq!(s.balance_diamonds, Diamonds(dec!(100000)));
        assert_eq!(s.pending_value.to_string(), "1000.00");
    }

    #[test]
    fn prerequisites_block_and_say_how() {
        let mut l = ledger(vec![session(1, "2026-11-01T18:00:00Z", 2, 5000)]);
        l.settings.age_confirmed = false;
        l.settings.payout_method.clear();
        let s = summary(&l, t("2026-11-25T12:00:00Z"));
        assert!(!s.ready);
        assert_eq!(s.blockers.len(), 2);
        assert!(s.blockers.iter().all(|b| b.contains("Settings")));
    }

    #[test]
    fn no_recent_earnings_means_no_eta() {
        let l = ledger(vec![session(1, "2026-01-01T18:00:00Z", 2, 10)]);
        let s = summary(&l, t("2026-11-25T12:00:00Z"));
        assert_eq!(s.eta, None);
        assert_eq!(s.pace_diamonds_per_day, Decimal::ZERO);
    }

    #[test]
    fn sessions_keep_the_rate_of_their_day() {
        let mut l = ledger(vec![
            session(1, "2026-02-28T18:00:00Z", 1, 1000),
            session(2, "2026-03-01T18:00:00Z", 1, 1000),
        ]);
        l.rates = RateTable::new(vec![
            Rate::default_rate(),
            Rate {
                effective_from: "2026-03-01".parse().unwrap(),
                diamonds_per_coin: dec!(0.5),
                ..Rate::default_rate()
            },
        ]);
        assert_eq!(l.session_diamonds(&l.sessions[0]), Diamonds(dec!(1000)));
        assert_eq!(l.session_diamonds(&l.sessions[1]), Diamonds(dec!(500)));
    }

    #[test]
    fn statement_buckets_in_the_creators_zone() {
        // 23:30 UTC on Feb 28 is already March 1 in Berlin.
        let mut l = ledger(vec![
            session(1, "2026-02-28T23:30:00Z", 1, 100),
            session(2, "2026-04-02T10:00:00Z", 1, 50),
        ]);
        let rows = statement(&l, Period::Month);
        assert_eq!(
            rows.iter().map(|r| r.period.as_str()).collect::<Vec<_>>(),
            ["2026-02", "2026-03", "2026-04"]
        );
        assert_eq!(rows[1].sessions, 0); // a quiet month still shows
        l.tz = "Europe/Berlin".parse().unwrap();
        let rows = statement(&l, Period::Month);
        assert_eq!(
            rows.iter().map(|r| r.period.as_str()).collect::<Vec<_>>(),
            ["2026-03", "2026-04"]
        );
        assert_eq!(rows[0].diamonds, Diamonds(dec!(100)));
        assert_eq!(rows[1].closing_balance, Diamonds(dec!(150)));
        assert_eq!(rows[0].hours_live, dec!(1));
    }

    #[test]
    fn per_view_and_per_hour() {
        let l = ledger(vec![session(1, "2026-11-01T18:00:00Z", 2, 10_000)]);
        let m = metrics_of(&l, &l.sessions[0]);
        // 10,000 diamonds = $50 over 2 hours and 200 viewers.
        assert_eq!(m.value.to_string(), "50.00");
        assert_eq!(m.diamonds_per_hour, Some(dec!(5000)));
        assert_eq!(m.value_per_hour.unwrap().to_string(), "25.00");
        assert_eq!(m.value_per_viewer, Some(dec!(0.25)));
        assert_eq!(m.value_per_1000_viewers.unwrap().to_string(), "250.00");
        let mut short = l.sessions[0].clone();
        short.ended_at = Some(short.started_at + Duration::minutes(10));
        let m = metrics_of(&l, &short);
        assert_eq!(m.diamonds_per_hour, None, "ten minutes give no hourly rate");
        assert!(
            m.value_per_1000_viewers.is_some(),
            "per-viewer figures do not depend on time"
        );
    }

    fn arb_ledger() -> impl Strategy<Value = Ledger> {
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

    proptest! {
        #[test]
        fn balance_is_earned_minus_withdrawn_plus_adjusted(l in arb_ledger()) {
            let s = summary(&l, t("2026-11-25T12:00:00Z"));
            let earned: Decimal = l.sessions.iter().map(|x| l.session_diamonds(x).0).sum();
            let withdrawn: Decimal = l.withdrawals.iter()
                .filter(|w| matches!(w.status, WithdrawalStatus::Pending | WithdrawalStatus::Paid))
                .map(|w| w.diamonds.0).sum();
            let adjusted: Decimal = l.adjustments.iter().map(|a| a.diamonds.0).sum();
            prop_assert_eq!(s.balance_diamonds.0, earned - withdrawn + adjusted);
            prop_assert_eq!(s.diamonds_earned.0, earned);
            prop_assert_eq!(s.diamonds_withdrawn.0, withdrawn);
        }

        #[test]
        fn statements_add_up_to_the_summary(l in arb_ledger(), by in prop::sample::select(vec![Period::Day, Period::Week, Period::Month, Period::Year])) {
            let s = summary(&l, t("2026-11-25T12:00:00Z"));
            let rows = statement(&l, by);
            let earned: Decimal = rows.iter().map(|r| r.diamonds.0).sum();
            prop_assert_eq!(earned, s.diamonds_earned.0);
            let closing = rows.last().map(|r| r.closing_balance.0).unwrap_or_default();
            prop_assert_eq!(closing, s.balance_diamonds.0);
            let sessions: i64 = rows.iter().map(|r| r.sessions).sum();
            prop_assert_eq!(sessions as usize, l.sessions.len());
            // Periods are contiguous and ordered.
            for pair in rows.windows(2) {
                prop_assert_eq!(by.next(pair[0].start), pair[1].start);
            }
        }

        #[test]
        fn withdrawable_never_exceeds_balance(l in arb_ledger()) {
            let s = summary(&l, t("2026-11-25T12:00:00Z"));
            prop_assert!(s.withdrawable_now_diamonds.0 <= s.balance_diamonds.0.max(Decimal::ZERO));
            prop_assert!(s.withdrawable_now_diamonds.0 >= Decimal::ZERO);
            prop_assert_eq!(s.ready, s.blockers.is_empty());
        }
    }
}

/// Whether a top list ranks gifts or the people who sent them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TopBy {
    /// Gift names.
    Gift,
    /// Senders.
    Sender,
}

/// One line of a top list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopRow {
    /// The gift or sender (plain text, never markup).
    pub name: String,
    /// Gifts (sum of counts).
    pub gifts: i64,
    /// Coins of those gifts: the ranking is by what viewers spent, which does
    /// not depend on the rate each session had.
    pub coins: i64,
    /// Share of all coins received as gift rows, 0 to 1, 4 places.
    pub share: Decimal,
}

/// The `limit` gifts or senders that brought the most coins. Reads the kept
/// per-name totals (one index range), never the gift rows.
pub fn top(store: &Store, ledger: &Ledger, by: TopBy, limit: usize) -> Result<Vec<TopRow>> {
    let kind = match by {
        TopBy::Gift => "gift",
        TopBy::Sender => "sender",
    };
    let all: i64 = ledger.sessions.iter().map(|s| s.coins_total.0).sum();
    let mut stmt = store.conn.prepare_cached(
        "SELECT name, gifts, coins FROM name_totals WHERE kind = ?1 ORDER BY coins DESC, name LIMIT ?2",
    )?;
    let rows = stmt.query_map(rusqlite::params![kind, limit as i64], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, i64>(2)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (name, gifts, coins) = row?;
        let share = if all == 0 {
            Decimal::ZERO
        } else {
            (Decimal::from(coins) / Decimal::from(all))
                .round_dp(4)
                .normalize()
        };
        out.push(TopRow {
            name,
            gifts,
            coins,
            share,
        });
    }
    Ok(out)
}

/// Everything the dashboard shows, in one call.
#[derive(Debug, Clone, Serialize)]
pub struct Dashboard {
    /// Balance, threshold, readiness, ETA.
    pub summary: Summary,
    /// One row per local day from the first activity to the last.
    pub daily: Vec<PeriodRow>,
    /// Per-session metrics, oldest first.
    pub sessions: Vec<SessionMetrics>,
    /// Gifts that brought the most diamonds.
    pub top_gifts: Vec<TopRow>,
    /// Supporters who sent the most diamonds.
    pub top_supporters: Vec<TopRow>,
    /// Withdrawals, for marking the balance chart.
    pub withdrawals: Vec<Withdrawal>,
    /// The creator's time zone.
    pub timezone: String,
}

/// Computes the dashboard of `store` at `now`.
pub fn dashboard(store: &Store, now: DateTime<Utc>) -> Result<Dashboard> {
    let ledger = Ledger::load(store)?;
    Ok(Dashboard {
        summary: summary(&ledger, now),
        daily: statement(&ledger, Period::Day),
        sessions: session_metrics(&ledger),
        top_gifts: top(store, &ledger, TopBy::Gift, 10)?,
        top_supporters: top(store, &ledger, TopBy::Sender, 10)?,
        withdrawals: ledger.withdrawals.clone(),
        timezone: ledger.settings.timezone.clone(),
    })
}
