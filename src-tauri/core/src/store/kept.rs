//! The totals kept beside the rows: per session (`coins_total`,
//! `gift_count`), per gift name and sender (`name_totals`), and per session
//! and sender (`session_senders`: who gave in each live). Only
//! [`super::LedgerTx`] moves them: it adds up what its rows move in
//! [`Kept`] and writes the sums with [`Kept::write`] when it settles.

use rusqlite::{params, Connection, OptionalExtension};
use rustc_hash::{FxHashMap, FxHashSet};

use super::Store;
use crate::error::{Error, Result};

/// What the rows written in one transaction add to the kept totals, not
/// yet written: per session, and one entry a gift name and a sender (not a
/// gift-and-sender pair: a file of 5,000 senders and 20 gifts has 100,000
/// pairs, and writing each took as long as the last tenth of the import).
/// Looked up by reference, so a row allocates only for a name or sender not
/// seen before.
#[derive(Debug, Default)]
pub(super) struct Kept {
    sessions: FxHashMap<i64, (i64, i64)>,
    gifts: FxHashMap<String, (i64, i64)>,
    senders: FxHashMap<String, (i64, i64)>,
    /// Per session, per sender: gifts, coins, and the first and last gift's
    /// time (ms) when known.
    givers: FxHashMap<i64, FxHashMap<String, Giver>>,
    /// Sessions whose givers are recounted from their rows (a row was taken
    /// away or changed: a first or last time cannot be taken back out).
    recount: FxHashSet<i64>,
    /// Whether a name may have fallen to nothing (a row taken away).
    fell: bool,
}

/// One sender's gifts in one live, as counted so far.
#[derive(Debug, Clone, Copy, Default)]
struct Giver {
    gifts: i64,
    coins: i64,
    first: Option<i64>,
    last: Option<i64>,
}

/// Adds (`count`, `coins`) to `slot`; `None`, changing nothing, on overflow.
fn add_pair(slot: &mut (i64, i64), count: i64, coins: i64) -> Option<()> {
    *slot = (slot.0.checked_add(count)?, slot.1.checked_add(coins)?);
    Some(())
}

/// Sets the sum of `key` in `map`, allocating only for a key not seen before.
fn set(map: &mut FxHashMap<String, (i64, i64)>, key: &str, sum: (i64, i64)) {
    match map.get_mut(key) {
        Some(slot) => *slot = sum,
        None => {
            map.insert(key.to_string(), sum);
        }
    }
}

impl Kept {
    /// Counts `count` gifts worth `coins` (negative to take them away) of
    /// `name` from `sender` in `session_id`, sent at `at` (ms) when known.
    /// Refused, changing no sum, when one would overflow.
    pub(super) fn add(
        &mut self,
        session_id: Option<i64>,
        name: &str,
        sender: Option<&str>,
        count: i64,
        coins: i64,
        at: Option<i64>,
    ) -> Result<()> {
        let too_large = || {
            Error::invalid_said(
                "coins",
                crate::l10n::Message::new("core-invalid-kept-live-or-name"),
            )
        };
        let mut s = match session_id {
            Some(id) => *self.sessions.get(&id).unwrap_or(&(0, 0)),
            None => (0, 0),
        };
        add_pair(&mut s, count, coins).ok_or_else(too_large)?;
        let mut g = *self.gifts.get(name).unwrap_or(&(0, 0));
        add_pair(&mut g, count, coins).ok_or_else(too_large)?;
        let mut f = match sender {
            Some(f) => *self.senders.get(f).unwrap_or(&(0, 0)),
            None => (0, 0),
        };
        add_pair(&mut f, count, coins).ok_or_else(too_large)?;
        if let (Some(id), Some(sender)) = (session_id, sender) {
            if count < 0 || coins < 0 {
                self.recount.insert(id);
            } else {
                let givers = self.givers.entry(id).or_default();
                let mut v = givers.get(sender).copied().unwrap_or_default();
                v.gifts = v.gifts.checked_add(count).ok_or_else(too_large)?;
                v.coins = v.coins.checked_add(coins).ok_or_else(too_large)?;
                v.first = v.first.into_iter().chain(at).min();
                v.last = v.last.into_iter().chain(at).max();
                match givers.get_mut(sender) {
                    Some(slot) => *slot = v,
                    None => {
                        givers.insert(sender.to_string(), v);
                    }
                }
            }
        }
        if let Some(id) = session_id {
            self.sessions.insert(id, s);
        }
        set(&mut self.gifts, name, g);
        if let Some(sender) = sender {
            set(&mut self.senders, sender, f);
        }
        self.fell |= count < 0 || coins < 0;
        Ok(())
    }

    /// Has the givers of `session_id` recounted from its rows when the sums
    /// are written (a row moved in time).
    pub(super) fn recount_givers_of(&mut self, session_id: i64) {
        self.recount.insert(session_id);
    }

