//! Who holds a ledger file for itself, by two OS file locks beside it:
//! `<ledger>.lock`, held by an app window for as long as it is open, and
//! `<ledger>.import.lock`, held by a CLI import that writes without WAL
//! (see [`Store::begin_bulk`](super::Store)) — which holds the window's
//! lock too, so no window opens on a ledger it has to itself.
//!
//! The locks are `flock` on Unix and `LockFileEx` on Windows, so they are
//! let go however their process ends. Nothing is read from the files
//! (Windows would not let another process read a locked one): which locks
//! are taken says it all. An import takes its own lock before the window's
//! and lets go of the window's first, so whenever an import has the
//! window's lock it has its own.

use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::error::{Error, Result};

/// An app window's hold on a ledger, let go when dropped.
#[derive(Debug)]
pub struct LedgerLock {
    _window: File,
}

/// A CLI import's hold on a ledger, let go when dropped: the window's lock
/// first, then its own.
#[derive(Debug)]
pub(crate) struct ImportLock {
    _window: File,
    _import: File,
}

/// The window's lock file of the ledger at `ledger`: its path with `.lock`.
pub fn lock_path(ledger: &Path) -> PathBuf {
    with_suffix(ledger, ".lock")
}

fn import_lock_path(ledger: &Path) -> PathBuf {
    with_suffix(ledger, ".import.lock")
}

fn with_suffix(ledger: &Path, suffix: &str) -> PathBuf {
    let mut name = ledger.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// How often a window waiting for an import looks again.
const POLL: Duration = Duration::from_millis(100);

impl LedgerLock {
    /// Takes the ledger for a window: waits while an import holds it, and
    /// is `Ok(None)` when another window has it.
    pub fn for_window(ledger: &Path) -> Result<Option<LedgerLock>> {
        let window = open(&lock_path(ledger), true)?;
        loop {
            if try_lock(&window, &lock_path(ledger))? {
                return Ok(Some(LedgerLock { _window: window }));
            }
            if LedgerLock::import_running(ledger)? {
                std::thread::sleep(POLL);
                continue;
            }
            // A window has it, or an import let go of both locks between
            // the two looks: one more look tells which.
            std::thread::sleep(POLL);
            if try_lock(&window, &lock_path(ledger))? {
                return Ok(Some(LedgerLock { _window: window }));
            }
            if !LedgerLock::import_running(ledger)? {
                return Ok(None);
            }
        }
    }

    /// Whether an import holds the ledger for itself right now.
    pub fn import_running(ledger: &Path) -> Result<bool> {
        let path = import_lock_path(ledger);
        let Some(file) = open_existing(&path) else {
            return Ok(false);
        };
        // Taking it for a moment says whether someone else has it.
        Ok(!try_lock(&file, &path)?)
    }

    /// Waits until no import holds the ledger for itself.
    pub(crate) fn wait_for_import(ledger: &Path) -> Result<()> {
        let path = import_lock_path(ledger);
        if let Some(file) = open_existing(&path) {
            file.lock().map_err(|source| Error::Io { path, source })?;
        }
        Ok(())
    }
}

impl ImportLock {
    /// Takes the ledger for an import, or `None` when a window or another
    /// import has it (or its folder takes no lock files).
    pub(crate) fn try_take(ledger: &Path) -> Option<ImportLock> {
        let import_path = import_lock_path(ledger);
        let import = open(&import_path, false).ok()?;
        if !try_lock(&import, &import_path).ok()? {
            return None;
        }
        let window_path = lock_path(ledger);
        let window = open(&window_path, false).ok()?;
        if !try_lock(&window, &window_path).ok()? {
            return None;
        }
        Some(ImportLock {
            _window: window,
            _import: import,
        })
    }
}

/// Takes `file`'s lock without waiting: `false` when someone holds it.
fn try_lock(file: &File, path: &Path) -> Result<bool> {
    match file.try_lock() {
        Ok(()) => Ok(true),
        Err(TryLockError::WouldBlock) => Ok(false),
        Err(TryLockError::Error(source)) => Err(Error::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// Opens (making it, and with `make_dir` its folder) a lock file.
fn open(path: &Path, make_dir: bool) -> Result<File> {
    if make_dir {
        // A fresh user's data folder does not exist yet; the lock goes in it.
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| Error::Io {
                path: dir.to_path_buf(),
                source,
            })?;
        }
    }
    File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })
}

/// Opens a lock file if it is there and can be opened. One that cannot (a
/// ledger on a read-only disk) has no import behind it: an import makes it.
fn open_existing(path: &Path) -> Option<File> {
    File::options().read(true).open(path).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_or_an_import_holds_a_ledger_never_both() {
        let dir = tempfile::tempdir().expect("temp dir");
        let ledger = dir.path().join("sub").join("l.db");
        assert!(!LedgerLock::import_running(&ledger).expect("look"));
        let window = LedgerLock::for_window(&ledger)
            .expect("take")
            .expect("free");
        assert!(
            LedgerLock::for_window(&ledger).expect("look").is_none(),
            "a second window is refused"
        );
        assert!(
            ImportLock::try_take(&ledger).is_none(),
            "no import beside a window"
        );
        assert!(!LedgerLock::import_running(&ledger).expect("look"));
        drop(window);
        let import = ImportLock::try_take(&ledger).expect("free once the window is gone");
        assert!(LedgerLock::import_running(&ledger).expect("look"));
        assert!(
            ImportLock::try_take(&ledger).is_none(),
            "one import at a time"
        );
        drop(import);
        assert!(!LedgerLock::import_running(&ledger).expect("look"));
        assert!(LedgerLock::for_window(&ledger).expect("take").is_some());
    }

    #[test]
    fn a_window_waits_for_an_import_to_let_go() {
        let dir = tempfile::tempdir().expect("temp dir");
        let ledger = dir.path().join("l.db");
        let import = ImportLock::try_take(&ledger).expect("free");
        let (tx, rx) = std::sync::mpsc::channel();
        let waiter = {
            let ledger = ledger.clone();
            std::thread::spawn(move || {
                let lock = LedgerLock::for_window(&ledger).expect("take");
                tx.send(()).expect("send");
                lock
            })
        };
        assert!(
            rx.recv_timeout(Duration::from_millis(400)).is_err(),
            "a window opened on a ledger an import holds"
        );
        drop(import);
        rx.recv_timeout(Duration::from_secs(10))
            .expect("the window opens once the import lets go");
        assert!(waiter.join().expect("join").is_some());
    }
}
