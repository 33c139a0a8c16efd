//! The capture engine: takes events one at a time, folds streaks, places
//! gifts in live sessions, and writes each event's effects in its own
//! transaction, together with what must survive a restart (pending streaks,
//! events already taken, a followed file's offset).

use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::event::GiftEvent;
use super::streaks::{self, Finished, Pending, PendingChange, Resumable, StreakKey};
use crate::error::{Error, Result};
use crate::events::identity::{
    fingerprint, gift_event_fingerprint, message_key, occurrence_fingerprint, streak_fingerprint,
};
use crate::l10n::Message;
use crate::store::{self, insert_gift_once, regrow_gift, LedgerTx, NewGift, NewSession, Store};

mod engagement;

/// Title of a session capture opens (the model's, where faces say it).
pub use crate::model::CAPTURED_TITLE;

/// What kind of source the engine reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// A WebSocket: replays are recognised by message id (or content).
    Ws,
    /// A followed file: its offset says what was taken (and message ids,
    /// where lines carry them).
    File,
}

impl SourceKind {
    fn as_str(self) -> &'static str {
        match self {
            SourceKind::Ws => "ws",
            SourceKind::File => "file",
        }
    }
}

/// How far into a followed file the events taken reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FilePos {
    /// Bytes taken from the start of the file.
    pub offset: u64,
    /// Fingerprint of the file's first bytes (up to 1 KiB), to notice a
    /// file replaced by another.
    pub head: i64,
}

/// A gift the engine wrote (or grew).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct StoredGift {
    /// The gift row.
    pub gift_id: i64,
    /// Its session.
    pub session_id: i64,
    /// When it was sent.
    pub at: DateTime<Utc>,
    /// Gift name.
    pub gift_name: String,
    /// Price of one in coins.
    pub coins_each: i64,
    /// The row's count now.
    pub count: i64,
    /// Gifts this write added (less than `count` when a row was grown).
    pub added: i64,
    /// Sender. Plain text from the source, never markup.
    pub sender: Option<String>,
    /// A streak whose end never came, counted at its highest count.
    pub flagged: bool,
}

/// Counts of what the engine saw.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Gift events read.
    pub gift_events: u64,
    /// Gift rows written or grown.
    pub gifts_stored: u64,
    /// Events already taken (a replay), skipped.
    pub replayed: u64,
    /// Streak steps held as pending.
    pub streak_steps: u64,
    /// Streaks written at their highest count because their end never came.
    pub flagged: u64,
    /// Engagement events (comments, likes, joins, follows, shares, viewer
    /// counts) counted in a live's minutes.
    pub engagement_events: u64,
    /// Other events (a question, a battle …, or engagement without its own
    /// time while no live was running), not counted.
    pub other_events: u64,
    /// Messages or lines that could not be read, skipped.
    pub malformed: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Live {
    id: i64,
    start_ms: i64,
    last_ms: i64,
}

/// What the engine keeps in memory: a copy of what the ledger holds for this
/// source, reloaded from it after any failed write.
#[derive(Debug, Default)]
struct State {
    pending: BTreeMap<StreakKey, Pending>,
    resumable: HashMap<StreakKey, Resumable>,
    session: Option<Live>,
}

/// How a closing session gets its end.
#[derive(Debug, Clone, Copy)]
enum CloseAt {
    /// At this instant (ms), unless already ended.
    Ms(i64),
    /// Someone else ended it: keep their end.
    Keep,
}

/// Takes events from one source into one ledger.
pub struct Engine {
    store: Store,
    source_id: i64,
    kind: SourceKind,
    silence_ms: i64,
    st: State,
    last_activity: Instant,
    stats: Stats,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("source_id", &self.source_id)
            .field("kind", &self.kind)
            .finish()
    }
}

