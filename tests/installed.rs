//! The app as a creator gets it: installed from the package, started as a
//! fresh user, driven through tauri-driver. Ignored in `cargo test`;
//! `.ci/package-check` builds and installs the .deb, then runs this with
//! `--ignored` and LIVELEDGER_INSTALLED_APP=/usr/bin/liveledger-desktop.

mod webdriver;

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use webdriver::Harness;

fn required_env(name: &str) -> PathBuf {
    PathBuf::from(std::env::var_os(name).unwrap_or_else(|| {
        panic!(
            "{name} is not set: this test runs from .ci/package-check against an installed package"
        )
    }))
}

/// The installed CLI, run with `args`; its stdout.
fn cli(bin: &Path, args: &[&str]) -> String {
    let out = Command::new(bin).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{} {args:?}: {}",
        bin.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// Waits until the app that held `db`'s lock has exited, so the next start
/// is not refused as a second window.
fn wait_for_unlock(db: &Path) {
    let lock = PathBuf::from(format!("{}.lock", db.display()));
    let start = Instant::now();
    loop {
        let file = File::options().write(true).open(&lock).unwrap();
        if file.try_lock().is_ok() {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the app never let go of {}",
            lock.display()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The visible text of the first element matching `css` ('' if none), read
/// by script: WebDriver's Get Element Text fails on the release build
/// ("Cannot check the displayedness of a non-Element argument").
fn text(s: &webdriver::Session, css: &str) -> String {
    let v = s.script(
        "const e = document.querySelector(arguments[0]); return e ? e.innerText : ''",
        json!([css]),
    );
    v.as_str().unwrap_or_default().to_string()
}

/// Waits up to 30 s until the text of `css` contains `want`; returns it.
fn wait_text(s: &webdriver::Session, css: &str, want: &str) -> String {
    let start = Instant::now();
    loop {
        let t = text(s, css);
        if t.contains(want) {
            return t;
        }
        if start.elapsed() > Duration::from_secs(30) {
            panic!(
                "'{css}' never showed '{want}'; last: '{t}'; the page: {}",
                s.describe()
            );
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// A screenshot shows the last painted frame, which can lag the page by a
/// moment on a busy machine; let it catch up first.
fn settle() {
    std::thread::sleep(Duration::from_millis(1500));
}

/// Waits until the dashboard, rendered again after the demo load, shows a
/// balance above zero; returns its digits. Read by script: the element a
/// first lookup finds may be replaced by the next render.
fn wait_for_balance(s: &webdriver::Session) -> String {
    let start = Instant::now();
    loop {
        let text = s.script(
            "const v = document.getElementById('view');
             const b = document.getElementById('balance-diamonds');
             return v.dataset.ready === 'true' && b ? b.textContent : ''",
            json!([]),
        );
        let balance = digits(text.as_str().unwrap_or_default());
        if balance.parse::<u64>().unwrap_or(0) > 0 {
            return balance;
        }
        if start.elapsed() > Duration::from_secs(30) {
            panic!("no balance on the dashboard; the page: {}", s.describe());
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
#[ignore = "needs the installed package; run by .ci/package-check"]
fn the_installed_app_opens_a_fresh_ledger_loads_demo_data_and_agrees_with_the_cli() {
    let app = required_env("LIVELEDGER_INSTALLED_APP");
    let home = required_env("LIVELEDGER_INSTALLED_HOME");
    let shot = std::env::var_os("LIVELEDGER_SCREENSHOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/screenshots/installed-app.png")
        });
    let cli_bin = app.with_file_name("liveledger");
    let artifacts = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/artifacts");
    for var in ["LIVELEDGER_DB", "XDG_DATA_HOME"] {
        assert!(
            std::env::var_os(var).is_none(),
            "{var} is set; a fresh user has neither"
        );
    }
    assert!(
        std::fs::read_dir(&home).unwrap().next().is_none(),
        "{} is not a fresh, empty home",
        home.display()
    );
    // Where the XDG base directory spec puts a fresh user's data.
    let db = home.join(".local/share/liveledger/liveledger.db");
    let home_str = home.to_str().unwrap();

    let h = Harness::start(&[("HOME", home_str)]);
    let s = h.launch(&app);

    // First run: the empty ledger, created in the user's data directory.
    s.find("#view[data-view='dashboard'][data-ready='true']");
    wait_text(&s, ".empty", "No lives recorded yet");
    assert!(db.is_file(), "no ledger at {}", db.display());

    // Demo data: the dashboard shows a balance, the same as the installed CLI's.
    s.click("#load-demo");
    let balance = wait_for_balance(&s);
    settle();
    s.screenshot(&shot);
    let summary: Value = serde_json::from_str(&cli(
        &cli_bin,
        &["--db", db.to_str().unwrap(), "summary", "--json"],
    ))
    .unwrap();
    assert_eq!(summary["balance_diamonds"], json!(balance));

    // Settings → About shows the version `liveledger --version` prints.
    s.open("settings");
    let cli_version = cli(&cli_bin, &["--version"]);
    let version = cli_version
        .trim()
        .strip_prefix("liveledger ")
        .unwrap_or_else(|| panic!("liveledger --version: '{cli_version}'"));
    assert_eq!(
        wait_text(&s, "#about-version", "LiveLedger"),
        format!("LiveLedger {version}")
    );
    wait_text(&s, "#view", db.to_str().unwrap());
    settle();
    s.screenshot(&artifacts.join("installed-settings-about.png"));
    drop(s);
    wait_for_unlock(&db);

    // Opened with a CSV file (the .desktop entry's `%f`): the import view
    // previews it, and nothing is written until Import is pressed.
    let downloads = home.join("Downloads");
    std::fs::create_dir_all(&downloads).unwrap();
    let csv = downloads.join("gifts.csv");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/gift-events.csv"),
        &csv,
    )
    .unwrap();
    let s = h.launch_with_args(&app, &[csv.to_str().unwrap()]);
    s.find("#view[data-view='import'][data-ready='true']");
    let preview = wait_text(&s, "#import-result", "Preview");
    assert!(preview.contains("gifts.csv"), "{preview}");
    settle();
    s.screenshot(&artifacts.join("installed-opened-csv.png"));
    let value = s.script(
        "return document.getElementById('import-path').value",
        json!([]),
    );
    assert_eq!(value, json!(csv.to_str().unwrap()));
    let after: Value = serde_json::from_str(&cli(
        &cli_bin,
        &["--db", db.to_str().unwrap(), "summary", "--json"],
    ))
    .unwrap();
    assert_eq!(after["balance_diamonds"], json!(balance), "a preview wrote");
    drop(s);
    wait_for_unlock(&db);
}
