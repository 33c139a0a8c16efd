//! Gift events as JSON or JSON Lines, in the shapes the webcast-connector
//! libraries emit, and telling JSON files apart from CSV ones.
//!
//! Each gift event becomes the record the CSV gift-event parser reads (a
//! fixed canonical header, see [`HEADER`]), so streaks fold, fingerprints are
//! made and sessions are formed by exactly the same code as for a CSV log:
//! a JSON and a CSV log of the same events fingerprint alike. Values are
//! split off the stream one at a time ([`super::values`]), so memory stays
//! flat however long the file.
//!
//! Shapes read (each field is looked up at the paths listed in [`PATHS`], in
//! that order; `null` counts as absent):
//! - flat, as TikTok-Live-Connector v1 and TikFinity emit: `giftId`,
//!   `repeatCount`, `repeatEnd`, `diamondCount`, `uniqueId`, `nickname`,
//!   `giftName`, `giftType`, `msgId`, and `createTime` (epoch ms, a number or
//!   a string) or `timestamp`;
//! - nested, as TikTok-Live-Connector v2 emits: `giftDetails.diamondCount`,
//!   `giftDetails.giftName`, `giftDetails.giftType`, `common.createTime`,
//!   `user.uniqueId`, `user.nickname`, with `giftId`, `repeatCount`,
//!   `repeatEnd` at the top; TikTokLive's (Python) `gift.name`,
//!   `gift.diamondCount`, `user.nickName` and snake_case spellings too;
//! - wrapped, as TikFinity and similar tools log them:
//!   `{"event": "gift", "data": {…}}` (also `type` for `event`). Events that
//!   are not gifts (chat, like, member, social…) are skipped and counted.
//!
//! A file is a JSON array of events or one event per line (an event may
//! also span several lines). `repeatEnd` may be `true`/`false` or `1`/`0`.

use std::collections::BTreeMap;
use std::io::Read;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;

use super::parse::Parser;
use super::sniff::{norm, Columns};
use super::values::{Span, Values};
use super::{
    tiktok_export, Format, ImportError, ImportOptions, ImportReport, RawBytes, ReadHalf,
    RowProblem, Tally, BATCH, MAX_LISTED_PROBLEMS,
};
use crate::error::{Error, Result};
use crate::events::{EventField, Shape, PATHS};
use crate::store::Store;

// Written once for every import; named here too for the readers that
// take them from this module.
pub(super) use super::{gap_minutes, quote, QUOTE_CHARS};

/// What a JSON file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Gift events: an array, or JSON Lines.
    Events,
    /// TikTok's data export (its .zip comes to [`import`] spooled, from
    /// `container`, which tells a zip by what it holds).
    Export,
}

/// Top-level sections of TikTok's data export (normalised with [`norm`]),
/// which tell an export from a gift event by its first key.
const EXPORT_SECTIONS: &[&str] = &[
    "activity",
    "youractivity",
    "adsanddata",
    "appsettings",
    "comment",
    "comments",
    "directmessage",
    "directmessages",
    "incomepluswallettransactions",
    "incomepluswallet",
    // `Income+ Wallet`: the plus is no letter.
    "incomewallet",
    "incomewallettransactions",
    "wallet",
    "locationreview",
    "post",
    "video",
    "videos",
    "profile",
    "tiktokshop",
    "tiktokshopping",
    "tiktoklive",
    "live",
];

/// Tells from the first bytes (as UTF-8: a UTF-16 file's decoded; a zip
/// never comes here, `container` reads it) and the name whether the file
/// is JSON, and which kind; `None` for CSV. A forced `format` decides on
/// its own.
pub(super) fn detect(format: Format, head: &[u8], name: &str) -> Option<Kind> {
    match format {
        Format::JsonEvents => return Some(Kind::Events),
        Format::TiktokData => return Some(Kind::Export),
        Format::Auto => {}
        _ => return None,
    }
    let text = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let first = text.iter().position(|b| !b.is_ascii_whitespace())?;
    match text[first] {
        b'[' => Some(Kind::Events),
        b'{' => {
            let named = name.to_lowercase().starts_with("user_data");
            let key = first_key(&text[first + 1..]).map(|k| norm(&k));
            if named || key.is_some_and(|k| EXPORT_SECTIONS.contains(&k.as_str())) {
                Some(Kind::Export)
            } else {
                Some(Kind::Events)
            }
        }
        _ => None,
    }
}

/// The first key of an object whose `{` was just passed, if the head holds it.
fn first_key(rest: &[u8]) -> Option<String> {
    let start = rest.iter().position(|b| !b.is_ascii_whitespace())?;
    if rest[start] != b'"' {
        return None;
    }
    let body = &rest[start + 1..];
    let mut escaped = false;
    for (i, &b) in body.iter().enumerate() {
        match b {
            _ if escaped => escaped = false,
            b'\\' => escaped = true,
            b'"' => return Some(String::from_utf8_lossy(&body[..i]).into_owned()),
            _ => {}
        }
    }
    None
}

