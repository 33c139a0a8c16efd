//! What the page cannot decide for the creator. The page is untrusted: a
//! script in it could call any command it is granted. So the files a command
//! reads are only those the creator chose in a native open dialog or opened
//! the app with ([`Readable`]); what destroys data or reaches another
//! machine is confirmed in a native dialog shown from here ([`ask`]); and a
//! big destructive write keeps a copy of the ledger as it was, which
//! [`Copies`] hands back only while nothing else was written since.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tauri::AppHandle;
use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogKind};

use crate::error::{CmdError, CmdResult};

/// Asks the creator in a native dialog (which no script in the page can
/// answer); true only when they press `yes`. Blocks the calling worker
/// thread, never the UI thread, until the dialog closes.
pub fn ask(app: &AppHandle, title: &str, message: &str, yes: &str) -> bool {
    app.dialog()
        .message(message)
        .title(title)
        .kind(MessageDialogKind::Warning)
        .buttons(MessageDialogButtons::OkCancelCustom(
            yes.to_string(),
            "Cancel".to_string(),
        ))
        .blocking_show()
}

/// [`ask`] from an async command: the dialog waits on a worker thread.
pub async fn ask_async(app: &AppHandle, title: &str, message: String, yes: &str) -> bool {
    let (app, title, yes) = (app.clone(), title.to_string(), yes.to_string());
    tauri::async_runtime::spawn_blocking(move || ask(&app, &title, &message, &yes))
        .await
        .unwrap_or(false)
}

/// The error a command returns when the creator said no: nothing was written.
pub fn declined() -> CmdError {
    CmdError {
        kind: "declined",
        message: "Nothing was changed.".into(),
        said: None,
        detail: None,
    }
}

/// The files the page may have read: those chosen in a native open dialog the
/// app showed, and the one it was opened with.
#[derive(Default)]
pub struct Readable(Mutex<HashSet<PathBuf>>);

impl Readable {
    /// Lets `path` be read from now on (the creator chose it).
    pub fn allow(&self, path: PathBuf) {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(path);
    }

    /// `path` if the creator chose it; an error naming no file content otherwise.
    pub fn check(&self, path: &str) -> CmdResult<PathBuf> {
        let path = Path::new(path.trim());
        if self
            .0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .contains(path)
        {
            return Ok(path.to_path_buf());
        }
        Err(CmdError {
            kind: "not_allowed",
            message: "LiveLedger reads only files you chose with \"Choose file…\" or opened it with; choose the file again".into(),
            said: None,
            detail: None,
        })
    }
}

/// A copy of the ledger taken before a big destructive write, and the
/// ledger's change mark right after that write.
struct Copy {
    path: PathBuf,
    mark: String,
}

/// The copies that can undo the last big destructive writes, by number.
#[derive(Default)]
pub struct Copies {
    next: Mutex<u64>,
    copies: Mutex<HashMap<u64, Copy>>,
}

impl Copies {
    /// Remembers `path` as the way back from a write that left the ledger at
    /// `mark`; returns the number the page undoes it by.
    pub fn keep(&self, path: PathBuf, mark: String) -> u64 {
        let mut next = self.next.lock().unwrap_or_else(|p| p.into_inner());
        *next += 1;
        self.copies
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(*next, Copy { path, mark });
        *next
    }

    /// The copy numbered `n`, if the ledger is still at its mark (else
    /// undoing would throw away what was written since).
    pub fn take(&self, n: u64, mark_now: &str) -> CmdResult<PathBuf> {
        let mut copies = self.copies.lock().unwrap_or_else(|p| p.into_inner());
        let Some(copy) = copies.get(&n) else {
            return Err(CmdError::app("there is nothing to undo".to_string()));
        };
        if copy.mark != mark_now {
            let path = copy.path.display().to_string();
            copies.remove(&n);
            return Err(CmdError::app(format!(
                "the ledger changed since, so undoing here would lose that; the copy from before is kept in {path} (liveledger restore FILE brings it back)"
            )));
        }
        Ok(copies.remove(&n).map(|c| c.path).unwrap_or_default())
    }
}
