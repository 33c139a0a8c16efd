//! The figures a creator asks for, as pure functions of a
//! [`Snapshot`](crate::snapshot::Snapshot) and "now": nothing here reads the
//! ledger's file; the store builds the snapshot (`snapshot()` in `store/snapshot.rs`).
//!
//! - `summary.rs`: balance and its value, progress to the withdrawal
//!   threshold, readiness, ETA ([`summary`]).
//! - `statements.rs`: one row per period, the total line and the rounding line
//!   ([`statement_with_total`]).
//! - `days.rs`: TikTok LIVE Center's own figures per day beside the ledger's
//!   days, and the difference ([`days_report`]).
//! - `insights/`: what earns across all lives — by weekday and hour, by
//!   length, per viewer, with the room — the hours still needed
//!   ([`insights`]), and one live minute by minute ([`timeline`]).
//! - `compare.rs`: this week and month so far beside the same days before
//!   ([`compare`]).
//! - `payouts.rs`: recorded withdrawals below their day's minimum
//!   ([`below_minimum`]).
//! - `metrics.rs`: per-session figures (per hour, per viewer), top lists and the
//!   dashboard that gathers everything ([`dashboard`]).
//!
//! The math is tested without a database. Diamonds stay exact; money is
//! rounded once, when a figure is reported ([`Money::rounded`](crate::money::Money::rounded)).

mod compare;
mod days;
mod insights;
mod metrics;
mod payouts;
mod statements;
mod summary;

#[cfg(test)]
mod fixtures;

pub use compare::{compare, Comparisons, PeriodComparison};
pub use days::{days_report, DayComparison, DayStatus, DaysReport};
pub use insights::{
    insights, timeline, Engagement, Figure, HourCell, Insights, LengthBand, LiveGivers, PerView,
    Plan, Range, Sources, Split, Supporter, Timeline, TimelineMinute, TopShare, Who, MIN_SAMPLE,
    PACE_WEEKS, PLAN_LIVES, SUPPORTERS,
};
pub use metrics::{
    dashboard, hours, metrics_of, session_metrics, session_metrics_for, session_rows, top,
    Dashboard, DayPoint, LivePoint, SessionMetrics, SessionRow, TopBy, TopRow,
    MIN_HOURS_FOR_PER_HOUR,
};
pub use payouts::{below_minimum, quote, BelowMinimum, Quote};
pub use statements::{
    statement, statement_between, statement_with_total, PeriodRow, Span, Statement,
};
pub use summary::{summary, BlockerKind, Summary, ETA_MIN_LIVES, PACE_DAYS};
