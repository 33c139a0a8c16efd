//! CSV import: gift-event logs, gift tables, session summaries and
//! LiveLedger's own export.
//!
//! An import reads and checks the whole file before anything is written; any
//! bad row refuses the file with every problem listed (line, column, what was
//! expected). What passes is written in one transaction. Every row gets a
//! fingerprint, so importing the same rows again adds nothing, and every
//! import is recorded so it can be undone as a whole. A dry run performs the
//! same transaction and rolls it back, so its counts are exact.
//!
//! This module is the front door: the options, the formats and
//! [`import_file`] / [`import_reader`], which tell a file's kind from its
//! first bytes and hand it to its reader: `delimited` (CSV text) and
//! `sheet` (spreadsheets) on the one table road (`table`), `json` and
//! `tiktok_export` on their own. Every road reads on one thread and writes
//! on another (`pipeline`), counts and hashes the file's bytes (`tally`),
//! prices what it adds (`worth`) and fills one [`ImportReport`] (`report`).

mod container;
pub(crate) mod datetime;
mod decode;
mod delimited;
mod fingerprint;
#[cfg(test)]
mod fuzz;
mod guess;
mod json;
mod layout;
mod numbers;
mod open;
pub(crate) mod parse;
mod pipeline;
mod quoting;
mod report;
mod sheet;
pub(crate) mod sniff;
mod table;
mod tally;
mod tiktok_export;
mod values;
mod worth;
mod write;

use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::Result;
use crate::l10n::Message;
use crate::store::Store;

pub use decode::Encoding;
pub use parse::DateOrder;
pub use quoting::{short, QUOTE_CHARS};
pub use report::{DaysRead, FieldSource, ImportReport, ReplacedFigure, MAX_LISTED_REPLACED};
pub use sniff::{norm, parse_map, Columns, Field};

pub(crate) use crate::events::identity::fingerprint;
pub(crate) use fingerprint::PassThrough;

// The front door live capture reads a followed CSV log through: the same
// header sniff, time rule and cell readers as an import (layers.rs checks
// that capture reaches no further into import).
pub(crate) use datetime::parse_when;
pub(crate) use parse::{parse_bool, parse_whole, When};
pub(crate) use quoting::{header_list, known_names, with_known};
pub(crate) use sniff::{delimiters, detect};
pub(crate) use worth::{price, Added, SessionAdded};
pub use worth::{LiveAdded, MAX_LISTED_LIVES};

// The parts' own names for one another: each part reaches a sibling's
// item as `super::name`.
use json::{file_error, file_said};
use pipeline::{read_and_write, sharing, Job, Outbox, ReadHalf, BATCH};
use quoting::quote;
use table::{date_is_a_day, gap_minutes, import_table, mapping, recognised, Table, TableRows};
use tally::{hex, read_error, BytesRead, RawBytes, Tally};

/// Most columns a table may have: real exports have a few dozen.
pub(crate) const MAX_COLUMNS: usize = 1000;

/// The columns of LiveLedger's own CSV export, which imports back losslessly.
pub const LIVELEDGER_COLUMNS: [&str; 30] = [
    "record",
    "session_ref",
    "started_at",
    "ended_at",
    "title",
    "peak_viewers",
    "unique_viewers",
    "likes",
    "new_followers",
    "notes",
    "reported_diamonds",
    "at",
    "gift_name",
    "coins_each",
    "count",
    "sender",
    "diamonds",
    "gross",
    "fee",
    "net",
    "method",
    "status",
    "reference",
    "reason",
    "effective_from",
    "diamonds_per_coin",
    "money_per_diamond",
    "currency",
    "min_withdrawal",
    "max_withdrawal_per_day",
];

/// The free-text columns of LiveLedger's export: the exporter puts a `'`
/// before one that starts like a formula (`store::formula_safe`), and the
/// importer takes it off (`store::from_formula_safe`).
pub(crate) const LIVELEDGER_TEXT_COLUMNS: [&str; 7] = [
    "title",
    "notes",
    "gift_name",
    "sender",
    "method",
    "reference",
    "reason",
];

/// A file format the importer reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// Tell from the header.
    Auto,
    /// LiveLedger's own CSV export.
    LiveLedger,
    /// Webcast gift-event logs (`diamondCount`, `repeatCount`, streaks).
    GiftEvents,
    /// Any table with a gift per row.
    GiftTable,
    /// One row per session with a diamond total.
    SessionSummary,
    /// Webcast gift events as JSON (an array) or JSON Lines.
    JsonEvents,
    /// TikTok's "Download your data" export, as JSON or the .zip.
    TiktokData,
    /// TikTok LIVE Center's own download: one row a day (Revenue, Activity,
    /// Viewers or Engagement), kept as TikTok's figures, never added to the balance.
    TiktokDays,
}

