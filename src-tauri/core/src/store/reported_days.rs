//! TikTok LIVE Center's own figures per local day (`reported_days`), what
//! undoing the import that set one puts back, and booking a day TikTok
//! reports but the ledger has no live on.
//!
//! These figures are TikTok's word for a day. They are never added to the
//! balance: only a day the creator chooses to book becomes a session (with
//! the day's diamonds as reported diamonds), and only a day with no live.

use std::collections::BTreeMap;
use std::str::FromStr;

use chrono::{Duration, NaiveDate, NaiveTime, TimeZone};
use rusqlite::{params, Connection, OptionalExtension};
use rust_decimal::Decimal;
use serde::Serialize;

use super::sessions::{insert_session, NewSession};
use super::LedgerTx;
use super::{begin_import, finish_import, to_ms, ImportCounts, Store};
use crate::dates;
use crate::error::{Error, Result};
use crate::l10n::Message;
use crate::model::{DayFigure, ReportedDay};
use crate::money::Diamonds;

/// What writing one figure of a day did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FigureWrite {
    /// The day had no such figure.
    Added,
    /// The day had this very figure: nothing changed.
    Same,
    /// The day had another value, which this one replaced (kept for undo).
    Replaced(Decimal),
}

/// The one way a reported figure enters the ledger: sets `figure` of `day`
/// to `value` for import `import_id`. The same value again changes nothing
/// (and keeps the import that first set it); another value replaces it,
/// keeping the one it replaced so that undoing this import puts it back.
pub(crate) fn put_reported_figure(
    ltx: &LedgerTx<'_>,
    day: NaiveDate,
    figure: DayFigure,
    value: Decimal,
    import_id: i64,
) -> Result<FigureWrite> {
    let conn = ltx.conn();
    let day_text = day.format("%Y-%m-%d").to_string();
    let value = value.normalize();
    let was: Option<(String, i64)> = conn
        .prepare_cached(
            "SELECT value, import_id FROM reported_days WHERE day = ?1 AND figure = ?2",
        )?
        .query_row(params![day_text, figure.name()], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    let Some((was_text, was_import)) = was else {
        conn.prepare_cached(
            "INSERT INTO reported_days (day, figure, value, import_id) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![
            day_text,
            figure.name(),
            value.to_string(),
            import_id
        ])?;
        return Ok(FigureWrite::Added);
    };
    let was_value = stored_value(&was_text, figure)?;
    if was_value == value {
        return Ok(FigureWrite::Same);
    }
    conn.prepare_cached(
        "INSERT OR IGNORE INTO reported_day_revisions (import_id, day, figure, prev_value, prev_import_id)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![import_id, day_text, figure.name(), was_text, was_import])?;
    conn.prepare_cached(
        "UPDATE reported_days SET value = ?3, import_id = ?4 WHERE day = ?1 AND figure = ?2",
    )?
    .execute(params![
        day_text,
        figure.name(),
        value.to_string(),
        import_id
    ])?;
    Ok(FigureWrite::Replaced(was_value))
}

/// A stored value read strictly: a decimal, whole for a whole figure, never
/// negative.
fn stored_value(text: &str, figure: DayFigure) -> Result<Decimal> {
    let bad = || {
        Error::invalid(
            "reported day",
            format!(
                "the stored {} '{}' is not a figure",
                figure.name(),
                dates::cut(text)
            ),
        )
    };
    let v = Decimal::from_str(text).map_err(|_| bad())?;
    if v.is_sign_negative() || (figure.is_whole() && !v.fract().is_zero()) {
        return Err(bad());
    }
    crate::money::check_bounds(figure.name(), v, 8)?;
    Ok(v.normalize())
}

/// Undoes import `id`'s reported figures: each one it replaced goes back to
/// what it replaced, each one it added goes. A later import that replaced
/// one of `id`'s figures now replaces what `id` found (or, when `id` added
/// it, owns it outright), so undoing the later one afterwards leaves no
/// trace of `id`. Returns the figures taken out or put back.
pub(super) fn undo_reported(tx: &Connection, id: i64) -> Result<usize> {
    let mine = "SELECT 1 FROM reported_day_revisions mine
        WHERE mine.import_id = ?1 AND mine.day = later.day AND mine.figure = later.figure";
    tx.execute(
        &format!(
            "UPDATE reported_day_revisions AS later SET (prev_value, prev_import_id) =
                (SELECT prev_value, prev_import_id FROM reported_day_revisions mine
                 WHERE mine.import_id = ?1 AND mine.day = later.day AND mine.figure = later.figure)
             WHERE later.prev_import_id = ?1 AND later.import_id != ?1 AND EXISTS ({mine})"
        ),
        [id],
    )?;
    tx.execute(
        "DELETE FROM reported_day_revisions WHERE prev_import_id = ?1 AND import_id != ?1",
        [id],
    )?;
    let restored = tx.execute(
        "UPDATE reported_days SET (value, import_id) =
            (SELECT prev_value, prev_import_id FROM reported_day_revisions v
             WHERE v.import_id = ?1 AND v.day = reported_days.day AND v.figure = reported_days.figure)
         WHERE import_id = ?1 AND EXISTS (SELECT 1 FROM reported_day_revisions v
             WHERE v.import_id = ?1 AND v.day = reported_days.day AND v.figure = reported_days.figure)",
        [id],
    )?;
    let removed = tx.execute("DELETE FROM reported_days WHERE import_id = ?1", [id])?;
    tx.execute(
        "DELETE FROM reported_day_revisions WHERE import_id = ?1",
        [id],
    )?;
    Ok(restored + removed)
}

/// Every reported day, oldest first, each figure read strictly.
pub(crate) fn reported_days_of(conn: &Connection) -> Result<Vec<ReportedDay>> {
    let mut stmt =
        conn.prepare_cached("SELECT day, figure, value FROM reported_days ORDER BY day, figure")?;
    let rows: Vec<(String, String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut days: BTreeMap<NaiveDate, ReportedDay> = BTreeMap::new();
    for (day_text, figure_text, value_text) in rows {
        let bad = |what: String| Error::invalid("reported day", what);
        let day = NaiveDate::parse_from_str(&day_text, "%Y-%m-%d")
            .ok()
            .filter(|d| dates::plausible_year(chrono::Datelike::year(d)).is_ok())
            .ok_or_else(|| bad(format!("'{}' is not a day", dates::cut(&day_text))))?;
        let figure = DayFigure::from_name(&figure_text)
            .ok_or_else(|| bad(format!("'{}' is not a figure", dates::cut(&figure_text))))?;
        let value = stored_value(&value_text, figure)?;
        days.entry(day)
            .or_insert_with(|| ReportedDay {
                day,
                ..ReportedDay::default()
            })
            .set(figure, value)
            .ok_or_else(|| bad(format!("{} of {day_text} is too large", figure.name())))?;
    }
    Ok(days.into_values().collect())
}

/// One day booked from TikTok's figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct BookedDay {
    /// The local day.
    pub day: NaiveDate,
    /// The session made for it.
    pub session_id: i64,
    /// The diamonds TikTok reported for it, now the session's reported diamonds.
    pub diamonds: Diamonds,
}

/// What booking days did: the sessions made, and the import that holds them
/// (undo it to take them out again).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Booking {
    /// The import record the booked sessions belong to: undoing it removes them.
    pub import_id: i64,
    /// Each day booked.
    pub booked: Vec<BookedDay>,
    /// Their diamonds together: what the balance grew by.
    pub diamonds: Diamonds,
}

