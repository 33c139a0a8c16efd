//! The `sessions` table: reading sessions, and the one way a session is written.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, CachedStatement, Connection, OptionalExtension, Row};
use rust_decimal::Decimal;

use super::check::{check_count, clean_text};
use super::trash::{self, Deleted, Take};
use super::LedgerTx;
use super::{get_dec, get_opt_time, get_time, to_ms, Store};
use crate::dates;
use crate::error::{Error, Result};
use crate::l10n::Message;
use crate::model::{Session, SessionInput, SessionRate};
use crate::money::{check_bounds, Coins, Diamonds};

pub(crate) const SESSION_COLUMNS: &str =
    "id, started_at, ended_at, title, peak_viewers, unique_viewers, likes, \
     new_followers, notes, import_id, reported_diamonds, coins_total, gift_count, \
     rate_id, rate_from, diamonds_per_coin, money_per_diamond, currency";

pub(crate) fn session_from_row(r: &Row<'_>) -> rusqlite::Result<Session> {
    let title: String = r.get(3)?;
    Ok(Session {
        id: r.get(0)?,
        started_at: get_time(r, 1)?,
        ended_at: get_opt_time(r, 2)?,
        title_said: Session::title_message(&title),
        title,
        peak_viewers: r.get(4)?,
        unique_viewers: r.get(5)?,
        likes: r.get(6)?,
        new_followers: r.get(7)?,
        notes: r.get(8)?,
        import_id: r.get(9)?,
        reported_diamonds: Diamonds(get_dec(r, 10)?),
        coins_total: Coins(r.get(11)?),
        gift_count: r.get(12)?,
        rate: session_rate_from_row(r, 13)?,
    })
}

/// Reads the fixed rate of a session, stored in five columns from `at`.
fn session_rate_from_row(r: &Row<'_>, at: usize) -> rusqlite::Result<Option<SessionRate>> {
    let dpc: Option<String> = r.get(at + 2)?;
    if dpc.is_none() {
        return Ok(None);
    }
    let day: String = r.get(at + 1)?;
    Ok(Some(SessionRate {
        rate_id: r.get(at)?,
        effective_from: day.parse::<NaiveDate>().map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(
                at + 1,
                rusqlite::types::Type::Text,
                Box::new(e),
            )
        })?,
        diamonds_per_coin: get_dec(r, at + 2)?,
        money_per_diamond: get_dec(r, at + 3)?,
        currency: r.get(at + 4)?,
    }))
}

/// Validates a session's input and returns its start.
pub(crate) fn validate_session(input: &SessionInput) -> Result<DateTime<Utc>> {
    let start = input
        .started_at
        .ok_or_else(|| Error::invalid_said("start", Message::new("core-invalid-required")))?;
    check_session(start, input.ended_at, input)?;
    Ok(start)
}

/// Checks `input` as a session from `start` to `end` (its own start and
/// end are not read).
pub(crate) fn check_session(
    start: DateTime<Utc>,
    end: Option<DateTime<Utc>>,
    input: &SessionInput,
) -> Result<()> {
    if let Some(end) = end {
        if end < start {
            return Err(Error::invalid_said(
                "end",
                Message::new("core-invalid-end-before-start"),
            ));
        }
        plausible("end", end)?;
    }
    plausible("start", start)?;
    check_count("peak viewers", input.peak_viewers)?;
    check_count("viewers", input.unique_viewers)?;
    check_count("likes", input.likes)?;
    check_count("new followers", input.new_followers)?;
    if input.reported_diamonds.0 < Decimal::ZERO {
        return Err(Error::invalid_said(
            "diamonds",
            Message::new("core-invalid-not-negative"),
        ));
    }
    check_bounds("diamonds", input.reported_diamonds.0, 8)?;
    Ok(())
}

/// Fails when `t`, the session's `field`, is in a year no live was.
fn plausible(field: &str, t: DateTime<Utc>) -> Result<()> {
    use chrono::Datelike;
    match crate::dates::plausible(t) {
        Ok(_) => Ok(()),
        Err(_) => Err(Error::invalid_said(
            field,
            crate::dates::implausible_year(t.year()),
        )),
    }
}

