//! What earns, across all of a creator's lives: when they go live and for how
//! long, what a viewer is worth, and the hours still needed to reach the
//! minimum withdrawal. Pure functions of a [`Snapshot`] and "now".
//!
//! Honest statistics: every figure carries the number of lives (or days) it
//! rests on, and a figure that rests on fewer than [`MIN_SAMPLE`] is `None`
//! ("not enough lives yet"), never a number. Medians, not means: one
//! lucky live does not make an hour worth more. Diamonds are compared
//! across lives; money only within one currency.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use rust_decimal::Decimal;
use serde::Serialize;

use super::metrics::{hours, MIN_HOURS_FOR_PER_HOUR};
use crate::dates;
use crate::error::{Error, Result};
use crate::model::{Givers, ReportedDay, Session, SessionEngagement};
use crate::money::Diamonds;
use crate::snapshot::Snapshot;

mod engagement;
mod plan;
mod timeline;
mod who;

pub use engagement::{Engagement, Split};
pub use timeline::{timeline, Timeline, TimelineMinute};

/// Fewer lives (or days) than this give "not enough lives yet", not a figure.
pub const MIN_SAMPLE: usize = 5;

/// The lives looked at: those started in `from..=to` (local days), ended,
/// and long enough for a per-hour figure.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Range {
    /// First local day, when limited.
    pub from: Option<NaiveDate>,
    /// Last local day, when limited.
    pub to: Option<NaiveDate>,
    /// The day the creator wants to reach the minimum by: the plan says how
    /// many hours a week that takes.
    pub by: Option<NaiveDate>,
}

impl Range {
    /// Whether local day `day` is inside the range.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from.is_none_or(|f| day >= f) && self.to.is_none_or(|t| day <= t)
    }
}

/// A figure with the sample it rests on.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Figure {
    /// The figure, 2 places; `None` when `n` < [`MIN_SAMPLE`].
    #[cfg_attr(feature = "typescript", ts(type = "string | null"))]
    pub value: Option<Decimal>,
    /// How many lives (or days) it rests on.
    pub n: usize,
}

/// One cell of the week: lives started on `weekday` at `hour` (local).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct HourCell {
    /// 0 = Monday … 6 = Sunday.
    pub weekday: u32,
    /// Local start hour, 0–23.
    pub hour: u32,
    /// Median diamonds per live hour of those lives.
    pub per_hour: Figure,
}

/// Lives of one length band.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct LengthBand {
    /// Shortest length of the band, in minutes.
    pub from_minutes: u32,
    /// Longest (exclusive), in minutes; `None` for the last band.
    pub to_minutes: Option<u32>,
    /// Median diamonds per live hour.
    pub per_hour: Figure,
    /// Median diamonds per live.
    pub per_live: Figure,
}

/// What a viewer is worth, where the lives say how many watched.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct PerView {
    /// Median diamonds per unique viewer of a live.
    pub diamonds_per_viewer: Figure,
    /// Median diamonds per 1,000 unique viewers of a live.
    pub diamonds_per_1000_viewers: Figure,
    /// Median money per 1,000 unique viewers, per currency (never summed
    /// across currencies).
    pub value_per_1000_viewers: BTreeMap<String, Figure>,
    /// Median diamonds per live hour of the same lives, to set beside them.
    pub diamonds_per_hour: Figure,
    /// Where no live of a day says how many watched: median diamonds per
    /// 1,000 views over TikTok's LIVE Center days (`n` counts days).
    pub diamonds_per_1000_views_by_day: Figure,
}