/// Imports a JSON file of the given kind. TikTok's export is always read
/// from the raw bytes (it decodes what it unpacks itself); its zip comes
/// `spooled` by `container`.
#[allow(clippy::too_many_arguments)]
pub(super) fn import<R: Read + Send, B: RawBytes<R>>(
    store: &mut Store,
    reader: B,
    name: &str,
    total: u64,
    opts: &ImportOptions,
    kind: Kind,
    spooled: Option<std::fs::File>,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<ImportReport> {
    let mapped = match (&opts.map, kind) {
        (Some(map), Kind::Events) if opts.mapping_name.is_none() => {
            Mapped::from_map(map).map_err(|m| file_error(name, m))?
        }
        (None, _) if opts.mapping_name.is_none() => Mapped::none(),
        _ => {
            return Err(file_error(
                name,
                "--map names the fields of JSON gift events by path (coins=giftValue,sender=user.uniqueId); --mapping-name is for CSV files".into(),
            ))
        }
    };
    match kind {
        Kind::Events => import_events(store, reader, name, total, opts, mapped, progress),
        Kind::Export => tiktok_export::import(store, reader, name, spooled, opts, progress),
    }
}

pub(super) fn file_error(name: &str, message: String) -> Error {
    Error::Import(ImportError::File {
        file: name.to_string(),
        message,
    })
}

// ----- gift events ---------------------------------------------------------

/// Fields an event is read into, one column each (the shared table of
/// `events`).
pub(crate) const FIELDS: usize = EventField::ALL.len();

/// The canonical header each event is turned into: the header of a CSV
/// gift-event log, so the CSV parser reads it.
pub(crate) const HEADER: [&str; FIELDS] = [
    PATHS[0][0],
    PATHS[1][0],
    PATHS[2][0],
    PATHS[3][0],
    PATHS[4][0],
    PATHS[5][0],
    PATHS[6][0],
    PATHS[7][0],
    PATHS[8][0],
    PATHS[9][0],
    PATHS[10][0],
    PATHS[11][0],
];

/// Coins one event may carry (price × count): far above any real gift.
const MAX_EVENT_COINS: i64 = 1_000_000_000_000;

/// What one JSON value is.
enum Event<'a, 'de> {
    /// A gift event; `prefix` is the path of the object in the value.
    Gift {
        obj: &'a [(&'static str, Node<'de>)],
        prefix: &'static str,
    },
    /// Another event, by kind.
    Other(String),
    /// Not an object at all.
    NotObject(&'static str),
}

/// A JSON value as an event is read by: objects keep only [`KEPT_KEYS`],
/// arrays nothing, and text stays in the file's bytes unless it holds an
/// escape.
#[derive(Debug)]
enum Node<'de> {
    Null,
    Bool(bool),
    Int(i64),
    Uint(u64),
    Float(f64),
    Text(std::borrow::Cow<'de, str>),
    Array,
    /// Kept keys in file order; a key given twice counts as its last.
    Object(Vec<(&'static str, Node<'de>)>),
}

impl<'de> Node<'de> {
    fn as_str(&self) -> Option<&str> {
        match self {
            Node::Text(s) => Some(s),
            _ => None,
        }
    }

    fn as_object(&self) -> Option<&[(&'static str, Node<'de>)]> {
        match self {
            Node::Object(o) => Some(o),
            _ => None,
        }
    }
}

/// The value of `key` in `obj` (its last, as for a key given twice).
fn get<'a, 'de>(obj: &'a [(&'static str, Node<'de>)], key: &str) -> Option<&'a Node<'de>> {
    obj.iter().rev().find(|(k, _)| *k == key).map(|(_, v)| v)
}

fn get_path<'a, 'de>(obj: &'a [(&'static str, Node<'de>)], path: &str) -> Option<&'a Node<'de>> {
    let mut parts = path.split('.');
    let mut v = get(obj, parts.next()?)?;
    for p in parts {
        v = get(v.as_object()?, p)?;
    }
    (!matches!(v, Node::Null)).then_some(v)
}

fn kind_of(v: &Node<'_>) -> &'static str {
    match v {
        Node::Null => "null",
        Node::Bool(_) => "true or false",
        Node::Int(_) | Node::Uint(_) | Node::Float(_) => "a number",
        Node::Text(_) => "text",
        Node::Array => "an array",
        Node::Object(_) => "an object",
    }
}

fn label(kind: &str) -> String {
    let k = quote(kind).to_lowercase();
    k.chars().take(40).collect()
}

impl crate::events::Tree for Node<'_> {
    fn member(&self, key: &str) -> Option<&Self> {
        get(self.as_object()?, key)
    }
    fn text(&self) -> Option<&str> {
        self.as_str()
    }
    fn is_object(&self) -> bool {
        matches!(self, Node::Object(_))
    }
    fn is_null(&self) -> bool {
        matches!(self, Node::Null)
    }
}

/// What `v` is, by the shapes both roads read (`events::classify`).
fn classify<'a, 'de>(v: &'a Node<'de>, mapped: &Mapped) -> Event<'a, 'de> {
    match crate::events::classify(v) {
        Shape::Gift(Node::Object(obj), prefix) => Event::Gift { obj, prefix },
        Shape::Gift(..) | Shape::NotObject => Event::NotObject(kind_of(v)),
        // An object holding a field `--map` names is a gift event too.
        Shape::Other(kind) => match v {
            Node::Object(obj) if mapped.holds(obj) => Event::Gift { obj, prefix: "" },
            _ => Event::Other(label(kind)),
        },
    }
}

/// The JSON paths `--map` gives (`coins=giftValue,sender=user.uniqueId`):
/// each is read before the shared table's paths for its field, and the
/// keys on them are kept by the lean reader. Without a map, nothing extra.
#[derive(Clone, Copy)]
pub(crate) struct Mapped {
    paths: [Option<&'static str>; FIELDS],
    kept: &'static rustc_hash::FxHashSet<&'static str>,
}

/// The longest `--map` a JSON import takes, in bytes: its paths are kept
/// for the life of the process.
const MAX_MAP_BYTES: usize = 2048;

impl Mapped {
    /// No `--map`: the shared table alone.
    fn none() -> Mapped {
        Mapped {
            paths: [None; FIELDS],
            kept: kept_keys(),
        }
    }

    /// Reads `--map` for JSON: each field a gift event has, to a dotted
    /// path of keys (letters, digits, `_`, `-`; at most 8 deep).
    fn from_map(map: &str) -> std::result::Result<Mapped, String> {
        if map.len() > MAX_MAP_BYTES {
            return Err(format!(
                "--map is {} bytes; at most {MAX_MAP_BYTES}",
                map.len()
            ));
        }
        let mut paths = [None; FIELDS];
        let mut kept: rustc_hash::FxHashSet<&'static str> = kept_keys().clone();
        for (field, path) in crate::import::sniff::parse_map(map)? {
            let slot = field
                .event_name()
                .and_then(|n| {
                    EventField::ALL
                        .iter()
                        .position(|e| crate::import::sniff::norm(e.column()) == n)
                })
                .ok_or_else(|| {
                    format!(
                        "{} is not a field of a gift event (fields: {})",
                        field.map_name(),
                        "date, sender, nickname, gift_id, gift, coins, count, repeat_end, gift_type, event_id, streakable, streaking"
                    )
                })?;
            let segments: Vec<&str> = path.split('.').collect();
            let fine = |s: &&str| {
                !s.is_empty()
                    && s.chars()
                        .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
            };
            if segments.len() > 8 || !segments.iter().all(fine) {
                return Err(format!(
                    "'{}' is not a JSON path (keys joined by dots, such as user.uniqueId)",
                    crate::import::short(&path)
                ));
            }
            // Kept for the process's life: a few hundred bytes at most.
            let path: &'static str = Box::leak(path.into_boxed_str());
            for seg in path.split('.') {
                kept.insert(seg);
            }
            paths[slot] = Some(path);
        }
        Ok(Mapped {
            paths,
            kept: Box::leak(Box::new(kept)),
        })
    }

    /// Whether an object holds a field only a gift has (its id, name or
    /// price) at a path the map names.
    fn holds(&self, obj: &[(&'static str, Node<'_>)]) -> bool {
        [EventField::GiftId, EventField::GiftName, EventField::Coins]
            .iter()
            .filter_map(|f| self.paths[*f as usize])
            .any(|p| get_path(obj, p).is_some())
    }
}

/// A field that cannot go into the record: its path and what is wrong.
type FieldError = (&'static str, String);

/// Fills `rec` with the event's fields in [`HEADER`] order; `paths` gets
/// the path each was found at.
fn fill(
    obj: &[(&'static str, Node<'_>)],
    rec: &mut csv::StringRecord,
    paths: &mut [Option<&'static str>; FIELDS],
    mapped: &Mapped,
) -> std::result::Result<(), FieldError> {
    rec.clear();
    let mut text = String::new();
    for (i, candidates) in PATHS.iter().enumerate() {
        paths[i] = None;
        text.clear();
        let found = mapped.paths[i]
            .iter()
            .chain(candidates.iter())
            .find_map(|p| get_path(obj, p).map(|v| (*p, v)));
        if let Some((path, v)) = found {
            paths[i] = Some(path);
            // Names are free text; the other fields are numbers, times and flags.
            let free = matches!(i, 1 | 2 | 4);
            match v {
                // Names as every import keeps them (`store::imported_text`).
                Node::Text(s) if free => {
                    let t = crate::store::imported_text(s, false).map_err(|m| (path, m))?;
                    text.push_str(&t);
                }
                Node::Text(s) => {
                    if s.chars().count() > QUOTE_CHARS {
                        return Err((
                            path,
                            format!("expected a value for {}, found '{}'", HEADER[i], quote(s)),
                        ));
                    }
                    // A line break would read as a broken CSV quote.
                    text.extend(s.chars().map(|c| if c.is_control() { ' ' } else { c }));
                }
                Node::Int(x) => text.push_str(&x.to_string()),
                Node::Uint(x) => text.push_str(&x.to_string()),
                Node::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => {
                    text.push_str(&(*f as i64).to_string())
                }
                // As serde_json prints a number (JSON has no NaN or infinity).
                Node::Float(f) => match serde_json::Number::from_f64(*f) {
                    Some(n) => text.push_str(&n.to_string()),
                    None => text.push_str(&f.to_string()),
                },
                Node::Bool(b) => text.push_str(if *b { "true" } else { "false" }),
                Node::Array | Node::Object(_) | Node::Null => {
                    return Err((
                        path,
                        format!("expected a number or text, found {}", kind_of(v)),
                    ))
                }
            }
        }
        rec.push_field(text.trim());
    }
    // Bound each event's coins well below what sums of them can hold.
    let num = |i: usize| rec.get(i).and_then(|t| t.parse::<i64>().ok());
    if let (Some(coins), Some(count)) = (num(5), num(6).or(Some(1))) {
        if coins.checked_mul(count).is_none_or(|c| c > MAX_EVENT_COINS) {
            return Err((
                paths[5].unwrap_or(PATHS[5][0]),
                format!(
                    "{count} × {coins} coins is more than one gift event can be worth (at most {MAX_EVENT_COINS} coins)"
                ),
            ));
        }
    }
    Ok(())
}

/// Keys read from an event (at any depth): `events::KEYS`. The values of
/// all others are passed over unread, which halves the work on connector
/// logs full of avatars, badges and ids.
const KEPT_KEYS: &[&str] = &crate::events::KEYS;

/// The kept keys as a set: [`KEPT_KEYS`].
fn kept_keys() -> &'static rustc_hash::FxHashSet<&'static str> {
    static KEPT: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    KEPT.get_or_init(|| KEPT_KEYS.iter().copied().collect())
}

/// Reads a JSON value keeping only the keys of its set ([`KEPT_KEYS`],
/// and a `--map`'s) of its objects.
#[derive(Clone, Copy)]
struct Lean(&'static rustc_hash::FxHashSet<&'static str>);

/// An object key, `None` when it is not kept.
struct LeanKey(&'static rustc_hash::FxHashSet<&'static str>);

impl<'de> serde::de::DeserializeSeed<'de> for LeanKey {
    type Value = Option<&'static str>;
    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        d: D,
    ) -> std::result::Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> serde::de::Visitor<'de> for LeanKey {
    type Value = Option<&'static str>;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E>(self, k: &str) -> std::result::Result<Self::Value, E> {
        // Hashed: an event has some twenty keys, each compared with every
        // kept one was a tenth of reading it.
        Ok(self.0.get(k).copied())
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for Lean {
    type Value = Node<'de>;
    fn deserialize<D: serde::Deserializer<'de>>(
        self,
        d: D,
    ) -> std::result::Result<Node<'de>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Lean {
    type Value = Node<'de>;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(
        self,
        mut map: A,
    ) -> std::result::Result<Node<'de>, A::Error> {
        let mut m = Vec::new();
        while let Some(key) = map.next_key_seed(LeanKey(self.0))? {
            match key {
                Some(k) => {
                    let v = map.next_value_seed(self)?;
                    m.push((k, v));
                }
                None => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Node::Object(m))
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(
        self,
        mut seq: A,
    ) -> std::result::Result<Node<'de>, A::Error> {
        // No field read is an array: only that it is one matters.
        while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
        Ok(Node::Array)
    }
    fn visit_borrowed_str<E>(self, s: &'de str) -> std::result::Result<Node<'de>, E> {
        Ok(Node::Text(std::borrow::Cow::Borrowed(s)))
    }
    fn visit_str<E>(self, s: &str) -> std::result::Result<Node<'de>, E> {
        Ok(Node::Text(std::borrow::Cow::Owned(s.to_string())))
    }
    fn visit_string<E>(self, s: String) -> std::result::Result<Node<'de>, E> {
        Ok(Node::Text(std::borrow::Cow::Owned(s)))
    }
    fn visit_i64<E>(self, n: i64) -> std::result::Result<Node<'de>, E> {
        Ok(Node::Int(n))
    }
    fn visit_u64<E>(self, n: u64) -> std::result::Result<Node<'de>, E> {
        Ok(Node::Uint(n))
    }
    fn visit_f64<E>(self, n: f64) -> std::result::Result<Node<'de>, E> {
        Ok(Node::Float(n))
    }
    fn visit_bool<E>(self, b: bool) -> std::result::Result<Node<'de>, E> {
        Ok(Node::Bool(b))
    }
    fn visit_unit<E>(self) -> std::result::Result<Node<'de>, E> {
        Ok(Node::Null)
    }
}

