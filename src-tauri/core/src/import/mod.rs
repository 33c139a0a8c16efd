//! CSV import: gift-event logs, gift tables, session summaries and
//! LiveLedger's own export.
//!
//! An import reads and checks the whole file before anything is written; any
//! bad row refuses the file with every problem listed (line, column, what was
//! expected). What passes is written in one transaction. Every row gets a
//! fingerprint, so importing the same rows again adds nothing, and every
//! import is recorded so it can be undone as a whole. A dry run performs the
//! same transaction and rolls it back, so its counts are exact.

mod container;
pub(crate) mod datetime;
mod decode;
#[cfg(test)]
mod fuzz;
mod guess;
mod json;
mod layout;
mod numbers;
pub(crate) mod parse;
mod sheet;
pub(crate) mod sniff;
mod tiktok_export;
mod values;
mod write;

use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io::{BufRead, BufReader, Chain, Cursor, Read};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use chrono_tz::Tz;
use rust_decimal::Decimal;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::money::{round_money, Diamonds, Money};
use crate::rates::{Rate, RateTable};
use crate::store::{Sharing, Store};

pub use decode::Encoding;
pub use parse::DateOrder;
pub use sniff::{norm, parse_map, Columns, Field};

/// How much of a file's start is read to find its header and encoding.
const HEAD_BYTES: usize = 64 << 10;

/// Most columns a table may have: real exports have a few dozen.
pub(crate) const MAX_COLUMNS: usize = 1000;

/// Most characters of a file's text an error quotes.
pub const QUOTE_CHARS: usize = 80;

/// `text` cut to [`QUOTE_CHARS`] characters (with `…` when cut) and its
/// control characters made spaces, so an error never echoes a whole line
/// or a terminal escape.
pub fn short(text: &str) -> String {
    let cut = match text.char_indices().nth(QUOTE_CHARS) {
        None => text.to_string(),
        Some((i, _)) => format!("{}…", &text[..i]),
    };
    if cut.chars().any(char::is_control) {
        cut.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect()
    } else {
        cut
    }
}

/// A header for a message: only the names LiveLedger recognised, cut
/// short. The file's own first line is never echoed: it may be anything
/// (a page's script could read a private key through the error).
pub(crate) fn header_list(header: &[String]) -> String {
    let cols = Columns::from_header(header);
    let mut known: Vec<usize> = Field::ALL.iter().filter_map(|f| cols.get(*f)).collect();
    known.sort_unstable();
    known.dedup();
    if known.is_empty() {
        return "no column name LiveLedger knows".to_string();
    }
    let names: Vec<&str> = known
        .iter()
        .filter_map(|&i| header.get(i).map(String::as_str))
        .collect();
    format!("names it knows: {}", short(&names.join(", ")))
}

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
            sheet: None,
            hold_ledger: false,
        }
    }
}

pub use crate::error::{ImportError, RowProblem, MAX_LISTED_PROBLEMS};

/// Where a field was read from, for the preview: the column and the first
/// values in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct FieldSource {
    /// The field, as `--map` names it (`date`, `coins`, …).
    pub field: String,
    /// 1-based column.
    pub column: usize,
    /// The column's header, cut short.
    pub header: String,
    /// Up to three values from the first rows, as written (cut short).
    pub samples: Vec<String>,
}

/// Most replaced figures an import report lists one by one (it counts all).
pub const MAX_LISTED_REPLACED: usize = 100;

/// A figure of TikTok's for a day that an import replaced with another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ReplacedFigure {
    /// The local day.
    pub day: chrono::NaiveDate,
    /// The figure, e.g. `diamonds`, `likes`.
    pub figure: String,
    /// What the ledger held (a decimal, as text).
    pub was: String,
    /// What the file gives instead.
    pub now: String,
}

/// What a file of TikTok LIVE Center's days holds, and what importing it
/// changes: TikTok's figures, kept beside the ledger, never added to the balance.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct DaysRead {
    /// Days the file gives.
    pub days: u64,
    /// Its first day.
    pub first_day: Option<chrono::NaiveDate>,
    /// Its last day.
    pub last_day: Option<chrono::NaiveDate>,
    /// The figures it gives (`diamonds`, `live_seconds`, `likes`…).
    pub figures: Vec<String>,
    /// Diamonds TikTok reports over those days; `None` when the file gives none.
    pub diamonds: Option<Diamonds>,
    /// Figures new to the ledger.
    pub figures_added: u64,
    /// Figures the ledger already had, the same: not counted twice.
    pub figures_unchanged: u64,
    /// Figures that replace another value the ledger had for that day.
    pub figures_replaced: u64,
    /// The first of those, each with what it replaces.
    pub replaced: Vec<ReplacedFigure>,
}

