//! The one transaction a bulk write (an import) goes through, and the
//! connection settings around it.

use rusqlite::{Connection, Transaction, TransactionBehavior};

use super::Store;
use crate::error::Result;

/// The page cache of an import, in KiB: a large import touches the gifts
/// table and its indexes (128 MiB measured no faster on files in time order
/// and cost 90 MiB more; the default is 2 MiB).
const BULK_CACHE_KIB: i64 = 16 * 1024;
/// SQLite's default page cache, in KiB, given back after the import.
const DEFAULT_CACHE_KIB: i64 = 2_000;

/// An open import transaction on a store. Everything written through
/// [`Bulk::conn`] is kept by [`Bulk::commit`] and nothing by
/// [`Bulk::rollback`] or by dropping it (an error on the way, a dry run).
/// Either way the connection gets its usual settings back.
pub(crate) struct Bulk<'s> {
    conn: &'s Connection,
    tx: Option<Transaction<'s>>,
}

impl Store {
    /// Begins a bulk write: a larger page cache, and foreign keys unchecked
    /// (the importer creates every session and import row its rows point to,
    /// in this same transaction; checking them cost 8 % of the writer).
    /// Foreign keys can only be switched outside a transaction, so here.
    pub(crate) fn begin_bulk(&mut self) -> Result<Bulk<'_>> {
        let conn = &self.conn;
        conn.pragma_update(None, "cache_size", -BULK_CACHE_KIB)?;
        conn.pragma_update(None, "foreign_keys", false)?;
        let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate);
        match tx {
            Ok(tx) => Ok(Bulk { conn, tx: Some(tx) }),
            Err(e) => {
                restore(conn);
                Err(e.into())
            }
        }
    }
}

impl<'s> Bulk<'s> {
    /// The connection, inside the transaction.
    pub(crate) fn conn(&self) -> &Connection {
        self.conn
    }

    /// Keeps everything written.
    pub(crate) fn commit(mut self) -> Result<()> {
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

impl Drop for Bulk<'_> {
    fn drop(&mut self) {
        // Dropping a transaction rolls it back.
        drop(self.tx.take());
        restore(self.conn);
    }
}

/// Gives the connection its usual settings back. Best effort: it runs on
/// the way out of an import, and a failure here cannot undo what happened.
fn restore(conn: &Connection) {
    let _ = conn.pragma_update(None, "foreign_keys", true);
    let _ = conn.pragma_update(None, "cache_size", -DEFAULT_CACHE_KIB);
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
            let bulk = store.begin_bulk().expect("begin");
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
}