/// The hours still needed to reach the minimum withdrawal, and this week's
/// pace against the creator's own.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Plan {
    /// Diamonds still missing to reach the minimum (0 when reached).
    pub diamonds_to_go: Diamonds,
    /// Median diamonds per live hour of the last [`PLAN_LIVES`] lives.
    pub per_hour: Figure,
    /// Hours live still needed at that median, 1 place, rounded up.
    #[cfg_attr(feature = "typescript", ts(type = "string | null"))]
    pub hours_needed: Option<Decimal>,
    /// Diamonds earned by lives started this local week (Monday first).
    pub this_week: Diamonds,
    /// Average diamonds of the [`PACE_WEEKS`] weeks before it.
    pub average_week: Figure,
    /// The day asked to reach the minimum by, if any.
    pub by: Option<NaiveDate>,
    /// Hours live a week (1 place, rounded up) that reach the minimum by
    /// that day at the median above; `None` without a day, a figure, or
    /// when the day has passed.
    #[cfg_attr(feature = "typescript", ts(type = "string | null"))]
    pub hours_per_week: Option<Decimal>,
}

/// Lives the plan's per-hour figure is taken from (the most recent).
pub const PLAN_LIVES: usize = 20;
/// Weeks this week is compared with.
pub const PACE_WEEKS: usize = 12;

/// The share of gift diamonds the top `top` supporters brought.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct TopShare {
    /// How many supporters: 1, 5 or 10.
    pub top: usize,
    /// Their share of the lives' gift diamonds, in percent, 1 place.
    pub percent: Figure,
}

/// Who gave in one live.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct LiveGivers {
    /// The live.
    pub session_id: i64,
    /// Its start.
    pub started_at: DateTime<Utc>,
    /// People who sent a gift.
    pub gifters: usize,
    /// Of them, those giving for the first time in any live.
    pub new: usize,
    /// Of them, those who gave in an earlier live.
    pub returning: usize,
}

/// One supporter over the lives looked at. Named in the creator's own
/// view only; no export carries it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Supporter {
    /// As the tool or file spelled them (plain text, never markup).
    pub name: String,
    /// Diamonds their gifts brought, at each live's rate.
    pub diamonds: Diamonds,
    /// Lives they gave in.
    pub lives: usize,
    /// Their first gift, when its time is known.
    pub first_gift: Option<DateTime<Utc>>,
    /// Their last gift, when its time is known.
    pub last_gift: Option<DateTime<Utc>>,
}

/// Who gives: how many, how concentrated, how loyal.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Who {
    /// Median gifters a live.
    pub gifters_per_live: Figure,
    /// The share of the top 1, 5 and 10 supporters.
    pub top_share: Vec<TopShare>,
    /// Median share of a live's gifters who gave in an earlier live, in percent.
    pub returning_percent: Figure,
    /// Each live's gifters, new and returning, oldest first.
    pub lives: Vec<LiveGivers>,
    /// The [`SUPPORTERS`] supporters who brought the most diamonds.
    pub supporters: Vec<Supporter>,
}

/// Supporters listed by name.
pub const SUPPORTERS: usize = 10;

/// Every insight of the lives in a range.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Insights {
    /// Lives looked at (started in the range, ended, 15 minutes or longer).
    pub lives: usize,
    /// Fewer than this many lives give no figure.
    pub min_sample: usize,
    /// Diamonds per live hour by local weekday and start hour: cells with
    /// at least one live.
    pub week: Vec<HourCell>,
    /// Diamonds by live length: where extra time stops paying.
    pub lengths: Vec<LengthBand>,
    /// What a viewer is worth.
    pub per_view: PerView,
    /// What is left to reach the minimum.
    pub plan: Plan,
    /// Who gives.
    pub who: Who,
    /// How diamonds went with the room, where it was counted.
    pub engagement: Engagement,
}

/// What the insights are computed from: the ledger, who gave in each live,
/// the room capture counted, and TikTok's own day figures.
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    /// The ledger's records and settings.
    pub ledger: &'a Snapshot,
    /// Who gave in each live, as the store keeps it.
    pub givers: &'a Givers,
    /// Each captured live's engagement, as the store keeps it.
    pub engagement: &'a [SessionEngagement],
    /// TikTok's LIVE Center days.
    pub days: &'a [ReportedDay],
}

