//! Reading and writing the ledger's records. Each write is one transaction
//! and validates its input first; a refused write changes nothing.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension, Row, Transaction};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{get_dec, get_opt_time, get_time, to_ms, Store};
use crate::dates;
use crate::error::{Error, Result};
use crate::model::{
    Adjustment, Gift, GiftInput, ImportRecord, Session, SessionInput, SessionRate, Settings,
    Withdrawal, WithdrawalInput, WithdrawalStatus,
};
use crate::money::{check_bounds, Coins, Diamonds, Money, MAX_RECORD};
use crate::rates::{Rate, RateTable};

/// A gift in the catalog and its price in coins.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct CatalogGift {
    /// Name as shown and typed (matched without regard to case).
    pub name: String,
    /// Price of one in coins.
    pub coins: i64,
}

/// Longest text accepted in a name, title or sender field.
const MAX_TEXT: usize = 500;

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

const GIFT_COLUMNS: &str =
    "id, session_id, at, gift_name, coins_each, count, sender, import_id, estimated";

fn gift_from_row(r: &Row<'_>) -> rusqlite::Result<Gift> {
    Ok(Gift {
        id: r.get(0)?,
        session_id: r.get(1)?,
        at: get_opt_time(r, 2)?,
        gift_name: r.get(3)?,
        coins_each: Coins(r.get(4)?),
        count: r.get(5)?,
        sender: r.get(6)?,
        import_id: r.get(7)?,
        estimated: r.get(8)?,
    })
}

/// Checks a free-text field: trimmed, not too long, no control characters
/// other than line breaks in notes.
pub(crate) fn clean_text(field: &str, text: &str, allow_newlines: bool) -> Result<String> {
    let t = text.trim();
    if t.chars().count() > MAX_TEXT && !allow_newlines {
        return Err(Error::invalid(
            field,
            format!("is longer than {MAX_TEXT} characters"),
        ));
    }
    if t.chars()
        .any(|c| c.is_control() && !(allow_newlines && (c == '\n' || c == '\t' || c == '\r')))
    {
        return Err(Error::invalid(field, "contains control characters"));
    }
    Ok(t.to_string())
}

fn check_count(field: &str, v: Option<i64>) -> Result<()> {
    match v {
        Some(n) if n < 0 => Err(Error::invalid(
            field,
            format!("must not be negative (got {n})"),
        )),
        Some(n) if n > MAX_RECORD => Err(Error::invalid(
            field,
            format!("{n} is larger than a ledger accepts"),
        )),
        _ => Ok(()),
    }
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

/// Adds `gifts` and `coins` (negative to remove) to the kept totals of a
/// gift name and, when known, its sender.
pub(crate) fn bump_name_totals(
    tx: &Transaction<'_>,
    gift_name: &str,
    sender: Option<&str>,
    gifts: i64,
    coins: i64,
) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO name_totals (kind, name, gifts, coins) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(kind, name) DO UPDATE SET gifts = gifts + excluded.gifts, coins = coins + excluded.coins",
    )?;
    stmt.execute(params!["gift", gift_name, gifts, coins])?;
    if let Some(sender) = sender {
        stmt.execute(params!["sender", sender, gifts, coins])?;
    }
    Ok(())
}

/// Before import `id` is undone: a later import that updated a row as `id`
/// left it now updates it from what `id` found (or, when `id` wrote the row,
/// owns it outright), and `id`'s own record of a row a later import holds
/// goes. Undoing the later import afterwards then leaves no trace of `id`.
fn splice_revisions(tx: &Transaction<'_>, id: i64) -> Result<()> {
    tx.execute(
        "UPDATE gift_revisions AS later SET (prev_import_id, at, gift_name, coins_each, count, sender, fingerprint, estimated) =
            (SELECT prev_import_id, at, gift_name, coins_each, count, sender, fingerprint, estimated
             FROM gift_revisions mine WHERE mine.import_id = ?1 AND mine.gift_id = later.gift_id)
         WHERE later.prev_import_id = ?1
           AND EXISTS (SELECT 1 FROM gift_revisions mine WHERE mine.import_id = ?1 AND mine.gift_id = later.gift_id)",
        [id],
    )?;
    tx.execute(
        "DELETE FROM gift_revisions WHERE prev_import_id = ?1 AND import_id != ?1",
        [id],
    )?;
    tx.execute(
        "DELETE FROM gift_revisions WHERE import_id = ?1
           AND gift_id NOT IN (SELECT id FROM gifts WHERE import_id = ?1)",
        [id],
    )?;
    Ok(())
}

