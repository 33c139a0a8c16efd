//! `liveledger import` on JSON gift events and TikTok's data export, as a
//! black box: the real binary on a real SQLite file. Expected totals are
//! computed by hand (see assets/samples/README.md).

mod common;

use std::io::Write;

use serde_json::json;

use common::{dec, sample, TestLedger};

fn import(l: &TestLedger, file: &str) -> serde_json::Value {
    l.json(&["import", sample(file).to_str().unwrap()])
}

fn senders(l: &TestLedger, session: i64) -> Vec<String> {
    l.json(&["gift", "list", "--session", &session.to_string()])
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|g| g["sender"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn flat_v1_json_lines_fold_streaks_like_the_csv_log() {
    let l = TestLedger::new();
    let r = import(&l, "events-v1.jsonl");
    assert_eq!(r["format"], "json-events");
    assert_eq!(r["rows_read"], 23, "22 gift events and a chat line");
    assert_eq!(r["rows_added"], 11);
    assert_eq!(r["sessions_added"], 2, "a 2 h gap starts a second session");
    assert_eq!(r["unfinished_streaks"], 2);
    assert_eq!(r["streak_steps"], 11, "23 − 1 chat − 11 rows");
    assert_eq!(r["events_skipped"]["chat"], 1);
    let sessions = l.json(&["sessions"]);
    // Rose 4 + Finger Heart 5 (one tap sent twice) + Lion 29,999 + Galaxy 1,000
    // + Doughnut 2 × 30 (never ended) + Rose 3 + Rose 2 + Rose 2 (counter went
    // back) + Rose 3 = 31,078; then Money Gun 500 + 2 Hand Hearts 200 = 700.
    assert_eq!(dec(&sessions[0]["diamonds"]), "31078");
    assert_eq!(dec(&sessions[1]["diamonds"]), "700");
    // A session starts at its first counted row: the end of Alice's streak.
    assert_eq!(sessions[0]["started_at"], "2026-12-05T19:00:03Z");
    assert_eq!(dec(&l.summary()["diamonds_earned"]), "31778");
    let names = senders(&l, 1);
    assert!(
        names.contains(&"<script>alert('x')</script>".to_string()),
        "{names:?}"
    );
    assert!(names.contains(&"王小明".to_string()), "{names:?}");
}

#[test]
fn nested_v2_array_and_tikfinity_wrappers() {
    let l = TestLedger::new();
    let r = import(&l, "events-v2-array.json");
    assert_eq!(r["format"], "json-events");
    assert_eq!(r["rows_read"], 11);
    assert_eq!(r["rows_added"], 5);
    assert_eq!(r["unfinished_streaks"], 1);
    assert_eq!(r["events_skipped"]["webcastchatmessage"], 1);
    // Rose 7 (steps 1, 5, 7) + TikTok 1 (sent twice) + Corgi 299 + Rose 3 (never
    // ended) + Perfume 20.
    assert_eq!(dec(&l.summary()["diamonds_earned"]), "330");
    let names = senders(&l, 1);
    assert!(
        names.contains(&"\"; DROP TABLE gifts; --".to_string()),
        "{names:?}"
    );
    assert!(names.contains(&"ÆØÅ_fan".to_string()), "{names:?}");

    let r = import(&l, "events-tikfinity.jsonl");
    assert_eq!(r["rows_read"], 18);
    assert_eq!(r["rows_added"], 5);
    assert_eq!(r["sessions_added"], 1);
    assert_eq!(r["unfinished_streaks"], 1);
    let skipped = &r["events_skipped"];
    let counts: Vec<(&str, i64)> = ["chat", "like", "member", "roomuser", "social"]
        .iter()
        .map(|k| (*k, skipped[*k].as_i64().unwrap_or(0)))
        .collect();
    assert_eq!(
        counts,
        [
            ("chat", 3),
            ("like", 2),
            ("member", 2),
            ("roomuser", 1),
            ("social", 1)
        ]
    );
    // Rose 10 + Galaxy 1,000 + Finger Heart 5 (sent twice) + Swan 699 + Rose 2.
    let sessions = l.json(&["sessions"]);
    assert_eq!(dec(&sessions[1]["diamonds"]), "1716");
    assert_eq!(dec(&l.summary()["diamonds_earned"]), "2046");
}

#[test]
fn reimport_adds_nothing_dry_run_writes_nothing_undo_removes_all() {
    let l = TestLedger::new();
    let empty = l.contents();
    let dry = l.json(&[
        "import",
        sample("events-v2-array.json").to_str().unwrap(),
        "--dry-run",
    ]);
    assert_eq!(dry["dry_run"], true);
    assert_eq!(dry["rows_added"], 5);
    assert_eq!(l.contents(), empty);
    let first = import(&l, "events-v2-array.json");
    let after = l.contents();
    let again = import(&l, "events-v2-array.json");
    assert_eq!(again["rows_added"], 0);
    assert_eq!(again["rows_skipped"], 5);
    assert!(again["import_id"].is_null());
    assert_eq!(l.contents(), after);
    let id = first["import_id"].as_i64().unwrap().to_string();
    l.ok(&["imports", "undo", &id]);
    assert_eq!(l.contents(), empty);
}

#[test]
fn a_csv_log_and_a_json_log_of_the_same_events_count_once() {
    let l = TestLedger::new();
    import(&l, "events-v1.jsonl");
    let after = l.contents();
    // The same events as a tool's CSV log with the same timestamps.
    let text = std::fs::read_to_string(sample("events-v1.jsonl")).unwrap();
    let path = l.dir.path().join("same-events.csv");
    let mut csv = std::fs::File::create(&path).unwrap();
    writeln!(
        csv,
        "createTime,uniqueId,nickname,giftId,giftName,diamondCount,repeatCount,repeatEnd,giftType"
    )
    .unwrap();
    for line in text.lines() {
        let e: serde_json::Value = serde_json::from_str(line).unwrap();
        if e.get("giftId").is_none() {
            continue;
        }
        let nick = e["nickname"].as_str().unwrap().replace(['\n', '"'], " ");
        let sender = e["uniqueId"].as_str().unwrap().replace('"', "\"\"");
        writeln!(
            csv,
            "{},\"{sender}\",\"{nick}\",{},{},{},{},{},{}",
            e["createTime"].as_str().unwrap(),
            e["giftId"],
            e["giftName"].as_str().unwrap(),
            e["diamondCount"],
            e["repeatCount"],
            e["repeatEnd"],
            e["giftType"]
        )
        .unwrap();
    }
    drop(csv);
    let r = l.json(&["import", path.to_str().unwrap()]);
    assert_eq!(r["format"], "gift-events");
    assert_eq!(r["rows_added"], 0, "{r}");
    assert_eq!(r["rows_skipped"], 11);
    assert_eq!(l.contents(), after);
}

#[test]
fn broken_json_is_refused_at_line_column_and_field() {
    let l = TestLedger::new();
    import(&l, "gift-table.tsv");
    let before = l.contents();
    let err = l.fails(&[
        "import",
        sample("broken/events-malformed.jsonl").to_str().unwrap(),
    ]);
    assert!(err.contains("3 problems, nothing was imported"), "{err}");
    for want in [
        // Where, not what: the bytes of a line that was not understood are
        // never quoted (issue 22).
        "line 3, column 64 (JSON): is not valid JSON (expected `,` or `}`)\n",
        "line 5, column 62 (diamondCount): expected the gift's price in coins, found 'lots'",
        "line 6, column 79 (repeatCount): expected a repeat count of 1 or more, found 0",
    ] {
        assert!(err.contains(want), "missing '{want}' in {err}");
    }
    let err = l.fails(&[
        "import",
        sample("broken/events-bad-elements.json").to_str().unwrap(),
    ]);
    assert!(err.contains("2 problems"), "{err}");
    assert!(
        err.contains(
            "([2].giftDetails.diamondCount): expected a price of 0 coins or more, found -5"
        ),
        "{err}"
    );
    assert!(
        err.contains("([3].common.createTime): expected a date/time")
            && err.contains("found 'next tuesday'"),
        "{err}"
    );
    assert_eq!(l.contents(), before);
}

#[test]
fn a_huge_one_line_value_gives_a_short_error() {
    let l = TestLedger::new();
    let path = l.dir.path().join("huge.json");
    let name = "x".repeat(10 << 20);
    std::fs::write(
        &path,
        format!("[{{\"giftId\":1,\"diamondCount\":\"{name}\"}}]"),
    )
    .unwrap();
    let err = l.fails(&["import", path.to_str().unwrap()]);
    assert!(err.len() < 2_000, "{} bytes of error", err.len());
    assert!(err.contains("line 1"), "{err}");
}

#[test]
fn json_without_gift_events_is_refused() {
    let l = TestLedger::new();
    let path = l.dir.path().join("chat.jsonl");
    std::fs::write(
        &path,
        "{\"event\":\"chat\",\"data\":{\"comment\":\"hi\"}}\n{\"event\":\"like\",\"data\":{}}\n",
    )
    .unwrap();
    let err = l.fails(&["import", path.to_str().unwrap()]);
    assert!(err.contains("no gift events"), "{err}");
    assert!(err.contains("1 chat, 1 like"), "{err}");
    // --map names JSON paths now; still no gift here.
    let err = l.fails(&["import", path.to_str().unwrap(), "--map", "date=createTime"]);
    assert!(err.contains("no gift events"), "{err}");
}

#[test]
fn tiktok_data_export_becomes_sessions_and_withdrawals() {
    let l = TestLedger::new();
    let r = import(&l, "tiktok-data-export.json");
    assert_eq!(r["format"], "tiktok-data");
    assert_eq!(
        r["rows_read"], 8,
        "4 lives, 1 listed withdrawal, 3 transactions"
    );
    assert_eq!(r["sessions_added"], 4);
    assert_eq!(r["rows_added"], 2, "two withdrawals");
    let ignored: Vec<&str> = r["sections_ignored"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    for want in ["Activity", "Comment", "Direct Messages", "Profile"] {
        assert!(ignored.contains(&want), "{want} not in {ignored:?}");
    }
    assert!(
        ignored
            .iter()
            .any(|s| s.starts_with("Income+ Wallet › Coin Purchase History")
                && s.contains("not income")),
        "{ignored:?}"
    );
    assert!(ignored.contains(&"1 coin purchases in the wallet (what you bought: not income)"));
    assert!(ignored.contains(&"1 wallet transactions that are not withdrawals"));

    let sessions = l.json(&["sessions"]);
    let got: Vec<(&str, &str, &str)> = sessions
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["started_at"].as_str().unwrap(),
                dec(&s["hours"]),
                dec(&s["diamonds"]),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("2026-11-02T19:00:00Z", "1.5", "1250"),
            ("2026-11-09T18:00:00Z", "0.75", "980"),
            ("2026-11-23T19:00:00Z", "2.25", "4720"),
            ("2026-11-30T21:00:00Z", "0.5", "0"),
        ]
    );
    assert_eq!(sessions[0]["unique_viewers"], 830);
    assert_eq!(sessions[0]["title"], "Sunday chill 🎶");
    // 1,250 + 980 + 4,720 + 0 earned; 3,000 paid + 3,000 pending ($15 at $0.005) withdrawn.
    let s = l.summary();
    assert_eq!(dec(&s["diamonds_earned"]), "6950");
    assert_eq!(dec(&s["diamonds_withdrawn"]), "6000");
    assert_eq!(dec(&s["balance_diamonds"]), "950");
    let w = l.json(&["withdrawals", "list"]);
    let got: Vec<(&str, &str, &str, &str, &str)> = w
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            (
                dec(&w["diamonds"]),
                dec(&w["gross"]),
                dec(&w["fee"]),
                dec(&w["net"]),
                w["status"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("3000", "15.00", "0.00", "15.00", "paid"),
            ("3000", "15.00", "0.50", "14.50", "pending"),
        ]
    );
}

#[test]
fn the_zip_tiktok_sends_holds_the_same_export() {
    // The committed zip holds exactly the committed JSON, so they never drift.
    let zip = std::fs::read(sample("tiktok-data-export.zip")).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
    let mut inside = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("user_data_tiktok.json").unwrap(),
        &mut inside,
    )
    .unwrap();
    assert_eq!(
        inside,
        std::fs::read_to_string(sample("tiktok-data-export.json")).unwrap()
    );

    let l = TestLedger::new();
    let empty = l.contents();
    let r = import(&l, "tiktok-data-export.zip");
    assert_eq!(r["format"], "tiktok-data");
    assert!(
        r["file"]
            .as_str()
            .unwrap()
            .ends_with("user_data_tiktok.json"),
        "{r}"
    );
    assert_eq!(r["sessions_added"], 4);
    assert_eq!(r["rows_added"], 2);
    assert_eq!(dec(&l.summary()["balance_diamonds"]), "950");
    let after = l.contents();
    let again = import(&l, "tiktok-data-export.json");
    assert_eq!(again["sessions_added"], 0);
    assert_eq!(again["rows_added"], 0);
    assert_eq!(l.contents(), after);
    // Undo takes the sessions and the withdrawals away again.
    let id = r["import_id"].as_i64().unwrap().to_string();
    l.ok(&["imports", "undo", &id]);
    assert_eq!(l.contents(), empty);
}

