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

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::io::{BufRead, BufReader, Read};
use std::rc::Rc;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use rust_decimal::Decimal;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use sha2::Digest;

use super::datetime::{parse_duration, DurationUnit};
use super::json::{file_error, gap_minutes, quote};
use super::parse::{parse_whole, Parsed, SessionRow, When, WithdrawalRow};
use super::sniff::norm;
use super::{
    fingerprint, hex, write, Format, ImportError, ImportOptions, ImportReport, RawBytes,
    RowProblem, Tally, MAX_LISTED_PROBLEMS,
};
use crate::dates;
use crate::error::{Error, Result};
use crate::model::{SessionInput, WithdrawalStatus};
use crate::money::{parse_decimal, Diamonds, Money};
use crate::rates::RateTable;
use crate::store::Store;

/// Largest entry unpacked from a .zip (TikTok's JSON, a workbook's XML),
/// and all of the TXT download's lists together.
pub(super) const MAX_UNPACKED_BYTES: u64 = 4 << 30;

/// How many times its packed size an entry may unpack to, past
/// [`RATIO_FREE_BYTES`]: JSON, text and a sheet's XML pack 5 to 30 times,
/// a zip bomb thousands.
pub(super) const MAX_PACK_RATIO: u64 = 200;

/// Unpacked bytes any entry may reach whatever its ratio.
const RATIO_FREE_BYTES: u64 = 64 << 20;
/// Largest figure (diamonds, viewers, likes) one record may state.
const MAX_FIGURE: i64 = 1_000_000_000_000;
/// Deepest nesting searched for the lists.
const MAX_DEPTH: u32 = 8;
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

/// Where the walk is in the file: the position of the next byte, the last
/// byte read and its position, and the bytes of the entry being recorded.
#[derive(Default)]
struct Tracker {
    line: u64,
    column: u64,
    last: (u64, u64, u8),
    recording: Option<Vec<u8>>,
    /// Inside a JSON string, after a backslash in one, and its length.
    in_string: bool,
    escaped: bool,
    string_len: usize,
    /// Bytes of the entry being recorded, all of them.
    recorded: usize,
    /// Why reading stopped, when a bound was passed (at that line).
    refused: Option<(u64, String)>,
}

/// A reader that keeps a [`Tracker`] up to date; serde_json reads a byte at
/// a time, so the tracker knows where each value starts.
struct Tracked<R> {
    inner: R,
    at: Rc<RefCell<Tracker>>,
}

impl<R: Read> Read for Tracked<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut t = self.at.borrow_mut();
        for &b in &buf[..n] {
            t.last = (t.line, t.column, b);
            if b == b'\n' {
                t.line += 1;
                t.column = 1;
            } else if b & 0xC0 != 0x80 {
                t.column += 1;
            }
            // Strings are bounded here, before serde_json buffers one whole.
            if t.in_string {
                t.string_len += 1;
                if t.escaped {
                    t.escaped = false;
                } else if b == b'\\' {
                    t.escaped = true;
                } else if b == b'"' {
                    t.in_string = false;
                }
                if t.string_len > MAX_STRING_BYTES {
                    return Err(t.refuse(format!(
                        "holds a text or a key longer than {} MiB: this is not TikTok's export",
                        MAX_STRING_BYTES >> 20
                    )));
                }
            } else if b == b'"' {
                t.in_string = true;
                t.string_len = 0;
            }
            if let Some(r) = &mut t.recording {
                if r.len() < MAX_RAW {
                    r.push(b);
                }
                t.recorded += 1;
                if t.recorded > MAX_ENTRY_BYTES {
                    return Err(t.refuse(format!(
                        "holds a list entry longer than {} MiB: this is not a LIVE or a wallet entry",
                        MAX_ENTRY_BYTES >> 20
                    )));
                }
            }
        }
        Ok(n)
    }
}

impl Tracker {
    /// Stops the walk at this line for `why`.
    fn refuse(&mut self, why: String) -> std::io::Error {
        self.refused = Some((self.line, why.clone()));
        std::io::Error::new(std::io::ErrorKind::InvalidData, why)
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

struct Walk {
    at: Rc<RefCell<Tracker>>,
    found: RefCell<Found>,
}

impl Walk {
    /// Stops the walk for `why` (a bound passed), as a serde error.
    fn refuse<E: de::Error>(&self, why: String) -> E {
        let mut t = self.at.borrow_mut();
        t.refused = Some((t.line, why.clone()));
        E::custom(why)
    }
}

/// A value the walk passes through, looking for the lists.
struct Node<'a> {
    walk: &'a Walk,
    path: String,
    depth: u32,
}

/// A value under a list's key: the list, null, or an object to search.
struct List<'a> {
    node: Node<'a>,
    kind: ListKind,
}

/// One entry of a list, recorded as it is read.
struct Item<'a> {
    walk: &'a Walk,
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path} › {key}")
    }
}

impl<'de> DeserializeSeed<'de> for Node<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a TikTok data export (a JSON object)")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            let n = norm(&key);
            let path = join(&self.path, &key);
            let lists_before = self.walk.found.borrow().lists;
            let kind = if LIVE_KEYS.contains(&n.as_str()) {
                Some(ListKind::Lives)
            } else if WITHDRAWAL_KEYS.contains(&n.as_str()) {
                Some(ListKind::Withdrawals)
            } else if TRANSACTION_KEYS.contains(&n.as_str()) {
                Some(ListKind::Transactions)
            } else {
                None
            };
            let child = Node {
                walk: self.walk,
                path,
                depth: self.depth + 1,
            };
            if let Some(kind) = kind {
                map.next_value_seed(List { node: child, kind })?;
            } else if SPENDING_KEYS.contains(&n.as_str()) {
                map.next_value::<IgnoredAny>()?;
                let mut f = self.walk.found.borrow_mut();
                if f.spending.len() < MAX_NAMED {
                    f.spending.push(child.path);
                }
            } else if child.depth <= MAX_DEPTH {
                map.next_value_seed(child)?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
            if self.depth == 0 {
                let mut f = self.walk.found.borrow_mut();
                let used = f.lists > lists_before;
                if f.sections.len() < MAX_NAMED {
                    f.sections.push((key, used));
                }
            }
        }
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
        // Lists of other things (watch history…) are passed over unread.
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(())
    }
    fn visit_bool<E>(self, _: bool) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> std::result::Result<(), E> {
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for List<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for List<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
        let walk = self.node.walk;
        walk.found.borrow_mut().lists += 1;
        let mut index = 0;
        while let Some((value, line, column, raw)) = seq.next_element_seed(Item { walk })? {
            let mut f = walk.found.borrow_mut();
            f.entries += 1;
            if f.entries > MAX_ENTRIES {
                return Err(walk.refuse(format!(
                    "holds more than {MAX_ENTRIES} LIVE and wallet entries: more than any creator's history"
                )));
            }
            f.sink.take(Entry {
                kind: self.kind,
                list: self.node.path.clone(),
                index,
                line,
                column,
                raw,
                value,
                txt: false,
            });
            index += 1;
        }
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> std::result::Result<(), A::Error> {
        // `Go Live History: { GoLiveList: [...] }`: the list is inside.
        self.node.visit_map(map)
    }
    fn visit_unit<E>(self) -> std::result::Result<(), E> {
        // TikTok writes null for an empty list.
        self.node.walk.found.borrow_mut().lists += 1;
        Ok(())
    }
    fn visit_none<E: de::Error>(self) -> std::result::Result<(), E> {
        self.visit_unit()
    }
    fn visit_bool<E>(self, _: bool) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> std::result::Result<(), E> {
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for Item<'_> {
    type Value = (Value, u64, u64, Vec<u8>);
    fn deserialize<D: de::Deserializer<'de>>(
        self,
        d: D,
    ) -> std::result::Result<Self::Value, D::Error> {
        // serde_json has read the entry's first byte already: it starts there.
        let (line, column) = {
            let mut t = self.walk.at.borrow_mut();
            let (line, column, first) = t.last;
            t.recording = Some(vec![first]);
            t.recorded = 1;
            (line, column)
        };
        let value = serde::Deserialize::deserialize(d);
        let raw = self
            .walk
            .at
            .borrow_mut()
            .recording
            .take()
            .unwrap_or_default();
        Ok((value?, line, column, raw))
    }
}

