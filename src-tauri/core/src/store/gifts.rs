//! The `gifts` table: reading gift rows, and the one way a gift row is written.

use std::collections::HashSet;

use rusqlite::{params, CachedStatement, Connection, OptionalExtension, Row};

use super::check::clean_text;
use super::trash::{self, Deleted, Take};
use super::{get_opt_time, to_ms, LedgerTx, Store};
use crate::error::{Error, Result};
use crate::l10n::Message;
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

/// A gift row about to be written: what a click, an import and a live event
/// all hand the store. A row with a fingerprint is written once, however
/// often it is offered (a replayed event, a restart, a later import of the
/// same log): the key is its time and fingerprint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct NewGift<'a> {
    pub session_id: i64,
    /// Milliseconds since the epoch, when known.
    pub at: Option<i64>,
    pub gift_name: &'a str,
    pub coins_each: i64,
    pub count: i64,
    pub sender: Option<&'a str>,
    pub import_id: Option<i64>,
    pub fingerprint: Option<i64>,
    /// Written at the highest count seen, its streak's end not yet known.
    pub estimated: bool,
    /// Its streak's first event time and identity, for a later file to complete it.
    pub streak_at: Option<i64>,
    pub streak: Option<i64>,
}

/// A typed count of gifts whose coins one row cannot hold (`count` and
/// `coins_each` as typed, ungrouped).
fn too_many_coins(count: i64, coins_each: i64) -> Error {
    Error::invalid_said(
        "count",
        Message::new("core-invalid-gift-row-too-large")
            .text("gifts", count.to_string())
            .text("coins", coins_each.to_string()),
    )
}

impl NewGift<'_> {
    /// Its coins (each × count), refused when it is no gift or too large.
    pub(crate) fn coins(&self) -> Result<i64> {
        if self.count < 1 || self.coins_each < 0 {
            return Err(not_a_gift(self.count, self.coins_each));
        }
        self.coins_each
            .checked_mul(self.count)
            .filter(|c| *c <= MAX_RECORD)
            .ok_or_else(|| too_many_coins(self.count, self.coins_each))
    }
}

/// The one statement every gift row enters the ledger by, prepared once for
/// as many rows as the caller writes (and its form for [`GiftInserter::MANY`]
/// rows at once). Each row it writes is counted in the kept totals of the
/// transaction it writes in.
pub(crate) struct GiftInserter<'c> {
    tx: &'c LedgerTx<'c>,
    conn: &'c Connection,
    stmt: CachedStatement<'c>,
    many: Option<CachedStatement<'c>>,
}

/// The columns a gift row is written with, in the order they are bound.
const INSERT_COLUMNS: &str = "session_id, at, gift_name, coins_each, count, sender, import_id, \
    fingerprint, estimated, streak_at, streak";

