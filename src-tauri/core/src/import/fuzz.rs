//! Property-based fuzzing of the import path (cargo-fuzz needs a nightly
//! toolchain this project cannot rely on). Cases default to 256 per property;
//! `.ci/fuzz` runs many more. Failing inputs proptest finds are kept in
//! `proptest-regressions/` and replayed first on every run.

use std::sync::{Mutex, OnceLock};

use chrono_tz::Tz;
use proptest::prelude::*;

use super::datetime::{parse_duration, parse_when, DurationUnit};
use super::parse::parse_whole;
use super::{import_reader, Format, ImportOptions};
use crate::report::summary;
use crate::store::Store;

/// One ledger per test binary: imports that pass add to it, refused ones must not.
fn store() -> &'static Mutex<Store> {
    static STORE: OnceLock<Mutex<Store>> = OnceLock::new();
    STORE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir").keep();
        let mut s = Store::open(&dir.join("fuzz.db")).expect("open");
        s.set_setting("timezone", "Europe/Berlin").expect("tz");
        Mutex::new(s)
    })
}

const HEADERS: &[&str] = &[
    "timestamp",
    "Date",
    "time",
    "uniqueId",
    "nickname",
    "giftId",
    "giftName",
    "Gift",
    "diamondCount",
    "Coins",
    "repeatCount",
    "Count",
    "qty",
    "repeatEnd",
    "giftType",
    "Sender",
    "from",
    "Diamonds",
    "Total diamonds",
    "Diamanten gesamt",
    "Duration",
    "Viewers",
    "session",
    "record",
    "session_ref",
    "Start time",
    // TikTok LIVE Center's per-day files.
    "LIVE sessions",
    "Views",
    "Avg. watch time",
    "Avg. concurrent viewers",
    "Commenters",
    "Shares",
    "日付",
    "ダイヤモンド",
    "colour",
    "",
];

fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "-?[0-9]{1,22}",
        "-?[0-9]{1,6}\\.[0-9]{1,4}",
        "[0-9]{1,3}(,[0-9]{3}){1,3}",
        "(19|20|99)[0-9]{2}-[01][0-9]-[0-3][0-9]( [0-2][0-9]:[0-5][0-9](:[0-5][0-9])?)?(Z|[+-][01][0-9]:[0-5][0-9])?",
        "[0-3]?[0-9]/[01]?[0-9]/[0-9]{2,4}( [0-2][0-9]:[0-5][0-9])?",
        "[0-3][0-9]\\.[01][0-9]\\.[0-9]{4}",
        "1[0-9]{9,13}",
        "(true|false|TRUE|yes|0|1|maybe)",
        "(Rose|Galaxy|Lion|TikTok Universe|Unknown Gift)",
        // Counts written into a gift cell, and the first words of summary rows.
        "(Rose|Finger Heart|Unknown Gift) ?[xX×*] ?[0-9]{1,12}|[0-9]{1,12} ?[x×*] (Rose|Lion)|Rose \\([x]?[0-9]{1,12}\\)",
        "(Total|Gifters|Average|Sum|Gesamt|合計|Total de regalos|Donantes)",
        "[1-9]h ?[0-5]?[0-9]?m?|[0-9]{1,2}:[0-5][0-9](:[0-5][0-9])?",
        "\\PC{0,12}",
        Just("<img src=x onerror=alert(1)>".to_string()),
        Just("\"quoted, \"\"twice\"\"\"".to_string()),
        Just("line\nbreak".to_string()),
        Just("🦁 陈 чен".to_string()),
    ]
}

fn csv_like() -> impl Strategy<Value = Vec<u8>> {
    let header = prop::collection::vec(prop::sample::select(HEADERS), 0..9);
    let rows = prop::collection::vec(prop::collection::vec(cell(), 0..10), 0..12);
    (
        header,
        rows,
        prop::sample::select(vec![",", ";", "\t"]),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(header, rows, delim, bom, crlf)| {
            let eol = if crlf { "\r\n" } else { "\n" };
            let quote = |c: &str| {
                if c.contains([',', ';', '\t', '"', '\n']) {
                    format!("\"{}\"", c.replace('"', "\"\""))
                } else {
                    c.to_string()
                }
            };
            let mut out = String::new();
            if bom {
                out.push('\u{feff}');
            }
            out.push_str(
                &header
                    .iter()
                    .map(|h| quote(h))
                    .collect::<Vec<_>>()
                    .join(delim),
            );
            for r in rows {
                out.push_str(eol);
                out.push_str(&r.iter().map(|c| quote(c)).collect::<Vec<_>>().join(delim));
            }
            out.into_bytes()
        })
}

