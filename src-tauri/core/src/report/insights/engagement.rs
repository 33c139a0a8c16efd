//! The room beside the money: how diamonds per hour moved with comments,
//! likes and new followers, across the lives capture saw, and across the
//! days TikTok's own LIVE Center files describe where capture saw nothing.
//!
//! Every figure here says what went together, never what caused what: a
//! busy chat may bring gifts, or gifts may bring a busy chat.

use std::collections::{BTreeSet, HashMap};

use rust_decimal::Decimal;
use serde::Serialize;

use super::{median, per_hour, Figure, Live, Range};
use crate::model::{ReportedDay, SessionEngagement};
use crate::report::metrics::MIN_HOURS_FOR_PER_HOUR;

/// Lives (or days) split in two at the median of a measure, with the median
/// diamonds per live hour of each half.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Split {
    /// The median of the measure over the whole sample: the line between
    /// the halves (`n` is the whole sample).
    pub cut: Figure,
    /// Median diamonds per live hour where the measure was above the line.
    pub above: Figure,
    /// Median diamonds per live hour where it was at or below the line.
    pub below: Figure,
}

/// How diamonds went with the room, where it was counted.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Engagement {
    /// Lives looked at that live capture counted the room in.
    pub lives: usize,
    /// Median comments a minute over those lives (per minute capture kept).
    pub comments_per_minute: Figure,
    /// Median likes a minute over those lives.
    pub likes_per_minute: Figure,
    /// Diamonds per hour by comments a minute (captured lives).
    pub by_comments: Split,
    /// Diamonds per hour by likes a minute (captured lives).
    pub by_likes: Split,
    /// Diamonds per hour by new followers an hour (lives with a followers
    /// figure: typed in, imported, or counted by capture).
    pub by_followers: Split,
    /// TikTok's LIVE Center days on which capture counted nothing: TikTok's
    /// diamonds per live hour by its likes per live minute.
    pub days_by_likes: Split,
}

/// Splits `pairs` (measure, diamonds per hour) at the median measure.
fn split(pairs: &[(Decimal, Decimal)]) -> Split {
    let cut = median(pairs.iter().map(|(m, _)| *m).collect());
    // Under the sample there is no line, so neither half has a figure.
    let line = cut.value;
    let half = |above: bool| {
        median(
            pairs
                .iter()
                .filter(|(m, _)| line.is_some_and(|l| (*m > l) == above))
                .map(|(_, d)| *d)
                .collect(),
        )
    };
    Split {
        above: half(true),
        below: half(false),
        cut,
    }
}

/// `count` per minute over `minutes`.
fn per_minute(count: i64, minutes: i64) -> Decimal {
    Decimal::from(count) / Decimal::from(minutes)
}

