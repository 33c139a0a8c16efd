//! The one write transaction of a ledger, [`LedgerTx`]: every write goes
//! through one, and the rows a kept total counts are written, changed and
//! removed only through its methods, which move the totals themselves.
//!
//! Totals are kept, not triggered: SQLite triggers that move the same totals
//! made a million-row import about 8 times slower (2.6 s to 19–20 s, the
//! gifts, sessions and name-totals tables as here; measured for issue 24),
//! since each row then updates a session and two name rows with their
//! indexes. A transaction adds up what its rows move in memory
//! ([`super::kept::Kept`]) and writes the sums once, when it settles.

use std::cell::RefCell;
use std::time::Duration;

use rusqlite::{Connection, Transaction, TransactionBehavior};

use super::kept::{self, Kept};
use super::lock::ImportLock;
use super::{Store, BUSY_TIMEOUT};
use crate::error::Result;

/// The page cache of an import, in KiB: a large import touches the gifts
/// table and its indexes (128 MiB measured no faster on files in time order
/// and cost 90 MiB more; the default is 2 MiB).
const BULK_CACHE_KIB: i64 = 16 * 1024;
/// SQLite's default page cache, in KiB, given back after the import.
const DEFAULT_CACHE_KIB: i64 = 2_000;

/// Whether a bulk write may hold the ledger for itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sharing {
    /// Others keep reading while it writes (WAL): the app, whose views read
    /// during its own imports.
    Shared,
    /// When no window and no other connection has the ledger, it takes the
    /// ledger's lock and writes with a rollback journal; otherwise as
    /// [`Sharing::Shared`].
    AloneIfFree,
}

/// An open write transaction on a store. Everything written through it is
/// kept by [`LedgerTx::commit`] and nothing by [`LedgerTx::rollback`] or by
/// dropping it (an error on the way, a dry run). A bulk one (an import)
/// gives the connection its usual settings back either way.
///
/// Other modules of the core hand it to the store's write functions; only
/// the store reaches the connection inside it.
pub(crate) struct LedgerTx<'s> {
    conn: &'s Connection,
    tx: Option<Transaction<'s>>,
    /// What the rows written so far add to the kept totals, not yet written.
    kept: RefCell<Kept>,
    /// A bulk write: the connection's settings are given back at its end.
    bulk: bool,
    /// Held while the ledger is written without WAL; let go (after the
    /// journal is WAL again) when the bulk write ends.
    alone: Option<ImportLock>,
}

impl Store {
    /// Begins a write that holds the write lock from its start, so a
    /// balance read in it cannot be changed by another writer before the
    /// write (and a busy ledger is waited for, not failed). It borrows the
    /// connection shared, so the ledger can be read through `self` inside it.
    pub(crate) fn begin(&self) -> Result<LedgerTx<'_>> {
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        Ok(LedgerTx {
            conn: &self.conn,
            tx: Some(tx),
            kept: RefCell::default(),
            bulk: false,
            alone: None,
        })
    }

    /// Begins a bulk write: a larger page cache, and foreign keys unchecked
    /// (the importer creates every session and import row its rows point to,
    /// in this same transaction; checking them cost 8 % of the writer).
    /// Foreign keys and the journal can only be switched outside a
    /// transaction, so here.
    pub(crate) fn begin_bulk(&mut self, sharing: Sharing) -> Result<LedgerTx<'_>> {
        let alone = match sharing {
            Sharing::Shared => None,
            Sharing::AloneIfFree => self.take_alone(),
        };
        let conn = &self.conn;
        let mut bulk = LedgerTx {
            conn,
            tx: None,
            kept: RefCell::default(),
            bulk: true,
            alone,
        };
        conn.pragma_update(None, "cache_size", -BULK_CACHE_KIB)?;
        conn.pragma_update(None, "foreign_keys", false)?;
        // Alone, the write lock is taken at once: a reader that came later
        // (another tool) would otherwise hold up the commit, not be refused.
        let behavior = if bulk.alone.is_some() {
            TransactionBehavior::Exclusive
        } else {
            TransactionBehavior::Immediate
        };
        bulk.tx = Some(Transaction::new_unchecked(conn, behavior)?);
        Ok(bulk)
    }

    /// Takes the ledger for this connection alone, when nobody else has it:
    /// its locks (no window is open, none opens and no other `Store` opens
    /// until this lets go), then a rollback journal. WAL writes each page
    /// twice, to the log and again at the checkpoint; a rollback journal
    /// writes the pages a large import adds once (measured: a fifth of a
    /// 1 M-row import). A killed import leaves a journal that the next open
    /// rolls back. `None`, changing nothing, when a lock or the switch is
    /// taken.
    fn take_alone(&self) -> Option<ImportLock> {
        let lock = ImportLock::try_take(&self.path)?;
        // Leaving WAL needs every other connection closed (a tool reading
        // the file, say): ask without waiting for them.
        self.conn.busy_timeout(Duration::ZERO).ok()?;
        let mode = self
            .conn
            .query_row("PRAGMA journal_mode = DELETE", [], |r| {
                r.get::<_, String>(0)
            });
        let _ = self.conn.busy_timeout(BUSY_TIMEOUT);
        if !mode.is_ok_and(|m| m.eq_ignore_ascii_case("delete")) {
            return None;
        }
        // Without WAL, NORMAL would not sync at commit; EXTRA also syncs the
        // folder once the journal is deleted, so a commit survives power loss.
        if self
            .conn
            .pragma_update(None, "synchronous", "EXTRA")
            .is_err()
        {
            back_to_wal(&self.conn);
            return None;
        }
        Some(lock)
    }
}

