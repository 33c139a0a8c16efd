//! Turning CSV records into checked rows, collecting every problem.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use rust_decimal::Decimal;

use super::datetime::{describe_style, parse_clock, parse_duration, parse_when, DurationUnit};
use super::numbers::{self, NumError, Reading};
use super::sniff::{norm, Columns, Field};
use super::{
    fingerprint, short, FieldSource, Format, RowProblem, LIVELEDGER_COLUMNS, MAX_LISTED_PROBLEMS,
};
use crate::dates;
use crate::model::{SessionInput, WithdrawalStatus};
use crate::money::Diamonds;
use crate::rates::Rate;

pub(crate) use super::datetime::When;

/// The order of day and month in dates written with slashes, such as 01/02/2026.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    /// 01/02/2026 is 1 February.
    DayFirst,
    /// 01/02/2026 is 2 January.
    MonthFirst,
}

/// A gift row ready to be written.
#[derive(Debug, Clone)]
pub(crate) struct GiftRow {
    pub at: Option<When>,
    pub name: String,
    pub coins_each: i64,
    pub count: i64,
    pub sender: Option<String>,
    pub session_key: Option<String>,
    pub fp: i64,
    /// The streak a streakable gift-event row belongs to.
    pub streak: Option<Streak>,
}

/// A streak's identity, which a prefix of a growing log and the whole log
/// agree on: its first event's time, and a fingerprint of its sender, gift,
/// that time and how many streaks of those came first.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Streak {
    pub first: When,
    pub id: i64,
    /// Its end was not in the file: counted at the highest count seen.
    pub estimated: bool,
}

/// A session row ready to be written.
#[derive(Debug, Clone)]
pub(crate) struct SessionRow {
    pub key: Option<String>,
    pub start: When,
    pub duration: Option<Duration>,
    pub end: Option<DateTime<Utc>>,
    pub input: SessionInput,
    pub fp: i64,
    /// The rate a LiveLedger export says the session is valued at; `None`
    /// elsewhere (the session takes the rate of its day when written).
    pub rate: Option<crate::model::SessionRate>,
}

/// A withdrawal row (LiveLedger format).
#[derive(Debug, Clone)]
pub(crate) struct WithdrawalRow {
    pub at: DateTime<Utc>,
    pub diamonds: Decimal,
    pub gross: Decimal,
    pub fee: Decimal,
    pub net: Decimal,
    pub method: String,
    pub status: WithdrawalStatus,
    pub reference: String,
    pub fp: i64,
}

/// An adjustment row (LiveLedger format).
#[derive(Debug, Clone)]
pub(crate) struct AdjustmentRow {
    pub at: DateTime<Utc>,
    pub diamonds: Decimal,
    pub reason: String,
    pub fp: i64,
}

/// Everything read from a file, checked.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    pub gifts: Vec<GiftRow>,
    pub sessions: Vec<SessionRow>,
    pub withdrawals: Vec<WithdrawalRow>,
    pub adjustments: Vec<AdjustmentRow>,
    pub rates: Vec<Rate>,
    pub streak_steps: u64,
    pub unfinished_streaks: u64,
    /// Rows read into something (gifts, sessions…, streak steps included).
    pub rows_taken: u64,
    pub totals_skipped: u64,
    pub blank_skipped: u64,
    pub events_skipped: BTreeMap<String, u64>,
    pub number_format: String,
    pub date_format: String,
    pub fields: Vec<FieldSource>,
    /// What the import warns about, each naming its line.
    pub warnings: Vec<String>,
}

/// A streak of a streakable gift still waiting for its end.
struct OpenStreak {
    max: i64,
    /// The line of its highest step.
    line: u64,
    row: GiftRow,
}

/// Reads records of one format.
pub(crate) struct Parser {
    format: Format,
    header: Vec<String>,
    cols: Columns,
    ll: HashMap<&'static str, usize>,
    tz: Tz,
    catalog: HashMap<String, i64>,
    out: Parsed,
    problems: Vec<RowProblem>,
    problem_count: usize,
    seen: HashMap<i64, u32, std::hash::BuildHasherDefault<super::PassThrough>>,
    open: HashMap<(String, String), OpenStreak>,
    /// A pause after which an open streak ended unseen: the session gap, so a
    /// streak never runs from one live into the next.
    streak_pause: Duration,
    /// The line of the row being read.
    line: u64,
    /// What each column's numbers showed about their separators.
    nums: Vec<numbers::Column>,
    /// Date styles seen (see `datetime::style`).
    date_bits: u16,
    duration_unit: DurationUnit,
    /// Currency a rewards column names in its header, e.g. `USD`.
    rewards_currency: Option<String>,
    /// Rewards waiting for their column to settle: (session, column, line, reading).
    rewards: Vec<(usize, usize, u64, Reading)>,
    /// The first values of each field's column.
    samples: Vec<(Field, usize, Vec<String>)>,
    sample_rows: u32,
    /// The last row's sender, gift and count, to spot streak steps.
    last_step: (String, String, i64),
    step_pairs: u64,
}

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

/// Whether `w` starts with `word` (any case) and no letter follows it.
fn starts_with_word(w: &str, word: &str) -> bool {
    w.get(..word.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(word))
        && !w[word.len()..].starts_with(char::is_alphabetic)
}

type Cell<T> = Result<T, (Option<usize>, String)>;

