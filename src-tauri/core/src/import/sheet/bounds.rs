//! What a workbook may cost before calamine is asked to read it.
//!
//! A workbook is a zip of XML (or, for .xls, records in an OLE file), and
//! calamine holds parts of it in memory: an .xlsx's shared strings, and an
//! .ods's or an .xls's every sheet, as a dense grid of cells. A small file
//! can ask for a great deal — a zip bomb, a repeat count of a million
//! rows, a "dimensions" record of four billion rows, one long string
//! referenced by every cell. So each is measured here first, by streaming
//! through it, and refused when what calamine would build passes
//! [`MEMORY`]. An .xlsx's sheet itself is streamed cell by cell and never
//! held whole.

use std::fs::File;
use std::io::{BufReader, Read, Seek};

use quick_xml::events::Event;

use super::Book;
use crate::import::container::{cannot_read, zip_unreadable};
use crate::import::tiktok_export::{unpack_cap, MAX_PACK_RATIO, MAX_UNPACKED_BYTES};
use crate::l10n::Message;

/// The most memory a workbook's parts held whole may take (estimated
/// from what they hold, generously).
pub(super) const MEMORY: u64 = 160 << 20;
/// Largest .xls read: Excel 97–2003 files of a few hundred thousand rows
/// are smaller; calamine reads the file's workbook stream whole.
pub(super) const MAX_XLS_BYTES: u64 = 64 << 20;
/// Longest stretch of a workbook's XML between two `<`: one text or one
/// tag, which the XML reader holds whole (a CSV line's limit).
const MAX_XML_RUN: u64 = 4 << 20;
/// Bytes a cell of a whole-read grid takes in calamine: its value and its
/// formula (each grid is kept twice).
const CELL_BYTES: u64 = 32 + 24;
/// Bytes a shared string takes beside its text.
const STRING_BYTES: u64 = 32;
/// Rows and columns calamine reads at most in an .ods.
const ODS_MAX_ROWS: u64 = 1_048_576;
const ODS_MAX_COLUMNS: u64 = 16_384;

/// `what` (`strings`: its shared strings; `sheets`: its sheets) would take
/// more than [`MEMORY`].
fn too_big(what: &str) -> Message {
    Message::new("core-import-file-sheet-memory")
        .text("what", what)
        .text("max", (MEMORY >> 20).to_string())
}

/// "cannot read 'part' (…)": a part of the workbook's zip.
fn part_unreadable(part: &str, e: &dyn std::fmt::Display) -> Message {
    Message::new("core-import-file-sheet-part")
        .text("part", part)
        .text("error", e.to_string())
}

/// Checks a workbook in the spooled `file` before calamine opens it.
pub(super) fn check(file: &mut File, book: Book) -> Result<(), Message> {
    let result = match book {
        Book::Xls => check_xls(file),
        Book::Xlsx | Book::Ods => check_zip(file, book),
    };
    file.rewind().map_err(|e| cannot_read(&e))?;
    result
}

