//! A creator's evening in the real window (Xvfb + tauri-driver +
//! WebKitWebDriver), issue 25 items 1–3: the live tally's traps (×5 and the
//! sender carried to the next gift, End live unguarded and moving), the
//! recap after a live, and the import's dead ends (an unknown header, bad
//! rows, the session gap, the panel left after an undo).

mod webdriver;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{json, Value};
use webdriver::{app, artifacts, cli_json, Harness, Session};

fn cli(db: &Path, args: &[&str]) -> Value {
    cli_json(db, args)
}

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/samples")
        .join(name)
        .canonicalize()
        .unwrap()
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// Gift rows in the ledger, through the CLI's JSON export.
fn gift_rows(db: &Path) -> Vec<Value> {
    let v = cli(db, &["export", "--format", "json"]);
    v["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["gifts"].as_array().unwrap().clone())
        .collect()
}

/// Where an element's top edge is, in CSS pixels from the page's top.
fn top(s: &Session, css: &str) -> f64 {
    s.find(css);
    s.script(
        "return document.querySelector(arguments[0]).getBoundingClientRect().top + window.scrollY",
        json!([css]),
    )
    .as_f64()
    .unwrap()
}

/// Marks the import's result panel, so a wait sees only the next one drawn.
fn mark_result(s: &Session) {
    s.script(
        "const r = document.getElementById('import-result'); if (r.firstChild) r.firstChild.dataset.old = 'yes'; return true",
        json!([]),
    );
}

/// Chooses `file` in the app's own open dialog, as a person would.
fn choose(h: &Harness, s: &Session, file: &str) {
    mark_result(s);
    s.click("#import-choose");
    h.native_dialog("Choose a file to import")
        .choose_file(&sample(file));
    s.find("#import-result > div:not([data-old])");
}

fn launch(db: &Path, env: &[(&str, &str)]) -> (Harness, Session) {
    let mut all = vec![("LIVELEDGER_DB", db.to_str().unwrap())];
    all.extend_from_slice(env);
    let h = Harness::start(&all);
    let s = h.launch(&app());
    s.find("#view[data-view='dashboard'][data-ready='true']");
    (h, s)
}

/// Starts a live from the Live view.
fn go_live(s: &Session, title: &str) {
    s.open("live");
    s.fill("#live-title", title);
    s.click("#start-live button[type='submit']");
    s.find("#giftpad button[data-gift='Rose']");
}

#[test]
fn the_tally_counts_x5_for_one_gift_and_gives_the_sender_to_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("evening.db");
    let (_h, s) = launch(&db, &[]);
    go_live(&s, "Friday");

    // ×5 and a sender for one Finger Heart; the next Rose is one, from nobody.
    s.click(".segmented button[data-mult='5']");
    s.fill("#live-sender", "amy");
    s.click("#giftpad button[data-gift='Finger Heart']");
    s.wait_text("#live-recent", "5 × Finger Heart from amy");
    s.click("#giftpad button[data-gift='Rose']");
    s.wait_text("#live-recent", "× Rose");
    let recent = s.text("#live-recent");
    assert!(
        !recent.contains("5 × Rose") && !recent.contains("Rose from amy"),
        "the ×5 or the sender carried over: {recent}"
    );
    // The ×5 was shown loudly while armed, and is gone now.
    s.wait_equals("#live-armed", "");
    s.click(".segmented button[data-mult='5']");
    s.wait_text("#live-armed", "×5");
    s.click(".segmented button[data-mult='5']");
    s.wait_equals("#live-armed", "");
    // The sender she gave before is one click away.
    s.click("#live-senders button[data-sender='amy']");
    s.click("#giftpad button[data-gift='Rose']");
    s.wait_text("#live-recent", "1 × Rose from amy");
    let counts: Vec<(String, i64, String)> = gift_rows(&db)
        .iter()
        .map(|g| {
            (
                g["gift_name"].as_str().unwrap_or_default().to_string(),
                g["count"].as_i64().unwrap_or_default(),
                g["sender"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    let mut counts = counts;
    counts.sort();
    assert_eq!(
        counts,
        vec![
            ("Finger Heart".into(), 5, "amy".into()),
            ("Rose".into(), 1, "".into()),
            ("Rose".into(), 1, "amy".into()),
        ]
    );
}

#[test]
fn end_live_is_guarded_stays_put_and_lands_on_a_recap_of_that_live() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("end.db");
    let (_h, s) = launch(&db, &[]);
    go_live(&s, "Friday");
    let end_at = top(&s, "#end-live");
    // 5 Finger Hearts from amy, then a Rose, then a Rose from amy.
    s.click(".segmented button[data-mult='5']");
    s.fill("#live-sender", "amy");
    s.click("#giftpad button[data-gift='Finger Heart']");
    s.wait_text("#live-recent", "Finger Heart");
    s.click(".segmented button[data-mult='1']");
    s.set_value("#live-sender", "");
    s.click("#giftpad button[data-gift='Rose']");
    s.fill("#live-sender", "amy");
    s.click("#giftpad button[data-gift='Rose']");
    s.wait_text("#live-recent", "1 × Rose from amy");

    // End live does not move as the list grows, and is not beside Undo.
    assert_eq!(top(&s, "#end-live"), end_at, "End live moved");
    let beside = s.script(
        "return document.getElementById('end-live').closest('.card') === document.getElementById('live-undo').closest('.card')",
        json!([]),
    );
    assert_eq!(beside, json!(false), "End live sits in Undo's card");

    // Guarded: Cancel keeps the live running.
    s.click("#end-live");
    s.find("#confirm-dialog");
    s.click("#confirm-no");
    s.find("#giftpad");
    let sessions = cli(&db, &["sessions", "--json"]);
    assert!(sessions[0]["ended_at"].is_null(), "cancel ended the live");

    // Ended: a recap of that live. 5 × 5 + 1 + 1 = 27 coins = 27 diamonds = $0.135 → $0.14.
    s.click("#end-live");
    s.find("#confirm-dialog");
    s.click("#confirm-yes");
    s.find("#live-recap");
    let earned = s.text("#recap-earned");
    assert!(earned.contains("27") && earned.contains("0.14"), "{earned}");
    assert!(!s.text("#recap-duration").is_empty());
    let gifters = s.text("#recap-gifters");
    assert!(gifters.contains("amy"), "{gifters}");
    assert_eq!(digits(&s.text("#recap-gifts")), "7");
    // TikTok's viewers and new followers, saved to that live.
    s.fill("#recap-form input[name='viewers']", "120");
    s.fill("#recap-form input[name='new_followers']", "7");
    s.click("#recap-save");
    s.wait_text("#toast", "Saved");
    let sessions = cli(&db, &["sessions", "--json"]);
    assert_eq!(sessions.as_array().unwrap().len(), 1);
    let live = &sessions[0];
    assert_eq!(live["unique_viewers"], 120, "{live}");
    assert_eq!(live["new_followers"], 7, "{live}");
    assert_eq!(live["title"], "Friday");
    assert!(!live["ended_at"].is_null());
    assert_eq!(gift_rows(&db).len(), 3, "the recap's save kept the gifts");
}

#[test]
fn an_unknown_header_shows_the_column_pickers_not_command_line_words() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("header.db");
    let (h, s) = launch(&db, &[]);
    s.open("import");
    choose(&h, &s, "tool-log-custom.csv");
    s.find("#import-pick-columns");
    let shown = s.text("#import-result");
    assert!(
        !shown.contains("--map") && !shown.contains("CLI"),
        "command-line words in the window: {shown}"
    );
    // The columns guessed from the first values are chosen already.
    let picked = s.script(
        "return [...document.querySelectorAll('#import-pick-columns select')].map((x) => x.dataset.field + '=' + x.value).join(',')",
        json!([]),
    );
    assert_eq!(
        picked,
        json!("date=stamp,gift=thing,coins=pts,count=times_sent,sender=fan")
    );
    s.click("#import-apply-columns");
    s.wait_text("#import-result", "Preview");
    // 7 Roses + a Galaxy + 2 Doughnuts (assets/samples/README.md).
    assert_eq!(digits(&s.text("#import-coins")), "1067");
    s.click("#import-run");
    s.wait_text("#import-result", "Imported");
    assert_eq!(gift_rows(&db).len(), 3);
}

#[test]
fn skipping_bad_rows_imports_exactly_what_the_preview_showed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("skip.db");
    let (h, s) = launch(&db, &[]);
    s.open("import");
    choose(&h, &s, "gift-table-bad-rows.csv");
    s.wait_text("#import-result", "Not imported");
    assert!(s.text("#import-problems").contains("abc"));
    assert!(s.text("#import-skip-rows").contains("Skip these 2 rows"));
    mark_result(&s);
    s.click("#import-skip-rows");
    s.find("#import-result > div:not([data-old])");
    s.wait_text("#import-result", "Preview");
    assert!(
        s.text("#import-left-out").contains("lines 3 and 5"),
        "{}",
        s.text("#import-left-out")
    );
    let preview = (
        digits(&s.text("#import-coins")),
        digits(&s.text("#import-diamonds")),
        s.text("#import-value"),
    );
    assert_eq!(preview.0, "1070");
    s.click("#import-run");
    s.wait_text("#import-result", "Imported");
    // What was written is what the preview said: 4 rows, 1,070 diamonds, $5.35.
    let summary = cli(&db, &["summary", "--json"]);
    assert_eq!(summary["diamonds_earned"], preview.1);
    assert!(preview.2.contains("5.35"), "{}", preview.2);
    assert_eq!(gift_rows(&db).len(), 4);
}

#[test]
fn the_preview_lists_the_lives_and_takes_another_session_gap() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("gap.db");
    let (h, s) = launch(&db, &[]);
    s.open("import");
    choose(&h, &s, "evening-de-lull.csv");
    s.wait_text("#import-result", "Preview");
    // Plain words and dates as read, in the creator's zone (UTC here).
    let fields = s.text("#import-fields");
    assert!(
        fields.contains("Date and time") && fields.contains("Dec 5, 2026"),
        "{fields}"
    );
    assert!(s.text("#import-rows-explained").contains("6 rows to add"));
    // A 40-minute lull at the 30-minute gap: two lives, each with its span.
    let rows = |s: &Session| {
        s.script(
            "return document.querySelectorAll('#import-lives-table tbody tr').length",
            json!([]),
        )
    };
    assert_eq!(rows(&s), json!(2));
    let lives = s.text("#import-lives-table");
    assert!(lives.contains("70") && lives.contains("1,110"), "{lives}");
    // One evening: a 60-minute gap makes it one live, previewed again.
    mark_result(&s);
    s.set_value("#import-gap", "60");
    s.click("#import-gap-apply");
    s.find("#import-result > div:not([data-old])");
    assert_eq!(rows(&s), json!(1));
    assert!(s.text("#import-lives-table").contains("1,180"));
    s.click("#import-run");
    s.wait_text("#import-result", "Imported");
    let sessions = cli(&db, &["sessions", "--json"]);
    assert_eq!(sessions.as_array().unwrap().len(), 1, "{sessions}");
}

