//! Live capture throughput and event-to-disk latency, through a real
//! WebSocket on 127.0.0.1 into a real ledger file. A measurement, not a test:
//! `cargo bench -p liveledger --bench capture` prints the figures.
//!
//! - sustained: a server sends a busy live as fast as the client takes it
//!   (streak steps and ends, single gifts, chat and likes); events per
//!   second from the first frame sent to the last gift written;
//! - latency: a server sends one gift every 1/RATE s; for each, the time from
//!   the server's send to the moment its transaction committed (the
//!   `Stored` update is sent after the commit), at RATE = 300/s (a big
//!   live's peak) and at the sustained rate's half.

use std::net::TcpListener;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use liveledger::capture::{self, Control, Options, Source, Update};
use liveledger::Store;
use tungstenite::Message;

const T0: i64 = 1_772_388_000_000;

fn gift(i: u64, sender: &str, name: &str, coins: i64, count: i64, end: bool, gtype: i64) -> String {
    serde_json::json!({"event": "gift", "data": {"giftId": 5000 + coins, "giftName": name, "diamondCount": coins,
        "repeatCount": count, "repeatEnd": end, "giftType": gtype, "uniqueId": sender, "nickname": sender,
        "msgId": (7_000_000_000_000u64 + i).to_string(), "timestamp": T0 + i as i64 * 5,
        "describe": format!("sent {name}"), "userBadges": [], "followRole": 0}})
    .to_string()
}

/// A busy live: per 10 events, a 4-step Rose streak and its end, a single
/// Galaxy, a chat, a like and a member event. 60 % are gift events.
fn busy_live(n: usize) -> Vec<String> {
    let mut v = Vec::with_capacity(n + 1);
    let mut i = 0u64;
    while v.len() < n {
        let s = format!("viewer.{}", i % 997);
        for c in 1..=4 {
            v.push(gift(i, &s, "Rose", 1, c, false, 1));
            i += 1;
        }
        v.push(gift(i, &s, "Rose", 1, 4, true, 1));
        i += 1;
        v.push(gift(i, &s, "Galaxy", 1000, 1, false, 2));
        i += 1;
        v.push(serde_json::json!({"event": "chat", "data": {"comment": "so good", "uniqueId": s, "msgId": i.to_string()}}).to_string());
        v.push(
            serde_json::json!({"event": "like", "data": {"likeCount": 15, "uniqueId": s}})
                .to_string(),
        );
        v.push(serde_json::json!({"event": "member", "data": {"uniqueId": s}}).to_string());
        v.push(serde_json::json!({"event": "roomUser", "data": {"viewerCount": 1500}}).to_string());
        i += 1;
    }
    v.push(gift(i, "last.gifter", "Lion", 29999, 1, false, 2));
    v
}

/// Serves `frames` once to the first client, `gap` apart (none: as fast as
/// it takes them); returns the URL and the send instants.
fn serve(frames: Vec<String>, gap: Option<Duration>) -> (String, Arc<Mutex<Vec<Instant>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("ws://{}/", listener.local_addr().expect("addr"));
    let sent = Arc::new(Mutex::new(Vec::with_capacity(frames.len())));
    let s = sent.clone();
    std::thread::spawn(move || {
        let Ok((stream, _)) = listener.accept() else {
            return;
        };
        let Ok(mut ws) = tungstenite::accept(stream) else {
            return;
        };
        let start = Instant::now();
        for (k, f) in frames.into_iter().enumerate() {
            if let Some(gap) = gap {
                let due = start + gap * k as u32;
                while Instant::now() < due {
                    std::hint::spin_loop();
                }
            }
            s.lock().expect("lock").push(Instant::now());
            if ws.send(Message::text(f)).is_err() {
                return;
            }
        }
        // Stay up until the client leaves.
        while ws.read().is_ok() {}
    });
    (url, sent)
}