/// What an import did (or, for a dry run, would do), and how it read the
/// file: what a creator checks before writing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ImportReport {
    /// File name.
    pub file: String,
    /// The format it was read as.
    pub format: String,
    /// SHA-256 of the file, hex.
    pub sha256: String,
    /// The text encoding assumed: `UTF-8`, `UTF-16LE`, `UTF-16BE` or
    /// `windows-1252`; for a spreadsheet, its kind and sheet (`xlsx sheet 'Gifts'`).
    pub encoding: String,
    /// The delimiter: `comma`, `semicolon`, `tab` or `pipe`; `sheet` for a
    /// spreadsheet's cells.
    pub delimiter: String,
    /// The header's line (a spreadsheet's row); lines above it were skipped (titles, `sep=`).
    pub header_line: u64,
    /// How numbers are written, e.g. `plain`, `1,234`, `1.234,5` (per column when they differ).
    pub number_format: String,
    /// How dates are written, e.g. `YYYY-MM-DD`, `MM/DD/YYYY, 12-hour clock`.
    pub date_format: String,
    /// Data rows read (not counting the header).
    pub rows_read: u64,
    /// Gift, session, withdrawal and adjustment rows added.
    pub rows_added: u64,
    /// Rows already in the ledger, skipped.
    pub rows_skipped: u64,
    /// Total rows ("Total", "Summe", "Totales"…) skipped.
    pub totals_skipped: u64,
    /// Rows of a summary block below the table (`Gifters`, `Average`…), skipped.
    pub summary_skipped: u64,
    /// Messages delivered again in the file (an id it already gave), counted once.
    pub redelivered: u64,
    /// Blank lines and rows with no value, skipped.
    pub blank_skipped: u64,
    /// Events that are not gifts (like, chat, member…), skipped, by kind.
    pub events_skipped: BTreeMap<String, u64>,
    /// Sessions created.
    pub sessions_added: u64,
    /// Existing sessions gifts were added to.
    pub sessions_matched: u64,
    /// Streak steps not counted because a later row carries the streak's total.
    pub streak_steps: u64,
    /// Streaks whose end never arrived, counted at their highest count.
    pub unfinished_streaks: u64,
    /// What a TikTok LIVE Center day file holds and changes (only for one).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional = nullable))]
    pub days: Option<DaysRead>,
    /// Sections of a TikTok data export that hold nothing LiveLedger reads.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "typescript", ts(optional = nullable))]
    pub sections_ignored: Vec<String>,
    /// Estimated streak rows of earlier imports brought up to this file's count.
    pub streaks_updated: u64,
    /// Coins of the gifts added.
    pub coins_added: i64,
    /// Diamonds added: gifts' coins at each session's rate, plus diamonds
    /// sessions report without gifts.
    pub diamonds_added: Diamonds,
    /// What those diamonds are worth, by currency, rounded.
    pub value_added: BTreeMap<String, Money>,
    /// Each field read, with its column and first values.
    pub fields: Vec<FieldSource>,
    /// The file's columns, as its header names them (for choosing another
    /// column for a field; empty for JSON).
    pub columns: Vec<String>,
    /// Every field a mapping may name (`date`, `coins`, …).
    pub mappable: Vec<&'static str>,
    /// Things to check before trusting the totals.
    pub warnings: Vec<String>,
    /// How the file was read, where a person may want to know: which column
    /// gave the price, a summary block skipped, a mapping remembered.
    pub notes: Vec<String>,
    /// Whether nothing was written.
    pub dry_run: bool,
    /// The import's id for undo (none for a dry run or when nothing was new).
    pub import_id: Option<i64>,
}

impl ImportReport {
    /// A few lines for a person.
    pub fn describe(&self) -> String {
        let mut out = format!(
            "{}{} ({}): {} rows read, {} added, {} skipped as already imported, {} sessions created, {} existing sessions extended",
            if self.dry_run { "dry run — nothing written. " } else { "" },
            self.file,
            self.format,
            self.rows_read,
            self.rows_added,
            self.rows_skipped,
            self.sessions_added,
            self.sessions_matched
        );
        let value: Vec<String> = self
            .value_added
            .iter()
            .map(|(c, m)| format!("{m} {c}"))
            .collect();
        out.push_str(&format!(
            "\nadds {} coins, {} diamonds{}",
            self.coins_added,
            self.diamonds_added.0.normalize(),
            if value.is_empty() {
                String::new()
            } else {
                format!(", worth {}", value.join(" + "))
            }
        ));
        if self.delimiter.is_empty() {
            // JSON has no delimiter and no header line to claim.
            if self.file.ends_with(tiktok_export::TXT_SHOWN) {
                out.push_str("\nread as TikTok's TXT download");
            } else {
                out.push_str("\nread as JSON");
            }
            if !self.encoding.is_empty() && self.encoding != Encoding::Utf8.name() {
                out.push_str(&format!(" in {}", self.encoding));
            }
        } else {
            // A sheet's lines are its rows, and it has no delimiter.
            let (how, place) = if self.delimiter == "sheet" {
                (self.encoding.clone(), "row")
            } else {
                (
                    format!("{}, {}-separated", self.encoding, self.delimiter),
                    "line",
                )
            };
            out.push_str(&format!(
                "\nread as {how}, header on {place} {}{}",
                self.header_line,
                if self.header_line > 1 {
                    format!(
                        " (the {} {place}(s) above it skipped)",
                        self.header_line - 1
                    )
                } else {
                    String::new()
                }
            ));
        }
        if !self.date_format.is_empty() {
            out.push_str(&format!("; dates {}", self.date_format));
        }
        if self.number_format != "plain" && !self.number_format.is_empty() {
            out.push_str(&format!("; numbers {}", self.number_format));
        }
        for f in &self.fields {
            out.push_str(&format!(
                "\n  {:<13} ← column {} ({}): {}",
                f.field,
                f.column,
                f.header,
                f.samples.join(" | ")
            ));
        }
        let mut skipped = Vec::new();
        if self.totals_skipped > 0 {
            skipped.push(format!("{} total row(s)", self.totals_skipped));
        }
        if self.blank_skipped > 0 {
            skipped.push(format!("{} blank line(s)", self.blank_skipped));
        }
        for (k, n) in &self.events_skipped {
            skipped.push(format!("{n} {k} event(s)"));
        }
        if self.summary_skipped > 0 {
            skipped.push(format!("{} summary row(s)", self.summary_skipped));
        }
        if !skipped.is_empty() {
            out.push_str(&format!("\nskipped: {}", skipped.join(", ")));
        }
        for n in &self.notes {
            out.push_str(&format!("\n{n}"));
        }
        if self.redelivered > 0 {
            out.push_str(&format!(
                "\n{} message(s) the file gave twice (the same message id) were counted once",
                self.redelivered
            ));
        }
        if self.streak_steps > 0 {
            out.push_str(&format!(
                "\n{} streak steps were folded into their streak's final count",
                self.streak_steps
            ));
        }
        if self.unfinished_streaks > 0 {
            out.push_str(&format!(
                "\nwarning: {} streak(s) never ended in the file; each was counted at its highest count",
                self.unfinished_streaks
            ));
        }
        if let Some(d) = &self.days {
            out.push_str(&format!(
                "\nTikTok's figures for {} day(s){}: {}",
                d.days,
                match (d.first_day, d.last_day) {
                    (Some(a), Some(b)) if a != b => format!(" from {a} to {b}"),
                    (Some(a), _) => format!(" on {a}"),
                    _ => String::new(),
                },
                d.figures.join(", ")
            ));
            if let Some(diamonds) = d.diamonds {
                out.push_str(&format!(
                    "\nTikTok reports {} diamonds over them: kept beside the ledger, never added to the balance (compare with `liveledger days`)",
                    diamonds.0.normalize()
                ));
            }
            out.push_str(&format!(
                "\n{} figure(s) new, {} already there",
                d.figures_added, d.figures_unchanged
            ));
            for r in &d.replaced {
                out.push_str(&format!(
                    "\nreplaces TikTok's {} of {}: {} → {}",
                    r.figure, r.day, r.was, r.now
                ));
            }
            if d.figures_replaced > d.replaced.len() as u64 {
                out.push_str(&format!(
                    "\n… and {} more figure(s) replaced",
                    d.figures_replaced - d.replaced.len() as u64
                ));
            }
        }
        if !self.sections_ignored.is_empty() {
            out.push_str(&format!(
                "\nignored sections: {}",
                self.sections_ignored.join("; ")
            ));
        }
        if self.streaks_updated > 0 {
            out.push_str(&format!(
                "\n{} streak(s) an earlier import cut short were brought up to this file's count",
                self.streaks_updated
            ));
        }
        for w in &self.warnings {
            out.push_str(&format!("\nwarning: {w}"));
        }
        if let Some(id) = self.import_id {
            out.push_str(&format!(
                "\nimport {id} — undo with `liveledger imports undo {id}`"
            ));
        }
        out
    }
}