impl<'c> GiftInserter<'c> {
    /// Prepares the insert in the caller's transaction.
    pub(crate) fn new(tx: &'c LedgerTx<'c>) -> Result<GiftInserter<'c>> {
        let conn = tx.conn();
        let stmt = conn.prepare_cached(&format!(
            "INSERT INTO gifts ({INSERT_COLUMNS})
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT DO NOTHING"
        ))?;
        Ok(GiftInserter {
            tx,
            conn,
            stmt,
            many: None,
        })
    }

    /// Rows [`GiftInserter::insert_many`] writes in one statement: one
    /// statement per row opens and closes the table's and every index's
    /// cursor for each row.
    pub(crate) const MANY: usize = 64;

    /// Writes [`GiftInserter::MANY`] rows, each unless a row with its key is
    /// already there, and counts those written; which were written.
    pub(crate) fn insert_many(&mut self, rows: &[NewGift<'_>]) -> Result<Vec<bool>> {
        let coins = rows
            .iter()
            .map(NewGift::coins)
            .collect::<Result<Vec<_>>>()?;
        let since = self.last_id()?;
        let n = self.insert_many_rows(rows)?;
        // Which were written, when not all or none (a file that overlaps the
        // ledger): by key, written after `since`, once each.
        let mut claimed = HashSet::new();
        let mut written = Vec::with_capacity(rows.len());
        for (g, coins) in rows.iter().zip(coins) {
            let added = if n == rows.len() {
                true
            } else if n == 0 {
                false
            } else {
                self.written_since(since, g)?
                    .is_some_and(|id| claimed.insert(id))
            };
            if added {
                self.count(g, coins)?;
            }
            written.push(added);
        }
        Ok(written)
    }

    /// Counts row `g`, worth `coins`, in the kept totals.
    fn count(&self, g: &NewGift<'_>, coins: i64) -> Result<()> {
        self.tx
            .count_gifts(g.session_id, g.gift_name, g.sender, g.count, coins, g.at)
    }

    /// Writes the rows of [`GiftInserter::insert_many`]; how many were written.
    fn insert_many_rows(&mut self, rows: &[NewGift<'_>]) -> Result<usize> {
        if rows.len() != Self::MANY {
            return Err(Error::invalid(
                "import",
                format!(
                    "{} rows handed to a statement for {}",
                    rows.len(),
                    Self::MANY
                ),
            ));
        }
        // The statement skips a row that breaks any constraint, not only a
        // key already there (one that could fail would keep a journal of each
        // statement, to undo it alone: 8 % of an import). So the table's
        // checks are made here; its NOT NULL columns take no `Option`.
        if let Some(g) = rows.iter().find(|g| g.count < 1 || g.coins_each < 0) {
            return Err(not_a_gift(g.count, g.coins_each));
        }
        let stmt = match &mut self.many {
            Some(stmt) => stmt,
            None => {
                let one = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
                let values = vec![one; Self::MANY].join(", ");
                self.many.insert(self.conn.prepare_cached(&format!(
                    "INSERT OR IGNORE INTO gifts ({INSERT_COLUMNS}) VALUES {values}"
                ))?)
            }
        };
        for (i, g) in rows.iter().enumerate() {
            let at = i * 11;
            stmt.raw_bind_parameter(at + 1, g.session_id)?;
            stmt.raw_bind_parameter(at + 2, g.at)?;
            stmt.raw_bind_parameter(at + 3, g.gift_name)?;
            stmt.raw_bind_parameter(at + 4, g.coins_each)?;
            stmt.raw_bind_parameter(at + 5, g.count)?;
            stmt.raw_bind_parameter(at + 6, g.sender)?;
            stmt.raw_bind_parameter(at + 7, g.import_id)?;
            stmt.raw_bind_parameter(at + 8, g.fingerprint)?;
            stmt.raw_bind_parameter(at + 9, g.estimated)?;
            stmt.raw_bind_parameter(at + 10, g.streak_at)?;
            stmt.raw_bind_parameter(at + 11, g.streak)?;
        }
        Ok(stmt.raw_execute()?)
    }

    /// The highest gift id so far (0 in an empty ledger): rows written
    /// after this call get higher ones.
    fn last_id(&self) -> Result<i64> {
        Ok(self
            .conn
            .prepare_cached("SELECT coalesce(max(id), 0) FROM gifts")?
            .query_row([], |r| r.get(0))?)
    }

    /// The id of row `g` (its key, in its session) when it was written after
    /// [`GiftInserter::last_id`] gave `since`.
    fn written_since(&self, since: i64, g: &NewGift<'_>) -> Result<Option<i64>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT id FROM gifts WHERE coalesce(at, -1) = coalesce(?1, -1) AND fingerprint = ?2
                    AND id > ?3 AND session_id = ?4",
            )?
            .query_row(params![g.at, g.fingerprint, since, g.session_id], |r| r.get(0))
            .optional()?)
    }

    /// Writes `g` and counts it; its id, or `None` when a row with its key
    /// is already there.
    pub(crate) fn insert(&mut self, g: &NewGift<'_>) -> Result<Option<i64>> {
        let coins = g.coins()?;
        let n = self.stmt.execute(params![
            g.session_id,
            g.at,
            g.gift_name,
            g.coins_each,
            g.count,
            g.sender,
            g.import_id,
            g.fingerprint,
            g.estimated,
            g.streak_at,
            g.streak
        ])?;
        if n == 0 {
            return Ok(None);
        }
        self.count(g, coins)?;
        Ok(Some(self.conn.last_insert_rowid()))
    }
}

/// Writes one gift row (unless its key is already there) and moves the
/// session's and the name totals with it, in the caller's transaction.
/// Returns the new row's id, or `None` when it was already stored.
pub(crate) fn insert_gift_once(ltx: &LedgerTx<'_>, g: &NewGift<'_>) -> Result<Option<i64>> {
    let id = GiftInserter::new(ltx)?.insert(g)?;
    ltx.settle()?;
    Ok(id)
}