struct Run {
    /// When the last gift was written.
    end: Instant,
    stored: usize,
    latencies: Vec<Duration>,
}

/// Captures from `url` until the gift of `last.gifter` is written. With
/// `by_index`, each stored gift's sender `g{k}` names the frame it came from.
fn capture_run(url: String, sent: Arc<Mutex<Vec<Instant>>>, by_index: bool) -> Run {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("bench.db");
    let store = Store::open(&db).expect("open");
    let control = Control::new();
    let c = control.clone();
    let done = Arc::new(AtomicBool::new(false));
    let d = done.clone();
    let out = Arc::new(Mutex::new((0usize, Vec::new(), None::<Instant>)));
    let o = out.clone();
    let h = std::thread::spawn(move || {
        let opts = Options {
            source: Source::Ws(url),
            allow_remote_host: false,
            silence_minutes: Some(15),
        };
        capture::run(store, &opts, &c, &mut |u| {
            if let Update::Stored { gift } = u {
                let now = Instant::now();
                let mut o = o.lock().expect("lock");
                o.0 += 1;
                let sender = gift.sender.unwrap_or_default();
                if by_index {
                    if let Some(k) = sender
                        .strip_prefix('g')
                        .and_then(|k| k.parse::<usize>().ok())
                    {
                        if let Some(t) = sent.lock().expect("lock").get(k) {
                            o.1.push(now - *t);
                        }
                    }
                }
                if sender == "last.gifter" {
                    o.2 = Some(now);
                    d.store(true, Ordering::SeqCst);
                }
            }
        })
    });
    while !done.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(5));
    }
    control.stop();
    let _ = h.join();
    let o = out.lock().expect("lock");
    Run {
        end: o.2.unwrap_or_else(Instant::now),
        stored: o.0,
        latencies: o.1.clone(),
    }
}

fn pct(v: &mut [Duration], p: f64) -> Duration {
    v.sort();
    let i = ((v.len() as f64 - 1.0) * p).round() as usize;
    v.get(i).copied().unwrap_or_default()
}

fn latency_at(rate: f64, seconds: f64) {
    let n = (rate * seconds) as usize;
    let mut frames: Vec<String> = (0..n)
        .map(|k| gift(k as u64, &format!("g{k}"), "Galaxy", 1000, 1, false, 2))
        .collect();
    frames.push(gift(n as u64, "last.gifter", "Lion", 29999, 1, false, 2));
    let (url, sent) = serve(frames, Some(Duration::from_secs_f64(1.0 / rate)));
    let mut run = capture_run(url, sent, true);
    let l = &mut run.latencies;
    println!(
        "latency at {rate:.0} gift events/s for {seconds:.0} s ({} gifts): p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        l.len(),
        pct(l, 0.5).as_secs_f64() * 1e3,
        pct(l, 0.99).as_secs_f64() * 1e3,
        pct(l, 1.0).as_secs_f64() * 1e3
    );
}

fn main() {
    // `cargo bench` passes --bench; nothing else is read.
    let n: usize = std::env::var("CAPTURE_BENCH_EVENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(30_000);
    let frames = busy_live(n);
    let total = frames.len();
    let (url, sent) = serve(frames, None);
    let started = Instant::now();
    let run = capture_run(url, sent.clone(), false);
    let first = sent
        .lock()
        .expect("lock")
        .first()
        .copied()
        .unwrap_or(started);
    let elapsed = run.end.saturating_duration_since(first);
    println!(
        "sustained: {total} events ({} gift rows written) in {:.2} s = {:.0} events/s ({:.0} gift events/s)",
        run.stored,
        elapsed.as_secs_f64(),
        total as f64 / elapsed.as_secs_f64(),
        total as f64 * 0.6 / elapsed.as_secs_f64()
    );
    latency_at(300.0, 10.0);
    let half = (total as f64 * 0.6 / elapsed.as_secs_f64() / 2.0).max(300.0);
    latency_at(half, 5.0);
}
