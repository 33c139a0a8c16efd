//! The store's side of the insights: it gathers what `report::insights`
//! and `report::timeline` read, all kept as it was written (per-live
//! givers, per-minute engagement, TikTok's days), never recounted from
//! every gift.

use chrono::{DateTime, Utc};

use super::{get_time, Store};
use crate::error::Result;
use crate::report::{self, Insights, Range, Sources, Timeline};

impl Store {
    /// Every insight of the lives in `range`, as of `now`.
    pub fn insights(&self, range: Range, now: DateTime<Utc>) -> Result<Insights> {
        let ledger = self.snapshot()?;
        let givers = self.givers()?;
        let engagement = self.engagement_by_session()?;
        let days = self.reported_days()?;
        report::insights(
            Sources {
                ledger: &ledger,
                givers: &givers,
                engagement: &engagement,
                days: &days,
            },
            range,
            now,
        )
    }

    /// Live `session_id` minute by minute: its gifts' diamonds beside the
    /// room capture counted. Gifts without a time are not on it.
    pub fn timeline(&self, session_id: i64) -> Result<Timeline> {
        let ledger = self.snapshot()?;
        let coins = self.coins_by_minute(session_id)?;
        let counted = self.live_minutes(session_id)?;
        report::timeline(&ledger, session_id, &coins, &counted)
    }

    /// The coins of live `session_id`'s timed gifts, summed per minute.
    /// A sum past what SQLite's integers hold is an error, never wrapped.
    fn coins_by_minute(&self, session_id: i64) -> Result<Vec<(DateTime<Utc>, i64)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT (at / 60000) * 60000 AS m, sum(coins_each * count)
             FROM gifts WHERE session_id = ?1 AND at IS NOT NULL GROUP BY m ORDER BY m",
        )?;
        let rows = stmt.query_map([session_id], |r| Ok((get_time(r, 0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
