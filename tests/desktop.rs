//! The real desktop app in a real WebKit window (Xvfb + tauri-driver +
//! WebKitWebDriver), on a real database file.

mod webdriver;

use std::path::Path;
use std::process::Command;

use serde_json::{json, Value};
use webdriver::{app, artifacts, cli_json, Harness};

fn cli_summary(db: &Path) -> Value {
    cli_json(db, &["summary", "--json"])
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

    // First run: the first-day questions (skipped here), then an empty
    // ledger offers ways in, demo data among them.
    s.find("#view[data-view='dashboard'][data-ready='true']");
    s.click("#setup-skip");
    s.wait_text(".empty", "No lives recorded yet");
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
    // Ending asks first and lands on the live's recap; from there, all lives.
    s.click("#end-live");
    s.click("#confirm-yes");
    s.find("#live-recap");
    s.click("#recap-sessions");
    s.find("#view[data-view='sessions'][data-ready='true']");

    // Import a sample gift log: preview first, then for real.
    s.open("import");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/gift-events.csv");
    // The file is chosen in the app's own native open dialog.
    s.click("#import-choose");
    h.native_dialog("Choose a file to import")
        .choose_file(&sample.canonicalize().unwrap());
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
    assert!(s.text("#blockers").contains("Confirm you are 18 or older"));
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
    // The window says the core's message with its figures written as every
    // figure on screen is (the CLI keeps the English text scripts quote).
    s.wait_text(
        "#withdraw-form .field.invalid .field-error",
        "more than the balance of 31,529 diamonds",
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

    // 100 diamonds = $0.50, below the $10 minimum: the app names the problem
    // and asks; declined, nothing is written; confirmed, it is recorded.
    s.open("withdrawals");
    s.fill("#withdraw-form input[name='diamonds']", "100");
    s.click("#withdraw-form button[type='submit']");
    s.wait_text("#confirm-dialog", "TikTok won't pay out less than $10.00");
    s.screenshot(&shots.join("e2e-withdrawal-confirm.png"));
    s.click("#confirm-no");
    assert_eq!(cli_summary(&db)["balance_diamonds"], "11529");
    s.click("#withdraw-form button[type='submit']");
    s.find("#confirm-dialog");
    s.click("#confirm-yes");
    s.wait_text("#withdrawals-table", "0.50");
    assert_eq!(cli_summary(&db)["balance_diamonds"], "11429");

    // The statement shows its total line.
    s.open("statements");
    s.wait_text("#statement-total", "Total");
}

#[test]
fn every_view_in_light_and_dark_on_demo_data() {
    for theme in ["light", "dark"] {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("shots.db");
        let gtk = webdriver::gtk_theme(theme);
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
            supporters
                .as_str()
                .unwrap_or_default()
                .contains("<b>not bold</b>"),
            "supporters are listed, a name written as markup as its text: {supporters}"
        );
        for (i, view) in [
            "dashboard",
            "sessions",
            "live",
            "import",
            "withdrawals",
            "statements",
            "days",
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
    // Without a session bus the second cannot hand its file to the first
    // (tests/desktop_window.rs covers that road), so it is refused.
    let mut second = Command::new(app())
        .env("DISPLAY", &h.display)
        .env("LIVELEDGER_DB", &db)
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
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
    // The first window is unaffected (still on its first-day questions).
    s.find("#view[data-view='dashboard'][data-ready='true'] #first-run");
}

/// Runs `invoke(cmd, args)` from a script in the page and returns how it
/// ended: `ok`, or the error the app answered, as JSON text.
fn invoke_from_page(s: &webdriver::Session, cmd: &str, args: Value) -> String {
    s.script(
        "window.__answer = null;
         window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])
           .then(() => { window.__answer = 'ok'; }, (e) => { window.__answer = JSON.stringify(e); });
         return true;",
        json!([cmd, args]),
    );
    let start = std::time::Instant::now();
    loop {
        if let Value::String(a) = s.script("return window.__answer", json!([])) {
            return a;
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(20),
            "{cmd} never answered"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn a_script_in_the_page_cannot_write_where_the_person_did_not_choose() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("paths.db");
    let h = Harness::start(&[("LIVELEDGER_DB", db.to_str().unwrap())]);
    let s = h.launch(&app());
    s.find("#view[data-view='dashboard'][data-ready='true']");
    let made_up = dir.path().join("made-up-backup.db");
    let answer = invoke_from_page(&s, "backup", json!({ "path": made_up }));
    assert!(answer.contains("not_allowed"), "{answer}");
    let export = dir.path().join("made-up.csv");
    let answer = invoke_from_page(
        &s,
        "export_file",
        json!({ "format": "csv", "path": export }),
    );
    assert!(answer.contains("not_allowed"), "{answer}");
    assert!(!made_up.exists() && !export.exists(), "nothing was written");
    // A command the app does not have is refused too.
    let answer = invoke_from_page(&s, "plugin:fs|write_text_file", json!({ "path": "/tmp/x" }));
    assert_ne!(answer, "ok");
}

#[test]
fn views_render_the_committed_ledger_while_a_large_import_runs() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("busy.db");
    // 400,000 one-coin gifts a minute apart, in one file.
    let big = dir.path().join("big.csv");
    {
        use std::io::Write;
        let mut f = std::io::BufWriter::new(std::fs::File::create(&big).unwrap());
        writeln!(f, "Date,Gift,Coins,Count,From").unwrap();
        let start = chrono::DateTime::parse_from_rfc3339("2020-01-01T00:00:00Z").unwrap();
        for i in 0..400_000i64 {
            let t = start + chrono::Duration::minutes(i);
            writeln!(
                f,
                "{},Rose,1,1,fan{}",
                t.format("%Y-%m-%d %H:%M:%S"),
                i % 997
            )
            .unwrap();
        }
    }
    let h = Harness::start(&[("LIVELEDGER_DB", db.to_str().unwrap())]);
    let s = h.launch(&app());
    s.find("#view[data-view='dashboard'][data-ready='true']");
    s.click("#load-demo");
    s.find("#balance-diamonds");
    let before = cli_summary(&db)["balance_diamonds"]
        .as_str()
        .unwrap()
        .to_string();

    // The creator chooses the file in the app's open dialog (it is previewed);
    // then the import starts through the app's own command, not waited for.
    s.open("import");
    s.click("#import-choose");
    h.native_dialog("Choose a file to import").choose_file(&big);
    s.wait_text("#import-result", "Preview");
    s.script(
        "window.__answer = null;
         window.__TAURI_INTERNALS__.invoke('import_file', { path: arguments[0], format: 'auto', dryRun: false, map: '' })
           .then(() => { window.__answer = 'ok'; }, (e) => { window.__answer = JSON.stringify(e); });
         return true;",
        json!([big]),
    );
    std::thread::sleep(std::time::Duration::from_millis(500));
    let t = std::time::Instant::now();
    s.open("dashboard");
    let dashboard = t.elapsed();
    assert_eq!(digits(&s.text("#balance-diamonds")), digits(&before));
    let t = std::time::Instant::now();
    s.open("sessions");
    s.find("#sessions-table");
    let sessions = t.elapsed();
    let still_running = s.script("return window.__answer === null", json!([]));
    assert_eq!(
        still_running,
        json!(true),
        "the import ended before the views were drawn; the test proves nothing"
    );
    let note = format!(
        "while a 400,000-row import ran: dashboard drawn in {} ms, sessions in {} ms\n",
        dashboard.as_millis(),
        sessions.as_millis()
    );
    eprint!("{note}");
    std::fs::create_dir_all(artifacts()).unwrap();
    std::fs::write(artifacts().join("responsiveness.txt"), note).unwrap();

    // The import finishes, and the figures move only then.
    let start = std::time::Instant::now();
    let answer = loop {
        if let Value::String(a) = s.script("return window.__answer", json!([])) {
            break a;
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(600),
            "the import never ended"
        );
        std::thread::sleep(std::time::Duration::from_millis(250));
    };
    assert_eq!(answer, "ok");
    let after: i64 = cli_summary(&db)["balance_diamonds"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(after, before.parse::<i64>().unwrap() + 400_000);
}

/// Picks `value` in the `<select>` matching `css`, as a person would.
fn choose(s: &webdriver::Session, css: &str, value: &str) {
    s.find(css);
    s.script(
        "const el = document.querySelector(arguments[0]); el.value = arguments[1];
         el.dispatchEvent(new Event('change')); return true;",
        json!([css, value]),
    );
}

#[test]
fn the_import_preview_shows_how_a_file_is_read_and_lets_the_creator_remap_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("preview.db");
    let h = Harness::start(&[("LIVELEDGER_DB", db.to_str().unwrap())]);
    let s = h.launch(&app());
    s.find("#view[data-view='dashboard'][data-ready='true']");
    s.open("import");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/samples/webcast-renamed.csv")
        .canonicalize()
        .unwrap();
    s.click("#import-choose");
    h.native_dialog("Choose a file to import")
        .choose_file(&sample);
    // Read at once; its header alone does not say which column is which.
    s.wait_text("#import-result", "webcast-renamed.csv");
    s.script(
        "document.querySelector('#view details').open = true; return true",
        json!([]),
    );
    s.fill("#import-map", "date=ts,gift=gift_label,coins=price,count=n");
    s.click("#import-preview");
    // Before anything is written: how it was read, each field with its
    // column and first values, and what it would add (hand total 1,094
    // coins = 1,094 diamonds = $5.47, see assets/samples/README.md).
    s.wait_text("#import-result", "Preview");
    assert!(s.text("#import-read-as").contains("gift-events"));
    assert!(s.text("#import-read-as").contains("UTF-8"));
    let fields = s.text("#import-fields");
    assert!(
        fields.contains("gift_label") && fields.contains("Rose"),
        "{fields}"
    );
    assert_eq!(digits(&s.text("#import-coins")), "1094");
    assert_eq!(digits(&s.text("#import-diamonds")), "1094");
    assert!(s.text("#import-value").contains("5.47"));
    s.screenshot(&artifacts().join("e2e-import-preview.png"));

    // Point the gift at another column: the preview is read again (the old
    // table is marked, so only the redrawn one counts).
    let redrawn = |value: &str| {
        s.script(
            "document.getElementById('import-fields').dataset.old = 'yes'; return true",
            json!([]),
        );
        choose(&s, "#import-fields select[data-field='gift']", value);
        s.find("#import-fields:not([data-old])");
        s.text("#import-fields")
    };
    let fields = redrawn("viewer");
    // The first gifts are Roses sent by mia: the gift column now shows her.
    assert!(
        !fields.contains("Rose") && fields.contains("mia"),
        "{fields}"
    );
    // And back; then import under a saved name.
    let fields = redrawn("gift_label");
    assert!(fields.contains("Rose"), "{fields}");
    assert_eq!(digits(&s.text("#import-coins")), "1094");
    s.fill("#import-save-as", "renamed tool");
    s.find("#import-run:not([disabled])");
    s.click("#import-run");
    s.wait_text("#import-result", "Imported");
    assert_eq!(cli_summary(&db)["diamonds_earned"], "1094");
    // The mapping is kept for next time.
    s.open("import");
    s.wait_text("#import-saved", "renamed tool");
    assert_eq!(gift_rows(&db), 3, "the sample's three gift rows, once");
}

/// Gift rows in the ledger, through the CLI's JSON export.
fn gift_rows(db: &Path) -> usize {
    let cli = app().with_file_name("liveledger");
    let out = Command::new(cli)
        .args(["--db", db.to_str().unwrap(), "export", "--format", "json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["gifts"].as_array().unwrap().len())
        .sum()
}

#[test]
fn a_first_run_makes_the_ledger_folder_and_opens_on_the_first_run_screen() {
    // A fresh user's data folder does not exist yet; the app makes it.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("not/made/yet/liveledger.db");
    let h = Harness::start(&[("LIVELEDGER_DB", db.to_str().unwrap())]);
    let s = h.launch(&app());
    s.find("#view[data-view='dashboard'][data-ready='true']");
    s.find("#first-run");
    assert!(db.is_file(), "no ledger at {}", db.display());
}

/// The ledger's figures as the CLI reads them: balance, sessions, gift rows,
/// withdrawals, imports.
fn ledger_state(db: &Path) -> (Value, usize, usize, usize, usize) {
    let summary = cli_summary(db)["balance_diamonds"].clone();
    let cli = app().with_file_name("liveledger");
    let count = |args: &[&str]| -> usize {
        let out = Command::new(&cli)
            .args(["--db", db.to_str().unwrap()])
            .args(args)
            .arg("--json")
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v.as_array().map_or(0, Vec::len)
    };
    (
        summary,
        count(&["sessions"]),
        gift_rows(db),
        count(&["withdrawals", "list"]),
        count(&["imports", "list"]),
    )
}

/// Waits until the ledger is in `want` (the app writes on a worker thread).
fn wait_state(db: &Path, want: &(Value, usize, usize, usize, usize)) {
    let start = std::time::Instant::now();
    loop {
        let now = ledger_state(db);
        if &now == want {
            return;
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(30),
            "ledger never reached {want:?}; it is {now:?}"
        );
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}

#[test]
fn every_destructive_action_asks_first_writes_nothing_when_cancelled_and_can_be_undone() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("destructive.db");
    let cli = app().with_file_name("liveledger");
    assert!(Command::new(&cli)
        .args(["--db", db.to_str().unwrap(), "demo", "load"])
        .status()
        .unwrap()
        .success());
    let h = Harness::start(&[("LIVELEDGER_DB", db.to_str().unwrap())]);
    let s = h.launch(&app());
    s.find("#view[data-view='dashboard'][data-ready='true']");
    let full = ledger_state(&db);
    let shots = artifacts();
    // The toast keeps its last words: wipe them before each wait.
    let fresh_toast = || {
        s.script(
            "const t = document.getElementById('toast'); if (t) t.replaceChildren(); return true",
            json!([]),
        );
    };
    // Asked in the page: Cancel writes nothing, Delete writes, Undo puts back.
    let in_page = |open: &dyn Fn(), button: &str, what: &str| {
        open();
        s.click(button);
        s.find("#confirm-dialog");
        assert_eq!(ledger_state(&db), full, "{what}: nothing before the answer");
        s.click("#confirm-no");
        std::thread::sleep(std::time::Duration::from_millis(500));
        assert_eq!(ledger_state(&db), full, "{what}: nothing when cancelled");
        open();
        s.click(button);
        fresh_toast();
        s.click("#confirm-yes");
        s.wait_text("#toast", "deleted");
        assert_ne!(ledger_state(&db), full, "{what}: deleted once confirmed");
        s.click("#toast-undo");
        wait_state(&db, &full);
    };
    let session = || {
        s.open("sessions");
        s.click("#sessions-table tbody tr td");
        s.find("#session-card");
    };
    in_page(&session, "#session-delete", "a session");
    in_page(
        &session,
        "#gifts-table button[aria-label^='Delete']",
        "a gift row",
    );
    let withdrawals = || {
        s.open("withdrawals");
        s.find("#withdrawals-table");
    };
    in_page(
        &withdrawals,
        "#withdrawals-table [data-delete-withdrawal]",
        "a withdrawal",
    );
    // Ctrl+Z undoes too, while the toast shows.
    withdrawals();
    s.click("#withdrawals-table [data-delete-withdrawal]");
    s.screenshot(&shots.join("e2e-delete-confirm.png"));
    fresh_toast();
    s.click("#confirm-yes");
    s.wait_text("#toast", "deleted");
    s.screenshot(&shots.join("e2e-undo-toast.png"));
    s.script(
        "document.dispatchEvent(new KeyboardEvent('keydown', {key: 'z', ctrlKey: true})); return true",
        json!([]),
    );
    wait_state(&db, &full);

    // A gift price in the catalog: asked in the page too.
    let catalog = || {
        let out = Command::new(&cli)
            .args(["--db", db.to_str().unwrap(), "catalog", "list", "--json"])
            .output()
            .unwrap();
        serde_json::from_slice::<Value>(&out.stdout).unwrap()
    };
    let prices = catalog();
    s.open("settings");
    s.click("#catalog-table tbody tr button");
    s.find("#confirm-dialog");
    s.click("#confirm-no");
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert_eq!(catalog(), prices, "a catalog price: nothing when cancelled");
    s.click("#catalog-table tbody tr button");
    fresh_toast();
    s.click("#confirm-yes");
    s.wait_text("#toast", "Removed");
    assert_eq!(
        catalog().as_array().unwrap().len() + 1,
        prices.as_array().unwrap().len()
    );

    // Asked by the app itself in a native dialog, which no page script can answer.
    s.open("import");
    s.find("#imports-table");
    fresh_toast();
    s.click("#imports-table [data-undo]");
    let ask = h.native_dialog("Undo this import?");
    assert_eq!(ledger_state(&db), full, "nothing while the dialog is open");
    ask.cancel();
    s.wait_text("#toast", "Nothing was changed");
    assert_eq!(
        ledger_state(&db),
        full,
        "undoing the import: nothing when cancelled"
    );
    fresh_toast();
    s.click("#imports-table [data-undo]");
    h.native_dialog("Undo this import?").accept();
    s.wait_text("#toast", "Import undone");
    assert_eq!(ledger_state(&db).2, 0, "the import's gifts went");
    s.click("#toast-undo");
    wait_state(&db, &full);

    // Clearing: typed in the page, then confirmed natively; a copy is kept.
    s.open("settings");
    s.click("#clear-records");
    s.find("#confirm-typed");
    assert_eq!(
        s.script(
            "return document.getElementById('confirm-yes').disabled",
            json!([])
        ),
        json!(true),
        "nothing to confirm before the word is typed"
    );
    s.fill("#confirm-typed", "clear");
    s.screenshot(&shots.join("e2e-clear-typed.png"));
    fresh_toast();
    s.click("#confirm-yes");
    h.native_dialog("Clear all records?").cancel();
    s.wait_text("#toast", "Nothing was changed");
    assert_eq!(
        ledger_state(&db),
        full,
        "clearing: nothing when cancelled natively"
    );
    s.click("#clear-records");
    s.fill("#confirm-typed", "clear");
    fresh_toast();
    s.click("#confirm-yes");
    h.native_dialog("Clear all records?").accept();
    s.wait_text("#toast", "Ledger cleared");
    assert_eq!(ledger_state(&db).1, 0, "cleared");
    let copies = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".before-clear-"))
        .count();
    assert_eq!(copies, 1, "a copy of the ledger was kept first");
    s.click("#toast-undo");
    wait_state(&db, &full);
}

#[test]
fn the_page_cannot_read_a_file_the_creator_did_not_choose() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("paths.db");
    let secret = dir.path().join("id_ed25519");
    std::fs::write(&secret, "-----BEGIN OPENSSH PRIVATE KEY-----\nsecret\n").unwrap();
    let h = Harness::start(&[("LIVELEDGER_DB", db.to_str().unwrap())]);
    let s = h.launch(&app());
    s.find("#view[data-view='dashboard'][data-ready='true']");
    // A script in the page calls the commands with a path of its own.
    let tried = s.script(
        "const invoke = window.__TAURI_INTERNALS__.invoke;
         const out = [];
         const call = async (cmd, args) => { try { await invoke(cmd, args); out.push(cmd + ': ok'); } catch (e) { out.push(cmd + ': ' + (e.kind || '') + ' ' + (e.message || e)); } };
         return (async () => {
           await call('import_file', { path: arguments[0], format: 'auto', dryRun: true, map: '', mappingName: '' });
           await call('capture_start', { kind: 'file', address: arguments[0] });
           // Not awaited: the app asks the creator natively before it reads another machine.
           window.__remote = invoke('capture_start', { kind: 'ws', address: 'ws://10.1.2.3:21213/', allowRemoteHost: true })
             .then(() => 'started', (e) => e.kind);
           return out.join('\\n');
         })();",
        json!([secret.to_str().unwrap()]),
    );
    let tried = tried.as_str().unwrap_or_default().to_string();
    assert!(!tried.contains("BEGIN OPENSSH"), "{tried}");
    assert!(tried.contains("import_file: not_allowed"), "{tried}");
    assert!(tried.contains("capture_start: not_allowed"), "{tried}");
    // The remote host is not read: the app asks natively; cancelled, nothing starts.
    h.native_dialog("Capture from another computer?").cancel();
    let remote = s.script("return window.__remote", json!([]));
    assert_eq!(remote, json!("declined"));
}
