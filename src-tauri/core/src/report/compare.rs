//! This week and this month so far beside the same stretch of the week and
//! month before, as TikTok's LIVE Center compares them: a creator asks "am I
//! doing better than last week?" on the day, not at the end of the week.

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::dates::{self, Period};
use crate::error::{Error, Result};
use crate::money::Diamonds;
use crate::snapshot::Snapshot;

/// One period so far beside the same number of days of the one before.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct PeriodComparison {
    /// The first local day of this period.
    pub start: NaiveDate,
    /// Today, the last day counted of this period.
    pub end: NaiveDate,
    /// The first local day of the period before.
    pub previous_start: NaiveDate,
    /// The last day counted of the period before: as many days in as today
    /// is in this one, never past that period's own end.
    pub previous_end: NaiveDate,
    /// Diamonds of the lives started in this period so far, each at its own rate.
    pub diamonds: Diamonds,
    /// The same for the stretch of the period before.
    pub previous_diamonds: Diamonds,
    /// Lives started in this period so far.
    pub lives: usize,
    /// Lives started in the stretch of the period before.
    pub previous_lives: usize,
    /// (diamonds − previous) ÷ previous, 4 places; `None` when the stretch
    /// before earned nothing (no ratio to give).
    #[cfg_attr(feature = "typescript", ts(type = "string | null"))]
    pub change: Option<Decimal>,
}

/// This week and this month so far, each beside the one before.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Comparisons {
    /// This ISO week (Monday on) against last week's same days.
    pub week: PeriodComparison,
    /// This month against last month's same days.
    pub month: PeriodComparison,
}

/// Compares this week and this month so far (local days in the ledger's
/// time zone, lives by their local start day) with the same days before.
pub fn compare(ledger: &Snapshot, now: DateTime<Utc>) -> Result<Comparisons> {
    let today = dates::local_date(now, ledger.tz);
    Ok(Comparisons {
        week: compare_period(ledger, Period::Week, today)?,
        month: compare_period(ledger, Period::Month, today)?,
    })
}

fn compare_period(ledger: &Snapshot, period: Period, today: NaiveDate) -> Result<PeriodComparison> {
    let start = period.start_of(today);
    let previous_start = period.start_of(start.pred_opt().unwrap_or(start));
    let elapsed = today.signed_duration_since(start);
    let previous_last = start.pred_opt().unwrap_or(start);
    let previous_end = (previous_start + elapsed).min(previous_last);
    let (diamonds, lives) = earned_between(ledger, start, today)?;
    let (previous_diamonds, previous_lives) = earned_between(ledger, previous_start, previous_end)?;
    let change = (!previous_diamonds.0.is_zero()).then(|| {
        ((diamonds.0 - previous_diamonds.0) / previous_diamonds.0)
            .round_dp(4)
            .normalize()
    });
    Ok(PeriodComparison {
        start,
        end: today,
        previous_start,
        previous_end,
        diamonds: diamonds.normalize(),
        previous_diamonds: previous_diamonds.normalize(),
        lives,
        previous_lives,
        change,
    })
}

/// Diamonds and lives of the sessions whose local start day is in `from..=to`.
fn earned_between(ledger: &Snapshot, from: NaiveDate, to: NaiveDate) -> Result<(Diamonds, usize)> {
    let mut total = Diamonds::ZERO;
    let mut lives = 0;
    for s in &ledger.sessions {
        let day = dates::local_date(s.started_at, ledger.tz);
        if day < from || day > to {
            continue;
        }
        total = total
            .checked_add(ledger.session_diamonds(s)?)
            .ok_or_else(|| Error::overflow("the period's diamonds"))?;
        lives += 1;
    }
    Ok((total, lives))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixtures::{ledger, session, t};
    use rust_decimal_macros::dec;

    #[test]
    fn this_week_so_far_against_the_same_days_last_week() {
        // Thursday 2026-11-26. This week: Mon 23 (300), Wed 25 (100).
        // Last week, Mon 16 to Thu 19: Tue 17 (200); Sat 21 (999) is past
        // the same days and not counted. The month: November so far (all
        // five) against October 1–26 (Oct 20: 50).
        let l = ledger(vec![
            session(1, "2026-10-20T18:00:00Z", 1, 50),
            session(2, "2026-11-17T18:00:00Z", 1, 200),
            session(3, "2026-11-21T18:00:00Z", 1, 999),
            session(4, "2026-11-23T18:00:00Z", 1, 300),
            session(5, "2026-11-25T18:00:00Z", 1, 100),
        ]);
        let c = compare(&l, t("2026-11-26T12:00:00Z")).unwrap();
        assert_eq!(c.week.start.to_string(), "2026-11-23");
        assert_eq!(c.week.previous_start.to_string(), "2026-11-16");
        assert_eq!(c.week.previous_end.to_string(), "2026-11-19");
        assert_eq!((c.week.diamonds, c.week.lives), (Diamonds(dec!(400)), 2));
        assert_eq!(
            (c.week.previous_diamonds, c.week.previous_lives),
            (Diamonds(dec!(200)), 1)
        );
        assert_eq!(c.week.change, Some(dec!(1)));
        assert_eq!(c.month.previous_end.to_string(), "2026-10-26");
        assert_eq!(c.month.diamonds, Diamonds(dec!(1599)));
        assert_eq!(c.month.previous_diamonds, Diamonds(dec!(50)));
    }

    #[test]
    fn a_longer_month_is_compared_with_all_of_a_shorter_one() {
        // March 31 against February: February 1–28, not into March.
        let l = ledger(vec![session(1, "2026-02-28T18:00:00Z", 1, 10)]);
        let c = compare(&l, t("2026-03-31T12:00:00Z")).unwrap();
        assert_eq!(c.month.previous_start.to_string(), "2026-02-01");
        assert_eq!(c.month.previous_end.to_string(), "2026-02-28");
        assert_eq!(c.month.previous_diamonds, Diamonds(dec!(10)));
        assert_eq!(c.month.change, Some(dec!(-1)));
        assert_eq!(c.week.change, None);
    }
}
