//! The parser's core: its state, one record at a time to the reader of its
//! format, rows that are not gifts or lives (totals, other events), the
//! problems found, and the end of the file.

use std::collections::HashMap;

use chrono::Duration;
use chrono_tz::Tz;

use super::cells::occurrence_fingerprint;
use super::occurrences::Occurrences;
use super::rows::{GiftRow, Parsed, SessionRow, When};
use super::streaks::OpenStreak;
use crate::events::EventField;
use crate::import::datetime::{describe_style, describe_style_said, DurationUnit};
use crate::import::numbers::{self, Reading};
use crate::import::sniff::{norm, Columns, Field};
use crate::import::{
    short, FieldSource, Format, RowProblem, LIVELEDGER_COLUMNS, MAX_LISTED_PROBLEMS,
};
use crate::l10n::Message;

/// Reads records of one format.
pub(crate) struct Parser {
    /// The format every record is read as.
    format: Format,
    /// The header's cells, to name a column in a problem.
    pub(super) header: Vec<String>,
    /// Which column holds which field.
    pub(super) cols: Columns,
    /// A LiveLedger export's columns by name.
    pub(super) ll: HashMap<&'static str, usize>,
    /// The time zone of times written without an offset.
    pub(super) tz: Tz,
    /// Coins of each catalog gift, by lower-case name, for rows without a price.
    pub(super) catalog: HashMap<String, i64>,
    /// The rows read so far.
    pub(super) out: Parsed,
    /// The first problems found, each with its line (at most `MAX_LISTED_PROBLEMS`).
    problems: Vec<RowProblem>,
    /// Every problem found, listed or not.
    problem_count: usize,
    /// How often each fingerprint (before counting) was seen in the file.
    seen: Occurrences,
    /// The messages the file already gave, by key: one delivered twice counts once.
    pub(super) messages: super::messages::SeenMessages,
    /// Streaks waiting for their end, by sender and gift.
    pub(super) open: HashMap<(String, String), OpenStreak>,
    /// A pause after which an open streak ended unseen: the session gap, so a
    /// streak never runs from one live into the next.
    pub(super) streak_pause: Duration,
    /// The line of the row being read.
    pub(super) line: u64,
    /// What each column's numbers showed about their separators.
    pub(super) nums: Vec<numbers::Column>,
    /// Date styles seen (see `datetime::style`).
    pub(super) date_bits: u16,
    /// The unit of a duration column that gives a bare number.
    pub(super) duration_unit: DurationUnit,
    /// Currency a rewards column names in its header, e.g. `USD`.
    pub(super) rewards_currency: Option<String>,
    /// Rewards waiting for their column to settle: (session, column, line, reading).
    pub(super) rewards: Vec<(usize, usize, u64, Reading)>,
    /// The first values of each field's column.
    samples: Vec<(Field, usize, Vec<String>)>,
    /// Rows sampled so far (the first 50 are).
    sample_rows: u32,
    /// The last row's sender, gift and count, to spot streak steps.
    pub(super) last_step: (String, String, i64),
    /// Rows that looked like a step of the row before (see `track_step`).
    pub(super) step_pairs: u64,
    /// Rows that look like a summary below the table (`Gifters`, `Average`),
    /// held with their lines until a table row (then they are rows after
    /// all) or the end of the file (then they are a summary block) says
    /// which; at most [`MAX_HELD`] rows and [`MAX_HELD_BYTES`].
    held: Vec<(u64, csv::StringRecord)>,
    /// Bytes of the rows in `held`.
    held_bytes: usize,
    /// Whether a blank line came before the record being read.
    after_blank: bool,
    /// The date field's first values as read, beside its samples.
    dates_read: Vec<Option<chrono::DateTime<chrono::Utc>>>,
    /// Lines the creator chose to leave out, never read.
    skip: std::collections::BTreeSet<u64>,
}

/// Most rows held as a possible summary block: more are data.
const MAX_HELD: usize = 50;
/// Most bytes held as a possible summary block.
const MAX_HELD_BYTES: usize = 64 << 10;

