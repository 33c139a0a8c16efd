//! `liveledger import` as a black box on the samples in `assets/samples/`.
//! Expected totals are computed by hand (see assets/samples/README.md).

mod common;

use common::{dec, sample, Ledger};

fn import(l: &Ledger, file: &str) -> serde_json::Value {
    l.json(&["import", sample(file).to_str().unwrap()])
}

#[test]
fn gift_event_log_counts_each_streak_once() {
    let l = Ledger::new();
    let r = import(&l, "gift-events.csv");
    assert_eq!(r["format"], "gift-events");
    assert_eq!(r["rows_read"], 14);
    assert_eq!(r["rows_added"], 7);
    assert_eq!(
        r["sessions_added"], 2,
        "a 1 h 40 min gap starts a second session"
    );
    assert_eq!(r["unfinished_streaks"], 1);
    // Session 1: Rose 3 + Finger Heart 5×2 + Lion 29,999 + Galaxy 1,000 + Rose ×4 (unfinished) = 31,016.
    // Session 2: Money Gun 500 + Rose 5 = 505. Summing the steps would give far more.
    let sessions = l.json(&["sessions"]);
    assert_eq!(dec(&sessions[0]["diamonds"]), "31016");
    assert_eq!(dec(&sessions[1]["diamonds"]), "505");
    assert_eq!(dec(&l.summary()["diamonds_earned"]), "31521");
    let gifts = l.json(&["gift", "list", "--session", "1"]);
    let senders: Vec<&str> = gifts
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|g| g["sender"].as_str())
        .collect();
    assert!(
        senders.contains(&"<img src=x onerror=alert(1)>"),
        "hostile text is kept as data: {senders:?}"
    );
    assert!(senders.contains(&"чен"));
}

#[test]
fn semicolon_bom_crlf_and_day_first_dates() {
    let l = Ledger::new();
    let r = import(&l, "gift-table-semicolon.csv");
    assert_eq!(r["format"], "gift-table");
    assert_eq!(r["rows_added"], 4);
    assert_eq!(r["sessions_added"], 2);
    let sessions = l.json(&["sessions"]);
    // 13 March: 10 Roses + Galaxy + 3 Doughnuts = 10 + 1,000 + 90; 2 April: 2 Corgis = 598.
    assert_eq!(dec(&sessions[0]["diamonds"]), "1100");
    assert_eq!(sessions[0]["day"], "2026-03-13");
    assert_eq!(dec(&sessions[1]["diamonds"]), "598");
    assert_eq!(sessions[1]["day"], "2026-04-02");
    let gifts = l.json(&["gift", "list", "--session", "1"]);
    let senders: Vec<&str> = gifts
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|g| g["sender"].as_str())
        .collect();
    assert_eq!(senders, ["Müller, Hans", "The \"Big\" Fan", "José 🎉"]);
}

#[test]
fn tab_delimited_without_coins_uses_the_catalog() {
    let l = Ledger::new();
    let r = import(&l, "gift-table.tsv");
    assert_eq!(r["rows_added"], 3);
    // 5 Roses + 2 Heart Me + Hand Hearts = 5 + 2 + 100.
    assert_eq!(dec(&l.summary()["diamonds_earned"]), "107");
}

#[test]
fn an_excel_export_in_german() {
    let l = Ledger::new();
    let r = import(&l, "gift-table-excel-de.csv");
    assert_eq!(r["format"], "gift-table");
    assert_eq!(r["rows_added"], 3);
    // 3 Roses + a Galaxy + 2 Hand Hearts = 3 + 1,000 + 200, one live (gaps under 30 min).
    assert_eq!(dec(&l.summary()["diamonds_earned"]), "1203");
    assert_eq!(l.json(&["sessions"])[0]["day"], "2026-11-24");
}