#[test]
fn a_broken_export_is_refused_with_its_lines() {
    let l = TestLedger::new();
    let before = l.contents();
    let err = l.fails(&[
        "import",
        sample("broken/tiktok-data-bad-lives.json")
            .to_str()
            .unwrap(),
    ]);
    assert!(err.contains("2 problems, nothing was imported"), "{err}");
    assert!(
        err.contains("line 10, column 11 (Tiktok Live › Go Live History › GoLiveList[1].LiveStartTime): 'yesterday' is not a date/time"),
        "{err}"
    );
    assert!(
        err.contains(
            "line 15, column 11 (Tiktok Live › Go Live History › GoLiveList[2].TotalEarning)"
        ),
        "{err}"
    );
    assert!(err.contains("amount of money"), "{err}");
    assert_eq!(l.contents(), before);

    // A TXT download with no LIVE or wallet file says which files it has.
    let path = l.dir.path().join("txt-export.zip");
    let mut w = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    w.start_file("user_data.txt", zip::write::SimpleFileOptions::default())
        .unwrap();
    w.write_all(b"Go Live History\n").unwrap();
    w.finish().unwrap();
    let err = l.fails(&["import", path.to_str().unwrap()]);
    assert!(err.contains("holds no LIVE history"), "{err}");
    assert!(err.contains("(its sections: user_data.txt)"), "{err}");
}

