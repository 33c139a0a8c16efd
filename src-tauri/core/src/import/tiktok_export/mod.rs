//! TikTok's "Download your data" export (`user_data.json`,
//! `user_data_tiktok.json`, or the .zip TikTok sends): the LIVE history
//! becomes sessions with the diamonds TikTok states for each, and wallet
//! withdrawals become withdrawals.
//!
//! The file is walked as a stream, keeping only the lists read below, so a
//! large export (watch history, messages) never sits in memory. Keys are
//! read without regard to case, spaces or punctuation, and the lists are
//! found at any depth, because TikTok has moved and renamed them between
//! versions. Shapes read:
//!
//! - LIVE history: a list under `GoLiveList` / `Go Live History` /
//!   `Live History` (found e.g. at `Tiktok Live › Go Live History ›
//!   GoLiveList`, or under `Live` or `Activity` in older exports). Each entry:
//!   `LiveStartTime` (required), `LiveEndTime`, `LiveDuration` (`1:30:00`,
//!   `1h 30m`, or a number of seconds), diamonds from `Diamonds` or
//!   `TotalEarning` (a number, `"1,250"`, or `"1250 diamonds"`; an amount of
//!   money is refused), `RoomTitle`, `TotalView`, `TotalLike`, `PeakViewers`,
//!   `NewFollowers`, `RoomId`, `TotalGifter`. Each becomes a session with
//!   reported diamonds and no gift rows, as a session summary does.
//! - Wallet: a list under `Withdrawals` / `Withdrawal History` (every entry
//!   a withdrawal), or `TransactionsList` / `Transaction History` (e.g. in
//!   `Income Plus Wallet Transactions`), where an entry is a withdrawal when
//!   its `Type` says withdraw, cash out or payout. Each entry: `Date`
//!   (required), `Diamonds` and/or an `Amount` of money (with an optional
//!   currency, which must be the rate's), `Fee`, `Status`, `Method`, `Id`.
//!   Other transactions are counted and listed in the report, not read.
//! - `Coin Purchase History`, `Purchases`, `Buy Gifts`, `Send Gifts`: what the
//!   creator bought or sent, never income; listed as ignored.
//!
//! The TXT form of the export (a zip of `.txt` files such as `Activity/Go
//! Live History.txt` or `Income + Wallet Transactions/Transaction
//! History.txt`, each a run of `Key: Value` lines with a blank line between
//! entries) is read into the same entries: a file is the list its name says
//! (`Go Live History` is `GoLiveList`'s list, by the same keys), each block
//! an entry whose keys are its lines' keys, so one set of rules turns both
//! forms into rows. A key seen twice in one block starts the next entry
//! (a file without blank lines); a line without a key continues the value
//! above it; lines before the first key (a title) are passed over.
//!
//! Times without an offset are UTC, as TikTok writes them; epoch seconds
//! and milliseconds are read too. Every other section is ignored and named
//! in the report. Every figure is bounded (at most 10^12 diamonds a record).

mod archive;
mod convert;
mod fields;
mod live;
mod txt;
mod walk;
mod withdrawal;

use std::io::Read;

use chrono_tz::Tz;
use serde_json::Value;
use sha2::Digest;

pub(super) use archive::{
    check_zip_directory, unpack_cap, zip_listing, MAX_PACK_RATIO, MAX_UNPACKED_BYTES, TXT_SHOWN,
};
pub(super) use txt::names_a_txt_list;

use super::json::{file_said, gap_minutes, quote};
use super::parse::Parsed;
use super::{hex, write, Format, ImportError, ImportOptions, ImportReport, RawBytes, RowProblem};
use crate::error::{Error, Result};
use crate::l10n::Message;
use crate::rates::RateTable;
use crate::store::Store;
use convert::Convert;

