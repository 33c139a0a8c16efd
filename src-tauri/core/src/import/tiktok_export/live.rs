//! A LIVE of the history as a session: its times, the diamonds TikTok
//! states for it, and its audience figures; no gift rows, as a session
//! summary has none.

use crate::l10n::Message;
use chrono::{DateTime, Duration, Utc};
use rust_decimal::Decimal;

use super::fields::{
    count, diamonds, fields, instant, live_duration, pick, text_of, Fields, Read1,
};
use super::Entry;
use crate::import::fingerprint;
use crate::import::parse::{SessionRow, When};
use crate::model::SessionInput;
use crate::money::Diamonds;

/// Keys (normalised) of when the LIVE started, in the order looked for.
const START_KEYS: &[&str] = &[
    "livestarttime",
    "starttime",
    "start",
    "begintime",
    "golivetime",
    "date",
    "createtime",
];
/// Keys of when it ended.
const END_KEYS: &[&str] = &["liveendtime", "endtime", "end", "finishtime"];
/// Keys of how long it lasted.
const DURATION_KEYS: &[&str] = &[
    "liveduration",
    "duration",
    "durationseconds",
    "livedurationseconds",
    "durationminutes",
];
/// Keys of the diamonds TikTok states for it.
const DIAMOND_KEYS: &[&str] = &[
    "diamonds",
    "totaldiamonds",
    "diamondsearned",
    "diamondsreceived",
    "diamondcount",
    "totalearning",
    "totalearnings",
    "earning",
    "earnings",
];

/// A LIVE entry as a session with the diamonds TikTok reports for it.
pub(super) fn live(e: &Entry) -> Read1<SessionRow> {
    let f = fields(&e.value).ok_or_else(|| (None, Message::new("core-import-tiktok-not-live")))?;
    let Times {
        start,
        end,
        duration,
    } = times(&f)?;
    let diamonds = match pick(&f, DIAMOND_KEYS) {
        Some((k, v)) => diamonds(k, v)?,
        None => Decimal::ZERO,
    };
    let room = match pick(&f, &["roomid", "liveid", "id"]) {
        Some((k, v)) => text_of(k, v, 100)?,
        None => String::new(),
    };
    let input = session_input(&f, &room, diamonds)?;
    let fp = fingerprint(&["tiktok-live", &room, &start.timestamp_millis().to_string()]);
    Ok(SessionRow {
        key: None,
        start: When::Known(start),
        duration,
        end,
        input,
        fp,
        rate: None,
    })
}

/// When a LIVE started and ended, and how long it lasted.
struct Times {
    start: DateTime<Utc>,
    end: Option<DateTime<Utc>>,
    duration: Option<Duration>,
}

/// When the LIVE started (required), when it ended (not before its start)
/// and how long it lasted.
fn times(f: &Fields<'_>) -> Read1<Times> {
    let (k, v) =
        pick(f, START_KEYS).ok_or_else(|| (None, Message::new("core-import-tiktok-no-start")))?;
    let start = instant(k, v)?;
    let end = match pick(f, END_KEYS) {
        Some((k, v)) => {
            let end = instant(k, v)?;
            if end < start {
                return Err((
                    Some(k.to_string()),
                    Message::new("core-import-tiktok-ends-before"),
                ));
            }
            Some(end)
        }
        None => None,
    };
    let duration = match pick(f, DURATION_KEYS) {
        Some((k, v)) => Some(live_duration(k, v)?),
        None => None,
    };
    Ok(Times {
        start,
        end,
        duration,
    })
}

/// What the LIVE states beside its times: its title, audience figures and
/// `diamonds`, with its `room` and gifters in the notes.
fn session_input(f: &Fields<'_>, room: &str, diamonds: Decimal) -> Read1<SessionInput> {
    let opt_count = |keys: &[&str]| -> Read1<Option<i64>> {
        pick(f, keys).map(|(k, v)| count(k, v)).transpose()
    };
    let gifters = opt_count(&["totalgifter", "totalgifters", "gifters"])?;
    let mut notes = Vec::new();
    if !room.is_empty() {
        notes.push(format!("TikTok LIVE room {room}"));
    }
    if let Some(g) = gifters {
        notes.push(format!("{g} gifters"));
    }
    Ok(SessionInput {
        started_at: None,
        ended_at: None,
        title: match pick(f, &["roomtitle", "title", "livetitle"]) {
            Some((k, v)) => text_of(k, v, 500)?,
            None => String::new(),
        },
        peak_viewers: opt_count(&["peakviewers", "maxviewers", "peakconcurrentviewers"])?,
        unique_viewers: opt_count(&[
            "totalview",
            "totalviews",
            "views",
            "viewers",
            "uniqueviewers",
            "totalviewers",
        ])?,
        likes: opt_count(&["totallike", "totallikes", "likes"])?,
        new_followers: opt_count(&["newfollowers", "followers", "totalnewfollowers"])?,
        notes: notes.join("; "),
        reported_diamonds: Diamonds(diamonds),
    })
}