#[test]
fn format_can_be_forced() {
    let l = TestLedger::new();
    let r = l.json(&[
        "import",
        sample("tiktok-data-export.json").to_str().unwrap(),
        "--format",
        "tiktok-data",
    ]);
    assert_eq!(r["sessions_added"], 4);
    let err = l.fails(&[
        "import",
        sample("gift-events.csv").to_str().unwrap(),
        "--format",
        "json-events",
    ]);
    assert!(
        err.contains("is not valid JSON") || err.contains("expected an event"),
        "{err}"
    );
}

#[test]
fn v2_events_flattened_to_csv_with_dotted_headers() {
    let l = TestLedger::new();
    let r = import(&l, "gift-events-v2-dotted.csv");
    assert_eq!(r["format"], "gift-events");
    assert_eq!(r["rows_read"], 8);
    assert_eq!(r["rows_added"], 4);
    assert_eq!(r["unfinished_streaks"], 1);
    // Rose 6 + Lion 29,999 + TikTok 1 (sent twice) + Doughnut 3 × 30 (never ended).
    assert_eq!(dec(&l.summary()["diamonds_earned"]), "30096");
    assert!(senders(&l, 1).contains(&"tina, the great".to_string()));
}

/// TikTokLive (Python): a logger's CSV columns (`streakable`, `streaking`,
/// `msg_id`, `created_at` from `isoformat()`) and its events as JSON Lines
/// (`gift.streakable`, `streaking`) fold streaks by the one rule, and are
/// one set of gifts: the second file adds nothing.
#[test]
fn tiktoklive_logger_columns_and_dicts_fold_streaks_and_count_once() {
    let l = TestLedger::new();
    let r = import(&l, "tiktoklive-logger.csv");
    assert_eq!(r["format"], "gift-events", "{r}");
    // Rose 3 (its end delivered twice) + Galaxy 1,000 + Finger Heart 2 × 5
    // (never ended) + Rose 1 (one tap, step then end) = 1,014 coins, 4 rows.
    assert_eq!(
        (
            &r["rows_added"],
            &r["coins_added"],
            &r["unfinished_streaks"],
            &r["redelivered"]
        ),
        (&json!(4), &json!(1014), &json!(1), &json!(1)),
        "{r}"
    );
    let sessions = l.json(&["sessions"]);
    // 19:00:01.25 +01:00 is 18:00:01 UTC (the end of ann's streak).
    assert_eq!(sessions[0]["started_at"], "2026-03-01T18:00:01.250Z");
    let r = import(&l, "tiktoklive-events.jsonl");
    assert_eq!(r["format"], "json-events", "{r}");
    assert_eq!(
        (&r["rows_added"], &r["rows_read"]),
        (&json!(0), &json!(10)),
        "{r}"
    );
    assert_eq!(dec(&l.summary()["diamonds_earned"]), "1014");
}

