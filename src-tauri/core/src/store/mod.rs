//! The SQLite file that holds a ledger.
//!
//! One [`Store`] is one open database. Every write method runs in a single
//! transaction: it happens whole or not at all. Opening a database migrates
//! it to the current schema (after a backup copy), and refuses one written by
//! a newer LiveLedger without touching it.

mod adjustments;
mod balance;
mod capture;
mod check;
mod gift_catalog;
mod gifts;
mod imports;
mod insights;
mod kept;
mod ledger_tx;
mod live_minutes;
mod lock;
mod migrations;
mod rates;
mod rating;
mod reported_days;
mod restore;
mod sessions;
mod settings;
mod snapshot;
mod trash;
mod withdrawals;

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use rust_decimal::Decimal;

use crate::catalog;
use crate::dates;
use crate::error::{Error, Result};
use crate::l10n::Message;
use crate::rates::Rate;

pub use balance::Reconciliation;
pub use gift_catalog::CatalogGift;
pub use imports::RememberedMapping;
pub use lock::{lock_path, set_wait_notice, LedgerLock, IMPORT_WAIT, IMPORT_WAIT_ENV};
pub use migrations::{APPLICATION_ID, LATEST as SCHEMA_VERSION, MIGRATIONS};
pub use rating::RerateChange;
pub use reported_days::{BookedDay, Booking, BOOKING_FORMAT};
pub use restore::{restore, RestoreReport};
pub use trash::{Deleted, Restored, TrashEntry, KEEP_DAYS};

// The writes other modules of the core make inside their own transaction
// (an import, a live capture): each record kind has one way in.
pub(crate) use adjustments::{insert_adjustment, NewAdjustment};
pub(crate) use capture::*;
pub(crate) use check::{clean_text, formula_safe, from_formula_safe, imported_text};
pub(crate) use gifts::{
    estimated_streaks, insert_gift_once, key_taken, regrow_gift, revise_gift, streak_row,
    GiftInserter, NewGift,
};
pub(crate) use imports::{
    begin_import, finish_import, forget_import, lives_of_import, remember_mapping_in,
    save_mapping_in, starts_of_import, ImportCounts,
};
pub(crate) use ledger_tx::{LedgerTx, Sharing};
pub(crate) use live_minutes::{add_live_minute, last_live_minute};
pub(crate) use rates::{rates_of, upsert_rate};
pub(crate) use rating::freeze as fix_new_rates;
pub(crate) use reported_days::{put_reported_figure, FigureWrite};
pub(crate) use sessions::{
    check_session, delete_if_empty, end_running_at, ended_session_spanning, extend_end,
    find_named_session, first_gift_at, insert_session, last_session_id, latest_running,
    remember_span, session_by_fingerprint, session_end, session_for_gift_at, session_keys,
    set_span, span_of, spans_of_import, validate_session, NewSession, SessionInserter,
};
pub(crate) use withdrawals::{insert_withdrawal, NewWithdrawal};

/// The page size of a ledger file made by this version, in bytes.
pub const NEW_LEDGER_PAGE_SIZE: i64 = 8192;

/// How long a write waits for another process's lock before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// An open ledger database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

/// Where the ledger lives when no path is given: `LIVELEDGER_DB` if set, else
/// `liveledger.db` in the OS data directory (shared by the CLI and the app).
pub fn default_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("LIVELEDGER_DB").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    directories::ProjectDirs::from("app", "LiveLedger", "LiveLedger")
        .map(|d| d.data_dir().join("liveledger.db"))
}

impl Store {
    /// Opens (creating if needed) the ledger at `path` and brings its schema up
    /// to date. A database from a newer version is refused unchanged. While
    /// a CLI import holds the ledger for itself, this waits for its end.
    pub fn open(path: &Path) -> Result<Store> {
        // A FIFO, a device or a folder is never a ledger (SQLite would
        // block on a FIFO, or leave a journal beside a device).
        crate::paths::check_output(path)?;
        Store::open_writable(path).map_err(|e| storage_error(path, e))
    }