/// A delimiter's name for people.
fn delimiter_name(d: u8) -> String {
    match d {
        b',' => "comma".into(),
        b';' => "semicolon".into(),
        b'\t' => "tab".into(),
        b'|' => "pipe".into(),
        other => format!("'{}'", char::from(other)),
    }
}

/// What one session gained in an import: its start, the coins of the
/// gifts added to it, and the diamonds it reports without gifts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SessionAdded {
    /// Its start.
    pub started_at: chrono::DateTime<chrono::Utc>,
    /// Coins of the gifts added.
    pub coins: i64,
    /// Diamonds reported by a session the import created.
    pub reported: Decimal,
}

/// What an import adds is worth: its coins, diamonds and money by
/// currency, each session at the rate in force on its local start day.
/// The one place an import is priced. Diamonds are whole per session, as
/// the wallet credits them. `None` when a sum leaves the decimal range.
pub(crate) fn value_added(
    rates: &RateTable,
    tz: Tz,
    added: &[SessionAdded],
) -> Option<(i64, Diamonds, BTreeMap<String, Money>)> {
    let mut coins = 0i64;
    let mut diamonds = Decimal::ZERO;
    let mut value: BTreeMap<String, Decimal> = BTreeMap::new();
    let fallback = Rate::default_rate();
    for s in added {
        let rate = rates
            .on(crate::dates::local_date(s.started_at, tz))
            .unwrap_or(&fallback);
        coins = coins.checked_add(s.coins)?;
        let d = Decimal::from(s.coins)
            .checked_mul(rate.diamonds_per_coin)?
            .floor()
            .checked_add(s.reported)?;
        diamonds = diamonds.checked_add(d)?;
        let money = d.checked_mul(rate.money_per_diamond)?;
        match value.get_mut(&rate.currency) {
            Some(slot) => *slot = slot.checked_add(money)?,
            None => {
                value.insert(rate.currency.clone(), money);
            }
        }
    }
    let value = value
        .into_iter()
        .map(|(c, m)| {
            let mut r = round_money(m);
            r.rescale(crate::money::MONEY_DP);
            (c, Money(r))
        })
        .collect();
    Some((coins, Diamonds(diamonds.normalize()), value))
}

/// A reader that hashes and counts the bytes passing through it.
struct Tally<R> {
    inner: R,
    hash: Sha256,
    bytes: u64,
}

impl<R: Read> Read for Tally<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hash.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }
}

/// The bytes a JSON reader splits: the file's own (UTF-8), or its text
/// decoded from UTF-16 by [`decode::Text::json`]. Either way the [`Tally`]
/// of the file's raw bytes is underneath, so the hash the import history
/// knows a file by is of the file as it is on disk. A UTF-8 file is read
/// straight, with nothing between the buffer and the tally.
trait RawBytes<R>: BufRead + Send {
    /// The raw bytes read so far.
    fn raw_bytes(&self) -> u64;
    /// The tally of the raw bytes back.
    fn into_tally(self) -> Tally<R>;
    /// The encoding decoded from, `None` when the bytes were read as they are.
    fn encoding(&self) -> Option<Encoding>;
}

impl<R: Read + Send> RawBytes<R> for BufReader<Tally<R>> {
    fn raw_bytes(&self) -> u64 {
        self.get_ref().bytes
    }
    fn into_tally(self) -> Tally<R> {
        self.into_inner()
    }
    fn encoding(&self) -> Option<Encoding> {
        None
    }
}

impl<R: Read + Send> RawBytes<R> for BufReader<decode::Text<BufReader<Tally<R>>>> {
    fn raw_bytes(&self) -> u64 {
        self.get_ref().get_ref().get_ref().bytes
    }
    fn into_tally(self) -> Tally<R> {
        self.into_inner().into_inner().into_inner()
    }
    fn encoding(&self) -> Option<Encoding> {
        Some(self.get_ref().encoding())
    }
}

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
    let file = open_regular(path, &name)?;
    let total = file.metadata().map(|m| m.len()).unwrap_or(0);
    import_reader(store, file, &name, total, opts, progress)
}

/// What a file that is not a regular file is, for the refusal.
fn not_regular(meta: &std::fs::Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some("a folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some("a named pipe (FIFO)");
        }
        if t.is_char_device() || t.is_block_device() {
            return Some("a device");
        }
        if t.is_socket() {
            return Some("a socket");
        }
    }
    Some("not a regular file")
}