/// Events without `diamondCount`: a price under another name (`coins`,
/// `gift.coins`) is read, a catalog gift takes the catalog's price, and a
/// gift with neither is refused by name, nothing written.
#[test]
fn events_without_a_price_take_another_price_field_or_the_catalog() {
    let l = TestLedger::new();
    let r = import(&l, "events-no-price.jsonl");
    // Rose 3 × 1 (catalog) + galaxy 1,000 (catalog, any case) + Mystery Box
    // 2 × 7 (`coins`) + Heart Me 1 (`gift.coins`) = 1,018.
    assert_eq!(
        (&r["rows_added"], &r["coins_added"]),
        (&json!(4), &json!(1018)),
        "{r}"
    );
    let before = l.contents();
    let err = l.fails(&[
        "import",
        sample("broken/events-unpriced-unknown.jsonl")
            .to_str()
            .unwrap(),
    ]);
    assert!(
        err.contains("line 2") && err.contains("no price for 'Unheard Of Gift'"),
        "{err}"
    );
    assert_eq!(l.contents(), before);
}

// ----- UTF-16 JSON, TikTok's TXT download, what a file we do not read holds

/// SHA-256 of a file's bytes, hex: what the import history knows it by.
fn sha256_of(path: &std::path::Path) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(std::fs::read(path).unwrap());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The UTF-16 file `name` (with its byte order mark) as UTF-8 text.
fn utf16_text(name: &str) -> String {
    let bytes = std::fs::read(sample(name)).unwrap();
    let (le, body) = match &bytes[..2] {
        [0xFF, 0xFE] => (true, &bytes[2..]),
        [0xFE, 0xFF] => (false, &bytes[2..]),
        _ => panic!("{name} has no UTF-16 byte order mark"),
    };
    let units: Vec<u16> = body
        .chunks_exact(2)
        .map(|c| {
            if le {
                u16::from_le_bytes([c[0], c[1]])
            } else {
                u16::from_be_bytes([c[0], c[1]])
            }
        })
        .collect();
    String::from_utf16(&units).unwrap()
}