    /// Opens the ledger at `path` to read it: as [`Store::open`] does when
    /// it may be written, else read-only (a read-only file, folder or disk),
    /// where a write fails with [`Error::ReadOnly`] naming the file.
    pub fn open_to_read(path: &Path) -> Result<Store> {
        match Store::open(path) {
            Err(Error::ReadOnly { .. }) => {
                Store::open_read_only(path).map_err(|e| storage_error(path, e))
            }
            other => other,
        }
    }

    fn open_read_only(path: &Path) -> Result<Store> {
        LedgerLock::wait_for_import(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| not_a_ledger(path, e))?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let conn = match ledger_header(&conn) {
            Ok(_) => conn,
            // A WAL ledger in a folder nobody may write has no shared-memory
            // file to read through; nothing can write it either, so it is
            // read as it stands.
            Err(e)
                if matches!(
                    e.sqlite_error_code(),
                    Some(rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::ReadOnly)
                ) =>
            {
                let uri = format!("file:{}?immutable=1", uri_path(path));
                let conn = Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)
                    .map_err(|e| not_a_ledger(path, e))?;
                conn.busy_timeout(BUSY_TIMEOUT)?;
                conn
            }
            Err(e) => return Err(not_a_ledger(path, e)),
        };
        let (version, app_id, tables) = ledger_header(&conn).map_err(|e| not_a_ledger(path, e))?;
        if version > SCHEMA_VERSION {
            return Err(Error::NewerSchema {
                path: path.to_path_buf(),
                found: version,
                known: SCHEMA_VERSION,
            });
        }
        if app_id != APPLICATION_ID && (tables > 0 || version > 0) {
            return Err(Error::not_a_ledger(
                path,
                Message::new("core-ledger-why-other-tables"),
            ));
        }
        if version < SCHEMA_VERSION {
            return Err(Error::read_only(
                path,
                Message::new(if version == 0 {
                    "core-ledger-why-not-yet"
                } else {
                    "core-ledger-why-older"
                }),
            ));
        }
        conn.pragma_update(None, "foreign_keys", true)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    fn open_writable(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| Error::Io {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        // An import holding the ledger for itself has it out of WAL and
        // locked: wait for it to end rather than fail on the first read.
        LedgerLock::wait_for_import(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| not_a_ledger(path, e))?;
        // SQLite opens a file it may not write read-only without a word;
        // the first write would fail with no path.
        if conn.is_readonly(rusqlite::MAIN_DB)? {
            return Err(Error::read_only(
                path,
                Message::new("core-ledger-why-file-read-only"),
            ));
        }
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        store.migrate()?;
        store.fix_unrated()?;
        store.conn.pragma_update(None, "foreign_keys", true)?;
        // WAL lets the app read while the CLI writes; NORMAL sync is durable
        // at every checkpoint and never corrupts.
        store.conn.pragma_update(None, "journal_mode", "WAL")?;
        store.conn.pragma_update(None, "synchronous", "NORMAL")?;
        Ok(store)
    }

    /// Fixes the rate of any session a writer left without one (every write
    /// that adds sessions does it itself; this is the safety net).
    fn fix_unrated(&mut self) -> Result<()> {
        let open: i64 = self.conn.query_row(
            "SELECT (SELECT count(*) FROM sessions WHERE diamonds_per_coin IS NULL)
                  + (SELECT count(*) FROM withdrawals WHERE currency IS NULL)",
            [],
            |r| r.get(0),
        )?;
        if open > 0 {
            let tx = self.begin()?;
            rating::freeze(&tx)?;
            tx.commit()?;
        }
        Ok(())
    }

    /// Removes every record (sessions, gifts, engagement minutes, withdrawals, adjustments,
    /// imports, TikTok's reported days, deleted records kept for undo) but keeps rates, catalog and
    /// settings. One transaction, after a copy of the ledger as it was
    /// (`NAME.before-clear-TIMESTAMP.bak`, whose path it returns): that copy
    /// gives it all back through [`Store::restore_records_from`].
    pub fn clear_records(&mut self) -> Result<PathBuf> {
        let copy = self.copy_beside("before-clear")?;
        let tx = self.begin()?;
        tx.conn().execute_batch(
            "DELETE FROM reported_day_revisions; DELETE FROM reported_days;
             DELETE FROM gifts; DELETE FROM live_minutes; DELETE FROM sessions; DELETE FROM withdrawals; DELETE FROM adjustments; DELETE FROM imports;
             DELETE FROM name_totals; DELETE FROM session_senders; DELETE FROM trash;",
        )?;
        tx.commit()?;
        Ok(copy)
    }

    /// Whether the last write's integrity holds (`PRAGMA quick_check`).
    pub fn integrity_ok(&self) -> Result<bool> {
        let ok: String = self
            .conn
            .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?;
        Ok(ok == "ok")
    }

    /// A mark that changes whenever a record is added or removed: taken
    /// after a write, and compared before undoing it from a copy, so the
    /// undo never throws away what was written since.
    pub fn change_mark(&self) -> Result<String> {
        Ok(self.conn.query_row(
            "SELECT (SELECT coalesce(max(id), 0) || '/' || count(*) || '/' || coalesce(sum(gift_count), 0) FROM sessions)
               || ':' || (SELECT coalesce(max(id), 0) FROM gifts)
               || ':' || (SELECT coalesce(max(id), 0) || '/' || count(*) FROM withdrawals)
               || ':' || (SELECT coalesce(max(id), 0) || '/' || count(*) FROM adjustments)
               || ':' || (SELECT coalesce(max(id), 0) || '/' || count(*) FROM imports)
               || ':' || (SELECT coalesce(max(id), 0) || '/' || count(*) FROM rates)",
            [],
            |r| r.get(0),
        )?)
    }

    /// SQLite's `PRAGMA data_version` on this connection: it changes when
    /// another connection (of this process or another) commits, and never
    /// for this connection's own writes. Two equal values on one connection
    /// that does not write mean the ledger it reads is unchanged between them.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "data_version", |r| r.get(0))?)
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

    /// The file this store is open on.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    fn migrate(&mut self) -> Result<()> {
        let (version, app_id, tables) =
            ledger_header(&self.conn).map_err(|e| not_a_ledger(&self.path, e))?;
        if version > SCHEMA_VERSION {
            return Err(Error::NewerSchema {
                path: self.path.clone(),
                found: version,
                known: SCHEMA_VERSION,
            });
        }
        if app_id != APPLICATION_ID && (tables > 0 || version > 0) {
            return Err(Error::not_a_ledger(
                self.path.clone(),
                Message::new("core-ledger-why-other-tables"),
            ));
        }
        if version == SCHEMA_VERSION {
            return Ok(());
        }
        if version > 0 {
            self.backup_before_migration(version)?;
        } else if tables == 0 {
            // A new file: 8 KiB pages write a bulk import's rows and indexes
            // ~7 % faster than SQLite's 4 KiB. Only possible before the first
            // table; an existing ledger keeps its page size.
            self.conn
                .pragma_update(None, "page_size", NEW_LEDGER_PAGE_SIZE)?;
        }
        let tx = self.begin()?;
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            tx.conn().execute_batch(sql)?;
            if i == 0 {
                seed(tx.conn())?;
            }
            if i == 3 {
                // Fixes every existing session at the rate it showed until now.
                rating::freeze(&tx)?;
            }
        }
        tx.conn()
            .pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.conn()
            .pragma_update(None, "user_version", SCHEMA_VERSION)?;
        tx.commit()?;
        Ok(())
    }

    /// Copies the database beside itself as `NAME.pre-vN-TIMESTAMP.bak` before a
    /// migration changes it.
    fn backup_before_migration(&self, version: i64) -> Result<PathBuf> {
        self.copy_beside(&format!("pre-v{version}"))
    }

    /// Writes a consistent copy of the whole database to `dest` with SQLite's
    /// online backup, safe while other connections read and write. The copy
    /// is made under `dest` + `.partial` and renamed when whole, so a crash
    /// or a kill midway never leaves a file at `dest` that looks like a backup.
    /// A `dest` or `.partial` that is there and not a regular file (a FIFO, a
    /// device, a folder) is refused with [`Error::NotAFile`], without
    /// opening it.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        let io = |path: &Path, e: String| Error::Io {
            path: path.to_path_buf(),
            source: std::io::Error::other(e),
        };
        // The copy is renamed into place: never over a FIFO, a device or a
        // folder (looked at, never opened).
        crate::paths::check_output(dest)?;
        let mut partial = dest.as_os_str().to_owned();
        partial.push(".partial");
        let partial = PathBuf::from(partial);
        // A partial copy left by an earlier crash is only in the way; what
        // is not a regular file there is refused, not opened.
        drop(crate::paths::fresh_partial(&partial)?);
        let copy = || -> rusqlite::Result<()> {
            let mut out = Connection::open(&partial)?;
            let backup = rusqlite::backup::Backup::new(&self.conn, &mut out)?;
            backup.run_to_completion(256, Duration::from_millis(5), None)?;
            drop(backup);
            // The copy carries the ledger's WAL flag; a backup is one file to
            // carry around, and opening a WAL file leaves -wal and -shm beside it.
            out.pragma_update(None, "journal_mode", "DELETE")?;
            out.close().map_err(|(_, e)| e)
        };
        if let Err(e) = copy() {
            // Writing the copy failed, not reading the ledger: name the copy,
            // and leave no half of it behind.
            let _ = std::fs::remove_file(&partial);
            return Err(io(
                dest,
                format!("the copy could not be written (the disk is full, a file size limit was reached, or the disk is failing: {e})"),
            ));
        }
        std::fs::rename(&partial, dest).map_err(|e| io(dest, e.to_string()))
    }

    /// The creator's time zone setting (UTC when unset or unknown).
    pub fn tz(&self) -> Result<Tz> {
        tz_of_in(&self.conn)
    }

    /// Hands back the page cache this connection holds beyond what it needs,
    /// after a big operation such as an import (a long-lived process such as
    /// the app otherwise keeps it until the connection closes).
    pub fn release_memory(&self) -> Result<()> {
        self.conn.execute_batch("PRAGMA shrink_memory")?;
        Ok(())
    }

    pub(crate) fn setting(&self, key: &str) -> Result<Option<String>> {
        setting_of(&self.conn, key)
    }
}