/// Bytes of one list entry kept to point at its fields.
const MAX_RAW: usize = 1 << 16;
/// Longest text (a key or a string) read anywhere in the file: serde_json
/// holds a whole string in memory, and one 512 MiB key crashed an import.
const MAX_STRING_BYTES: usize = 1 << 20;
/// Longest list entry: it is held as a tree while it is read.
const MAX_ENTRY_BYTES: usize = 1 << 20;
/// Most entries the LIVE and wallet lists may hold together: a LIVE a day
/// for 270 years. Each read entry is held until the file's end.
const MAX_ENTRIES: usize = 100_000;
/// Most sections and spending lists named in the report.
const MAX_NAMED: usize = 100;

/// Keys (normalised) of the LIVE history list.
const LIVE_KEYS: &[&str] = &["golivelist", "golivehistory", "livehistory", "livelist"];
/// Keys of lists where every entry is a withdrawal.
const WITHDRAWAL_KEYS: &[&str] = &[
    "withdrawals",
    "withdrawalhistory",
    "withdrawhistory",
    "withdrawallist",
    "withdrawlist",
];
/// Keys of wallet transaction lists, whose entries say what they are.
const TRANSACTION_KEYS: &[&str] = &[
    "transactionslist",
    "transactionlist",
    "transactionhistory",
    "transactions",
    "wallettransactions",
];
/// Keys of what the creator bought or sent: never income.
const SPENDING_KEYS: &[&str] = &[
    "coinpurchasehistory",
    "coinpurchases",
    "purchasehistory",
    "purchases",
    "buygifts",
    "sendgifts",
    "rechargehistory",
];

/// Which list an entry came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ListKind {
    Lives,
    Withdrawals,
    Transactions,
}

/// The list a key (normalised) names, if it names one of those read.
fn list_kind(key: &str) -> Option<ListKind> {
    if LIVE_KEYS.contains(&key) {
        Some(ListKind::Lives)
    } else if WITHDRAWAL_KEYS.contains(&key) {
        Some(ListKind::Withdrawals)
    } else if TRANSACTION_KEYS.contains(&key) {
        Some(ListKind::Transactions)
    } else {
        None
    }
}

/// One entry of a list read, with where it is.
struct Entry {
    kind: ListKind,
    /// The list's path, as written in the file.
    list: String,
    index: usize,
    line: u64,
    column: u64,
    raw: Vec<u8>,
    value: Value,
    /// Read from a TXT file (`Key: Value` lines), not JSON.
    txt: bool,
}

/// Where the entries go as they are read.
enum Sink {
    /// Kept as read (for tests of the walk).
    #[cfg(test)]
    Keep(Vec<Entry>),
    /// Turned into rows at once, so no entry's tree or bytes outlive it.
    Convert(Box<Convert>),
}

impl Sink {
    /// The rows made, when entries were turned into rows.
    fn converted(self) -> Option<Box<Convert>> {
        match self {
            Sink::Convert(c) => Some(c),
            #[cfg(test)]
            Sink::Keep(_) => None,
        }
    }

    fn take(&mut self, e: Entry) {
        match self {
            #[cfg(test)]
            Sink::Keep(v) => v.push(e),
            Sink::Convert(c) => c.take(&e),
        }
    }
}

/// What the walk found.
struct Found {
    sink: Sink,
    /// Entries read from the lists.
    entries: usize,
    /// Lists found (even empty or null ones).
    lists: usize,
    /// Top-level sections and whether a list was found in each.
    sections: Vec<(String, bool)>,
    /// Paths of spending sections.
    spending: Vec<String>,
}

impl Found {
    /// Nothing found yet; entries go to `sink`.
    fn new(sink: Sink) -> Found {
        Found {
            sink,
            entries: 0,
            lists: 0,
            sections: Vec::new(),
            spending: Vec::new(),
        }
    }

    /// Counts one more entry; why reading stops when that is more than
    /// [`MAX_ENTRIES`].
    fn count_entry(&mut self) -> std::result::Result<(), Message> {
        self.entries += 1;
        if self.entries > MAX_ENTRIES {
            return Err(Message::new("core-import-tiktok-many-entries")
                .text("max", MAX_ENTRIES.to_string()));
        }
        Ok(())
    }
}

