//! The live-tool gift event shapes LiveLedger reads, as one table: where
//! each field of a gift event is found, first match wins. Live capture's
//! decoder and the JSON import both look fields up here, so a shape read on
//! one road is read on the other, and both take an event's time by one rule.
//!
//! Shapes covered: TikTok-Live-Connector v1 (flat) and TikFinity's
//! `{"event": "gift", "data": {…}}` (the envelope is [`WRAPPER_NAME_KEYS`] /
//! [`WRAPPER_DATA_KEY`]); connector 2.x (nested `common`, `user`,
//! `giftDetails`); connector 2.0.x (`event: {msgId, createTime}`); TikTokLive
//! (Python) dicts (`gift.name`, `gift.diamond_count`, `gift.type`,
//! `user.display_id`, snake_case); home-made loggers that call the price
//! `giftValue`.

pub mod engagement;
pub(crate) mod identity;
pub mod live;
pub mod streak;

/// A field of a gift event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventField {
    /// When it was sent.
    Time,
    /// Sender handle.
    Sender,
    /// Sender display name.
    Nickname,
    /// The gift's id.
    GiftId,
    /// The gift's name.
    GiftName,
    /// Price of one in coins.
    Coins,
    /// The streak's count so far, or its final count.
    Count,
    /// The streak is over.
    RepeatEnd,
    /// 1 is streakable.
    GiftType,
    /// The message's own id.
    MsgId,
    /// TikTokLive's `streakable` flag: the gift comes as a streak (gift type 1).
    Streakable,
    /// TikTokLive's `streaking` flag: the streak still runs (not `repeatEnd`).
    Streaking,
}

impl EventField {
    /// Every field, in the order of [`PATHS`].
    pub const ALL: [EventField; 12] = [
        EventField::Time,
        EventField::Sender,
        EventField::Nickname,
        EventField::GiftId,
        EventField::GiftName,
        EventField::Coins,
        EventField::Count,
        EventField::RepeatEnd,
        EventField::GiftType,
        EventField::MsgId,
        EventField::Streakable,
        EventField::Streaking,
    ];

    /// Where this field is found: dotted paths into the event object.
    pub fn paths(self) -> &'static [&'static str] {
        PATHS[self as usize]
    }

    /// The field's name as a gift-event log's header writes it (the first path).
    pub fn column(self) -> &'static str {
        PATHS[self as usize][0]
    }
}

/// Where each field of [`EventField::ALL`] is found, in that order.
///
/// **The time rule:** TikTok's own `createTime` comes before the time the
/// tool received the event (`timestamp`, often a millisecond later), so
/// the same message has one time whichever tool or road brought it.
pub const PATHS: [&[&str]; 12] = [
    &[
        "createTime",
        "common.createTime",
        "event.createTime",
        "create_time",
        "common.create_time",
        "created_at",
        "timestamp",
    ],
    &[
        "uniqueId",
        "user.uniqueId",
        "unique_id",
        "user.unique_id",
        "user.displayId",
        "user.display_id",
    ],
    &[
        "nickname",
        "user.nickname",
        "user.nickName",
        "nick_name",
        "user.nick_name",
    ],
    &[
        "giftId",
        "gift_id",
        "gift.id",
        "gift.gift_id",
        "giftDetails.id",
    ],
    &[
        "giftName",
        "giftDetails.giftName",
        "gift.name",
        "gift_name",
        "giftDetails.name",
        "extendedGiftInfo.name",
    ],
    &[
        "diamondCount",
        "giftDetails.diamondCount",
        "gift.diamondCount",
        "gift.diamond_count",
        "diamond_count",
        "extendedGiftInfo.diamond_count",
        "giftValue",
        "gift_value",
        "gift.coins",
        "coins",
        "price",
    ],
    &[
        "repeatCount",
        "repeat_count",
        "gift.repeat_count",
        "gift.repeatCount",
    ],
    &[
        "repeatEnd",
        "repeat_end",
        "gift.repeat_end",
        "gift.repeatEnd",
    ],
    &[
        "giftType",
        "giftDetails.giftType",
        "gift_type",
        "gift.gift_type",
        "gift.type",
        "giftDetails.type",
    ],
    &[
        "msgId",
        "common.msgId",
        "event.msgId",
        "msg_id",
        "common.msg_id",
    ],
    &["streakable", "gift.streakable"],
    &["streaking", "gift.streaking"],
];

/// Keys that name an event's kind in an envelope (`{"event": "gift", …}`).
/// An `event` that is an object is connector 2.0.x's `{msgId, createTime}`,
/// not a kind.
pub const WRAPPER_NAME_KEYS: [&str; 4] = ["event", "type", "eventType", "eventName"];

/// The key of an envelope's event object.
pub const WRAPPER_DATA_KEY: &str = "data";

/// Kinds of a gift event in an envelope, compared lower-case without
/// punctuation (`WebcastGiftMessage` → `webcastgiftmessage`).
pub const GIFT_EVENT_NAMES: [&str; 4] = ["gift", "gifts", "giftmessage", "webcastgiftmessage"];

/// Keys only a gift event has: an object holding one is read as a gift.
pub const GIFT_KEYS: [&str; 10] = [
    "giftId",
    "gift_id",
    "diamondCount",
    "diamond_count",
    "giftDetails",
    "giftName",
    "gift_name",
    "gift",
    "giftValue",
    "gift_value",
];