    /// Forgets every sum (the totals are recomputed from the rows instead).
    pub(super) fn clear(&mut self) {
        *self = Kept::default();
    }

    /// Writes the sums into the kept totals, refusing a total that would
    /// overflow, and drops the names no row counts any more.
    pub(super) fn write(self, conn: &Connection) -> Result<()> {
        let mut sessions: Vec<_> = self.sessions.into_iter().collect();
        sessions.sort_unstable();
        for (sid, (count, coins)) in sessions {
            if (coins, count) != (0, 0) {
                add_to_session_totals(conn, sid, coins, count)?;
            }
        }
        for (kind, map) in [("gift", self.gifts), ("sender", self.senders)] {
            for (name, (gifts, coins)) in map {
                if (gifts, coins) != (0, 0) {
                    bump_name_total(conn, kind, &name, gifts, coins)?;
                }
            }
        }
        if self.fell {
            drop_empty_name_totals(conn)?;
        }
        let mut givers: Vec<_> = self.givers.into_iter().collect();
        givers.sort_unstable_by_key(|(sid, _)| *sid);
        for (sid, of_session) in givers {
            if self.recount.contains(&sid) {
                continue;
            }
            // In key order: a B-tree takes rows in order at a fraction of
            // the cost of rows scattered over its pages.
            let mut of_session: Vec<_> = of_session.into_iter().collect();
            of_session.sort_unstable_by(|a, b| a.0.cmp(&b.0));
            for (sender, v) in of_session {
                add_giver(conn, sid, &sender, v)?;
            }
        }
        for sid in self.recount {
            recount_givers(conn, sid)?;
        }
        Ok(())
    }
}

/// Adds one sender's gifts to what a session keeps of them.
fn add_giver(conn: &Connection, session_id: i64, sender: &str, v: Giver) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO session_senders (session_id, sender, gifts, coins, first_at, last_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT(session_id, sender) DO UPDATE SET
            gifts = gifts + excluded.gifts, coins = coins + excluded.coins,
            first_at = CASE WHEN first_at IS NULL OR excluded.first_at < first_at THEN coalesce(excluded.first_at, first_at) ELSE first_at END,
            last_at = CASE WHEN last_at IS NULL OR excluded.last_at > last_at THEN coalesce(excluded.last_at, last_at) ELSE last_at END",
    )?
    .execute(params![session_id, sender, v.gifts, v.coins, v.first, v.last])?;
    Ok(())
}

/// Recomputes who gave in `session_id` from its gift rows.
pub(super) fn recount_givers(conn: &Connection, session_id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM session_senders WHERE session_id = ?1")?
        .execute([session_id])?;
    conn.prepare_cached(
        "INSERT INTO session_senders (session_id, sender, gifts, coins, first_at, last_at)
         SELECT session_id, sender, sum(count), sum(coins_each * count), min(at), max(at)
         FROM gifts WHERE session_id = ?1 AND sender IS NOT NULL GROUP BY sender",
    )?
    .execute([session_id])?;
    Ok(())
}