#[test]
fn utf16_json_lines_and_arrays_are_read_as_their_utf8_twins() {
    // (file, values read, rows, coins, encoding): totals by hand in
    // assets/samples/README.md.
    for (file, values, rows, coins, encoding) in [
        ("events-utf16le.jsonl", 9, 4, "31062", "UTF-16LE"),
        ("events-utf16be.jsonl", 8, 3, "50", "UTF-16BE"),
        ("events-utf16-array.json", 4, 3, "304", "UTF-16LE"),
    ] {
        let l = TestLedger::new();
        let r = import(&l, file);
        assert_eq!(r["format"], "json-events", "{file}");
        assert_eq!(r["encoding"], encoding, "{file}");
        assert_eq!(r["rows_read"], values, "{file}");
        assert_eq!(r["rows_added"], rows, "{file}");
        assert_eq!(r["sessions_added"], 1, "{file}");
        assert_eq!(r["unfinished_streaks"], 0, "{file}");
        assert_eq!(dec(&l.summary()["diamonds_earned"]), coins, "{file}");
        // The history knows the file by its own bytes, not the decoded text.
        assert_eq!(r["sha256"], sha256_of(&sample(file)), "{file}");
        // The same events saved as UTF-8 are the same rows: nothing new.
        let twin = l.dir.path().join("twin.json");
        std::fs::write(&twin, utf16_text(file)).unwrap();
        let again = l.json(&["import", twin.to_str().unwrap()]);
        assert_eq!(again["rows_added"], 0, "{file}");
        assert_eq!(again["rows_skipped"], rows, "{file}");
    }
    let l = TestLedger::new();
    import(&l, "events-utf16le.jsonl");
    let names = senders(&l, 1);
    for want in ["zoe.k", "sara", "li_lei", "quote\"man"] {
        assert!(names.contains(&want.to_string()), "{want} not in {names:?}");
    }
    let r = import(&l, "events-utf16le.jsonl");
    assert_eq!(r["events_skipped"]["chat"], 1);
    let l = TestLedger::new();
    import(&l, "events-utf16be.jsonl");
    assert!(senders(&l, 1).contains(&"😀😀".to_string()));
    // The text report says how it was read.
    let out = l.ok(&[
        "import",
        "--dry-run",
        sample("events-utf16-array.json").to_str().unwrap(),
    ]);
    assert!(out.contains("read as JSON in UTF-16LE"), "{out}");
}