/// Opens `path` for import, refusing anything but a regular file without
/// blocking: a FIFO would hang in `open`, a device (`/dev/zero`) never ends.
/// Checked before opening, and again on the open file (it may have been
/// swapped in between); opened non-blocking so a FIFO swapped in cannot
/// hang `open` itself.
fn open_regular(path: &Path, name: &str) -> Result<File> {
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let refuse = |what: &str| {
        Error::Import(ImportError::File {
            file: name.to_string(),
            message: format!("is {what}: only a regular file can be imported"),
        })
    };
    if let Some(what) = not_regular(&std::fs::metadata(path).map_err(io)?) {
        return Err(refuse(what));
    }
    let mut open = std::fs::OpenOptions::new();
    open.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Reads of a regular file ignore O_NONBLOCK.
        open.custom_flags(libc::O_NONBLOCK);
    }
    let file = open.open(path).map_err(io)?;
    if let Some(what) = not_regular(&file.metadata().map_err(io)?) {
        return Err(refuse(what));
    }
    Ok(file)
}

/// The text of a file being imported: what was read to find its header,
/// then the rest as it streams.
type Source<R> = decode::Records<Chain<Cursor<Vec<u8>>, decode::Text<BufReader<Tally<R>>>>>;

/// What the reading half of an import hands back: the parser, what was
/// read, and the number of records.
type ReadHalf = (parse::Parser, BytesRead, u64);

/// What was read of a file: the hash and count of its bytes, and the text
/// encoding when it was decoded as text.
struct BytesRead {
    hash: Sha256,
    pub bytes: u64,
    pub encoding: Option<Encoding>,
}

impl BytesRead {
    /// What a tally saw, with the encoding the text was decoded from.
    fn from<R>(tally: Tally<R>, encoding: Option<Encoding>) -> BytesRead {
        BytesRead {
            hash: tally.hash,
            bytes: tally.bytes,
            encoding,
        }
    }
}

