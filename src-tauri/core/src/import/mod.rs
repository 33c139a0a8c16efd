//! CSV import: gift-event logs, gift tables, session summaries and
//! LiveLedger's own export.
//!
//! An import reads and checks the whole file before anything is written; any
//! bad row refuses the file with every problem listed (line, column, what was
//! expected). What passes is written in one transaction. Every row gets a
//! fingerprint, so importing the same rows again adds nothing, and every
//! import is recorded so it can be undone as a whole. A dry run performs the
//! same transaction and rolls it back, so its counts are exact.

#[cfg(test)]
mod fuzz;
pub(crate) mod parse;
pub(crate) mod sniff;
mod write;

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::store::Store;

pub use parse::DateOrder;
pub use sniff::{norm, Columns, Field};

/// How many row problems an error lists.
pub const MAX_LISTED_PROBLEMS: usize = 50;

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
            _ => {
                return Err(format!(
                    "'{s}' is not a format (expected auto, liveledger, gift-events, gift-table or session-summary)"
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
}

impl Default for ImportOptions {
    fn default() -> ImportOptions {
        ImportOptions {
            format: Format::Auto,
            dry_run: false,
            map: None,
            mapping_name: None,
            gap_minutes: None,
        }
    }
}

/// One bad row: where and what was expected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowProblem {
    /// 1-based line in the file.
    pub line: u64,
    /// 1-based column and its header name, when one column is at fault.
    pub column: Option<(usize, String)>,
    /// What was expected and what was found.
    pub message: String,
}

impl std::fmt::Display for RowProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.column {
            Some((n, name)) => write!(
                f,
                "line {}, column {n} ({name}): {}",
                self.line, self.message
            ),
            None => write!(f, "line {}: {}", self.line, self.message),
        }
    }
}

/// Why an import was refused. Nothing was written in every case.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The header matches no known format and no mapping was given.
    #[error("{file}: cannot tell what this file holds from its header ({header}); name the columns with --map date=COLUMN,gift=COLUMN,coins=COLUMN,count=COLUMN,sender=COLUMN")]
    UnknownFormat {
        /// File name.
        file: String,
        /// Its header.
        header: String,
    },
    /// The file, its header or the options are unusable.
    #[error("{file}: {message}")]
    File {
        /// File name.
        file: String,
        /// What is wrong.
        message: String,
    },
    /// Some rows are bad; the first [`MAX_LISTED_PROBLEMS`] are listed.
    #[error("{file}: {count} problem(s), nothing was imported:\n{}", list(.problems, *.count))]
    Rows {
        /// File name.
        file: String,
        /// Number of problems in all.
        count: usize,
        /// The first problems.
        problems: Vec<RowProblem>,
    },
}

fn list(problems: &[RowProblem], count: usize) -> String {
    let mut out: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
    if count > problems.len() {
        out.push(format!("  … and {} more", count - problems.len()));
    }
    out.join("\n")
}

