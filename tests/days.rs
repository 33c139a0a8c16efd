//! TikTok LIVE Center's per-day files through the real `liveledger` binary:
//! imported in any order as TikTok's figures per day, merged by date, never
//! added to the balance, compared with the ledger's days (`days`), and a day
//! with no live booked on request. Figures are computed by hand in
//! assets/samples/README.md.

mod common;

use common::{dec, sample, TestLedger};
use serde_json::Value;

fn import(l: &TestLedger, file: &str) -> Value {
    l.json(&["import", sample(file).to_str().unwrap()])
}

/// `days --json`.
fn days(l: &TestLedger) -> Value {
    l.json(&["days"])
}

/// The row of `day` in a `days --json` report.
fn day<'a>(r: &'a Value, day: &str) -> &'a Value {
    r["days"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["day"] == day)
        .unwrap_or_else(|| panic!("no row for {day}"))
}

fn balance(l: &TestLedger) -> String {
    dec(&l.summary()["balance_diamonds"]).to_string()
}

const JA: [&str; 4] = [
    "days-ja-revenue.csv",
    "days-ja-activity.csv",
    "days-ja-viewers.csv",
    "days-ja-engagement.csv",
];

#[test]
fn japanese_files_in_any_order_merge_by_day_and_never_touch_the_balance() {
    let l = TestLedger::new();
    // Backwards: Engagement first, Revenue last.
    for f in JA.iter().rev() {
        let r = import(&l, f);
        assert_eq!(r["format"], "tiktok-days", "{f}");
        assert_eq!(r["encoding"], "UTF-8", "{f}");
        assert_eq!(r["rows_read"], 5, "{f}");
        assert_eq!(r["rows_added"], 5, "{f}");
        assert_eq!(dec(&r["diamonds_added"]), "0", "{f}");
        assert_eq!(r["sessions_added"], 0, "{f}");
    }
    assert_eq!(balance(&l), "0", "TikTok's figures are not added");
    assert_eq!(l.summary()["sessions"], 0);
    let r = days(&l);
    assert_eq!(r["days"].as_array().unwrap().len(), 5);
    assert_eq!(dec(&r["tiktok_diamonds"]), "7740");
    let d = &day(&r, "2026-11-12")["reported"];
    assert_eq!(dec(&d["diamonds"]), "4210");
    for (k, v) in [
        ("live_seconds", 9000),
        ("lives", 2),
        ("views", 5120),
        ("unique_viewers", 1904),
        ("avg_watch_seconds", 130),
        ("peak_concurrent", 151),
        ("gifters", 31),
        ("new_followers", 48),
        ("commenters", 122),
        ("likes", 8950),
        ("shares", 26),
    ] {
        assert_eq!(d[k], v, "{k}");
    }
    assert_eq!(dec(&d["avg_concurrent"]), "48");
    assert_eq!(dec(&day(&r, "2026-11-13")["reported"]["diamonds"]), "1980");

    // The same file again adds nothing and records no import.
    let again = import(&l, JA[0]);
    assert_eq!(again["rows_added"], 0);
    assert_eq!(again["rows_skipped"], 5);
    assert_eq!(again["days"]["figures_unchanged"], 5);
    assert_eq!(again["import_id"], Value::Null);
    assert_eq!(dec(&days(&l)["tiktok_diamonds"]), "7740", "not doubled");
}

#[test]
fn a_different_figure_replaces_the_days_figure_says_so_and_undo_puts_it_back() {
    let l = TestLedger::new();
    import(&l, "days-ja-revenue.csv");
    let r = import(&l, "days-en-revenue.csv");
    assert_eq!(r["encoding"], "UTF-16LE");
    assert_eq!(r["date_format"], "MM/DD/YYYY");
    // 12 and 13 Nov are the same; 14 Nov 300 → 320; 15 and 16 Nov are new.
    assert_eq!(r["rows_added"], 3);
    assert_eq!(r["rows_skipped"], 2);
    assert_eq!(r["days"]["figures_added"], 2);
    assert_eq!(r["days"]["figures_unchanged"], 2);
    assert_eq!(r["days"]["figures_replaced"], 1);
    assert_eq!(
        r["days"]["replaced"],
        serde_json::json!([{"day": "2026-11-14", "figure": "diamonds", "was": "300", "now": "320"}])
    );
    let text = l.ok(&[
        "import",
        sample("days-en-revenue.csv").to_str().unwrap(),
        "--dry-run",
    ]);
    assert!(text.contains("never added to the balance"), "{text}");
    // 7,740 − 300 + 320 + 0 + 2,025.
    assert_eq!(dec(&days(&l)["tiktok_diamonds"]), "9785");
    let id = r["import_id"].as_i64().unwrap().to_string();
    l.ok(&["imports", "undo", &id]);
    let after = days(&l);
    assert_eq!(dec(&after["tiktok_diamonds"]), "7740");
    assert_eq!(dec(&day(&after, "2026-11-14")["tiktok_diamonds"]), "300");
    assert_eq!(
        after["days"].as_array().unwrap().len(),
        5,
        "15 and 16 Nov gone"
    );
    // Undoing the first import too leaves nothing.
    l.ok(&["imports", "undo", "1"]);
    assert!(days(&l)["days"].as_array().unwrap().is_empty());
}