/// Refuses a row whose coins (price × count) do not fit a whole number the
/// ledger can add up, at the count's column, where a typo most likely is.
fn total_fits(coins: i64, count: i64, col: Option<usize>) -> Cell<()> {
    match coins.checked_mul(count) {
        Some(_) => Ok(()),
        None => Err((
            col,
            format!("{count} × {coins} coins is more than a ledger can count"),
        )),
    }
}

impl Parser {
    /// A parser for `format` files with this header and columns.
    pub fn new(
        format: Format,
        header: &[String],
        cols: Columns,
        tz: Tz,
        catalog: HashMap<String, i64>,
    ) -> Result<Parser, String> {
        let mut ll = HashMap::new();
        if format == Format::LiveLedger {
            for name in LIVELEDGER_COLUMNS {
                if let Some(i) = header.iter().position(|h| norm(h) == norm(name)) {
                    ll.insert(name, i);
                }
            }
            if !ll.contains_key("record") {
                return Err("a LiveLedger export needs a 'record' column".into());
            }
        }
        let need = |fields: &[Field], what: &str| -> Result<(), String> {
            let missing: Vec<String> = fields
                .iter()
                .filter(|f| !cols.has(**f))
                .map(|f| format!("{f:?}").to_lowercase())
                .collect();
            if missing.is_empty() {
                Ok(())
            } else {
                Err(format!(
                    "a {what} needs a column for {} (its columns: {}); name them with --map",
                    missing.join(", "),
                    super::header_list(header)
                ))
            }
        };
        match format {
            Format::GiftEvents => {
                need(&[Field::Date, Field::Coins, Field::Count], "gift-event log")?
            }
            Format::GiftTable => need(&[Field::Date, Field::Gift], "gift table")?,
            Format::SessionSummary => need(&[Field::Date, Field::Diamonds], "session summary")?,
            Format::LiveLedger | Format::Auto | Format::JsonEvents | Format::TiktokData => {}
        }
        if format == Format::GiftEvents && !cols.has(Field::Gift) && !cols.has(Field::GiftId) {
            return Err("a gift-event log needs a giftName or giftId column".into());
        }
        let header_of = |f: Field| cols.get(f).and_then(|i| header.get(i));
        let duration_unit = header_of(Field::Duration)
            .map_or(DurationUnit::Minutes, |h| DurationUnit::of_header(h));
        let rewards_currency = header_of(Field::Rewards).and_then(|h| {
            let code = h.split_once('(')?.1.split(')').next()?.trim();
            (code.len() == 3 && code.bytes().all(|b| b.is_ascii_alphabetic()))
                .then(|| code.to_ascii_uppercase())
        });
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
            out: Parsed::default(),
            problems: Vec::new(),
            problem_count: 0,
            seen: HashMap::default(),
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
        })
    }

    /// Sets the session gap: a streak's events further apart belong to two streaks.
    pub fn set_session_gap(&mut self, minutes: i64) {
        self.streak_pause = Duration::minutes(minutes);
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
    fn sample(&mut self, rec: &csv::StringRecord) {
        self.sample_rows += 1;
        for (_, i, values) in &mut self.samples {
            if values.len() < 3 {
                if let Some(v) = rec.get(*i).map(str::trim).filter(|v| !v.is_empty()) {
                    let v: String = v.chars().take(40).collect();
                    values.push(v);
                }
            }
        }
    }

    /// Spots a streak step in a file whose streaks cannot be folded (no
    /// repeatEnd column): the same sender and gift with the count one up.
    /// Keeps the last row's names in reused buffers: no allocation per row.
    fn track_step(&mut self, sender: Option<&str>, gift: &str, count: i64) {
        if self.cols.has(Field::RepeatEnd) {
            return;
        }
        let (last_sender, last_gift, last_count) = &mut self.last_step;
        let sender = sender.unwrap_or("");
        if Some(count) == last_count.checked_add(1) && last_sender == sender && last_gift == gift {
            self.step_pairs += 1;
        }
        last_sender.clear();
        last_sender.push_str(sender);
        last_gift.clear();
        last_gift.push_str(gift);
        *last_count = count;
    }

    /// Reads one data record found at `line`.
    pub fn row(&mut self, line: u64, rec: &csv::StringRecord) {
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
            self.sample(rec);
        }
        // Only LiveLedger's notes may hold line breaks; elsewhere one means a
        // quote that was never closed swallowed the lines after it.
        if self.format != Format::LiveLedger {
            if let Some(i) = rec.iter().position(|f| f.contains(['\n', '\r'])) {
                let column = Some((i + 1, short(self.header.get(i).map_or("", |h| h))));
                let message =
                    "a field runs over several lines: a quote (\") is probably not closed"
                        .to_string();
                self.problem(RowProblem {
                    line,
                    column,
                    message,
                });
                return;
            }
        }
        let result = match self.format {
            Format::GiftEvents => self.gift_event(rec, line),
            Format::GiftTable => self.gift_table(rec, line),
            Format::SessionSummary => self.session_summary(rec, line),
            Format::LiveLedger => self.liveledger(rec),
            Format::Auto | Format::JsonEvents | Format::TiktokData => {
                Err((None, "no format chosen".into()))
            }
        };
        match result {
            Ok(()) => self.out.rows_taken += 1,
            Err((col, message)) => {
                let column = col.map(|i| (i + 1, short(self.header.get(i).map_or("", |h| h))));
                self.problem(RowProblem {
                    line,
                    column,
                    message,
                });
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

    /// Ends the file: closes unfinished streaks, settles slashed dates, and
    /// returns the rows, or the problems when there are any.
    pub fn finish(mut self) -> Result<Parsed, (usize, Vec<RowProblem>)> {
        let mut open: Vec<OpenStreak> = self.open.drain().map(|(_, s)| s).collect();
        // In file order, so rows and warnings come out the same every time.
        open.sort_by_key(|s| s.line);
        for s in open {
            self.close_unfinished(s);
        }
        let day_first = self.settle_slashed_dates();
        self.settle_numbers();
        if self.problem_count > 0 {
            self.problems.sort_by_key(|p| p.line);
            return Err((self.problem_count, self.problems));
        }
        self.out.date_format = describe_style(self.date_bits, day_first);
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
                samples,
            })
            .collect();
        if self.step_pairs >= 2 {
            self.out.warnings.push(format!(
                "{} rows look like steps of a streak (same sender and gift, count one higher than the row before) but no repeatEnd column is read, so each step is counted; if the file has streak columns, name them with --map repeat_end=COLUMN,gift_type=COLUMN",
                self.step_pairs
            ));
        }
        Ok(self.out)
    }

    /// Refuses columns whose numbers contradict themselves and settles the
    /// rewards that waited for their column.
    fn settle_numbers(&mut self) {
        let conflicts: Vec<(usize, u64, String)> = self
            .nums
            .iter()
            .enumerate()
            .filter_map(|(i, c)| c.conflict().map(|(line, m)| (i, line, m)))
            .collect();
        for (i, line, message) in conflicts {
            let column = Some((i + 1, short(self.header.get(i).map_or("", |h| h))));
            self.problem(RowProblem {
                line,
                column,
                message,
            });
        }
        let currency = self.rewards_currency.clone().unwrap_or_default();
        for (session, col, line, reading) in std::mem::take(&mut self.rewards) {
            let value = match reading {
                Reading::Known(d) => d,
                Reading::Ambiguous { sep, .. } => match self.nums[col].thousands(sep) {
                    Some(thousands) => reading.resolve(thousands),
                    None => {
                        let column = Some((col + 1, short(self.header.get(col).map_or("", |h| h))));
                        let (lead, tail) = match reading {
                            Reading::Ambiguous { lead, tail, .. } => (lead, tail),
                            Reading::Known(_) => (0, 0),
                        };
                        let c = if sep == numbers::Sep::Comma { ',' } else { '.' };
                        self.problem(RowProblem {
                            line,
                            column,
                            message: format!(
                                "'{lead}{c}{tail:03}' could be {} or {} and no other value in the column settles it; write amounts with two decimals (1234.00 or 1234,00) or without thousands separators",
                                reading.resolve(true),
                                reading.resolve(false)
                            ),
                        });
                        continue;
                    }
                },
            };
            if let Some(s) = self.out.sessions.get_mut(session) {
                let note = format!(
                    "TikTok estimated rewards: {}{}{}",
                    value,
                    if currency.is_empty() { "" } else { " " },
                    currency
                );
                if s.input.notes.is_empty() {
                    s.input.notes = note;
                } else {
                    s.input.notes = format!("{}; {note}", s.input.notes);
                }
            }
        }
    }

    // ----- cells ----------------------------------------------------------

    fn text<'r>(&self, rec: &'r csv::StringRecord, f: Field) -> Option<&'r str> {
        self.cols
            .get(f)
            .and_then(|i| rec.get(i))
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    fn required<'r>(&self, rec: &'r csv::StringRecord, f: Field, what: &str) -> Cell<&'r str> {
        self.text(rec, f)
            .ok_or_else(|| (self.cols.get(f), format!("expected {what}, found nothing")))
    }

    /// A whole number in field `f`: thousands grouped in the column's
    /// locale (see `numbers`), never a fraction.
    fn whole(&mut self, rec: &csv::StringRecord, f: Field, what: &str) -> Cell<Option<i64>> {
        let Some(t) = self.text(rec, f) else {
            return Ok(None);
        };
        if let Ok(n) = t.parse::<i64>() {
            return Ok(Some(n));
        }
        let col = self.cols.get(f);
        match numbers::read_whole(t) {
            Ok((n, ev)) => {
                if let Some(c) = col.and_then(|i| self.nums.get_mut(i)) {
                    c.see(ev, self.line, t);
                }
                Ok(Some(n))
            }
            Err(NumError::Fraction) => Err((
                col,
                format!(
                    "expected {what}, found '{}', which has a fraction",
                    short(t)
                ),
            )),
            Err(NumError::TooLarge) => Err((
                col,
                format!("'{}' is more than a ledger can count", short(t)),
            )),
            Err(NumError::NotANumber) => {
                Err((col, format!("expected {what}, found '{}'", short(t))))
            }
        }
    }

    /// A decimal in field `f` read in the column's locale; an ambiguous
    /// `1.234` / `1,234` is settled by the column so far, else refused.
    /// `own_dot`: LiveLedger's own files, where `.` is always the decimal point.
    fn decimal(&mut self, col: Option<usize>, t: &str, own_dot: bool) -> Cell<Decimal> {
        let found = || (col, format!("expected a number, found '{}'", short(t)));
        let (reading, ev) = numbers::read(t, false).map_err(|_| found())?;
        if let Some(c) = col.and_then(|i| self.nums.get_mut(i)) {
            c.see(ev, self.line, t);
        }
        match reading {
            Reading::Known(d) => Ok(d),
            Reading::Ambiguous { sep, .. } => {
                let settled = col
                    .and_then(|i| self.nums.get(i))
                    .and_then(|c| c.thousands(sep))
                    .or((own_dot && sep == numbers::Sep::Dot).then_some(false));
                match settled {
                    Some(thousands) => Ok(reading.resolve(thousands)),
                    None => Err((
                        col,
                        format!(
                            "'{}' could be {} or {}; write it with two decimals or without thousands separators",
                            short(t),
                            reading.resolve(true),
                            reading.resolve(false)
                        ),
                    )),
                }
            }
        }
    }

    fn when(&mut self, rec: &csv::StringRecord, line: u64) -> Cell<When> {
        let col = self.cols.get(Field::Date);
        let date = self.required(rec, Field::Date, "a date/time")?;
        let time = self.text(rec, Field::Time);
        parse_when(
            date,
            time,
            self.tz,
            line,
            col.unwrap_or(0),
            &mut self.date_bits,
        )
        .map_err(|m| (col, m))
    }

    fn occurrence(&mut self, base: i64) -> i64 {
        let n = self.seen.entry(base).or_insert(0);
        *n = n.saturating_add(1);
        occurrence_fingerprint(base, *n)
    }

    // ----- formats --------------------------------------------------------

    fn gift_event(&mut self, rec: &csv::StringRecord, line: u64) -> Cell<()> {
        let at = self.when(rec, line)?;
        let coins = self
            .whole(
                rec,
                Field::Coins,
                "the gift's price in coins (diamondCount)",
            )?
            .ok_or_else(|| {
                (
                    self.cols.get(Field::Coins),
                    "expected the gift's price in coins, found nothing".to_string(),
                )
            })?;
        let count = self
            .whole(rec, Field::Count, "a repeat count")?
            .unwrap_or(1);
        if coins < 0 {
            return Err((
                self.cols.get(Field::Coins),
                format!("expected a price of 0 coins or more, found {coins}"),
            ));
        }
        if count < 1 {
            return Err((
                self.cols.get(Field::Count),
                format!("expected a repeat count of 1 or more, found {count}"),
            ));
        }
        total_fits(coins, count, self.cols.get(Field::Count))?;
        let gift_id = self.text(rec, Field::GiftId).unwrap_or("").to_string();
        let name = self
            .text(rec, Field::Gift)
            .map(str::to_string)
            .unwrap_or_else(|| format!("Gift #{gift_id}"));
        let sender = self
            .text(rec, Field::Sender)
            .or_else(|| self.text(rec, Field::Nickname))
            .map(str::to_string);
        self.track_step(sender.as_deref(), &name, count);
        let gift_type = self.whole(rec, Field::GiftType, "a gift type number")?;
        let repeat_end = match self.text(rec, Field::RepeatEnd) {
            None => false,
            Some(t) => parse_bool(t).ok_or_else(|| {
                (
                    self.cols.get(Field::RepeatEnd),
                    format!("expected true or false, found '{}'", short(t)),
                )
            })?,
        };
        let stamp = self.text(rec, Field::Date).unwrap_or("");
        let base = gift_event_fingerprint(stamp, sender.as_deref(), &gift_id, &name, coins, count);
        let row = GiftRow {
            at: Some(at),
            name,
            coins_each: coins,
            count,
            sender,
            session_key: None,
            fp: 0,
            streak: None,
        };
        let key = (
            row.sender.clone().unwrap_or_default(),
            if gift_id.is_empty() {
                row.name.clone()
            } else {
                gift_id
            },
        );
        if gift_type != Some(1) {
            let fp = self.occurrence(base);
            self.out.gifts.push(GiftRow { fp, ..row });
            return Ok(());
        }
        // A count below the open streak's highest (or equal, for a step), or a
        // pause longer than the session gap, means that streak ended unseen. An end at the highest count is its end: a
        // single tap arrives as 1/false, then 1/true, and is one gift.
        if let Some(open) = self.open.get(&key) {
            let paused = match (open.row.at, at) {
                (Some(When::Known(last)), When::Known(now)) => now - last > self.streak_pause,
                _ => false,
            };
            if paused || count < open.max || (count == open.max && !repeat_end) {
                if let Some(prev) = self.open.remove(&key) {
                    self.close_unfinished(prev);
                }
            }
        }
        let fp = self.occurrence(base);
        if !repeat_end {
            // A step of a running streak: remember it, count it when it ends.
            self.out.streak_steps += 1;
            let streak = match self.open.get(&key) {
                Some(open) => open.row.streak,
                None => {
                    let first = fingerprint(&[
                        "streak",
                        &key.0,
                        &key.1,
                        stamp,
                        self.text(rec, Field::Time).unwrap_or(""),
                    ]);
                    Some(Streak {
                        first: at,
                        id: self.occurrence(first),
                        estimated: false,
                    })
                }
            };
            let row = GiftRow { fp, streak, ..row };
            self.open.insert(
                key,
                OpenStreak {
                    max: count,
                    line,
                    row,
                },
            );
            return Ok(());
        }
        // An end: of the open streak, or a streak whose steps never came.
        let streak = self.open.remove(&key).and_then(|open| open.row.streak);
        self.out.gifts.push(GiftRow { fp, streak, ..row });
        Ok(())
    }

    fn close_unfinished(&mut self, s: OpenStreak) {
        self.out.unfinished_streaks += 1;
        // The last step seen is counted in place of the end that never came.
        self.out.streak_steps = self.out.streak_steps.saturating_sub(1);
        if self.out.warnings.len() < MAX_LISTED_PROBLEMS {
            let from = s
                .row
                .sender
                .as_deref()
                .map(|f| format!(" from {}", short(f)))
                .unwrap_or_default();
            self.out.warnings.push(format!(
                "line {}: the streak of {}{from} never ended in the file; counted as {} × {} coins (its highest count so far) and marked estimated",
                s.line,
                short(&s.row.name),
                s.max,
                s.row.coins_each
            ));
        } else if self.out.warnings.len() == MAX_LISTED_PROBLEMS {
            self.out
                .warnings
                .push("more streaks never ended; see the rows marked estimated".into());
        }
        let mut row = s.row;
        if let Some(streak) = &mut row.streak {
            streak.estimated = true;
        }
        self.out.gifts.push(row);
    }

    fn gift_table(&mut self, rec: &csv::StringRecord, line: u64) -> Cell<()> {
        let at = self.when(rec, line)?;
        let name = self.required(rec, Field::Gift, "a gift name")?.to_string();
        let coins = match self.whole(rec, Field::Coins, "a whole number of coins")? {
            Some(c) if c < 0 => return Err((self.cols.get(Field::Coins), format!("expected 0 coins or more, found {c}"))),
            Some(c) => c,
            None => *self.catalog.get(&name.to_lowercase()).ok_or_else(|| {
                (
                    self.cols.get(Field::Gift).or(self.cols.get(Field::Coins)),
                    format!("gift '{name}' is not in the gift catalog and the row gives no coins; add it to the catalog or add a coins column"),
                )
            })?,
        };
        let count = self.whole(rec, Field::Count, "a whole count")?.unwrap_or(1);
        if count < 1 {
            return Err((
                self.cols.get(Field::Count),
                format!("expected a count of 1 or more, found {count}"),
            ));
        }
        total_fits(coins, count, self.cols.get(Field::Count))?;
        let sender = self
            .text(rec, Field::Sender)
            .or_else(|| self.text(rec, Field::Nickname))
            .map(str::to_string);
        self.track_step(sender.as_deref(), &name, count);
        let session_key = self.text(rec, Field::Session).map(str::to_string);
        let base = fingerprint(&[
            "gift-table",
            self.text(rec, Field::Date).unwrap_or(""),
            self.text(rec, Field::Time).unwrap_or(""),
            &name.to_lowercase(),
            &coins.to_string(),
            &count.to_string(),
            sender.as_deref().unwrap_or(""),
            session_key.as_deref().unwrap_or(""),
        ]);
        let fp = self.occurrence(base);
        self.out.gifts.push(GiftRow {
            at: Some(at),
            name,
            coins_each: coins,
            count,
            sender,
            session_key,
            fp,
            streak: None,
        });
        Ok(())
    }

    fn session_summary(&mut self, rec: &csv::StringRecord, line: u64) -> Cell<()> {
        let start = self.when(rec, line)?;
        let dcol = self.cols.get(Field::Diamonds);
        let diamonds = match self.whole(rec, Field::Diamonds, "a number of diamonds")? {
            Some(d) if d >= 0 => d,
            Some(d) => {
                return Err((dcol, format!("expected 0 diamonds or more, found {d}")));
            }
            None => return Err((dcol, "expected a number of diamonds, found nothing".into())),
        };
        let diamonds = Decimal::from(diamonds);
        let duration = match self.text(rec, Field::Duration) {
            None => None,
            Some(t) => Some(parse_duration(t, self.duration_unit).ok_or_else(|| {
                (
                    self.cols.get(Field::Duration),
                    format!(
                        "expected a duration of at most a week such as 90, 1:30:00 or 1h 30m, found '{}'",
                        short(t)
                    ),
                )
            })?),
        };
        let end = match self.text(rec, Field::End) {
            None => None,
            Some(t) => Some(self.end_time(t, start)?),
        };
        let count = |p: &mut Parser, f: Field, what: &str| -> Cell<Option<i64>> {
            let v = p.whole(rec, f, what)?;
            match v {
                Some(n) if n < 0 => Err((
                    p.cols.get(f),
                    format!("expected {what} (0 or more), found {n}"),
                )),
                _ => Ok(v),
            }
        };
        let peak_viewers = count(self, Field::PeakViewers, "a number of peak viewers")?;
        let unique_viewers = count(self, Field::Viewers, "a number of viewers")?;
        let likes = count(self, Field::Likes, "a number of likes")?;
        let new_followers = count(self, Field::Followers, "a number of followers")?;
        let gifters = count(self, Field::Gifters, "a number of gifters")?;
        let rewards = match self.text(rec, Field::Rewards) {
            None => None,
            Some(t) => {
                let col = self.cols.get(Field::Rewards);
                let (reading, ev) = numbers::read(strip_currency(t), false).map_err(|_| {
                    (
                        col,
                        format!("expected an amount of money, found '{}'", short(t)),
                    )
                })?;
                if let Some(c) = col.and_then(|i| self.nums.get_mut(i)) {
                    c.see(ev, line, t);
                }
                col.map(|c| (c, reading))
            }
        };
        let input = SessionInput {
            started_at: None,
            ended_at: None,
            title: self.text(rec, Field::Title).unwrap_or("").to_string(),
            peak_viewers,
            unique_viewers,
            likes,
            new_followers,
            notes: gifters.map(|g| format!("{g} gifters")).unwrap_or_default(),
            reported_diamonds: Diamonds(diamonds),
        };
        let stamp = self.text(rec, Field::Date).unwrap_or("").to_string()
            + " "
            + self.text(rec, Field::Time).unwrap_or("");
        let base = fingerprint(&["session-summary", &stamp, &diamonds.normalize().to_string()]);
        let fp = self.occurrence(base);
        if let Some((col, reading)) = rewards {
            self.rewards
                .push((self.out.sessions.len(), col, line, reading));
        }
        self.out.sessions.push(SessionRow {
            key: None,
            start,
            duration,
            end,
            input,
            fp,
            rate: None,
        });
        Ok(())
    }

    /// A session's end: an instant, or a time of day on its start's day
    /// (the next day when it is earlier than the start).
    fn end_time(&mut self, t: &str, start: When) -> Cell<DateTime<Utc>> {
        let col = self.cols.get(Field::End);
        let mut bits = 0;
        if let Ok(When::Known(at)) = parse_when(t, None, self.tz, self.line, 0, &mut bits) {
            return Ok(at);
        }
        let bad = || {
            (
                col,
                format!(
                    "expected an end time such as 2026-03-01 21:30 or 21:30, found '{}'",
                    short(t)
                ),
            )
        };
        let (clock, _) = parse_clock(t).ok_or_else(bad)?;
        let When::Known(started) = start else {
            return Err((
                col,
                "an end given as a time of day needs a start written as YYYY-MM-DD".into(),
            ));
        };
        let local = started.with_timezone(&self.tz);
        let mut day = local.date_naive();
        if clock < local.time() {
            day = day.succ_opt().ok_or_else(bad)?;
        }
        dates::resolve_local(day.and_time(clock), self.tz, t)
            .map_err(|e| (col, short(&e.to_string())))
    }

    /// A decimal of a LiveLedger export, read in the column's locale (an
    /// export re-saved by a spreadsheet may write `12,50`).
    fn ll_dec(
        &mut self,
        ll: &HashMap<&'static str, usize>,
        rec: &csv::StringRecord,
        name: &str,
    ) -> Cell<Decimal> {
        let col = ll.get(name).copied();
        let t = col.and_then(|i| rec.get(i)).unwrap_or("").trim();
        if t.is_empty() {
            return Err((col, format!("expected a value for {name}, found nothing")));
        }
        self.decimal(col, t, true)
    }

    fn liveledger(&mut self, rec: &csv::StringRecord) -> Cell<()> {
        // Taken out so the closures below do not hold `self` borrowed.
        let ll = std::mem::take(&mut self.ll);
        let result = self.liveledger_row(&ll, rec);
        self.ll = ll;
        result
    }

    fn liveledger_row(
        &mut self,
        ll: &HashMap<&'static str, usize>,
        rec: &csv::StringRecord,
    ) -> Cell<()> {
        let col = |name: &str| ll.get(name).copied();
        let get = |name: &str| col(name).and_then(|i| rec.get(i)).unwrap_or("");
        let req = |name: &str| -> Cell<&str> {
            let v = get(name);
            if v.is_empty() {
                Err((
                    col(name),
                    format!("expected a value for {name}, found nothing"),
                ))
            } else {
                Ok(v)
            }
        };
        let instant = |name: &str| -> Cell<DateTime<Utc>> {
            dates::parse_instant(req(name)?, Tz::UTC)
                .map_err(|e| (col(name), short(&e.to_string())))
        };
        let opt_int = |name: &str| -> Cell<Option<i64>> {
            let t = get(name);
            if t.is_empty() {
                return Ok(None);
            }
            parse_whole(t).map(Some).ok_or_else(|| {
                (
                    col(name),
                    format!("expected a whole number, found '{}'", short(t)),
                )
            })
        };
        let record = get("record").to_string();
        match record.as_str() {
            "session" => {
                let started = instant("started_at")?;
                let ended = if get("ended_at").is_empty() {
                    None
                } else {
                    Some(instant("ended_at")?)
                };
                let input = SessionInput {
                    started_at: Some(started),
                    ended_at: ended,
                    title: get("title").to_string(),
                    peak_viewers: opt_int("peak_viewers")?,
                    unique_viewers: opt_int("unique_viewers")?,
                    likes: opt_int("likes")?,
                    new_followers: opt_int("new_followers")?,
                    notes: get("notes").to_string(),
                    reported_diamonds: Diamonds(if get("reported_diamonds").is_empty() {
                        Decimal::ZERO
                    } else {
                        self.ll_dec(ll, rec, "reported_diamonds")?
                    }),
                };
                crate::store::validate_session(&input)
                    .map_err(|e| (col("started_at"), e.to_string()))?;
                let fp = fingerprint(&[
                    "ll-session",
                    &started.timestamp_millis().to_string(),
                    get("title"),
                ]);
                // The rate the exporting ledger valued it at travels with it.
                let rate = if get("diamonds_per_coin").is_empty() {
                    None
                } else {
                    let rate = Rate {
                        id: 0,
                        effective_from: req("effective_from")?.parse().map_err(|_| {
                            (
                                col("effective_from"),
                                format!(
                                    "expected YYYY-MM-DD, found '{}'",
                                    short(get("effective_from"))
                                ),
                            )
                        })?,
                        diamonds_per_coin: self.ll_dec(ll, rec, "diamonds_per_coin")?,
                        money_per_diamond: self.ll_dec(ll, rec, "money_per_diamond")?,
                        currency: req("currency")?.to_string(),
                        min_withdrawal: Decimal::ZERO,
                        max_withdrawal_per_day: None,
                    };
                    rate.validate().map_err(|m| (col("diamonds_per_coin"), m))?;
                    Some(crate::model::SessionRate::of(&rate))
                };
                self.out.sessions.push(SessionRow {
                    key: Some(req("session_ref")?.to_string()),
                    start: When::Known(started),
                    duration: None,
                    end: ended,
                    input,
                    fp,
                    rate,
                });
            }
            "gift" => {
                let key = req("session_ref")?.to_string();
                let at = if get("at").is_empty() {
                    None
                } else {
                    Some(When::Known(instant("at")?))
                };
                let coins = opt_int("coins_each")?.ok_or_else(|| {
                    (
                        col("coins_each"),
                        "expected coins, found nothing".to_string(),
                    )
                })?;
                let count = opt_int("count")?.unwrap_or(1);
                if coins < 0 || count < 1 {
                    return Err((
                        col("count"),
                        format!("expected coins ≥ 0 and count ≥ 1, found {coins} and {count}"),
                    ));
                }
                total_fits(coins, count, col("count"))?;
                let name = req("gift_name")?.to_string();
                let sender = Some(get("sender").to_string()).filter(|s| !s.is_empty());
                let base = fingerprint(&[
                    "ll-gift",
                    &key,
                    get("at"),
                    &name,
                    &coins.to_string(),
                    &count.to_string(),
                    get("sender"),
                ]);
                let fp = self.occurrence(base);
                self.out.gifts.push(GiftRow {
                    at,
                    name,
                    coins_each: coins,
                    count,
                    sender,
                    session_key: Some(key),
                    fp,
                    streak: None,
                });
            }
            "withdrawal" => {
                let at = instant("at")?;
                let status: WithdrawalStatus = req("status")?
                    .parse()
                    .map_err(|e: String| (col("status"), e))?;
                let row = WithdrawalRow {
                    at,
                    diamonds: self.ll_dec(ll, rec, "diamonds")?,
                    gross: self.ll_dec(ll, rec, "gross")?,
                    fee: self.ll_dec(ll, rec, "fee")?,
                    net: self.ll_dec(ll, rec, "net")?,
                    method: get("method").to_string(),
                    status,
                    reference: get("reference").to_string(),
                    fp: 0,
                };
                let base = fingerprint(&[
                    "ll-withdrawal",
                    &at.timestamp_millis().to_string(),
                    get("diamonds"),
                    get("reference"),
                ]);
                let fp = self.occurrence(base);
                self.out.withdrawals.push(WithdrawalRow { fp, ..row });
            }
            "adjustment" => {
                let at = instant("at")?;
                let diamonds = self.ll_dec(ll, rec, "diamonds")?;
                let base = fingerprint(&[
                    "ll-adjustment",
                    &at.timestamp_millis().to_string(),
                    get("diamonds"),
                    get("reason"),
                ]);
                let fp = self.occurrence(base);
                self.out.adjustments.push(AdjustmentRow {
                    at,
                    diamonds,
                    reason: get("reason").to_string(),
                    fp,
                });
            }
            "rate" => {
                let day: NaiveDate = req("effective_from")?.parse().map_err(|_| {
                    (
                        col("effective_from"),
                        format!(
                            "expected YYYY-MM-DD, found '{}'",
                            short(get("effective_from"))
                        ),
                    )
                })?;
                let rate = Rate {
                    id: 0,
                    effective_from: day,
                    diamonds_per_coin: self.ll_dec(ll, rec, "diamonds_per_coin")?,
                    money_per_diamond: self.ll_dec(ll, rec, "money_per_diamond")?,
                    currency: req("currency")?.to_string(),
                    min_withdrawal: self.ll_dec(ll, rec, "min_withdrawal")?,
                    max_withdrawal_per_day: if get("max_withdrawal_per_day").is_empty() {
                        None
                    } else {
                        Some(self.ll_dec(ll, rec, "max_withdrawal_per_day")?)
                    },
                };
                rate.validate().map_err(|m| (col("effective_from"), m))?;
                self.out.rates.push(rate);
            }
            other => {
                return Err((
                    col("record"),
                    format!(
                        "expected session, gift, withdrawal, adjustment or rate, found '{}'",
                        short(other)
                    ),
                ));
            }
        }
        Ok(())
    }

    /// Decides day-first or month-first for the whole file from every slashed
    /// date in it, then resolves them; refuses to guess.
    fn settle_slashed_dates(&mut self) -> bool {
        let mut day_first: Option<(u64, usize)> = None;
        let mut month_first: Option<(u64, usize)> = None;
        let mut ambiguous: Option<(u64, usize)> = None;
        let cells = self
            .out
            .gifts
            .iter()
            .filter_map(|g| g.at)
            .chain(self.out.sessions.iter().map(|s| s.start));
        for w in cells {
            if let When::Slashed {
                a, b, line, col, ..
            } = w
            {
                if a > 12 {
                    day_first.get_or_insert((line, col));
                } else if b > 12 {
                    month_first.get_or_insert((line, col));
                } else if a != b {
                    ambiguous.get_or_insert((line, col));
                }
            }
        }
        let order = match (day_first, month_first, ambiguous) {
            (None, None, None) => DateOrder::DayFirst, // every slashed date reads the same either way
            (Some(_), None, _) => DateOrder::DayFirst,
            (None, Some(_), _) => DateOrder::MonthFirst,
            (Some((l1, _)), Some((l2, c2)), _) => {
                self.problem(RowProblem {
                    line: l2,
                    column: Some((c2 + 1, short(self.header.get(c2).map_or("", |h| h)))),
                    message: format!("the dates mix day-first (line {l1}) and month-first (line {l2}) orders; write them as YYYY-MM-DD"),
                });
                return true;
            }
            (None, None, Some((l, c))) => {
                self.problem(RowProblem {
                    line: l,
                    column: Some((c + 1, short(self.header.get(c).map_or("", |h| h)))),
                    message: "dates such as 01/02/2026 could be day-first or month-first and no date in the file settles it; write them as YYYY-MM-DD".into(),
                });
                return true;
            }
        };
        let tz = self.tz;
        let mut problems = Vec::new();
        let mut resolve = |w: &mut When| {
            if let When::Slashed {
                a,
                b,
                year,
                time,
                line,
                col,
            } = *w
            {
                let (d, m) = if order == DateOrder::DayFirst {
                    (a, b)
                } else {
                    (b, a)
                };
                let text = format!("{year:04}-{m:02}-{d:02} {time}");
                let resolved = NaiveDate::from_ymd_opt(year, m, d)
                    .ok_or_else(|| format!("'{text}' is not a calendar date"))
                    .and_then(|day| {
                        dates::resolve_local(day.and_time(time), tz, &text)
                            .map_err(|e| e.to_string())
                    });
                match resolved {
                    Ok(t) => *w = When::Known(t),
                    Err(message) => problems.push((line, col, message)),
                }
            }
        };
        for g in &mut self.out.gifts {
            if let Some(w) = &mut g.at {
                resolve(w);
            }
            if let Some(streak) = &mut g.streak {
                resolve(&mut streak.first);
            }
        }
        for s in &mut self.out.sessions {
            resolve(&mut s.start);
        }
        for (line, col, message) in problems {
            let column = Some((col + 1, short(self.header.get(col).map_or("", |h| h))));
            self.problem(RowProblem {
                line,
                column,
                message,
            });
        }
        order == DateOrder::DayFirst
    }
}

