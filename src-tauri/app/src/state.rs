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

    /// Like [`Ledger::run`], for commands that may go through much of the
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
