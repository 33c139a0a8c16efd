//! `live_minutes`: the engagement live capture saw, one row per minute of a
//! live, added to as events arrive ([`add_live_minute`], the one way in),
//! and read back per live or rolled up per live for the insights.

use rusqlite::{params, ErrorCode};

use super::{get_time, to_ms, LedgerTx, Store};
use crate::error::{Error, Result};
use crate::model::{LiveMinute, SessionEngagement};

/// Adds `add` to its minute of its live: counts are summed, the viewers
/// peak is the larger of the two. A minute whose counts would pass what a
/// ledger keeps (10^12) is an overflow error, and nothing is written.
pub(crate) fn add_live_minute(ltx: &LedgerTx<'_>, add: &LiveMinute) -> Result<()> {
    let written = ltx
        .conn()
        .prepare_cached(
            "INSERT INTO live_minutes (session_id, minute, likes, comments, joins, follows, shares, viewers_peak)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT(session_id, minute) DO UPDATE SET
                likes = likes + excluded.likes, comments = comments + excluded.comments,
                joins = joins + excluded.joins, follows = follows + excluded.follows,
                shares = shares + excluded.shares,
                viewers_peak = max(coalesce(viewers_peak, excluded.viewers_peak),
                                   coalesce(excluded.viewers_peak, viewers_peak))",
        )?
        .execute(params![
            add.session_id,
            to_ms(add.minute),
            add.likes,
            add.comments,
            add.joins,
            add.follows,
            add.shares,
            add.viewers_peak
        ]);
    match written {
        Ok(_) => Ok(()),
        // Every count is at most 10^12 a row (the table's checks), so the
        // sum of two never leaves i64: a check is what fails.
        Err(e) if e.sqlite_error_code() == Some(ErrorCode::ConstraintViolation) => {
            Err(Error::overflow(format!(
                "the engagement of session {}'s minute {}",
                add.session_id,
                add.minute.format("%Y-%m-%d %H:%M UTC")
            )))
        }
        Err(e) => Err(e.into()),
    }
}

/// The start of the latest minute engagement was counted in for session
/// `id` (ms), if any: a live kept going by its viewers is still running.
pub(crate) fn last_live_minute(ltx: &LedgerTx<'_>, id: i64) -> Result<Option<i64>> {
    Ok(ltx
        .conn()
        .prepare_cached("SELECT max(minute) FROM live_minutes WHERE session_id = ?1")?
        .query_row([id], |r| r.get(0))?)
}

impl Store {
    /// The minutes live capture counted for session `session_id`, in time
    /// order (none for a live capture did not see).
    pub fn live_minutes(&self, session_id: i64) -> Result<Vec<LiveMinute>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT session_id, minute, likes, comments, joins, follows, shares, viewers_peak
             FROM live_minutes WHERE session_id = ?1 ORDER BY minute",
        )?;
        let rows = stmt.query_map([session_id], |r| {
            Ok(LiveMinute {
                session_id: r.get(0)?,
                minute: get_time(r, 1)?,
                likes: r.get(2)?,
                comments: r.get(3)?,
                joins: r.get(4)?,
                follows: r.get(5)?,
                shares: r.get(6)?,
                viewers_peak: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Each live's engagement, added up from its kept minutes (never from
    /// the gifts), for the lives capture counted anything in; by session id.
    /// A sum past what SQLite's integers hold is an error, never wrapped.
    pub fn engagement_by_session(&self) -> Result<Vec<SessionEngagement>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT session_id, sum(likes), sum(comments), sum(joins), sum(follows), sum(shares),
                max(viewers_peak), count(*)
             FROM live_minutes GROUP BY session_id ORDER BY session_id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(SessionEngagement {
                session_id: r.get(0)?,
                likes: r.get(1)?,
                comments: r.get(2)?,
                joins: r.get(3)?,
                follows: r.get(4)?,
                shares: r.get(5)?,
                viewers_peak: r.get(6)?,
                minutes: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SessionInput;
    use chrono::{TimeZone, Utc};

    fn minute(session_id: i64, m: u32) -> LiveMinute {
        LiveMinute {
            session_id,
            minute: Utc.with_ymd_and_hms(2026, 3, 1, 18, m, 0).unwrap(),
            likes: 0,
            comments: 0,
            joins: 0,
            follows: 0,
            shares: 0,
            viewers_peak: None,
        }
    }

    fn live(store: &mut Store) -> i64 {
        store
            .add_session(&SessionInput {
                started_at: Some(Utc.with_ymd_and_hms(2026, 3, 1, 18, 0, 0).unwrap()),
                ..SessionInput::default()
            })
            .unwrap()
    }

    #[test]
    fn a_minute_sums_its_counts_and_keeps_its_peak() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("l.db")).unwrap();
        let (a, b) = (live(&mut store), live(&mut store));
        let tx = store.begin().unwrap();
        for add in [
            LiveMinute {
                likes: 15,
                viewers_peak: Some(12),
                ..minute(a, 0)
            },
            LiveMinute {
                comments: 1,
                joins: 2,
                ..minute(a, 0)
            },
            LiveMinute {
                likes: 5,
                viewers_peak: Some(9),
                ..minute(a, 0)
            },
            LiveMinute {
                viewers_peak: Some(20),
                ..minute(a, 0)
            },
            LiveMinute {
                follows: 1,
                shares: 1,
                ..minute(a, 1)
            },
            LiveMinute {
                likes: 7,
                viewers_peak: Some(3),
                ..minute(b, 0)
            },
        ] {
            add_live_minute(&tx, &add).unwrap();
        }
        tx.commit().unwrap();
        let rows = store.live_minutes(a).unwrap();
        assert_eq!(
            rows,
            [
                LiveMinute {
                    likes: 20,
                    comments: 1,
                    joins: 2,
                    viewers_peak: Some(20),
                    ..minute(a, 0)
                },
                LiveMinute {
                    follows: 1,
                    shares: 1,
                    ..minute(a, 1)
                },
            ]
        );
        let all = store.engagement_by_session().unwrap();
        assert_eq!(all.len(), 2);
        assert_eq!(
            all[0],
            SessionEngagement {
                session_id: a,
                likes: 20,
                comments: 1,
                joins: 2,
                follows: 1,
                shares: 1,
                viewers_peak: Some(20),
                minutes: 2,
            }
        );
        assert_eq!(
            (all[1].likes, all[1].viewers_peak, all[1].minutes),
            (7, Some(3), 1)
        );
    }

    #[test]
    fn a_minute_past_the_ledgers_bound_is_refused_whole() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("l.db")).unwrap();
        let a = live(&mut store);
        let big = LiveMinute {
            likes: 1_000_000_000_000,
            ..minute(a, 0)
        };
        let tx = store.begin().unwrap();
        add_live_minute(&tx, &big).unwrap();
        let e = add_live_minute(
            &tx,
            &LiveMinute {
                likes: 1,
                comments: 1,
                ..minute(a, 0)
            },
        );
        assert!(matches!(e, Err(Error::Overflow { .. })), "{e:?}");
        tx.commit().unwrap();
        let rows = store.live_minutes(a).unwrap();
        assert_eq!((rows[0].likes, rows[0].comments), (1_000_000_000_000, 0));
    }
}
