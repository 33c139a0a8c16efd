//! Who holds a ledger file for itself, by two OS file locks beside it:
//! `<ledger>.lock`, held by an app window for as long as it is open, and
//! `<ledger>.import.lock`, held by a CLI import that writes without WAL
//! (see [`Store::begin_bulk`](super::Store)) — which holds the window's
//! lock too, so no window opens on a ledger it has to itself.
//!
//! The locks are `flock` on Unix and `LockFileEx` on Windows, so they are
//! let go however their process ends. Which locks are taken says who holds
//! the ledger; the only thing read from a file is the process id an import
//! writes into its lock, so that one waiting for it can name it (Unix only:
//! Windows would not let another process read a locked file). An import
//! takes its own lock before the window's and lets go of the window's
//! first, so whenever an import has the window's lock it has its own.

use std::fs::{File, TryLockError};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

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

/// How long opening a ledger waits for an import another LiveLedger runs
/// on it before it gives up with [`Error::ImportStillRunning`]: an import
/// of a large file takes minutes, one stuck on a stalled disk never ends.
pub const IMPORT_WAIT: Duration = Duration::from_secs(10 * 60);

/// The environment variable that overrides [`IMPORT_WAIT`], in seconds
/// (fractions allowed; tests lower it).
pub const IMPORT_WAIT_ENV: &str = "LIVELEDGER_IMPORT_WAIT_SECS";

/// Where a process that waits for an import says so (the CLI: stderr).
static WAIT_NOTICE: OnceLock<fn(&str)> = OnceLock::new();

/// Has `notice` told, once per wait, what opening a ledger waits for (the
/// import running in another LiveLedger, with its process id when known).
/// Without it a wait is silent (the app shows its own state). Only the
/// first call in a process counts.
pub fn set_wait_notice(notice: fn(&str)) {
    let _ = WAIT_NOTICE.set(notice);
}

/// How long to wait for an import: [`IMPORT_WAIT_ENV`] when set, else
/// [`IMPORT_WAIT`].
fn import_wait() -> Result<Duration> {
    let Some(raw) = std::env::var_os(IMPORT_WAIT_ENV) else {
        return Ok(IMPORT_WAIT);
    };
    raw.to_str()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .and_then(|secs| Duration::try_from_secs_f64(secs).ok())
        .ok_or_else(|| {
            Error::invalid_said(
                IMPORT_WAIT_ENV,
                crate::l10n::Message::new("core-invalid-import-wait"),
            )
        })
}

/// The process id an import wrote into its lock file, when it can be read.
fn holder_pid(file: &mut File) -> Option<u32> {
    if !cfg!(unix) {
        return None;
    }
    let mut text = String::new();
    file.take(32).read_to_string(&mut text).ok()?;
    text.trim().parse().ok()
}

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

    /// Waits until no import holds the ledger for itself: says once what
    /// it waits for (see [`set_wait_notice`]) and gives up after
    /// [`import_wait`] with [`Error::ImportStillRunning`].
    pub(crate) fn wait_for_import(ledger: &Path) -> Result<()> {
        let path = import_lock_path(ledger);
        let Some(mut file) = open_existing(&path) else {
            return Ok(());
        };
        if try_lock(&file, &path)? {
            return Ok(());
        }
        let bound = import_wait()?;
        let pid = holder_pid(&mut file);
        if let Some(notice) = WAIT_NOTICE.get() {
            let who = match pid {
                Some(pid) => format!(" (pid {pid})"),
                None => String::new(),
            };
            notice(&format!(
                "waiting for the import running in another LiveLedger{who} to finish…"
            ));
        }
        let start = Instant::now();
        loop {
            let left = bound.saturating_sub(start.elapsed());
            if left.is_zero() {
                return Err(Error::ImportStillRunning {
                    path: ledger.to_path_buf(),
                    pid,
                    waited: bound,
                });
            }
            std::thread::sleep(left.min(POLL));
            if try_lock(&file, &path)? {
                return Ok(());
            }
        }
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
        write_pid(&import);
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

/// Writes this process's id into the import lock it holds, for one that
/// waits to name it. Best effort: the lock works without it.
fn write_pid(mut file: &File) {
    if cfg!(unix) && file.set_len(0).is_ok() {
        let _ = write!(file, "{}", std::process::id());
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

    #[test]
    fn an_import_writes_its_pid_and_a_wait_for_it_names_it_and_gives_up() {
        let dir = tempfile::tempdir().expect("temp dir");
        let ledger = dir.path().join("l.db");
        let import = ImportLock::try_take(&ledger).expect("free");
        let written =
            std::fs::read_to_string(import_lock_path(&ledger)).expect("read the lock file");
        assert_eq!(written, std::process::id().to_string());
        let mut file = open_existing(&import_lock_path(&ledger)).expect("open");
        assert_eq!(holder_pid(&mut file), Some(std::process::id()));
        drop(import);
        LedgerLock::wait_for_import(&ledger).expect("free: no wait");
    }
}