#[test]
fn a_spanish_table_with_the_time_in_its_own_column() {
    let l = Ledger::new();
    let r = import(&l, "gift-table-es.csv");
    assert_eq!(r["format"], "gift-table");
    assert_eq!(r["rows_added"], 3);
    // 3 Rosas × 10 + a León (29,999) + 2 Corgis × 299.
    assert_eq!(dec(&l.summary()["diamonds_earned"]), "30627");
    // The Hora column is read: 21:05 and 20:00 in Berlin, not midnight.
    let sessions = l.json(&["sessions"]);
    assert_eq!(sessions[0]["started_at"], "2026-11-14T20:05:00Z");
    assert_eq!(sessions[0]["ended_at"], "2026-11-14T20:07:00Z");
    assert_eq!(sessions[1]["started_at"], "2026-11-15T19:00:00Z");
    let gifts = [1, 2].map(|id| l.json(&["gift", "list", "--session", &id.to_string()]));
    let senders: Vec<&str> = gifts
        .iter()
        .flat_map(|g| g.as_array().unwrap())
        .filter_map(|g| g["sender"].as_str())
        .collect();
    assert_eq!(senders, ["García, Ana", "pepe_😀", "El \"Rey\""]);
}

#[test]
fn session_summaries_create_sessions_with_totals() {
    let l = Ledger::new();
    let r = import(&l, "live-analytics-sessions.csv");
    assert_eq!(r["format"], "session-summary");
    assert_eq!(r["sessions_added"], 3);
    let sessions = l.json(&["sessions"]);
    let hours: Vec<&str> = sessions
        .as_array()
        .unwrap()
        .iter()
        .map(|s| dec(&s["hours"]))
        .collect();
    assert_eq!(hours, ["1.5", "0.75", "2.25"]);
    assert_eq!(sessions[0]["unique_viewers"], 830);
    assert_eq!(dec(&l.summary()["diamonds_earned"]), "6950");
    let months = l.json(&["report", "--by", "month"]);
    assert_eq!(dec(&months[0]["hours_live"]), "4.5");
}

#[test]
fn reimport_adds_nothing_and_undo_removes_everything() {
    let l = Ledger::new();
    let empty = l.contents();
    let first = import(&l, "gift-events.csv");
    let after_first = l.contents();
    let again = import(&l, "gift-events.csv");
    assert_eq!(again["rows_added"], 0);
    assert_eq!(again["rows_skipped"], 7);
    assert_eq!(again["sessions_added"], 0);
    assert!(
        again["import_id"].is_null(),
        "nothing new: no import to undo"
    );
    assert_eq!(l.contents(), after_first);
    let id = first["import_id"].as_i64().unwrap().to_string();
    l.ok(&["imports", "undo", &id]);
    assert_eq!(l.contents(), empty);
}

#[test]
fn dry_run_counts_exactly_and_writes_nothing() {
    let l = Ledger::new();
    let before = l.contents();
    let r = l.json(&[
        "import",
        sample("gift-events.csv").to_str().unwrap(),
        "--dry-run",
    ]);
    assert_eq!(r["dry_run"], true);
    assert_eq!(r["rows_added"], 7);
    assert_eq!(l.contents(), before);
}

#[test]
fn broken_files_are_refused_whole_with_line_and_column() {
    let l = Ledger::new();
    import(&l, "gift-table.tsv");
    let before = l.contents();
    let db_size = std::fs::metadata(&l.db).unwrap().len();

    let err = l.fails(&["import", sample("broken/bad-rows.csv").to_str().unwrap()]);
    assert!(err.contains("4 problem(s), nothing was imported"), "{err}");
    for want in [
        "line 3, column 3 (coins)",
        "line 4, column 1 (date)",
        "line 5, column 2 (gift)",
        "line 6, column 4 (count)",
    ] {
        assert!(err.contains(want), "missing '{want}' in {err}");
    }
    let err = l.fails(&[
        "import",
        sample("broken/ambiguous-dates.csv").to_str().unwrap(),
    ]);
    assert!(err.contains("day-first or month-first"), "{err}");
    let err = l.fails(&[
        "import",
        sample("broken/unknown-columns.csv").to_str().unwrap(),
    ]);
    assert!(err.contains("--map"), "{err}");
    let err = l.fails(&[
        "import",
        sample("broken/unterminated-quote.csv").to_str().unwrap(),
    ]);
    assert!(err.contains("not closed"), "{err}");
    // UTF-8 on line 2 (José), Windows-1252 on line 3 (Müller): refused, never mangled.
    let err = l.fails(&[
        "import",
        sample("broken/mixed-encodings.csv").to_str().unwrap(),
    ]);
    assert!(
        err.contains("line 3: is not valid UTF-8") && err.contains("mixes encodings"),
        "{err}"
    );
    let err = l.fails(&["import", "/nonexistent/file.csv"]);
    assert!(err.contains("file.csv"), "{err}");
    // A price × count past what the ledger can add up, after 20,000 good rows
    // that were already being written: refused at its line, all rolled back.
    let huge = l.dir.path().join("huge.csv");
    let mut text = String::from("date,gift,coins,count,sender\n");
    for i in 0..20_000 {
        text += &format!(
            "2026-01-01 19:{:02}:{:02},Rose,1,1,fan{i}\n",
            i / 60 % 60,
            i % 60
        );
    }
    text += "2026-01-01 20:59:59,Huge,9223372036854775807,2,x\n";
    std::fs::write(&huge, text).unwrap();
    let err = l.fails(&["import", huge.to_str().unwrap()]);
    assert!(
        err.contains("line 20002, column 4 (count)")
            && err.contains("more than a ledger can count"),
        "{err}"
    );

    assert_eq!(l.contents(), before);
    assert_eq!(std::fs::metadata(&l.db).unwrap().len(), db_size);
}

