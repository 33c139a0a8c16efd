//! The `liveledger` CLI as a black box: real binary, real database file.

mod common;

use common::{dec, TestLedger};

#[test]
fn a_session_by_hand_gives_hand_computed_figures() {
    let l = TestLedger::new();
    let s = l.ok(&[
        "session",
        "add",
        "--start",
        "2026-11-20 19:00",
        "--end",
        "2026-11-20 21:00",
        "--title",
        "Friday",
        "--viewers",
        "400",
    ]);
    let s = s.trim();
    assert_eq!(s, "1");
    l.ok(&[
        "gift",
        "add",
        "--session",
        s,
        "--gift",
        "Rose",
        "--count",
        "50",
        "--from",
        "alice",
    ]);
    l.ok(&["gift", "add", "--session", s, "--gift", "lion"]); // catalog, any case
    l.ok(&[
        "gift",
        "add",
        "--session",
        s,
        "--gift",
        "Mystery",
        "--coins",
        "77",
        "--count",
        "2",
    ]);
    // 50×1 + 29,999 + 2×77 = 30,203 coins = 30,203 diamonds; × 0.005 = 151.015 → 151.02 (half-up).
    let sum = l.summary();
    assert_eq!(dec(&sum["diamonds_earned"]), "30203");
    assert_eq!(dec(&sum["balance_diamonds"]), "30203");
    assert_eq!(dec(&sum["balance_value"]), "151.02");
    assert_eq!(sum["currency"], "USD");
    assert_eq!(dec(&sum["min_withdrawal"]), "10.00");
    // 151.015 / 10 = 15.1015: progress is not capped in data.
    assert_eq!(dec(&sum["progress"]), "15.1015");
    assert_eq!(
        sum["ready"], false,
        "age and payout method are not confirmed yet"
    );
    assert_eq!(sum["blockers"].as_array().unwrap().len(), 2);

    let gifts = l.json(&["gift", "list", "--session", s]);
    assert_eq!(gifts[1]["gift_name"], "Lion", "catalog spelling is kept");

    l.ok(&["settings", "set", "age_confirmed", "yes"]);
    l.ok(&["settings", "set", "payout_method", "PayPal"]);
    let sum = l.summary();
    assert_eq!(sum["ready"], true, "{}", sum["blockers"]);
    assert_eq!(sum["blockers"].as_array().unwrap().len(), 0);
    assert_eq!(dec(&sum["withdrawable_now_diamonds"]), "30203");

    let sessions = l.json(&["sessions"]);
    assert_eq!(dec(&sessions[0]["hours"]), "2");
    assert_eq!(dec(&sessions[0]["diamonds_per_hour"]), "15101.5");
    // 151.015 / 400 viewers = 0.3775 a viewer; 377.54 per 1,000.
    assert_eq!(dec(&sessions[0]["value_per_viewer"]), "0.3775");
    assert_eq!(dec(&sessions[0]["value_per_1000_viewers"]), "377.54");
}

#[test]
fn summary_json_has_the_contract_keys_with_decimal_strings() {
    let l = TestLedger::new();
    let sum = l.summary();
    for key in [
        "diamonds_earned",
        "diamonds_withdrawn",
        "balance_diamonds",
        "balance_value",
        "min_withdrawal",
        "progress",
    ] {
        assert!(
            sum[key].is_string(),
            "{key} must be a decimal string: {}",
            sum[key]
        );
    }
    assert!(sum["currency"].is_string());
    assert!(sum["ready"].is_boolean());
    assert!(sum["blockers"].is_array());
    assert!(sum["eta"].is_null(), "nothing earned: no ETA");
}

#[test]
fn withdrawals_move_the_balance_and_failed_ones_give_it_back() {
    let l = TestLedger::new();
    l.ok(&[
        "session",
        "add",
        "--start",
        "2026-11-01 19:00",
        "--end",
        "2026-11-01 20:00",
        "--diamonds",
        "5000",
    ]);
    let w = l.ok(&[
        "withdraw",
        "--diamonds",
        "3000",
        "--fee",
        "0.75",
        "--method",
        "PayPal",
        "--at",
        "2026-11-02 10:00",
    ]);
    let sum = l.summary();
    assert_eq!(dec(&sum["balance_diamonds"]), "2000");
    assert_eq!(dec(&sum["diamonds_withdrawn"]), "3000");
    assert_eq!(dec(&sum["pending"]["USD"]), "15.00");
    let list = l.json(&["withdrawals", "list"]);
    assert_eq!(dec(&list[0]["gross"]), "15.00");
    assert_eq!(dec(&list[0]["net"]), "14.25");
    l.ok(&["withdrawals", "status", w.trim(), "failed"]);
    assert_eq!(dec(&l.summary()["balance_diamonds"]), "5000");
    // A fee larger than the withdrawal is refused.
    let err = l.fails(&["withdraw", "--diamonds", "10", "--fee", "5"]);
    assert!(err.contains("fee"), "{err}");
}

