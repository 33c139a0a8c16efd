//! Live events as local tools send them, read into gift events.
//!
//! Every shape and field is looked up in the one table the JSON import reads
//! too (`crate::events`): TikFinity's envelope, connector v1, 2.x and 2.0.x,
//! TikTokLive (Python) dicts. A log line may hold the gift fields without
//! the envelope.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde_json::Value;

use crate::dates;
use crate::events::{self, streak, EventField};

/// Longest text kept from a sender or gift name (the ledger's limit).
const MAX_TEXT: usize = 500;

/// Longest event accepted, in bytes; a live tool's gift event is about 3 KiB.
pub const MAX_EVENT_BYTES: usize = 256 * 1024;

/// One gift event, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GiftEvent {
    /// When it was sent.
    pub at: DateTime<Utc>,
    /// The time as the source wrote it (part of the import's fingerprint).
    pub stamp: String,
    /// The gift's id, empty when the source gave none.
    pub gift_id: String,
    /// The gift's name (`Gift #id` when only the id was given).
    pub name: String,
    /// Price of one in coins (`diamondCount`).
    pub coins_each: i64,
    /// `repeatCount`: the streak's count so far, or its final count.
    pub count: i64,
    /// Sender handle (`uniqueId`), else display name, as the source wrote it.
    pub sender: Option<String>,
    /// `giftType`; 1 is streakable.
    pub gift_type: Option<i64>,
    /// `repeatEnd`: the streak is over.
    pub repeat_end: bool,
    /// The source's id of this message, when it gives one.
    pub msg_id: Option<String>,
}

impl GiftEvent {
    /// A step of a streak still running: shown as pending, not yet counted.
    pub fn is_streak_step(&self) -> bool {
        self.gift_type == Some(1) && !self.repeat_end
    }

    /// The sender as stored: control characters removed, cut to the
    /// ledger's limit. `None` when nothing is left.
    pub fn stored_sender(&self) -> Option<String> {
        self.sender.as_deref().map(clean).filter(|s| !s.is_empty())
    }

    /// The gift name as stored.
    pub fn stored_name(&self) -> String {
        match clean(&self.name) {
            n if n.is_empty() => format!("Gift #{}", clean(&self.gift_id)),
            n => n,
        }
    }
}

/// What one message held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decoded {
    /// A gift.
    Gift(GiftEvent),
    /// Any other event (chat, like, member, follow …), named; not counted.
    Other(String),
}

/// Keeps text that is safe to store and show: no control characters, trimmed,
/// at most [`MAX_TEXT`] characters.
pub(crate) fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control())
        .take(MAX_TEXT)
        .collect::<String>()
        .trim()
        .to_string()
}

/// Quotes input in an error short: at most 80 characters.
pub(crate) fn short(text: &str) -> String {
    let flat: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let flat = flat.trim();
    if flat.chars().count() > 80 {
        format!("'{}…'", flat.chars().take(80).collect::<String>())
    } else {
        format!("'{flat}'")
    }
}

/// Reads one JSON message. `received` stands in for the time when the
/// message carries none.
pub fn decode_json(text: &str, tz: Tz, received: DateTime<Utc>) -> Result<Decoded, String> {
    if text.len() > MAX_EVENT_BYTES {
        return Err(format!(
            "expected an event of at most {} KiB, found {} KiB",
            MAX_EVENT_BYTES / 1024,
            text.len() / 1024
        ));
    }
    let value: Value = serde_json::from_str(text.trim())
        .map_err(|e| format!("expected a JSON object ({e}), found {}", short(text)))?;
    let data = match events::classify(&value) {
        events::Shape::Gift(data, _) => data,
        events::Shape::Other(kind) => return Ok(Decoded::Other(clean(kind))),
        events::Shape::NotObject => {
            return Err(format!("expected a JSON object, found {}", short(text)))
        }
    };
    gift(data, tz, received).map(Decoded::Gift)
}

/// The last key of the first path of `field` present in `v`, and its value.
fn find(v: &Value, field: EventField) -> Option<(&'static str, &Value)> {
    events::find(v, field).map(|(path, at)| (path.rsplit('.').next().unwrap_or(path), at))
}

/// A whole number, written as a number or as digits in a string.
fn whole(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64().or_else(|| {
            n.as_f64()
                .filter(|f| f.fract() == 0.0 && f.abs() < 9.0e15)
                .map(|f| f as i64)
        }),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Text of a string or a number.
fn text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn flag(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::Number(_) => whole(v).and_then(|n| match n {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }),
        Value::String(s) => crate::import::parse::parse_bool(s),
        _ => None,
    }
}