#[test]
fn broken_utf16_and_utf32_are_refused_with_what_and_where() {
    let l = TestLedger::new();
    let before = l.contents();
    let write = |name: &str, bytes: &[u8]| {
        let p = l.dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };
    let utf16 = |text: &str| -> Vec<u8> {
        let mut b = vec![0xFF, 0xFE];
        b.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        b
    };
    let good = std::fs::read_to_string(sample("events-v1.jsonl")).unwrap();
    let two: String = good.lines().take(2).map(|l| format!("{l}\r\n")).collect();
    // Cut short: an odd number of bytes.
    let mut odd = utf16(&two);
    odd.push(b'{');
    let err = l.fails(&["import", write("odd.jsonl", &odd).to_str().unwrap()]);
    assert!(err.contains("line 3"), "{err}");
    assert!(err.contains("half a character"), "{err}");
    // A lone surrogate on the second line.
    let mut lone = utf16(&format!("{}\r\n", good.lines().next().unwrap()));
    lone.extend([0x00, 0xD8]);
    lone.extend("{}\r\n".encode_utf16().flat_map(u16::to_le_bytes));
    let err = l.fails(&["import", write("lone.jsonl", &lone).to_str().unwrap()]);
    assert!(err.contains("line 2"), "{err}");
    assert!(err.contains("lone surrogate"), "{err}");
    // UTF-32, as a table or as JSON: named, not misread.
    let mut utf32 = vec![0xFF, 0xFE, 0x00, 0x00];
    utf32.extend("[{}]".chars().flat_map(|c| (c as u32).to_le_bytes()));
    for name in ["events.json", "gifts.csv"] {
        let err = l.fails(&["import", write(name, &utf32).to_str().unwrap()]);
        assert!(err.contains("is UTF-32LE text"), "{err}");
    }
    assert_eq!(l.contents(), before);
}

#[test]
fn an_export_with_a_utf8_mark_or_in_utf16_is_read() {
    let text = std::fs::read_to_string(sample("tiktok-data-export.json")).unwrap();
    let mut marked = b"\xEF\xBB\xBF".to_vec();
    marked.extend(text.as_bytes());
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    for (name, bytes) in [("user_data.json", marked), ("user_data_tiktok.json", utf16)] {
        let l = TestLedger::new();
        let p = l.dir.path().join(name);
        std::fs::write(&p, &bytes).unwrap();
        let r = l.json(&["import", p.to_str().unwrap()]);
        assert_eq!(r["format"], "tiktok-data", "{name}");
        assert_eq!(r["sessions_added"], 4, "{name}");
        assert_eq!(r["rows_added"], 2, "{name}");
        assert_eq!(r["sha256"], sha256_of(&p), "{name}");
        assert_eq!(dec(&l.summary()["balance_diamonds"]), "950", "{name}");
    }
}

