//! Live events as local tools send them, read into gift events.
//!
//! Every shape and field is looked up in the one table the JSON import reads
//! too (`crate::events`): TikFinity's envelope, connector v1, 2.x and 2.0.x,
//! TikTokLive (Python) dicts. A log line may hold the gift fields without
//! the envelope. Engagement (comments, likes, joins, follows, shares, viewer
//! counts) is told by `events::engagement` and read as counts: the text of
//! a comment is never read, and a sender only into the key that knows a
//! replayed message.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde_json::Value;

use crate::dates;
use crate::events::engagement::Engagement;
use crate::events::{self, streak, EventField};
use crate::l10n::Message;
use crate::money::MAX_RECORD;

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

/// One engagement event, checked: what it counts and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EngagementEvent {
    /// What it counts.
    pub kind: Engagement,
    /// Likes for [`Engagement::Like`], viewers now for
    /// [`Engagement::Viewers`], else 1. From 0 to `MAX_RECORD`.
    pub count: i64,
    /// When it was sent (the time rule of `events::PATHS`), else when it was
    /// received.
    pub at: DateTime<Utc>,
    /// The time as the source wrote it, or the received time in ms.
    pub stamp: String,
    /// Whether the event carried its own time (`at` is not the received time).
    pub timed: bool,
    /// The source's id of this message, when it gives one.
    pub msg_id: Option<String>,
    /// Sender handle, read only into the key that knows a replay of a
    /// message without an id; never stored.
    pub sender: Option<String>,
}