/// Puts the sessions import `id` widened back to their span before it,
/// widened only to cover gifts later imports added. A later import that
/// widened such a session too now remembers that span (and the gifts of
/// imports between) as the one before it.
fn restore_spans(tx: &Transaction<'_>, id: i64) -> Result<()> {
    let spans: Vec<(i64, i64, Option<i64>)> = {
        let mut stmt = tx.prepare(
            "SELECT session_id, started_at, ended_at FROM session_spans WHERE import_id = ?1",
        )?;
        let rows = stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    // The span (start, end) widened to the gifts of imports after `id` and before `upto`.
    let widen = "UPDATE {table} SET started_at = min(?3, coalesce(lo, ?3)),
            ended_at = CASE WHEN ?4 IS NULL THEN NULL ELSE max(?4, coalesce(hi, ?4)) END
        FROM (SELECT min(at) AS lo, max(at) AS hi FROM gifts
              WHERE session_id = ?2 AND import_id > ?1 AND import_id < ?5)
        WHERE {row}";
    for (sid, start, end) in spans {
        tx.execute(
            &widen
                .replace("{table}", "sessions")
                .replace("{row}", "id = ?2"),
            params![id, sid, start, end, i64::MAX],
        )?;
        let later: Option<i64> = tx
            .query_row(
                "SELECT min(import_id) FROM session_spans WHERE session_id = ?1 AND import_id > ?2",
                params![sid, id],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        if let Some(later) = later {
            tx.execute(
                &widen
                    .replace("{table}", "session_spans")
                    .replace("{row}", "session_id = ?2 AND import_id = ?5"),
                params![id, sid, start, end, later],
            )?;
        }
    }
    Ok(())
}

/// Takes the gift rows matching `filter` (an SQL condition on `gifts` with
/// one parameter) out of the kept name totals, before they are deleted.
pub(crate) fn subtract_name_totals(tx: &Transaction<'_>, filter: &str, param: i64) -> Result<()> {
    tx.execute(
        &format!(
            "UPDATE name_totals SET gifts = name_totals.gifts - d.g, coins = name_totals.coins - d.c
             FROM (SELECT 'gift' AS kind, gift_name AS name, sum(count) AS g, sum(coins_each * count) AS c
                     FROM gifts WHERE {filter} GROUP BY gift_name
                   UNION ALL
                   SELECT 'sender', sender, sum(count), sum(coins_each * count)
                     FROM gifts WHERE ({filter}) AND sender IS NOT NULL GROUP BY sender) AS d
             WHERE name_totals.kind = d.kind AND name_totals.name = d.name"
        ),
        [param],
    )?;
    tx.execute("DELETE FROM name_totals WHERE gifts <= 0", [])?;
    Ok(())
}

/// Recomputes the kept totals of `session_id` from its gift rows.
pub(crate) fn refresh_session_totals(tx: &Transaction<'_>, session_id: i64) -> Result<()> {
    tx.execute(
        "UPDATE sessions SET
            coins_total = (SELECT coalesce(sum(coins_each * count), 0) FROM gifts WHERE session_id = ?1),
            gift_count = (SELECT coalesce(sum(count), 0) FROM gifts WHERE session_id = ?1)
         WHERE id = ?1",
        [session_id],
    )?;
    Ok(())
}

/// Every rate of the ledger open on `conn`.
pub(crate) fn rates_of(conn: &rusqlite::Connection) -> Result<RateTable> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, effective_from, diamonds_per_coin, money_per_diamond, currency, min_withdrawal, max_withdrawal_per_day
         FROM rates ORDER BY effective_from",
    )?;
    let rows = stmt.query_map([], |r| {
        let day: String = r.get(1)?;
        let max: Option<String> = r.get(6)?;
        Ok(Rate {
            id: r.get(0)?,
            effective_from: day.parse::<NaiveDate>().map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(
                    1,
                    rusqlite::types::Type::Text,
                    Box::new(e),
                )
            })?,
            diamonds_per_coin: get_dec(r, 2)?,
            money_per_diamond: get_dec(r, 3)?,
            currency: r.get(4)?,
            min_withdrawal: get_dec(r, 5)?,
            max_withdrawal_per_day: max.and_then(|m| m.parse().ok()),
        })
    })?;
    Ok(RateTable::new(rows.collect::<rusqlite::Result<_>>()?))
}

/// A gift row named by a fingerprint: written once, however often it is
/// offered (a replayed live event, a restart, a later import of the same log).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FingerprintedGift<'a> {
    pub session_id: i64,
    pub at_ms: i64,
    pub gift_name: &'a str,
    pub coins_each: i64,
    pub count: i64,
    pub sender: Option<&'a str>,
    pub fingerprint: i64,
}