/// What an I/O error reading the text says, with its line when it has one.
fn read_error(e: &std::io::Error) -> String {
    match decode::TextError::of(e) {
        Some(t) => t.to_string(),
        None => format!("cannot read: {e}"),
    }
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
    let file_err = |message: String| json::file_error(name, message);
    let mut spool = container::spool(&mut raw).map_err(file_err)?;
    let holds = container::classify(&mut spool, magic).map_err(file_err)?;
    let book = match holds {
        Holds::TiktokExport if matches!(opts.format, Format::Auto | Format::TiktokData) => {
            if opts.sheet.is_some() {
                return Err(file_err(
                    "is TikTok's data download, not a spreadsheet: --sheet names a sheet of one"
                        .into(),
                ));
            }
            let kind = json::Kind::Export;
            return json::import(store, raw, name, total, opts, kind, Some(spool), progress);
        }
        Holds::TiktokExport => {
            return Err(file_err(format!(
                "is TikTok's data download, not a {} table (import it with --format auto or tiktok-data)",
                opts.format.name()
            )))
        }
        Holds::Other(what) => return Err(container::refuse(name, what)),
        _ if opts.format == Format::TiktokData => {
            return Err(file_err(
                "is a spreadsheet, not TikTok's data download (import it with --format auto)"
                    .into(),
            ))
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
    let file_err = |message: String| {
        Error::Import(ImportError::File {
            file: name.to_string(),
            message,
        })
    };
    // A mapping's name is kept in the ledger: as any name, checked first.
    if let Some(n) = &opts.mapping_name {
        crate::store::clean_text("--mapping-name", n, false)?;
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
        return Err(file_err(
            "is not a spreadsheet (.xlsx, .xls or .ods): --sheet names a sheet of one".into(),
        ));
    }
    let sniffed = decode::sniff(first);
    if let decode::Sniffed::Utf32(what) = sniffed {
        return Err(file_err(decode::utf32_message(what)));
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
    let mut text = decode::Text::new(raw);
    // The start of the file, decoded: where the header is and what it says.
    let mut head = Vec::with_capacity(HEAD_BYTES);
    (&mut text)
        .take(HEAD_BYTES as u64)
        .read_to_end(&mut head)
        .map_err(|e| file_err(read_error(&e)))?;
    if head.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(file_err("the file is empty".into()));
    }
    let maps = mapping(store, opts, name)?;
    let recognised = |cells: &[String]| recognised(&maps, cells);
    let layout =
        layout::find(&head, opts.skip_rows.unwrap_or(0), None, &recognised).map_err(file_err)?;
    let first_is_day = first_date_is_a_day(&head[layout.start.min(head.len())..], layout.delimiter);
    let mut cursor = Cursor::new(head);
    cursor.set_position(layout.start as u64);
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(layout.delimiter)
        .flexible(true)
        .has_headers(true)
        .buffer_capacity(decode::CSV_BUFFER)
        .from_reader(decode::Records::new(cursor.chain(text), layout.line));
    let header: Vec<String> = match csv.headers() {
        // Refused before its names are copied and matched: the cost of
        // that grows with the columns (4 million took 15 s and 1.2 GB).
        Ok(h) if h.len() > MAX_COLUMNS => {
            return Err(file_err(format!(
                "line {}: the header has {} columns; a table LiveLedger reads has at most {MAX_COLUMNS}",
                layout.line,
                h.len()
            )))
        }
        Ok(h) => h
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}').trim().to_string())
            .collect(),
        Err(e) => {
            let message = match e.kind() {
                csv::ErrorKind::Io(io) => read_error(io),
                csv::ErrorKind::Utf8 { .. } => format!(
                    "line {}: is not valid UTF-8 text (save the file as UTF-8)",
                    layout.line
                ),
                _ => format!("cannot read the header: {e}"),
            };
            return Err(file_err(message));
        }
    };
    let header_end = (layout.line - 1) + csv.position().line().saturating_sub(1);
    let at = csv.position().byte();
    csv.get_mut().record_ended(at, header_end + 1);
    let table = Table {
        header,
        line: layout.line,
        header_end,
        maps,
        delimiter: delimiter_name(layout.delimiter),
        first_is_day,
    };
    let rows = CsvRows {
        csv,
        lines: (layout.line - 1, header_end),
    };
    import_table(store, name, total, opts, table, rows, progress)
}

/// The mappings an import reads a header by: the one it names (`--map`,
/// or one saved under `--mapping-name`), else those the creator made
/// before, by the signature of the header each read.
struct Mappings {
    /// The mapping the import names, as pairs.
    named: Option<Vec<(Field, String)>>,
    /// Mappings remembered, by header signature (empty when one is named).
    remembered: HashMap<String, crate::store::RememberedMapping>,
}

/// The mappings an import reads by (see [`Mappings`]).
fn mapping(store: &Store, opts: &ImportOptions, name: &str) -> Result<Mappings> {
    let file_err = |message: String| {
        Error::Import(ImportError::File {
            file: name.to_string(),
            message,
        })
    };
    let map = match (&opts.map, &opts.mapping_name) {
        (Some(m), _) => Some(m.clone()),
        (None, Some(n)) => Some(
            store
                .mapping(n)?
                .ok_or_else(|| file_err(format!("no saved mapping named '{}'", short(n))))?,
        ),
        (None, None) => None,
    };
    let named = map
        .as_deref()
        .map(parse_map)
        .transpose()
        .map_err(file_err)?;
    // A file with a header the creator mapped before is read the same way
    // again.
    let remembered = match named {
        Some(_) => HashMap::new(),
        None => store
            .remembered_mappings()?
            .into_iter()
            .map(|m| (m.signature.clone(), m))
            .collect(),
    };
    Ok(Mappings { named, remembered })
}

/// Whether `cells` are a header LiveLedger can read: with the named
/// mapping's columns when one is given, else by their names or a mapping
/// remembered for them. What the header search of every table (CSV or
/// sheet) asks of a line.
fn recognised(maps: &Mappings, cells: &[String]) -> bool {
    let mut cols = Columns::from_header(cells);
    match &maps.named {
        Some(p) => cols.apply_map(p, cells).is_ok(),
        None => {
            sniff::detect(cells, &cols).is_some()
                || (!maps.remembered.is_empty()
                    && maps.remembered.contains_key(&sniff::signature(cells)))
        }
    }
}

/// A table's header, found: what CSV and spreadsheets hand the one parser.
struct Table {
    /// The header's cells, trimmed.
    header: Vec<String>,
    /// Its first line (a sheet's row).
    line: u64,
    /// Its last line.
    header_end: u64,
    /// The mappings the header is read by.
    maps: Mappings,
    /// How the report names the delimiter.
    delimiter: String,
    /// Whether the first date under the header is a day alone (no time):
    /// what tells TikTok's Revenue file from a session summary.
    first_is_day: bool,
}

/// The rows under a table's header: a CSV file's records or a sheet's rows.
trait TableRows: Send {
    /// Up to three rows under the header, blank ones passed over: what the
    /// error about an unknown header shows of its columns.
    fn first_rows(&mut self) -> Vec<Vec<String>>;

    /// Reads every row under the header into `parser`, sending settled
    /// rows to the writer as they go when `streaming`; `bytes` follows the
    /// bytes read.
    fn read(
        self,
        parser: parse::Parser,
        streaming: bool,
        send: mpsc::SyncSender<parse::Batch>,
        bytes: &AtomicU64,
    ) -> ReadHalf;
}

/// A CSV file's records under its header.
struct CsvRows<R> {
    csv: csv::Reader<Source<R>>,
    /// Lines above the header, and the header's last line.
    lines: (u64, u64),
}

impl<R: Read + Send> TableRows for CsvRows<R> {
    fn first_rows(&mut self) -> Vec<Vec<String>> {
        first_rows(&mut self.csv, self.lines.1)
    }

    fn read(
        self,
        parser: parse::Parser,
        streaming: bool,
        send: mpsc::SyncSender<parse::Batch>,
        bytes: &AtomicU64,
    ) -> ReadHalf {
        let (parser, text, rows) = read_rows(self.csv, parser, streaming, self.lines, send, bytes);
        let encoding = text.encoding();
        (
            parser,
            BytesRead::from(text.into_inner().into_inner(), Some(encoding)),
            rows,
        )
    }
}

/// Imports a table whose header is found: picks the format (the header's
/// names, a mapping named or remembered), builds the parser, and reads
/// `rows` (a CSV file's or a sheet's) against the writer.
fn import_table<T: TableRows>(
    store: &mut Store,
    name: &str,
    total: u64,
    opts: &ImportOptions,
    table: Table,
    mut rows: T,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<ImportReport> {
    let file_err = |message: String| {
        Error::Import(ImportError::File {
            file: name.to_string(),
            message,
        })
    };
    let Table {
        header,
        line,
        header_end,
        maps,
        delimiter,
        first_is_day,
    } = table;
    let signature = sniff::signature(&header);
    let mut notes = Vec::new();
    let pairs = match (maps.named, maps.remembered.get(&signature)) {
        (Some(p), _) => Some(p),
        (None, Some(m)) => {
            notes.push(format!(
                "used your mapping from {} / {}: {}",
                m.saved_on,
                short(&m.name),
                short(&m.mapping)
            ));
            Some(parse_map(&m.mapping).map_err(file_err)?)
        }
        (None, None) => None,
    };
    let mut cols = Columns::from_header(&header);
    if let Some(p) = &pairs {
        cols.apply_map(p, &header).map_err(file_err)?;
    }
    let catalog: HashMap<String, i64> = store
        .catalog()?
        .into_iter()
        .map(|g| (g.name.to_lowercase(), g.coins))
        .collect();
    let format = match (opts.format, sniff::detect(&header, &cols)) {
        // A date and diamonds alone: TikTok's Revenue file when its first
        // date is a day, a session summary when it has a time.
        (Format::Auto, Some(Format::SessionSummary))
            if sniff::revenue_file(&header, &cols) && first_is_day =>
        {
            Format::TiktokDays
        }
        (Format::Auto, Some(f)) => f,
        (Format::Auto, None) => {
            let rows = rows.first_rows();
            // One column is no table: nothing of it is echoed.
            let table = header.len() > 1;
            return Err(Error::Import(ImportError::UnknownFormat {
                file: name.to_string(),
                header: header_list(&header),
                line,
                map: guess::suggest_map(&header, &rows, &catalog)
                    .filter(|_| table)
                    .unwrap_or_else(|| {
                        "date=COLUMN,gift=COLUMN,coins=COLUMN,count=COLUMN,sender=COLUMN".into()
                    }),
                columns: if table {
                    format!("\nits columns:{}", guess::list_columns(&header, &rows))
                } else {
                    String::new()
                },
            }));
        }
        (f, _) => f,
    };

    let tz = store.tz()?;
    let rates = store.rates()?;
    // Gift rows without a session column, and the lives of a session
    // summary, can be written while the file is read; a LiveLedger export
    // names sessions its gifts point to, and carries rates they take.
    // TikTok's day files are read whole (a day at most once a row, bounded).
    let streaming = matches!(format, Format::GiftEvents | Format::GiftTable)
        && !cols.has(Field::Session)
        || format == Format::SessionSummary;
    let mut parser = parse::Parser::new(format, &header, cols, tz, catalog).map_err(file_err)?;
    let gap = opts
        .gap_minutes
        .map_or_else(|| store.settings().map(|s| s.session_gap_minutes), Ok)?;
    if !(1..=24 * 60).contains(&gap) {
        return Err(Error::invalid(
            "gap minutes",
            "expected whole minutes from 1 to 1440",
        ));
    }
    parser.set_session_gap(gap);
    let report = ImportReport {
        file: name.to_string(),
        format: format.name().to_string(),
        delimiter,
        header_line: line,
        columns: header.iter().take(200).cloned().collect(),
        mappable: Field::ALL.iter().map(|f| f.map_name()).collect(),
        dry_run: opts.dry_run,
        notes,
        ..ImportReport::default()
    };
    let job = Job {
        streaming,
        gap,
        total,
        header_end,
        // A mapping is saved with the import it read, never by a dry run.
        save_mapping: match (&opts.map, &opts.mapping_name) {
            (Some(m), Some(n)) => Some((n.trim().to_string(), m.clone())),
            _ => None,
        },
        // A mapping the creator wrote is remembered for this header.
        remember: opts.map.as_ref().map(|m| crate::store::RememberedMapping {
            signature,
            mapping: m.clone(),
            name: opts
                .mapping_name
                .as_deref()
                .map_or_else(|| name.to_string(), |n| n.trim().to_string()),
            saved_on: crate::dates::local_date(chrono::Utc::now(), tz).to_string(),
        }),
        rates,
        tz,
        refuse_empty: true,
        sharing: sharing(opts),
    };
    let streaming = job.streaming;
    let read = move |p, send, bytes: &AtomicU64| rows.read(p, streaming, send, bytes);
    read_and_write(store, read, parser, report, job, progress)
}

/// Up to three rows under an unknown header, for the error that lists
/// its columns; blank rows passed over (at most 100 records read).
fn first_rows<R: Read>(csv: &mut csv::Reader<Source<R>>, header_end: u64) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut rec = csv::StringRecord::new();
    for n in 0..100u64 {
        if rows.len() == 3 || !matches!(csv.read_record(&mut rec), Ok(true)) {
            break;
        }
        let at = csv.position().byte();
        csv.get_mut().record_ended(at, header_end + n + 2);
        if rec.iter().any(|c| !c.trim().is_empty()) {
            rows.push(rec.iter().map(str::to_string).collect());
        }
    }
    rows
}

/// Whether the first record under the header at the start of `text` has a
/// date that is a day alone (`2026-11-12`, `12.11.2026`), no time of day:
/// what tells TikTok's Revenue file from a session summary of a date and
/// diamonds. Reads only the start of the file already in memory.
fn first_date_is_a_day(text: &[u8], delimiter: u8) -> bool {
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(text);
    let Ok(header) = csv.headers() else {
        return false;
    };
    let header: Vec<String> = header
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_string())
        .collect();
    let Some(col) = Columns::from_header(&header).get(Field::Date) else {
        return false;
    };
    let mut record = csv::StringRecord::new();
    while let Ok(true) = csv.read_record(&mut record) {
        if let Some(cell) = record.get(col).map(str::trim).filter(|c| !c.is_empty()) {
            return date_is_a_day(cell, col);
        }
    }
    false
}

