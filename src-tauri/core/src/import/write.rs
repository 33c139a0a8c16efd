//! Writing checked rows in one transaction.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rusqlite::Statement;

use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, OptionalExtension, Transaction};

use super::parse::{GiftRow, Parsed, When};
use super::{fingerprint, ImportReport};
use crate::error::{Error, Result};
use crate::store::{bump_name_totals, Store};

/// How far before an existing session's start a gift may fall and still
/// belong to it (clocks of tools differ).
const MATCH_SLACK_MS: i64 = 5 * 60_000;

fn known(w: Option<When>) -> Option<DateTime<Utc>> {
    match w {
        Some(When::Known(t)) => Some(t),
        _ => None,
    }
}

/// Writes `parsed` into `store` in one transaction, filling in `report`.
/// For a dry run the transaction is rolled back after counting.
pub(crate) fn write(
    store: &mut Store,
    parsed: Parsed,
    gap_minutes: i64,
    report: &mut ImportReport,
) -> Result<()> {
    // A large import touches the whole gifts table and its indexes: give this
    // transaction a 128 MiB page cache instead of the default 2 MiB.
    store.conn.pragma_update(None, "cache_size", -131_072)?;
    let result = write_tx(store, parsed, gap_minutes, report);
    store.conn.pragma_update(None, "cache_size", -2_000)?;
    result
}

fn write_tx(
    store: &mut Store,
    parsed: Parsed,
    gap_minutes: i64,
    report: &mut ImportReport,
) -> Result<()> {
    let tx = store.conn.transaction()?;
    let now = Utc::now().timestamp_millis();
    let import_id: i64 = tx.query_row(
        "INSERT INTO imports (file_name, sha256, format, imported_at, rows_added, rows_skipped, sessions_added)
         VALUES (?1, ?2, ?3, ?4, 0, 0, 0) RETURNING id",
        params![report.file, report.sha256, report.format, now],
        |r| r.get(0),
    )?;
    let insert = tx.prepare(
        "INSERT INTO gifts (session_id, at, gift_name, coins_each, count, sender, import_id, fingerprint)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT DO NOTHING",
    )?;
    let mut w = Writer {
        tx: &tx,
        insert,
        import_id,
        report,
        touched: BTreeSet::new(),
        created: BTreeSet::new(),
        totals: HashMap::new(),
        names: HashMap::new(),
    };

    for rate in &parsed.rates {
        w.tx.execute(
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
        let id = w.session(start, end, &s.input, s.fp)?;
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
                None => w.report.rows_skipped += 1,
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
        let sid = w.session_for_span(first, last, group[0].fp)?;
        placed.extend(group.into_iter().map(|g| (sid, g)));
    }
    for (sid, g) in &placed {
        w.gift(*sid, g)?;
    }

    for r in &parsed.withdrawals {
        let n = w.tx.execute(
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
                import_id,
                r.fp
            ],
        )?;
        w.count(n);
    }
    for a in &parsed.adjustments {
        let n = w.tx.execute(
            "INSERT INTO adjustments (at, diamonds, reason, import_id, fingerprint) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING",
            params![a.at.timestamp_millis(), a.diamonds.normalize().to_string(), a.reason, import_id, a.fp],
        )?;
        w.count(n);
    }

    // Kept totals grow by exactly the rows added, in this same transaction.
    for (sid, (coins, count)) in std::mem::take(&mut w.totals) {
        w.tx.execute(
            "UPDATE sessions SET coins_total = coins_total + ?2, gift_count = gift_count + ?3 WHERE id = ?1",
            params![sid, coins, count],
        )?;
    }
    for ((name, sender), (gifts, coins)) in std::mem::take(&mut w.names) {
        bump_name_totals(w.tx, &name, sender.as_deref(), gifts, coins)?;
    }
    let added = w.report.rows_added + w.report.sessions_added;
    if added == 0 {
        tx.execute("DELETE FROM imports WHERE id = ?1", [import_id])?;
    } else {
        tx.execute(
            "UPDATE imports SET rows_added = ?2, rows_skipped = ?3, sessions_added = ?4 WHERE id = ?1",
            params![import_id, w.report.rows_added as i64, w.report.rows_skipped as i64, w.report.sessions_added as i64],
        )?;
        w.report.import_id = Some(import_id);
    }
    drop(w); // its prepared statement borrows the transaction
    if report.dry_run {
        report.import_id = None;
        tx.rollback()?;
    } else {
        tx.commit()?;
    }
    Ok(())
}

struct Writer<'a, 't> {
    tx: &'a Transaction<'t>,
    insert: Statement<'a>,
    import_id: i64,
    report: &'a mut ImportReport,
    touched: BTreeSet<i64>,
    /// Sessions this import created; others it adds gifts to count as extended.
    created: BTreeSet<i64>,
    /// Coins and gifts added per session.
    totals: HashMap<i64, (i64, i64)>,
    /// Gifts and coins added per (gift name, sender).
    names: HashMap<(String, Option<String>), (i64, i64)>,
}

impl Writer<'_, '_> {
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
    /// that covers `first`, else a new one spanning them.
    fn session_for_span(&mut self, first: i64, last: i64, seed_fp: i64) -> Result<i64> {
        let existing: Option<i64> = self
            .tx
            .query_row(
                "SELECT id FROM sessions WHERE started_at <= ?1 + ?2 AND coalesce(ended_at, started_at + 86400000) >= ?1
                 ORDER BY started_at DESC LIMIT 1",
                params![first, MATCH_SLACK_MS],
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
                id
            }
            Err(rusqlite::Error::QueryReturnedNoRows) => self.tx.query_row(
                "SELECT id FROM sessions WHERE fingerprint = ?1",
                [fp],
                |r| r.get(0),
            )?,
            Err(e) => return Err(e.into()),
        };
        self.touched.insert(id);
        Ok(id)
    }

    fn gift(&mut self, session_id: i64, g: &GiftRow) -> Result<()> {
        let coins = g.coins_each.checked_mul(g.count).ok_or_else(|| {
            Error::invalid(
                "coins",
                format!("{} × {} coins is too large", g.count, g.coins_each),
            )
        })?;
        let n = self.insert.execute(params![
            session_id,
            known(g.at).map(|t| t.timestamp_millis()),
            g.name,
            g.coins_each,
            g.count,
            g.sender,
            self.import_id,
            g.fp
        ])?;
        if n > 0 {
            let t = self.totals.entry(session_id).or_default();
            t.0 =
                t.0.checked_add(coins)
                    .ok_or_else(|| Error::invalid("coins", "a session's coins are too large"))?;
            t.1 += g.count;
            let n = self
                .names
                .entry((g.name.clone(), g.sender.clone()))
                .or_default();
            n.0 += g.count;
            n.1 += coins;
        }
        if n > 0 && !self.created.contains(&session_id) && self.touched.insert(session_id) {
            self.report.sessions_matched += 1;
        }
        self.touched.insert(session_id);
        self.count(n);
        Ok(())
    }
}