/// Walks the export read from `reader`, handing each entry to `sink`; a
/// syntax error or a bound passed is a problem at its line.
fn walk_export<R: Read>(reader: R, sink: Sink) -> std::result::Result<Found, RowProblem> {
    let at = Rc::new(RefCell::new(Tracker {
        line: 1,
        column: 1,
        ..Tracker::default()
    }));
    let walk = Walk {
        at: at.clone(),
        found: RefCell::new(Found {
            sink,
            entries: 0,
            lists: 0,
            sections: Vec::new(),
            spending: Vec::new(),
        }),
    };
    // UTF-16 (and a UTF-8 byte order mark) is decoded by the one decoder
    // every import reads text with; lines are counted on what it gives.
    let tracked = Tracked {
        inner: super::decode::Text::json(reader),
        at: at.clone(),
    };
    let mut de = serde_json::Deserializer::from_reader(tracked);
    let top = Node {
        walk: &walk,
        path: String::new(),
        depth: 0,
    };
    let walked = top.deserialize(&mut de).and_then(|()| de.end());
    if let Err(e) = walked {
        if let Some((line, why)) = at.borrow_mut().refused.take() {
            return Err(RowProblem {
                line,
                column: None,
                message: why,
            });
        }
        if e.is_io() {
            let io = std::io::Error::from(e);
            return Err(match super::decode::TextError::of(&io) {
                Some(t) => RowProblem {
                    line: t.line,
                    column: None,
                    message: t.message.clone(),
                },
                None => RowProblem {
                    line: at.borrow().line,
                    column: None,
                    message: format!("cannot read: {io}"),
                },
            });
        }
        let text = e.to_string();
        let what = text
            .rsplit_once(" at line ")
            .map_or(text.as_str(), |(w, _)| w);
        let message = if e.is_eof() {
            "the file ends in the middle of a value: it is cut short".to_string()
        } else {
            // The file's own bytes are never quoted: they may be anything.
            format!("is not valid JSON here ({what})")
        };
        return Err(RowProblem {
            line: e.line() as u64,
            column: Some((e.column(), "JSON".into())),
            message,
        });
    }
    Ok(walk.found.into_inner())
}

/// An entry's fields by normalised key: the key as written, and its value.
type Fields<'a> = HashMap<String, (&'a str, &'a Value)>;

/// What one entry became, or what is wrong with it (at the field's key).
type Read1<T> = std::result::Result<T, (Option<String>, String)>;

fn fields(v: &Value) -> Option<Fields<'_>> {
    let obj = v.as_object()?;
    Some(
        obj.iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| (norm(k), (k.as_str(), v)))
            .collect(),
    )
}

fn pick<'a>(f: &Fields<'a>, keys: &[&str]) -> Option<(&'a str, &'a Value)> {
    keys.iter().find_map(|k| f.get(*k).copied())
}

/// A scalar as text (numbers as written); `None` for arrays and objects.
fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn text_of(key: &str, v: &Value, max: usize) -> Read1<String> {
    let t = scalar(v).ok_or_else(|| {
        (
            Some(key.to_string()),
            "expected text, found a list or an object".to_string(),
        )
    })?;
    if t.chars().count() > max {
        return Err((
            Some(key.to_string()),
            format!("expected at most {max} characters, found '{}'", quote(&t)),
        ));
    }
    // As every import keeps text (`store::imported_text`).
    crate::store::imported_text(&t, false)
        .map(std::borrow::Cow::into_owned)
        .map_err(|m| (Some(key.to_string()), m))
}

fn instant(key: &str, v: &Value) -> Read1<DateTime<Utc>> {
    let t = text_of(key, v, 64)?;
    dates::parse_instant(&t, Tz::UTC).map_err(|e| (Some(key.to_string()), e.to_string()))
}

/// A whole, non-negative count such as viewers or likes.
fn count(key: &str, v: &Value) -> Read1<i64> {
    let t = text_of(key, v, 40)?;
    match parse_whole(&t) {
        Some(n) if (0..=MAX_FIGURE).contains(&n) => Ok(n),
        _ => Err((
            Some(key.to_string()),
            format!(
                "expected a whole number from 0 to {MAX_FIGURE}, found '{}'",
                quote(&t)
            ),
        )),
    }
}

/// A currency a money amount is written in, if it names one.
fn currency_of(t: &str) -> Option<String> {
    for (sym, code) in [
        ("$", "USD"),
        ("€", "EUR"),
        ("£", "GBP"),
        ("¥", "JPY"),
        ("₹", "INR"),
    ] {
        if t.contains(sym) {
            return Some(code.to_string());
        }
    }
    let letters: String = t.chars().filter(|c| c.is_ascii_alphabetic()).collect();
    (letters.len() == 3).then(|| letters.to_ascii_uppercase())
}