/// A session about to be written: what a click, an import and a live capture
/// all hand the store. One with a fingerprint is written once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct NewSession<'a> {
    /// Milliseconds since the epoch.
    pub started_at: i64,
    pub ended_at: Option<i64>,
    pub title: &'a str,
    pub peak_viewers: Option<i64>,
    pub unique_viewers: Option<i64>,
    pub likes: Option<i64>,
    pub new_followers: Option<i64>,
    pub notes: &'a str,
    /// Diamonds TikTok reported for it without gift rows.
    pub reported_diamonds: Decimal,
    pub import_id: Option<i64>,
    pub fingerprint: Option<i64>,
    /// The rate it is valued at, when the writer knows it; else
    /// [`super::rating::freeze`] fixes the rate of its day before the commit.
    pub rate: Option<&'a SessionRate>,
}

impl<'a> NewSession<'a> {
    /// A checked session input as a row to write, started at `start`.
    pub(crate) fn from_input(input: &'a SessionInput, start: DateTime<Utc>) -> NewSession<'a> {
        NewSession {
            started_at: to_ms(start),
            ended_at: input.ended_at.map(to_ms),
            title: &input.title,
            peak_viewers: input.peak_viewers,
            unique_viewers: input.unique_viewers,
            likes: input.likes,
            new_followers: input.new_followers,
            notes: &input.notes,
            reported_diamonds: input.reported_diamonds.0,
            import_id: None,
            fingerprint: None,
            rate: None,
        }
    }
}

/// The columns a session is written with, in the order they are bound.
const INSERT_COLUMNS: &str = "started_at, ended_at, title, peak_viewers, unique_viewers, likes, \
    new_followers, notes, reported_diamonds, import_id, fingerprint, rate_id, rate_from, \
    diamonds_per_coin, money_per_diamond, currency";

/// Values bound per session.
const BOUND: usize = 16;

/// The one statement every session enters the ledger by, prepared once for
/// as many sessions as the caller writes (and its form for
/// [`SessionInserter::MANY`] sessions at once). The caller fixes their rate
/// ([`super::rating::freeze`]) before committing.
pub(crate) struct SessionInserter<'c> {
    conn: &'c Connection,
    one: CachedStatement<'c>,
    many: Option<CachedStatement<'c>>,
    /// The form for many sessions that share their title, notes, import and
    /// rate (a summary's lives do), those bound once.
    alike: Option<CachedStatement<'c>>,
    /// The last rate bound, as text: an import's sessions share a few.
    rate_text: Option<RateText>,
}

/// A session rate as its columns hold it.
struct RateText {
    rate: SessionRate,
    from: String,
    diamonds_per_coin: String,
    money_per_diamond: String,
}

impl RateText {
    fn of(rate: &SessionRate) -> RateText {
        RateText {
            rate: rate.clone(),
            from: rate.effective_from.to_string(),
            diamonds_per_coin: rate.diamonds_per_coin.normalize().to_string(),
            money_per_diamond: rate.money_per_diamond.normalize().to_string(),
        }
    }
}