/// What an import did (or, for a dry run, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    /// File name.
    pub file: String,
    /// The format it was read as.
    pub format: String,
    /// SHA-256 of the file, hex.
    pub sha256: String,
    /// Data rows read (not counting the header).
    pub rows_read: u64,
    /// Gift, session, withdrawal and adjustment rows added.
    pub rows_added: u64,
    /// Rows already in the ledger, skipped.
    pub rows_skipped: u64,
    /// Sessions created.
    pub sessions_added: u64,
    /// Existing sessions gifts were added to.
    pub sessions_matched: u64,
    /// Streak steps not counted because a later row carries the streak's total.
    pub streak_steps: u64,
    /// Streaks whose end never arrived, counted at their highest count.
    pub unfinished_streaks: u64,
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
        if let Some(id) = self.import_id {
            out.push_str(&format!(
                "\nimport {id} — undo with `liveledger imports undo {id}`"
            ));
        }
        out
    }
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
    let file = File::open(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let total = file.metadata().map(|m| m.len()).unwrap_or(0);
    import_reader(store, file, &name, total, opts, progress)
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
    let mut buffered = BufReader::with_capacity(
        1 << 16,
        Tally {
            inner: reader,
            hash: Sha256::new(),
            bytes: 0,
        },
    );
    let head = buffered
        .fill_buf()
        .map_err(|e| file_err(format!("cannot read: {e}")))?;
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    if head.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(file_err("the file is empty".into()));
    }
    // Excel writes `sep=;` as a first line to name the delimiter.
    let (delim, sep_line) = match head.strip_prefix(b"sep=") {
        Some(rest) if !rest.is_empty() && matches!(rest.get(1), Some(b'\r' | b'\n')) => {
            (rest[0], true)
        }
        _ => (sniff::delimiter(head), false),
    };
    if sep_line {
        let mut line = String::new();
        buffered
            .read_line(&mut line)
            .map_err(|e| file_err(format!("cannot read: {e}")))?;
    }
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(delim)
        .flexible(true)
        .has_headers(true)
        .from_reader(buffered);
    let header: Vec<String> = csv
        .headers()
        .map_err(|e| file_err(format!("cannot read the header: {e}")))?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_string())
        .collect();

    let map = match (&opts.map, &opts.mapping_name) {
        (Some(m), Some(n)) => {
            store.save_mapping(n, m)?;
            Some(m.clone())
        }
        (Some(m), None) => Some(m.clone()),
        (None, Some(n)) => Some(
            store
                .mapping(n)?
                .ok_or_else(|| file_err(format!("no saved mapping named '{n}'")))?,
        ),
        (None, None) => None,
    };
    let cols = match &map {
        Some(m) => Columns::from_map(m, &header).map_err(file_err)?,
        None => Columns::from_header(&header),
    };
    let format = match (opts.format, map.is_some()) {
        (Format::Auto, true) if cols.has(Field::Gift) => Format::GiftTable,
        (Format::Auto, true) => Format::SessionSummary,
        (Format::Auto, false) => sniff::detect(&header, &cols).ok_or_else(|| {
            Error::Import(ImportError::UnknownFormat {
                file: name.to_string(),
                header: header.join(", "),
            })
        })?,
        (f, _) => f,
    };

    let tz = store.tz()?;
    let catalog = store
        .catalog()?
        .into_iter()
        .map(|g| (g.name.to_lowercase(), g.coins))
        .collect();
    // Gift rows without a session column can be written while the file is
    // read; other files are small (one row per session) or name their sessions.
    let streaming =
        matches!(format, Format::GiftEvents | Format::GiftTable) && !cols.has(Field::Session);
    let parser = parse::Parser::new(format, &header, cols, tz, catalog).map_err(file_err)?;
    let gap = opts
        .gap_minutes
        .map_or_else(|| store.settings().map(|s| s.session_gap_minutes), Ok)?;
    if !(1..=24 * 60).contains(&gap) {
        return Err(Error::invalid(
            "gap minutes",
            "expected whole minutes from 1 to 1440",
        ));
    }
    let report = ImportReport {
        file: name.to_string(),
        format: format.name().to_string(),
        dry_run: opts.dry_run,
        ..ImportReport::default()
    };
    // A large import touches the whole gifts table and its indexes: give it a
    // 128 MiB page cache instead of the default 2 MiB, for this import only.
    store.conn.pragma_update(None, "cache_size", -131_072)?;
    let result = read_and_write(store, csv, parser, streaming, gap, report, total, progress);
    store.conn.pragma_update(None, "cache_size", -2_000)?;
    result
}

/// Rows handed from the reading thread to the writing one at a time.
const BATCH: usize = 4096;

