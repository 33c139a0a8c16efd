//! The fields LiveLedger reads from a table's columns, and the names a
//! `--map` and the live tools give them.

use super::norm;
use crate::events::EventField;

/// A field LiveLedger reads from a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// When a gift arrived or a session started.
    Date,
    /// A separate time-of-day column.
    Time,
    /// The kind of event in a mixed event log (gift, like, chat…).
    Event,
    /// Gift name.
    Gift,
    /// Gift id (gift-event logs).
    GiftId,
    /// Price of one gift in coins.
    Coins,
    /// How many.
    Count,
    /// Sender handle.
    Sender,
    /// Sender display name.
    Nickname,
    /// Session key.
    Session,
    /// Streak finished flag (gift-event logs).
    RepeatEnd,
    /// Gift type; 1 is streakable (gift-event logs).
    GiftType,
    /// TikTokLive's `streakable` flag: true for a gift of type 1.
    Streakable,
    /// TikTokLive's `streaking` flag: true while the streak runs.
    Streaking,
    /// The event's own id (`msgId`).
    EventId,
    /// Diamonds: a session summary's total; in a gift table, the price of
    /// one gift (tools call a gift's price in coins its `diamondCount`).
    Diamonds,
    /// A gift table's diamonds of the whole row: the price times the count.
    TotalDiamonds,
    /// Duration (session summaries).
    Duration,
    /// End time (session summaries).
    End,
    /// Distinct viewers.
    Viewers,
    /// Peak viewers.
    PeakViewers,
    /// New followers.
    Followers,
    /// Likes.
    Likes,
    /// Viewers who sent gifts (session summaries).
    Gifters,
    /// The money TikTok estimates a live earned (session summaries).
    Rewards,
    /// Title.
    Title,
    /// Number of LIVEs (TikTok's Activity file, per day).
    Lives,
    /// Views, counted again for each visit (TikTok's Viewers file).
    Views,
    /// Average watch time (TikTok's Viewers file).
    WatchTime,
    /// Average concurrent viewers (TikTok's Viewers file).
    AvgConcurrent,
    /// Viewers who commented (TikTok's Engagement file).
    Commenters,
    /// Shares (TikTok's Engagement file).
    Shares,
}

impl Field {
    /// Every field, in the order a preview lists them.
    pub const ALL: [Field; 32] = [
        Field::Date,
        Field::Time,
        Field::Event,
        Field::Gift,
        Field::GiftId,
        Field::Coins,
        Field::Count,
        Field::Sender,
        Field::Nickname,
        Field::Session,
        Field::RepeatEnd,
        Field::GiftType,
        Field::Streakable,
        Field::Streaking,
        Field::EventId,
        Field::Diamonds,
        Field::TotalDiamonds,
        Field::Duration,
        Field::End,
        Field::Viewers,
        Field::PeakViewers,
        Field::Followers,
        Field::Likes,
        Field::Gifters,
        Field::Rewards,
        Field::Title,
        Field::Lives,
        Field::Views,
        Field::WatchTime,
        Field::AvgConcurrent,
        Field::Commenters,
        Field::Shares,
    ];

    /// The name `--map` and the import preview use.
    pub fn map_name(self) -> &'static str {
        match self {
            Field::Date => "date",
            Field::Time => "time",
            Field::Event => "event",
            Field::Gift => "gift",
            Field::GiftId => "gift_id",
            Field::Coins => "coins",
            Field::Count => "count",
            Field::Sender => "sender",
            Field::Nickname => "nickname",
            Field::Session => "session",
            Field::RepeatEnd => "repeat_end",
            Field::GiftType => "gift_type",
            Field::Streakable => "streakable",
            Field::Streaking => "streaking",
            Field::EventId => "event_id",
            Field::Diamonds => "diamonds",
            Field::TotalDiamonds => "total_diamonds",
            Field::Duration => "duration",
            Field::End => "end",
            Field::Viewers => "viewers",
            Field::PeakViewers => "peak_viewers",
            Field::Followers => "followers",
            Field::Likes => "likes",
            Field::Gifters => "gifters",
            Field::Rewards => "rewards",
            Field::Title => "title",
            Field::Lives => "lives",
            Field::Views => "views",
            Field::WatchTime => "watch_time",
            Field::AvgConcurrent => "avg_concurrent",
            Field::Commenters => "commenters",
            Field::Shares => "shares",
        }
    }

    /// The field of a gift event this is, for the fields a gift event has.
    fn event_field(self) -> Option<EventField> {
        Some(match self {
            Field::Date => EventField::Time,
            Field::Sender => EventField::Sender,
            Field::Nickname => EventField::Nickname,
            Field::GiftId => EventField::GiftId,
            Field::Gift => EventField::GiftName,
            Field::Coins => EventField::Coins,
            Field::Count => EventField::Count,
            Field::RepeatEnd => EventField::RepeatEnd,
            Field::GiftType => EventField::GiftType,
            Field::EventId => EventField::MsgId,
            Field::Streakable => EventField::Streakable,
            Field::Streaking => EventField::Streaking,
            _ => return None,
        })
    }

    /// How live tools name this field, from the one table of event shapes
    /// (`events::PATHS`: `diamondCount` → `diamondcount`), for the fields a
    /// gift event has.
    pub fn event_name(self) -> Option<String> {
        self.event_field().map(|e| norm(e.column()))
    }

    /// Whether `n` (normalised) is one of the names the table of event
    /// shapes gives this field, a path normalised whole (`created_at`,
    /// `gift.diamond_count` → `giftdiamondcount`).
    fn has_event_name(self, n: &str) -> bool {
        self.event_field()
            .is_some_and(|e| e.paths().iter().any(|p| norm(p) == n))
    }

    /// The field a `--map` name means: [`Field::map_name`], in any case or
    /// spelling (`repeatEnd`, `repeat-end`), any name a live tool gives it
    /// (`events::PATHS`), and a few aliases.
    pub fn parse_map_name(s: &str) -> Option<Field> {
        let n = norm(s);
        if let Some(f) = Field::ALL.iter().find(|f| norm(f.map_name()) == n) {
            return Some(*f);
        }
        // A live tool's name for it (`repeatCount`, `msgId`, `timestamp`,
        // `price`), from the one table of event shapes.
        if let Some(f) = Field::ALL.iter().find(|f| f.has_event_name(&n)) {
            return Some(*f);
        }
        Some(match n.as_str() {
            "datetime" | "start" => Field::Date,
            "timeofday" => Field::Time,
            "eventtype" | "type" => Field::Event,
            "from" | "user" => Field::Sender,
            "name" | "displayname" => Field::Nickname,
            "quantity" => Field::Count,
            "uniqueviewers" => Field::Viewers,
            "peak" => Field::PeakViewers,
            _ => return None,
        })
    }
}
