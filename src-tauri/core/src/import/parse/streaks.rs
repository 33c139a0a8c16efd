//! Streak folding: a streakable gift's steps are held until its end and
//! written once at its final count; a streak cut off (by a lower count, a
//! pause longer than the session gap, or the end of the file) is written at
//! its highest count and marked estimated.

use super::cells::streak_fingerprint;
use super::parser::Parser;
use super::rows::{GiftRow, Streak, When};
use crate::events::streak;
use crate::import::sniff::Field;
use crate::import::{short, MAX_LISTED_PROBLEMS};
use crate::l10n::Message;

/// A streak of a streakable gift still waiting for its end.
pub(super) struct OpenStreak {
    /// Its highest count so far.
    pub(super) max: i64,
    /// The line of its highest step.
    pub(super) line: u64,
    /// Its highest step, as it is written if no end comes.
    pub(super) row: GiftRow,
}

/// One checked event of a streakable gift (gift type 1), ready to be folded.
pub(super) struct StreakEvent<'r> {
    /// The row it is written as, its fingerprint not yet counted.
    pub(super) row: GiftRow,
    /// Whose streak of which gift: the sender, and the gift id (else its name).
    pub(super) key: (String, String),
    /// The row's fingerprint before its occurrence is counted.
    pub(super) base: i64,
    /// The instant its base and a new streak's identity are counted at (see
    /// `Parser::occurrence`).
    pub(super) instant: Option<i64>,
    /// When it was sent.
    pub(super) at: When,
    /// The streak's count so far (`repeatCount`).
    pub(super) count: i64,
    /// Whether the event says the streak ended.
    pub(super) repeat_end: bool,
    /// Its line in the file.
    pub(super) line: u64,
    /// The date cell as written: part of a new streak's identity.
    pub(super) stamp: &'r str,
    /// The time cell as written (empty without one): part of it too.
    pub(super) time: &'r str,
}

impl Parser {
    /// Spots a streak step in a file whose streaks cannot be folded (no
    /// repeatEnd column): the same sender and gift with the count one up.
    /// Keeps the last row's names in reused buffers: no allocation per row.
    pub(super) fn track_step(&mut self, sender: Option<&str>, gift: &str, count: i64) {
        if self.cols.has(Field::RepeatEnd) || self.cols.has(Field::Streaking) {
            return;
        }
        let (last_sender, last_gift, last_count) = &mut self.last_step;
        let sender = sender.unwrap_or("");
        if Some(count) == last_count.checked_add(1) && last_sender == sender && last_gift == gift {
            self.step_pairs += 1;
        }
        last_sender.clear();
        last_sender.push_str(sender);
        last_gift.clear();
        last_gift.push_str(gift);
        *last_count = count;
    }

    /// Folds one event into its streak: a step is held (replacing the one
    /// before), an end is written with the streak's identity, and a streak
    /// this event shows ended unseen is closed first.
    pub(super) fn fold_streak(&mut self, e: StreakEvent<'_>) {
        let StreakEvent {
            row,
            key,
            base,
            instant,
            at,
            count,
            repeat_end,
            line,
            stamp,
            time,
        } = e;
        let ms = |w: &When| match w {
            When::Known(t) => Some(t.timestamp_millis()),
            When::Slashed { .. } => None,
        };
        let open = self.open.get(&key).map(|o| streak::Open {
            max: o.max,
            last_ms: o.row.at.as_ref().and_then(ms),
        });
        let step = streak::Step {
            count,
            end: repeat_end,
            at_ms: ms(&at),
        };
        let fold = streak::fold(open, step, self.streak_pause.num_milliseconds());
        if fold.close_open {
            if let Some(prev) = self.open.remove(&key) {
                self.close_unfinished(prev);
            }
        }
        let fp = self.occurrence(base, instant);
        if let streak::Then::Hold { continues } = fold.then {
            // A step of a running streak: remember it, count it when it ends.
            self.out.streak_steps += 1;
            let streak = match self.open.get(&key).filter(|_| continues) {
                Some(open) => open.row.streak,
                None => {
                    let first = streak_fingerprint(&key.0, &key.1, stamp, time);
                    Some(Streak {
                        first: at,
                        id: self.occurrence(first, instant),
                        estimated: false,
                    })
                }
            };
            let row = GiftRow { fp, streak, ..row };
            self.open.insert(
                key,
                OpenStreak {
                    max: count,
                    line,
                    row,
                },
            );
            return;
        }
        // An end: of the open streak, or a streak whose steps never came.
        let streak = self.open.remove(&key).and_then(|open| open.row.streak);
        self.out.gifts.push(GiftRow { fp, streak, ..row });
    }

    /// Writes a streak whose end never came at its highest count, marked
    /// estimated, and warns about it (the first few by line).
    pub(super) fn close_unfinished(&mut self, s: OpenStreak) {
        self.out.unfinished_streaks += 1;
        // The last step seen is counted in place of the end that never came.
        self.out.streak_steps = self.out.streak_steps.saturating_sub(1);
        if self.out.warnings.len() < MAX_LISTED_PROBLEMS {
            let m = match s.row.sender.as_deref() {
                Some(f) => Message::new("core-import-streak-unended-from").text("sender", short(f)),
                None => Message::new("core-import-streak-unended"),
            };
            self.out.warnings.push(
                m.text("line", s.line.to_string())
                    .text("gift", short(&s.row.name))
                    .text("max", s.max.to_string())
                    .text("coins", s.row.coins_each.to_string()),
            );
        } else if self.out.warnings.len() == MAX_LISTED_PROBLEMS {
            self.out
                .warnings
                .push(Message::new("core-import-streaks-more"));
        }
        let mut row = s.row;
        if let Some(streak) = &mut row.streak {
            streak.estimated = true;
        }
        self.out.gifts.push(row);
    }
}
