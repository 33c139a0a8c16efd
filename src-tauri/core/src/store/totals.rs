//! The totals kept beside the rows: per session (`coins_total`, `gift_count`)
//! and per gift name and sender (`name_totals`), moved in the same transaction
//! as the rows they count.

use rusqlite::{params, Connection, OptionalExtension, Transaction};

use super::Store;
use crate::error::{Error, Result};

/// Adds `gifts` and `coins` (negative to remove) to the kept totals of a
/// gift name and, when known, its sender.
pub(crate) fn bump_name_totals(
    conn: &Connection,
    gift_name: &str,
    sender: Option<&str>,
    gifts: i64,
    coins: i64,
) -> Result<()> {
    bump_name_total(conn, "gift", gift_name, gifts, coins)?;
    if let Some(sender) = sender {
        bump_name_total(conn, "sender", sender, gifts, coins)?;
    }
    Ok(())
}

/// Adds `gifts` and `coins` (negative to remove) to the kept total of one
/// name of `kind` (`"gift"` or `"sender"`).
pub(crate) fn bump_name_total(
    conn: &Connection,
    kind: &str,
    name: &str,
    gifts: i64,
    coins: i64,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO name_totals (kind, name, gifts, coins) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(kind, name) DO UPDATE SET gifts = gifts + excluded.gifts, coins = coins + excluded.coins",
    )?
    .execute(params![kind, name, gifts, coins])?;
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

/// Recomputes every kept total from the rows: each session's coins and
/// gift count, and the per-name totals (after rows were copied in whole).
pub(crate) fn rebuild_totals(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(
        "UPDATE sessions SET
            coins_total = coalesce((SELECT sum(coins_each * count) FROM gifts WHERE session_id = sessions.id), 0),
            gift_count = coalesce((SELECT sum(count) FROM gifts WHERE session_id = sessions.id), 0);
         DELETE FROM name_totals;
         INSERT INTO name_totals (kind, name, gifts, coins)
            SELECT 'gift', gift_name, sum(count), sum(coins_each * count) FROM gifts GROUP BY gift_name;
         INSERT INTO name_totals (kind, name, gifts, coins)
            SELECT 'sender', sender, sum(count), sum(coins_each * count) FROM gifts WHERE sender IS NOT NULL GROUP BY sender;",
    )?;
    Ok(())
}

/// A session's kept totals (coins, gifts); `NotFound` when there is no such session.
pub(crate) fn session_totals(conn: &Connection, session_id: i64) -> Result<(i64, i64)> {
    conn.prepare_cached("SELECT coins_total, gift_count FROM sessions WHERE id = ?1")?
        .query_row([session_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .ok_or(Error::NotFound {
            what: "session",
            id: session_id,
        })
}

/// Adds to a session's kept totals (negative to take away), refusing a sum
/// that would overflow.
pub(crate) fn add_to_session_totals(
    conn: &Connection,
    session_id: i64,
    coins: i64,
    count: i64,
) -> Result<()> {
    let (total, gifts) = session_totals(conn, session_id)?;
    if total.checked_add(coins).is_none() || gifts.checked_add(count).is_none() {
        return Err(Error::invalid("coins", "a session's coins are too large"));
    }
    conn.prepare_cached(
        "UPDATE sessions SET coins_total = coins_total + ?2, gift_count = gift_count + ?3 WHERE id = ?1",
    )?
    .execute(params![session_id, coins, count])?;
    Ok(())
}

impl Store {
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
}

/// Drops the name totals that no gift row counts any more.
pub(crate) fn drop_empty_name_totals(conn: &Connection) -> Result<()> {
    conn.execute("DELETE FROM name_totals WHERE gifts <= 0", [])?;
    Ok(())
}
