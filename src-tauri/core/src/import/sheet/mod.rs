//! Spreadsheets: .xlsx, .xls and .ods, read with calamine into rows of
//! cells as text, and handed to the same header search
//! ([`layout::find`](super::layout::find)), sniffing and parser as a CSV
//! file. A sheet's row is a CSV file's line: problems name it.
//!
//! An .xlsx sheet streams cell by cell; an .ods or .xls is read whole by
//! calamine, so what it would build is measured first ([`bounds`]).

mod bounds;
mod cells;

use std::fs::File;
use std::io::BufReader;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;

use calamine::{Data, Ods, Range, Reader, SheetType, Xls, Xlsx};

use super::sniff::{Columns, Field};
use super::{
    date_is_a_day, import_table, layout, parse, recognised, short, BytesRead, ImportOptions,
    ImportReport, Outbox, ReadHalf, RowProblem, Table, TableRows, MAX_COLUMNS,
};
use crate::error::Result;
use crate::import::container::cannot_read;
use crate::l10n::Message;
use crate::store::Store;

/// A workbook's kind, told by what its container holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Book {
    Xlsx,
    Ods,
    Xls,
}

impl Book {
    /// Its name for people.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Book::Xlsx => "xlsx",
            Book::Ods => "ods",
            Book::Xls => "xls",
        }
    }
}

/// Rows read before the header is looked for: those the header search
/// looks at (and lines `--skip-rows` skips).
fn head_rows(skip_rows: u64) -> u64 {
    (layout::HEADER_SEARCH_LINES as u64 * 4 + 1).saturating_add(skip_rows)
}

/// An open workbook.
enum Workbook {
    Xlsx(Box<Xlsx<BufReader<File>>>),
    Ods(Box<Ods<BufReader<File>>>),
    Xls(Box<Xls<BufReader<File>>>),
}

/// Opens the workbook in `file` (checked by [`bounds::check`]).
fn open(file: &File, book: Book) -> std::result::Result<Workbook, Message> {
    let clone = file.try_clone().map_err(|e| cannot_read(&e))?;
    let reader = BufReader::new(clone);
    let bad = |e: &dyn std::fmt::Display| {
        Message::new("core-import-file-workbook-unreadable")
            .text("kind", book.name())
            .text("error", short(&e.to_string()))
    };
    Ok(match book {
        Book::Xlsx => Workbook::Xlsx(Box::new(Xlsx::new(reader).map_err(|e| bad(&e))?)),
        Book::Ods => Workbook::Ods(Box::new(Ods::new(reader).map_err(|e| bad(&e))?)),
        Book::Xls => Workbook::Xls(Box::new(Xls::new(reader).map_err(|e| bad(&e))?)),
    })
}

impl Workbook {
    /// Its worksheets' names, in order (chart sheets and macros left out).
    fn sheets(&self) -> Vec<String> {
        let meta = match self {
            Workbook::Xlsx(w) => w.sheets_metadata(),
            Workbook::Ods(w) => w.sheets_metadata(),
            Workbook::Xls(w) => w.sheets_metadata(),
        };
        meta.iter()
            .filter(|s| s.typ == SheetType::WorkSheet)
            .map(|s| s.name.clone())
            .collect()
    }

    /// A whole sheet of an .ods or .xls.
    fn range(&mut self, sheet: &str) -> std::result::Result<Range<Data>, Message> {
        let r = match self {
            Workbook::Xlsx(w) => w.worksheet_range(sheet).map_err(|e| e.to_string()),
            Workbook::Ods(w) => w.worksheet_range(sheet).map_err(|e| e.to_string()),
            Workbook::Xls(w) => w.worksheet_range(sheet).map_err(|e| e.to_string()),
        };
        r.map_err(|e| sheet_unreadable(sheet, &short(&e)))
    }