impl Engine {
    /// Opens the engine for the source `address` of `kind` (created on first
    /// use), with its pending streaks as the last run left them. A session
    /// closes after `silence_minutes` (1 to 1440) without a gift or engagement.
    pub fn open(
        store: Store,
        kind: SourceKind,
        address: &str,
        silence_minutes: i64,
    ) -> Result<Engine> {
        if !(1..=24 * 60).contains(&silence_minutes) {
            return Err(Error::invalid_said(
                "silence minutes",
                Message::new("core-invalid-silence-minutes")
                    .text("found", silence_minutes.to_string()),
            ));
        }
        let tx = store.begin()?;
        let source_id = store::capture_source(&tx, kind.as_str(), address)?;
        tx.commit()?;
        let st = load(&store, source_id)?;
        Ok(Engine {
            store,
            source_id,
            kind,
            silence_ms: silence_minutes * 60_000,
            st,
            last_activity: Instant::now(),
            stats: Stats::default(),
        })
    }

    /// The ledger this engine writes to.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// What the engine saw so far.
    pub fn stats(&self) -> &Stats {
        &self.stats
    }

    /// Counts a message that could not be read.
    pub fn note_malformed(&mut self) {
        self.stats.malformed += 1;
    }

    /// Counts an event that is neither a gift nor engagement.
    pub fn note_other(&mut self) {
        self.stats.other_events += 1;
    }

    /// The session gifts are going to now, if one is open.
    pub fn session_id(&self) -> Option<i64> {
        self.st.session.map(|s| s.id)
    }

    /// Streaks still running, oldest first.
    pub fn pending(&self) -> Vec<Pending> {
        let mut v: Vec<Pending> = self.st.pending.values().cloned().collect();
        v.sort_by_key(|p| p.at_ms);
        v
    }

    /// Where a followed file was left: `(offset, head)`.
    pub fn file_position(&self) -> Result<(u64, Option<i64>)> {
        let tx = self.store.begin()?;
        let (offset, head) = store::file_position(&tx, self.source_id)?;
        tx.commit()?;
        Ok((u64::try_from(offset).unwrap_or(0), head))
    }

    /// Starts a followed file over (it was replaced or cut short): its
    /// offset goes back to 0 and its occurrence counts are forgotten. Rows
    /// already stored stay, and their fingerprints keep them from doubling.
    pub fn restart_file(&mut self) -> Result<()> {
        let tx = self.store.begin()?;
        store::restart_file(&tx, self.source_id)?;
        tx.commit()?;
        Ok(())
    }

    /// Records that a followed file was read up to `pos` without a gift
    /// (a header, another event, a bad line).
    pub fn skip(&mut self, pos: FilePos) -> Result<()> {
        let tx = self.store.begin()?;
        save_position(&tx, self.source_id, pos)?;
        tx.commit()?;
        Ok(())
    }

    /// Takes one gift event; `pos` is where a followed file stands after
    /// it. Returns the gifts written (none for a streak step or a replay).
    /// One transaction; a failure changes nothing.
    pub fn gift(&mut self, ev: &GiftEvent, pos: Option<FilePos>) -> Result<Vec<StoredGift>> {
        let result = self.gift_inner(ev, pos);
        if result.is_err() {
            // Memory may be ahead of what was rolled back: read it again.
            self.st = load(&self.store, self.source_id)?;
        }
        result
    }

    /// Closes the session in hand when the creator ended it, or when an
    /// event at `at_ms` comes a silence after it, with its pending streaks;
    /// forgets it when it was deleted.
    fn close_stale(&mut self, at_ms: Option<i64>) -> Result<Vec<StoredGift>> {
        let mut out = Vec::new();
        if let Some(live) = self.st.session {
            let silent = |at: i64| at > live.last_ms.saturating_add(self.silence_ms);
            match session_end(&self.store, live.id)? {
                None => self.st.session = None,
                Some(Some(_)) => out.extend(self.close(CloseAt::Keep, false)?),
                Some(None) if at_ms.is_some_and(silent) => {
                    out.extend(self.close(CloseAt::Ms(live.last_ms), false)?)
                }
                Some(None) => {}
            }
        }
        Ok(out)
    }

    /// Whether an event is recognised by its key when seen again: a socket
    /// may replay; a file line is taken once by its offset, but a message id
    /// seen before is a duplicate wherever it comes from.
    fn dedupes(&self, has_msg_id: bool) -> bool {
        self.kind == SourceKind::Ws || has_msg_id
    }