/// Grows a stored gift row to `count` (a streak that went on after it was
/// written at its highest count so far; at the same count, its end came
/// late), moving it to the time and fingerprint of the event that now
/// settles it; totals follow. Returns
/// `false` when the row is gone or another row already holds that key.
pub(crate) fn regrow_gift(
    ltx: &LedgerTx<'_>,
    gift_id: i64,
    count: i64,
    at_ms: i64,
    fingerprint: i64,
) -> Result<bool> {
    let tx = ltx.conn();
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
    if count < old {
        return Ok(true);
    }
    let taken = key_taken_in(tx, Some(at_ms), fingerprint, gift_id)?;
    if taken {
        // At the same count the row already holds what the event says.
        return Ok(count == old);
    }
    let more = count - old;
    if more == 0 {
        // The end of the streak at the count it was written at: the row
        // takes the end's time and key (as an import of the log gives it).
        tx.execute(
            "UPDATE gifts SET at = ?2, fingerprint = ?3 WHERE id = ?1",
            params![gift_id, at_ms, fingerprint],
        )?;
        ltx.row_moved(session_id);
        ltx.settle()?;
        return Ok(true);
    }
    let coins = coins_each.checked_mul(more).ok_or_else(|| {
        Error::invalid_said("count", Message::new("core-invalid-coins-times-count"))
    })?;
    tx.execute(
        "UPDATE gifts SET count = ?2, at = ?3, fingerprint = ?4 WHERE id = ?1",
        params![gift_id, count, at_ms, fingerprint],
    )?;
    ltx.count_gifts(
        session_id,
        &name,
        sender.as_deref(),
        more,
        coins,
        Some(at_ms),
    )?;
    ltx.row_moved(session_id);
    ltx.settle()?;
    Ok(true)
}

