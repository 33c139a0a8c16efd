//! Counting identical rows in a file (the `n`th gets its own fingerprint)
//! in about 8 bytes a row instead of a hash map's 20 to 40 (more while it
//! grows), so a 10-million-row import stays flat in memory.
//!
//! A row's fingerprint before counting (its *base*) includes the time the
//! file wrote, so a row can only repeat one given the same instant. The
//! counts of the instant rows arrive at now live in a small map; when the
//! file moves on to a new instant that instant is finished, and its bases
//! go to a log of plain `i64`s, one entry a row, in fixed-size chunks.
//!
//! An instant is new when it lies in no *run* the file has covered so far:
//! a run is the range a stretch of rows walked through in one direction
//! (later and later, or earlier and earlier in a file newest first). A file
//! that jumps back (two logs one after the other, its halves swapped) starts
//! a run of its own and stays on this cheap path. Only a row for an instant
//! inside a run already walked (or one without a known instant) needs the
//! log: its chunks are sorted then, once each, and each is searched, so such
//! a row costs a binary search per 64 Ki rows before it.

use std::collections::{BTreeMap, HashMap};
use std::hash::BuildHasherDefault;

use crate::import::PassThrough;

use super::rows::When;

/// Entries in one chunk of the log: 512 KiB, allocated once at its size,
/// so the log never doubles and copies itself.
const CHUNK: usize = 64 << 10;

/// Unsorted entries the log's last chunk may gather after its sorted part
/// before a search sorts it again: a search scans at most these.
const RESORT: usize = 4 << 10;

type Counts = HashMap<i64, u32, BuildHasherDefault<PassThrough>>;

/// Runs kept apart at most; a file that jumps about more than this has its
/// runs joined into one (then more of its rows take the searched path).
const MAX_RUNS: usize = 1024;

/// The instant (Unix milliseconds) the occurrence of a row with this time
/// is counted at; `None` while a slashed date waits for the file's order.
pub(super) fn instant(at: Option<When>) -> Option<i64> {
    match at {
        Some(When::Known(t)) => Some(t.timestamp_millis()),
        Some(When::Slashed { .. }) | None => None,
    }
}

/// How often each base was seen in a file so far, exactly as a map from
/// base to count would say, provided that rows given the same base and an
/// instant were given the same instant (rows given none may share a base
/// with any). The parser's bases hash the time as written, so they hold to
/// it; the one way to break it is two different rows whose 64-bit bases
/// collide, which the ledger's fingerprints risk already.
pub(super) struct Occurrences {
    /// The instant rows arrive at now: one end of `run`.
    current: Option<i64>,
    /// The run being walked: its earliest and latest instants.
    run: Option<(i64, i64)>,
    /// Runs walked before, by start: disjoint from each other and from `run`.
    runs: BTreeMap<i64, i64>,
    /// Runs kept apart at most ([`MAX_RUNS`]; fewer in tests).
    max_runs: usize,
    /// Bases of rows at `current`, with their counts.
    now: Counts,
    /// Bases of rows at instants finished, one entry a row.
    past: Log,
    /// Bases of rows that came for an instant passed or with none, with
    /// their counts.
    late: Counts,
}

impl Default for Occurrences {
    fn default() -> Self {
        Occurrences::with_sizes(CHUNK, RESORT, MAX_RUNS)
    }
}

impl Occurrences {
    /// Counts in a log of `chunk`-entry chunks whose last is sorted again
    /// after `resort` unsorted entries, keeping at most `max_runs` runs
    /// apart (small sizes in tests).
    fn with_sizes(chunk: usize, resort: usize, max_runs: usize) -> Occurrences {
        Occurrences {
            current: None,
            run: None,
            runs: BTreeMap::new(),
            max_runs,
            now: Counts::default(),
            past: Log::new(chunk, resort),
            late: Counts::default(),
        }
    }

    /// Counts one more row with `base` at `instant` and returns how many
    /// such rows the file has had, this one included (1 for the first).
    pub(super) fn count(&mut self, base: i64, instant: Option<i64>) -> u32 {
        let late = if self.late.is_empty() {
            0
        } else {
            self.late.get(&base).copied().unwrap_or(0)
        };
        if let Some(t) = instant {
            if self.current != Some(t) && !self.walked(t) {
                // No row had this instant, so none had this base but rows
                // without an instant (in `late`); the instant before is done.
                for (b, n) in self.now.drain() {
                    self.past.push(b, n);
                }
                self.step_to(t);
            }
            if self.current == Some(t) {
                // Every earlier row at this instant is in `now` (or `late`,
                // if it came without one); none is in the log.
                let n = self.now.entry(base).or_insert(0);
                *n = n.saturating_add(1);
                return n.saturating_add(late);
            }
        }
        // An instant already passed, or none: the row may repeat any row.
        let before = self.now.get(&base).copied().unwrap_or(0);
        let logged = u32::try_from(self.past.count(base)).unwrap_or(u32::MAX);
        let n = self.late.entry(base).or_insert(0);
        *n = n.saturating_add(1);
        n.saturating_add(before).saturating_add(logged)
    }
}

