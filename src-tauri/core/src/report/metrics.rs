//! Per-session figures (hours, value, per hour, per viewer), the top gifts
//! and supporters, and the dashboard that gathers every report in one call.

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::Serialize;

use super::{statement, summary, PeriodRow, Summary};
use crate::dates::{self, Period};
use crate::error::{Error, Result};
use crate::model::{Session, Withdrawal};
use crate::money::{Diamonds, Money};
use crate::snapshot::{NameTotal, Snapshot, TOP_NAMES};

/// Shortest session, in hours, that per-hour figures are given for.
pub const MIN_HOURS_FOR_PER_HOUR: Decimal = Decimal::from_parts(25, 0, 0, false, 2);

/// Hours a session lasted (0 while it is running or when the end is unknown).
pub fn hours(s: &Session) -> Decimal {
    match s.ended_at {
        Some(end) => Decimal::from((end - s.started_at).num_seconds()) / Decimal::from(3600),
        None => Decimal::ZERO,
    }
}

/// A session with the figures that answer "what is an hour, a viewer worth?".
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct SessionMetrics {
    /// The session itself.
    #[serde(flatten)]
    pub session: Session,
    /// Its local start day.
    pub day: NaiveDate,
    /// Hours live, 2 places.
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub hours: Decimal,
    /// Diamonds earned.
    pub diamonds: Diamonds,
    /// Their value at the session's own rate, rounded.
    pub value: Money,
    /// Diamonds per hour live, 2 places; `None` under [`MIN_HOURS_FOR_PER_HOUR`].
    #[cfg_attr(feature = "typescript", ts(type = "string | null"))]
    pub diamonds_per_hour: Option<Decimal>,
    /// Money per hour live, rounded.
    pub value_per_hour: Option<Money>,
    /// Money per viewer, 4 places, half-up (a viewer is usually worth
    /// fractions of a cent, so it keeps more places than money does).
    #[cfg_attr(feature = "typescript", ts(type = "string | null"))]
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

/// One line of the sessions list: what the list draws, filters and sorts
/// by, and no more (a live's whole metrics are asked for when it is opened).
/// Every figure is the one [`SessionMetrics`] gives.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct SessionRow {
    /// The session's id.
    pub id: i64,
    /// When it started.
    pub started_at: DateTime<Utc>,
    /// When it ended; `None` while it is running.
    pub ended_at: Option<DateTime<Utc>>,
    /// Its title.
    pub title: String,
    /// The title as a message when LiveLedger wrote it itself
    /// ([`Session::title_said`](crate::model::Session::title_said)), left
    /// out of the JSON otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional))]
    pub title_said: Option<crate::l10n::Message>,
    /// Its local start day.
    pub day: NaiveDate,
    /// Hours live, 2 places.
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub hours: Decimal,
    /// Diamonds earned.
    pub diamonds: Diamonds,
    /// Their value at the session's own rate, rounded.
    pub value: Money,
    /// Currency of the value.
    pub currency: String,
    /// Unique viewers, else the peak, as the creator gave them.
    pub viewers: Option<i64>,
    /// Diamonds per hour live, 2 places; `None` under [`MIN_HOURS_FOR_PER_HOUR`].
    #[cfg_attr(feature = "typescript", ts(type = "string | null"))]
    pub diamonds_per_hour: Option<Decimal>,
}

impl From<SessionMetrics> for SessionRow {
    fn from(m: SessionMetrics) -> SessionRow {
        SessionRow {
            id: m.session.id,
            started_at: m.session.started_at,
            ended_at: m.session.ended_at,
            viewers: m.session.unique_viewers.or(m.session.peak_viewers),
            title: m.session.title,
            title_said: m.session.title_said,
            day: m.day,
            hours: m.hours,
            diamonds: m.diamonds,
            value: m.value,
            currency: m.currency,
            diamonds_per_hour: m.diamonds_per_hour,
        }
    }
}

/// The sessions list's lines, oldest first: [`session_metrics`] cut to
/// what the list shows.
pub fn session_rows(ledger: &Snapshot) -> Result<Vec<SessionRow>> {
    Ok(session_metrics(ledger)?
        .into_iter()
        .map(SessionRow::from)
        .collect())
}