/// Parses a whole number in any locale's grouping (`1,000`, `1.000`,
/// `1 000`), or with a zero fraction (`5.0`); never a fraction.
pub(crate) fn parse_whole(t: &str) -> Option<i64> {
    let t = t.trim();
    t.parse()
        .ok()
        .or_else(|| numbers::read_whole(t).ok().map(|(n, _)| n))
}

/// An amount without a currency sign or code around it: `$12.50`,
/// `12,50 €`, `USD 12.50`, `R$ 12,50`.
fn strip_currency(t: &str) -> &str {
    let t = t.trim();
    let t = t
        .trim_start_matches("R$")
        .trim_start_matches(['$', '€', '£', '¥'])
        .trim_end_matches(['$', '€', '£', '¥']);
    let code = |s: &str| s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase());
    let t = match t.trim().split_once(' ') {
        Some((c, rest)) if code(c) => rest,
        _ => t,
    };
    match t.trim().rsplit_once(' ') {
        Some((rest, c)) if code(c) => rest.trim(),
        _ => t.trim(),
    }
}

/// The fingerprint of a gift-event row before its occurrence is counted:
/// the time as written, sender, gift id and name, price and count. Live
/// capture uses the same, so a later import of the same log adds nothing.
pub(crate) fn gift_event_fingerprint(
    stamp: &str,
    sender: Option<&str>,
    gift_id: &str,
    name: &str,
    coins: i64,
    count: i64,
) -> i64 {
    fingerprint(&[
        "gift-event",
        stamp,
        sender.unwrap_or(""),
        gift_id,
        name,
        &coins.to_string(),
        &count.to_string(),
    ])
}

