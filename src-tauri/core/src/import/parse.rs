//! Turning CSV records into checked rows, collecting every problem.

use std::collections::HashMap;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use rust_decimal::Decimal;

use super::sniff::{norm, Columns, Field};
use super::{fingerprint, Format, RowProblem, LIVELEDGER_COLUMNS, MAX_LISTED_PROBLEMS};
use crate::dates;
use crate::model::{SessionInput, WithdrawalStatus};
use crate::money::{parse_decimal, Diamonds};
use crate::rates::Rate;

/// The order of day and month in dates written with slashes, such as 01/02/2026.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    /// 01/02/2026 is 1 February.
    DayFirst,
    /// 01/02/2026 is 2 January.
    MonthFirst,
}

/// A date cell: known, or written with slashes and waiting for the column's order.
#[derive(Debug, Clone, Copy)]
pub(crate) enum When {
    Known(DateTime<Utc>),
    Slashed {
        a: u32,
        b: u32,
        year: i32,
        time: NaiveTime,
        line: u64,
        col: usize,
    },
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
}

/// A streak of a streakable gift still waiting for its end.
struct OpenStreak {
    max: i64,
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
                    header.join(", ")
                ))
            }
        };
        match format {
            Format::GiftEvents => {
                need(&[Field::Date, Field::Coins, Field::Count], "gift-event log")?
            }
            Format::GiftTable => need(&[Field::Date, Field::Gift], "gift table")?,
            Format::SessionSummary => need(&[Field::Date, Field::Diamonds], "session summary")?,
            Format::LiveLedger | Format::Auto => {}
        }
        if format == Format::GiftEvents && !cols.has(Field::Gift) && !cols.has(Field::GiftId) {
            return Err("a gift-event log needs a giftName or giftId column".into());
        }
        Ok(Parser {
            format,
            header: header.to_vec(),
            cols,
            ll,
            tz,
            catalog,
            out: Parsed::default(),
            problems: Vec::new(),
            problem_count: 0,
            seen: HashMap::default(),
            open: HashMap::new(),
        })
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

    /// Reads one data record found at `line`.
    pub fn row(&mut self, line: u64, rec: &csv::StringRecord) {
        // Only LiveLedger's notes may hold line breaks; elsewhere one means a
        // quote that was never closed swallowed the lines after it.
        if self.format != Format::LiveLedger {
            if let Some(i) = rec.iter().position(|f| f.contains(['\n', '\r'])) {
                let column = Some((i + 1, self.header.get(i).cloned().unwrap_or_default()));
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
            Format::Auto => Err((None, "no format chosen".into())),
        };
        if let Err((col, message)) = result {
            let column = col.map(|i| (i + 1, self.header.get(i).cloned().unwrap_or_default()));
            self.problem(RowProblem {
                line,
                column,
                message,
            });
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
        let open: Vec<OpenStreak> = self.open.drain().map(|(_, s)| s).collect();
        for s in open {
            self.close_unfinished(s);
        }
        self.settle_slashed_dates();
        if self.problem_count > 0 {
            self.problems.sort_by_key(|p| p.line);
            return Err((self.problem_count, self.problems));
        }
        Ok(self.out)
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

    fn whole(&self, rec: &csv::StringRecord, f: Field, what: &str) -> Cell<Option<i64>> {
        match self.text(rec, f) {
            None => Ok(None),
            Some(t) => parse_whole(t)
                .map(Some)
                .ok_or_else(|| (self.cols.get(f), format!("expected {what}, found '{t}'"))),
        }
    }

    fn when(&self, rec: &csv::StringRecord, line: u64) -> Cell<When> {
        let col = self.cols.get(Field::Date);
        let date = self.required(rec, Field::Date, "a date/time")?;
        let text = match self.text(rec, Field::Time) {
            Some(time) => format!("{date} {time}"),
            None => date.to_string(),
        };
        parse_when(&text, self.tz, line, col.unwrap_or(0)).map_err(|m| (col, m))
    }

    fn occurrence(&mut self, base: i64) -> i64 {
        let n = self.seen.entry(base).or_insert(0);
        *n += 1;
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
        let gift_type = self.whole(rec, Field::GiftType, "a gift type number")?;
        let repeat_end = match self.text(rec, Field::RepeatEnd) {
            None => false,
            Some(t) => parse_bool(t).ok_or_else(|| {
                (
                    self.cols.get(Field::RepeatEnd),
                    format!("expected true or false, found '{t}'"),
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
        };
        let key = (
            row.sender.clone().unwrap_or_default(),
            if gift_id.is_empty() {
                row.name.clone()
            } else {
                gift_id
            },
        );
        let streakable = gift_type == Some(1);
        if streakable && !repeat_end {
            // A step of a running streak: remember it, count it when it ends.
            self.out.streak_steps += 1;
            if let Some(open) = self.open.get(&key) {
                if count <= open.max {
                    // The counter went back: the previous streak ended unseen.
                    if let Some(prev) = self.open.remove(&key) {
                        self.close_unfinished(prev);
                    }
                }
            }
            let fp = self.occurrence(base);
            let entry = self.open.entry(key).or_insert(OpenStreak {
                max: 0,
                row: row.clone(),
            });
            if count > entry.max {
                entry.max = count;
                entry.row = GiftRow { fp, ..row };
            }
            return Ok(());
        }
        if streakable {
            self.open.remove(&key);
        }
        let fp = self.occurrence(base);
        self.out.gifts.push(GiftRow { fp, ..row });
        Ok(())
    }

    fn close_unfinished(&mut self, s: OpenStreak) {
        self.out.unfinished_streaks += 1;
        // The last step seen is counted in place of the end that never came.
        self.out.streak_steps = self.out.streak_steps.saturating_sub(1);
        self.out.gifts.push(s.row);
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
        });
        Ok(())
    }

    fn session_summary(&mut self, rec: &csv::StringRecord, line: u64) -> Cell<()> {
        let start = self.when(rec, line)?;
        let diamonds_text = self.required(rec, Field::Diamonds, "a number of diamonds")?;
        let diamonds = parse_whole(diamonds_text)
            .map(Decimal::from)
            .or_else(|| parse_decimal(diamonds_text))
            .filter(|d| *d >= Decimal::ZERO)
            .ok_or_else(|| {
                (
                    self.cols.get(Field::Diamonds),
                    format!("expected a number of diamonds (0 or more), found '{diamonds_text}'"),
                )
            })?;
        let duration = match self.text(rec, Field::Duration) {
            None => None,
            Some(t) => Some(parse_duration(t).ok_or_else(|| {
                (
                    self.cols.get(Field::Duration),
                    format!("expected a duration such as 90, 1:30:00 or 1h 30m, found '{t}'"),
                )
            })?),
        };
        let end = match self.text(rec, Field::End) {
            None => None,
            Some(t) => Some(
                dates::parse_instant(t, self.tz)
                    .map_err(|e| (self.cols.get(Field::End), e.to_string()))?,
            ),
        };
        let count = |p: &Parser, f: Field, what: &str| -> Cell<Option<i64>> {
            let v = p.whole(rec, f, what)?;
            match v {
                Some(n) if n < 0 => Err((
                    p.cols.get(f),
                    format!("expected {what} (0 or more), found {n}"),
                )),
                _ => Ok(v),
            }
        };
        let input = SessionInput {
            started_at: None,
            ended_at: None,
            title: self.text(rec, Field::Title).unwrap_or("").to_string(),
            peak_viewers: count(self, Field::PeakViewers, "a number of peak viewers")?,
            unique_viewers: count(self, Field::Viewers, "a number of viewers")?,
            likes: count(self, Field::Likes, "a number of likes")?,
            new_followers: count(self, Field::Followers, "a number of followers")?,
            notes: String::new(),
            reported_diamonds: Diamonds(diamonds),
        };
        let stamp = self.text(rec, Field::Date).unwrap_or("").to_string()
            + " "
            + self.text(rec, Field::Time).unwrap_or("");
        let base = fingerprint(&["session-summary", &stamp, &diamonds.normalize().to_string()]);
        let fp = self.occurrence(base);
        self.out.sessions.push(SessionRow {
            key: None,
            start,
            duration,
            end,
            input,
            fp,
        });
        Ok(())
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
            dates::parse_instant(req(name)?, Tz::UTC).map_err(|e| (col(name), e.to_string()))
        };
        let dec = |name: &str| -> Cell<Decimal> {
            let t = req(name)?;
            parse_decimal(t).ok_or_else(|| (col(name), format!("expected a number, found '{t}'")))
        };
        let opt_int = |name: &str| -> Cell<Option<i64>> {
            let t = get(name);
            if t.is_empty() {
                return Ok(None);
            }
            parse_whole(t)
                .map(Some)
                .ok_or_else(|| (col(name), format!("expected a whole number, found '{t}'")))
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
                        dec("reported_diamonds")?
                    }),
                };
                crate::store::validate_session(&input)
                    .map_err(|e| (col("started_at"), e.to_string()))?;
                let fp = fingerprint(&[
                    "ll-session",
                    &started.timestamp_millis().to_string(),
                    get("title"),
                ]);
                self.out.sessions.push(SessionRow {
                    key: Some(req("session_ref")?.to_string()),
                    start: When::Known(started),
                    duration: None,
                    end: ended,
                    input,
                    fp,
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
                });
            }
            "withdrawal" => {
                let at = instant("at")?;
                let status: WithdrawalStatus = req("status")?
                    .parse()
                    .map_err(|e: String| (col("status"), e))?;
                let row = WithdrawalRow {
                    at,
                    diamonds: dec("diamonds")?,
                    gross: dec("gross")?,
                    fee: dec("fee")?,
                    net: dec("net")?,
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
                let diamonds = dec("diamonds")?;
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
                        format!("expected YYYY-MM-DD, found '{}'", get("effective_from")),
                    )
                })?;
                let rate = Rate {
                    id: 0,
                    effective_from: day,
                    diamonds_per_coin: dec("diamonds_per_coin")?,
                    money_per_diamond: dec("money_per_diamond")?,
                    currency: req("currency")?.to_string(),
                    min_withdrawal: dec("min_withdrawal")?,
                    max_withdrawal_per_day: if get("max_withdrawal_per_day").is_empty() {
                        None
                    } else {
                        Some(dec("max_withdrawal_per_day")?)
                    },
                };
                rate.validate().map_err(|m| (col("effective_from"), m))?;
                self.out.rates.push(rate);
            }
            other => {
                return Err((
                    col("record"),
                    format!(
                        "expected session, gift, withdrawal, adjustment or rate, found '{other}'"
                    ),
                ));
            }
        }
        Ok(())
    }

    /// Decides day-first or month-first for the whole file from every slashed
    /// date in it, then resolves them; refuses to guess.
    fn settle_slashed_dates(&mut self) {
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
                    column: Some((c2 + 1, self.header.get(c2).cloned().unwrap_or_default())),
                    message: format!("the dates mix day-first (line {l1}) and month-first (line {l2}) orders; write them as YYYY-MM-DD"),
                });
                return;
            }
            (None, None, Some((l, c))) => {
                self.problem(RowProblem {
                    line: l,
                    column: Some((c + 1, self.header.get(c).cloned().unwrap_or_default())),
                    message: "dates such as 01/02/2026 could be day-first or month-first and no date in the file settles it; write them as YYYY-MM-DD".into(),
                });
                return;
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
        }
        for s in &mut self.out.sessions {
            resolve(&mut s.start);
        }
        for (line, col, message) in problems {
            let column = Some((col + 1, self.header.get(col).cloned().unwrap_or_default()));
            self.problem(RowProblem {
                line,
                column,
                message,
            });
        }
    }
}

