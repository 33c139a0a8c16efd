//! Spreadsheets (.xlsx, .ods) through the real binary: the samples in
//! `assets/samples/sheets/` (written by `make_sheets.py` there), with their
//! totals computed by hand in `assets/samples/README.md`.

mod common;

use common::{dec, root, TestLedger};

fn sheet(name: &str) -> String {
    root()
        .join("assets/samples/sheets")
        .join(name)
        .to_str()
        .expect("utf-8 path")
        .to_string()
}

#[test]
fn an_english_gift_table_under_a_merged_title_row() {
    let l = TestLedger::new();
    let r = l.json(&["import", &sheet("gift-table-en.xlsx")]);
    assert_eq!(r["format"], "gift-table");
    assert_eq!(
        r["header_line"], 3,
        "the merged title and a blank row above"
    );
    assert_eq!(r["delimiter"], "sheet");
    assert_eq!(r["encoding"], "xlsx sheet 'Gifts'");
    assert_eq!(r["rows_added"], 4);
    assert_eq!(r["totals_skipped"], 1);
    // 5 Roses + a Galaxy = 1,005 at 20:01–20:05; 35 minutes later a new
    // live: 2 Hand Hearts + 3 Doughnuts = 200 + 90 = 290.
    let s = l.json(&["sessions"]);
    assert_eq!(dec(&s[0]["diamonds"]), "1005");
    assert_eq!(dec(&s[1]["diamonds"]), "290");
    assert_eq!(s[0]["started_at"], "2026-11-24T19:01:00Z", "20:01 Berlin");
    assert_eq!(dec(&l.summary()["diamonds_earned"]), "1295");
    let gifts = l.json(&["gift", "list", "--session", "2"]);
    let senders: Vec<&str> = gifts
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|g| g["sender"].as_str())
        .collect();
    // A formula's text and markup are kept as data.
    assert!(senders.contains(&"=HYPERLINK(\"http://x\")"), "{senders:?}");
    assert!(senders.contains(&"<b>陈小龙</b>"), "{senders:?}");
    // Importing it again adds nothing.
    let again = l.json(&["import", &sheet("gift-table-en.xlsx")]);
    assert_eq!(again["rows_added"], 0);
    assert_eq!(again["rows_skipped"], 4);
}

#[test]
fn a_german_summary_with_serial_dates_and_decimal_commas_as_text() {
    let l = TestLedger::new();
    let r = l.json(&["import", &sheet("analytics-de.xlsx")]);
    assert_eq!(r["format"], "session-summary");
    // 1,250 + 480 + 15,020 = 16,750 diamonds; × $0.005 = $83.75.
    assert_eq!(dec(&r["diamonds_added"]), "16750");
    assert_eq!(dec(&r["value_added"]["USD"]), "83.75");
    assert_eq!(r["totals_skipped"], 1, "the Summe row");
    let s = l.json(&["sessions"]);
    let hours: Vec<&str> = (0..3).map(|i| dec(&s[i]["hours"])).collect();
    assert_eq!(hours, ["1.5", "0.75", "2.25"]);
    assert_eq!(s[0]["started_at"], "2026-11-02T18:00:00Z", "19:00 Berlin");
    assert_eq!(s[0]["notes"], "TikTok estimated rewards: 6.25 USD");
}

#[test]
fn the_first_sheet_with_data_or_the_one_named() {
    let l = TestLedger::new();
    // 'Cover' is empty; 'Lives' is read: 400 (a formula's 0.1+0.2+399.7)
    // + 250 diamonds.
    let r = l.json(&["import", &sheet("workbook-two-sheets.xlsx")]);
    assert_eq!(r["format"], "session-summary");
    assert_eq!(r["encoding"], "xlsx sheet 'Lives'");
    assert_eq!(dec(&r["diamonds_added"]), "650");
    let s = l.json(&["sessions"]);
    assert_eq!(dec(&s[0]["hours"]), "1.5", "a [h]:mm:ss duration cell");
    // --sheet reads the gift table: 7 Roses + a Lion = 30,006 coins.
    let r = l.json(&[
        "import",
        &sheet("workbook-two-sheets.xlsx"),
        "--sheet",
        "Gifts",
    ]);
    assert_eq!(r["format"], "gift-table");
    assert_eq!(r["coins_added"], 30006);
    let err = l.fails(&[
        "import",
        &sheet("workbook-two-sheets.xlsx"),
        "--sheet",
        "Payouts",
    ]);
    assert!(
        err.contains("no sheet named 'Payouts'") && err.contains("'Cover', 'Lives', 'Gifts'"),
        "{err}"
    );
    assert_eq!(dec(&l.summary()["diamonds_earned"]), "30656");
}

#[test]
fn dates_in_the_1904_system() {
    let l = TestLedger::new();
    let r = l.json(&["import", &sheet("gift-table-1904.xlsx")]);
    // 10 Roses + a Corgi = 309 coins on 1 November 2026, 21:00 Berlin.
    assert_eq!(r["coins_added"], 309);
    let s = l.json(&["sessions"]);
    assert_eq!(s[0]["day"], "2026-11-01");
    assert_eq!(s[0]["started_at"], "2026-11-01T20:00:00Z");
}