/// The format the import record of a booking carries.
pub const BOOKING_FORMAT: &str = "tiktok-days-booking";

/// The first instant of local `day` in `tz` (the first valid time after a
/// gap at midnight).
fn day_start(day: NaiveDate, tz: chrono_tz::Tz) -> Option<chrono::DateTime<chrono::Utc>> {
    (0..=6 * 60).find_map(|m| {
        let t = day.and_time(NaiveTime::MIN) + Duration::minutes(m);
        tz.from_local_datetime(&t)
            .earliest()
            .map(|t| t.with_timezone(&chrono::Utc))
    })
}

impl Store {
    /// TikTok's figures for every day an import gave, oldest first.
    pub fn reported_days(&self) -> Result<Vec<ReportedDay>> {
        reported_days_of(&self.conn)
    }

    /// Books TikTok's reported diamonds for `days` as one session a day, in
    /// one transaction recorded as an import (undoing it takes them out).
    /// Refuses the whole booking, writing nothing, when a day has a live in
    /// the ledger already (by its local start day), has no diamonds TikTok
    /// reported, or is named twice.
    pub fn book_reported_days(&mut self, days: &[NaiveDate]) -> Result<Booking> {
        if days.is_empty() {
            let none = crate::l10n::Message::new("core-invalid-days-none");
            return Err(Error::invalid_said("days", none));
        }
        let tz = self.tz()?;
        let tx = self.begin()?;
        let reported: BTreeMap<NaiveDate, ReportedDay> = reported_days_of(tx.conn())?
            .into_iter()
            .map(|d| (d.day, d))
            .collect();
        check_booking(tx.conn(), days, &reported, tz)?;
        let import_id = begin_import(&tx, "TikTok LIVE Center days", BOOKING_FORMAT)?;
        let mut booked = Vec::with_capacity(days.len());
        let mut total = Diamonds(Decimal::ZERO);
        for day in days {
            let r = &reported[day];
            let diamonds = r.diamonds.unwrap_or_default();
            let start = day_start(*day, tz).ok_or_else(|| {
                Error::invalid_with(
                    "days",
                    format!("{day} has no start in {tz}"),
                    Message::new("core-invalid-days-no-start")
                        .day("day", *day)
                        .text("zone", tz.to_string()),
                )
            })?;
            dates::plausible(start).map_err(|m| {
                let year = chrono::Datelike::year(&start);
                Error::invalid_with("days", m, dates::implausible_year(year))
            })?;
            // The LIVE time TikTok gives, within the day; else a live of no length.
            let secs = r.live_seconds.unwrap_or(0).clamp(0, 24 * 3600 - 1);
            let title = crate::model::booked_title(*day);
            let notes = match r.lives {
                Some(n) => format!("Booked from TikTok's figures for the day ({n} LIVEs)"),
                None => "Booked from TikTok's figures for the day".to_string(),
            };
            let row = NewSession {
                started_at: to_ms(start),
                ended_at: Some(to_ms(start + Duration::seconds(secs))),
                title: &title,
                peak_viewers: r.peak_concurrent,
                unique_viewers: r.unique_viewers,
                likes: r.likes,
                new_followers: r.new_followers,
                notes: &notes,
                reported_diamonds: diamonds.0,
                import_id: Some(import_id),
                fingerprint: None,
                rate: None,
            };
            let session_id = insert_session(&tx, &row)?
                .ok_or_else(|| Error::invalid_said("days", not_written()))?;
            total = total
                .checked_add(diamonds)
                .ok_or_else(|| Error::overflow("booked diamonds"))?;
            booked.push(BookedDay {
                day: *day,
                session_id,
                diamonds,
            });
        }
        super::rating::freeze(&tx)?;
        finish_import(
            &tx,
            import_id,
            &ImportCounts {
                sha256: "",
                rows_added: 0,
                rows_skipped: 0,
                sessions_added: booked.len() as u64,
                streaks_updated: 0,
                warnings: &[],
                warning_messages: &[],
            },
        )?;
        tx.commit()?;
        Ok(Booking {
            import_id,
            booked,
            diamonds: total,
        })
    }
}