/// A number of diamonds: `1250`, `"1,250"`, `"1250 diamonds"`; money is refused.
fn diamonds(key: &str, v: &Value) -> Read1<Decimal> {
    let t = text_of(key, v, 40)?;
    let lower = t.to_lowercase();
    let bare = lower
        .trim_end_matches("diamonds")
        .trim_end_matches("diamond")
        .trim();
    let bad = |why: &str| {
        (
            Some(key.to_string()),
            format!("{why}, found '{}'", quote(&t)),
        )
    };
    if currency_of(bare).is_some() {
        return Err(bad(
            "expected diamonds; this is an amount of money, which LiveLedger does not turn back into diamonds",
        ));
    }
    let d = parse_whole(bare)
        .map(Decimal::from)
        .or_else(|| parse_decimal(bare))
        .ok_or_else(|| bad("expected a number of diamonds"))?;
    if d < Decimal::ZERO || d > Decimal::from(MAX_FIGURE) {
        return Err(bad(&format!("expected diamonds from 0 to {MAX_FIGURE}")));
    }
    Ok(d)
}

/// An amount of money, with an optional currency that must be `currency`.
fn money(key: &str, v: &Value, currency: &str) -> Read1<Decimal> {
    let t = text_of(key, v, 40)?;
    let bad = |why: String| {
        (
            Some(key.to_string()),
            format!("{why}, found '{}'", quote(&t)),
        )
    };
    if let Some(c) = currency_of(&t) {
        if !c.eq_ignore_ascii_case(currency) {
            return Err(bad(format!(
                "expected an amount in {currency} (the rate's currency)"
            )));
        }
    }
    let digits: String = t
        .chars()
        .filter(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | ','))
        .collect();
    // `1,000.50`: commas group thousands when a decimal point follows them.
    let grouped = match (digits.rfind(','), digits.find('.')) {
        (Some(c), Some(d))
            if c < d
                && parse_whole(&digits[..d]).is_some()
                && digits[..d].split(',').skip(1).all(|g| g.len() == 3) =>
        {
            digits.replace(',', "")
        }
        _ => digits.clone(),
    };
    let amount = parse_decimal(&grouped)
        .or_else(|| parse_whole(&digits).map(Decimal::from))
        .ok_or_else(|| bad("expected an amount of money such as 10.50".into()))?;
    if amount < Decimal::ZERO || amount > Decimal::from(MAX_FIGURE) {
        return Err(bad(format!("expected an amount from 0 to {MAX_FIGURE}")));
    }
    Ok(amount)
}

/// A LIVE's length: `1:30:00`, `1h 30m`, or a number of seconds.
fn live_duration(key: &str, v: &Value) -> Read1<Duration> {
    let t = text_of(key, v, 40)?;
    let minutes_key = norm(key).contains("minute");
    let parsed = match t.parse::<i64>() {
        Ok(n) if (0..=7 * 86_400).contains(&n) => Some(if minutes_key {
            Duration::minutes(n.min(7 * 24 * 60))
        } else {
            Duration::seconds(n)
        }),
        Ok(_) => None,
        Err(_) => parse_duration(&t, DurationUnit::Seconds),
    };
    parsed.ok_or_else(|| {
        (
            Some(key.to_string()),
            format!(
                "expected a duration of at most 7 days such as 1:30:00, 1h 30m or a number of seconds, found '{}'",
                quote(&t)
            ),
        )
    })
}

fn live(e: &Entry) -> Read1<SessionRow> {
    let f =
        fields(&e.value).ok_or_else(|| (None, "expected a LIVE (a JSON object)".to_string()))?;
    let (k, v) = pick(
        &f,
        &[
            "livestarttime",
            "starttime",
            "start",
            "begintime",
            "golivetime",
            "date",
            "createtime",
        ],
    )
    .ok_or_else(|| {
        (
            None,
            "expected LiveStartTime (when the LIVE started), found nothing".to_string(),
        )
    })?;
    let start = instant(k, v)?;
    let end = match pick(&f, &["liveendtime", "endtime", "end", "finishtime"]) {
        Some((k, v)) => {
            let end = instant(k, v)?;
            if end < start {
                return Err((Some(k.to_string()), "the LIVE ends before it starts".into()));
            }
            Some(end)
        }
        None => None,
    };
    let duration = match pick(
        &f,
        &[
            "liveduration",
            "duration",
            "durationseconds",
            "livedurationseconds",
            "durationminutes",
        ],
    ) {
        Some((k, v)) => Some(live_duration(k, v)?),
        None => None,
    };
    let diamonds = match pick(
        &f,
        &[
            "diamonds",
            "totaldiamonds",
            "diamondsearned",
            "diamondsreceived",
            "diamondcount",
            "totalearning",
            "totalearnings",
            "earning",
            "earnings",
        ],
    ) {
        Some((k, v)) => diamonds(k, v)?,
        None => Decimal::ZERO,
    };
    let opt_count = |keys: &[&str]| -> Read1<Option<i64>> {
        pick(&f, keys).map(|(k, v)| count(k, v)).transpose()
    };
    let room = match pick(&f, &["roomid", "liveid", "id"]) {
        Some((k, v)) => text_of(k, v, 100)?,
        None => String::new(),
    };
    let gifters = opt_count(&["totalgifter", "totalgifters", "gifters"])?;
    let mut notes = Vec::new();
    if !room.is_empty() {
        notes.push(format!("TikTok LIVE room {room}"));
    }
    if let Some(g) = gifters {
        notes.push(format!("{g} gifters"));
    }
    let input = SessionInput {
        started_at: None,
        ended_at: None,
        title: match pick(&f, &["roomtitle", "title", "livetitle"]) {
            Some((k, v)) => text_of(k, v, 500)?,
            None => String::new(),
        },
        peak_viewers: opt_count(&["peakviewers", "maxviewers", "peakconcurrentviewers"])?,
        unique_viewers: opt_count(&[
            "totalview",
            "totalviews",
            "views",
            "viewers",
            "uniqueviewers",
            "totalviewers",
        ])?,
        likes: opt_count(&["totallike", "totallikes", "likes"])?,
        new_followers: opt_count(&["newfollowers", "followers", "totalnewfollowers"])?,
        notes: notes.join("; "),
        reported_diamonds: Diamonds(diamonds),
    };
    let fp = fingerprint(&["tiktok-live", &room, &start.timestamp_millis().to_string()]);
    Ok(SessionRow {
        key: None,
        start: When::Known(start),
        duration,
        end,
        input,
        fp,
        rate: None,
    })
}

/// What a wallet transaction is.
enum Txn {
    Withdrawal,
    Spending,
    Other,
}

fn transaction_kind(f: &Fields<'_>) -> Txn {
    let what = pick(
        f,
        &[
            "type",
            "transactiontype",
            "category",
            "action",
            "description",
            "title",
            "event",
            "name",
        ],
    )
    .and_then(|(_, v)| scalar(v))
    .map(|t| norm(&t))
    .unwrap_or_default();
    if ["withdraw", "cashout", "payout"]
        .iter()
        .any(|w| what.contains(w))
    {
        Txn::Withdrawal
    } else if ["purchase", "recharge", "topup", "buy", "coin"]
        .iter()
        .any(|w| what.contains(w))
    {
        Txn::Spending
    } else {
        Txn::Other
    }
}

