//! The figures a creator asks for, as pure functions of a [`Snapshot`] and "now".
//!
//! - `summary.rs`: balance and its value, progress to the withdrawal
//!   threshold, readiness, ETA ([`summary`]).
//! - `statements.rs`: one row per period, the total line and the rounding line
//!   ([`statement_with_total`]).
//! - `metrics.rs`: per-session figures (per hour, per viewer), top lists and the
//!   dashboard that gathers everything ([`dashboard`]).
//!
//! The math is tested without a database. Diamonds stay exact; money is
//! rounded once, when a figure is reported ([`Money::rounded`](crate::money::Money::rounded)).

mod metrics;
mod statements;
mod summary;

#[cfg(test)]
mod fixtures;

pub use crate::store::{Balance, Snapshot};
pub use metrics::{
    dashboard, hours, metrics_of, session_metrics, session_metrics_for, top, Dashboard,
    SessionMetrics, TopBy, TopRow, MIN_HOURS_FOR_PER_HOUR,
};
pub use statements::{statement, statement_with_total, PeriodRow, Statement};
pub use summary::{summary, Summary, PACE_DAYS};