/// Fills a new ledger with the default rate, the gift catalog from `assets/`,
/// and the machine's time zone.
fn seed(tx: &Connection) -> Result<()> {
    let rate = Rate::default_rate();
    rates::upsert_rate_in(tx, &rate)?;
    for (name, coins) in catalog::default_catalog() {
        tx.execute(
            "INSERT OR IGNORE INTO gift_catalog (name, coins) VALUES (?1, ?2)",
            rusqlite::params![name, coins],
        )?;
    }
    let defaults = [
        ("timezone", dates::system_tz().name().to_string()),
        ("age_confirmed", "false".to_string()),
        ("payout_method", String::new()),
        ("session_gap_minutes", "30".to_string()),
    ];
    for (k, v) in defaults {
        tx.execute(
            "INSERT OR IGNORE INTO settings (key, value) VALUES (?1, ?2)",
            [k, v.as_str()],
        )?;
    }
    Ok(())
}

/// The time zone setting of the ledger open on `conn` (UTC when unset).
/// The ledger's time zone; UTC when none is set. One that is set but is
/// not a time zone is an error, never silently UTC: every local day would
/// shift without a word.
pub(crate) fn tz_of(ltx: &LedgerTx<'_>) -> Result<Tz> {
    tz_of_in(ltx.conn())
}

