//! TikTok's own figures per day beside the ledger's days: what TikTok LIVE
//! Center reports, what the ledger has for that local day, and the
//! difference. TikTok's figures are never added to the balance; a day the
//! ledger has no live on can be booked from them (`liveledger days --book`;
//! the store's `book_reported_days`).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::dates;
use crate::error::{Error, Result};
use crate::model::ReportedDay;
use crate::money::Diamonds;
use crate::snapshot::Snapshot;

/// How a day's diamonds compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DayStatus {
    /// The ledger has what TikTok reports (none on a day without a live).
    Matches,
    /// The ledger has fewer diamonds than TikTok reports.
    Missing,
    /// The ledger has more diamonds than TikTok reports.
    Extra,
    /// TikTok reports diamonds on a day the ledger has no live on: it can be booked.
    NoLives,
    /// TikTok's files give no diamonds for the day (only its other figures),
    /// or the ledger has a live on a day TikTok's files do not list.
    NoTiktokDiamonds,
}

/// One local day: TikTok's figures and the ledger's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct DayComparison {
    /// The creator's local day.
    pub day: NaiveDate,
    /// Diamonds TikTok reports for the day, when its files give them.
    pub tiktok_diamonds: Option<Diamonds>,
    /// Diamonds the ledger's lives of that day earned (by their local start day).
    pub ledger_diamonds: Diamonds,
    /// Lives the ledger has that day.
    pub lives: u64,
    /// TikTok's diamonds less the ledger's (positive: the ledger is missing
    /// some); `None` without TikTok's diamonds.
    pub difference: Option<Diamonds>,
    /// How they compare.
    pub status: DayStatus,
    /// Whether the day can be booked from TikTok's figure: diamonds reported,
    /// more than none, and no live in the ledger.
    pub bookable: bool,
    /// Every figure TikTok gives for the day; `None` for a ledger day its files do not list.
    pub reported: Option<ReportedDay>,
}

/// TikTok's days beside the ledger's, and their totals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct DaysReport {
    /// Every day TikTok's files give, and every day between the first and
    /// the last of them that the ledger has a live on; oldest first.
    pub days: Vec<DayComparison>,
    /// Diamonds TikTok reports over all its days.
    pub tiktok_diamonds: Diamonds,
    /// Diamonds the ledger has on the days TikTok reports diamonds for.
    pub ledger_diamonds: Diamonds,
    /// Days that differ (missing, extra, or no live).
    pub days_differing: u64,
    /// Days that can be booked from TikTok's figure.
    pub bookable_days: u64,
    /// Diamonds booking all of them would add to the balance.
    pub bookable_diamonds: Diamonds,
}