/// First cells of rows that hold a file's totals, not a gift or a live.
const TOTAL_WORDS: &[&str] = &[
    "total",
    "totals",
    "totales",
    "totaux",
    "totais",
    "grand total",
    "subtotal",
    "summe",
    "gesamt",
    "gesamtsumme",
    "insgesamt",
    "sum",
    "jumlah",
];

/// Event kinds of a mixed log that are gifts, normalised.
const GIFT_EVENTS: &[&str] = &[
    "gift",
    "gifts",
    "giftmessage",
    "webcastgiftmessage",
    "geschenk",
    "regalo",
    "cadeau",
    "presente",
    "hadiah",
];

/// Event kinds of a mixed log that are never gifts, normalised.
const OTHER_EVENTS: &[&str] = &[
    "like",
    "likes",
    "chat",
    "comment",
    "member",
    "join",
    "follow",
    "share",
    "social",
    "subscribe",
    "roomuser",
    "viewer",
    "viewers",
    "question",
    "questionnew",
    "emote",
    "envelope",
    "linkmicbattle",
    "battle",
    "connected",
    "disconnected",
    "streamend",
];

/// Where a gift table's price of one gift comes from, said in `notes`: a
/// diamonds column whose header names a total (`Total diamonds`, `Diamanten
/// gesamt`) is read as the row's total, price × count.
fn gift_table_price(header: &[String], cols: &mut Columns, notes: &mut Vec<Message>) {
    if let Some(i) = cols.get(Field::Diamonds) {
        if header
            .get(i)
            .is_some_and(|h| crate::import::sniff::names_a_total(h))
        {
            cols.rename(Field::Diamonds, Field::TotalDiamonds);
        }
    }
    // A column as the note names it: its number and its header.
    let named = |m: Message, which: &str, i: usize| {
        m.text(&format!("{which}_column"), (i + 1).to_string())
            .text(
                &format!("{which}_header"),
                short(header.get(i).map_or("", |h| h)),
            )
    };
    let diamonds = cols.get(Field::Diamonds).or(cols.get(Field::TotalDiamonds));
    let note = match (cols.get(Field::Coins), diamonds) {
        (Some(c), Some(d)) => named(
            named(Message::new("core-import-price-coins"), "coins", c),
            "diamonds",
            d,
        ),
        (Some(_), None) | (None, None) => return,
        (None, Some(d)) if cols.has(Field::TotalDiamonds) => named(
            Message::new("core-import-price-total-diamonds"),
            "diamonds",
            d,
        ),
        (None, Some(d)) => named(Message::new("core-import-price-diamonds"), "diamonds", d),
    };
    notes.push(note);
}

/// Whether `w` starts with `word` (any case) and no letter follows it.
fn starts_with_word(w: &str, word: &str) -> bool {
    w.get(..word.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(word))
        && !w[word.len()..].starts_with(char::is_alphabetic)
}

impl Parser {
    /// A parser for `format` files with this header and columns.
    pub fn new(
        format: Format,
        header: &[String],
        cols: Columns,
        tz: Tz,
        catalog: HashMap<String, i64>,
    ) -> Result<Parser, Message> {
        let ll = liveledger_columns(format, header)?;
        needed_columns(format, header, &cols)?;
        let mut cols = cols;
        let mut notes = Vec::new();
        if format == Format::GiftTable {
            gift_table_price(header, &mut cols, &mut notes);
        }
        let (duration_unit, rewards_currency) = units(format, header, &cols);
        let samples = cols
            .fields()
            .into_iter()
            .map(|(f, i)| (f, i, Vec::new()))
            .collect();
        Ok(Parser {
            format,
            header: header.to_vec(),
            nums: vec![numbers::Column::default(); header.len()],
            cols,
            ll,
            tz,
            catalog,
            out: Parsed {
                notes,
                ..Parsed::default()
            },
            problems: Vec::new(),
            problem_count: 0,
            seen: Occurrences::default(),
            messages: Default::default(),
            open: HashMap::new(),
            streak_pause: Duration::minutes(30),
            line: 0,
            date_bits: 0,
            duration_unit,
            rewards_currency,
            rewards: Vec::new(),
            samples,
            sample_rows: 0,
            last_step: (String::new(), String::new(), 0),
            step_pairs: 0,
            held: Vec::new(),
            held_bytes: 0,
            after_blank: false,
            skip: Default::default(),
            dates_read: Vec::new(),
        })
    }