#[test]
fn english_utf16_files_with_fractions_and_grouped_seconds() {
    let l = TestLedger::new();
    for f in [
        "days-en-viewers.csv",
        "days-en-activity.csv",
        "days-en-engagement.csv",
        "days-en-revenue.csv",
    ] {
        let r = import(&l, f);
        assert_eq!(r["format"], "tiktok-days", "{f}");
        assert_eq!(r["encoding"], "UTF-16LE", "{f}");
        assert_eq!(r["rows_added"], 5, "{f}");
    }
    let r = days(&l);
    assert_eq!(dec(&r["tiktok_diamonds"]), "8535");
    let d14 = &day(&r, "2026-11-14")["reported"];
    assert_eq!(dec(&d14["avg_concurrent"]), "7.5");
    let d16 = &day(&r, "2026-11-16")["reported"];
    assert_eq!(dec(&d16["avg_concurrent"]), "26.25");
    assert_eq!(d16["live_seconds"], 4500, "\"4,500\" seconds");
    assert_eq!(d16["likes"], 4120);
    assert_eq!(d16["unique_viewers"], 1102);
    assert_eq!(balance(&l), "0");
}

#[test]
fn german_semicolons_and_a_set_of_revenue_and_engagement_alone() {
    let l = TestLedger::new();
    let r = import(&l, "days-de-activity.csv");
    assert_eq!(r["delimiter"], "semicolon");
    let r = import(&l, "days-de-revenue.csv");
    assert_eq!(r["format"], "tiktok-days");
    assert_eq!(r["number_format"], "1.234");
    let de = days(&l);
    // 1,250 + 0 + 3,075 + 880.
    assert_eq!(dec(&de["tiktok_diamonds"]), "5205");
    assert_eq!(day(&de, "2026-12-01")["reported"]["live_seconds"], 5400);
    assert_eq!(day(&de, "2026-12-03")["reported"]["live_seconds"], 8100);
    assert_eq!(day(&de, "2026-12-03")["reported"]["lives"], 2);
    assert_eq!(day(&de, "2026-12-04")["reported"]["live_seconds"], 2700);

    let l = TestLedger::new();
    import(&l, "days-es-engagement.csv");
    let r = import(&l, "days-es-revenue.csv");
    assert_eq!(r["date_format"], "DD/MM/YYYY");
    let es = days(&l);
    // 640 + 1,105 + 0.
    assert_eq!(dec(&es["tiktok_diamonds"]), "1745");
    let d = &day(&es, "2026-11-25")["reported"];
    assert_eq!(dec(&d["diamonds"]), "1105");
    assert_eq!(d["likes"], 2475);
    assert_eq!(d["gifters"], 12);
    assert_eq!(d["views"], Value::Null, "no Viewers file");
    assert_eq!(d["live_seconds"], Value::Null, "no Activity file");
}

#[test]
fn days_beside_the_ledger_and_booking_only_a_day_without_a_live() {
    let l = TestLedger::new();
    let empty = l.ok(&["days"]);
    assert!(empty.contains("No TikTok LIVE Center days yet"), "{empty}");
    for f in JA {
        import(&l, f);
    }
    l.ok(&[
        "session",
        "add",
        "--start",
        "2026-11-12 20:00",
        "--end",
        "2026-11-12 22:00",
        "--diamonds",
        "4150",
    ]);
    let text = l.ok(&["days"]);
    assert!(
        text.contains(
            "TikTok reports 4,210 diamonds on 12 Nov 2026; your ledger has 4,150 (60 missing)"
        ),
        "{text}"
    );
    let r = days(&l);
    let d12 = day(&r, "2026-11-12");
    assert_eq!(d12["status"], "missing");
    assert_eq!(dec(&d12["difference"]), "60");
    assert_eq!(d12["bookable"], false);
    assert_eq!(day(&r, "2026-11-10")["status"], "matches", "0 and no live");
    assert_eq!(day(&r, "2026-11-11")["bookable"], true);
    // 1,250 + 1,980 + 300.
    assert_eq!(r["bookable_days"], 3);
    assert_eq!(dec(&r["bookable_diamonds"]), "3530");

    // A day with a live is refused, and with it the whole booking.
    let before = l.contents();
    let err = l.fails(&["days", "--book", "2026-11-11", "--book", "2026-11-12"]);
    assert!(err.contains("has 1 live(s) on 2026-11-12"), "{err}");
    assert_eq!(l.contents(), before);
    let err = l.fails(&["days", "--book", "2026-11-20"]);
    assert!(err.contains("no diamonds for 2026-11-20"), "{err}");

    let b = l.json(&["days", "--book", "2026-11-11", "--book", "2026-11-13"]);
    assert_eq!(dec(&b["diamonds"]), "3230");
    assert_eq!(b["booked"].as_array().unwrap().len(), 2);
    // 4,150 + 1,250 + 1,980.
    assert_eq!(balance(&l), "7380");
    let r = days(&l);
    assert_eq!(day(&r, "2026-11-11")["status"], "matches");
    assert_eq!(day(&r, "2026-11-11")["lives"], 1);
    assert_eq!(r["bookable_days"], 1);
    let id = b["import_id"].as_i64().unwrap().to_string();
    l.ok(&["imports", "undo", &id]);
    assert_eq!(balance(&l), "4150");
    assert_eq!(days(&l)["bookable_days"], 3);
}

#[test]
fn a_date_with_a_time_stays_a_session_summary() {
    let l = TestLedger::new();
    let file = l.dir.path().join("lives.csv");
    std::fs::write(&file, "Date,Diamonds\n2026-11-01 20:00,1250\n").unwrap();
    let r = l.json(&["import", file.to_str().unwrap()]);
    assert_eq!(r["format"], "session-summary");
    assert_eq!(balance(&l), "1250");
    // And a TikTok day file forced with --format refuses a time of day.
    let err = l.fails(&["import", file.to_str().unwrap(), "--format", "tiktok-days"]);
    assert!(err.contains("one row a day"), "{err}");
}