/// Imports TikTok's data export read from `reader`, or from the zip
/// `spooled` (then `reader` has been read to its end, into the spool).
pub(super) fn import<R: Read + Send, B: RawBytes<R>>(
    store: &mut Store,
    reader: B,
    name: &str,
    spooled: Option<std::fs::File>,
    opts: &ImportOptions,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<ImportReport> {
    if !opts.skip_lines.is_empty() {
        // Its lines are lines of JSON, not rows: a bad entry is fixed, not left out.
        return Err(file_said(
            name,
            Message::new("core-import-file-export-skip-lines"),
        ));
    }
    let tz = store.tz()?;
    let rates = store.rates()?;
    let gap = gap_minutes(store, opts)?;
    let sink = Sink::Convert(Box::new(Convert::new(rates.clone(), tz)));
    let (found, shown, tally) = archive::read_export(reader, name, spooled, sink)?;
    progress(tally.bytes, tally.bytes);
    let rows_error = |count: usize, problems: Vec<RowProblem>| {
        Error::Import(ImportError::Rows {
            file: shown.clone(),
            count,
            problems,
        })
    };
    let found = found.map_err(|p| rows_error(1, vec![p]))?;
    if found.lists == 0 {
        return Err(no_lists(&found, &shown));
    }
    let Some(convert) = found.sink.converted() else {
        return Err(file_said(&shown, Message::new("core-import-file-not-read")));
    };
    let Convert {
        parsed,
        mut problems,
        problem_count,
        spending,
        other,
        ..
    } = *convert;
    if problem_count > 0 {
        problems.sort_by_key(|p| p.line);
        return Err(rows_error(problem_count, problems));
    }
    let report = ImportReport {
        file: shown.clone(),
        format: Format::TiktokData.name().to_string(),
        dry_run: opts.dry_run,
        sha256: hex(&tally.hash.finalize()),
        rows_read: found.entries as u64,
        sections_ignored: ignored(&found.sections, &found.spending, spending, other),
        ..ImportReport::default()
    };
    write_rows(store, opts, gap, &rates, tz, parsed, report)
}

/// The refusal of an export in which no list was found, naming its sections.
fn no_lists(found: &Found, shown: &str) -> Error {
    let sections: Vec<String> = found.sections.iter().map(|(s, _)| quote(s)).collect();
    file_said(
        shown,
        Message::new("core-import-file-export-no-lists")
            .count("count", sections.len() as u64)
            .text("sections", sections.join(", ")),
    )
}

/// What the report names as not read: the sections without a list, the
/// spending lists, and the wallet's `spending` and `other` transactions.
fn ignored(
    sections: &[(String, bool)],
    spending_lists: &[String],
    spending: u64,
    other: u64,
) -> Vec<String> {
    let mut ignored: Vec<String> = sections
        .iter()
        .filter(|(_, used)| !used)
        .map(|(s, _)| quote(s))
        .collect();
    ignored.extend(
        spending_lists
            .iter()
            .map(|p| format!("{} (what you bought or sent: not income)", quote(p))),
    );
    if spending > 0 {
        ignored.push(format!(
            "{spending} coin purchases in the wallet (what you bought: not income)"
        ));
    }
    if other > 0 {
        ignored.push(format!(
            "{other} wallet transactions that are not withdrawals"
        ));
    }
    ignored
}

/// Writes the rows `parsed` in one transaction (rolled back for a preview)
/// and completes `report` with what they add, valued at `rates` in `tz`.
fn write_rows(
    store: &mut Store,
    opts: &ImportOptions,
    gap: i64,
    rates: &RateTable,
    tz: Tz,
    parsed: Parsed,
    report: ImportReport,
) -> Result<ImportReport> {
    let bulk = store.begin_bulk(super::sharing(opts))?;
    let writer = write::Writer::new(&bulk, report)?;
    let (mut report, added) = writer.finish(parsed, gap)?;
    // Priced as every import is, so the preview states what is written.
    super::price(&mut report, rates, tz, &added)?;
    if report.dry_run {
        bulk.rollback()?;
    } else {
        bulk.commit()?;
    }
    Ok(report)
}
