//! `liveledger import` as a black box on the samples in `assets/samples/`.
//! Expected totals are computed by hand (see assets/samples/README.md).

mod common;

use common::{dec, sample, TestLedger};

fn import(l: &TestLedger, file: &str) -> serde_json::Value {
    l.json(&["import", sample(file).to_str().unwrap()])
}

#[test]
fn gift_event_log_counts_each_streak_once() {
    let l = TestLedger::new();
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
    let l = TestLedger::new();
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
    let l = TestLedger::new();
    let r = import(&l, "gift-table.tsv");
    assert_eq!(r["rows_added"], 3);
    // 5 Roses + 2 Heart Me + Hand Hearts = 5 + 2 + 100.
    assert_eq!(dec(&l.summary()["diamonds_earned"]), "107");
}

#[test]
fn an_excel_export_in_german() {
    let l = TestLedger::new();
    let r = import(&l, "gift-table-excel-de.csv");
    assert_eq!(r["format"], "gift-table");
    assert_eq!(r["rows_added"], 3);
    // 3 Roses + a Galaxy + 2 Hand Hearts = 3 + 1,000 + 200, one live (gaps under 30 min).
    assert_eq!(dec(&l.summary()["diamonds_earned"]), "1203");
    assert_eq!(l.json(&["sessions"])[0]["day"], "2026-11-24");
}