/// Whether the date cell `cell` (of column `col`) is a day alone, no time
/// of day: the test [`first_date_is_a_day`] and a sheet's first row share.
fn date_is_a_day(cell: &str, col: usize) -> bool {
    let mut bits = 0;
    let midnight = match datetime::parse_when(cell, None, Tz::UTC, 0, col, &mut bits) {
        Ok(datetime::When::Known(t)) => t.time() == chrono::NaiveTime::MIN,
        Ok(datetime::When::Slashed { time, .. }) => time == chrono::NaiveTime::MIN,
        Err(_) => false,
    };
    midnight && !cell.contains(':')
}

/// How the import may share the ledger while it writes.
fn sharing(opts: &ImportOptions) -> Sharing {
    if opts.hold_ledger {
        Sharing::AloneIfFree
    } else {
        Sharing::Shared
    }
}

/// What an import needs beside the file and its parser.
struct Job {
    streaming: bool,
    gap: i64,
    total: u64,
    /// The header's last line.
    header_end: u64,
    /// A `--map` to save under a name.
    save_mapping: Option<(String, String)>,
    /// A `--map` to remember for the file's header.
    remember: Option<crate::store::RememberedMapping>,
    rates: RateTable,
    tz: Tz,
    /// Refuse a file with no rows (a header alone, or only totals);
    /// readers of other formats say so in their own words.
    refuse_empty: bool,
    /// May the import hold the ledger alone ([`ImportOptions::hold_ledger`]).
    sharing: Sharing,
}