fn status_of(key: &str, v: &Value) -> Read1<WithdrawalStatus> {
    let t = text_of(key, v, 40)?;
    let n = norm(&t);
    let status = if [
        "success",
        "succeeded",
        "completed",
        "complete",
        "paid",
        "done",
        "arrived",
    ]
    .contains(&n.as_str())
    {
        WithdrawalStatus::Paid
    } else if [
        "pending",
        "processing",
        "inreview",
        "reviewing",
        "underreview",
        "submitted",
        "requested",
    ]
    .contains(&n.as_str())
    {
        WithdrawalStatus::Pending
    } else if [
        "failed", "fail", "rejected", "refused", "returned", "declined",
    ]
    .contains(&n.as_str())
    {
        WithdrawalStatus::Failed
    } else if ["cancelled", "canceled"].contains(&n.as_str()) {
        WithdrawalStatus::Cancelled
    } else {
        return Err((
            Some(key.to_string()),
            format!(
                "expected a status such as completed, pending, failed or cancelled, found '{}'",
                quote(&t)
            ),
        ));
    };
    Ok(status)
}

fn withdrawal(f: &Fields<'_>, rates: &RateTable, tz: Tz) -> Read1<WithdrawalRow> {
    let (k, v) = pick(
        f,
        &[
            "date",
            "time",
            "createtime",
            "transactiontime",
            "requesttime",
            "requestedat",
            "withdrawtime",
            "withdrawaltime",
            "applytime",
        ],
    )
    .ok_or_else(|| {
        (
            None,
            "expected the withdrawal's Date, found nothing".to_string(),
        )
    })?;
    let at = instant(k, v)?;
    let rate = rates.on(dates::local_date(at, tz)).ok_or_else(|| {
        (
            Some(k.to_string()),
            "no rate is set for this day; add one with `liveledger rates add`".to_string(),
        )
    })?;
    let stated_diamonds = match pick(
        f,
        &[
            "diamonds",
            "diamondamount",
            "diamondcount",
            "diamondsamount",
            "withdrawdiamonds",
        ],
    ) {
        Some((k, v)) => Some((k, diamonds(k, v)?)),
        None => None,
    };
    let stated_money = match pick(
        f,
        &[
            "amount",
            "money",
            "value",
            "withdrawamount",
            "withdrawalamount",
            "usd",
            "amountusd",
            "cashamount",
        ],
    ) {
        Some((k, v)) => Some((k, money(k, v, &rate.currency)?)),
        None => None,
    };
    let d = match (stated_diamonds, stated_money) {
        (Some((_, d)), _) => d,
        (None, Some((k, m))) => m
            .checked_div(rate.money_per_diamond)
            .map(|d| d.normalize())
            .ok_or_else(|| {
                (
                    Some(k.to_string()),
                    "cannot turn this amount into diamonds at the rate's money per diamond"
                        .to_string(),
                )
            })?,
        (None, None) => {
            return Err((
                None,
                "expected the withdrawal's Diamonds or Amount, found neither".into(),
            ))
        }
    };
    if d <= Decimal::ZERO || d > Decimal::from(MAX_FIGURE) {
        let key = stated_diamonds.map(|s| s.0).or(stated_money.map(|s| s.0));
        return Err((
            key.map(str::to_string),
            format!(
                "expected a withdrawal of more than 0 and at most {MAX_FIGURE} diamonds, found {d}"
            ),
        ));
    }
    let gross = match stated_money {
        Some((_, m)) => Money(m).rounded(),
        None => Diamonds(d)
            .value(rate.money_per_diamond)
            .map(Money::rounded)
            .ok_or_else(|| (None, format!("{d} diamonds are too many to value")))?,
    };
    let fee = match pick(f, &["fee", "fees", "servicefee", "handlingfee"]) {
        Some((k, v)) => {
            let fee = Money(money(k, v, &rate.currency)?).rounded();
            if fee > gross {
                return Err((
                    Some(k.to_string()),
                    format!("the fee {fee} is more than the withdrawal's value {gross}"),
                ));
            }
            fee
        }
        None => Money(Decimal::ZERO).rounded(),
    };
    let status = match pick(f, &["status", "state", "result"]) {
        Some((k, v)) => status_of(k, v)?,
        // A withdrawal in the history without a status went through.
        None => WithdrawalStatus::Paid,
    };
    let method = match pick(
        f,
        &[
            "method",
            "paymentmethod",
            "withdrawmethod",
            "payoutmethod",
            "channel",
        ],
    ) {
        Some((k, v)) => text_of(k, v, 100)?,
        None => "TikTok".to_string(),
    };
    let reference = match pick(
        f,
        &[
            "id",
            "transactionid",
            "orderid",
            "reference",
            "referenceid",
            "withdrawid",
        ],
    ) {
        Some((k, v)) => text_of(k, v, 100)?,
        None => String::new(),
    };
    let fp = fingerprint(&[
        "tiktok-withdrawal",
        &at.timestamp_millis().to_string(),
        &reference,
        &d.normalize().to_string(),
    ]);
    Ok(WithdrawalRow {
        at,
        diamonds: d,
        gross: gross.0,
        fee: fee.0,
        // fee ≤ gross was checked above.
        net: gross.0 - fee.0,
        method,
        status,
        reference,
        fp,
    })
}

/// The problem of an entry at its field's line and column.
fn entry_problem(e: &Entry, key: Option<String>, message: String) -> RowProblem {
    let (mut line, mut column) = (e.line, e.column);
    if let (Some(k), true) = (&key, e.txt) {
        // The line that starts with the key and its colon.
        let at = e.raw.split(|&b| b == b'\n').position(|l| {
            let l = String::from_utf8_lossy(l);
            l.trim_start()
                .strip_prefix(k.as_str())
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        });
        if let Some(i) = at {
            line += i as u64;
        }
    } else if let Some(k) = &key {
        let needle = format!("\"{k}\"");
        if let Some(at) = e
            .raw
            .windows(needle.len())
            .position(|w| w == needle.as_bytes())
        {
            for &b in &e.raw[..at] {
                if b == b'\n' {
                    line += 1;
                    column = 1;
                } else if b & 0xC0 != 0x80 {
                    column += 1;
                }
            }
        }
    }
    let at = match key {
        Some(k) => format!("{}[{}].{k}", e.list, e.index),
        None => format!("{}[{}]", e.list, e.index),
    };
    RowProblem {
        line,
        column: Some((column as usize, at)),
        message,
    }
}

