//! The reader of session summaries (LIVE analytics): one row a live, with
//! its start, length or end, diamonds, viewers and TikTok's rewards.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;

use super::cells::{strip_currency, Cell, Found, What};
use super::occurrences;
use super::parser::Parser;
use super::rows::{SessionRow, When};
use crate::dates;
use crate::import::datetime::{parse_clock, parse_duration, parse_when};
use crate::import::numbers;
use crate::import::sniff::Field;
use crate::import::{fingerprint, short};
use crate::l10n::Message;
use crate::model::SessionInput;
use crate::money::Diamonds;

impl Parser {
    /// Reads one live of a session summary: its diamonds as reported, its
    /// length or end, its audience; rewards wait for their column to settle.
    pub(super) fn session_summary(&mut self, rec: &csv::StringRecord, line: u64) -> Cell<()> {
        let start = self.when(rec, line)?;
        let dcol = self.cols.get(Field::Diamonds);
        let diamonds = match self.whole(rec, Field::Diamonds, What::Diamonds)? {
            Some(d) if d >= 0 => d,
            Some(d) => {
                let m = What::Diamonds.problem(Found::Negative, &d.to_string());
                return Err((dcol, m));
            }
            None => return Err((dcol, What::Diamonds.problem(Found::Nothing, ""))),
        };
        let diamonds = Decimal::from(diamonds);
        let duration = match self.text(rec, Field::Duration) {
            None => None,
            Some(t) => Some(parse_duration(t, self.duration_unit).ok_or_else(|| {
                (
                    self.cols.get(Field::Duration),
                    Message::new("core-import-cell-duration").text("text", short(t)),
                )
            })?),
        };
        let end = match self.text(rec, Field::End) {
            None => None,
            Some(t) => Some(self.end_time(t, start)?),
        };
        let count = |p: &mut Parser, f: Field, what: What| -> Cell<Option<i64>> {
            let v = p.whole(rec, f, what)?;
            match v {
                Some(n) if n < 0 => {
                    Err((p.cols.get(f), what.problem(Found::Negative, &n.to_string())))
                }
                _ => Ok(v),
            }
        };
        let peak_viewers = count(self, Field::PeakViewers, What::PeakViewers)?;
        let unique_viewers = count(self, Field::Viewers, What::Viewers)?;
        let likes = count(self, Field::Likes, What::Likes)?;
        let new_followers = count(self, Field::Followers, What::Followers)?;
        let gifters = count(self, Field::Gifters, What::Gifters)?;
        let rewards = match self.text(rec, Field::Rewards) {
            None => None,
            Some(t) => {
                let col = self.cols.get(Field::Rewards);
                let (reading, ev) = numbers::read(strip_currency(t), false).map_err(|_| {
                    (
                        col,
                        Message::new("core-import-cell-money").text("text", short(t)),
                    )
                })?;
                if let Some(c) = col.and_then(|i| self.nums.get_mut(i)) {
                    c.see(ev, line, t);
                }
                col.map(|c| (c, reading))
            }
        };
        let input = SessionInput {
            started_at: None,
            ended_at: None,
            title: self
                .free_text(rec, Field::Title)?
                .map(std::borrow::Cow::into_owned)
                .unwrap_or_default(),
            peak_viewers,
            unique_viewers,
            likes,
            new_followers,
            notes: gifters.map(|g| format!("{g} gifters")).unwrap_or_default(),
            reported_diamonds: Diamonds(diamonds),
        };
        let stamp = self.text(rec, Field::Date).unwrap_or("").to_string()
            + " "
            + self.text(rec, Field::Time).unwrap_or("");
        let base = fingerprint(&["session-summary", &stamp, &diamonds.normalize().to_string()]);
        let fp = self.occurrence(base, occurrences::instant(Some(start)));
        if let Some((col, reading)) = rewards {
            self.rewards
                .push((self.out.sessions.len(), col, line, reading));
        }
        self.out.sessions.push(SessionRow {
            key: None,
            start,
            duration,
            end,
            input,
            fp,
            rate: None,
        });
        Ok(())
    }

    /// A session's end: an instant, or a time of day on its start's day
    /// (the next day when it is earlier than the start).
    fn end_time(&mut self, t: &str, start: When) -> Cell<DateTime<Utc>> {
        let col = self.cols.get(Field::End);
        let mut bits = 0;
        if let Ok(When::Known(at)) = parse_when(t, None, self.tz, self.line, 0, &mut bits) {
            return Ok(at);
        }
        let bad = || {
            (
                col,
                Message::new("core-import-cell-end-time").text("text", short(t)),
            )
        };
        let (clock, _) = parse_clock(t).ok_or_else(bad)?;
        let When::Known(started) = start else {
            return Err((col, Message::new("core-import-cell-end-needs-start")));
        };
        let local = started.with_timezone(&self.tz);
        let mut day = local.date_naive();
        if clock < local.time() {
            day = day.succ_opt().ok_or_else(bad)?;
        }
        dates::resolve_local(day.and_time(clock), self.tz, t).map_err(|e| (col, e.message()))
    }
}