fn gift(data: &Value, tz: Tz, received: DateTime<Utc>) -> Result<GiftEvent, String> {
    let bad = |field: &str, expected: &str, v: &Value| {
        format!(
            "{field}: expected {expected}, found {}",
            short(&v.to_string())
        )
    };
    let gift_id = match find(data, EventField::GiftId) {
        Some((f, v)) => text(v).ok_or_else(|| bad(f, "a gift id", v))?,
        None => String::new(),
    };
    let name = match find(data, EventField::GiftName) {
        Some((f, v)) => text(v).ok_or_else(|| bad(f, "a gift name", v))?,
        None => String::new(),
    };
    if gift_id.is_empty() && name.is_empty() {
        return Err(format!(
            "a gift event needs {} or {}, found neither",
            EventField::GiftName.column(),
            EventField::GiftId.column()
        ));
    }
    let name = if name.is_empty() {
        format!("Gift #{gift_id}")
    } else {
        name
    };
    let coins_each = match find(data, EventField::Coins) {
        Some((f, v)) => whole(v)
            .filter(|c| *c >= 0)
            .ok_or_else(|| bad(f, "the gift's price in coins (0 or more)", v))?,
        None => {
            return Err(format!(
                "{}: expected the gift's price in coins, found nothing",
                EventField::Coins.column()
            ))
        }
    };
    let count = match find(data, EventField::Count) {
        Some((f, v)) => whole(v)
            .filter(|c| *c >= 1)
            .ok_or_else(|| bad(f, "a repeat count of 1 or more", v))?,
        None => 1,
    };
    if coins_each.checked_mul(count).is_none() {
        return Err(format!(
            "{}: {count} × {coins_each} coins is more than a ledger can count",
            EventField::Count.column()
        ));
    }
    let read_flag = |field: EventField| -> Result<Option<bool>, String> {
        match find(data, field) {
            Some((f, v)) => Ok(Some(flag(v).ok_or_else(|| bad(f, "true or false", v))?)),
            None => Ok(None),
        }
    };
    let repeat_end = streak::ends(
        read_flag(EventField::RepeatEnd)?,
        read_flag(EventField::Streaking)?,
    );
    let gift_type = match find(data, EventField::GiftType) {
        Some((f, v)) => Some(whole(v).ok_or_else(|| bad(f, "a gift type number", v))?),
        None => None,
    };
    let gift_type = streak::gift_type(gift_type, read_flag(EventField::Streakable)?);
    let handle = find(data, EventField::Sender)
        .and_then(|(_, v)| text(v))
        .filter(|s| !s.is_empty());
    let sender = handle.or_else(|| {
        find(data, EventField::Nickname)
            .and_then(|(_, v)| text(v))
            .filter(|s| !s.is_empty())
    });
    let msg_id = find(data, EventField::MsgId)
        .and_then(|(_, v)| text(v))
        .filter(|s| !s.is_empty() && s.len() <= 200);
    let (stamp, at) = match find(data, EventField::Time) {
        Some((f, v)) => {
            let stamp = text(v).ok_or_else(|| bad(f, "a time", v))?;
            let at = dates::parse_instant(&stamp, tz).map_err(|e| format!("{f}: {e}"))?;
            let at = dates::plausible(at).map_err(|e| format!("{f}: {e}"))?;
            (stamp, at)
        }
        None => (received.timestamp_millis().to_string(), received),
    };
    Ok(GiftEvent {
        at,
        stamp,
        gift_id,
        name,
        coins_each,
        count,
        sender,
        gift_type,
        repeat_end,
        msg_id,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp_millis(1_772_391_600_000).unwrap()
    }

    #[test]
    fn reads_a_tikfinity_gift() {
        let msg = r#"{"event":"gift","data":{"giftId":5655,"repeatCount":2,"groupId":"1741369871051",
            "uniqueId":"brian.5","nickname":"Brian","msgId":"7479126550374271790","createTime":"1741369872746",
            "repeatEnd":false,"gift":{"gift_id":5655,"repeat_count":2,"repeat_end":0,"gift_type":1},
            "giftType":1,"diamondCount":1,"giftName":"Rose","timestamp":1741369872749}}"#;
        let Decoded::Gift(g) = decode_json(msg, Tz::UTC, now()).unwrap() else {
            panic!("not a gift")
        };
        assert_eq!((g.gift_id.as_str(), g.name.as_str()), ("5655", "Rose"));
        assert_eq!((g.coins_each, g.count, g.gift_type), (1, 2, Some(1)));
        assert!(g.is_streak_step());
        assert_eq!(g.sender.as_deref(), Some("brian.5"));
        // TikTok's createTime, not the time the tool received it: the same
        // message has one time on every road (`events::PATHS`).
        assert_eq!(g.stamp, "1741369872746");
        assert_eq!(g.at.timestamp_millis(), 1_741_369_872_746);
        assert_eq!(g.msg_id.as_deref(), Some("7479126550374271790"));
    }

    #[test]
    fn reads_nested_connector_fields() {
        let msg = r#"{"event":"gift","data":{"common":{"msgId":"9","createTime":"1741369872000"},
            "user":{"uniqueId":"ann","nickname":"Ann"},"repeatCount":3,"repeatEnd":1,
            "giftDetails":{"giftName":"Doughnut","diamondCount":30,"giftType":1}}}"#;
        let Decoded::Gift(g) = decode_json(msg, Tz::UTC, now()).unwrap() else {
            panic!("not a gift")
        };
        assert_eq!(
            (g.name.as_str(), g.coins_each, g.count),
            ("Doughnut", 30, 3)
        );
        assert!(g.repeat_end && !g.is_streak_step());
        assert_eq!(g.msg_id.as_deref(), Some("9"));
    }

    #[test]
    fn reads_connector_2_0_and_tiktoklive_shapes() {
        // 2.0.x: id and time in an `event` object, plain and wrapped.
        let plain = r#"{"event":{"msgId":"42","createTime":"1741369872000"},"giftId":5655,
            "repeatCount":2,"repeatEnd":false,"user":{"uniqueId":"ann"},
            "giftDetails":{"giftName":"Rose","diamondCount":1,"giftType":1}}"#;
        for msg in [
            plain.to_string(),
            format!(r#"{{"event":"gift","data":{plain}}}"#),
        ] {
            let Decoded::Gift(g) = decode_json(&msg, Tz::UTC, now()).unwrap() else {
                panic!("not a gift: {msg}")
            };
            assert_eq!(g.msg_id.as_deref(), Some("42"));
            assert_eq!(g.at.timestamp_millis(), 1_741_369_872_000);
            assert!(g.is_streak_step());
        }
        // TikTokLive (Python): the streakable flag is `gift.type`.
        let py = r#"{"user":{"display_id":"bo"},"gift":{"id":5655,"name":"Rose",
            "diamond_count":1,"type":1,"repeat_count":3,"repeat_end":false}}"#;
        let Decoded::Gift(g) = decode_json(py, Tz::UTC, now()).unwrap() else {
            panic!("not a gift")
        };
        assert_eq!((g.gift_type, g.count), (Some(1), 3));
        assert!(g.is_streak_step(), "a step, held until its streak ends");
        assert_eq!(g.sender.as_deref(), Some("bo"));
    }

    #[test]
    fn other_events_and_bad_messages() {
        assert_eq!(
            decode_json(
                r#"{"event":"chat","data":{"comment":"hi"}}"#,
                Tz::UTC,
                now()
            )
            .unwrap(),
            Decoded::Other("chat".into())
        );
        let e = decode_json("{not json", Tz::UTC, now()).unwrap_err();
        assert!(e.contains("expected a JSON object"), "{e}");
        let e = decode_json(
            r#"{"event":"gift","data":{"giftName":"Rose","diamondCount":-1}}"#,
            Tz::UTC,
            now(),
        )
        .unwrap_err();
        assert!(e.starts_with("diamondCount: expected"), "{e}");
        let e = decode_json(
            r#"{"event":"gift","data":{"giftName":"Rose","diamondCount":1,"repeatCount":0}}"#,
            Tz::UTC,
            now(),
        )
        .unwrap_err();
        assert!(e.starts_with("repeatCount"), "{e}");
    }

    #[test]
    fn names_are_cleaned_and_cut() {
        let long = "x".repeat(900);
        let msg = format!(
            r#"{{"giftName":"Rose\u0007","diamondCount":1,"uniqueId":"{long}","timestamp":1741369872749}}"#
        );
        let Decoded::Gift(g) = decode_json(&msg, Tz::UTC, now()).unwrap() else {
            panic!("not a gift")
        };
        assert_eq!(g.stored_name(), "Rose");
        assert_eq!(g.stored_sender().unwrap().len(), 500);
    }
}
