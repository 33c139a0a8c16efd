//! Where each gift row goes: the session the file names, one a row's time
//! joins, or a new one after a gap ([`Grouper`] while reading, the rest at the end).

#[allow(clippy::wildcard_imports)]
use super::*;

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
    /// Gives each gift row the file did not place while it was read its
    /// session: the one its session key names, else one its time joins or
    /// a new one after a gap of `gap` ms.
    pub(super) fn place(&mut self, gifts: Vec<GiftRow>, gap: i64) -> Result<Vec<(i64, GiftRow)>> {
        let by_key = std::mem::take(&mut self.by_key);
        let names_sessions = self.named_any;

        // Gifts: those tied to a session of the file, then the rest grouped by key or by gaps.
        // Each gift is first given its session, then all are inserted.
        let mut placed: Vec<(i64, GiftRow)> = Vec::with_capacity(gifts.len());
        let mut loose: Vec<GiftRow> = Vec::new();
        let mut keyed: BTreeMap<String, Vec<GiftRow>> = BTreeMap::new();
        for g in gifts {
            match g.session_key.clone() {
                Some(k) if by_key.contains_key(&k) => match by_key[&k] {
                    Some(sid) => placed.push((sid, g)),
                    // Its session was already in the ledger: its gifts are too.
                    None => self.report.rows_skipped += 1,
                },
                Some(k) if names_sessions => {
                    return Err(Error::invalid_said(
                        "import",
                        crate::l10n::Message::new("core-import-undefined-session")
                            .text("key", k.to_string()),
                    ));
                }
                Some(k) => keyed.entry(k).or_default().push(g),
                None => loose.push(g),
            }
        }
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
                return Err(Error::invalid_said(
                    "import",
                    crate::l10n::Message::new("core-import-untimed-gifts"),
                ));
            };
            let sid = self.session_for_span(first, last, group[0].fp, gap)?;
            placed.extend(group.into_iter().map(|g| (sid, g)));
        }
        Ok(placed)
    }

    /// Places each of `rows` (sorted by time) in a session this import
    /// created that it falls within `gap` of, widening that session to it;
    /// returns the rows that fit none.
    pub(super) fn join_nearby(
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

    /// The session gifts from `first` to `last` belong to: an existing one
    /// that covers `first`, or one made by a gift import that `first` falls
    /// within `gap` of (as rows of one file would: a log imported again as
    /// it grows joins the live already there), else a new one spanning them.
    pub(super) fn session_for_span(
        &mut self,
        first: i64,
        last: i64,
        seed_fp: i64,
        gap: i64,
    ) -> Result<i64> {
        if let Some(id) = store::session_for_gift_at(self.tx, first, MATCH_SLACK_MS, gap)? {
            return Ok(id);
        }
        let fp = fingerprint(&["gift-session", &seed_fp.to_string()]);
        let row = NewSession {
            started_at: first,
            ended_at: Some(last),
            title: crate::model::IMPORTED_TITLE,
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
}