impl<'c> SessionInserter<'c> {
    /// Prepares the insert in the caller's transaction.
    pub(crate) fn new(tx: &'c LedgerTx<'c>) -> Result<SessionInserter<'c>> {
        let conn = tx.conn();
        let one = conn.prepare_cached(&insert_sql(1))?;
        Ok(SessionInserter {
            conn,
            one,
            many: None,
            alike: None,
            rate_text: None,
        })
    }

    /// Sessions [`SessionInserter::insert_many`] writes in one statement.
    pub(crate) const MANY: usize = 64;

    /// Writes `s`; its id, or `None` when a session with its fingerprint is
    /// already there.
    pub(crate) fn insert(&mut self, s: &NewSession<'_>) -> Result<Option<i64>> {
        bind_session(&mut self.one, &mut self.rate_text, 0, s)?;
        let n = self.one.raw_execute()?;
        // Without RETURNING: SQLite would gather the id in a table of its own.
        Ok((n > 0).then(|| self.conn.last_insert_rowid()))
    }

    /// Writes [`SessionInserter::MANY`] sessions, none of whose fingerprint
    /// is already there; their ids, in order.
    pub(crate) fn insert_many(&mut self, rows: &[NewSession<'_>]) -> Result<Vec<i64>> {
        if rows.len() != Self::MANY {
            return Err(Error::invalid(
                "import",
                format!(
                    "{} sessions handed to a statement for {}",
                    rows.len(),
                    Self::MANY
                ),
            ));
        }
        let before = last_session_id_in(self.conn)?;
        let first = &rows[0];
        // Empty text is the common case: settled without a call to memcmp.
        let same = |a: &str, b: &str| a.len() == b.len() && (a.is_empty() || a == b);
        let alike = rows.iter().all(|s| {
            same(s.title, first.title)
                && same(s.notes, first.notes)
                && s.import_id == first.import_id
                && match (s.rate, first.rate) {
                    (Some(a), Some(b)) => std::ptr::eq(a, b) || a == b,
                    (a, b) => a.is_none() && b.is_none(),
                }
        });
        let n = if alike {
            let stmt = match &mut self.alike {
                Some(stmt) => stmt,
                None => self
                    .alike
                    .insert(self.conn.prepare_cached(&alike_sql(Self::MANY))?),
            };
            stmt.raw_bind_parameter(1, first.title)?;
            stmt.raw_bind_parameter(2, first.notes)?;
            stmt.raw_bind_parameter(3, first.import_id)?;
            bind_rate(stmt, &mut self.rate_text, 4, first.rate)?;
            for (i, s) in rows.iter().enumerate() {
                let at = SHARED + i * OWN;
                stmt.raw_bind_parameter(at + 1, s.started_at)?;
                stmt.raw_bind_parameter(at + 2, s.ended_at)?;
                bind_counts(stmt, at + 3, s)?;
                bind_diamonds(stmt, at + 7, s.reported_diamonds)?;
                stmt.raw_bind_parameter(at + 8, s.fingerprint)?;
            }
            stmt.raw_execute()?
        } else {
            let stmt = match &mut self.many {
                Some(stmt) => stmt,
                None => self
                    .many
                    .insert(self.conn.prepare_cached(&insert_sql(Self::MANY))?),
            };
            for (i, s) in rows.iter().enumerate() {
                bind_session(stmt, &mut self.rate_text, i * BOUND, s)?;
            }
            stmt.raw_execute()?
        };
        if n != rows.len() {
            return Err(Error::invalid_said(
                "import",
                Message::new("core-invalid-file-session-not-written"),
            ));
        }
        let last = self.conn.last_insert_rowid();
        let first = last - (Self::MANY as i64 - 1);
        if first > before {
            // One statement's new rows take the next ids in turn.
            return Ok((first..=last).collect());
        }
        // Ids past the largest one SQLite can count to are drawn at random.
        rows.iter()
            .map(|s| match s.fingerprint {
                Some(fp) => session_by_fingerprint_in(self.conn, fp),
                None => Err(Error::invalid("import", "a session without a fingerprint")),
            })
            .collect()
    }
}

/// The highest session id so far (0 in an empty ledger): sessions written
/// after this call get higher ones, unless it is the highest there is.
pub(crate) fn last_session_id(ltx: &LedgerTx<'_>) -> Result<i64> {
    last_session_id_in(ltx.conn())
}

/// [`last_session_id`] on a connection, for the store's own reads and writes.
pub(super) fn last_session_id_in(conn: &Connection) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT coalesce(max(id), 0) FROM sessions")?
        .query_row([], |r| r.get(0))?)
}

/// The insert statement for `rows` sessions. The form for many skips a row
/// that breaks any constraint rather than failing (a failure would need a
/// journal of each statement, in case it stopped halfway: a fifth of the
/// time); its caller checks every row was written.
fn insert_sql(rows: usize) -> String {
    let one = format!("({})", vec!["?"; BOUND].join(", "));
    let values = vec![one.as_str(); rows].join(", ");
    if rows == 1 {
        format!("INSERT INTO sessions ({INSERT_COLUMNS}) VALUES {values} ON CONFLICT DO NOTHING")
    } else {
        format!("INSERT OR IGNORE INTO sessions ({INSERT_COLUMNS}) VALUES {values}")
    }
}

/// Values bound once in the form for alike sessions: title, notes, import
/// and the five of the rate.
const SHARED: usize = 8;

/// Values bound per session in that form.
const OWN: usize = 8;

/// The insert statement for `rows` sessions that share [`SHARED`] values
/// (`?1`–`?8`), each row's own after them, skipping as the form for many
/// does.
fn alike_sql(rows: usize) -> String {
    let values: Vec<String> = (0..rows)
        .map(|i| {
            let o = |k: usize| SHARED + i * OWN + k;
            format!(
                "(?{}, ?{}, ?1, ?{}, ?{}, ?{}, ?{}, ?2, ?{}, ?3, ?{}, ?4, ?5, ?6, ?7, ?8)",
                o(1),
                o(2),
                o(3),
                o(4),
                o(5),
                o(6),
                o(7),
                o(8)
            )
        })
        .collect();
    format!(
        "INSERT OR IGNORE INTO sessions ({INSERT_COLUMNS}) VALUES {}",
        values.join(", ")
    )
}

