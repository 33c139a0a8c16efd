//! The open ledger, shared by every command.

use std::sync::{Arc, Mutex};

use liveledger::Store;

use crate::error::{CmdError, CmdResult};

/// The store behind a mutex: SQLite work is short, and one writer at a time
/// is what SQLite wants anyway.
#[derive(Clone)]
pub struct Ledger(Arc<Mutex<Store>>);

impl Ledger {
    /// Wraps an open store.
    pub fn new(store: Store) -> Ledger {
        Ledger(Arc::new(Mutex::new(store)))
    }

    /// Runs `f` with the store on a blocking worker thread, never on the UI
    /// thread, and maps the core's error for the UI.
    pub async fn run<T, F>(&self, f: F) -> CmdResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> liveledger::Result<T> + Send + 'static,
    {
        let inner = self.0.clone();
        tauri::async_runtime::spawn_blocking(move || {
            // A panic while holding the lock poisons it; the store itself is
            // still consistent (every write is a transaction), so carry on.
            let mut store = inner.lock().unwrap_or_else(|p| p.into_inner());
            f(&mut store).map_err(CmdError::from)
        })
        .await
        .map_err(|e| CmdError::app(format!("the ledger worker stopped: {e}")))?
    }
}

/// The file the app was started with, as a file manager passes it when a
/// CSV is opened with LiveLedger; the UI takes it once, on start.
#[derive(Default)]
pub struct OpenedFile(Mutex<Option<std::path::PathBuf>>);

impl OpenedFile {
    /// The first argument that is not an option, made absolute, if it names
    /// an existing file; otherwise nothing (and a line on stderr).
    pub fn from_args(args: impl IntoIterator<Item = std::ffi::OsString>) -> OpenedFile {
        let arg = args
            .into_iter()
            .skip(1)
            .find(|a| !a.to_string_lossy().starts_with('-'));
        let file = arg.map(std::path::PathBuf::from).and_then(|p| {
            let p = std::path::absolute(&p).unwrap_or(p);
            if p.is_file() {
                Some(p)
            } else {
                eprintln!(
                    "LiveLedger: {} is not a file; opening without it",
                    p.display()
                );
                None
            }
        });
        OpenedFile(Mutex::new(file))
    }

    /// Hands the file over once; later calls get nothing.
    pub fn take(&self) -> Option<std::path::PathBuf> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).take()
    }
}