/// [`tz_of`] on a connection, for the store's own reads and writes.
pub(super) fn tz_of_in(conn: &Connection) -> Result<Tz> {
    match setting_of(conn, "timezone")? {
        None => Ok(Tz::UTC),
        Some(name) => dates::parse_tz(&name).ok_or_else(|| {
            Error::invalid_said(
                "timezone",
                crate::l10n::Message::new("core-invalid-stored-time-zone")
                    .text("text", dates::cut(&name)),
            )
        }),
    }
}

fn setting_of(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?)
}

/// The schema version, application id and table count of an open file.
fn ledger_header(conn: &Connection) -> rusqlite::Result<(i64, i64, i64)> {
    let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let app: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
    Ok((v, app, tables))
}

/// `path` as the path of an SQLite `file:` URI (`?`, `#` and `%` escaped).
fn uri_path(path: &Path) -> String {
    let mut out = String::new();
    for b in path.as_os_str().as_encoded_bytes() {
        match b {
            b'?' | b'#' | b'%' => out.push_str(&format!("%{b:02X}")),
            // Bytes of a name that is not UTF-8 are escaped too.
            0x80.. => out.push_str(&format!("%{b:02X}")),
            _ => out.push(char::from(*b)),
        }
    }
    out
}

/// Names the ledger at `path` in a storage error SQLite reports without a
/// path — a read-only file or folder, a full or failing disk — and says
/// what it means; any other error is returned as it is.
pub fn storage_error(path: &Path, e: Error) -> Error {
    let Error::Sqlite(inner) = &e else {
        return e;
    };
    let cause = match inner.sqlite_error_code() {
        Some(rusqlite::ErrorCode::ReadOnly) => {
            return Error::read_only(path, Message::new("core-ledger-why-disk-read-only"))
        }
        Some(rusqlite::ErrorCode::DiskFull) => "core-ledger-disk-full",
        // SQLite says only "disk I/O error" when, say, growing its
        // shared-memory file finds no room: a probe tells a full disk.
        Some(rusqlite::ErrorCode::SystemIoFailure) if disk_is_full(path) => "core-ledger-disk-full",
        Some(rusqlite::ErrorCode::SystemIoFailure) => "core-ledger-disk-failed",
        _ => return e,
    };
    // SQLite's own words inside, as it wrote them.
    Error::disk(path, Message::new(cause).text("sqlite", inner.to_string()))
}

