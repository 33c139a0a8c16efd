//! Nothing is lost to one command: deletes go to a trash that puts them back
//! with their totals, clearing keeps a copy that restores, and a restore
//! brings records, never schema or code (a hostile backup is refused whole).

mod common;

use std::process::Command;

use common::TestLedger;
use serde_json::Value;

/// Every figure of the summary, the sessions and the withdrawals, to
/// compare ledgers (the summary's clock left out).
fn figures(l: &TestLedger) -> (Value, Value, Value) {
    let mut s = l.summary();
    s.as_object_mut().expect("summary object").remove("as_of");
    let sessions = l.json(&["sessions"]);
    let w = l.json(&["withdrawals", "list"]);
    (s, sessions, w)
}

/// The kept per-gift and per-sender totals, as rows of text.
fn name_totals(l: &TestLedger) -> String {
    let out = Command::new("sqlite3")
        .arg(&l.db)
        .arg("SELECT kind, name, gifts, coins FROM name_totals ORDER BY kind, name")
        .output()
        .expect("sqlite3");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn sqlite(db: &std::path::Path, sql: &str) {
    let out = Command::new("sqlite3")
        .arg(db)
        .arg(sql)
        .output()
        .expect("sqlite3");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn demo() -> TestLedger {
    let l = TestLedger::new();
    l.ok(&["demo", "load"]);
    l
}

/// The trash id a delete printed.
fn undo_id(printed: &str) -> String {
    printed
        .split("trash restore ")
        .nth(1)
        .and_then(|t| t.split('`').next())
        .unwrap_or_else(|| panic!("no undo in {printed}"))
        .to_string()
}

#[test]
fn a_deleted_session_comes_back_whole_with_its_totals() {
    let l = demo();
    let before = figures(&l);
    let out = l.ok(&["session", "delete", "3"]);
    assert!(out.contains("session 3 and its"), "{out}");
    assert_ne!(figures(&l).0, before.0, "the delete moved the balance");
    let listed = l.ok(&["trash", "list"]);
    assert!(listed.contains("session 3"), "{listed}");
    l.ok(&["trash", "restore", &undo_id(&out)]);
    assert_eq!(figures(&l), before, "every figure as before the delete");
    // The entry is used up: a second restore finds nothing.
    let err = l.fails(&["trash", "restore", &undo_id(&out)]);
    assert!(err.contains("does not exist"), "{err}");
}

#[test]
fn deleted_gifts_and_withdrawals_come_back_and_move_the_top_lists() {
    let l = demo();
    let before = figures(&l);
    let top_before = name_totals(&l);
    let gifts = l.json(&["gift", "list", "--session", "5"]);
    let first = gifts[0]["id"].as_i64().unwrap().to_string();
    let g = l.ok(&["gift", "delete", &first]);
    let w = l.ok(&["withdrawals", "delete", "1"]);
    assert_ne!(name_totals(&l), top_before);
    l.ok(&["trash", "restore", &undo_id(&w)]);
    l.ok(&["trash", "restore", &undo_id(&g)]);
    assert_eq!(figures(&l), before);
    assert_eq!(
        name_totals(&l),
        top_before,
        "per-name totals moved back too"
    );
}

#[test]
fn a_deleted_session_whose_id_was_taken_since_comes_back_under_a_new_one() {
    let l = demo();
    let sessions = l.json(&["sessions"]);
    let last = sessions
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_i64().unwrap())
        .max()
        .unwrap();
    let before_gifts = l.json(&["gift", "list", "--session", &last.to_string()]);
    let out = l.ok(&["session", "delete", &last.to_string()]);
    // SQLite hands the freed id to the next session.
    let new_id = l
        .ok(&[
            "session",
            "add",
            "--start",
            "2030-01-01T10:00",
            "--title",
            "new",
        ])
        .trim()
        .to_string();
    assert_eq!(new_id, last.to_string());
    l.ok(&["trash", "restore", &undo_id(&out)]);
    let after = l.json(&["sessions"]);
    let back = after
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"].as_i64().unwrap() > last)
        .expect("the session is back under a new id");
    let gifts = l.json(&["gift", "list", "--session", &back["id"].to_string()]);
    assert_eq!(
        gifts.as_array().unwrap().len(),
        before_gifts.as_array().unwrap().len(),
        "its gifts followed it"
    );
}

#[test]
fn clearing_keeps_a_copy_that_restores_every_figure() {
    let l = demo();
    let before = figures(&l);
    let out = l.ok(&["demo", "clear", "--yes"]);
    let copy = out
        .split("kept in ")
        .nth(1)
        .and_then(|t| t.split(" (").next())
        .expect("the copy's path")
        .to_string();
    assert!(std::path::Path::new(&copy).is_file(), "{copy}");
    assert_eq!(l.summary()["balance_diamonds"], "0");
    l.ok(&["restore", &copy]);
    assert_eq!(figures(&l), before);
}

#[test]
fn a_hostile_backup_is_refused_whole_and_the_ledger_is_left_as_it_was() {
    let l = demo();
    let before = figures(&l);
    let good = l.dir.path().join("good.db");
    l.ok(&["backup", good.to_str().unwrap()]);
    let cases: &[(&str, &str, &str)] = &[
        (
            "trigger",
            "CREATE TRIGGER t AFTER INSERT ON gifts BEGIN UPDATE sessions SET reported_diamonds = '1000000'; END;",
            "trigger 't'",
        ),
        (
            "view",
            "DROP TABLE withdrawals; CREATE VIEW withdrawals AS SELECT 1 AS id;",
            "view 'withdrawals'",
        ),
        ("index", "CREATE INDEX extra ON gifts(sender);", "index 'extra'"),
        ("table", "CREATE TABLE mine (x);", "table 'mine'"),
        (
            "undecodable withdrawal",
            "UPDATE withdrawals SET diamonds = 'abc' WHERE id = 1;",
            "cannot be read",
        ),
        (
            "undecodable gift",
            "UPDATE gifts SET at = 'zzz' WHERE id = 5;",
            "cannot be read",
        ),
        (
            "a column of its own",
            "ALTER TABLE sessions ADD COLUMN evil TEXT;",
            "table 'sessions' is not LiveLedger's",
        ),
    ];
    for (what, sql, says) in cases {
        let bad = l.dir.path().join(format!("{}.db", what.replace(' ', "-")));
        std::fs::copy(&good, &bad).unwrap();
        sqlite(&bad, sql);
        let err = l.fails(&["restore", bad.to_str().unwrap()]);
        assert!(err.contains(says), "{what}: {err}");
        assert_eq!(figures(&l), before, "{what}: nothing changed");
    }
    // The trigger would have run on the next gift: it is not in the ledger.
    let out = Command::new("sqlite3")
        .arg(&l.db)
        .arg("SELECT count(*) FROM sqlite_schema WHERE type IN ('trigger', 'view')")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0");
}

#[test]
fn restore_works_across_page_sizes_and_over_a_damaged_or_missing_ledger() {
    let l = demo();
    let before = figures(&l);
    let good = l.dir.path().join("good.db");
    l.ok(&["backup", good.to_str().unwrap()]);
    // A sound backup with 4 KiB pages into this 8 KiB ledger.
    let small = l.dir.path().join("small-pages.db");
    std::fs::copy(&good, &small).unwrap();
    sqlite(&small, "PRAGMA page_size = 4096; VACUUM;");
    // The demo's withdrawals spent its first live's diamonds: asked, and forced.
    l.ok(&["session", "delete", "1", "--force"]);
    l.ok(&["restore", small.to_str().unwrap()]);
    assert_eq!(figures(&l), before);

    // Over a damaged ledger: it is moved aside, kept, and the backup restored.
    std::fs::write(&l.db, vec![b'x'; 20_000]).unwrap();
    let _ = std::fs::remove_file(l.db.with_extension("db-wal"));
    let _ = std::fs::remove_file(l.db.with_extension("db-shm"));
    let out = l.ok(&["restore", good.to_str().unwrap()]);
    assert!(out.contains("restored"), "{out}");
    assert_eq!(figures(&l), before);
    let aside = std::fs::read_dir(l.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .any(|e| e.file_name().to_string_lossy().contains(".damaged-"));
    assert!(aside, "the damaged file is kept aside");

    // Over no ledger at all.
    let fresh = TestLedger::new();
    std::fs::remove_file(&fresh.db).unwrap();
    fresh.ok(&["restore", good.to_str().unwrap()]);
    assert_eq!(figures(&fresh).1, before.1);
}

#[test]
fn a_restore_recomputes_kept_totals_it_was_handed() {
    let l = demo();
    let before = figures(&l);
    let good = l.dir.path().join("good.db");
    l.ok(&["backup", good.to_str().unwrap()]);
    // A backup whose kept totals lie about its rows.
    sqlite(
        &good,
        "UPDATE sessions SET coins_total = coins_total + 1000000; UPDATE name_totals SET coins = 0;",
    );
    l.ok(&["restore", good.to_str().unwrap()]);
    assert_eq!(figures(&l), before);
}

#[test]
fn a_forged_trash_entry_runs_no_sql_and_moves_no_total() {
    let l = demo();
    let out = l.ok(&["withdrawals", "delete", "1"]);
    let id = undo_id(&out);
    let before = figures(&l);
    // A column name that is SQL: never pasted into a statement.
    let evil = r#"{"withdrawals":[{"requested_at, diamonds, gross, fee, net, status) SELECT 0, '-50000', '0', '0', '0', ? RETURNING rowid --":"paid"}]}"#;
    sqlite(
        &l.db,
        &format!(
            "UPDATE trash SET rows = '{}' WHERE id = {id}",
            evil.replace('\'', "''")
        ),
    );
    let err = l.fails(&["trash", "restore", &id]);
    assert!(err.contains("damaged"), "{err}");
    assert_eq!(figures(&l), before, "nothing written");
    // Values of the wrong kind are refused too, not stored half-counted.
    let g = l.json(&["gift", "list", "--session", "5"]);
    let gid = g[0]["id"].as_i64().unwrap().to_string();
    let out = l.ok(&["gift", "delete", &gid]);
    let gid_undo = undo_id(&out);
    let before = figures(&l);
    sqlite(
        &l.db,
        &format!("UPDATE trash SET rows = replace(rows, '\"coins_each\":', '\"coins_each\":\"1000\",\"x\":') WHERE id = {gid_undo}"),
    );
    let err = l.fails(&["trash", "restore", &gid_undo]);
    assert!(err.contains("damaged"), "{err}");
    assert_eq!(figures(&l), before);
}

#[test]
fn a_deleted_gift_never_comes_back_into_another_session() {
    let l = TestLedger::new();
    l.ok(&[
        "session",
        "add",
        "--start",
        "2026-02-01T18:00",
        "--end",
        "2026-02-01T20:00",
    ]);
    let s1 = l
        .ok(&[
            "session",
            "add",
            "--start",
            "2026-02-03T18:00",
            "--end",
            "2026-02-03T20:00",
        ])
        .trim()
        .to_string();
    l.ok(&["gift", "add", "--session", &s1, "--gift", "Galaxy"]);
    let gift = l.json(&["gift", "list", "--session", &s1])[0]["id"]
        .as_i64()
        .unwrap()
        .to_string();
    let undo = undo_id(&l.ok(&["gift", "delete", &gift]));
    l.ok(&["session", "delete", &s1]);
    // The freed id goes to an unrelated live.
    let reused = l
        .ok(&[
            "session",
            "add",
            "--start",
            "2026-06-01T10:00",
            "--title",
            "unrelated",
        ])
        .trim()
        .to_string();
    assert_eq!(reused, s1);
    let err = l.fails(&["trash", "restore", &undo]);
    assert!(err.contains("session is no longer in the ledger"), "{err}");
    assert!(l
        .json(&["gift", "list", "--session", &reused])
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn a_backup_whose_records_would_break_a_command_is_refused() {
    let l = demo();
    let before = figures(&l);
    let good = l.dir.path().join("good.db");
    l.ok(&["backup", good.to_str().unwrap()]);
    let cases: &[(&str, &str)] = &[
        ("huge correction", "UPDATE adjustments SET diamonds = '-79228162514264337593543950335'"),
        ("huge gift", "UPDATE gifts SET coins_each = 4000000000000000000 WHERE id IN (SELECT min(id) FROM gifts GROUP BY session_id LIMIT 3)"),
        ("trash time", "INSERT INTO trash VALUES (5, 'abc', 'x', '{}')"),
        ("trash columns", "INSERT INTO trash VALUES (6, 1, 'x', '{\"withdrawals\":[{\"id); DROP TABLE gifts;--\":1}]}')"),
        ("import time", "UPDATE imports SET imported_at = 'x'"),
        ("catalog price", "UPDATE gift_catalog SET coins = 'abc'"),
        ("revision", "INSERT INTO gift_revisions VALUES (1, 1, NULL, 'x', 'Rose', 'abc', 'abc', NULL, NULL, 0)"),
        ("gap setting", "UPDATE settings SET value = '-5' WHERE key = 'session_gap_minutes'"),
        ("age setting", "UPDATE settings SET value = 'maybe' WHERE key = 'age_confirmed'"),
        ("year 26", "UPDATE sessions SET started_at = -61337059200000 WHERE id = 2"),
        ("orphan gift", "PRAGMA foreign_keys = OFF; UPDATE gifts SET session_id = 99999 WHERE id = 1"),
    ];
    for (what, sql) in cases {
        let bad = l.dir.path().join(format!("{}.db", what.replace(' ', "-")));
        std::fs::copy(&good, &bad).unwrap();
        sqlite(&bad, sql);
        let err = l.fails(&["restore", bad.to_str().unwrap()]);
        assert!(
            err.contains(bad.file_name().unwrap().to_str().unwrap()),
            "{what}: names the backup: {err}"
        );
        assert_eq!(figures(&l), before, "{what}: nothing changed");
    }
}

#[test]
fn a_ledger_path_that_is_not_a_file_is_never_replaced() {
    let l = TestLedger::new();
    let good = l.dir.path().join("good.db");
    l.ok(&["backup", good.to_str().unwrap()]);
    let dir = l.dir.path().join("folder");
    std::fs::create_dir(&dir).unwrap();
    let fifo = l.dir.path().join("pipe");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    for target in [&dir, &fifo] {
        let out = common::liveledger()
            .arg("--db")
            .arg(target)
            .args(["restore", good.to_str().unwrap()])
            .env_remove("LIVELEDGER_DB")
            .output()
            .unwrap();
        assert!(!out.status.success(), "{}", target.display());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("folder") || err.contains("FIFO"), "{err}");
    }
    assert!(dir.is_dir(), "the folder is left where it was");
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo_like());
}

#[test]
fn a_typo_year_is_refused_before_it_reaches_a_report() {
    let l = TestLedger::new();
    let err = l.fails(&[
        "session",
        "add",
        "--start",
        "0026-03-02 20:00",
        "--end",
        "0026-03-02 21:00",
    ]);
    assert!(err.contains("year 26"), "{err}");
}

trait FifoLike {
    fn is_fifo_like(&self) -> bool;
}

impl FifoLike for std::fs::FileType {
    fn is_fifo_like(&self) -> bool {
        use std::os::unix::fs::FileTypeExt;
        self.is_fifo()
    }
}