/// One live as the insights see it.
struct Live<'a> {
    session: &'a Session,
    /// Its local start day.
    day: NaiveDate,
    hours: Decimal,
    diamonds: Decimal,
}

/// The lives in `range`, oldest first.
fn lives<'a>(ledger: &'a Snapshot, range: Range) -> Result<Vec<Live<'a>>> {
    let mut out = Vec::new();
    for s in &ledger.sessions {
        let day = dates::local_date(s.started_at, ledger.tz);
        if !range.contains(day) {
            continue;
        }
        let h = hours(s);
        if h < MIN_HOURS_FOR_PER_HOUR {
            continue;
        }
        out.push(Live {
            session: s,
            day,
            hours: h,
            diamonds: ledger.session_diamonds(s)?.0,
        });
    }
    Ok(out)
}

/// The median of `values`, 2 places, or `None` under [`MIN_SAMPLE`].
fn median(mut values: Vec<Decimal>) -> Figure {
    let n = values.len();
    if n < MIN_SAMPLE {
        return Figure { value: None, n };
    }
    values.sort_unstable();
    let mid = if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / Decimal::TWO
    };
    Figure {
        value: Some(round2(mid)),
        n,
    }
}

/// Half away from zero to 2 places, as every ratio here is shown.
fn round2(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
        .normalize()
}

/// Diamonds per hour of one live.
fn per_hour(l: &Live<'_>) -> Decimal {
    l.diamonds / l.hours
}