    /// Sets the session gap: a streak's events further apart belong to two streaks.
    pub fn set_session_gap(&mut self, minutes: i64) {
        self.streak_pause = Duration::minutes(minutes);
    }

    /// Sets the lines to leave out: counted, never read.
    pub fn set_skipped_lines(&mut self, lines: &[u64]) {
        self.skip = lines.iter().copied().collect();
    }

    /// Column `i` (0-based) as a problem names it: 1-based, with its header.
    pub(super) fn column_named(&self, i: usize) -> Option<(usize, String)> {
        Some((i + 1, short(self.header.get(i).map_or("", |h| h))))
    }

    /// Records a problem.
    pub fn problem(&mut self, p: RowProblem) {
        self.problem_count += 1;
        if self.problems.len() < MAX_LISTED_PROBLEMS {
            self.problems.push(p);
        }
    }

    /// Problems so far.
    pub fn problem_count(&self) -> usize {
        self.problem_count
    }

    /// Counts blank lines and rows with no value, skipped.
    pub fn blank_lines(&mut self, n: u64) {
        self.out.blank_skipped += n;
    }

    /// Whether a record is a totals row ("Total", "Summe", "Totales"…): its
    /// first value is such a word and its date cell holds no other date.
    fn is_totals(&self, rec: &csv::StringRecord) -> bool {
        let Some((i, first)) = rec.iter().enumerate().find(|(_, c)| !c.trim().is_empty()) else {
            return false;
        };
        let w = first.trim().trim_end_matches(':').trim_end();
        if w.as_bytes().first().is_none_or(u8::is_ascii_digit)
            || !TOTAL_WORDS.iter().any(|t| starts_with_word(w, t))
        {
            return false;
        }
        match self.cols.get(Field::Date) {
            Some(d) if d != i => rec.get(d).is_none_or(|c| c.trim().is_empty()),
            _ => true,
        }
    }

    /// The kind of a mixed log's row that is not a gift (`None` for a gift):
    /// a kind that is never a gift, or another kind on a row with no gift.
    fn other_event(&self, rec: &csv::StringRecord) -> Option<String> {
        let kind = self.cols.get(Field::Event).and_then(|i| rec.get(i))?.trim();
        let gift_like = kind.to_ascii_lowercase().contains("gift");
        if gift_like || kind.is_empty() {
            return None;
        }
        let n = norm(kind);
        if GIFT_EVENTS.contains(&n.as_str()) {
            return None;
        }
        let has_gift = [Field::Gift, Field::GiftId, Field::Coins]
            .iter()
            .any(|f| self.text(rec, *f).is_some());
        if OTHER_EVENTS.contains(&n.as_str()) || !has_gift {
            let kind: String = kind.to_lowercase().chars().take(30).collect();
            Some(kind)
        } else {
            None
        }
    }

    /// Keeps the first values of each field for the preview.
    fn sample(&mut self, rec: &csv::StringRecord, line: u64) {
        self.sample_rows += 1;
        let date = self.cols.get(Field::Date);
        let mut when = None;
        for (field, i, values) in &mut self.samples {
            if values.len() < 3 {
                if let Some(v) = rec.get(*i).map(str::trim).filter(|v| !v.is_empty()) {
                    if *field == Field::Date {
                        when = Some(values.len());
                    }
                    let v: String = v.chars().take(40).collect();
                    values.push(v);
                }
            }
        }
        // The date as read, for the preview (a slashed date whose order the
        // file settles later has none yet). Its styles are not counted twice.
        if let (Some(n), Some(d)) = (when, date) {
            let time = self.text(rec, Field::Time);
            let at = rec.get(d).and_then(|cell| {
                match crate::import::parse_when(cell, time, self.tz, line, d, &mut 0) {
                    Ok(When::Known(t)) => Some(t),
                    _ => None,
                }
            });
            self.dates_read.resize(n, None);
            self.dates_read.push(at);
        }
    }

    /// Notes that a blank line (or a row with no value) came before the
    /// next record: where a summary block below a table starts.
    pub fn blank_before(&mut self) {
        self.after_blank = true;
    }

