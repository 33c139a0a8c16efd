//! Engagement into the live the engine is running: each event is added to
//! its minute of that live (`store::add_live_minute`), in its own
//! transaction, and a replay is known by the same event keys gifts are.
//!
//! Which live: an event with its own time is placed by the rule gifts are
//! placed by ([`super::place`], `events::live::joins`), so the first
//! engagement of a live starts it, as a gift would, and engagement keeps a
//! live from closing for silence. An event without a time of its own
//! (received now, perhaps from an old log being read) cannot say which live
//! it belongs to: it joins the live this capture is running, at the minute it
//! arrived when that falls within the live, else at the live's latest
//! activity; it never starts or closes a live, and with none running it is
//! not counted.

use chrono::{DateTime, Utc};

use super::super::event::EngagementEvent;
use super::{load, place, running_session, save_position, Engine, FilePos, State, StoredGift};
use crate::error::Result;
use crate::events::engagement::Engagement;
use crate::events::identity::message_key;
use crate::events::live::joins;
use crate::import::fingerprint;
use crate::model::LiveMinute;
use crate::store;

impl Engine {
    /// Takes one engagement event; `pos` is where a followed file stands
    /// after it. Returns the gifts written by closing a live it comes a
    /// silence after (pending streaks, flagged). One transaction; a failure
    /// changes nothing.
    pub fn engagement(
        &mut self,
        ev: &EngagementEvent,
        pos: Option<FilePos>,
    ) -> Result<Vec<StoredGift>> {
        let result = self.engagement_inner(ev, pos);
        if result.is_err() {
            self.st = load(&self.store, self.source_id)?;
        }
        result
    }

    fn engagement_inner(
        &mut self,
        ev: &EngagementEvent,
        pos: Option<FilePos>,
    ) -> Result<Vec<StoredGift>> {
        let at_ms = ev.at.timestamp_millis();
        let mut out = self.close_stale(ev.timed.then_some(at_ms))?;
        let tx = self.store.begin()?;
        let dedupes = self.dedupes(ev.msg_id.is_some());
        if super::replayed(&tx, self.source_id, dedupes, engagement_key(ev), pos)? {
            tx.commit()?;
            self.stats.replayed += 1;
            return Ok(out);
        }
        let counted_at = if ev.timed {
            let sid = place(
                &tx,
                self.source_id,
                &mut self.st,
                at_ms,
                self.silence_ms,
                &mut out,
            )?;
            Some((sid, at_ms))
        } else {
            untimed_live(
                &tx,
                self.source_id,
                &mut self.st,
                self.silence_ms,
                at_ms,
                &mut out,
            )?
        };
        if let Some((sid, ms)) = counted_at {
            store::add_live_minute(&tx, &minute_of(ev, sid, ms)?)?;
        }
        if let Some(pos) = pos {
            save_position(&tx, self.source_id, pos)?;
        }
        tx.commit()?;
        if counted_at.is_some() {
            self.stats.engagement_events += 1;
            self.last_activity = std::time::Instant::now();
        } else {
            self.stats.other_events += 1;
        }
        self.count(&out);
        Ok(out)
    }
}

/// The live and instant an event without its own time, received at
/// `at_ms`, is counted at: within the live in hand (or the one running in
/// the ledger) it is placed as a timed event would be, which neither opens
/// nor closes a live; outside it, the live in hand takes it at its latest
/// activity; else nothing.
fn untimed_live(
    tx: &store::LedgerTx<'_>,
    source_id: i64,
    st: &mut State,
    silence_ms: i64,
    at_ms: i64,
    out: &mut Vec<StoredGift>,
) -> Result<Option<(i64, i64)>> {
    let (start, last, in_hand) = match st.session {
        Some(live) => (live.start_ms, live.last_ms, Some(live.id)),
        None => match running_session(tx, source_id, st)? {
            Some((_, start, last)) => (start, last, None),
            None => return Ok(None),
        },
    };
    if joins(at_ms, start, last, silence_ms) {
        let sid = place(tx, source_id, st, at_ms, silence_ms, out)?;
        return Ok(Some((sid, at_ms)));
    }
    Ok(in_hand.map(|id| (id, last)))
}

/// What `ev` adds to the minute of session `session_id` that holds `at_ms`.
fn minute_of(ev: &EngagementEvent, session_id: i64, at_ms: i64) -> Result<LiveMinute> {
    let start = at_ms - at_ms.rem_euclid(60_000);
    let minute =
        DateTime::<Utc>::from_timestamp_millis(start).ok_or_else(|| super::not_a_date(at_ms))?;
    let one = |kind: Engagement| if ev.kind == kind { ev.count } else { 0 };
    Ok(LiveMinute {
        session_id,
        minute,
        likes: one(Engagement::Like),
        comments: one(Engagement::Comment),
        joins: one(Engagement::Join),
        follows: one(Engagement::Follow),
        shares: one(Engagement::Share),
        viewers_peak: (ev.kind == Engagement::Viewers).then_some(ev.count),
    })
}

/// The key that recognises an engagement message seen before, as gifts'
/// are: the source's message id (with its count, the end flag unset; a
/// connector sends a follow as `social` and again as `follow` under one id,
/// and it counts once), else the message's content (its time as written,
/// kind, count and sender handle, hashed; the handle is never stored).
fn engagement_key(ev: &EngagementEvent) -> i64 {
    match &ev.msg_id {
        Some(id) => message_key(id, ev.count, false),
        None => fingerprint(&[
            "capture-engagement",
            &ev.stamp,
            ev.kind.name(),
            &ev.count.to_string(),
            ev.sender.as_deref().unwrap_or(""),
        ]),
    }
}