impl Format {
    /// The name used on the command line and in the import history.
    pub fn name(self) -> &'static str {
        match self {
            Format::Auto => "auto",
            Format::LiveLedger => "liveledger",
            Format::GiftEvents => "gift-events",
            Format::GiftTable => "gift-table",
            Format::SessionSummary => "session-summary",
            Format::JsonEvents => "json-events",
            Format::TiktokData => "tiktok-data",
            Format::TiktokDays => "tiktok-days",
        }
    }
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Format, String> {
        Ok(match s.trim().to_ascii_lowercase().as_str() {
            "auto" => Format::Auto,
            "liveledger" => Format::LiveLedger,
            "gift-events" | "events" => Format::GiftEvents,
            "gift-table" | "gifts" => Format::GiftTable,
            "session-summary" | "sessions" => Format::SessionSummary,
            "json-events" | "json" | "jsonl" | "json-lines" => Format::JsonEvents,
            "tiktok-data" | "tiktok" | "tiktok-export" => Format::TiktokData,
            "tiktok-days" | "days" | "live-center" => Format::TiktokDays,
            _ => {
                return Err(format!(
                    "'{s}' is not a format (expected auto, liveledger, gift-events, gift-table, session-summary, json-events, tiktok-data or tiktok-days)"
                ))
            }
        })
    }
}

/// How to import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportOptions {
    /// The format, or [`Format::Auto`] to tell from the header.
    pub format: Format,
    /// Check and count, write nothing.
    pub dry_run: bool,
    /// Explicit columns: `date=Col,gift=Col,…`.
    pub map: Option<String>,
    /// Save `map` under this name, or load the mapping saved under it.
    pub mapping_name: Option<String>,
    /// Minutes without a gift that start a new session (default: the setting).
    pub gap_minutes: Option<i64>,
    /// Lines above the header to skip (default: found among the first 20).
    pub skip_rows: Option<u64>,
    /// Lines of data rows to leave out (a refused import's bad rows the
    /// creator chose to skip; at most [`MAX_SKIP_LINES`]): counted in
    /// `rows_left_out`, never read. The rest is still all or nothing, and a
    /// preview with the same lines is what the import writes.
    pub skip_lines: Vec<u64>,
    /// The sheet of a spreadsheet to read (default: the first that holds
    /// data); a file that is not a spreadsheet refuses it.
    pub sheet: Option<String>,
    /// Hold the ledger alone while writing, when no window and no other
    /// connection has it open: a rollback journal instead of WAL, about a
    /// fifth faster on a large file; a window or another `Store` opened
    /// meanwhile waits for the import to end. The CLI does; the app does not
    /// (its views keep reading during its own imports).
    pub hold_ledger: bool,
}

impl Default for ImportOptions {
    fn default() -> ImportOptions {
        ImportOptions {
            format: Format::Auto,
            dry_run: false,
            map: None,
            mapping_name: None,
            gap_minutes: None,
            skip_rows: None,
            skip_lines: Vec::new(),
            sheet: None,
            hold_ledger: false,
        }
    }
}

pub use crate::error::{HeaderOffer, ImportError, RowProblem, MAX_LISTED_PROBLEMS};

/// Most lines an import may be told to leave out.
pub const MAX_SKIP_LINES: usize = 10_000;

/// Imports the CSV file at `path`. `progress(done, total)` is called with
/// bytes read as the file is parsed.
pub fn import_file(
    store: &mut Store,
    path: &Path,
    opts: &ImportOptions,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<ImportReport> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let file = open::open_regular(path, &name)?;
    let total = file.metadata().map(|m| m.len()).unwrap_or(0);
    import_reader(store, file, &name, total, opts, progress)
}