/// Inserts `g` unless a row with the same time and fingerprint is already
/// there (the same unique key an import uses), and keeps the session's
/// totals and the name totals in step in the same transaction. Returns the
/// new row's id, or `None` when it was already stored.
pub(crate) fn insert_gift_once(
    tx: &Transaction<'_>,
    g: &FingerprintedGift<'_>,
) -> Result<Option<i64>> {
    if g.count < 1 || g.coins_each < 0 {
        return Err(Error::invalid(
            "gift",
            format!("{} × {} coins is not a gift", g.count, g.coins_each),
        ));
    }
    let coins = g
        .coins_each
        .checked_mul(g.count)
        .ok_or_else(|| Error::invalid("count", "coins × count is too large"))?;
    let id: Option<i64> = tx
        .prepare_cached(
            "INSERT INTO gifts (session_id, at, gift_name, coins_each, count, sender, fingerprint)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING RETURNING id",
        )?
        .query_row(
            params![
                g.session_id,
                g.at_ms,
                g.gift_name,
                g.coins_each,
                g.count,
                g.sender,
                g.fingerprint
            ],
            |r| r.get(0),
        )
        .optional()?;
    if id.is_some() {
        add_to_session_totals(tx, g.session_id, coins, g.count)?;
        bump_name_totals(tx, g.gift_name, g.sender, g.count, coins)?;
    }
    Ok(id)
}