/// The fingerprint of the `n`th row (from 1) of a file with fingerprint `base`.
pub(crate) fn occurrence_fingerprint(base: i64, n: u32) -> i64 {
    if n <= 1 {
        base
    } else {
        fingerprint(&[&base.to_string(), &n.to_string()])
    }
}

pub(crate) fn parse_bool(t: &str) -> Option<bool> {
    match t.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "y" => Some(true),
        "false" | "0" | "no" | "n" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers() {
        assert_eq!(parse_whole("1,000"), Some(1000));
        assert_eq!(parse_whole("29,999"), Some(29999));
        assert_eq!(parse_whole("12.480"), Some(12480));
        assert_eq!(parse_whole("5.0"), Some(5));
        assert_eq!(parse_whole("1,00"), Some(1), "a zero fraction");
        assert_eq!(parse_whole("1.5"), None);
        assert_eq!(parse_whole("x"), None);
    }

    #[test]
    fn currency_signs_and_codes_are_not_part_of_an_amount() {
        assert_eq!(strip_currency("$12.50"), "12.50");
        assert_eq!(strip_currency("12,50 €"), "12,50");
        assert_eq!(strip_currency("USD 1,234.50"), "1,234.50");
        assert_eq!(strip_currency("R$ 12,50"), "12,50");
        assert_eq!(strip_currency("12.50 EUR"), "12.50");
    }

    #[test]
    fn slashed_dates_wait_for_the_column() {
        let when = |t: &str| parse_when(t, None, Tz::UTC, 2, 0, &mut 0);
        assert!(matches!(
            when("13/02/2026 20:00"),
            Ok(When::Slashed { a: 13, b: 2, .. })
        ));
        assert!(when("13/13/2026").is_err());
        assert!(matches!(when("2026-02-13 20:00"), Ok(When::Known(_))));
        let When::Known(t) = when("13.02.2026 20:00").unwrap() else {
            panic!()
        };
        assert_eq!(t.to_rfc3339(), "2026-02-13T20:00:00+00:00");
    }
}