#[test]
fn a_withdrawal_cannot_take_more_than_the_balance() {
    let l = TestLedger::new();
    l.ok(&[
        "session",
        "add",
        "--start",
        "2026-11-01 19:00",
        "--diamonds",
        "5000",
    ]);
    // An extra zero typed by mistake: refused, nothing written.
    let err = l.fails(&["withdraw", "--diamonds", "50000"]);
    assert!(
        err.contains("more than the balance of 5000 diamonds") && err.contains("reconcile"),
        "{err}"
    );
    assert_eq!(l.json(&["withdrawals", "list"]), serde_json::json!([]));
    // The whole balance may go; then nothing more.
    let w = l.ok(&["withdraw", "--diamonds", "5000"]);
    l.fails(&["withdraw", "--diamonds", "1"]);
    // A failed withdrawal gives its diamonds back; recorded as failed, another
    // takes them; the first cannot then be taken up again.
    l.ok(&["withdrawals", "status", w.trim(), "failed"]);
    l.ok(&["withdraw", "--diamonds", "4000"]);
    let err = l.fails(&["withdrawals", "status", w.trim(), "pending"]);
    assert!(err.contains("more than the balance of 1000"), "{err}");
    assert_eq!(dec(&l.summary()["balance_diamonds"]), "1000");
    // A record of one that failed takes nothing, so it is always accepted.
    l.ok(&["withdraw", "--diamonds", "90000", "--status", "failed"]);
    assert_eq!(dec(&l.summary()["balance_diamonds"]), "1000");
}

#[test]
fn adjustments_and_reconcile_correct_the_balance() {
    let l = TestLedger::new();
    l.ok(&[
        "session",
        "add",
        "--start",
        "2026-11-01 19:00",
        "--diamonds",
        "1000",
    ]);
    l.ok(&["adjust", "--diamonds", "-100", "--reason", "refunded gift"]);
    assert_eq!(dec(&l.summary()["balance_diamonds"]), "900");
    let out = l.ok(&["reconcile", "--balance", "950"]);
    assert!(out.contains("+50"), "{out}");
    assert_eq!(dec(&l.summary()["balance_diamonds"]), "950");
    assert_eq!(l.json(&["adjustments"]).as_array().unwrap().len(), 2);
}

#[test]
fn a_new_rate_does_not_reprice_earlier_sessions() {
    let l = TestLedger::new();
    l.ok(&[
        "session",
        "add",
        "--start",
        "2026-02-28 20:00",
        "--end",
        "2026-02-28 21:00",
        "--diamonds",
        "0",
    ]);
    l.ok(&["gift", "add", "--session", "1", "--gift", "Galaxy"]);
    let before = l.json(&["sessions"]);
    l.ok(&[
        "rate",
        "set",
        "--from",
        "2026-03-01",
        "--diamonds-per-coin",
        "0.5",
        "--money-per-diamond",
        "0.004",
        "--currency",
        "USD",
        "--min-withdrawal",
        "10",
    ]);
    l.ok(&[
        "session",
        "add",
        "--start",
        "2026-03-01 20:00",
        "--end",
        "2026-03-01 21:00",
    ]);
    l.ok(&["gift", "add", "--session", "2", "--gift", "Galaxy"]);
    let after = l.json(&["sessions"]);
    assert_eq!(before[0]["diamonds"], after[0]["diamonds"]);
    assert_eq!(before[0]["value"], after[0]["value"]);
    assert_eq!(dec(&after[0]["diamonds"]), "1000");
    assert_eq!(dec(&after[0]["value"]), "5.00");
    assert_eq!(dec(&after[1]["diamonds"]), "500");
    assert_eq!(dec(&after[1]["value"]), "2.00");
    let rates = l.json(&["rate", "list"]);
    assert_eq!(rates.as_array().unwrap().len(), 2);
}