/// Whether the disk under `path` has no room: 64 KiB written to an
/// anonymous temporary file beside it (gone when closed) fail for lack of
/// space. Only asked after an I/O error.
fn disk_is_full(path: &Path) -> bool {
    use std::io::Write;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let Ok(mut probe) = tempfile::tempfile_in(dir) else {
        return false;
    };
    matches!(
        probe.write_all(&[0; 64 << 10]),
        Err(e) if e.kind() == std::io::ErrorKind::StorageFull
    )
}

fn not_a_ledger(path: &Path, e: rusqlite::Error) -> Error {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => {
            Error::not_a_ledger(path, Message::new("core-ledger-why-not-sqlite"))
        }
        Some(rusqlite::ErrorCode::CannotOpen) => Error::Io {
            path: path.to_path_buf(),
            source: std::io::Error::other("cannot open the file"),
        },
        _ => Error::from(e),
    }
}

/// Milliseconds since the epoch, as the store keeps instants.
pub(crate) fn to_ms(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

/// Reads an instant column.
pub(crate) fn get_time(row: &rusqlite::Row<'_>, idx: usize) -> rusqlite::Result<DateTime<Utc>> {
    let ms: i64 = row.get(idx)?;
    dates::from_ms(ms).ok_or_else(|| rusqlite::Error::IntegralValueOutOfRange(idx, ms))
}

/// Reads a nullable instant column.
pub(crate) fn get_opt_time(
    row: &rusqlite::Row<'_>,
    idx: usize,
) -> rusqlite::Result<Option<DateTime<Utc>>> {
    let ms: Option<i64> = row.get(idx)?;
    ms.map(|ms| dates::from_ms(ms).ok_or(rusqlite::Error::IntegralValueOutOfRange(idx, ms)))
        .transpose()
}

/// Reads a decimal kept as text (exact, unlike SQLite's REAL).
pub(crate) fn get_dec(row: &rusqlite::Row<'_>, idx: usize) -> rusqlite::Result<Decimal> {
    let s: String = row.get(idx)?;
    s.parse::<Decimal>().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e))
    })
}