/// The metrics of session `id` of `ledger`; `NotFound` when it holds no such
/// session. A live tally asks this after every tap, of a snapshot of that
/// session alone (the store's `session_snapshot`).
pub fn session_metrics_for(ledger: &Snapshot, id: i64) -> Result<SessionMetrics> {
    let s = ledger
        .sessions
        .iter()
        .find(|s| s.id == id)
        .ok_or(Error::NotFound {
            what: "session",
            id,
        })?;
    metrics_of(ledger, s)
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
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct TopRow {
    /// The gift or sender (plain text, never markup).
    pub name: String,
    /// Gifts (sum of counts).
    pub gifts: i64,
    /// Coins of those gifts: the ranking is by what viewers spent, which does
    /// not depend on the rate each session had.
    pub coins: i64,
    /// Share of all coins received as gift rows, 0 to 1, 4 places.
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub share: Decimal,
}

/// The `limit` gifts or senders that brought the most coins, from the kept
/// per-name totals the snapshot holds (at most [`TOP_NAMES`] of each), with
/// each one's share of the coins of every session.
pub fn top(ledger: &Snapshot, by: TopBy, limit: usize) -> Result<Vec<TopRow>> {
    let names = match by {
        TopBy::Gift => &ledger.top_names.gifts,
        TopBy::Sender => &ledger.top_names.senders,
    };
    let all = ledger
        .sessions
        .iter()
        .try_fold(0i64, |a, s| a.checked_add(s.coins_total.0))
        .ok_or_else(|| Error::overflow("the coins of every session"))?;
    let mut out = Vec::new();
    for NameTotal { name, gifts, coins } in names.iter().take(limit).cloned() {
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

/// One local day as the dashboard's charts draw and table it: the figures
/// of its statement row ([`PeriodRow`]) they use, under the same names.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct DayPoint {
    /// The local day.
    pub start: NaiveDate,
    /// Diamonds earned that day.
    pub diamonds: Diamonds,
    /// Their value, per currency.
    pub value: crate::money::Amounts,
    /// Diamonds withdrawn that day.
    pub withdrawn_diamonds: Diamonds,
    /// The money they were withdrawn for, per currency.
    pub withdrawn_gross: crate::money::Amounts,
    /// The balance at the day's end.
    pub closing_balance: Diamonds,
}

impl From<&PeriodRow> for DayPoint {
    fn from(r: &PeriodRow) -> DayPoint {
        DayPoint {
            start: r.start,
            diamonds: r.diamonds,
            value: r.value.clone(),
            withdrawn_diamonds: r.withdrawn_diamonds,
            withdrawn_gross: r.withdrawn_gross.clone(),
            closing_balance: r.closing_balance,
        }
    }
}

/// One live on the chart of what an hour and a viewer were worth.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct LivePoint {
    /// When it started.
    pub started_at: DateTime<Utc>,
    /// The same instant on the creator's clock (their time zone), which the
    /// chart's time axis runs on.
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub local_start: chrono::NaiveDateTime,
    /// Its title (data: the creator's or a file's words).
    pub title: String,
    /// The title as a message when LiveLedger wrote it itself
    /// ([`Session::title_said`](crate::model::Session::title_said)), left
    /// out of the JSON otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional))]
    pub title_said: Option<crate::l10n::Message>,
    /// Diamonds earned.
    pub diamonds: Diamonds,
    /// Money per hour live ([`SessionMetrics::value_per_hour`]).
    pub value_per_hour: Option<Money>,
    /// Money per 1,000 viewers ([`SessionMetrics::value_per_1000_viewers`]).
    pub value_per_1000_viewers: Option<Money>,
}

/// Everything the dashboard shows, in one call: what it draws, not every
/// figure of every day and live (a 10-year ledger's full rows were 3 MB).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Dashboard {
    /// Balance, threshold, readiness, ETA.
    pub summary: Summary,
    /// One point per local day from the first activity to the last.
    pub daily: Vec<DayPoint>,
    /// How many lives the ledger holds.
    pub lives: usize,
    /// The lives with a per-hour or per-1,000-viewers figure, oldest first.
    pub worth: Vec<LivePoint>,
    /// Gifts that brought the most diamonds.
    pub top_gifts: Vec<TopRow>,
    /// Supporters who sent the most diamonds.
    pub top_supporters: Vec<TopRow>,
    /// Withdrawals, for marking the balance chart.
    pub withdrawals: Vec<Withdrawal>,
    /// The creator's time zone.
    pub timezone: String,
    /// This week and this month so far beside the same days before.
    pub compare: super::Comparisons,
}

