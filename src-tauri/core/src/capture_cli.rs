//! `liveledger capture`: live capture, headless.

use std::io::Write;
use std::path::PathBuf;

use chrono_tz::Tz;
use clap::Args;

use liveledger::capture::{self, ConnState, Control, Options, Source, StoredGift, Update};
use liveledger::error::{Error, Result};
use liveledger::l10n::{Localizer, Message};
use liveledger::Store;

use crate::cli::Words;

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

/// Runs capture until Ctrl-C (or SIGTERM), saying what happens in `words`'
/// language (a gift's line with `--json` is the same in every language).
pub fn run(store: Store, tz: Tz, a: CaptureArgs, words: &Localizer) -> Result<()> {
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
            if let Err(e) = out(&line(&gift, tz, json, words)) {
                if e.kind() != std::io::ErrorKind::BrokenPipe && lost.is_none() {
                    note(&words.render(
                        &Message::new("cli-capture-stdout-lost").text("error", e.to_string()),
                    ));
                    lost = Some(e);
                }
            }
        }
        Update::Status {
            state,
            detail,
            said,
        } => note(&format!(
            "{}: {}",
            words.render(&state_message(state)),
            said.map_or(detail, |m| words.render(&m))
        )),
        Update::Problem { message, said } => note(
            &words.render(
                &Message::new("cli-capture-warning")
                    .text("message", said.map_or(message, |m| words.render(&m))),
            ),
        ),
        Update::SessionEnded { session_id } => note(&words.render(
            &Message::new("cli-capture-live-ended").text("session", session_id.to_string()),
        )),
        Update::Pending { .. } => {}
    })?;
    note(&words.render(&stopped_message(&stats, Words::new(words))));
    match lost {
        Some(source) => Err(Error::Io {
            path: "<stdout>".into(),
            source,
        }),
        None => Ok(()),
    }
}

/// What capture did, said when it stops.
fn stopped_message(stats: &capture::Stats, w: Words) -> Message {
    Message::new("cli-capture-stopped")
        .text("events", w.number(stats.gift_events))
        .text("stored", w.number(stats.gifts_stored))
        .text("flagged", w.number(stats.flagged))
        .text("replayed", w.number(stats.replayed))
        .text("steps", w.number(stats.streak_steps))
        .text("other", w.number(stats.other_events))
        .text("unreadable", w.number(stats.malformed))
}

/// The word for a connection's state.
fn state_message(s: ConnState) -> Message {
    Message::new(match s {
        ConnState::Connecting => "cli-capture-connecting",
        ConnState::Connected => "cli-capture-connected",
        ConnState::Reconnecting => "cli-capture-reconnecting",
        ConnState::Stopped => "cli-capture-stopped-state",
    })
}

/// A stored gift's line: JSON for scripts (the same in every language),
/// else its time, gift and sender in words.
fn line(g: &StoredGift, tz: Tz, json: bool, words: &Localizer) -> String {
    if json {
        return serde_json::to_string(g).unwrap_or_default();
    }
    let w = Words::new(words);
    let sender = match g.sender.as_deref() {
        Some(name) => name.to_string(),
        None => w.word("cli-capture-unknown-sender"),
    };
    let mut s = format!(
        "{}  {}",
        g.at.with_timezone(&tz).format("%Y-%m-%d %H:%M:%S"),
        w.say(
            &Message::new("cli-capture-gift")
                .text("gifts", w.number(g.count))
                .text("gift", g.gift_name.clone())
                .count("count", g.coins_each)
                .text("coins", w.number(g.coins_each))
                .text("sender", sender)
                .text("session", g.session_id.to_string())
        )
    );
    if g.added != g.count {
        let grown = Message::new("cli-capture-grown").text("added", w.number(g.added));
        s.push_str(&format!("  {}", w.say(&grown)));
    }
    if g.flagged {
        s.push_str(&format!("  {}", w.word("cli-capture-flagged")));
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

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn gift(sender: Option<&str>, added: i64, flagged: bool) -> StoredGift {
        StoredGift {
            gift_id: 1,
            session_id: 12,
            at: chrono::Utc.with_ymd_and_hms(2026, 12, 1, 18, 5, 9).unwrap(),
            gift_name: "Rose".into(),
            coins_each: 1,
            count: 1500,
            added,
            sender: sender.map(str::to_string),
            flagged,
        }
    }

    #[test]
    fn a_gift_s_line_in_english_is_the_old_one_and_in_german_german() {
        let tz: Tz = "Europe/Berlin".parse().unwrap();
        let en = Localizer::new("en");
        assert_eq!(
            line(&gift(Some("ben"), 1500, false), tz, false, &en),
            "2026-12-01 19:05:09  1500 × Rose (1 coins each)  from ben  session 12"
        );
        assert_eq!(
            line(&gift(None, 1200, true), tz, false, &en),
            "2026-12-01 19:05:09  1500 × Rose (1 coins each)  from unknown  session 12  (grown by 1200)  [streak never ended: counted at its highest count]"
        );
        let de = Localizer::new("de");
        assert_eq!(
            line(&gift(None, 1200, true), tz, false, &de),
            "2026-12-01 19:05:09  1.500 × Rose (je 1 Münze)  von unbekannt  LIVE 12  (um 1.200 gewachsen)  [Serie nie beendet: mit ihrer höchsten Anzahl gezählt]"
        );
        // Scripts read --json: the same whatever the language.
        let g = gift(Some("ben"), 1500, false);
        assert_eq!(line(&g, tz, true, &de), line(&g, tz, true, &en));
        assert_eq!(
            en.render(&state_message(ConnState::Reconnecting)),
            "reconnecting"
        );
        assert_eq!(de.render(&state_message(ConnState::Connected)), "verbunden");
    }
}
