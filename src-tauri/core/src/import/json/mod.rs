//! Gift events as JSON or JSON Lines, in the shapes the webcast-connector
//! libraries emit, and telling JSON files apart from CSV ones.
//!
//! Each gift event becomes the record the CSV gift-event parser reads (a
//! fixed canonical header, see [`HEADER`]), so streaks fold, fingerprints are
//! made and sessions are formed by exactly the same code as for a CSV log:
//! a JSON and a CSV log of the same events fingerprint alike. Values are
//! split off the stream one at a time ([`super::values`]), so memory stays
//! flat however long the file.
//!
//! Shapes read (each field is looked up at the paths listed in [`PATHS`](crate::events::PATHS), in
//! that order; `null` counts as absent):
//! - flat, as TikTok-Live-Connector v1 and TikFinity emit: `giftId`,
//!   `repeatCount`, `repeatEnd`, `diamondCount`, `uniqueId`, `nickname`,
//!   `giftName`, `giftType`, `msgId`, and `createTime` (epoch ms, a number or
//!   a string) or `timestamp`;
//! - nested, as TikTok-Live-Connector v2 emits: `giftDetails.diamondCount`,
//!   `giftDetails.giftName`, `giftDetails.giftType`, `common.createTime`,
//!   `user.uniqueId`, `user.nickname`, with `giftId`, `repeatCount`,
//!   `repeatEnd` at the top; TikTokLive's (Python) `gift.name`,
//!   `gift.diamondCount`, `user.nickName` and snake_case spellings too;
//! - wrapped, as TikFinity and similar tools log them:
//!   `{"event": "gift", "data": {…}}` (also `type` for `event`). Events that
//!   are not gifts (chat, like, member, social…) are skipped and counted.
//!
//! A file is a JSON array of events or one event per line (an event may
//! also span several lines). `repeatEnd` may be `true`/`false` or `1`/`0`.

mod event;
mod mapped;
mod node;
mod problems;
mod side;
mod stages;

use std::io::Read;
use std::sync::atomic::AtomicU64;

use super::parse::Parser;
use super::sniff::{norm, Columns};
use super::{
    tiktok_export, Format, ImportError, ImportOptions, ImportReport, RawBytes, RowProblem,
};
use crate::error::{Error, Result};
use crate::l10n::Message;
use crate::store::Store;
use event::HEADER;
use mapped::Mapped;
use problems::relocate;
pub(super) use problems::{locate, without_position};
use side::{what_it_holds, Side};
use stages::read_events;

// Written once for every import; named here too for the readers that
// take them from this module.
pub(super) use super::{gap_minutes, quote, QUOTE_CHARS};

/// What a JSON file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Gift events: an array, or JSON Lines.
    Events,
    /// TikTok's data export (its .zip comes to [`import`] spooled, from
    /// `container`, which tells a zip by what it holds).
    Export,
}

/// Top-level sections of TikTok's data export (normalised with [`norm`]),
/// which tell an export from a gift event by its first key.
const EXPORT_SECTIONS: &[&str] = &[
    "activity",
    "youractivity",
    "adsanddata",
    "appsettings",
    "comment",
    "comments",
    "directmessage",
    "directmessages",
    "incomepluswallettransactions",
    "incomepluswallet",
    // `Income+ Wallet`: the plus is no letter.
    "incomewallet",
    "incomewallettransactions",
    "wallet",
    "locationreview",
    "post",
    "video",
    "videos",
    "profile",
    "tiktokshop",
    "tiktokshopping",
    "tiktoklive",
    "live",
];