impl Store {
    /// Adds a gift row and updates its session's totals in the same
    /// transaction. Coins come from the catalog unless given.
    pub fn add_gift(&mut self, input: &GiftInput) -> Result<Gift> {
        let name = clean_text("gift", &input.gift_name, false)?;
        if name.is_empty() {
            return Err(Error::invalid_said(
                "gift",
                Message::new("core-invalid-gift-name"),
            ));
        }
        if input.count < 1 {
            return Err(Error::invalid_said(
                "count",
                Message::new("core-invalid-at-least-one").text("text", input.count.to_string()),
            ));
        }
        let sender = match &input.sender {
            Some(s) => Some(clean_text("from", s, false)?).filter(|s| !s.is_empty()),
            None => None,
        };
        let tx = self.begin()?;
        // A catalog gift takes the catalog's spelling, and its price unless given.
        let listed: Option<(String, i64)> = tx
            .conn()
            .query_row(
                "SELECT name, coins FROM gift_catalog WHERE name = ?1",
                [&name],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let name = listed.as_ref().map_or(name, |(n, _)| n.clone());
        let coins_each = match (input.coins_each, listed) {
            (Some(c), _) if c < 0 => {
                return Err(Error::invalid_said(
                    "coins",
                    Message::new("core-invalid-negative-got").text("text", c.to_string()),
                ))
            }
            (Some(c), _) => c,
            (None, Some((_, c))) => c,
            (None, None) => {
                return Err(Error::invalid_said(
                    "gift",
                    Message::new("core-invalid-not-in-catalog")
                        .text("text", name.to_string())
                        .text("cli", " (CLI: --coins)"),
                ))
            }
        };
        let (total, _) = tx.session_totals(input.session_id)?;
        let at = input.at.map(to_ms);
        let row = NewGift {
            session_id: input.session_id,
            at,
            gift_name: &name,
            coins_each,
            count: input.count,
            sender: sender.as_deref(),
            ..NewGift::default()
        };
        let coins = row.coins()?;
        if total.checked_add(coins).is_none() {
            return Err(too_many_coins(input.count, coins_each));
        }
        // A typed row has no fingerprint, so it is always new.
        let id = insert_gift_once(&tx, &row)?.ok_or_else(|| {
            Error::invalid_said(
                "gift",
                crate::l10n::Message::new("core-invalid-not-written"),
            )
        })?;
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
    /// What it deleted is kept for [`Store::restore_deleted`].
    pub fn delete_gift(&mut self, id: i64, force: bool) -> Result<(Gift, Deleted)> {
        let tx = self.begin()?;
        let before = self.balance_before(force)?;
        let gift = tx
            .conn()
            .query_row(
                &format!("SELECT {GIFT_COLUMNS} FROM gifts WHERE id = ?1"),
                [id],
                gift_from_row,
            )
            .optional()?
            .ok_or(Error::NotFound { what: "gift", id })?;
        let take = |table, filter| Take::rows(table, filter, id);
        let deleted = trash::keep_with(
            tx.conn(),
            trash::gift_name(gift.count, &gift.gift_name),
            &[
                take("gifts", "id = ?1"),
                take("gift_revisions", "gift_id = ?1"),
                take("capture_flags", "gift_id = ?1"),
            ],
            Some(take(
                "sessions",
                "id = (SELECT session_id FROM gifts WHERE id = ?1)",
            )),
        )?;
        tx.uncount_gifts_where("id = ?1", id)?;
        tx.conn().execute("DELETE FROM gifts WHERE id = ?1", [id])?;
        tx.recount_session(gift.session_id)?;
        self.guard_balance(before, super::balance::Lowering::DeleteGift(id))?;
        tx.commit()?;
        Ok((gift, deleted))
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

/// The streaks (first event's time, identity) stored estimated: only a row
/// of one of these can be brought up to date by a later file.
pub(crate) fn estimated_streaks(ltx: &LedgerTx<'_>) -> Result<HashSet<(i64, i64)>> {
    let conn = ltx.conn();
    let mut stmt = conn.prepare(
        "SELECT streak_at, streak FROM gifts WHERE estimated = 1 AND streak IS NOT NULL",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A stored gift row of a streak, as bringing it up to date needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct StreakRow {
    pub id: i64,
    pub session_id: i64,
    pub at: Option<i64>,
    pub name: String,
    pub coins_each: i64,
    pub count: i64,
    pub sender: Option<String>,
    pub estimated: bool,
}

/// The row stored for streak (`streak_at`, `streak`), if any.
pub(crate) fn streak_row(
    ltx: &LedgerTx<'_>,
    streak_at: i64,
    streak: i64,
) -> Result<Option<StreakRow>> {
    let conn = ltx.conn();
    Ok(conn
        .prepare_cached(
            "SELECT id, session_id, at, gift_name, coins_each, count, sender, estimated
             FROM gifts WHERE streak_at = ?1 AND streak = ?2",
        )?
        .query_row(params![streak_at, streak], |r| {
            Ok(StreakRow {
                id: r.get(0)?,
                session_id: r.get(1)?,
                at: r.get(2)?,
                name: r.get(3)?,
                coins_each: r.get(4)?,
                count: r.get(5)?,
                sender: r.get(6)?,
                estimated: r.get(7)?,
            })
        })
        .optional()?)
}

/// Whether a row other than `except` holds the key (time, fingerprint).
pub(crate) fn key_taken(
    ltx: &LedgerTx<'_>,
    at: Option<i64>,
    fingerprint: i64,
    except: i64,
) -> Result<bool> {
    key_taken_in(ltx.conn(), at, fingerprint, except)
}

/// [`key_taken`] on a connection, for the store's own reads and writes.
pub(super) fn key_taken_in(
    conn: &Connection,
    at: Option<i64>,
    fingerprint: i64,
    except: i64,
) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM gifts WHERE coalesce(at, -1) = coalesce(?1, -1) AND fingerprint = ?2 AND id != ?3)",
        )?
        .query_row(params![at, fingerprint, except], |r| r.get(0))?)
}

/// Rewrites row `gift_id` as `g` for import `g.import_id`, keeping what it
/// was in `gift_revisions` so undoing that import puts it back, and moves
/// the kept totals from what it was to what it is.
pub(crate) fn revise_gift(ltx: &LedgerTx<'_>, gift_id: i64, g: &NewGift<'_>) -> Result<()> {
    let conn = ltx.conn();
    let coins = g.coins()?;
    let old: (i64, String, i64, i64, Option<String>) = conn
        .prepare_cached(
            "SELECT session_id, gift_name, coins_each, count, sender FROM gifts WHERE id = ?1",
        )?
        .query_row([gift_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .optional()?
        .ok_or(Error::NotFound {
            what: "gift",
            id: gift_id,
        })?;
    let (session_id, name, coins_each, count, sender) = old;
    let old_coins = coins_each.checked_mul(count).ok_or_else(|| {
        Error::invalid_said("coins", Message::new("core-invalid-stored-gift-coins"))
    })?;
    ltx.count_gifts(
        session_id,
        &name,
        sender.as_deref(),
        -count,
        -old_coins,
        None,
    )?;
    ltx.count_gifts(session_id, g.gift_name, g.sender, g.count, coins, g.at)?;
    conn.prepare_cached(
        "INSERT INTO gift_revisions (import_id, gift_id, prev_import_id, at, gift_name, coins_each, count, sender,
            fingerprint, estimated)
         SELECT ?1, id, import_id, at, gift_name, coins_each, count, sender, fingerprint, estimated
         FROM gifts WHERE id = ?2
         ON CONFLICT DO NOTHING",
    )?
    .execute(params![g.import_id, gift_id])?;
    conn.prepare_cached(
        "UPDATE gifts SET at = ?2, gift_name = ?3, coins_each = ?4, count = ?5, sender = ?6, fingerprint = ?7,
            estimated = ?8, import_id = ?9
         WHERE id = ?1",
    )?
    .execute(params![
        gift_id,
        g.at,
        g.gift_name,
        g.coins_each,
        g.count,
        g.sender,
        g.fingerprint,
        g.estimated,
        g.import_id
    ])?;
    if !g.estimated {
        // Completed: a capture that stopped mid-streak no longer holds it.
        conn.prepare_cached("DELETE FROM capture_flags WHERE gift_id = ?1")?
            .execute([gift_id])?;
    }
    Ok(())
}

/// The refusal of `count` gifts of `coins` each that make no gift (a count
/// below 1, coins below 0); its figures as the English always wrote them.
fn not_a_gift(count: i64, coins: i64) -> Error {
    Error::invalid_said(
        "gift",
        Message::new("core-invalid-not-a-gift")
            .text("count", count.to_string())
            .text("coins", coins.to_string()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_the_table_would_refuse_fails_the_many_not_skips_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = super::super::Store::open(&dir.path().join("g.db")).expect("open");
        let conn = &store.conn;
        conn.execute("INSERT INTO sessions (id, started_at) VALUES (1, 0)", [])
            .expect("session");
        let row = |i: i64, count: i64| NewGift {
            session_id: 1,
            at: Some(i * 1_000),
            gift_name: "Rose",
            coins_each: 3,
            count,
            sender: None,
            import_id: None,
            fingerprint: Some(i),
            estimated: false,
            streak_at: None,
            streak: None,
        };
        let tx = store.begin().expect("begin");
        let mut ins = GiftInserter::new(&tx).expect("prepare");
        let many = GiftInserter::MANY as i64;
        let mut rows: Vec<NewGift<'_>> = (0..many).map(|i| row(i, 1)).collect();
        rows[9] = row(9, 0);
        assert!(ins.insert_many(&rows).is_err(), "a count of 0 is no gift");
        rows[9] = row(9, 1);
        assert!(ins.insert_many(&rows).expect("many").iter().all(|w| *w));
        // Rows already there are skipped and not counted again; of a chunk
        // that overlaps, the new ones are told apart.
        assert!(ins.insert_many(&rows).expect("again").iter().all(|w| !*w));
        let half: Vec<NewGift<'_>> = (many / 2..many + many / 2).map(|i| row(i, 2)).collect();
        let written = ins.insert_many(&half).expect("half");
        let expect: Vec<bool> = (many / 2..many + many / 2).map(|i| i >= many).collect();
        assert_eq!(written, expect);
        drop(ins);
        tx.commit().expect("commit");
        let n: i64 = conn
            .query_row("SELECT count(*) FROM gifts", [], |r| r.get(0))
            .expect("count");
        assert_eq!(n, many + many / 2);
        let kept: (i64, i64) = conn
            .query_row(
                "SELECT coins_total, gift_count FROM sessions WHERE id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .expect("kept");
        // 64 rows of 1 and 32 of 2 gifts, 3 coins each.
        assert_eq!(kept, (3 * (many + many), many + many));
    }
}
