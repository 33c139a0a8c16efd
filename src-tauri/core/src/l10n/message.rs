//! A message of the core: an id in the catalogs (`assets/locales/*/core.ftl`)
//! and its arguments, typed, so each face words it in its language and
//! writes its figures the way that language writes them.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A message id with its arguments; serialised as
/// `{"id": "core-…", "args": {"name": {"type": "money", …}}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Message {
    /// The message's id in the catalogs (always a literal in the code, so
    /// the catalog test sees every id used).
    pub id: &'static str,
    /// Its arguments by placeable name, in a stable order.
    pub args: BTreeMap<String, Arg>,
}

/// One argument of a [`Message`]. Figures stay exact: a face formats them
/// in its locale (money and decimals from their decimal text, never a float).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Arg {
    /// Text shown as it is (a name, a path, a word of the data).
    Text {
        /// The text.
        value: String,
    },
    /// A number that picks the plural form (`$count`); a JSON number. A
    /// fractional count only selects: its exact figure travels beside it as
    /// a `Decimal` argument.
    Count {
        /// The number.
        #[serde(serialize_with = "json_number", deserialize_with = "count_of")]
        #[cfg_attr(feature = "typescript", ts(type = "number"))]
        value: Decimal,
    },
    /// An exact decimal figure (diamonds, a pace, a percentage's number).
    Decimal {
        /// The figure, as its decimal text.
        #[cfg_attr(feature = "typescript", ts(type = "string"))]
        value: Decimal,
    },
    /// Money in one currency.
    Money {
        /// The amount, as its decimal text.
        #[cfg_attr(feature = "typescript", ts(type = "string"))]
        value: Decimal,
        /// Its ISO 4217 code (`USD`, `EUR`).
        currency: String,
    },
    /// A calendar day (already local to the creator).
    Day {
        /// The day, `YYYY-MM-DD`.
        value: NaiveDate,
    },
    /// Another message said inside this one, in the same language (the
    /// reason of a refusal, the place a problem came from).
    Message {
        /// The message.
        value: Box<Message>,
    },
}

/// A count as a JSON number: whole counts exactly, a fraction (which only
/// picks a plural form) as the nearest float.
fn json_number<S: Serializer>(value: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    match value.fract().is_zero().then(|| value.to_i64()).flatten() {
        Some(whole) => s.serialize_i64(whole),
        None => s.serialize_f64(value.to_f64().unwrap_or(0.0)),
    }
}

/// A count read back from its JSON number (or decimal text).
fn count_of<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Number {
        Whole(i64),
        Float(f64),
        Text(String),
    }
    let bad =
        |what: &dyn std::fmt::Display| serde::de::Error::custom(format!("not a count: {what}"));
    match Number::deserialize(d)? {
        Number::Whole(n) => Ok(Decimal::from(n)),
        Number::Float(f) => Decimal::try_from(f).map_err(|_| bad(&f)),
        Number::Text(t) => t.parse().map_err(|_| bad(&t)),
    }
}

/// A message read back (a stored warning): its id must be one the English
/// catalog of the core holds, so it stays a literal of the catalogs.
impl<'de> Deserialize<'de> for Message {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Message, D::Error> {
        #[derive(Deserialize)]
        struct Stored {
            id: String,
            #[serde(default)]
            args: BTreeMap<String, Arg>,
        }
        let s = Stored::deserialize(d)?;
        let id = super::render::known_id(&s.id)
            .ok_or_else(|| serde::de::Error::custom(format!("no message '{}'", s.id)))?;
        Ok(Message { id, args: s.args })
    }
}

impl Message {
    /// A message with no arguments yet.
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: BTreeMap::new(),
        }
    }

    /// Adds `name` = `value` as text.
    pub fn text(mut self, name: &str, value: impl Into<String>) -> Message {
        self.args.insert(
            name.into(),
            Arg::Text {
                value: value.into(),
            },
        );
        self
    }

    /// Adds `name` = `value` as a count (it picks the plural form).
    pub fn count(mut self, name: &str, value: impl Into<Decimal>) -> Message {
        self.args.insert(
            name.into(),
            Arg::Count {
                value: value.into(),
            },
        );
        self
    }

    /// Adds `name` = `value` as an exact decimal figure.
    pub fn decimal(mut self, name: &str, value: Decimal) -> Message {
        self.args.insert(name.into(), Arg::Decimal { value });
        self
    }

    /// Adds `name` = `value` in `currency`.
    pub fn money(mut self, name: &str, value: Decimal, currency: &str) -> Message {
        self.args.insert(
            name.into(),
            Arg::Money {
                value,
                currency: currency.into(),
            },
        );
        self
    }

    /// Adds `name` = the day `value`.
    pub fn day(mut self, name: &str, value: NaiveDate) -> Message {
        self.args.insert(name.into(), Arg::Day { value });
        self
    }

    /// Adds `name` = the message `value`, said in the same language.
    pub fn said(mut self, name: &str, value: Message) -> Message {
        self.args.insert(
            name.into(),
            Arg::Message {
                value: Box::new(value),
            },
        );
        self
    }

    /// Adds diamonds as the catalogs' units take them: `$count` picks the
    /// plural form, `$name` is the exact figure.
    pub fn diamonds(self, name: &str, value: Decimal) -> Message {
        self.count("count", value).decimal(name, value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn serialises_as_id_and_typed_args() {
        let m = Message::new("core-x")
            .count("count", 3)
            .money("value", dec!(7.50), "EUR")
            .day("day", NaiveDate::from_ymd_opt(2026, 12, 5).unwrap())
            .text("path", "a.db")
            .count("half", dec!(1.5))
            .decimal("pace", dec!(50.25));
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            r#"{"id":"core-x","args":{"count":{"type":"count","value":3},"day":{"type":"day","value":"2026-12-05"},"half":{"type":"count","value":1.5},"pace":{"type":"decimal","value":"50.25"},"path":{"type":"text","value":"a.db"},"value":{"type":"money","value":"7.50","currency":"EUR"}}}"#
        );
    }

    #[test]
    fn a_message_of_the_catalogs_reads_back_as_it_was_written() {
        let m = Message::new("core-import-left-out")
            .count("count", 3)
            .text("n", "3")
            .count("half", dec!(1.5))
            .money("value", dec!(7.50), "EUR")
            .day("day", NaiveDate::from_ymd_opt(2026, 12, 5).unwrap())
            .decimal("pace", dec!(50.25));
        let json = serde_json::to_string(&m).unwrap();
        let back: Message = serde_json::from_str(&json).unwrap();
        assert_eq!(back, m);
        // Its id is the catalog's own `'static` text.
        assert_eq!(back.id, "core-import-left-out");
        // An id no English catalog of the core holds is refused.
        for id in ["core-import-gone", "core-import", "", "-term"] {
            let stored = format!(r#"{{"id":"{id}","args":{{}}}}"#);
            assert!(serde_json::from_str::<Message>(&stored).is_err(), "{id}");
        }
    }
}
