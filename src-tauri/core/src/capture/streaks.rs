//! Live capture's streak state, moved one event at a time by the one streak
//! rule (`events::streak`), the rule an import of the same log folds by.
//!
//! A step is held as pending at its highest count; the end writes it once,
//! at its final count; a pending streak that ended unseen is written at its
//! highest count and flagged. Other gifts are written as they come. A
//! streak written at its highest count (capture stopped) can still be grown
//! by a later step or end of the same streak, within the silence window.

use super::event::GiftEvent;
use crate::events::streak;
pub use crate::events::streak::{Pending, StreakKey};

impl StreakKey {
    /// The streak `ev` belongs to.
    pub fn of(ev: &GiftEvent) -> StreakKey {
        StreakKey {
            sender: ev.sender.clone().unwrap_or_default(),
            gift: if ev.gift_id.is_empty() {
                ev.name.clone()
            } else {
                ev.gift_id.clone()
            },
        }
    }
}

/// A gift ready to be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finished {
    /// Its streak.
    pub key: StreakKey,
    /// Gift name as stored.
    pub gift_name: String,
    /// Price of one in coins.
    pub coins_each: i64,
    /// How many.
    pub count: i64,
    /// When, in ms.
    pub at_ms: i64,
    /// Fingerprint (with `at_ms`, the row's unique key).
    pub fingerprint: i64,
    /// Sender as stored.
    pub sender: Option<String>,
    /// A streak whose end never came, counted at its highest count.
    pub flagged: bool,
    /// Grow this already written row instead of adding one.
    pub resumes: Option<i64>,
    /// Its streak's first event time (ms) and identity.
    pub streak: Option<(i64, i64)>,
}

impl Pending {
    /// The pending streak written at its highest count, flagged.
    pub fn finish_unended(&self) -> Finished {
        Finished {
            key: self.key.clone(),
            gift_name: self.gift_name.clone(),
            coins_each: self.coins_each,
            count: self.count,
            at_ms: self.at_ms,
            fingerprint: self.fingerprint,
            sender: self.sender.clone(),
            flagged: true,
            resumes: self.resumes,
            streak: self.streak,
        }
    }
}

/// A flagged row that a late step or end of its streak may still grow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resumable {
    /// The gift row.
    pub gift_id: i64,
    /// Its count.
    pub count: i64,
    /// Its time, in ms.
    pub at_ms: i64,
}

/// What becomes of the pending streak of the event's key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PendingChange {
    /// Unchanged.
    Keep,
    /// Now this.
    Set(Pending),
    /// Gone (the streak was written).
    Clear,
}

/// What one event does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fold {
    /// Gifts to write, in order.
    pub write: Vec<Finished>,
    /// The pending streak of the event's key.
    pub pending: PendingChange,
    /// The resumable row of the key was taken up (by this event's streak).
    pub resumed: bool,
    /// The event starts a streak whose identity is still to be counted.
    pub starts_streak: bool,
}