/// Entries turned into rows as the walk reads them: what the file adds,
/// what is wrong with it, and what it holds that is not income.
struct Convert {
    rates: RateTable,
    tz: Tz,
    parsed: Parsed,
    problems: Vec<RowProblem>,
    problem_count: usize,
    spending: u64,
    other: u64,
}

impl Convert {
    fn take(&mut self, e: &Entry) {
        let result = match e.kind {
            ListKind::Lives => live(e).map(|s| self.parsed.sessions.push(s)),
            ListKind::Withdrawals | ListKind::Transactions => match fields(&e.value) {
                None => Err((None, "expected a wallet entry (a JSON object)".to_string())),
                Some(f) => match (e.kind, transaction_kind(&f)) {
                    (ListKind::Withdrawals, _) | (_, Txn::Withdrawal) => {
                        withdrawal(&f, &self.rates, self.tz)
                            .map(|w| self.parsed.withdrawals.push(w))
                    }
                    (_, Txn::Spending) => {
                        self.spending += 1;
                        Ok(())
                    }
                    (_, Txn::Other) => {
                        self.other += 1;
                        Ok(())
                    }
                },
            },
        };
        if let Err((key, message)) = result {
            self.problem_count += 1;
            if self.problems.len() < MAX_LISTED_PROBLEMS {
                self.problems.push(entry_problem(e, key, message));
            }
        }
    }
}

/// Most bytes of a zip's central directory (its list of files): TikTok's
/// export holds a handful of files, a workbook a few per sheet; the zip
/// crate holds the list in memory.
const MAX_ZIP_DIRECTORY: u64 = 1 << 20;
/// Most files in the zip.
const MAX_ZIP_FILES: u64 = 1000;

/// Refuses a zip whose list of files is larger than TikTok's ever is,
/// from its end record, before the zip crate reads that list.
pub(super) fn check_zip_directory<F: Read + std::io::Seek>(
    file: &mut F,
) -> std::result::Result<(), String> {
    use std::io::SeekFrom;
    let len = file.seek(SeekFrom::End(0)).map_err(|e| e.to_string())?;
    // The end record is 22 bytes, after a comment of at most 64 KiB.
    let tail_len = len.min(22 + 0xFFFF);
    file.seek(SeekFrom::Start(len - tail_len))
        .map_err(|e| e.to_string())?;
    let mut tail = Vec::with_capacity(tail_len as usize);
    file.take(tail_len)
        .read_to_end(&mut tail)
        .map_err(|e| e.to_string())?;
    file.seek(SeekFrom::Start(0)).map_err(|e| e.to_string())?;
    let Some(at) = memchr::memmem::rfind(&tail, b"PK\x05\x06") else {
        // The zip crate says what is wrong with it.
        return Ok(());
    };
    let field = |from: usize, n: usize| {
        tail.get(at + from..at + from + n).map(|b| {
            b.iter()
                .rev()
                .fold(0u64, |acc, &x| (acc << 8) | u64::from(x))
        })
    };
    let (Some(files), Some(size)) = (field(10, 2), field(12, 4)) else {
        return Ok(());
    };
    // 0xFFFF and 0xFFFFFFFF say a ZIP64 record holds the real figures: no
    // export of a few JSON files needs one.
    if files > MAX_ZIP_FILES || size > MAX_ZIP_DIRECTORY {
        return Err(format!(
            "lists more files than TikTok's export or a workbook holds (at most {MAX_ZIP_FILES}); not read"
        ));
    }
    Ok(())
}

/// Reads the export's bytes: the JSON itself, or the JSON or TXT files
/// found in the zip (`spooled`: the zip, already copied to a temporary file
/// by `container::spool`, the tally of its raw bytes in `reader`), handing
/// each entry to `sink`. Returns what the walk found, the name to show and
/// the file's tally.
fn read_export<R: Read + Send, B: RawBytes<R>>(
    mut reader: B,
    name: &str,
    spooled: Option<std::fs::File>,
    sink: Sink,
) -> Result<(std::result::Result<Found, RowProblem>, String, Tally<R>)> {
    let io_err = |e: std::io::Error| file_error(name, format!("cannot read: {e}"));
    let Some(mut spool) = spooled else {
        let found = walk_export(&mut reader, sink);
        // The whole file passes through the tally, for its hash; after a
        // broken walk nothing is hashed, so an endless stream ends here.
        if found.is_ok() {
            std::io::copy(&mut reader, &mut std::io::sink()).map_err(io_err)?;
        }
        return Ok((found, name.to_string(), reader.into_tally()));
    };
    let tally = reader.into_tally();
    check_zip_directory(&mut spool).map_err(|m| file_error(name, m))?;
    let zip_err = |e: zip::result::ZipError| {
        file_error(name, format!("is not a zip archive TikTok sends ({e})"))
    };
    let mut archive = zip::ZipArchive::new(BufReader::new(spool)).map_err(zip_err)?;
    // One name per entry, so a name's position is its entry's index.
    let names: Vec<String> = (0..archive.len())
        .map(|i| {
            archive
                .name_for_index(i)
                .and_then(|n| n.ok())
                .map(|n| n.into_owned())
                .unwrap_or_default()
        })
        .collect();
    let json: Vec<&String> = names
        .iter()
        .filter(|n| base(n).ends_with(".json"))
        .collect();
    let chosen = names
        .iter()
        .find(|n| matches!(base(n).as_str(), "user_data.json" | "user_data_tiktok.json"))
        .or_else(|| (json.len() == 1).then(|| json[0]));
    let Some(chosen) = chosen.cloned() else {
        if names.iter().any(|n| base(n).ends_with(".txt")) {
            let found = read_txt(&mut archive, &names, name, sink)?;
            return Ok((found, format!("{name}{TXT_SHOWN}"), tally));
        }
        return Err(file_error(
            name,
            format!(
                "is {}: neither TikTok's JSON export (user_data.json) nor its TXT files",
                zip_listing(&names)
            ),
        ));
    };
    let index = names.iter().position(|n| *n == chosen).unwrap_or(0);
    let entry = archive.by_index(index).map_err(zip_err)?;
    let cap = UnpackCap::new(entry.compressed_size(), MAX_UNPACKED_BYTES);
    let mut limited = BufReader::new(entry.take(cap.bytes + 1));
    let found = walk_export(&mut limited, sink);
    if limited.into_inner().limit() == 0 {
        return Err(cap.refusal(name, &chosen));
    }
    Ok((found, format!("{name} › {}", quote(&chosen)), tally))
}

/// What the name an import of the TXT download is shown under ends with.
pub(super) const TXT_SHOWN: &str = " › TXT files";