/// Binds the session's four counts (peak viewers, viewers, likes, new
/// followers) to the parameters from `at`, in the table's order.
fn bind_counts(stmt: &mut CachedStatement<'_>, at: usize, s: &NewSession<'_>) -> Result<()> {
    stmt.raw_bind_parameter(at, s.peak_viewers)?;
    stmt.raw_bind_parameter(at + 1, s.unique_viewers)?;
    stmt.raw_bind_parameter(at + 2, s.likes)?;
    stmt.raw_bind_parameter(at + 3, s.new_followers)?;
    Ok(())
}

/// Binds diamonds to parameter `at`: whole ones as an integer, which the
/// TEXT column stores as the same digits, without formatting a decimal.
fn bind_diamonds(stmt: &mut CachedStatement<'_>, at: usize, d: Decimal) -> Result<()> {
    match i64::try_from(d) {
        Ok(whole) if d.fract().is_zero() => stmt.raw_bind_parameter(at, whole)?,
        _ => stmt.raw_bind_parameter(at, d.normalize().to_string())?,
    }
    Ok(())
}

/// Binds `rate` to the five parameters from `at`, as `text` holds it when
/// that is the same rate.
fn bind_rate(
    stmt: &mut CachedStatement<'_>,
    text: &mut Option<RateText>,
    at: usize,
    rate: Option<&SessionRate>,
) -> Result<()> {
    if let Some(r) = rate {
        if text.as_ref().is_none_or(|t| t.rate != *r) {
            *text = Some(RateText::of(r));
        }
    }
    let rate = rate.and(text.as_ref());
    stmt.raw_bind_parameter(at, rate.and_then(|r| r.rate.rate_id))?;
    stmt.raw_bind_parameter(at + 1, rate.map(|r| r.from.as_str()))?;
    stmt.raw_bind_parameter(at + 2, rate.map(|r| r.diamonds_per_coin.as_str()))?;
    stmt.raw_bind_parameter(at + 3, rate.map(|r| r.money_per_diamond.as_str()))?;
    stmt.raw_bind_parameter(at + 4, rate.map(|r| r.rate.currency.as_str()))?;
    Ok(())
}

/// Binds `s` to the [`BOUND`] parameters after the first `at`, its rate as
/// `text` holds it when that is the same rate.
fn bind_session(
    stmt: &mut CachedStatement<'_>,
    text: &mut Option<RateText>,
    at: usize,
    s: &NewSession<'_>,
) -> Result<()> {
    stmt.raw_bind_parameter(at + 1, s.started_at)?;
    stmt.raw_bind_parameter(at + 2, s.ended_at)?;
    stmt.raw_bind_parameter(at + 3, s.title)?;
    bind_counts(stmt, at + 4, s)?;
    stmt.raw_bind_parameter(at + 8, s.notes)?;
    bind_diamonds(stmt, at + 9, s.reported_diamonds)?;
    stmt.raw_bind_parameter(at + 10, s.import_id)?;
    stmt.raw_bind_parameter(at + 11, s.fingerprint)?;
    bind_rate(stmt, text, at + 12, s.rate)
}

/// Writes one session: its id, or `None` when a session with its
/// fingerprint is already there ([`SessionInserter::insert`]).
pub(crate) fn insert_session(ltx: &LedgerTx<'_>, s: &NewSession<'_>) -> Result<Option<i64>> {
    SessionInserter::new(ltx)?.insert(s)
}

impl Store {
    /// Records a session; returns its id.
    pub fn add_session(&mut self, input: &SessionInput) -> Result<i64> {
        let start = validate_session(input)?;
        let title = clean_text("title", &input.title, false)?;
        let notes = clean_text("notes", &input.notes, true)?;
        let tx = self.begin()?;
        let row = NewSession {
            title: &title,
            notes: &notes,
            ..NewSession::from_input(input, start)
        };
        let id = insert_session(&tx, &row)?.ok_or_else(|| {
            Error::invalid_said(
                "session",
                crate::l10n::Message::new("core-invalid-not-written"),
            )
        })?;
        super::rating::freeze(&tx)?;
        tx.commit()?;
        Ok(id)
    }