    /// Whether a row after the table's first rows looks like a line of a
    /// summary below it: a totals row; or, after a blank line or another
    /// such line, a word with no digit where the date goes (`Gifters`,
    /// `Average`, `合計`). A row whose date is empty or mistyped
    /// (`2026-13-45`, or `next tuesday` inside the table) is not: it is a
    /// row of the table and its problem is reported.
    fn summary_like(&self, rec: &csv::StringRecord) -> bool {
        let Some(d) = self.cols.get(Field::Date) else {
            return false;
        };
        let date = rec.get(d).map_or("", str::trim);
        let word = !date.is_empty() && !date.chars().any(char::is_numeric);
        (word && (self.after_blank || !self.held.is_empty())) || self.is_totals(rec)
    }

    /// Reads one data record found at `line`. A record that looks like a
    /// summary line waits (see `held`): a table row after it makes it a row
    /// of the table, read in its turn; the end of the file makes it part of
    /// a summary block, skipped whole.
    pub fn row(&mut self, line: u64, rec: &csv::StringRecord) {
        if self.skip.contains(&line) {
            self.out.left_out += 1;
            return;
        }
        let summary_like =
            self.format != Format::LiveLedger && self.out.rows_taken > 0 && self.summary_like(rec);
        self.after_blank = false;
        if summary_like {
            let bytes = rec.as_slice().len();
            if self.held.len() < MAX_HELD && self.held_bytes + bytes <= MAX_HELD_BYTES {
                self.held_bytes += bytes;
                self.held.push((line, rec.clone()));
                return;
            }
        }
        self.read_held();
        self.read_row(line, rec);
    }

    /// Reads the held rows as rows of the table, in file order.
    fn read_held(&mut self) {
        if self.held.is_empty() {
            return;
        }
        self.held_bytes = 0;
        for (line, rec) in std::mem::take(&mut self.held) {
            self.read_row(line, &rec);
        }
    }

    /// At the end of the file, the held rows below the table: totals rows
    /// alone are counted as such (as anywhere); with any other line among
    /// them they are a summary block, skipped whole and named in the notes.
    fn skip_summary_block(&mut self) {
        let held = std::mem::take(&mut self.held);
        let (Some(first), Some(last)) = (held.first(), held.last()) else {
            return;
        };
        if held.iter().all(|(_, r)| self.is_totals(r)) {
            self.out.totals_skipped += held.len() as u64;
            return;
        }
        let lines = if first.0 == last.0 {
            Message::new("core-import-summary-block").text("first", first.0.to_string())
        } else {
            Message::new("core-import-summary-block-lines")
                .text("first", first.0.to_string())
                .text("last", last.0.to_string())
        };
        self.out.summary_skipped += held.len() as u64;
        self.out.notes.push(
            lines
                .count("count", held.len() as u64)
                .text("n", held.len().to_string()),
        );
    }

    /// Reads one data record found at `line`, now.
    fn read_row(&mut self, line: u64, rec: &csv::StringRecord) {
        self.line = line;
        if self.format != Format::LiveLedger && self.is_totals(rec) {
            self.out.totals_skipped += 1;
            return;
        }
        if matches!(self.format, Format::GiftEvents | Format::GiftTable) {
            if let Some(kind) = self.other_event(rec) {
                let known = self.out.events_skipped.len() < 20
                    || self.out.events_skipped.contains_key(&kind);
                let kind = if known { kind } else { "other".to_string() };
                *self.out.events_skipped.entry(kind).or_default() += 1;
                return;
            }
        }
        if self.sample_rows < 50 {
            self.sample(rec, line);
        }
        // Only LiveLedger's notes may hold line breaks; elsewhere one means a
        // quote that was never closed swallowed the lines after it.
        if self.format != Format::LiveLedger {
            if let Some(i) = rec.iter().position(|f| f.contains(['\n', '\r'])) {
                let column = Some((i + 1, short(self.header.get(i).map_or("", |h| h))));
                let said = Message::new("core-import-problem-open-quote");
                self.problem(RowProblem::said(line, column, said));
                return;
            }
        }
        let result = match self.format {
            Format::GiftEvents => self.gift_event(rec, line),
            Format::GiftTable => self.gift_table(rec, line),
            Format::SessionSummary => self.session_summary(rec, line),
            Format::TiktokDays => self.tiktok_day(rec, line),
            Format::LiveLedger => self.liveledger(rec),
            Format::Auto | Format::JsonEvents | Format::TiktokData => {
                Err((None, Message::new("core-import-cell-no-format")))
            }
        };
        match result {
            Ok(()) => self.out.rows_taken += 1,
            Err((col, said)) => {
                let column = col.map(|i| (i + 1, short(self.header.get(i).map_or("", |h| h))));
                self.problem(RowProblem::said(line, column, said));
            }
        }
    }

