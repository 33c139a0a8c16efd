//! Sessions: those the file names, written 64 to a statement, and the
//! spans of sessions the import wrote gifts to.

#[allow(clippy::wildcard_imports)]
use super::*;

impl Writer<'_> {
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
    pub(super) fn write_named(
        &mut self,
        pending: &mut Vec<(&SessionRow, NewSession<'_>)>,
    ) -> Result<()> {
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

    /// Widens each session made for gifts that was written to so it covers
    /// its new rows; a start an updated estimated row had set follows the
    /// rows. Keeps the span of a session this import did not create, for
    /// undo. Sessions this import made that ended up holding no gift (their
    /// rows were there already) go.
    pub(super) fn widen_sessions(&mut self) -> Result<()> {
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