#[test]
fn undoing_an_import_clears_its_imported_panel() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("undo.db");
    let (h, s) = launch(&db, &[]);
    s.open("import");
    choose(&h, &s, "evening-de-lull.csv");
    s.wait_text("#import-result", "Preview");
    s.click("#import-run");
    s.wait_text("#import-result", "Imported");
    s.wait_text("#imports-table", "evening-de-lull.csv");
    s.click("#imports-table button[data-undo]");
    h.native_dialog("Undo this import?").accept();
    s.wait_text("#import-history", "No imports yet");
    assert_eq!(s.text("#import-result"), "", "the Imported panel stayed");
    assert!(gift_rows(&db).is_empty());
}

/// Resizes the app's window (no window manager under Xvfb: xdotool does it).
fn resize(h: &Harness, width: u32, height: u32) {
    let ok = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "for w in $(xdotool search --onlyvisible --name '^LiveLedger$'); do xdotool windowsize $w {width} {height}; done"
        ))
        .env("DISPLAY", &h.display)
        .status()
        .unwrap()
        .success();
    assert!(ok, "xdotool windowsize");
    std::thread::sleep(std::time::Duration::from_millis(500));
}

#[test]
fn screenshots_of_the_evening_in_light_and_dark_at_two_sizes() {
    for theme in ["light", "dark"] {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("shots.db");
        let gtk = webdriver::gtk_theme(theme);
        let (h, s) = launch(&db, &[("GTK_THEME", gtk)]);
        for (width, height) in [(1280, 820), (960, 680)] {
            resize(&h, width, height);
            let shot = |name: &str| {
                s.screenshot(&artifacts().join(format!("evening-{theme}-{width}-{name}.png")))
            };
            go_live(&s, "Friday");
            s.fill("#live-sender", "amy");
            s.click("#giftpad button[data-gift='Rose']");
            s.wait_text("#live-recent", "Rose from amy");
            s.click("#live-mults button[data-mult='5']");
            s.wait_text("#live-armed", "×5");
            shot("tally");
            s.click("#end-live");
            s.find("#confirm-dialog");
            shot("end-confirm");
            s.click("#confirm-yes");
            s.find("#live-recap");
            shot("recap");
            s.open("import");
            choose(&h, &s, "tool-log-custom.csv");
            s.find("#import-pick-columns");
            shot("import-columns");
            choose(&h, &s, "gift-table-bad-rows.csv");
            s.find("#import-skip-rows");
            shot("import-bad-rows");
            choose(&h, &s, "evening-de-lull.csv");
            s.find("#import-lives-table");
            shot("import-preview");
        }
    }
}