#[test]
fn explicit_mapping_and_saved_mappings() {
    let l = Ledger::new();
    let file = l.dir.path().join("odd.csv");
    std::fs::write(
        &file,
        "When,What,Worth,Who\n2026-05-01 20:00,Rose,1,amy\n2026-05-01 20:05,Galaxy,1000,bo\n",
    )
    .unwrap();
    l.fails(&["import", file.to_str().unwrap()]);
    let r = l.json(&[
        "import",
        file.to_str().unwrap(),
        "--map",
        "date=When,gift=What,coins=Worth,sender=Who",
        "--mapping-name",
        "odd",
    ]);
    assert_eq!(r["rows_added"], 2);
    assert_eq!(dec(&l.summary()["diamonds_earned"]), "1001");
    let r = l.json(&["import", file.to_str().unwrap(), "--mapping-name", "odd"]);
    assert_eq!(
        r["rows_skipped"], 2,
        "the saved mapping reads the same rows"
    );
    let err = l.fails(&["import", file.to_str().unwrap(), "--map", "gift=Nope"]);
    assert!(err.contains("no column 'Nope'"), "{err}");
}

#[test]
fn gifts_join_existing_sessions_that_cover_their_time() {
    let l = Ledger::new();
    // Session 1 is 19:30–21:00 Berlin on 1 March; the log's first group starts 20:00 Berlin.
    l.ok(&[
        "session",
        "add",
        "--start",
        "2026-03-01 19:30",
        "--end",
        "2026-03-01 21:00",
        "--title",
        "typed in",
    ]);
    let r = import(&l, "gift-events.csv");
    assert_eq!(r["sessions_matched"], 1);
    assert_eq!(r["sessions_added"], 1);
    let sessions = l.json(&["sessions"]);
    assert_eq!(sessions[0]["title"], "typed in");
    assert_eq!(dec(&sessions[0]["diamonds"]), "31016");
}

#[test]
fn liveledger_csv_round_trips() {
    let l = Ledger::new();
    l.ok(&["demo", "load"]);
    l.ok(&["withdraw", "--diamonds", "100", "--status", "cancelled"]);
    let csv = l.dir.path().join("export.csv");
    l.ok(&["export", "--format", "csv", "--out", csv.to_str().unwrap()]);
    let m = Ledger::new();
    let r = m.json(&["import", csv.to_str().unwrap()]);
    assert_eq!(r["format"], "liveledger");
    let strip = |mut v: serde_json::Value| {
        v.as_object_mut().unwrap().remove("as_of");
        v
    };
    assert_eq!(strip(m.summary()), strip(l.summary()));
    assert_eq!(
        m.ok(&["report", "--by", "month"]),
        l.ok(&["report", "--by", "month"])
    );
    // And a second import of the same export adds nothing.
    let again = m.json(&["import", csv.to_str().unwrap()]);
    assert_eq!(again["rows_added"], 0);
    assert_eq!(again["sessions_added"], 0);
}