/// Parses one value's bytes, keeping the keys an event is read by.
fn parse_lean<'b>(bytes: &'b [u8], mapped: &Mapped) -> serde_json::Result<Node<'b>> {
    use serde::de::DeserializeSeed;
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let v = Lean(mapped.kept).deserialize(&mut de)?;
    de.end()?;
    Ok(v)
}

/// An event whose record the parser refused: kept to put the parser's
/// problem at the field's own line and column.
struct Source {
    span: Span,
    prefix: &'static str,
    paths: [Option<&'static str>; FIELDS],
    raw: Vec<u8>,
}

/// What reading the events found beside the rows.
#[derive(Default)]
struct Side {
    gifts: u64,
    skipped: BTreeMap<String, u64>,
    array: bool,
    sources: Vec<Source>,
    /// Keys of the objects that are no event LiveLedger knows, in the
    /// order first seen (at most [`MAX_KEYS_NAMED`]): what the file holds.
    keys: Vec<String>,
}

/// Most keys of unknown objects named when a file holds no gift event.
const MAX_KEYS_NAMED: usize = 8;

/// Objects of unknown shape whose keys are read for that message.
const MAX_OBJECTS_LOOKED_AT: u64 = 64;

/// The top-level keys of a JSON object, in order, added to `keys` (as
/// quoted for a message) while it has fewer than [`MAX_KEYS_NAMED`].
fn collect_keys(bytes: &[u8], keys: &mut Vec<String>) {
    struct Keys<'k>(&'k mut Vec<String>);
    impl<'de> serde::de::Visitor<'de> for Keys<'_> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> std::result::Result<(), A::Error> {
            while let Some(k) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                let k = quote(&k);
                if self.0.len() < MAX_KEYS_NAMED + 1 && !self.0.contains(&k) {
                    self.0.push(k);
                }
                map.next_value::<serde::de::IgnoredAny>()?;
            }
            Ok(())
        }
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    // The value was decoded once already: an error here cannot happen.
    let _ = serde::Deserializer::deserialize_map(&mut de, Keys(keys));
}

