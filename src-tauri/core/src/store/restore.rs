//! Restoring records from a backup. A restore brings records, never schema or
//! code: the backup's schema must be exactly what LiveLedger's own
//! migrations make at its version (no trigger, view, index or table of its
//! own), its rows are copied by SQL into this ledger's own tables (so page
//! size and journal mode do not matter), every kept total is recomputed from
//! the rows, and every record must decode before the copy commits.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::Utc;
use rusqlite::{Connection, OpenFlags};

use super::{not_a_ledger, Store, APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION};
use crate::error::{Error, Result};
use crate::l10n::Message;

/// Tables that are SQLite's own or derived from the rows: never copied.
const NOT_COPIED: &[&str] = &[
    "name_totals",
    "session_senders",
    "sqlite_sequence",
    "sqlite_stat1",
    "sqlite_stat4",
];

/// What a restore brought in.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct RestoreReport {
    /// Sessions now in the ledger.
    pub sessions: i64,
    /// Gift rows now in the ledger.
    pub gifts: i64,
    /// Withdrawals now in the ledger.
    pub withdrawals: i64,
    /// Where the ledger as it was before the restore was copied, if it held anything.
    pub before_copy: Option<PathBuf>,
}

impl Store {
    /// Replaces every record of this ledger (sessions, gifts, withdrawals,
    /// corrections, imports, rates, catalog, settings, capture state) with the
    /// backup's, in one transaction, after checking the backup (see the
    /// module). The ledger as it was is first copied beside itself as
    /// `NAME.before-restore-TIMESTAMP.bak` unless it holds no records.
    pub fn restore_records_from(&mut self, backup: &Path) -> Result<RestoreReport> {
        let checked = checked_copy(backup)?;
        let before_copy = if self.is_empty()? {
            None
        } else {
            Some(self.copy_beside("before-restore")?)
        };
        let mut report = self.copy_records(&checked.path, backup)?;
        report.before_copy = before_copy;
        Ok(report)
    }

    /// Copies this ledger beside itself as `NAME.WHAT-TIMESTAMP.bak` and
    /// returns its path.
    pub fn copy_beside(&self, what: &str) -> Result<PathBuf> {
        let stamp = Utc::now().format("%Y%m%dT%H%M%S%.3f");
        let name = format!(
            "{}.{what}-{stamp}.bak",
            self.path
                .file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default()
        );
        let dest = self.path.with_file_name(name);
        self.backup_to(&dest)?;
        Ok(dest)
    }

    fn copy_records(&mut self, checked: &Path, shown: &Path) -> Result<RestoreReport> {
        let tables: Vec<(String, Vec<String>)> = {
            let mut stmt = self.conn.prepare(
                "SELECT name FROM main.sqlite_schema WHERE type = 'table' ORDER BY name",
            )?;
            let names: Vec<String> = stmt
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let mut out = Vec::new();
            for name in names {
                if NOT_COPIED.contains(&name.as_str()) {
                    continue;
                }
                let mut cols = self
                    .conn
                    .prepare(&format!("PRAGMA main.table_info({name})"))?;
                let cols: Vec<String> = cols
                    .query_map([], |r| r.get(1))?
                    .collect::<rusqlite::Result<_>>()?;
                out.push((name, cols));
            }
            out
        };
        self.conn.execute(
            "ATTACH DATABASE ?1 AS restored",
            [checked.to_string_lossy().as_ref()],
        )?;
        let result = (|| -> Result<RestoreReport> {
            let tx = self.begin()?;
            tx.conn().pragma_update(None, "defer_foreign_keys", true)?;
            // All out first: deleting a session cascades to its gifts.
            for (table, _) in &tables {
                tx.conn()
                    .execute(&format!("DELETE FROM main.{table}"), [])?;
            }
            for (table, cols) in &tables {
                let cols = cols.join(", ");
                tx.conn().execute(
                    &format!(
                        "INSERT INTO main.{table} ({cols}) SELECT {cols} FROM restored.{table}"
                    ),
                    [],
                )?;
            }
            // Totals past what the ledger can count (a gift's coins near
            // i64's end) refuse the backup, by its name.
            tx.recount_all().map_err(|e| {
                Error::not_a_ledger(
                    shown,
                    Message::new("core-ledger-why-uncountable").said("error", e.said()),
                )
            })?;
            // Every record must read back as the reports read it.
            let undecodable = |e: Error| {
                Error::not_a_ledger(
                    shown,
                    Message::new("core-ledger-why-unreadable").said("error", e.said()),
                )
            };
            self.check_restored(&tables).map_err(undecodable)?;
            let count = |t: &str| -> Result<i64> {
                Ok(tx
                    .conn()
                    .query_row(&format!("SELECT count(*) FROM main.{t}"), [], |r| r.get(0))?)
            };
            let report = RestoreReport {
                sessions: count("sessions")?,
                gifts: count("gifts")?,
                withdrawals: count("withdrawals")?,
                before_copy: None,
            };
            tx.commit().map_err(|e| {
                Error::not_a_ledger(
                    shown,
                    Message::new("core-ledger-why-unfit").said("error", e.said()),
                )
            })?;
            Ok(report)
        })();
        let detach = self.conn.execute("DETACH DATABASE restored", []);
        let report = result?;
        detach?;
        Ok(report)
    }
}