/// Diamonds per live hour by local weekday and start hour.
fn week(ledger: &Snapshot, lives: &[Live<'_>]) -> Vec<HourCell> {
    let mut cells: BTreeMap<(u32, u32), Vec<Decimal>> = BTreeMap::new();
    for l in lives {
        let local = l.session.started_at.with_timezone(&ledger.tz);
        let key = (local.weekday().num_days_from_monday(), local.hour());
        cells.entry(key).or_default().push(per_hour(l));
    }
    cells
        .into_iter()
        .map(|((weekday, hour), v)| HourCell {
            weekday,
            hour,
            per_hour: median(v),
        })
        .collect()
}

/// Band edges in minutes: under 30, 30–60, 1–2 h, 2–3 h, 3 h and more.
const BANDS: [u32; 5] = [0, 30, 60, 120, 180];

/// Diamonds by live length.
fn lengths(lives: &[Live<'_>]) -> Vec<LengthBand> {
    BANDS
        .iter()
        .enumerate()
        .map(|(i, &from)| {
            let to = BANDS.get(i + 1).copied();
            let inside: Vec<&Live<'_>> = lives
                .iter()
                .filter(|l| {
                    let m = l.hours * Decimal::from(60);
                    m >= Decimal::from(from) && to.is_none_or(|t| m < Decimal::from(t))
                })
                .collect();
            LengthBand {
                from_minutes: from,
                to_minutes: to,
                per_hour: median(inside.iter().map(|l| per_hour(l)).collect()),
                per_live: median(inside.iter().map(|l| l.diamonds).collect()),
            }
        })
        .collect()
}

/// What a viewer is worth, over the lives that say how many watched.
fn per_view(ledger: &Snapshot, lives: &[Live<'_>]) -> Result<PerView> {
    let watched: Vec<(&Live<'_>, Decimal)> = lives
        .iter()
        .filter_map(|l| {
            l.session
                .unique_viewers
                .filter(|v| *v > 0)
                .map(|v| (l, Decimal::from(v)))
        })
        .collect();
    let mut by_currency: BTreeMap<String, Vec<Decimal>> = BTreeMap::new();
    for (l, v) in &watched {
        let (value, currency) = ledger.session_value(l.session)?;
        let per_1000 = value
            .0
            .checked_mul(Decimal::from(1000))
            .ok_or_else(|| Error::overflow("money per 1,000 viewers"))?;
        by_currency.entry(currency).or_default().push(per_1000 / v);
    }
    Ok(PerView {
        diamonds_per_viewer: median(watched.iter().map(|(l, v)| l.diamonds / v).collect()),
        diamonds_per_1000_viewers: median(
            watched
                .iter()
                .map(|(l, v)| l.diamonds * Decimal::from(1000) / v)
                .collect(),
        ),
        value_per_1000_viewers: by_currency
            .into_iter()
            .map(|(c, v)| (c, median(v)))
            .collect(),
        diamonds_per_hour: median(watched.iter().map(|(l, _)| per_hour(l)).collect()),
        diamonds_per_1000_views_by_day: Figure { value: None, n: 0 },
    })
}

/// A percentage, 1 place, half away from zero.
fn percent(part: Decimal, whole: Decimal) -> Option<Decimal> {
    (whole > Decimal::ZERO).then(|| {
        (part * Decimal::ONE_HUNDRED / whole)
            .round_dp_with_strategy(1, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
            .normalize()
    })
}

/// Every insight of the lives in `range`, as of `now`.
pub fn insights(from: Sources<'_>, range: Range, now: DateTime<Utc>) -> Result<Insights> {
    let ledger = from.ledger;
    let lives = lives(ledger, range)?;
    let mut per_view = per_view(ledger, &lives)?;
    per_view.diamonds_per_1000_views_by_day =
        engagement::per_1000_views_by_day(&lives, from.days, range);
    Ok(Insights {
        lives: lives.len(),
        min_sample: MIN_SAMPLE,
        week: week(ledger, &lives),
        lengths: lengths(&lives),
        per_view,
        plan: plan::plan(ledger, &lives, range.by, now)?,
        who: who::who(ledger, from.givers, &lives)?,
        engagement: engagement::engagement(&lives, from.engagement, from.days, range),
    })
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{ledger, session, t};
    use super::*;
    use crate::model::GiverRow;
    use rust_decimal_macros::dec;

    /// The insights of `l` with `givers` and nothing captured or reported.
    fn of(l: &Snapshot, givers: &Givers, range: Range, now: DateTime<Utc>) -> Result<Insights> {
        let sources = Sources {
            ledger: l,
            givers,
            engagement: &[],
            days: &[],
        };
        insights(sources, range, now)
    }

    #[test]
    fn fewer_than_five_lives_give_no_figure_and_say_how_many() {
        let l = ledger(
            (0..4)
                .map(|i| session(i + 1, &format!("2026-03-0{}T19:00:00Z", i + 2), 2, 1000))
                .collect(),
        );
        let ins = of(
            &l,
            &Givers::default(),
            Range::default(),
            t("2026-03-10T12:00:00Z"),
        )
        .expect("insights");
        assert_eq!(ins.lives, 4);
        let band = &ins.lengths[3];
        assert_eq!((band.from_minutes, band.to_minutes), (120, Some(180)));
        assert_eq!(band.per_hour, Figure { value: None, n: 4 });
        assert_eq!(ins.plan.hours_needed, None, "no plan on four lives");
    }

    #[test]
    fn a_median_per_hour_by_weekday_and_hour_counted_by_hand() {
        // Five Mondays at 19:00 UTC (fixtures' zone), 2 h each; coins 1000,
        // 2000, 3000, 4000, 100000 at the default 1 diamond a coin: 500,
        // 1000, 1500, 2000, 50000 diamonds an hour; the median is 1500 (a
        // mean would say 11000).
        let coins = [1000, 2000, 3000, 4000, 100_000];
        let mondays = ["02", "09", "16", "23", "30"];
        let l = ledger(
            coins
                .iter()
                .zip(mondays)
                .enumerate()
                .map(|(i, (c, d))| session(i as i64 + 1, &format!("2026-03-{d}T19:00:00Z"), 2, *c))
                .collect(),
        );
        let ins = of(
            &l,
            &Givers::default(),
            Range::default(),
            t("2026-04-01T12:00:00Z"),
        )
        .expect("insights");
        assert_eq!(ins.week.len(), 1);
        let cell = &ins.week[0];
        assert_eq!((cell.weekday, cell.hour), (0, 19));
        assert_eq!(
            cell.per_hour,
            Figure {
                value: Some(dec!(1500)),
                n: 5
            }
        );
        // 110,000 diamonds earned against a 2,000 threshold: nothing to go.
        assert_eq!(ins.plan.diamonds_to_go, Diamonds(dec!(0)));
        assert_eq!(ins.plan.hours_needed, Some(dec!(0)));
        // A range that leaves out the last live: four lives, no figure.
        let r = Range {
            to: NaiveDate::from_ymd_opt(2026, 3, 29),
            ..Range::default()
        };
        let ins = of(&l, &Givers::default(), r, t("2026-04-01T12:00:00Z")).expect("insights");
        assert_eq!(ins.week[0].per_hour, Figure { value: None, n: 4 });
    }

    #[test]
    fn who_gives_counted_by_hand() {
        let mondays = ["02", "09", "16", "23", "30"];
        let l = ledger(
            mondays
                .iter()
                .enumerate()
                .map(|(i, d)| session(i as i64 + 1, &format!("2026-03-{d}T19:00:00Z"), 2, 0))
                .collect(),
        );
        let row = |session_id: i64, sender: u32, coins: i64| GiverRow {
            session_id,
            sender,
            gifts: 1,
            coins,
            first_at: Some(session_id * 1_000),
            last_at: Some(session_id * 1_000 + 500),
        };
        // alice gives 100 in lives 1-3, bob 1,000 in live 1, carol 10 in
        // lives 3-5, dan 5 in live 5 (1 diamond a coin).
        let givers = Givers {
            names: vec!["alice".into(), "bob".into(), "carol".into(), "dan".into()],
            rows: vec![
                row(1, 0, 100),
                row(2, 0, 100),
                row(3, 0, 100),
                row(1, 1, 1000),
                row(3, 2, 10),
                row(4, 2, 10),
                row(5, 2, 10),
                row(5, 3, 5),
            ],
        };
        let ins = of(&l, &givers, Range::default(), t("2026-04-01T12:00:00Z")).expect("insights");
        let who = &ins.who;
        // Gifters 2, 1, 2, 1, 2: median 2.
        assert_eq!(
            who.gifters_per_live,
            Figure {
                value: Some(dec!(2)),
                n: 5
            }
        );
        let new: Vec<(usize, usize)> = who.lives.iter().map(|l| (l.gifters, l.new)).collect();
        assert_eq!(new, vec![(2, 2), (1, 0), (2, 1), (1, 0), (2, 1)]);
        // Returning 0 %, 100 %, 50 %, 100 %, 50 %: median 50.
        assert_eq!(
            who.returning_percent,
            Figure {
                value: Some(dec!(50)),
                n: 5
            }
        );
        // bob brought 1,000 of 1,335 diamonds: 74.9 %.
        let shares: Vec<Option<Decimal>> = who.top_share.iter().map(|s| s.percent.value).collect();
        assert_eq!(
            shares,
            vec![Some(dec!(74.9)), Some(dec!(100)), Some(dec!(100))]
        );
        let names: Vec<(&str, usize)> = who
            .supporters
            .iter()
            .map(|s| (s.name.as_str(), s.lives))
            .collect();
        assert_eq!(
            names,
            vec![("bob", 1), ("alice", 3), ("carol", 3), ("dan", 1)]
        );
        assert_eq!(
            who.supporters[1].first_gift,
            DateTime::from_timestamp_millis(1_000)
        );
        assert_eq!(
            who.supporters[1].last_gift,
            DateTime::from_timestamp_millis(3_500)
        );
    }
}
