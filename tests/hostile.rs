//! Black-box tests of paths, output and live sources a creator (or a broken
//! machine) may hand the CLI: FIFOs and devices where a file was expected,
//! output that cannot be written, a read-only ledger, sources that stall.
//! Every wait is bounded: a test that would hang fails instead.

mod common;

use std::io::Read;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::TestLedger;

/// A child process, killed if the test fails while it runs.
struct Proc(Child);

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Waits up to `limit` for `cmd` to end; fails the test if it does not.
/// Its output is read as it comes, so a full pipe never holds it up.
fn run_bounded(mut cmd: Command, limit: Duration) -> Output {
    let child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut proc = Proc(child);
    let drain = |r: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut r) = r {
                let _ = r.read_to_end(&mut buf);
            }
            buf
        })
    };
    let stdout = drain(proc.0.stdout.take().map(|o| Box::new(o) as _));
    let stderr = drain(proc.0.stderr.take().map(|e| Box::new(e) as _));
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = proc.0.try_wait().expect("wait") {
            return Output {
                status,
                stdout: stdout.join().expect("stdout"),
                stderr: stderr.join().expect("stderr"),
            };
        }
        assert!(
            Instant::now() < deadline,
            "the command did not end within {limit:?}: it blocked"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn bin(l: &TestLedger) -> Command {
    let mut c = common::liveledger();
    c.arg("--db").arg(&l.db).env_remove("LIVELEDGER_DB");
    c
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

#[cfg(unix)]
fn file_type(path: &Path) -> String {
    use std::os::unix::fs::FileTypeExt;
    let t = std::fs::symlink_metadata(path).expect("stat").file_type();
    if t.is_fifo() {
        "fifo".into()
    } else if t.is_char_device() {
        "char device".into()
    } else if t.is_file() {
        "regular file".into()
    } else {
        format!("{t:?}")
    }
}

/// `export --out` and `backup` onto a FIFO or a device refuse it, at once
/// and leave it as it was (the old code blocked on the FIFO, or replaced
/// it — and a device, even `/dev/full` as root — with a regular file).
#[test]
#[cfg(unix)]
fn export_and_backup_refuse_a_fifo_or_a_device_and_leave_it_alone() {
    let l = TestLedger::new();
    l.ok(&["demo", "load"]);
    let fifo = l.dir.path().join("pipe");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo")
        .success());
    let mut targets = vec![(fifo, "fifo", "named pipe")];
    if is_root() {
        // A private copy of /dev/full: the real one must never be at stake.
        let dev = l.dir.path().join("full");
        assert!(Command::new("mknod")
            .arg(&dev)
            .args(["c", "1", "7"])
            .status()
            .expect("mknod")
            .success());
        targets.push((dev, "char device", "character device"));
    }
    for (target, kind, words) in &targets {
        for args in [vec!["export", "--format", "json", "--out"], vec!["backup"]] {
            let mut c = bin(&l);
            c.args(&args).arg(target);
            let out = run_bounded(c, Duration::from_secs(20));
            assert!(
                !out.status.success(),
                "{args:?} onto a {kind} succeeded: {}",
                stderr(&out)
            );
            let err = stderr(&out);
            assert!(err.contains(words), "{args:?}: {err}");
            assert!(err.contains(&target.display().to_string()), "{err}");
            assert_eq!(&file_type(target), kind, "{args:?} replaced the {kind}");
        }
    }
}

/// Output that cannot be written is an error with a message and a non-zero
/// exit, for tables, JSON, ids and exports alike (the old code exited 0 with
/// the output lost).
#[test]
#[cfg(unix)]
fn a_write_to_a_full_device_is_an_error() {
    let l = TestLedger::new();
    l.ok(&["demo", "load"]);
    for args in [
        vec!["summary", "--json"],
        vec!["summary"],
        vec!["sessions"],
        vec!["report", "--by", "month"],
        vec!["export", "--format", "csv"],
        vec!["export", "--format", "hledger"],
        vec!["adjust", "--diamonds", "5", "--reason", "test"],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let mut c = bin(&l);
        c.args(&args);
        c.stdout(full).stderr(Stdio::piped());
        let out = c.output().expect("run");
        assert!(
            !out.status.success(),
            "{args:?} > /dev/full exited 0 with its output lost"
        );
        let err = stderr(&out);
        assert!(
            err.contains("<stdout>") && err.contains("No space left"),
            "{args:?}: {err}"
        );
    }
}

/// Past `ulimit -f` a write fails with "File too large" and is reported,
/// instead of the process dying of SIGXFSZ without a word; a file export
/// leaves nothing behind.
#[test]
#[cfg(unix)]
fn past_the_file_size_limit_the_write_fails_with_a_message() {
    let l = TestLedger::new();
    l.ok(&["demo", "load"]);
    let out_file = l.dir.path().join("export.json");
    let piped = l.dir.path().join("piped.json");
    for script in [
        r#"ulimit -f 512; exec "$0" --db "$1" export --format json --out "$2""#,
        r#"ulimit -f 512; exec "$0" --db "$1" export --format json > "$3""#,
    ] {
        let mut c = Command::new("sh");
        c.arg("-c")
            .arg(script)
            .arg(env!("CARGO_BIN_EXE_liveledger"))
            .arg(&l.db)
            .arg(&out_file)
            .arg(&piped)
            .env_remove("LIVELEDGER_DB");
        let out = run_bounded(c, Duration::from_secs(30));
        assert_eq!(
            out.status.code(),
            Some(1),
            "{script}: expected exit 1, got {:?}: {}",
            out.status,
            stderr(&out)
        );
        assert!(stderr(&out).contains("File too large"), "{}", stderr(&out));
    }
    assert!(!out_file.exists(), "a cut-short export was left in place");
}

#[test]
fn a_backup_past_the_file_size_limit_names_the_backup_and_leaves_no_part_of_it() {
    let l = TestLedger::new();
    l.ok(&["demo", "load"]);
    let copy = l.dir.path().join("cut.bak");
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg(r#"ulimit -f 200; exec "$0" --db "$1" backup "$2""#)
        .arg(env!("CARGO_BIN_EXE_liveledger"))
        .arg(&l.db)
        .arg(&copy)
        .env_remove("LIVELEDGER_DB");
    let out = run_bounded(c, Duration::from_secs(30));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("cut.bak"),
        "names the backup: {}",
        stderr(&out)
    );
    assert!(
        !stderr(&out).contains("ledger.db"),
        "not the ledger: {}",
        stderr(&out)
    );
    assert!(!copy.exists());
    assert!(
        !l.dir.path().join("cut.bak.partial").exists(),
        "no half copy left"
    );
    // The ledger itself is fine.
    l.ok(&["summary"]);
}

/// The binary, and the user id to run it as: as root (who may write any
/// file) the read-only checks run as `nobody`, from a copy of the binary
/// that user may reach.
#[cfg(unix)]
fn reader(dir: &Path) -> (std::path::PathBuf, Option<u32>) {
    use std::os::unix::fs::PermissionsExt;
    if !is_root() {
        return (env!("CARGO_BIN_EXE_liveledger").into(), None);
    }
    let copy = dir.join("liveledger");
    std::fs::copy(env!("CARGO_BIN_EXE_liveledger"), &copy).expect("copy the binary");
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    std::fs::set_permissions(&copy, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    (copy, Some(65534))
}

/// A ledger that may not be written — the file, or its folder — is read
/// by every command that only reads; a write names the file and says it is
/// read-only (the old code failed even `summary` with "attempt to write a
/// readonly database" and no path).
#[test]
#[cfg(unix)]
fn a_read_only_ledger_is_read_and_a_write_says_it_is_read_only() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let bin_dir = tempfile::tempdir().expect("temp dir");
    let (bin, uid) = reader(bin_dir.path());
    let l = TestLedger::new();
    l.ok(&["demo", "load"]);
    let expected = l.summary()["balance_diamonds"].clone();
    let dir = l.dir.path();
    let mode = |p: &Path, m: u32| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).expect("chmod")
    };
    let run = |args: &[&str]| {
        let mut c = Command::new(&bin);
        c.arg("--db")
            .arg(&l.db)
            .args(args)
            .env_remove("LIVELEDGER_DB")
            // English on any machine: the test quotes the error.
            .env("LC_ALL", "C");
        if let Some(uid) = uid {
            c.uid(uid).gid(uid);
        }
        run_bounded(c, Duration::from_secs(30))
    };
    for case in ["a read-only file", "a read-only folder"] {
        if case == "a read-only file" {
            mode(dir, 0o755);
            mode(&l.db, 0o444);
        } else {
            if let Some(uid) = uid {
                std::os::unix::fs::chown(&l.db, Some(uid), Some(uid)).expect("chown");
            }
            mode(&l.db, 0o644);
            mode(dir, 0o555);
        }
        let out = run(&["summary", "--json"]);
        assert!(out.status.success(), "{case}: summary: {}", stderr(&out));
        let s: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(s["balance_diamonds"], expected, "{case}");
        for args in [
            vec!["sessions"],
            vec!["report", "--by", "month"],
            vec!["export", "--format", "csv"],
            vec!["settings", "show"],
        ] {
            let out = run(&args);
            assert!(out.status.success(), "{case}: {args:?}: {}", stderr(&out));
        }
        let out = run(&["adjust", "--diamonds", "5", "--reason", "x"]);
        assert!(!out.status.success(), "{case}: a write succeeded");
        let err = stderr(&out);
        assert!(
            err.contains("read-only") && err.contains(&l.db.display().to_string()),
            "{case}: {err}"
        );
    }
    mode(dir, 0o755);
    mode(&l.db, 0o644);
    assert_eq!(
        l.summary()["balance_diamonds"],
        expected,
        "nothing was written"
    );
}