impl Store {
    /// Fails unless every restored record reads as the app reads it and
    /// every figure adds up: each column holds the kind its table declares,
    /// settings are valid, amounts and dates within what a form accepts, and
    /// the balance, each session's value and the deleted records decode.
    fn check_restored(&self, tables: &[(String, Vec<String>)]) -> Result<()> {
        self.check_kinds(tables)?;
        self.check_settings()?;
        self.check_amounts()?;
        self.check_readable()
    }

    /// Every column of every copied table holds values of its declared kind.
    fn check_kinds(&self, tables: &[(String, Vec<String>)]) -> Result<()> {
        for (table, _) in tables {
            let mut stmt = self
                .conn
                .prepare(&format!("PRAGMA main.table_info({table})"))?;
            let cols: Vec<(String, &'static str)> = stmt
                .query_map([], |r| {
                    let declared: String = r.get(2)?;
                    let kind = if declared.to_ascii_uppercase().contains("INT") {
                        "integer"
                    } else {
                        "text"
                    };
                    Ok((r.get(1)?, kind))
                })?
                .collect::<rusqlite::Result<_>>()?;
            // One pass over the table; the column is named only when one is wrong.
            let wrong = |c: &(String, &str)| format!("typeof({}) NOT IN ('{}', 'null')", c.0, c.1);
            let any: Vec<String> = cols.iter().map(wrong).collect();
            let bad_rows: i64 = self.conn.query_row(
                &format!(
                    "SELECT count(*) FROM main.{table} WHERE {}",
                    any.join(" OR ")
                ),
                [],
                |r| r.get(0),
            )?;
            if bad_rows == 0 {
                continue;
            }
            for c in &cols {
                let n: i64 = self.conn.query_row(
                    &format!("SELECT count(*) FROM main.{table} WHERE {}", wrong(c)),
                    [],
                    |r| r.get(0),
                )?;
                if n > 0 {
                    return Err(Error::invalid_said(
                        "backup",
                        Message::new("core-invalid-backup-kinds")
                            .text("column", format!("{table}.{}", c.0))
                            .count("count", n)
                            .text("values", n.to_string())
                            .text("kind", c.1),
                    ));
                }
            }
        }
        Ok(())
    }

    /// Every setting is as LiveLedger writes it.
    fn check_settings(&self) -> Result<()> {
        let settings: Vec<(String, String)> = {
            let mut stmt = self.conn.prepare("SELECT key, value FROM settings")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        for (key, value) in settings {
            if super::settings::checked_setting(&key, &value)? != value {
                return Err(Error::invalid_said(
                    "backup",
                    Message::new("core-invalid-backup-setting")
                        .text("key", crate::dates::cut(&key)),
                ));
            }
        }
        Ok(())
    }

    /// Amounts, dates and rates within what a form or an import accepts, and
    /// a balance that adds up.
    fn check_amounts(&self) -> Result<()> {
        // Amounts and dates within what a form or an import accepts.
        let out_of_range: i64 = self.conn.query_row(
            "SELECT (SELECT count(*) FROM gifts WHERE coins_each < 0 OR coins_each > 1000000000000
                        OR count < 1 OR count > 1000000000000 OR coins_each * count > 1000000000000
                        OR (at IS NOT NULL AND (at < ?1 OR at >= ?2)))
                  + (SELECT count(*) FROM sessions WHERE started_at < ?1 OR started_at >= ?2
                        OR (ended_at IS NOT NULL AND (ended_at < ?1 OR ended_at >= ?2)))
                  + (SELECT count(*) FROM withdrawals WHERE requested_at < ?1 OR requested_at >= ?2)
                  + (SELECT count(*) FROM adjustments WHERE at < ?1 OR at >= ?2)
                  + (SELECT count(*) FROM live_minutes WHERE minute < ?1 OR minute >= ?2)",
            [
                plausible_ms(crate::dates::PLAUSIBLE_YEARS.start),
                plausible_ms(crate::dates::PLAUSIBLE_YEARS.end),
            ],
            |r| r.get(0),
        )?;
        if out_of_range > 0 {
            return Err(Error::invalid_said(
                "backup",
                Message::new("core-invalid-backup-out-of-range")
                    .count("count", out_of_range)
                    .text("records", out_of_range.to_string()),
            ));
        }
        let snapshot = self.snapshot()?;
        for s in &snapshot.sessions {
            crate::money::check_bounds("diamonds", s.reported_diamonds.0, 8)?;
            snapshot.session_value(s)?;
        }
        for w in &snapshot.withdrawals {
            for (what, v) in [
                ("diamonds", w.diamonds.0),
                ("gross", w.gross.0),
                ("fee", w.fee.0),
                ("net", w.net.0),
            ] {
                crate::money::check_bounds(what, v, 8)?;
            }
        }
        for a in &snapshot.adjustments {
            crate::money::check_bounds("diamonds", a.diamonds.0, 8)?;
        }
        for r in snapshot.rates.all() {
            if let Some(problem) = r.problem() {
                return Err(Error::invalid_said("backup", problem));
            }
        }
        let balance = snapshot.balance()?.total()?;
        for r in snapshot.rates.all() {
            balance.value(r.money_per_diamond).ok_or_else(|| {
                Error::invalid_said("backup", Message::new("core-invalid-backup-balance"))
            })?;
        }
        Ok(())
    }

    /// Every record reads back as the app reads it.
    fn check_readable(&self) -> Result<()> {
        self.each_gift(|_| Ok(()))?;
        self.imports()?;
        self.reported_days()?;
        self.catalog()?;
        for entry in self.trash()? {
            let rows: String =
                self.conn
                    .query_row("SELECT rows FROM trash WHERE id = ?1", [entry.id], |r| {
                        r.get(0)
                    })?;
            // `why` is the reader's own (English) detail.
            super::trash::parse_entry(&self.conn, &rows).map_err(|why| {
                Error::invalid_said(
                    "backup",
                    Message::new("core-invalid-backup-trash").text("why", why),
                )
            })?;
        }
        Ok(())
    }
}

/// Milliseconds at the start of `year`, UTC.
fn plausible_ms(year: i32) -> i64 {
    chrono::NaiveDate::from_ymd_opt(year, 1, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map_or(0, |t| t.and_utc().timestamp_millis())
}

/// A checked copy of a backup, brought to this version's schema, in a
/// temporary folder that goes away with it.
struct Checked {
    path: PathBuf,
    _dir: TempDir,
}

/// Checks `backup` (a LiveLedger database, sound, of a version this build
/// knows, whose schema is exactly ours at that version), copies it into a
/// temporary folder and migrates the copy.
fn checked_copy(backup: &Path) -> Result<Checked> {
    let meta = std::fs::metadata(backup).map_err(|e| Error::Io {
        path: backup.to_path_buf(),
        source: e,
    })?;
    if !meta.is_file() {
        return Err(Error::not_a_ledger(
            backup,
            Message::new("core-ledger-why-not-regular"),
        ));
    }
    let src = Connection::open_with_flags(backup, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| not_a_ledger(backup, e))?;
    let refuse = |said: Message| Error::not_a_ledger(backup, said);
    let read = |conn: &Connection| -> rusqlite::Result<(String, i64, i64)> {
        let ok: String = conn.query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))?;
        let app: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
        let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        Ok((ok, app, v))
    };
    let (ok, app, version) = read(&src).map_err(|e| not_a_ledger(backup, e))?;
    if app != APPLICATION_ID {
        return Err(refuse(Message::new("core-ledger-why-not-a-backup")));
    }
    if ok != "ok" {
        // SQLite's own words for what it found.
        return Err(refuse(
            Message::new("core-ledger-why-integrity").text("found", ok),
        ));
    }
    if version > SCHEMA_VERSION {
        return Err(Error::NewerSchema {
            path: backup.to_path_buf(),
            found: version,
            known: SCHEMA_VERSION,
        });
    }
    if version < 1 {
        return Err(refuse(Message::new("core-ledger-why-empty")));
    }
    let found = schema_of(&src)?;
    let want = schema_at(version)?;
    if let Some(extra) = found.difference(&want).next() {
        let changed = want.iter().any(|w| w.0 == extra.0 && w.1 == extra.1);
        let m = if changed {
            Message::new("core-ledger-why-changed")
        } else {
            Message::new("core-ledger-why-extra").text("version", version.to_string())
        };
        return Err(refuse(
            m.text("kind", schema_kind(&extra.0))
                .text("name", extra.1.clone()),
        ));
    }
    if let Some(missing) = want.difference(&found).next() {
        return Err(refuse(
            Message::new("core-ledger-why-missing")
                .text("kind", schema_kind(&missing.0))
                .text("name", missing.1.clone()),
        ));
    }
    let dir = TempDir::new()?;
    let path = dir.0.join("restore.db");
    {
        let mut out = Connection::open(&path).map_err(|e| not_a_ledger(&path, e))?;
        rusqlite::backup::Backup::new(&src, &mut out)?.run_to_completion(
            256,
            Duration::from_millis(5),
            None,
        )?;
        out.pragma_update(None, "journal_mode", "DELETE")?;
    }
    drop(src);
    // Brings an older backup up to this version's schema.
    drop(Store::open(&path)?);
    Ok(Checked { path, _dir: dir })
}