/// How the lives' diamonds went with the room; `days` are TikTok's, used in
/// `range` where no live of that day was captured.
pub(super) fn engagement(
    lives: &[Live<'_>],
    counted: &[SessionEngagement],
    days: &[ReportedDay],
    range: Range,
) -> Engagement {
    let by_id: HashMap<i64, &SessionEngagement> =
        counted.iter().map(|e| (e.session_id, e)).collect();
    let mut comments = Vec::new();
    let mut likes = Vec::new();
    let mut followers = Vec::new();
    let mut captured_days = BTreeSet::new();
    for l in lives {
        let seen = by_id.get(&l.session.id).filter(|e| e.minutes > 0);
        if let Some(e) = seen {
            captured_days.insert(l.day);
            comments.push((per_minute(e.comments, e.minutes), per_hour(l)));
            likes.push((per_minute(e.likes, e.minutes), per_hour(l)));
        }
        // The creator's (or TikTok's) own figure first; capture's count else.
        let follows = l.session.new_followers.or(seen.map(|e| e.follows));
        if let Some(f) = follows.filter(|f| *f >= 0) {
            followers.push((Decimal::from(f) / l.hours, per_hour(l)));
        }
    }
    let min_seconds = MIN_HOURS_FOR_PER_HOUR * Decimal::from(3600);
    let day_likes: Vec<(Decimal, Decimal)> = days
        .iter()
        .filter(|d| range.contains(d.day) && !captured_days.contains(&d.day))
        .filter_map(|d| {
            let seconds = Decimal::from(d.live_seconds?);
            let (diamonds, likes) = (d.diamonds?.0, d.likes?);
            (seconds >= min_seconds && likes >= 0).then(|| {
                (
                    Decimal::from(likes) * Decimal::from(60) / seconds,
                    diamonds * Decimal::from(3600) / seconds,
                )
            })
        })
        .collect();
    let rate = |pairs: &[(Decimal, Decimal)]| median(pairs.iter().map(|(m, _)| *m).collect());
    Engagement {
        lives: comments.len(),
        comments_per_minute: rate(&comments),
        likes_per_minute: rate(&likes),
        by_comments: split(&comments),
        by_likes: split(&likes),
        by_followers: split(&followers),
        days_by_likes: split(&day_likes),
    }
}

/// Median diamonds per 1,000 views over TikTok's days in `range` on which
/// no live looked at says how many watched (the fallback for per view).
pub(super) fn per_1000_views_by_day(
    lives: &[Live<'_>],
    days: &[ReportedDay],
    range: Range,
) -> Figure {
    let watched: BTreeSet<_> = lives
        .iter()
        .filter(|l| l.session.unique_viewers.is_some_and(|v| v > 0))
        .map(|l| l.day)
        .collect();
    median(
        days.iter()
            .filter(|d| range.contains(d.day) && !watched.contains(&d.day))
            .filter_map(|d| {
                let views = d.views.filter(|v| *v > 0)?;
                Some(d.diamonds?.0 * Decimal::from(1000) / Decimal::from(views))
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::super::super::fixtures::{ledger, session, t};
    use super::super::{insights, Insights, Sources};
    use super::*;
    use crate::model::Givers;
    use crate::money::Diamonds;
    use chrono::NaiveDate;
    use rust_decimal_macros::dec;

    /// Ten 2-hour lives on March 1–10; live `i` had `100 i` comments and
    /// `2 i` follows over 100 counted minutes, no likes. Lives 1–5 brought
    /// `1000 i` coins (500 i an hour: 500 … 2,500), lives 6–10 `10000 +
    /// 1000 i` (8,000 … 10,000 an hour).
    fn ten() -> (crate::snapshot::Snapshot, Vec<SessionEngagement>) {
        let sessions = (1..=10)
            .map(|i| {
                let coins = if i <= 5 { 1000 * i } else { 10_000 + 1000 * i };
                session(i, &format!("2026-03-{i:02}T19:00:00Z"), 2, coins)
            })
            .collect();
        let counted = (1..=10)
            .map(|i| SessionEngagement {
                session_id: i,
                likes: 0,
                comments: 100 * i,
                joins: 0,
                follows: 2 * i,
                shares: 0,
                viewers_peak: None,
                minutes: 100,
            })
            .collect();
        (ledger(sessions), counted)
    }

    fn of(
        l: &crate::snapshot::Snapshot,
        counted: &[SessionEngagement],
        days: &[ReportedDay],
    ) -> Insights {
        let sources = Sources {
            ledger: l,
            givers: &Givers::default(),
            engagement: counted,
            days,
        };
        insights(sources, Range::default(), t("2026-04-01T12:00:00Z")).expect("insights")
    }

    fn fig(value: Option<Decimal>, n: usize) -> Figure {
        Figure { value, n }
    }

    #[test]
    fn diamonds_per_hour_split_by_comments_and_followers_counted_by_hand() {
        let (l, counted) = ten();
        let e = of(&l, &counted, &[]).engagement;
        assert_eq!(e.lives, 10);
        // 1 … 10 comments a minute: the median, and the line, is 5.5.
        assert_eq!(e.comments_per_minute, fig(Some(dec!(5.5)), 10));
        let halves = Split {
            cut: fig(Some(dec!(5.5)), 10),
            above: fig(Some(dec!(9000)), 5),
            below: fig(Some(dec!(1500)), 5),
        };
        assert_eq!(e.by_comments, halves);
        // 2 i follows over 2 hours: i an hour, the same halves.
        assert_eq!(e.by_followers, halves);
        // No likes anywhere: every live at the line, none above it; below
        // is every live, (2,500 + 8,000) / 2.
        assert_eq!(
            e.by_likes,
            Split {
                cut: fig(Some(dec!(0)), 10),
                above: fig(None, 0),
                below: fig(Some(dec!(5250)), 10),
            }
        );
    }

    #[test]
    fn a_typed_followers_figure_wins_over_capture_and_few_lives_give_no_halves() {
        let (mut l, counted) = ten();
        // Live 10's creator typed 0 new followers: it falls below the line
        // (followers an hour 0, 1 … 9: line 4.5; above are lives 5–9).
        l.sessions[9].new_followers = Some(0);
        let e = of(&l, &counted, &[]).engagement;
        assert_eq!(e.by_followers.cut, fig(Some(dec!(4.5)), 10));
        // Above: 2,500, 8,000, 8,500, 9,000, 9,500 an hour: 8,500.
        assert_eq!(e.by_followers.above, fig(Some(dec!(8500)), 5));
        // Four captured lives: no line, no halves, and the sample is said.
        let e = of(&l, &counted[..4], &[]).engagement;
        assert_eq!(e.lives, 4);
        assert_eq!(e.by_comments.cut, fig(None, 4));
        assert_eq!(e.by_comments.above, fig(None, 0));
    }

    fn day(d: u32, seconds: i64, diamonds: i64, likes: i64, views: i64) -> ReportedDay {
        ReportedDay {
            day: NaiveDate::from_ymd_opt(2026, 3, d).expect("a day"),
            diamonds: Some(Diamonds(Decimal::from(diamonds))),
            live_seconds: Some(seconds),
            likes: Some(likes),
            views: Some(views),
            ..ReportedDay::default()
        }
    }

    #[test]
    fn tiktoks_days_fill_in_where_capture_and_viewers_are_missing() {
        let (mut l, counted) = ten();
        // Lives 9 and 10 say nothing of their viewers.
        l.sessions[8].unique_viewers = None;
        l.sessions[9].unique_viewers = None;
        // TikTok's days 20–24: an hour live, 60 k likes (k a minute), 100 k
        // diamonds (100 k an hour), 1,000 k views (100 per 1,000 views).
        // Day 10 had a captured live, whose viewers are unknown; day 1 a
        // live with viewers, also captured.
        let mut days: Vec<ReportedDay> = (1..=5)
            .map(|k| day(19 + k as u32, 3600, 100 * k, 60 * k, 1000 * k))
            .collect();
        days.push(day(10, 3600, 7, 7, 7));
        days.push(day(1, 3600, 7, 7, 7));
        let ins = of(&l, &counted[..8], &days);
        // Capture saw day 1 (live 1) but not day 10 (live 10 not in the
        // eight counted): day 10 joins the five.
        let e = ins.engagement;
        // Likes a minute 0.1166… (day 10: 7 in an hour), 1 … 5: the line
        // is (2 + 3) / 2; above it days 22–24 alone, not enough days.
        assert_eq!(e.days_by_likes.cut, fig(Some(dec!(2.5)), 6));
        assert_eq!(e.days_by_likes.above, fig(None, 3));
        // Per 1,000 views: days 20–24 give 100 each, day 10 gives 1,000
        // (its live says nothing of viewers); day 1's live does.
        assert_eq!(
            ins.per_view.diamonds_per_1000_views_by_day,
            fig(Some(dec!(100)), 6)
        );
    }
}
