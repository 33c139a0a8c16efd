//! A JSON value told apart as a gift event (or another event), and a gift
//! event's fields filled into the canonical record the CSV gift-event
//! parser reads.

use super::mapped::Mapped;
use super::node::{get_path, kind_key, Node};
use super::{quote, QUOTE_CHARS};
use crate::events::{EventField, Shape, PATHS};
use crate::l10n::Message;

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
pub(super) enum Event<'a, 'de> {
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

/// An event's kind as a short label in lower case.
fn label(kind: &str) -> String {
    let k = quote(kind).to_lowercase();
    k.chars().take(40).collect()
}

/// What `v` is, by the shapes both roads read (`events::classify`).
pub(super) fn classify<'a, 'de>(v: &'a Node<'de>, mapped: &Mapped) -> Event<'a, 'de> {
    match crate::events::classify(v) {
        Shape::Gift(Node::Object(obj), prefix) => Event::Gift { obj, prefix },
        Shape::Gift(..) | Shape::NotObject => Event::NotObject(kind_key(v)),
        // An object holding a field `--map` names is a gift event too.
        Shape::Other(kind, _) => match v {
            Node::Object(obj) if mapped.holds(obj) => Event::Gift { obj, prefix: "" },
            _ => Event::Other(label(kind)),
        },
    }
}

/// A field that cannot go into the record: its path and what is wrong.
pub(super) type FieldError = (&'static str, Message);

/// Fills `rec` with the event's fields in [`HEADER`] order; `paths` gets
/// the path each was found at.
pub(super) fn fill(
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
                            Message::new("core-import-json-value-too-long")
                                .text("field", HEADER[i])
                                .text("text", quote(s)),
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
                        Message::new("core-import-json-not-scalar").text("kind", kind_key(v)),
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
                Message::new("core-import-json-event-too-large")
                    .text("n", count.to_string())
                    .text("coins", coins.to_string())
                    .text("max", MAX_EVENT_COINS.to_string()),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::json::node::parse_lean;
    use crate::import::sniff::{Columns, Field};

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
        assert_eq!(kind("[1]"), "array");
    }

    #[test]
    fn fields_of_the_wrong_kind_are_refused() {
        let e = record(r#"{"giftId":1,"diamondCount":{"x":1}}"#).unwrap_err();
        assert_eq!(e.0, "diamondCount");
        let en = |m: &Message| crate::l10n::english(m);
        assert_eq!(en(&e.1), "expected a number or text, found an object");
        let e =
            record(r#"{"giftId":1,"diamondCount":1000000000,"repeatCount":100000}"#).unwrap_err();
        assert!(
            en(&e.1).contains("more than one gift event"),
            "{}",
            en(&e.1)
        );
        let long = "9".repeat(500);
        let e = record(&format!(r#"{{"giftId":1,"diamondCount":"{long}"}}"#)).unwrap_err();
        assert!(en(&e.1).chars().count() < 200, "{}", en(&e.1));
        let rec = record(r#"{"giftId":1,"nickname":"a\nb","diamondCount":1.0}"#).unwrap();
        assert_eq!(rec[2], "a b");
        assert_eq!(rec[5], "1");
    }
}