/// Rows handed from the reading thread to the writing one at a time.
const BATCH: usize = 4096;
/// Lives of a session summary handed over at a time.
const SESSION_BATCH: usize = 1024;

/// Reads every record and writes what is settled as it goes, in one
/// transaction; commits only a file without problems (and never a dry run).
///
/// Reading (CSV, dates, fingerprints, the file's hash) runs on its own
/// thread while this one writes, so the two share the machine's cores
/// instead of taking turns; a bounded channel keeps memory flat. A panic
/// on the reading thread is a bug and goes on as one, never a refusal.
///
/// `read` is the reading half (CSV: [`read_rows`]; JSON brings its own): it
/// hands back the parser, what was read, and the number of records.
fn read_and_write<F>(
    store: &mut Store,
    read: F,
    parser: parse::Parser,
    report: ImportReport,
    job: Job,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<ImportReport>
where
    F: FnOnce(parse::Parser, mpsc::SyncSender<parse::Batch>, &AtomicU64) -> ReadHalf + Send,
{
    let name = report.file.clone();
    let bulk = store.begin_bulk(job.sharing)?;
    let mut writer = write::Writer::new(&bulk, report)?;
    let mut grouper = write::Grouper::new(job.gap);
    let bytes = AtomicU64::new(0);
    let total = job.total;
    let (parser, done, rows_read) = std::thread::scope(|scope| -> Result<_> {
        let (send, batches) = mpsc::sync_channel::<parse::Batch>(4);
        let bytes = &bytes;
        let reader = scope.spawn(move || read(parser, send, bytes));
        // Written rows are freed on a thread of their own: the writer is
        // what an import waits for, and freeing a batch's strings cost it 8 %.
        // Bounded, so rows never pile up there if that thread falls behind.
        let (to_free, written_rows) = mpsc::sync_channel::<parse::Batch>(4);
        scope.spawn(move || written_rows.into_iter().for_each(drop));
        let written = (|| -> Result<()> {
            let mut shown = 0;
            loop {
                match batches.recv_timeout(Duration::from_millis(100)) {
                    Ok(batch) => {
                        writer.named_sessions(&batch.sessions)?;
                        let mut placed = Vec::with_capacity(batch.gifts.len());
                        for g in &batch.gifts {
                            grouper.push(&mut writer, g, &mut placed)?;
                        }
                        writer.gifts(&placed)?;
                        drop(placed);
                        // Only fails once the freeing thread is gone.
                        let _ = to_free.send(batch);
                    }
                    Err(RecvTimeoutError::Timeout) => {}
                    Err(RecvTimeoutError::Disconnected) => return Ok(()),
                }
                let read = bytes.load(Ordering::Relaxed);
                if read != shown {
                    shown = read;
                    progress(read, total);
                }
            }
        })();
        // A failed write stops the reader: its next send finds no receiver.
        drop(batches);
        let read = match reader.join() {
            Ok(read) => read,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        written.map(|()| read)
    })?;
    progress(done.bytes, total.max(done.bytes));
    // Problems refuse the file: returning drops the transaction, which rolls back.
    let mut parsed = parser.finish().map_err(|(count, problems)| {
        Error::Import(ImportError::Rows {
            file: name.clone(),
            count,
            problems,
        })
    })?;
    if job.refuse_empty && parsed.rows_taken == 0 {
        let mut skipped = Vec::new();
        if parsed.totals_skipped > 0 {
            skipped.push(format!("{} total row(s)", parsed.totals_skipped));
        }
        if parsed.blank_skipped > 0 {
            skipped.push(format!("{} blank line(s)", parsed.blank_skipped));
        }
        if parsed.summary_skipped > 0 {
            skipped.push(format!(
                "a summary block of {} row(s)",
                parsed.summary_skipped
            ));
        }
        let events: u64 = parsed.events_skipped.values().sum();
        if events > 0 {
            skipped.push(format!("{events} event(s) that are not gifts"));
        }
        return Err(Error::Import(ImportError::File {
            file: name,
            message: if skipped.is_empty() {
                format!(
                    "no rows to import: the file has a header (line {}) and nothing under it",
                    job.header_end
                )
            } else {
                format!("no rows to import: skipped {}", skipped.join(", "))
            },
        }));
    }
    grouper.close(&mut writer)?;
    parsed.gifts.append(&mut grouper.late);
    let r = &mut writer.report;
    r.sha256 = hex(&done.hash.finalize());
    if let Some(encoding) = done.encoding {
        r.encoding = encoding.name().to_string();
    }
    r.rows_read = rows_read;
    r.streak_steps = parsed.streak_steps;
    r.unfinished_streaks = parsed.unfinished_streaks;
    r.totals_skipped = parsed.totals_skipped;
    r.summary_skipped = parsed.summary_skipped;
    r.notes.append(&mut parsed.notes);
    r.redelivered = parsed.redelivered;
    r.blank_skipped = parsed.blank_skipped;
    r.events_skipped = std::mem::take(&mut parsed.events_skipped);
    r.number_format = std::mem::take(&mut parsed.number_format);
    r.date_format = std::mem::take(&mut parsed.date_format);
    r.fields = std::mem::take(&mut parsed.fields);
    r.warnings = std::mem::take(&mut parsed.warnings);
    if done.encoding == Some(Encoding::Windows1252) {
        r.warnings.push(
            "the file is not UTF-8; it was read as Windows-1252 (Latin-1): check that names with accents look right"
                .into(),
        );
    }
    let (mut report, added) = writer.finish(parsed, job.gap)?;
    let (coins, diamonds, value) = value_added(&job.rates, job.tz, &added)
        .ok_or_else(|| Error::invalid("import", "the amounts are too large to add up"))?;
    report.coins_added = coins;
    report.diamonds_added = diamonds;
    report.value_added = value;
    if let Some((n, m)) = &job.save_mapping {
        crate::store::save_mapping_in(&bulk, n, m)?;
    }
    if let Some(m) = &job.remember {
        crate::store::remember_mapping_in(&bulk, m)?;
    }
    if report.dry_run {
        bulk.rollback()?;
    } else {
        bulk.commit()?;
    }
    Ok(report)
}

/// The reading half of an import: parses every record, sends rows that are
/// settled (when `streaming`) in batches, and returns the parser with what
/// only the end of the file settles, the text (its encoding and the tally
/// of its bytes), and the number of records read. Stops early when the
/// writer has gone. `lines` are the lines above the header and the
/// header's last line, so each record gets the line an editor shows.
fn read_rows<R: Read>(
    mut csv: csv::Reader<Source<R>>,
    mut parser: parse::Parser,
    streaming: bool,
    lines: (u64, u64),
    send: mpsc::SyncSender<parse::Batch>,
    bytes: &AtomicU64,
) -> (parse::Parser, decode::Text<BufReader<Tally<R>>>, u64) {
    let (before, mut prev_end) = lines;
    let mut outbox = Outbox::new(send, streaming);
    let mut record = csv::StringRecord::new();
    let mut rows_read = 0u64;
    let mut blank = 0u64;
    // The text ends every record with a LF: the reader's line after a
    // record is the line after the record's last one.
    let end_line = |csv: &csv::Reader<Source<R>>| before + csv.position().line().saturating_sub(1);
    loop {
        match csv.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                rows_read += 1;
                let end = end_line(&csv);
                let at = csv.position().byte();
                csv.get_mut().record_ended(at, end + 1);
                let inside = record.as_slice().as_bytes();
                let line = match memchr::memchr(b'\n', inside) {
                    None => end,
                    Some(_) => {
                        end.saturating_sub(memchr::memchr_iter(b'\n', inside).count() as u64)
                    }
                };
                let gap = line.saturating_sub(prev_end + 1);
                blank += gap;
                prev_end = end;
                if record.iter().all(|f| f.trim().is_empty()) {
                    blank += 1;
                    parser.blank_before();
                    continue;
                }
                if gap > 0 {
                    parser.blank_before();
                }
                parser.row(line, &record);
                if !outbox.after_row(&mut parser) {
                    break;
                }
                if rows_read.is_multiple_of(65_536) {
                    bytes.store(
                        csv.get_ref()
                            .get_ref()
                            .get_ref()
                            .1
                            .get_ref()
                            .get_ref()
                            .bytes,
                        Ordering::Relaxed,
                    );
                }
            }
            Err(e) => {
                let end = end_line(&csv);
                let at = csv.position().byte();
                csv.get_mut().record_ended(at, end + 1);
                let (line, message, stop) = match e.kind() {
                    csv::ErrorKind::Io(io) => match decode::TextError::of(io) {
                        Some(t) => (t.line, t.message.clone(), true),
                        None => (end, format!("cannot read: {io}"), true),
                    },
                    csv::ErrorKind::Utf8 { .. } => (
                        end,
                        "is not valid UTF-8 text, though the lines before it are: the file mixes encodings (save it as UTF-8)"
                            .to_string(),
                        false,
                    ),
                    _ => (end, short(&e.to_string()), false),
                };
                prev_end = end;
                parser.problem(RowProblem {
                    line,
                    column: None,
                    message,
                });
                if stop || parser.problem_count() > 10 * MAX_LISTED_PROBLEMS {
                    break;
                }
            }
        }
    }
    // Blank lines at the end: the last line is the one before the final LF.
    blank += end_line(&csv).saturating_sub(prev_end);
    parser.blank_lines(blank);
    outbox.finish();
    let (_, text) = csv.into_inner().into_inner().into_inner();
    bytes.store(text.get_ref().get_ref().bytes, Ordering::Relaxed);
    (parser, text, rows_read)
}