/// The kept per-name totals, and what a full GROUP BY over gifts says.
fn name_totals_agree(l: &Ledger) {
    let conn = rusqlite::Connection::open(&l.db).unwrap();
    let read = |sql: &str| -> Vec<(String, String, i64, i64)> {
        let mut stmt = conn.prepare(sql).unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let kept = read("SELECT kind, name, gifts, coins FROM name_totals ORDER BY kind, name");
    let fresh = read(
        "SELECT 'gift', gift_name, sum(count), sum(coins_each * count) FROM gifts GROUP BY gift_name
         UNION ALL SELECT 'sender', sender, sum(count), sum(coins_each * count) FROM gifts WHERE sender IS NOT NULL GROUP BY sender
         ORDER BY 1, 2",
    );
    assert_eq!(kept, fresh);
    let (coins, kept_coins): (i64, i64) = conn
        .query_row("SELECT (SELECT coalesce(sum(coins_each * count), 0) FROM gifts), (SELECT coalesce(sum(coins_total), 0) FROM sessions)", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    assert_eq!(coins, kept_coins, "per-session totals");
}

#[test]
fn kept_totals_follow_every_kind_of_write() {
    let l = Ledger::new();
    let first = import(&l, "gift-events.csv");
    name_totals_agree(&l);
    import(&l, "gift-table-semicolon.csv");
    import(&l, "gift-table.tsv");
    name_totals_agree(&l);
    l.ok(&[
        "session",
        "add",
        "--start",
        "2026-05-01 20:00",
        "--end",
        "2026-05-01 21:00",
    ]);
    let sid = l
        .json(&["sessions"])
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["day"] == "2026-05-01")
        .unwrap()["id"]
        .to_string();
    let gift = l.ok(&[
        "gift",
        "add",
        "--session",
        &sid,
        "--gift",
        "Rose",
        "--count",
        "3",
        "--from",
        "alice_01",
    ]);
    l.ok(&[
        "gift",
        "add",
        "--session",
        &sid,
        "--gift",
        "Lion",
        "--from",
        "new fan",
    ]);
    name_totals_agree(&l);
    l.ok(&["gift", "delete", gift.trim()]);
    name_totals_agree(&l);
    l.ok(&["session", "delete", &sid]);
    name_totals_agree(&l);
    l.ok(&["imports", "undo", &first["import_id"].to_string()]);
    name_totals_agree(&l);
    l.ok(&["demo", "clear", "--yes"]);
    name_totals_agree(&l);
    l.ok(&["demo", "load"]);
    name_totals_agree(&l);
}

#[test]
fn a_shuffled_log_imports_exactly_like_the_sorted_one() {
    // Three lives a day apart, 40 gifts each, a minute apart.
    let mut rows: Vec<String> = Vec::new();
    for day in 0..3 {
        for i in 0..40 {
            rows.push(format!(
                "2026-06-{:02} 20:{i:02}:00,Rose,1,{},fan{}",
                10 + day,
                1 + i % 3,
                i % 7
            ));
        }
    }
    let sorted = Ledger::new();
    let file = sorted.dir.path().join("sorted.csv");
    std::fs::write(
        &file,
        format!("date,gift,coins,count,sender\n{}\n", rows.join("\n")),
    )
    .unwrap();
    sorted.ok(&["import", file.to_str().unwrap()]);

    let shuffled = Ledger::new();
    // A fixed shuffle: every 7th row first, then the rest backwards.
    let mut mixed: Vec<String> = rows.iter().step_by(7).cloned().collect();
    mixed.extend(
        rows.iter()
            .enumerate()
            .filter(|(i, _)| i % 7 != 0)
            .map(|(_, r)| r.clone())
            .rev(),
    );
    let file = shuffled.dir.path().join("shuffled.csv");
    std::fs::write(
        &file,
        format!("date,gift,coins,count,sender\n{}\n", mixed.join("\n")),
    )
    .unwrap();
    shuffled.ok(&["import", file.to_str().unwrap()]);

    let view = |l: &Ledger| -> Vec<(String, String, String, i64)> {
        l.json(&["sessions"])
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                (
                    s["started_at"].to_string(),
                    s["ended_at"].to_string(),
                    s["diamonds"].to_string(),
                    s["gift_count"].as_i64().unwrap(),
                )
            })
            .collect()
    };
    assert_eq!(view(&sorted).len(), 3);
    assert_eq!(view(&sorted), view(&shuffled));
    name_totals_agree(&shuffled);
}