/// Grows a stored gift row to `count` (a streak that went on after it was
/// written at its highest count so far), moving it to the time and
/// fingerprint of the event that now settles it; totals follow. Returns
/// `false` when the row is gone or another row already holds that key.
pub(crate) fn regrow_gift(
    tx: &Transaction<'_>,
    gift_id: i64,
    count: i64,
    at_ms: i64,
    fingerprint: i64,
) -> Result<bool> {
    let row: Option<(i64, String, i64, i64, Option<String>)> = tx
        .query_row(
            "SELECT session_id, gift_name, coins_each, count, sender FROM gifts WHERE id = ?1",
            [gift_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?;
    let Some((session_id, name, coins_each, old, sender)) = row else {
        return Ok(false);
    };
    if count <= old {
        return Ok(true);
    }
    let taken: Option<i64> = tx
        .query_row(
            "SELECT id FROM gifts WHERE coalesce(at, -1) = ?1 AND fingerprint = ?2 AND id <> ?3",
            params![at_ms, fingerprint, gift_id],
            |r| r.get(0),
        )
        .optional()?;
    if taken.is_some() {
        return Ok(false);
    }
    let more = count - old;
    let coins = coins_each
        .checked_mul(more)
        .ok_or_else(|| Error::invalid("count", "coins × count is too large"))?;
    tx.execute(
        "UPDATE gifts SET count = ?2, at = ?3, fingerprint = ?4 WHERE id = ?1",
        params![gift_id, count, at_ms, fingerprint],
    )?;
    add_to_session_totals(tx, session_id, coins, more)?;
    bump_name_totals(tx, &name, sender.as_deref(), more, coins)?;
    Ok(true)
}

/// Adds to a session's kept totals, refusing a sum that would overflow.
fn add_to_session_totals(
    tx: &Transaction<'_>,
    session_id: i64,
    coins: i64,
    count: i64,
) -> Result<()> {
    let (total, gifts): (i64, i64) = tx
        .query_row(
            "SELECT coins_total, gift_count FROM sessions WHERE id = ?1",
            [session_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or(Error::NotFound {
            what: "session",
            id: session_id,
        })?;
    if total.checked_add(coins).is_none() || gifts.checked_add(count).is_none() {
        return Err(Error::invalid("coins", "a session's coins are too large"));
    }
    tx.execute(
        "UPDATE sessions SET coins_total = coins_total + ?2, gift_count = gift_count + ?3 WHERE id = ?1",
        params![session_id, coins, count],
    )?;
    Ok(())
}

impl Store {
    // ----- settings -------------------------------------------------------

    /// The creator's settings.
    pub fn settings(&self) -> Result<Settings> {
        let get = |k: &str| self.setting(k).map(Option::unwrap_or_default);
        Ok(Settings {
            timezone: self.setting("timezone")?.unwrap_or_else(|| "UTC".into()),
            age_confirmed: get("age_confirmed")? == "true",
            payout_method: get("payout_method")?,
            session_gap_minutes: get("session_gap_minutes")?.parse().unwrap_or(30),
        })
    }

    /// Sets one setting after checking its value. Keys: [`Settings::KEYS`].
    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        let value = value.trim();
        let stored = match key {
            "timezone" => dates::parse_tz(value)
                .map(|tz| tz.name().to_string())
                .ok_or_else(|| Error::invalid(key, format!("'{value}' is not a time zone (e.g. Europe/Berlin, America/New_York, UTC)")))?,
            "age_confirmed" => match value.to_ascii_lowercase().as_str() {
                "true" | "yes" | "1" => "true".into(),
                "false" | "no" | "0" => "false".into(),
                _ => return Err(Error::invalid(key, "expected true or false")),
            },
            "payout_method" => clean_text(key, value, false)?,
            "session_gap_minutes" => match value.parse::<i64>() {
                Ok(n) if (1..=24 * 60).contains(&n) => n.to_string(),
                _ => return Err(Error::invalid(key, "expected whole minutes from 1 to 1440")),
            },
            _ => return Err(Error::invalid("setting", format!("unknown key '{key}' (known: {})", Settings::KEYS.join(", ")))),
        };
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![key, stored],
        )?;
        Ok(())
    }

    // ----- rates ----------------------------------------------------------

    /// Every rate, as a table to look up the one in force on a day.
    pub fn rates(&self) -> Result<RateTable> {
        rates_of(&self.conn)
    }

    /// Adds a rate, or replaces the one taking effect the same day. Returns its id.
    pub fn set_rate(&mut self, rate: &Rate) -> Result<i64> {
        rate.validate().map_err(|m| Error::invalid("rate", m))?;
        let id = self.conn.query_row(
            "INSERT INTO rates (effective_from, diamonds_per_coin, money_per_diamond, currency, min_withdrawal, max_withdrawal_per_day)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT(effective_from) DO UPDATE SET diamonds_per_coin = excluded.diamonds_per_coin,
                money_per_diamond = excluded.money_per_diamond, currency = excluded.currency,
                min_withdrawal = excluded.min_withdrawal, max_withdrawal_per_day = excluded.max_withdrawal_per_day
             RETURNING id",
            params![
                rate.effective_from.to_string(),
                rate.diamonds_per_coin.normalize().to_string(),
                rate.money_per_diamond.normalize().to_string(),
                rate.currency,
                rate.min_withdrawal.normalize().to_string(),
                rate.max_withdrawal_per_day.map(|d| d.normalize().to_string()),
            ],
            |r| r.get(0),
        )?;
        Ok(id)
    }

    /// Deletes a rate; the last one cannot be deleted (every session needs one).
    pub fn delete_rate(&mut self, id: i64) -> Result<()> {
        let tx = self.conn.transaction()?;
        let n: i64 = tx.query_row("SELECT count(*) FROM rates", [], |r| r.get(0))?;
        if n <= 1 {
            return Err(Error::invalid(
                "rate",
                "the only rate cannot be deleted; edit it instead",
            ));
        }
        if tx.execute("DELETE FROM rates WHERE id = ?1", [id])? == 0 {
            return Err(Error::NotFound { what: "rate", id });
        }
        tx.commit()?;
        Ok(())
    }

    // ----- gift catalog ---------------------------------------------------

    /// The gift catalog, cheapest first.
    pub fn catalog(&self) -> Result<Vec<CatalogGift>> {
        let mut stmt = self
            .conn
            .prepare("SELECT name, coins FROM gift_catalog ORDER BY coins, name")?;
        let rows = stmt.query_map([], |r| {
            Ok(CatalogGift {
                name: r.get(0)?,
                coins: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The coins of catalog gift `name` (any case), if listed.
    pub fn catalog_coins(&self, name: &str) -> Result<Option<i64>> {
        Ok(self
            .conn
            .query_row(
                "SELECT coins FROM gift_catalog WHERE name = ?1",
                [name.trim()],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Adds a gift to the catalog or changes its price.
    pub fn set_catalog_gift(&mut self, name: &str, coins: i64) -> Result<()> {
        let name = clean_text("gift", name, false)?;
        if name.is_empty() {
            return Err(Error::invalid("gift", "a name is required"));
        }
        if coins < 0 {
            return Err(Error::invalid("coins", "must not be negative"));
        }
        self.conn.execute(
            "INSERT INTO gift_catalog (name, coins) VALUES (?1, ?2) ON CONFLICT(name) DO UPDATE SET coins = excluded.coins",
            params![name, coins],
        )?;
        Ok(())
    }

    /// Removes a gift from the catalog (gift rows keep their coins).
    pub fn remove_catalog_gift(&mut self, name: &str) -> Result<()> {
        if self
            .conn
            .execute("DELETE FROM gift_catalog WHERE name = ?1", [name.trim()])?
            == 0
        {
            return Err(Error::invalid(
                "gift",
                format!("'{}' is not in the catalog", name.trim()),
            ));
        }
        Ok(())
    }

    // ----- sessions -------------------------------------------------------

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

    /// The `limit` gift names (`kind` "gift") or senders ("sender") with the
    /// most coins, from the kept per-name totals: (name, gifts, coins).
    pub fn top_names(&self, kind: &str, limit: usize) -> Result<Vec<(String, i64, i64)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT name, gifts, coins FROM name_totals WHERE kind = ?1 ORDER BY coins DESC, name LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![kind, limit as i64], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    // ----- gifts ----------------------------------------------------------

    /// Adds a gift row and updates its session's totals in the same
    /// transaction. Coins come from the catalog unless given.
    pub fn add_gift(&mut self, input: &GiftInput) -> Result<Gift> {
        let name = clean_text("gift", &input.gift_name, false)?;
        if name.is_empty() {
            return Err(Error::invalid("gift", "a gift name is required"));
        }
        if input.count < 1 {
            return Err(Error::invalid(
                "count",
                format!("must be at least 1 (got {})", input.count),
            ));
        }
        let sender = match &input.sender {
            Some(s) => Some(clean_text("from", s, false)?).filter(|s| !s.is_empty()),
            None => None,
        };
        let tx = self.conn.transaction()?;
        // A catalog gift takes the catalog's spelling, and its price unless given.
        let listed: Option<(String, i64)> = tx
            .query_row(
                "SELECT name, coins FROM gift_catalog WHERE name = ?1",
                [&name],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let name = listed.as_ref().map_or(name, |(n, _)| n.clone());
        let coins_each = match (input.coins_each, listed) {
            (Some(c), _) if c < 0 => {
                return Err(Error::invalid(
                    "coins",
                    format!("must not be negative (got {c})"),
                ))
            }
            (Some(c), _) => c,
            (None, Some((_, c))) => c,
            (None, None) => {
                return Err(Error::invalid(
                    "gift",
                    format!("'{name}' is not in the gift catalog; give its price with --coins"),
                ))
            }
        };
        let total_row: Option<i64> = tx
            .query_row(
                "SELECT coins_total FROM sessions WHERE id = ?1",
                [input.session_id],
                |r| r.get(0),
            )
            .optional()?;
        let total = total_row.ok_or(Error::NotFound {
            what: "session",
            id: input.session_id,
        })?;
        let coins = Coins(coins_each)
            .times(input.count)
            .filter(|c| c.0 <= MAX_RECORD && total.checked_add(c.0).is_some())
            .ok_or_else(|| {
                Error::invalid(
                    "count",
                    format!(
                        "{} × {coins_each} coins is more than one gift row can hold",
                        input.count
                    ),
                )
            })?;
        let id: i64 = tx.query_row(
            "INSERT INTO gifts (session_id, at, gift_name, coins_each, count, sender) VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
            params![input.session_id, input.at.map(to_ms), name, coins_each, input.count, sender],
            |r| r.get(0),
        )?;
        tx.execute(
            "UPDATE sessions SET coins_total = coins_total + ?2, gift_count = gift_count + ?3 WHERE id = ?1",
            params![input.session_id, coins.0, input.count],
        )?;
        bump_name_totals(&tx, &name, sender.as_deref(), input.count, coins.0)?;
        tx.commit()?;
        Ok(Gift {
            id,
            session_id: input.session_id,
            at: input.at,
            gift_name: name,
            coins_each: Coins(coins_each),
            count: input.count,
            sender,
            import_id: None,
            estimated: false,
        })
    }

    /// Deletes a gift row and updates its session's totals. When withdrawals
    /// were paid from its diamonds it asks for confirmation first (`force`).
    pub fn delete_gift(&mut self, id: i64, force: bool) -> Result<Gift> {
        let tx = self.write_transaction()?;
        let before = self.balance_before(force)?;
        let gift = tx
            .query_row(
                &format!("SELECT {GIFT_COLUMNS} FROM gifts WHERE id = ?1"),
                [id],
                gift_from_row,
            )
            .optional()?
            .ok_or(Error::NotFound { what: "gift", id })?;
        tx.execute("DELETE FROM gifts WHERE id = ?1", [id])?;
        refresh_session_totals(&tx, gift.session_id)?;
        let coins = gift.coins_each.0.saturating_mul(gift.count);
        bump_name_totals(
            &tx,
            &gift.gift_name,
            gift.sender.as_deref(),
            -gift.count,
            -coins,
        )?;
        tx.execute("DELETE FROM name_totals WHERE gifts <= 0", [])?;
        self.guard_balance(before, &format!("deleting gift {id}"))?;
        tx.commit()?;
        Ok(gift)
    }

    /// The gift rows of a session, in the order received.
    pub fn gifts(&self, session_id: i64) -> Result<Vec<Gift>> {
        self.session(session_id)?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {GIFT_COLUMNS} FROM gifts WHERE session_id = ?1 ORDER BY coalesce(at, 0), id"
        ))?;
        let rows = stmt.query_map([session_id], gift_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Calls `f` with every gift row, session by session, without loading
    /// them all at once.
    pub fn each_gift(&self, mut f: impl FnMut(Gift) -> Result<()>) -> Result<()> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {GIFT_COLUMNS} FROM gifts ORDER BY session_id, coalesce(at, 0), id"
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            f(gift_from_row(r)?)?;
        }
        Ok(())
    }

    // ----- withdrawals ----------------------------------------------------

    /// Records a withdrawal, valued at the rate of its local request day and
    /// in that rate's currency.
    ///
    /// Refused outright: a fraction of a diamond, a gross that rounds to
    /// 0.00, more than the balance. Refused unless `input.force` (the
    /// creator confirmed it): dated in the future or before any diamond was
    /// earned, below that day's minimum, past that day's maximum.
    pub fn add_withdrawal(&mut self, input: &WithdrawalInput) -> Result<Withdrawal> {
        if input.diamonds <= Decimal::ZERO {
            return Err(Error::invalid("diamonds", "must be greater than 0"));
        }
        check_bounds("diamonds", input.diamonds, 8)?;
        if !input.diamonds.fract().is_zero() {
            return Err(Error::invalid(
                "diamonds",
                format!(
                    "{} has a fraction; TikTok withdraws whole diamonds",
                    input.diamonds.normalize()
                ),
            ));
        }
        if input.fee < Decimal::ZERO {
            return Err(Error::invalid("fee", "must not be negative"));
        }
        check_bounds("fee", input.fee, 2)?;
        let method = clean_text("method", &input.method, false)?;
        let reference = clean_text("reference", &input.reference, false)?;
        let tx = self.write_transaction()?;
        let ledger = super::Snapshot::load(self)?;
        let day = dates::local_date(input.requested_at, ledger.tz);
        let rate = ledger.rate_at(input.requested_at);
        let diamonds = Diamonds(input.diamonds.normalize());
        let gross = diamonds
            .value(rate.money_per_diamond)
            .ok_or_else(|| Error::overflow("the withdrawal's value"))?
            .rounded();
        if gross.0.is_zero() {
            return Err(Error::invalid(
                "diamonds",
                format!(
                    "{} are worth 0.00 {} at {} a diamond; nothing can be paid out",
                    crate::money::diamonds_word(diamonds),
                    rate.currency,
                    rate.money_per_diamond.normalize()
                ),
            ));
        }
        let fee = Money(input.fee).rounded();
        if fee > gross {
            return Err(Error::invalid(
                "fee",
                format!("{fee} is more than the withdrawal's value {gross}"),
            ));
        }
        let net = gross
            .checked_sub(fee)
            .ok_or_else(|| Error::overflow("the withdrawal's net"))?;
        if input.status.takes_diamonds() {
            self.check_covered(diamonds)?;
            if !input.force {
                let problems = unusual_withdrawal(&ledger, input, &rate, day, gross)?;
                if !problems.is_empty() {
                    return Err(Error::NeedsConfirmation { problems });
                }
            }
        }
        let id = tx.query_row(
            "INSERT INTO withdrawals (requested_at, diamonds, gross, fee, net, method, status, reference, currency)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id",
            params![
                to_ms(input.requested_at),
                diamonds.to_string(),
                gross.to_string(),
                fee.to_string(),
                net.to_string(),
                method,
                input.status.as_str(),
                reference,
                rate.currency,
            ],
            |r| r.get(0),
        )?;
        tx.commit()?;
        Ok(Withdrawal {
            id,
            requested_at: input.requested_at,
            diamonds,
            gross,
            currency: rate.currency,
            fee,
            net,
            method,
            status: input.status,
            reference,
        })
    }

    /// Changes where a withdrawal stands (e.g. pending → paid).
    /// A failed or cancelled withdrawal taken up again must be covered by the balance.
    pub fn set_withdrawal_status(&mut self, id: i64, status: WithdrawalStatus) -> Result<()> {
        let tx = self.write_transaction()?;
        let (was, diamonds): (String, String) = tx
            .query_row(
                "SELECT status, diamonds FROM withdrawals WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or(Error::NotFound {
                what: "withdrawal",
                id,
            })?;
        let was: WithdrawalStatus = was
            .parse()
            .map_err(|e: String| Error::invalid("status", e))?;
        if status.takes_diamonds() && !was.takes_diamonds() {
            let diamonds = diamonds
                .parse::<Decimal>()
                .map_err(|e| Error::invalid("diamonds", e.to_string()))?;
            self.check_covered(Diamonds(diamonds))?;
        }
        tx.execute(
            "UPDATE withdrawals SET status = ?2 WHERE id = ?1",
            params![id, status.as_str()],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Deletes a withdrawal recorded by mistake.
    pub fn delete_withdrawal(&mut self, id: i64) -> Result<()> {
        if self
            .conn
            .execute("DELETE FROM withdrawals WHERE id = ?1", [id])?
            == 0
        {
            return Err(Error::NotFound {
                what: "withdrawal",
                id,
            });
        }
        Ok(())
    }

    /// Every withdrawal, oldest first.
    pub fn withdrawals(&self) -> Result<Vec<Withdrawal>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, requested_at, diamonds, gross, fee, net, method, status, reference, currency
             FROM withdrawals ORDER BY requested_at, id",
        )?;
        let rows = stmt.query_map([], |r| {
            let status: String = r.get(7)?;
            Ok(Withdrawal {
                id: r.get(0)?,
                requested_at: get_time(r, 1)?,
                diamonds: Diamonds(get_dec(r, 2)?),
                gross: Money(get_dec(r, 3)?),
                fee: Money(get_dec(r, 4)?),
                net: Money(get_dec(r, 5)?),
                method: r.get(6)?,
                status: status.parse().map_err(|e: String| {
                    rusqlite::Error::FromSqlConversionFailure(
                        7,
                        rusqlite::types::Type::Text,
                        e.into(),
                    )
                })?,
                reference: r.get(8)?,
                // Only a withdrawal no write has fixed yet lacks one.
                currency: r.get::<_, Option<String>>(9)?.unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    // ----- adjustments ----------------------------------------------------

    /// Records a signed diamond correction with its reason; returns its id.
    /// One that takes the balance below zero asks for confirmation first
    /// (`force`).
    pub fn add_adjustment(
        &mut self,
        at: DateTime<Utc>,
        diamonds: Decimal,
        reason: &str,
        force: bool,
    ) -> Result<i64> {
        if diamonds.is_zero() {
            return Err(Error::invalid(
                "diamonds",
                "an adjustment of 0 changes nothing",
            ));
        }
        check_bounds("diamonds", diamonds, 8)?;
        let reason = clean_text("reason", reason, false)?;
        if reason.is_empty() {
            return Err(Error::invalid("reason", "say why the balance is corrected"));
        }
        let tx = self.write_transaction()?;
        let before = self.balance_before(force)?;
        let id = super::balance::insert_adjustment(&tx, at, diamonds, &reason)?;
        self.guard_balance(
            before,
            &format!("a correction of {} diamonds", diamonds.normalize()),
        )?;
        tx.commit()?;
        Ok(id)
    }

    /// Every adjustment, oldest first.
    pub fn adjustments(&self) -> Result<Vec<Adjustment>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, at, diamonds, reason FROM adjustments ORDER BY at, id")?;
        let rows = stmt.query_map([], |r| {
            Ok(Adjustment {
                id: r.get(0)?,
                at: get_time(r, 1)?,
                diamonds: Diamonds(get_dec(r, 2)?),
                reason: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    // ----- imports --------------------------------------------------------

    /// Every recorded import, newest first.
    pub fn imports(&self) -> Result<Vec<ImportRecord>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, file_name, sha256, format, imported_at, rows_added, rows_skipped, sessions_added,
                streaks_updated, warnings
             FROM imports ORDER BY id DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            let warnings: String = r.get(9)?;
            Ok(ImportRecord {
                id: r.get(0)?,
                file_name: r.get(1)?,
                sha256: r.get(2)?,
                format: r.get(3)?,
                imported_at: get_time(r, 4)?,
                rows_added: r.get(5)?,
                rows_skipped: r.get(6)?,
                sessions_added: r.get(7)?,
                streaks_updated: r.get(8)?,
                // Written by the importer as a JSON list; anything else reads as one warning.
                warnings: serde_json::from_str(&warnings).unwrap_or_else(|_| vec![warnings]),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Undoes an import as a whole: its gift rows, the sessions it created
    /// (unless something else was added to them since), and its record.
    /// Estimated streak rows it brought up to date go back to what they were,
    /// and sessions it widened to their span before it, so undoing the latest
    /// import gives back the ledger exactly as it was. Undoing an earlier one
    /// leaves what later imports wrote or brought up to date.
    /// Returns the number of gift and session rows removed. When withdrawals
    /// were paid from its diamonds it asks for confirmation first (`force`).
    pub fn undo_import(&mut self, id: i64, force: bool) -> Result<(usize, usize)> {
        let tx = self.write_transaction()?;
        let before = self.balance_before(force)?;
        let exists: Option<i64> = tx
            .query_row("SELECT id FROM imports WHERE id = ?1", [id], |r| r.get(0))
            .optional()?;
        exists.ok_or(Error::NotFound { what: "import", id })?;
        let touched: Vec<i64> = {
            let mut stmt =
                tx.prepare("SELECT DISTINCT session_id FROM gifts WHERE import_id = ?1")?;
            let rows = stmt.query_map([id], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        subtract_name_totals(&tx, "import_id = ?1", id)?;
        splice_revisions(&tx, id)?;
        // Rows it updated and still holds: back to what they were, and counted again.
        let restored = tx.execute(
            "UPDATE gifts SET (at, gift_name, coins_each, count, sender, fingerprint, estimated, import_id) =
                (SELECT at, gift_name, coins_each, count, sender, fingerprint, estimated, prev_import_id
                 FROM gift_revisions v WHERE v.import_id = ?1 AND v.gift_id = gifts.id)
             WHERE import_id = ?1 AND id IN (SELECT gift_id FROM gift_revisions WHERE import_id = ?1)",
            [id],
        )?;
        if restored > 0 {
            let mut stmt = tx.prepare(
                "SELECT g.gift_name, g.sender, g.count, g.coins_each * g.count FROM gifts g
                 JOIN gift_revisions v ON v.gift_id = g.id AND v.import_id = ?1",
            )?;
            let rows: Vec<(String, Option<String>, i64, i64)> = stmt
                .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                .collect::<rusqlite::Result<_>>()?;
            drop(stmt);
            for (name, sender, gifts, coins) in rows {
                bump_name_totals(&tx, &name, sender.as_deref(), gifts, coins)?;
            }
        }
        let gifts = tx.execute("DELETE FROM gifts WHERE import_id = ?1", [id])?;
        for s in &touched {
            refresh_session_totals(&tx, *s)?;
        }
        restore_spans(&tx, id)?;
        // Sessions it created go too, unless hand-entered gifts were added since.
        let sessions = tx.execute(
            "DELETE FROM sessions WHERE import_id = ?1 AND NOT EXISTS (SELECT 1 FROM gifts WHERE gifts.session_id = sessions.id)",
            [id],
        )?;
        // One that later imports added gifts to passes to the earliest of them,
        // so undoing that one takes it away too.
        tx.execute(
            "UPDATE sessions SET import_id = (SELECT min(import_id) FROM gifts WHERE gifts.session_id = sessions.id)
             WHERE import_id = ?1",
            [id],
        )?;
        tx.execute("DELETE FROM withdrawals WHERE import_id = ?1", [id])?;
        tx.execute("DELETE FROM adjustments WHERE import_id = ?1", [id])?;
        tx.execute("DELETE FROM imports WHERE id = ?1", [id])?;
        self.guard_balance(before, &format!("undoing import {id}"))?;
        tx.commit()?;
        Ok((gifts, sessions))
    }

    /// Removes every record (sessions, gifts, withdrawals, adjustments,
    /// imports) but keeps rates, catalog and settings. One transaction.
    pub fn clear_records(&mut self) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute_batch(
            "DELETE FROM gifts; DELETE FROM sessions; DELETE FROM withdrawals; DELETE FROM adjustments; DELETE FROM imports;
             DELETE FROM name_totals;",
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Whether the ledger holds no sessions, withdrawals or adjustments.
    pub fn is_empty(&self) -> Result<bool> {
        let n: i64 = self.conn.query_row(
            "SELECT (SELECT count(*) FROM sessions) + (SELECT count(*) FROM withdrawals) + (SELECT count(*) FROM adjustments)",
            [],
            |r| r.get(0),
        )?;
        Ok(n == 0)
    }
}

/// What is unusual about a withdrawal TikTok would not have paid: dated in
/// the future or before any diamond, below the day's minimum, past the day's
/// maximum. Each problem names its numbers.
fn unusual_withdrawal(
    ledger: &super::Snapshot,
    input: &WithdrawalInput,
    rate: &Rate,
    day: NaiveDate,
    gross: Money,
) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    let local = |t: DateTime<Utc>| t.with_timezone(&ledger.tz).format("%Y-%m-%d %H:%M");
    // A few minutes of slack for a clock that runs a little ahead.
    if input.requested_at > Utc::now() + chrono::Duration::minutes(10) {
        problems.push(format!(
            "it is dated {}, in the future",
            local(input.requested_at)
        ));
    }
    let first_diamond = ledger
        .sessions
        .iter()
        .map(|s| s.started_at)
        .chain(
            ledger
                .adjustments
                .iter()
                .filter(|a| a.diamonds.0 > Decimal::ZERO)
                .map(|a| a.at),
        )
        .min();
    if let Some(first) = first_diamond.filter(|f| input.requested_at < *f) {
        problems.push(format!(
            "it is dated {}, before the first diamond was earned ({})",
            local(input.requested_at),
            local(first)
        ));
    }
    if gross.0 < rate.min_withdrawal {
        problems.push(format!(
            "{gross} {} is below the minimum withdrawal of {} {} in force on {day}",
            rate.currency,
            Money(rate.min_withdrawal).rounded(),
            rate.currency
        ));
    }
    if let Some(max) = rate.max_withdrawal_per_day {
        let used = ledger.gross_withdrawn_on(day)?;
        let after = used
            .checked_add(gross)
            .ok_or_else(|| Error::overflow("the day's withdrawals"))?;
        if after.0 > max {
            problems.push(format!(
                "with {used} {c} already withdrawn on {day}, {gross} {c} more passes that day's maximum of {} {c}",
                Money(max).rounded(),
                c = rate.currency
            ));
        }
    }
    Ok(problems)
}