impl Occurrences {
    /// Whether `t` lies in a run walked so far (every instant seen does).
    fn walked(&self, t: i64) -> bool {
        let in_run = |(s, e): (i64, i64)| s <= t && t <= e;
        self.run.is_some_and(in_run)
            || self
                .runs
                .range(..=t)
                .next_back()
                .is_some_and(|(s, e)| in_run((*s, *e)))
    }

    /// Moves on to the new instant `t`: the run goes on when `t` is further
    /// the way it was going, else it is finished and `t` starts one.
    fn step_to(&mut self, t: i64) {
        let run = match self.run {
            None => (t, t),
            Some((s, e)) if self.current == Some(e) && t > e => {
                // Runs passed over hold no instant at or past `t` (it is
                // new), so they lie inside the longer run: one range.
                let over: Vec<i64> = self.runs.range(e..=t).map(|(s, _)| *s).collect();
                for k in over {
                    self.runs.remove(&k);
                }
                (s, t)
            }
            Some((s, e)) if self.current == Some(s) && t < s => {
                let over: Vec<i64> = self.runs.range(t..=s).map(|(s, _)| *s).collect();
                for k in over {
                    self.runs.remove(&k);
                }
                (t, e)
            }
            Some((s, e)) if self.runs.len() >= self.max_runs => {
                // Too many to keep apart: one run over all of them and `t`
                // (an instant in it but not seen is searched for, and found
                // 0 times: slower, never wrong).
                let lo = self.runs.keys().next().map_or(s, |k| (*k).min(s)).min(t);
                let hi = self.runs.values().copied().fold(e, i64::max).max(t);
                self.runs.clear();
                (lo, hi)
            }
            Some((s, e)) => {
                self.runs.insert(s, e);
                (t, t)
            }
        };
        self.run = Some(run);
        self.current = Some(t);
    }
}

/// A multiset of bases as a list of chunks, sorted only when searched.
struct Log {
    /// Entries in a full chunk.
    chunk: usize,
    /// Unsorted entries `last` may gather before a search sorts it again.
    resort: usize,
    /// Full chunks, each with whether it is sorted yet.
    full: Vec<(Box<[i64]>, bool)>,
    /// The chunk being filled.
    last: Vec<i64>,
    /// How many of `last`'s entries, from its start, are in order.
    last_sorted: usize,
}

impl Log {
    fn new(chunk: usize, resort: usize) -> Log {
        Log {
            chunk: chunk.max(1),
            resort,
            full: Vec::new(),
            last: Vec::new(),
            last_sorted: 0,
        }
    }

    /// Adds `n` entries of `base`.
    fn push(&mut self, base: i64, n: u32) {
        for _ in 0..n {
            if self.last.len() >= self.chunk {
                let sorted = self.last_sorted == self.last.len();
                let full = std::mem::take(&mut self.last).into_boxed_slice();
                self.full.push((full, sorted));
                self.last_sorted = 0;
            }
            if self.last.capacity() == 0 {
                // The first chunk grows as it needs (a small file stays
                // small); later ones are taken at their size at once.
                if self.full.is_empty() {
                    self.last.reserve(self.chunk.min(1024));
                } else {
                    self.last.reserve_exact(self.chunk);
                }
            }
            self.last.push(base);
        }
    }

    /// How many entries are `base`.
    fn count(&mut self, base: i64) -> usize {
        let mut n = 0usize;
        for (chunk, sorted) in &mut self.full {
            if !*sorted {
                chunk.sort_unstable();
                *sorted = true;
            }
            n = n.saturating_add(count_sorted(chunk, base));
        }
        if self.last.len().saturating_sub(self.last_sorted) > self.resort {
            self.last.sort_unstable();
            self.last_sorted = self.last.len();
        }
        let (sorted, rest) = self.last.split_at(self.last_sorted.min(self.last.len()));
        n.saturating_add(count_sorted(sorted, base))
            .saturating_add(rest.iter().filter(|b| **b == base).count())
    }
}

