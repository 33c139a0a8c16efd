//! Writing checked rows in one transaction.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

// Fx: a per-row lookup by gift name and sender; SipHash cost 3 % of an import.
use rustc_hash::{FxHashMap, FxHashSet};

use chrono::{DateTime, Duration, Utc};
use rust_decimal::Decimal;

use super::parse::{GiftRow, Parsed, SessionRow, When};
use super::{fingerprint, ImportReport, SessionAdded};
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
    /// import's record; returns the report and what each session gained.
    pub(crate) fn finish(
        mut self,
        parsed: Parsed,
        gap_minutes: i64,
    ) -> Result<(ImportReport, Vec<SessionAdded>)> {
        for rate in &parsed.rates {
            store::upsert_rate(self.tx, rate)?;
        }
        if !parsed.rates.is_empty() {
            // Sessions still to write take the file's rates too.
            self.day_rates = None;
        }

        // Sessions named in the file that were not written while it was read.
        self.named_sessions(&parsed.sessions)?;
        let by_key = std::mem::take(&mut self.by_key);
        let names_sessions = self.named_any;

        // Gifts: those tied to a session of the file, then the rest grouped by key or by gaps.
        // Each gift is first given its session, then all are inserted.
        let mut placed: Vec<(i64, GiftRow)> = Vec::with_capacity(parsed.gifts.len());
        let mut loose: Vec<GiftRow> = Vec::new();
        let mut keyed: BTreeMap<String, Vec<GiftRow>> = BTreeMap::new();
        for g in parsed.gifts {
            match g.session_key.clone() {
                Some(k) if by_key.contains_key(&k) => match by_key[&k] {
                    Some(sid) => placed.push((sid, g)),
                    // Its session was already in the ledger: its gifts are too.
                    None => self.report.rows_skipped += 1,
                },
                Some(k) if names_sessions => {
                    return Err(Error::invalid(
                        "import",
                        format!("a gift names session '{k}', which the file does not define"),
                    ));
                }
                Some(k) => keyed.entry(k).or_default().push(g),
                None => loose.push(g),
            }
        }
        let gap = Duration::minutes(gap_minutes).num_milliseconds();
        let mut groups: Vec<Vec<GiftRow>> = keyed.into_values().collect();
        loose.sort_by_key(|g| known(g.at).map(|t| t.timestamp_millis()));
        // Rows settled only at the end (a streak that never ended, rows out of
        // order) join a session this import made while reading when they fall
        // within the gap of it, as they would have had they come in order.
        let loose = self.join_nearby(loose, gap, &mut placed)?;
        let mut current: Vec<GiftRow> = Vec::new();
        let mut last_ms: Option<i64> = None;
        for g in loose {
            let ms = known(g.at).map(|t| t.timestamp_millis());
            if let (Some(prev), Some(ms)) = (last_ms, ms) {
                if ms - prev > gap && !current.is_empty() {
                    groups.push(std::mem::take(&mut current));
                }
            }
            last_ms = ms.or(last_ms);
            current.push(g);
        }
        if !current.is_empty() {
            groups.push(current);
        }
        for group in groups {
            let times: Vec<i64> = group
                .iter()
                .filter_map(|g| known(g.at))
                .map(|t| t.timestamp_millis())
                .collect();
            let (Some(&first), Some(&last)) = (times.iter().min(), times.iter().max()) else {
                return Err(Error::invalid(
                    "import",
                    "gifts without a time need a session",
                ));
            };
            let sid = self.session_for_span(first, last, group[0].fp, gap)?;
            placed.extend(group.into_iter().map(|g| (sid, g)));
        }
        let placed: Vec<(i64, &GiftRow)> = placed.iter().map(|(sid, g)| (*sid, g)).collect();
        self.gifts(&placed)?;

        for r in &parsed.withdrawals {
            let row = NewWithdrawal {
                requested_at: r.at.timestamp_millis(),
                diamonds: r.diamonds,
                gross: r.gross,
                fee: r.fee,
                net: r.net,
                method: &r.method,
                status: r.status,
                reference: &r.reference,
                currency: None,
                import_id: Some(self.import_id),
                fingerprint: Some(r.fp),
            };
            let added = store::insert_withdrawal(self.tx, &row)?.is_some();
            self.count(added);
        }
        for a in &parsed.adjustments {
            let row = NewAdjustment {
                at: a.at.timestamp_millis(),
                diamonds: a.diamonds,
                reason: &a.reason,
                import_id: Some(self.import_id),
                fingerprint: Some(a.fp),
            };
            let added = store::insert_adjustment(self.tx, &row)?.is_some();
            self.count(added);
        }
        if !parsed.days.is_empty() {
            self.days(&parsed.days)?;
        }

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
            };
            store::finish_import(self.tx, self.import_id, &counts)?;
            self.report.import_id = (!self.report.dry_run).then_some(self.import_id);
        }
        let gains = self.gains()?;
        Ok((self.report, gains))
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
                started_at: start_of(sid)?,
                coins,
                reported: Decimal::ZERO,
            });
        }
        for &(sid, written, reported) in &self.reported {
            out.push(SessionAdded {
                started_at: if self.moved { start_of(sid)? } else { written },
                coins: 0,
                reported,
            });
        }
        Ok(out)
    }
}