impl<'s> LedgerTx<'s> {
    /// The connection, inside the transaction: the store's alone.
    pub(super) fn conn(&self) -> &'s Connection {
        self.conn
    }

    /// Counts `count` gifts worth `coins` (negative to take them away) of
    /// `name` from `sender` in session `session_id`, sent at `at` (ms) when
    /// known, for the kept totals; written when the transaction settles.
    pub(super) fn count_gifts(
        &self,
        session_id: i64,
        name: &str,
        sender: Option<&str>,
        count: i64,
        coins: i64,
        at: Option<i64>,
    ) -> Result<()> {
        self.kept
            .borrow_mut()
            .add(Some(session_id), name, sender, count, coins, at)
    }

    /// Has who gave in `session_id` recounted from its rows when the
    /// transaction settles: a row of it moved in time.
    pub(super) fn row_moved(&self, session_id: i64) {
        self.kept.borrow_mut().recount_givers_of(session_id);
    }

    /// Counts gifts in the kept totals of their name and sender only: for
    /// rows put back whole, whose sessions are then recounted.
    pub(super) fn count_names(
        &self,
        name: &str,
        sender: Option<&str>,
        count: i64,
        coins: i64,
    ) -> Result<()> {
        self.kept
            .borrow_mut()
            .add(None, name, sender, count, coins, None)
    }

    /// Writes what the rows written so far move in the kept totals. The
    /// store's functions that read a kept total inside a write settle first;
    /// [`LedgerTx::commit`] settles last.
    pub(crate) fn settle(&self) -> Result<()> {
        let moved = std::mem::take(&mut *self.kept.borrow_mut());
        moved.write(self.conn)
    }

    /// Takes the gift rows matching `filter` (an SQL condition on `gifts`
    /// with one parameter) out of the kept totals of their names, before the
    /// caller deletes them; their sessions are recounted with
    /// [`LedgerTx::recount_session`].
    pub(super) fn uncount_gifts_where(&self, filter: &str, param: i64) -> Result<()> {
        self.settle()?;
        kept::subtract_name_totals(self.conn, filter, param)
    }

    /// Recomputes the kept totals of `session_id` from its gift rows (after
    /// rows were removed or put back whole), who gave in it included.
    pub(super) fn recount_session(&self, session_id: i64) -> Result<()> {
        self.settle()?;
        kept::refresh_session_totals(self.conn, session_id)?;
        kept::recount_givers(self.conn, session_id)
    }

    /// Recomputes every kept total from the rows (after rows were copied in
    /// whole, as a restore does).
    pub(super) fn recount_all(&self) -> Result<()> {
        self.kept.borrow_mut().clear();
        kept::rebuild_totals(self.conn)
    }

    /// A session's kept totals (coins, gifts), settled first; `NotFound`
    /// when there is no such session.
    pub(super) fn session_totals(&self, session_id: i64) -> Result<(i64, i64)> {
        self.settle()?;
        kept::session_totals(self.conn, session_id)
    }

    /// Settles the kept totals and keeps everything written.
    pub(crate) fn commit(mut self) -> Result<()> {
        self.settle()?;
        if let Some(tx) = self.tx.take() {
            tx.commit()?;
        }
        Ok(())
    }

    /// Keeps nothing written (a dry run).
    pub(crate) fn rollback(mut self) -> Result<()> {
        if let Some(tx) = self.tx.take() {
            tx.rollback()?;
        }
        Ok(())
    }
}

