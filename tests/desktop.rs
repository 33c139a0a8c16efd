//! The real desktop app in a real WebKit window (Xvfb + tauri-driver +
//! WebKitWebDriver), on a real database file.

mod webdriver;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{json, Value};
use webdriver::Harness;

fn app() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_liveledger-desktop"))
}

fn artifacts() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/artifacts")
}

/// `liveledger summary --json` on the same file, from the CLI binary built beside the app.
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

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

#[test]
fn a_creator_logs_imports_withdraws_and_sees_the_same_figures_as_the_cli() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("e2e.db");
    let h = Harness::start(&[("LIVELEDGER_DB", db.to_str().unwrap())]);
    let s = h.launch(&app());
    let shots = artifacts();

    // First run: an empty ledger offers demo data and other ways in.
    s.find("#view[data-view='dashboard'][data-ready='true']");
    assert!(s.text(".empty").contains("No lives recorded yet"));
    assert!(s.exists("#load-demo"));

    // A session typed by hand, with a gift from a sender whose name is markup.
    s.open("sessions");
    s.click("#new-session");
    s.set_value("#session-form input[name='start']", "2026-11-20T19:00");
    s.set_value("#session-form input[name='end']", "2026-11-20T18:00");
    s.fill("#session-form input[name='title']", "Typed by hand");
    s.click("#session-form button[type='submit']");
    // The core refuses an end before the start; the message stands beside the field.
    s.wait_text(
        "#session-form .field.invalid .field-error",
        "before the start",
    );
    s.set_value("#session-form input[name='end']", "2026-11-20T21:00");
    s.click("#session-form button[type='submit']");
    s.find("#sessions-table");
    s.click("#sessions-table tbody tr td");
    let hostile = "<img src=x onerror=alert(1)>";
    s.fill("#gift-form input[name='gift']", "Rose");
    s.fill("#gift-form input[name='count']", "5");
    s.fill("#gift-form input[name='sender']", hostile);
    s.click("#gift-form button[type='submit']");
    let cell = s.wait_text("#gifts-table tbody", "Rose");
    assert!(cell.contains(hostile), "the sender shows as text: {cell}");
    let imgs = s.script(
        "return document.querySelectorAll('#view img').length",
        json!([]),
    );
    assert_eq!(imgs, json!(0), "no element was made from the sender's name");
    s.screenshot(&shots.join("e2e-session-detail.png"));

    // A live tally: three clicks and a key press on Rose, one undo.
    s.open("live");
    s.fill("#live-title", "Tally test");
    s.click("#start-live button[type='submit']");
    s.find("#giftpad");
    s.click("button.gift[data-gift='Rose']");
    s.wait_equals("#live-total", "1 diamond");
    s.click("button.gift[data-gift='Rose']");
    s.wait_equals("#live-total", "2 diamonds");
    s.script(
        "document.activeElement && document.activeElement.blur()",
        json!([]),
    );
    s.keys("1");
    s.wait_equals("#live-total", "3 diamonds");
    s.click("button.gift[data-gift='Rose']");
    s.wait_equals("#live-total", "4 diamonds");
    s.click("#live-undo");
    s.wait_equals("#live-total", "3 diamonds");
    s.screenshot(&shots.join("e2e-live.png"));
    s.click("#end-live");
    s.find("#view[data-view='sessions'][data-ready='true']");

    // Import a sample gift log: preview first, then for real.
    s.open("import");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/gift-events.csv");
    s.fill(
        "#import-path",
        sample.canonicalize().unwrap().to_str().unwrap(),
    );
    s.click("#import-preview");
    s.wait_text("#import-result", "Preview");
    s.click("#import-run");
    s.wait_text("#import-result", "Imported");
    s.wait_text("#imports-table", "gift-events.csv");

    // The dashboard agrees with `liveledger summary --json` on the same file.
    s.open("dashboard");
    let cli = cli_summary(&db);
    // 5 Roses + 3 tallied Roses + the log's 31,521 = 31,529 diamonds = $157.645 → $157.65.
    assert_eq!(cli["balance_diamonds"], "31529");
    assert_eq!(digits(&s.text("#balance-diamonds")), "31529");
    assert_eq!(
        digits(&s.text("#balance-value")),
        digits(cli["balance_value"].as_str().unwrap())
    );
    assert_eq!(s.text("#ready"), "Not yet");
    assert!(s.text("#blockers").contains("Age not confirmed"));
    s.screenshot(&shots.join("e2e-dashboard-not-ready.png"));

    // Confirm the payout prerequisites: readiness changes.
    s.open("settings");
    s.click("#age-confirmed");
    s.fill("#payout-method", "PayPal");
    s.script(
        "document.getElementById('payout-method').dispatchEvent(new Event('change'))",
        json!([]),
    );
    s.open("dashboard");
    s.wait_text("#ready", "Ready to withdraw");
    assert_eq!(cli_summary(&db)["ready"], true);

    // An extra zero: more than the balance is refused beside the field.
    s.open("withdrawals");
    s.fill("#withdraw-form input[name='diamonds']", "200000");
    s.click("#withdraw-form button[type='submit']");
    s.wait_text(
        "#withdraw-form .field.invalid .field-error",
        "more than the balance of 31529 diamonds",
    );
    s.screenshot(&shots.join("e2e-withdrawal-refused.png"));
    assert_eq!(cli_summary(&db)["balance_diamonds"], "31529");

    // Record a withdrawal; the balance and the CLI follow.
    s.fill("#withdraw-form input[name='diamonds']", "20000");
    s.click("#withdraw-form button[type='submit']");
    s.wait_text("#withdrawals-table", "20,000");
    s.open("dashboard");
    let cli = cli_summary(&db);
    assert_eq!(cli["balance_diamonds"], "11529");
    assert_eq!(digits(&s.text("#balance-diamonds")), "11529");
    assert_eq!(
        digits(&s.text("#balance-value")),
        digits(cli["balance_value"].as_str().unwrap())
    );
    s.screenshot(&shots.join("e2e-dashboard-after-withdrawal.png"));
}

