//! Live capture in the app: a thin pair of commands over the core's capture.
//! Capture runs on its own thread with its own connection to the ledger file
//! (WAL lets it write beside the commands' connection) and tells the page what
//! happens through `capture` events; no command waits on it.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use serde::Serialize;
use tauri::{AppHandle, Emitter, State};

use liveledger::capture::{self, ConnState, Control, Options, Pending, Source, StoredGift, Update};
use liveledger::l10n::Message;
use liveledger::{Error, Store};

use crate::error::{CmdError, CmdResult};
use crate::guard::{ask_async, declined, Readable};
use crate::state::OpenLedger;

/// Gifts the snapshot keeps for a page that opens while capture runs.
const RECENT: usize = 50;

/// What a page needs to draw the capture panel at any moment.
#[derive(Debug, Clone, Default, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "CaptureSnapshot"))]
pub struct Snapshot {
    /// Whether a capture is running.
    pub running: bool,
    /// `ws` or `file`.
    pub source_kind: String,
    /// The URL or file.
    pub address: String,
    /// The connection's state.
    pub state: Option<ConnState>,
    /// What the state says for a person, in English.
    pub detail: String,
    /// The same as a message, for the page to say in the creator's language.
    pub detail_said: Option<Message>,
    /// Gifts stored by this capture, newest first (at most 50).
    pub recent: Vec<StoredGift>,
    /// Streaks still running.
    pub pending: Vec<Pending>,
    /// Gifts stored since it started.
    pub stored: u64,
    /// The last problem seen, if any, in English.
    pub problem: Option<String>,
    /// The same as the core's message, for the page to say in the
    /// creator's language.
    pub problem_said: Option<Message>,
}

struct Running {
    control: Control,
    handle: JoinHandle<()>,
}

/// The capture running, if any, and what it last said.
#[derive(Default)]
pub struct CaptureState {
    running: Mutex<Option<Running>>,
    snapshot: Arc<Mutex<Snapshot>>,
}

fn apply(s: &mut Snapshot, u: &Update) {
    match u {
        Update::Status {
            state,
            detail,
            said,
        } => {
            s.state = Some(*state);
            s.detail = detail.clone();
            s.detail_said = said.clone();
            if *state == ConnState::Stopped {
                s.running = false;
            }
        }
        Update::Stored { gift } => {
            s.stored += 1;
            s.recent.insert(0, gift.clone());
            s.recent.truncate(RECENT);
        }
        Update::Pending { streaks } => s.pending = streaks.clone(),
        Update::Problem { message, said } => {
            s.problem = Some(message.clone());
            s.problem_said = said.clone();
        }
        Update::SessionEnded { .. } => {}
    }
}

/// Starts capture from `kind` (`ws` or `file`) at `address`. A file must be
/// one the creator chose in the app's open dialog; a host that is not this
/// computer is read only after the creator confirms it in a native dialog.
#[tauri::command]
pub async fn capture_start(
    app: AppHandle,
    ledger: State<'_, OpenLedger>,
    capture: State<'_, CaptureState>,
    readable: State<'_, Readable>,
    kind: String,
    address: String,
    silence_minutes: Option<i64>,
) -> CmdResult<Snapshot> {
    let address = address.trim().to_string();
    let source = match kind.as_str() {
        "ws" => Source::Ws(address.clone()),
        "file" => Source::File(readable.check(&address)?),
        other => {
            let said = Message::new("core-invalid-capture-source").text("text", other);
            return Err(CmdError::from(Error::invalid_said("source", said)));
        }
    };
    let allow_remote_host = match capture::check_source(&source, false) {
        Ok(()) => false,
        Err(local_only) => {
            // Only a host that is not this computer passes once allowed.
            capture::check_source(&source, true).map_err(|_| CmdError::from(local_only))?;
            let message = format!(
                "{address} is not this computer: gifts would be read from another machine over the network."
            );
            let yes = ask_async(
                &app,
                "Capture from another computer?",
                message,
                "Capture from it",
            )
            .await;
            if !yes {
                return Err(declined());
            }
            true
        }
    };
    let path = ledger.read(|s| Ok(s.path().to_path_buf())).await?;
    start(
        app,
        &capture,
        path,
        kind,
        address,
        source,
        allow_remote_host,
        silence_minutes,
    )?;
    snapshot_of(&capture)
}