/// Refuses a booking of `days` that names a day twice, one TikTok gives no
/// (or 0) diamonds for, or one the ledger has a live on: every problem at
/// once, in English as it was always written and as one message.
fn check_booking(
    conn: &Connection,
    days: &[NaiveDate],
    reported: &BTreeMap<NaiveDate, ReportedDay>,
    tz: chrono_tz::Tz,
) -> Result<()> {
    // Each problem in English as it was always written, and as a message.
    let mut problems: Vec<(String, Message)> = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for day in days {
        let said = |id: &'static str| Message::new(id).day("day", *day);
        if !seen.insert(*day) {
            problems.push((
                format!("{day} is named twice"),
                said("core-invalid-days-twice"),
            ));
            continue;
        }
        match reported.get(day).and_then(|r| r.diamonds) {
            None => problems.push((
                format!("TikTok's files give no diamonds for {day}"),
                said("core-invalid-days-no-diamonds"),
            )),
            Some(d) if d.0.is_zero() => problems.push((
                format!("TikTok reports 0 diamonds on {day}: nothing to book"),
                said("core-invalid-days-zero"),
            )),
            Some(_) => {}
        }
        let lives = lives_on(conn, *day, tz)?;
        if lives > 0 {
            problems.push((
                format!(
                    "the ledger has {lives} live(s) on {day}: only a day with no live can be booked from TikTok's figures"
                ),
                said("core-invalid-days-lives")
                    .count("count", lives as u64)
                    .text("n", lives.to_string()),
            ));
        }
    }
    if !problems.is_empty() {
        let (english, said): (Vec<String>, Vec<Message>) = problems.into_iter().unzip();
        let said = said
            .into_iter()
            .reduce(|first, then| {
                Message::new("core-invalid-joined")
                    .said("first", first)
                    .said("then", then)
            })
            .unwrap_or_else(|| Message::new("core-invalid-days-none"));
        return Err(Error::invalid_with("days", english.join("; "), said));
    }
    Ok(())
}

/// Sessions the ledger has whose local start day is `day`.
fn lives_on(conn: &Connection, day: NaiveDate, tz: chrono_tz::Tz) -> Result<usize> {
    // Every zone is within a day of UTC: look a day either side, then bucket exactly.
    let around = day.and_time(NaiveTime::MIN).and_utc();
    let from = to_ms(around - Duration::days(2));
    let to = to_ms(around + Duration::days(3));
    let mut stmt = conn.prepare_cached(
        "SELECT started_at FROM sessions WHERE started_at >= ?1 AND started_at < ?2",
    )?;
    let starts: Vec<i64> = stmt
        .query_map([from, to], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(starts
        .into_iter()
        .filter_map(dates::from_ms)
        .filter(|t| dates::local_date(*t, tz) == day)
        .count())
}

/// The refusal of a booked session the ledger did not write.
fn not_written() -> crate::l10n::Message {
    crate::l10n::Message::new("core-invalid-booked-not-written")
}