    /// Replaces a session's details (its gifts stay).
    pub fn update_session(&mut self, id: i64, input: &SessionInput) -> Result<()> {
        let start = validate_session(input)?;
        let title = clean_text("title", &input.title, false)?;
        let notes = clean_text("notes", &input.notes, true)?;
        let tx = self.begin()?;
        let first_gift: Option<i64> = tx.conn().query_row(
            "SELECT min(at) FROM gifts WHERE session_id = ?1",
            [id],
            |r| r.get(0),
        )?;
        if matches!(first_gift, Some(at) if at < to_ms(start) - 24 * 3_600_000) {
            return Err(Error::invalid_said(
                "start",
                Message::new("core-invalid-start-after-first-gift"),
            ));
        }
        // A start typed on the wrong day takes the rate of the right one; a
        // start moved within its day keeps the rate the session has.
        let tz = super::tz_of(&tx)?;
        let was: Option<i64> = tx
            .conn()
            .query_row("SELECT started_at FROM sessions WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        let was_day = was
            .and_then(dates::from_ms)
            .map(|t| dates::local_date(t, tz));
        if was_day.is_some_and(|d| d != dates::local_date(start, tz)) {
            tx.conn().execute(
                "UPDATE sessions SET diamonds_per_coin = NULL WHERE id = ?1",
                [id],
            )?;
        }
        let n = tx.conn().execute(
            "UPDATE sessions SET started_at = ?2, ended_at = ?3, title = ?4, peak_viewers = ?5, unique_viewers = ?6,
                likes = ?7, new_followers = ?8, notes = ?9, reported_diamonds = ?10 WHERE id = ?1",
            params![
                id,
                to_ms(start),
                input.ended_at.map(to_ms),
                title,
                input.peak_viewers,
                input.unique_viewers,
                input.likes,
                input.new_followers,
                notes,
                input.reported_diamonds.0.normalize().to_string(),
            ],
        )?;
        if n == 0 {
            return Err(Error::NotFound {
                what: "session",
                id,
            });
        }
        super::rating::freeze(&tx)?;
        tx.commit()?;
        Ok(())
    }

    /// Marks a running session as ended at `at`.
    pub fn end_session(&mut self, id: i64, at: DateTime<Utc>) -> Result<()> {
        let s = self.session(id)?;
        if at < s.started_at {
            return Err(Error::invalid_said(
                "end",
                Message::new("core-invalid-end-before-session-start"),
            ));
        }
        self.conn.execute(
            "UPDATE sessions SET ended_at = ?2 WHERE id = ?1",
            params![id, to_ms(at)],
        )?;
        Ok(())
    }

    /// Deletes a session, its gifts and its engagement minutes. When withdrawals were paid from its
    /// diamonds (the balance would fall below zero) it asks for confirmation
    /// first (`force`).
    /// What it deleted is kept for [`Store::restore_deleted`].
    pub fn delete_session(&mut self, id: i64, force: bool) -> Result<Deleted> {
        let tx = self.begin()?;
        let before = self.balance_before(force)?;
        let gifts: i64 = tx.conn().query_row(
            "SELECT coalesce(sum(count), 0) FROM gifts WHERE session_id = ?1",
            [id],
            |r| r.get(0),
        )?;
        let gifts_of = "gift_id IN (SELECT id FROM gifts WHERE session_id = ?1)";
        let take = |table, filter| Take::rows(table, filter, id);
        let deleted = trash::keep(
            tx.conn(),
            trash::session_name(id, gifts),
            &[
                take("sessions", "id = ?1"),
                take("gifts", "session_id = ?1"),
                take("session_spans", "session_id = ?1"),
                take("gift_revisions", gifts_of),
                take("capture_flags", gifts_of),
                take("live_minutes", "session_id = ?1"),
            ],
        )?;
        tx.uncount_gifts_where("session_id = ?1", id)?;
        if tx
            .conn()
            .execute("DELETE FROM sessions WHERE id = ?1", [id])?
            == 0
        {
            return Err(Error::NotFound {
                what: "session",
                id,
            });
        }
        self.guard_balance(before, super::balance::Lowering::DeleteSession(id))?;
        tx.commit()?;
        Ok(deleted)
    }

    /// One session.
    pub fn session(&self, id: i64) -> Result<Session> {
        self.conn
            .query_row(
                &format!("SELECT {SESSION_COLUMNS} FROM sessions WHERE id = ?1"),
                [id],
                session_from_row,
            )
            .optional()?
            .ok_or(Error::NotFound {
                what: "session",
                id,
            })
    }

    /// The most recent session still running (no end), if any: a live tally
    /// resumes it after the app was closed.
    pub fn running_session(&self) -> Result<Option<Session>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {SESSION_COLUMNS} FROM sessions WHERE ended_at IS NULL ORDER BY started_at DESC, id DESC LIMIT 1"),
                [],
                session_from_row,
            )
            .optional()?)
    }

    /// Every session, oldest first.
    pub fn sessions(&self) -> Result<Vec<Session>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {SESSION_COLUMNS} FROM sessions ORDER BY started_at, id"
        ))?;
        let rows = stmt.query_map([], session_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// An SQL condition on `sessions`: made by a gift import, so its span is
/// only as far as its gifts reach (a typed or summarised session's span is
/// what the creator or TikTok said, and is never widened).
const MADE_FOR_GIFTS: &str = "EXISTS (SELECT 1 FROM imports i
    WHERE i.id = sessions.import_id AND i.format IN ('gift-events', 'gift-table'))";