#[test]
fn every_view_in_light_and_dark_on_demo_data() {
    for theme in ["light", "dark"] {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("shots.db");
        let gtk = if theme == "dark" {
            "Adwaita:dark"
        } else {
            "Adwaita"
        };
        let h = Harness::start(&[("LIVELEDGER_DB", db.to_str().unwrap()), ("GTK_THEME", gtk)]);
        let s = h.launch(&app());
        s.find("#view[data-view='dashboard'][data-ready='true']");
        s.screenshot(&artifacts().join(format!("{theme}-0-empty.png")));
        s.click("#load-demo");
        s.find("#balance-diamonds");
        // The charts were drawn with every day of the demo.
        let drawn = s.script(
            "return document.getElementById('chart-balance').dataset.drawn",
            json!([]),
        );
        assert!(
            drawn
                .as_str()
                .and_then(|d| d.parse::<u32>().ok())
                .unwrap_or(0)
                > 100,
            "balance chart: {drawn}"
        );
        // Demo senders include "<b>not bold</b>": it must never become an element.
        let supporters = s.script(
            "return document.getElementById('top-supporters').textContent",
            json!([]),
        );
        assert!(
            supporters.as_str().unwrap_or_default().contains("ida"),
            "supporters are listed: {supporters}"
        );
        for (i, view) in [
            "dashboard",
            "sessions",
            "live",
            "import",
            "withdrawals",
            "statements",
            "settings",
        ]
        .iter()
        .enumerate()
        {
            s.open(view);
            if *view == "sessions" {
                s.click("#sessions-table tbody tr td");
                s.find("#session-card");
            }
            s.screenshot(&artifacts().join(format!("{theme}-{}-{view}.png", i + 1)));
            let tags = s.script(
                "return document.querySelectorAll('#view b, #view img, #view script').length",
                json!([]),
            );
            assert_eq!(tags, json!(0), "{view}: text from the ledger became markup");
        }
    }
}

#[test]
fn a_second_window_on_the_same_ledger_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("one.db");
    let h = Harness::start(&[("LIVELEDGER_DB", db.to_str().unwrap())]);
    let s = h.launch(&app());
    s.find("#view[data-view='dashboard'][data-ready='true']");
    let mut second = Command::new(app())
        .env("DISPLAY", &h.display)
        .env("LIVELEDGER_DB", &db)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(status) = second.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > std::time::Duration::from_secs(20) {
            let _ = second.kill();
            panic!("a second app on the same ledger kept running");
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    };
    let mut err = String::new();
    std::io::Read::read_to_string(second.stderr.as_mut().unwrap(), &mut err).unwrap();
    assert!(!status.success());
    assert!(err.contains("already open"), "{err}");
    // The first window is unaffected.
    assert!(s.text("#view h1").contains("Dashboard"));
}

#[test]
fn a_first_run_makes_the_ledger_folder_and_opens_on_the_first_run_screen() {
    // A fresh user's data folder does not exist yet; the app makes it.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("not/made/yet/liveledger.db");
    let h = Harness::start(&[("LIVELEDGER_DB", db.to_str().unwrap())]);
    let s = h.launch(&app());
    s.find("#view[data-view='dashboard'][data-ready='true']");
    assert!(s.text(".empty").contains("No lives recorded yet"));
    assert!(db.is_file(), "no ledger at {}", db.display());
}