/// What a JSON file without a gift event holds, for its refusal: the keys
/// of its objects, how many values, which other events.
fn what_it_holds(values: u64, side: &Side) -> String {
    let unknown_only = side.skipped.keys().all(|k| k == "other");
    if side.keys.is_empty() || !unknown_only {
        let skipped: Vec<String> = side
            .skipped
            .iter()
            .map(|(k, n)| format!("{n} {k}"))
            .collect();
        return format!(
            "no gift events to import among {values} JSON values{}",
            if skipped.is_empty() {
                String::new()
            } else {
                format!(" (skipped: {})", skipped.join(", "))
            }
        );
    }
    let more = side.keys.len() > MAX_KEYS_NAMED;
    let keys = format!(
        "{}{}",
        side.keys[..side.keys.len().min(MAX_KEYS_NAMED)].join(", "),
        if more { ", …" } else { "" }
    );
    let plural = |n: u64, one: &str, many: &str| {
        if n == 1 {
            format!("{n} {one}")
        } else {
            format!("{n} {many}")
        }
    };
    let what = if side.array {
        format!(
            "an array of {} whose keys are {keys}",
            plural(values, "object", "objects")
        )
    } else if values == 1 {
        format!("a JSON object whose keys are {keys}")
    } else {
        format!(
            "{} (JSON Lines), objects whose keys are {keys}",
            plural(values, "value", "values")
        )
    };
    format!(
        "holds no gift event and is not TikTok's data export: it is {what}. LiveLedger reads gift events ({}, {}, {}…) and TikTok's \"Download your data\"; for events of your own logger, name their fields with --map (date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)",
        EventField::GiftId.column(),
        EventField::Coins.column(),
        EventField::Count.column()
    )
}

/// The line and column of `key` (as an object key) in `raw`, a value that
/// starts at `span`; the value's start when it is not found.
fn locate(raw: &[u8], key: &str, span: Span) -> (u64, u64) {
    let needle = format!("\"{key}\"");
    let Some(at) = raw
        .windows(needle.len())
        .position(|w| w == needle.as_bytes())
    else {
        return (span.line, span.column);
    };
    let (mut line, mut column) = (span.line, span.column);
    for &b in &raw[..at] {
        if b == b'\n' {
            line += 1;
            column = 1;
        } else if b & 0xC0 != 0x80 {
            column += 1;
        }
    }
    (line, column)
}

fn field_label(array: bool, span: Span, prefix: &str, path: &str) -> String {
    if array {
        format!("[{}].{prefix}{path}", span.index)
    } else {
        format!("{prefix}{path}")
    }
}

fn at_field(
    raw: &[u8],
    span: Span,
    array: bool,
    prefix: &str,
    path: &str,
    message: String,
) -> RowProblem {
    let key = path.rsplit('.').next().unwrap_or(path);
    let (line, column) = locate(raw, key, span);
    RowProblem {
        line,
        column: Some((column as usize, field_label(array, span, prefix, path))),
        message,
    }
}

/// A syntax error of serde_json inside the value at `span`, in file terms.
fn syntax(e: &serde_json::Error, span: Span, array: bool) -> RowProblem {
    let rel_line = e.line().max(1) as u64;
    let line = span.line + rel_line - 1;
    let column = if rel_line == 1 {
        span.column + (e.column().max(1) as u64) - 1
    } else {
        e.column().max(1) as u64
    };
    let text = e.to_string();
    let what = text
        .rsplit_once(" at line ")
        .map_or(text.as_str(), |(w, _)| w);
    // The file's bytes are not quoted: they were not understood.
    RowProblem {
        line,
        column: Some((
            column as usize,
            if array {
                format!("[{}]", span.index)
            } else {
                "JSON".to_string()
            },
        )),
        message: format!("is not valid JSON ({what})"),
    }
}

/// Values handed from one reading stage to the next, in file order.
const CHUNK: usize = 1024;

/// Values as the scanner split them: their bytes back to back in `bytes`.
struct Scanned {
    bytes: Vec<u8>,
    values: Vec<(
        std::ops::Range<usize>,
        std::result::Result<Span, RowProblem>,
    )>,
    array: bool,
}

