//! The `gifts` table: reading gift rows, and the one way a gift row is written.

use rusqlite::{params, OptionalExtension, Row, Transaction};

use super::check::clean_text;
use super::totals::{add_to_session_totals, bump_name_totals, refresh_session_totals};
use super::{get_opt_time, to_ms, Store};
use crate::error::{Error, Result};
use crate::model::{Gift, GiftInput};
use crate::money::{Coins, MAX_RECORD};

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

impl Store {
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
}
