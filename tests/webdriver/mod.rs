//! A minimal W3C WebDriver client over plain HTTP, and the harness that runs
//! the real desktop app under its own Xvfb through tauri-driver.
#![allow(dead_code)]

use std::io::Read;
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// Every view, in the navigation's order (Alt+1 … Alt+9).
pub const VIEWS: [&str; 9] = [
    "dashboard",
    "insights",
    "sessions",
    "live",
    "import",
    "withdrawals",
    "statements",
    "days",
    "settings",
];

/// The GTK theme that draws the window in `theme` ("light" or "dark").
pub fn gtk_theme(theme: &str) -> &'static str {
    if theme == "dark" {
        "Adwaita:dark"
    } else {
        "Adwaita"
    }
}

/// The desktop app under test, as cargo built it.
pub fn app() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_liveledger-desktop"))
}

/// Where the real-window tests leave their screenshots.
pub fn artifacts() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/artifacts")
}

/// Runs the `liveledger` CLI built beside the app on ledger `db`.
pub fn cli_run(db: &Path, args: &[&str]) -> std::process::Output {
    let bin = app().with_file_name("liveledger");
    assert!(
        bin.exists(),
        "{} is missing: build the workspace first (cargo build --workspace)",
        bin.display()
    );
    // English whatever the machine's language (the tests read its words).
    Command::new(bin)
        .env("LC_ALL", "C")
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap()
}

