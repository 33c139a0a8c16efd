//! The tables live capture keeps so a restart loses and doubles nothing:
//! `capture_sources` (a followed file's offset), `capture_events` (events
//! taken), `capture_occurrences` (identical events counted),
//! `capture_pending` (streaks still running) and `capture_flags` (rows
//! written before their streak ended).

use rusqlite::{params, Connection, OptionalExtension};

use super::LedgerTx;
use crate::error::{Error, Result};
use crate::events::streak::{Pending, StreakKey};

/// A flagged row of a live still running that its streak may still grow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ResumableRow {
    pub streak_sender: String,
    pub streak_gift: String,
    pub gift_id: i64,
    pub count: i64,
    pub at_ms: i64,
}

/// The id of the source `address` of `kind`, made on first use.
pub(crate) fn capture_source(ltx: &LedgerTx<'_>, kind: &str, address: &str) -> Result<i64> {
    capture_source_in(ltx.conn(), kind, address)
}

/// [`capture_source`] on a connection, for the store's own reads and writes.
pub(super) fn capture_source_in(conn: &Connection, kind: &str, address: &str) -> Result<i64> {
    Ok(conn.query_row(
        "INSERT INTO capture_sources (kind, address) VALUES (?1, ?2)
         ON CONFLICT(kind, address) DO UPDATE SET kind = excluded.kind RETURNING id",
        params![kind, address],
        |r| r.get(0),
    )?)
}