/// Reads every record and writes what is settled as it goes, in one
/// transaction; commits only a file without problems (and never a dry run).
///
/// Reading (CSV, dates, fingerprints, the file's hash) runs on its own
/// thread while this one writes, so the two share the machine's cores
/// instead of taking turns; a bounded channel keeps memory flat.
#[allow(clippy::too_many_arguments)]
fn read_and_write<R: Read + Send>(
    store: &mut Store,
    csv: csv::Reader<BufReader<Tally<R>>>,
    parser: parse::Parser,
    streaming: bool,
    gap: i64,
    report: ImportReport,
    total: u64,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<ImportReport> {
    let name = report.file.clone();
    let tx = store.conn.transaction()?;
    let mut writer = write::Writer::new(&tx, report)?;
    let mut grouper = write::Grouper::new(gap);
    let bytes = AtomicU64::new(0);
    let (parser, tally, rows_read) = std::thread::scope(|scope| -> Result<_> {
        let (send, batches) = mpsc::sync_channel::<Vec<parse::GiftRow>>(4);
        let reader = scope.spawn(|| read_rows(csv, parser, streaming, send, &bytes));
        let written = (|| -> Result<()> {
            let mut shown = 0;
            loop {
                match batches.recv_timeout(Duration::from_millis(100)) {
                    Ok(batch) => {
                        for g in batch {
                            grouper.push(&mut writer, g)?;
                        }
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
        let read = reader
            .join()
            .map_err(|_| Error::invalid("import", "reading the file failed unexpectedly"))?;
        written.map(|()| read)
    })?;
    progress(tally.bytes, total.max(tally.bytes));
    // Problems refuse the file: returning drops the transaction, which rolls back.
    let mut parsed = parser.finish().map_err(|(count, problems)| {
        Error::Import(ImportError::Rows {
            file: name,
            count,
            problems,
        })
    })?;
    grouper.close(&mut writer)?;
    parsed.gifts.append(&mut grouper.late);
    writer.report.sha256 = hex(&tally.hash.finalize());
    writer.report.rows_read = rows_read;
    writer.report.streak_steps = parsed.streak_steps;
    writer.report.unfinished_streaks = parsed.unfinished_streaks;
    let report = writer.finish(parsed, gap)?;
    if report.dry_run {
        tx.rollback()?;
    } else {
        tx.commit()?;
    }
    Ok(report)
}

/// The reading half of an import: parses every record, sends rows that are
/// settled (when `streaming`) in batches, and returns the parser with what
/// only the end of the file settles, the tally of the bytes, and the number
/// of records read. Stops early when the writer has gone.
fn read_rows<R: Read>(
    mut csv: csv::Reader<BufReader<Tally<R>>>,
    mut parser: parse::Parser,
    streaming: bool,
    send: mpsc::SyncSender<Vec<parse::GiftRow>>,
    bytes: &AtomicU64,
) -> (parse::Parser, Tally<R>, u64) {
    let mut batch = Vec::with_capacity(BATCH);
    let mut record = csv::StringRecord::new();
    let mut rows_read = 0u64;
    loop {
        match csv.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                rows_read += 1;
                if record.iter().all(|f| f.trim().is_empty()) {
                    continue;
                }
                let line = record.position().map_or(rows_read + 1, |p| p.line());
                parser.row(line, &record);
                if streaming {
                    parser.take_settled(&mut batch);
                    if batch.len() >= BATCH
                        && send
                            .send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH)))
                            .is_err()
                    {
                        break;
                    }
                }
                if rows_read.is_multiple_of(65_536) {
                    bytes.store(csv.get_ref().get_ref().bytes, Ordering::Relaxed);
                }
            }
            Err(e) => {
                let line = e.position().map_or(rows_read + 2, |p| p.line());
                let message = match e.kind() {
                    csv::ErrorKind::Utf8 { .. } => {
                        "is not valid UTF-8 text (save the file as UTF-8)".to_string()
                    }
                    _ => e.to_string(),
                };
                parser.problem(RowProblem {
                    line,
                    column: None,
                    message,
                });
                if parser.problem_count() > 10 * MAX_LISTED_PROBLEMS {
                    break;
                }
            }
        }
    }
    if !batch.is_empty() {
        // The writer may have gone after an error; it reports that error.
        let _ = send.send(batch);
    }
    let tally = csv.into_inner().into_inner();
    bytes.store(tally.bytes, Ordering::Relaxed);
    (parser, tally, rows_read)
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

impl Store {
    /// Saves a column mapping under a name for later imports.
    pub fn save_mapping(&mut self, name: &str, map: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO import_mappings (name, mapping) VALUES (?1, ?2) ON CONFLICT(name) DO UPDATE SET mapping = excluded.mapping",
            [name.trim(), map],
        )?;
        Ok(())
    }

    /// The mapping saved under `name`, if any.
    pub fn mapping(&self, name: &str) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .query_row(
                "SELECT mapping FROM import_mappings WHERE name = ?1",
                [name.trim()],
                |r| r.get(0),
            )
            .optional()?)
    }
}