/// A column of a real format and a generator of valid values for it.
fn valid(column: &str) -> BoxedStrategy<String> {
    match column {
        "timestamp" => (1_772_391_600_000i64..1_772_400_000_000)
            .prop_map(|t| t.to_string())
            .boxed(),
        "date" => (0u32..60, 0u32..24, 0u32..60)
            .prop_map(|(d, h, m)| {
                let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
                    + chrono::Days::new(u64::from(d));
                format!("{day} {h:02}:{m:02}")
            })
            .boxed(),
        "diamondCount" | "coins" => {
            prop_oneof![Just(1i64), Just(5), Just(30), Just(1000), 0i64..50_000]
                .prop_map(|c| c.to_string())
                .boxed()
        }
        "repeatCount" | "count" => (1i64..12).prop_map(|c| c.to_string()).boxed(),
        "repeatEnd" => prop::sample::select(vec!["true", "false"])
            .prop_map(str::to_string)
            .boxed(),
        "giftType" => prop::sample::select(vec!["1", "2"])
            .prop_map(str::to_string)
            .boxed(),
        "giftName" | "gift" => prop::sample::select(vec!["Rose", "Galaxy", "Finger Heart", "Lion"])
            .prop_map(str::to_string)
            .boxed(),
        "diamonds" | "viewers" => (0i64..100_000).prop_map(|c| c.to_string()).boxed(),
        "duration" => prop::sample::select(vec!["90", "1:30:00", "45m", "2h 15m"])
            .prop_map(str::to_string)
            .boxed(),
        _ => prop::sample::select(vec!["alice", "bob", "陈", "<b>x</b>"])
            .prop_map(str::to_string)
            .boxed(),
    }
}

/// Files of a real format, in any column order and case, with most cells valid.
fn near_valid() -> impl Strategy<Value = Vec<u8>> {
    let formats: Vec<Vec<&'static str>> = vec![
        vec![
            "timestamp",
            "uniqueId",
            "giftId",
            "giftName",
            "diamondCount",
            "repeatCount",
            "repeatEnd",
            "giftType",
        ],
        vec!["date", "gift", "coins", "count", "sender"],
        vec!["date", "diamonds", "duration", "viewers"],
    ];
    // Half the files are wholly valid (to reach the write path); in the other
    // half about one cell in ten is anything at all.
    (prop::sample::select(formats), any::<bool>())
        .prop_flat_map(|(cols, clean)| {
            let order = Just(cols.clone()).prop_shuffle();
            let row = cols
                .iter()
                .map(|c| {
                    if clean {
                        valid(c)
                    } else {
                        prop_oneof![9 => valid(c), 1 => cell()].boxed()
                    }
                })
                .collect::<Vec<_>>();
            (
                Just(cols),
                order,
                prop::collection::vec(row, 1..40),
                any::<bool>(),
            )
        })
        .prop_map(|(cols, order, rows, upper)| {
            // Rows were made in the format's column order; write them in the shuffled one.
            let header: Vec<String> = order
                .iter()
                .map(|h| {
                    if upper {
                        h.to_uppercase()
                    } else {
                        h.to_string()
                    }
                })
                .collect();
            let mut out = header.join(",");
            for r in rows {
                out.push('\n');
                let cells: Vec<String> = order
                    .iter()
                    .map(|name| {
                        let i = cols.iter().position(|c| c == name).unwrap_or(0);
                        let c = r.get(i).cloned().unwrap_or_default();
                        if c.contains([',', '"', '\n']) {
                            format!("\"{}\"", c.replace('"', "\"\""))
                        } else {
                            c
                        }
                    })
                    .collect();
                out.push_str(&cells.join(","));
            }
            out.into_bytes()
        })
}

fn counts(store: &Store) -> (i64, i64, i64) {
    let (gifts, sessions, _, imports) = store.row_counts().expect("counts");
    (gifts, sessions, imports)
}

/// Cases that imported (the rest were refused), reported by `.ci/fuzz`.
static IMPORTED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

#[test]
fn zz_report_how_many_cases_imported() {
    // Runs after the properties in a single-threaded run; informative only.
    eprintln!(
        "fuzz: {} cases imported so far",
        IMPORTED.load(std::sync::atomic::Ordering::Relaxed)
    );
}

fn check(bytes: &[u8], format: Format) -> Result<(), TestCaseError> {
    let mut store = store().lock().unwrap_or_else(|p| p.into_inner());
    let before = counts(&store);
    let opts = ImportOptions {
        format,
        ..ImportOptions::default()
    };
    match import_reader(
        &mut store,
        bytes,
        "fuzz.csv",
        bytes.len() as u64,
        &opts,
        &mut |_, _| {},
    ) {
        Ok(_) => {
            IMPORTED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let ledger = store.snapshot().expect("the ledger still loads");
            let _ = summary(&ledger, chrono::Utc::now());
        }
        Err(e) => {
            prop_assert!(!e.to_string().is_empty());
            prop_assert_eq!(counts(&store), before, "a refused import wrote: {}", e);
        }
    }
    Ok(())
}

/// A reader that panics part way, standing in for a bug in the reading half.
struct PanicsWhileRead(usize);

