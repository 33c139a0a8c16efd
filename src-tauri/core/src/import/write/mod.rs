//! Writing checked rows in one transaction: the [`Writer`], and by what
//! each part writes — `place` (which session a gift goes to), `gifts`,
//! `sessions`, `records` (reported days, counts).

mod gifts;
mod place;
mod records;
mod sessions;

pub(crate) use place::Grouper;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

// Fx: a per-row lookup by gift name and sender; SipHash cost 3 % of an import.
use rustc_hash::{FxHashMap, FxHashSet};

use chrono::{DateTime, Duration, Utc};
use rust_decimal::Decimal;

use super::parse::{GiftRow, Parsed, SessionRow, When};
use super::{fingerprint, Added, ImportReport, SessionAdded, MAX_LISTED_LIVES};
use crate::error::{Error, Result};
use crate::model::SessionRate;
use crate::store::{
    self, GiftInserter, LedgerTx, NewAdjustment, NewGift, NewSession, NewWithdrawal,
};

/// How far before an existing session's start a gift may fall and still
/// belong to it (clocks of tools differ).
const MATCH_SLACK_MS: i64 = 5 * 60_000;

fn known(w: Option<When>) -> Option<DateTime<Utc>> {
    match w {
        Some(When::Known(t)) => Some(t),
        _ => None,
    }
}

/// A row's streak as stored: (first event's time, identity, estimated).
/// A streak whose first time is not settled gets no identity.
fn streak_key(g: &GiftRow) -> (Option<i64>, Option<i64>, bool) {
    match g.streak {
        Some(s) => match known(Some(s.first)) {
            Some(t) => (Some(t.timestamp_millis()), Some(s.id), s.estimated),
            None => (None, None, s.estimated),
        },
        None => (None, None, false),
    }
}

/// Writes an import's rows in the transaction it is given: rows settled
/// while the file is read (see [`Grouper`]), then what only the end of the
/// file settles ([`Writer::finish`]). The caller commits or rolls back.
pub(crate) struct Writer<'a> {
    tx: &'a LedgerTx<'a>,
    insert: GiftInserter<'a>,
    import_id: i64,
    /// What the import did so far.
    pub report: ImportReport,
    /// Sessions this import created; others it adds gifts to count as extended.
    created: Created,
    /// Earliest and latest time of the rows written per session: its span
    /// is widened to cover them.
    spans: FxHashMap<i64, (i64, i64)>,
    /// Sessions whose start an estimated row set, by that row's old time:
    /// the row moved on, so the start follows it.
    followed: Vec<(i64, i64)>,
    /// Sessions made for gifts (not named by the file).
    made: BTreeSet<i64>,
    /// Existing sessions this import wrote gifts to.
    extended: BTreeSet<i64>,
    /// Streaks (first time, identity) stored estimated before this import:
    /// only a row of one of these can be updated, so other rows already
    /// there are skipped without a lookup.
    estimated: HashSet<(i64, i64)>,
    /// Coins of the rows this import now holds, per session (rows it
    /// brought up to date count whole): what the import is priced by.
    gained: FxHashMap<i64, i64>,
    /// Diamonds reported by sessions this import created, with the id and
    /// the start each was written with.
    reported: Vec<(i64, DateTime<Utc>, Decimal)>,
    /// Whether a session's span was moved (then starts are read back).
    moved: bool,
    /// Sessions named in the file by key (a LiveLedger export's), with the
    /// id written (`None`: it was in the ledger already).
    by_key: HashMap<String, Option<i64>>,
    /// Whether the file named any session.
    named_any: bool,
    /// The ledger's rates and time zone, read for the first named session.
    day_rates: Option<(crate::rates::RateTable, chrono_tz::Tz)>,
    /// Writes the sessions the file names.
    sessions: store::SessionInserter<'a>,
    /// Whether a session was written without its rate.
    unrated: bool,
    /// The sessions' keys, read for the first named session; `None` again
    /// once a session may have moved.
    seen: Option<Seen>,
    /// The earliest and latest start of the named sessions written so far.
    named_span: Option<(i64, i64)>,
}

/// The sessions an import created: those numbered after the ledger's last
/// one when it began (SQLite numbers a new row one past the largest, and the
/// import holds the only write transaction), without a set of 100,000 ids.
struct Created {
    after: i64,
    /// Listed one by one when few ids are left past the last one (SQLite
    /// draws them at random once the largest is taken).
    listed: Option<FxHashSet<i64>>,
}

impl Created {
    fn after(last: i64) -> Created {
        Created {
            after: last,
            listed: (last > i64::MAX - (1 << 40)).then(FxHashSet::default),
        }
    }

    fn insert(&mut self, id: i64) {
        if let Some(listed) = &mut self.listed {
            listed.insert(id);
        }
    }

    fn contains(&self, id: i64) -> bool {
        match &self.listed {
            Some(listed) => listed.contains(&id),
            None => id > self.after,
        }
    }
}

/// The fingerprints and starts of the ledger's sessions: a named session
/// whose fingerprint and start are both new is not in the ledger, without
/// a lookup.
struct Seen {
    fps: FxHashSet<i64>,
    starts: FxHashSet<i64>,
}

impl Seen {
    /// Those of the sessions in the ledger now.
    fn of(tx: &LedgerTx<'_>) -> Result<Seen> {
        let mut seen = Seen {
            fps: FxHashSet::default(),
            starts: FxHashSet::default(),
        };
        for (fp, start) in store::session_keys(tx)? {
            if let Some(fp) = fp {
                seen.fps.insert(fp);
            }
            seen.starts.insert(start);
        }
        Ok(seen)
    }
}