impl Drop for LedgerTx<'_> {
    fn drop(&mut self) {
        // Dropping a transaction rolls it back.
        drop(self.tx.take());
        if self.bulk {
            restore(self.conn);
            if self.alone.is_some() {
                back_to_wal(self.conn);
            }
        }
        // The lock goes last (a field drops after this body): a window
        // waiting for it then finds the ledger in WAL.
    }
}

/// Gives the connection its usual settings back. Best effort: it runs on
/// the way out of an import, and a failure here cannot undo what happened.
fn restore(conn: &Connection) {
    let _ = conn.pragma_update(None, "foreign_keys", true);
    let _ = conn.pragma_update(None, "cache_size", -DEFAULT_CACHE_KIB);
}

/// Puts the ledger back in WAL with its usual sync, as [`Store::open`]
/// leaves it. Best effort: should it fail, the next open does it, and this
/// connection keeps syncing as a rollback journal needs.
fn back_to_wal(conn: &Connection) {
    let wal = conn
        .query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0))
        .is_ok_and(|m| m.eq_ignore_ascii_case("wal"));
    let sync = if wal { "NORMAL" } else { "FULL" };
    let _ = conn.pragma_update(None, "synchronous", sync);
}
#[cfg(test)]
mod tests {
    use super::*;

    fn settings(store: &Store) -> (bool, i64) {
        let fk: bool = store
            .conn
            .pragma_query_value(None, "foreign_keys", |r| r.get(0))
            .expect("foreign_keys");
        let cache: i64 = store
            .conn
            .pragma_query_value(None, "cache_size", |r| r.get(0))
            .expect("cache_size");
        (fk, cache)
    }