    fn gift_inner(&mut self, ev: &GiftEvent, pos: Option<FilePos>) -> Result<Vec<StoredGift>> {
        self.stats.gift_events += 1;
        self.last_activity = Instant::now();
        let at_ms = ev.at.timestamp_millis();
        let mut out = self.close_stale(Some(at_ms))?;
        let tx = self.store.begin()?;
        let dedupes = self.dedupes(ev.msg_id.is_some());
        if replayed(&tx, self.source_id, dedupes, event_key(ev), pos)? {
            tx.commit()?;
            self.stats.replayed += 1;
            return Ok(out);
        }
        let base = gift_event_fingerprint(
            &ev.stamp,
            ev.sender.as_deref(),
            &ev.gift_id,
            &ev.name,
            ev.coins_each,
            ev.count,
        );
        let n = store::bump_occurrence(&tx, self.source_id, base)?;
        let fp = occurrence_fingerprint(base, n);
        let sid = place(
            &tx,
            self.source_id,
            &mut self.st,
            at_ms,
            self.silence_ms,
            &mut out,
        )?;
        let key = StreakKey::of(ev);
        let mut fold = streaks::fold(
            ev,
            fp,
            self.st.pending.get(&key),
            self.st.resumable.get(&key),
            self.silence_ms,
        );
        if let (true, PendingChange::Set(p)) = (fold.starts_streak, &mut fold.pending) {
            // A new streak is known as an import of the tool's log knows it.
            let base = streak_fingerprint(&key.sender, &key.gift, &ev.stamp, "");
            let n = store::bump_occurrence(&tx, self.source_id, base)?;
            p.streak = Some((at_ms, occurrence_fingerprint(base, n)));
        }
        for f in &fold.write {
            if let Some(g) = write(&tx, self.source_id, sid, f, false)? {
                out.push(g);
            }
        }
        match &fold.pending {
            PendingChange::Set(p) => store::save_pending(&tx, self.source_id, p)?,
            PendingChange::Clear => {
                store::clear_pending(&tx, self.source_id, &key.sender, &key.gift)?;
            }
            PendingChange::Keep => {}
        }
        if fold.resumed {
            if let Some(r) = self.st.resumable.get(&key) {
                store::set_resumable(&tx, r.gift_id, false)?;
            }
        }
        if let Some(pos) = pos {
            save_position(&tx, self.source_id, pos)?;
        }
        tx.commit()?;
        match fold.pending {
            PendingChange::Set(p) => {
                self.st.pending.insert(key.clone(), p);
            }
            PendingChange::Clear => {
                self.st.pending.remove(&key);
            }
            PendingChange::Keep => {}
        }
        if fold.resumed {
            self.st.resumable.remove(&key);
        }
        if ev.is_streak_step() {
            self.stats.streak_steps += 1;
        }
        self.count(&out);
        Ok(out)
    }

    fn count(&mut self, stored: &[StoredGift]) {
        self.stats.gifts_stored += stored.len() as u64;
        self.stats.flagged += stored.iter().filter(|g| g.flagged).count() as u64;
    }

    /// The source dropped: streaks still running are kept at their highest
    /// count and flagged as possibly never ending.
    pub fn source_dropped(&mut self) -> Result<()> {
        if self.st.pending.is_empty() {
            return Ok(());
        }
        let tx = self.store.begin()?;
        store::mark_dropped(&tx, self.source_id)?;
        tx.commit()?;
        for p in self.st.pending.values_mut() {
            p.dropped = true;
        }
        Ok(())
    }

    /// Closes the session when no event came for the silence setting; returns
    /// the closed session's id and the streaks written as it closed.
    pub fn tick(&mut self) -> Result<Option<(i64, Vec<StoredGift>)>> {
        let Some(live) = self.st.session else {
            return Ok(None);
        };
        let silence = Duration::from_millis(u64::try_from(self.silence_ms).unwrap_or(u64::MAX));
        if self.last_activity.elapsed() < silence {
            return Ok(None);
        }
        let written = self.close(CloseAt::Ms(live.last_ms), false)?;
        Ok(Some((live.id, written)))
    }

