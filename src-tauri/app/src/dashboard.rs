//! The dashboard's answer, kept until the ledger or the minute changes.
//!
//! On a 10-year ledger the dashboard takes some 45 ms to compute and is a
//! megabyte of JSON; the window asks for it at launch and on every visit.
//! The answer is kept as the JSON it was sent as, with what it was computed
//! from: the first read connection's `data_version` (changed by every commit
//! of any other connection: this window's writes, the CLI's, another
//! program's) and the minute (the summary's pace and its "as of" move with
//! the clock). While both are the same it is sent again as it was. At launch
//! it is computed on a thread of its own while GTK and WebKit start.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use liveledger::report::{self, Dashboard};
use liveledger::Store;

use crate::error::{CmdError, CmdResult};
use crate::state::OpenLedger;

/// The last answer and what it was computed from.
struct Kept {
    version: i64,
    minute: i64,
    json: String,
}

/// The kept answer; cloned handles share it. Computing holds the lock, so a
/// request that comes meanwhile waits and is then answered from it.
#[derive(Clone, Default)]
pub struct DashboardCache {
    kept: Arc<Mutex<Option<Kept>>>,
}

/// The dashboard of the ledger `store` reads at `now`, or `None` for a
/// ledger with nothing in it (the window then shows its first day).
pub fn compute(store: &Store, now: DateTime<Utc>) -> liveledger::Result<Option<Dashboard>> {
    if store.is_empty()? {
        return Ok(None);
    }
    let snapshot = store.snapshot()?;
    crate::startup::mark("dashboard: ledger read");
    report::dashboard(&snapshot, now).map(Some)
}

impl DashboardCache {
    /// The dashboard as JSON (`null` for an empty ledger), computed at `now`
    /// unless the kept one was computed in the same minute from the same
    /// ledger. Blocks: call it off the UI thread.
    pub fn answer(&self, ledger: &OpenLedger, now: DateTime<Utc>) -> CmdResult<String> {
        let mut kept = self.kept.lock().unwrap_or_else(|p| p.into_inner());
        let minute = now.timestamp().div_euclid(60);
        let (version, dashboard) = ledger.read_first_blocking(|store| {
            let version = store.data_version()?;
            match kept.as_ref() {
                Some(k) if k.version == version && k.minute == minute => Ok((version, None)),
                _ => Ok((version, Some(compute(store, now)?))),
            }
        })?;
        let Some(dashboard) = dashboard else {
            return Ok(kept.as_ref().map_or_else(String::new, |k| k.json.clone()));
        };
        let json = serde_json::to_string(&dashboard)
            .map_err(|e| CmdError::app(format!("the dashboard could not be written: {e}")))?;
        // The version read before computing: a commit since gives another,
        // so the next request computes again.
        *kept = Some(Kept {
            version,
            minute,
            json: json.clone(),
        });
        Ok(json)
    }

    /// Computes the answer now, on a thread of its own, so the window's
    /// first request finds it; a failure is left for that request to meet.
    pub fn warm(&self, ledger: OpenLedger) {
        let cache = self.clone();
        let _ = std::thread::Builder::new()
            .name("dashboard".into())
            .spawn(move || {
                let _ = cache.answer(&ledger, Utc::now());
                crate::startup::mark("dashboard: kept");
            });
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use liveledger::money::parse_decimal;

    use super::*;

    /// The dashboard a fresh look at the ledger gives, as JSON.
    fn fresh(path: &std::path::Path, now: DateTime<Utc>) -> String {
        let store = Store::open(path).unwrap();
        serde_json::to_string(&compute(&store, now).unwrap()).unwrap()
    }

    fn ledger() -> (tempfile::TempDir, OpenLedger) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("ledger.db")).unwrap();
        (dir, OpenLedger::new(store).unwrap())
    }

    #[test]
    fn an_empty_ledger_answers_null() {
        let (_dir, ledger) = ledger();
        let now = Utc.with_ymd_and_hms(2026, 12, 6, 20, 0, 0).unwrap();
        assert_eq!(
            DashboardCache::default().answer(&ledger, now).unwrap(),
            "null"
        );
    }

    #[test]
    fn the_kept_answer_is_always_what_a_fresh_look_gives() {
        let (dir, ledger) = ledger();
        let path = dir.path().join("ledger.db");
        let kept = DashboardCache::default();
        let at = |m| Utc.with_ymd_and_hms(2026, 12, 6, 20, m, 5).unwrap();
        ledger
            .write_blocking(|s| liveledger::demo::load(s).map(|_| ()))
            .unwrap();
        let first = kept.answer(&ledger, at(0)).unwrap();
        assert_eq!(first, fresh(&path, at(0)));
        // Asked again in the same minute: the same answer.
        assert_eq!(kept.answer(&ledger, at(0)).unwrap(), first);

        // A write through the window's own writer moves it.
        ledger
            .write_blocking(|s| {
                s.add_adjustment(at(0), parse_decimal("-120").unwrap(), "a refund", true)
                    .map(|_| ())
            })
            .unwrap();
        let after_writer = kept.answer(&ledger, at(0)).unwrap();
        assert_ne!(after_writer, first);
        assert_eq!(after_writer, fresh(&path, at(0)));

        // So does a write by another program on the same file (the CLI).
        let mut cli = Store::open(&path).unwrap();
        cli.add_adjustment(at(0), parse_decimal("75").unwrap(), "found", true)
            .unwrap();
        drop(cli);
        let after_cli = kept.answer(&ledger, at(0)).unwrap();
        assert_ne!(after_cli, after_writer);
        assert_eq!(after_cli, fresh(&path, at(0)));

        // And the next minute is looked at afresh (the answer says when).
        let later = kept.answer(&ledger, at(1)).unwrap();
        assert_ne!(later, after_cli);
        assert_eq!(later, fresh(&path, at(1)));
    }

    #[test]
    fn a_request_while_the_launch_computes_waits_for_it() {
        let (dir, ledger) = ledger();
        ledger
            .write_blocking(|s| liveledger::demo::load(s).map(|_| ()))
            .unwrap();
        let kept = DashboardCache::default();
        kept.warm(ledger.clone());
        let now = Utc::now();
        let answer: serde_json::Value =
            serde_json::from_str(&kept.answer(&ledger, now).unwrap()).unwrap();
        let look: serde_json::Value =
            serde_json::from_str(&fresh(&dir.path().join("ledger.db"), now)).unwrap();
        // Computed at launch or now, the figures are the ledger's.
        assert_eq!(
            answer["summary"]["balance_diamonds"],
            look["summary"]["balance_diamonds"]
        );
        assert_eq!(answer["daily"], look["daily"]);
    }
}