/// Puts time-ordered gift rows into sessions as they are read: a gap longer
/// than the setting starts the next session. Rows that arrive out of order are
/// kept for [`Writer::finish`], which places them among sessions by time.
pub(crate) struct Grouper {
    gap_ms: i64,
    /// The session rows are going to, with the earliest and latest time
    /// written to it so far.
    current: Option<(i64, i64, i64)>,
    /// Rows whose time is not settled yet, placed at the end.
    pub late: Vec<GiftRow>,
}

impl Grouper {
    /// A grouper that starts a new session after `gap_minutes` without a gift.
    pub(crate) fn new(gap_minutes: i64) -> Grouper {
        Grouper {
            gap_ms: Duration::minutes(gap_minutes).num_milliseconds(),
            current: None,
            late: Vec::new(),
        }
    }

    /// Writes one settled row into its session, opening or closing sessions
    /// as time moves on. A row within the gap of the session in hand, before
    /// or after it, joins it: a file newest first, or a few rows out of order,
    /// is written as it is read, like one in time order, so nothing piles up.
    /// A row farther away closes it and finds its own (an existing one that
    /// covers it, else a new one).
    /// The row goes into `out` with its session, for [`Writer::gifts`].
    pub(crate) fn push<'g>(
        &mut self,
        w: &mut Writer<'_>,
        g: &'g GiftRow,
        out: &mut Vec<(i64, &'g GiftRow)>,
    ) -> Result<()> {
        let Some(t) = known(g.at).map(|t| t.timestamp_millis()) else {
            self.late.push(g.clone());
            return Ok(());
        };
        let gap = self.gap_ms;
        match self.current {
            Some((sid, first, last)) if crate::events::live::joins(t, first, last, gap) => {
                self.current = Some((sid, first.min(t), last.max(t)));
                out.push((sid, g));
            }
            _ => {
                self.close(w)?;
                let sid = w.session_for_span(t, t, g.fp, gap)?;
                self.current = Some((sid, t, t));
                out.push((sid, g));
            }
        }
        Ok(())
    }

    /// Ends the current session at its last gift (if this import created it).
    pub(crate) fn close(&mut self, w: &mut Writer<'_>) -> Result<()> {
        if let Some((sid, _, last)) = self.current.take() {
            if w.created.contains(sid) {
                store::extend_end(w.tx, sid, last)?;
            }
        }
        Ok(())
    }
}