#[test]
fn a_spanish_table_with_the_time_in_its_own_column() {
    let l = TestLedger::new();
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
    let l = TestLedger::new();
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
    let l = TestLedger::new();
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
    let l = TestLedger::new();
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
    let l = TestLedger::new();
    import(&l, "gift-table.tsv");
    let before = l.contents();
    let db_size = std::fs::metadata(&l.db).unwrap().len();

    let err = l.fails(&["import", sample("broken/bad-rows.csv").to_str().unwrap()]);
    assert!(err.contains("4 problems, nothing was imported"), "{err}");
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
    let l = TestLedger::new();
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
    let l = TestLedger::new();
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
    let l = TestLedger::new();
    l.ok(&["demo", "load"]);
    l.ok(&["withdraw", "--diamonds", "100", "--status", "cancelled"]);
    let csv = l.dir.path().join("export.csv");
    l.ok(&["export", "--format", "csv", "--out", csv.to_str().unwrap()]);
    let m = TestLedger::new();
    let r = m.json(&["import", csv.to_str().unwrap()]);
    assert_eq!(r["format"], "liveledger");
    let strip = |mut v: serde_json::Value| {
        v.as_object_mut().unwrap().remove("as_of");
        v
    };
    assert_eq!(strip(m.summary()), strip(l.summary()));
    // Each session took its own gifts (the sessions are written many to a
    // statement, their ids matched back to the file's keys).
    assert_eq!(sessions_of(&m), sessions_of(&l));
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
fn name_totals_agree(l: &TestLedger) {
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
    let l = TestLedger::new();
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
    let sorted = TestLedger::new();
    let file = sorted.dir.path().join("sorted.csv");
    std::fs::write(
        &file,
        format!("date,gift,coins,count,sender\n{}\n", rows.join("\n")),
    )
    .unwrap();
    sorted.ok(&["import", file.to_str().unwrap()]);

    let shuffled = TestLedger::new();
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

    let view = |l: &TestLedger| -> Vec<(String, String, String, i64)> {
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

// ----- issue 15: the files creators really have ------------------------------

/// `import FILE --dry-run --json`: what the import would do, writing nothing.
fn preview(l: &TestLedger, file: &str, extra: &[&str]) -> serde_json::Value {
    let path = sample(file);
    let mut args = vec!["import", path.to_str().unwrap(), "--dry-run"];
    args.extend_from_slice(extra);
    l.json(&args)
}

fn senders(l: &TestLedger) -> Vec<String> {
    let mut out = Vec::new();
    for s in l.json(&["sessions"]).as_array().unwrap() {
        let id = s["id"].to_string();
        for g in l
            .json(&["gift", "list", "--session", &id])
            .as_array()
            .unwrap()
        {
            out.push(g["sender"].as_str().unwrap_or("").to_string());
        }
    }
    out
}

#[test]
fn crlf_and_blank_lines_give_the_line_an_editor_shows() {
    let l = TestLedger::new();
    // Excel's CRLF, a blank line before line 4 and two before line 7.
    let err = l.fails(&[
        "import",
        sample("broken/crlf-blank-lines.csv").to_str().unwrap(),
    ]);
    assert!(err.contains("2 problems"), "{err}");
    assert!(
        err.contains("line 4, column 3 (Coins): expected a whole number of coins, found 'one'"),
        "{err}"
    );
    assert!(
        err.contains("line 7, column 4 (Count)") && err.contains("'1.5', which has a fraction"),
        "{err}"
    );
}

#[test]
fn map_adds_to_detection_so_streaks_still_fold() {
    let l = TestLedger::new();
    // Four columns named by hand; repeatEnd and giftType are still found.
    let r = l.json(&[
        "import",
        sample("webcast-renamed.csv").to_str().unwrap(),
        "--map",
        "date=ts,gift=gift_label,coins=price,count=n",
    ]);
    assert_eq!(r["format"], "gift-events");
    // Rose streak ends at 4 (4) + Doughnut streak ends at 3 (3 × 30) + Galaxy 1,000
    // = 1,094. Summing the steps would give 1+2+3+4 + (1+2+3)×30 + 1,000 = 1,190.
    assert_eq!(r["coins_added"], 1094);
    assert_eq!(r["rows_added"], 3);
    assert_eq!(r["streak_steps"], 5);
    assert_eq!(dec(&l.summary()["diamonds_earned"]), "1094");
}

#[test]
fn a_map_that_leaves_streak_columns_unmapped_is_warned_about() {
    let l = TestLedger::new();
    let file = sample("webcast-odd-streaks.csv");
    let file = file.to_str().unwrap();
    let r = l.json(&[
        "import",
        file,
        "--dry-run",
        "--map",
        "date=ts,gift=gift_label,coins=price,count=n",
    ]);
    assert_eq!(r["coins_added"], 1190, "the steps are summed…");
    let warnings = r["warnings"].to_string();
    assert!(
        warnings.contains("steps of a streak") && warnings.contains("repeat_end"),
        "…and said so: {warnings}"
    );
    let r = l.json(&[
        "import",
        file,
        "--map",
        "date=ts,gift=gift_label,coins=price,count=n,repeat_end=done,gift_type=kind",
    ]);
    assert_eq!(r["format"], "gift-events");
    assert_eq!(r["coins_added"], 1094);
    assert_eq!(r["warnings"], serde_json::json!([]));
}

#[test]
fn german_thousands_are_thousands_and_whole_fields_take_no_fraction() {
    let l = TestLedger::new();
    let r = import(&l, "gift-table-locale-de.csv");
    // 1.000 Roses (1,000) + 2 Löwen at 29.999 (59,998) + 3 Galaxien at 1.000
    // (3,000) + 12 Fingerherzen at 5 (60) = 64,058.
    assert_eq!(r["coins_added"], 64058);
    assert_eq!(r["header_line"], 2, "below a title line");
    assert_eq!(r["totals_skipped"], 1, "the Summe row");
    assert_eq!(r["number_format"], "1.234");
    assert_eq!(dec(&l.summary()["diamonds_earned"]), "64058");

    let m = TestLedger::new();
    let file = m.dir.path().join("fraction.csv");
    std::fs::write(&file, "Date,Diamonds\n2026-11-01 20:00,12.48\n").unwrap();
    let err = m.fails(&["import", file.to_str().unwrap()]);
    assert!(
        err.contains("line 2, column 2 (Diamonds)") && err.contains("fraction"),
        "{err}"
    );
    // A column that writes '.' both as thousands and as a decimal point is refused.
    std::fs::write(
        &file,
        "Date,Diamonds\n2026-11-01 20:00,12.480\n2026-11-02 20:00,5.0\n",
    )
    .unwrap();
    let err = m.fails(&["import", file.to_str().unwrap()]);
    assert!(err.contains("both to group thousands"), "{err}");
}

#[test]
fn a_huge_duration_is_refused_not_a_panic() {
    let l = TestLedger::new();
    let before = l.contents();
    let err = l.fails(&[
        "import",
        sample("broken/duration-overflow.csv").to_str().unwrap(),
    ]);
    // The second overflowed `h * 3600` and panicked the reading thread.
    assert!(err.contains("2 problems"), "{err}");
    assert!(
        err.contains("line 2, column 2 (Duration)") && err.contains("'99999999999:00'"),
        "{err}"
    );
    assert!(
        err.contains("line 3, column 2 (Duration)") && err.contains("'9999999999999999:00'"),
        "{err}"
    );
    assert!(
        !err.contains("unexpectedly") && !err.contains("panicked"),
        "{err}"
    );
    assert_eq!(l.contents(), before);
}

#[test]
fn errors_quote_input_short() {
    let l = TestLedger::new();
    // A 10 MB file on one line (a JSON dump): a short error, not 10 MB.
    let big = l.dir.path().join("one-line.csv");
    let mut text = String::from("[");
    while text.len() < 10 << 20 {
        text.push_str("{\"giftName\":\"Rose\",\"diamondCount\":1},");
    }
    std::fs::write(&big, text).unwrap();
    // It is read as JSON now: each listed problem quotes its input short.
    let err = l.fails(&["import", big.to_str().unwrap()]);
    assert!(
        err.len() < 10_000 && err.lines().all(|line| line.chars().count() < 200),
        "{} bytes: {}",
        err.len(),
        &err[..600.min(err.len())]
    );
    // A long cell is quoted cut to 80 characters.
    let file = l.dir.path().join("long-cell.csv");
    let cell = "x".repeat(5000);
    std::fs::write(
        &file,
        format!("date,gift,coins\n2026-11-01 20:00,Rose,{cell}\n"),
    )
    .unwrap();
    let err = l.fails(&["import", file.to_str().unwrap()]);
    assert!(err.contains(&format!("'{}…'", "x".repeat(80))), "{err}");
    assert!(err.len() < 400, "{err}");
}

#[test]
fn a_dry_run_saves_no_mapping() {
    let l = TestLedger::new();
    let file = sample("webcast-renamed.csv");
    let file = file.to_str().unwrap();
    let before = l.contents();
    l.json(&[
        "import",
        file,
        "--dry-run",
        "--map",
        "date=ts,gift=gift_label,coins=price,count=n",
        "--mapping-name",
        "renamed",
    ]);
    // A map naming a column the file lacks is refused and not saved either.
    l.fails(&[
        "import",
        file,
        "--map",
        "date=nope",
        "--mapping-name",
        "bad",
    ]);
    assert_eq!(l.contents(), before);
    for name in ["renamed", "bad"] {
        let err = l.fails(&["import", file, "--mapping-name", name]);
        assert!(
            err.contains(&format!("no saved mapping named '{name}'")),
            "{err}"
        );
    }
}

#[test]
fn excel_unicode_text_is_utf16() {
    let l = TestLedger::new();
    let r = import(&l, "gift-table-utf16.txt");
    assert_eq!(r["encoding"], "UTF-16LE");
    assert_eq!(r["delimiter"], "tab");
    // 10 Roses + a Galaxy + 4 Finger Hearts = 10 + 1,000 + 20.
    assert_eq!(r["coins_added"], 1030);
    assert_eq!(senders(&l), ["müller_ü", "renée", "陈小龙"]);
}

#[test]
fn bytes_that_are_not_utf8_are_read_as_windows_1252() {
    let l = TestLedger::new();
    let r = import(&l, "gift-table-cp1252.csv");
    assert_eq!(r["encoding"], "windows-1252");
    assert!(r["warnings"].to_string().contains("Windows-1252"));
    // 5 Roses + 2 Beignets × 30 + a Lion (29,999) + 3 Cœurs × 5 = 30,079.
    assert_eq!(r["coins_added"], 30079);
    assert_eq!(
        senders(&l),
        ["José", "Françoise", "Müller", "Zoë « la reine »"]
    );
    let gifts = l.json(&["gift", "list", "--session", "1"]);
    assert_eq!(gifts[3]["gift_name"], "Cœur");
}

#[test]
fn analytics_in_portuguese_below_title_lines() {
    let l = TestLedger::new();
    let r = import(&l, "analytics-pt.csv");
    assert_eq!(r["format"], "session-summary");
    assert_eq!(
        r["header_line"], 4,
        "two title lines and a blank one above it"
    );
    assert_eq!(r["totals_skipped"], 1, "the Totais row");
    assert_eq!(r["sessions_added"], 3);
    // 1.234 + 860 + 12.480 = 14,574 diamonds; at $0.005 = $72.87.
    assert_eq!(dec(&r["diamonds_added"]), "14574");
    assert_eq!(dec(&r["value_added"]["USD"]), "72.87");
    assert_eq!(dec(&l.summary()["diamonds_earned"]), "14574");
    let s = l.json(&["sessions"]);
    // "Hora de início" is read: 19:30, 21:00 and 20:15 in Berlin, never midnight.
    let starts: Vec<&str> = (0..3)
        .map(|i| s[i]["started_at"].as_str().unwrap())
        .collect();
    assert_eq!(
        starts,
        [
            "2026-11-01T18:30:00Z",
            "2026-11-15T20:00:00Z",
            "2026-11-28T19:15:00Z"
        ]
    );
    let hours: Vec<&str> = (0..3).map(|i| dec(&s[i]["hours"])).collect();
    assert_eq!(hours, ["1.5", "0.75", "2.08"]);
    assert_eq!(s[0]["unique_viewers"], 1045);
    assert_eq!(s[0]["peak_viewers"], 87);
    assert_eq!(s[2]["new_followers"], 48);
    assert_eq!(s[0]["notes"], "12 gifters");
}

#[test]
fn analytics_in_english_with_crlf_browser_dates_and_a_total_row() {
    let l = TestLedger::new();
    let r = import(&l, "analytics-en-crlf.csv");
    assert_eq!(r["date_format"], "MM/DD/YYYY, 12-hour clock");
    assert_eq!(
        (r["totals_skipped"].as_u64(), r["blank_skipped"].as_u64()),
        (Some(1), Some(1))
    );
    // 2,450 + 780 + 13,205 = 16,435 diamonds; × $0.005 = $82.175 → $82.18.
    assert_eq!(dec(&r["diamonds_added"]), "16435");
    assert_eq!(dec(&r["value_added"]["USD"]), "82.18");
    let s = l.json(&["sessions"]);
    assert_eq!(s[0]["started_at"], "2026-11-24T19:05:12Z");
    assert_eq!(s[0]["ended_at"], "2026-11-24T20:40:12Z");
    assert_eq!(s[1]["title"], "Q&A, part 2");
    assert_eq!(
        s[1]["notes"],
        "6 gifters; TikTok estimated rewards: 3.90 USD"
    );
    assert_eq!(s[2]["unique_viewers"], 2311);
    assert_eq!(s[2]["peak_viewers"], 188);
}

#[test]
fn the_money_value_uses_each_sessions_rate() {
    let l = TestLedger::new();
    l.ok(&[
        "rate",
        "set",
        "--from",
        "2026-11-25",
        "--diamonds-per-coin",
        "1",
        "--money-per-diamond",
        "0.004",
        "--currency",
        "USD",
        "--min-withdrawal",
        "10",
    ]);
    let r = preview(&l, "analytics-en-crlf.csv", &[]);
    // 24 Nov at $0.005: 2,450 → 12.25; from 25 Nov at $0.004: 780 → 3.12 and
    // 13,205 → 52.82; 12.25 + 3.12 + 52.82 = 68.19.
    assert_eq!(dec(&r["value_added"]["USD"]), "68.19");
}

#[test]
fn a_mixed_event_log_keeps_only_gifts() {
    let l = TestLedger::new();
    let r = import(&l, "events-mixed.csv");
    assert_eq!(r["format"], "gift-events");
    assert_eq!(r["rows_read"], 16);
    assert_eq!(
        r["events_skipped"],
        serde_json::json!({"chat": 2, "follow": 1, "like": 2, "member": 1, "share": 1})
    );
    // Rose streak to 3 (3) + Ice Cream Cone once (1) + GG (1) + 2 Doughnuts
    // (60) + an unfinished Rose streak at 2 (2) = 67.
    assert_eq!(r["coins_added"], 67);
    assert_eq!(r["rows_added"], 5);
    assert_eq!(r["unfinished_streaks"], 1);
    assert_eq!(dec(&l.summary()["diamonds_earned"]), "67");
}

#[test]
fn webcast_v2_fields_flattened_with_dots() {
    let l = TestLedger::new();
    let r = import(&l, "webcast-v2-dotted.csv");
    assert_eq!(r["format"], "gift-events");
    // Rose streak to 5 (5) + Galaxy (1,000) + Finger Heart streak to 2 (10)
    // + a one-tap Rose sent as two events (1) + Money Gun (500) = 1,516.
    assert_eq!(r["coins_added"], 1516);
    assert_eq!(r["rows_added"], 5);
    let fields: Vec<(String, String)> = r["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["field"].as_str().unwrap().into(),
                f["header"].as_str().unwrap().into(),
            )
        })
        .collect();
    for (field, header) in [
        ("date", "common.createTime"),
        ("sender", "user.uniqueId"),
        ("nickname", "user.nickname"),
        ("coins", "giftDetails.diamondCount"),
        ("gift_type", "giftDetails.giftType"),
        ("event_id", "common.msgId"),
    ] {
        assert!(
            fields.contains(&(field.into(), header.into())),
            "{field}: {fields:?}"
        );
    }
}

#[test]
fn a_header_only_file_has_no_rows_to_import() {
    let l = TestLedger::new();
    let err = l.fails(&["import", sample("header-only.csv").to_str().unwrap()]);
    assert!(err.contains("no rows to import"), "{err}");
    let empty = l.dir.path().join("empty.csv");
    std::fs::write(&empty, "\r\n  \n").unwrap();
    let err = l.fails(&["import", empty.to_str().unwrap()]);
    assert!(err.contains("the file is empty"), "{err}");
}

#[test]
fn thousands_grouped_by_spaces_of_every_kind() {
    let l = TestLedger::new();
    let r = import(&l, "analytics-fr-spaces.csv");
    assert_eq!(r["format"], "session-summary");
    assert_eq!(r["number_format"], "1 234");
    // 12 480 + 980 + 1 005 250 = 1,018,710 diamonds; × $0.005 = $5,093.55.
    assert_eq!(dec(&r["diamonds_added"]), "1018710");
    assert_eq!(dec(&r["value_added"]["USD"]), "5093.55");
    let s = l.json(&["sessions"]);
    assert_eq!(s[0]["unique_viewers"], 1208);
    assert_eq!(s[0]["title"], "Soirée quiz");
    assert_eq!(s[0]["started_at"], "2026-11-24T19:05:00Z");
    let hours: Vec<&str> = (0..3).map(|i| dec(&s[i]["hours"])).collect();
    assert_eq!(hours, ["1.33", "0.75", "2.25"]);
}

#[test]
fn decimal_commas_in_hours_and_rewards() {
    let l = TestLedger::new();
    let r = import(&l, "analytics-de-decimal.csv");
    // 1.250 + 480 + 15.020 = 16,750 diamonds; × $0.005 = $83.75.
    assert_eq!(dec(&r["diamonds_added"]), "16750");
    assert_eq!(dec(&r["value_added"]["USD"]), "83.75");
    let s = l.json(&["sessions"]);
    let hours: Vec<&str> = (0..3).map(|i| dec(&s[i]["hours"])).collect();
    assert_eq!(hours, ["1.5", "0.75", "2.25"], "Dauer (Std.) in hours");
    assert_eq!(s[0]["notes"], "TikTok estimated rewards: 6.25 USD");
    assert_eq!(s[2]["title"], "Langer Abend");
}

#[test]
fn an_ambiguous_money_column_is_refused_with_a_hint() {
    let l = TestLedger::new();
    let err = l.fails(&[
        "import",
        sample("broken/ambiguous-rewards.csv").to_str().unwrap(),
    ]);
    assert!(
        err.contains("line 2, column 3 (Estimated rewards): '1,234' could be 1234 or 1.234")
            && err.contains("two decimals"),
        "{err}"
    );
}

#[test]
fn dates_as_browsers_and_spreadsheets_print_them() {
    let l = TestLedger::new();
    // Indonesian Chrome: "24/11/2026, 20.05.12". 7 Mawar + a Donat (30) + 2 Topi × 99 = 235.
    let r = import(&l, "gift-table-id.csv");
    assert_eq!(r["coins_added"], 235);
    assert_eq!(r["date_format"], "DD/MM/YYYY");
    assert_eq!(
        l.json(&["sessions"])[0]["started_at"],
        "2026-11-24T19:05:12Z"
    );
    // "2026-11-24 8:05 PM": 3 Roses + a Corgi (299) + 2 Hand Hearts (200) = 502.
    let m = TestLedger::new();
    let r = import(&m, "gift-table-12h.csv");
    assert_eq!(r["coins_added"], 502);
    let s = m.json(&["sessions"]);
    assert_eq!(s[0]["started_at"], "2026-11-24T19:05:00Z");
    assert_eq!(s[0]["ended_at"], "2026-11-24T19:31:10Z");
}

#[test]
fn skip_rows_and_format_still_work() {
    let l = TestLedger::new();
    let r = preview(
        &l,
        "analytics-pt.csv",
        &["--skip-rows", "3", "--format", "session-summary"],
    );
    assert_eq!(r["header_line"], 4);
    assert_eq!(dec(&r["diamonds_added"]), "14574");
    let err = l.fails(&[
        "import",
        sample("analytics-pt.csv").to_str().unwrap(),
        "--skip-rows",
        "1",
    ]);
    assert!(
        err.contains("cannot tell what this file holds") && err.contains("line 2"),
        "{err}"
    );
}

#[test]
fn the_preview_shows_how_the_file_was_read() {
    let l = TestLedger::new();
    let before = l.contents();
    let r = preview(&l, "gift-table-excel-de.csv", &[]);
    assert_eq!(l.contents(), before, "a preview writes nothing");
    assert_eq!(r["encoding"], "UTF-8");
    assert_eq!(r["delimiter"], "semicolon");
    assert_eq!(r["header_line"], 2, "below Excel's sep= line");
    assert_eq!(r["date_format"], "DD.MM.YYYY");
    assert_eq!(r["coins_added"], 1203);
    assert_eq!(dec(&r["diamonds_added"]), "1203");
    assert_eq!(dec(&r["value_added"]["USD"]), "6.02");
    let gift = r["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["field"] == "gift")
        .unwrap();
    assert_eq!(gift["header"], "Geschenk");
    assert_eq!(gift["column"], 3);
    assert_eq!(gift["samples"].as_array().unwrap().len(), 3);
}

#[test]
fn exact_repeats_and_rows_back_in_time_are_each_counted_once() {
    let l = TestLedger::new();
    let file = l.dir.path().join("bursty.csv");
    // Two identical gifts in one second, time moves on, then a row goes back
    // to the first second repeating it a third time: three Roses there.
    std::fs::write(
        &file,
        "Date,Gift,Coins,Quantity,From\n\
         2026-11-20 20:00:00,Rose,1,1,ann\n\
         2026-11-20 20:00:00,Rose,1,1,ann\n\
         2026-11-20 20:00:01,Lion,29999,1,bo\n\
         2026-11-20 20:00:02,Rose,1,1,ann\n\
         2026-11-20 20:00:00,Rose,1,1,ann\n",
    )
    .unwrap();
    let r = l.json(&["import", file.to_str().unwrap()]);
    assert_eq!(r["rows_added"], 5, "{r}");
    assert_eq!(r["coins_added"], 30_003, "{r}");
    let again = l.json(&["import", file.to_str().unwrap()]);
    assert_eq!(again["rows_added"], 0, "{again}");
    assert_eq!(again["rows_skipped"], 5, "{again}");
}

#[test]
fn a_gift_event_log_with_a_time_column_keeps_one_days_identical_gifts_apart() {
    let l = TestLedger::new();
    let file = l.dir.path().join("events.csv");
    // A gift event's fingerprint holds the date cell, not the time column:
    // the same gift from the same viewer twice a day, minutes apart, and
    // once more after time went back, is three rows, not one.
    std::fs::write(
        &file,
        "date,time,uniqueId,giftName,diamondCount,repeatCount\n\
         2026-11-20,20:00:00,ann,Rose,1,1\n\
         2026-11-20,20:05:00,ann,Rose,1,1\n\
         2026-11-20,20:06:00,bo,Lion,29999,1\n\
         2026-11-21,20:00:00,ann,Rose,1,1\n\
         2026-11-20,20:07:00,ann,Rose,1,1\n",
    )
    .unwrap();
    let r = l.json(&["import", file.to_str().unwrap()]);
    assert_eq!(r["format"], "gift-events", "{r}");
    assert_eq!(r["rows_added"], 5, "{r}");
    assert_eq!(r["coins_added"], 30_003, "{r}");
    // Each its own fingerprint, so a grown log adds exactly what is new.
    let conn = rusqlite::Connection::open(&l.db).unwrap();
    let distinct: i64 = conn
        .query_row("SELECT count(DISTINCT fingerprint) FROM gifts", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(distinct, 5);
    let again = l.json(&["import", file.to_str().unwrap()]);
    assert_eq!(again["rows_added"], 0, "{again}");
}

/// The rows of three lives (gaps of hours between them) with bursts of
/// identical gifts in one second, in time order.
fn three_lives() -> Vec<String> {
    let mut rows = Vec::new();
    for (day, hour) in [(20, 19), (20, 23), (21, 20)] {
        for i in 0..40u32 {
            let (m, s) = (i / 3, (i * 7) % 60);
            let (gift, coins) = if i % 5 == 0 {
                ("Lion", 29999)
            } else {
                ("Rose", 1)
            };
            let who = ["ann", "bo", "cy"][(i % 3) as usize];
            rows.push(format!(
                "2026-11-{day} {hour}:{m:02}:{s:02},{gift},{coins},1,{who}"
            ));
            if i % 7 == 0 {
                // An exact repeat in the same second: a second gift.
                rows.push(format!(
                    "2026-11-{day} {hour}:{m:02}:{s:02},{gift},{coins},1,{who}"
                ));
            }
        }
    }
    rows
}

fn sessions_of(l: &TestLedger) -> Vec<(String, String, i64, i64)> {
    let v = l.json(&["sessions"]);
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["started_at"].to_string(),
                s["ended_at"].to_string(),
                s["coins_total"].as_i64().unwrap(),
                s["gift_count"].as_i64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn a_file_newest_first_or_shuffled_imports_like_one_in_time_order() {
    let rows = three_lives();
    let header = "Date,Gift,Coins,Quantity,From";
    let mut newest_first = rows.clone();
    newest_first.reverse();
    let half = rows.len() / 2;
    let swapped: Vec<String> = rows[half..].iter().chain(&rows[..half]).cloned().collect();
    let mut jittered = rows.clone();
    for pair in jittered.chunks_mut(2) {
        pair.reverse();
    }
    let in_order = TestLedger::new();
    let file = in_order.dir.path().join("in-order.csv");
    std::fs::write(&file, format!("{header}\n{}\n", rows.join("\n"))).unwrap();
    let first = in_order.json(&["import", file.to_str().unwrap()]);
    assert_eq!(first["sessions_added"], 3, "{first}");
    let expected = sessions_of(&in_order);
    for (name, order) in [
        ("newest-first", &newest_first),
        ("swapped", &swapped),
        ("jittered", &jittered),
    ] {
        let l = TestLedger::new();
        let file = l.dir.path().join(format!("{name}.csv"));
        std::fs::write(&file, format!("{header}\n{}\n", order.join("\n"))).unwrap();
        let r = l.json(&["import", file.to_str().unwrap()]);
        assert_eq!(r["rows_added"], first["rows_added"], "{name}: {r}");
        assert_eq!(r["coins_added"], first["coins_added"], "{name}: {r}");
        assert_eq!(sessions_of(&l), expected, "{name}");
        // The same gifts in time order add nothing to it.
        let again = in_order.json(&["import", file.to_str().unwrap()]);
        assert_eq!(again["rows_added"], 0, "{name} after in-order: {again}");
    }
}

/// A session summary of `n` lives, one every 3 hours from 2026-01-01; every
/// 7th written with a slashed day-first date (held to the end of the file,
/// the others written while it is read); rewards when `rewards`.
fn summary_of(dir: &std::path::Path, n: u32, rewards: bool) -> (std::path::PathBuf, u64) {
    use std::fmt::Write as _;
    let mut text = String::from(if rewards {
        "Date,Start time,Duration,Diamonds,Viewers,Estimated rewards\n"
    } else {
        "Date,Start time,Duration,Diamonds,Viewers\n"
    });
    let mut diamonds = 0u64;
    for i in 0..n {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
            + chrono::Days::new((i / 8) as u64);
        let date = if i % 7 == 0 {
            day.format("%d/%m/%Y").to_string()
        } else {
            day.format("%Y-%m-%d").to_string()
        };
        let d = 10 + (i as u64 * 37) % 900;
        diamonds += d;
        write!(
            text,
            "{date},{:02}:15,1:30:00,{d},{}",
            (i % 8) * 3,
            100 + i % 50
        )
        .unwrap();
        if rewards {
            write!(text, ",{}.50", i % 20).unwrap();
        }
        text.push('\n');
    }
    let path = dir.join(if rewards {
        "summary-rewards.csv"
    } else {
        "summary.csv"
    });
    std::fs::write(&path, text).unwrap();
    (path, diamonds)
}

#[test]
fn a_long_summary_is_written_whole_whether_its_lives_stream_or_wait_for_the_end() {
    for rewards in [false, true] {
        let l = TestLedger::new();
        let (file, diamonds) = summary_of(l.dir.path(), 3_000, rewards);
        let r = l.json(&["import", file.to_str().unwrap()]);
        assert_eq!(r["sessions_added"], 3_000, "{r}");
        assert_eq!(dec(&r["diamonds_added"]), diamonds.to_string(), "{r}");
        assert_eq!(l.json(&["sessions"]).as_array().unwrap().len(), 3_000);
        // Slashed dates settled day-first by 13/01/2026 and later.
        let sessions = l.json(&["sessions"]);
        assert!(
            sessions
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s["started_at"].as_str().unwrap().starts_with("2026-01-29")),
            "a slashed date read day-first"
        );
        let again = l.json(&["import", file.to_str().unwrap()]);
        assert_eq!(again["sessions_added"], 0, "{again}");
        assert_eq!(again["rows_skipped"], 3_000, "{again}");
    }
}

/// A summary of the lives `from..to`: one every six hours, each with
/// diamonds its number times 3 + 1 (`bump` added to make a changed row).
fn lives(from: u32, to: u32, bump: u32) -> String {
    let mut text = String::from("Date,Start time,Duration,Diamonds,Viewers\n");
    for i in from..to {
        let day = chrono::NaiveDate::from_ymd_opt(2025, 3, 1).unwrap()
            + chrono::Days::new((i / 4) as u64);
        text.push_str(&format!(
            "{},{:02}:00,1:00:00,{},{}\n",
            day.format("%Y-%m-%d"),
            (i % 4) * 6,
            i * 3 + 1 + bump,
            50 + i
        ));
    }
    text
}

#[test]
fn a_summary_overlapping_the_ledger_writes_exactly_the_lives_not_there_yet() {
    let l = TestLedger::new();
    l.ok(&["settings", "set", "timezone", "UTC"]);
    let first = l.dir.path().join("first.csv");
    std::fs::write(&first, lives(0, 300, 0)).unwrap();
    let r = l.json(&["import", first.to_str().unwrap()]);
    assert_eq!(r["sessions_added"], 300, "{r}");

    // Lives 150..450, newest first, and lives 400..420 again with other
    // figures: same start and title as a life already read, so not new.
    let mut rows: Vec<String> = lives(150, 450, 0)
        .lines()
        .skip(1)
        .map(String::from)
        .collect();
    rows.reverse();
    rows.extend(lives(400, 420, 1000).lines().skip(1).map(String::from));
    let second = l.dir.path().join("second.csv");
    std::fs::write(
        &second,
        format!(
            "Date,Start time,Duration,Diamonds,Viewers\n{}\n",
            rows.join("\n")
        ),
    )
    .unwrap();
    let r = l.json(&["import", second.to_str().unwrap()]);
    assert_eq!(r["sessions_added"], 150, "{r}");
    assert_eq!(r["rows_skipped"], 150 + 20, "{r}");
    // Diamonds of lives 300..450 by hand: sum of 3i + 1.
    let added: u32 = (300..450).map(|i| i * 3 + 1).sum();
    assert_eq!(dec(&r["diamonds_added"]), added.to_string(), "{r}");

    // Every life once, each with its own figures.
    let sessions = l.json(&["sessions"]);
    let mut seen: Vec<(String, String, i64)> = sessions
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["started_at"].as_str().unwrap().to_string(),
                dec(&s["reported_diamonds"]).to_string(),
                s["unique_viewers"].as_i64().unwrap(),
            )
        })
        .collect();
    seen.sort();
    let mut want: Vec<(String, String, i64)> = (0..450)
        .map(|i| {
            let day = chrono::NaiveDate::from_ymd_opt(2025, 3, 1).unwrap()
                + chrono::Days::new((i / 4) as u64);
            (
                format!("{}T{:02}:00:00Z", day.format("%Y-%m-%d"), (i % 4) * 6),
                (i * 3 + 1).to_string(),
                50 + i as i64,
            )
        })
        .collect();
    want.sort();
    assert_eq!(seen.len(), want.len());
    for (got, want) in seen.iter().zip(&want) {
        assert_eq!(got, want);
    }
}

