//! A creator's money history survives crashes, old files and other writers.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::{dec, root, TestLedger};

fn cli() -> Command {
    let mut c = common::liveledger();
    c.env_remove("LIVELEDGER_DB");
    c
}

fn fixture(version: i64, dir: &Path) -> PathBuf {
    let dest = dir.join(format!("v{version}.db"));
    std::fs::copy(
        root().join(format!("tests/fixtures/schema-v{version}.db")),
        &dest,
    )
    .expect("fixture");
    dest
}

/// Writes `tests/fixtures/schema-vN.db` for every schema before the current
/// one, from that version's migration SQL (see `tests/fixtures/README.md`).
/// Run once when a migration is added, then commit the new file:
/// `cargo test -p liveledger --test reliability -- --ignored write_fixtures`.
/// Existing fixtures are kept: they stand for what an old version wrote.
#[test]
#[ignore = "writes tests/fixtures; run by hand when a migration is added"]
fn write_fixtures() {
    let migrations = liveledger::store::MIGRATIONS;
    for version in 1..liveledger::store::SCHEMA_VERSION {
        let dest = root().join(format!("tests/fixtures/schema-v{version}.db"));
        if dest.exists() {
            continue;
        }
        let conn = rusqlite::Connection::open(&dest).unwrap();
        for sql in &migrations[..version as usize] {
            conn.execute_batch(sql).unwrap();
        }
        // What version 1 seeded, then one session: 3 gifts of 1,031 coins
        // (1,001 from alice), a paid withdrawal of 500 diamonds, a −1 correction.
        conn.execute_batch(
            "INSERT INTO rates (effective_from, diamonds_per_coin, money_per_diamond, currency, min_withdrawal, max_withdrawal_per_day)
                 VALUES ('2016-09-01', '1', '0.005', 'USD', '10', '1000');
             INSERT INTO gift_catalog (name, coins) VALUES ('Rose', 1), ('Doughnut', 30), ('Galaxy', 1000);
             INSERT INTO settings (key, value) VALUES ('timezone', 'UTC'), ('age_confirmed', 'false'),
                 ('payout_method', ''), ('session_gap_minutes', '30');
             INSERT INTO sessions (id, started_at, ended_at, title, coins_total, gift_count)
                 VALUES (1, 1772391600000, 1772398800000, 'Fixture live', 1031, 3);
             INSERT INTO gifts (session_id, at, gift_name, coins_each, count, sender) VALUES
                 (1, 1772391700000, 'Galaxy', 1000, 1, 'alice'),
                 (1, 1772391800000, 'Rose', 1, 1, 'alice'),
                 (1, 1772391900000, 'Doughnut', 30, 1, 'bob');
             INSERT INTO withdrawals (requested_at, diamonds, gross, fee, net, method, status)
                 VALUES (1772478000000, '500', '2.50', '0', '2.50', 'PayPal', 'paid');
             INSERT INTO adjustments (at, diamonds, reason) VALUES (1772478000000, '-1', 'TikTok shows one less');",
        )
        .unwrap();
        if version >= 3 {
            // Version 3 kept per-name totals with every gift write.
            conn.execute_batch(
                "INSERT INTO name_totals (kind, name, gifts, coins)
                     SELECT 'gift', gift_name, sum(count), sum(coins_each * count) FROM gifts GROUP BY gift_name;
                 INSERT INTO name_totals (kind, name, gifts, coins)
                     SELECT 'sender', sender, sum(count), sum(coins_each * count) FROM gifts
                     WHERE sender IS NOT NULL GROUP BY sender;",
            )
            .unwrap();
        }
        if version >= 4 {
            // From version 4 on, a session is fixed at its rate when written.
            conn.execute_batch(
                "UPDATE sessions SET rate_id = 1, rate_from = '2016-09-01', diamonds_per_coin = '1',
                     money_per_diamond = '0.005', currency = 'USD';
                 UPDATE withdrawals SET currency = 'USD';",
            )
            .unwrap();
        }
        conn.pragma_update(None, "application_id", liveledger::store::APPLICATION_ID)
            .unwrap();
        conn.pragma_update(None, "user_version", version).unwrap();
    }
}

fn user_version(db: &Path) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap()
}