/// Where the reading half puts rows that are settled: sent to the writer
/// in batches while the file is read (when the rows may stream), whatever
/// the table's source (CSV or a sheet).
struct Outbox {
    batch: Vec<parse::GiftRow>,
    sessions: Vec<parse::SessionRow>,
    send: mpsc::SyncSender<parse::Batch>,
    streaming: bool,
}

impl Outbox {
    fn new(send: mpsc::SyncSender<parse::Batch>, streaming: bool) -> Outbox {
        Outbox {
            batch: Vec::with_capacity(BATCH),
            sessions: Vec::new(),
            send,
            streaming,
        }
    }

    /// Takes what the row just read settled; false once the writer has
    /// gone (it reports why), so reading stops.
    fn after_row(&mut self, parser: &mut parse::Parser) -> bool {
        if !self.streaming {
            return true;
        }
        parser.take_settled(&mut self.batch);
        parser.take_settled_sessions(&mut self.sessions);
        if self.batch.len() >= BATCH || self.sessions.len() >= SESSION_BATCH {
            let batch = parse::Batch {
                gifts: std::mem::replace(&mut self.batch, Vec::with_capacity(BATCH)),
                sessions: std::mem::take(&mut self.sessions),
            };
            return self.send.send(batch).is_ok();
        }
        true
    }

    /// Sends what is left.
    fn finish(self) {
        if !self.batch.is_empty() || !self.sessions.is_empty() {
            // The writer may have gone after an error; it reports that error.
            let _ = self.send.send(parse::Batch {
                gifts: self.batch,
                sessions: self.sessions,
            });
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A 64-bit fingerprint of a row's identifying parts: XXH3-64, a fixed,
/// published algorithm, so a fingerprint never changes between versions
/// (which would make re-imports add rows twice). Not cryptographic: the rows
/// are the creator's own files, and SHA-256 cost a quarter of import time.
pub(crate) fn fingerprint(parts: &[&str]) -> i64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update(&[0x1f]);
    }
    h.digest() as i64
}

/// A hasher for keys that are fingerprints already: uses them as they are.
#[derive(Default, Clone, Copy)]
pub(crate) struct PassThrough(u64);

impl std::hash::Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only i64 keys are hashed with this; fold anything else in anyway.
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*b);
        }
    }
    fn write_i64(&mut self, n: i64) {
        self.0 = n as u64;
    }
}