/// Adds `gifts` and `coins` (negative to remove) to the kept total of one
/// name of `kind` (`"gift"` or `"sender"`).
fn bump_name_total(
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
pub(super) fn subtract_name_totals(tx: &Connection, filter: &str, param: i64) -> Result<()> {
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
pub(super) fn refresh_session_totals(tx: &Connection, session_id: i64) -> Result<()> {
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
pub(super) fn rebuild_totals(tx: &Connection) -> Result<()> {
    tx.execute_batch(
        "UPDATE sessions SET
            coins_total = coalesce((SELECT sum(coins_each * count) FROM gifts WHERE session_id = sessions.id), 0),
            gift_count = coalesce((SELECT sum(count) FROM gifts WHERE session_id = sessions.id), 0);
         DELETE FROM name_totals;
         INSERT INTO name_totals (kind, name, gifts, coins)
            SELECT 'gift', gift_name, sum(count), sum(coins_each * count) FROM gifts GROUP BY gift_name;
         INSERT INTO name_totals (kind, name, gifts, coins)
            SELECT 'sender', sender, sum(count), sum(coins_each * count) FROM gifts WHERE sender IS NOT NULL GROUP BY sender;
         DELETE FROM session_senders;
         INSERT INTO session_senders (session_id, sender, gifts, coins, first_at, last_at)
            SELECT session_id, sender, sum(count), sum(coins_each * count), min(at), max(at)
            FROM gifts WHERE sender IS NOT NULL GROUP BY session_id, sender;",
    )?;
    Ok(())
}

/// A session's kept totals (coins, gifts); `NotFound` when there is no such session.
pub(super) fn session_totals(conn: &Connection, session_id: i64) -> Result<(i64, i64)> {
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
fn add_to_session_totals(conn: &Connection, session_id: i64, coins: i64, count: i64) -> Result<()> {
    let (total, gifts) = session_totals(conn, session_id)?;
    if total.checked_add(coins).is_none() || gifts.checked_add(count).is_none() {
        return Err(Error::invalid_said(
            "coins",
            crate::l10n::Message::new("core-invalid-kept-session"),
        ));
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

impl Store {
    /// The `limit` senders who gave the most coins in live `session_id`,
    /// from the kept per-live totals: (sender, gifts, coins), most first.
    pub fn session_givers(&self, session_id: i64, limit: usize) -> Result<Vec<(String, i64, i64)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT sender, gifts, coins FROM session_senders WHERE session_id = ?1
             ORDER BY coins DESC, sender LIMIT ?2",
        )?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = stmt.query_map(params![session_id, limit], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Store {
    /// Who gave in each live, from the kept per-live totals (never the gift
    /// rows): each sender named once.
    pub fn givers(&self) -> Result<crate::model::Givers> {
        let mut out = crate::model::Givers::default();
        // In key order (no second index to keep up on every import); each
        // sender named once.
        let mut stmt = self.conn.prepare(
            "SELECT session_id, sender, gifts, coins, first_at, last_at FROM session_senders",
        )?;
        let mut index: FxHashMap<String, u32> = FxHashMap::default();
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let name = r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
            let sender = match index.get(name) {
                Some(i) => *i,
                None => {
                    let i = u32::try_from(out.names.len()).map_err(|_| {
                        Error::invalid_said(
                            "sender",
                            crate::l10n::Message::new("core-invalid-kept-senders"),
                        )
                    })?;
                    out.names.push(name.to_string());
                    index.insert(name.to_string(), i);
                    i
                }
            };
            out.rows.push(crate::model::GiverRow {
                session_id: r.get(0)?,
                sender,
                gifts: r.get(2)?,
                coins: r.get(3)?,
                first_at: r.get(4)?,
                last_at: r.get(5)?,
            });
        }
        Ok(out)
    }
}

/// Drops the name totals that no gift row counts any more.
fn drop_empty_name_totals(conn: &Connection) -> Result<()> {
    conn.execute("DELETE FROM name_totals WHERE gifts <= 0", [])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A kept name total: kind, name, gifts, coins.
    type NameRow = (String, String, i64, i64);

    /// The name totals of a fresh ledger after `f` counted into one write.
    fn written(f: impl Fn(&mut Kept) -> Result<()>) -> (Result<()>, Vec<NameRow>) {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(&dir.path().join("k.db")).expect("open");
        store
            .conn
            .execute("INSERT INTO sessions (id, started_at) VALUES (1, 0)", [])
            .expect("session");
        let mut kept = Kept::default();
        let added = f(&mut kept);
        kept.write(&store.conn).expect("write");
        let mut stmt = store
            .conn
            .prepare("SELECT kind, name, gifts, coins FROM name_totals ORDER BY kind, name")
            .expect("prepare");
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .expect("query")
            .collect::<rusqlite::Result<_>>()
            .expect("rows");
        (added, rows)
    }

    fn row(kind: &str, name: &str, gifts: i64, coins: i64) -> NameRow {
        (kind.to_string(), name.to_string(), gifts, coins)
    }

    #[test]
    fn name_totals_sum_per_gift_and_per_sender_and_drop_what_nets_to_nothing() {
        let (added, rows) = written(|t| {
            let s = Some(1);
            t.add(s, "Rose", Some("alice"), 3, 3, None)?;
            t.add(s, "Lion", Some("alice"), 1, 29_999, None)?;
            t.add(s, "Rose", Some("bob"), 2, 2, None)?;
            t.add(None, "Rose", None, 1, 1, None)?;
            // Written, then taken away again in the same write.
            t.add(s, "Doughnut", Some("carol"), 1, 30, None)?;
            t.add(s, "Doughnut", Some("carol"), -1, -30, None)?;
            t.add(s, "Lion", Some("bob"), 1, 29_999, None)
        });
        added.expect("fits");
        assert_eq!(
            rows,
            vec![
                row("gift", "Lion", 2, 59_998),
                row("gift", "Rose", 6, 6),
                row("sender", "alice", 4, 30_002),
                row("sender", "bob", 3, 30_001),
            ]
        );
    }

    #[test]
    fn an_overflowing_sum_changes_nothing() {
        let (added, rows) = written(|t| {
            t.add(None, "Rose", None, 1, 1, None)?;
            t.add(None, "Lion", Some("alice"), 1, i64::MAX, None)?;
            t.add(None, "Rose", Some("alice"), 1, 1, None)
        });
        assert!(added.is_err(), "alice's coins overflow");
        assert_eq!(
            rows,
            vec![
                row("gift", "Lion", 1, i64::MAX),
                row("gift", "Rose", 1, 1),
                row("sender", "alice", 1, i64::MAX),
            ]
        );
    }
}