fn integrity(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn every_earlier_schema_upgrades_with_its_figures_intact() {
    for version in 1..liveledger::store::SCHEMA_VERSION {
        let dir = tempfile::tempdir().unwrap();
        let db = fixture(version, dir.path());
        let out = cli()
            .args(["--db", db.to_str().unwrap(), "summary", "--json"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "v{version}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        // 1,031 coins earned − 500 withdrawn − 1 corrected.
        assert_eq!(dec(&s["balance_diamonds"]), "530", "v{version}");
        assert_eq!(user_version(&db), liveledger::store::SCHEMA_VERSION);
        // Kept totals added by later migrations were filled from the old rows.
        let conn = rusqlite::Connection::open(&db).unwrap();
        let alice: i64 = conn
            .query_row(
                "SELECT coins FROM name_totals WHERE kind = 'sender' AND name = 'alice'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(alice, 1001, "v{version}");
        // Every old session was fixed at the rate it showed until then.
        let unrated: i64 = conn
            .query_row(
                "SELECT count(*) FROM sessions WHERE diamonds_per_coin IS NULL OR currency IS NULL",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(unrated, 0, "v{version}");
        let backups = std::fs::read_dir(dir.path())
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .contains(&format!(".pre-v{version}-"))
            })
            .count();
        assert_eq!(backups, 1, "v{version}: one backup before migrating");
    }
}

/// A v1 ledger big enough that migrating it takes a while.
fn big_v1(dir: &Path, gifts: u32) -> PathBuf {
    let db = fixture(1, dir);
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch("BEGIN").unwrap();
    {
        let mut stmt = conn
            .prepare("INSERT INTO gifts (session_id, at, gift_name, coins_each, count, sender) VALUES (1, ?1, 'Rose', 1, 1, ?2)")
            .unwrap();
        for i in 0..gifts {
            stmt.execute(rusqlite::params![
                1772391600000i64 + i64::from(i),
                format!("fan{}", i % 5000)
            ])
            .unwrap();
        }
    }
    conn.execute(
        "UPDATE sessions SET coins_total = coins_total + ?1, gift_count = gift_count + ?1",
        [gifts],
    )
    .unwrap();
    conn.execute_batch("COMMIT").unwrap();
    db
}

#[test]
fn a_killed_migration_leaves_the_old_or_the_new_schema_and_a_backup_that_restores() {
    let dir = tempfile::tempdir().unwrap();
    let original = big_v1(dir.path(), 300_000);
    let (mut old, mut new) = (0, 0);
    for run in 0..20u64 {
        let db = dir.path().join(format!("run{run}.db"));
        std::fs::copy(&original, &db).unwrap();
        let mut child = cli()
            .args(["--db", db.to_str().unwrap(), "summary"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(10 + run * 25));
        let _ = child.kill();
        let _ = child.wait();
        assert_eq!(integrity(&db), "ok", "run {run}");
        match user_version(&db) {
            1 => old += 1,
            v if v == liveledger::store::SCHEMA_VERSION => new += 1,
            v => panic!("run {run}: half-migrated to version {v}"),
        }
        // Whatever happened, the ledger opens and says the same.
        let out = cli()
            .args(["--db", db.to_str().unwrap(), "summary", "--json"])
            .output()
            .unwrap();
        assert!(out.status.success());
        let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(dec(&s["balance_diamonds"]), "300530", "run {run}");
    }
    eprintln!("killed migrations: {old} left schema 1, {new} had finished");
    // Every backup a killed run left is whole (one killed while copying left
    // only a .partial file), and a pre-migration backup restores.
    let backups: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            p.to_string_lossy().contains(".pre-v1-") && p.to_string_lossy().ends_with(".bak")
        })
        .collect();
    for b in &backups {
        assert_eq!(integrity(b), "ok", "{}", b.display());
        assert_eq!(user_version(b), 1, "{}", b.display());
    }
    let backup = backups.first().expect("a pre-migration backup").clone();
    let restored = dir.path().join("restored.db");
    let out = cli()
        .args([
            "--db",
            restored.to_str().unwrap(),
            "restore",
            backup.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = cli()
        .args(["--db", restored.to_str().unwrap(), "summary", "--json"])
        .output()
        .unwrap();
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(dec(&s["balance_diamonds"]), "300530");
}

/// A gift table of `rows` one-rose rows a second apart from 2026-02-01.
fn big_gift_table(dir: &Path, rows: u32) -> PathBuf {
    let file = dir.join("big.csv");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&file).unwrap());
    writeln!(f, "date,gift,coins,count,sender").unwrap();
    for i in 0..rows {
        let (h, m, s) = (i / 3600 % 24, i / 60 % 60, i % 60);
        writeln!(
            f,
            "2026-02-{:02} {h:02}:{m:02}:{s:02},Rose,1,1,fan{}",
            1 + i / 86_400,
            i % 97
        )
        .unwrap();
    }
    f.flush().unwrap();
    file
}

/// `liveledger import file` into `db`, running.
fn spawn_import(db: &Path, file: &Path) -> std::process::Child {
    cli()
        .args([
            "--db",
            db.to_str().unwrap(),
            "import",
            file.to_str().unwrap(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

fn journal_mode(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap()
}

fn gift_rows(conn: &rusqlite::Connection) -> rusqlite::Result<i64> {
    conn.query_row("SELECT count(*) FROM gifts", [], |r| r.get(0))
}

#[test]
fn a_killed_import_leaves_all_of_the_file_or_none_of_it() {
    let l = TestLedger::new();
    l.ok(&[
        "session",
        "add",
        "--start",
        "2026-01-01 10:00",
        "--end",
        "2026-01-01 11:00",
        "--diamonds",
        "42",
    ]);
    let file = big_gift_table(l.dir.path(), 200_000);
    let (mut none, mut all, mut hot) = (0, 0, 0);
    for run in 0..20u64 {
        let mut child = spawn_import(&l.db, &file);
        // Spread over reading, writing, committing and past the end (a debug
        // build takes about 2.7 s for this file).
        std::thread::sleep(Duration::from_millis(20 + run * 170));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        // Killed while holding the ledger alone and writing: a journal
        // that opening rolls back.
        let mut journal = l.db.clone().into_os_string();
        journal.push("-journal");
        if Path::new(&journal).exists() {
            hot += 1;
        }
        assert_eq!(integrity(&l.db), "ok", "run {run}");
        let conn = rusqlite::Connection::open(&l.db).unwrap();
        let gifts: i64 = conn
            .query_row("SELECT count(*) FROM gifts", [], |r| r.get(0))
            .unwrap();
        let imports: i64 = conn
            .query_row("SELECT count(*) FROM imports", [], |r| r.get(0))
            .unwrap();
        match (gifts, imports) {
            (0, 0) => none += 1,
            (200_000, 1) => {
                all += 1;
                l.ok(&["imports", "undo", "1"]);
            }
            other => panic!("run {run}: a killed import left {other:?} (gift rows, imports)"),
        }
    }
    // The hand-typed session survives every kill.
    assert_eq!(dec(&l.summary()["diamonds_earned"]), "42");
    // A kill while the import held the ledger alone left it without WAL;
    // the next open puts it back.
    assert_eq!(journal_mode(&l.db), "wal");
    eprintln!("killed imports: {none} left nothing ({hot} with a journal to roll back), {all} had completed");
}

#[test]
fn a_window_opened_during_a_cli_import_that_holds_the_ledger_waits_for_its_end() {
    use liveledger::store::LedgerLock;
    // Looking takes the import's lock for an instant; an import that tries
    // to take it in that instant keeps WAL instead. Then try again.
    for _ in 0..3 {
        let l = TestLedger::new();
        let file = big_gift_table(l.dir.path(), 200_000);
        let mut child = spawn_import(&l.db, &file);
        // Look, as a window would, until the import holds the ledger.
        while !LedgerLock::import_running(&l.db).unwrap() && child.try_wait().unwrap().is_none() {
            std::thread::sleep(Duration::from_millis(5));
        }
        if child.try_wait().unwrap().is_some() {
            continue;
        }
        // What the app does on start: an import holds it, so wait.
        let window = LedgerLock::for_window(&l.db).unwrap().unwrap();
        // Once the window has the lock the import is over: all of it is
        // there, and the ledger is in WAL again for the window's readers.
        let conn = rusqlite::Connection::open(&l.db).unwrap();
        assert_eq!(gift_rows(&conn).unwrap(), 200_000);
        assert_eq!(journal_mode(&l.db), "wal");
        assert!(child.wait().unwrap().success());
        drop(window);
        return;
    }
    panic!("three imports ended before they were seen holding the ledger");
}

#[test]
fn a_cli_import_beside_an_open_reader_keeps_wal_and_the_reader_reads_throughout() {
    let l = TestLedger::new();
    let file = big_gift_table(l.dir.path(), 200_000);
    // As the app's views do: a connection that stays open.
    let reader = rusqlite::Connection::open(&l.db).unwrap();
    assert_eq!(gift_rows(&reader).unwrap(), 0);
    let mut child = spawn_import(&l.db, &file);
    let mut reads = 0;
    while child.try_wait().unwrap().is_none() {
        // Never busy: WAL lets it read the state before the import.
        let n = gift_rows(&reader).expect("a read during the import");
        assert!(n == 0 || n == 200_000, "{n}");
        reads += 1;
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(child.wait().unwrap().success());
    assert!(
        reads > 5,
        "the import ended too soon to show anything ({reads} reads)"
    );
    assert_eq!(gift_rows(&reader).unwrap(), 200_000);
}

#[test]
fn a_locked_ledger_waits_for_the_other_writer_then_says_so_clearly() {
    let l = TestLedger::new();
    let hold = |ms: u64| {
        let db = l.db.clone();
        let (tx, rx) = std::sync::mpsc::channel();
        let t = std::thread::spawn(move || {
            let conn = rusqlite::Connection::open(&db).unwrap();
            conn.execute_batch("BEGIN IMMEDIATE; INSERT INTO settings VALUES ('lock-test', 'x');")
                .unwrap();
            tx.send(()).unwrap();
            std::thread::sleep(Duration::from_millis(ms));
            conn.execute_batch("ROLLBACK").unwrap();
        });
        rx.recv().unwrap();
        t
    };
    // Released within the wait: the write goes through.
    let t = hold(800);
    l.ok(&["session", "add", "--start", "2026-01-01 10:00"]);
    t.join().unwrap();
    // Held longer than the wait: one clear line, nothing written.
    let t = hold(7_000);
    let err = l.fails(&["session", "add", "--start", "2026-01-02 10:00"]);
    t.join().unwrap();
    assert!(
        err.contains("busy") && err.contains("another LiveLedger"),
        "{err}"
    );
    assert_eq!(err.trim_end().lines().count(), 1);
    assert_eq!(l.json(&["sessions"]).as_array().unwrap().len(), 1);
}
