//! The `sessions` table: reading sessions, and the one way a session is written.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension, Row};
use rust_decimal::Decimal;

use super::check::{check_count, clean_text};
use super::totals::subtract_name_totals;
use super::{get_dec, get_opt_time, get_time, to_ms, Store};
use crate::dates;
use crate::error::{Error, Result};
use crate::model::{Session, SessionInput, SessionRate};
use crate::money::{check_bounds, Coins, Diamonds};

pub(crate) const SESSION_COLUMNS: &str =
    "id, started_at, ended_at, title, peak_viewers, unique_viewers, likes, \
     new_followers, notes, import_id, reported_diamonds, coins_total, gift_count, \
     rate_id, rate_from, diamonds_per_coin, money_per_diamond, currency";

pub(crate) fn session_from_row(r: &Row<'_>) -> rusqlite::Result<Session> {
    Ok(Session {
        id: r.get(0)?,
        started_at: get_time(r, 1)?,
        ended_at: get_opt_time(r, 2)?,
        title: r.get(3)?,
        peak_viewers: r.get(4)?,
        unique_viewers: r.get(5)?,
        likes: r.get(6)?,
        new_followers: r.get(7)?,
        notes: r.get(8)?,
        import_id: r.get(9)?,
        reported_diamonds: Diamonds(get_dec(r, 10)?),
        coins_total: Coins(r.get(11)?),
        gift_count: r.get(12)?,
        rate: session_rate_from_row(r, 13)?,
    })
}

/// Reads the fixed rate of a session, stored in five columns from `at`.
fn session_rate_from_row(r: &Row<'_>, at: usize) -> rusqlite::Result<Option<SessionRate>> {
    let dpc: Option<String> = r.get(at + 2)?;
    if dpc.is_none() {
        return Ok(None);
    }
    let day: String = r.get(at + 1)?;
    Ok(Some(SessionRate {
        rate_id: r.get(at)?,
        effective_from: day.parse::<NaiveDate>().map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(
                at + 1,
                rusqlite::types::Type::Text,
                Box::new(e),
            )
        })?,
        diamonds_per_coin: get_dec(r, at + 2)?,
        money_per_diamond: get_dec(r, at + 3)?,
        currency: r.get(at + 4)?,
    }))
}

/// Validates a session's input and returns its start.
pub(crate) fn validate_session(input: &SessionInput) -> Result<DateTime<Utc>> {
    let start = input
        .started_at
        .ok_or_else(|| Error::invalid("start", "is required"))?;
    if let Some(end) = input.ended_at {
        if end < start {
            return Err(Error::invalid("end", "is before the start"));
        }
    }
    check_count("peak viewers", input.peak_viewers)?;
    check_count("viewers", input.unique_viewers)?;
    check_count("likes", input.likes)?;
    check_count("new followers", input.new_followers)?;
    if input.reported_diamonds.0 < Decimal::ZERO {
        return Err(Error::invalid("diamonds", "must not be negative"));
    }
    check_bounds("diamonds", input.reported_diamonds.0, 8)?;
    Ok(start)
}

impl Store {
    /// Records a session; returns its id.
    pub fn add_session(&mut self, input: &SessionInput) -> Result<i64> {
        let start = validate_session(input)?;
        let title = clean_text("title", &input.title, false)?;
        let notes = clean_text("notes", &input.notes, true)?;
        let tx = self.conn.transaction()?;
        let id = tx.query_row(
            "INSERT INTO sessions (started_at, ended_at, title, peak_viewers, unique_viewers, likes, new_followers, notes, reported_diamonds)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id",
            params![
                to_ms(start),
                input.ended_at.map(to_ms),
                title,
                input.peak_viewers,
                input.unique_viewers,
                input.likes,
                input.new_followers,
                notes,
                input.reported_diamonds.0.normalize().to_string(),
            ],
            |r| r.get(0),
        )?;
        super::rating::freeze(&tx)?;
        tx.commit()?;
        Ok(id)
    }