    /// Calls `row` with each row that has a cell (its 0-based number and its
    /// cells as text, at most [`MAX_COLUMNS`] + 1 of them, none empty at the
    /// end) until it returns false. Returns whether a cell lay past the
    /// columns kept, and the row of the first one.
    fn walk(
        &mut self,
        sheet: &str,
        row: &mut dyn FnMut(u32, &[String]) -> bool,
    ) -> std::result::Result<Option<u32>, Message> {
        let mut cut = None;
        let mut cells: Vec<String> = Vec::new();
        let keep = MAX_COLUMNS + 1;
        match self {
            Workbook::Xlsx(w) => {
                let mut reader = w
                    .worksheet_cells_reader(sheet)
                    .map_err(|e| sheet_unreadable(sheet, &e.to_string()))?;
                let mut current: Option<u32> = None;
                loop {
                    let next = reader.next_cell().map_err(|e| {
                        Message::new("core-import-file-sheet-row-unreadable")
                            .text("row", current.map_or(1, |r| r + 1).to_string())
                            .text("error", short(&e.to_string()))
                    })?;
                    let Some(cell) = next else { break };
                    let (r, c) = cell.get_position();
                    if current != Some(r) {
                        if let Some(prev) = current {
                            if r < prev {
                                return Err(Message::new("core-import-file-sheet-rows-order")
                                    .text("row", (r + 1).to_string()));
                            }
                            trim_end(&mut cells);
                            if !row(prev, &cells) {
                                return Ok(cut);
                            }
                        }
                        cells.clear();
                        current = Some(r);
                    }
                    let c = c as usize;
                    let text = cells::of_ref(cell.get_value());
                    if c >= keep {
                        if !text.trim().is_empty() {
                            cut.get_or_insert(r);
                        }
                        continue;
                    }
                    if c >= cells.len() {
                        cells.resize(c + 1, String::new());
                    }
                    cells[c] = text.into_owned();
                }
                if let Some(prev) = current {
                    trim_end(&mut cells);
                    row(prev, &cells);
                }
            }
            Workbook::Ods(_) | Workbook::Xls(_) => {
                let range = self.range(sheet)?;
                let Some((r0, c0)) = range.start() else {
                    return Ok(None);
                };
                for (i, values) in range.rows().enumerate() {
                    let r = r0 + i as u32;
                    cells.clear();
                    // Columns before the range's first are empty.
                    let lead = (c0 as usize).min(keep);
                    cells.resize(lead, String::new());
                    for (j, v) in values.iter().enumerate() {
                        let text = cells::of_data(v);
                        if lead + j >= keep {
                            if !text.trim().is_empty() {
                                cut.get_or_insert(r);
                            }
                            continue;
                        }
                        cells.push(text.into_owned());
                    }
                    trim_end(&mut cells);
                    if cells.is_empty() {
                        continue;
                    }
                    if !row(r, &cells) {
                        return Ok(cut);
                    }
                }
            }
        }
        Ok(cut)
    }
}

/// A workbook's refusal `said` (`core-import-file-…`) as a problem at a
/// row (`core-import-sheet-…`, the same words without the file's name), for
/// a sheet that breaks off while its rows are read.
fn at_a_row(said: &Message) -> Option<Message> {
    let id = match said.id {
        "core-import-file-cannot-read" => "core-import-sheet-cannot-read",
        "core-import-file-workbook-unreadable" => "core-import-sheet-workbook-unreadable",
        "core-import-file-sheet-unreadable" => "core-import-sheet-unreadable",
        "core-import-file-sheet-row-unreadable" => "core-import-sheet-row-unreadable",
        "core-import-file-sheet-rows-order" => "core-import-sheet-rows-order",
        _ => return None,
    };
    let mut row = Message::new(id);
    row.args = said.args.clone();
    row.args.remove("file");
    Some(row)
}

/// "cannot read sheet 'name' (…)", the reader's words inside.
fn sheet_unreadable(sheet: &str, error: &str) -> Message {
    Message::new("core-import-file-sheet-unreadable")
        .text("sheet", short(sheet))
        .text("error", error)
}

fn trim_end(cells: &mut Vec<String>) {
    while cells.last().is_some_and(|c| c.is_empty()) {
        cells.pop();
    }
}

/// The sheet to read: the one `wanted` names (exactly, else ignoring case
/// and spaces around it), or the first with a cell.
fn choose(wb: &mut Workbook, wanted: Option<&str>) -> std::result::Result<String, Message> {
    let sheets = wb.sheets();
    // Its sheets' names (`$sheets`), and how many (`$count`: 0 says "none").
    let listed = |m: Message| {
        let shown: Vec<String> = sheets
            .iter()
            .take(10)
            .map(|s| format!("'{}'", short(s)))
            .collect();
        m.count("count", shown.len() as u64)
            .text("sheets", shown.join(", "))
    };
    if let Some(w) = wanted {
        return sheets
            .iter()
            .find(|s| s.as_str() == w)
            .or_else(|| {
                sheets
                    .iter()
                    .find(|s| s.trim().eq_ignore_ascii_case(w.trim()))
            })
            .cloned()
            .ok_or_else(|| {
                listed(Message::new("core-import-file-no-such-sheet").text("sheet", short(w)))
            });
    }
    for s in &sheets {
        let mut any = false;
        wb.walk(s, &mut |_, cells| {
            any = cells.iter().any(|c| !c.trim().is_empty());
            !any
        })?;
        if any {
            return Ok(s.clone());
        }
    }
    Err(listed(Message::new("core-import-file-no-sheet-data")))
}