fn check_zip(file: &mut File, book: Book) -> Result<(), Message> {
    let clone = file.try_clone().map_err(|e| cannot_read(&e))?;
    let mut archive =
        zip::ZipArchive::new(BufReader::new(clone)).map_err(|e| zip_unreadable(&e))?;
    let mut total = 0u64;
    // The zip crate stops an entry at its declared size, so the sizes the
    // list declares bound what any reader unpacks.
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i).map_err(|e| zip_unreadable(&e))?;
        let (packed, size) = (entry.compressed_size(), entry.size());
        if size > unpack_cap(packed) {
            return Err(Message::new("core-import-file-sheet-ratio")
                .text(
                    "part",
                    crate::import::short(&entry.name().map(|n| n.into_owned()).unwrap_or_default()),
                )
                .text("ratio", MAX_PACK_RATIO.to_string()));
        }
        total = total.saturating_add(size);
    }
    if total > MAX_UNPACKED_BYTES {
        return Err(Message::new("core-import-file-sheet-unpacks")
            .text("max", (MAX_UNPACKED_BYTES >> 30).to_string()));
    }
    // Every XML part calamine may read (sheets, shared strings, the
    // workbook, an .ods's content): no text or tag it would hold whole
    // may be longer than a CSV line.
    let names: Vec<String> = archive
        .file_names()
        .filter_map(|n| n.ok().map(|n| n.into_owned()))
        .filter(|n| n.to_ascii_lowercase().ends_with(".xml") || n.ends_with(".rels"))
        .collect();
    for name in &names {
        let entry = archive
            .by_name(name)
            .map_err(|e| part_unreadable(&crate::import::short(name), &e))?;
        xml_runs(entry, name)?;
    }
    match book {
        Book::Xlsx => {
            let names: Vec<String> = archive
                .file_names()
                .filter_map(|n| n.ok().map(|n| n.into_owned()))
                .collect();
            for name in names {
                let base = name.rsplit('/').next().unwrap_or(&name);
                if base.eq_ignore_ascii_case("sharedStrings.xml") {
                    let entry = archive
                        .by_name(&name)
                        .map_err(|e| part_unreadable(&name, &e))?;
                    shared_strings(entry)?;
                }
            }
            Ok(())
        }
        Book::Ods => {
            let entry = archive
                .by_name("content.xml")
                .map_err(|e| part_unreadable("content.xml", &e))?;
            ods_content(BufReader::new(entry))
        }
        Book::Xls => Ok(()),
    }
}

/// Refuses XML with a stretch longer than [`MAX_XML_RUN`] between two `<`.
fn xml_runs<R: Read>(mut entry: R, name: &str) -> Result<(), Message> {
    let mut buf = vec![0u8; 1 << 16];
    let mut run = 0u64;
    loop {
        let n = entry
            .read(&mut buf)
            .map_err(|e| part_unreadable(&crate::import::short(name), &e))?;
        if n == 0 {
            return Ok(());
        }
        let chunk = &buf[..n];
        // A chunk is far shorter than the limit: only a stretch running
        // across chunks can pass it, so the first and last `<` suffice.
        run = match memchr::memchr(b'<', chunk) {
            None => run + n as u64,
            Some(first) => {
                if run + first as u64 > MAX_XML_RUN {
                    return Err(long_run(name));
                }
                let last = memchr::memrchr(b'<', chunk).unwrap_or(first);
                (n - last) as u64
            }
        };
        if run > MAX_XML_RUN {
            return Err(long_run(name));
        }
    }
}

fn long_run(name: &str) -> Message {
    Message::new("core-import-file-sheet-long-run")
        .text("part", crate::import::short(name))
        .text("max", (MAX_XML_RUN >> 20).to_string())
}

/// An .xlsx's shared strings are read whole: their count (from the
/// elements, never the count the file declares, which calamine reserves
/// room for) and their bytes must fit.
fn shared_strings<R: Read>(mut entry: R) -> Result<(), Message> {
    let mut buf = vec![0u8; 1 << 16];
    // Bytes carried over so a name cut between two reads is still seen.
    let mut carry: Vec<u8> = Vec::new();
    let (mut strings, mut bytes) = (0u64, 0u64);
    let mut declared: Option<u64> = None;
    loop {
        let n = entry.read(&mut buf).map_err(|e| {
            Message::new("core-import-file-sheet-strings-unreadable").text("error", e.to_string())
        })?;
        if n == 0 {
            break;
        }
        bytes += n as u64;
        let mut window = std::mem::take(&mut carry);
        window.extend_from_slice(&buf[..n]);
        if declared.is_none() {
            declared = unique_count(&window);
        }
        // An element named `si`, with or without a prefix, opening or not.
        let finder = memchr::memmem::find_iter(&window, b"si");
        for at in finder {
            let before = at.checked_sub(1).map(|i| window[i]);
            let after = window.get(at + 2).copied();
            if matches!(before, Some(b'<' | b':'))
                && matches!(after, Some(b'>' | b' ' | b'/' | b'\t' | b'\r' | b'\n'))
            {
                strings += 1;
            }
        }
        let keep = window.len().min(3);
        // Matches in the kept tail are seen again: take their count back.
        let tail = &window[window.len() - keep..];
        for at in memchr::memmem::find_iter(tail, b"si") {
            let abs = window.len() - keep + at;
            let before = abs.checked_sub(1).map(|i| window[i]);
            if matches!(before, Some(b'<' | b':')) && window.get(abs + 2).is_some() {
                strings = strings.saturating_sub(1);
            }
        }
        carry = tail.to_vec();
        if strings.saturating_mul(STRING_BYTES).saturating_add(bytes) > MEMORY {
            return Err(too_big("strings"));
        }
    }
    if declared.is_some_and(|d| d > strings) {
        return Err(Message::new("core-import-file-sheet-strings-declared"));
    }
    Ok(())
}

