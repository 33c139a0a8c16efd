//! What reading the events found beside the rows: counts of gift and
//! other events, the sources of refused records, and, for a file without a
//! gift event, what it holds instead.

use std::collections::BTreeMap;

use super::event::FIELDS;
use super::quote;
use crate::events::EventField;
use crate::import::values::Span;
use crate::l10n::Message;

/// An event whose record the parser refused: kept to put the parser's
/// problem at the field's own line and column.
pub(super) struct Source {
    /// Where the event is.
    pub(super) span: Span,
    /// The path of the gift's object in the event.
    pub(super) prefix: &'static str,
    /// The path each field was found at.
    pub(super) paths: [Option<&'static str>; FIELDS],
    /// The event's bytes (at most 64 KiB).
    pub(super) raw: Vec<u8>,
}

/// What reading the events found beside the rows.
#[derive(Default)]
pub(super) struct Side {
    /// Gift events read.
    pub(super) gifts: u64,
    /// Other events skipped, by kind.
    pub(super) skipped: BTreeMap<String, u64>,
    /// Whether the file is a JSON array (else JSON Lines).
    pub(super) array: bool,
    /// Events whose record the parser refused.
    pub(super) sources: Vec<Source>,
    /// Keys of the objects that are no event LiveLedger knows, in the
    /// order first seen (at most [`MAX_KEYS_NAMED`]): what the file holds.
    pub(super) keys: Vec<String>,
}

/// Most keys of unknown objects named when a file holds no gift event.
pub(super) const MAX_KEYS_NAMED: usize = 8;

/// Objects of unknown shape whose keys are read for that message.
pub(super) const MAX_OBJECTS_LOOKED_AT: u64 = 64;

/// The top-level keys of a JSON object, in order, added to `keys` (as
/// quoted for a message) while it has fewer than [`MAX_KEYS_NAMED`].
pub(super) fn collect_keys(bytes: &[u8], keys: &mut Vec<String>) {
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

/// What a JSON file without a gift event holds, for its refusal
/// (`core-import-file-json-…`): the keys of its objects, how many values,
/// which other events.
pub(super) fn what_it_holds(values: u64, side: &Side) -> Message {
    let unknown_only = side.skipped.keys().all(|k| k == "other");
    if side.keys.is_empty() || !unknown_only {
        let skipped: Vec<String> = side
            .skipped
            .iter()
            .map(|(k, n)| format!("{n} {k}"))
            .collect();
        let m = if skipped.is_empty() {
            Message::new("core-import-file-json-none")
        } else {
            Message::new("core-import-file-json-none-skipped").text("skipped", skipped.join(", "))
        };
        return m.count("count", values).text("n", values.to_string());
    }
    let more = side.keys.len() > MAX_KEYS_NAMED;
    let keys = format!(
        "{}{}",
        side.keys[..side.keys.len().min(MAX_KEYS_NAMED)].join(", "),
        if more { ", …" } else { "" }
    );
    let id = if side.array {
        "core-import-file-json-array"
    } else if values == 1 {
        "core-import-file-json-object"
    } else {
        "core-import-file-json-lines"
    };
    Message::new(id)
        .count("count", values)
        .text("n", values.to_string())
        .text("keys", keys)
        .text("id", EventField::GiftId.column())
        .text("coins", EventField::Coins.column())
        .text("repeat", EventField::Count.column())
}
