//! Generated gift-event logs, as a live tool writes them (streak steps and
//! ends, lost steps and ends, pauses, lives hours apart), and the check that
//! a ledger's kept totals agree with its gift rows.

use std::path::Path;

use proptest::prelude::*;

/// The header of a generated log (TikTok-Live-Connector's gift columns).
pub const HEADER: &str =
    "timestamp,uniqueId,nickname,giftId,giftName,diamondCount,repeatCount,repeatEnd,giftType";

/// How a generated streak ends.
#[derive(Debug, Clone, Copy)]
pub enum End {
    /// With an end event at its last count.
    Normal,
    /// With none (the tool stopped or the connection dropped).
    Missing,
    /// With an end event counting more than its last step (steps were lost).
    Higher,
    /// With an end event counting 1 (below its steps: a new single tap).
    Back,
}

/// One gift as a tool logs it.
#[derive(Debug, Clone)]
pub struct Script {
    sender: usize,
    gift: usize,
    /// A streakable (giftType 1) gift; else a one-off gift of type 2.
    streak: bool,
    /// Step increments (1 or 2: a step may be lost).
    steps: Vec<i64>,
    end: End,
}

pub const SENDERS: [&str; 3] = ["alice", "bob", "чен"];
pub const GIFTS: [(&str, &str, i64); 3] = [
    ("5655", "Rose", 1),
    ("5760", "Finger Heart", 5),
    ("6064", "Lion", 29999),
];

pub fn script() -> impl Strategy<Value = Script> {
    (
        0..SENDERS.len(),
        0..GIFTS.len(),
        prop::bool::weighted(0.8),
        prop::collection::vec(1i64..=2, 0..5),
        prop_oneof![
            4 => Just(End::Normal),
            2 => Just(End::Missing),
            1 => Just(End::Higher),
            1 => Just(End::Back),
        ],
    )
        .prop_map(|(sender, gift, streak, steps, end)| Script {
            sender,
            gift,
            streak,
            steps,
            end,
        })
}

/// A log: lives hours apart, each a few interleaved scripts, events a second
/// or less apart (sometimes in the same millisecond), now and then a pause
/// longer than a streak lasts (90 s) or than the session gap (40 min).
pub fn log() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(
        (
            prop::collection::vec(script(), 1..8),
            prop::collection::vec(
                (
                    0usize..8,
                    prop_oneof![
                        20 => (0i64..3).prop_map(|n| n * 500),
                        1 => Just(90_000i64),
                        1 => Just(40 * 60_000i64),
                    ],
                ),
                0..64,
            ),
        ),
        1..4,
    )
    .prop_map(|lives| {
        let mut rows = Vec::new();
        let mut t = 1_772_391_600_000i64;
        for (scripts, picks) in lives {
            t += 5 * 3_600_000;
            let mut events: Vec<Vec<Event>> = scripts
                .iter()
                .map(|s| {
                    let mut out = Vec::new();
                    if !s.streak {
                        out.push((s.sender, s.gift, 1, Some(s.steps.len() % 2 == 0), 2));
                        return out;
                    }
                    let mut count = 0;
                    // A streak shows at least one event.
                    let steps = match (s.steps.is_empty(), s.end) {
                        (true, End::Missing) => vec![1],
                        _ => s.steps.clone(),
                    };
                    for inc in &steps {
                        count += inc;
                        out.push((s.sender, s.gift, count, Some(false), 1));
                    }
                    let end = match s.end {
                        End::Normal => Some(count.max(1)),
                        End::Missing => None,
                        End::Higher => Some(count + 2),
                        End::Back => Some(1),
                    };
                    if let Some(c) = end {
                        out.push((s.sender, s.gift, c, Some(true), 1));
                    }
                    out.reverse();
                    out
                })
                .collect();
            // Interleave the scripts as the picks say, then drain the rest.
            let mut order = picks.into_iter().chain((0..64).map(|i| (i % 8, 500)));
            while events.iter().any(|e| !e.is_empty()) {
                let Some((pick, dt)) = order.next() else {
                    break;
                };
                let live_ones: Vec<usize> = (0..events.len())
                    .filter(|i| !events[*i].is_empty())
                    .collect();
                let i = live_ones[pick % live_ones.len()];
                if let Some(e) = events[i].pop() {
                    t += dt;
                    rows.push(event_row(t, e));
                }
            }
            for e in events.iter_mut() {
                while let Some(e) = e.pop() {
                    t += 500;
                    rows.push(event_row(t, e));
                }
            }
        }
        rows
    })
}

/// One event: sender, gift, repeatCount, repeatEnd (if written), giftType.
pub type Event = (usize, usize, i64, Option<bool>, i64);

/// An event as a row of the log, at `t` (ms).
pub fn event_row(t: i64, (sender, gift, count, end, kind): Event) -> String {
    let (id, name, coins) = GIFTS[gift];
    let end = end.map_or(String::new(), |e| e.to_string());
    let s = SENDERS[sender];
    format!("{t},{s},{s},{id},{name},{coins},{count},{end},{kind}")
}

/// The kept name totals: (kind, name, gifts, coins), by kind and name.
pub fn name_totals(db: &Path) -> Vec<(String, String, i64, i64)> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare("SELECT kind, name, gifts, coins FROM name_totals ORDER BY kind, name")
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    rows
}

/// Who gave in a live, as kept: session, sender, gifts, coins, first and last time.
type Giver = (i64, String, i64, i64, Option<i64>, Option<i64>);

/// The kept totals (per session, per name) agree with the gift rows.
pub fn kept_totals_agree(db: &Path) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let fresh: Vec<(String, String, i64, i64)> = {
        let mut stmt = conn
            .prepare(
                "SELECT 'gift', gift_name, sum(count), sum(coins_each * count) FROM gifts GROUP BY gift_name
                 UNION ALL SELECT 'sender', sender, sum(count), sum(coins_each * count) FROM gifts WHERE sender IS NOT NULL GROUP BY sender
                 ORDER BY 1, 2",
            )
            .unwrap();
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        rows
    };
    assert_eq!(name_totals(db), fresh, "per-name totals");
    let bad: i64 = conn
        .query_row(
            "SELECT count(*) FROM sessions s WHERE coins_total != (SELECT coalesce(sum(coins_each * count), 0) FROM gifts WHERE session_id = s.id)
                OR gift_count != (SELECT coalesce(sum(count), 0) FROM gifts WHERE session_id = s.id)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(bad, 0, "per-session totals");
    let givers = |sql: &str| -> Vec<Giver> {
        let mut stmt = conn.prepare(sql).unwrap();
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        rows
    };
    assert_eq!(
        givers("SELECT session_id, sender, gifts, coins, first_at, last_at FROM session_senders ORDER BY 1, 2"),
        givers(
            "SELECT session_id, sender, sum(count), sum(coins_each * count), min(at), max(at) FROM gifts
             WHERE sender IS NOT NULL GROUP BY session_id, sender ORDER BY 1, 2"
        ),
        "who gave in each live"
    );
}