impl std::io::Read for PanicsWhileRead {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.0 == 0 {
            panic!("a bug in the reading half");
        }
        let row = b"2026-03-01 20:00,Rose,1\n";
        let n = row.len().min(buf.len());
        buf[..n].copy_from_slice(&row[..n]);
        self.0 -= 1;
        Ok(n)
    }
}

#[test]
fn a_panic_while_reading_is_a_panic_not_a_refusal() {
    let mut header = b"date,gift,coins\n".to_vec();
    header.extend(std::iter::repeat_n(b"2026-03-01 20:00,Rose,1\n".to_vec(), 3000).flatten());
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut store = store().lock().unwrap_or_else(|p| p.into_inner());
        let reader = std::io::Read::chain(&header[..], PanicsWhileRead(5000));
        let _ = import_reader(
            &mut store,
            reader,
            "panics.csv",
            0,
            &ImportOptions::default(),
            &mut |_, _| {},
        );
    }));
    assert!(
        result.is_err(),
        "the panic must reach the caller (and fail a fuzz case)"
    );
}

#[test]
fn a_huge_duration_is_refused_not_a_panic() {
    // Was a panic in parse_duration (`h * 3600` overflowed).
    check(
        b"Date,Duration,Diamonds\n2026-11-01 19:00,99999999999:00,100\n2026-11-02 19:00,9999999999999999:00,100\n",
        Format::Auto,
    )
    .expect("refused cleanly");
}

/// A number written the way a locale writes it: grouping by `group`
/// (maybe none) and `decimal` as the point, with `places` decimals.
fn localized_number(n: u64, frac: u32, places: usize, group: &str, decimal: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(group);
        }
        out.push(c);
    }
    if places > 0 {
        let f = format!("{frac:0>width$}", width = places);
        out.push_str(decimal);
        out.push_str(&f[..places]);
    }
    out
}

/// A date written as browsers, spreadsheets and tools print it.
fn localized_date(day: u32, month: u32, hour: u32, minute: u32, style: usize) -> String {
    let h12 = if hour.is_multiple_of(12) {
        12
    } else {
        hour % 12
    };
    let ampm = if hour < 12 { "AM" } else { "PM" };
    match style {
        0 => format!("2026-{month:02}-{day:02} {hour:02}:{minute:02}"),
        1 => format!("{month}/{day}/2026, {h12}:{minute:02}:07 {ampm}"),
        2 => format!("{day:02}.{month:02}.2026 {hour:02}:{minute:02}"),
        3 => format!("{day:02}/{month:02}/2026, {hour:02}.{minute:02}.07"),
        4 => format!("2026-{month:02}-{day:02} {h12}:{minute:02} {ampm}"),
        5 => format!("{month}/{day}/2026, {h12}:{minute:02}:07\u{202f}{ampm}"),
        6 => format!("2026/{month:02}/{day:02} {hour:02}:{minute:02}:07"),
        7 => format!(
            "{}",
            1_795_550_712_000u64 + u64::from(day) * 86_400_000 + u64::from(minute) * 60_000
        ),
        _ => format!("{day}-{month}-26 {hour}:{minute:02}"),
    }
}

