//! Writing checked rows in one transaction.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use rusqlite::Statement;

use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, OptionalExtension, Transaction};

use super::parse::{GiftRow, Parsed, When};
use super::{fingerprint, ImportReport};
use crate::error::{Error, Result};
use crate::store::bump_name_totals;

/// How far before an existing session's start a gift may fall and still
/// belong to it (clocks of tools differ).
const MATCH_SLACK_MS: i64 = 5 * 60_000;

/// An SQL condition on `sessions`: made by a gift import, so its span is
/// only as far as its gifts reach (a typed or summarised session's span is
/// what the creator or TikTok said, and is never widened).
const MADE_FOR_GIFTS: &str = "EXISTS (SELECT 1 FROM imports i
    WHERE i.id = sessions.import_id AND i.format IN ('gift-events', 'gift-table'))";

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

/// A stored gift row, as an update of its streak needs it.
struct Stored {
    id: i64,
    session_id: i64,
    at: Option<i64>,
    name: String,
    coins_each: i64,
    count: i64,
    sender: Option<String>,
    estimated: bool,
}

/// Writes an import's rows in the transaction it is given: rows settled
/// while the file is read (see [`Grouper`]), then what only the end of the
/// file settles ([`Writer::finish`]). The caller commits or rolls back.
pub(crate) struct Writer<'a, 't> {
    tx: &'a Transaction<'t>,
    insert: Statement<'a>,
    import_id: i64,
    /// What the import did so far.
    pub report: ImportReport,
    /// Sessions this import created; others it adds gifts to count as extended.
    created: BTreeSet<i64>,
    /// Coins and gifts added per session.
    totals: HashMap<i64, (i64, i64)>,
    /// Gifts and coins added per gift name, then per sender: looked up by
    /// reference, so a row allocates only for a name not seen before.
    names: HashMap<String, HashMap<Option<String>, (i64, i64)>>,
    /// Earliest and latest time of the rows written per session: its span
    /// is widened to cover them.
    spans: HashMap<i64, (i64, i64)>,
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
}

impl<'a, 't> Writer<'a, 't> {
    /// Starts writing an import in `tx`, recording it (its counts and file
    /// hash are filled in by [`Writer::finish`]).
    pub(crate) fn new(tx: &'a Transaction<'t>, report: ImportReport) -> Result<Writer<'a, 't>> {
        let import_id: i64 = tx.query_row(
            "INSERT INTO imports (file_name, sha256, format, imported_at, rows_added, rows_skipped, sessions_added)
             VALUES (?1, '', ?2, ?3, 0, 0, 0) RETURNING id",
            params![report.file, report.format, Utc::now().timestamp_millis()],
            |r| r.get(0),
        )?;
        let insert = tx.prepare(
            "INSERT INTO gifts (session_id, at, gift_name, coins_each, count, sender, import_id, fingerprint,
                estimated, streak_at, streak)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT DO NOTHING",
        )?;
        let estimated = {
            let mut stmt = tx.prepare(
                "SELECT streak_at, streak FROM gifts WHERE estimated = 1 AND streak IS NOT NULL",
            )?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        Ok(Writer {
            tx,
            insert,
            import_id,
            report,
            created: BTreeSet::new(),
            totals: HashMap::new(),
            names: HashMap::new(),
            spans: HashMap::new(),
            followed: Vec::new(),
            made: BTreeSet::new(),
            extended: BTreeSet::new(),
            estimated,
        })
    }

    /// The id of the import being written (rolled back with a dry run).
    pub(crate) fn import_id(&self) -> i64 {
        self.import_id
    }