    /// Moves the gift rows settled so far (known time, streak complete) into
    /// `out`, keeping those whose dates wait for the column's order. Once a
    /// problem was found nothing will be written, so rows are dropped instead.
    /// Both vectors keep their capacity: this runs once per row.
    pub fn take_settled(&mut self, out: &mut Vec<GiftRow>) {
        if self.problem_count > 0 {
            self.out.gifts.clear();
        } else if self
            .out
            .gifts
            .iter()
            .all(|g| matches!(g.at, Some(When::Known(_))))
        {
            out.append(&mut self.out.gifts);
        } else {
            let mut i = 0;
            while i < self.out.gifts.len() {
                if matches!(self.out.gifts[i].at, Some(When::Known(_))) {
                    out.push(self.out.gifts.remove(i));
                } else {
                    i += 1;
                }
            }
        }
    }

    /// Moves the lives of a session summary read so far whose start is
    /// known into `out`, unless a column of theirs waits for the end of the
    /// file (rewards are read as money only once the whole column says
    /// which separator is the decimal one). Once a problem was found nothing
    /// will be written, so they are dropped instead.
    pub fn take_settled_sessions(&mut self, out: &mut Vec<SessionRow>) {
        if self.problem_count > 0 {
            self.out.sessions.clear();
            return;
        }
        if self.out.sessions.is_empty() || self.cols.get(Field::Rewards).is_some() {
            return;
        }
        if self
            .out
            .sessions
            .iter()
            .all(|s| matches!(s.start, When::Known(_)))
        {
            out.append(&mut self.out.sessions);
        } else {
            let (known, held) = std::mem::take(&mut self.out.sessions)
                .into_iter()
                .partition(|s| matches!(s.start, When::Known(_)));
            self.out.sessions = held;
            out.extend::<Vec<SessionRow>>(known);
        }
    }

    /// Ends the file: closes unfinished streaks, settles slashed dates, and
    /// returns the rows, or the problems when there are any.
    pub fn finish(mut self) -> Result<Parsed, (usize, Vec<RowProblem>)> {
        self.skip_summary_block();
        let mut open: Vec<OpenStreak> = self.open.drain().map(|(_, s)| s).collect();
        // In file order, so rows and warnings come out the same every time.
        open.sort_by_key(|s| s.line);
        for s in open {
            self.close_unfinished(s);
        }
        let day_first = self.settle_slashed_dates();
        self.settle_numbers();
        self.settle_days();
        if self.problem_count > 0 {
            self.problems.sort_by_key(|p| p.line);
            return Err((self.problem_count, self.problems));
        }
        self.out.date_format = describe_style(self.date_bits, day_first);
        self.out.date_format_said = describe_style_said(self.date_bits, day_first);
        let formats: Vec<(String, String)> = self
            .nums
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.is_plain())
            .map(|(i, c)| (short(self.header.get(i).map_or("", |h| h)), c.describe()))
            .collect();
        self.out.number_format = if formats.is_empty() {
            "plain".into()
        } else if formats.iter().all(|f| f.1 == formats[0].1) {
            formats[0].1.clone()
        } else {
            formats
                .iter()
                .map(|(h, f)| format!("{h}: {f}"))
                .collect::<Vec<_>>()
                .join("; ")
        };
        self.out.fields = std::mem::take(&mut self.samples)
            .into_iter()
            .map(|(f, i, samples)| FieldSource {
                field: f.map_name().to_string(),
                column: i + 1,
                header: short(self.header.get(i).map_or("", |h| h)),
                dates: if f == Field::Date {
                    let mut d = std::mem::take(&mut self.dates_read);
                    d.resize(samples.len(), None);
                    d
                } else {
                    Vec::new()
                },
                samples,
            })
            .collect();
        if self.step_pairs >= 2 {
            self.out.warnings.push(
                Message::new("core-import-streak-steps-uncounted")
                    .count("count", self.step_pairs)
                    .text("n", self.step_pairs.to_string())
                    .text("column", EventField::RepeatEnd.column()),
            );
        }
        Ok(self.out)
    }

    /// The fingerprint of a row whose fingerprint before counting is `base`:
    /// `base` itself for its first occurrence in the file, a fingerprint of
    /// `base` and `n` for the `n`th, so identical rows stay apart.
    /// `instant` (Unix milliseconds, see `occurrences::instant`) is the time
    /// written in the row's base, read; `None` when not known yet. Rows with
    /// one base must be given one instant (see `Occurrences`).
    pub(super) fn occurrence(&mut self, base: i64, instant: Option<i64>) -> i64 {
        let n = self.seen.count(base, instant);
        occurrence_fingerprint(base, n)
    }
}