/// A zip entry's name without its folders, in lower case.
fn base(n: &str) -> String {
    n.rsplit(['/', '\\']).next().unwrap_or(n).to_lowercase()
}

/// What a zip holds, for a message about a zip LiveLedger does not read:
/// "a zip of N files: first, second, …", its first entries' names (cut
/// short, without control characters). The one place a zip is described.
pub(super) fn zip_listing(names: &[String]) -> String {
    const SHOWN: usize = 5;
    if names.is_empty() {
        return "an empty zip".to_string();
    }
    let shown: Vec<String> = names.iter().take(SHOWN).map(|n| quote(n)).collect();
    format!(
        "a zip of {} file{}: {}{}",
        names.len(),
        if names.len() == 1 { "" } else { "s" },
        shown.join(", "),
        if names.len() > SHOWN { ", …" } else { "" }
    )
}

/// The most bytes a zip entry of `packed` bytes may unpack to, on its own:
/// the one rule for every zip LiveLedger reads (TikTok's download, a
/// workbook), [`UnpackCap`]'s.
pub(super) fn unpack_cap(packed: u64) -> u64 {
    UnpackCap::new(packed, MAX_UNPACKED_BYTES).bytes
}

/// How far one zip entry may unpack: JSON and text pack 5 to 30 times; far
/// more is a zip bomb, which would take minutes to read even with memory
/// bounded.
struct UnpackCap {
    bytes: u64,
    by_ratio: bool,
}

impl UnpackCap {
    /// The cap of an entry packed into `packed` bytes, at most `left`.
    fn new(packed: u64, left: u64) -> UnpackCap {
        let by_ratio = packed.saturating_mul(MAX_PACK_RATIO).max(RATIO_FREE_BYTES);
        let bytes = MAX_UNPACKED_BYTES.min(by_ratio).min(left);
        UnpackCap {
            bytes,
            by_ratio: by_ratio < MAX_UNPACKED_BYTES.min(left),
        }
    }

    /// The refusal of the entry `entry` that unpacked past the cap.
    fn refusal(&self, name: &str, entry: &str) -> Error {
        file_error(
            name,
            if self.by_ratio {
                format!(
                    "{} unpacks to more than {MAX_PACK_RATIO} times its packed size: not TikTok's export; not read",
                    quote(entry)
                )
            } else {
                format!(
                    "{} unpacks past {} GiB (with the files before it); not read",
                    quote(entry),
                    MAX_UNPACKED_BYTES >> 30
                )
            },
        )
    }
}

/// Whether the zip entry `entry` is named as a list of TikTok's TXT
/// download is (`Tiktok Live/Go Live History.txt`, `Withdrawal
/// History.txt`, `Coin Purchase History.txt`, in any folder): what tells
/// that download from another zip of text files.
pub(super) fn names_a_txt_list(entry: &str) -> bool {
    matches!(txt_list(entry), Ok(_) | Err(true))
}

/// The list a TXT file of the export is, by its name (`Go Live
/// History.txt`); `Err(true)` for what the creator bought or sent, and
/// `Err(false)` for anything else.
fn txt_list(entry: &str) -> std::result::Result<ListKind, bool> {
    let b = base(entry);
    let Some(stem) = b.strip_suffix(".txt") else {
        return Err(false);
    };
    let n = norm(stem);
    if LIVE_KEYS.contains(&n.as_str()) {
        Ok(ListKind::Lives)
    } else if WITHDRAWAL_KEYS.contains(&n.as_str()) {
        Ok(ListKind::Withdrawals)
    } else if TRANSACTION_KEYS.contains(&n.as_str()) {
        Ok(ListKind::Transactions)
    } else {
        Err(SPENDING_KEYS.contains(&n.as_str()))
    }
}

/// Reads the TXT export's files in `archive`: each whose name is a list's
/// (LIVE history, withdrawals, wallet transactions) into entries for
/// `sink`; the others are named as sections, never unpacked. Every file is
/// bounded as the JSON is, and all of them together by
/// [`MAX_UNPACKED_BYTES`].
fn read_txt<F: Read + std::io::Seek>(
    archive: &mut zip::ZipArchive<F>,
    names: &[String],
    name: &str,
    sink: Sink,
) -> Result<std::result::Result<Found, RowProblem>> {
    let zip_err = |e: zip::result::ZipError| {
        file_error(name, format!("is not a zip archive TikTok sends ({e})"))
    };
    let mut found = Found {
        sink,
        entries: 0,
        lists: 0,
        sections: Vec::new(),
        spending: Vec::new(),
    };
    let mut left = MAX_UNPACKED_BYTES;
    for (index, entry_name) in names.iter().enumerate() {
        let kind = match txt_list(entry_name) {
            Ok(kind) => kind,
            Err(spending) => {
                if spending && found.spending.len() < MAX_NAMED {
                    found.spending.push(entry_name.clone());
                } else if !spending
                    && base(entry_name).ends_with(".txt")
                    && found.sections.len() < MAX_NAMED
                {
                    found.sections.push((entry_name.clone(), false));
                }
                continue;
            }
        };
        let entry = archive.by_index(index).map_err(zip_err)?;
        let cap = UnpackCap::new(entry.compressed_size(), left);
        let mut limited = entry.take(cap.bytes + 1);
        let walked = walk_txt(&mut limited, entry_name, kind, &mut found);
        let unread = limited.limit();
        if unread == 0 {
            return Err(cap.refusal(name, entry_name));
        }
        left -= cap.bytes + 1 - unread;
        if let Err(p) = walked {
            return Ok(Err(p));
        }
        if found.sections.len() < MAX_NAMED {
            found.sections.push((entry_name.clone(), true));
        }
    }
    Ok(Ok(found))
}

