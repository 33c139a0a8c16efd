//! What an engagement event means: a comment, likes, a join, a follow, a
//! share or a viewer count, told from the event's name (the envelope's
//! `event`/`type`, connector 2.x's `common.method`, or the guess
//! [`super::classify`] makes from a flat event's keys) and, for a social
//! event, its `displayType`. Live capture keeps these as counts per minute;
//! nothing of the text or the sender is read here.
//!
//! Shapes covered, as the gift table's: TikTok-Live-Connector v1 (flat,
//! `displayType` lifted out of `eventDetails`) and its `{event|type, data}`
//! envelope (TikFinity's too), connector 2.x (protobuf names in
//! `common.method`, `common.displayText.displayType`), TikTokLive (Python)
//! event dicts (`CommentEvent`, `LikeEvent` with `count`/`total`,
//! `JoinEvent`, `FollowEvent`, `ShareEvent`, `RoomUserSeqEvent` /
//! `ViewerCountUpdateEvent`, snake_case or camelCase), and the bare
//! protobuf message names (`WebcastLikeMessage`, …).

use super::{find_path as find, norm, Tree};

/// What one engagement event counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Engagement {
    /// A chat comment (one).
    Comment,
    /// Likes: the number this event carries ([`LIKE_COUNT_PATHS`]), one when
    /// it carries none.
    Like,
    /// A viewer joined (one).
    Join,
    /// A new follower (one).
    Follow,
    /// A share of the live (one).
    Share,
    /// The number of viewers watching now ([`VIEWER_COUNT_PATHS`]).
    Viewers,
}

impl Engagement {
    /// The kind's name, as a person reads it and as event keys hash it.
    pub fn name(self) -> &'static str {
        match self {
            Engagement::Comment => "comment",
            Engagement::Like => "like",
            Engagement::Join => "join",
            Engagement::Follow => "follow",
            Engagement::Share => "share",
            Engagement::Viewers => "viewers",
        }
    }

    /// Where the event's number is found: this event's likes for
    /// [`Engagement::Like`], the viewers now for [`Engagement::Viewers`];
    /// the other kinds count one each and read no number.
    pub fn number_paths(self) -> &'static [&'static str] {
        match self {
            Engagement::Like => &LIKE_COUNT_PATHS,
            Engagement::Viewers => &VIEWER_COUNT_PATHS,
            _ => &[],
        }
    }
}

/// What an event's name says, compared lower-case without punctuation
/// (`WebcastLikeMessage` → `webcastlikemessage`, `viewer_count_update` →
/// `viewercountupdate`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Named {
    /// The name alone decides.
    Is(Engagement),
    /// A social event: a follow or a share by its `displayType`, else nothing.
    Social,
}

/// Event names of every shape and what each counts. The connector's
/// `roomUser`, TikTokLive's `RoomUserSeqEvent` and the protobuf name all
/// carry the room's viewer count; `social` is either a follow or a share.
const NAMES: [(&str, Named); 31] = [
    ("chat", Named::Is(Engagement::Comment)),
    ("comment", Named::Is(Engagement::Comment)),
    ("commentevent", Named::Is(Engagement::Comment)),
    ("chatmessage", Named::Is(Engagement::Comment)),
    ("webcastchatmessage", Named::Is(Engagement::Comment)),
    ("like", Named::Is(Engagement::Like)),
    ("likeevent", Named::Is(Engagement::Like)),
    ("likemessage", Named::Is(Engagement::Like)),
    ("webcastlikemessage", Named::Is(Engagement::Like)),
    ("member", Named::Is(Engagement::Join)),
    ("join", Named::Is(Engagement::Join)),
    ("joinevent", Named::Is(Engagement::Join)),
    ("membermessage", Named::Is(Engagement::Join)),
    ("webcastmembermessage", Named::Is(Engagement::Join)),
    ("follow", Named::Is(Engagement::Follow)),
    ("followevent", Named::Is(Engagement::Follow)),
    ("share", Named::Is(Engagement::Share)),
    ("shareevent", Named::Is(Engagement::Share)),
    ("social", Named::Social),
    ("socialevent", Named::Social),
    ("socialmessage", Named::Social),
    ("webcastsocialmessage", Named::Social),
    ("roomuser", Named::Is(Engagement::Viewers)),
    ("roomuserseq", Named::Is(Engagement::Viewers)),
    ("roomuserseqevent", Named::Is(Engagement::Viewers)),
    ("roomuserseqmessage", Named::Is(Engagement::Viewers)),
    ("webcastroomuserseqmessage", Named::Is(Engagement::Viewers)),
    ("viewercount", Named::Is(Engagement::Viewers)),
    ("viewercountupdate", Named::Is(Engagement::Viewers)),
    ("viewercountupdateevent", Named::Is(Engagement::Viewers)),
    ("viewerupdateevent", Named::Is(Engagement::Viewers)),
];