/// Every schema object of a database: (type, name, its SQL with white space folded).
/// A schema object's type as the catalogs select on it.
fn schema_kind(kind: &str) -> &'static str {
    match kind {
        "table" => "table",
        "index" => "index",
        "trigger" => "trigger",
        _ => "view",
    }
}

fn schema_of(conn: &Connection) -> Result<BTreeSet<(String, String, String)>> {
    let mut stmt = conn.prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_schema")?;
    let rows = stmt.query_map([], |r| {
        let sql: String = r.get(2)?;
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            sql.split_whitespace().collect::<Vec<_>>().join(" "),
        ))
    })?;
    let mut out = BTreeSet::new();
    for row in rows {
        let row = row?;
        if row.1.starts_with("sqlite_") {
            continue;
        }
        out.insert(row);
    }
    Ok(out)
}

/// The schema LiveLedger's migrations make at `version`.
fn schema_at(version: i64) -> Result<BTreeSet<(String, String, String)>> {
    let conn = Connection::open_in_memory()?;
    for sql in MIGRATIONS
        .iter()
        .take(usize::try_from(version).unwrap_or(0))
    {
        conn.execute_batch(sql)?;
    }
    schema_of(&conn)
}

/// A private temporary folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Result<TempDir> {
        let base = std::env::temp_dir();
        for n in 0..100u32 {
            let dir = base.join(format!(
                "liveledger-restore-{}-{}-{n}",
                std::process::id(),
                Utc::now().timestamp_micros()
            ));
            match std::fs::create_dir(&dir) {
                Ok(()) => return Ok(TempDir(dir)),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => {
                    return Err(Error::Io {
                        path: dir,
                        source: e,
                    })
                }
            }
        }
        Err(Error::Io {
            path: base,
            source: std::io::Error::other("no free name for a temporary folder"),
        })
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Restores the ledger at `dest` from `backup`: the backup is checked (see
/// the module) and its records are copied into `dest`'s own tables. A ledger
/// at `dest` that cannot be opened (damaged, or not a ledger) is moved aside
/// as `NAME.damaged-TIMESTAMP` and a fresh one made; a sound one is first
/// copied beside itself (`NAME.before-restore-TIMESTAMP.bak`).
pub fn restore(backup: &Path, dest: &Path) -> Result<RestoreReport> {
    // Checked before anything at `dest` is touched.
    drop(checked_copy(backup)?);
    let mut store = match Store::open(dest) {
        Ok(s) if s.integrity_ok()? => s,
        Ok(s) => {
            drop(s);
            move_aside(dest)?;
            Store::open(dest)?
        }
        // Only a file that is there and is not a ledger is moved aside.
        Err(
            e @ (Error::NewerSchema { .. }
            | Error::Busy
            | Error::NotAFile { .. }
            | Error::ReadOnly { .. }
            | Error::Io { .. }),
        ) => return Err(e),
        Err(_) if dest.exists() => {
            move_aside(dest)?;
            Store::open(dest)?
        }
        Err(e) => return Err(e),
    };
    store.restore_records_from(backup)
}

/// Moves a damaged ledger (and its -wal and -shm) aside, keeping it.
fn move_aside(dest: &Path) -> Result<()> {
    let stamp = Utc::now().format("%Y%m%dT%H%M%S");
    for suffix in ["", "-wal", "-shm"] {
        let mut from = dest.as_os_str().to_owned();
        from.push(suffix);
        let from = PathBuf::from(from);
        if !from.exists() {
            continue;
        }
        let mut to = dest.as_os_str().to_owned();
        to.push(format!(".damaged-{stamp}{suffix}"));
        std::fs::rename(&from, PathBuf::from(to)).map_err(|e| Error::Io {
            path: from.clone(),
            source: e,
        })?;
    }
    Ok(())
}