#[test]
fn a_shuffled_summary_keeps_the_first_of_two_lives_at_one_start() {
    let l = TestLedger::new();
    l.ok(&["settings", "set", "timezone", "UTC"]);
    // Lives 0..300 in a scrambled order, each given again later in the
    // file with other figures (the same start and title: the same life).
    let first: Vec<String> = lives(0, 300, 0).lines().skip(1).map(String::from).collect();
    let again: Vec<String> = lives(0, 300, 1000)
        .lines()
        .skip(1)
        .map(String::from)
        .collect();
    let mut rows = Vec::new();
    for k in 0..300usize {
        rows.push(first[(k * 7919) % 300].clone());
    }
    for k in 0..300usize {
        rows.push(again[(k * 104_729) % 300].clone());
    }
    let file = l.dir.path().join("shuffled.csv");
    std::fs::write(
        &file,
        format!(
            "Date,Start time,Duration,Diamonds,Viewers\n{}\n",
            rows.join("\n")
        ),
    )
    .unwrap();
    let r = l.json(&["import", file.to_str().unwrap()]);
    assert_eq!(r["sessions_added"], 300, "{r}");
    assert_eq!(r["rows_skipped"], 300, "{r}");
    let added: u32 = (0..300).map(|i| i * 3 + 1).sum();
    assert_eq!(dec(&r["diamonds_added"]), added.to_string(), "{r}");
}

