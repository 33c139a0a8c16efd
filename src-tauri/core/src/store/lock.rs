//! `<ledger>.lock`: who holds a ledger file for itself. An app window holds
//! it for as long as it is open; a CLI import holds it while it writes
//! without WAL (see [`Store::begin_bulk`](super::Store)).
//!
//! The lock is an OS file lock (`flock` on Unix, `LockFileEx` on Windows), so
//! it is let go however its process ends. The file's text says who holds it,
//! so that whoever finds it taken knows whether to wait (an import ends on
//! its own) or to give up (a window stays).

use std::fs::{File, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Who holds a ledger's lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    /// An app window, for as long as it is open.
    Window,
    /// An import, until it commits or fails.
    Import,
}

impl Holder {
    fn tag(self) -> &'static str {
        match self {
            Holder::Window => "window",
            Holder::Import => "import",
        }
    }
}

/// A held ledger lock, let go when dropped.
#[derive(Debug)]
pub struct LedgerLock {
    _file: File,
}

/// The lock file of the ledger at `ledger`: its path with `.lock` added.
pub fn lock_path(ledger: &Path) -> PathBuf {
    let mut name = ledger.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

impl LedgerLock {
    /// Takes the lock of `ledger` for `holder`, or `Ok(None)` when someone
    /// else holds it (another process, or another handle in this one).
    pub fn try_take(ledger: &Path, holder: Holder) -> Result<Option<LedgerLock>> {
        let (path, file) = open(ledger)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(LedgerLock::held(path, file, holder)?)),
            Err(TryLockError::WouldBlock) => Ok(None),
            Err(TryLockError::Error(source)) => Err(Error::Io { path, source }),
        }
    }

    /// Waits until nobody holds the lock of `ledger`, then takes it.
    pub fn take(ledger: &Path, holder: Holder) -> Result<LedgerLock> {
        let (path, file) = open(ledger)?;
        match file.lock() {
            Ok(()) => LedgerLock::held(path, file, holder),
            Err(source) => Err(Error::Io { path, source }),
        }
    }

    /// Who holds the lock of `ledger` by what its file says; `None` when the
    /// file is missing, unreadable or being written. It is only a hint: the
    /// text stays after its holder has gone, until the next one writes.
    pub fn holder(ledger: &Path) -> Option<Holder> {
        let mut text = String::new();
        File::open(lock_path(ledger))
            .and_then(|mut f| f.read_to_string(&mut text))
            .ok()?;
        match text.trim() {
            "window" => Some(Holder::Window),
            "import" => Some(Holder::Import),
            _ => None,
        }
    }

    fn held(path: PathBuf, mut file: File, holder: Holder) -> Result<LedgerLock> {
        let say = |file: &mut File| -> std::io::Result<()> {
            file.set_len(0)?;
            file.seek(SeekFrom::Start(0))?;
            file.write_all(holder.tag().as_bytes())
        };
        say(&mut file).map_err(|source| Error::Io { path, source })?;
        Ok(LedgerLock { _file: file })
    }
}

fn open(ledger: &Path) -> Result<(PathBuf, File)> {
    // A fresh user's data folder does not exist yet; the lock goes in it.
    if let Some(dir) = ledger.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|source| Error::Io {
            path: dir.to_path_buf(),
            source,
        })?;
    }
    let path = lock_path(ledger);
    let file = File::options()
        .create(true)
        .truncate(false)
        .read(true)
        .write(true)
        .open(&path);
    match file {
        Ok(file) => Ok((path, file)),
        Err(source) => Err(Error::Io { path, source }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn one_holder_at_a_time_and_the_file_says_who() {
        let dir = tempfile::tempdir().expect("temp dir");
        let ledger = dir.path().join("sub").join("l.db");
        assert_eq!(LedgerLock::holder(&ledger), None, "no file yet");
        let window = LedgerLock::try_take(&ledger, Holder::Window)
            .expect("take")
            .expect("free");
        assert_eq!(LedgerLock::holder(&ledger), Some(Holder::Window));
        assert!(LedgerLock::try_take(&ledger, Holder::Import)
            .expect("try")
            .is_none());
        drop(window);
        let import = LedgerLock::try_take(&ledger, Holder::Import)
            .expect("take")
            .expect("free once the window is gone");
        assert_eq!(LedgerLock::holder(&ledger), Some(Holder::Import));
        drop(import);
    }

    #[test]
    fn take_waits_for_the_holder_to_let_go() {
        let dir = tempfile::tempdir().expect("temp dir");
        let ledger = dir.path().join("l.db");
        let import = LedgerLock::try_take(&ledger, Holder::Import)
            .expect("take")
            .expect("free");
        let (tx, rx) = std::sync::mpsc::channel();
        let waiter = {
            let ledger = ledger.clone();
            std::thread::spawn(move || {
                let lock = LedgerLock::take(&ledger, Holder::Window).expect("take");
                tx.send(()).expect("send");
                lock
            })
        };
        assert!(
            rx.recv_timeout(Duration::from_millis(300)).is_err(),
            "took a lock that was held"
        );
        drop(import);
        rx.recv_timeout(Duration::from_secs(10))
            .expect("took it once let go");
        drop(waiter.join().expect("join"));
        assert_eq!(LedgerLock::holder(&ledger), Some(Holder::Window));
    }
}