    /// "End live": writes the pending streaks (flagged) and ends the session
    /// now. Returns the ended session's id (none when no live was running).
    pub fn end_live(&mut self, now: DateTime<Utc>) -> Result<Option<(i64, Vec<StoredGift>)>> {
        if self.st.session.is_none() {
            let tx = self.store.begin()?;
            let running = running_session(&tx, self.source_id, &self.st)?;
            drop(tx);
            self.st.session = running.map(|(id, start_ms, last_ms)| Live {
                id,
                start_ms,
                last_ms,
            });
        }
        let Some(live) = self.st.session else {
            return Ok(None);
        };
        let end = now.timestamp_millis().max(live.last_ms);
        let written = self.close(CloseAt::Ms(end), false)?;
        Ok(Some((live.id, written)))
    }

    /// Capture stops (the session stays open: the live may go on): pending
    /// streaks are written at their highest count and flagged; a later step
    /// or end of the same streak, within the silence setting, grows that row
    /// instead of adding another.
    pub fn stop(&mut self) -> Result<Vec<StoredGift>> {
        if self.st.pending.is_empty() {
            return Ok(Vec::new());
        }
        let result = (|| {
            let mut out = Vec::new();
            let tx = self.store.begin()?;
            let pending: Vec<Pending> = self.st.pending.values().cloned().collect();
            for p in &pending {
                let sid = place(
                    &tx,
                    self.source_id,
                    &mut self.st,
                    p.at_ms,
                    self.silence_ms,
                    &mut out,
                )?;
                if let Some(g) = write(&tx, self.source_id, sid, &p.finish_unended(), true)? {
                    out.push(g);
                }
            }
            store::clear_all_pending(&tx, self.source_id)?;
            tx.commit()?;
            self.st.pending.clear();
            Ok(out)
        })();
        match result {
            Ok(out) => {
                self.count(&out);
                Ok(out)
            }
            Err(e) => {
                self.st = load(&self.store, self.source_id)?;
                Err(e)
            }
        }
    }

    /// Closes the session in hand: its pending streaks written flagged, its
    /// end set. One transaction.
    fn close(&mut self, at: CloseAt, resumable: bool) -> Result<Vec<StoredGift>> {
        let Some(live) = self.st.session else {
            return Ok(Vec::new());
        };
        let result = (|| {
            let tx = self.store.begin()?;
            let out = close_in(&tx, self.source_id, &mut self.st, live.id, at, resumable)?;
            tx.commit()?;
            Ok(out)
        })();
        match result {
            Ok(out) => {
                self.count(&out);
                Ok(out)
            }
            Err(e) => {
                self.st = load(&self.store, self.source_id)?;
                Err(e)
            }
        }
    }
}

/// Reads what the ledger holds for a source: its pending streaks and the
/// flagged rows of a live still running that a streak may still grow.
fn load(store: &Store, source_id: i64) -> Result<State> {
    let mut st = State::default();
    let tx = store.begin()?;
    for p in store::pending_streaks(&tx, source_id)? {
        st.pending.insert(p.key.clone(), p);
    }
    for r in store::resumable_rows(&tx, source_id)? {
        let key = StreakKey {
            sender: r.streak_sender,
            gift: r.streak_gift,
        };
        let row = Resumable {
            gift_id: r.gift_id,
            count: r.count,
            at_ms: r.at_ms,
        };
        st.resumable.insert(key, row);
    }
    tx.commit()?;
    Ok(st)
}

/// `None` when the session is gone, else its end (`None` while running).
fn session_end(store: &Store, id: i64) -> Result<Option<Option<i64>>> {
    let tx = store.begin()?;
    let end = store::session_end(&tx, id)?;
    tx.commit()?;
    Ok(end)
}

/// Whether the event with `key` was taken before from this source (a
/// replay; only when the source `dedupes`): then a followed file still moves
/// past its line. Otherwise its key is kept in `tx`, so it counts once.
pub(super) fn replayed(
    tx: &LedgerTx<'_>,
    source_id: i64,
    dedupes: bool,
    key: i64,
    pos: Option<FilePos>,
) -> Result<bool> {
    if !dedupes || store::mark_event(tx, source_id, key)? {
        return Ok(false);
    }
    if let Some(pos) = pos {
        save_position(tx, source_id, pos)?;
    }
    Ok(true)
}

