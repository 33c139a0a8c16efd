//! The rows a file is read into, checked and ready to be written: gifts,
//! sessions, withdrawals, adjustments, rates, and what the import reports.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use rust_decimal::Decimal;

use crate::import::FieldSource;
use crate::model::{DayFigure, SessionInput, WithdrawalStatus};
use crate::rates::Rate;

pub(crate) use crate::import::datetime::When;

/// The order of day and month in dates written with slashes, such as 01/02/2026.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    /// 01/02/2026 is 1 February.
    DayFirst,
    /// 01/02/2026 is 2 January.
    MonthFirst,
}

/// A gift row ready to be written.
#[derive(Debug, Clone)]
pub(crate) struct GiftRow {
    /// When it was sent; `None` for a LiveLedger gift without a time.
    pub at: Option<When>,
    /// The gift, as the file names it.
    pub name: String,
    /// What one such gift costs, in coins (0 or more).
    pub coins_each: i64,
    /// How many (1 or more); price × count fits an `i64`.
    pub count: i64,
    /// Who sent it, when the file says.
    pub sender: Option<String>,
    /// The session the row names (a session column, a LiveLedger
    /// `session_ref`); `None` puts it in a session by the gap.
    pub session_key: Option<String>,
    /// Its fingerprint, the occurrence of identical rows in the file counted in.
    pub fp: i64,
    /// The streak a streakable gift-event row belongs to.
    pub streak: Option<Streak>,
}

/// A streak's identity, which a prefix of a growing log and the whole log
/// agree on: its first event's time, and a fingerprint of its sender, gift,
/// that time and how many streaks of those came first.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Streak {
    /// Its first event's time.
    pub first: When,
    /// Its identity: a fingerprint of sender, gift and first time, counted
    /// like a row's.
    pub id: i64,
    /// Its end was not in the file: counted at the highest count seen.
    pub estimated: bool,
}

/// A session row ready to be written.
#[derive(Debug, Clone)]
pub(crate) struct SessionRow {
    /// A LiveLedger export's `session_ref`, which its gifts name.
    pub key: Option<String>,
    /// When it started.
    pub start: When,
    /// How long it ran, when the file says.
    pub duration: Option<Duration>,
    /// When it ended, when the file says.
    pub end: Option<DateTime<Utc>>,
    /// Its details, checked.
    pub input: SessionInput,
    /// Its fingerprint, the occurrence of identical rows in the file counted in.
    pub fp: i64,
    /// The rate a LiveLedger export says the session is valued at; `None`
    /// elsewhere (the session takes the rate of its day when written).
    pub rate: Option<crate::model::SessionRate>,
}

/// A withdrawal row (LiveLedger format).
#[derive(Debug, Clone)]
pub(crate) struct WithdrawalRow {
    /// When it was requested.
    pub at: DateTime<Utc>,
    /// Diamonds withdrawn.
    pub diamonds: Decimal,
    /// Money before the fee.
    pub gross: Decimal,
    /// The fee, in money.
    pub fee: Decimal,
    /// Money paid out.
    pub net: Decimal,
    /// The payout method.
    pub method: String,
    /// Pending, paid, failed or cancelled.
    pub status: WithdrawalStatus,
    /// The payout reference.
    pub reference: String,
    /// Its fingerprint, the occurrence of identical rows in the file counted in.
    pub fp: i64,
}

/// An adjustment row (LiveLedger format).
#[derive(Debug, Clone)]
pub(crate) struct AdjustmentRow {
    /// When.
    pub at: DateTime<Utc>,
    /// Diamonds added (negative: removed).
    pub diamonds: Decimal,
    /// Why.
    pub reason: String,
    /// Its fingerprint, the occurrence of identical rows in the file counted in.
    pub fp: i64,
}

/// One row of TikTok LIVE Center's per-day files: a day and its figures.
#[derive(Debug, Clone)]
pub(crate) struct DayRow {
    /// The day, read as a date at midnight UTC (the file's day is already
    /// the creator's local day), or a slashed date waiting for the column.
    pub day: When,
    /// The line it was read from.
    pub line: u64,
    /// Each figure the row gives.
    pub figures: Vec<(DayFigure, Decimal)>,
}

/// Rows settled while a file is read, handed to the writer together.
#[derive(Debug, Default)]
pub(crate) struct Batch {
    /// Gift rows.
    pub gifts: Vec<GiftRow>,
    /// Lives of a session summary.
    pub sessions: Vec<SessionRow>,
}

/// Everything read from a file, checked.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    /// Gift rows, streaks folded.
    pub gifts: Vec<GiftRow>,
    /// Session rows.
    pub sessions: Vec<SessionRow>,
    /// Withdrawal rows.
    pub withdrawals: Vec<WithdrawalRow>,
    /// Adjustment rows.
    pub adjustments: Vec<AdjustmentRow>,
    /// Rates.
    pub rates: Vec<Rate>,
    /// Rows of TikTok's per-day files, as read.
    pub day_rows: Vec<DayRow>,
    /// Their figures by day, once every day is settled (a day the file
    /// gives twice merged, when the two agree).
    pub days: BTreeMap<chrono::NaiveDate, BTreeMap<DayFigure, Decimal>>,
    /// Steps of a streak read and folded into its final row.
    pub streak_steps: u64,
    /// Streaks whose end never came, written estimated.
    pub unfinished_streaks: u64,
    /// Rows read into something (gifts, sessions…, streak steps included).
    pub rows_taken: u64,
    /// Totals rows skipped.
    pub totals_skipped: u64,
    /// Rows of a summary block below the table, skipped.
    pub summary_skipped: u64,
    /// Messages delivered again (an id the file already gave), counted once.
    pub redelivered: u64,
    /// Blank lines and rows with no value, skipped.
    pub blank_skipped: u64,
    /// Rows left out at the creator's word.
    pub left_out: u64,
    /// Rows of other events (likes, chat…) skipped, by kind (at most 20
    /// kinds, then "other").
    pub events_skipped: BTreeMap<String, u64>,
    /// How numbers were written, per column where they differ.
    pub number_format: String,
    /// How dates were written.
    pub date_format: String,
    /// The same as a message, for a face to say in its language.
    pub date_format_said: Option<crate::l10n::Message>,
    /// Which column each field was read from, with sample values.
    pub fields: Vec<FieldSource>,
    /// What the import warns about, each naming its line.
    pub warnings: Vec<crate::l10n::Message>,
    /// How the file was read, where a person may want to know: where a
    /// price came from, a summary block skipped.
    pub notes: Vec<crate::l10n::Message>,
}