/// Files as spreadsheets in any locale save them: title lines, any
/// encoding, grouped and decimal-comma numbers, any date style, totals and
/// blank lines, a mixed event column, sometimes a few bytes broken.
fn localized_file() -> impl Strategy<Value = Vec<u8>> {
    let row = (
        (1u32..29, 1u32..13, 0u32..24, 0u32..60),
        (0u64..5_000_000, 0u32..1000, 0usize..4),
        prop::sample::select(vec!["gift", "like", "chat", "Gift", "member", ""]),
        prop::sample::select(vec!["Rose", "Löwe", "Cœur", "陈", "Galaxy"]),
        any::<bool>(),
    );
    (
        (
            prop::sample::select(vec![",", ";", "\t", "|"]),
            prop::sample::select(vec!["", ",", ".", " ", "\u{a0}", "\u{202f}", "'"]),
            prop::sample::select(vec![".", ","]),
            0usize..9,
            0usize..4,
        ),
        prop::collection::vec(row, 0..25),
        (0usize..6, any::<bool>(), any::<bool>(), any::<bool>()),
        prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..3),
    )
        .prop_map(
            |(
                (delim, group, decimal, date_style, titles),
                rows,
                (enc, crlf, totals, split),
                breaks,
            )| {
                let eol = if crlf { "\r\n" } else { "\n" };
                let mut out = String::new();
                for t in 0..titles {
                    out.push_str(&format!("LIVE report {t}: November 2026{eol}"));
                }
                let header: Vec<&str> = if split {
                    vec![
                        "Data",
                        "Hora de início",
                        "Event",
                        "Gift",
                        "Coins",
                        "Count",
                        "Diamonds",
                        "Estimated rewards (USD)",
                    ]
                } else {
                    vec![
                        "Date",
                        "Event",
                        "Gift",
                        "Coins",
                        "Count",
                        "Diamonds",
                        "Estimated rewards (USD)",
                    ]
                };
                out.push_str(&header.join(delim));
                let quote = |c: String| {
                    if c.contains(delim) || c.contains('"') {
                        format!("\"{}\"", c.replace('"', "\"\""))
                    } else {
                        c
                    }
                };
                for ((day, month, hour, minute), (n, frac, places), event, gift, blank) in rows {
                    out.push_str(eol);
                    if blank {
                        out.push_str(eol);
                    }
                    let when = localized_date(day, month, hour, minute, date_style);
                    let mut cells = Vec::new();
                    if split {
                        let (d, t) = when.split_once([' ', ',']).unwrap_or((&when, ""));
                        cells.push(d.to_string());
                        cells.push(t.trim_start_matches([',', ' ']).to_string());
                    } else {
                        cells.push(when);
                    }
                    cells.push(event.to_string());
                    cells.push(gift.to_string());
                    cells.push(localized_number(n % 50_000, 0, 0, group, decimal));
                    cells.push((1 + n % 7).to_string());
                    cells.push(localized_number(n, frac, places % 2, group, decimal));
                    cells.push(localized_number(n / 100, frac, places, group, decimal));
                    out.push_str(&cells.into_iter().map(quote).collect::<Vec<_>>().join(delim));
                }
                if totals {
                    out.push_str(eol);
                    out.push_str(&["Total", "", "", "", "", "1.234", "5,00"].join(delim));
                }
                out.push_str(eol);
                let mut bytes = match enc {
                    0 => out.into_bytes(),
                    1 => [&b"\xEF\xBB\xBF"[..], out.as_bytes()].concat(),
                    2 => [0xFF, 0xFE]
                        .into_iter()
                        .chain(out.encode_utf16().flat_map(u16::to_le_bytes))
                        .collect(),
                    3 => [0xFE, 0xFF]
                        .into_iter()
                        .chain(out.encode_utf16().flat_map(u16::to_be_bytes))
                        .collect(),
                    4 => encoding_rs::WINDOWS_1252.encode(&out).0.into_owned(),
                    _ => out.encode_utf16().flat_map(u16::to_le_bytes).collect(),
                };
                for (at, b) in breaks {
                    if !bytes.is_empty() {
                        let i = at.index(bytes.len());
                        bytes[i] = b;
                    }
                }
                bytes
            },
        )
}

proptest! {
    #[test]
    fn localized_files_in_any_encoding_are_imported_or_refused_cleanly(bytes in localized_file(), f in 0usize..4) {
        let format = [Format::Auto, Format::GiftTable, Format::SessionSummary, Format::GiftEvents][f];
        check(&bytes, format)?;
    }

    #[test]
    fn locale_numbers_dates_and_clocks_never_panic(
        text in "[-+]?[0-9 .,'\u{a0}\u{202f}]{0,30}|[0-9]{1,4}[./-][0-9]{1,4}[./-][0-9]{1,4}(, ?| )[0-9]{1,3}[:.][0-9]{1,3}([:.][0-9]{1,3})?( ?[aApP]\\.? ?[mM]\\.?)?|\\PC{0,40}",
        other in "\\PC{0,20}",
    ) {
        let _ = super::numbers::read(&text, false);
        let _ = super::numbers::read(&text, true);
        let _ = super::numbers::read_whole(&text);
        let _ = super::datetime::parse_clock(&text);
        let _ = parse_when(&text, Some(&other), Tz::UTC, 1, 0, &mut 0);
        let _ = parse_when(&other, Some(&text), "Europe/Berlin".parse().unwrap(), 1, 0, &mut 0);
        for unit in [DurationUnit::Seconds, DurationUnit::Minutes, DurationUnit::Hours] {
            let _ = parse_duration(&text, unit);
        }
    }
}

proptest! {
    #[test]
    fn csv_shaped_input_is_imported_or_refused_cleanly(bytes in csv_like(), f in 0usize..6) {
        let format = [Format::Auto, Format::GiftEvents, Format::GiftTable, Format::SessionSummary, Format::LiveLedger, Format::TiktokDays][f];
        check(&bytes, format)?;
    }

    #[test]
    fn near_valid_files_are_imported_or_refused_cleanly(bytes in near_valid()) {
        check(&bytes, Format::Auto)?;
    }

    #[test]
    fn arbitrary_bytes_are_imported_or_refused_cleanly(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        check(&bytes, Format::Auto)?;
    }

    #[test]
    fn date_and_number_parsers_never_panic(text in "\\PC{0,40}", line in 0u64..1000) {
        let _ = crate::dates::parse_instant(&text, Tz::UTC);
        let _ = crate::dates::parse_instant(&text, "America/New_York".parse().unwrap());
        let _ = parse_when(&text, None, "Europe/Berlin".parse().unwrap(), line, 0, &mut 0);
        let _ = parse_duration(&text, DurationUnit::Minutes);
        let _ = parse_whole(&text);
        let _ = crate::money::parse_decimal(&text);
    }

    #[test]
    fn date_shaped_text_never_panics(text in "[0-9]{1,5}[-/.: T][0-9]{1,3}[-/.: T][0-9]{1,5}([ T][0-9]{1,3}:[0-9]{1,3}(:[0-9]{1,3})?)?(Z|[+-][0-9]{2}:[0-9]{2})?") {
        let _ = crate::dates::parse_instant(&text, "Europe/Berlin".parse().unwrap());
        let _ = parse_when(&text, None, "Asia/Kolkata".parse().unwrap(), 1, 0, &mut 0);
    }
}