#[test]
fn an_opendocument_session_summary() {
    let l = TestLedger::new();
    let r = l.json(&["import", &sheet("sessions.ods")]);
    assert_eq!(r["format"], "session-summary");
    assert_eq!(r["header_line"], 3);
    assert_eq!(r["encoding"], "ods sheet 'Sitzungen'");
    // 1,200 + 310 + 4,490 = 6,000 diamonds; × $0.005 = $30.00.
    assert_eq!(dec(&r["diamonds_added"]), "6000");
    assert_eq!(dec(&r["value_added"]["USD"]), "30.00");
    let s = l.json(&["sessions"]);
    let hours: Vec<&str> = (0..3).map(|i| dec(&s[i]["hours"])).collect();
    assert_eq!(hours, ["1.5", "0.75", "2.25"]);
    assert_eq!(s[1]["title"], "Mittwoch & Co <3");
    // A float cell typed 6.1 reads as 6.1, not 6.0999999999999996.
    assert_eq!(s[0]["notes"], "TikTok estimated rewards: 6.1 USD");
}

#[test]
fn a_zip_that_is_neither_says_what_it_holds() {
    let l = TestLedger::new();
    let path = l.dir.path().join("photos.xlsx");
    let mut z = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    let opts = zip::write::SimpleFileOptions::default();
    for name in ["holiday/1.jpg", "holiday/2.jpg", "notes.txt"] {
        z.start_file(name, opts).unwrap();
        std::io::Write::write_all(&mut z, b"x").unwrap();
    }
    z.finish().unwrap();
    let err = l.fails(&["import", path.to_str().unwrap()]);
    assert!(
        err.contains("neither TikTok's data download nor a spreadsheet")
            && err.contains("a zip of 3 files: holiday/1.jpg, holiday/2.jpg, notes.txt"),
        "{err}"
    );
    assert!(!err.contains("user_data.json"), "{err}");
    // A CSV named .xlsx is read for what it is.
    let csv = l.dir.path().join("gifts.xlsx");
    std::fs::write(
        &csv,
        "Date,Sender,Gift,Count,Coins\n2026-11-24 20:01,ana,Rose,2,1\n",
    )
    .unwrap();
    let r = l.json(&["import", csv.to_str().unwrap()]);
    assert_eq!(r["coins_added"], 2);
    assert_eq!(r["delimiter"], "comma");
}

/// A sheet takes the CSV road's header help: an unknown header is refused
/// with its columns' first values and the guessed `--map`; the map given is
/// remembered for that header and reads the next sheet with it.
#[test]
fn an_unknown_sheet_header_is_explained_and_its_mapping_remembered() {
    let l = TestLedger::new();
    let err = l.fails(&["import", &sheet("tool-log-custom.xlsx")]);
    assert!(
        err.contains("--map date=stamp,gift=thing,coins=pts,count=times_sent,sender=fan"),
        "{err}"
    );
    assert!(
        err.contains("column 3 'thing': Rose | Galaxy | Doughnut"),
        "{err}"
    );
    let map = "date=stamp,gift=thing,coins=pts,count=times_sent,sender=fan";
    let r = l.json(&["import", &sheet("tool-log-custom.xlsx"), "--map", map]);
    // 7 Roses × 1 + Galaxy 1,000 + 2 Doughnuts × 30 = 1,067.
    assert_eq!(r["coins_added"], 1067);
    let r = l.json(&["import", &sheet("tool-log-custom-2.xlsx")]);
    // Lion 29,999 + 3 Roses × 1 = 30,002, read by the remembered mapping.
    assert_eq!(r["coins_added"], 30002);
    let notes = r["notes"].to_string();
    assert!(
        notes.contains("used your mapping from") && notes.contains("tool-log-custom.xlsx"),
        "{notes}"
    );
}

/// A Revenue file of TikTok LIVE Center saved as a workbook is TikTok's
/// figures per day, never added to the balance.
#[test]
fn a_sheet_of_days_is_tiktoks_figures_not_income() {
    let l = TestLedger::new();
    let r = l.json(&["import", &sheet("days-revenue.xlsx")]);
    assert_eq!(r["format"], "tiktok-days");
    // 4,210 + 1,980 + 0 = 6,190 diamonds over three days.
    assert_eq!(r["days"]["days"], 3);
    assert_eq!(dec(&r["days"]["diamonds"]), "6190");
    assert_eq!(dec(&l.summary()["diamonds_earned"]), "0");
}

/// An Excel 97–2003 workbook (BIFF8, written by xlwt: `make_xls.py`), told
/// by its OLE bytes, not its name: a title row, a Spanish header, date-time
/// cells and numbers as numbers.
#[test]
fn an_excel_97_workbook_is_read_like_the_others() {
    let l = TestLedger::new();
    let r = l.json(&["import", &sheet("gift-table-es.xls")]);
    assert_eq!(r["format"], "gift-table", "{r}");
    assert_eq!(r["header_line"], 3, "{r}");
    // 10 Roses + a Galaxy + 3 Doughnuts = 10 + 1,000 + 90 = 1,100 coins,
    // from 21:00 Berlin (20:00 UTC).
    assert_eq!(
        (&r["rows_added"], &r["coins_added"]),
        (&serde_json::json!(3), &serde_json::json!(1100)),
        "{r}"
    );
    let s = l.json(&["sessions"]);
    assert_eq!(s[0]["started_at"], "2026-11-20T20:00:00Z");
    assert_eq!(dec(&l.summary()["diamonds_earned"]), "1100");
}
