//! The rows a file is read into, checked and ready to be written: gifts,
//! sessions, withdrawals, adjustments, rates, and what the import reports.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use rust_decimal::Decimal;
use rustc_hash::FxHashMap;

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
    /// Counted in [`Parsed::names`] as it left the reading thread, as if it
    /// were new: the writer takes it back out if it is not.
    pub tallied: bool,
}

/// Gifts and coins per gift name and per sender: what an import adds to the
/// kept name totals, one entry a name (not a gift-and-sender pair: a file
/// of 5,000 senders and 20 gifts has 100,000 pairs, and writing each took
/// as long as the last tenth of the import). Looked up by reference, so a
/// row allocates only for a name or sender not seen before.
#[derive(Debug, Default)]
pub(crate) struct NameTotals {
    gifts: FxHashMap<String, (i64, i64)>,
    senders: FxHashMap<String, (i64, i64)>,
}

/// Adds to the entry of an owned `key`, made at zero when missing.
fn add_to(
    map: &mut FxHashMap<String, (i64, i64)>,
    key: String,
    count: i64,
    coins: i64,
) -> Option<()> {
    let n = map.entry(key).or_default();
    *n = (n.0.checked_add(count)?, n.1.checked_add(coins)?);
    Some(())
}

impl NameTotals {
    /// Adds `count` gifts worth `coins` (negative to take them away) under
    /// `name` and `sender`; `None`, changing no sum, when one would overflow
    /// (a name seen for the first time may be left at zero, which
    /// [`NameTotals::drain`] leaves out).
    pub fn add(
        &mut self,
        name: &str,
        sender: &Option<String>,
        count: i64,
        coins: i64,
    ) -> Option<()> {
        let g = match self.gifts.get_mut(name) {
            Some(g) => g,
            None => self.gifts.entry(name.to_string()).or_default(),
        };
        let g_sum = (g.0.checked_add(count)?, g.1.checked_add(coins)?);
        if let Some(sender) = sender {
            let s = match self.senders.get_mut(sender.as_str()) {
                Some(s) => s,
                None => self.senders.entry(sender.clone()).or_default(),
            };
            *s = (s.0.checked_add(count)?, s.1.checked_add(coins)?);
        }
        *g = g_sum;
        Some(())
    }

    /// Counts `g` as new, when its coins and the sums fit.
    pub fn tally(&mut self, g: &GiftRow) -> bool {
        g.coins_each
            .checked_mul(g.count)
            .and_then(|coins| self.add(&g.name, &g.sender, g.count, coins))
            .is_some()
    }

    /// Adds every total of `other`; `None` when a sum overflows.
    pub fn merge(&mut self, other: NameTotals) -> Option<()> {
        for (name, (count, coins)) in other.gifts {
            add_to(&mut self.gifts, name, count, coins)?;
        }
        for (name, (count, coins)) in other.senders {
            add_to(&mut self.senders, name, count, coins)?;
        }
        Some(())
    }

    /// Each ("gift" or "sender", name, gifts, coins) that changes, emptying
    /// the totals (a row counted and taken back out again nets to nothing).
    pub fn drain(&mut self) -> impl Iterator<Item = (&'static str, String, i64, i64)> {
        let gifts = std::mem::take(&mut self.gifts)
            .into_iter()
            .map(|(n, (g, c))| ("gift", n, g, c));
        let senders = std::mem::take(&mut self.senders)
            .into_iter()
            .map(|(n, (g, c))| ("sender", n, g, c));
        gifts
            .chain(senders)
            .filter(|(_, _, g, c)| *g != 0 || *c != 0)
    }
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
    /// The name totals of the rows handed to the writer while reading
    /// (those marked `tallied`).
    pub names: NameTotals,
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
    /// Rows of other events (likes, chat…) skipped, by kind (at most 20
    /// kinds, then "other").
    pub events_skipped: BTreeMap<String, u64>,
    /// How numbers were written, per column where they differ.
    pub number_format: String,
    /// How dates were written.
    pub date_format: String,
    /// Which column each field was read from, with sample values.
    pub fields: Vec<FieldSource>,
    /// What the import warns about, each naming its line.
    pub warnings: Vec<String>,
    /// How the file was read, where a person may want to know: where a
    /// price came from, a summary block skipped.
    pub notes: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_totals_sum_per_gift_and_per_sender_and_drop_what_nets_to_nothing() {
        let mut t = NameTotals::default();
        let (alice, bob) = (Some("alice".to_string()), Some("bob".to_string()));
        t.add("Rose", &alice, 3, 3).expect("fits");
        t.add("Lion", &alice, 1, 29_999).expect("fits");
        t.add("Rose", &bob, 2, 2).expect("fits");
        t.add("Rose", &None, 1, 1).expect("fits");
        // Counted as new, then found in the ledger: taken back out.
        t.add("Doughnut", &Some("carol".to_string()), 1, 30)
            .expect("fits");
        t.add("Doughnut", &Some("carol".to_string()), -1, -30)
            .expect("fits");
        let mut other = NameTotals::default();
        other.add("Lion", &bob, 1, 29_999).expect("fits");
        t.merge(other).expect("fits");
        let mut out: Vec<_> = t.drain().collect();
        out.sort();
        assert_eq!(
            out,
            vec![
                ("gift", "Lion".to_string(), 2, 59_998),
                ("gift", "Rose".to_string(), 6, 6),
                ("sender", "alice".to_string(), 4, 30_002),
                ("sender", "bob".to_string(), 3, 30_001),
            ]
        );
        assert_eq!(t.drain().count(), 0, "drained");
    }

    #[test]
    fn an_overflowing_sum_changes_nothing() {
        let mut t = NameTotals::default();
        let alice = Some("alice".to_string());
        t.add("Rose", &None, 1, 1).expect("fits");
        t.add("Lion", &alice, 1, i64::MAX).expect("fits");
        assert!(
            t.add("Rose", &alice, 1, 1).is_none(),
            "alice's coins overflow"
        );
        let mut out: Vec<_> = t.drain().collect();
        out.sort();
        assert_eq!(
            out,
            vec![
                ("gift", "Lion".to_string(), 1, i64::MAX),
                ("gift", "Rose".to_string(), 1, 1),
                ("sender", "alice".to_string(), 1, i64::MAX),
            ]
        );
    }
}