/// Reads one TXT file of the export, `list`, as the entries of a list of
/// `kind` (see the module documentation), handing each to `found`'s sink as
/// the JSON walk does. Lines are read through the CSV reader's decoder (any
/// encoding it reads, at most 4 MiB a line), and bounded as JSON text is.
fn walk_txt<R: Read>(
    reader: R,
    list: &str,
    kind: ListKind,
    found: &mut Found,
) -> std::result::Result<(), RowProblem> {
    found.lists += 1;
    let mut text = BufReader::new(super::decode::Text::new(reader));
    let mut block = Block::default();
    let mut index = 0usize;
    let mut line_no = 0u64;
    let mut line = Vec::new();
    let refuse = |line: u64, message: String| RowProblem {
        line,
        column: None,
        message,
    };
    loop {
        line.clear();
        let n = (&mut text)
            .take(MAX_STRING_BYTES as u64 + 1)
            .read_until(b'\n', &mut line)
            .map_err(|e| match super::decode::TextError::of(&e) {
                Some(t) => refuse(t.line, format!("{}: {}", quote(list), t.message)),
                None => refuse(line_no + 1, format!("cannot read {}: {e}", quote(list))),
            })?;
        if n == 0 {
            block.flush(kind, list, &mut index, found)?;
            return Ok(());
        }
        line_no += 1;
        if line.last() != Some(&b'\n') && n > MAX_STRING_BYTES {
            return Err(refuse(
                line_no,
                format!(
                    "{} holds a line longer than {} MiB: this is not TikTok's export",
                    quote(list),
                    MAX_STRING_BYTES >> 20
                ),
            ));
        }
        let Ok(t) = std::str::from_utf8(&line) else {
            return Err(refuse(
                line_no,
                format!(
                    "{} is not valid UTF-8 text here (save it as UTF-8)",
                    quote(list)
                ),
            ));
        };
        let t = t.trim();
        if t.is_empty() {
            block.flush(kind, list, &mut index, found)?;
            continue;
        }
        let pair = t
            .split_once(':')
            .map(|(k, v)| (k.trim(), v.trim()))
            .filter(|(k, _)| is_txt_key(k));
        if let Some((k, _)) = pair {
            // A key the block has already starts the next entry.
            if block.keys.contains(&norm(k)) {
                block.flush(kind, list, &mut index, found)?;
            }
        }
        if block.raw.is_empty() && block.recorded == 0 {
            block.line = line_no;
        }
        block.recorded += line.len();
        if block.recorded > MAX_ENTRY_BYTES {
            return Err(refuse(
                block.line,
                format!(
                    "{} holds an entry longer than {} MiB: this is not a LIVE or a wallet entry",
                    quote(list),
                    MAX_ENTRY_BYTES >> 20
                ),
            ));
        }
        if block.raw.len() < MAX_RAW {
            block
                .raw
                .extend_from_slice(&line[..line.len().min(MAX_RAW)]);
        }
        match pair {
            Some((k, v)) => {
                block.keys.push(norm(k));
                block.last = Some(k.to_string());
                block
                    .fields
                    .insert(k.to_string(), Value::String(v.to_string()));
            }
            None => {
                // A value that goes on past its line; a title before any key.
                if let Some(Value::String(v)) =
                    block.last.as_ref().and_then(|k| block.fields.get_mut(k))
                {
                    v.push(' ');
                    v.push_str(t);
                }
            }
        }
    }
}

/// Whether `k`, the text before a line's first colon, is a key: short,
/// starting with a letter (so a clock or a link's `https` after a value's
/// line break is not one).
fn is_txt_key(k: &str) -> bool {
    !k.is_empty()
        && k.chars().count() <= 64
        && k.chars().next().is_some_and(char::is_alphabetic)
        && k.chars().all(|c| {
            c.is_alphanumeric() || matches!(c, ' ' | '_' | '-' | '(' | ')' | '/' | '&' | '.')
        })
        && !k.eq_ignore_ascii_case("http")
        && !k.eq_ignore_ascii_case("https")
}

/// The TXT entry being read.
#[derive(Default)]
struct Block {
    fields: serde_json::Map<String, Value>,
    /// Its keys, normalised.
    keys: Vec<String>,
    /// The key whose value a line without a key continues.
    last: Option<String>,
    /// Its first line.
    line: u64,
    /// Its bytes, kept to point at a field (at most [`MAX_RAW`]).
    raw: Vec<u8>,
    /// All its bytes.
    recorded: usize,
}

