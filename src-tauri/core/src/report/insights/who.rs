//! Who gives: gifters per live, new and returning, how concentrated the
//! income is, and the top supporters.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;

use super::{
    median, percent, round2, Figure, Live, LiveGivers, Supporter, TopShare, Who, MIN_SAMPLE,
    SUPPORTERS,
};
use crate::error::Result;
use crate::model::Givers;
use crate::money::Diamonds;
use crate::snapshot::Snapshot;

/// An instant from milliseconds, when in range.
fn instant(ms: Option<i64>) -> Option<DateTime<Utc>> {
    ms.and_then(DateTime::from_timestamp_millis)
}

/// One supporter's sums over the lives looked at.
#[derive(Debug, Clone, Copy, Default)]
struct Sums {
    diamonds: Decimal,
    lives: usize,
    first: Option<i64>,
    last: Option<i64>,
}

/// Each sender's first live (start, id), over the whole ledger.
fn first_lives(
    starts: &HashMap<i64, (DateTime<Utc>, i64)>,
    givers: &Givers,
) -> Vec<Option<(DateTime<Utc>, i64)>> {
    let mut first = vec![None; givers.names.len()];
    for r in &givers.rows {
        let slot: Option<&mut Option<(DateTime<Utc>, i64)>> = first.get_mut(r.sender as usize);
        if let (Some(slot), Some(start)) = (slot, starts.get(&r.session_id)) {
            if slot.is_none_or(|f| *start < f) {
                *slot = Some(*start);
            }
        }
    }
    first
}

/// The share of the top 1, 5 and 10 of `ranked` in `total`.
fn top_shares(ranked: &[(u32, Sums)], total: Decimal, lives: usize) -> Vec<TopShare> {
    [1, 5, 10]
        .into_iter()
        .map(|top| {
            let part: Decimal = ranked.iter().take(top).map(|(_, v)| v.diamonds).sum();
            TopShare {
                top,
                percent: Figure {
                    value: percent(part, total).filter(|_| lives >= MIN_SAMPLE),
                    n: lives,
                },
            }
        })
        .collect()
}

/// Who gives, in the lives looked at (every live, for who came first).
pub(super) fn who(ledger: &Snapshot, givers: &Givers, lives: &[Live<'_>]) -> Result<Who> {
    let starts: HashMap<i64, (DateTime<Utc>, i64)> = ledger
        .sessions
        .iter()
        .map(|s| (s.id, (s.started_at, s.id)))
        .collect();
    let first = first_lives(&starts, givers);
    let looked: HashMap<i64, (usize, Decimal)> = lives
        .iter()
        .enumerate()
        .map(|(i, l)| {
            (
                l.session.id,
                (i, ledger.session_rate(l.session).diamonds_per_coin),
            )
        })
        .collect();
    // Per live: gifters and new ones; per sender: their sums.
    let mut per_live = vec![(0usize, 0usize); lives.len()];
    let mut by_sender: HashMap<u32, Sums> = HashMap::new();
    let mut total = Decimal::ZERO;
    for r in &givers.rows {
        let Some(&(i, dpc)) = looked.get(&r.session_id) else {
            continue;
        };
        let is_new =
            first.get(r.sender as usize).copied().flatten() == starts.get(&r.session_id).copied();
        per_live[i].0 += 1;
        per_live[i].1 += usize::from(is_new);
        let d = Decimal::from(r.coins) * dpc;
        total += d;
        let e = by_sender.entry(r.sender).or_default();
        e.diamonds += d;
        e.lives += 1;
        e.first = e.first.into_iter().chain(r.first_at).min();
        e.last = e.last.into_iter().chain(r.last_at).max();
    }
    let mut ranked: Vec<(u32, Sums)> = by_sender.into_iter().collect();
    ranked.sort_by(|a, b| b.1.diamonds.cmp(&a.1.diamonds).then(a.0.cmp(&b.0)));
    let returning = per_live
        .iter()
        .filter(|(g, _)| *g > 0)
        .filter_map(|(g, n)| percent(Decimal::from(g - n), Decimal::from(*g)))
        .collect();
    Ok(Who {
        gifters_per_live: median(per_live.iter().map(|(g, _)| Decimal::from(*g)).collect()),
        top_share: top_shares(&ranked, total, lives.len()),
        returning_percent: median(returning),
        lives: lives
            .iter()
            .zip(&per_live)
            .map(|(l, (g, n))| LiveGivers {
                session_id: l.session.id,
                started_at: l.session.started_at,
                gifters: *g,
                new: *n,
                returning: g - n,
            })
            .collect(),
        supporters: ranked
            .iter()
            .take(SUPPORTERS)
            .map(|(sender, v)| Supporter {
                name: givers
                    .names
                    .get(*sender as usize)
                    .cloned()
                    .unwrap_or_default(),
                diamonds: Diamonds(round2(v.diamonds)),
                lives: v.lives,
                first_gift: instant(v.first),
                last_gift: instant(v.last),
            })
            .collect(),
    })
}