/// Imports a zip or an OLE file (its first bytes said which): TikTok's
/// data download, or a spreadsheet; anything else is refused by what it
/// holds.
fn import_container<R: Read + Send>(
    store: &mut Store,
    mut raw: BufReader<Tally<R>>,
    name: &str,
    total: u64,
    opts: &ImportOptions,
    magic: container::Magic,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<ImportReport> {
    use container::Holds;
    let file_says = |said: Message| file_said(name, said);
    let mut spool = container::spool(&mut raw).map_err(file_says)?;
    let holds = container::classify(&mut spool, magic).map_err(file_says)?;
    let book = match holds {
        Holds::TiktokExport if matches!(opts.format, Format::Auto | Format::TiktokData) => {
            if opts.sheet.is_some() {
                return Err(file_says(Message::new("core-import-file-export-not-sheet")));
            }
            let kind = json::Kind::Export;
            return json::import(store, raw, name, total, opts, kind, Some(spool), progress);
        }
        Holds::TiktokExport => {
            return Err(file_says(
                Message::new("core-import-file-export-not-table")
                    .text("format", opts.format.name()),
            ))
        }
        Holds::Other(refusal) => return Err(file_says(refusal)),
        _ if opts.format == Format::TiktokData => {
            return Err(file_says(Message::new("core-import-file-sheet-not-export")))
        }
        Holds::Xlsx => sheet::Book::Xlsx,
        Holds::Ods => sheet::Book::Ods,
        Holds::Xls => sheet::Book::Xls,
    };
    let read = BytesRead::from(raw.into_inner(), None);
    sheet::import(store, spool, read, name, total, opts, book, progress)
}

/// Imports CSV text from any reader; `name` is used in messages and history.
pub fn import_reader<R: Read + Send>(
    store: &mut Store,
    reader: R,
    name: &str,
    total: u64,
    opts: &ImportOptions,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<ImportReport> {
    let file_err = |message: String| file_error(name, message);
    let file_says = |said: Message| file_said(name, said);
    // A mapping's name is kept in the ledger: as any name, checked first.
    if let Some(n) = &opts.mapping_name {
        crate::store::clean_text("--mapping-name", n, false)?;
    }
    if opts.skip_lines.len() > MAX_SKIP_LINES {
        return Err(file_says(
            Message::new("core-import-file-skip-lines")
                .count("count", opts.skip_lines.len() as u64)
                .text("n", opts.skip_lines.len().to_string())
                .text("max", MAX_SKIP_LINES.to_string()),
        ));
    }
    let mut raw = BufReader::with_capacity(
        1 << 16,
        Tally {
            inner: reader,
            hash: Sha256::new(),
            bytes: 0,
        },
    );
    // JSON gift events and TikTok's data export have readers of their own,
    // told from the file's start (decoded, when a mark says it is UTF-16).
    let first = raw.fill_buf().map_err(|e| file_err(read_error(&e)))?;
    // A zip or an OLE file is told by what it holds: TikTok's data
    // download, a spreadsheet, or something to name in the refusal.
    if let Some(magic) = container::Magic::of(first).filter(|_| opts.format != Format::JsonEvents) {
        return import_container(store, raw, name, total, opts, magic, progress);
    }
    if opts.sheet.is_some() {
        return Err(file_says(Message::new("core-import-file-not-a-sheet")));
    }
    let sniffed = decode::sniff(first);
    if let decode::Sniffed::Utf32(what) = sniffed {
        return Err(file_says(decode::utf32_message(what)));
    }
    let head = decode::head_utf8(first, sniffed);
    if let Some(kind) = json::detect(opts.format, &head, name) {
        return match sniffed {
            // UTF-16 is decoded as it streams; UTF-8 is read as it is, with
            // nothing more between the bytes and the JSON splitter.
            decode::Sniffed::Utf16 { .. } if kind == json::Kind::Events => {
                let text = BufReader::with_capacity(1 << 16, decode::Text::json(raw));
                json::import(store, text, name, total, opts, kind, None, progress)
            }
            _ => json::import(store, raw, name, total, opts, kind, None, progress),
        };
    }
    delimited::import(store, raw, name, total, opts, progress)
}

#[cfg(test)]
mod tests {
    use crate::error::ImportError;
    use crate::l10n::{Localizer, Message};

    /// Each file refusal's English, against the text the code wrote before
    /// it had messages (copied from that code): scripts quote them.
    #[test]
    fn a_file_refusal_s_english_is_the_old_text() {
        let f = |said: Message| ImportError::file("a.csv", said);
        let (n, max, line) = (1001, 1000, 3);
        let mut pairs: Vec<(ImportError, String)> = vec![
            (f(Message::new("core-import-file-empty")), "the file is empty".into()),
            (f(Message::new("core-import-file-no-header")), "the file has no header line".into()),
            (
                f(Message::new("core-import-file-skip-rows-all").text("n", "7")),
                format!("--skip-rows {} skips every line of the file's start", 7),
            ),
            (
                f(Message::new("core-import-file-columns")
                    .text("line", line.to_string())
                    .text("n", n.to_string())
                    .text("max", max.to_string())),
                format!("line {line}: the header has {n} columns; a table LiveLedger reads has at most {max}"),
            ),
            (
                f(Message::new("core-import-file-sheet-columns")
                    .text("line", line.to_string())
                    .text("max", max.to_string())),
                format!("row {line}: the header has more than {max} columns; a table LiveLedger reads has at most {max}"),
            ),
            (
                f(Message::new("core-import-file-not-utf8").text("line", "2")),
                format!("line {}: is not valid UTF-8 text (save the file as UTF-8)", 2),
            ),
            (
                f(Message::new("core-import-file-utf32").text("encoding", "UTF-32LE")),
                super::decode::utf32_text("UTF-32LE"),
            ),
            (
                f(Message::new("core-import-file-no-rows").text("line", "1")),
                format!("no rows to import: the file has a header (line {}) and nothing under it", 1),
            ),
            (
                f(Message::new("core-import-file-skip-lines")
                    .count("count", 10_001u64)
                    .text("n", "10001")
                    .text("max", "10000")),
                format!("{} lines to leave out; at most {}", 10001, 10000),
            ),
            (
                f(Message::new("core-import-file-no-mapping").text("name", "mine")),
                format!("no saved mapping named '{}'", "mine"),
            ),
            (
                f(Message::new("core-import-file-not-a-sheet")),
                "is not a spreadsheet (.xlsx, .xls or .ods): --sheet names a sheet of one".into(),
            ),
            (
                f(Message::new("core-import-file-export-not-sheet")),
                "is TikTok's data download, not a spreadsheet: --sheet names a sheet of one".into(),
            ),
            (
                f(Message::new("core-import-file-export-not-table").text("format", "gift-table")),
                format!("is TikTok's data download, not a {} table (import it as detected from its content; CLI: --format auto or tiktok-data)", "gift-table"),
            ),
            (
                f(Message::new("core-import-file-sheet-not-export")),
                "is a spreadsheet, not TikTok's data download (import it as detected from its content; CLI: --format auto)".into(),
            ),
            (
                f(Message::new("core-import-file-sheet-not-liveledger")),
                "is a spreadsheet; LiveLedger's own export is read as the CSV it wrote".into(),
            ),
            (
                f(Message::new("core-import-file-sheet-empty").text("sheet", "Gifts")),
                format!("sheet '{}' is empty", "Gifts"),
            ),
            (
                f(Message::new("core-import-file-no-record")),
                "a LiveLedger export needs a 'record' column".into(),
            ),
            (
                f(crate::import::with_known(
                    Message::new("core-import-file-days-no-figures"),
                    &["Date".to_string()],
                )),
                format!("a TikTok LIVE Center file needs a column of figures (diamonds, LIVE time, views, likes…) beside its date (its columns: {})", crate::import::header_list(&["Date".to_string()])),
            ),
            (
                f(Message::new("core-import-file-events-no-gift")
                    .text("name", "giftName")
                    .text("id", "giftId")),
                format!("a gift-event log needs a {} or {} column", "giftName", "giftId"),
            ),
        ];
        // --map, as typed.
        let map_err = |m: &str| f(super::parse_map(m).unwrap_err());
        pairs.push((map_err("date"), format!("'{}' is not field=Column", "date")));
        pairs.push((
            map_err("colour=x"),
            format!(
                "'{}' is not a field (fields: {})",
                "colour",
                super::Field::ALL
                    .iter()
                    .map(|f| f.map_name())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
        let header = ["When".to_string()];
        let mut cols = super::Columns::from_header(&header);
        pairs.push((
            f(cols
                .apply_map(&super::parse_map("date=nope").unwrap(), &header)
                .unwrap_err()),
            format!(
                "the file has no column '{}' (its columns: {})",
                "nope",
                super::header_list(&header)
            ),
        ));
        pairs.push((
            f(Message::new("core-import-file-map-long")
                .text("n", "5005")
                .text("max", "2048")),
            format!(
                "the mapping is {} bytes; at most {} (CLI: --map)",
                5005, 2048
            ),
        ));
        pairs.push((
            f(Message::new("core-import-file-map-event-field")
                .text("text", "session")
                .text("fields", "date, sender")),
            format!(
                "{} is not a field of a gift event (fields: {})",
                "session", "date, sender"
            ),
        ));
        pairs.push((
            f(Message::new("core-import-file-map-path").text("text", "a b")),
            format!(
                "'{}' is not a JSON path (keys joined by dots, such as user.uniqueId)",
                "a b"
            ),
        ));
        pairs.push((
            f(Message::new("core-import-file-map-json")),
            "a mapping is saved for CSV files only; a JSON file's fields are named by path, e.g. coins=giftValue,sender=user.uniqueId (CLI: --mapping-name is for CSV files)".into(),
        ));
        // A JSON file without a gift event, as `json::side::what_it_holds`
        // wrote it.
        let tail = "LiveLedger reads gift events (giftId, diamondCount, repeatCount…) and TikTok's \"Download your data\"; for events of your own logger, name the path of each field (CLI: --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)";
        let holds = |id: &'static str, n: u64| {
            f(Message::new(id)
                .count("count", n)
                .text("n", n.to_string())
                .text("keys", "a, b")
                .text("id", "giftId")
                .text("coins", "diamondCount")
                .text("repeat", "repeatCount"))
        };
        let it_is = |what: &str| {
            format!("holds no gift event and is not TikTok's data export: it is {what}. {tail}")
        };
        pairs.push((
            holds("core-import-file-json-array", 1),
            it_is("an array of 1 object whose keys are a, b"),
        ));
        pairs.push((
            holds("core-import-file-json-array", 2),
            it_is("an array of 2 objects whose keys are a, b"),
        ));
        pairs.push((
            holds("core-import-file-json-object", 1),
            it_is("a JSON object whose keys are a, b"),
        ));
        pairs.push((
            holds("core-import-file-json-lines", 1),
            it_is("1 value (JSON Lines), objects whose keys are a, b"),
        ));
        pairs.push((
            holds("core-import-file-json-lines", 3),
            it_is("3 values (JSON Lines), objects whose keys are a, b"),
        ));
        pairs.push((
            f(Message::new("core-import-file-json-none")
                .count("count", 2u64)
                .text("n", "2")),
            "no gift events to import among 2 JSON values".into(),
        ));
        pairs.push((
            f(Message::new("core-import-file-json-none-skipped")
                .count("count", 2u64)
                .text("n", "2")
                .text("skipped", "1 chat, 1 like")),
            "no gift events to import among 2 JSON values (skipped: 1 chat, 1 like)".into(),
        ));
        let need = [
            ("core-import-file-events-need", "gift-event log"),
            ("core-import-file-table-need", "gift table"),
            ("core-import-file-sessions-need", "session summary"),
            ("core-import-file-days-need", "TikTok LIVE Center file"),
        ];
        let en = Localizer::new("en");
        // A header with names LiveLedger knows, and one without.
        let headers = [
            vec!["When".to_string(), "Coins".to_string()],
            vec!["x".to_string()],
        ];
        let needs = need.iter().flat_map(|(id, what)| {
            headers.iter().map(move |h| {
                (
                    f(crate::import::with_known(
                        Message::new(id).text("missing", "date, coins"),
                        h,
                    )),
                    format!(
                        "a {what} needs a column for {} (its columns: {}); choose which column holds each (CLI: --map)",
                        "date, coins",
                        crate::import::header_list(h)
                    ),
                )
            })
        });
        for (e, old) in pairs.into_iter().chain(needs) {
            assert_eq!(e.to_string(), format!("a.csv: {old}"));
            assert_eq!(e.say(&en), e.to_string());
            assert_eq!(e.page_text(), e.to_string());
            let ImportError::File { message, .. } = &e else {
                panic!()
            };
            assert_eq!(message, &old);
        }
        // Said in German, whole.
        let e = f(Message::new("core-import-file-empty"));
        assert_eq!(e.say(&Localizer::new("de")), "a.csv: die Datei ist leer");
    }

    /// The refusals made below the front door (a container, a
    /// spreadsheet's limits, TikTok's data download, a file that is not a
    /// regular file), against the text the code wrote before they had
    /// messages (copied from that code): scripts quote them.
    #[test]
    fn a_refusal_below_the_front_door_s_english_is_the_old_text() {
        let f = |said: Message| ImportError::file("a.zip", said);
        let tail = "LiveLedger reads CSV, JSON, TikTok's data download (.zip) and spreadsheets (.xlsx, .xls, .ods)";
        let other = |what: String| format!("is {what}; {tail}");
        // The old `zip_listing`.
        let listing = |names: &[&str]| {
            if names.is_empty() {
                return "an empty zip".to_string();
            }
            let shown: Vec<String> = names.iter().take(5).map(|n| super::quote(n)).collect();
            format!(
                "a zip of {} file{}: {}{}",
                names.len(),
                if names.len() == 1 { "" } else { "s" },
                shown.join(", "),
                if names.len() > 5 { ", …" } else { "" }
            )
        };
        let owned = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        let zips: [&[&str]; 4] = [
            &[],
            &["a.txt"],
            &["a.txt", "b.png"],
            &["1", "2", "3", "4", "5", "6"],
        ];
        let mut pairs: Vec<(ImportError, String)> = vec![
            (
                f(Message::new("core-import-file-cannot-read").text("error", "Broken pipe")),
                format!("cannot read: {}", "Broken pipe"),
            ),
            (
                f(Message::new("core-import-file-error").text("error", "Broken pipe")),
                "Broken pipe".into(),
            ),
            (
                f(Message::new("core-import-file-too-large").text("max", "1024")),
                format!("is larger than {} MiB; not read", 1024),
            ),
            (
                f(Message::new("core-import-file-zip-unreadable").text("error", "invalid Zip archive")),
                format!("is not a zip archive that can be read ({})", "invalid Zip archive"),
            ),
            (
                f(Message::new("core-import-file-zip-many").text("max", "1000")),
                format!("lists more files than TikTok's export or a workbook holds (at most {}); not read", 1000),
            ),
            (
                f(Message::new("core-import-file-ole-unreadable")),
                other("an OLE compound file that cannot be read".into()),
            ),
            (f(Message::new("core-import-file-word")), other("a Word document".into())),
            (
                f(Message::new("core-import-file-ole-no-workbook").text("streams", "A, B")),
                other(format!("an OLE compound file without a workbook (its streams: {})", "A, B")),
            ),
            (
                f(Message::new("core-import-file-ole-broken").text("error", "bad header")),
                other(format!("an OLE compound file (as .xls files are) that cannot be read: {}", "bad header")),
            ),
            (
                f(Message::new("core-import-file-odf-not-sheet").text("mimetype", "text")),
                other(format!("an OpenDocument file that is not a spreadsheet ({})", "text")),
            ),
            (
                f(Message::new("core-import-file-zip-not-tiktok").text("error", "bad")),
                format!("is not a zip archive TikTok sends ({})", "bad"),
            ),
            (
                f(Message::new("core-import-file-unpack-ratio").text("entry", "'x.json'").text("ratio", "200")),
                format!("{} unpacks to more than {} times its packed size: not TikTok's export; not read", "'x.json'", 200),
            ),
            (
                f(Message::new("core-import-file-unpack-past").text("entry", "'x.json'").text("max", "4")),
                format!("{} unpacks past {} GiB (with the files before it); not read", "'x.json'", 4),
            ),
            (
                f(Message::new("core-import-file-export-skip-lines")),
                "is TikTok's data download: its entries cannot be left out one by one".into(),
            ),
            (f(Message::new("core-import-file-not-read")), "was not read".into()),
        ];
        for names in zips {
            pairs.push((
                f(super::tiktok_export::zip_listing(
                    Message::new("core-import-file-zip-other"),
                    &owned(names),
                )),
                other(format!(
                    "{}: neither TikTok's data download nor a spreadsheet",
                    listing(names)
                )),
            ));
            pairs.push((
                f(super::tiktok_export::zip_listing(
                    Message::new("core-import-file-zip-no-export"),
                    &owned(names),
                )),
                format!(
                    "is {}: neither TikTok's JSON export (user_data.json) nor its TXT files",
                    listing(names)
                ),
            ));
        }
        for sections in [
            vec![],
            vec!["'Profile'".to_string(), "'Activity'".to_string()],
        ] {
            pairs.push((
                f(Message::new("core-import-file-export-no-lists")
                    .count("count", sections.len() as u64)
                    .text("sections", sections.join(", "))),
                format!(
                    "holds no LIVE history and no wallet withdrawals (its sections: {}); is it TikTok's \"Download your data\" export?",
                    if sections.is_empty() { "none".to_string() } else { sections.join(", ") }
                ),
            ));
        }
        for (key, what) in [
            ("folder", "a folder"),
            ("fifo", "a named pipe (FIFO)"),
            ("device", "a device"),
            ("socket", "a socket"),
            ("other", "not a regular file"),
        ] {
            pairs.push((
                f(Message::new("core-import-file-not-regular").text("what", key)),
                format!("is {what}: only a regular file can be imported"),
            ));
        }
        // A spreadsheet's limits.
        let mem = |what: &str| {
            format!("{what} would take more than {} MiB of memory to read; not read (save the sheet as CSV to import it)", 160)
        };
        for (key, what) in [("strings", "its shared strings"), ("sheets", "its sheets")] {
            pairs.push((
                f(Message::new("core-import-file-sheet-memory")
                    .text("what", key)
                    .text("max", "160")),
                mem(what),
            ));
        }
        let sheets = |m: Message, names: &[&str]| {
            m.count("count", names.len() as u64)
                .text("sheets", names.join(", "))
        };
        let list = |names: &[&str]| {
            if names.is_empty() {
                "none".to_string()
            } else {
                names.join(", ")
            }
        };
        for names in [&[][..], &["'Gifts'", "'Days'"][..]] {
            pairs.push((
                f(sheets(
                    Message::new("core-import-file-no-such-sheet").text("sheet", "X"),
                    names,
                )),
                format!("has no sheet named '{}' (its sheets: {})", "X", list(names)),
            ));
            pairs.push((
                f(sheets(
                    Message::new("core-import-file-no-sheet-data"),
                    names,
                )),
                format!("has no sheet with data (its sheets: {})", list(names)),
            ));
        }
        pairs.extend([
            (
                f(Message::new("core-import-file-sheet-part").text("part", "xl/a.xml").text("error", "bad")),
                format!("cannot read '{}' ({})", "xl/a.xml", "bad"),
            ),
            (
                f(Message::new("core-import-file-sheet-ratio").text("part", "xl/a.xml").text("ratio", "200")),
                format!("'{}' unpacks to more than {} times its packed size: not a spreadsheet; not read", "xl/a.xml", 200),
            ),
            (
                f(Message::new("core-import-file-sheet-unpacks").text("max", "4")),
                format!("unpacks to more than {} GiB; not read", 4),
            ),
            (
                f(Message::new("core-import-file-sheet-long-run").text("part", "xl/a.xml").text("max", "4")),
                format!("'{}' holds a text or a tag longer than {} MiB: not a spreadsheet LiveLedger reads; not read", "xl/a.xml", 4),
            ),
            (
                f(Message::new("core-import-file-sheet-strings-unreadable").text("error", "bad")),
                format!("cannot read the shared strings ({})", "bad"),
            ),
            (
                f(Message::new("core-import-file-sheet-strings-declared")),
                "declares more shared strings than it holds: not a sound spreadsheet; not read".into(),
            ),
            (
                f(Message::new("core-import-file-sheet-not-xml").text("error", "bad")),
                format!("its content is not XML that can be read ({})", "bad"),
            ),
            (
                f(Message::new("core-import-file-xls-large").text("max", "64")),
                format!("is an .xls larger than {} MiB; not read (save it as .xlsx or CSV)", 64),
            ),
            (
                f(Message::new("core-import-file-xls-unreadable").text("error", "bad")),
                format!("is not an .xls that can be read ({})", "bad"),
            ),
            (
                f(Message::new("core-import-file-xls-rows")),
                "states a sheet whose last row is before its first: not a sound .xls; not read".into(),
            ),
            (
                f(Message::new("core-import-file-workbook-unreadable").text("kind", "xlsx").text("error", "bad")),
                format!("is not an .{} workbook that can be read ({})", "xlsx", "bad"),
            ),
            (
                f(Message::new("core-import-file-sheet-unreadable").text("sheet", "Gifts").text("error", "bad")),
                format!("cannot read sheet '{}' ({})", "Gifts", "bad"),
            ),
            (
                f(Message::new("core-import-file-sheet-row-unreadable").text("row", "7").text("error", "bad")),
                format!("row {}: cannot read the sheet ({})", 7, "bad"),
            ),
            (
                f(Message::new("core-import-file-sheet-rows-order").text("row", "7")),
                format!("row {}: the sheet's rows are out of order; not read", 7),
            ),
        ]);
        let en = Localizer::new("en");
        for (e, old) in pairs {
            assert_eq!(e.to_string(), format!("a.zip: {old}"));
            assert_eq!(e.say(&en), e.to_string());
            let ImportError::File { message, said, .. } = &e else {
                panic!()
            };
            assert_eq!(message, &old);
            assert_eq!(&ImportError::file_english(said.as_deref().unwrap()), &old);
        }
        // Said in German and Spanish, whole.
        let e = f(super::tiktok_export::zip_listing(
            Message::new("core-import-file-zip-other"),
            &owned(&["a.txt", "b.png"]),
        ));
        assert_eq!(
            e.say(&Localizer::new("de")),
            "a.zip: ist ein ZIP mit 2 Dateien: a.txt, b.png: weder TikToks Datendownload noch eine Tabellenkalkulation; LiveLedger liest CSV, JSON, TikToks Datendownload (.zip) und Tabellenkalkulationen (.xlsx, .xls, .ods)"
        );
        assert!(e
            .say(&Localizer::new("es"))
            .starts_with("a.zip: es un ZIP de 2 archivos: a.txt, b.png: no es la descarga"));
    }

    /// A TikTok download's broken structure, at a line, against the old
    /// code's text.
    #[test]
    fn a_broken_download_s_english_is_the_old_text() {
        let list = "'Withdrawal History.txt'";
        let pairs = [
            (
                Message::new("core-import-tiktok-long-text").text("max", "4"),
                format!(
                    "holds a text or a key longer than {} MiB: this is not TikTok's export",
                    4
                ),
            ),
            (
                Message::new("core-import-tiktok-long-entry").text("max", "1"),
                format!(
                    "holds a list entry longer than {} MiB: this is not a LIVE or a wallet entry",
                    1
                ),
            ),
            (
                Message::new("core-import-tiktok-many-entries").text("max", "1000000"),
                format!(
                    "holds more than {} LIVE and wallet entries: more than any creator's history",
                    1000000
                ),
            ),
            (
                Message::new("core-import-tiktok-cannot-read").text("error", "gone"),
                format!("cannot read: {}", "gone"),
            ),
            (
                Message::new("core-import-tiktok-cut-short"),
                "the file ends in the middle of a value: it is cut short".into(),
            ),
            (
                Message::new("core-import-tiktok-not-json").text("error", "expected value"),
                format!("is not valid JSON here ({})", "expected value"),
            ),
            (
                Message::new("core-import-tiktok-txt-text")
                    .text("list", list)
                    .text("error", "bad"),
                format!("{}: {}", list, "bad"),
            ),
            (
                Message::new("core-import-tiktok-txt-cannot-read")
                    .text("list", list)
                    .text("error", "gone"),
                format!("cannot read {}: {}", list, "gone"),
            ),
            (
                Message::new("core-import-tiktok-txt-long-line")
                    .text("list", list)
                    .text("max", "4"),
                format!(
                    "{} holds a line longer than {} MiB: this is not TikTok's export",
                    list, 4
                ),
            ),
            (
                Message::new("core-import-tiktok-txt-not-utf8").text("list", list),
                format!("{} is not valid UTF-8 text here (save it as UTF-8)", list),
            ),
            (
                Message::new("core-import-tiktok-txt-long-entry")
                    .text("list", list)
                    .text("max", "1"),
                format!(
                    "{} holds an entry longer than {} MiB: this is not a LIVE or a wallet entry",
                    list, 1
                ),
            ),
        ];
        for (m, old) in pairs {
            assert_eq!(crate::error::RowProblem::said(3, None, m).message, old);
        }
    }

    /// "no rows to import: skipped …" in every combination of what was
    /// skipped, against the old code's English list.
    #[test]
    fn nothing_but_skipped_rows_says_the_old_list() {
        let old = |t: u64, b: u64, s: u64, e: u64| {
            let counted = crate::error::counted;
            let mut skipped = Vec::new();
            if t > 0 {
                skipped.push(counted(t, "total row"));
            }
            if b > 0 {
                skipped.push(counted(b, "blank line"));
            }
            if s > 0 {
                skipped.push(format!("a summary block of {} row(s)", s));
            }
            if e > 0 {
                skipped.push(format!("{} that are not gifts", counted(e, "event")));
            }
            format!("a.csv: no rows to import: skipped {}", skipped.join(", "))
        };
        let en = Localizer::new("en");
        let mut parsed = super::parse::Parsed::default();
        (
            parsed.totals_skipped,
            parsed.blank_skipped,
            parsed.summary_skipped,
        ) = (2, 1, 3);
        parsed.events_skipped.insert("chat".into(), 5);
        let crate::error::Error::Import(err) =
            super::pipeline::nothing_to_import(&parsed, "a.csv".into(), 1)
        else {
            panic!()
        };
        assert_eq!(
            err.say(&Localizer::new("es")),
            "a.csv: no hay filas que importar; se omitieron 2 filas de totales, 1 línea en blanco, un bloque de resumen de 3 filas, 5 eventos que no son regalos"
        );
        assert_eq!(
            err.say(&Localizer::new("ja")),
            "a.csv：インポートする行がありません。スキップしたもの：合計行 2 行、空行 1 行、3 行の集計ブロック、ギフト以外のイベント 5 件"
        );
        for t in [0u64, 1, 2] {
            for b in [0u64, 1, 3] {
                for s in [0u64, 1, 4] {
                    for e in [0u64, 1, 5] {
                        if t + b + s + e == 0 {
                            continue;
                        }
                        let mut parsed = super::parse::Parsed {
                            totals_skipped: t,
                            blank_skipped: b,
                            summary_skipped: s,
                            ..Default::default()
                        };
                        if e > 0 {
                            parsed.events_skipped.insert("like".into(), e);
                        }
                        let crate::error::Error::Import(err) =
                            super::pipeline::nothing_to_import(&parsed, "a.csv".into(), 1)
                        else {
                            panic!()
                        };
                        assert_eq!(err.to_string(), old(t, b, s, e));
                        assert_eq!(err.say(&en), old(t, b, s, e));
                        // German says every kind present, in order, no stray comma.
                        let de = err.say(&Localizer::new("de"));
                        assert!(
                            de.starts_with("a.csv: keine Zeilen zum Importieren; übersprungen: "),
                            "{de}"
                        );
                        assert!(
                            !de.contains(": ,") && !de.ends_with(", ") && !de.contains(",,"),
                            "{de}"
                        );
                        // (", das"/", die" are the events' own relative clause.)
                        assert_eq!(
                            de.matches(", ").count() - de.matches(", d").count() + 1,
                            [t, b, s, e].iter().filter(|n| **n > 0).count(),
                            "{de}"
                        );
                    }
                }
            }
        }
    }
}