#[test]
fn a_session_key_given_twice_names_its_last_session_as_before() {
    // A hand-made export: key 1 names a new live, then one the ledger has.
    // As always, the last session of a key is the one its gifts go to; that
    // one is already there, so its gift is too.
    let l = TestLedger::new();
    let head = "record,session_ref,started_at,ended_at,title,peak_viewers,unique_viewers,likes,new_followers,notes,reported_diamonds,at,gift_name,coins_each,count,sender";
    let b = "session,1,2025-06-01T10:00:00.000Z,2025-06-01T11:00:00.000Z,Live B,,,,,,0,,,,,";
    let first = l.dir.path().join("b.csv");
    std::fs::write(&first, format!("{head}\n{b}\n")).unwrap();
    let r = l.json(&["import", first.to_str().unwrap()]);
    assert_eq!(r["sessions_added"], 1, "{r}");
    let twice = l.dir.path().join("twice.csv");
    std::fs::write(
        &twice,
        format!(
            "{head}\nsession,1,2025-07-01T10:00:00.000Z,2025-07-01T11:00:00.000Z,Live A,,,,,,0,,,,,\n{b}\ngift,1,,,,,,,,,,2025-06-01T10:30:00.000Z,Rose,100,1,ann\n"
        ),
    )
    .unwrap();
    let r = l.json(&["import", twice.to_str().unwrap()]);
    assert_eq!(r["sessions_added"], 1, "{r}");
    assert_eq!(r["rows_added"], 0, "{r}");
    let coins: i64 = l
        .json(&["sessions"])
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["coins_total"].as_i64().unwrap())
        .sum();
    assert_eq!(coins, 0);
}

