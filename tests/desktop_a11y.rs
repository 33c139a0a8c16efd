//! Accessibility, measured in the real window (Xvfb + tauri-driver +
//! WebKitWebDriver): axe-core on every view in light and dark, one evening
//! done with the keyboard alone, and what a screen reader is told.

mod webdriver;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use tungstenite::Message;
use webdriver::{Harness, Session};

fn app() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_liveledger-desktop"))
}

fn artifacts() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/artifacts")
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

fn gtk_theme(theme: &str) -> &'static str {
    if theme == "dark" {
        "Adwaita:dark"
    } else {
        "Adwaita"
    }
}

/// `liveledger summary --json` on the same file.
fn cli_summary(db: &Path) -> Value {
    let cli = app().with_file_name("liveledger");
    assert!(
        cli.exists(),
        "{} is missing: build the workspace first (cargo build --workspace)",
        cli.display()
    );
    let out = Command::new(cli)
        .args(["--db", db.to_str().unwrap(), "summary", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// A live tool on 127.0.0.1 (TikFinity's WebSocket shape) that sends each
/// gift of `gifts` when the test lets it (`next`), then waits until `done`.
struct Tool {
    url: String,
    next: Arc<std::sync::atomic::AtomicUsize>,
    done: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Tool {
    fn start(gifts: Vec<(&'static str, &'static str, i64)>) -> Tool {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("ws://{}/", listener.local_addr().unwrap());
        let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let done = Arc::new(AtomicBool::new(false));
        let (n, d) = (next.clone(), done.clone());
        let thread = std::thread::spawn(move || {
            let Ok((stream, _)) = listener.accept() else { return };
            let Ok(mut ws) = tungstenite::accept(stream) else { return };
            ws.get_ref()
                .set_read_timeout(Some(Duration::from_millis(50)))
                .unwrap();
            let mut sent = 0;
            while !d.load(Ordering::SeqCst) {
                while sent < n.load(Ordering::SeqCst).min(gifts.len()) {
                    let (sender, name, coins) = gifts[sent];
                    let msg = json!({"event": "gift", "data": {"giftId": 5000 + coins, "giftName": name,
                        "diamondCount": coins, "repeatCount": 1, "repeatEnd": false, "giftType": 2,
                        "uniqueId": sender, "nickname": sender, "msgId": (sent + 1).to_string(),
                        "timestamp": 1_772_388_000_000i64 + sent as i64 * 1000}});
                    if ws.send(Message::text(msg.to_string())).is_err() {
                        return;
                    }
                    sent += 1;
                }
                if let Err(tungstenite::Error::ConnectionClosed | tungstenite::Error::AlreadyClosed) =
                    ws.read()
                {
                    return;
                }
            }
        });
        Tool {
            url,
            next,
            done,
            thread: Some(thread),
        }
    }

    /// Lets the tool send its gifts up to the `n`th.
    fn send_up_to(&self, n: usize) {
        self.next.store(n, Ordering::SeqCst);
    }
}

impl Drop for Tool {
    fn drop(&mut self) {
        self.done.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Waits until the text of `css` (read by script, so hidden live regions
/// count) contains `want`.
fn wait_region(s: &Session, css: &str, want: &str) -> String {
    let start = Instant::now();
    loop {
        let t = s
            .script(
                "const e = document.querySelector(arguments[0]); return e ? e.textContent : null;",
                json!([css]),
            )
            .as_str()
            .unwrap_or_default()
            .to_string();
        if t.contains(want) {
            return t;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "'{css}' never said '{want}'; last: '{t}'"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Every view, in light and dark, with axe-core inside the window: the
/// empty dashboard, then on demo data the dashboard, sessions and a live's
/// detail, the capture panel and the live tally it opens, import with its
/// preview and its history, withdrawals, statements, TikTok days, settings,
/// and the confirm dialog open. Fails listing each violation (rule, impact,
/// elements) at every impact level.
#[test]
fn every_view_passes_axe_core_in_light_and_dark() {
    let mut found: Vec<String> = Vec::new();
    for theme in ["light", "dark"] {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("axe.db");
        let h = Harness::start(&[
            ("LIVELEDGER_DB", db.to_str().unwrap()),
            ("GTK_THEME", gtk_theme(theme)),
        ]);
        let s = h.launch(&app());
        let mut check = |what: &str| found.extend(s.axe(&format!("{what} ({theme})")));
        s.find("#view[data-view='dashboard'][data-ready='true']");
        check("dashboard, empty");
        s.click("#load-demo");
        s.find("#balance-diamonds");
        s.find("#chart-balance[data-drawn]");
        check("dashboard, demo data");

        s.open("sessions");
        check("sessions");
        s.click("#sessions-table tbody tr td");
        s.find("#session-card");
        check("sessions, a live's detail");

        // The capture panel, then the tally the first captured gift opens.
        let tool = Tool::start(vec![
            ("mia", "Rose", 1),
            ("<b>bo</b>", "Galaxy", 1000),
            ("cy", "Doughnut", 30),
        ]);
        s.open("live");
        s.find("#capture-panel");
        check("live tally, not live, capture panel");
        s.fill("#capture-address", &tool.url);
        s.click("#capture-toggle");
        tool.send_up_to(3);
        s.wait_text("#capture-status", "Connected");
        s.wait_text("#live-total", "1,031");
        s.wait_text("#capture-gifts", "Doughnut");
        check("live tally with the capture feed");
        s.click("#capture-toggle");
        s.wait_text("#capture-status", "Stopped");
        drop(tool);

        s.open("import");
        check("import");
        let sample = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets/samples/gift-events.csv")
            .canonicalize()
            .unwrap();
        s.click("#import-choose");
        h.native_dialog("Choose a file to import")
            .choose_file(&sample);
        s.wait_text("#import-result", "Preview");
        s.script(
            "document.querySelector('#view details').open = true; return true",
            json!([]),
        );
        check("import, preview");
        s.click("#import-run");
        s.wait_text("#import-result", "Imported");
        s.wait_text("#imports-table", "gift-events.csv");
        check("import, imported, with its history");

        s.open("withdrawals");
        check("withdrawals");
        // Below the minimum: the confirm dialog asks.
        s.fill("#withdraw-form input[name='diamonds']", "100");
        s.click("#withdraw-form button[type='submit']");
        s.find("#confirm-dialog");
        check("withdrawals, confirm dialog open");
        s.click("#confirm-yes");
        s.wait_text("#withdrawals-table", "100");
        check("withdrawals, with history");

        s.open("statements");
        check("statements");
        s.open("days");
        check("TikTok days");
        s.open("settings");
        check("settings");
        s.click("#clear-records");
        s.find("#confirm-dialog #confirm-typed");
        check("settings, typed confirm dialog open");
        s.click("#confirm-no");
    }
    assert!(
        found.is_empty(),
        "axe-core found {} violation(s):\n{}",
        found.len(),
        found.join("\n")
    );
}