/// `capture --follow` refuses at once what is not a regular file: a FIFO
/// (the old code blocked in its open, deaf to the first Ctrl-C), a folder
/// or a device (the old code said "connected" and captured nothing).
#[test]
#[cfg(unix)]
fn capture_follows_only_a_regular_file() {
    let l = TestLedger::new();
    let fifo = l.dir.path().join("events.jsonl");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo")
        .success());
    let folder = l.dir.path().join("folder");
    std::fs::create_dir(&folder).expect("mkdir");
    for (target, words) in [
        (fifo.as_path(), "named pipe"),
        (folder.as_path(), "a folder"),
        (Path::new("/dev/zero"), "character device"),
    ] {
        let mut c = bin(&l);
        c.args(["capture", "--follow"]).arg(target);
        let out = run_bounded(c, Duration::from_secs(20));
        assert!(
            !out.status.success(),
            "{}: capture started",
            target.display()
        );
        let err = stderr(&out);
        assert!(
            err.contains(words) && err.contains("not a regular file"),
            "{}: {err}",
            target.display()
        );
    }
}

/// A followed path that becomes a FIFO while capture waits for it is not
/// opened, and the first Ctrl-C stops capture promptly.
#[test]
#[cfg(unix)]
fn the_first_ctrl_c_stops_a_capture_whose_file_became_a_fifo() {
    let l = TestLedger::new();
    let path = l.dir.path().join("later.jsonl");
    let mut c = bin(&l);
    c.args(["capture", "--follow"])
        .arg(&path)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let mut proc = Proc(c.spawn().expect("spawn"));
    // Capture is up and waiting for the file (it stores its state first).
    std::thread::sleep(Duration::from_millis(1500));
    assert!(Command::new("mkfifo")
        .arg(&path)
        .status()
        .expect("mkfifo")
        .success());
    std::thread::sleep(Duration::from_millis(1000));
    assert!(Command::new("kill")
        .args(["-INT", &proc.0.id().to_string()])
        .status()
        .expect("kill")
        .success());
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(status) = proc.0.try_wait().expect("wait") {
            assert!(status.success(), "capture ended with {status}");
            break;
        }
        assert!(
            Instant::now() < deadline,
            "capture did not stop on the first Ctrl-C"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A WebSocket server on 127.0.0.1 that does the handshake on every
/// connection, then either drops it at once or holds it without a word
/// (and without reading, so no ping is answered). Counts connections.
struct WsServer {
    url: String,
    connects: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl Drop for WsServer {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::SeqCst);
    }
}

fn ws_server(hold: bool) -> WsServer {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::Arc;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.set_nonblocking(true).expect("nonblocking");
    let url = format!("ws://{}/", listener.local_addr().expect("addr"));
    let connects = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let (c, s) = (connects.clone(), stop.clone());
    std::thread::spawn(move || {
        let mut held = Vec::new();
        // Bounded even if the test forgets to stop it.
        let end = Instant::now() + Duration::from_secs(120);
        while !s.load(Ordering::SeqCst) && Instant::now() < end {
            match listener.accept() {
                Ok((stream, _)) => {
                    let _ = stream.set_nonblocking(false);
                    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
                    if let Ok(ws) = tungstenite::accept(stream) {
                        c.fetch_add(1, Ordering::SeqCst);
                        if hold {
                            held.push(ws);
                        }
                    }
                }
                Err(_) => std::thread::sleep(Duration::from_millis(10)),
            }
        }
    });
    WsServer {
        url,
        connects,
        stop,
    }
}

/// Runs `capture` with `args` for `for_how_long`, then Ctrl-C; returns its
/// standard error.
#[cfg(unix)]
fn capture_for(l: &TestLedger, args: &[&str], for_how_long: Duration) -> String {
    let mut c = bin(l);
    c.arg("capture").args(args);
    let c = c.stdout(Stdio::null()).stderr(Stdio::piped());
    let mut proc = Proc(c.spawn().expect("spawn"));
    let mut err = proc.0.stderr.take().expect("stderr");
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    std::thread::sleep(for_how_long);
    assert!(Command::new("kill")
        .args(["-INT", &proc.0.id().to_string()])
        .status()
        .expect("kill")
        .success());
    let deadline = Instant::now() + Duration::from_secs(15);
    while proc.0.try_wait().expect("wait").is_none() {
        assert!(Instant::now() < deadline, "capture did not stop on Ctrl-C");
        std::thread::sleep(Duration::from_millis(20));
    }
    reader.join().expect("stderr")
}

/// A server that accepts and drops at once is tried with a growing pause
/// (0.25, 0.5, 1, 2 s …): the old code started again from 0.25 s after
/// every handshake, about four connections a second forever.
#[test]
#[cfg(unix)]
fn a_server_that_accepts_and_drops_is_not_hammered() {
    use std::sync::atomic::Ordering;
    let l = TestLedger::new();
    let server = ws_server(false);
    let err = capture_for(&l, &["--ws", &server.url], Duration::from_secs(4));
    let n = server.connects.load(Ordering::SeqCst);
    assert!(
        (2..=7).contains(&n),
        "{n} connections in 4 s (expected 0, .25, .75, 1.75, 3.75 s: 5):\n{err}"
    );
}

/// A source that stops answering — no frame, no pong — is counted gone
/// after the bound (`--dead-after`), and capture says so and reconnects
/// (the old code stayed "connected" forever on a half-open connection).
#[test]
#[cfg(unix)]
fn a_silent_source_is_pinged_then_dropped_and_reconnected() {
    use std::sync::atomic::Ordering;
    let l = TestLedger::new();
    let server = ws_server(true);
    let err = capture_for(
        &l,
        &["--ws", &server.url, "--dead-after", "2"],
        Duration::from_secs(7),
    );
    assert!(
        err.contains("reconnecting: no frame and no answer to a ping for 2 s"),
        "{err}"
    );
    assert!(
        server.connects.load(Ordering::SeqCst) >= 2,
        "capture never connected again:\n{err}"
    );
}

/// A command that opens a ledger while an import in another LiveLedger
/// holds it says once what it waits for, naming the importer's pid from
/// the lock file, and gives up after the bound instead of waiting forever
/// (the old code waited on the lock without a word, for as long as the
/// import lasted: this test hit its own time limit). The "import" here is
/// this test process holding `<ledger>.import.lock` as an import does, with
/// its pid written in, so the wait is deterministic.
#[test]
#[cfg(unix)]
fn a_command_waiting_for_another_import_says_so_and_gives_up_after_the_bound() {
    use std::io::Write;
    let l = TestLedger::new();
    let mut lock_path = l.db.as_os_str().to_owned();
    lock_path.push(".import.lock");
    let mut held = std::fs::File::options()
        .create(true)
        .truncate(true)
        .write(true)
        .open(&lock_path)
        .expect("lock file");
    held.lock().expect("hold the import lock");
    write!(held, "{}", std::process::id()).expect("pid");
    let mut c = bin(&l);
    c.arg("summary").env("LIVELEDGER_IMPORT_WAIT_SECS", "1.5");
    let started = Instant::now();
    let out = run_bounded(c, Duration::from_secs(20));
    let took = started.elapsed();
    let err = stderr(&out);
    let waiting = format!(
        "waiting for the import running in another LiveLedger (pid {}) to finish…",
        std::process::id()
    );
    assert_eq!(err.matches(&waiting).count(), 1, "said once: {err}");
    assert!(!out.status.success(), "it gave up: {err}");
    assert!(
        err.contains("still holds the ledger after 1.5 s")
            && err.contains(&l.db.display().to_string()),
        "{err}"
    );
    assert!(
        took >= Duration::from_millis(1400),
        "waited the bound: {took:?}"
    );
    // Once the import lets go, the same command runs without a word of waiting.
    drop(held);
    let mut c = bin(&l);
    c.arg("summary").env("LIVELEDGER_IMPORT_WAIT_SECS", "1.5");
    let out = run_bounded(c, Duration::from_secs(20));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stderr(&out).contains("waiting"), "{}", stderr(&out));
}