/// Imports the spreadsheet in `file` (a spooled copy of the file; `read`
/// is the tally of its bytes).
#[allow(clippy::too_many_arguments)]
pub(crate) fn import(
    store: &mut Store,
    mut file: File,
    read: BytesRead,
    name: &str,
    total: u64,
    opts: &ImportOptions,
    book: Book,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<ImportReport> {
    let file_says = |said: crate::l10n::Message| super::json::file_said(name, said);
    if opts.format == super::Format::LiveLedger {
        return Err(file_says(crate::l10n::Message::new(
            "core-import-file-sheet-not-liveledger",
        )));
    }
    bounds::check(&mut file, book).map_err(file_says)?;
    let maps = super::mapping(store, opts, name)?;
    let skip = opts.skip_rows.unwrap_or(0);
    let (sheet, head) = read_head(&file, book, opts.sheet.as_deref(), skip).map_err(file_says)?;
    let text = head_text(&head).map_err(file_says)?;
    if head
        .iter()
        .all(|(_, c)| c.iter().all(|c| c.trim().is_empty()))
    {
        return Err(file_says(
            crate::l10n::Message::new("core-import-file-sheet-empty").text("sheet", short(&sheet)),
        ));
    }
    let is_header = |cells: &[String]| recognised(&maps, cells);
    let found = layout::find(&text, skip, Some(b'\t'), &is_header).map_err(file_says)?;
    let header_row = u32::try_from(found.line - 1).unwrap_or(u32::MAX);
    let header: Vec<String> = head
        .iter()
        .find(|(r, _)| *r == header_row)
        .map(|(_, c)| c.iter().map(|h| h.trim().to_string()).collect())
        .unwrap_or_default();
    if header.len() > MAX_COLUMNS {
        return Err(file_says(
            crate::l10n::Message::new("core-import-file-sheet-columns")
                .text("line", found.line.to_string())
                .text("max", MAX_COLUMNS.to_string()),
        ));
    }
    // The rows under the header already read: whether the first date is
    // a day alone, and what an unknown header's error shows.
    let under: Vec<Vec<String>> = head
        .into_iter()
        .filter(|(r, c)| *r > header_row && c.iter().any(|c| !c.trim().is_empty()))
        .map(|(_, c)| c)
        .collect();
    let first_is_day = first_is_day(&header, &under);
    let encoding = format!("{} sheet '{}'", book.name(), short(&sheet));
    let table = Table {
        header,
        line: found.line,
        header_end: found.line,
        maps,
        delimiter: "sheet".to_string(),
        first_is_day,
    };
    let rows = SheetRows {
        file,
        book,
        sheet,
        header_row,
        read,
        first: under.into_iter().take(3).collect(),
    };
    let mut report = import_table(store, name, total, opts, table, rows, progress)?;
    report.encoding = encoding;
    Ok(report)
}

/// A sheet's first rows, each with its index (from 0).
type Head = Vec<(u32, Vec<String>)>;

/// The sheet to read (see [`choose`]) and its first rows, those the header
/// search looks at, each with its index. The workbook is opened again to
/// read the rest on the reading thread (an .xlsx sheet streams only once).
fn read_head(
    file: &File,
    book: Book,
    wanted: Option<&str>,
    skip: u64,
) -> std::result::Result<(String, Head), Message> {
    let mut wb = open(file, book)?;
    let sheet = choose(&mut wb, wanted)?;
    let limit = head_rows(skip);
    let mut head: Head = Vec::new();
    wb.walk(&sheet, &mut |r, cells| {
        if u64::from(r) >= limit {
            return false;
        }
        head.push((r, cells.to_vec()));
        true
    })?;
    Ok((sheet, head))
}

/// The first rows as tab-separated lines, one a row (a line break inside a
/// cell is a space here: the search reads names, not values).
fn head_text(head: &[(u32, Vec<String>)]) -> std::result::Result<Vec<u8>, Message> {
    let mut text = Vec::new();
    let mut next = 0u32;
    for (r, cells) in head {
        while next < *r {
            text.push(b'\n');
            next += 1;
        }
        let mut w = csv::WriterBuilder::new()
            .delimiter(b'\t')
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new());
        let flat: Vec<String> = cells.iter().map(|c| c.replace(['\r', '\n'], " ")).collect();
        w.write_record(&flat).map_err(|e| cannot_read(&e.into()))?;
        text.extend_from_slice(&w.into_inner().unwrap_or_default());
        next = r + 1;
    }
    Ok(text)
}