/// The notes of an import report, one string.
fn notes(r: &serde_json::Value) -> String {
    r["notes"]
        .as_array()
        .map(|n| {
            n.iter()
                .filter_map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join("\n")
        })
        .unwrap_or_default()
}

#[test]
fn a_per_gift_diamonds_column_is_the_price() {
    let l = TestLedger::new();
    let r = import(&l, "gift-table-diamonds.csv");
    assert_eq!(r["format"], "gift-table");
    assert_eq!(r["rows_added"], 4);
    // Hat and Mustache 99 × 2 + Rose 1 × 5 + Sports Car 7,000 + Finger Heart 5 × 3.
    assert_eq!(r["coins_added"], 7218);
    assert!(
        notes(&r).contains("column 4 (Diamonds)"),
        "the report names the price's column: {r}"
    );
}

#[test]
fn a_total_diamonds_column_is_divided_by_the_count() {
    let l = TestLedger::new();
    let r = import(&l, "gift-table-diamonds-total-de.csv");
    assert_eq!(r["rows_added"], 4);
    // Schwan 1.398 / 2, Rose 10 / 10, Lion 29.999 / 1, Goldene Krone 4.500 / 3:
    // the row totals add up to 1,398 + 10 + 29,999 + 4,500.
    assert_eq!(r["coins_added"], 35907);
    let n = notes(&r);
    assert!(
        n.contains("Diamanten gesamt") && n.contains("divided by its count"),
        "{n}"
    );
    let fields = r["fields"].to_string();
    assert!(fields.contains("total_diamonds"), "{fields}");
    let gifts = l.json(&["gift", "list", "--session", "1"]);
    let swan = gifts
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["gift_name"] == "Schwan")
        .expect("the swan row");
    assert_eq!(swan["coins_each"], 699);
}