/// The `uniqueCount` of an `<sst>` start tag in `head`, when it is there.
fn unique_count(head: &[u8]) -> Option<u64> {
    let at = memchr::memmem::find(head, b"uniqueCount=")? + b"uniqueCount=".len();
    let quote = *head.get(at)?;
    let rest = head.get(at + 1..)?;
    let end = memchr::memchr(quote, rest)?;
    std::str::from_utf8(&rest[..end]).ok()?.trim().parse().ok()
}

/// An .ods is read whole, every sheet: its content is walked as calamine
/// will walk it (rows and cells with their repeat counts) and the grid it
/// would build is measured.
fn ods_content<R: std::io::BufRead>(reader: R) -> Result<(), Message> {
    let mut xml = quick_xml::Reader::from_reader(reader);
    xml.config_mut().check_end_names = false;
    let mut buf = Vec::new();
    let mut cost = OdsCost::new();
    loop {
        let event = xml.read_event_into(&mut buf).map_err(|e| {
            Message::new("core-import-file-sheet-not-xml").text("error", e.to_string())
        })?;
        let empty = matches!(event, Event::Empty(_));
        match event {
            Event::Start(e) | Event::Empty(e) => cost.start(&e, empty),
            Event::Text(t) if cost.in_cell => {
                let n = t.len() as u64;
                if n > 0 {
                    cost.cell_text(n);
                }
            }
            Event::CData(t) if cost.in_cell => cost.cell_text(t.len() as u64),
            Event::End(e) => cost.end(e.name().as_ref())?,
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    cost.check()
}

/// What calamine would build from an .ods's content so far, counted as
/// its rows and cells are read (with their repeat counts).
struct OdsCost {
    /// Cells pushed as rows are read, the grid rebuilt from them, text.
    pushed: u64,
    grid: u64,
    text: u64,
    /// This table: rows from its first row with a value to its last, widest row.
    rows_seen: u64,
    first: Option<u64>,
    last: u64,
    width: u64,
    /// This row: its repeat, cells so far, cells up to its last value, its text.
    row_repeat: u64,
    row_cells: u64,
    row_used: u64,
    row_text: u64,
    /// This cell: its repeat, whether it holds something, its text, and
    /// whether it is open.
    cell_repeat: u64,
    cell_full: bool,
    cell_text: u64,
    in_cell: bool,
}

impl OdsCost {
    /// Nothing read yet.
    fn new() -> OdsCost {
        OdsCost {
            pushed: 0,
            grid: 0,
            text: 0,
            rows_seen: 0,
            first: None,
            last: 0,
            width: 0,
            row_repeat: 1,
            row_cells: 0,
            row_used: 0,
            row_text: 0,
            cell_repeat: 1,
            cell_full: false,
            cell_text: 0,
            in_cell: false,
        }
    }

    /// A table, row or cell starts (`empty`: and ends, as `<x/>`).
    fn start(&mut self, e: &quick_xml::events::BytesStart<'_>, empty: bool) {
        let attr = |name: &str| -> u64 {
            e.attributes()
                .flatten()
                .find(|a| a.key.as_ref() == name)
                .and_then(|a| a.value.trim().parse().ok())
                .unwrap_or(1)
        };
        match e.name().as_ref() {
            "table:table" if !empty => self.new_table(),
            "table:table-row" => {
                self.row_repeat = attr("table:number-rows-repeated")
                    .min(ODS_MAX_ROWS.saturating_sub(self.rows_seen));
                (self.row_cells, self.row_used, self.row_text) = (0, 0, 0);
                if empty {
                    self.rows_seen += self.row_repeat;
                }
            }
            "table:table-cell" | "table:covered-table-cell" => {
                self.cell_repeat = attr("table:number-columns-repeated")
                    .min(ODS_MAX_COLUMNS.saturating_sub(self.row_cells));
                self.cell_full = e
                    .attributes()
                    .flatten()
                    .any(|a| matches!(a.key.as_ref(), "office:value-type" | "table:formula"));
                self.cell_text = e.attributes().flatten().map(|a| a.value.len() as u64).sum();
                self.in_cell = !empty;
                if empty {
                    self.end_cell();
                }
            }
            _ => {}
        }
    }

    /// `n` bytes of text in the open cell.
    fn cell_text(&mut self, n: u64) {
        self.cell_full = true;
        self.cell_text = self.cell_text.saturating_add(n);
    }

    /// A table, row or cell named `name` ends; refused when what calamine
    /// would build passes the bound.
    fn end(&mut self, name: &str) -> Result<(), Message> {
        match name {
            "table:table-cell" | "table:covered-table-cell" => {
                self.in_cell = false;
                self.end_cell();
            }
            "table:table-row" => {
                self.pushed = self.pushed.saturating_add(self.row_used);
                if self.row_used > 0 {
                    self.first.get_or_insert(self.rows_seen);
                    self.last = self.rows_seen + self.row_repeat;
                    self.width = self.width.max(self.row_used);
                    // Each repeat clones the row's text.
                    self.text = self
                        .text
                        .saturating_add(self.row_text.saturating_mul(self.row_repeat));
                }
                self.rows_seen += self.row_repeat;
                self.check()?;
            }
            "table:table" => {
                if let Some(f) = self.first {
                    self.grid = self
                        .grid
                        .saturating_add(self.last.saturating_sub(f).saturating_mul(self.width));
                }
                self.new_table();
                self.check()?;
            }
            _ => {}
        }
        Ok(())
    }

    /// A table starts afresh: no rows seen, none with a value.
    fn new_table(&mut self) {
        (self.rows_seen, self.first, self.last, self.width) = (0, None, 0, 0);
    }

    /// The end of a cell: a cell with a value is pushed with the empty
    /// cells before it (calamine drops empty cells at a row's end).
    fn end_cell(&mut self) {
        self.row_cells = self
            .row_cells
            .saturating_add(self.cell_repeat)
            .min(ODS_MAX_COLUMNS);
        if self.cell_full {
            self.row_used = self.row_cells;
            self.row_text = self
                .row_text
                .saturating_add(self.cell_text.saturating_mul(self.cell_repeat));
        }
    }

    /// Refused when the cells and text so far pass [`MEMORY`].
    fn check(&self) -> Result<(), Message> {
        let cost = self
            .pushed
            .saturating_add(self.grid)
            .saturating_mul(CELL_BYTES)
            .saturating_add(self.text);
        if cost > MEMORY {
            Err(too_big("sheets"))
        } else {
            Ok(())
        }
    }
}

/// An .xls is read whole, every sheet: its records are walked first. Each
/// sheet's grid (the box its cells span, and the room its "dimensions"
/// record asks for), and the text its cells copy from the shared strings,
/// must fit.
fn check_xls(file: &mut File) -> Result<(), Message> {
    let len = file.metadata().map(|m| m.len()).unwrap_or(u64::MAX);
    if len > MAX_XLS_BYTES {
        return Err(Message::new("core-import-file-xls-large")
            .text("max", (MAX_XLS_BYTES >> 20).to_string()));
    }
    let clone = file.try_clone().map_err(|e| cannot_read(&e))?;
    let mut cfb = cfb::CompoundFile::open(BufReader::new(clone)).map_err(|e| {
        Message::new("core-import-file-xls-unreadable").text("error", short_err(&e))
    })?;
    let path = if cfb.is_stream("/Workbook") {
        "/Workbook"
    } else {
        "/Book"
    };
    let stream = cfb.open_stream(path).map_err(|e| {
        Message::new("core-import-file-xls-unreadable").text("error", short_err(&e))
    })?;
    let mut records = BufReader::new(stream.take(MAX_XLS_BYTES));
    let mut cost = XlsCost::default();
    let mut head = [0u8; 4];
    let mut data = Vec::with_capacity(1 << 13);
    loop {
        match records.read_exact(&mut head) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
            Err(e) => return Err(cannot_read(&e)),
        }
        let typ = u16::from_le_bytes([head[0], head[1]]);
        let len = u16::from_le_bytes([head[2], head[3]]) as u64;
        data.clear();
        (&mut records)
            .take(len)
            .read_to_end(&mut data)
            .map_err(|e| cannot_read(&e))?;
        cost.record(typ, &data)?;
    }
    cost.end_sheet();
    cost.check()
}

fn short_err(e: &std::io::Error) -> String {
    crate::import::short(&e.to_string())
}

/// What calamine will build from an .xls's records.
#[derive(Default)]
struct XlsCost {
    /// Cells kept (sparse, before the grid), grids, copied text.
    cells: u64,
    grid: u64,
    text: u64,
    /// The shared strings: the longest one (UTF-16 units), and the records
    /// (SST and its CONTINUEs) while they are being gathered.
    longest: u64,
    sst: Option<Vec<Vec<u8>>>,
    /// This sheet: the box its cells span, and labels pointing into the
    /// shared strings.
    rows: Option<(u16, u16)>,
    cols: Option<(u16, u16)>,
    labels: u64,
    /// Bytes of formulas (each turned into text).
    formulas: u64,
}

impl XlsCost {
    fn record(&mut self, typ: u16, data: &[u8]) -> Result<(), Message> {
        if typ == 0x003C {
            if let Some(sst) = &mut self.sst {
                sst.push(data.to_vec());
                return Ok(());
            }
        } else if let Some(parts) = self.sst.take() {
            self.longest = self.longest.max(sst_longest(&parts));
        }
        let at = |i: usize| data.get(i..i + 2).map(|b| u16::from_le_bytes([b[0], b[1]]));
        match typ {
            // BOF: a sheet (or another substream) starts.
            0x0809 => self.end_sheet(),
            // SST
            0x00FC => self.sst = Some(vec![data.to_vec()]),
            // DIMENSIONS: calamine reserves room for the box it states.
            0x0200 => {
                let (rf, rl, cf, cl) = match data.len() {
                    10 => (
                        u64::from(at(0).unwrap_or(0)),
                        u64::from(at(2).unwrap_or(0)),
                        u64::from(at(4).unwrap_or(0)),
                        u64::from(at(6).unwrap_or(0)),
                    ),
                    14 | 16 => (
                        u64::from(u32::from_le_bytes([data[0], data[1], data[2], data[3]])),
                        u64::from(u32::from_le_bytes([data[4], data[5], data[6], data[7]])),
                        u64::from(at(8).unwrap_or(0)),
                        u64::from(at(10).unwrap_or(0)),
                    ),
                    _ => return Ok(()),
                };
                let cf = if cf > 0xFF || cl < cf { 0 } else { cf };
                if rl >= 1 && cl >= 1 {
                    if rl - 1 < rf {
                        return Err(Message::new("core-import-file-xls-rows"));
                    }
                    let area = (rl - rf).saturating_mul((cl - cf).max(1));
                    self.grid = self
                        .grid
                        .saturating_add(area.saturating_mul(40) / CELL_BYTES);
                }
            }
            // Cells: NUMBER, LABEL, RSTRING, BOOLERR, RK, LABELSST, FORMULA.
            0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD | 0x0006 => {
                if let (Some(r), Some(c)) = (at(0), at(2)) {
                    self.cell(r, c, 1);
                }
                if typ == 0x00FD {
                    self.labels += 1;
                }
                if typ == 0x0006 {
                    self.formulas = self.formulas.saturating_add(data.len() as u64);
                }
            }
            // MULRK: several numbers in a row.
            0x00BD => {
                if let (Some(r), Some(c), Some(last)) =
                    (at(0), at(2), data.len().checked_sub(2).and_then(at))
                {
                    let n = u64::from(last.saturating_sub(c)) + 1;
                    self.cell(r, c, n);
                    self.cell(r, last, 0);
                }
            }
            // EOF of a substream.
            0x000A => self.end_sheet(),
            _ => {}
        }
        self.check()
    }

    fn cell(&mut self, r: u16, c: u16, n: u64) {
        self.cells = self.cells.saturating_add(n);
        let widen = |span: &mut Option<(u16, u16)>, v: u16| {
            *span = Some(match *span {
                None => (v, v),
                Some((lo, hi)) => (lo.min(v), hi.max(v)),
            });
        };
        widen(&mut self.rows, r);
        widen(&mut self.cols, c);
    }

    fn end_sheet(&mut self) {
        if let (Some((r0, r1)), Some((c0, c1))) = (self.rows, self.cols) {
            let area = (u64::from(r1 - r0) + 1) * (u64::from(c1 - c0) + 1);
            // The values' grid and the formulas' grid.
            self.grid = self.grid.saturating_add(area);
        }
        // Each label copies its shared string (UTF-8: at most 3 bytes a unit).
        self.text = self
            .text
            .saturating_add(self.labels.saturating_mul(self.longest.saturating_mul(3)));
        (self.rows, self.cols, self.labels) = (None, None, 0);
    }

    fn check(&self) -> Result<(), Message> {
        // A formula's text: a reference of a few bytes may name a sheet or
        // a defined name hundreds of characters long.
        let cost = self
            .cells
            .saturating_mul(40)
            .saturating_add(self.grid.saturating_mul(CELL_BYTES))
            .saturating_add(self.text)
            .saturating_add(self.formulas.saturating_mul(100));
        if cost > MEMORY {
            Err(too_big("sheets"))
        } else {
            Ok(())
        }
    }
}

/// The longest string (in UTF-16 units) of a shared-string table given as
/// its SST record and CONTINUE records. A string's characters may run on
/// into the next record, which then starts with a new flags byte.
fn sst_longest(parts: &[Vec<u8>]) -> u64 {
    let mut longest = 0u64;
    let (mut part, mut at) = (0usize, 8usize);
    // Reads `n` bytes across records (no flags byte at a record start).
    let take = |part: &mut usize, at: &mut usize, n: usize| -> Option<Vec<u8>> {
        let mut out = Vec::with_capacity(n.min(8));
        let mut left = n;
        while left > 0 {
            let p = parts.get(*part)?;
            if *at >= p.len() {
                *part += 1;
                *at = 0;
                continue;
            }
            let k = left.min(p.len() - *at);
            if out.len() < 8 {
                out.extend_from_slice(&p[*at..*at + k.min(8 - out.len())]);
            }
            *at += k;
            left -= k;
        }
        Some(out)
    };
    loop {
        // Past the last record: done.
        while parts.get(part).is_some_and(|p| at >= p.len()) {
            part += 1;
            at = 0;
        }
        if part >= parts.len() {
            return longest;
        }
        let Some(h) = take(&mut part, &mut at, 3) else {
            return longest;
        };
        let cch = u64::from(u16::from_le_bytes([h[0], h[1]]));
        let flags = h[2];
        longest = longest.max(cch);
        let runs = if flags & 0x08 != 0 {
            take(&mut part, &mut at, 2).map_or(0, |b| u16::from_le_bytes([b[0], b[1]]) as usize)
        } else {
            0
        };
        let ext = if flags & 0x04 != 0 {
            take(&mut part, &mut at, 4)
                .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
        } else {
            0
        };
        let mut wide = flags & 0x01 != 0;
        let mut left = cch as usize;
        while left > 0 {
            let Some(p) = parts.get(part) else {
                return longest;
            };
            if at >= p.len() {
                // Characters run on: the next record starts with flags.
                part += 1;
                match parts.get(part).and_then(|p| p.first()) {
                    Some(f) => {
                        wide = f & 0x01 != 0;
                        at = 1;
                    }
                    None => return longest,
                }
                continue;
            }
            let unit = if wide { 2 } else { 1 };
            let k = left.min((p.len() - at) / unit).max(1);
            at += k * unit;
            left = left.saturating_sub(k);
        }
        if take(&mut part, &mut at, runs * 4 + ext).is_none() {
            return longest;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_longer_than_a_line_is_refused() {
        let mut xml = b"<c><v>".to_vec();
        xml.extend(std::iter::repeat_n(b'7', (MAX_XML_RUN + 1) as usize));
        xml.extend_from_slice(b"</v></c>");
        assert!(xml_runs(&xml[..], "s.xml").is_err());
        assert!(xml_runs(&b"<a>text</a><b/>"[..], "s.xml").is_ok());
    }

    #[test]
    fn shared_strings_are_counted_from_their_elements() {
        let ok = b"<sst uniqueCount=\"2\"><si><t>a</t></si><x:si><t>b</t></x:si></sst>";
        assert!(shared_strings(&ok[..]).is_ok());
        let lie = b"<sst uniqueCount=\"99999999999\"><si><t>a</t></si></sst>";
        assert!(shared_strings(&lie[..]).is_err());
        // Many empty strings: few bytes, much memory.
        let mut many = b"<sst>".to_vec();
        for _ in 0..(MEMORY / 30) as usize {
            many.extend_from_slice(b"<si/>");
        }
        assert!(shared_strings(&many[..]).is_err());
    }

    #[test]
    fn ods_repeats_are_measured() {
        let table = |rows: &str| {
            format!("<office:document-content><office:body><office:spreadsheet><table:table table:name=\"S\">{rows}</table:table></office:spreadsheet></office:body></office:document-content>")
        };
        let small = table("<table:table-row><table:table-cell office:value-type=\"float\" office:value=\"1\"><text:p>1</text:p></table:table-cell><table:table-cell table:number-columns-repeated=\"16000\"/></table:table-row><table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell table:number-columns-repeated=\"16000\"/></table:table-row>");
        assert_eq!(ods_content(small.as_bytes()), Ok(()));
        let bomb = table("<table:table-row table:number-rows-repeated=\"1000000\"><table:table-cell table:number-columns-repeated=\"100\" office:value-type=\"float\" office:value=\"1\"/></table:table-row>");
        assert!(ods_content(bomb.as_bytes()).is_err());
        let corners = table("<table:table-row><table:table-cell office:value-type=\"float\" office:value=\"1\"/></table:table-row><table:table-row table:number-rows-repeated=\"1000000\"/><table:table-row><table:table-cell table:number-columns-repeated=\"16000\"/><table:table-cell office:value-type=\"float\" office:value=\"1\"/></table:table-row>");
        assert!(ods_content(corners.as_bytes()).is_err());
    }

    #[test]
    fn sst_strings_running_into_continues() {
        // Two strings: "ab" (compressed), then 5 wide units split 2 + 3.
        let sst = vec![
            vec![
                0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, b'a', b'b', 5, 0, 1, b'x', 0, b'y', 0,
            ],
            vec![1, b'z', 0, b'z', 0, b'z', 0],
        ];
        assert_eq!(sst_longest(&sst), 5);
    }
}
