//! One live minute by minute: the diamonds its gifts brought beside the
//! room capture counted, so a creator sees what the chat was doing when
//! the gifts came.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::LiveMinute;
use crate::money::Diamonds;
use crate::snapshot::Snapshot;

/// One minute of a live.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct TimelineMinute {
    /// The minute's start.
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub minute: DateTime<Utc>,
    /// Diamonds the gifts of this minute brought.
    pub diamonds: Diamonds,
    /// Likes capture counted.
    pub likes: i64,
    /// Chat comments capture counted.
    pub comments: i64,
    /// Viewers who joined.
    pub joins: i64,
    /// New followers.
    pub follows: i64,
    /// Shares.
    pub shares: i64,
    /// The most viewers at once, when a count came.
    pub viewers: Option<i64>,
}

/// A live minute by minute: only minutes with a gift or a count, in order.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Timeline {
    /// The live.
    pub session_id: i64,
    /// Whether capture counted the room in this live at all (without it,
    /// the minutes hold gifts only).
    pub counted: bool,
    /// The minutes, oldest first.
    pub minutes: Vec<TimelineMinute>,
}

/// Live `session_id` minute by minute, from its gift coins per minute (as
/// the store sums them) and the minutes capture kept.
pub fn timeline(
    ledger: &Snapshot,
    session_id: i64,
    coins: &[(DateTime<Utc>, i64)],
    counted: &[LiveMinute],
) -> Result<Timeline> {
    let session = ledger
        .sessions
        .iter()
        .find(|s| s.id == session_id)
        .ok_or(Error::NotFound {
            what: "session",
            id: session_id,
        })?;
    let per_coin = ledger.session_rate(session).diamonds_per_coin;
    let empty = |minute| TimelineMinute {
        minute,
        diamonds: Diamonds(Decimal::ZERO),
        likes: 0,
        comments: 0,
        joins: 0,
        follows: 0,
        shares: 0,
        viewers: None,
    };
    let mut minutes: BTreeMap<DateTime<Utc>, TimelineMinute> = BTreeMap::new();
    for (at, c) in coins {
        let d = Decimal::from(*c)
            .checked_mul(per_coin)
            .ok_or_else(|| Error::overflow("a minute's diamonds"))?;
        let m = minutes.entry(*at).or_insert_with(|| empty(*at));
        m.diamonds = Diamonds(
            m.diamonds
                .0
                .checked_add(d)
                .ok_or_else(|| Error::overflow("a minute's diamonds"))?,
        );
    }
    for c in counted.iter().filter(|c| c.session_id == session_id) {
        let m = minutes.entry(c.minute).or_insert_with(|| empty(c.minute));
        m.likes = c.likes;
        m.comments = c.comments;
        m.joins = c.joins;
        m.follows = c.follows;
        m.shares = c.shares;
        m.viewers = c.viewers_peak;
    }
    Ok(Timeline {
        session_id,
        counted: counted.iter().any(|c| c.session_id == session_id),
        minutes: minutes
            .into_values()
            .map(|mut m| {
                m.diamonds = m.diamonds.normalize();
                m
            })
            .collect(),
    })
}
