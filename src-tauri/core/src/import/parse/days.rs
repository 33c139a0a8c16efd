//! The reader of TikTok LIVE Center's own download: one row a day, in four
//! files (Revenue, Activity, Viewers, Engagement) with headers in the app's
//! language. Each row gives a day and TikTok's figures for it; the day is a
//! calendar day (already the creator's), read without a time zone.

use std::collections::BTreeMap;

use chrono::NaiveTime;
use rust_decimal::Decimal;

use super::cells::{invalid, plausible, Cell, What};
use super::parser::Parser;
use super::rows::{DayRow, When};
use crate::import::datetime::{parse_duration, parse_when};
use crate::import::numbers::{self, NumError};
use crate::import::short;
use crate::import::sniff::Field;
use crate::import::RowProblem;
use crate::l10n::Message;
use crate::model::DayFigure;

/// Which column field holds which of TikTok's figures, in the order the
/// files give them.
pub(crate) const FIGURES: [(Field, DayFigure); 13] = [
    (Field::Diamonds, DayFigure::Diamonds),
    (Field::Duration, DayFigure::LiveSeconds),
    (Field::Lives, DayFigure::Lives),
    (Field::Views, DayFigure::Views),
    (Field::Viewers, DayFigure::UniqueViewers),
    (Field::WatchTime, DayFigure::AvgWatchSeconds),
    (Field::PeakViewers, DayFigure::PeakConcurrent),
    (Field::AvgConcurrent, DayFigure::AvgConcurrent),
    (Field::Gifters, DayFigure::Gifters),
    (Field::Followers, DayFigure::NewFollowers),
    (Field::Commenters, DayFigure::Commenters),
    (Field::Likes, DayFigure::Likes),
    (Field::Shares, DayFigure::Shares),
];

/// Refuses a figure of a day no ledger could have (`money::check_bounds`),
/// naming the figure.
fn bounded(figure: DayFigure, value: Decimal) -> Result<(), Message> {
    crate::money::check_bounds(figure.name(), value, 8).map_err(|e| invalid(&e))
}

/// Most rows a day file may hold: one a day for the century of dates a
/// ledger accepts, and some room. Bounds what the reader keeps.
pub(crate) const MAX_DAY_ROWS: usize = 40_000;

impl Parser {
    /// Reads one day of a TikTok LIVE Center file.
    pub(super) fn tiktok_day(&mut self, rec: &csv::StringRecord, line: u64) -> Cell<()> {
        let col = self.cols.get(Field::Date);
        if self.out.day_rows.len() >= MAX_DAY_ROWS {
            return Err((
                None,
                Message::new("core-import-cell-too-many-days")
                    .text("max", MAX_DAY_ROWS.to_string()),
            ));
        }
        let date = self.required(rec, Field::Date, "core-import-cell-no-day")?;
        let mut bits = 0u16;
        // The file's day is the creator's day already: read as a calendar
        // day (UTC midnight stands for it), never moved by a time zone.
        let day = parse_when(
            date,
            None,
            chrono_tz::Tz::UTC,
            line,
            col.unwrap_or(0),
            &mut bits,
        )
        .map_err(|m| (col, m))?;
        self.date_bits |= bits;
        let at_midnight = match day {
            When::Known(t) => t.time() == NaiveTime::MIN,
            When::Slashed { time, .. } => time == NaiveTime::MIN,
        };
        if !at_midnight {
            return Err((
                col,
                Message::new("core-import-cell-day-with-time").text("text", short(date)),
            ));
        }
        plausible(&day).map_err(|m| (col, m))?;
        let mut figures = Vec::new();
        for (field, figure) in FIGURES {
            let Some(t) = self.text(rec, field) else {
                continue;
            };
            let fcol = self.cols.get(field);
            let value = match field {
                Field::Duration | Field::WatchTime => self.seconds(t, fcol)?,
                Field::AvgConcurrent => {
                    let v = self.decimal(fcol, t, false)?;
                    bounded(figure, v).map_err(|m| (fcol, m))?;
                    v
                }
                _ => Decimal::from(
                    self.whole(rec, field, What::DayFigure(figure.name()))?
                        .unwrap_or(0),
                ),
            };
            if value.is_sign_negative() {
                return Err((
                    fcol,
                    Message::new("core-import-cell-negative").text("text", short(t)),
                ));
            }
            bounded(figure, value).map_err(|m| (fcol, m))?;
            figures.push((figure, value.normalize()));
        }
        if figures.is_empty() {
            // A day with no figure at all: nothing to keep.
            self.out.blank_skipped += 1;
            return Ok(());
        }
        self.out.day_rows.push(DayRow { day, line, figures });
        Ok(())
    }

    /// Seconds in a cell of LIVE time or watch time: a plain (or grouped)
    /// number in the column's unit (seconds unless the header names one),
    /// or `1:30:00`, `1h 30m`.
    fn seconds(&mut self, t: &str, col: Option<usize>) -> Cell<Decimal> {
        let unit = self.duration_unit;
        let bad = || {
            (
                col,
                Message::new("core-import-cell-seconds").text("text", short(t)),
            )
        };
        if let Some(d) = parse_duration(t, unit) {
            return Ok(Decimal::from(d.num_seconds()));
        }
        // `5,400` seconds, grouped in the column's locale.
        match numbers::read_whole(t) {
            Ok((n, ev)) => {
                if let Some(c) = col.and_then(|i| self.nums.get_mut(i)) {
                    c.see(ev, self.line, t);
                }
                parse_duration(&n.to_string(), unit)
                    .map(|d| Decimal::from(d.num_seconds()))
                    .ok_or_else(bad)
            }
            Err(NumError::Fraction | NumError::TooLarge | NumError::NotANumber) => Err(bad()),
        }
    }

    /// Once every date is settled: each row's day, rows of one day merged
    /// (a figure the file gives twice for a day must agree).
    pub(super) fn settle_days(&mut self) {
        let rows = std::mem::take(&mut self.out.day_rows);
        let mut days: BTreeMap<chrono::NaiveDate, BTreeMap<DayFigure, (Decimal, u64)>> =
            BTreeMap::new();
        let mut problems = Vec::new();
        for row in rows {
            // Slashed dates left unsettled were refused already.
            let When::Known(t) = row.day else { continue };
            let figures = days.entry(t.date_naive()).or_default();
            for (figure, value) in row.figures {
                match figures.get(&figure) {
                    Some((was, line)) if *was != value => problems.push(RowProblem::said(
                        row.line,
                        None,
                        Message::new("core-import-problem-day-twice")
                            .text("day", t.date_naive().to_string())
                            .text("figure", figure.name())
                            .text("was", was.to_string())
                            .text("line", line.to_string())
                            .text("now", value.to_string()),
                    )),
                    Some(_) => {}
                    None => {
                        figures.insert(figure, (value, row.line));
                    }
                }
            }
        }
        for p in problems {
            self.problem(p);
        }
        self.out.days = days
            .into_iter()
            .map(|(d, f)| (d, f.into_iter().map(|(k, (v, _))| (k, v)).collect()))
            .collect();
    }
}