// ----- TikTok's "Download your data" (JSON and zip) --------------------------

/// One LIVE of a TikTok export, as JSON text.
fn tiktok_live() -> impl Strategy<Value = String> {
    (
        0u32..90,
        0u32..24,
        prop_oneof![
            4 => (0i64..50_000).prop_map(|d| d.to_string()),
            4 => (0i64..50_000).prop_map(|d| format!("\"{d}\"")),
            4 => (1i64..9_999).prop_map(|d| format!("\"{},{:03}\"", d / 1000 + 1, d % 1000)),
            4 => (0i64..5_000).prop_map(|d| format!("\"{d} Diamonds\"")),
            4 => Just("null".to_string()),
            1 => cell().prop_map(|c| serde_json::Value::String(c).to_string()),
        ],
        prop::sample::select(vec!["\"1:30:00\"", "5400", "\"45m\"", "null"]),
        prop::sample::select(vec!["Evening chat", "=HYPERLINK(1)", "陈 🦁", "a\u{1b}[31mb"]),
    )
        .prop_map(|(day, hour, diamonds, duration, title)| {
            let start = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
                + chrono::Days::new(u64::from(day));
            format!(
                "{{\"LiveStartTime\": \"{start} {hour:02}:00:00\", \"TotalEarning\": {diamonds}, \"LiveDuration\": {duration}, \"RoomTitle\": {}}}",
                serde_json::Value::String(title.to_string())
            )
        })
}

/// A TikTok export holding `lives` and a wallet list, as JSON bytes.
fn tiktok_json(lives: &[String], withdrawals: &[(u32, i64)]) -> Vec<u8> {
    let wallet: Vec<String> = withdrawals
        .iter()
        .map(|(day, d)| {
            let at = chrono::NaiveDate::from_ymd_opt(2026, 4, 1).unwrap()
                + chrono::Days::new(u64::from(*day));
            format!("{{\"Date\": \"{at} 10:00:00\", \"Type\": \"Withdraw\", \"Diamonds\": {d}, \"Status\": \"Completed\"}}")
        })
        .collect();
    format!(
        "{{\"Profile\": {{\"Profile Info\": {{\"userName\": \"x\"}}}}, \"Tiktok Live\": {{\"Go Live History\": {{\"GoLiveList\": [{}]}}}}, \"Income+ Wallet\": {{\"Transaction History\": {{\"TransactionsList\": [{}]}}}}}}",
        lives.join(", "),
        wallet.join(", ")
    )
    .into_bytes()
}

/// `json` as the zip TikTok sends.
fn zipped(json: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    z.start_file("TikTok_Data/user_data_tiktok.json", opts)
        .expect("zip entry");
    z.write_all(json).expect("zip write");
    z.finish().expect("zip").into_inner()
}

/// An export's lives, its withdrawals (day, diamonds), and maybe a byte to
/// change (where, to what).
type Export = (Vec<String>, Vec<(u32, i64)>, Option<(usize, u8)>);

/// Exports: lives and withdrawals, some with a byte changed.
fn tiktok_export() -> impl Strategy<Value = Export> {
    (
        prop::collection::vec(tiktok_live(), 0..8),
        prop::collection::vec((0u32..60, 1i64..400), 0..3),
        prop::option::weighted(0.3, (any::<usize>(), any::<u8>())),
    )
}

/// A fresh ledger that already holds gifts and some of the lives.
fn ledger_with_data(first_lives: &[String]) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut s = Store::open(&dir.path().join("p.db")).expect("open");
    s.set_setting("timezone", "Europe/Berlin").expect("tz");
    let gifts =
        b"date,gift,coins,count\n2026-01-03 20:00,Rose,1,5\n2026-01-03 20:05,Lion,29999,1\n";
    import_reader(
        &mut s,
        &gifts[..],
        "gifts.csv",
        0,
        &ImportOptions::default(),
        &mut |_, _| {},
    )
    .expect("gifts");
    if !first_lives.is_empty() {
        let json = tiktok_json(first_lives, &[]);
        let _ = import_reader(
            &mut s,
            json.as_slice(),
            "user_data.json",
            0,
            &ImportOptions::default(),
            &mut |_, _| {},
        );
    }
    (dir, s)
}

