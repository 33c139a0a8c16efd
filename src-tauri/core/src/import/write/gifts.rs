//! Gift rows: written 64 to a statement, and a streak an earlier file cut
//! short brought up to date.

#[allow(clippy::wildcard_imports)]
use super::*;

impl Writer<'_> {
    pub(super) fn gift(&mut self, session_id: i64, g: &GiftRow) -> Result<()> {
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
    pub(super) fn written(
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
    pub(super) fn new_gift<'g>(&self, session_id: i64, g: &'g GiftRow) -> NewGift<'g> {
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
    pub(super) fn gain(&mut self, session_id: i64, coins: i64) -> Result<()> {
        let slot = self.gained.entry(session_id).or_default();
        *slot = slot
            .checked_add(coins)
            .ok_or_else(|| Error::invalid("coins", "a session's coins are too large"))?;
        Ok(())
    }

    /// Notes that a row at `at` was written in a session, whose span must cover it.
    pub(super) fn cover(&mut self, session_id: i64, at: Option<i64>) {
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
    pub(super) fn update_streak(
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
}