/// The key that recognises an event seen before: the source's message id
/// (with the count and end flag, in case a tool reuses ids across a streak),
/// else the event's whole content.
fn event_key(ev: &GiftEvent) -> i64 {
    let count = ev.count.to_string();
    let end = if ev.repeat_end { "1" } else { "0" };
    match &ev.msg_id {
        Some(id) => message_key(id, ev.count, ev.repeat_end),
        None => fingerprint(&[
            "capture-event",
            &ev.stamp,
            ev.sender.as_deref().unwrap_or(""),
            &ev.gift_id,
            &ev.name,
            &ev.coins_each.to_string(),
            &count,
            end,
        ]),
    }
}

fn save_position(tx: &LedgerTx<'_>, source_id: i64, pos: FilePos) -> Result<()> {
    store::save_position(tx, source_id, pos.offset, pos.head)
}

/// The live still running in the ledger (no end), with its start and its
/// last activity (latest gift, pending streak or engagement minute), in ms.
fn running_session(
    tx: &LedgerTx<'_>,
    source_id: i64,
    st: &State,
) -> Result<Option<(i64, i64, i64)>> {
    let _ = source_id;
    let Some((id, start, last_gift)) = store::latest_running(tx)? else {
        return Ok(None);
    };
    let pending_last = st.pending.values().map(|p| p.at_ms).max();
    // Engagement keeps a live going too (its latest minute's start).
    let last_minute = store::last_live_minute(tx, id)?;
    let last = [Some(start), last_gift, pending_last, last_minute]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(start);
    Ok(Some((id, start, last)))
}

/// The session a gift at `at_ms` goes to: the live in hand when it falls
/// within the silence of it; else the live running in the ledger when it
/// does (a restart joins it; one it comes long after is closed first); else
/// an ended session that spans it (an old event); else a new live.
fn place(
    tx: &LedgerTx<'_>,
    source_id: i64,
    st: &mut State,
    at_ms: i64,
    silence_ms: i64,
    out: &mut Vec<StoredGift>,
) -> Result<i64> {
    let within = |start: i64, last: i64| crate::events::live::joins(at_ms, start, last, silence_ms);
    if let Some(live) = st.session.as_mut() {
        if within(live.start_ms, live.last_ms) {
            live.last_ms = live.last_ms.max(at_ms);
            return Ok(live.id);
        }
        if at_ms < live.start_ms {
            return older_session(tx, at_ms);
        }
    }
    if st.session.is_none() {
        if let Some((id, start, last)) = running_session(tx, source_id, st)? {
            if within(start, last) {
                st.session = Some(Live {
                    id,
                    start_ms: start,
                    last_ms: last.max(at_ms),
                });
                return Ok(id);
            }
            if at_ms < start {
                return older_session(tx, at_ms);
            }
            // A live left running long before this event: it ended at its
            // last activity.
            st.session = Some(Live {
                id,
                start_ms: start,
                last_ms: last,
            });
            out.extend(close_in(tx, source_id, st, id, CloseAt::Ms(last), false)?);
        }
    } else if let Some(live) = st.session {
        out.extend(close_in(
            tx,
            source_id,
            st,
            live.id,
            CloseAt::Ms(live.last_ms),
            false,
        )?);
    }
    let row = NewSession {
        started_at: at_ms,
        title: CAPTURED_TITLE,
        ..NewSession::default()
    };
    let id = store::insert_session(tx, &row)?.ok_or_else(|| {
        Error::invalid_said(
            "capture",
            Message::new("core-invalid-capture-live-not-written"),
        )
    })?;
    // Like every session, it takes the rate of its day once, when written.
    store::fix_new_rates(tx)?;
    st.session = Some(Live {
        id,
        start_ms: at_ms,
        last_ms: at_ms,
    });
    Ok(id)
}