/// Every object key a gift event is read by: the segments of [`PATHS`],
/// the envelope's keys, and the keys that tell other events apart
/// (`comment`, `likeCount`, `viewerCount`, `common.method`). A reader may
/// pass over every other key unread.
pub const KEYS: [&str; 47] = [
    "event",
    "type",
    "eventType",
    "eventName",
    "data",
    "common",
    "method",
    "user",
    "gift",
    "giftDetails",
    "extendedGiftInfo",
    "comment",
    "likeCount",
    "viewerCount",
    "createTime",
    "create_time",
    "created_at",
    "timestamp",
    "uniqueId",
    "unique_id",
    "displayId",
    "display_id",
    "nickname",
    "nickName",
    "nick_name",
    "giftId",
    "gift_id",
    "id",
    "giftName",
    "gift_name",
    "name",
    "diamondCount",
    "diamond_count",
    "giftValue",
    "gift_value",
    "coins",
    "price",
    "repeatCount",
    "repeat_count",
    "repeatEnd",
    "repeat_end",
    "giftType",
    "gift_type",
    "msgId",
    "msg_id",
    "streakable",
    "streaking",
];

/// The method name of a gift message in connector 2.x's `common.method`.
pub const GIFT_METHOD: &str = "webcastgiftmessage";

/// A JSON tree a gift event is read from: live capture's `serde_json`
/// values and the import's lean tree both are, so both read shapes by
/// [`classify`] and fields by [`find`].
pub trait Tree {
    /// The member `key` of an object; `None` for a missing key or another value.
    fn member(&self, key: &str) -> Option<&Self>;
    /// The text of a string value.
    fn text(&self) -> Option<&str>;
    /// Whether the value is an object.
    fn is_object(&self) -> bool;
    /// Whether the value is `null`.
    fn is_null(&self) -> bool;
}

/// What one JSON value is.
#[derive(Debug)]
pub enum Shape<'a, T> {
    /// A gift event: the object that holds its fields, and that object's
    /// path in the value (`""`, or `"data."` inside an envelope).
    Gift(&'a T, &'static str),
    /// Another event (chat, like, member…): the kind it names, as written,
    /// or a guess from its keys (`chat`, `like`, `roomuser`, `other`), and
    /// the object that holds its fields (`data` inside an envelope).
    /// [`engagement::engagement`] says what it counts.
    Other(&'a str, &'a T),
    /// Not an object at all.
    NotObject,
}

/// Tells a gift event from other events and finds the object holding its
/// fields, in every shape the table covers.
pub fn classify<T: Tree>(v: &T) -> Shape<'_, T> {
    if !v.is_object() {
        return Shape::NotObject;
    }
    let has = |k: &str| v.member(k).is_some_and(|m| !m.is_null());
    let gift_keys = || GIFT_KEYS.iter().any(|k| has(k));
    // An `event` that is an object (connector 2.0.x) names no kind.
    let name = WRAPPER_NAME_KEYS
        .iter()
        .find_map(|k| v.member(k).and_then(Tree::text));
    if let Some(name) = name {
        let gift = GIFT_EVENT_NAMES.contains(&norm(name).as_str());
        if let Some(data) = v.member(WRAPPER_DATA_KEY).filter(|d| d.is_object()) {
            return if gift {
                Shape::Gift(data, "data.")
            } else {
                Shape::Other(name, data)
            };
        }
        if !gift && !gift_keys() {
            return Shape::Other(name, v);
        }
    }
    if let Some(method) = v
        .member("common")
        .and_then(|c| c.member("method"))
        .and_then(Tree::text)
    {
        if norm(method) != GIFT_METHOD {
            return Shape::Other(method, v);
        }
    }
    if gift_keys() {
        return Shape::Gift(v, "");
    }
    let guess = if has("comment") {
        "chat"
    } else if has("likeCount") {
        "like"
    } else if has("viewerCount") {
        "roomuser"
    } else {
        "other"
    };
    Shape::Other(guess, v)
}

/// The first path of `field` present (and not null) in the event object
/// `v`, with the value found there.
pub fn find<T: Tree>(v: &T, field: EventField) -> Option<(&'static str, &T)> {
    find_path(v, field.paths())
}

/// The first of `paths` (dotted keys) present, and not null, in `v`, with
/// the value found there.
pub fn find_path<'t, T: Tree>(v: &'t T, paths: &[&'static str]) -> Option<(&'static str, &'t T)> {
    paths.iter().find_map(|path| {
        let mut at = v;
        for key in path.split('.') {
            at = at.member(key)?;
        }
        (!at.is_null()).then_some((*path, at))
    })
}

/// Lower-case letters and digits only: `WebcastGiftMessage`, `gift_message`
/// and `Gift` compare as the names they are.
fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

impl Tree for serde_json::Value {
    fn member(&self, key: &str) -> Option<&Self> {
        self.as_object()?.get(key)
    }
    fn text(&self) -> Option<&str> {
        self.as_str()
    }
    fn is_object(&self) -> bool {
        self.is_object()
    }
    fn is_null(&self) -> bool {
        self.is_null()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_path_segment_and_envelope_key_is_kept() {
        for paths in PATHS {
            for path in paths {
                for seg in path.split('.') {
                    assert!(KEYS.contains(&seg), "{seg} of {path} is not in KEYS");
                }
            }
        }
        for k in WRAPPER_NAME_KEYS
            .iter()
            .chain([&WRAPPER_DATA_KEY])
            .chain(GIFT_KEYS.iter())
        {
            assert!(KEYS.contains(k), "{k} is not in KEYS");
        }
    }

    #[test]
    fn createtime_comes_before_the_time_a_tool_received_it() {
        let time = EventField::Time.paths();
        let create = time.iter().position(|p| *p == "createTime").unwrap();
        let received = time.iter().position(|p| *p == "timestamp").unwrap();
        assert!(create < received);
    }
}