    #[test]
    fn the_connection_gets_its_settings_back_on_every_way_out() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store = Store::open(&dir.path().join("bulk.db")).expect("open");
        let usual = settings(&store);
        assert!(usual.0, "foreign keys are checked outside an import");
        for way_out in ["commit", "rollback", "dropped"] {
            let bulk = store.begin_bulk(Sharing::Shared).expect("begin");
            let inside: bool = bulk
                .conn()
                .pragma_query_value(None, "foreign_keys", |r| r.get(0))
                .expect("foreign_keys");
            assert!(!inside, "unchecked during the import");
            match way_out {
                "commit" => bulk.commit().expect("commit"),
                "rollback" => bulk.rollback().expect("rollback"),
                _ => drop(bulk),
            }
            assert_eq!(
                settings(&store),
                (true, -DEFAULT_CACHE_KIB),
                "after {way_out}"
            );
        }
    }

    fn journal(conn: &Connection) -> (String, i64) {
        let mode: String = conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .expect("journal_mode");
        let sync: i64 = conn
            .pragma_query_value(None, "synchronous", |r| r.get(0))
            .expect("synchronous");
        (mode, sync)
    }

    const WAL_NORMAL: (&str, i64) = ("wal", 1);

    use super::super::lock::LedgerLock;

    /// Whether a window could open on the ledger now (and let go again).
    fn window_could_open(path: &std::path::Path) -> bool {
        LedgerLock::for_window(path).expect("look").is_some()
    }

    #[test]
    fn alone_it_writes_without_wal_and_gives_wal_and_the_lock_back_on_every_way_out() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("alone.db");
        let mut store = Store::open(&path).expect("open");
        let (mode, sync) = journal(&store.conn);
        assert_eq!((mode.as_str(), sync), WAL_NORMAL);
        for way_out in ["commit", "rollback", "dropped"] {
            let bulk = store.begin_bulk(Sharing::AloneIfFree).expect("begin");
            let (mode, sync) = journal(bulk.conn());
            assert_eq!(
                (mode.as_str(), sync),
                ("delete", 3),
                "EXTRA sync without WAL"
            );
            assert!(LedgerLock::import_running(&path).expect("look"));
            bulk.conn()
                .execute(
                    "INSERT INTO settings (key, value) VALUES (?1, 'x')",
                    [way_out],
                )
                .expect("write");
            match way_out {
                "commit" => bulk.commit().expect("commit"),
                "rollback" => bulk.rollback().expect("rollback"),
                _ => drop(bulk),
            }
            let (mode, sync) = journal(&store.conn);
            assert_eq!((mode.as_str(), sync), WAL_NORMAL, "after {way_out}");
            assert_eq!(
                settings(&store),
                (true, -DEFAULT_CACHE_KIB),
                "after {way_out}"
            );
            assert!(
                !LedgerLock::import_running(&path).expect("look"),
                "after {way_out}"
            );
            assert!(
                window_could_open(&path),
                "the lock is let go after {way_out}"
            );
        }
        let kept: i64 = store
            .conn
            .query_row("SELECT count(*) FROM settings WHERE value = 'x'", [], |r| {
                r.get(0)
            })
            .expect("count");
        assert_eq!(kept, 1, "only the committed write is kept");
    }

    #[test]
    fn with_another_connection_open_it_shares_and_that_one_keeps_reading() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("shared.db");
        let mut store = Store::open(&path).expect("open");
        let reader = Store::open(&path).expect("open a reader");
        let bulk = store.begin_bulk(Sharing::AloneIfFree).expect("begin");
        let (mode, _) = journal(bulk.conn());
        assert_eq!(mode, "wal");
        bulk.conn()
            .execute("INSERT INTO settings (key, value) VALUES ('k', 'x')", [])
            .expect("write");
        let seen: i64 = reader
            .conn
            .query_row("SELECT count(*) FROM settings WHERE key = 'k'", [], |r| {
                r.get(0)
            })
            .expect("a reader reads during the write");
        assert_eq!(seen, 0);
        assert!(
            !LedgerLock::import_running(&path).expect("look"),
            "not held when not alone"
        );
        bulk.commit().expect("commit");
    }

    #[test]
    fn with_a_window_open_it_shares() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("window.db");
        let mut store = Store::open(&path).expect("open");
        let window = LedgerLock::for_window(&path).expect("take").expect("free");
        let bulk = store.begin_bulk(Sharing::AloneIfFree).expect("begin");
        let (mode, _) = journal(bulk.conn());
        assert_eq!(mode, "wal");
        assert!(!LedgerLock::import_running(&path).expect("look"));
        drop(bulk);
        drop(window);
    }

    #[test]
    fn another_store_opened_meanwhile_waits_for_the_end_and_a_foreign_reader_is_turned_away() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("wait.db");
        let mut store = Store::open(&path).expect("open");
        let bulk = store.begin_bulk(Sharing::AloneIfFree).expect("begin");
        bulk.conn()
            .execute("INSERT INTO settings (key, value) VALUES ('k', 'x')", [])
            .expect("write");
        // Another tool's connection cannot start reading (so it cannot hold
        // up the commit); it is told the file is busy.
        let foreign = rusqlite::Connection::open(&path).expect("open");
        foreign
            .busy_timeout(std::time::Duration::ZERO)
            .expect("no wait");
        let read = foreign.query_row("SELECT count(*) FROM settings", [], |r| r.get::<_, i64>(0));
        assert!(
            read.is_err(),
            "a foreign reader read during the import: {read:?}"
        );
        drop(foreign);
        // LiveLedger's own (the CLI's `summary`, say) waits, then reads the end.
        let (tx, rx) = std::sync::mpsc::channel();
        let other = {
            let path = path.clone();
            std::thread::spawn(move || {
                let s = Store::open(&path).expect("opens once the import ends");
                tx.send(()).expect("send");
                s.setting("k").expect("read")
            })
        };
        assert!(
            rx.recv_timeout(std::time::Duration::from_millis(300))
                .is_err(),
            "opened during the import"
        );
        bulk.commit().expect("commit despite the others");
        assert_eq!(other.join().expect("join").as_deref(), Some("x"));
    }
}