/// The session a file names, when it is already in the ledger: the same
/// fingerprint, or the same start and title.
pub(crate) fn find_named_session(
    ltx: &LedgerTx<'_>,
    fingerprint: i64,
    started_at: i64,
    title: &str,
) -> Result<Option<i64>> {
    let conn = ltx.conn();
    Ok(conn
        .prepare_cached(
            "SELECT id FROM sessions WHERE fingerprint = ?1 OR (started_at = ?2 AND title = ?3) LIMIT 1",
        )?
        .query_row(params![fingerprint, started_at, title], |r| r.get(0))
        .optional()?)
}

/// The fingerprint (when it has one) and start of every session: what an
/// import checks the sessions a file names against before it asks the table.
pub(crate) fn session_keys(ltx: &LedgerTx<'_>) -> Result<Vec<(Option<i64>, i64)>> {
    let conn = ltx.conn();
    let mut stmt = conn.prepare_cached("SELECT fingerprint, started_at FROM sessions")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The session a gift at `at` belongs to, if one is there: one that covers
/// it (starting up to `slack` ms after it; one without an end covers a day),
/// else one made by a gift import that `at` falls within `gap` ms of (a log
/// imported again as it grows joins the live already there).
pub(crate) fn session_for_gift_at(
    ltx: &LedgerTx<'_>,
    at: i64,
    slack: i64,
    gap: i64,
) -> Result<Option<i64>> {
    let conn = ltx.conn();
    Ok(conn
        .prepare_cached(&format!(
            "SELECT id FROM sessions
             WHERE (started_at <= ?1 + ?2 AND coalesce(ended_at, started_at + 86400000) >= ?1)
                OR (started_at <= ?1 + ?3 AND coalesce(ended_at, started_at) + ?3 >= ?1 AND {MADE_FOR_GIFTS})
             ORDER BY (started_at <= ?1 + ?2 AND coalesce(ended_at, started_at + 86400000) >= ?1) DESC,
                started_at DESC
             LIMIT 1"
        ))?
        .query_row(params![at, slack, gap], |r| r.get(0))
        .optional()?)
}

/// The session with fingerprint `fingerprint`.
pub(crate) fn session_by_fingerprint(ltx: &LedgerTx<'_>, fingerprint: i64) -> Result<i64> {
    session_by_fingerprint_in(ltx.conn(), fingerprint)
}

/// [`session_by_fingerprint`] on a connection, for the store's own reads and writes.
pub(super) fn session_by_fingerprint_in(conn: &Connection, fingerprint: i64) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT id FROM sessions WHERE fingerprint = ?1")?
        .query_row([fingerprint], |r| r.get(0))?)
}

/// Moves a session's end out to `at` when it ended earlier (or had no end).
pub(crate) fn extend_end(ltx: &LedgerTx<'_>, session_id: i64, at: i64) -> Result<()> {
    let conn = ltx.conn();
    conn.prepare_cached(
        "UPDATE sessions SET ended_at = max(coalesce(ended_at, started_at), ?2) WHERE id = ?1",
    )?
    .execute(params![session_id, at])?;
    Ok(())
}

