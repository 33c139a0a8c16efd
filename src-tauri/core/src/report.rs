//! The figures a creator asks for: balance and its value, progress to the
//! withdrawal threshold, readiness, ETA, statements by period and metrics per
//! session.
//!
//! Everything here is a pure function of a [`Snapshot`] and "now", so
//! the math is tested without a database. Diamonds stay exact; money is
//! rounded once, when a figure is reported ([`Money::rounded`]).

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::dates::{self, Period};
use crate::error::{Error, Result};
use crate::model::{Session, Withdrawal};
use crate::money::{Amounts, Diamonds, Money, ROUNDING};
use crate::store::Store;
pub use crate::store::{Balance, Snapshot};

/// Shortest session, in hours, that per-hour figures are given for.
pub const MIN_HOURS_FOR_PER_HOUR: Decimal = Decimal::from_parts(25, 0, 0, false, 2);

/// Days of history the earning pace (and so the ETA) is computed from.
pub const PACE_DAYS: i64 = 30;

/// Where the balance stands and whether it can be withdrawn. Field names are
/// the CLI's `summary --json` contract.
///
/// The balance's value is at TODAY's rate (what a withdrawal now would
/// bring); statements value each session at its own day's rate (what it
/// earned then). The two differ when the rate changed in between.
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
    /// The same value beside the minimum: with as many places as it takes
    /// not to read as the minimum while below it ("9.995", not "10.00").
    pub balance_value_vs_minimum: Decimal,
    /// Currency of today's rate: of `balance_value`, `min_withdrawal`,
    /// `to_go_value` and `withdrawable_now_value`.
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
    /// balance value ÷ minimum withdrawal, 4 places, not capped, never
    /// below 0 (a negative balance is a blocker, not a negative progress).
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
    /// Days of history the pace is computed from ([`PACE_DAYS`]).
    pub pace_days: i64,
    /// Diamonds that can be withdrawn today, within the daily maximum.
    pub withdrawable_now_diamonds: Diamonds,
    /// Their money value, rounded.
    pub withdrawable_now_value: Money,
    /// Gross value of withdrawals still pending, per currency (each in the
    /// currency of its own day; never added across currencies).
    pub pending: Amounts,
    /// Number of sessions.
    pub sessions: usize,
    /// The day today's rate took effect.
    pub rate_effective_from: NaiveDate,
    /// How money figures are rounded.
    pub rounding: &'static str,
    /// The instant this summary describes.
    pub as_of: DateTime<Utc>,
}

/// `value` with as many decimals as it takes to differ from `limit` when it
/// is below it (so "9.995 of 10.00" instead of "10.00 of 10.00"), 2 at least.
fn money_below(value: Decimal, limit: Decimal) -> String {
    let limit_shown = Money(limit).rounded().to_string();
    for dp in 2..=8 {
        let mut v = value.round_dp_with_strategy(dp, rust_decimal::RoundingStrategy::ToZero);
        v.rescale(dp);
        if v.to_string() != limit_shown || dp == 8 {
            return v.to_string();
        }
    }
    Money(value).rounded().to_string()
}