/// What the CLI printed on ledger `db`; a failure fails the test.
pub fn cli_ok(db: &Path, args: &[&str]) -> Vec<u8> {
    let out = cli_run(db, args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// The CLI's JSON on ledger `db` (`Null` when it printed nothing).
pub fn cli_json(db: &Path, args: &[&str]) -> Value {
    let out = cli_ok(db, args);
    if out.is_empty() {
        return Value::Null;
    }
    serde_json::from_slice(&out).unwrap()
}

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// Processes started for a test; killed when dropped.
pub struct Harness {
    xvfb: Option<Child>,
    driver: Child,
    port: u16,
    pub display: String,
    /// The app's config folder (`XDG_CONFIG_HOME`): what the window keeps
    /// between launches stays within the test, unless the test passes its own.
    _config: tempfile::TempDir,
    /// One real app at a time: two cores cannot run six WebKit windows at
    /// once without their WebDriver requests timing out.
    _turn: std::sync::MutexGuard<'static, ()>,
}

/// Taken by each [`Harness`] for as long as it lives.
static ONE_APP: std::sync::Mutex<()> = std::sync::Mutex::new(());

impl Drop for Harness {
    fn drop(&mut self) {
        // tauri-driver's WebKitWebDriver outlives it unless killed first.
        let _ = Command::new("pkill")
            .args(["-P", &self.driver.id().to_string()])
            .status();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        if let Some(x) = &mut self.xvfb {
            let _ = x.kill();
            let _ = x.wait();
        }
    }
}

fn wait_for_port(port: u16, what: &str) {
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{what} did not start listening on port {port}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl Harness {
    /// Starts Xvfb on a fresh display (so tests never touch a real desktop)
    /// and tauri-driver with `env` passed on to the app.
    pub fn start(env: &[(&str, &str)]) -> Harness {
        let driver_bin = which("tauri-driver").unwrap_or_else(|| {
            panic!("tauri-driver is not installed: run `cargo install tauri-driver --locked` (the README's test command does)")
        });
        assert!(
            which("WebKitWebDriver").is_some(),
            "WebKitWebDriver is missing: apt-get install webkit2gtk-driver"
        );
        // A test that failed while holding the turn poisoned it; the next may go on.
        let turn = ONE_APP.lock().unwrap_or_else(|p| p.into_inner());
        static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let n = 100
            + (std::process::id() % 400) * 4
            + NEXT.fetch_add(1, std::sync::atomic::Ordering::SeqCst) % 4;
        let display = format!(":{n}");
        let xvfb = Command::new("Xvfb")
            .args([
                display.as_str(),
                "-screen",
                "0",
                "1280x820x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb (apt-get install xvfb)");
        let socket = PathBuf::from(format!("/tmp/.X11-unix/X{n}"));
        let start = Instant::now();
        while !socket.exists() {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "Xvfb did not start on {display}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        let port = free_port();
        let native = free_port();
        let mut cmd = Command::new(driver_bin);
        cmd.args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native.to_string(),
        ])
        .env("DISPLAY", &display)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
        let config = tempfile::tempdir().expect("a config folder");
        cmd.env("XDG_CONFIG_HOME", config.path());
        // The app speaks the system's language unless the ledger chose one:
        // English here, whatever the machine's, unless a test says otherwise.
        cmd.env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "en_US.UTF-8");
        // WebKit composites, as on a computer with a GPU. Painting on the CPU
        // (what the app chooses without one: paint.rs), WebKitWebDriver's
        // screenshots stop answering once a suggestion popup was closed by
        // the page changing under it, though the window keeps painting.
        cmd.env("WEBKIT_DISABLE_COMPOSITING_MODE", "0");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let driver = cmd.spawn().expect("start tauri-driver");
        wait_for_port(port, "tauri-driver");
        // tauri-driver listens at once but proxies to WebKitWebDriver, which
        // it starts beside itself and which binds later; a session asked for
        // before that is dropped ("peer disconnected") on a busy machine.
        wait_for_port(native, "WebKitWebDriver");
        Harness {
            xvfb: Some(xvfb),
            driver,
            port,
            display,
            _config: config,
            _turn: turn,
        }
    }

    /// Launches the app and opens a WebDriver session on its window.
    pub fn launch(&self, app: &Path) -> Session {
        self.launch_with_args(app, &[])
    }

    /// Launches the app with command-line arguments (as a file manager
    /// passes an opened file) and opens a WebDriver session on its window.
    pub fn launch_with_args(&self, app: &Path, args: &[&str]) -> Session {
        let base = format!("http://127.0.0.1:{}", self.port);
        let caps = json!({"capabilities": {"alwaysMatch": {"tauri:options": {"application": app.to_str().unwrap(), "args": args}}}});
        let v = request("POST", &format!("{base}/session"), Some(caps));
        let id = v["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {v}"))
            .to_string();
        Session {
            base: format!("{base}/session/{id}"),
        }
    }
}

/// A native dialog the app showed (GTK, outside the page): answered with
/// the keyboard through xdotool, as a person would, on the test's own Xvfb.
pub struct NativeDialog {
    display: String,
    window: String,
}

impl Harness {
    /// Waits up to 30 s for a native window titled exactly `title`.
    pub fn native_dialog(&self, title: &str) -> NativeDialog {
        let start = Instant::now();
        loop {
            let out = Command::new("xdotool")
                .args(["search", "--onlyvisible", "--name", &exact(title)])
                .env("DISPLAY", &self.display)
                .output()
                .expect("xdotool (apt-get install xdotool)");
            let ids = String::from_utf8_lossy(&out.stdout);
            if let Some(id) = ids.split_whitespace().next() {
                return NativeDialog {
                    display: self.display.clone(),
                    window: id.to_string(),
                };
            }
            if start.elapsed() > Duration::from_secs(30) {
                let all = Command::new("sh")
                    .arg("-c")
                    .arg("for w in $(xdotool search --onlyvisible --name .); do xdotool getwindowname $w; done")
                    .env("DISPLAY", &self.display)
                    .output()
                    .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
                    .unwrap_or_default();
                panic!("no native dialog titled {title:?} appeared; windows: {all:?}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Whether a native window titled exactly `title` is showing now.
    pub fn native_dialog_showing(&self, title: &str) -> bool {
        let out = Command::new("xdotool")
            .args(["search", "--onlyvisible", "--name", &exact(title)])
            .env("DISPLAY", &self.display)
            .output()
            .expect("xdotool");
        !String::from_utf8_lossy(&out.stdout).trim().is_empty()
    }
}

/// An xdotool name pattern (a regular expression) matching exactly `title`.
fn exact(title: &str) -> String {
    let mut p = String::from("^");
    for c in title.chars() {
        if "\\^$.|?*+()[]{}".contains(c) {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('$');
    p
}

impl NativeDialog {
    fn xdotool(&self, args: &[&str]) {
        let ok = Command::new("xdotool")
            .args(args)
            .env("DISPLAY", &self.display)
            .status()
            .expect("xdotool")
            .success();
        assert!(ok, "xdotool {args:?} failed");
    }

    fn focus(&self) {
        // No window manager under Xvfb: give the dialog the keyboard itself.
        std::thread::sleep(Duration::from_millis(400));
        self.xdotool(&["windowfocus", "--sync", &self.window]);
    }

    /// Presses Return: the dialog's confirming button, which GTK focuses first.
    pub fn accept(&self) {
        self.focus();
        self.xdotool(&["key", "--clearmodifiers", "Return"]);
    }

    /// Closes the dialog with Escape: its Cancel.
    pub fn cancel(&self) {
        self.focus();
        self.xdotool(&["key", "--clearmodifiers", "Escape"]);
    }

    /// In a native file chooser: types `path` into its location field and opens it.
    pub fn choose_file(&self, path: &Path) {
        self.focus();
        self.xdotool(&["key", "--clearmodifiers", "ctrl+l"]);
        std::thread::sleep(Duration::from_millis(300));
        self.xdotool(&["type", "--delay", "15", path.to_str().expect("utf-8 path")]);
        std::thread::sleep(Duration::from_millis(300));
        self.xdotool(&["key", "--clearmodifiers", "Return"]);
    }
}

fn which(name: &str) -> Option<PathBuf> {
    let home_bin = std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo/bin").join(name));
    std::env::var_os("PATH")
        .map(|p| {
            std::env::split_paths(&p)
                .map(|d| d.join(name))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
        .into_iter()
        .chain(home_bin)
        .find(|p| p.is_file())
}

fn request(method: &str, url: &str, body: Option<Value>) -> Value {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(60)))
        .build()
        .into();
    let result = match (method, body) {
        ("POST", b) => agent
            .post(url)
            .header("content-type", "application/json")
            .send(b.unwrap_or_else(|| json!({})).to_string()),
        ("DELETE", _) => agent.delete(url).call(),
        _ => agent.get(url).call(),
    };
    let mut resp = result.unwrap_or_else(|e| panic!("{method} {url}: {e}"));
    let mut text = String::new();
    resp.body_mut()
        .as_reader()
        .read_to_string(&mut text)
        .expect("read WebDriver reply");
    serde_json::from_str(&text).unwrap_or_else(|_| panic!("{method} {url}: not JSON: {text}"))
}

/// One WebDriver session: one running app.
pub struct Session {
    base: String,
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = std::panic::catch_unwind(|| request("DELETE", &self.base, None));
    }
}

impl Session {
    fn cmd(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let v = request(method, &format!("{}{path}", self.base), body);
        if let Some(err) = v["value"].get("error") {
            panic!("WebDriver {path}: {err}: {}", v["value"]["message"]);
        }
        v["value"].clone()
    }

    fn try_find(&self, css: &str) -> Option<String> {
        let v = request(
            "POST",
            &format!("{}/element", self.base),
            Some(json!({"using": "css selector", "value": css})),
        );
        v["value"][ELEMENT].as_str().map(str::to_string)
    }

    /// Waits up to 30 s (a loaded 2-core machine is slow) for an element matching `css`; returns its id.
    pub fn find(&self, css: &str) -> String {
        let start = Instant::now();
        loop {
            if let Some(id) = self.try_find(css) {
                return id;
            }
            if start.elapsed() > Duration::from_secs(30) {
                panic!("no element matches '{css}'; the page: {}", self.describe());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Where the page stands, for failure messages; also saves a screenshot
    /// to tests/artifacts/failure-*.png.
    pub fn describe(&self) -> String {
        let script = "return location.href + ' | ' + document.title + ' | ' \
                      + (document.getElementById('app') || document.body).innerText.slice(0, 300)";
        let v = request(
            "POST",
            &format!("{}/execute/sync", self.base),
            Some(json!({"script": script, "args": []})),
        );
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/artifacts");
        let shot = dir.join(format!("failure-{}.png", std::process::id()));
        let b64 = request("GET", &format!("{}/screenshot", self.base), None);
        if let Some(b) = b64["value"].as_str() {
            let _ = std::fs::create_dir_all(&dir);
            let _ = std::fs::write(&shot, decode_base64(b));
        }
        format!("{} (screenshot: {})", v["value"], shot.display())
    }

    /// Whether an element matching `css` exists now.
    pub fn exists(&self, css: &str) -> bool {
        self.try_find(css).is_some()
    }

    /// Clicks the element matching `css`.
    pub fn click(&self, css: &str) {
        let id = self.find(css);
        // The view scrolls inside <main>, which WebKitWebDriver does not
        // always scroll for us.
        self.cmd(
            "POST",
            "/execute/sync",
            Some(json!({"script": "arguments[0].scrollIntoView({block: 'center'})", "args": [{ELEMENT: id}]})),
        );
        let v = request(
            "POST",
            &format!("{}/element/{id}/click", self.base),
            Some(json!({})),
        );
        if let Some(err) = v["value"].get("error") {
            panic!("click on '{css}': {err}; the page: {}", self.describe());
        }
    }

    /// Clears the input matching `css` and types `text` into it.
    pub fn fill(&self, css: &str, text: &str) {
        let id = self.find(css);
        self.cmd("POST", &format!("/element/{id}/clear"), Some(json!({})));
        self.cmd(
            "POST",
            &format!("/element/{id}/value"),
            Some(json!({"text": text})),
        );
    }

    /// Sets a form control's value by script and fires input/change, for
    /// controls such as datetime-local that typing cannot fill reliably.
    pub fn set_value(&self, css: &str, value: &str) {
        self.find(css);
        self.script(
            "const e = document.querySelector(arguments[0]); e.value = arguments[1];
             e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));",
            json!([css, value]),
        );
    }

    /// The visible text of the element matching `css`.
    pub fn text(&self, css: &str) -> String {
        let id = self.find(css);
        self.cmd("GET", &format!("/element/{id}/text"), None)
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// The text of `css` now, or "" when there is none or it was replaced
    /// between finding and reading it (a view that redraws itself).
    fn current_text(&self, css: &str) -> String {
        let Some(id) = self.try_find(css) else {
            return String::new();
        };
        let v = request("GET", &format!("{}/element/{id}/text", self.base), None);
        v["value"].as_str().unwrap_or_default().to_string()
    }

    /// Waits until the text of `css` contains `want`; returns the text.
    pub fn wait_text(&self, css: &str, want: &str) -> String {
        let start = Instant::now();
        loop {
            let t = self.current_text(css);
            if t.contains(want) {
                return t;
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "'{css}' never showed '{want}'; last: '{t}'"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Waits until the text of `css` is exactly `want`.
    pub fn wait_equals(&self, css: &str, want: &str) {
        let start = Instant::now();
        loop {
            let t = self.current_text(css);
            if t.trim() == want {
                return;
            }
            if start.elapsed() > Duration::from_secs(30) {
                panic!(
                    "'{css}' never read '{want}'; last: '{t}'; the page: {}",
                    self.describe()
                );
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Runs a script in the page and returns its result.
    pub fn script(&self, script: &str, args: Value) -> Value {
        self.cmd(
            "POST",
            "/execute/sync",
            Some(json!({"script": script, "args": args})),
        )
    }

    /// Sends key presses to the focused element (or the page).
    pub fn keys(&self, text: &str) {
        let actions: Vec<Value> = text
            .chars()
            .flat_map(|c| {
                [
                    json!({"type": "keyDown", "value": c.to_string()}),
                    json!({"type": "keyUp", "value": c.to_string()}),
                ]
            })
            .collect();
        self.cmd(
            "POST",
            "/actions",
            Some(json!({"actions": [{"type": "key", "id": "kb", "actions": actions}]})),
        );
    }

    /// Opens a view by its hash route and waits until it has rendered.
    pub fn open(&self, view: &str) {
        self.script(
            "document.getElementById('view').dataset.ready = 'false'",
            json!([]),
        );
        self.click(&format!("#nav-{view}"));
        self.find(&format!("#view[data-view='{view}'][data-ready='true']"));
    }

    /// Sets the window's outer size (as a person drags it), and waits until
    /// the page has taken the new width.
    pub fn set_window_size(&self, width: u32, height: u32) {
        self.cmd(
            "POST",
            "/window/rect",
            Some(json!({"width": width, "height": height})),
        );
        let start = Instant::now();
        while self.script("return window.outerWidth", json!([])) != json!(width) {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "the window never became {width} wide"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Moves the mouse pointer to `x`, `y` (CSS pixels) from the centre of
    /// the element matching `css`.
    pub fn hover(&self, css: &str, x: i64, y: i64) {
        let id = self.find(css);
        self.cmd(
            "POST",
            "/actions",
            Some(json!({"actions": [{"type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"},
                "actions": [{"type": "pointerMove", "duration": 0, "origin": {ELEMENT: id}, "x": x, "y": y}]}]})),
        );
    }

    pub fn screenshot(&self, path: &Path) {
        // The DOM can be ready a frame before WebKit paints it: wait for two
        // animation frames, so the picture shows what the test just checked.
        self.cmd(
            "POST",
            "/execute/async",
            Some(json!({
                "script": "const done = arguments[arguments.length - 1];
                           requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
                "args": []
            })),
        );
        let b64 = self.cmd("GET", "/screenshot", None);
        let bytes = decode_base64(b64.as_str().unwrap_or_default());
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("screenshot dir");
        }
        std::fs::write(path, bytes).expect("write screenshot");
    }
}

fn decode_base64(s: &str) -> Vec<u8> {
    let val = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut buf = 0u32;
    let mut bits = 0;
    for c in s.bytes().filter_map(val) {
        buf = (buf << 6) | c;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buf >> bits) as u8);
        }
    }
    out
}

/// WebDriver's codes for the keys [`Session::press`] names.
fn key_code(name: &str) -> String {
    match name {
        "Tab" => "\u{E004}".into(),
        "Enter" => "\u{E007}".into(),
        "Shift" => "\u{E008}".into(),
        "Control" => "\u{E009}".into(),
        "Alt" => "\u{E00A}".into(),
        "Escape" => "\u{E00C}".into(),
        "Space" => " ".into(),
        "Backspace" => "\u{E003}".into(),
        "ArrowDown" => "\u{E015}".into(),
        "ArrowUp" => "\u{E013}".into(),
        other => {
            assert_eq!(
                other.chars().count(),
                1,
                "no WebDriver code for key {other:?}"
            );
            other.into()
        }
    }
}

impl Session {
    /// Presses one chord through WebDriver's key actions (the window's real
    /// keyboard path, no click): `"Tab"`, `"Shift+Tab"`, `"Control+z"`,
    /// `"Alt+3"`, `"Enter"`, `"Escape"`.
    pub fn press(&self, chord: &str) {
        let keys: Vec<String> = chord.split('+').map(key_code).collect();
        let mut actions: Vec<Value> = keys
            .iter()
            .map(|k| json!({"type": "keyDown", "value": k}))
            .collect();
        actions.extend(
            keys.iter()
                .rev()
                .map(|k| json!({"type": "keyUp", "value": k})),
        );
        self.cmd(
            "POST",
            "/actions",
            Some(json!({"actions": [{"type": "key", "id": "kb", "actions": actions}]})),
        );
        // Key actions leave nothing held for the next command.
        let _ = request("DELETE", &format!("{}/actions", self.base), None);
    }

    /// Whether the focused element matches `css`.
    pub fn focused(&self, css: &str) -> bool {
        self.script(
            "const a = document.activeElement; return !!a && a.matches(arguments[0]);",
            json!([css]),
        ) == json!(true)
    }

    /// The focused element, described for a failure message.
    pub fn focus_description(&self) -> String {
        self.script(
            "const a = document.activeElement;
             if (!a || a === document.body) return 'nothing (the page)';
             return a.tagName.toLowerCase() + (a.id ? '#' + a.id : '')
               + ' \"' + (a.getAttribute('aria-label') || a.textContent || a.value || '').trim().slice(0, 40) + '\"';",
            json!([]),
        )
        .as_str()
        .unwrap_or_default()
        .to_string()
    }

    /// Why the focused element's focus ring cannot be seen, or `None` when
    /// it can: an outline at least 2 px wide that is not `none`, whose four
    /// sides all lie inside every ancestor that clips (overflow other than
    /// visible), so none is cut off.
    pub fn focus_ring_problem(&self) -> Option<String> {
        let v = self.script(
            "const a = document.activeElement;
             if (!a || a === document.body || a === document.documentElement) return 'nothing has the focus';
             const st = getComputedStyle(a);
             const w = parseFloat(st.outlineWidth) || 0;
             if (st.outlineStyle === 'none' || w < 2) return 'no focus ring (outline ' + st.outlineStyle + ' ' + st.outlineWidth + ')';
             const off = parseFloat(st.outlineOffset) || 0;
             const r = a.getBoundingClientRect();
             const g = off + w;
             const ring = { l: r.left - g, t: r.top - g, r: r.right + g, b: r.bottom + g };
             for (let p = a.parentElement; p; p = p.parentElement) {
               const ps = getComputedStyle(p);
               if (ps.overflowX === 'visible' && ps.overflowY === 'visible') continue;
               const pr = p.getBoundingClientRect();
               const box = { l: pr.left + p.clientLeft, t: pr.top + p.clientTop };
               box.r = box.l + p.clientWidth; box.b = box.t + p.clientHeight;
               const cut = [];
               if (ring.l < box.l - 0.5) cut.push('left');
               if (ring.r > box.r + 0.5) cut.push('right');
               if (ring.t < box.t - 0.5) cut.push('top');
               if (ring.b > box.b + 0.5) cut.push('bottom');
               if (cut.length) return 'ring cut off at the ' + cut.join(', ') + ' by ' + p.tagName.toLowerCase()
                 + (p.id ? '#' + p.id : '') + (p.className ? '.' + String(p.className).split(' ').join('.') : '');
             }
             return null;",
            json!([]),
        );
        v.as_str().map(str::to_string)
    }

    /// Presses Tab (or Shift+Tab with `back`) until the focus is on `css`,
    /// checking at every stop that the focus ring can be seen; fails after
    /// `max` presses, naming where the focus went.
    pub fn tab_to(&self, css: &str, max: usize, back: bool) {
        let mut path = Vec::new();
        for _ in 0..max {
            self.press(if back { "Shift+Tab" } else { "Tab" });
            let here = self.focus_description();
            if let Some(problem) = self.focus_ring_problem() {
                panic!(
                    "on the way to '{css}', the focus on {here}: {problem}; the page: {}",
                    self.describe()
                );
            }
            if self.focused(css) {
                return;
            }
            path.push(here);
        }
        panic!(
            "'{css}' not reached in {max} Tab presses; the focus went: {}",
            path.join(" → ")
        );
    }

    /// Runs axe-core (ui/node_modules/axe-core, put there by `npm ci`) in
    /// the page as it stands and returns every violation at every impact
    /// level, one line each: `what`, the rule, its impact, the elements at
    /// fault and axe's own summary. Views are checked with one line:
    /// `problems.extend(s.axe("insights, dark"))`.
    pub fn axe(&self, what: &str) -> Vec<String> {
        if self.script("return typeof window.axe", json!([])) != json!("object") {
            let path =
                Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/node_modules/axe-core/axe.min.js");
            let source = std::fs::read_to_string(&path).unwrap_or_else(|e| {
                panic!(
                    "{}: {e} (run `npm ci` in ui/: axe-core is a devDependency)",
                    path.display()
                )
            });
            // Run as a script body: axe defines `window.axe`.
            self.script(&format!("{source}\nreturn typeof window.axe;"), json!([]));
        }
        let v = self.cmd(
            "POST",
            "/execute/async",
            Some(json!({
                "script": "const done = arguments[arguments.length - 1];
                   // Wait two frames so what the test just did is painted (contrast reads colours).
                   requestAnimationFrame(() => requestAnimationFrame(() => {
                     window.axe.run(document, { resultTypes: ['violations'] }).then((r) => done(r.violations.map((v) => ({
                       id: v.id, impact: v.impact, help: v.help,
                       nodes: v.nodes.map((n) => n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ').slice(0, 160) + ']' : '')),
                     }))), (e) => done({ error: String(e) }));
                   }));",
                "args": []
            })),
        );
        if let Some(e) = v.get("error") {
            panic!("axe-core failed to run on {what}: {e}");
        }
        v.as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|x| {
                format!(
                    "{what}: {} ({}) — {}: {}",
                    x["id"].as_str().unwrap_or("?"),
                    x["impact"].as_str().unwrap_or("?"),
                    x["help"].as_str().unwrap_or(""),
                    x["nodes"]
                        .as_array()
                        .map(|n| n
                            .iter()
                            .filter_map(Value::as_str)
                            .collect::<Vec<_>>()
                            .join("; "))
                        .unwrap_or_default()
                )
            })
            .collect()
    }

    /// Fails listing every axe-core violation on the page as it stands.
    pub fn assert_axe_clean(&self, what: &str) {
        let found = self.axe(what);
        assert!(found.is_empty(), "axe-core found:\n{}", found.join("\n"));
    }
}

impl Session {
    /// Resizes the window (its outer size), as a creator dragging its corner.
    pub fn set_size(&self, width: u32, height: u32) {
        self.cmd(
            "POST",
            "/window/rect",
            Some(json!({"width": width, "height": height})),
        );
        std::thread::sleep(Duration::from_millis(300));
    }
}
