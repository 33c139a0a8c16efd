//! The one streak rule. A streakable gift (`giftType` 1) arrives as steps
//! (`repeatEnd` false, the count so far) and an end (the final count). Both
//! roads — an imported log and live capture — ask [`fold`] what an event does
//! to its key's open streak, and [`continues`] whether it completes a row a
//! stop or a lost end left flagged; each keeps its own rows and state.

use serde::Serialize;

/// Which streak an event belongs to: sender and gift (its id, else its name),
/// grouped as the gift-event import groups them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct StreakKey {
    /// Sender as the source wrote it (empty when unknown).
    pub sender: String,
    /// Gift id, else gift name.
    pub gift: String,
}

/// A streak still running: shown, not yet counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Pending {
    /// Its streak.
    pub key: StreakKey,
    /// Gift name as stored.
    pub gift_name: String,
    /// Price of one in coins.
    pub coins_each: i64,
    /// Highest count seen.
    pub count: i64,
    /// Time of the event with that count, in ms.
    pub at_ms: i64,
    /// Fingerprint of that event.
    pub fingerprint: i64,
    /// Sender as stored.
    pub sender: Option<String>,
    /// A gift row already written for this streak, which it will grow.
    pub resumes: Option<i64>,
    /// The source dropped while it ran: it may never end.
    pub dropped: bool,
    /// Its streak's first event time (ms) and identity, as an import of the
    /// tool's log gives them; `None` until capture counts a new streak's.
    #[serde(skip)]
    #[cfg_attr(feature = "typescript", ts(skip))]
    pub streak: Option<(i64, i64)>,
}

/// Whether a gift of this type comes as a streak of steps and an end.
pub fn streakable(gift_type: Option<i64>) -> bool {
    gift_type == Some(1)
}

/// An event's gift type: its `giftType`, else 1 for a gift TikTokLive calls
/// `streakable` (one that is not has no type that matters here).
pub fn gift_type(gift_type: Option<i64>, streakable: Option<bool>) -> Option<i64> {
    gift_type.or(streakable.filter(|s| *s).map(|_| 1))
}

/// Whether an event ends its streak: its `repeatEnd`, else the opposite of
/// TikTokLive's `streaking` (true while the streak runs); false when the
/// source says neither.
pub fn ends(repeat_end: Option<bool>, streaking: Option<bool>) -> bool {
    repeat_end.or(streaking.map(|s| !s)).unwrap_or(false)
}

/// A streak still open for one sender's gift, as the rule sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Open {
    /// Its highest count so far.
    pub max: i64,
    /// When its last step came, in ms (unknown for a file without times).
    pub last_ms: Option<i64>,
}

/// One event of a streakable gift.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// The count so far, or the final count of an end.
    pub count: i64,
    /// Whether it ends the streak.
    pub end: bool,
    /// When it was sent, in ms (unknown for a file without times).
    pub at_ms: Option<i64>,
}

/// What an event does after the open streak is settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Then {
    /// A step, held as the key's open streak until its end. `continues`: it
    /// grows the open streak (and keeps that streak's identity); else it
    /// starts a streak of its own.
    Hold {
        /// It grows the open streak.
        continues: bool,
    },
    /// An end, written at its own count. `ends_open`: it is the open streak's
    /// end (and takes that streak's identity); else its steps never came.
    Write {
        /// It ends the open streak.
        ends_open: bool,
    },
}

/// What one event does to its key's open streak.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fold {
    /// The open streak ended unseen: it is written first, at its highest
    /// count, flagged (estimated).
    pub close_open: bool,
    /// Then the event itself.
    pub then: Then,
}

/// The streak rule. A count below the open streak's highest, a step at its
/// highest (a new streak; a step delivered twice is caught earlier by its
/// message id), or a pause longer than `pause_ms` since its last step means
/// the open streak ended unseen. An end at the highest count is that
/// streak's end: a single tap arrives as 1/false, then 1/true, and is one gift.
pub fn fold(open: Option<Open>, step: Step, pause_ms: i64) -> Fold {
    let close_open = open.is_some_and(|o| {
        let paused = match (o.last_ms, step.at_ms) {
            (Some(last), Some(now)) => now.saturating_sub(last) > pause_ms,
            _ => false,
        };
        paused || step.count < o.max || (step.count == o.max && !step.end)
    });
    let open_after = open.is_some() && !close_open;
    Fold {
        close_open,
        then: if step.end {
            Then::Write {
                ends_open: open_after,
            }
        } else {
            Then::Hold {
                continues: open_after,
            }
        },
    }
}

/// A row written at a streak's highest count because its end never came
/// (a stop, a dropped source), which a later event may still complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    /// Its count.
    pub count: i64,
    /// Its time, in ms.
    pub at_ms: i64,
}

/// Whether `step`, of the same sender's gift and with no streak open for it,
/// carries on the flagged row `row`: a step above its count, or an end at or
/// above it (an end at the very count is the end that came after a stop),
/// no earlier than the row and within `window_ms` of it.
pub fn continues(row: Written, step: Step, window_ms: i64) -> bool {
    let Some(at) = step.at_ms else { return false };
    let higher = if step.end {
        step.count >= row.count
    } else {
        step.count > row.count
    };
    higher && at >= row.at_ms && at.saturating_sub(row.at_ms) <= window_ms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(count: i64, end: bool, at: i64) -> Step {
        Step {
            count,
            end,
            at_ms: Some(at),
        }
    }

    fn open(max: i64, at: i64) -> Option<Open> {
        Some(Open {
            max,
            last_ms: Some(at),
        })
    }

    #[test]
    fn steps_grow_the_open_streak_and_its_end_ends_it() {
        assert_eq!(
            fold(None, step(1, false, 0), 1000).then,
            Then::Hold { continues: false }
        );
        let f = fold(open(1, 0), step(2, false, 10), 1000);
        assert_eq!(
            (f.close_open, f.then),
            (false, Then::Hold { continues: true })
        );
        let f = fold(open(2, 10), step(3, true, 20), 1000);
        assert_eq!(
            (f.close_open, f.then),
            (false, Then::Write { ends_open: true })
        );
    }

    #[test]
    fn a_single_tap_is_one_gift() {
        let f = fold(open(1, 0), step(1, true, 1), 1000);
        assert_eq!(
            (f.close_open, f.then),
            (false, Then::Write { ends_open: true })
        );
    }

    #[test]
    fn a_counter_going_back_or_a_pause_closes_the_open_streak() {
        // A lower step, an equal step, a lower end: a new streak.
        for s in [step(1, false, 10), step(5, false, 10), step(3, true, 10)] {
            let f = fold(open(5, 0), s, 1000);
            assert!(f.close_open, "{s:?}");
        }
        assert_eq!(
            fold(open(5, 0), step(3, true, 10), 1000).then,
            Then::Write { ends_open: false }
        );
        // A higher step after a pause longer than the rule's.
        assert!(fold(open(2, 0), step(3, false, 1001), 1000).close_open);
        assert!(!fold(open(2, 0), step(3, false, 1000), 1000).close_open);
    }

    #[test]
    fn a_flagged_row_is_carried_on_by_a_higher_step_or_an_end_at_its_count() {
        let row = Written {
            count: 4,
            at_ms: 100,
        };
        assert!(continues(row, step(5, false, 200), 1000));
        assert!(continues(row, step(4, true, 200), 1000));
        assert!(!continues(row, step(4, false, 200), 1000));
        assert!(!continues(row, step(3, true, 200), 1000));
        assert!(!continues(row, step(9, true, 50), 1000));
        assert!(!continues(row, step(9, true, 1101), 1000));
    }
}
