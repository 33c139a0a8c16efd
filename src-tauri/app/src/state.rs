//! The open ledger, shared by every command.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use liveledger::Store;

use crate::error::{CmdError, CmdResult};

/// The open ledger: one connection that writes, and a few that only read.
///
/// SQLite allows one writer at a time, so writes queue on one connection. In
/// WAL mode a reader sees the last committed state while a write (even a
/// million-row import) is under way, so every view reads through its own
/// connection and never waits for a write.
#[derive(Clone)]
pub struct OpenLedger {
    writer: Arc<Mutex<Store>>,
    readers: Arc<Vec<Mutex<Store>>>,
}

/// Read connections: the dashboard and another view at once.
const READERS: usize = 2;

impl OpenLedger {
    /// Wraps an open store, and opens the read connections beside it.
    pub fn new(store: Store) -> liveledger::Result<OpenLedger> {
        let readers = (0..READERS)
            .map(|_| Store::open(store.path()).map(Mutex::new))
            .collect::<liveledger::Result<Vec<_>>>()?;
        Ok(OpenLedger {
            writer: Arc::new(Mutex::new(store)),
            readers: Arc::new(readers),
        })
    }

    /// Runs a write `f` with the writing connection on a blocking worker
    /// thread, never on the UI thread, and maps the core's error for the UI.
    pub async fn run<T, F>(&self, f: F) -> CmdResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> liveledger::Result<T> + Send + 'static,
    {
        let inner = self.writer.clone();
        tauri::async_runtime::spawn_blocking(move || {
            // A panic while holding the lock poisons it; the store itself is
            // still consistent (every write is a transaction), so carry on.
            let mut store = inner.lock().unwrap_or_else(|p| p.into_inner());
            f(&mut store).map_err(CmdError::from)
        })
        .await
        .map_err(|e| CmdError::app(format!("the ledger worker stopped: {e}")))?
    }

    /// Runs a write `f` on the calling thread (tests' own writes).
    #[cfg(test)]
    pub fn write_blocking<T>(
        &self,
        f: impl FnOnce(&mut Store) -> liveledger::Result<T>,
    ) -> liveledger::Result<T> {
        f(&mut self.writer.lock().unwrap_or_else(|p| p.into_inner()))
    }

    /// Runs a read `f` on the first read connection, waiting for it, on the
    /// calling thread (call it off the UI thread). For a caller that compares
    /// `data_version` between calls, which only one connection can answer.
    pub fn read_first_blocking<T>(
        &self,
        f: impl FnOnce(&Store) -> liveledger::Result<T>,
    ) -> CmdResult<T> {
        let guard = self.readers[0].lock().unwrap_or_else(|p| p.into_inner());
        f(&guard).map_err(CmdError::from)
    }

    /// Runs a read `f` on a free read connection (waiting only for another
    /// read, never for a write); it sees the last committed ledger.
    pub async fn read<T, F>(&self, f: F) -> CmdResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> liveledger::Result<T> + Send + 'static,
    {
        let readers = self.readers.clone();
        tauri::async_runtime::spawn_blocking(move || {
            let guard = readers
                .iter()
                .find_map(|r| r.try_lock().ok())
                .unwrap_or_else(|| readers[0].lock().unwrap_or_else(|p| p.into_inner()));
            f(&guard).map_err(CmdError::from)
        })
        .await
        .map_err(|e| CmdError::app(format!("the ledger reader stopped: {e}")))?
    }

    /// Like [`OpenLedger::run`], for commands that may go through much of the
    /// ledger (import, undo, re-rate, export, demo, clear). Afterwards the
    /// memory they used goes back to the system: glibc otherwise keeps freed
    /// memory in its arenas for as long as the window is open (measured with
    /// a 1.1 M-row import: 145 MiB resident after it, 31 MiB once trimmed).
    pub async fn run_big<T, F>(&self, f: F) -> CmdResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> liveledger::Result<T> + Send + 'static,
    {
        self.run(move |store| {
            let result = f(store);
            // Best effort: a failure to shrink changes nothing the user sees.
            let _ = store.release_memory();
            trim_heap();
            result
        })
        .await
    }
}

/// The one place the app may write a file to next: the path the person just
/// chose in a native save dialog the app opened itself. A path the page
/// makes up is never in it, so a script in the page cannot write elsewhere.
#[derive(Default)]
pub struct ChosenPath(Mutex<Option<PathBuf>>);

impl ChosenPath {
    /// Remembers the path chosen in the dialog, replacing any earlier one.
    pub fn set(&self, path: PathBuf) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(path);
    }

    /// Takes the chosen path if it is `path`; refuses any other (and keeps
    /// nothing: each choice serves one write).
    pub fn take(&self, path: &Path) -> CmdResult<PathBuf> {
        let chosen = self.0.lock().unwrap_or_else(|p| p.into_inner()).take();
        match chosen {
            Some(c) if c == path => Ok(c),
            _ => Err(CmdError {
                kind: "not_allowed",
                message: "LiveLedger writes files only where you chose in its save dialog; choose the place again".into(),
                said: None,
                detail: None,
            }),
        }
    }
}

/// Hands the C allocator's free pages back to the system (glibc's
/// `malloc_trim`; other platforms' allocators return memory themselves).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn trim_heap() {
    extern "C" {
        fn malloc_trim(pad: usize) -> std::os::raw::c_int;
    }
    // SAFETY: malloc_trim takes no pointers; it only releases memory that
    // glibc's allocator holds free, and is safe to call from any thread.
    unsafe {
        malloc_trim(0);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn trim_heap() {}

/// The file the app was started with, as a file manager passes it when a
/// CSV is opened with LiveLedger; the UI takes it once, on start.
#[derive(Default)]
pub struct OpenedFile(Mutex<Option<std::path::PathBuf>>);

impl OpenedFile {
    /// The file among the app's arguments ([`crate::handoff::file_argument`]).
    pub fn from_args(args: impl IntoIterator<Item = std::ffi::OsString>) -> OpenedFile {
        let cwd = std::env::current_dir().unwrap_or_default();
        OpenedFile(Mutex::new(crate::handoff::file_argument(args, &cwd)))
    }

    /// Hands the file over once; later calls get nothing.
    pub fn take(&self) -> Option<std::path::PathBuf> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).take()
    }
}