/// Tells from the first bytes (as UTF-8: a UTF-16 file's decoded; a zip
/// never comes here, `container` reads it) and the name whether the file
/// is JSON, and which kind; `None` for CSV. A forced `format` decides on
/// its own.
pub(super) fn detect(format: Format, head: &[u8], name: &str) -> Option<Kind> {
    match format {
        Format::JsonEvents => return Some(Kind::Events),
        Format::TiktokData => return Some(Kind::Export),
        Format::Auto => {}
        _ => return None,
    }
    let text = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let first = text.iter().position(|b| !b.is_ascii_whitespace())?;
    match text[first] {
        b'[' => Some(Kind::Events),
        b'{' => {
            let named = name.to_lowercase().starts_with("user_data");
            let key = first_key(&text[first + 1..]).map(|k| norm(&k));
            if named || key.is_some_and(|k| EXPORT_SECTIONS.contains(&k.as_str())) {
                Some(Kind::Export)
            } else {
                Some(Kind::Events)
            }
        }
        _ => None,
    }
}

/// The first key of an object whose `{` was just passed, if the head holds it.
fn first_key(rest: &[u8]) -> Option<String> {
    let start = rest.iter().position(|b| !b.is_ascii_whitespace())?;
    if rest[start] != b'"' {
        return None;
    }
    let body = &rest[start + 1..];
    let mut escaped = false;
    for (i, &b) in body.iter().enumerate() {
        match b {
            _ if escaped => escaped = false,
            b'\\' => escaped = true,
            b'"' => return Some(String::from_utf8_lossy(&body[..i]).into_owned()),
            _ => {}
        }
    }
    None
}