/// Each column of LiveLedger's own export by its name, for a file read as
/// one (which needs its `record` column); empty for another format.
fn liveledger_columns(
    format: Format,
    header: &[String],
) -> Result<HashMap<&'static str, usize>, Message> {
    let mut ll = HashMap::new();
    if format == Format::LiveLedger {
        for name in LIVELEDGER_COLUMNS {
            if let Some(i) = header.iter().position(|h| norm(h) == norm(name)) {
                ll.insert(name, i);
            }
        }
        if !ll.contains_key("record") {
            return Err(Message::new("core-import-file-no-record"));
        }
    }
    Ok(ll)
}

/// Refuses columns a `format` cannot be read without, naming those missing.
fn needed_columns(format: Format, header: &[String], cols: &Columns) -> Result<(), Message> {
    // Each format its own sentence (`id`); `$missing` names the fields as
    // --map does, `$columns` the file's.
    let need = |fields: &[Field], id: &'static str| -> Result<(), Message> {
        let missing: Vec<String> = fields
            .iter()
            .filter(|f| !cols.has(**f))
            .map(|f| format!("{f:?}").to_lowercase())
            .collect();
        if missing.is_empty() {
            Ok(())
        } else {
            Err(crate::import::with_known(
                Message::new(id).text("missing", missing.join(", ")),
                header,
            ))
        }
    };
    match format {
        Format::GiftEvents => need(
            &[Field::Date, Field::Coins, Field::Count],
            "core-import-file-events-need",
        )?,
        Format::GiftTable => need(&[Field::Date, Field::Gift], "core-import-file-table-need")?,
        Format::SessionSummary => need(
            &[Field::Date, Field::Diamonds],
            "core-import-file-sessions-need",
        )?,
        Format::TiktokDays => {
            need(&[Field::Date], "core-import-file-days-need")?;
            if super::days::FIGURES.iter().all(|(f, _)| !cols.has(*f)) {
                return Err(crate::import::with_known(
                    Message::new("core-import-file-days-no-figures"),
                    header,
                ));
            }
        }
        Format::LiveLedger | Format::Auto | Format::JsonEvents | Format::TiktokData => {}
    }
    if format == Format::GiftEvents && !cols.has(Field::Gift) && !cols.has(Field::GiftId) {
        return Err(Message::new("core-import-file-events-no-gift")
            .text("name", EventField::GiftName.column())
            .text("id", EventField::GiftId.column()));
    }
    Ok(())
}

