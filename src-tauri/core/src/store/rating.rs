//! Fixing each session at the rate it was recorded with, and re-rating
//! sessions when the creator asks.
//!
//! A session takes the rate in force on its local start day once, when it is
//! written; a withdrawal takes that day's currency. From then on a new rate,
//! an edited rate or a changed time zone leaves both as they are: only
//! [`Store::rerate`] moves sessions to the rate now in force, after
//! [`Store::rerate_preview`] has shown what would change.

use chrono::NaiveDate;
use rusqlite::{params, Connection};
use serde::Serialize;

use super::rates::rates_of_in;
use super::sessions::{session_from_row, SESSION_COLUMNS};
use super::LedgerTx;
use super::{tz_of_in, Store};
use crate::dates;
use crate::error::{Error, Result};
use crate::model::{Session, SessionRate};
use crate::money::{Diamonds, Money};
use crate::rates::RateTable;

/// Fixes every session that has no rate yet at the rate of its local start
/// day, and gives every withdrawal without a currency that of its day. Runs
/// inside the caller's transaction after each write that adds sessions.
pub(crate) fn freeze(ltx: &LedgerTx<'_>) -> Result<usize> {
    let conn = ltx.conn();
    let rates = rates_of_in(conn)?;
    let tz = tz_of_in(conn)?;
    let open: Vec<(i64, i64)> = {
        let mut stmt = conn.prepare_cached(
            "SELECT id, started_at FROM sessions WHERE diamonds_per_coin IS NULL",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for (id, started_ms) in &open {
        let day = dates::from_ms(*started_ms).map(|t| dates::local_date(t, tz));
        let rate = day.and_then(|d| rates.on(d)).ok_or_else(|| {
            Error::invalid_said("rate", crate::l10n::Message::new("core-invalid-no-rate"))
        })?;
        write_rate(conn, *id, &SessionRate::of(rate))?;
    }
    let loose: Vec<(i64, i64)> = {
        let mut stmt =
            conn.prepare_cached("SELECT id, requested_at FROM withdrawals WHERE currency IS NULL")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for (id, ms) in loose {
        let day = dates::from_ms(ms).map(|t| dates::local_date(t, tz));
        if let Some(rate) = day.and_then(|d| rates.on(d)) {
            conn.execute(
                "UPDATE withdrawals SET currency = ?2 WHERE id = ?1",
                params![id, rate.currency],
            )?;
        }
    }
    Ok(open.len())
}

/// Fixes session `session_id` at `rate` (an import of LiveLedger's own
/// export brings the rate each session was valued at).
pub(crate) fn write_rate(conn: &Connection, session_id: i64, rate: &SessionRate) -> Result<()> {
    conn.prepare_cached(
        "UPDATE sessions SET rate_id = ?2, rate_from = ?3, diamonds_per_coin = ?4,
            money_per_diamond = ?5, currency = ?6 WHERE id = ?1",
    )?
    .execute(params![
        session_id,
        rate.rate_id,
        rate.effective_from.to_string(),
        rate.diamonds_per_coin.normalize().to_string(),
        rate.money_per_diamond.normalize().to_string(),
        rate.currency,
    ])?;
    Ok(())
}

/// One session whose fixed rate differs from the rate now in force on its
/// day, and what re-rating it would change.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct RerateChange {
    /// The session.
    pub session_id: i64,
    /// Its local start day.
    pub day: NaiveDate,
    /// Its title.
    pub title: String,
    /// The rate it is valued at now (`None`: never fixed).
    pub from: Option<SessionRate>,
    /// The rate in force on its day today.
    pub to: SessionRate,
    /// Its diamonds now.
    pub diamonds_before: Diamonds,
    /// Its diamonds after re-rating.
    pub diamonds_after: Diamonds,
    /// Its value now, rounded, in the `from` currency.
    pub value_before: Money,
    /// Its value after, rounded, in the `to` currency.
    pub value_after: Money,
}

fn change(s: &Session, rates: &RateTable, tz: chrono_tz::Tz) -> Result<Option<RerateChange>> {
    let day = dates::local_date(s.started_at, tz);
    let Some(now) = rates.on(day).map(SessionRate::of) else {
        return Ok(None);
    };
    if matches!(&s.rate, Some(r) if r.same_figures(&now)) {
        return Ok(None);
    }
    let overflow = || Error::overflow(format!("session {}'s diamonds", s.id));
    let before = s.rate.as_ref().unwrap_or(&now);
    Ok(Some(RerateChange {
        session_id: s.id,
        day,
        title: s.title.clone(),
        from: s.rate.clone(),
        diamonds_before: s.diamonds_at(before).ok_or_else(overflow)?.normalize(),
        diamonds_after: s.diamonds_at(&now).ok_or_else(overflow)?.normalize(),
        value_before: s.value_at(before).ok_or_else(overflow)?.rounded(),
        value_after: s.value_at(&now).ok_or_else(overflow)?.rounded(),
        to: now,
    }))
}

impl Store {
    /// The sessions from local day `from` to `to` (both optional, inclusive)
    /// whose fixed rate differs from the rate in force on their day now, with
    /// what re-rating them would change. Writes nothing.
    pub fn rerate_preview(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<Vec<RerateChange>> {
        let rates = self.rates()?;
        let tz = self.tz()?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {SESSION_COLUMNS} FROM sessions ORDER BY started_at, id"
        ))?;
        let sessions = stmt.query_map([], session_from_row)?;
        let mut out = Vec::new();
        for s in sessions {
            let s = s?;
            let day = dates::local_date(s.started_at, tz);
            if from.is_some_and(|f| day < f) || to.is_some_and(|t| day > t) {
                continue;
            }
            if let Some(c) = change(&s, &rates, tz)? {
                out.push(c);
            }
        }
        Ok(out)
    }

    /// Moves the sessions [`Store::rerate_preview`] lists to the rate now in
    /// force on their day, in one transaction, and returns what changed. When
    /// that would leave the balance below zero it asks for confirmation
    /// first (`force`).
    pub fn rerate(
        &mut self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        force: bool,
    ) -> Result<Vec<RerateChange>> {
        let tx = self.begin()?;
        let before = self.balance_before(force)?;
        let changes = self.rerate_preview(from, to)?;
        for c in &changes {
            write_rate(tx.conn(), c.session_id, &c.to)?;
        }
        self.guard_balance(before, super::balance::Lowering::Rerate)?;
        tx.commit()?;
        Ok(changes)
    }
}