impl<'a> Writer<'a> {
    /// Starts writing an import in the transaction `tx` is in, recording it
    /// (its counts and file hash are filled in by [`Writer::finish`]).
    pub(crate) fn new(tx: &'a LedgerTx<'a>, report: ImportReport) -> Result<Writer<'a>> {
        let import_id = store::begin_import(tx, &report.file, &report.format)?;
        let insert = GiftInserter::new(tx)?;
        let estimated = store::estimated_streaks(tx)?;
        Ok(Writer {
            tx,
            insert,
            import_id,
            report,
            created: Created::after(store::last_session_id(tx)?),
            spans: FxHashMap::default(),
            followed: Vec::new(),
            made: BTreeSet::new(),
            extended: BTreeSet::new(),
            estimated,
            gained: FxHashMap::default(),
            reported: Vec::new(),
            moved: false,
            by_key: HashMap::new(),
            named_any: false,
            day_rates: None,
            sessions: store::SessionInserter::new(tx)?,
            unrated: false,
            seen: None,
            named_span: None,
        })
    }

    /// Writes the rows read but not yet written, the kept totals and the
    /// import's record; returns the report and what each session gained,
    /// with the first lives it created.
    pub(crate) fn finish(
        mut self,
        mut parsed: Parsed,
        gap_minutes: i64,
    ) -> Result<(ImportReport, Added)> {
        for rate in &parsed.rates {
            store::upsert_rate(self.tx, rate)?;
        }
        if !parsed.rates.is_empty() {
            // Sessions still to write take the file's rates too.
            self.day_rates = None;
        }

        // Sessions named in the file that were not written while it was read.
        self.named_sessions(&parsed.sessions)?;
        let gap = Duration::minutes(gap_minutes).num_milliseconds();
        let placed = self.place(std::mem::take(&mut parsed.gifts), gap)?;
        let placed: Vec<(i64, &GiftRow)> = placed.iter().map(|(sid, g)| (*sid, g)).collect();
        self.gifts(&placed)?;

        self.records(&parsed)?;

        // The kept totals the rows moved, written before sessions are read back.
        self.tx.settle()?;
        self.widen_sessions()?;
        // Every session this import created takes the rate of its day now,
        // once; a later rate or time zone never moves it. (Sessions it wrote
        // with their rate need no pass over every session.)
        if self.unrated || !parsed.withdrawals.is_empty() {
            crate::store::fix_new_rates(self.tx)?;
        }
        let added =
            self.report.rows_added + self.report.sessions_added + self.report.streaks_updated;
        if added == 0 {
            store::forget_import(self.tx, self.import_id)?;
        } else {
            let r = &self.report;
            let counts = store::ImportCounts {
                sha256: &r.sha256,
                rows_added: r.rows_added,
                rows_skipped: r.rows_skipped,
                sessions_added: r.sessions_added,
                streaks_updated: r.streaks_updated,
                warnings: &r.warnings,
                warning_messages: &r.warning_messages,
            };
            store::finish_import(self.tx, self.import_id, &counts)?;
            self.report.import_id = (!self.report.dry_run).then_some(self.import_id);
        }
        let sessions = self.gains()?;
        let lives = if self.report.sessions_added == 0 {
            Vec::new()
        } else {
            self.lives()?
        };
        Ok((self.report, Added { sessions, lives }))
    }

    /// The first lives this import created, by start, with their span.
    fn lives(&self) -> Result<Vec<super::worth::LiveSpan>> {
        let at = |ms: i64| {
            crate::dates::from_ms(ms)
                .ok_or_else(|| Error::invalid("import", "a session's start is out of range"))
        };
        store::lives_of_import(self.tx, self.import_id, MAX_LISTED_LIVES)?
            .into_iter()
            .map(|(id, start, end)| Ok((id, at(start)?, end.map(at).transpose()?)))
            .collect()
    }

    /// What each session gained, at its start as the import left it.
    fn gains(&mut self) -> Result<Vec<SessionAdded>> {
        let starts = if self.gained.is_empty() && !self.moved {
            Default::default()
        } else {
            store::starts_of_import(self.tx, self.import_id)?
        };
        let start_of = |sid: i64| -> Result<DateTime<Utc>> {
            let ms = match starts.get(&sid) {
                Some(ms) => *ms,
                None => store::span_of(self.tx, sid)?.0,
            };
            crate::dates::from_ms(ms)
                .ok_or_else(|| Error::invalid("import", "a session's start is out of range"))
        };
        let mut out = Vec::with_capacity(self.gained.len() + self.reported.len());
        for (&sid, &coins) in &self.gained {
            out.push(SessionAdded {
                session: sid,
                started_at: start_of(sid)?,
                coins,
                reported: Decimal::ZERO,
            });
        }
        for &(sid, written, reported) in &self.reported {
            out.push(SessionAdded {
                session: sid,
                started_at: if self.moved { start_of(sid)? } else { written },
                coins: 0,
                reported,
            });
        }
        Ok(out)
    }
}

/// A row's coins (each × count), refused when too large.
fn coins_of(g: &GiftRow) -> Result<i64> {
    g.coins_each.checked_mul(g.count).ok_or_else(|| {
        Error::invalid_said(
            "coins",
            crate::l10n::Message::new("core-import-row-coins-too-large")
                .text("n", g.count.to_string())
                .text("coins", g.coins_each.to_string()),
        )
    })
}