#[test]
fn bad_input_exits_non_zero_with_one_line_and_writes_nothing() {
    let l = TestLedger::new();
    l.ok(&[
        "session",
        "add",
        "--start",
        "2026-11-01 19:00",
        "--end",
        "2026-11-01 20:00",
    ]);
    let before = l.contents();
    let cases: &[(&[&str], &str)] = &[
        (
            &["gift", "add", "--session", "99", "--gift", "Rose"],
            "session 99 does not exist",
        ),
        (
            &[
                "gift",
                "add",
                "--session",
                "1",
                "--gift",
                "Rose",
                "--count",
                "-3",
            ],
            "count",
        ),
        (
            &[
                "gift",
                "add",
                "--session",
                "1",
                "--gift",
                "Rose",
                "--count",
                "0",
            ],
            "count",
        ),
        (
            &["gift", "add", "--session", "1", "--gift", "Unicorn"],
            "not in the gift catalog",
        ),
        (
            &[
                "gift",
                "add",
                "--session",
                "1",
                "--gift",
                "Rose",
                "--coins",
                "-1",
            ],
            "coins",
        ),
        (
            &[
                "session",
                "add",
                "--start",
                "2026-11-01 19:00",
                "--end",
                "2026-11-01 18:00",
            ],
            "before the start",
        ),
        (
            &["session", "add", "--start", "2026-02-30 19:00"],
            "not a date/time",
        ),
        (
            &["session", "add", "--start", "yesterday"],
            "not a date/time",
        ),
        (
            &[
                "session",
                "add",
                "--start",
                "2026-11-01 19:00",
                "--viewers",
                "-5",
            ],
            "negative",
        ),
        (&["withdraw", "--diamonds", "-5"], "diamonds"),
        (&["withdraw", "--diamonds", "1e3"], "not a number"),
        (
            &[
                "rate",
                "set",
                "--from",
                "2026-01-01",
                "--diamonds-per-coin",
                "0",
                "--money-per-diamond",
                "0.005",
                "--currency",
                "USD",
                "--min-withdrawal",
                "10",
            ],
            "diamonds per coin",
        ),
        (
            &["settings", "set", "timezone", "Mars/Olympus"],
            "not a time zone",
        ),
        (
            &["withdrawals", "status", "7", "paid"],
            "withdrawal 7 does not exist",
        ),
        (
            &["session", "add", "--start", "2026-03-29 02:30"],
            "does not exist in time zone",
        ),
    ];
    for (args, expect) in cases {
        let err = l.fails(args);
        assert!(
            err.contains(expect),
            "{args:?}: expected '{expect}' in: {err}"
        );
        assert_eq!(
            err.trim_end().lines().count(),
            1,
            "{args:?}: one line expected: {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
    assert_eq!(l.contents(), before, "a refused command must not write");
}

#[test]
fn report_by_month_and_week() {
    let l = TestLedger::new();
    // 23:30 Berlin time on Jan 31 and a session on Feb 2.
    l.ok(&[
        "session",
        "add",
        "--start",
        "2026-01-31 23:30",
        "--end",
        "2026-02-01 00:30",
        "--diamonds",
        "100",
    ]);
    l.ok(&[
        "session",
        "add",
        "--start",
        "2026-02-02 20:00",
        "--end",
        "2026-02-02 21:30",
        "--diamonds",
        "250",
    ]);
    let months = l.json(&["report", "--by", "month"]);
    assert_eq!(months.as_array().unwrap().len(), 2);
    assert_eq!(months[0]["period"], "2026-01");
    assert_eq!(dec(&months[0]["diamonds"]), "100");
    assert_eq!(dec(&months[1]["closing_balance"]), "350");
    assert_eq!(dec(&months[1]["hours_live"]), "1.5");
    let weeks = l.json(&["report", "--by", "week"]);
    // Sat Jan 31 is in ISO week 5, Mon Feb 2 in week 6.
    assert_eq!(weeks[0]["period"], "2026-W05");
    assert_eq!(weeks[1]["period"], "2026-W06");
    let text = l.ok(&["report", "--by", "year"]);
    assert!(text.contains("2026"), "{text}");
    let err = l.fails(&["report", "--by", "fortnight"]);
    assert!(err.contains("not a period"), "{err}");
}

#[test]
fn a_newer_schema_is_refused_and_left_untouched() {
    let l = TestLedger::new();
    {
        let conn = rusqlite::Connection::open(&l.db).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let bytes = std::fs::read(&l.db).unwrap();
    let err = l.fails(&["summary"]);
    assert!(err.contains("newer LiveLedger"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1);
    assert_eq!(
        std::fs::read(&l.db).unwrap(),
        bytes,
        "the file must not change"
    );
}

#[test]
fn a_database_of_the_first_schema_is_upgraded_after_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("old.db");
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch(liveledger::store::MIGRATIONS[0])
            .unwrap();
        conn.execute_batch(
            "INSERT INTO rates (effective_from, diamonds_per_coin, money_per_diamond, currency, min_withdrawal, max_withdrawal_per_day)
               VALUES ('2016-09-01', '1', '0.005', 'USD', '10', '1000');
             INSERT INTO settings VALUES ('timezone', 'UTC'), ('age_confirmed', 'false'), ('payout_method', ''), ('session_gap_minutes', '30');
             INSERT INTO sessions (started_at, ended_at, title, coins_total, gift_count) VALUES (1772391600000, 1772395200000, 'v1 live', 31, 2);
             INSERT INTO gifts (session_id, at, gift_name, coins_each, count, sender) VALUES (1, NULL, 'Rose', 1, 1, 'a'), (1, NULL, 'Doughnut', 30, 1, 'b');",
        )
        .unwrap();
        conn.pragma_update(None, "application_id", liveledger::store::APPLICATION_ID)
            .unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
    }
    let out = common::liveledger()
        .args(["--db", db.to_str().unwrap(), "summary", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sum: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(dec(&sum["balance_diamonds"]), "31");
    let conn = rusqlite::Connection::open(&db).unwrap();
    let v: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(v, liveledger::store::SCHEMA_VERSION);
    let backups: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".pre-v1-"))
        .collect();
    assert_eq!(backups.len(), 1, "a backup is taken before migrating");
    // The backup is still the v1 database.
    let b = rusqlite::Connection::open(backups[0].path()).unwrap();
    let v: i64 = b
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(v, 1);
}

#[test]
fn a_file_that_is_not_a_ledger_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.db");
    std::fs::write(&text, "this is not sqlite, just text that happens to be long enough to have a header ........ ......").unwrap();
    let out = common::liveledger()
        .args(["--db", text.to_str().unwrap(), "summary"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a LiveLedger database"));
    let other = dir.path().join("other.db");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    let out = common::liveledger()
        .args(["--db", other.to_str().unwrap(), "summary"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a LiveLedger database"));
}

#[test]
fn the_default_database_follows_liveledger_db() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("from-env.db");
    let out = common::liveledger()
        .args(["settings", "show"])
        .env("LIVELEDGER_DB", &db)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("from-env.db"));
    assert!(db.exists());
}

#[test]
fn backup_and_restore_give_the_same_summary() {
    let l = TestLedger::new();
    l.ok(&["demo", "load"]);
    let before = l.contents();
    let backup = l.dir.path().join("backup.db");
    l.ok(&["backup", backup.to_str().unwrap()]);
    l.ok(&["demo", "clear", "--yes"]);
    assert_ne!(l.contents(), before);
    l.ok(&["restore", backup.to_str().unwrap()]);
    assert_eq!(l.contents(), before);
    // The backup is one file: restoring from it left nothing beside it.
    for extra in ["backup.db-wal", "backup.db-shm"] {
        assert!(!l.dir.path().join(extra).exists(), "{extra} was left");
    }
    // A file that is not a backup is refused and the ledger kept.
    let junk = l.dir.path().join("junk.db");
    std::fs::write(&junk, "junk").unwrap();
    l.fails(&["restore", junk.to_str().unwrap()]);
    assert_eq!(l.contents(), before);
}

#[test]
fn demo_data_loads_once_and_is_below_the_threshold() {
    let l = TestLedger::new();
    l.ok(&["demo", "load"]);
    let sum = l.summary();
    assert_eq!(dec(&sum["balance_diamonds"]), "1450");
    // generate.py: "124 sessions, …, 7425 minutes".
    assert_eq!(sum["sessions"], 124);
    // Every insight has something to show, the room's included.
    let ins = l.json(&["insights"]);
    assert!(ins["week"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| !c["per_hour"]["value"].is_null()));
    assert!(
        !ins["engagement"]["by_comments"]["above"]["value"].is_null(),
        "{ins}"
    );
    assert!(!ins["who"]["top_share"][0]["percent"]["value"].is_null());
    assert!(!ins["plan"]["hours_needed"].is_null());
    let err = l.fails(&["demo", "load"]);
    assert!(err.contains("empty"), "{err}");
}

#[test]
fn a_closed_pipe_does_not_panic() {
    let l = TestLedger::new();
    l.ok(&["demo", "load"]);
    let mut child = common::liveledger()
        .args(["--db", l.db.to_str().unwrap(), "report", "--by", "day"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader goes away at once
    let out = child.wait_with_output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn a_gift_added_without_a_time_is_stamped_now_as_in_the_app() {
    let l = TestLedger::new();
    let id = l.ok(&["session", "add", "--start", "2026-11-20 19:00"]);
    l.ok(&["gift", "add", "--session", id.trim(), "--gift", "Rose"]);
    let gifts = l.json(&["gift", "list", "--session", id.trim()]);
    let at = gifts[0]["at"].as_str().expect("the gift has a time");
    let at: chrono::DateTime<chrono::Utc> = at.parse().unwrap();
    assert!((chrono::Utc::now() - at).num_seconds().abs() < 120, "{at}");
}