/// How many entries of the sorted `s` are `base`.
fn count_sorted(s: &[i64], base: i64) -> usize {
    let from = s.partition_point(|b| *b < base);
    s.get(from..)
        .map_or(0, |tail| tail.partition_point(|b| *b == base))
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use proptest::prelude::*;

    use super::*;

    /// The plain map the parser used before: base → count.
    fn plain(rows: &[(Option<i64>, i64)]) -> Vec<u32> {
        let mut seen: HashMap<i64, u32> = HashMap::new();
        rows.iter()
            .map(|(_, base)| {
                let n = seen.entry(*base).or_insert(0);
                *n = n.saturating_add(1);
                *n
            })
            .collect()
    }

    fn counted(rows: &[(Option<i64>, i64)], chunk: usize, resort: usize) -> Vec<u32> {
        counted_with(rows, chunk, resort, MAX_RUNS)
    }

    fn counted_with(
        rows: &[(Option<i64>, i64)],
        chunk: usize,
        resort: usize,
        max_runs: usize,
    ) -> Vec<u32> {
        let mut o = Occurrences::with_sizes(chunk, resort, max_runs);
        rows.iter().map(|(at, base)| o.count(*base, *at)).collect()
    }

    /// A base the way the parser's hold to it: a function of the instant
    /// (and of what else the row says), so one base never has two instants.
    fn base(instant: i64, variant: i64) -> i64 {
        // Spread like a hash, so the pass-through hasher sees varied bits.
        instant
            .wrapping_mul(31)
            .wrapping_add(variant)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15_u64 as i64)
    }

    /// Instants as files have them: in order with bursts of one instant,
    /// now and then a step back (a merged log, a clock set back), newest
    /// first, or all over the place.
    fn instants() -> impl Strategy<Value = Vec<i64>> {
        let walk = |back: i64| {
            prop::collection::vec((0i64..4, 0u8..10, 0i64..20), 0..300).prop_map(move |steps| {
                let mut t = 100i64;
                steps
                    .into_iter()
                    .map(|(gap, roll, jump)| {
                        // Mostly 0 to 3 on (0: the same instant again),
                        // sometimes a jump back.
                        if roll == 0 {
                            t -= jump * back;
                        } else {
                            t += gap;
                        }
                        t
                    })
                    .collect::<Vec<i64>>()
            })
        };
        prop_oneof![
            walk(0),
            walk(1),
            walk(1).prop_map(|v| v.into_iter().rev().collect()),
            prop::collection::vec(0i64..12, 0..300),
        ]
    }

    proptest! {
        #[test]
        fn rows_are_numbered_exactly_as_a_plain_map_numbers_them(
            at in instants(),
            variants in prop::collection::vec(0i64..3, 300),
            unknown in prop::collection::vec((0u8..6, 0usize..300), 300),
            chunk in 1usize..9,
            resort in 0usize..4,
            max_runs in 0usize..4,
        ) {
            let rows: Vec<(Option<i64>, i64)> = at
                .iter()
                .zip(&variants)
                .zip(&unknown)
                .map(|((t, v), (roll, other))| {
                    if *roll == 0 {
                        // No known instant (a slashed date): its base may be
                        // that of any row, earlier or later.
                        let t = at.get(other % at.len()).copied().unwrap_or(0);
                        (None, base(t, *v))
                    } else {
                        (Some(*t), base(*t, *v))
                    }
                })
                .collect();
            let expected = plain(&rows);
            prop_assert_eq!(counted_with(&rows, chunk, resort, max_runs), expected.clone());
            prop_assert_eq!(counted(&rows, CHUNK, RESORT), expected);
        }
    }

    #[test]
    fn a_file_whose_halves_are_swapped_stays_off_the_searched_path() {
        // Later half first, then the earlier half: both in time order.
        let rows: Vec<(Option<i64>, i64)> = (500..1000)
            .chain(0..500)
            .map(|t| (Some(t), base(t, 0)))
            .collect();
        let mut o = Occurrences::with_sizes(8, 2, MAX_RUNS);
        for (at, b) in &rows {
            assert_eq!(o.count(*b, *at), 1);
        }
        assert!(o.late.is_empty(), "no row needed the log");
        assert_eq!(o.runs.len(), 1, "two runs: one finished, one walking");
    }

    #[test]
    fn a_file_that_jumps_about_past_the_run_limit_still_counts_exactly() {
        // Pairs of rows at instants all over the place, each pair repeated
        // later: more runs than are kept apart.
        let mut rows = Vec::new();
        for round in 0..2 {
            for i in 0..(3 * MAX_RUNS as i64) {
                let t = (i * 7919) % 10_007;
                rows.push((Some(t), base(t, round)));
                rows.push((Some(t), base(t, 0)));
            }
        }
        assert_eq!(counted(&rows, 64, 4), plain(&rows));
    }

    #[test]
    fn a_row_back_in_time_counts_the_rows_of_its_instant() {
        // The rows of tests/import.rs's bursty file: two Roses at second 0,
        // time moves on, then a third Rose at second 0.
        let (rose0, lion1, rose2) = (base(0, 0), base(1, 1), base(2, 0));
        let rows = [
            (Some(0), rose0),
            (Some(0), rose0),
            (Some(1000), lion1),
            (Some(2000), rose2),
            (Some(0), rose0),
        ];
        assert_eq!(counted(&rows, 1, 0), vec![1, 2, 1, 1, 3]);
        assert_eq!(counted(&rows, CHUNK, RESORT), vec![1, 2, 1, 1, 3]);
    }

    #[test]
    fn the_last_chunk_is_searched_sorted_or_not() {
        let mut log = Log::new(CHUNK, RESORT);
        let total = 3 * RESORT as i64;
        for i in 0..total {
            log.push(i % 7, 1);
            if i % 1000 == 0 {
                let so_far = (0..=i).filter(|j| j % 7 == 3).count();
                assert_eq!(log.count(3), so_far);
            }
        }
        assert!(log.last_sorted > 0, "sorted again after a search");
        assert!(log.last_sorted < log.last.len(), "and appended to since");
        assert_eq!(log.count(3), (0..total).filter(|j| j % 7 == 3).count());
    }
}