/// A session for an event older than the live in hand: an ended one that
/// spans it, else one of its own (ended at that instant).
fn older_session(tx: &LedgerTx<'_>, at_ms: i64) -> Result<i64> {
    if let Some(id) = store::ended_session_spanning(tx, at_ms)? {
        return Ok(id);
    }
    let row = NewSession {
        started_at: at_ms,
        ended_at: Some(at_ms),
        title: CAPTURED_TITLE,
        ..NewSession::default()
    };
    let id = store::insert_session(tx, &row)?.ok_or_else(|| {
        Error::invalid_said(
            "capture",
            Message::new("core-invalid-capture-old-not-written"),
        )
    })?;
    store::fix_new_rates(tx)?;
    Ok(id)
}

/// Writes the pending streaks into session `id` (flagged), ends it, and
/// leaves nothing pending or resumable. Runs in the caller's transaction.
fn close_in(
    tx: &LedgerTx<'_>,
    source_id: i64,
    st: &mut State,
    id: i64,
    at: CloseAt,
    resumable: bool,
) -> Result<Vec<StoredGift>> {
    let mut out = Vec::new();
    for p in st.pending.values() {
        if let Some(g) = write(tx, source_id, id, &p.finish_unended(), resumable)? {
            out.push(g);
        }
    }
    store::clear_all_pending(tx, source_id)?;
    if let CloseAt::Ms(ms) = at {
        store::end_running_at(tx, id, ms)?;
    }
    store::end_resumable(tx, source_id)?;
    st.pending.clear();
    st.resumable.clear();
    st.session = None;
    Ok(out)
}

/// Writes one finished gift into session `session_id`: grows the row it
/// resumes, else inserts it once. `None` when it was already stored.
fn write(
    tx: &LedgerTx<'_>,
    source_id: i64,
    session_id: i64,
    f: &Finished,
    resumable: bool,
) -> Result<Option<StoredGift>> {
    let at = crate::dates::from_ms(f.at_ms).ok_or_else(|| not_a_date(f.at_ms))?;
    // A streak an import of the log wrote estimated (cut by that file's end)
    // is completed, as the import of a longer log would complete it.
    let resumes = match (f.resumes, f.streak) {
        (None, Some((first, id))) if !f.flagged => store::streak_row(tx, first, id)?
            .filter(|o| o.estimated)
            .map(|o| o.id),
        (r, _) => r,
    };
    if let Some(gift_id) = resumes {
        let old = store::gift_count(tx, gift_id)?;
        if let Some((old, row_session)) = old {
            if regrow_gift(tx, gift_id, f.count, f.at_ms, f.fingerprint)? {
                if f.flagged {
                    store::set_resumable(tx, gift_id, resumable)?;
                } else {
                    store::unflag_gift(tx, gift_id)?;
                }
                let count = f.count.max(old);
                return Ok(Some(StoredGift {
                    gift_id,
                    session_id: row_session,
                    at,
                    gift_name: f.gift_name.clone(),
                    coins_each: f.coins_each,
                    count,
                    added: count - old,
                    sender: f.sender.clone(),
                    flagged: f.flagged,
                }));
            }
        }
    }
    let row = NewGift {
        session_id,
        at: Some(f.at_ms),
        gift_name: &f.gift_name,
        coins_each: f.coins_each,
        count: f.count,
        sender: f.sender.as_deref(),
        fingerprint: Some(f.fingerprint),
        // Written at its highest count, its end unseen: the estimated row
        // an import of the tool's log completes.
        estimated: f.flagged && f.streak.is_some(),
        streak_at: f.streak.map(|s| s.0),
        streak: f.streak.map(|s| s.1),
        ..NewGift::default()
    };
    let id = insert_gift_once(tx, &row)?;
    let Some(id) = id else { return Ok(None) };
    if f.flagged {
        store::flag_gift(tx, id, source_id, &f.key.sender, &f.key.gift, resumable)?;
    }
    Ok(Some(StoredGift {
        gift_id: id,
        session_id,
        at,
        gift_name: f.gift_name.clone(),
        coins_each: f.coins_each,
        count: f.count,
        added: f.count,
        sender: f.sender.clone(),
        flagged: f.flagged,
    }))
}

/// The refusal of an event time `ms` that is no date.
pub(crate) fn not_a_date(ms: i64) -> Error {
    Error::invalid_said(
        "time",
        Message::new("core-invalid-not-a-date").text("ms", ms.to_string()),
    )
}