/// Computes the summary of `ledger` at instant `now`.
pub fn summary(ledger: &Snapshot, now: DateTime<Utc>) -> Result<Summary> {
    let rate = ledger.rate_at(now);
    let today = dates::local_date(now, ledger.tz);
    let parts = ledger.balance()?;
    let balance = parts.total()?;
    let overflow = || Error::overflow("the balance's value");
    let value = balance.value(rate.money_per_diamond).ok_or_else(overflow)?;
    let threshold = Diamonds(rate.threshold_diamonds());
    let to_go = Diamonds(
        threshold
            .checked_sub(balance)
            .ok_or_else(overflow)?
            .0
            .max(Decimal::ZERO),
    );
    let progress = if rate.min_withdrawal.is_zero() {
        Decimal::ONE
    } else {
        (value.0 / rate.min_withdrawal)
            .round_dp(4)
            .max(Decimal::ZERO)
            .normalize()
    };

    let mut blockers = Vec::new();
    let negative = balance.0 < Decimal::ZERO;
    if negative {
        blockers.push(format!(
            "The balance is negative ({} diamonds): more was withdrawn or corrected than earned. \
             Check the withdrawals, or enter your TikTok wallet's balance under Reconcile.",
            balance.normalize()
        ));
    }
    let below = value.0 < rate.min_withdrawal;
    if below && !negative {
        blockers.push(format!(
            "Below the minimum withdrawal: {} of {} {} — {} to go. Keep going live.",
            money_below(value.0, rate.min_withdrawal),
            Money(rate.min_withdrawal).rounded(),
            rate.currency,
            crate::money::diamonds_word(to_go)
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
    let used_today = ledger.gross_withdrawn_on(today)?;
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
    let mut recent = Diamonds::ZERO;
    for s in ledger
        .sessions
        .iter()
        .filter(|s| s.started_at > window_start && s.started_at <= now)
    {
        recent = recent
            .checked_add(ledger.session_diamonds(s)?)
            .ok_or_else(|| Error::overflow("the recent pace"))?;
    }
    let pace = recent.0 / Decimal::from(PACE_DAYS);
    let eta = if to_go.0.is_zero() && !negative {
        Some(today)
    } else if pace > Decimal::ZERO {
        let days = (to_go.0 / pace).ceil();
        days.try_into()
            .ok()
            .and_then(|d: u64| today.checked_add_days(chrono::Days::new(d)))
    } else {
        None
    };
    let mut pending = Amounts::default();
    for w in ledger
        .withdrawals
        .iter()
        .filter(|w| w.status == crate::model::WithdrawalStatus::Pending)
    {
        pending
            .checked_add(&w.currency, w.gross)
            .ok_or_else(|| Error::overflow("the pending withdrawals"))?;
    }

    Ok(Summary {
        diamonds_earned: parts.earned.normalize(),
        diamonds_withdrawn: parts.withdrawn.normalize(),
        diamonds_adjusted: parts.adjusted.normalize(),
        balance_diamonds: balance.normalize(),
        balance_value: value.rounded(),
        balance_value_vs_minimum: if below {
            money_below(value.0, rate.min_withdrawal)
                .parse()
                .unwrap_or(value.rounded().0)
        } else {
            value.rounded().0
        },
        currency: rate.currency.clone(),
        money_per_diamond: rate.money_per_diamond.normalize(),
        min_withdrawal: Money(rate.min_withdrawal).rounded(),
        threshold_diamonds: threshold.normalize(),
        to_go_diamonds: to_go.normalize(),
        to_go_value: to_go
            .value(rate.money_per_diamond)
            .ok_or_else(overflow)?
            .rounded(),
        progress,
        ready,
        blockers,
        eta,
        pace_diamonds_per_day: pace.round_dp(2).normalize(),
        pace_days: PACE_DAYS,
        withdrawable_now_diamonds: withdrawable.normalize(),
        withdrawable_now_value: withdrawable
            .value(rate.money_per_diamond)
            .ok_or_else(overflow)?
            .rounded(),
        pending: pending.rounded(),
        sessions: ledger.sessions.len(),
        rate_effective_from: rate.effective_from,
        rounding: ROUNDING,
        as_of: now,
    })
}

/// One line of a statement: what happened in one period.
///
/// Money is kept per currency and rounded once per row, from the exact sum of
/// the row's sessions and withdrawals; see [`Statement`] for why rows may not
/// add up to the total to the cent.
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
    /// Their money value at the rate of each session's day, rounded, per currency.
    pub value: Amounts,
    /// Diamonds withdrawn (pending or paid).
    pub withdrawn_diamonds: Diamonds,
    /// Gross money of those withdrawals, per currency.
    pub withdrawn_gross: Amounts,
    /// Fees of those withdrawals, per currency.
    pub fees: Amounts,
    /// Net money of withdrawals marked paid, per currency.
    pub net_paid: Amounts,
    /// Net diamonds of balance corrections.
    pub adjusted_diamonds: Diamonds,
    /// Diamond balance at the end of the period.
    pub closing_balance: Diamonds,
}

/// A statement with its total line.
///
/// The rule: every money figure is summed exactly and rounded once, where it
/// is shown. A row rounds the exact sum of its own sessions; the total rounds
/// the exact sum of all of them. So rows of 1.204 and 1.204 show 1.20 each
/// and a total of 2.41, not 2.40: `rounding` shows that difference (total −
/// sum of the rows as shown), per currency, so the page adds up.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Statement {
    /// One row per period, oldest first, quiet periods included.
    pub rows: Vec<PeriodRow>,
    /// Every row together (its `period` is "total").
    pub total: PeriodRow,
    /// Total minus the sum of the rows as shown, per currency; empty when
    /// the rows add up to the cent.
    pub rounding: Amounts,
}

/// Exact (unrounded) money of one period, per currency.
#[derive(Default)]
struct ExactMoney {
    value: Amounts,
    gross: Amounts,
    fees: Amounts,
    net_paid: Amounts,
}

/// A statement: one row per period from the first activity to the last, with
/// no gaps (quiet periods appear with zeros).
pub fn statement(ledger: &Snapshot, by: Period) -> Result<Vec<PeriodRow>> {
    Ok(statement_with_total(ledger, by)?.rows)
}

/// [`statement`] with its total line and the rounding difference.
pub fn statement_with_total(ledger: &Snapshot, by: Period) -> Result<Statement> {
    let tz = ledger.tz;
    let bucket = |t: DateTime<Utc>| by.start_of(dates::local_date(t, tz));
    let mut rows: BTreeMap<NaiveDate, PeriodRow> = BTreeMap::new();
    let mut exact: BTreeMap<NaiveDate, ExactMoney> = BTreeMap::new();
    let of = |what: &str| Error::overflow(format!("the statement's {what}"));
    for s in &ledger.sessions {
        let key = bucket(s.started_at);
        let row = rows.entry(key).or_default();
        row.sessions += 1;
        row.hours_live += hours(s);
        row.gifts = row
            .gifts
            .checked_add(s.gift_count)
            .ok_or_else(|| of("gifts"))?;
        row.coins = row
            .coins
            .checked_add(s.coins_total.0)
            .ok_or_else(|| of("coins"))?;
        row.diamonds = row
            .diamonds
            .checked_add(ledger.session_diamonds(s)?)
            .ok_or_else(|| of("diamonds"))?;
        let (value, currency) = ledger.session_value(s)?;
        exact
            .entry(key)
            .or_default()
            .value
            .checked_add(&currency, value)
            .ok_or_else(|| of("value"))?;
    }
    for w in ledger
        .withdrawals
        .iter()
        .filter(|w| w.status.takes_diamonds())
    {
        let key = bucket(w.requested_at);
        let row = rows.entry(key).or_default();
        row.withdrawn_diamonds = row
            .withdrawn_diamonds
            .checked_add(w.diamonds)
            .ok_or_else(|| of("withdrawals"))?;
        let m = exact.entry(key).or_default();
        let c = &w.currency;
        m.gross
            .checked_add(c, w.gross)
            .ok_or_else(|| of("withdrawals"))?;
        m.fees.checked_add(c, w.fee).ok_or_else(|| of("fees"))?;
        if w.status == crate::model::WithdrawalStatus::Paid {
            m.net_paid
                .checked_add(c, w.net)
                .ok_or_else(|| of("payouts"))?;
        }
    }
    for a in &ledger.adjustments {
        let row = rows.entry(bucket(a.at)).or_default();
        row.adjusted_diamonds = row
            .adjusted_diamonds
            .checked_add(a.diamonds)
            .ok_or_else(|| of("corrections"))?;
    }
    let mut total = PeriodRow {
        period: "total".into(),
        ..PeriodRow::default()
    };
    let mut total_exact = ExactMoney::default();
    let mut shown = ExactMoney::default();
    let (Some(&first), Some(&last)) = (rows.keys().next(), rows.keys().next_back()) else {
        return Ok(Statement {
            rows: Vec::new(),
            total,
            rounding: Amounts::default(),
        });
    };
    total.start = first;
    let mut out = Vec::new();
    let mut balance = Diamonds::ZERO;
    let mut day = first;
    while day <= last {
        let mut row = rows.remove(&day).unwrap_or_default();
        let m = exact.remove(&day).unwrap_or_default();
        row.start = day;
        row.period = by.label(day);
        total.sessions += row.sessions;
        total.hours_live += row.hours_live;
        total.gifts = total
            .gifts
            .checked_add(row.gifts)
            .ok_or_else(|| of("gifts"))?;
        total.coins = total
            .coins
            .checked_add(row.coins)
            .ok_or_else(|| of("coins"))?;
        total.diamonds = total
            .diamonds
            .checked_add(row.diamonds)
            .ok_or_else(|| of("diamonds"))?;
        total.withdrawn_diamonds = total
            .withdrawn_diamonds
            .checked_add(row.withdrawn_diamonds)
            .ok_or_else(|| of("withdrawals"))?;
        total.adjusted_diamonds = total
            .adjusted_diamonds
            .checked_add(row.adjusted_diamonds)
            .ok_or_else(|| of("corrections"))?;
        row.hours_live = row.hours_live.round_dp(2).normalize();
        row.value = m.value.rounded();
        row.withdrawn_gross = m.gross.rounded();
        row.fees = m.fees.rounded();
        row.net_paid = m.net_paid.rounded();
        for (sum, part) in [
            (&mut total_exact.value, &m.value),
            (&mut total_exact.gross, &m.gross),
            (&mut total_exact.fees, &m.fees),
            (&mut total_exact.net_paid, &m.net_paid),
            (&mut shown.value, &row.value),
            (&mut shown.gross, &row.withdrawn_gross),
            (&mut shown.fees, &row.fees),
            (&mut shown.net_paid, &row.net_paid),
        ] {
            sum.checked_merge(part).ok_or_else(|| of("money"))?;
        }
        balance = balance
            .checked_add(row.diamonds)
            .and_then(|b| b.checked_sub(row.withdrawn_diamonds))
            .and_then(|b| b.checked_add(row.adjusted_diamonds))
            .ok_or_else(|| of("balance"))?;
        row.closing_balance = balance.normalize();
        row.diamonds = row.diamonds.normalize();
        row.withdrawn_diamonds = row.withdrawn_diamonds.normalize();
        row.adjusted_diamonds = row.adjusted_diamonds.normalize();
        out.push(row);
        day = by.next(day);
    }
    total.hours_live = total.hours_live.round_dp(2).normalize();
    total.diamonds = total.diamonds.normalize();
    total.withdrawn_diamonds = total.withdrawn_diamonds.normalize();
    total.adjusted_diamonds = total.adjusted_diamonds.normalize();
    total.closing_balance = balance.normalize();
    total.value = total_exact.value.rounded();
    total.withdrawn_gross = total_exact.gross.rounded();
    total.fees = total_exact.fees.rounded();
    total.net_paid = total_exact.net_paid.rounded();
    // Only the value line rounds sums of many exact figures (withdrawals are
    // stored rounded), so it is the one that can miss by a cent.
    let mut rounding = Amounts::default();
    for (currency, t) in &total.value.0 {
        let rows_sum = shown.value.0.get(currency).copied().unwrap_or_default();
        let diff = t.checked_sub(rows_sum).ok_or_else(|| of("rounding"))?;
        if !diff.0.is_zero() {
            rounding.0.insert(currency.clone(), diff.rounded());
        }
    }
    Ok(Statement {
        rows: out,
        total,
        rounding,
    })
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
    /// Their value at the session's own rate, rounded.
    pub value: Money,
    /// Diamonds per hour live, 2 places; `None` under [`MIN_HOURS_FOR_PER_HOUR`].
    pub diamonds_per_hour: Option<Decimal>,
    /// Money per hour live, rounded.
    pub value_per_hour: Option<Money>,
    /// Money per viewer, 4 places, half-up (a viewer is usually worth
    /// fractions of a cent, so it keeps more places than money does).
    pub value_per_viewer: Option<Decimal>,
    /// Money per 1,000 viewers, rounded.
    pub value_per_1000_viewers: Option<Money>,
    /// Currency of the money figures (the session's rate's).
    pub currency: String,
}

/// The metrics of every session, oldest first.
pub fn session_metrics(ledger: &Snapshot) -> Result<Vec<SessionMetrics>> {
    ledger
        .sessions
        .iter()
        .map(|s| metrics_of(ledger, s))
        .collect()
}

/// The metrics of session `id`, loading only that session (a live tally asks
/// this after every tap).
pub fn session_metrics_for(store: &Store, id: i64) -> Result<SessionMetrics> {
    let ledger = Snapshot {
        sessions: vec![store.session(id)?],
        withdrawals: Vec::new(),
        adjustments: Vec::new(),
        rates: store.rates()?,
        settings: store.settings()?,
        tz: store.tz()?,
    };
    metrics_of(&ledger, &ledger.sessions[0])
}

/// The metrics of one session.
pub fn metrics_of(ledger: &Snapshot, s: &Session) -> Result<SessionMetrics> {
    let h = hours(s);
    let diamonds = ledger.session_diamonds(s)?;
    let (value, currency) = ledger.session_value(s)?;
    // Under a quarter hour a rate per hour says nothing (an imported log's
    // session may span seconds, from its first gift to its last).
    let timed = h >= MIN_HOURS_FOR_PER_HOUR;
    let per_hour = timed.then(|| (diamonds.0 / h).round_dp(2).normalize());
    let value_per_hour = timed.then(|| Money(value.0 / h).rounded());
    let viewers = s
        .unique_viewers
        .or(s.peak_viewers)
        .filter(|v| *v > 0)
        .map(Decimal::from);
    let per_1000 = |v: Decimal| {
        value
            .0
            .checked_mul(Decimal::from(1000))
            .map(|m| Money(m / v).rounded())
    };
    Ok(SessionMetrics {
        day: dates::local_date(s.started_at, ledger.tz),
        hours: h.round_dp(2).normalize(),
        diamonds: diamonds.normalize(),
        value: value.rounded(),
        diamonds_per_hour: per_hour,
        value_per_hour,
        value_per_viewer: viewers.map(|v| round_places(value.0 / v, 4)),
        value_per_1000_viewers: viewers.and_then(per_1000),
        currency,
        session: s.clone(),
    })
}

/// `d` rounded half away from zero to `dp` places: the house rule of
/// [`crate::money::round_money`] at another precision.
fn round_places(d: Decimal, dp: u32) -> Decimal {
    d.round_dp_with_strategy(dp, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
        .normalize()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::WithdrawalStatus;
    use crate::model::{Adjustment, Settings};
    use crate::money::Coins;
    use crate::rates::{Rate, RateTable};
    use chrono_tz::Tz;
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
            rate: None,
        }
    }

    fn withdrawal(at: &str, diamonds: Decimal, status: WithdrawalStatus) -> Withdrawal {
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

    fn ledger(sessions: Vec<Session>) -> Snapshot {
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
        let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
        assert_eq!(s.balance_diamonds, Diamonds(dec!(1500)));
        assert_eq!(s.balance_value.to_string(), "7.50");
        assert_eq!(s.threshold_diamonds, Diamonds(dec!(2000)));
        assert_eq!(s.to_go_diamonds, Diamonds(dec!(500)));
        assert_eq!(s.progress, dec!(0.75));
        assert!(!s.ready);
        assert_eq!(s.blockers.len(), 1);
        assert!(
            s.blockers[0].contains("7.50 of 10.00 USD — 500 diamonds to go"),
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
        let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
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
        let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
        assert!(!s.ready);
        assert!(s.blockers[0].contains("maximum"), "{:?}", s.blockers);
        assert_eq!(s.balance_diamonds, Diamonds(dec!(100000)));
        assert_eq!(s.pending.describe(), "1000.00 USD");
    }

    #[test]
    fn prerequisites_block_and_say_how() {
        let mut l = ledger(vec![session(1, "2026-11-01T18:00:00Z", 2, 5000)]);
        l.settings.age_confirmed = false;
        l.settings.payout_method.clear();
        let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
        assert!(!s.ready);
        assert_eq!(s.blockers.len(), 2);
        assert!(s.blockers.iter().all(|b| b.contains("Settings")));
    }

    #[test]
    fn no_recent_earnings_means_no_eta() {
        let l = ledger(vec![session(1, "2026-01-01T18:00:00Z", 2, 10)]);
        let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
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
        assert_eq!(
            l.session_diamonds(&l.sessions[0]).unwrap(),
            Diamonds(dec!(1000))
        );
        assert_eq!(
            l.session_diamonds(&l.sessions[1]).unwrap(),
            Diamonds(dec!(500))
        );
    }

    #[test]
    fn statement_buckets_in_the_creators_zone() {
        // 23:30 UTC on Feb 28 is already March 1 in Berlin.
        let mut l = ledger(vec![
            session(1, "2026-02-28T23:30:00Z", 1, 100),
            session(2, "2026-04-02T10:00:00Z", 1, 50),
        ]);
        let rows = statement(&l, Period::Month).unwrap();
        assert_eq!(
            rows.iter().map(|r| r.period.as_str()).collect::<Vec<_>>(),
            ["2026-02", "2026-03", "2026-04"]
        );
        assert_eq!(rows[1].sessions, 0); // a quiet month still shows
        l.tz = "Europe/Berlin".parse().unwrap();
        let rows = statement(&l, Period::Month).unwrap();
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
        let m = metrics_of(&l, &l.sessions[0]).unwrap();
        // 10,000 diamonds = $50 over 2 hours and 200 viewers.
        assert_eq!(m.value.to_string(), "50.00");
        assert_eq!(m.diamonds_per_hour, Some(dec!(5000)));
        assert_eq!(m.value_per_hour.unwrap().to_string(), "25.00");
        assert_eq!(m.value_per_viewer, Some(dec!(0.25)));
        assert_eq!(m.value_per_1000_viewers.unwrap().to_string(), "250.00");
        let mut short = l.sessions[0].clone();
        short.ended_at = Some(short.started_at + Duration::minutes(10));
        let m = metrics_of(&l, &short).unwrap();
        assert_eq!(m.diamonds_per_hour, None, "ten minutes give no hourly rate");
        assert!(
            m.value_per_1000_viewers.is_some(),
            "per-viewer figures do not depend on time"
        );
    }

    #[test]
    fn one_diamond_short_of_the_minimum_does_not_contradict_itself() {
        // 1,999 diamonds × 0.005 = 9.995 USD against a 10.00 minimum.
        let l = ledger(vec![session(1, "2026-11-20T18:00:00Z", 1, 1999)]);
        let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
        assert_eq!(s.to_go_diamonds, Diamonds(dec!(1)));
        assert!(
            s.blockers[0].contains("9.99 of 10.00 USD — 1 diamond to go"),
            "{:?}",
            s.blockers
        );
    }

    #[test]
    fn a_negative_balance_is_a_blocker_not_a_negative_progress() {
        let mut l = ledger(vec![session(1, "2026-11-20T18:00:00Z", 1, 1000)]);
        l.adjustments.push(Adjustment {
            id: 1,
            at: t("2026-11-21T12:00:00Z"),
            diamonds: Diamonds(dec!(-9000)),
            reason: "test".into(),
        });
        let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
        assert_eq!(s.balance_diamonds, Diamonds(dec!(-8000)));
        assert_eq!(s.progress, Decimal::ZERO);
        assert!(!s.ready);
        assert!(s.blockers[0].contains("negative"), "{:?}", s.blockers);
    }

    #[test]
    fn two_currencies_are_never_added() {
        // 20 USD pending from before the switch, 16 EUR pending after it.
        let mut l = ledger(vec![session(1, "2026-10-01T18:00:00Z", 1, 100_000)]);
        let mut usd = withdrawal(
            "2026-10-05T09:00:00Z",
            dec!(4000),
            WithdrawalStatus::Pending,
        );
        usd.gross = Money(dec!(20.00));
        let mut eur = withdrawal(
            "2026-11-05T09:00:00Z",
            dec!(4000),
            WithdrawalStatus::Pending,
        );
        eur.gross = Money(dec!(16.00));
        eur.currency = "EUR".into();
        l.withdrawals = vec![usd, eur];
        let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
        assert_eq!(s.pending.describe(), "16.00 EUR + 20.00 USD");
        let st = statement_with_total(&l, Period::Month).unwrap();
        assert_eq!(st.rows[0].withdrawn_gross.describe(), "20.00 USD");
        assert_eq!(st.rows[1].withdrawn_gross.describe(), "16.00 EUR");
        assert_eq!(st.total.withdrawn_gross.describe(), "16.00 EUR + 20.00 USD");
    }

    #[test]
    fn day_rows_that_round_apart_show_a_rounding_line() {
        // Three days of 241 diamonds = 1.205 USD each: each row shows 1.21
        // (half-up), the month's exact 3.615 shows 3.62; rows add to 3.63.
        let l = ledger(vec![
            session(1, "2026-11-01T18:00:00Z", 1, 241),
            session(2, "2026-11-02T18:00:00Z", 1, 241),
            session(3, "2026-11-03T18:00:00Z", 1, 241),
        ]);
        let st = statement_with_total(&l, Period::Day).unwrap();
        assert!(st.rows.iter().all(|r| r.value.describe() == "1.21 USD"));
        assert_eq!(st.total.value.describe(), "3.62 USD");
        assert_eq!(st.rounding.describe(), "-0.01 USD");
        let month = statement(&l, Period::Month).unwrap();
        assert_eq!(month[0].value, st.total.value);
    }

    #[test]
    fn a_session_keeps_its_fixed_rate_whatever_the_time_zone() {
        // 23:30 in Los Angeles on 11-09 is 07:30 UTC on 11-10, when a rate
        // of half a diamond a coin starts. Fixed at 1 a coin, it stays there.
        let mut l = ledger(vec![session(1, "2026-11-10T07:30:00Z", 1, 1000)]);
        l.rates = RateTable::new(vec![
            Rate::default_rate(),
            Rate {
                effective_from: "2026-11-10".parse().unwrap(),
                diamonds_per_coin: dec!(0.5),
                ..Rate::default_rate()
            },
        ]);
        l.tz = "America/Los_Angeles".parse().unwrap();
        l.sessions[0].rate = Some(l.session_rate(&l.sessions[0]));
        assert_eq!(
            l.session_diamonds(&l.sessions[0]).unwrap(),
            Diamonds(dec!(1000))
        );
        l.tz = Tz::UTC;
        assert_eq!(
            l.session_diamonds(&l.sessions[0]).unwrap(),
            Diamonds(dec!(1000))
        );
    }

    #[test]
    fn absurd_stored_figures_give_an_error_not_a_panic() {
        let mut l = ledger(vec![session(1, "2026-11-01T18:00:00Z", 1, 10)]);
        l.sessions[0].reported_diamonds = Diamonds(Decimal::MAX);
        l.adjustments.push(Adjustment {
            id: 1,
            at: t("2026-11-02T12:00:00Z"),
            diamonds: Diamonds(Decimal::MAX),
            reason: "test".into(),
        });
        assert!(matches!(
            summary(&l, t("2026-11-25T12:00:00Z")),
            Err(Error::Overflow { .. })
        ));
        assert!(statement(&l, Period::Month).is_err());
    }

    fn arb_ledger() -> impl Strategy<Value = Snapshot> {
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
            let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
            let earned: Decimal = l.sessions.iter().map(|x| l.session_diamonds(x).unwrap().0).sum();
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
            let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
            let rows = statement(&l, by).unwrap();
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
            let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
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
pub fn top(store: &Store, ledger: &Snapshot, by: TopBy, limit: usize) -> Result<Vec<TopRow>> {
    let kind = match by {
        TopBy::Gift => "gift",
        TopBy::Sender => "sender",
    };
    let all = ledger
        .sessions
        .iter()
        .try_fold(0i64, |a, s| a.checked_add(s.coins_total.0))
        .ok_or_else(|| Error::overflow("the coins of every session"))?;
    let mut out = Vec::new();
    for (name, gifts, coins) in store.top_names(kind, limit)? {
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
    let ledger = Snapshot::load(store)?;
    Ok(Dashboard {
        summary: summary(&ledger, now)?,
        daily: statement(&ledger, Period::Day)?,
        sessions: session_metrics(&ledger)?,
        top_gifts: top(store, &ledger, TopBy::Gift, 10)?,
        top_supporters: top(store, &ledger, TopBy::Sender, 10)?,
        withdrawals: ledger.withdrawals.clone(),
        timezone: ledger.settings.timezone.clone(),
    })
}
