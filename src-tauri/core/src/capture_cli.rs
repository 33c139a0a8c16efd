//! `liveledger capture`: live capture, headless.

use std::io::Write;
use std::path::PathBuf;

use chrono_tz::Tz;
use clap::Args;

use liveledger::capture::{self, ConnState, Control, Options, Source, StoredGift, Update};
use liveledger::error::{Error, Result};
use liveledger::Store;

/// Where to capture from and how.
#[derive(Args)]
pub struct CaptureArgs {
    /// The WebSocket to read (default: TikFinity's, ws://localhost:21213/).
    #[arg(long, value_name = "URL", conflicts_with = "follow")]
    ws: Option<String>,
    /// A CSV gift-event log or a JSON Lines file another tool appends to.
    #[arg(long, value_name = "FILE")]
    follow: Option<PathBuf>,
    /// Confirms a --ws host that is not this computer.
    #[arg(long)]
    allow_remote_host: bool,
    /// Minutes without a gift that end the live and cut a streak (default:
    /// the ledger's session_gap_minutes, the gap an import groups lives by).
    #[arg(long, allow_hyphen_values = true)]
    silence_minutes: Option<i64>,
    /// Seconds a WebSocket source may send nothing (no frame, no answer to
    /// a ping) before capture reconnects.
    #[arg(long, value_name = "SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
    dead_after: u64,
    /// Print each stored gift as one line of JSON.
    #[arg(long)]
    json: bool,
}

/// Runs capture until Ctrl-C (or SIGTERM).
pub fn run(store: Store, tz: Tz, a: CaptureArgs) -> Result<()> {
    let source = match (a.ws, a.follow) {
        (_, Some(file)) => Source::File(file),
        (Some(url), None) => Source::Ws(url),
        (None, None) => Source::Ws(capture::DEFAULT_WS_URL.to_string()),
    };
    capture::check_source(&source, a.allow_remote_host)?;
    let control = Control::new();
    control.set_dead_after(std::time::Duration::from_secs(a.dead_after));
    let flag = control.stop_flag();
    for signal in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
        // A second Ctrl-C ends at once; the first stops cleanly.
        signal_hook::flag::register_conditional_shutdown(signal, 1, flag.clone())
            .and_then(|_| signal_hook::flag::register(signal, flag.clone()))
            .map_err(|source| Error::Io {
                path: "<signal handler>".into(),
                source,
            })?;
    }
    let opts = Options {
        source,
        allow_remote_host: a.allow_remote_host,
        silence_minutes: a.silence_minutes,
    };
    let json = a.json;
    // The first failed write to standard output (not a closed pipe): capture
    // goes on storing, and ends with it as its error.
    let mut lost: Option<std::io::Error> = None;
    let stats = capture::run(store, &opts, &control, &mut |u| match u {
        Update::Stored { gift } => {
            if let Err(e) = out(&line(&gift, tz, json)) {
                if e.kind() != std::io::ErrorKind::BrokenPipe && lost.is_none() {
                    note(&format!(
                        "warning: standard output cannot be written ({e}); gifts are still stored"
                    ));
                    lost = Some(e);
                }
            }
        }
        Update::Status { state, detail } => note(&format!("{}: {detail}", state_name(state))),
        Update::Problem { message } => note(&format!("warning: {message}")),
        Update::SessionEnded { session_id } => note(&format!("live ended: session {session_id}")),
        Update::Pending { .. } => {}
    })?;
    note(&format!(
        "capture stopped: {} gift events, {} gifts stored ({} flagged), {} replayed events skipped, {} streak steps, {} other events, {} unreadable",
        stats.gift_events,
        stats.gifts_stored,
        stats.flagged,
        stats.replayed,
        stats.streak_steps,
        stats.other_events,
        stats.malformed
    ));
    match lost {
        Some(source) => Err(Error::Io {
            path: "<stdout>".into(),
            source,
        }),
        None => Ok(()),
    }
}

fn state_name(s: ConnState) -> &'static str {
    match s {
        ConnState::Connecting => "connecting",
        ConnState::Connected => "connected",
        ConnState::Reconnecting => "reconnecting",
        ConnState::Stopped => "stopped",
    }
}

fn line(g: &StoredGift, tz: Tz, json: bool) -> String {
    if json {
        return serde_json::to_string(g).unwrap_or_default();
    }
    let mut s = format!(
        "{}  {} × {} ({} coins each)  from {}  session {}",
        g.at.with_timezone(&tz).format("%Y-%m-%d %H:%M:%S"),
        g.count,
        g.gift_name,
        g.coins_each,
        g.sender.as_deref().unwrap_or("unknown"),
        g.session_id
    );
    if g.added != g.count {
        s.push_str(&format!("  (grown by {})", g.added));
    }
    if g.flagged {
        s.push_str("  [streak never ended: counted at its highest count]");
    }
    s
}

/// One line to standard output, flushed at once (a reader may be waiting).
fn out(text: &str) -> std::io::Result<()> {
    let mut o = std::io::stdout().lock();
    writeln!(o, "{text}").and_then(|_| o.flush())
}

fn note(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}