/// Parses a whole number, allowing `1,000`-style grouping only when it is
/// unambiguous (groups of three), and a `.0` tail.
pub(crate) fn parse_whole(t: &str) -> Option<i64> {
    let t = t.trim();
    if let Ok(n) = t.parse::<i64>() {
        return Some(n);
    }
    if let Some(int) = t.strip_suffix(".0").or_else(|| t.strip_suffix(".00")) {
        return int.parse().ok();
    }
    let groups: Vec<&str> = t.split(',').collect();
    if groups.len() > 1
        && groups[1..].iter().all(|g| g.len() == 3)
        && !groups[0].is_empty()
        && groups[0].len() <= 3
    {
        return groups.concat().parse().ok();
    }
    None
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

/// Parses a cell as an instant, or a slashed date left for the column to settle.
pub(crate) fn parse_when(text: &str, tz: Tz, line: u64, col: usize) -> Result<When, String> {
    let t = text.trim();
    if let Some(w) = slashed(t, line, col) {
        return w;
    }
    if let Some(w) = dotted(t, tz) {
        return w.map(When::Known);
    }
    dates::parse_instant(t, tz)
        .map(When::Known)
        .map_err(|e| e.to_string())
}

fn split_date_time(t: &str) -> (&str, &str) {
    match t.find([' ', 'T']) {
        Some(i) => (&t[..i], t[i + 1..].trim()),
        None => (t, ""),
    }
}

fn parse_time(t: &str) -> Option<NaiveTime> {
    if t.is_empty() {
        return NaiveTime::from_hms_opt(0, 0, 0);
    }
    ["%H:%M:%S%.f", "%H:%M", "%I:%M %p", "%I:%M:%S %p"]
        .iter()
        .find_map(|f| NaiveTime::parse_from_str(t, f).ok())
}

fn slashed(t: &str, line: u64, col: usize) -> Option<Result<When, String>> {
    let (date, time) = split_date_time(t);
    let parts: Vec<&str> = date.split('/').collect();
    if parts.len() != 3 {
        return None;
    }
    let nums: Option<Vec<u32>> = parts.iter().map(|p| p.parse().ok()).collect();
    let bad = || {
        Some(Err(format!(
            "expected a date such as 2026-03-01 or 01/03/2026, found '{t}'"
        )))
    };
    let Some(nums) = nums else { return bad() };
    let Some(time) = parse_time(time) else {
        return bad();
    };
    if parts[2].len() != 4
        || nums[0] == 0
        || nums[1] == 0
        || nums[0] > 31
        || nums[1] > 31
        || (nums[0] > 12 && nums[1] > 12)
    {
        return bad();
    }
    Some(Ok(When::Slashed {
        a: nums[0],
        b: nums[1],
        year: nums[2] as i32,
        time,
        line,
        col,
    }))
}

/// `01.03.2026 20:00`: dotted dates are day-first wherever they are written.
fn dotted(t: &str, tz: Tz) -> Option<Result<DateTime<Utc>, String>> {
    let (date, time) = split_date_time(t);
    let parts: Vec<&str> = date.split('.').collect();
    if parts.len() != 3
        || parts[2].len() != 4
        || !parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let bad = || format!("expected a date such as 01.03.2026, found '{t}'");
    let day = NaiveDate::from_ymd_opt(
        parts[2].parse().ok()?,
        parts[1].parse().ok()?,
        parts[0].parse().ok()?,
    );
    let Some(day) = day else {
        return Some(Err(bad()));
    };
    let Some(time) = parse_time(time) else {
        return Some(Err(bad()));
    };
    Some(dates::resolve_local(day.and_time(time), tz, t).map_err(|e| e.to_string()))
}

/// Parses a duration: minutes (`90`), `H:MM[:SS]`, or `1h 30m`, `45m`, `2h`.
pub(crate) fn parse_duration(t: &str) -> Option<Duration> {
    let t = t.trim().to_ascii_lowercase();
    if let Ok(m) = t.parse::<i64>() {
        return (0..=7 * 24 * 60).contains(&m).then(|| Duration::minutes(m));
    }
    if t.contains(':') {
        let parts: Vec<i64> = t
            .split(':')
            .map(|p| p.trim().parse().ok())
            .collect::<Option<_>>()?;
        let secs = match parts.as_slice() {
            [h, m] => h * 3600 + m * 60,
            [h, m, s] => h * 3600 + m * 60 + s,
            _ => return None,
        };
        return (parts.iter().all(|p| *p >= 0) && secs <= 7 * 86_400)
            .then(|| Duration::seconds(secs));
    }
    let mut total = 0i64;
    let mut num = String::new();
    let mut any = false;
    for c in t.chars().filter(|c| !c.is_whitespace()) {
        if c.is_ascii_digit() {
            num.push(c);
            continue;
        }
        let n: i64 = num.parse().ok()?;
        num.clear();
        total += match c {
            'h' => n * 3600,
            'm' => n * 60,
            's' => n,
            _ => return None,
        };
        any = true;
    }
    (any && num.is_empty() && total <= 7 * 86_400).then(|| Duration::seconds(total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("90"), Some(Duration::minutes(90)));
        assert_eq!(parse_duration("1:30:00"), Some(Duration::minutes(90)));
        assert_eq!(parse_duration("01:30"), Some(Duration::minutes(90)));
        assert_eq!(parse_duration("1h 30m"), Some(Duration::minutes(90)));
        assert_eq!(parse_duration("45m"), Some(Duration::minutes(45)));
        assert_eq!(parse_duration("two hours"), None);
        assert_eq!(parse_duration("-5"), None);
    }

    #[test]
    fn whole_numbers() {
        assert_eq!(parse_whole("1,000"), Some(1000));
        assert_eq!(parse_whole("29,999"), Some(29999));
        assert_eq!(parse_whole("5.0"), Some(5));
        assert_eq!(parse_whole("1,00"), None);
        assert_eq!(parse_whole("1.5"), None);
        assert_eq!(parse_whole("x"), None);
    }

    #[test]
    fn slashed_dates_wait_for_the_column() {
        assert!(matches!(
            parse_when("13/02/2026 20:00", Tz::UTC, 2, 0),
            Ok(When::Slashed { a: 13, b: 2, .. })
        ));
        assert!(parse_when("13/13/2026", Tz::UTC, 2, 0).is_err());
        assert!(matches!(
            parse_when("2026-02-13 20:00", Tz::UTC, 2, 0),
            Ok(When::Known(_))
        ));
        let When::Known(t) = parse_when("13.02.2026 20:00", Tz::UTC, 2, 0).unwrap() else {
            panic!()
        };
        assert_eq!(t.to_rfc3339(), "2026-02-13T20:00:00+00:00");
    }
}