/// The units the header gives: of the duration (`Duration (h)`; minutes,
/// or seconds in TikTok's own day files, when it names none) and the
/// currency of the rewards (`Estimated rewards (USD)`).
fn units(format: Format, header: &[String], cols: &Columns) -> (DurationUnit, Option<String>) {
    let header_of = |f: Field| cols.get(f).and_then(|i| header.get(i));
    // TikTok's own day files count LIVE time in seconds.
    let plain_unit = if format == Format::TiktokDays {
        DurationUnit::Seconds
    } else {
        DurationUnit::Minutes
    };
    let duration_unit = header_of(Field::Duration)
        .and_then(|h| DurationUnit::named_in(h))
        .unwrap_or(plain_unit);
    let rewards_currency = header_of(Field::Rewards).and_then(|h| {
        let code = h.split_once('(')?.1.split(')').next()?.trim();
        (code.len() == 3 && code.bytes().all(|b| b.is_ascii_alphabetic()))
            .then(|| code.to_ascii_uppercase())
    });
    (duration_unit, rewards_currency)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A gift-table parser over `date,gift,coins,count`.
    fn parser() -> Parser {
        let header: Vec<String> = ["date", "gift", "coins", "count"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let cols = Columns::from_header(&header);
        Parser::new(
            Format::GiftTable,
            &header,
            cols,
            chrono_tz::UTC,
            HashMap::new(),
        )
        .unwrap()
    }

    /// Feeds `rows` (a line each, `None` for a blank line) and finishes.
    fn read(rows: &[Option<&str>]) -> Result<Parsed, (usize, Vec<RowProblem>)> {
        let mut p = parser();
        for (i, row) in rows.iter().enumerate() {
            match row {
                Some(r) => p.row(
                    i as u64 + 2,
                    &csv::StringRecord::from(r.split(',').collect::<Vec<_>>()),
                ),
                None => p.blank_before(),
            }
        }
        p.finish()
    }

    const ROSE: Option<&str> = Some("2026-11-23 20:00,Rose,1,10");
    const GALAXY: Option<&str> = Some("2026-11-23 20:02,Galaxy,1000,1");

    #[test]
    fn a_trailing_block_of_any_words_is_skipped_whole() {
        let p = read(&[
            ROSE,
            GALAXY,
            None,
            Some("Total,,,11"),
            Some("Gifters,2,,"),
            Some("Average,,,5.5"),
        ])
        .unwrap();
        assert_eq!(
            (p.gifts.len(), p.summary_skipped, p.totals_skipped),
            (2, 3, 0)
        );
        assert_eq!(
            p.notes.iter().map(crate::l10n::english).collect::<Vec<_>>(),
            ["skipped a summary block of 3 row(s) at lines 5–7: below the table, with no date where the date goes"]
        );
    }

    #[test]
    fn totals_rows_alone_are_counted_as_totals() {
        let p = read(&[ROSE, Some("Total,,,10"), GALAXY, Some("Summe,,,1")]).unwrap();
        assert_eq!(
            (p.gifts.len(), p.summary_skipped, p.totals_skipped),
            (2, 0, 2)
        );
        assert!(p.notes.is_empty());
    }

    #[test]
    fn a_summary_like_row_before_a_table_row_is_a_row_and_fails_at_its_line() {
        let (count, problems) = read(&[ROSE, None, Some("Gifters,2,,"), GALAXY]).unwrap_err();
        assert_eq!(count, 1);
        assert_eq!(problems[0].line, 4);
        // A mistyped date is never taken for a summary line, even last.
        let (_, problems) = read(&[ROSE, Some("2026-13-45 20:00,Rose,1,1")]).unwrap_err();
        assert_eq!(problems[0].line, 3);
        // Nor a word for a date right under a table row, even last.
        let (_, problems) = read(&[ROSE, Some("next tuesday,Rose,1,1")]).unwrap_err();
        assert_eq!(problems[0].line, 3);
        // Nor is a row with no date at all.
        let (_, problems) = read(&[ROSE, Some(",Rose,1,1")]).unwrap_err();
        assert_eq!(problems[0].line, 3);
    }

    #[test]
    fn a_file_of_summary_lines_alone_is_not_skipped() {
        // No row was read before them: they are the table, and wrong.
        let (count, _) = read(&[Some("Gifters,2,,"), Some("Average,,,5")]).unwrap_err();
        assert_eq!(count, 2);
    }

    #[test]
    fn more_than_fifty_held_rows_are_data() {
        let mut rows = vec![ROSE];
        rows.push(None);
        rows.extend(std::iter::repeat_n(Some("Gifters,2,,"), MAX_HELD + 1));
        let (count, problems) = read(&rows).unwrap_err();
        assert_eq!(count, MAX_HELD + 1, "every held row is read as a row");
        assert_eq!(problems[0].line, 4);
    }
}
