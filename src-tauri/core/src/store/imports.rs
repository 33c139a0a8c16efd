//! The `imports` table and what undoing an import puts back.

use std::collections::HashMap;

use chrono::Utc;
use rusqlite::{params, Connection, OptionalExtension};

use super::LedgerTx;
use super::{get_time, Store};
use crate::error::{Error, Result};
use crate::l10n::Message;
use crate::model::ImportRecord;

impl Store {
    /// Every recorded import, newest first.
    pub fn imports(&self) -> Result<Vec<ImportRecord>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, file_name, sha256, format, imported_at, rows_added, rows_skipped, sessions_added,
                streaks_updated, warnings, warning_messages
             FROM imports ORDER BY id DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            let warnings: String = r.get(9)?;
            let messages: Option<String> = r.get(10)?;
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
                // Kept since schema 13; what cannot be read back (an id this
                // build does not know) is said in English.
                warning_messages: messages
                    .and_then(|m| serde_json::from_str::<Vec<serde_json::Value>>(&m).ok())
                    .map(|list| {
                        list.into_iter()
                            .map(|v| serde_json::from_value(v).ok())
                            .collect()
                    })
                    .unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Undoes an import as a whole: its gift rows, the sessions it created
    /// (unless something else was added to them since), TikTok's day figures
    /// it set (a figure it replaced goes back to what it was), and its record.
    /// Estimated streak rows it brought up to date go back to what they were,
    /// and sessions it widened to their span before it, so undoing the latest
    /// import gives back the ledger exactly as it was. Undoing an earlier one
    /// leaves what later imports wrote or brought up to date.
    /// Returns the number of gift and session rows removed. When withdrawals
    /// were paid from its diamonds it asks for confirmation first (`force`).
    pub fn undo_import(&mut self, id: i64, force: bool) -> Result<(usize, usize)> {
        let tx = self.begin()?;
        let before = self.balance_before(force)?;
        let exists: Option<i64> = tx
            .conn()
            .query_row("SELECT id FROM imports WHERE id = ?1", [id], |r| r.get(0))
            .optional()?;
        exists.ok_or(Error::NotFound { what: "import", id })?;
        let touched: Vec<i64> = {
            let mut stmt = tx
                .conn()
                .prepare("SELECT DISTINCT session_id FROM gifts WHERE import_id = ?1")?;
            let rows = stmt.query_map([id], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        tx.uncount_gifts_where("import_id = ?1", id)?;
        splice_revisions(tx.conn(), id)?;
        // Rows it updated and still holds: back to what they were, and counted again.
        let restored = tx.conn().execute(
            "UPDATE gifts SET (at, gift_name, coins_each, count, sender, fingerprint, estimated, import_id) =
                (SELECT at, gift_name, coins_each, count, sender, fingerprint, estimated, prev_import_id
                 FROM gift_revisions v WHERE v.import_id = ?1 AND v.gift_id = gifts.id)
             WHERE import_id = ?1 AND id IN (SELECT gift_id FROM gift_revisions WHERE import_id = ?1)",
            [id],
        )?;
        if restored > 0 {
            let mut stmt = tx.conn().prepare(
                "SELECT g.gift_name, g.sender, g.count, g.coins_each * g.count FROM gifts g
                 JOIN gift_revisions v ON v.gift_id = g.id AND v.import_id = ?1",
            )?;
            let rows: Vec<(String, Option<String>, i64, i64)> = stmt
                .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                .collect::<rusqlite::Result<_>>()?;
            drop(stmt);
            for (name, sender, gifts, coins) in rows {
                tx.count_names(&name, sender.as_deref(), gifts, coins)?;
            }
        }
        let gifts = tx
            .conn()
            .execute("DELETE FROM gifts WHERE import_id = ?1", [id])?;
        for s in &touched {
            tx.recount_session(*s)?;
        }
        restore_spans(tx.conn(), id)?;
        // Sessions it created go too, unless hand-entered gifts were added
        // since, or live capture counted engagement in them.
        let sessions = tx.conn().execute(
            "DELETE FROM sessions WHERE import_id = ?1 AND NOT EXISTS (SELECT 1 FROM gifts WHERE gifts.session_id = sessions.id)
                AND NOT EXISTS (SELECT 1 FROM live_minutes m WHERE m.session_id = sessions.id)",
            [id],
        )?;
        // One that later imports added gifts to passes to the earliest of them,
        // so undoing that one takes it away too.
        tx.conn().execute(
            "UPDATE sessions SET import_id = (SELECT min(import_id) FROM gifts WHERE gifts.session_id = sessions.id)
             WHERE import_id = ?1",
            [id],
        )?;
        tx.conn()
            .execute("DELETE FROM withdrawals WHERE import_id = ?1", [id])?;
        tx.conn()
            .execute("DELETE FROM adjustments WHERE import_id = ?1", [id])?;
        super::reported_days::undo_reported(tx.conn(), id)?;
        tx.conn()
            .execute("DELETE FROM imports WHERE id = ?1", [id])?;
        self.guard_balance(before, super::balance::Lowering::UndoImport(id))?;
        tx.commit()?;
        Ok((gifts, sessions))
    }
}

/// Before import `id` is undone: a later import that updated a row as `id`
/// left it now updates it from what `id` found (or, when `id` wrote the row,
/// owns it outright), and `id`'s own record of a row a later import holds
/// goes. Undoing the later import afterwards then leaves no trace of `id`.
fn splice_revisions(tx: &Connection, id: i64) -> Result<()> {
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
fn restore_spans(tx: &Connection, id: i64) -> Result<()> {
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

/// Records an import as it starts; its counts and file hash are filled in
/// by [`finish_import`]. Returns its id.
pub(crate) fn begin_import(ltx: &LedgerTx<'_>, file_name: &str, format: &str) -> Result<i64> {
    let conn = ltx.conn();
    Ok(conn.query_row(
        "INSERT INTO imports (file_name, sha256, format, imported_at, rows_added, rows_skipped, sessions_added)
         VALUES (?1, '', ?2, ?3, 0, 0, 0) RETURNING id",
        params![file_name, format, Utc::now().timestamp_millis()],
        |r| r.get(0),
    )?)
}

/// What an import did, as its record keeps it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ImportCounts<'a> {
    pub sha256: &'a str,
    pub rows_added: u64,
    pub rows_skipped: u64,
    pub sessions_added: u64,
    pub streaks_updated: u64,
    pub warnings: &'a [String],
    /// Each warning as the core's message, beside its English.
    pub warning_messages: &'a [Message],
}

/// Completes the record of import `id`.
pub(crate) fn finish_import(ltx: &LedgerTx<'_>, id: i64, c: &ImportCounts<'_>) -> Result<()> {
    let conn = ltx.conn();
    let warnings =
        serde_json::to_string(c.warnings).map_err(|e| Error::invalid("import", e.to_string()))?;
    let messages = serde_json::to_string(c.warning_messages)
        .map_err(|e| Error::invalid("import", e.to_string()))?;
    let n = |v: u64| i64::try_from(v).unwrap_or(i64::MAX);
    conn.execute(
        "UPDATE imports SET sha256 = ?2, rows_added = ?3, rows_skipped = ?4, sessions_added = ?5,
            streaks_updated = ?6, warnings = ?7, warning_messages = ?8 WHERE id = ?1",
        params![
            id,
            c.sha256,
            n(c.rows_added),
            n(c.rows_skipped),
            n(c.sessions_added),
            n(c.streaks_updated),
            warnings,
            messages
        ],
    )?;
    Ok(())
}

/// Forgets the record of import `id`, which added nothing.
pub(crate) fn forget_import(ltx: &LedgerTx<'_>, id: i64) -> Result<()> {
    let conn = ltx.conn();
    conn.execute("DELETE FROM imports WHERE id = ?1", [id])?;
    Ok(())
}

/// The start of every session import `import_id` created, by id.
pub(crate) fn starts_of_import(ltx: &LedgerTx<'_>, import_id: i64) -> Result<HashMap<i64, i64>> {
    let conn = ltx.conn();
    let mut stmt = conn.prepare("SELECT id, started_at FROM sessions WHERE import_id = ?1")?;
    let rows = stmt.query_map([import_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The first `limit` sessions import `import_id` created, by start: (id,
/// start ms, end ms).
pub(crate) fn lives_of_import(
    ltx: &LedgerTx<'_>,
    import_id: i64,
    limit: usize,
) -> Result<Vec<(i64, i64, Option<i64>)>> {
    let conn = ltx.conn();
    let mut stmt = conn.prepare(
        "SELECT id, started_at, ended_at FROM sessions WHERE import_id = ?1 ORDER BY started_at, id LIMIT ?2",
    )?;
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let rows = stmt.query_map(rusqlite::params![import_id, limit], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Saves a column mapping under `name`, replacing one of that name.
pub(crate) fn save_mapping_in(ltx: &LedgerTx<'_>, name: &str, map: &str) -> Result<()> {
    save_mapping_in_in(ltx.conn(), name, map)
}

/// [`save_mapping_in`] on a connection, for the store's own reads and writes.
pub(super) fn save_mapping_in_in(conn: &Connection, name: &str, map: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO import_mappings (name, mapping) VALUES (?1, ?2) ON CONFLICT(name) DO UPDATE SET mapping = excluded.mapping",
        [name.trim(), map],
    )?;
    Ok(())
}

/// A column mapping remembered for the header it read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RememberedMapping {
    /// The header's signature (`import::sniff::signature`).
    pub signature: String,
    /// The mapping, as `--map` writes it.
    pub mapping: String,
    /// The mapping's name, or the file it was made for.
    pub name: String,
    /// The creator's day it was saved, `YYYY-MM-DD`.
    pub saved_on: String,
}

/// Remembers `m` for its header, replacing what was remembered for it.
pub(crate) fn remember_mapping_in(ltx: &LedgerTx<'_>, m: &RememberedMapping) -> Result<()> {
    let conn = ltx.conn();
    conn.execute(
        "INSERT INTO header_mappings (signature, mapping, name, saved_on) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(signature) DO UPDATE SET mapping = excluded.mapping, name = excluded.name, saved_on = excluded.saved_on",
        [&m.signature, &m.mapping, &m.name, &m.saved_on],
    )?;
    Ok(())
}

impl Store {
    /// Every mapping remembered for a header, by signature.
    pub fn remembered_mappings(&self) -> Result<Vec<RememberedMapping>> {
        let mut stmt = self.conn.prepare(
            "SELECT signature, mapping, name, saved_on FROM header_mappings ORDER BY signature",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(RememberedMapping {
                signature: r.get(0)?,
                mapping: r.get(1)?,
                name: r.get(2)?,
                saved_on: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Saves a column mapping under a name for later imports.
    pub fn save_mapping(&mut self, name: &str, map: &str) -> Result<()> {
        save_mapping_in_in(&self.conn, name, map)
    }

    /// Every saved mapping, by name: (name, mapping).
    pub fn mappings(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT name, mapping FROM import_mappings ORDER BY name")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The mapping saved under `name`, if any.
    pub fn mapping(&self, name: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT mapping FROM import_mappings WHERE name = ?1",
                [name.trim()],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// How many rows the record tables hold: (gifts, sessions, withdrawals,
    /// imports). For tests and checks that nothing was written.
    pub fn row_counts(&self) -> Result<(i64, i64, i64, i64)> {
        Ok(self.conn.query_row(
            "SELECT (SELECT count(*) FROM gifts), (SELECT count(*) FROM sessions), (SELECT count(*) FROM withdrawals),
                (SELECT count(*) FROM imports)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::Localizer;

    /// An import's warnings are kept as messages beside their English, so
    /// its history speaks the creator's language; a record made before
    /// (no messages) and a message this build does not know stay English.
    #[test]
    fn an_import_s_warnings_are_kept_as_messages() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("l.db")).unwrap();
        // What an import of a Windows-1252 file records (the import itself
        // is above the store: `tests/cli_l10n.rs` runs one).
        let said = Message::new("core-import-windows-1252");
        let warnings = vec![crate::l10n::english(&said)];
        let tx = store.begin().unwrap();
        let id = begin_import(&tx, "latin.csv", "gift-table").unwrap();
        let counts = ImportCounts {
            sha256: "ab",
            rows_added: 1,
            rows_skipped: 0,
            sessions_added: 0,
            streaks_updated: 0,
            warnings: &warnings,
            warning_messages: std::slice::from_ref(&said),
        };
        finish_import(&tx, id, &counts).unwrap();
        tx.commit().unwrap();
        let record = store.imports().unwrap().remove(0);
        assert_eq!(record.warnings, warnings);
        assert_eq!(record.warning_messages, vec![Some(said.clone())]);
        // Said in English as the warning was written; German has its own words.
        assert_eq!(crate::l10n::english(&said), record.warnings[0]);
        assert_ne!(Localizer::new("de").render(&said), record.warnings[0]);

        // A message whose id this build does not know is said in English.
        store
            .conn
            .execute(
                "UPDATE imports SET warning_messages = '[{\"id\":\"core-import-gone\",\"args\":{}}]'",
                [],
            )
            .unwrap();
        assert_eq!(store.imports().unwrap()[0].warning_messages, vec![None]);
        // An import recorded before schema 13 keeps its English only.
        store
            .conn
            .execute("UPDATE imports SET warning_messages = NULL", [])
            .unwrap();
        let old = store.imports().unwrap().remove(0);
        assert_eq!(old.warnings, record.warnings);
        assert!(old.warning_messages.is_empty());
    }
}