/// Computes the dashboard of `ledger` at `now`.
pub fn dashboard(ledger: &Snapshot, now: DateTime<Utc>) -> Result<Dashboard> {
    Ok(Dashboard {
        summary: summary(ledger, now)?,
        daily: statement(ledger, Period::Day)?
            .iter()
            .map(DayPoint::from)
            .collect(),
        lives: ledger.sessions.len(),
        worth: session_metrics(ledger)?
            .into_iter()
            .filter(|m| m.value_per_hour.is_some() || m.value_per_1000_viewers.is_some())
            .map(|m| LivePoint {
                started_at: m.session.started_at,
                local_start: m.session.started_at.with_timezone(&ledger.tz).naive_local(),
                title: m.session.title.clone(),
                title_said: m.session.title_said.clone(),
                diamonds: m.diamonds,
                value_per_hour: m.value_per_hour,
                value_per_1000_viewers: m.value_per_1000_viewers,
            })
            .collect(),
        top_gifts: top(ledger, TopBy::Gift, TOP_NAMES)?,
        top_supporters: top(ledger, TopBy::Sender, TOP_NAMES)?,
        withdrawals: ledger.withdrawals.clone(),
        timezone: ledger.settings.timezone.clone(),
        compare: super::compare(ledger, now)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::WithdrawalStatus;
    use crate::rates::{Rate, RateTable};
    use crate::report::fixtures::{ledger, session, t, withdrawal};
    use crate::snapshot::TopNames;
    use chrono::Duration;
    use chrono_tz::Tz;
    use rust_decimal_macros::dec;

    fn name(name: &str, gifts: i64, coins: i64) -> NameTotal {
        NameTotal {
            name: name.into(),
            gifts,
            coins,
        }
    }

    /// Two lives and a pending withdrawal, built in memory: no database.
    fn two_lives() -> Snapshot {
        let mut l = ledger(vec![
            session(1, "2026-11-01T18:00:00Z", 2, 10_000),
            session(2, "2026-11-03T18:00:00Z", 1, 2_000),
        ]);
        l.withdrawals = vec![withdrawal(
            "2026-11-02T09:00:00Z",
            dec!(4000),
            WithdrawalStatus::Pending,
        )];
        l.top_names = TopNames {
            gifts: vec![name("Galaxy", 10, 10_000), name("Rose", 2_000, 2_000)],
            senders: vec![
                name("ann", 8, 8_000),
                name("bo", 3, 3_000),
                name("cy", 1, 1_000),
            ],
        };
        l
    }

    #[test]
    fn the_dashboard_is_a_function_of_the_snapshot() {
        let l = two_lives();
        let d = dashboard(&l, t("2026-11-04T12:00:00Z")).unwrap();
        // 12,000 coins = 12,000 diamonds earned, 4,000 withdrawn: 8,000 at
        // $0.005 = $40.00.
        assert_eq!(d.summary.balance_diamonds, Diamonds(dec!(8000)));
        assert_eq!(d.summary.balance_value.to_string(), "40.00");
        let closing: Vec<_> = d.daily.iter().map(|r| r.closing_balance.0).collect();
        assert_eq!(closing, [dec!(10000), dec!(6000), dec!(8000)]);
        // Shares of the 12,000 coins: 10,000 / 12,000 = 0.8333, 2,000 /
        // 12,000 = 0.1667; 8,000 / 12,000 = 0.6667, 3,000 / 12,000 = 0.25.
        let shares = |rows: &[TopRow]| {
            rows.iter()
                .map(|r| (r.name.clone(), r.share))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            shares(&d.top_gifts),
            [
                ("Galaxy".to_string(), dec!(0.8333)),
                ("Rose".to_string(), dec!(0.1667)),
            ]
        );
        assert_eq!(d.top_supporters.len(), 3);
        assert_eq!(
            shares(&top(&l, TopBy::Sender, 2).unwrap()),
            [
                ("ann".to_string(), dec!(0.6667)),
                ("bo".to_string(), dec!(0.25)),
            ]
        );
        assert_eq!(d.lives, 2);
        // Both lives are timed: each is on the worth chart, at its local start.
        let starts: Vec<_> = d.worth.iter().map(|p| p.local_start.to_string()).collect();
        assert_eq!(starts, ["2026-11-01 18:00:00", "2026-11-03 18:00:00"]);
    }

    #[test]
    fn one_sessions_figures_come_from_the_snapshot() {
        let l = two_lives();
        let m = session_metrics_for(&l, 2).unwrap();
        // 2,000 diamonds = $10.00 in one hour, 200 viewers.
        assert_eq!(m.diamonds, Diamonds(dec!(2000)));
        assert_eq!(m.value_per_hour.unwrap().to_string(), "10.00");
        assert_eq!(m.value_per_viewer, Some(dec!(0.05)));
        assert!(matches!(
            session_metrics_for(&l, 3),
            Err(Error::NotFound {
                what: "session",
                id: 3
            })
        ));
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
}
