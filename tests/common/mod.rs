//! Helpers for black-box tests: run the real `liveledger` binary against a
//! real database file in a temporary directory.
#![allow(dead_code)]

pub mod gift_log;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The real `liveledger` binary, speaking English whatever the machine's
/// language (`LC_ALL=C`: no system language, so a ledger with none set is
/// English), so tests may quote its sentences.
pub fn liveledger() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_liveledger"));
    c.env("LC_ALL", "C");
    c
}

/// The real binary with the locale variables as `env` gives them and every
/// other one (and `LIVELEDGER_DB`) removed: a test of the languages chooses
/// the system's language itself.
pub fn liveledger_in(env: &[(&str, &str)]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_liveledger"));
    for name in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", "LIVELEDGER_DB"] {
        c.env_remove(name);
    }
    for (name, value) in env {
        c.env(name, value);
    }
    c
}

/// A temporary ledger and the binary to drive it.
pub struct TestLedger {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
}

/// The repository root (for `assets/`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repository root")
}

/// A sample file from `assets/samples/`.
pub fn sample(name: &str) -> PathBuf {
    root().join("assets/samples").join(name)
}

impl TestLedger {
    /// A new, empty ledger in Europe/Berlin (so naive times have a fixed meaning).
    pub fn new() -> TestLedger {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("ledger.db");
        let l = TestLedger { dir, db };
        l.ok(&["settings", "set", "timezone", "Europe/Berlin"]);
        l
    }

    /// Runs the CLI with `args` on this ledger.
    pub fn run(&self, args: &[&str]) -> Output {
        liveledger()
            .arg("--db")
            .arg(&self.db)
            .args(args)
            .env_remove("LIVELEDGER_DB")
            .output()
            .expect("run liveledger")
    }

    /// Runs and expects success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "liveledger {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// Runs and expects failure; returns stderr.
    pub fn fails(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            !out.status.success(),
            "liveledger {args:?} should have failed"
        );
        String::from_utf8(out.stderr).expect("utf-8 stderr")
    }

    /// Runs with `--json` appended and parses the output.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut a = args.to_vec();
        a.push("--json");
        serde_json::from_str(&self.ok(&a)).expect("json output")
    }

    /// `summary --json`.
    pub fn summary(&self) -> serde_json::Value {
        self.json(&["summary"])
    }

    /// A fingerprint of everything the ledger holds, for "nothing changed" checks.
    pub fn contents(&self) -> String {
        let mut s = self.summary();
        // `as_of` is the clock, not the content.
        s.as_object_mut().unwrap().remove("as_of");
        format!(
            "{s}\n{}\n{}\n{}",
            self.ok(&["sessions", "--json"]),
            self.ok(&["withdrawals", "list", "--json"]),
            self.ok(&["imports", "list", "--json"])
        )
    }
}

/// A tool from PATH, or from the venv `.ci/setup` makes.
pub fn tool(name: &str) -> PathBuf {
    let venv = std::env::var_os("HOME").map(|h| {
        PathBuf::from(h)
            .join(".cache/liveledger/venv/bin")
            .join(name)
    });
    std::env::var_os("PATH")
        .map(|p| {
            std::env::split_paths(&p)
                .map(|d| d.join(name))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
        .into_iter()
        .chain(venv)
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("{name} is not installed; .ci/setup installs it"))
}

/// A JSON value that must be a string holding a decimal, as text.
pub fn dec(v: &serde_json::Value) -> &str {
    v.as_str()
        .unwrap_or_else(|| panic!("expected a decimal string, got {v}"))
}