/// What the decoder made of one value.
enum Decoded {
    /// A gift event as a record in [`HEADER`] order.
    Gift {
        span: Span,
        rec: csv::StringRecord,
        prefix: &'static str,
        paths: [Option<&'static str>; FIELDS],
        raw: std::ops::Range<usize>,
    },
    /// A value that cannot be read.
    Problem(RowProblem),
    /// Another event, or nothing to read.
    Skipped,
}

/// Decoded values, with the bytes their `raw` ranges point into.
struct DecodedChunk {
    bytes: Vec<u8>,
    items: Vec<Decoded>,
}

/// The reading half of a JSON events import (see `read_rows` for CSV), in
/// three threads, since decoding JSON costs more than writing its rows:
/// splitting the stream into values (and hashing it), decoding each value
/// into a record, and the parser with its streak state (here). Each stage
/// hands on chunks in file order; a stage that stops makes the one before
/// it stop at its next send.
fn read_events<R: Read + Send, B: RawBytes<R>>(
    reader: B,
    mut parser: Parser,
    send: mpsc::SyncSender<super::parse::Batch>,
    bytes: &AtomicU64,
    side: &mut Side,
    mapped: Mapped,
) -> ReadHalf {
    let Side {
        gifts,
        skipped,
        array: side_array,
        sources,
        keys,
    } = side;
    std::thread::scope(|scope| {
        let (to_decoder, scanned) = mpsc::sync_channel::<Scanned>(4);
        let (to_parser, decoded) = mpsc::sync_channel::<DecodedChunk>(4);
        let scanner = scope.spawn(move || scan(reader, to_decoder, bytes));
        let decoder = scope
            .spawn(move || decode(scanned, to_parser, gifts, skipped, side_array, keys, mapped));
        let mut batch = Vec::with_capacity(BATCH);
        'chunks: for chunk in decoded {
            for item in chunk.items {
                match item {
                    Decoded::Skipped => {}
                    Decoded::Problem(p) => parser.problem(p),
                    Decoded::Gift {
                        span,
                        rec,
                        prefix,
                        paths,
                        raw,
                    } => {
                        let before = parser.problem_count();
                        parser.row(span.line, &rec);
                        if parser.problem_count() > before
                            && sources.len() < 2 * MAX_LISTED_PROBLEMS
                        {
                            let raw = &chunk.bytes[raw];
                            sources.push(Source {
                                span,
                                prefix,
                                paths,
                                raw: raw[..raw.len().min(1 << 16)].to_vec(),
                            });
                        }
                    }
                }
                parser.take_settled(&mut batch);
                if batch.len() >= BATCH
                    && send
                        .send(super::parse::Batch {
                            gifts: std::mem::replace(&mut batch, Vec::with_capacity(BATCH)),
                            sessions: Vec::new(),
                        })
                        .is_err()
                {
                    break 'chunks;
                }
                if parser.problem_count() > 10 * MAX_LISTED_PROBLEMS {
                    break 'chunks;
                }
            }
        }
        // Stopping early drops the receiver: the decoder and then the
        // scanner stop at their next send.
        if !batch.is_empty() {
            // The writer may have gone after an error; it reports that error.
            let _ = send.send(super::parse::Batch {
                gifts: batch,
                sessions: Vec::new(),
            });
        }
        if let Err(panic) = decoder.join() {
            std::panic::resume_unwind(panic);
        }
        let (tally, encoding, read) = match scanner.join() {
            Ok(r) => r,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        bytes.store(tally.bytes, Ordering::Relaxed);
        (parser, super::BytesRead::from(tally, encoding), read)
    })
}
/// The first stage: splits the stream into values, in chunks.
fn scan<R: Read + Send, B: RawBytes<R>>(
    reader: B,
    next: mpsc::SyncSender<Scanned>,
    bytes: &AtomicU64,
) -> (Tally<R>, Option<super::Encoding>, u64) {
    let mut values = Values::new(reader);
    let mut buf = Vec::new();
    let mut read = 0u64;
    let fresh = || Scanned {
        bytes: Vec::with_capacity(CHUNK * 512),
        values: Vec::with_capacity(CHUNK),
        array: false,
    };
    let mut chunk = fresh();
    while let Some(next_value) = values.next_value(&mut buf) {
        chunk.array = values.is_array();
        let start = chunk.bytes.len();
        let span = match next_value {
            Ok(span) => {
                read += 1;
                chunk.bytes.extend_from_slice(&buf);
                Ok(span)
            }
            Err(broken) => Err(broken.problem),
        };
        chunk.values.push((start..chunk.bytes.len(), span));
        if chunk.values.len() >= CHUNK {
            if next.send(std::mem::replace(&mut chunk, fresh())).is_err() {
                break;
            }
            bytes.store(values.get_ref().raw_bytes(), Ordering::Relaxed);
        }
    }
    if !chunk.values.is_empty() {
        // A later stage that stopped has its reason already.
        let _ = next.send(chunk);
    }
    let reader = values.into_inner();
    let encoding = reader.encoding();
    (reader.into_tally(), encoding, read)
}

/// The second stage: each value decoded into a record, or told apart as
/// another event or a problem. Counts the gift events and the others.
fn decode(
    scanned: mpsc::Receiver<Scanned>,
    next: mpsc::SyncSender<DecodedChunk>,
    gifts: &mut u64,
    skipped: &mut BTreeMap<String, u64>,
    side_array: &mut bool,
    keys: &mut Vec<String>,
    mapped: Mapped,
) {
    for chunk in scanned {
        let array = chunk.array;
        *side_array = array;
        let mut items = Vec::with_capacity(chunk.values.len());
        for (range, span) in chunk.values {
            let span = match span {
                Ok(span) => span,
                Err(problem) => {
                    items.push(Decoded::Problem(problem));
                    continue;
                }
            };
            let buf = &chunk.bytes[range.clone()];
            let item = match parse_lean(buf, &mapped) {
                Err(e) => Decoded::Problem(syntax(&e, span, array)),
                Ok(v) => match classify(&v, &mapped) {
                    Event::Other(kind) => {
                        let n = skipped.entry(kind).or_default();
                        *n += 1;
                        // What an object of no known shape holds, for a
                        // refusal when the file has no gift at all.
                        if *gifts == 0
                            && *n <= MAX_OBJECTS_LOOKED_AT
                            && keys.len() <= MAX_KEYS_NAMED
                        {
                            collect_keys(buf, keys);
                        }
                        Decoded::Skipped
                    }
                    Event::NotObject(what) => Decoded::Problem(RowProblem {
                        line: span.line,
                        column: Some((
                            span.column as usize,
                            if array {
                                format!("[{}]", span.index)
                            } else {
                                "JSON".into()
                            },
                        )),
                        message: format!("expected an event (a JSON object), found {what}"),
                    }),
                    Event::Gift { obj, prefix } => {
                        *gifts += 1;
                        let mut rec = csv::StringRecord::with_capacity(64, HEADER.len());
                        let mut paths = [None; FIELDS];
                        match fill(obj, &mut rec, &mut paths, &mapped) {
                            Err((path, message)) => {
                                Decoded::Problem(at_field(buf, span, array, prefix, path, message))
                            }
                            Ok(()) => Decoded::Gift {
                                span,
                                rec,
                                prefix,
                                paths,
                                raw: range,
                            },
                        }
                    }
                },
            };
            items.push(item);
        }
        let out = DecodedChunk {
            bytes: chunk.bytes,
            items,
        };
        if next.send(out).is_err() {
            break;
        }
    }
}

/// Puts a problem the parser found in a canonical record at the JSON
/// field it came from.
fn relocate(p: RowProblem, side: &mut Side) -> RowProblem {
    let Some((_, header_name)) = &p.column else {
        return p;
    };
    let Some(slot) = HEADER.iter().position(|h| h == header_name) else {
        return p;
    };
    let found = side.sources.iter().position(|s| s.span.line == p.line);
    let Some(i) = found else {
        let mut p = p;
        p.column = Some((1, PATHS[slot][0].to_string()));
        return p;
    };
    let s = side.sources.remove(i);
    let path = s.paths[slot].unwrap_or(PATHS[slot][0]);
    at_field(&s.raw, s.span, side.array, s.prefix, path, p.message)
}

fn import_events<R: Read + Send, B: RawBytes<R>>(
    store: &mut Store,
    reader: B,
    name: &str,
    total: u64,
    opts: &ImportOptions,
    mapped: Mapped,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<ImportReport> {
    let header: Vec<String> = HEADER.iter().map(|h| h.to_string()).collect();
    let cols = Columns::from_header(&header);
    let tz = store.tz()?;
    let catalog = store
        .catalog()?
        .into_iter()
        .map(|g| (g.name.to_lowercase(), g.coins))
        .collect();
    let mut parser = Parser::new(Format::GiftEvents, &header, cols, tz, catalog)
        .map_err(|m| file_error(name, m))?;
    let gap = gap_minutes(store, opts)?;
    parser.set_session_gap(gap);
    let report = ImportReport {
        file: name.to_string(),
        format: Format::JsonEvents.name().to_string(),
        dry_run: opts.dry_run,
        ..ImportReport::default()
    };
    let mut side = Side::default();
    let read = |p, send, bytes: &AtomicU64| read_events(reader, p, send, bytes, &mut side, mapped);
    let job = super::Job {
        streaming: true,
        gap,
        total,
        header_end: 0,
        save_mapping: None,
        remember: None,
        rates: store.rates()?,
        tz,
        refuse_empty: false,
        sharing: super::sharing(opts),
    };
    let result = super::read_and_write(store, read, parser, report, job, progress);
    match result {
        Ok(mut report) => {
            if side.gifts == 0 {
                return Err(file_error(name, what_it_holds(report.rows_read, &side)));
            }
            report.events_skipped = side.skipped;
            Ok(report)
        }
        Err(Error::Import(ImportError::Rows {
            file,
            count,
            problems,
        })) => {
            let mut problems: Vec<RowProblem> = problems
                .into_iter()
                .map(|p| relocate(p, &mut side))
                .collect();
            problems.sort_by_key(|p| p.line);
            Err(Error::Import(ImportError::Rows {
                file,
                count,
                problems,
            }))
        }
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::sniff::Field;

    #[test]
    fn the_canonical_header_names_every_gift_event_field() {
        let header: Vec<String> = HEADER.iter().map(|h| h.to_string()).collect();
        let c = Columns::from_header(&header);
        let fields = [
            Field::Date,
            Field::Sender,
            Field::Nickname,
            Field::GiftId,
            Field::Gift,
            Field::Coins,
            Field::Count,
            Field::RepeatEnd,
            Field::GiftType,
        ];
        for (i, f) in fields.iter().enumerate() {
            assert_eq!(c.get(*f), Some(i), "{f:?}");
        }
        assert!(!c.has(Field::Time));
    }

    fn record(json: &str) -> std::result::Result<Vec<String>, FieldError> {
        let v = parse_lean(json.as_bytes(), &Mapped::none()).unwrap();
        let Event::Gift { obj, .. } = classify(&v, &Mapped::none()) else {
            panic!("not a gift: {json}")
        };
        let mut rec = csv::StringRecord::new();
        let mut paths = [None; FIELDS];
        fill(obj, &mut rec, &mut paths, &Mapped::none())?;
        Ok(rec.iter().map(str::to_string).collect())
    }

    #[test]
    fn flat_nested_and_wrapped_shapes_give_the_same_record() {
        let want = [
            "1772391600000",
            "alice",
            "Alice",
            "5655",
            "Rose",
            "1",
            "3",
            "true",
            "1",
            "7",
            "",
            "",
        ];
        let flat = r#"{"giftId":5655,"repeatCount":3,"repeatEnd":true,"diamondCount":1,"uniqueId":"alice","nickname":"Alice","giftName":"Rose","giftType":1,"createTime":"1772391600000","msgId":"7"}"#;
        let nested = r#"{"common":{"method":"WebcastGiftMessage","msgId":"7","createTime":"1772391600000"},"giftId":5655,"repeatCount":3,"repeatEnd":1,"user":{"uniqueId":"alice","nickname":"Alice"},"giftDetails":{"giftName":"Rose","diamondCount":1,"giftType":1}}"#;
        let wrapped = format!(r#"{{"event":"gift","data":{flat}}}"#);
        assert_eq!(record(flat).unwrap(), want);
        let mut n = want.map(str::to_string).to_vec();
        n[7] = "1".into();
        assert_eq!(record(nested).unwrap(), n);
        assert_eq!(record(&wrapped).unwrap(), want);
        // Connector 2.0.x keeps the id and time in `event`, an object.
        let v20 = r#"{"event":{"msgId":"7","createTime":"1772391600000"},"giftId":5655,"repeatCount":3,"repeatEnd":true,"user":{"uniqueId":"alice","nickname":"Alice"},"giftDetails":{"giftName":"Rose","diamondCount":1,"giftType":1}}"#;
        assert_eq!(record(v20).unwrap(), want);
        let wrapped20 = format!(r#"{{"event":"gift","data":{v20}}}"#);
        assert_eq!(record(&wrapped20).unwrap(), want);
    }

    #[test]
    fn other_events_are_told_apart() {
        let kind = |j: &str| match classify(
            &parse_lean(j.as_bytes(), &Mapped::none()).unwrap(),
            &Mapped::none(),
        ) {
            Event::Other(k) => k,
            Event::Gift { .. } => "GIFT".into(),
            Event::NotObject(w) => w.into(),
        };
        assert_eq!(kind(r#"{"event":"chat","data":{"comment":"hi"}}"#), "chat");
        assert_eq!(kind(r#"{"comment":"hi","uniqueId":"a"}"#), "chat");
        assert_eq!(
            kind(r#"{"common":{"method":"WebcastLikeMessage"},"likeCount":3}"#),
            "webcastlikemessage"
        );
        assert_eq!(kind(r#"{"type":"Gift","data":{"giftId":1}}"#), "GIFT");
        assert_eq!(kind("[1]"), "an array");
    }

    #[test]
    fn fields_of_the_wrong_kind_are_refused() {
        let e = record(r#"{"giftId":1,"diamondCount":{"x":1}}"#).unwrap_err();
        assert_eq!(e.0, "diamondCount");
        assert!(e.1.contains("found an object"), "{}", e.1);
        let e =
            record(r#"{"giftId":1,"diamondCount":1000000000,"repeatCount":100000}"#).unwrap_err();
        assert!(e.1.contains("more than one gift event"), "{}", e.1);
        let long = "9".repeat(500);
        let e = record(&format!(r#"{{"giftId":1,"diamondCount":"{long}"}}"#)).unwrap_err();
        assert!(e.1.chars().count() < 200, "{}", e.1);
        let rec = record(r#"{"giftId":1,"nickname":"a\nb","diamondCount":1.0}"#).unwrap();
        assert_eq!(rec[2], "a b");
        assert_eq!(rec[5], "1");
    }

    #[test]
    fn detection_by_content_and_name() {
        let auto = |h: &str, n: &str| detect(Format::Auto, h.as_bytes(), n);
        assert_eq!(auto("  [{\"giftId\":1}]", "x.json"), Some(Kind::Events));
        assert_eq!(
            auto("{\"event\":\"gift\"}\n", "x.jsonl"),
            Some(Kind::Events)
        );
        assert_eq!(
            auto("{\n  \"Tiktok Live\": {}", "x.json"),
            Some(Kind::Export)
        );
        assert_eq!(
            auto("{\"giftId\":1}", "user_data_tiktok.json"),
            Some(Kind::Export)
        );
        assert_eq!(auto("date,gift\n", "a.csv"), None);
        assert_eq!(
            detect(Format::JsonEvents, b"date,gift", "a.csv"),
            Some(Kind::Events)
        );
        assert_eq!(detect(Format::GiftTable, b"[1]", "a.csv"), None);
    }

    #[test]
    fn quotes_are_short_and_on_one_line() {
        assert_eq!(quote(" a\nb "), "a b");
        let q = quote(&"x".repeat(10_000));
        assert_eq!(q.chars().count(), QUOTE_CHARS);
        assert!(q.ends_with('…'));
    }
}

/// Random JSON-shaped files through the whole import: every one is imported
/// or refused, none panics, and a refused one writes nothing.
#[cfg(test)]
mod fuzz {
    use std::sync::Mutex;

    use proptest::prelude::*;
    use serde_json::{json, Value};

    use crate::import::{import_reader, Format, ImportOptions};
    use crate::store::Store;

    fn store() -> &'static Mutex<Store> {
        static STORE: std::sync::OnceLock<Mutex<Store>> = std::sync::OnceLock::new();
        STORE.get_or_init(|| {
            let dir = tempfile::tempdir().expect("temp dir").keep();
            let mut s = Store::open(&dir.join("json-fuzz.db")).expect("open");
            s.set_setting("timezone", "Europe/Berlin").expect("tz");
            Mutex::new(s)
        })
    }

    fn counts(s: &Store) -> (i64, i64, i64, i64) {
        s.row_counts().expect("counts")
    }

    fn scalar() -> impl Strategy<Value = Value> {
        prop_oneof![
            4 => (1i64..40).prop_map(|n| json!(n)),
            2 => (1_772_391_600_000i64..1_772_400_000_000).prop_map(|n| json!(n.to_string())),
            1 => any::<i64>().prop_map(|n| json!(n)),
            1 => any::<f64>().prop_map(|f| json!(f)),
            1 => any::<bool>().prop_map(|b| json!(b)),
            1 => Just(Value::Null),
            1 => "\\PC{0,20}".prop_map(|s| json!(s)),
            1 => "[0-9,.$ ]{0,12}".prop_map(|s| json!(s)),
            1 => Just(json!({"x": [1, {"y": null}]})),
            1 => Just(json!("2026-11-02 19:00:00")),
            1 => Just(json!("1h 30m")),
        ]
    }

    fn event() -> impl Strategy<Value = Value> {
        let keys = prop::sample::subsequence(
            vec![
                "giftId",
                "repeatCount",
                "repeatEnd",
                "diamondCount",
                "uniqueId",
                "nickname",
                "giftName",
                "giftType",
                "createTime",
                "timestamp",
                "comment",
                "msgId",
            ],
            0..12,
        );
        (keys, prop::collection::vec(scalar(), 12), 0u8..4).prop_map(|(keys, vals, shape)| {
            let mut m = serde_json::Map::new();
            for (k, v) in keys.into_iter().zip(vals) {
                m.insert(k.to_string(), v);
            }
            let flat = Value::Object(m);
            match shape {
                0 => flat,
                1 => json!({"event": "gift", "data": flat}),
                2 => json!({"event": "chat", "data": flat}),
                _ => json!({"common": {"createTime": flat.get("createTime")}, "giftId": flat.get("giftId"),
                    "repeatCount": flat.get("repeatCount"), "repeatEnd": flat.get("repeatEnd"),
                    "user": {"uniqueId": flat.get("uniqueId")},
                    "giftDetails": {"diamondCount": flat.get("diamondCount"), "giftType": flat.get("giftType")}}),
            }
        })
    }

    /// A well-formed gift event, to reach the write path.
    fn good_event() -> impl Strategy<Value = Value> {
        (
            0i64..7_200_000,
            prop::sample::select(vec!["ann", "ben", "陈", "<b>x</b>"]),
            prop::sample::select(vec![(5655, "Rose", 1), (6090, "Galaxy", 1000), (5760, "Finger Heart", 5)]),
            1i64..6,
            any::<bool>(),
            any::<bool>(),
        )
            .prop_map(|(t, who, (id, name, coins), count, end, wrapped)| {
                let e = json!({"createTime": (1_772_391_600_000i64 + t).to_string(), "uniqueId": who,
                    "giftId": id, "giftName": name, "diamondCount": coins, "repeatCount": count,
                    "repeatEnd": end, "giftType": if coins <= 5 { 1 } else { 2 }});
                if wrapped {
                    json!({"event": "gift", "data": e})
                } else {
                    e
                }
            })
    }

    fn live() -> impl Strategy<Value = Value> {
        prop::collection::vec(scalar(), 6).prop_map(|v| {
            json!({"LiveStartTime": v[0], "LiveEndTime": v[1], "LiveDuration": v[2],
                "TotalEarning": v[3], "TotalView": v[4], "RoomId": v[5]})
        })
    }

    fn file() -> impl Strategy<Value = Vec<u8>> {
        let events = prop_oneof![
            prop::collection::vec(event(), 0..30),
            prop::collection::vec(good_event(), 1..30),
        ];
        let lives = prop::collection::vec(live(), 0..6);
        let wallet = prop::collection::vec(
            (
                scalar(),
                scalar(),
                prop::sample::select(vec!["Withdraw", "Recharge", "x"]),
            ),
            0..4,
        );
        (events, lives, wallet, 0u8..4, any::<bool>(), any::<prop::sample::Index>(), any::<u8>())
            .prop_map(|(events, lives, wallet, layout, damage, at, byte)| {
                let mut text = match layout {
                    0 => serde_json::to_string_pretty(&events).unwrap_or_default(),
                    1 | 2 => events
                        .iter()
                        .map(|e| e.to_string())
                        .collect::<Vec<_>>()
                        .join(if layout == 1 { "\n" } else { "\r\n\n" }),
                    _ => {
                        let wallet: Vec<Value> = wallet
                            .into_iter()
                            .map(|(d, a, t)| json!({"Date": d, "Amount": a, "Type": t}))
                            .collect();
                        serde_json::to_string_pretty(&json!({
                            "Profile": {}, "Tiktok Live": {"Go Live History": {"GoLiveList": lives}},
                            "Income Plus Wallet Transactions": {"Transaction History": {"TransactionsList": wallet}}
                        }))
                        .unwrap_or_default()
                    }
                }
                .into_bytes();
                if damage && !text.is_empty() {
                    let i = at.index(text.len());
                    text[i] = byte;
                }
                text
            })
    }

    proptest! {
        /// The law of one identity: a message a log gives twice (a reconnect
        /// replay, a logger that wrote it again) counts once, whatever it
        /// is (a step, an end, a one-off) and wherever the copy lands.
        #[test]
        fn a_message_delivered_twice_counts_once(
            mut events in prop::collection::vec(good_event(), 1..40),
            copies in prop::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>()), 1..8),
            lines in any::<bool>(),
        ) {
            events.sort_by_key(|e| {
                let e = e.get("data").unwrap_or(e);
                e["createTime"].as_str().and_then(|t| t.parse::<i64>().ok()).unwrap_or(0)
            });
            for (i, e) in events.iter_mut().enumerate() {
                let target = if e.get("data").is_some() { &mut e["data"] } else { e };
                target["msgId"] = json!(format!("74{i:017}"));
            }
            // A copy comes after its original, anywhere later.
            let mut doubled = events.clone();
            for (which, at) in &copies {
                let copy = events[which.index(events.len())].clone();
                let first = doubled.iter().position(|e| *e == copy).unwrap_or(0);
                let pos = first + 1 + at.index(doubled.len() - first);
                doubled.insert(pos, copy);
            }
            let text = |evs: &[Value]| -> Vec<u8> {
                if lines {
                    evs.iter().map(|e| format!("{e}\n")).collect::<String>().into_bytes()
                } else {
                    serde_json::to_vec(evs).unwrap_or_default()
                }
            };
            let mut store = store().lock().unwrap_or_else(|p| p.into_inner());
            let opts = ImportOptions { dry_run: true, ..ImportOptions::default() };
            let (once, twice) = (text(&events), text(&doubled));
            let a = import_reader(&mut store, once.as_slice(), "once.jsonl", once.len() as u64, &opts, &mut |_, _| {});
            let b = import_reader(&mut store, twice.as_slice(), "twice.jsonl", twice.len() as u64, &opts, &mut |_, _| {});
            match (a, b) {
                (Ok(a), Ok(b)) => {
                    prop_assert_eq!(a.rows_added, b.rows_added);
                    prop_assert_eq!(a.coins_added, b.coins_added);
                    prop_assert_eq!(a.unfinished_streaks, b.unfinished_streaks);
                    prop_assert_eq!(b.redelivered, copies.len() as u64);
                }
                (Err(a), Err(b)) => prop_assert_eq!(a.to_string().replace("once.jsonl", ""), b.to_string().replace("twice.jsonl", "")),
                (a, b) => prop_assert!(false, "one imported, one did not: {:?} / {:?}", a.map(|r| r.rows_added), b.map(|r| r.rows_added)),
            }
        }

        #[test]
        fn json_files_are_imported_or_refused_cleanly(bytes in file(), forced in any::<bool>()) {
            let mut store = store().lock().unwrap_or_else(|p| p.into_inner());
            let before = counts(&store);
            let opts = ImportOptions {
                format: if forced { Format::JsonEvents } else { Format::Auto },
                ..ImportOptions::default()
            };
            let r = import_reader(&mut store, bytes.as_slice(), "fuzz.json", bytes.len() as u64, &opts, &mut |_, _| {});
            if let Err(e) = r {
                let msg = e.to_string();
                prop_assert!(!msg.contains("failed unexpectedly"), "a panic: {}", msg);
                prop_assert!(msg.len() < 20_000, "a long error: {} bytes", msg.len());
                prop_assert_eq!(counts(&store), before, "a refused import wrote: {}", msg);
            }
        }
    }
}