/// Compares TikTok's reported days with the ledger's: a pure function of
/// the snapshot and the days the store read. A ledger's day is a session's
/// local start day in the creator's time zone (as statements bucket them);
/// its diamonds are the session's at its own rate.
pub fn days_report(ledger: &Snapshot, reported: &[ReportedDay]) -> Result<DaysReport> {
    let overflow = || Error::overflow("the diamonds of a day");
    let mut ledger_days: BTreeMap<NaiveDate, (Diamonds, u64)> = BTreeMap::new();
    for s in &ledger.sessions {
        let day = dates::local_date(s.started_at, ledger.tz);
        let entry = ledger_days.entry(day).or_insert((Diamonds::ZERO, 0));
        entry.0 = entry
            .0
            .checked_add(ledger.session_diamonds(s)?)
            .ok_or_else(overflow)?;
        entry.1 += 1;
    }
    let by_day: BTreeMap<NaiveDate, &ReportedDay> = reported.iter().map(|r| (r.day, r)).collect();
    let mut days: Vec<NaiveDate> = by_day.keys().copied().collect();
    if let (Some(first), Some(last)) = (days.first().copied(), days.last().copied()) {
        days.extend(
            ledger_days
                .range(first..=last)
                .map(|(d, _)| *d)
                .filter(|d| !by_day.contains_key(d)),
        );
    }
    days.sort_unstable();
    let mut report = DaysReport {
        days: Vec::with_capacity(days.len()),
        tiktok_diamonds: Diamonds::ZERO,
        ledger_diamonds: Diamonds::ZERO,
        days_differing: 0,
        bookable_days: 0,
        bookable_diamonds: Diamonds::ZERO,
    };
    for day in days {
        let (ledger_diamonds, lives) = ledger_days
            .get(&day)
            .copied()
            .unwrap_or((Diamonds::ZERO, 0));
        let r = by_day.get(&day).copied();
        let tiktok = r.and_then(|r| r.diamonds);
        let difference = match tiktok {
            Some(t) => Some(t.checked_sub(ledger_diamonds).ok_or_else(overflow)?),
            None => None,
        };
        let status = match (tiktok, difference) {
            (Some(_), Some(d)) if d.0.is_zero() => DayStatus::Matches,
            (Some(_), _) if lives == 0 => DayStatus::NoLives,
            (Some(_), Some(d)) if d.0.is_sign_positive() => DayStatus::Missing,
            (Some(_), _) => DayStatus::Extra,
            (None, _) => DayStatus::NoTiktokDiamonds,
        };
        let bookable = lives == 0 && tiktok.is_some_and(|t| t.0 > rust_decimal::Decimal::ZERO);
        if let Some(t) = tiktok {
            report.tiktok_diamonds = report.tiktok_diamonds.checked_add(t).ok_or_else(overflow)?;
            report.ledger_diamonds = report
                .ledger_diamonds
                .checked_add(ledger_diamonds)
                .ok_or_else(overflow)?;
            if status != DayStatus::Matches {
                report.days_differing += 1;
            }
        }
        if bookable {
            report.bookable_days += 1;
            report.bookable_diamonds = report
                .bookable_diamonds
                .checked_add(tiktok.unwrap_or_default())
                .ok_or_else(overflow)?;
        }
        report.days.push(DayComparison {
            day,
            tiktok_diamonds: tiktok.map(|t| Diamonds(t.0.normalize())),
            ledger_diamonds: Diamonds(ledger_diamonds.0.normalize()),
            lives,
            difference: difference.map(|d| Diamonds(d.0.normalize())),
            status,
            bookable,
            reported: r.cloned(),
        });
    }
    report.tiktok_diamonds = Diamonds(report.tiktok_diamonds.0.normalize());
    report.ledger_diamonds = Diamonds(report.ledger_diamonds.0.normalize());
    report.bookable_diamonds = Diamonds(report.bookable_diamonds.0.normalize());
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fixtures::{ledger, session};
    use rust_decimal_macros::dec;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn reported(d: &str, diamonds: Option<i64>) -> ReportedDay {
        ReportedDay {
            day: day(d),
            diamonds: diamonds.map(|n| Diamonds(n.into())),
            likes: Some(7),
            ..ReportedDay::default()
        }
    }

    #[test]
    fn each_day_beside_the_ledgers_with_its_difference() {
        // Two lives on 12 Nov (UTC): 4,000 + 150 coins at 1 diamond a coin.
        let l = ledger(vec![
            session(1, "2026-11-12T18:00:00Z", 1, 4000),
            session(2, "2026-11-12T22:00:00Z", 1, 150),
            session(3, "2026-11-13T20:00:00Z", 1, 500),
            session(4, "2026-11-15T20:00:00Z", 1, 90),
            // Outside TikTok's days: left out.
            session(5, "2026-11-20T20:00:00Z", 1, 1),
        ]);
        let days = [
            reported("2026-11-12", Some(4210)),
            reported("2026-11-13", Some(480)),
            reported("2026-11-14", Some(300)),
            reported("2026-11-16", None),
        ];
        let r = days_report(&l, &days).unwrap();
        let rows: Vec<_> = r
            .days
            .iter()
            .map(|d| {
                (
                    d.day.to_string(),
                    d.tiktok_diamonds.map(|t| t.0),
                    d.ledger_diamonds.0,
                    d.difference.map(|t| t.0),
                    d.status,
                    d.bookable,
                )
            })
            .collect();
        assert_eq!(
            rows,
            vec![
                (
                    "2026-11-12".into(),
                    Some(dec!(4210)),
                    dec!(4150),
                    Some(dec!(60)),
                    DayStatus::Missing,
                    false
                ),
                (
                    "2026-11-13".into(),
                    Some(dec!(480)),
                    dec!(500),
                    Some(dec!(-20)),
                    DayStatus::Extra,
                    false
                ),
                (
                    "2026-11-14".into(),
                    Some(dec!(300)),
                    dec!(0),
                    Some(dec!(300)),
                    DayStatus::NoLives,
                    true
                ),
                (
                    "2026-11-15".into(),
                    None,
                    dec!(90),
                    None,
                    DayStatus::NoTiktokDiamonds,
                    false
                ),
                (
                    "2026-11-16".into(),
                    None,
                    dec!(0),
                    None,
                    DayStatus::NoTiktokDiamonds,
                    false
                ),
            ]
        );
        assert_eq!(r.tiktok_diamonds.0, dec!(4990));
        assert_eq!(r.ledger_diamonds.0, dec!(4650));
        assert_eq!(r.days_differing, 3);
        assert_eq!((r.bookable_days, r.bookable_diamonds.0), (1, dec!(300)));
    }

    #[test]
    fn a_day_is_the_local_start_day() {
        // 23:30 UTC on the 12th is the 13th in Tokyo.
        let mut l = ledger(vec![session(1, "2026-11-12T23:30:00Z", 1, 100)]);
        l.tz = chrono_tz::Asia::Tokyo;
        let r = days_report(&l, &[reported("2026-11-13", Some(100))]).unwrap();
        assert_eq!(r.days.len(), 1);
        assert_eq!(r.days[0].status, DayStatus::Matches);
        assert_eq!(r.days_differing, 0);
        l.tz = chrono_tz::Tz::UTC;
        let r = days_report(&l, &[reported("2026-11-13", Some(100))]).unwrap();
        assert_eq!(r.days[0].status, DayStatus::NoLives);
    }

    #[test]
    fn no_reported_days_no_rows() {
        let l = ledger(vec![session(1, "2026-11-12T18:00:00Z", 1, 4000)]);
        let r = days_report(&l, &[]).unwrap();
        assert!(r.days.is_empty());
        assert_eq!(r.tiktok_diamonds, Diamonds::ZERO);
    }
}
