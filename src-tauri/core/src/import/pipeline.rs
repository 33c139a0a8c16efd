//! An import's two halves: a thread reads the file into rows while this
//! one writes them, in one transaction, committed only for a file without
//! problems (and never for a dry run).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use chrono_tz::Tz;
use sha2::Digest;

use super::{hex, parse, write, BytesRead, Encoding, ImportError, ImportOptions, ImportReport};
use crate::error::{Error, Result};
use crate::l10n::Message;
use crate::rates::RateTable;
use crate::store::{RememberedMapping, Sharing, Store};

/// What the reading half of an import hands back: the parser, what was
/// read, and the number of records.
pub(super) type ReadHalf = (parse::Parser, BytesRead, u64);

/// How the import may share the ledger while it writes.
pub(super) fn sharing(opts: &ImportOptions) -> Sharing {
    if opts.hold_ledger {
        Sharing::AloneIfFree
    } else {
        Sharing::Shared
    }
}

/// What an import needs beside the file and its parser.
pub(super) struct Job {
    /// Rows are written while the file is read (else all at its end).
    pub(super) streaming: bool,
    /// Minutes without a gift that start a new session.
    pub(super) gap: i64,
    /// The file's size in bytes, for the progress.
    pub(super) total: u64,
    /// The header's last line.
    pub(super) header_end: u64,
    /// A `--map` to save under a name.
    pub(super) save_mapping: Option<(String, String)>,
    /// A `--map` to remember for the file's header.
    pub(super) remember: Option<RememberedMapping>,
    /// The rates what is added is priced at.
    pub(super) rates: RateTable,
    /// The creator's time zone: which day's rate a session takes.
    pub(super) tz: Tz,
    /// Refuse a file with no rows (a header alone, or only totals);
    /// readers of other formats say so in their own words.
    pub(super) refuse_empty: bool,
    /// May the import hold the ledger alone ([`ImportOptions::hold_ledger`]).
    pub(super) sharing: Sharing,
}

/// Rows handed from the reading thread to the writing one at a time.
pub(super) const BATCH: usize = 4096;
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
pub(super) fn read_and_write<F>(
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
    let total = job.total;
    let (parser, done, rows_read) =
        write_while_reading(read, parser, &mut writer, &mut grouper, total, progress)?;
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
        return Err(nothing_to_import(&parsed, name, job.header_end));
    }
    grouper.close(&mut writer)?;
    parsed.gifts.append(&mut grouper.late);
    how_it_was_read(&mut writer.report, &mut parsed, done, rows_read);
    let (mut report, added) = writer.finish(parsed, job.gap)?;
    super::price(&mut report, &job.rates, job.tz, &added)?;
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

/// Runs `read` on a thread of its own and writes the batches it sends as
/// they come, reporting the bytes read to `progress`; returns what the
/// reading half hands back once the file is read (or the write failed,
/// which stops the reader).
fn write_while_reading<F>(
    read: F,
    parser: parse::Parser,
    writer: &mut write::Writer<'_>,
    grouper: &mut write::Grouper,
    total: u64,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<ReadHalf>
where
    F: FnOnce(parse::Parser, mpsc::SyncSender<parse::Batch>, &AtomicU64) -> ReadHalf + Send,
{
    let bytes = AtomicU64::new(0);
    std::thread::scope(|scope| -> Result<_> {
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
                            grouper.push(writer, g, &mut placed)?;
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
    })
}

/// The refusal of a file with no rows to import: what was skipped, or the
/// header with nothing under it. What was skipped is one message
/// (`core-import-file-nothing-skipped`): each kind's count selects its
/// words (0 leaves it out), `$first` names the kind the list starts with
/// (no separator before it), and each figure travels as the text English
/// has always written.
pub(super) fn nothing_to_import(parsed: &parse::Parsed, name: String, header_end: u64) -> Error {
    let events: u64 = parsed.events_skipped.values().sum();
    let kinds = [
        ("totals", parsed.totals_skipped),
        ("blank", parsed.blank_skipped),
        ("summary", parsed.summary_skipped),
        ("events", events),
    ];
    let Some((first, _)) = kinds.iter().find(|(_, n)| *n > 0) else {
        let said = Message::new("core-import-file-no-rows").text("line", header_end.to_string());
        return Error::Import(ImportError::file(&name, said));
    };
    let mut said = Message::new("core-import-file-nothing-skipped").text("first", *first);
    for (kind, n) in kinds {
        said = said
            .count(kind, n)
            .text(&format!("{kind}_n"), n.to_string());
    }
    Error::Import(ImportError::file(&name, said))
}

/// Puts into the report how the file was read: its hash and encoding,
/// the rows read and skipped, and the parser's notes and warnings.
fn how_it_was_read(
    r: &mut ImportReport,
    parsed: &mut parse::Parsed,
    done: BytesRead,
    rows_read: u64,
) {
    r.sha256 = hex(&done.hash.finalize());
    if let Some(encoding) = done.encoding {
        r.encoding = encoding.name().to_string();
    }
    r.rows_read = rows_read;
    r.streak_steps = parsed.streak_steps;
    r.unfinished_streaks = parsed.unfinished_streaks;
    r.totals_skipped = parsed.totals_skipped;
    r.summary_skipped = parsed.summary_skipped;
    for note in std::mem::take(&mut parsed.notes) {
        r.note(note);
    }
    r.redelivered = parsed.redelivered;
    r.blank_skipped = parsed.blank_skipped;
    r.rows_left_out = parsed.left_out;
    if parsed.left_out > 0 {
        r.warn(
            Message::new("core-import-left-out")
                .count("count", parsed.left_out)
                .text("n", parsed.left_out.to_string()),
        );
    }
    r.events_skipped = std::mem::take(&mut parsed.events_skipped);
    r.number_format = std::mem::take(&mut parsed.number_format);
    r.date_format = std::mem::take(&mut parsed.date_format);
    r.date_format_said = parsed.date_format_said.take();
    r.fields = std::mem::take(&mut parsed.fields);
    // The parser's warnings take the place of any said before (as they
    // always have).
    r.warnings.clear();
    r.warning_messages.clear();
    for warning in std::mem::take(&mut parsed.warnings) {
        r.warn(warning);
    }
    if done.encoding == Some(Encoding::Windows1252) {
        r.warn(Message::new("core-import-windows-1252"));
    }
}

/// Where the reading half puts rows that are settled: sent to the writer
/// in batches while the file is read (when the rows may stream), whatever
/// the table's source (CSV or a sheet).
pub(super) struct Outbox {
    batch: Vec<parse::GiftRow>,
    sessions: Vec<parse::SessionRow>,
    send: mpsc::SyncSender<parse::Batch>,
    streaming: bool,
}

impl Outbox {
    pub(super) fn new(send: mpsc::SyncSender<parse::Batch>, streaming: bool) -> Outbox {
        Outbox {
            batch: Vec::with_capacity(BATCH),
            sessions: Vec::new(),
            send,
            streaming,
        }
    }

    /// Takes what the row just read settled; false once the writer has
    /// gone (it reports why), so reading stops.
    pub(super) fn after_row(&mut self, parser: &mut parse::Parser) -> bool {
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
    pub(super) fn finish(self) {
        if !self.batch.is_empty() || !self.sessions.is_empty() {
            // The writer may have gone after an error; it reports that error.
            let _ = self.send.send(parse::Batch {
                gifts: self.batch,
                sessions: self.sessions,
            });
        }
    }
}