/// Whether the first date under the header (in the rows `under` it) is a
/// day alone.
fn first_is_day(header: &[String], under: &[Vec<String>]) -> bool {
    Columns::from_header(header)
        .get(Field::Date)
        .and_then(|col| {
            under.iter().find_map(|c| {
                c.get(col)
                    .map(|d| d.trim())
                    .filter(|d| !d.is_empty())
                    .map(|d| date_is_a_day(d, col))
            })
        })
        .unwrap_or(false)
}

/// A sheet's rows under its header.
struct SheetRows {
    /// The spooled workbook, opened again to read the rows.
    file: File,
    book: Book,
    sheet: String,
    /// The header's row (from 0).
    header_row: u32,
    /// The tally of the file's bytes.
    read: BytesRead,
    /// The first rows under the header, blank ones passed over.
    first: Vec<Vec<String>>,
}

impl TableRows for SheetRows {
    fn first_rows(&mut self) -> Vec<Vec<String>> {
        std::mem::take(&mut self.first)
    }

    fn read(
        self,
        parser: parse::Parser,
        streaming: bool,
        send: mpsc::SyncSender<parse::Batch>,
        bytes: &AtomicU64,
    ) -> ReadHalf {
        read_rows(
            &self.file,
            self.book,
            &self.sheet,
            self.header_row,
            parser,
            streaming,
            send,
            bytes,
            self.read,
        )
    }
}

/// The reading half of a sheet's import: every row under the header, to
/// the parser, settled rows to the writer as they go.
#[allow(clippy::too_many_arguments)]
fn read_rows(
    file: &File,
    book: Book,
    sheet: &str,
    header_row: u32,
    mut parser: parse::Parser,
    streaming: bool,
    send: mpsc::SyncSender<parse::Batch>,
    bytes: &AtomicU64,
    read: BytesRead,
) -> ReadHalf {
    let mut outbox = Outbox::new(send, streaming);
    let mut record = csv::StringRecord::new();
    let (mut rows_read, mut blank, mut prev) = (0u64, 0u64, u64::from(header_row) + 1);
    let walked = open(file, book).and_then(|mut wb| {
        wb.walk(sheet, &mut |r, cells| {
            if r <= header_row {
                return true;
            }
            let line = u64::from(r) + 1;
            rows_read += 1;
            let gap = line.saturating_sub(prev + 1);
            blank += gap;
            prev = line;
            // Blank rows tell a summary block below the table from its rows.
            if cells.iter().all(|c| c.trim().is_empty()) {
                blank += 1;
                parser.blank_before();
                return true;
            }
            if gap > 0 {
                parser.blank_before();
            }
            record.clear();
            for c in cells {
                record.push_field(c);
            }
            parser.row(line, &record);
            outbox.after_row(&mut parser)
                && parser.problem_count() <= 10 * crate::import::MAX_LISTED_PROBLEMS
        })
    });
    match walked {
        Ok(Some(r)) => parser.problem(RowProblem::said(
            u64::from(r) + 1,
            None,
            crate::l10n::Message::new("core-import-problem-sheet-wide")
                .text("max", MAX_COLUMNS.to_string()),
        )),
        Ok(None) => {}
        // A sheet that breaks off under its header: a problem at the last
        // row read, in the words of the file's refusal without its name.
        Err(said) => parser.problem(match at_a_row(&said) {
            Some(row) => RowProblem::said(prev, None, row),
            None => RowProblem {
                said: None,
                line: prev,
                column: None,
                message: crate::error::ImportError::file_english(&said),
            },
        }),
    }
    parser.blank_lines(blank);
    outbox.finish();
    bytes.store(read.bytes, Ordering::Relaxed);
    (parser, read, rows_read)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sheet that breaks off under its header says, at its row, what the
    /// file's refusal says after the file's name: the English the line
    /// always had.
    #[test]
    fn a_sheet_broken_off_says_the_refusal_s_words_at_its_row() {
        let refusals = [
            cannot_read(&std::io::Error::other("gone")),
            Message::new("core-import-file-workbook-unreadable")
                .text("kind", "xlsx")
                .text("error", "bad"),
            sheet_unreadable("Gifts", "bad"),
            Message::new("core-import-file-sheet-row-unreadable")
                .text("row", "7")
                .text("error", "bad"),
            Message::new("core-import-file-sheet-rows-order").text("row", "7"),
        ];
        for said in refusals {
            let row = at_a_row(&said).expect("a row's words");
            assert_eq!(
                crate::l10n::english(&row),
                crate::error::ImportError::file_english(&said)
            );
            assert_ne!(
                crate::l10n::Localizer::new("de").render(&row),
                crate::l10n::english(&row),
                "{}",
                row.id
            );
        }
        assert!(at_a_row(&Message::new("core-import-file-empty")).is_none());
    }
}
