//! Live capture: gifts logged as they arrive from a live tool on this
//! machine, with bookkeeping-grade guarantees.
//!
//! Two sources: a local WebSocket (TikFinity's `ws://localhost:21213/` by
//! default; [`ws`]) and a file another tool appends to, followed as it grows
//! ([`follow`]). Both feed the [`Engine`], which
//! - folds streaks with the import's rule ([`streaks`]): a running streak is
//!   pending; its end writes it once, at its final count;
//! - opens a live session with the first gift or engagement event that
//!   carries its time, or joins the one running, and closes it after a
//!   silence (default 15 minutes) or on "End live";
//! - keeps the live's engagement (comments, likes, joins, follows, shares,
//!   the viewer count's peak) as counts per minute, never the text;
//! - writes each event's effects in its own transaction, with what a restart
//!   needs (pending streaks, events taken, a file's offset), so a kill at any
//!   point loses nothing and doubles nothing;
//! - names every gift row by the fingerprint the gift-event import gives the
//!   same row, and every WebSocket event by its `msgId`, so a replay, a
//!   restart or a later import of the tool's log adds nothing twice.
//!
//! When capture stops, streaks still pending are written at their highest
//! count and flagged; the session stays open (the live may go on, and a
//! restarted capture joins it). A step or end of such a streak that comes
//! later grows the flagged row instead of adding one.
//!
//! Only loopback addresses are read unless the creator names another host
//! and confirms it ([`Options::allow_remote_host`]).

mod engine;
mod event;
mod follow;
mod streaks;
mod ws;

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::l10n::Message;
use crate::store::Store;

pub use engine::{Engine, FilePos, SourceKind, Stats, StoredGift, CAPTURED_TITLE};
pub use event::{decode_json, Decoded, EngagementEvent, GiftEvent, MAX_EVENT_BYTES};
pub use streaks::{Pending, StreakKey};
pub use ws::{check_ws_url, WsTarget};

/// TikFinity's WebSocket, the default source.
pub const DEFAULT_WS_URL: &str = "ws://localhost:21213/";

/// How long a WebSocket source may send nothing (no frame, no answer to a
/// ping) before capture counts it gone and reconnects.
pub const DEFAULT_DEAD_AFTER: Duration = Duration::from_secs(30);

/// Where events come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A WebSocket URL (`ws://`).
    Ws(String),
    /// A CSV or JSON Lines file another tool appends to.
    File(PathBuf),
}

/// How to capture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The source.
    pub source: Source,
    /// The creator typed a host that is not this machine and confirmed it.
    pub allow_remote_host: bool,
    /// Minutes without a gift or engagement that end the live (1 to 1440); `None` takes
    /// the ledger's session gap, the gap an import of the same log groups
    /// lives by, so both roads cut lives and streaks at one pause.
    pub silence_minutes: Option<i64>,
}

/// Stops a running capture or ends its live, from another thread or a
/// signal handler.
#[derive(Debug, Clone, Default)]
pub struct Control {
    stop: Arc<AtomicBool>,
    end_live: Arc<AtomicBool>,
    /// Milliseconds; 0 is the default.
    dead_after_ms: Arc<AtomicU64>,
}

impl Control {
    /// A control with nothing asked yet.
    pub fn new() -> Control {
        Control::default()
    }

    /// Asks the capture to stop (cleanly: pending streaks are written).
    pub fn stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
    }

    /// Whether a stop was asked.
    pub fn is_stopped(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
    }

    /// The stop flag itself, for a signal handler to set.
    pub fn stop_flag(&self) -> Arc<AtomicBool> {
        self.stop.clone()
    }

    /// Asks the capture to end the live now (it keeps listening).
    pub fn end_live(&self) {
        self.end_live.store(true, Ordering::SeqCst);
    }

    /// Sets how long a WebSocket source may send nothing — no frame, no
    /// answer to a ping — before capture counts it gone and reconnects
    /// (default [`DEFAULT_DEAD_AFTER`]; at least a second).
    pub fn set_dead_after(&self, after: Duration) {
        let ms = u64::try_from(after.as_millis())
            .unwrap_or(u64::MAX)
            .max(1000);
        self.dead_after_ms.store(ms, Ordering::SeqCst);
    }

    fn dead_after(&self) -> Duration {
        match self.dead_after_ms.load(Ordering::SeqCst) {
            0 => DEFAULT_DEAD_AFTER,
            ms => Duration::from_millis(ms),
        }
    }

    fn take_end_live(&self) -> bool {
        self.end_live.swap(false, Ordering::SeqCst)
    }
}