/// The spans (start, end or start, id) of the sessions import `import_id`
/// created, by start.
pub(crate) fn spans_of_import(ltx: &LedgerTx<'_>, import_id: i64) -> Result<Vec<(i64, i64, i64)>> {
    let conn = ltx.conn();
    let mut stmt = conn.prepare_cached(
        "SELECT started_at, coalesce(ended_at, started_at), id FROM sessions WHERE import_id = ?1 ORDER BY started_at",
    )?;
    let rows = stmt.query_map([import_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Sets a session's span.
pub(crate) fn set_span(
    ltx: &LedgerTx<'_>,
    session_id: i64,
    start: i64,
    end: Option<i64>,
) -> Result<()> {
    let conn = ltx.conn();
    conn.prepare_cached("UPDATE sessions SET started_at = ?2, ended_at = ?3 WHERE id = ?1")?
        .execute(params![session_id, start, end])?;
    Ok(())
}

/// A session's span (start, end) and whether a gift import made it (so its
/// span follows its gifts).
pub(crate) fn span_of(ltx: &LedgerTx<'_>, session_id: i64) -> Result<(i64, Option<i64>, bool)> {
    let conn = ltx.conn();
    Ok(conn
        .prepare_cached(&format!(
            "SELECT started_at, ended_at, {MADE_FOR_GIFTS} FROM sessions WHERE id = ?1"
        ))?
        .query_row([session_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?)
}

/// The time of a session's first gift row, if it has one with a time.
pub(crate) fn first_gift_at(ltx: &LedgerTx<'_>, session_id: i64) -> Result<Option<i64>> {
    let conn = ltx.conn();
    Ok(conn
        .prepare_cached("SELECT min(at) FROM gifts WHERE session_id = ?1")?
        .query_row([session_id], |r| r.get(0))?)
}

/// Keeps a session's span before import `import_id` widened it, for undo.
pub(crate) fn remember_span(
    ltx: &LedgerTx<'_>,
    import_id: i64,
    session_id: i64,
    start: i64,
    end: Option<i64>,
) -> Result<()> {
    let conn = ltx.conn();
    conn.prepare_cached(
        "INSERT INTO session_spans (import_id, session_id, started_at, ended_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT DO NOTHING",
    )?
    .execute(params![import_id, session_id, start, end])?;
    Ok(())
}

/// Deletes a session that holds no gift row; whether it did.
pub(crate) fn delete_if_empty(ltx: &LedgerTx<'_>, session_id: i64) -> Result<bool> {
    let conn = ltx.conn();
    let n = conn
        .prepare_cached(
            "DELETE FROM sessions WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM gifts WHERE session_id = ?1)",
        )?
        .execute([session_id])?;
    Ok(n > 0)
}

/// `None` when session `id` is gone, else its end (`None` while running).
pub(crate) fn session_end(ltx: &LedgerTx<'_>, id: i64) -> Result<Option<Option<i64>>> {
    let conn = ltx.conn();
    Ok(conn
        .query_row("SELECT ended_at FROM sessions WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .optional()?)
}

/// The latest session still running (no end): (id, start, time of its
/// latest gift).
pub(crate) fn latest_running(ltx: &LedgerTx<'_>) -> Result<Option<(i64, i64, Option<i64>)>> {
    let conn = ltx.conn();
    Ok(conn
        .prepare_cached(
            "SELECT s.id, s.started_at, (SELECT max(at) FROM gifts WHERE session_id = s.id)
             FROM sessions s WHERE s.ended_at IS NULL ORDER BY s.started_at DESC, s.id DESC LIMIT 1",
        )?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?)
}

/// The latest ended session that spans `at`.
pub(crate) fn ended_session_spanning(ltx: &LedgerTx<'_>, at: i64) -> Result<Option<i64>> {
    let conn = ltx.conn();
    Ok(conn
        .prepare_cached(
            "SELECT id FROM sessions WHERE started_at <= ?1 AND ended_at >= ?1 ORDER BY started_at DESC, id DESC LIMIT 1",
        )?
        .query_row([at], |r| r.get(0))
        .optional()?)
}

/// Ends a running session at `at` (not before its start); one already ended keeps its end.
pub(crate) fn end_running_at(ltx: &LedgerTx<'_>, id: i64, at: i64) -> Result<()> {
    let conn = ltx.conn();
    conn.prepare_cached(
        "UPDATE sessions SET ended_at = max(started_at, ?2) WHERE id = ?1 AND ended_at IS NULL",
    )?
    .execute(params![id, at])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lives(n: i64, end_after: i64) -> Vec<NewSession<'static>> {
        (0..n)
            .map(|i| NewSession {
                started_at: i * 3_600_000,
                ended_at: Some(i * 3_600_000 + end_after),
                title: "Live",
                fingerprint: Some(1_000 + i),
                ..NewSession::default()
            })
            .collect()
    }

    #[test]
    fn many_sessions_get_their_own_ids_in_order() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(&dir.path().join("s.db")).expect("open");
        let tx = store.begin().expect("begin");
        let mut ins = SessionInserter::new(&tx).expect("prepare");
        // Ids taken before: the many are numbered after them.
        ins.insert(&lives(1, 60_000)[0]).expect("one");
        let rows: Vec<NewSession<'_>> = lives(SessionInserter::MANY as i64 + 1, 60_000)
            .into_iter()
            .skip(1)
            .collect();
        let ids = ins.insert_many(&rows).expect("many");
        for (row, id) in rows.iter().zip(ids) {
            let fp: i64 = store
                .conn
                .query_row(
                    "SELECT fingerprint FROM sessions WHERE id = ?1",
                    [id],
                    |r| r.get(0),
                )
                .expect("row");
            assert_eq!(Some(fp), row.fingerprint);
        }
    }

    /// Every column of every session, by fingerprint (ids left out).
    fn rows_of(conn: &Connection) -> Vec<Vec<String>> {
        let mut stmt = conn
            .prepare(&format!(
                "SELECT {INSERT_COLUMNS} FROM sessions ORDER BY fingerprint"
            ))
            .expect("prepare");
        let n = stmt.column_count();
        stmt.query_map([], |r| {
            (0..n)
                .map(|i| {
                    let v: rusqlite::types::Value = r.get(i)?;
                    Ok(format!("{v:?}"))
                })
                .collect()
        })
        .expect("query")
        .collect::<rusqlite::Result<_>>()
        .expect("rows")
    }

    #[test]
    fn many_to_a_statement_writes_what_one_at_a_time_writes() {
        let usd = SessionRate {
            rate_id: Some(1),
            effective_from: NaiveDate::from_ymd_opt(2016, 9, 1).expect("date"),
            diamonds_per_coin: Decimal::new(10, 1),
            money_per_diamond: Decimal::new(5, 3),
            currency: "USD".into(),
        };
        let eur = SessionRate {
            currency: "EUR".into(),
            money_per_diamond: Decimal::new(46, 4),
            ..usd.clone()
        };
        let many = SessionInserter::MANY as i64;
        let mut rows = lives(3 * many, 60_000);
        for (i, s) in rows.iter_mut().enumerate() {
            // The first 64 alike; the next differ in title; the last in rate.
            s.rate = Some(if i as i64 >= 2 * many && i % 2 == 1 {
                &eur
            } else {
                &usd
            });
            s.reported_diamonds = Decimal::new(i as i64 * 15, 1);
            s.peak_viewers = Some(i as i64);
            s.import_id = Some(7);
            if i as i64 >= many && (i as i64) < 2 * many && i % 3 == 0 {
                s.title = "Other";
                s.notes = "a note";
            }
        }
        let dir = tempfile::tempdir().expect("temp dir");
        let open = |name: &str| {
            let store = Store::open(&dir.path().join(name)).expect("open");
            // Import 7 is not recorded: as in an import, keys are not checked.
            store
                .conn
                .pragma_update(None, "foreign_keys", false)
                .expect("pragma");
            store
        };
        let one = open("one.db");
        let tx = one.begin().expect("begin");
        let mut ins = SessionInserter::new(&tx).expect("prepare");
        for s in &rows {
            ins.insert(s).expect("one").expect("written");
        }
        let all = open("many.db");
        let tx = all.begin().expect("begin");
        let mut ins = SessionInserter::new(&tx).expect("prepare");
        for chunk in rows.chunks(SessionInserter::MANY) {
            assert_eq!(ins.insert_many(chunk).expect("many").len(), chunk.len());
        }
        let (a, b) = (rows_of(&one.conn), rows_of(&all.conn));
        assert_eq!(a.len(), rows.len());
        assert_eq!(a, b);
    }

    #[test]
    fn a_session_the_table_refuses_fails_the_many_not_skips_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(&dir.path().join("s.db")).expect("open");
        let tx = store.begin().expect("begin");
        let mut ins = SessionInserter::new(&tx).expect("prepare");
        let mut rows = lives(SessionInserter::MANY as i64, 60_000);
        rows[7].ended_at = Some(rows[7].started_at - 1);
        assert!(ins.insert_many(&rows).is_err(), "an end before its start");
        // A fingerprint already there is no silent skip either.
        let rows = lives(SessionInserter::MANY as i64, 60_000);
        ins.insert(&rows[3]).expect("one");
        assert!(ins.insert_many(&rows).is_err(), "written twice");
    }
}