    /// Writes the rows read but not yet written, the kept totals and the
    /// import's record; returns the report.
    pub(crate) fn finish(mut self, parsed: Parsed, gap_minutes: i64) -> Result<ImportReport> {
        for rate in &parsed.rates {
            self.tx.execute(
            "INSERT INTO rates (effective_from, diamonds_per_coin, money_per_diamond, currency, min_withdrawal, max_withdrawal_per_day)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT(effective_from) DO UPDATE SET diamonds_per_coin = excluded.diamonds_per_coin,
                money_per_diamond = excluded.money_per_diamond, currency = excluded.currency,
                min_withdrawal = excluded.min_withdrawal, max_withdrawal_per_day = excluded.max_withdrawal_per_day",
            params![
                rate.effective_from.to_string(),
                rate.diamonds_per_coin.normalize().to_string(),
                rate.money_per_diamond.normalize().to_string(),
                rate.currency,
                rate.min_withdrawal.normalize().to_string(),
                rate.max_withdrawal_per_day.map(|d| d.normalize().to_string()),
            ],
        )?;
        }

        // Sessions named in the file (summaries, LiveLedger exports).
        let mut by_key: HashMap<String, Option<i64>> = HashMap::new();
        for s in &parsed.sessions {
            let Some(When::Known(start)) = Some(s.start) else {
                return Err(Error::invalid("import", "a session date was not resolved"));
            };
            let end = s.end.or_else(|| s.duration.map(|d| start + d));
            let id = self.session(start, end, &s.input, s.fp)?;
            if let (Some(id), Some(rate)) = (id, &s.rate) {
                crate::store::fix_rate(self.tx, id, rate)?;
            }
            if let Some(k) = &s.key {
                by_key.insert(k.clone(), id);
            }
        }

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
                Some(k) if !parsed.sessions.is_empty() => {
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
        for (sid, g) in &placed {
            self.gift(*sid, g)?;
        }

        for r in &parsed.withdrawals {
            let n = self.tx.execute(
            "INSERT INTO withdrawals (requested_at, diamonds, gross, fee, net, method, status, reference, import_id, fingerprint)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT DO NOTHING",
            params![
                r.at.timestamp_millis(),
                r.diamonds.normalize().to_string(),
                r.gross.to_string(),
                r.fee.to_string(),
                r.net.to_string(),
                r.method,
                r.status.as_str(),
                r.reference,
                self.import_id,
                r.fp
            ],
        )?;
            self.count(n);
        }
        for a in &parsed.adjustments {
            let n = self.tx.execute(
            "INSERT INTO adjustments (at, diamonds, reason, import_id, fingerprint) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING",
            params![a.at.timestamp_millis(), a.diamonds.normalize().to_string(), a.reason, self.import_id, a.fp],
        )?;
            self.count(n);
        }

        // Kept totals grow by exactly the rows added, in this same transaction.
        for (sid, (coins, count)) in std::mem::take(&mut self.totals) {
            self.tx.execute(
            "UPDATE sessions SET coins_total = coins_total + ?2, gift_count = gift_count + ?3 WHERE id = ?1",
            params![sid, coins, count],
        )?;
        }
        for (name, senders) in std::mem::take(&mut self.names) {
            for (sender, (gifts, coins)) in senders {
                bump_name_totals(self.tx, &name, sender.as_deref(), gifts, coins)?;
            }
        }
        if self.report.streaks_updated > 0 {
            // An updated row may carry another name than before (gift id kept, name changed).
            self.tx
                .execute("DELETE FROM name_totals WHERE gifts <= 0", [])?;
        }
        self.widen_sessions()?;
        // Every session this import created takes the rate of its day now,
        // once; a later rate or time zone never moves it.
        crate::store::fix_new_rates(self.tx)?;
        let added =
            self.report.rows_added + self.report.sessions_added + self.report.streaks_updated;
        if added == 0 {
            self.tx
                .execute("DELETE FROM imports WHERE id = ?1", [self.import_id])?;
        } else {
            self.tx.execute(
            "UPDATE imports SET sha256 = ?2, rows_added = ?3, rows_skipped = ?4, sessions_added = ?5,
                streaks_updated = ?6, warnings = ?7 WHERE id = ?1",
            params![
                self.import_id,
                self.report.sha256,
                self.report.rows_added as i64,
                self.report.rows_skipped as i64,
                self.report.sessions_added as i64,
                self.report.streaks_updated as i64,
                serde_json::to_string(&self.report.warnings)
                    .map_err(|e| Error::invalid("import", e.to_string()))?
            ],
        )?;
            self.report.import_id = (!self.report.dry_run).then_some(self.import_id);
        }
        Ok(self.report)
    }
}

/// Puts time-ordered gift rows into sessions as they are read: a gap longer
/// than the setting starts the next session. Rows that arrive out of order are
/// kept for [`Writer::finish`], which places them among sessions by time.
pub(crate) struct Grouper {
    gap_ms: i64,
    current: Option<(i64, i64)>,
    /// Rows earlier than the current session's last one.
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

