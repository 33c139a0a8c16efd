//! The JSON form of the export walked as a stream: only the LIVE and wallet
//! lists are read (at any depth, in any spelling of their keys), each entry
//! recorded with where it starts; everything else is passed over unread, so
//! a large export never sits in memory.

use std::cell::RefCell;
use std::fmt;
use std::io::Read;
use std::rc::Rc;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::{
    list_kind, Entry, Found, ListKind, Sink, MAX_ENTRY_BYTES, MAX_NAMED, MAX_RAW, MAX_STRING_BYTES,
    SPENDING_KEYS,
};
use crate::import::sniff::norm;
use crate::import::RowProblem;
use crate::l10n::Message;

/// Deepest nesting searched for the lists.
const MAX_DEPTH: u32 = 8;

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
    refused: Option<(u64, Message)>,
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
                    return Err(t.refuse(
                        Message::new("core-import-tiktok-long-text")
                            .text("max", (MAX_STRING_BYTES >> 20).to_string()),
                    ));
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
                    return Err(t.refuse(
                        Message::new("core-import-tiktok-long-entry")
                            .text("max", (MAX_ENTRY_BYTES >> 20).to_string()),
                    ));
                }
            }
        }
        Ok(n)
    }
}

impl Tracker {
    /// Stops the walk at this line for `why`.
    fn refuse(&mut self, why: Message) -> std::io::Error {
        let english = crate::l10n::english(&why);
        self.refused = Some((self.line, why));
        std::io::Error::new(std::io::ErrorKind::InvalidData, english)
    }
}

struct Walk {
    at: Rc<RefCell<Tracker>>,
    found: RefCell<Found>,
}

impl Walk {
    /// Stops the walk for `why` (a bound passed), as a serde error.
    fn refuse<E: de::Error>(&self, why: Message) -> E {
        let mut t = self.at.borrow_mut();
        let english = crate::l10n::english(&why);
        t.refused = Some((t.line, why));
        E::custom(english)
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
            let kind = list_kind(&n);
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
            f.count_entry().map_err(|why| walk.refuse(why))?;
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
pub(super) fn walk_export<R: Read>(
    reader: R,
    sink: Sink,
) -> std::result::Result<Found, RowProblem> {
    let at = Rc::new(RefCell::new(Tracker {
        line: 1,
        column: 1,
        ..Tracker::default()
    }));
    let walk = Walk {
        at: at.clone(),
        found: RefCell::new(Found::new(sink)),
    };
    // UTF-16 (and a UTF-8 byte order mark) is decoded by the one decoder
    // every import reads text with; lines are counted on what it gives.
    let tracked = Tracked {
        inner: crate::import::decode::Text::json(reader),
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
            return Err(RowProblem::said(line, None, why));
        }
        if e.is_io() {
            let io = std::io::Error::from(e);
            return Err(match crate::import::decode::TextError::of(&io) {
                Some(t) => RowProblem {
                    said: None,
                    line: t.line,
                    column: None,
                    message: t.message.clone(),
                },
                None => RowProblem::said(
                    at.borrow().line,
                    None,
                    Message::new("core-import-tiktok-cannot-read").text("error", io.to_string()),
                ),
            });
        }
        let what = crate::import::json::without_position(&e);
        let said = if e.is_eof() {
            Message::new("core-import-tiktok-cut-short")
        } else {
            // The file's own bytes are never quoted: they may be anything.
            Message::new("core-import-tiktok-not-json").text("error", what)
        };
        return Err(RowProblem::said(
            e.line() as u64,
            Some((e.column(), "JSON".into())),
            said,
        ));
    }
    Ok(walk.found.into_inner())
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
}
