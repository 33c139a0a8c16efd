//! The plan: the hours still needed to reach the minimum at the creator's
//! own recent pace, and this week against the weeks before.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use rust_decimal::Decimal;

use super::{median, per_hour, round2, Figure, Live, Plan, MIN_SAMPLE, PACE_WEEKS, PLAN_LIVES};
use crate::dates;
use crate::error::{Error, Result};
use crate::money::Diamonds;
use crate::snapshot::Snapshot;

/// Hours a week to put `hours` in by day `by`, from `today` (a day that has
/// passed has none; a week or less left asks for them all this week).
fn per_week(hours: Decimal, today: NaiveDate, by: NaiveDate) -> Option<Decimal> {
    let days = (by - today).num_days();
    (days >= 0).then(|| {
        let weeks = Decimal::from(((days + 6) / 7).max(1));
        ((hours / weeks * Decimal::TEN).ceil() / Decimal::TEN).normalize()
    })
}

/// The hours still needed to reach the minimum (by day `by`, when asked),
/// and this week's pace.
pub(super) fn plan(
    ledger: &Snapshot,
    lives: &[Live<'_>],
    by: Option<NaiveDate>,
    now: DateTime<Utc>,
) -> Result<Plan> {
    let balance = ledger.balance()?.total()?;
    let threshold = Diamonds(ledger.rate_at(now).threshold_diamonds());
    let to_go = threshold
        .checked_sub(balance)
        .map(|d| Diamonds(d.0.max(Decimal::ZERO)))
        .ok_or_else(|| Error::overflow("the diamonds to go"))?;
    let recent = lives.len().saturating_sub(PLAN_LIVES);
    let per_hour_now = median(lives[recent..].iter().map(per_hour).collect());
    let hours_needed = per_hour_now
        .value
        .filter(|p| *p > Decimal::ZERO)
        .map(|p| ((to_go.0 / p * Decimal::TEN).ceil() / Decimal::TEN).normalize());
    let today = dates::local_date(now, ledger.tz);
    let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
    let mut weeks = vec![Decimal::ZERO; PACE_WEEKS + 1];
    for s in &ledger.sessions {
        let day = dates::local_date(s.started_at, ledger.tz);
        if day > today {
            continue;
        }
        let back = (monday - day).num_days();
        let week = if back <= 0 { 0 } else { (back + 6) / 7 };
        if let Some(slot) = usize::try_from(week).ok().and_then(|w| weeks.get_mut(w)) {
            *slot += ledger.session_diamonds(s)?.0;
        }
    }
    // Weeks before the first live are not weeks of the creator's pace.
    let first = ledger
        .sessions
        .iter()
        .map(|s| dates::local_date(s.started_at, ledger.tz))
        .min();
    let known = first.map_or(0, |f| {
        let back = (monday - f).num_days();
        usize::try_from((back + 6) / 7).unwrap_or(0).min(PACE_WEEKS)
    });
    let past = &weeks[1..=known];
    let average_week = if past.len() < MIN_SAMPLE {
        Figure {
            value: None,
            n: past.len(),
        }
    } else {
        let sum: Decimal = past.iter().sum();
        Figure {
            value: Some(round2(sum / Decimal::from(past.len()))),
            n: past.len(),
        }
    };
    Ok(Plan {
        diamonds_to_go: to_go.normalize(),
        per_hour: per_hour_now,
        hours_needed,
        this_week: Diamonds(weeks[0]).normalize(),
        average_week,
        by,
        hours_per_week: hours_needed
            .zip(by)
            .and_then(|(h, by)| per_week(h, today, by)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).expect("a day")
    }

    #[test]
    fn hours_a_week_to_reach_the_minimum_by_a_day_counted_by_hand() {
        // 10 hours by the 20th from the 6th: 14 days, 2 weeks, 5 a week.
        assert_eq!(per_week(dec!(10), day(6), day(20)), Some(dec!(5)));
        // 15 days is 3 weeks begun: 3.33… rounds up to 3.4.
        assert_eq!(per_week(dec!(10), day(6), day(21)), Some(dec!(3.4)));
        // Today itself: all of it this week; a day gone: nothing to say.
        assert_eq!(per_week(dec!(10), day(6), day(6)), Some(dec!(10)));
        assert_eq!(per_week(dec!(10), day(6), day(5)), None);
    }
}