    /// Writes one settled row into its session, opening or closing sessions as time moves on.
    pub(crate) fn push(&mut self, w: &mut Writer<'_, '_>, g: GiftRow) -> Result<()> {
        let Some(t) = known(g.at).map(|t| t.timestamp_millis()) else {
            self.late.push(g);
            return Ok(());
        };
        match self.current {
            Some((_, last)) if t < last => self.late.push(g),
            Some((sid, last)) if t - last <= self.gap_ms => {
                self.current = Some((sid, t));
                w.gift(sid, &g)?;
            }
            _ => {
                self.close(w)?;
                let sid = w.session_for_span(t, t, g.fp, self.gap_ms)?;
                self.current = Some((sid, t));
                w.gift(sid, &g)?;
            }
        }
        Ok(())
    }

    /// Ends the current session at its last gift (if this import created it).
    pub(crate) fn close(&mut self, w: &mut Writer<'_, '_>) -> Result<()> {
        if let Some((sid, last)) = self.current.take() {
            if w.created.contains(&sid) {
                w.tx.execute(
                    "UPDATE sessions SET ended_at = max(coalesce(ended_at, started_at), ?2) WHERE id = ?1",
                    params![sid, last],
                )?;
            }
        }
        Ok(())
    }
}

impl Writer<'_, '_> {
    /// Places each of `rows` (sorted by time) in a session this import
    /// created that it falls within `gap` of, widening that session to it;
    /// returns the rows that fit none.
    fn join_nearby(
        &mut self,
        rows: Vec<GiftRow>,
        gap: i64,
        placed: &mut Vec<(i64, GiftRow)>,
    ) -> Result<Vec<GiftRow>> {
        if rows.is_empty() || self.created.is_empty() {
            return Ok(rows);
        }
        let mut spans: Vec<(i64, i64, i64)> = {
            let mut stmt = self.tx.prepare(
                "SELECT started_at, coalesce(ended_at, started_at), id FROM sessions WHERE import_id = ?1 ORDER BY started_at",
            )?;
            let rows =
                stmt.query_map([self.import_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
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
                .find(|(_, end, _)| t <= *end + gap);
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
            self.tx.execute(
                "UPDATE sessions SET started_at = ?2, ended_at = ?3 WHERE id = ?1",
                params![id, start, end],
            )?;
        }
        Ok(rest)
    }

    fn count(&mut self, changed: usize) {
        if changed > 0 {
            self.report.rows_added += 1;
        } else {
            self.report.rows_skipped += 1;
        }
    }

    /// Creates a session named by the file, or finds the one already there
    /// (same fingerprint, or same start and title). `None` when it existed.
    fn session(
        &mut self,
        start: DateTime<Utc>,
        end: Option<DateTime<Utc>>,
        input: &crate::model::SessionInput,
        fp: i64,
    ) -> Result<Option<i64>> {
        let mut input = input.clone();
        input.started_at = Some(start);
        input.ended_at = end;
        crate::store::validate_session(&input)?;
        let existing: Option<i64> = self
            .tx
            .query_row(
                "SELECT id FROM sessions WHERE fingerprint = ?1 OR (started_at = ?2 AND title = ?3) LIMIT 1",
                params![fp, start.timestamp_millis(), input.title],
                |r| r.get(0),
            )
            .optional()?;
        if existing.is_some() {
            self.report.rows_skipped += 1;
            return Ok(None);
        }
        let id = self.tx.query_row(
            "INSERT INTO sessions (started_at, ended_at, title, peak_viewers, unique_viewers, likes, new_followers, notes,
                reported_diamonds, import_id, fingerprint)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) RETURNING id",
            params![
                start.timestamp_millis(),
                end.map(|e| e.timestamp_millis()),
                input.title,
                input.peak_viewers,
                input.unique_viewers,
                input.likes,
                input.new_followers,
                input.notes,
                input.reported_diamonds.0.normalize().to_string(),
                self.import_id,
                fp
            ],
            |r| r.get(0),
        )?;
        self.report.sessions_added += 1;
        self.created.insert(id);
        Ok(Some(id))
    }

