//! The one road of every table, CSV or spreadsheet: its header found,
//! read by its names or a mapping, into the parser and the writer.

use std::collections::HashMap;
use std::sync::atomic::AtomicU64;
use std::sync::mpsc;

use chrono_tz::Tz;

use super::{
    datetime, guess, header_list, parse, parse_map, read_and_write, sharing, short, sniff, Columns,
    Field, Format, ImportError, ImportOptions, ImportReport, Job, ReadHalf,
};
use crate::error::{Error, Result};
use crate::l10n::Message;
use crate::store::{RememberedMapping, Store};

/// The mappings an import reads a header by: the one it names (`--map`,
/// or one saved under `--mapping-name`), else those the creator made
/// before, by the signature of the header each read.
pub(super) struct Mappings {
    /// The mapping the import names, as pairs.
    named: Option<Vec<(Field, String)>>,
    /// Mappings remembered, by header signature (empty when one is named).
    remembered: HashMap<String, RememberedMapping>,
}

/// The mappings an import reads by (see [`Mappings`]).
pub(super) fn mapping(store: &Store, opts: &ImportOptions, name: &str) -> Result<Mappings> {
    let map = match (&opts.map, &opts.mapping_name) {
        (Some(m), _) => Some(m.clone()),
        (None, Some(n)) => Some(store.mapping(n)?.ok_or_else(|| {
            super::json::file_said(
                name,
                crate::l10n::Message::new("core-import-file-no-mapping").text("name", short(n)),
            )
        })?),
        (None, None) => None,
    };
    let named = map
        .as_deref()
        .map(parse_map)
        .transpose()
        .map_err(|m| super::json::file_said(name, m))?;
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

/// A table's header, found: what CSV and spreadsheets hand the one parser.
pub(super) struct Table {
    /// The header's cells, trimmed.
    pub(super) header: Vec<String>,
    /// Its first line (a sheet's row).
    pub(super) line: u64,
    /// Its last line.
    pub(super) header_end: u64,
    /// The mappings the header is read by.
    pub(super) maps: Mappings,
    /// How the report names the delimiter.
    pub(super) delimiter: String,
    /// Whether the first date under the header is a day alone (no time):
    /// what tells TikTok's Revenue file from a session summary.
    pub(super) first_is_day: bool,
}

/// The rows under a table's header: a CSV file's records or a sheet's rows.
pub(super) trait TableRows: Send {
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

/// Whether `cells` are a header LiveLedger can read: with the named
/// mapping's columns when one is given, else by their names or a mapping
/// remembered for them. What the header search of every table (CSV or
/// sheet) asks of a line.
pub(super) fn recognised(maps: &Mappings, cells: &[String]) -> bool {
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

/// Imports a table whose header is found: picks the format (the header's
/// names, a mapping named or remembered), builds the parser, and reads
/// `rows` (a CSV file's or a sheet's) against the writer.
pub(super) fn import_table<T: TableRows>(
    store: &mut Store,
    name: &str,
    total: u64,
    opts: &ImportOptions,
    table: Table,
    mut rows: T,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<ImportReport> {
    let Table {
        header,
        line,
        header_end,
        maps,
        delimiter,
        first_is_day,
    } = table;
    let signature = sniff::signature(&header);
    let (cols, notes) =
        columns(&header, maps, &signature).map_err(|m| super::json::file_said(name, m))?;
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
            return Err(unknown_format(name, &header, line, &rows, &catalog));
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
    let mut parser = parse::Parser::new(format, &header, cols, tz, catalog)
        .map_err(|m| super::json::file_said(name, m))?;
    let gap = gap_minutes(store, opts)?;
    parser.set_session_gap(gap);
    parser.set_skipped_lines(&opts.skip_lines);
    let mut report = ImportReport {
        file: name.to_string(),
        format: format.name().to_string(),
        delimiter,
        header_line: line,
        columns: header.iter().take(200).cloned().collect(),
        mappable: Field::ALL.iter().map(|f| f.map_name()).collect(),
        dry_run: opts.dry_run,
        ..ImportReport::default()
    };
    for note in notes {
        report.note(note);
    }
    let (save_mapping, remember) = mapping_to_keep(opts, name, signature, tz);
    let job = Job {
        streaming,
        gap,
        total,
        header_end,
        save_mapping,
        remember,
        rates,
        tz,
        refuse_empty: true,
        sharing: sharing(opts),
    };
    let streaming = job.streaming;
    let read = move |p, send, bytes: &AtomicU64| rows.read(p, streaming, send, bytes);
    read_and_write(store, read, parser, report, job, progress)
}

/// The columns of `header`: by their names, then the mapping named or
/// remembered for the header's `signature`; with a note when a remembered
/// mapping was used.
fn columns(
    header: &[String],
    maps: Mappings,
    signature: &str,
) -> std::result::Result<(Columns, Vec<Message>), Message> {
    let mut notes = Vec::new();
    let pairs = match (maps.named, maps.remembered.get(signature)) {
        (Some(p), _) => Some(p),
        (None, Some(m)) => {
            notes.push(
                Message::new("core-import-mapping-used")
                    .text("saved", m.saved_on.clone())
                    .text("name", short(&m.name))
                    .text("mapping", short(&m.mapping)),
            );
            Some(parse_map(&m.mapping)?)
        }
        (None, None) => None,
    };
    let mut cols = Columns::from_header(header);
    if let Some(p) = &pairs {
        cols.apply_map(p, header)?;
    }
    Ok((cols, notes))
}

/// The refusal of a header no format reads: the names it knows, and a
/// `--map` to start from, guessed from the first `rows` under it.
fn unknown_format(
    name: &str,
    header: &[String],
    line: u64,
    rows: &[Vec<String>],
    catalog: &HashMap<String, i64>,
) -> Error {
    // One column is no table: nothing of it is echoed.
    let table = header.len() > 1;
    let lines = if table {
        guess::list_columns(header, rows)
    } else {
        Vec::new()
    };
    let guess = guess::suggest_map(header, rows, catalog).filter(|_| table);
    // A guessed map names no column with `,` or `=`: its pairs split back.
    let guessed = guess
        .iter()
        .flat_map(|m| m.split(','))
        .filter_map(|p| p.split_once('='))
        .map(|(f, c)| (f.to_string(), c.to_string()))
        .collect();
    Error::Import(ImportError::UnknownFormat {
        file: name.to_string(),
        header: header_list(header),
        line,
        columns: guess::columns_text(&lines, &crate::l10n::Localizer::new("en")),
        offer: Box::new(crate::error::HeaderOffer {
            names: if table {
                header.iter().take(200).cloned().collect()
            } else {
                Vec::new()
            },
            guessed,
            known: super::known_names(header),
            column_lines: lines,
        }),
        map: guess.unwrap_or_else(|| {
            "date=COLUMN,gift=COLUMN,coins=COLUMN,count=COLUMN,sender=COLUMN".into()
        }),
    })
}

/// What the import keeps of a `--map` it read by: saved under
/// `--mapping-name` when it names one, and remembered for the header's
/// `signature` (written with the import, so never by a dry run).
fn mapping_to_keep(
    opts: &ImportOptions,
    name: &str,
    signature: String,
    tz: Tz,
) -> (Option<(String, String)>, Option<RememberedMapping>) {
    // A mapping is saved with the import it read, never by a dry run.
    let save = match (&opts.map, &opts.mapping_name) {
        (Some(m), Some(n)) => Some((n.trim().to_string(), m.clone())),
        _ => None,
    };
    // A mapping the creator wrote is remembered for this header.
    let remember = opts.map.as_ref().map(|m| RememberedMapping {
        signature,
        mapping: m.clone(),
        name: opts
            .mapping_name
            .as_deref()
            .map_or_else(|| name.to_string(), |n| n.trim().to_string()),
        saved_on: crate::dates::local_date(chrono::Utc::now(), tz).to_string(),
    });
    (save, remember)
}

/// Minutes without a gift that start a new session: the option or the setting.
pub(super) fn gap_minutes(store: &Store, opts: &ImportOptions) -> Result<i64> {
    let gap = opts
        .gap_minutes
        .map_or_else(|| store.settings().map(|s| s.session_gap_minutes), Ok)?;
    if !(1..=24 * 60).contains(&gap) {
        return Err(Error::invalid_said(
            "gap minutes",
            crate::l10n::Message::new("core-invalid-gap-minutes"),
        ));
    }
    Ok(gap)
}

/// Whether the date cell `cell` (of column `col`) is a day alone, no time
/// of day: the test of a CSV file's first record
/// (`delimited::first_date_is_a_day`) and a sheet's first row share.
pub(super) fn date_is_a_day(cell: &str, col: usize) -> bool {
    let mut bits = 0;
    let midnight = match datetime::parse_when(cell, None, Tz::UTC, 0, col, &mut bits) {
        Ok(datetime::When::Known(t)) => t.time() == chrono::NaiveTime::MIN,
        Ok(datetime::When::Slashed { time, .. }) => time == chrono::NaiveTime::MIN,
        Err(_) => false,
    };
    midnight && !cell.contains(':')
}