/// Imports a JSON file of the given kind. TikTok's export is always read
/// from the raw bytes (it decodes what it unpacks itself); its zip comes
/// `spooled` by `container`.
#[allow(clippy::too_many_arguments)]
pub(super) fn import<R: Read + Send, B: RawBytes<R>>(
    store: &mut Store,
    reader: B,
    name: &str,
    total: u64,
    opts: &ImportOptions,
    kind: Kind,
    spooled: Option<std::fs::File>,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<ImportReport> {
    let mapped = match (&opts.map, kind) {
        (Some(map), Kind::Events) if opts.mapping_name.is_none() => {
            Mapped::from_map(map).map_err(|m| file_said(name, m))?
        }
        (None, _) if opts.mapping_name.is_none() => Mapped::none(),
        _ => return Err(file_said(name, Message::new("core-import-file-map-json"))),
    };
    match kind {
        Kind::Events => import_events(store, reader, name, total, opts, mapped, progress),
        Kind::Export => tiktok_export::import(store, reader, name, spooled, opts, progress),
    }
}

/// An unusable file in English words only (see [`file_said`]).
pub(super) fn file_error(name: &str, message: String) -> Error {
    Error::Import(ImportError::File {
        file: name.to_string(),
        message,
        said: None,
    })
}

/// An unusable file, its header or options, as `said` (a
/// `core-import-file-…` message) says it.
pub(super) fn file_said(name: &str, said: Message) -> Error {
    Error::Import(ImportError::file(name, said))
}

/// Imports a file of gift events: each read into the canonical record and
/// parsed, written as a CSV gift-event log's rows are.
fn import_events<R: Read + Send, B: RawBytes<R>>(
    store: &mut Store,
    reader: B,
    name: &str,
    total: u64,
    opts: &ImportOptions,
    mapped: Mapped,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<ImportReport> {
    let header: Vec<String> = HEADER.iter().map(|h| h.to_string()).collect();
    let cols = Columns::from_header(&header);
    let tz = store.tz()?;
    let catalog = store
        .catalog()?
        .into_iter()
        .map(|g| (g.name.to_lowercase(), g.coins))
        .collect();
    let mut parser = Parser::new(Format::GiftEvents, &header, cols, tz, catalog)
        .map_err(|m| file_said(name, m))?;
    let gap = gap_minutes(store, opts)?;
    parser.set_session_gap(gap);
    parser.set_skipped_lines(&opts.skip_lines);
    let report = ImportReport {
        file: name.to_string(),
        format: Format::JsonEvents.name().to_string(),
        dry_run: opts.dry_run,
        ..ImportReport::default()
    };
    let mut side = Side::default();
    let read = |p, send, bytes: &AtomicU64| read_events(reader, p, send, bytes, &mut side, mapped);
    let job = super::Job {
        streaming: true,
        gap,
        total,
        header_end: 0,
        save_mapping: None,
        remember: None,
        rates: store.rates()?,
        tz,
        refuse_empty: false,
        sharing: super::sharing(opts),
    };
    let result = super::read_and_write(store, read, parser, report, job, progress);
    match result {
        Ok(mut report) => {
            if side.gifts == 0 {
                return Err(file_said(name, what_it_holds(report.rows_read, &side)));
            }
            report.events_skipped = side.skipped;
            Ok(report)
        }
        Err(Error::Import(ImportError::Rows {
            file,
            count,
            problems,
        })) => {
            let mut problems: Vec<RowProblem> = problems
                .into_iter()
                .map(|p| relocate(p, &mut side))
                .collect();
            problems.sort_by_key(|p| p.line);
            Err(Error::Import(ImportError::Rows {
                file,
                count,
                problems,
            }))
        }
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detection_by_content_and_name() {
        let auto = |h: &str, n: &str| detect(Format::Auto, h.as_bytes(), n);
        assert_eq!(auto("  [{\"giftId\":1}]", "x.json"), Some(Kind::Events));
        assert_eq!(
            auto("{\"event\":\"gift\"}\n", "x.jsonl"),
            Some(Kind::Events)
        );
        assert_eq!(
            auto("{\n  \"Tiktok Live\": {}", "x.json"),
            Some(Kind::Export)
        );
        assert_eq!(
            auto("{\"giftId\":1}", "user_data_tiktok.json"),
            Some(Kind::Export)
        );
        assert_eq!(auto("date,gift\n", "a.csv"), None);
        assert_eq!(
            detect(Format::JsonEvents, b"date,gift", "a.csv"),
            Some(Kind::Events)
        );
        assert_eq!(detect(Format::GiftTable, b"[1]", "a.csv"), None);
    }

    #[test]
    fn quotes_are_short_and_on_one_line() {
        assert_eq!(quote(" a\nb "), "a b");
        let q = quote(&"x".repeat(10_000));
        assert_eq!(q.chars().count(), QUOTE_CHARS);
        assert!(q.ends_with('…'));
    }
}

/// Random JSON-shaped files through the whole import: every one is imported
/// or refused, none panics, and a refused one writes nothing.
#[cfg(test)]
mod fuzz {
    use std::sync::Mutex;

    use proptest::prelude::*;
    use serde_json::{json, Value};

    use crate::import::{import_reader, Format, ImportOptions};
    use crate::store::Store;

    fn store() -> &'static Mutex<Store> {
        static STORE: std::sync::OnceLock<Mutex<Store>> = std::sync::OnceLock::new();
        STORE.get_or_init(|| {
            let dir = tempfile::tempdir().expect("temp dir").keep();
            let mut s = Store::open(&dir.join("json-fuzz.db")).expect("open");
            s.set_setting("timezone", "Europe/Berlin").expect("tz");
            Mutex::new(s)
        })
    }

    fn counts(s: &Store) -> (i64, i64, i64, i64) {
        s.row_counts().expect("counts")
    }

    fn scalar() -> impl Strategy<Value = Value> {
        prop_oneof![
            4 => (1i64..40).prop_map(|n| json!(n)),
            2 => (1_772_391_600_000i64..1_772_400_000_000).prop_map(|n| json!(n.to_string())),
            1 => any::<i64>().prop_map(|n| json!(n)),
            1 => any::<f64>().prop_map(|f| json!(f)),
            1 => any::<bool>().prop_map(|b| json!(b)),
            1 => Just(Value::Null),
            1 => "\\PC{0,20}".prop_map(|s| json!(s)),
            1 => "[0-9,.$ ]{0,12}".prop_map(|s| json!(s)),
            1 => Just(json!({"x": [1, {"y": null}]})),
            1 => Just(json!("2026-11-02 19:00:00")),
            1 => Just(json!("1h 30m")),
        ]
    }

    fn event() -> impl Strategy<Value = Value> {
        let keys = prop::sample::subsequence(
            vec![
                "giftId",
                "repeatCount",
                "repeatEnd",
                "diamondCount",
                "uniqueId",
                "nickname",
                "giftName",
                "giftType",
                "createTime",
                "timestamp",
                "comment",
                "msgId",
            ],
            0..12,
        );
        (keys, prop::collection::vec(scalar(), 12), 0u8..4).prop_map(|(keys, vals, shape)| {
            let mut m = serde_json::Map::new();
            for (k, v) in keys.into_iter().zip(vals) {
                m.insert(k.to_string(), v);
            }
            let flat = Value::Object(m);
            match shape {
                0 => flat,
                1 => json!({"event": "gift", "data": flat}),
                2 => json!({"event": "chat", "data": flat}),
                _ => json!({"common": {"createTime": flat.get("createTime")}, "giftId": flat.get("giftId"),
                    "repeatCount": flat.get("repeatCount"), "repeatEnd": flat.get("repeatEnd"),
                    "user": {"uniqueId": flat.get("uniqueId")},
                    "giftDetails": {"diamondCount": flat.get("diamondCount"), "giftType": flat.get("giftType")}}),
            }
        })
    }

    /// A well-formed gift event, to reach the write path.
    fn good_event() -> impl Strategy<Value = Value> {
        (
            0i64..7_200_000,
            prop::sample::select(vec!["ann", "ben", "陈", "<b>x</b>"]),
            prop::sample::select(vec![(5655, "Rose", 1), (6090, "Galaxy", 1000), (5760, "Finger Heart", 5)]),
            1i64..6,
            any::<bool>(),
            any::<bool>(),
        )
            .prop_map(|(t, who, (id, name, coins), count, end, wrapped)| {
                let e = json!({"createTime": (1_772_391_600_000i64 + t).to_string(), "uniqueId": who,
                    "giftId": id, "giftName": name, "diamondCount": coins, "repeatCount": count,
                    "repeatEnd": end, "giftType": if coins <= 5 { 1 } else { 2 }});
                if wrapped {
                    json!({"event": "gift", "data": e})
                } else {
                    e
                }
            })
    }

    fn live() -> impl Strategy<Value = Value> {
        prop::collection::vec(scalar(), 6).prop_map(|v| {
            json!({"LiveStartTime": v[0], "LiveEndTime": v[1], "LiveDuration": v[2],
                "TotalEarning": v[3], "TotalView": v[4], "RoomId": v[5]})
        })
    }

    fn file() -> impl Strategy<Value = Vec<u8>> {
        let events = prop_oneof![
            prop::collection::vec(event(), 0..30),
            prop::collection::vec(good_event(), 1..30),
        ];
        let lives = prop::collection::vec(live(), 0..6);
        let wallet = prop::collection::vec(
            (
                scalar(),
                scalar(),
                prop::sample::select(vec!["Withdraw", "Recharge", "x"]),
            ),
            0..4,
        );
        (events, lives, wallet, 0u8..4, any::<bool>(), any::<prop::sample::Index>(), any::<u8>())
            .prop_map(|(events, lives, wallet, layout, damage, at, byte)| {
                let mut text = match layout {
                    0 => serde_json::to_string_pretty(&events).unwrap_or_default(),
                    1 | 2 => events
                        .iter()
                        .map(|e| e.to_string())
                        .collect::<Vec<_>>()
                        .join(if layout == 1 { "\n" } else { "\r\n\n" }),
                    _ => {
                        let wallet: Vec<Value> = wallet
                            .into_iter()
                            .map(|(d, a, t)| json!({"Date": d, "Amount": a, "Type": t}))
                            .collect();
                        serde_json::to_string_pretty(&json!({
                            "Profile": {}, "Tiktok Live": {"Go Live History": {"GoLiveList": lives}},
                            "Income Plus Wallet Transactions": {"Transaction History": {"TransactionsList": wallet}}
                        }))
                        .unwrap_or_default()
                    }
                }
                .into_bytes();
                if damage && !text.is_empty() {
                    let i = at.index(text.len());
                    text[i] = byte;
                }
                text
            })
    }

    proptest! {
        /// The law of one identity: a message a log gives twice (a reconnect
        /// replay, a logger that wrote it again) counts once, whatever it
        /// is (a step, an end, a one-off) and wherever the copy lands.
        #[test]
        fn a_message_delivered_twice_counts_once(
            mut events in prop::collection::vec(good_event(), 1..40),
            copies in prop::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>()), 1..8),
            lines in any::<bool>(),
        ) {
            events.sort_by_key(|e| {
                let e = e.get("data").unwrap_or(e);
                e["createTime"].as_str().and_then(|t| t.parse::<i64>().ok()).unwrap_or(0)
            });
            for (i, e) in events.iter_mut().enumerate() {
                let target = if e.get("data").is_some() { &mut e["data"] } else { e };
                target["msgId"] = json!(format!("74{i:017}"));
            }
            // A copy comes after its original, anywhere later.
            let mut doubled = events.clone();
            for (which, at) in &copies {
                let copy = events[which.index(events.len())].clone();
                let first = doubled.iter().position(|e| *e == copy).unwrap_or(0);
                let pos = first + 1 + at.index(doubled.len() - first);
                doubled.insert(pos, copy);
            }
            let text = |evs: &[Value]| -> Vec<u8> {
                if lines {
                    evs.iter().map(|e| format!("{e}\n")).collect::<String>().into_bytes()
                } else {
                    serde_json::to_vec(evs).unwrap_or_default()
                }
            };
            let mut store = store().lock().unwrap_or_else(|p| p.into_inner());
            let opts = ImportOptions { dry_run: true, ..ImportOptions::default() };
            let (once, twice) = (text(&events), text(&doubled));
            let a = import_reader(&mut store, once.as_slice(), "once.jsonl", once.len() as u64, &opts, &mut |_, _| {});
            let b = import_reader(&mut store, twice.as_slice(), "twice.jsonl", twice.len() as u64, &opts, &mut |_, _| {});
            match (a, b) {
                (Ok(a), Ok(b)) => {
                    prop_assert_eq!(a.rows_added, b.rows_added);
                    prop_assert_eq!(a.coins_added, b.coins_added);
                    prop_assert_eq!(a.unfinished_streaks, b.unfinished_streaks);
                    prop_assert_eq!(b.redelivered, copies.len() as u64);
                }
                (Err(a), Err(b)) => prop_assert_eq!(a.to_string().replace("once.jsonl", ""), b.to_string().replace("twice.jsonl", "")),
                (a, b) => prop_assert!(false, "one imported, one did not: {:?} / {:?}", a.map(|r| r.rows_added), b.map(|r| r.rows_added)),
            }
        }

        #[test]
        fn json_files_are_imported_or_refused_cleanly(bytes in file(), forced in any::<bool>()) {
            let mut store = store().lock().unwrap_or_else(|p| p.into_inner());
            let before = counts(&store);
            let opts = ImportOptions {
                format: if forced { Format::JsonEvents } else { Format::Auto },
                ..ImportOptions::default()
            };
            let r = import_reader(&mut store, bytes.as_slice(), "fuzz.json", bytes.len() as u64, &opts, &mut |_, _| {});
            if let Err(e) = r {
                let msg = e.to_string();
                prop_assert!(!msg.contains("failed unexpectedly"), "a panic: {}", msg);
                prop_assert!(msg.len() < 20_000, "a long error: {} bytes", msg.len());
                prop_assert_eq!(counts(&store), before, "a refused import wrote: {}", msg);
            }
        }
    }
}