/// The capture sources of `kind`: (id, address).
pub(crate) fn capture_sources_of(ltx: &LedgerTx<'_>, kind: &str) -> Result<Vec<(i64, String)>> {
    let conn = ltx.conn();
    let mut stmt = conn.prepare("SELECT id, address FROM capture_sources WHERE kind = ?1")?;
    let rows = stmt.query_map([kind], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Makes the sources `others` (other spellings of one source) one source
/// at `address`: what they hold for a restart (messages taken, counts,
/// streaks held, rows that may resume) moves to it, one transaction.
pub(crate) fn merge_capture_sources(
    ltx: &LedgerTx<'_>,
    kind: &str,
    address: &str,
    others: &[(i64, String)],
) -> Result<()> {
    let conn = ltx.conn();
    if others.is_empty() {
        return Ok(());
    }
    let tx = conn;
    let target = capture_source_in(tx, kind, address)?;
    for (id, _) in others {
        for table in ["capture_events", "capture_occurrences", "capture_pending"] {
            tx.execute(
                &format!("UPDATE OR IGNORE {table} SET source_id = ?1 WHERE source_id = ?2"),
                params![target, id],
            )?;
        }
        tx.execute(
            "UPDATE capture_flags SET source_id = ?1 WHERE source_id = ?2",
            params![target, id],
        )?;
        tx.execute("DELETE FROM capture_sources WHERE id = ?1", [id])?;
    }
    Ok(())
}

/// Where a followed file was left: (offset, head).
pub(crate) fn file_position(ltx: &LedgerTx<'_>, source_id: i64) -> Result<(i64, Option<i64>)> {
    let conn = ltx.conn();
    Ok(conn.query_row(
        "SELECT file_offset, file_head FROM capture_sources WHERE id = ?1",
        [source_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?)
}

/// Records where a followed file was read to.
pub(crate) fn save_position(
    ltx: &LedgerTx<'_>,
    source_id: i64,
    offset: u64,
    head: i64,
) -> Result<()> {
    let conn = ltx.conn();
    let offset = i64::try_from(offset).map_err(|_| {
        Error::invalid_said(
            "file",
            crate::l10n::Message::new("core-invalid-follow-too-large"),
        )
    })?;
    conn.prepare_cached(
        "UPDATE capture_sources SET file_offset = ?2, file_head = ?3 WHERE id = ?1",
    )?
    .execute(params![source_id, offset, head])?;
    Ok(())
}

/// Starts a followed file over: offset 0, occurrence counts forgotten.
pub(crate) fn restart_file(ltx: &LedgerTx<'_>, source_id: i64) -> Result<()> {
    let conn = ltx.conn();
    conn.execute(
        "UPDATE capture_sources SET file_offset = 0, file_head = NULL WHERE id = ?1",
        [source_id],
    )?;
    conn.execute(
        "DELETE FROM capture_occurrences WHERE source_id = ?1",
        [source_id],
    )?;
    Ok(())
}

/// Records an event as taken; `false` when it was taken before.
pub(crate) fn mark_event(ltx: &LedgerTx<'_>, source_id: i64, key: i64) -> Result<bool> {
    let conn = ltx.conn();
    let n = conn
        .prepare_cached(
            "INSERT INTO capture_events (source_id, event_key) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        )?
        .execute(params![source_id, key])?;
    Ok(n == 1)
}

/// Counts one more event with fingerprint `base`; returns how many so far.
pub(crate) fn bump_occurrence(ltx: &LedgerTx<'_>, source_id: i64, base: i64) -> Result<u32> {
    let conn = ltx.conn();
    let n: i64 = conn
        .prepare_cached(
            "INSERT INTO capture_occurrences (source_id, base, n) VALUES (?1, ?2, 1)
             ON CONFLICT(source_id, base) DO UPDATE SET n = n + 1 RETURNING n",
        )?
        .query_row(params![source_id, base], |r| r.get(0))?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

/// The streaks a source left running.
pub(crate) fn pending_streaks(ltx: &LedgerTx<'_>, source_id: i64) -> Result<Vec<Pending>> {
    let conn = ltx.conn();
    let mut stmt = conn.prepare(
        "SELECT streak_sender, streak_gift, gift_name, coins_each, count, at, fingerprint, sender, resumes_gift, dropped,
            streak_at, streak
         FROM capture_pending WHERE source_id = ?1",
    )?;
    let rows = stmt.query_map([source_id], |r| {
        Ok(Pending {
            key: StreakKey {
                sender: r.get(0)?,
                gift: r.get(1)?,
            },
            gift_name: r.get(2)?,
            coins_each: r.get(3)?,
            count: r.get(4)?,
            at_ms: r.get(5)?,
            fingerprint: r.get(6)?,
            sender: r.get(7)?,
            resumes: r.get(8)?,
            dropped: r.get(9)?,
            streak: match (r.get(10)?, r.get(11)?) {
                (Some(at), Some(id)) => Some((at, id)),
                _ => None,
            },
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Keeps a running streak (replacing what was kept for it).
pub(crate) fn save_pending(ltx: &LedgerTx<'_>, source_id: i64, p: &Pending) -> Result<()> {
    let conn = ltx.conn();
    conn.prepare_cached(
        "INSERT INTO capture_pending (source_id, streak_sender, streak_gift, gift_name, coins_each, count, at,
            fingerprint, sender, resumes_gift, dropped, streak_at, streak)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
         ON CONFLICT(source_id, streak_sender, streak_gift) DO UPDATE SET gift_name = excluded.gift_name,
            coins_each = excluded.coins_each, count = excluded.count, at = excluded.at,
            fingerprint = excluded.fingerprint, sender = excluded.sender,
            resumes_gift = excluded.resumes_gift, dropped = excluded.dropped,
            streak_at = excluded.streak_at, streak = excluded.streak",
    )?
    .execute(params![
        source_id,
        p.key.sender,
        p.key.gift,
        p.gift_name,
        p.coins_each,
        p.count,
        p.at_ms,
        p.fingerprint,
        p.sender,
        p.resumes,
        p.dropped,
        p.streak.map(|s| s.0),
        p.streak.map(|s| s.1)
    ])?;
    Ok(())
}

/// Forgets one running streak of a source.
pub(crate) fn clear_pending(
    ltx: &LedgerTx<'_>,
    source_id: i64,
    streak_sender: &str,
    streak_gift: &str,
) -> Result<()> {
    let conn = ltx.conn();
    conn.prepare_cached(
        "DELETE FROM capture_pending WHERE source_id = ?1 AND streak_sender = ?2 AND streak_gift = ?3",
    )?
    .execute(params![source_id, streak_sender, streak_gift])?;
    Ok(())
}

/// Forgets every running streak of a source.
pub(crate) fn clear_all_pending(ltx: &LedgerTx<'_>, source_id: i64) -> Result<()> {
    let conn = ltx.conn();
    conn.execute(
        "DELETE FROM capture_pending WHERE source_id = ?1",
        [source_id],
    )?;
    Ok(())
}

/// Marks the running streaks of a source as cut off by a drop.
pub(crate) fn mark_dropped(ltx: &LedgerTx<'_>, source_id: i64) -> Result<()> {
    let conn = ltx.conn();
    conn.execute(
        "UPDATE capture_pending SET dropped = 1 WHERE source_id = ?1",
        [source_id],
    )?;
    Ok(())
}

/// The flagged rows of a live still running that their streak may grow.
pub(crate) fn resumable_rows(ltx: &LedgerTx<'_>, source_id: i64) -> Result<Vec<ResumableRow>> {
    let conn = ltx.conn();
    let mut stmt = conn.prepare(
        "SELECT f.gift_id, f.streak_sender, f.streak_gift, g.count, coalesce(g.at, 0)
         FROM capture_flags f JOIN gifts g ON g.id = f.gift_id JOIN sessions s ON s.id = g.session_id
         WHERE f.source_id = ?1 AND f.resumable = 1 AND s.ended_at IS NULL",
    )?;
    let rows = stmt.query_map([source_id], |r| {
        Ok(ResumableRow {
            gift_id: r.get(0)?,
            streak_sender: r.get(1)?,
            streak_gift: r.get(2)?,
            count: r.get(3)?,
            at_ms: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Flags a row written before its streak ended.
pub(crate) fn flag_gift(
    ltx: &LedgerTx<'_>,
    gift_id: i64,
    source_id: i64,
    streak_sender: &str,
    streak_gift: &str,
    resumable: bool,
) -> Result<()> {
    let conn = ltx.conn();
    conn.prepare_cached(
        "INSERT INTO capture_flags (gift_id, source_id, streak_sender, streak_gift, resumable) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![gift_id, source_id, streak_sender, streak_gift, resumable])?;
    Ok(())
}

/// Sets whether a flagged row may still grow.
pub(crate) fn set_resumable(ltx: &LedgerTx<'_>, gift_id: i64, resumable: bool) -> Result<()> {
    let conn = ltx.conn();
    conn.prepare_cached("UPDATE capture_flags SET resumable = ?2 WHERE gift_id = ?1")?
        .execute(params![gift_id, resumable])?;
    Ok(())
}

/// No flagged row of a source may grow any more (its live ended).
pub(crate) fn end_resumable(ltx: &LedgerTx<'_>, source_id: i64) -> Result<()> {
    let conn = ltx.conn();
    conn.execute(
        "UPDATE capture_flags SET resumable = 0 WHERE source_id = ?1",
        [source_id],
    )?;
    Ok(())
}

/// Unflags a row whose streak ended after all.
pub(crate) fn unflag_gift(ltx: &LedgerTx<'_>, gift_id: i64) -> Result<()> {
    let conn = ltx.conn();
    conn.prepare_cached("DELETE FROM capture_flags WHERE gift_id = ?1")?
        .execute([gift_id])?;
    conn.prepare_cached("UPDATE gifts SET estimated = 0 WHERE id = ?1 AND estimated = 1")?
        .execute([gift_id])?;
    Ok(())
}

/// A gift row's count and session, if it is there.
pub(crate) fn gift_count(ltx: &LedgerTx<'_>, gift_id: i64) -> Result<Option<(i64, i64)>> {
    let conn = ltx.conn();
    Ok(conn
        .prepare_cached("SELECT count, session_id FROM gifts WHERE id = ?1")?
        .query_row([gift_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}
