//! The WebSocket client: connects to a live tool on this machine, reads its
//! events, and reconnects with a growing pause when it drops.

mod address;

pub use address::{check_ws_url, WsTarget};

use std::io::ErrorKind;
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::time::{Duration, Instant};

use chrono::Utc;
use chrono_tz::Tz;
use tungstenite::protocol::WebSocketConfig;
use tungstenite::{Message, WebSocket};

use super::event::{at_place, decode_json, MAX_EVENT_BYTES};
use super::{housekeeping, take, ConnState, Control, Engine, Sink};
use crate::l10n::{io_reason, Message as Said};
use address::is_loopback;

/// How long one connection attempt may take.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(3);
/// How often the read loop looks up from the socket (stop, silence).
const POLL: Duration = Duration::from_millis(100);
/// The longest pause between reconnection attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(8);
/// How long a connection must stay up, delivering frames, before the pause
/// between attempts starts again from its shortest: a server that accepts
/// and drops at once is otherwise tried four times a second forever.
const STABLE: Duration = Duration::from_secs(10);

/// Opens the socket and does the WebSocket handshake.
fn connect(t: &WsTarget) -> std::result::Result<WebSocket<TcpStream>, Said> {
    let io = |e: std::io::Error| io_reason(&e);
    let addrs: Vec<SocketAddr> = (t.host.as_str(), t.port)
        .to_socket_addrs()
        .map_err(|e| {
            Said::new("core-capture-why-unresolved")
                .text("host", t.host.clone())
                .said("reason", io_reason(&e))
        })?
        .filter(|a| !t.loopback_only || is_loopback(a.ip()))
        .collect();
    if addrs.is_empty() {
        return Err(Said::new("core-capture-why-no-address").text("host", t.host.clone()));
    }
    let mut last = Said::new("core-error-text").text("text", "");
    for addr in addrs {
        match TcpStream::connect_timeout(&addr, CONNECT_TIMEOUT) {
            Ok(stream) => {
                stream.set_nodelay(true).map_err(io)?;
                stream.set_read_timeout(Some(CONNECT_TIMEOUT)).map_err(io)?;
                let config = WebSocketConfig::default()
                    .max_message_size(Some(MAX_EVENT_BYTES))
                    .max_frame_size(Some(MAX_EVENT_BYTES));
                let (socket, _) =
                    tungstenite::client::client_with_config(t.url.as_str(), stream, Some(config))
                        .map_err(|e| {
                        // The WebSocket library's reason, in its own words.
                        Said::new("core-capture-why-handshake")
                            .text("url", t.url.clone())
                            .text("error", e.to_string())
                    })?;
                socket.get_ref().set_read_timeout(Some(POLL)).map_err(io)?;
                return Ok(socket);
            }
            Err(e) => {
                last = at_place(
                    Said::new("core-error-text").text("text", addr.to_string()),
                    io_reason(&e),
                )
            }
        }
    }
    Err(Said::new("core-capture-why-nothing-answers")
        .text("url", t.url.clone())
        .said("last", last))
}

/// Why a connection ended.
enum Ended {
    Stopped,
    Dropped(Said),
}