/// Where the connection to the source stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum ConnState {
    /// Opening the source for the first time.
    Connecting,
    /// Reading events.
    Connected,
    /// The source dropped or is not there; trying again after a pause.
    Reconnecting,
    /// Capture has ended.
    Stopped,
}

/// What a running capture tells its caller.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Update {
    /// The connection's state changed.
    Status {
        /// The state.
        state: ConnState,
        /// Details for a person (the address, why it dropped, the next try),
        /// in English.
        detail: String,
        /// The same as a message (`core-capture-…`), for a face to say in
        /// the creator's language.
        said: Option<Message>,
    },
    /// A gift was written.
    Stored {
        /// The gift.
        gift: StoredGift,
    },
    /// The streaks still running changed.
    Pending {
        /// Oldest first.
        streaks: Vec<Pending>,
    },
    /// A message or line could not be read, or could not be written.
    Problem {
        /// Where and what, in English.
        message: String,
        /// The same as a message (`core-capture-problem-…`, its place and
        /// reason inside), for a face to say in the creator's language.
        said: Option<Message>,
    },
    /// A live session ended (silence or "End live").
    SessionEnded {
        /// Its id.
        session_id: i64,
    },
}

/// Checks a source before capture starts: a WebSocket URL must be `ws://`
/// on this machine unless `allow_remote_host`; a file must be a regular
/// file or not there yet (a FIFO would block the open, and a folder or a
/// device would look connected while nothing ever arrives).
pub fn check_source(source: &Source, allow_remote_host: bool) -> Result<()> {
    match source {
        Source::Ws(url) => check_ws_url(url, allow_remote_host).map(|_| ()),
        Source::File(path) if path.as_os_str().is_empty() => Err(Error::invalid_said(
            "file",
            crate::l10n::Message::new("core-invalid-follow-name"),
        )),
        Source::File(path) => match crate::paths::look(path) {
            Ok(crate::paths::Found::Other(found)) => Err(Error::NotAFile {
                path: path.clone(),
                found,
            }),
            // Not there yet (capture waits for it), or not readable now
            // (capture says so while it waits).
            _ => Ok(()),
        },
    }
}

/// Runs capture into `store` until `control` says stop, telling `on` what
/// happens. Returns what it saw. Never panics on what the source sends.
pub fn run(
    store: Store,
    opts: &Options,
    control: &Control,
    on: &mut dyn FnMut(Update),
) -> Result<Stats> {
    let tz = store.tz()?;
    let silence = match opts.silence_minutes {
        Some(m) => m,
        None => store.settings()?.session_gap_minutes,
    };
    let mut sink = Sink::new(on);
    let mut engine = match &opts.source {
        Source::Ws(url) => {
            let target = check_ws_url(url, opts.allow_remote_host)?;
            // Sources kept under another spelling of this one join it first.
            let tx = store.begin()?;
            let spellings: Vec<(i64, String)> = crate::store::capture_sources_of(&tx, "ws")?
                .into_iter()
                .filter(|(_, a)| {
                    *a != target.key && ws::check_ws_url(a, true).is_ok_and(|t| t.key == target.key)
                })
                .collect();
            crate::store::merge_capture_sources(&tx, "ws", &target.key, &spellings)?;
            tx.commit()?;
            let mut engine = Engine::open(store, SourceKind::Ws, &target.key, silence)?;
            sink.pending(&engine);
            ws::run(&mut engine, &target, tz, control, &mut sink);
            engine
        }
        Source::File(path) => {
            check_source(&opts.source, false)?;
            let path = std::path::absolute(path).map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
            let address = path.to_string_lossy().into_owned();
            let mut engine = Engine::open(store, SourceKind::File, &address, silence)?;
            sink.pending(&engine);
            follow::run(&mut engine, &path, tz, control, &mut sink);
            engine
        }
    };
    let flushed = retry(|| engine.stop());
    match flushed {
        Ok(written) => sink.stored(written),
        Err(e) => sink.problem(failed("core-capture-problem-unflushed", &e)),
    }
    sink.pending(&engine);
    sink.status(ConnState::Stopped, Message::new("core-capture-stopped"));
    Ok(engine.stats().clone())
}

/// Runs `f` again while the ledger is busy (another LiveLedger writing),
/// for up to about 30 seconds in all.
fn retry<T>(mut f: impl FnMut() -> Result<T>) -> Result<T> {
    let mut tries = 0;
    loop {
        match f() {
            Err(Error::Busy) if tries < 5 => {
                tries += 1;
                std::thread::sleep(Duration::from_millis(200));
            }
            other => return other,
        }
    }
}

/// Passes updates on, and tells the pending streaks only when they changed.
pub(crate) struct Sink<'a> {
    on: &'a mut dyn FnMut(Update),
    shown_pending: Option<Vec<Pending>>,
    last_state: Option<(ConnState, String)>,
}

