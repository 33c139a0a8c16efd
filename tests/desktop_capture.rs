//! Live capture in the real window (Xvfb + tauri-driver + WebKitWebDriver):
//! the Live view connects to a test WebSocket server on 127.0.0.1, and the
//! dashboard's balance follows the gifts it sends, without a reload.

mod webdriver;

use std::net::TcpListener;
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use serde_json::json;
use tungstenite::Message;
use webdriver::{app, Harness};

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

const HOSTILE: &str = "<img src=x onerror=alert(1)>";

fn gift(
    sender: &str,
    name: &str,
    coins: i64,
    count: i64,
    end: bool,
    gtype: i64,
    msg: u64,
) -> String {
    json!({"event": "gift", "data": {"giftId": 5000 + coins, "giftName": name, "diamondCount": coins,
        "repeatCount": count, "repeatEnd": end, "giftType": gtype, "uniqueId": sender, "nickname": sender,
        "msgId": msg.to_string(), "timestamp": 1_772_388_000_000i64 + msg as i64 * 1000}})
    .to_string()
}

/// The live, counted by hand:
///   ann Rose (1) streak 1..5, end 5 ........ 5
///   bob Galaxy (1000) ....................... 1000
///   <img …> Money Gun (500) ................. 500
///   cy Doughnut (30) streak 1, 2, 3, end 3 .. 90
///   dee Lion (29999) ........................ 29999
///   total 5 + 1000 + 500 + 90 + 29999 = 31594 diamonds
/// The first part (1,505) comes at once; the rest after a pause, while the
/// dashboard is on screen.
fn live() -> (Vec<String>, Vec<String>) {
    let mut first: Vec<String> = (1..=5)
        .map(|c| gift("ann", "Rose", 1, c, false, 1, c as u64))
        .collect();
    first.push(gift("ann", "Rose", 1, 5, true, 1, 6));
    first.push(gift("bob", "Galaxy", 1000, 1, false, 2, 7));
    first.push(json!({"event": "chat", "data": {"comment": "hi", "uniqueId": "zed"}}).to_string());
    first.push(gift(HOSTILE, "Money Gun", 500, 1, false, 2, 8));
    let mut later: Vec<String> = (1..=3)
        .map(|c| gift("cy", "Doughnut", 30, c, false, 1, 8 + c as u64))
        .collect();
    later.push(gift("cy", "Doughnut", 30, 3, true, 1, 12));
    later.push(gift("dee", "Lion", 29999, 1, false, 2, 13));
    (first, later)
}

#[test]
fn captured_gifts_move_the_dashboard_balance_without_a_reload() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("capture-e2e.db");
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("ws://{}/", listener.local_addr().unwrap());
    let go_on = Arc::new(AtomicBool::new(false));
    let done = Arc::new(AtomicBool::new(false));
    let (g, d) = (go_on.clone(), done.clone());
    let server = std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let mut ws = tungstenite::accept(stream).unwrap();
        let (first, later) = live();
        for f in first {
            ws.send(Message::text(f)).unwrap();
        }
        while !g.load(Ordering::SeqCst) {
            std::thread::sleep(Duration::from_millis(20));
        }
        for f in later {
            std::thread::sleep(Duration::from_millis(300));
            ws.send(Message::text(f)).unwrap();
        }
        ws.get_ref()
            .set_read_timeout(Some(Duration::from_millis(50)))
            .unwrap();
        while !d.load(Ordering::SeqCst) {
            if let Err(tungstenite::Error::ConnectionClosed | tungstenite::Error::AlreadyClosed) =
                ws.read()
            {
                break;
            }
        }
    });

    let h = Harness::start(&[("LIVELEDGER_DB", db.to_str().unwrap())]);
    let s = h.launch(&app());
    s.find("#view[data-view='dashboard'][data-ready='true']");
    s.open("live");
    s.find("#capture-panel");
    let address = s.script(
        "return document.querySelector('#capture-address').value",
        json!([]),
    );
    assert_eq!(
        address.as_str(),
        Some("ws://localhost:21213/"),
        "TikFinity's address is the default"
    );
    s.fill("#capture-address", &url);
    s.click("#capture-toggle");
    s.wait_text("#capture-status", "Connected");
    // The first captured gift opens a live; its tally shows the totals.
    s.wait_text("#capture-gifts", "Money Gun");
    s.wait_text("#capture-gifts", HOSTILE);
    let imgs = s.script(
        "return document.querySelectorAll('#capture-gifts img').length",
        json!([]),
    );
    assert_eq!(imgs, json!(0), "a sender's name is text, never markup");
    s.wait_text("#live-total", "1,505");
    s.screenshot(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/artifacts/capture-live.png"));
    assert!(
        s.text("#capture-gifts").find("Money Gun") < s.text("#capture-gifts").find("Galaxy"),
        "newest first"
    );

    // The dashboard, reached by navigation (no reload: a marker set now survives).
    s.script("window.__noReload = 42", json!([]));
    s.open("dashboard");
    assert_eq!(digits(&s.text("#balance-diamonds")), "1505");
    go_on.store(true, Ordering::SeqCst);
    let start = std::time::Instant::now();
    loop {
        if digits(&s.text("#balance-diamonds")) == "31594" {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "balance stuck at {}",
            s.text("#balance-diamonds")
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let marker = s.script("return window.__noReload", json!([]));
    assert_eq!(marker, json!(42), "the page was reloaded");

    // Stop: the live stays recorded; the CLI reads the same balance.
    s.open("live");
    s.wait_text("#capture-status", "Connected");
    s.click("#capture-toggle");
    s.wait_text("#capture-status", "Stopped");
    done.store(true, Ordering::SeqCst);
    let _ = server.join();
    drop(s);
    drop(h);
    let cli = app().with_file_name("liveledger");
    let out = Command::new(cli)
        .args(["--db", db.to_str().unwrap(), "summary", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["balance_diamonds"], "31594");
}
