//! Delimited text (CSV, semicolons, tabs, pipes): its header found in the
//! decoded start of the file, then its records read as they stream, on the
//! one table road.

use std::io::{BufReader, Chain, Cursor, Read};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;

use super::{
    date_is_a_day, decode, file_error, file_said, import_table, layout, mapping, parse, read_error,
    recognised, short, BytesRead, Columns, Field, ImportOptions, ImportReport, Outbox, ReadHalf,
    RowProblem, Table, TableRows, Tally, MAX_COLUMNS, MAX_LISTED_PROBLEMS,
};
use crate::error::Result;
use crate::l10n::Message;
use crate::store::Store;

/// Imports delimited text from `raw` (not JSON, not a zip or a
/// spreadsheet: those were told apart before): finds the header in the
/// file's decoded start and reads the records under it on the table road.
pub(super) fn import<R: Read + Send>(
    store: &mut Store,
    raw: BufReader<Tally<R>>,
    name: &str,
    total: u64,
    opts: &ImportOptions,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<ImportReport> {
    let file_err = |message: String| file_error(name, message);
    let file_says = |said: Message| file_said(name, said);
    let mut text = decode::Text::new(raw);
    // The start of the file, decoded: where the header is and what it says.
    let mut head = Vec::with_capacity(HEAD_BYTES);
    (&mut text)
        .take(HEAD_BYTES as u64)
        .read_to_end(&mut head)
        .map_err(|e| file_err(read_error(&e)))?;
    if head.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(file_says(Message::new("core-import-file-empty")));
    }
    let maps = mapping(store, opts, name)?;
    let recognised = |cells: &[String]| recognised(&maps, cells);
    let layout =
        layout::find(&head, opts.skip_rows.unwrap_or(0), None, &recognised).map_err(file_says)?;
    let first_is_day = first_date_is_a_day(&head[layout.start.min(head.len())..], layout.delimiter);
    let mut cursor = Cursor::new(head);
    cursor.set_position(layout.start as u64);
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(layout.delimiter)
        .flexible(true)
        .has_headers(true)
        .buffer_capacity(decode::CSV_BUFFER)
        .from_reader(decode::Records::new(cursor.chain(text), layout.line));
    let header = read_header(&mut csv, layout.line).map_err(|e| match e {
        Ok(said) => file_says(said),
        Err(english) => file_err(english),
    })?;
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

/// The header's cells, trimmed (a byte-order mark dropped), that starts
/// on `line`; refused when it has more than [`MAX_COLUMNS`] columns or
/// cannot be read: as a message (`Ok`), or in English only (`Err`, a read
/// error's own words).
fn read_header<R: Read>(
    csv: &mut csv::Reader<Source<R>>,
    line: u64,
) -> std::result::Result<Vec<String>, std::result::Result<Message, String>> {
    match csv.headers() {
        // Refused before its names are copied and matched: the cost of
        // that grows with the columns (4 million took 15 s and 1.2 GB).
        Ok(h) if h.len() > MAX_COLUMNS => Err(Ok(Message::new("core-import-file-columns")
            .text("line", line.to_string())
            .text("n", h.len().to_string())
            .text("max", MAX_COLUMNS.to_string()))),
        Ok(h) => Ok(h
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}').trim().to_string())
            .collect()),
        Err(e) => Err(match e.kind() {
            csv::ErrorKind::Io(io) => Err(read_error(io)),
            csv::ErrorKind::Utf8 { .. } => {
                Ok(Message::new("core-import-file-not-utf8").text("line", line.to_string()))
            }
            _ => Err(format!("cannot read the header: {e}")),
        }),
    }
}

/// How much of a file's start is read to find its header and encoding.
const HEAD_BYTES: usize = 64 << 10;

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

/// The text of a file being imported: what was read to find its header,
/// then the rest as it streams.
type Source<R> = decode::Records<Chain<Cursor<Vec<u8>>, decode::Text<BufReader<Tally<R>>>>>;

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
                // A read error's own words (the system's, the decoder's, the
                // CSV reader's) stay English; a line in another encoding is said.
                let english = |line, message| RowProblem {
                    said: None,
                    line,
                    column: None,
                    message,
                };
                let (problem, stop) = match e.kind() {
                    csv::ErrorKind::Io(io) => match decode::TextError::of(io) {
                        Some(t) => (english(t.line, t.message.clone()), true),
                        None => (english(end, format!("cannot read: {io}")), true),
                    },
                    csv::ErrorKind::Utf8 { .. } => {
                        let said = Message::new("core-import-problem-mixed-encoding");
                        (RowProblem::said(end, None, said), false)
                    }
                    _ => (english(end, short(&e.to_string())), false),
                };
                prev_end = end;
                parser.problem(problem);
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
