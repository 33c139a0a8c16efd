//! A desktop app's manners, in the real window (Xvfb + tauri-driver +
//! WebKitWebDriver): one window per ledger takes the files it is given, and
//! the window keeps its size, position and view between launches.

mod webdriver;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;
use webdriver::{app, artifacts, Harness};

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples")
}

/// A session bus of the test's own (a desktop session has one; Xvfb does
/// not), ended when dropped.
struct Bus {
    daemon: Child,
    address: String,
}

impl Bus {
    fn start() -> Bus {
        let mut daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--nopidfile", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon (apt-get install dbus)");
        let mut address = String::new();
        BufReader::new(daemon.stdout.take().unwrap())
            .read_line(&mut address)
            .expect("the bus's address");
        let address = address.trim().to_string();
        assert!(!address.is_empty(), "dbus-daemon printed no address");
        Bus { daemon, address }
    }
}

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

/// Waits up to 30 s for `child` to end.
fn wait_exit(child: &mut Child) -> ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if start.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            panic!("the second launch kept running (it opened a window of its own?)");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_second_launch_hands_its_file_to_the_open_window() {
    for theme in ["light", "dark"] {
        hand_over(theme);
    }
}

/// A second launch with a file, in the GTK `theme`; screenshots of the
/// preview it opens at 1280 and 960 pixels wide.
fn hand_over(theme: &str) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("one.db");
    let bus = Bus::start();
    let gtk = webdriver::gtk_theme(theme);
    let h = Harness::start(&[
        ("LIVELEDGER_DB", db.to_str().unwrap()),
        ("DBUS_SESSION_BUS_ADDRESS", &bus.address),
        ("GTK_THEME", gtk),
    ]);
    let s = h.launch(&app());
    s.find("#view[data-view='dashboard'][data-ready='true']");

    // "Open with LiveLedger" from a file manager in the samples' folder: a
    // second launch, with the file named relative to where it was started.
    let mut second = Command::new(app())
        .current_dir(samples())
        .arg("gift-events-live.csv")
        .env("DISPLAY", &h.display)
        .env("LIVELEDGER_DB", &db)
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let status = wait_exit(&mut second);
    let mut err = String::new();
    std::io::Read::read_to_string(second.stderr.as_mut().unwrap(), &mut err).unwrap();
    assert!(
        status.success(),
        "the second launch ended with {status}: {err}"
    );

    // The open window shows that file's import preview: the page may read
    // it because the app recorded it, not because the page named it.
    s.find("#view[data-view='import'][data-ready='true']");
    let preview = s.wait_text("#import-result", "Preview");
    let path = s.script(
        "return document.getElementById('import-path').value",
        json!([]),
    );
    assert_eq!(
        path,
        json!(samples().join("gift-events-live.csv").to_str().unwrap())
    );
    assert!(!preview.contains("choose the file again"), "{preview}");
    s.screenshot(&artifacts().join(format!("{theme}-window-handed-file-1280.png")));
    let id = window_id(&h.display);
    xdotool(&h.display, &["windowsize", &id, "960", "680"]);
    eventually("the window never took its new size", || {
        page_size(&s) == (960, 680)
    });
    s.screenshot(&artifacts().join(format!("{theme}-window-handed-file-960.png")));

    // A second launch with no file only brings the window forward.
    let mut third = Command::new(app())
        .env("DISPLAY", &h.display)
        .env("LIVELEDGER_DB", &db)
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    assert!(wait_exit(&mut third).success());
    assert_eq!(
        s.script(
            "return document.getElementById('view').dataset.view",
            json!([])
        ),
        json!("import")
    );
}

/// The X window of the app (no window manager under Xvfb: the app's own).
fn window_id(display: &str) -> String {
    let start = Instant::now();
    loop {
        let out = Command::new("xdotool")
            .args(["search", "--onlyvisible", "--name", "^LiveLedger$"])
            .env("DISPLAY", display)
            .output()
            .expect("xdotool");
        if let Some(id) = String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .next()
        {
            return id.to_string();
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no LiveLedger window"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn xdotool(display: &str, args: &[&str]) -> String {
    let out = Command::new("xdotool")
        .args(args)
        .env("DISPLAY", display)
        .output()
        .expect("xdotool");
    assert!(
        out.status.success(),
        "xdotool {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The window's inner size as the page sees it, in CSS pixels.
fn page_size(s: &webdriver::Session) -> (u64, u64) {
    let v = s.script("return [window.innerWidth, window.innerHeight]", json!([]));
    (v[0].as_u64().unwrap(), v[1].as_u64().unwrap())
}

/// Waits until `cond` holds, for up to 20 s.
fn eventually(what: &str, mut cond: impl FnMut() -> bool) {
    let start = Instant::now();
    while !cond() {
        assert!(start.elapsed() < Duration::from_secs(20), "{what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn the_window_keeps_its_size_position_and_view_between_launches() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kept.db");
    let config = dir.path().join("config");
    let h = Harness::start(&[
        ("LIVELEDGER_DB", db.to_str().unwrap()),
        ("XDG_CONFIG_HOME", config.to_str().unwrap()),
    ]);
    let s = h.launch(&app());
    s.find("#view[data-view='dashboard'][data-ready='true']");
    assert_eq!(
        page_size(&s),
        (1280, 820),
        "the first launch uses the default size"
    );

    // The creator makes the window smaller, moves it and goes to Statements.
    let id = window_id(&h.display);
    xdotool(&h.display, &["windowsize", &id, "960", "680"]);
    xdotool(&h.display, &["windowmove", &id, "60", "40"]);
    eventually("the window never took its new size", || {
        page_size(&s) == (960, 680)
    });
    s.open("statements");
    let kept = config.join("app.liveledger.desktop");
    eventually("the last view was never kept", || {
        std::fs::read_to_string(kept.join("last-view")).is_ok_and(|v| v == "statements")
    });
    drop(s);
    // The window is gone before the next opens (one window per ledger).
    eventually("the first window never closed", || {
        xdotool_search(&h.display).is_empty()
    });

    // Opened again: same size, same place, same view.
    let s = h.launch(&app());
    s.find("#view[data-view='statements'][data-ready='true']");
    assert_eq!(page_size(&s), (960, 680));
    let geometry = xdotool(&h.display, &["getwindowgeometry", &window_id(&h.display)]);
    assert!(geometry.contains("Position: 60,40"), "{geometry}");
    s.screenshot(&artifacts().join("light-window-kept-960.png"));
}

/// The visible LiveLedger windows now.
fn xdotool_search(display: &str) -> String {
    let out = Command::new("xdotool")
        .args(["search", "--onlyvisible", "--name", "^LiveLedger$"])
        .env("DISPLAY", display)
        .output()
        .expect("xdotool");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}