/// A tmpfs mounted for one test, unmounted when dropped (a failing test
/// included).
#[cfg(unix)]
struct Mounted(std::path::PathBuf);

#[cfg(unix)]
impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

/// A ledger on a disk that fills up: a write (an adjustment, an import)
/// fails with a message naming the ledger and saying the disk is full (the
/// old code said only "full, failing or gone (disk I/O error)": SQLite
/// reports growing its shared-memory file as an I/O error), and
/// once there is room again the ledger reads as before, nothing half
/// written. Needs root to mount a 1 MiB tmpfs; skipped with a word
/// otherwise.
#[test]
#[cfg(unix)]
fn a_full_disk_is_named_and_the_ledger_still_reads() {
    use std::io::Write;
    if !is_root() {
        eprintln!("skipped: mounting a small tmpfs needs root");
        return;
    }
    let outer = tempfile::tempdir().expect("temp dir");
    let dir = outer.path().join("small");
    std::fs::create_dir(&dir).expect("mkdir");
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=1m", "tmpfs"])
        .arg(&dir)
        .output()
        .expect("run mount");
    if !mounted.status.success() {
        eprintln!(
            "skipped: cannot mount a tmpfs here: {}",
            String::from_utf8_lossy(&mounted.stderr).trim()
        );
        return;
    }
    let _unmount = Mounted(dir.clone());
    let db = dir.join("ledger.db");
    let run = |args: &[&str]| {
        let mut c = common::liveledger();
        c.arg("--db")
            .arg(&db)
            .args(args)
            .env_remove("LIVELEDGER_DB");
        run_bounded(c, Duration::from_secs(60))
    };
    let ok = |args: &[&str]| {
        let out = run(args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    ok(&["settings", "set", "timezone", "Europe/Berlin"]);
    ok(&["adjust", "--diamonds", "5", "--reason", "before"]);
    let balance = |json: String| {
        let v: serde_json::Value = serde_json::from_str(&json).expect("json");
        (v["balance_diamonds"].clone(), v["sessions"].clone())
    };
    let before = balance(ok(&["summary", "--json"]));
    // Fill what is left of the disk.
    let filler = dir.join("filler");
    let mut f = std::fs::File::create(&filler).expect("filler");
    let chunk = vec![0u8; 4096];
    while f.write_all(&chunk).is_ok() {}
    drop(f);
    let sample = common::sample("events-mixed.csv");
    for args in [
        vec!["adjust", "--diamonds", "7", "--reason", "full"],
        vec!["import", sample.to_str().expect("utf-8 path")],
    ] {
        let out = run(&args);
        let err = stderr(&out);
        assert!(!out.status.success(), "{args:?} succeeded on a full disk");
        assert!(
            err.contains(&db.display().to_string()) && err.contains("the disk is full"),
            "{args:?}: {err}"
        );
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        eprintln!("{args:?} on a full disk: {}", err.trim());
    }
    std::fs::remove_file(&filler).expect("make room");
    assert_eq!(
        balance(ok(&["summary", "--json"])),
        before,
        "the ledger changed"
    );
    let imports: serde_json::Value =
        serde_json::from_str(&ok(&["imports", "list", "--json"])).expect("json");
    assert_eq!(imports, serde_json::json!([]), "an import was kept");
}