impl Block {
    /// Hands the entry read so far (if it has a key) to `found`'s sink.
    fn flush(
        &mut self,
        kind: ListKind,
        list: &str,
        index: &mut usize,
        found: &mut Found,
    ) -> std::result::Result<(), RowProblem> {
        let block = std::mem::take(self);
        if block.fields.is_empty() {
            return Ok(());
        }
        found.entries += 1;
        if found.entries > MAX_ENTRIES {
            return Err(RowProblem {
                line: block.line,
                column: None,
                message: format!(
                    "holds more than {MAX_ENTRIES} LIVE and wallet entries: more than any creator's history"
                ),
            });
        }
        found.sink.take(Entry {
            kind,
            list: list.to_string(),
            index: *index,
            line: block.line,
            column: 1,
            raw: block.raw,
            value: Value::Object(block.fields),
            txt: true,
        });
        *index += 1;
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
    let tz = store.tz()?;
    let rates = store.rates()?;
    let gap = gap_minutes(store, opts)?;
    let sink = Sink::Convert(Box::new(Convert {
        rates: rates.clone(),
        tz,
        parsed: Parsed::default(),
        problems: Vec::new(),
        problem_count: 0,
        spending: 0,
        other: 0,
    }));
    let (found, shown, tally) = read_export(reader, name, spooled, sink)?;
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
        let sections: Vec<String> = found.sections.iter().map(|(s, _)| quote(s)).collect();
        return Err(file_error(
            &shown,
            format!(
                "holds no LIVE history and no wallet withdrawals (its sections: {}); is it TikTok's \"Download your data\" export?",
                if sections.is_empty() { "none".to_string() } else { sections.join(", ") }
            ),
        ));
    }
    let Some(convert) = found.sink.converted() else {
        return Err(file_error(&shown, "was not read".into()));
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
    let mut ignored: Vec<String> = found
        .sections
        .iter()
        .filter(|(_, used)| !used)
        .map(|(s, _)| quote(s))
        .collect();
    ignored.extend(
        found
            .spending
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
    let report = ImportReport {
        file: shown.clone(),
        format: Format::TiktokData.name().to_string(),
        dry_run: opts.dry_run,
        sha256: hex(&tally.hash.finalize()),
        rows_read: found.entries as u64,
        sections_ignored: ignored,
        ..ImportReport::default()
    };
    let bulk = store.begin_bulk(super::sharing(opts))?;
    let writer = write::Writer::new(&bulk, report)?;
    let (mut report, added) = writer.finish(parsed, gap)?;
    // Priced as every import is, so the preview states what is written.
    let (coins, diamonds, value) = super::value_added(&rates, tz, &added)
        .ok_or_else(|| Error::invalid("import", "the amounts are too large to add up"))?;
    report.coins_added = coins;
    report.diamonds_added = diamonds;
    report.value_added = value;
    if report.dry_run {
        bulk.rollback()?;
    } else {
        bulk.commit()?;
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walk(text: &str) -> (Found, Vec<Entry>) {
        let mut f =
            walk_export(text.as_bytes(), Sink::Keep(Vec::new())).unwrap_or_else(|p| panic!("{p}"));
        let Sink::Keep(entries) = std::mem::replace(&mut f.sink, Sink::Keep(Vec::new())) else {
            unreachable!()
        };
        (f, entries)
    }

    #[test]
    fn lists_are_found_at_any_depth_and_in_any_spelling() {
        let (f, entries) = walk(
            r#"{"Profile":{"x":1},
"TIKTOK LIVE": {"Go Live History": {"GoLiveList": [
  {"LiveStartTime": "2026-01-01 20:00:00", "TotalEarning": "1,250"},
  {"live_start_time": 1767297600}
]}},
"Income Plus Wallet Transactions": {"Transaction History": {"TransactionsList": null}},
"Your Activity": {"Purchases": {"BuyGifts": {"BuyGifts": [{"Date":"x"}]}}, "Watch History": {"VideoList": [{"a":1},{"b":2}]}}
}"#,
        );
        assert_eq!(entries.len(), 2);
        assert_eq!(f.entries, 2);
        assert_eq!(f.lists, 2);
        assert_eq!(
            entries[0].list,
            "TIKTOK LIVE › Go Live History › GoLiveList"
        );
        assert_eq!((entries[0].line, entries[0].column), (3, 3));
        assert_eq!((entries[1].line, entries[1].column), (4, 3));
        assert!(String::from_utf8_lossy(&entries[1].raw).starts_with("{\"live_start_time\""));
        let used: Vec<(&str, bool)> = f.sections.iter().map(|(s, u)| (s.as_str(), *u)).collect();
        assert_eq!(
            used,
            [
                ("Profile", false),
                ("TIKTOK LIVE", true),
                ("Income Plus Wallet Transactions", true),
                ("Your Activity", false)
            ]
        );
        assert_eq!(f.spending, ["Your Activity › Purchases"]);
    }

    /// An entry as its first line and its fields (key, value).
    type TxtEntry = (u64, Vec<(String, String)>);

    /// The entries of one TXT file read by [`walk_txt`].
    fn walk_txt_of(text: &[u8]) -> std::result::Result<Vec<TxtEntry>, String> {
        let mut found = Found {
            sink: Sink::Keep(Vec::new()),
            entries: 0,
            lists: 0,
            sections: Vec::new(),
            spending: Vec::new(),
        };
        walk_txt(text, "Go Live History.txt", ListKind::Lives, &mut found)
            .map_err(|p| p.to_string())?;
        let Sink::Keep(entries) = found.sink else {
            unreachable!()
        };
        Ok(entries
            .into_iter()
            .map(|e| {
                let fields = e
                    .value
                    .as_object()
                    .unwrap()
                    .iter()
                    .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
                    .collect();
                (e.line, fields)
            })
            .collect())
    }

    #[test]
    fn txt_blocks_become_entries() {
        let got = walk_txt_of(
            b"Go Live History\r\n\r\nRoom Title: a\r\nsecond line\r\nLink: https://x.invalid/a:b\r\nRoom Title: b\r\n\r\n\r\nDate: 2026-01-01 10:00:00\r\n",
        )
        .unwrap();
        let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
            v.iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        assert_eq!(
            got,
            [
                (
                    3,
                    pairs(&[
                        ("Link", "https://x.invalid/a:b"),
                        ("Room Title", "a second line")
                    ])
                ),
                (6, pairs(&[("Room Title", "b")])),
                (9, pairs(&[("Date", "2026-01-01 10:00:00")])),
            ]
        );
        // A title with no key is no entry; nor is an empty file.
        assert!(walk_txt_of(b"Go Live History\n\n").unwrap().is_empty());
        assert!(walk_txt_of(b"").unwrap().is_empty());
    }

    #[test]
    fn txt_lines_and_entries_are_bounded() {
        let mut long = b"Room Title: ".to_vec();
        long.resize(MAX_STRING_BYTES + 100, b'x');
        let e = walk_txt_of(&long).unwrap_err();
        assert!(e.contains("longer than 1 MiB"), "{e}");
        let mut block = Vec::new();
        for i in 0..2_000 {
            block.extend(format!("Key {i}: {}\n", "y".repeat(600)).as_bytes());
        }
        let e = walk_txt_of(&block).unwrap_err();
        assert!(
            e.starts_with("line 1: Go Live History.txt holds an entry longer than 1 MiB"),
            "{e}"
        );
        // UTF-8 at first, then a byte that is not: refused at its line.
        let e = walk_txt_of(
            "Title: Zoë\nNote: \u{1}"
                .as_bytes()
                .iter()
                .copied()
                .chain(*b"\xFF\n")
                .collect::<Vec<u8>>()
                .as_slice(),
        )
        .unwrap_err();
        assert!(
            e.starts_with("line 2: Go Live History.txt is not valid UTF-8"),
            "{e}"
        );
    }

    #[test]
    fn a_syntax_error_names_its_line() {
        let keep = || Sink::Keep(Vec::new());
        let p = walk_export(&b"{\n\"a\": [1,\n2 3]}"[..], keep())
            .err()
            .unwrap();
        assert_eq!(p.line, 3);
        let p = walk_export(&b"{\"Tiktok Live\": {"[..], keep())
            .err()
            .unwrap();
        assert!(p.message.contains("cut short"), "{p}");
    }

    #[test]
    fn figures_are_read_and_bounded() {
        let v = |s: &str| serde_json::from_str::<Value>(s).unwrap();
        assert_eq!(diamonds("d", &v("\"1,250\"")).unwrap(), Decimal::from(1250));
        assert_eq!(
            diamonds("d", &v("\"980 Diamonds\"")).unwrap(),
            Decimal::from(980)
        );
        assert_eq!(diamonds("d", &v("75")).unwrap(), Decimal::from(75));
        assert!(diamonds("d", &v("\"$6.25\""))
            .unwrap_err()
            .1
            .contains("money"));
        assert!(diamonds("d", &v("1e13")).is_err());
        assert!(diamonds("d", &v("-3")).is_err());
        assert_eq!(
            live_duration("LiveDuration", &v("5400")).unwrap(),
            Duration::minutes(90)
        );
        assert_eq!(
            live_duration("LiveDuration", &v("\"1:30:00\"")).unwrap(),
            Duration::minutes(90)
        );
        assert!(live_duration("LiveDuration", &v("99999999999")).is_err());
        assert_eq!(
            money("a", &v("\"$10.00\""), "USD").unwrap(),
            Decimal::new(1000, 2)
        );
        assert!(money("a", &v("\"10.00 EUR\""), "USD").is_err());
        assert_eq!(
            money("a", &v("\"$1,000.50\""), "USD").unwrap(),
            Decimal::new(100050, 2)
        );
        assert_eq!(
            money("a", &v("\"1,000\""), "USD").unwrap(),
            Decimal::from(1000)
        );
        assert!(money("a", &v("\"1,00.50\""), "USD").is_err());
    }
}
