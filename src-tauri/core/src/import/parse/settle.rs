//! What is settled only at the end of a file: the order of day and month in
//! slashed dates, the separators of each number column, and the rewards
//! that waited for their column.

use chrono::NaiveDate;

use super::parser::Parser;
use super::rows::{DateOrder, When};
use crate::dates;
use crate::import::numbers::{self, Reading};
use crate::import::{short, RowProblem};
use crate::l10n::Message;

impl Parser {
    /// Refuses columns whose numbers contradict themselves and settles the
    /// rewards that waited for their column.
    pub(super) fn settle_numbers(&mut self) {
        let conflicts: Vec<(usize, u64, Message)> = self
            .nums
            .iter()
            .enumerate()
            .filter_map(|(i, c)| c.conflict().map(|(line, m)| (i, line, m)))
            .collect();
        for (i, line, said) in conflicts {
            let column = Some((i + 1, short(self.header.get(i).map_or("", |h| h))));
            self.problem(RowProblem::said(line, column, said));
        }
        let currency = self.rewards_currency.clone().unwrap_or_default();
        for (session, col, line, reading) in std::mem::take(&mut self.rewards) {
            let value = match reading {
                Reading::Known(d) => d,
                Reading::Ambiguous { sep, .. } => match self.nums[col].thousands(sep) {
                    Some(thousands) => reading.resolve(thousands),
                    None => {
                        let column = Some((col + 1, short(self.header.get(col).map_or("", |h| h))));
                        let (lead, tail) = match reading {
                            Reading::Ambiguous { lead, tail, .. } => (lead, tail),
                            Reading::Known(_) => (0, 0),
                        };
                        let c = if sep == numbers::Sep::Comma { ',' } else { '.' };
                        let said = Message::new("core-import-problem-rewards-ambiguous")
                            .text("text", format!("{lead}{c}{tail:03}"))
                            .text("thousands", reading.resolve(true).to_string())
                            .text("decimal", reading.resolve(false).to_string());
                        self.problem(RowProblem::said(line, column, said));
                        continue;
                    }
                },
            };
            if let Some(s) = self.out.sessions.get_mut(session) {
                let note = format!(
                    "TikTok estimated rewards: {}{}{}",
                    value,
                    if currency.is_empty() { "" } else { " " },
                    currency
                );
                if s.input.notes.is_empty() {
                    s.input.notes = note;
                } else {
                    s.input.notes = format!("{}; {note}", s.input.notes);
                }
            }
        }
    }

    /// Decides day-first or month-first for the whole file from every slashed
    /// date in it, then resolves them; refuses to guess.
    pub(super) fn settle_slashed_dates(&mut self) -> bool {
        let mut day_first: Option<(u64, usize)> = None;
        let mut month_first: Option<(u64, usize)> = None;
        let mut ambiguous: Option<(u64, usize)> = None;
        let cells = self
            .out
            .gifts
            .iter()
            .filter_map(|g| g.at)
            .chain(self.out.sessions.iter().map(|s| s.start))
            .chain(self.out.day_rows.iter().map(|d| d.day));
        for w in cells {
            if let When::Slashed {
                a, b, line, col, ..
            } = w
            {
                if a > 12 {
                    day_first.get_or_insert((line, col));
                } else if b > 12 {
                    month_first.get_or_insert((line, col));
                } else if a != b {
                    ambiguous.get_or_insert((line, col));
                }
            }
        }
        let order = match (day_first, month_first, ambiguous) {
            (None, None, None) => DateOrder::DayFirst, // every slashed date reads the same either way
            (Some(_), None, _) => DateOrder::DayFirst,
            (None, Some(_), _) => DateOrder::MonthFirst,
            (Some((l1, _)), Some((l2, c2)), _) => {
                let mixed = Message::new("core-import-problem-dates-mixed")
                    .text("day_first", l1.to_string())
                    .text("month_first", l2.to_string());
                self.problem(RowProblem::said(l2, self.column_named(c2), mixed));
                return true;
            }
            (None, None, Some((l, c))) => {
                let m = Message::new("core-import-problem-dates-ambiguous");
                self.problem(RowProblem::said(l, self.column_named(c), m));
                return true;
            }
        };
        let tz = self.tz;
        let mut problems = Vec::new();
        let mut resolve = |w: &mut When, tz: chrono_tz::Tz| {
            if let When::Slashed {
                a,
                b,
                year,
                time,
                line,
                col,
            } = *w
            {
                let (d, m) = if order == DateOrder::DayFirst {
                    (a, b)
                } else {
                    (b, a)
                };
                let text = format!("{year:04}-{m:02}-{d:02} {time}");
                let resolved = NaiveDate::from_ymd_opt(year, m, d)
                    .ok_or_else(|| {
                        Message::new("core-import-cell-not-a-calendar-date").text("text", &text)
                    })
                    .and_then(|day| {
                        dates::resolve_local(day.and_time(time), tz, &text).map_err(|e| e.message())
                    });
                match resolved {
                    Ok(t) => *w = When::Known(t),
                    Err(message) => problems.push((line, col, message)),
                }
            }
        };
        for g in &mut self.out.gifts {
            if let Some(w) = &mut g.at {
                resolve(w, tz);
            }
            if let Some(streak) = &mut g.streak {
                resolve(&mut streak.first, tz);
            }
        }
        for s in &mut self.out.sessions {
            resolve(&mut s.start, tz);
        }
        // A day of TikTok's day files is a calendar day, not an instant.
        for d in &mut self.out.day_rows {
            resolve(&mut d.day, chrono_tz::Tz::UTC);
        }
        for (line, col, said) in problems {
            let column = Some((col + 1, short(self.header.get(col).map_or("", |h| h))));
            self.problem(RowProblem::said(line, column, said));
        }
        order == DateOrder::DayFirst
    }
}