#[test]
fn coins_win_over_diamonds() {
    let l = TestLedger::new();
    let r = import(&l, "gift-table-coins-and-diamonds.csv");
    // Corgi 299 × 2 + Gorro Mágico 50 × 4, not the diamonds column's 150 × 2 + 25 × 4.
    assert_eq!(r["coins_added"], 798);
    let n = notes(&r);
    assert!(n.contains("column 4 (Monedas), its coins"), "{n}");
}

#[test]
fn a_per_gift_column_holding_totals_is_refused_with_the_map_to_use() {
    let l = TestLedger::new();
    let file = l.dir.path().join("totals-as-diamonds.csv");
    std::fs::write(
        &file,
        "Time,User,Gift,Diamonds,Count\n2026-11-20 20:00,ana,Finger Heart,15,3\n",
    )
    .unwrap();
    let err = l.fails(&["import", file.to_str().unwrap()]);
    assert!(
        err.contains("line 2, column 4 (Diamonds)")
            && err.contains("--map total_diamonds=Diamonds"),
        "{err}"
    );
    let r = l.json(&[
        "import",
        file.to_str().unwrap(),
        "--map",
        "total_diamonds=Diamonds",
    ]);
    assert_eq!(r["coins_added"], 15);
}

#[test]
fn counts_written_into_the_gift_cell() {
    let l = TestLedger::new();
    let r = import(&l, "gift-log-hand.csv");
    assert_eq!(r["rows_added"], 12);
    // Six ways of writing 5 Roses = 30, Finger Heart x 3 = 15, GG 1,
    // TikTok Universe 44,999, Lion 29,999, Galaxy 1,000, Money Gun X2 = 1,000.
    assert_eq!(r["coins_added"], 77044);
    let gifts = l.json(&["gift", "list", "--session", "1"]);
    let names: std::collections::BTreeSet<&str> = gifts
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|g| g["gift_name"].as_str())
        .collect();
    assert_eq!(
        names.into_iter().collect::<Vec<_>>(),
        [
            "Finger Heart",
            "GG",
            "Galaxy",
            "Lion",
            "Money Gun",
            "Rose",
            "TikTok Universe"
        ]
    );
}