    /// The session gifts from `first` to `last` belong to: an existing one
    /// that covers `first`, or one made by a gift import that `first` falls
    /// within `gap` of (as rows of one file would: a log imported again as
    /// it grows joins the live already there), else a new one spanning them.
    fn session_for_span(&mut self, first: i64, last: i64, seed_fp: i64, gap: i64) -> Result<i64> {
        let existing: Option<i64> = self
            .tx
            .query_row(
                &format!(
                    "SELECT id FROM sessions
                     WHERE (started_at <= ?1 + ?2 AND coalesce(ended_at, started_at + 86400000) >= ?1)
                        OR (started_at <= ?1 + ?3 AND coalesce(ended_at, started_at) + ?3 >= ?1 AND {MADE_FOR_GIFTS})
                     ORDER BY (started_at <= ?1 + ?2 AND coalesce(ended_at, started_at + 86400000) >= ?1) DESC,
                        started_at DESC
                     LIMIT 1"
                ),
                params![first, MATCH_SLACK_MS, gap],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(id) = existing {
            return Ok(id);
        }
        let fp = fingerprint(&["gift-session", &seed_fp.to_string()]);
        let id = self.tx.query_row(
            "INSERT INTO sessions (started_at, ended_at, title, import_id, fingerprint) VALUES (?1, ?2, 'Imported live', ?3, ?4)
             ON CONFLICT DO NOTHING RETURNING id",
            params![first, last, self.import_id, fp],
            |r| r.get(0),
        );
        let id = match id {
            Ok(id) => {
                self.report.sessions_added += 1;
                self.created.insert(id);
                self.made.insert(id);
                id
            }
            Err(rusqlite::Error::QueryReturnedNoRows) => self.tx.query_row(
                "SELECT id FROM sessions WHERE fingerprint = ?1",
                [fp],
                |r| r.get(0),
            )?,
            Err(e) => return Err(e.into()),
        };
        Ok(id)
    }

    fn gift(&mut self, session_id: i64, g: &GiftRow) -> Result<()> {
        let coins = g.coins_each.checked_mul(g.count).ok_or_else(|| {
            Error::invalid(
                "coins",
                format!("{} × {} coins is too large", g.count, g.coins_each),
            )
        })?;
        let at = known(g.at).map(|t| t.timestamp_millis());
        let (streak_at, streak, estimated) = streak_key(g);
        let n = self.insert.execute(params![
            session_id,
            at,
            g.name,
            g.coins_each,
            g.count,
            g.sender,
            self.import_id,
            g.fp,
            estimated,
            streak_at,
            streak
        ])?;
        if n > 0 {
            self.add_totals(session_id, &g.name, &g.sender, g.count, coins)?;
            self.cover(session_id, at);
        }
        // Not new: maybe an earlier file held this streak cut short.
        let updated = match (n, streak_at, streak) {
            (0, Some(first), Some(id)) if self.estimated.contains(&(first, id)) => {
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
                self.count(n);
                (n > 0).then_some(session_id)
            }
        };
        if let Some(sid) = written {
            if !self.created.contains(&sid) && self.extended.insert(sid) {
                self.report.sessions_matched += 1;
            }
        }
        Ok(())
    }

    /// Adds a row's gifts and coins (negative to take them away) to the
    /// totals kept per session and per name.
    fn add_totals(
        &mut self,
        session_id: i64,
        name: &str,
        sender: &Option<String>,
        count: i64,
        coins: i64,
    ) -> Result<()> {
        let too_large = || Error::invalid("coins", "a session's coins are too large");
        let t = self.totals.entry(session_id).or_default();
        t.0 = t.0.checked_add(coins).ok_or_else(too_large)?;
        t.1 = t.1.checked_add(count).ok_or_else(too_large)?;
        let senders = match self.names.get_mut(name) {
            Some(senders) => senders,
            None => self.names.entry(name.to_string()).or_default(),
        };
        let n = match senders.get_mut(sender) {
            Some(n) => n,
            None => senders.entry(sender.clone()).or_default(),
        };
        n.0 = n.0.checked_add(count).ok_or_else(too_large)?;
        n.1 = n.1.checked_add(coins).ok_or_else(too_large)?;
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
        let old = self
            .tx
            .query_row(
                "SELECT id, session_id, at, gift_name, coins_each, count, sender, estimated
                 FROM gifts WHERE streak_at = ?1 AND streak = ?2",
                params![streak_at, streak],
                |r| {
                    Ok(Stored {
                        id: r.get(0)?,
                        session_id: r.get(1)?,
                        at: r.get(2)?,
                        name: r.get(3)?,
                        coins_each: r.get(4)?,
                        count: r.get(5)?,
                        sender: r.get(6)?,
                        estimated: r.get(7)?,
                    })
                },
            )
            .optional()?;
        let estimated = g.streak.is_some_and(|s| s.estimated);
        let Some(old) = old.filter(|o| o.estimated && (!estimated || g.count > o.count)) else {
            return Ok(None);
        };
        let at = known(g.at).map(|t| t.timestamp_millis());
        // The row this file names is there already, without a streak identity
        // (written by a version before them): leave both rows as they are.
        let taken: bool = self.tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM gifts WHERE coalesce(at, -1) = coalesce(?1, -1) AND fingerprint = ?2 AND id != ?3)",
            params![at, g.fp, old.id],
            |r| r.get(0),
        )?;
        if taken {
            return Ok(None);
        }
        self.tx.execute(
            "INSERT INTO gift_revisions (import_id, gift_id, prev_import_id, at, gift_name, coins_each, count, sender,
                fingerprint, estimated)
             SELECT ?1, id, import_id, at, gift_name, coins_each, count, sender, fingerprint, estimated
             FROM gifts WHERE id = ?2
             ON CONFLICT DO NOTHING",
            params![self.import_id, old.id],
        )?;
        self.tx.execute(
            "UPDATE gifts SET at = ?2, gift_name = ?3, coins_each = ?4, count = ?5, sender = ?6, fingerprint = ?7,
                estimated = ?8, import_id = ?9
             WHERE id = ?1",
            params![
                old.id,
                at,
                g.name,
                g.coins_each,
                g.count,
                g.sender,
                g.fp,
                estimated,
                self.import_id
            ],
        )?;
        let old_coins = old
            .coins_each
            .checked_mul(old.count)
            .ok_or_else(|| Error::invalid("coins", "a stored gift's coins are too large"))?;
        self.add_totals(
            old.session_id,
            &old.name,
            &old.sender,
            -old.count,
            -old_coins,
        )?;
        self.add_totals(old.session_id, &g.name, &g.sender, g.count, coins)?;
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
            let (start, end, for_gifts): (i64, Option<i64>, bool) = self.tx.query_row(
                &format!(
                    "SELECT started_at, ended_at, {MADE_FOR_GIFTS} FROM sessions WHERE id = ?1"
                ),
                [sid],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?;
            if !for_gifts && !self.made.contains(&sid) {
                continue;
            }
            let mut new_start = start.min(lo);
            if self.followed.contains(&(sid, start)) {
                let first: Option<i64> = self.tx.query_row(
                    "SELECT min(at) FROM gifts WHERE session_id = ?1",
                    [sid],
                    |r| r.get(0),
                )?;
                new_start = first.unwrap_or(new_start).min(lo);
            }
            let new_end = end.map(|e| e.max(hi));
            if (new_start, new_end) == (start, end) {
                continue;
            }
            if !self.created.contains(&sid) {
                self.tx.execute(
                    "INSERT INTO session_spans (import_id, session_id, started_at, ended_at) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT DO NOTHING",
                    params![self.import_id, sid, start, end],
                )?;
            }
            self.tx.execute(
                "UPDATE sessions SET started_at = ?2, ended_at = ?3 WHERE id = ?1",
                params![sid, new_start, new_end],
            )?;
        }
        for sid in std::mem::take(&mut self.made) {
            let gone = self.tx.execute(
                "DELETE FROM sessions WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM gifts WHERE session_id = ?1)",
                [sid],
            )?;
            if gone > 0 {
                self.report.sessions_added = self.report.sessions_added.saturating_sub(1);
                self.created.remove(&sid);
            }
        }
        Ok(())
    }
}