proptest! {
    #[test]
    fn tiktok_exports_are_imported_or_refused_cleanly(
        (lives, wallet, mutation) in tiktok_export(),
        zip in any::<bool>(),
    ) {
        let mut json = tiktok_json(&lives, &wallet);
        if let Some((at, b)) = mutation {
            let at = at % json.len();
            json[at] = b;
        }
        let bytes = if zip { zipped(&json) } else { json };
        check(&bytes, Format::TiktokData)?;
    }

    #[test]
    fn a_tiktok_preview_states_exactly_what_the_import_writes(
        (lives, wallet, _) in tiktok_export(),
        already in 0usize..4,
        zip in any::<bool>(),
    ) {
        let (_dir, mut store) = ledger_with_data(&lives[..already.min(lives.len())]);
        let json = tiktok_json(&lives, &wallet);
        let bytes = if zip { zipped(&json) } else { json };
        let earned = |s: &Store| {
            let snap = s.snapshot().expect("snapshot");
            (summary(&snap, chrono::Utc::now()).expect("summary").diamonds_earned, counts(s))
        };
        let before = earned(&store);
        let run = |store: &mut Store, dry_run: bool| {
            let opts = ImportOptions { format: Format::Auto, dry_run, ..ImportOptions::default() };
            import_reader(store, bytes.as_slice(), "user_data.json", 0, &opts, &mut |_, _| {})
                .map_err(|e| e.to_string())
        };
        let preview = run(&mut store, true);
        prop_assert_eq!(&earned(&store), &before, "the preview wrote");
        let real = run(&mut store, false);
        match (preview, real) {
            (Ok(mut p), Ok(mut r)) => {
                let after = earned(&store);
                prop_assert_eq!(
                    after.0.checked_sub(before.0).expect("difference"),
                    r.diamonds_added,
                    "the ledger moved by another amount than the import reported"
                );
                prop_assert_eq!(after.1 .1 - before.1 .1, r.sessions_added as i64);
                p.dry_run = false;
                p.import_id = None;
                r.import_id = None;
                prop_assert_eq!(p, r);
            }
            (Err(p), Err(r)) => prop_assert_eq!(p, r),
            (p, r) => prop_assert!(false, "preview {:?} but import {:?}", p.map(|_| ()), r.map(|_| ())),
        }
    }
}

// ----- spreadsheets ----------------------------------------------------------

/// An .xlsx of `rows` (a cell that reads as a number is a number cell, a
/// cell starting `@` a date-formatted serial, else an inline string), its
/// entries stored unpacked so a changed byte lands in the XML itself.
fn xlsx_bytes(rows: &[Vec<String>]) -> Vec<u8> {
    use std::io::Write;
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let mut sheet = String::from("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    for (r, row) in rows.iter().enumerate() {
        sheet.push_str(&format!("<row r=\"{}\">", r + 1));
        for (c, v) in row.iter().enumerate() {
            let at = format!("{}{}", char::from(b'A' + (c % 26) as u8), r + 1);
            if let Some(serial) = v.strip_prefix('@') {
                sheet.push_str(&format!("<c r=\"{at}\" s=\"1\"><v>{}</v></c>", esc(serial)));
            } else if v.parse::<f64>().is_ok() {
                sheet.push_str(&format!("<c r=\"{at}\"><v>{}</v></c>", esc(v)));
            } else {
                sheet.push_str(&format!(
                    "<c r=\"{at}\" t=\"inlineStr\"><is><t>{}</t></is></c>",
                    esc(v)
                ));
            }
        }
        sheet.push_str("</row>");
    }
    sheet.push_str("</sheetData></worksheet>");
    let parts = [
        ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".to_string()),
        ("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>".to_string()),
        ("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>".to_string()),
        ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>".to_string()),
        ("xl/styles.xml", "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"22\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>".to_string()),
        ("xl/worksheets/sheet1.xml", sheet),
    ];
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, body) in parts {
        z.start_file(name, opts).expect("zip entry");
        z.write_all(body.as_bytes()).expect("zip write");
    }
    z.finish().expect("zip").into_inner()
}

// ----- TikTok's TXT download, and JSON in UTF-16 ------------------------------

/// One LIVE as `Key: Value` pairs, the keys spelled as the TXT download
/// spells them; the title never holds a line break (a TXT value cannot).
fn txt_live() -> impl Strategy<Value = Vec<(String, String)>> {
    (
        0u32..90,
        0u32..24,
        prop_oneof![
            (0i64..50_000).prop_map(|d| d.to_string()),
            (1i64..9_999).prop_map(|d| format!("{},{:03}", d / 1000 + 1, d % 1000)),
            (0i64..5_000).prop_map(|d| format!("{d} Diamonds")),
        ],
        prop::sample::select(vec!["1:30:00", "5400", "45m", "2h 5m"]),
        prop::sample::select(vec![
            "Evening chat",
            "=HYPERLINK(1)",
            "陈 🦁",
            "Q&A: ask",
            "",
        ]),
        any::<bool>(),
    )
        .prop_map(|(day, hour, diamonds, duration, title, swap)| {
            let start = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
                + chrono::Days::new(u64::from(day));
            let mut f = vec![
                (
                    "Live Start Time".to_string(),
                    format!("{start} {hour:02}:00:00"),
                ),
                ("Total Earning".to_string(), diamonds),
                ("Live Duration".to_string(), duration.to_string()),
                ("Room Title".to_string(), title.to_string()),
            ];
            if swap {
                f.reverse();
            }
            f
        })
}