impl Writer<'_> {
    /// Places each of `rows` (sorted by time) in a session this import
    /// created that it falls within `gap` of, widening that session to it;
    /// returns the rows that fit none.
    fn join_nearby(
        &mut self,
        rows: Vec<GiftRow>,
        gap: i64,
        placed: &mut Vec<(i64, GiftRow)>,
    ) -> Result<Vec<GiftRow>> {
        if rows.is_empty() || self.report.sessions_added == 0 {
            return Ok(rows);
        }
        let mut spans = store::spans_of_import(self.tx, self.import_id)?;
        let mut rest = Vec::new();
        let mut widened = BTreeSet::new();
        for g in rows {
            let Some(t) = known(g.at).map(|t| t.timestamp_millis()) else {
                rest.push(g);
                continue;
            };
            // Sorted by start: only spans starting before t + gap can hold t,
            // and of those the latest few (sessions of one import rarely overlap).
            let upto = spans.partition_point(|(start, _, _)| *start - gap <= t);
            let near = spans[..upto]
                .iter_mut()
                .rev()
                .take(4)
                .find(|(start, end, _)| crate::events::live::joins(t, *start, *end, gap));
            match near {
                Some((start, end, id)) => {
                    *start = (*start).min(t);
                    *end = (*end).max(t);
                    widened.insert(*id);
                    placed.push((*id, g));
                }
                None => rest.push(g),
            }
        }
        for (start, end, id) in spans.into_iter().filter(|s| widened.contains(&s.2)) {
            self.seen = None;
            self.moved = true;
            store::set_span(self.tx, id, start, Some(end))?;
        }
        Ok(rest)
    }

    /// Writes TikTok's figures per day through the one way they enter the
    /// ledger (`store::put_reported_figure`): a day counts as added when a
    /// figure of it is new or replaces another value, else as skipped. The
    /// report says what the file holds and every figure it replaces.
    fn days(
        &mut self,
        days: &BTreeMap<chrono::NaiveDate, BTreeMap<crate::model::DayFigure, Decimal>>,
    ) -> Result<()> {
        let mut read = super::DaysRead {
            days: days.len() as u64,
            first_day: days.keys().next().copied(),
            last_day: days.keys().next_back().copied(),
            ..super::DaysRead::default()
        };
        let mut figures = BTreeSet::new();
        let mut diamonds: Option<Decimal> = None;
        for (day, values) in days {
            let mut changed = false;
            for (figure, value) in values {
                figures.insert(*figure);
                if *figure == crate::model::DayFigure::Diamonds {
                    diamonds = Some(
                        diamonds
                            .unwrap_or_default()
                            .checked_add(*value)
                            .ok_or_else(|| Error::overflow("TikTok's diamonds"))?,
                    );
                }
                match store::put_reported_figure(self.tx, *day, *figure, *value, self.import_id)? {
                    store::FigureWrite::Added => {
                        read.figures_added += 1;
                        changed = true;
                    }
                    store::FigureWrite::Same => read.figures_unchanged += 1,
                    store::FigureWrite::Replaced(was) => {
                        read.figures_replaced += 1;
                        changed = true;
                        if read.replaced.len() < super::MAX_LISTED_REPLACED {
                            read.replaced.push(super::ReplacedFigure {
                                day: *day,
                                figure: figure.name().to_string(),
                                was: was.normalize().to_string(),
                                now: value.normalize().to_string(),
                            });
                        }
                    }
                }
            }
            self.count(changed);
        }
        read.figures = figures.iter().map(|f| f.name().to_string()).collect();
        read.diamonds = diamonds.map(|d| crate::money::Diamonds(d.normalize()));
        self.report.days = Some(read);
        Ok(())
    }

    fn count(&mut self, added: bool) {
        if added {
            self.report.rows_added += 1;
        } else {
            self.report.rows_skipped += 1;
        }
    }

    /// Writes sessions named in the file (a summary's lives, a LiveLedger
    /// export's sessions), each with its rate: the file's, else the one in
    /// force on its local start day (a named session's start never moves).
    /// One already there (same fingerprint, or same start and title) is
    /// skipped.
    pub(crate) fn named_sessions(&mut self, rows: &[SessionRow]) -> Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        self.named_any = true;
        if self.day_rates.is_none() {
            self.day_rates = Some((store::rates_of(self.tx)?, store::tz_of(self.tx)?));
        }
        let Some((rates, tz)) = &self.day_rates else {
            return Err(Error::invalid("import", "the rates were not read"));
        };
        // Each session's span and the rate of its day, checked first; the
        // rates are few, so each is copied once.
        let mut day: Vec<(*const crate::rates::Rate, SessionRate)> = Vec::new();
        let mut spans = Vec::with_capacity(rows.len());
        for s in rows {
            let When::Known(start) = s.start else {
                return Err(Error::invalid("import", "a session date was not resolved"));
            };
            let end = s.end.or_else(|| s.duration.map(|d| start + d));
            store::check_session(start, end, &s.input)?;
            let rate = match (&s.rate, rates.on(crate::dates::local_date(start, *tz))) {
                // The table is not changed meanwhile: one rate, one address.
                (None, Some(r)) => Some(match day.iter().position(|d| std::ptr::eq(d.0, r)) {
                    Some(i) => i,
                    None => {
                        day.push((r, SessionRate::of(r)));
                        day.len() - 1
                    }
                }),
                _ => None,
            };
            spans.push((
                start.timestamp_millis(),
                end.map(|e| e.timestamp_millis()),
                rate,
            ));
        }
        let seen = match self.seen.take() {
            Some(seen) => seen,
            None => Seen::of(self.tx)?,
        };
        let mut pending: Vec<(&SessionRow, NewSession<'_>)> =
            Vec::with_capacity(store::SessionInserter::MANY);
        for (s, &(start, end, rate)) in rows.iter().zip(&spans) {
            // Only a start seen before can be a session with this start and
            // title: one in the ledger, or one between the earliest and the
            // latest this import wrote (a file in time order, or newest
            // first, never comes back between them).
            let inside = self
                .named_span
                .is_some_and(|(lo, hi)| lo <= start && start <= hi);
            let there = seen.fps.contains(&s.fp)
                || ((inside || seen.starts.contains(&start)) && {
                    self.write_named(&mut pending)?;
                    store::find_named_session(self.tx, s.fp, start, &s.input.title)?.is_some()
                });
            if there {
                self.report.rows_skipped += 1;
                if let Some(k) = &s.key {
                    // A key given twice names its last session: those before
                    // it take their ids first.
                    self.write_named(&mut pending)?;
                    self.by_key.insert(k.clone(), None);
                }
                continue;
            }
            // A file's own fingerprints differ (repeats are counted in), so
            // only its starts can meet again.
            self.named_span = Some(match self.named_span {
                Some((lo, hi)) => (lo.min(start), hi.max(start)),
                None => (start, start),
            });
            let row = NewSession {
                started_at: start,
                ended_at: end,
                title: &s.input.title,
                peak_viewers: s.input.peak_viewers,
                unique_viewers: s.input.unique_viewers,
                likes: s.input.likes,
                new_followers: s.input.new_followers,
                notes: &s.input.notes,
                reported_diamonds: s.input.reported_diamonds.0,
                import_id: Some(self.import_id),
                fingerprint: Some(s.fp),
                rate: s
                    .rate
                    .as_ref()
                    .or(rate.and_then(|i| day.get(i)).map(|d| &d.1)),
            };
            pending.push((s, row));
            if pending.len() == store::SessionInserter::MANY {
                self.write_named(&mut pending)?;
            }
        }
        self.write_named(&mut pending)?;
        self.seen = Some(seen);
        Ok(())
    }

    /// Writes the named sessions `pending` holds, none of them in the ledger
    /// yet, and empties it.
    fn write_named(&mut self, pending: &mut Vec<(&SessionRow, NewSession<'_>)>) -> Result<()> {
        let ids = if pending.len() == store::SessionInserter::MANY {
            let rows: Vec<NewSession<'_>> = pending.iter().map(|(_, row)| *row).collect();
            self.sessions.insert_many(&rows)?
        } else {
            let mut ids = Vec::with_capacity(pending.len());
            for (_, row) in pending.iter() {
                ids.push(self.sessions.insert(row)?.ok_or_else(|| {
                    Error::invalid("import", "a session of the file was written twice")
                })?);
            }
            ids
        };
        for ((s, row), id) in pending.drain(..).zip(ids) {
            self.unrated |= row.rate.is_none();
            if !row.reported_diamonds.is_zero() {
                // As stored: to the millisecond.
                let start = crate::dates::from_ms(row.started_at)
                    .ok_or_else(|| Error::invalid("import", "a session's start is out of range"))?;
                self.reported.push((id, start, row.reported_diamonds));
            }
            self.report.sessions_added += 1;
            self.created.insert(id);
            if let Some(k) = &s.key {
                self.by_key.insert(k.clone(), Some(id));
            }
        }
        Ok(())
    }

    /// The session gifts from `first` to `last` belong to: an existing one
    /// that covers `first`, or one made by a gift import that `first` falls
    /// within `gap` of (as rows of one file would: a log imported again as
    /// it grows joins the live already there), else a new one spanning them.
    fn session_for_span(&mut self, first: i64, last: i64, seed_fp: i64, gap: i64) -> Result<i64> {
        if let Some(id) = store::session_for_gift_at(self.tx, first, MATCH_SLACK_MS, gap)? {
            return Ok(id);
        }
        let fp = fingerprint(&["gift-session", &seed_fp.to_string()]);
        let row = NewSession {
            started_at: first,
            ended_at: Some(last),
            title: "Imported live",
            import_id: Some(self.import_id),
            fingerprint: Some(fp),
            ..NewSession::default()
        };
        let id = match self.sessions.insert(&row)? {
            Some(id) => {
                self.unrated = true;
                if let Some(seen) = &mut self.seen {
                    seen.fps.insert(fp);
                    seen.starts.insert(first);
                }
                self.report.sessions_added += 1;
                self.created.insert(id);
                self.made.insert(id);
                id
            }
            None => store::session_by_fingerprint(self.tx, fp)?,
        };
        Ok(id)
    }

    fn gift(&mut self, session_id: i64, g: &GiftRow) -> Result<()> {
        let coins = coins_of(g)?;
        let row = self.new_gift(session_id, g);
        let added = self.insert.insert(&row)?.is_some();
        self.written(session_id, g, &row, coins, added)
    }

    /// Writes `rows`, each into its session, [`GiftInserter::MANY`] to a
    /// statement (the rest one by one), then does for each what
    /// [`Writer::gift`] does, in order.
    pub(crate) fn gifts(&mut self, rows: &[(i64, &GiftRow)]) -> Result<()> {
        let mut chunks = rows.chunks_exact(GiftInserter::MANY);
        let mut new = Vec::with_capacity(GiftInserter::MANY);
        let mut coins = Vec::with_capacity(GiftInserter::MANY);
        for chunk in &mut chunks {
            new.clear();
            coins.clear();
            for (sid, g) in chunk {
                coins.push(coins_of(g)?);
                new.push(self.new_gift(*sid, g));
            }
            let written = self.insert.insert_many(&new)?;
            for (i, (sid, g)) in chunk.iter().enumerate() {
                self.written(*sid, g, &new[i], coins[i], written[i])?;
            }
        }
        for (sid, g) in chunks.remainder() {
            self.gift(*sid, g)?;
        }
        Ok(())
    }

    /// What follows the insert of row `g` (as `row`, worth `coins`) into
    /// `session_id`: its totals when `added`, else maybe the completion of
    /// a streak an earlier file cut short; the report's counts.
    fn written(
        &mut self,
        session_id: i64,
        g: &GiftRow,
        row: &NewGift<'_>,
        coins: i64,
        added: bool,
    ) -> Result<()> {
        let (at, streak_at, streak) = (row.at, row.streak_at, row.streak);
        if added {
            self.gain(session_id, coins)?;
            self.cover(session_id, at);
        }
        // Not new: maybe an earlier file held this streak cut short.
        let updated = match (added, streak_at, streak) {
            (false, Some(first), Some(id)) if self.estimated.contains(&(first, id)) => {
                self.update_streak(first, id, g, coins)?
            }
            _ => None,
        };
        let written = match updated {
            Some(sid) => {
                self.report.streaks_updated += 1;
                Some(sid)
            }
            None => {
                self.count(added);
                added.then_some(session_id)
            }
        };
        if let Some(sid) = written {
            if !self.created.contains(sid) && self.extended.insert(sid) {
                self.report.sessions_matched += 1;
            }
        }
        Ok(())
    }

    /// Row `g` of this import, as the store writes it into `session_id`.
    fn new_gift<'g>(&self, session_id: i64, g: &'g GiftRow) -> NewGift<'g> {
        let (streak_at, streak, estimated) = streak_key(g);
        NewGift {
            session_id,
            at: known(g.at).map(|t| t.timestamp_millis()),
            gift_name: &g.name,
            coins_each: g.coins_each,
            count: g.count,
            sender: g.sender.as_deref(),
            import_id: Some(self.import_id),
            fingerprint: Some(g.fp),
            estimated,
            streak_at,
            streak,
        }
    }

    /// Counts `coins` as gained by a session in this import.
    fn gain(&mut self, session_id: i64, coins: i64) -> Result<()> {
        let slot = self.gained.entry(session_id).or_default();
        *slot = slot
            .checked_add(coins)
            .ok_or_else(|| Error::invalid("coins", "a session's coins are too large"))?;
        Ok(())
    }

    /// Notes that a row at `at` was written in a session, whose span must cover it.
    fn cover(&mut self, session_id: i64, at: Option<i64>) {
        if let Some(t) = at {
            let span = self.spans.entry(session_id).or_insert((t, t));
            span.0 = span.0.min(t);
            span.1 = span.1.max(t);
        }
    }

    /// Brings the estimated row an earlier import wrote for this streak up
    /// to `g`, when `g` ends the streak or counts more of it, and moves the
    /// kept totals by the difference. What it replaced is kept for undo.
    /// Returns the row's session when it did.
    fn update_streak(
        &mut self,
        streak_at: i64,
        streak: i64,
        g: &GiftRow,
        coins: i64,
    ) -> Result<Option<i64>> {
        let old = store::streak_row(self.tx, streak_at, streak)?;
        let estimated = g.streak.is_some_and(|s| s.estimated);
        let Some(old) = old.filter(|o| o.estimated && (!estimated || g.count > o.count)) else {
            return Ok(None);
        };
        let at = known(g.at).map(|t| t.timestamp_millis());
        // The row this file names is there already, without a streak identity
        // (written by a version before them): leave both rows as they are.
        if store::key_taken(self.tx, at, g.fp, old.id)? {
            return Ok(None);
        }
        // Its streak identity stays as stored.
        let row = self.new_gift(old.session_id, g);
        store::revise_gift(self.tx, old.id, &row)?;
        self.gain(old.session_id, coins)?;
        self.cover(old.session_id, at);
        if let Some(t) = old.at {
            self.followed.push((old.session_id, t));
        }
        Ok(Some(old.session_id))
    }

    /// Widens each session made for gifts that was written to so it covers
    /// its new rows; a start an updated estimated row had set follows the
    /// rows. Keeps the span of a session this import did not create, for
    /// undo. Sessions this import made that ended up holding no gift (their
    /// rows were there already) go.
    fn widen_sessions(&mut self) -> Result<()> {
        let mut spans: Vec<(i64, (i64, i64))> = self.spans.drain().collect();
        spans.sort_unstable();
        for (sid, (lo, hi)) in spans {
            let (start, end, for_gifts) = store::span_of(self.tx, sid)?;
            if !for_gifts && !self.made.contains(&sid) {
                continue;
            }
            let mut new_start = start.min(lo);
            if self.followed.contains(&(sid, start)) {
                let first = store::first_gift_at(self.tx, sid)?;
                new_start = first.unwrap_or(new_start).min(lo);
            }
            let new_end = end.map(|e| e.max(hi));
            if (new_start, new_end) == (start, end) {
                continue;
            }
            if !self.created.contains(sid) {
                store::remember_span(self.tx, self.import_id, sid, start, end)?;
            }
            self.seen = None;
            self.moved = true;
            store::set_span(self.tx, sid, new_start, new_end)?;
        }
        for sid in std::mem::take(&mut self.made) {
            let gone = store::delete_if_empty(self.tx, sid)?;
            if gone {
                self.report.sessions_added = self.report.sessions_added.saturating_sub(1);
            }
        }
        Ok(())
    }
}

/// A row's coins (each × count), refused when too large.
fn coins_of(g: &GiftRow) -> Result<i64> {
    g.coins_each.checked_mul(g.count).ok_or_else(|| {
        Error::invalid(
            "coins",
            format!("{} × {} coins is too large", g.count, g.coins_each),
        )
    })
}