#[test]
fn a_count_in_the_gift_cell_fills_an_empty_count_in_windows_1252() {
    let l = TestLedger::new();
    let r = import(&l, "gift-log-hand-es.txt");
    assert_eq!(r["encoding"], "windows-1252");
    assert_eq!(r["rows_added"], 4);
    // Rosa x10 (count empty) 100 + Perfume x2 (count 2) 40 + 3x Doughnut 90 + Corgi 2 × 299.
    assert_eq!(r["coins_added"], 828);
    assert!(senders(&l).contains(&"Françoise".to_string()));
}

#[test]
fn a_gift_cell_and_a_count_that_disagree_are_a_row_problem() {
    let l = TestLedger::new();
    let err = l.fails(&[
        "import",
        sample("broken/gift-count-disagrees.csv").to_str().unwrap(),
    ]);
    assert!(err.contains("1 problem"), "{err}");
    assert!(
        err.contains(
            "line 3, column 3 (Gift): the gift cell 'Rose x5' says 5 but the count column says 3"
        ),
        "{err}"
    );
}

#[test]
fn a_summary_block_below_the_table_is_skipped_and_named() {
    let l = TestLedger::new();
    let r = import(&l, "gift-table-summary-block.csv");
    assert_eq!(r["rows_added"], 5);
    // Rose 10 + Galaxy 1,000 + Finger Heart 4 × 5 + Doughnut 2 × 30 + Corgi 299.
    assert_eq!(r["coins_added"], 1389);
    assert_eq!(r["summary_skipped"], 4);
    assert!(
        notes(&r).contains("skipped a summary block of 4 row(s) at lines 8–11"),
        "{r}"
    );
    let l = TestLedger::new();
    let r = import(&l, "gift-table-resumen-es.csv");
    // Rosa 3 × 10 + León 29,999 + Dona 2 × 30; two blank lines, then
    // `Total de regalos`, `Donantes` and `合計`.
    assert_eq!(r["coins_added"], 30089);
    assert!(
        notes(&r).contains("summary block of 3 row(s) at lines 7–9"),
        "{r}"
    );
}