/// A withdrawal (day, diamonds) as the TXT download's pairs.
fn txt_withdrawal((day, d): (u32, i64)) -> Vec<(String, String)> {
    let at =
        chrono::NaiveDate::from_ymd_opt(2026, 4, 1).unwrap() + chrono::Days::new(u64::from(day));
    vec![
        ("Date".into(), format!("{at} 10:00:00")),
        ("Type".into(), "Withdraw".into()),
        ("Diamonds".into(), d.to_string()),
        ("Status".into(), "Completed".into()),
    ]
}

/// Entries as a TXT file: blocks of `Key: Value` lines, a blank line between.
fn txt_file(entries: &[Vec<(String, String)>], crlf: bool) -> String {
    let nl = if crlf { "\r\n" } else { "\n" };
    entries
        .iter()
        .map(|e| {
            e.iter()
                .map(|(k, v)| format!("{k}: {v}{nl}"))
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(nl)
}

/// The same entries as TikTok's JSON export.
fn txt_as_json(lives: &[Vec<(String, String)>], wallet: &[Vec<(String, String)>]) -> Vec<u8> {
    let obj = |e: &Vec<(String, String)>| {
        serde_json::Value::Object(
            e.iter()
                .map(|(k, v)| (k.replace(' ', ""), serde_json::Value::String(v.clone())))
                .collect(),
        )
    };
    serde_json::json!({
        "Tiktok Live": {"Go Live History": {"GoLiveList": lives.iter().map(obj).collect::<Vec<_>>()}},
        "Income+ Wallet": {"Transaction History": {"TransactionsList": wallet.iter().map(obj).collect::<Vec<_>>()}},
    })
    .to_string()
    .into_bytes()
}

/// Files as a zip, deflated.
fn zip_of(files: &[(&str, Vec<u8>)]) -> Vec<u8> {
    use std::io::Write;
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in files {
        z.start_file(*name, opts).expect("zip entry");
        z.write_all(bytes).expect("zip write");
    }
    z.finish().expect("zip").into_inner()
}

/// Rows of a gift table as a sheet holds them: a header, maybe a title
/// above it, cells of any kind (serial dates among them).
fn sheet_rows() -> impl Strategy<Value = Vec<Vec<String>>> {
    let value = prop_oneof![
        cell(),
        (46000.0f64..47000.0).prop_map(|v| format!("@{v}")),
        (-1e6f64..1e6).prop_map(|v| v.to_string()),
        (0i64..100_000).prop_map(|v| v.to_string()),
    ];
    let title = prop::option::of(cell().prop_map(|t| vec![t]));
    let header = Just(
        ["Date", "Sender", "Gift", "Count", "Coins"]
            .map(String::from)
            .to_vec(),
    );
    (
        title,
        header,
        prop::collection::vec(prop::collection::vec(value, 0..7), 0..12),
    )
        .prop_map(|(t, h, rows)| {
            t.into_iter()
                .chain(std::iter::once(h))
                .chain(rows)
                .collect()
        })
}

/// The committed spreadsheet samples.
const SHEET_SAMPLES: [&[u8]; 5] = [
    include_bytes!("../../../../assets/samples/sheets/gift-table-en.xlsx"),
    include_bytes!("../../../../assets/samples/sheets/analytics-de.xlsx"),
    include_bytes!("../../../../assets/samples/sheets/workbook-two-sheets.xlsx"),
    include_bytes!("../../../../assets/samples/sheets/gift-table-1904.xlsx"),
    include_bytes!("../../../../assets/samples/sheets/sessions.ods"),
];

proptest! {
    #[test]
    fn spreadsheets_are_imported_or_refused_cleanly(
        rows in sheet_rows(),
        change in prop::option::of((any::<prop::sample::Index>(), any::<u8>())),
    ) {
        let mut bytes = xlsx_bytes(&rows);
        if let Some((at, to)) = change {
            let i = at.index(bytes.len());
            bytes[i] = to;
        }
        check(&bytes, Format::Auto)?;
    }

    #[test]
    fn changed_spreadsheet_samples_are_imported_or_refused_cleanly(
        which in 0usize..SHEET_SAMPLES.len(),
        changes in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4),
    ) {
        let mut bytes = SHEET_SAMPLES[which].to_vec();
        for (at, to) in changes {
            let i = at.index(bytes.len());
            bytes[i] = to;
        }
        check(&bytes, Format::Auto)?;
    }
}

/// `text` in UTF-16 (little- or big-endian) with its byte order mark.
fn utf16(text: &str, le: bool) -> Vec<u8> {
    let mut out = if le {
        vec![0xFF, 0xFE]
    } else {
        vec![0xFE, 0xFF]
    };
    for u in text.encode_utf16() {
        out.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
    }
    out
}

/// The TXT download's lives and withdrawals, the wallet file maybe in
/// UTF-16, with line ends, and maybe a byte changed or cut off, or a
/// random line put in.
type TxtExport = (
    Vec<Vec<(String, String)>>,
    Vec<(u32, i64)>,
    bool,
    bool,
    Option<(usize, u8)>,
    Option<String>,
);

fn txt_export() -> impl Strategy<Value = TxtExport> {
    (
        prop::collection::vec(txt_live(), 0..6),
        prop::collection::vec((0u32..60, 1i64..400), 0..3),
        any::<bool>(),
        any::<bool>(),
        prop::option::weighted(0.3, (any::<usize>(), any::<u8>())),
        prop::option::weighted(0.3, cell()),
    )
}

proptest! {
    #[test]
    fn tiktok_txt_downloads_are_imported_or_refused_cleanly(
        (lives, wallet, crlf, wide, mutation, extra) in txt_export(),
    ) {
        let mut live_text = txt_file(&lives, crlf).into_bytes();
        if let Some(line) = extra {
            live_text.extend(line.as_bytes());
        }
        if let Some((at, b)) = mutation {
            if !live_text.is_empty() {
                let at = at % live_text.len();
                live_text[at] = b;
                // Cut it off there too, now and then.
                if b % 4 == 0 {
                    live_text.truncate(at);
                }
            }
        }
        let wallet: Vec<_> = wallet.into_iter().map(txt_withdrawal).collect();
        let wallet_text = txt_file(&wallet, crlf);
        let wallet_bytes = if wide { utf16(&wallet_text, crlf) } else { wallet_text.into_bytes() };
        let bytes = zip_of(&[
            ("Activity/Login History.txt", b"Date: 2026-01-01 08:00:00\nIP: 192.0.2.1\n".to_vec()),
            ("Tiktok Live/Go Live History.txt", live_text),
            ("Income + Wallet Transactions/Transaction History.txt", wallet_bytes),
        ]);
        check(&bytes, Format::Auto)?;
    }

    /// One road: the TXT download and the JSON export of the same lives and
    /// withdrawals add exactly the same.
    #[test]
    fn a_txt_download_adds_what_its_json_twin_adds(
        (lives, wallet, crlf, wide, _, _) in txt_export(),
    ) {
        let wallet: Vec<_> = wallet.into_iter().map(txt_withdrawal).collect();
        let wallet_text = txt_file(&wallet, crlf);
        let txt = zip_of(&[
            ("Tiktok Live/Go Live History.txt", txt_file(&lives, crlf).into_bytes()),
            (
                "Income + Wallet Transactions/Transaction History.txt",
                if wide { utf16(&wallet_text, !crlf) } else { wallet_text.into_bytes() },
            ),
        ]);
        let json = txt_as_json(&lives, &wallet);
        let run = |bytes: &[u8]| {
            let dir = tempfile::tempdir().expect("temp dir");
            let mut store = Store::open(&dir.path().join("twin.db")).expect("open");
            import_reader(&mut store, bytes, "TikTok_Data.zip", 0, &ImportOptions::default(), &mut |_, _| {})
                .map(|r| (r.rows_read, r.rows_added, r.sessions_added, r.diamonds_added, r.value_added))
                .map_err(|e| e.to_string())
        };
        match (run(&txt), run(&json)) {
            (Ok(t), Ok(j)) => prop_assert_eq!(t, j),
            (Err(_), Err(_)) => {}
            (t, j) => prop_assert!(false, "TXT {:?} but JSON {:?}", t, j),
        }
    }

    #[test]
    fn utf16_json_is_imported_or_refused_cleanly(
        (lives, wallet, _) in tiktok_export(),
        le in any::<bool>(),
        events in any::<bool>(),
        cut in prop::option::of(any::<usize>()),
        mutation in prop::option::weighted(0.3, (any::<usize>(), any::<u8>())),
    ) {
        let json = if events {
            // Gift events as JSON Lines: the lives' lines stand in for noise.
            let mut t = String::new();
            for (i, l) in lives.iter().enumerate() {
                t.push_str(&format!(
                    "{{\"giftId\":5655,\"repeatCount\":1,\"repeatEnd\":true,\"diamondCount\":{},\"giftName\":\"Rose\",\"uniqueId\":\"u{i}\",\"createTime\":\"{}\"}}\r\n",
                    i + 1,
                    1_767_225_600_000u64 + i as u64 * 60_000
                ));
                t.push_str(l);
                t.push_str("\r\n");
            }
            t
        } else {
            String::from_utf8_lossy(&tiktok_json(&lives, &wallet)).into_owned()
        };
        let mut bytes = utf16(&json, le);
        if let Some((at, b)) = mutation {
            let at = at % bytes.len();
            bytes[at] = b;
        }
        if let Some(at) = cut {
            bytes.truncate(at % (bytes.len() + 1));
        }
        check(&bytes, Format::Auto)?;
    }
}