    /// Replaces a session's details (its gifts stay).
    pub fn update_session(&mut self, id: i64, input: &SessionInput) -> Result<()> {
        let start = validate_session(input)?;
        let title = clean_text("title", &input.title, false)?;
        let notes = clean_text("notes", &input.notes, true)?;
        let tx = self.conn.transaction()?;
        let first_gift: Option<i64> = tx.query_row(
            "SELECT min(at) FROM gifts WHERE session_id = ?1",
            [id],
            |r| r.get(0),
        )?;
        if matches!(first_gift, Some(at) if at < to_ms(start) - 24 * 3_600_000) {
            return Err(Error::invalid(
                "start",
                "is more than a day after this session's first gift",
            ));
        }
        // A start typed on the wrong day takes the rate of the right one; a
        // start moved within its day keeps the rate the session has.
        let tz = super::tz_of(&tx)?;
        let was: Option<i64> = tx
            .query_row("SELECT started_at FROM sessions WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        let was_day = was
            .and_then(dates::from_ms)
            .map(|t| dates::local_date(t, tz));
        if was_day.is_some_and(|d| d != dates::local_date(start, tz)) {
            tx.execute(
                "UPDATE sessions SET diamonds_per_coin = NULL WHERE id = ?1",
                [id],
            )?;
        }
        let n = tx.execute(
            "UPDATE sessions SET started_at = ?2, ended_at = ?3, title = ?4, peak_viewers = ?5, unique_viewers = ?6,
                likes = ?7, new_followers = ?8, notes = ?9, reported_diamonds = ?10 WHERE id = ?1",
            params![
                id,
                to_ms(start),
                input.ended_at.map(to_ms),
                title,
                input.peak_viewers,
                input.unique_viewers,
                input.likes,
                input.new_followers,
                notes,
                input.reported_diamonds.0.normalize().to_string(),
            ],
        )?;
        if n == 0 {
            return Err(Error::NotFound {
                what: "session",
                id,
            });
        }
        super::rating::freeze(&tx)?;
        tx.commit()?;
        Ok(())
    }

    /// Marks a running session as ended at `at`.
    pub fn end_session(&mut self, id: i64, at: DateTime<Utc>) -> Result<()> {
        let s = self.session(id)?;
        if at < s.started_at {
            return Err(Error::invalid("end", "is before the session's start"));
        }
        self.conn.execute(
            "UPDATE sessions SET ended_at = ?2 WHERE id = ?1",
            params![id, to_ms(at)],
        )?;
        Ok(())
    }

    /// Deletes a session and its gifts. When withdrawals were paid from its
    /// diamonds (the balance would fall below zero) it asks for confirmation
    /// first (`force`).
    pub fn delete_session(&mut self, id: i64, force: bool) -> Result<()> {
        let tx = self.write_transaction()?;
        let before = self.balance_before(force)?;
        subtract_name_totals(&tx, "session_id = ?1", id)?;
        if tx.execute("DELETE FROM sessions WHERE id = ?1", [id])? == 0 {
            return Err(Error::NotFound {
                what: "session",
                id,
            });
        }
        self.guard_balance(before, &format!("deleting session {id}"))?;
        tx.commit()?;
        Ok(())
    }

    /// One session.
    pub fn session(&self, id: i64) -> Result<Session> {
        self.conn
            .query_row(
                &format!("SELECT {SESSION_COLUMNS} FROM sessions WHERE id = ?1"),
                [id],
                session_from_row,
            )
            .optional()?
            .ok_or(Error::NotFound {
                what: "session",
                id,
            })
    }

    /// The most recent session still running (no end), if any: a live tally
    /// resumes it after the app was closed.
    pub fn running_session(&self) -> Result<Option<Session>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {SESSION_COLUMNS} FROM sessions WHERE ended_at IS NULL ORDER BY started_at DESC, id DESC LIMIT 1"),
                [],
                session_from_row,
            )
            .optional()?)
    }

    /// Every session, oldest first.
    pub fn sessions(&self) -> Result<Vec<Session>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {SESSION_COLUMNS} FROM sessions ORDER BY started_at, id"
        ))?;
        let rows = stmt.query_map([], session_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