#[allow(clippy::too_many_arguments)]
fn start(
    app: AppHandle,
    capture: &CaptureState,
    path: PathBuf,
    kind: String,
    address: String,
    source: Source,
    allow_remote_host: bool,
    silence_minutes: Option<i64>,
) -> CmdResult<()> {
    let mut running = capture
        .running
        .lock()
        .map_err(|_| CmdError::app("capture state is unavailable"))?;
    if running.as_ref().is_some_and(|r| !r.handle.is_finished()) {
        let said = Message::new("core-invalid-capture-running");
        return Err(CmdError::from(Error::invalid_said("source", said)));
    }
    let opts = Options {
        source,
        allow_remote_host,
        silence_minutes,
    };
    let control = Control::new();
    let snapshot = capture.snapshot.clone();
    {
        let mut s = snapshot
            .lock()
            .map_err(|_| CmdError::app("capture state is unavailable"))?;
        *s = Snapshot {
            running: true,
            source_kind: kind,
            address,
            state: Some(ConnState::Connecting),
            detail: "starting".into(),
            detail_said: Some(Message::new("core-capture-starting")),
            ..Snapshot::default()
        };
    }
    let c = control.clone();
    let handle = std::thread::Builder::new()
        .name("capture".into())
        .spawn(move || {
            let mut emit = |u: Update| {
                if let Ok(mut s) = snapshot.lock() {
                    apply(&mut s, &u);
                }
                let _ = app.emit("capture", &u);
            };
            let result =
                Store::open(&path).and_then(|store| capture::run(store, &opts, &c, &mut emit));
            if let Err(e) = result {
                emit(Update::Problem {
                    message: e.to_string(),
                    said: Some(e.said()),
                });
                let said = Message::new("core-capture-stopped-by").said("error", e.said());
                emit(Update::Status {
                    state: ConnState::Stopped,
                    detail: liveledger::l10n::english(&said),
                    said: Some(said),
                });
            }
        })
        .map_err(|e| CmdError::app(format!("capture could not start: {e}")))?;
    *running = Some(Running { control, handle });
    Ok(())
}

/// Stops capture (pending streaks are written, flagged); waits for it off
/// the UI thread.
#[tauri::command]
pub async fn capture_stop(capture: State<'_, CaptureState>) -> CmdResult<Snapshot> {
    let taken = take_running(&capture)?;
    if let Some(r) = taken {
        r.control.stop();
        tauri::async_runtime::spawn_blocking(move || {
            let _ = r.handle.join();
        })
        .await
        .map_err(|e| CmdError::app(format!("capture did not stop cleanly: {e}")))?;
    }
    snapshot_of(&capture)
}

fn take_running(capture: &CaptureState) -> CmdResult<Option<Running>> {
    Ok(capture
        .running
        .lock()
        .map_err(|_| CmdError::app("capture state is unavailable"))?
        .take())
}

/// "End live" while capturing: the session ends now; capture keeps listening.
#[tauri::command]
pub async fn capture_end_live(capture: State<'_, CaptureState>) -> CmdResult<bool> {
    let running = capture
        .running
        .lock()
        .map_err(|_| CmdError::app("capture state is unavailable"))?;
    match running.as_ref() {
        Some(r) if !r.handle.is_finished() => {
            r.control.end_live();
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// Where capture stands, for a page that was not listening.
#[tauri::command]
pub async fn capture_status(capture: State<'_, CaptureState>) -> CmdResult<Snapshot> {
    snapshot_of(&capture)
}

fn snapshot_of(capture: &CaptureState) -> CmdResult<Snapshot> {
    let mut s = capture
        .snapshot
        .lock()
        .map_err(|_| CmdError::app("capture state is unavailable"))?
        .clone();
    let alive = capture
        .running
        .lock()
        .map_err(|_| CmdError::app("capture state is unavailable"))?
        .as_ref()
        .is_some_and(|r| !r.handle.is_finished());
    s.running = s.running && alive;
    Ok(s)
}