/// What one message held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decoded {
    /// A gift.
    Gift(GiftEvent),
    /// A comment, likes, a join, a follow, a share or a viewer count.
    Engagement(EngagementEvent),
    /// Any other event (a question, a battle …), named; not counted.
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
pub fn decode_json(text: &str, tz: Tz, received: DateTime<Utc>) -> Result<Decoded, Message> {
    if text.len() > MAX_EVENT_BYTES {
        return Err(Message::new("core-capture-event-too-large")
            .text("max", (MAX_EVENT_BYTES / 1024).to_string())
            .text("size", (text.len() / 1024).to_string()));
    }
    // serde_json's reason stays in its own (English) words.
    let value: Value = serde_json::from_str(text.trim()).map_err(|e| {
        Message::new("core-capture-not-json")
            .text("error", e.to_string())
            .text("text", short(text))
    })?;
    let data = match events::classify(&value) {
        events::Shape::Gift(data, _) => data,
        events::Shape::Other(kind, data) => {
            let read = match events::engagement::engagement(kind, data) {
                Some(e) => engagement(e, data, tz, received)?,
                None => None,
            };
            return Ok(read.map_or_else(|| Decoded::Other(clean(kind)), Decoded::Engagement));
        }
        events::Shape::NotObject => {
            return Err(Message::new("core-capture-not-object").text("text", short(text)))
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
        Value::String(s) => crate::import::parse_bool(s),
        _ => None,
    }
}

fn gift(data: &Value, tz: Tz, received: DateTime<Utc>) -> Result<GiftEvent, Message> {
    let bad = |field: &str, expected: &'static str, v: &Value| {
        expected_at(
            Message::new("core-error-text").text("text", field),
            expected,
        )
        .text("text", short(&v.to_string()))
    };
    let gift_id = match find(data, EventField::GiftId) {
        Some((f, v)) => text(v).ok_or_else(|| bad(f, "gift-id", v))?,
        None => String::new(),
    };
    let name = match find(data, EventField::GiftName) {
        Some((f, v)) => text(v).ok_or_else(|| bad(f, "gift-name", v))?,
        None => String::new(),
    };
    if gift_id.is_empty() && name.is_empty() {
        return Err(Message::new("core-capture-no-gift")
            .text("name", EventField::GiftName.column())
            .text("id", EventField::GiftId.column()));
    }
    let name = if name.is_empty() {
        format!("Gift #{gift_id}")
    } else {
        name
    };
    let coins_each = match find(data, EventField::Coins) {
        Some((f, v)) => whole(v)
            .filter(|c| *c >= 0)
            .ok_or_else(|| bad(f, "price-zero-or-more", v))?,
        None => {
            return Err(Message::new("core-capture-no-price").said(
                "where",
                Message::new("core-error-text").text("text", EventField::Coins.column()),
            ))
        }
    };
    let count = match find(data, EventField::Count) {
        Some((f, v)) => whole(v)
            .filter(|c| *c >= 1)
            .ok_or_else(|| bad(f, "repeat-count-one-or-more", v))?,
        None => 1,
    };
    if coins_each.checked_mul(count).is_none() {
        return Err(too_many_coins(
            Message::new("core-error-text").text("text", EventField::Count.column()),
            count,
            coins_each,
        ));
    }
    let read_flag = |field: EventField| -> Result<Option<bool>, Message> {
        match find(data, field) {
            Some((f, v)) => Ok(Some(flag(v).ok_or_else(|| bad(f, "true-false", v))?)),
            None => Ok(None),
        }
    };
    let repeat_end = streak::ends(
        read_flag(EventField::RepeatEnd)?,
        read_flag(EventField::Streaking)?,
    );
    let gift_type = match find(data, EventField::GiftType) {
        Some((f, v)) => Some(whole(v).ok_or_else(|| bad(f, "gift-type", v))?),
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
    let (stamp, at) = time(data, tz)?.unwrap_or_else(|| untimed(received));
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

/// The event's own time by the time rule (`events::PATHS`): the time as
/// written and the instant. `None` when it carries none.
fn time(data: &Value, tz: Tz) -> Result<Option<(String, DateTime<Utc>)>, Message> {
    let Some((f, v)) = find(data, EventField::Time) else {
        return Ok(None);
    };
    let field = || Message::new("core-error-text").text("text", f);
    let stamp =
        text(v).ok_or_else(|| expected_at(field(), "time").text("text", short(&v.to_string())))?;
    let at = dates::parse_instant(&stamp, tz).map_err(|e| at_place(field(), e.message()))?;
    let at = match dates::plausible_year(chrono::Datelike::year(&at)) {
        Ok(()) => at,
        Err(_) => {
            let year = chrono::Datelike::year(&at);
            return Err(at_place(field(), dates::implausible_year(year)));
        }
    };
    Ok(Some((stamp, at)))
}

/// `problem` said at `place` (`{place}: {problem}`).
pub(crate) fn at_place(place: Message, problem: Message) -> Message {
    Message::new("core-capture-at")
        .said("where", place)
        .said("problem", problem)
}

/// `{place}: expected {what}, found {text}`; the caller adds `$text`. `what`
/// picks the thing expected (`core-capture-expected`'s `$what`).
pub(crate) fn expected_at(place: Message, what: &'static str) -> Message {
    Message::new("core-capture-expected")
        .said("where", place)
        .text("what", what)
}

/// `{place}: {count} × {coins} coins is more than a ledger can count`.
pub(crate) fn too_many_coins(place: Message, count: i64, coins: i64) -> Message {
    Message::new("core-capture-too-many-coins")
        .said("where", place)
        .text("n", count.to_string())
        .text("coins", coins.to_string())
}

/// The time of an event that carries none: when it was received.
fn untimed(received: DateTime<Utc>) -> (String, DateTime<Utc>) {
    (received.timestamp_millis().to_string(), received)
}

/// Reads an engagement event of `kind` from the object holding its fields;
/// `None` for a viewer count without its number, which says nothing.
fn engagement(
    kind: Engagement,
    data: &Value,
    tz: Tz,
    received: DateTime<Utc>,
) -> Result<Option<EngagementEvent>, Message> {
    let count = match events::find_path(data, kind.number_paths()) {
        Some((f, v)) => {
            let f = f.rsplit('.').next().unwrap_or(f);
            whole(v)
                .filter(|n| (0..=MAX_RECORD).contains(n))
                .ok_or_else(|| {
                    expected_at(
                        Message::new("core-error-text").text("text", f),
                        "count-range",
                    )
                    .text("max", MAX_RECORD.to_string())
                    .text("text", short(&v.to_string()))
                })?
        }
        None if kind == Engagement::Viewers => return Ok(None),
        // A like event stands for at least one like.
        None => 1,
    };
    let timed = time(data, tz)?;
    let (stamp, at) = timed.clone().unwrap_or_else(|| untimed(received));
    let msg_id = find(data, EventField::MsgId)
        .and_then(|(_, v)| text(v))
        .filter(|s| !s.is_empty() && s.len() <= 200);
    let sender = find(data, EventField::Sender)
        .and_then(|(_, v)| text(v))
        .filter(|s| !s.is_empty());
    Ok(Some(EngagementEvent {
        kind,
        count,
        at,
        stamp,
        timed: timed.is_some(),
        msg_id,
        sender,
    }))
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
                r#"{"event":"battle","data":{"comment":"hi"}}"#,
                Tz::UTC,
                now()
            )
            .unwrap(),
            Decoded::Other("battle".into())
        );
        let e = decode_json("{not json", Tz::UTC, now())
            .map_err(|m| crate::l10n::english(&m))
            .unwrap_err();
        assert!(e.contains("expected a JSON object"), "{e}");
        let e = decode_json(
            r#"{"event":"gift","data":{"giftName":"Rose","diamondCount":-1}}"#,
            Tz::UTC,
            now(),
        )
        .map_err(|m| crate::l10n::english(&m))
        .unwrap_err();
        assert!(e.starts_with("diamondCount: expected"), "{e}");
        let e = decode_json(
            r#"{"event":"gift","data":{"giftName":"Rose","diamondCount":1,"repeatCount":0}}"#,
            Tz::UTC,
            now(),
        )
        .map_err(|m| crate::l10n::english(&m))
        .unwrap_err();
        assert!(e.starts_with("repeatCount"), "{e}");
    }

    fn engagement_of(msg: &str) -> EngagementEvent {
        match decode_json(msg, Tz::UTC, now()) {
            Ok(Decoded::Engagement(e)) => e,
            other => panic!("not engagement: {other:?} for {msg}"),
        }
    }

    /// TikTok-Live-Connector (zerodytrash/TikTok-Live-Connector): v1 lifts
    /// `msgId`, `createTime` and `displayType` out of `event`/`eventDetails`
    /// (src/lib/webcastDataConverter.js); `like` carries `likeCount` (this
    /// event's) beside `totalLikeCount` (the live's so far); `roomUser`
    /// `viewerCount`. Its WebSocket examples and TikFinity wrap them in
    /// `{event|type, data}`; a log may hold them bare.
    #[test]
    fn reads_connector_engagement() {
        let like = engagement_of(
            r#"{"event":"like","data":{"likeCount":15,"totalLikeCount":687421,"uniqueId":"omar",
                "msgId":"7479","createTime":"1741369872746"}}"#,
        );
        assert_eq!((like.kind, like.count), (Engagement::Like, 15));
        assert_eq!(like.at.timestamp_millis(), 1_741_369_872_746);
        assert!(like.timed);
        assert_eq!(like.msg_id.as_deref(), Some("7479"));
        let room =
            engagement_of(r#"{"type":"roomUser","data":{"viewerCount":"57","topViewers":[]}}"#);
        assert_eq!((room.kind, room.count), (Engagement::Viewers, 57));
        // No time of its own: the time it was received, and said so.
        assert!(!room.timed);
        assert_eq!(room.at, now());
        let follow = engagement_of(
            r#"{"event":"social","data":{"displayType":"pm_mt_msg_viewer_follow","uniqueId":"pia"}}"#,
        );
        assert_eq!((follow.kind, follow.count), (Engagement::Follow, 1));
        let share =
            engagement_of(r#"{"event":"social","data":{"displayType":"pm_mt_guidance_share"}}"#);
        assert_eq!(share.kind, Engagement::Share);
        let bare =
            engagement_of(r#"{"comment":"hi <b>","uniqueId":"nora","timestamp":1741369872749}"#);
        assert_eq!((bare.kind, bare.count), (Engagement::Comment, 1));
        let join = engagement_of(r#"{"event":"member","data":{"actionId":1,"uniqueId":"yan"}}"#);
        assert_eq!(join.kind, Engagement::Join);
        // A like event without its number stands for one like.
        assert_eq!(engagement_of(r#"{"event":"like","data":{}}"#).count, 1);
    }

    /// Connector 2.x keeps the protobuf message: the name in
    /// `common.method`, id and time in `common`, the social kind in
    /// `common.displayText.displayType` (zerodytrash/TikTok-Live-Connector,
    /// src/lib/client.ts); the bare protobuf names name the kind too.
    #[test]
    fn reads_protobuf_named_engagement() {
        let like = engagement_of(
            r#"{"common":{"method":"WebcastLikeMessage","msgId":"88","createTime":"1741369872000"},
                "likeCount":3,"totalLikeCount":40,"user":{"uniqueId":"a"}}"#,
        );
        assert_eq!((like.kind, like.count), (Engagement::Like, 3));
        assert_eq!(like.msg_id.as_deref(), Some("88"));
        assert_eq!(like.at.timestamp_millis(), 1_741_369_872_000);
        let social = engagement_of(
            r#"{"common":{"method":"WebcastSocialMessage","displayText":{"displayType":"pm_main_follow_message_viewer_2"}}}"#,
        );
        assert_eq!(social.kind, Engagement::Follow);
        for (name, kind) in [
            ("WebcastChatMessage", Engagement::Comment),
            ("WebcastMemberMessage", Engagement::Join),
            ("WebcastLikeMessage", Engagement::Like),
        ] {
            let e = engagement_of(&format!(
                r#"{{"event":"{name}","data":{{"user":{{"uniqueId":"a"}}}}}}"#
            ));
            assert_eq!(e.kind, kind, "{name}");
        }
        let room =
            engagement_of(r#"{"event":"WebcastRoomUserSeqMessage","data":{"viewerCount":9}}"#);
        assert_eq!((room.kind, room.count), (Engagement::Viewers, 9));
    }

    /// TikTokLive (isaackogan/TikTokLive, TikTokLive/events): `LikeEvent`
    /// has `count` (this event's) and `total` (the live's), a
    /// `RoomUserSeqEvent` the viewers in `total` or `viewer_count`,
    /// `ViewerCountUpdateEvent` `viewerCount`; time and id in `common`.
    #[test]
    fn reads_tiktoklive_engagement() {
        let like = engagement_of(
            r#"{"type":"LikeEvent","count":5,"total":300,"user":{"unique_id":"e"},
                "common":{"msg_id":"77","create_time":"1741369872000"}}"#,
        );
        assert_eq!((like.kind, like.count), (Engagement::Like, 5));
        assert_eq!(like.msg_id.as_deref(), Some("77"));
        assert!(like.timed);
        let seq = engagement_of(r#"{"type":"RoomUserSeqEvent","total":42,"total_user":900}"#);
        assert_eq!((seq.kind, seq.count), (Engagement::Viewers, 42));
        let newer =
            engagement_of(r#"{"type":"RoomUserSeqEvent","viewer_count":43,"total_user":900}"#);
        assert_eq!(newer.count, 43);
        let upd = engagement_of(r#"{"type":"ViewerCountUpdateEvent","viewerCount":44}"#);
        assert_eq!(upd.count, 44);
        for (name, kind) in [
            ("CommentEvent", Engagement::Comment),
            ("JoinEvent", Engagement::Join),
            ("FollowEvent", Engagement::Follow),
            ("ShareEvent", Engagement::Share),
        ] {
            let e = engagement_of(&format!(
                r#"{{"type":"{name}","user":{{"unique_id":"x"}}}}"#
            ));
            assert_eq!((e.kind, e.count), (kind, 1), "{name}");
        }
    }

    #[test]
    fn engagement_counts_are_checked_and_others_stay_other() {
        for bad in [
            r#"{"event":"like","data":{"likeCount":-1}}"#,
            r#"{"event":"like","data":{"likeCount":"many"}}"#,
            r#"{"event":"roomUser","data":{"viewerCount":1000000000001}}"#,
        ] {
            let e = decode_json(bad, Tz::UTC, now())
                .map_err(|m| crate::l10n::english(&m))
                .unwrap_err();
            assert!(e.contains("expected a count from 0 to"), "{e}");
        }
        let e = decode_json(
            r#"{"event":"chat","data":{"comment":"x","createTime":"0026-01-01"}}"#,
            Tz::UTC,
            now(),
        )
        .map_err(|m| crate::l10n::english(&m))
        .unwrap_err();
        assert!(e.starts_with("createTime"), "{e}");
        // A viewer count without its number, a question, a social event
        // that is neither a follow nor a share: not counted.
        for other in [
            r#"{"event":"roomUser","data":{"topViewers":[]}}"#,
            r#"{"event":"questionNew","data":{"questionText":"?"}}"#,
            r#"{"event":"social","data":{"displayType":"pm_mt_other"}}"#,
        ] {
            assert!(
                matches!(decode_json(other, Tz::UTC, now()), Ok(Decoded::Other(_))),
                "{other}"
            );
        }
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