#[test]
fn a_bad_row_in_the_middle_of_the_table_still_fails_at_its_line() {
    let l = TestLedger::new();
    let before = l.contents();
    let err = l.fails(&[
        "import",
        sample("broken/bad-row-mid-table.csv").to_str().unwrap(),
    ]);
    assert!(err.contains("1 problem"), "{err}");
    assert!(err.contains("line 4, column 1 (Date)"), "{err}");
    assert_eq!(l.contents(), before);
}

#[test]
fn an_unknown_header_lists_its_columns_and_the_map_that_reads_it() {
    let l = TestLedger::new();
    let file = sample("tool-log-custom.csv");
    let err = l.fails(&["import", file.to_str().unwrap()]);
    assert!(
        err.contains(
            "column 1 'stamp': 2026-11-25 20:00:05 | 2026-11-25 20:01:00 | 2026-11-25 20:02:30"
        ),
        "{err}"
    );
    let map = "date=stamp,gift=thing,coins=pts,count=times_sent,sender=fan";
    assert!(err.contains(&format!("--map {map}")), "{err}");
    // The suggested map reads it: Rose 7 + Galaxy 1,000 + Doughnut 2 × 30.
    let r = l.json(&["import", file.to_str().unwrap(), "--map", map]);
    assert_eq!(r["coins_added"], 1067);
    // The next file with that header (written in another case) is read the same way.
    let r = l.json(&["import", sample("tool-log-custom-2.csv").to_str().unwrap()]);
    assert_eq!(r["coins_added"], 30002, "Lion 29,999 + Rose 3");
    let n = notes(&r);
    assert!(
        n.contains("used your mapping from 20") && n.contains("/ tool-log-custom.csv"),
        "{n}"
    );
    // One column is not a table: nothing of it is echoed.
    let one = l.dir.path().join("key.txt");
    std::fs::write(&one, "secret-line-one\nsecret-line-two\n").unwrap();
    let err = l.fails(&["import", one.to_str().unwrap()]);
    assert!(!err.contains("secret"), "{err}");
}

/// Bad rows the creator chose to leave out (the window's "Skip these N
/// rows"): the rest is imported as one, and the preview is what is written.
#[test]
fn bad_rows_left_out_at_the_creators_word_import_as_previewed() {
    let l = TestLedger::new();
    let file = sample("gift-table-bad-rows.csv");
    let file = file.to_str().unwrap();
    let err = l.fails(&["import", file]);
    assert!(err.contains("line 3") && err.contains("line 5"), "{err}");
    let before = l.contents();
    let p = preview(&l, "gift-table-bad-rows.csv", &["--skip-lines", "3,5"]);
    assert_eq!(l.contents(), before, "a preview writes nothing");
    let r = l.json(&["import", file, "--skip-lines", "3,5"]);
    for key in [
        "rows_read",
        "rows_added",
        "rows_left_out",
        "sessions_added",
        "coins_added",
        "diamonds_added",
        "value_added",
        "lives",
    ] {
        assert_eq!(p[key], r[key], "{key}: the preview said otherwise");
    }
    // 5 Roses + a Galaxy + 2 Doughnuts + a Finger Heart (README).
    assert_eq!(r["rows_added"], 4);
    assert_eq!(r["rows_left_out"], 2);
    assert_eq!(r["coins_added"], 1070);
    assert_eq!(dec(&r["value_added"]["USD"]), "5.35");
    assert_eq!(dec(&l.summary()["diamonds_earned"]), "1070");
    // Only the lines named are left out: one bad row kept still refuses all.
    let err = l.fails(&["import", file, "--skip-lines", "3", "--dry-run"]);
    assert!(err.contains("line 5") && !err.contains("line 3"), "{err}");
}

/// One evening with a 40-minute lull: two lives at the 30-minute gap, one
/// at a 60-minute gap for this file; the report lists each live to create.
#[test]
fn the_session_gap_of_one_import_groups_its_lives_and_lists_them() {
    let l = TestLedger::new();
    let two = preview(&l, "evening-de-lull.csv", &[]);
    assert_eq!(two["sessions_added"], 2);
    let lives = two["lives"].as_array().unwrap();
    assert_eq!(lives.len(), 2);
    // Berlin is UTC+1 in December: 20:00 local is 19:00Z.
    assert_eq!(lives[0]["started_at"], "2026-12-05T19:00:00Z");
    assert_eq!(lives[0]["ended_at"], "2026-12-05T19:25:00Z");
    assert_eq!(dec(&lives[0]["diamonds"]), "70");
    assert_eq!(lives[1]["started_at"], "2026-12-05T20:05:00Z");
    assert_eq!(dec(&lives[1]["diamonds"]), "1110");
    let one = preview(&l, "evening-de-lull.csv", &["--gap-minutes", "60"]);
    assert_eq!(one["sessions_added"], 1);
    assert_eq!(one["lives"][0]["ended_at"], "2026-12-05T20:31:00Z");
    assert_eq!(dec(&one["lives"][0]["diamonds"]), "1180");
    let file = sample("evening-de-lull.csv");
    let r = l.json(&["import", file.to_str().unwrap(), "--gap-minutes", "60"]);
    assert_eq!(r["lives"], one["lives"]);
    assert_eq!(l.json(&["sessions"]).as_array().unwrap().len(), 1);
}