/// Connects, reads, and reconnects until `control` says stop.
pub(crate) fn run(
    engine: &mut Engine,
    target: &WsTarget,
    tz: Tz,
    control: &Control,
    sink: &mut Sink<'_>,
) {
    let mut attempt: u32 = 0;
    let mut messages: u64 = 0;
    let dead_after = control.dead_after();
    while !control.is_stopped() {
        let state = if attempt == 0 {
            ConnState::Connecting
        } else {
            ConnState::Reconnecting
        };
        sink.status(
            state,
            crate::l10n::Message::new("core-capture-connecting").text("url", target.url.clone()),
        );
        let reason = match connect(target) {
            Ok(mut socket) => {
                sink.status(
                    ConnState::Connected,
                    crate::l10n::Message::new("core-capture-connected")
                        .text("url", target.url.clone()),
                );
                let up = Instant::now();
                let before = messages;
                let ended = read(
                    &mut socket,
                    engine,
                    tz,
                    control,
                    sink,
                    &mut messages,
                    dead_after,
                );
                if up.elapsed() >= STABLE && messages > before {
                    attempt = 0;
                }
                match ended {
                    Ended::Stopped => {
                        let _ = socket.close(None);
                        let _ = socket.flush();
                        return;
                    }
                    Ended::Dropped(reason) => {
                        if let Err(e) = super::retry(|| engine.source_dropped()) {
                            sink.problem(super::failed("core-capture-problem-flag", &e));
                        }
                        sink.pending(engine);
                        reason
                    }
                }
            }
            Err(reason) => reason,
        };
        attempt = attempt.saturating_add(1);
        let wait = backoff(attempt);
        sink.status(ConnState::Reconnecting, retrying(&reason, wait));
        let until = Instant::now() + wait;
        while Instant::now() < until && !control.is_stopped() {
            housekeeping(engine, control, sink);
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// Why the connection is down and when the next try is; `reason` is the
/// socket's or LiveLedger's own (English) words. The pause is written to a
/// tenth of a second, as it always was.
fn retrying(reason: &Said, wait: Duration) -> Said {
    let tenths = format!("{:.1}", wait.as_secs_f64());
    let m = Said::new("core-capture-retrying").said("reason", reason.clone());
    match tenths.parse() {
        Ok(seconds) => m.decimal("seconds", seconds),
        Err(_) => m.text("seconds", tenths),
    }
}

/// 0.25 s, 0.5 s, 1 s … up to [`MAX_BACKOFF`].
fn backoff(attempt: u32) -> Duration {
    let ms = 250u64.saturating_mul(1u64 << attempt.saturating_sub(1).min(10));
    Duration::from_millis(ms).min(MAX_BACKOFF)
}

fn read(
    socket: &mut WebSocket<TcpStream>,
    engine: &mut Engine,
    tz: Tz,
    control: &Control,
    sink: &mut Sink<'_>,
    messages: &mut u64,
    dead_after: Duration,
) -> Ended {
    let mut last_look = Instant::now();
    // A half-open connection reads nothing forever: a source that sends no
    // frame is pinged at half the bound, and dropped at the bound.
    let mut last_heard = Instant::now();
    let mut pinged = false;
    loop {
        if control.is_stopped() {
            return Ended::Stopped;
        }
        let quiet = last_heard.elapsed();
        if quiet >= dead_after {
            return Ended::Dropped(
                Said::new("core-capture-why-silent")
                    .text("seconds", dead_after.as_secs_f64().to_string()),
            );
        }
        if !pinged && quiet >= dead_after / 2 {
            pinged = true;
            if let Err(e) = socket.send(Message::Ping(Vec::new().into())) {
                if !matches!(&e, tungstenite::Error::Io(io) if matches!(io.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut))
                {
                    return Ended::Dropped(dropped(&e));
                }
            }
        }
        // Between messages of a busy live as well as when it is quiet.
        if last_look.elapsed() >= POLL {
            housekeeping(engine, control, sink);
            last_look = Instant::now();
        }
        let frame = socket.read();
        if frame.is_ok() {
            last_heard = Instant::now();
            pinged = false;
        }
        let text = match frame {
            Ok(Message::Text(t)) => t.as_str().to_owned(),
            Ok(Message::Binary(b)) => match String::from_utf8(b.to_vec()) {
                Ok(t) => t,
                Err(_) => {
                    *messages += 1;
                    engine.note_malformed();
                    sink.problem(at_place(
                        at_message(*messages),
                        Said::new("core-capture-binary"),
                    ));
                    continue;
                }
            },
            Ok(Message::Close(_)) => {
                return Ended::Dropped(Said::new("core-capture-why-source-closed"))
            }
            Ok(_) => continue,
            Err(tungstenite::Error::Io(e))
                if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) =>
            {
                continue
            }
            Err(tungstenite::Error::ConnectionClosed | tungstenite::Error::AlreadyClosed) => {
                return Ended::Dropped(Said::new("core-capture-why-closed"))
            }
            Err(e) => return Ended::Dropped(dropped(&e)),
        };
        *messages += 1;
        let n = *messages;
        let decoded = decode_json(&text, tz, Utc::now());
        take(engine, decoded, None, &|| at_message(n), sink);
    }
}

/// Message `n` of the connection, as a problem's place.
fn at_message(n: u64) -> Said {
    Said::new("core-capture-at-message").text("n", n.to_string())
}

/// The connection dropped, for the WebSocket library's reason (its own words).
fn dropped(e: &tungstenite::Error) -> Said {
    Said::new("core-capture-why-dropped").text("error", e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_try_is_said_in_english_as_it_always_was_and_in_german() {
        let de = crate::l10n::Localizer::new("de");
        for attempt in 1..=12 {
            let wait = backoff(attempt);
            let said = retrying(&Said::new("core-capture-why-source-closed"), wait);
            assert_eq!(
                crate::l10n::english(&said),
                format!(
                    "the source closed the connection; trying again in {:.1} s",
                    wait.as_secs_f64()
                )
            );
            let german = format!("{:.1}", wait.as_secs_f64()).replace('.', ",");
            assert_eq!(
                de.render(&said),
                format!("die Quelle hat die Verbindung geschlossen; neuer Versuch in {german} s")
            );
        }
    }

    #[test]
    fn backoff_grows_and_stops_growing() {
        assert_eq!(backoff(1), Duration::from_millis(250));
        assert_eq!(backoff(3), Duration::from_secs(1));
        assert_eq!(backoff(40), MAX_BACKOFF);
    }
}