/// Where this event's likes are: the connector's `likeCount` (its
/// `totalLikeCount` is the live's running total, never read), TikTokLive's
/// `count` (beside `total`, the running total).
pub const LIKE_COUNT_PATHS: [&str; 3] = ["likeCount", "like_count", "count"];

/// Where the viewers watching now are: the connector's and TikTokLive's
/// `viewerCount` / `viewer_count`, and older TikTokLive's `total` (field 3
/// of `WebcastRoomUserSeqMessage`, the same number). `total_user` /
/// `totalUser` counts everyone who came, not who watches, and is not read.
pub const VIEWER_COUNT_PATHS: [&str; 3] = ["viewerCount", "viewer_count", "total"];

/// Where a social event says what it was: connector v1 lifts `displayType`
/// to the top, 2.x and TikTokLive keep it in `common`'s display text.
pub const SOCIAL_TYPE_PATHS: [&str; 5] = [
    "displayType",
    "display_type",
    "common.displayText.displayType",
    "common.display_text.display_type",
    "eventDetails.displayType",
];

/// What the event `obj`, named `name` by [`super::classify`], counts;
/// `None` for any other event (a question, a battle, a social event that
/// is neither a follow nor a share). A social event is a follow when its
/// `displayType` holds "follow", else a share when it holds "share", as
/// the connector decides it.
pub fn engagement<T: Tree>(name: &str, obj: &T) -> Option<Engagement> {
    let name = norm(name);
    let named = NAMES.iter().find(|(n, _)| *n == name).map(|(_, k)| *k)?;
    match named {
        Named::Is(kind) => Some(kind),
        Named::Social => {
            let shown = find(obj, &SOCIAL_TYPE_PATHS)?
                .1
                .text()?
                .to_ascii_lowercase();
            if shown.contains("follow") {
                Some(Engagement::Follow)
            } else if shown.contains("share") {
                Some(Engagement::Share)
            } else {
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn kind(v: serde_json::Value) -> Option<Engagement> {
        match super::super::classify(&v) {
            super::super::Shape::Other(name, obj) => engagement(name, obj),
            _ => None,
        }
    }

    #[test]
    fn every_name_is_compared_as_norm_writes_it() {
        for (name, _) in NAMES {
            assert_eq!(norm(name), name);
        }
    }

    /// TikTok-Live-Connector's envelope (`{event|type, data}`, as its
    /// WebSocket examples and TikFinity send it) and v1's flat data:
    /// `like` has `likeCount`/`totalLikeCount`, `roomUser` `viewerCount`,
    /// `social` a `displayType` holding "follow" or "share"
    /// (zerodytrash/TikTok-Live-Connector, src/lib/webcastDataConverter.js
    /// and the README's event list).
    #[test]
    fn connector_envelopes() {
        let cases = [
            (
                json!({"event": "chat", "data": {"comment": "hi"}}),
                Some(Engagement::Comment),
            ),
            (
                json!({"type": "like", "data": {"likeCount": 5, "totalLikeCount": 99}}),
                Some(Engagement::Like),
            ),
            (
                json!({"event": "member", "data": {"actionId": 1}}),
                Some(Engagement::Join),
            ),
            (
                json!({"event": "follow", "data": {"uniqueId": "a"}}),
                Some(Engagement::Follow),
            ),
            (
                json!({"event": "share", "data": {"uniqueId": "a"}}),
                Some(Engagement::Share),
            ),
            (
                json!({"event": "roomUser", "data": {"viewerCount": 57}}),
                Some(Engagement::Viewers),
            ),
            (
                json!({"event": "social", "data": {"displayType": "pm_mt_msg_viewer_follow"}}),
                Some(Engagement::Follow),
            ),
            (
                json!({"event": "social", "data": {"displayType": "pm_mt_guidance_share"}}),
                Some(Engagement::Share),
            ),
            (
                json!({"event": "social", "data": {"displayType": "pm_mt_other"}}),
                None,
            ),
            (json!({"event": "social", "data": {}}), None),
            (
                json!({"event": "questionNew", "data": {"questionText": "?"}}),
                None,
            ),
        ];
        for (v, want) in cases {
            assert_eq!(kind(v.clone()), want, "{v}");
        }
    }

    /// The same events without the envelope: v1 flat objects told by their
    /// keys, and 2.x objects named by `common.method` with the social type in
    /// `common.displayText` (zerodytrash/TikTok-Live-Connector,
    /// src/lib/client.ts `processDecodedData`).
    #[test]
    fn flat_and_protobuf_named_events() {
        let cases = [
            (
                json!({"comment": "hi", "msgId": "1"}),
                Some(Engagement::Comment),
            ),
            (
                json!({"likeCount": 3, "totalLikeCount": 10}),
                Some(Engagement::Like),
            ),
            (json!({"viewerCount": 8}), Some(Engagement::Viewers)),
            (
                json!({"common": {"method": "WebcastLikeMessage"}, "likeCount": 2}),
                Some(Engagement::Like),
            ),
            (
                json!({"common": {"method": "WebcastChatMessage"}, "comment": "x"}),
                Some(Engagement::Comment),
            ),
            (
                json!({"common": {"method": "WebcastMemberMessage"}}),
                Some(Engagement::Join),
            ),
            (
                json!({"common": {"method": "WebcastRoomUserSeqMessage"}, "viewerCount": 4}),
                Some(Engagement::Viewers),
            ),
            (
                json!({"common": {"method": "WebcastSocialMessage",
                    "displayText": {"displayType": "pm_main_follow_message_viewer_2"}}}),
                Some(Engagement::Follow),
            ),
            (
                json!({"event": "WebcastSocialMessage", "data": {"common": {"displayText": {"displayType": "pm_mt_guidance_viewer_5_share"}}}}),
                Some(Engagement::Share),
            ),
            (
                json!({"event": "WebcastLikeMessage", "data": {"likeCount": 1}}),
                Some(Engagement::Like),
            ),
            (json!({"uniqueId": "nobody"}), None),
        ];
        for (v, want) in cases {
            assert_eq!(kind(v.clone()), want, "{v}");
        }
    }

    /// TikTokLive (Python) events logged as dicts with their class name:
    /// `LikeEvent` carries `count` and `total`, `RoomUserSeqEvent` `total` or
    /// `viewer_count`, `ViewerCountUpdateEvent` `viewerCount`, a social event
    /// `common.display_text.display_type` (isaackogan/TikTokLive,
    /// TikTokLive/events/custom_events.py and TikTokLive/proto).
    #[test]
    fn tiktoklive_events() {
        let cases = [
            (
                json!({"type": "CommentEvent", "comment": "gg", "user": {"unique_id": "e"}}),
                Some(Engagement::Comment),
            ),
            (
                json!({"type": "LikeEvent", "count": 15, "total": 300}),
                Some(Engagement::Like),
            ),
            (
                json!({"type": "JoinEvent", "user": {"unique_id": "e"}}),
                Some(Engagement::Join),
            ),
            (json!({"type": "FollowEvent"}), Some(Engagement::Follow)),
            (json!({"type": "ShareEvent"}), Some(Engagement::Share)),
            (
                json!({"type": "RoomUserSeqEvent", "total": 42, "total_user": 900}),
                Some(Engagement::Viewers),
            ),
            (
                json!({"type": "ViewerCountUpdateEvent", "viewerCount": 42}),
                Some(Engagement::Viewers),
            ),
            (
                json!({"type": "SocialEvent", "common": {"display_text": {"display_type": "pm_mt_msg_viewer_follow"}}}),
                Some(Engagement::Follow),
            ),
        ];
        for (v, want) in cases {
            assert_eq!(kind(v.clone()), want, "{v}");
        }
    }

    #[test]
    fn numbers_are_found_per_kind() {
        let py = json!({"count": 15, "total": 300});
        assert_eq!(
            find(&py, Engagement::Like.number_paths()).map(|p| p.0),
            Some("count")
        );
        let conn = json!({"likeCount": 5, "totalLikeCount": 99});
        assert_eq!(
            find(&conn, Engagement::Like.number_paths()).map(|p| p.0),
            Some("likeCount")
        );
        let room = json!({"total": 42, "total_user": 900});
        assert_eq!(
            find(&room, Engagement::Viewers.number_paths()).map(|p| p.0),
            Some("total")
        );
        assert!(Engagement::Comment.number_paths().is_empty());
    }
}