impl<'a> Sink<'a> {
    fn new(on: &'a mut dyn FnMut(Update)) -> Sink<'a> {
        Sink {
            on,
            shown_pending: None,
            last_state: None,
        }
    }

    pub(crate) fn status(&mut self, state: ConnState, said: Message) {
        let now = (state, crate::l10n::english(&said));
        if self.last_state.as_ref() != Some(&now) {
            (self.on)(Update::Status {
                state: now.0,
                detail: now.1.clone(),
                said: Some(said),
            });
            self.last_state = Some(now);
        }
    }

    pub(crate) fn stored(&mut self, gifts: Vec<StoredGift>) {
        for gift in gifts {
            (self.on)(Update::Stored { gift });
        }
    }

    /// Tells `said`, its English beside it.
    pub(crate) fn problem(&mut self, said: Message) {
        (self.on)(Update::Problem {
            message: crate::l10n::english(&said),
            said: Some(said),
        });
    }

    pub(crate) fn pending(&mut self, engine: &Engine) {
        let now = engine.pending();
        if self.shown_pending.as_ref() != Some(&now) {
            (self.on)(Update::Pending {
                streaks: now.clone(),
            });
            self.shown_pending = Some(now);
        }
    }

    fn ended(&mut self, session_id: i64, written: Vec<StoredGift>) {
        self.stored(written);
        (self.on)(Update::SessionEnded { session_id });
    }
}

/// What both sources do between events: "End live" when asked, and the
/// silence check.
pub(crate) fn housekeeping(engine: &mut Engine, control: &Control, sink: &mut Sink<'_>) {
    if control.take_end_live() {
        match retry(|| engine.end_live(Utc::now())) {
            Ok(Some((id, written))) => sink.ended(id, written),
            Ok(None) => sink.problem(Message::new("core-capture-problem-no-live")),
            Err(e) => sink.problem(failed("core-capture-problem-end", &e)),
        }
    }
    match retry(|| engine.tick()) {
        Ok(Some((id, written))) => sink.ended(id, written),
        Ok(None) => {}
        Err(e) => sink.problem(failed("core-capture-problem-close", &e)),
    }
    sink.pending(engine);
}

/// `id` (a sentence ending in `{ $error }`) with the store's error `e`
/// said inside.
pub(crate) fn failed(id: &'static str, e: &Error) -> Message {
    Message::new(id).said("error", e.said())
}

/// [`failed`] at `place` (`{ $where }: … { $error }`).
fn failed_at(id: &'static str, place: Message, e: &Error) -> Message {
    failed(id, e).said("where", place)
}

/// Takes one decoded message: a gift or an engagement event goes to the
/// engine, anything else is counted (and, for a file, passed over). `place` names where it came from.
/// Returns `false` when a gift could not be written (the caller may retry).
pub(crate) fn take(
    engine: &mut Engine,
    decoded: std::result::Result<Decoded, Message>,
    pos: Option<FilePos>,
    place: &dyn Fn() -> Message,
    sink: &mut Sink<'_>,
) -> bool {
    let skip = |engine: &mut Engine, sink: &mut Sink<'_>| match pos {
        Some(pos) => match retry(|| engine.skip(pos)) {
            Ok(()) => true,
            Err(e) => {
                sink.problem(failed_at("core-capture-problem-position", place(), &e));
                false
            }
        },
        None => true,
    };
    match decoded {
        Ok(Decoded::Gift(ev)) => match retry(|| engine.gift(&ev, pos)) {
            Ok(written) => {
                sink.stored(written);
                sink.pending(engine);
                true
            }
            Err(e) => {
                sink.problem(failed_at("core-capture-problem-gift", place(), &e));
                false
            }
        },
        Ok(Decoded::Engagement(ev)) => match retry(|| engine.engagement(&ev, pos)) {
            Ok(written) => {
                sink.stored(written);
                sink.pending(engine);
                true
            }
            // A count the ledger refuses (past its bounds) is reported and
            // passed over: it must not hold up the gifts behind it.
            Err(e @ Error::Overflow { .. }) => {
                sink.problem(failed_at("core-capture-problem-engagement", place(), &e));
                skip(engine, sink)
            }
            Err(e) => {
                sink.problem(failed_at("core-capture-problem-engagement", place(), &e));
                false
            }
        },
        Ok(Decoded::Other(_)) => {
            engine.note_other();
            skip(engine, sink)
        }
        Err(message) => {
            engine.note_malformed();
            sink.problem(event::at_place(place(), message));
            skip(engine, sink)
        }
    }
}