/// Applies one gift event with fingerprint `fp` to the pending streak of its
/// key and the resumable row of its key (if any), by the one streak rule
/// ([`streak::fold`], [`streak::continues`]). `window_ms` is how long after
/// its last step a streak may still continue: the pause that ends a pending
/// streak unseen, and the time a resumable row may still be grown.
pub fn fold(
    ev: &GiftEvent,
    fp: i64,
    pending: Option<&Pending>,
    resumable: Option<&Resumable>,
    window_ms: i64,
) -> Fold {
    let key = StreakKey::of(ev);
    let at_ms = ev.at.timestamp_millis();
    let finished = |resumes: Option<i64>, streak: Option<(i64, i64)>| Finished {
        key: key.clone(),
        gift_name: ev.stored_name(),
        coins_each: ev.coins_each,
        count: ev.count,
        at_ms,
        fingerprint: fp,
        sender: ev.stored_sender(),
        flagged: false,
        resumes,
        streak,
    };
    if !streak::streakable(ev.gift_type) {
        return Fold {
            write: vec![finished(None, None)],
            pending: PendingChange::Keep,
            resumed: false,
            starts_streak: false,
        };
    }
    let step = streak::Step {
        count: ev.count,
        end: ev.repeat_end,
        at_ms: Some(at_ms),
    };
    let open = pending.map(|p| streak::Open {
        max: p.count,
        last_ms: Some(p.at_ms),
    });
    let rule = streak::fold(open, step, window_ms);
    let mut write = Vec::new();
    if rule.close_open {
        write.extend(pending.map(Pending::finish_unended));
    }
    // With no streak pending, a row a stop wrote flagged may be continued:
    // by a higher step, or by its own end arriving after a restart.
    let resume = || match resumable {
        Some(r) if pending.is_none() => {
            let row = streak::Written {
                count: r.count,
                at_ms: r.at_ms,
            };
            streak::continues(row, step, window_ms).then_some(r.gift_id)
        }
        _ => None,
    };
    // The open streak's row and identity carry on, or the event is on its own.
    let (resumes, resumed, streak) = match rule.then {
        streak::Then::Hold { continues: true } | streak::Then::Write { ends_open: true } => (
            pending.and_then(|p| p.resumes),
            false,
            pending.and_then(|p| p.streak),
        ),
        _ => match resume() {
            Some(id) => (Some(id), true, None),
            None => (None, false, None),
        },
    };
    if let streak::Then::Write { .. } = rule.then {
        write.push(finished(resumes, streak));
        return Fold {
            write,
            pending: if pending.is_some() {
                PendingChange::Clear
            } else {
                PendingChange::Keep
            },
            resumed,
            starts_streak: false,
        };
    }
    let starts_streak = matches!(rule.then, streak::Then::Hold { continues: false }) && !resumed;
    Fold {
        write,
        pending: PendingChange::Set(Pending {
            key: key.clone(),
            gift_name: ev.stored_name(),
            coins_each: ev.coins_each,
            count: ev.count,
            at_ms,
            fingerprint: fp,
            sender: ev.stored_sender(),
            resumes,
            dropped: false,
            streak,
        }),
        resumed,
        starts_streak,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn ev(count: i64, end: bool, gift_type: i64, t: i64) -> GiftEvent {
        GiftEvent {
            at: DateTime::from_timestamp_millis(1_772_391_600_000 + t).unwrap(),
            stamp: t.to_string(),
            gift_id: "5655".into(),
            name: "Rose".into(),
            coins_each: 1,
            count,
            sender: Some("ann".into()),
            gift_type: Some(gift_type),
            repeat_end: end,
            msg_id: None,
        }
    }

    fn set(f: &Fold) -> &Pending {
        match &f.pending {
            PendingChange::Set(p) => p,
            other => panic!("expected a pending streak, got {other:?}"),
        }
    }

    #[test]
    fn a_streak_is_written_once_at_its_end() {
        let a = fold(&ev(1, false, 1, 0), 11, None, None, 60_000);
        assert!(a.write.is_empty());
        let b = fold(&ev(2, false, 1, 10), 12, Some(set(&a)), None, 60_000);
        assert!(b.write.is_empty());
        assert_eq!(set(&b).count, 2);
        let c = fold(&ev(3, true, 1, 20), 13, Some(set(&b)), None, 60_000);
        assert_eq!(c.pending, PendingChange::Clear);
        assert_eq!(c.write.len(), 1);
        assert_eq!(
            (c.write[0].count, c.write[0].fingerprint, c.write[0].flagged),
            (3, 13, false)
        );
    }

    #[test]
    fn a_counter_going_back_writes_the_unseen_end_flagged() {
        let a = fold(&ev(5, false, 1, 0), 1, None, None, 60_000);
        let b = fold(&ev(1, false, 1, 10), 2, Some(set(&a)), None, 60_000);
        assert_eq!(b.write.len(), 1);
        assert_eq!((b.write[0].count, b.write[0].flagged), (5, true));
        assert_eq!(set(&b).count, 1);
    }

    #[test]
    fn other_gift_types_are_written_at_once() {
        let a = fold(&ev(1, false, 2, 0), 1, None, None, 60_000);
        assert_eq!(a.pending, PendingChange::Keep);
        assert_eq!(a.write[0].count, 1);
    }

    #[test]
    fn a_late_continuation_grows_the_flagged_row() {
        let r = Resumable {
            gift_id: 7,
            count: 4,
            at_ms: 1_772_391_600_000,
        };
        let a = fold(&ev(6, false, 1, 100), 1, None, Some(&r), 60_000);
        assert!(a.resumed);
        assert_eq!(set(&a).resumes, Some(7));
        let b = fold(&ev(9, true, 1, 200), 2, Some(set(&a)), None, 60_000);
        assert_eq!(b.write[0].resumes, Some(7));
        assert_eq!(b.write[0].count, 9);
        // A new streak (count not above the row's) or one too late starts afresh.
        assert!(!fold(&ev(1, false, 1, 100), 1, None, Some(&r), 60_000).resumed);
        assert!(!fold(&ev(6, false, 1, 120_000), 1, None, Some(&r), 60_000).resumed);
    }
}