/// Sessions as (start, hours, diamonds, title).
fn lives(l: &TestLedger) -> Vec<(String, String, String, String)> {
    l.json(&["sessions"])
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["started_at"].as_str().unwrap().to_string(),
                dec(&s["hours"]).to_string(),
                dec(&s["diamonds"]).to_string(),
                s["title"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Withdrawals as (diamonds, gross, fee, net, status, reference).
fn payouts(l: &TestLedger) -> Vec<[String; 6]> {
    l.json(&["withdrawals", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            [
                dec(&w["diamonds"]).to_string(),
                dec(&w["gross"]).to_string(),
                dec(&w["fee"]).to_string(),
                dec(&w["net"]).to_string(),
                w["status"].as_str().unwrap().to_string(),
                w["reference"].as_str().unwrap_or_default().to_string(),
            ]
        })
        .collect()
}

fn strings(v: &[(&str, &str, &str, &str)]) -> Vec<(String, String, String, String)> {
    v.iter()
        .map(|(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), d.to_string()))
        .collect()
}

#[test]
fn tiktoks_txt_download_is_read_like_its_json() {
    let l = TestLedger::new();
    let empty = l.contents();
    let r = import(&l, "tiktok-data-txt.zip");
    assert_eq!(r["format"], "tiktok-data");
    assert_eq!(r["rows_read"], 6, "3 lives and 3 wallet transactions");
    assert_eq!(r["sessions_added"], 3);
    assert_eq!(r["rows_added"], 2, "two withdrawals");
    assert_eq!(r["sha256"], sha256_of(&sample("tiktok-data-txt.zip")));
    let ignored: Vec<&str> = r["sections_ignored"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    for want in [
        "Activity/Login History.txt",
        "Activity/Browsing History.txt",
        "Tiktok Live/Go Live settings.txt",
        "Activity/Purchases.txt (what you bought or sent: not income)",
        "1 coin purchases in the wallet (what you bought: not income)",
    ] {
        assert!(ignored.contains(&want), "{want} not in {ignored:?}");
    }
    assert_eq!(
        lives(&l),
        strings(&[
            ("2026-10-04T19:00:00Z", "1", "1500", "Autumn karaoke 🍂"),
            (
                "2026-10-11T18:30:00Z",
                "0.75",
                "720",
                "Q&A: ask me anything"
            ),
            (
                "2026-10-25T20:00:00Z",
                "2.5",
                "2380",
                "=HYPERLINK(\"x\") finale"
            ),
        ])
    );
    let s = l.json(&["sessions"]);
    assert_eq!(s[0]["unique_viewers"], 412);
    assert_eq!(s[0]["new_followers"], 30);
    // 1,500 + 720 + 2,380 earned; 2,000 paid + $5.00 ÷ $0.005 = 1,000 pending.
    let sum = l.summary();
    assert_eq!(dec(&sum["diamonds_earned"]), "4600");
    assert_eq!(dec(&sum["diamonds_withdrawn"]), "3000");
    assert_eq!(dec(&sum["balance_diamonds"]), "1600");
    let want = [
        ["2000", "10.00", "0.00", "10.00", "paid", "WD-2001"],
        ["1000", "5.00", "0.25", "4.75", "pending", "WD-2002"],
    ];
    assert_eq!(payouts(&l), want.map(|w| w.map(str::to_string)));
    // A preview is the import; a second import adds nothing; undo takes all.
    let after = l.contents();
    let again = import(&l, "tiktok-data-txt.zip");
    assert_eq!(
        (
            again["sessions_added"].as_i64(),
            again["rows_added"].as_i64()
        ),
        (Some(0), Some(0))
    );
    assert_eq!(l.contents(), after);
    let id = r["import_id"].as_i64().unwrap().to_string();
    l.ok(&["imports", "undo", &id]);
    assert_eq!(l.contents(), empty);
}

#[test]
fn a_txt_download_in_another_hand_is_read_alike() {
    let l = TestLedger::new();
    let r = import(&l, "tiktok-data-txt-variant.zip");
    assert_eq!(r["format"], "tiktok-data");
    assert_eq!(r["rows_read"], 5, "3 lives and 2 withdrawals");
    assert_eq!(r["sessions_added"], 3);
    assert_eq!(r["rows_added"], 2);
    assert_eq!(
        lives(&l),
        strings(&[
            (
                "2026-09-12T22:00:00Z",
                "0.75",
                "980",
                "Late night Q&A part 2"
            ),
            ("2026-09-19T21:00:00Z", "2.25", "3050", "Sunday 🎶 session"),
            ("2026-09-26T20:00:00Z", "0.5", "0", ""),
        ])
    );
    assert_eq!(l.json(&["sessions"])[1]["peak_viewers"], 96);
    let want = [
        ["1000", "5.00", "0.00", "5.00", "paid", "WD-3001"],
        ["1500", "7.50", "0.30", "7.20", "pending", "WD-3002"],
    ];
    assert_eq!(payouts(&l), want.map(|w| w.map(str::to_string)));
    assert_eq!(dec(&l.summary()["balance_diamonds"]), "1530");
    let ignored = r["sections_ignored"].to_string();
    assert!(ignored.contains("Profile/Profile Info.txt"), "{ignored}");
    assert!(
        ignored.contains("Coin Purchase History.txt (what you bought"),
        "{ignored}"
    );
}

#[test]
fn a_broken_txt_download_is_refused_at_its_file_line_and_key() {
    let l = TestLedger::new();
    let before = l.contents();
    let p = l.dir.path().join("TikTok_Data_1.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&p).unwrap());
    zip.start_file(
        "Tiktok Live/Go Live History.txt",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    zip.write_all(
        b"Live Start Time: 2026-10-04 19:00:00\nTotal Earning: 10\n\nRoom Title: x\nLive Start Time: next tuesday\nTotal Earning: $6.25\n",
    )
    .unwrap();
    zip.finish().unwrap();
    let err = l.fails(&["import", p.to_str().unwrap()]);
    assert!(
        err.contains("line 5, column 1 (Tiktok Live/Go Live History.txt[1].Live Start Time)"),
        "{err}"
    );
    assert_eq!(l.contents(), before);
}

#[test]
fn a_file_of_something_else_says_what_it_found() {
    let l = TestLedger::new();
    let write = |name: &str, bytes: &[u8]| {
        let p = l.dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };
    let p = write(
        "products.json",
        br#"[{"name":"mug","price":"9.99"},{"name":"cap","price":"12","colour":"red"}]"#,
    );
    let err = l.fails(&["import", p.to_str().unwrap()]);
    assert!(
        err.contains("an array of 2 objects whose keys are name, price, colour"),
        "{err}"
    );
    let p = write("config.json", br#"{"theme":"dark","volume":3}"#);
    let err = l.fails(&["import", p.to_str().unwrap()]);
    assert!(
        err.contains("a JSON object whose keys are theme, volume"),
        "{err}"
    );
    let p = write(
        "log.jsonl",
        b"{\"level\":\"info\",\"msg\":\"up\"}\n{\"level\":\"warn\"}\n",
    );
    let err = l.fails(&["import", p.to_str().unwrap()]);
    assert!(
        err.contains("2 values (JSON Lines), objects whose keys are level, msg"),
        "{err}"
    );

    let p = l.dir.path().join("photos.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&p).unwrap());
    for name in ["a.jpg", "b.jpg", "notes/c.md", "d.png", "e.png", "f.png"] {
        zip.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(b"x").unwrap();
    }
    zip.finish().unwrap();
    let err = l.fails(&["import", p.to_str().unwrap()]);
    assert!(
        err.contains("is a zip of 6 files: a.jpg, b.jpg, notes/c.md, d.png, e.png, …"),
        "{err}"
    );
    assert!(!err.contains("holds no user_data.json"), "{err}");
}

/// A logger of one's own: its fields are named with `--map` by JSON path;
/// without it the file is refused with what it holds and that advice.
#[test]
fn a_json_logger_of_ones_own_is_read_with_map_paths() {
    let l = TestLedger::new();
    let file = sample("events-custom-logger.jsonl");
    let file = file.to_str().unwrap();
    let err = l.fails(&["import", file]);
    assert!(
        err.contains("keys are when, fan, item, value, qty") && err.contains("--map"),
        "{err}"
    );
    let map = "date=when,sender=fan.handle,nickname=fan.shown,gift=item,coins=value,count=qty";
    let r = l.json(&["import", file, "--map", map, "--dry-run"]);
    // Rose 5 × 1 + Galaxy 1,000 + Doughnut 2 × 30 = 1,065; the chat line is
    // no gift (it holds none of the mapped gift, price or id paths).
    assert_eq!(
        (&r["rows_added"], &r["coins_added"]),
        (&json!(3), &json!(1065)),
        "{r}"
    );
    let r = l.json(&["import", file, "--map", map]);
    assert_eq!(
        (&r["rows_added"], &r["coins_added"]),
        (&json!(3), &json!(1065)),
        "{r}"
    );
    assert_eq!(r["events_skipped"]["other"], 1, "{r}");
    let sessions = l.json(&["sessions"]);
    assert_eq!(sessions[0]["started_at"], "2026-03-01T18:00:00Z");
    let err = l.fails(&["import", file, "--map", "coins=a..b"]);
    assert!(err.contains("'a..b' is not a JSON path"), "{err}");
    let err = l.fails(&["import", file, "--map", "title=item"]);
    assert!(
        err.contains("title is not a field of a gift event"),
        "{err}"
    );
}
