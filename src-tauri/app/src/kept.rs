//! The answers of the views' big reads, kept until the ledger changes (or,
//! for an answer that reads the clock, the minute).
//!
//! On a 10-year ledger the dashboard, the sessions list, insights and a
//! statement each take tens of milliseconds to compute and are up to a
//! megabyte of JSON; the window asks for them on every visit. Each answer is
//! kept as the JSON it was sent as, with what it was computed from: the
//! first read connection's `data_version` (changed by every commit of any
//! other connection: this window's writes, the CLI's, another program's) and,
//! for the answers that read the clock, the minute (the summary's pace and
//! its "as of" move with it). While both are the same it is sent again as it
//! was. After the ledger is opened they are computed on a thread of their
//! own, the dashboard first, so the window's first visits find them.

use std::collections::HashMap;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use liveledger::dates::Period;
use liveledger::report::{self, Dashboard};
use liveledger::Store;

use crate::error::{CmdError, CmdResult};
use crate::state::OpenLedger;

/// A question whose answer is kept: one of the views' big reads. Kept by
/// its `Debug` text (every field of it is plain data).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ask {
    /// The dashboard (`null` for an empty ledger).
    Dashboard,
    /// The sessions list's lines.
    Sessions,
    /// The summary (balance, threshold, pace).
    Summary,
    /// Insights over a range.
    Insights(report::Range),
    /// A statement by a period over a span.
    Statement(Period, report::Span),
}

impl Ask {
    /// Whether the answer depends on the time it is asked at.
    fn reads_clock(self) -> bool {
        matches!(self, Ask::Dashboard | Ask::Summary | Ask::Insights(_))
    }

    /// The answer, as JSON, of the ledger `store` reads at `now`.
    fn compute(self, store: &Store, now: DateTime<Utc>) -> CmdResult<String> {
        let json = match self {
            Ask::Dashboard => to_json(&dashboard(store, now)?),
            Ask::Sessions => to_json(&report::session_rows(&store.snapshot()?)?),
            Ask::Summary => to_json(&report::summary(&store.snapshot()?, now)?),
            Ask::Insights(range) => to_json(&store.insights(range, now)?),
            Ask::Statement(by, span) => {
                to_json(&report::statement_between(&store.snapshot()?, by, span)?)
            }
        };
        json.map_err(|e| CmdError::app(format!("the answer could not be written: {e}")))
    }
}

fn to_json<T: serde::Serialize>(value: &T) -> serde_json::Result<String> {
    serde_json::to_string(value)
}

/// The dashboard of the ledger `store` reads at `now`, or `None` for a
/// ledger with nothing in it (the window then shows its first day).
pub fn dashboard(store: &Store, now: DateTime<Utc>) -> liveledger::Result<Option<Dashboard>> {
    if store.is_empty()? {
        return Ok(None);
    }
    let snapshot = store.snapshot()?;
    crate::startup::mark("dashboard: ledger read");
    report::dashboard(&snapshot, now).map(Some)
}

/// The ledger's version and the minute of `now`, as `VERSION-MINUTE`,
/// read on the connection the kept answers are (only one connection can
/// compare its `data_version` between calls).
pub fn version(ledger: &OpenLedger, now: DateTime<Utc>) -> CmdResult<String> {
    let version = ledger.read_first_blocking(|store| store.data_version())?;
    Ok(format!("{version}-{}", now.timestamp().div_euclid(60)))
}

/// One kept answer and what it was computed from.
struct Answer {
    version: i64,
    minute: Option<i64>,
    json: String,
}

type Slot = Arc<Mutex<Option<Answer>>>;

/// At most this many questions are kept (insights and statements may be
/// asked over any range); past it the kept ones are dropped.
const MAX_KEPT: usize = 24;

/// The kept answers; cloned handles share them. Computing an answer holds
/// its own slot's lock, so a request for the same question that comes
/// meanwhile waits and is then answered from it; other questions do not wait.
#[derive(Clone, Default)]
pub struct Kept {
    slots: Arc<Mutex<HashMap<String, Slot>>>,
    /// Set once the window has drawn its first view.
    drawn: Arc<(Mutex<bool>, Condvar)>,
}

/// How long the answers after the dashboard wait for the first view to be
/// drawn before they are computed anyway.
const WAIT_FOR_FIRST_VIEW: Duration = Duration::from_secs(3);

impl Kept {
    fn slot(&self, ask: Ask) -> Slot {
        let key = format!("{ask:?}");
        let mut slots = self.slots.lock().unwrap_or_else(|p| p.into_inner());
        if !slots.contains_key(&key) && slots.len() >= MAX_KEPT {
            // A slot being computed is still held by its computer.
            slots.clear();
        }
        slots.entry(key).or_default().clone()
    }

    /// The answer to `ask` as JSON, computed at `now` unless the kept one
    /// was computed from the same ledger (and, if it reads the clock, in the
    /// same minute). Blocks: call it off the UI thread.
    pub fn answer(&self, ledger: &OpenLedger, ask: Ask, now: DateTime<Utc>) -> CmdResult<String> {
        let slot = self.slot(ask);
        let mut kept = slot.lock().unwrap_or_else(|p| p.into_inner());
        let minute = ask.reads_clock().then(|| now.timestamp().div_euclid(60));
        ledger.read_first_blocking(|store| {
            // Read before computing: a commit since gives another version,
            // so the next request computes again.
            let version = store.data_version()?;
            if let Some(k) = kept.as_ref() {
                if k.version == version && k.minute == minute {
                    return Ok(Ok(k.json.clone()));
                }
            }
            Ok(ask.compute(store, now).inspect(|json| {
                *kept = Some(Answer {
                    version,
                    minute,
                    json: json.clone(),
                });
            }))
        })?
    }

    /// [`Kept::answer`] on a blocking worker, as the page's response.
    pub async fn send(&self, ledger: &OpenLedger, ask: Ask) -> CmdResult<tauri::ipc::Response> {
        let (kept, ledger) = (self.clone(), ledger.clone());
        let json =
            tauri::async_runtime::spawn_blocking(move || kept.answer(&ledger, ask, Utc::now()))
                .await
                .map_err(|e| CmdError::app(format!("the ledger reader stopped: {e}")))??;
        Ok(tauri::ipc::Response::new(json))
    }

    /// Says the window has drawn its first view: the answers [`Kept::warm`]
    /// held back may take the processor now.
    pub fn first_view_drawn(&self) {
        let (drawn, changed) = &*self.drawn;
        *drawn.lock().unwrap_or_else(|p| p.into_inner()) = true;
        changed.notify_all();
    }

    /// Waits until the first view is drawn, or `most` has passed.
    fn wait_for_first_view(&self, most: Duration) {
        let (drawn, changed) = &*self.drawn;
        let guard = drawn.lock().unwrap_or_else(|p| p.into_inner());
        let _ = changed
            .wait_timeout_while(guard, most, |drawn| !*drawn)
            .map_err(|p| p.into_inner());
    }

    /// Computes the answers the window's views ask first, one after another
    /// on a thread of their own, so the first visits find them: the
    /// dashboard at once (the launch waits for it), then — once the first
    /// view is drawn, so GTK and WebKit have the processor while they start —
    /// the sessions list, insights over every live, the yearly and monthly
    /// statements and the summary. A failure is left for the view's own
    /// request to meet.
    pub fn warm(&self, ledger: OpenLedger) {
        let kept = self.clone();
        let _ = std::thread::Builder::new()
            .name("kept answers".into())
            .spawn(move || {
                let _ = kept.answer(&ledger, Ask::Dashboard, Utc::now());
                crate::startup::mark("kept: Dashboard");
                kept.wait_for_first_view(WAIT_FOR_FIRST_VIEW);
                for ask in [
                    Ask::Sessions,
                    Ask::Insights(report::Range::default()),
                    Ask::Statement(Period::Year, report::Span::default()),
                    Ask::Statement(Period::Month, report::Span::default()),
                    Ask::Summary,
                ] {
                    let _ = kept.answer(&ledger, ask, Utc::now());
                    crate::startup::mark(&format!("kept: {ask:?}"));
                }
            });
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use liveledger::money::parse_decimal;

    use super::*;

    /// What a fresh look at the ledger gives for `ask`, as JSON.
    fn fresh(path: &std::path::Path, ask: Ask, now: DateTime<Utc>) -> String {
        let store = Store::open(path).unwrap();
        ask.compute(&store, now).unwrap()
    }

    fn ledger() -> (tempfile::TempDir, OpenLedger) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("ledger.db")).unwrap();
        (dir, OpenLedger::new(store).unwrap())
    }

    const ASKS: [Ask; 5] = [
        Ask::Dashboard,
        Ask::Sessions,
        Ask::Summary,
        Ask::Insights(report::Range {
            from: None,
            to: None,
            by: None,
        }),
        Ask::Statement(
            Period::Month,
            report::Span {
                from: None,
                to: None,
            },
        ),
    ];

    /// Whether an answer to `ask` is kept now.
    fn is_kept(kept: &Kept, ask: Ask) -> bool {
        let slot = kept.slot(ask);
        let held = slot.try_lock().map(|k| k.is_some()).unwrap_or(false);
        held
    }

    /// Waits up to 20 s for `ask` to be kept.
    fn until_kept(kept: &Kept, ask: Ask) -> bool {
        let start = std::time::Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if is_kept(kept, ask) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }

    #[test]
    fn the_launch_computes_the_dashboard_at_once_and_the_rest_once_a_view_is_drawn() {
        let (_dir, ledger) = ledger();
        ledger
            .write_blocking(|s| liveledger::demo::load(s).map(|_| ()))
            .unwrap();
        let kept = Kept::default();
        kept.warm(ledger.clone());
        assert!(until_kept(&kept, Ask::Dashboard));
        // While WebKit starts, nothing else takes the processor.
        std::thread::sleep(Duration::from_millis(300));
        assert!(!is_kept(&kept, Ask::Sessions));
        kept.first_view_drawn();
        assert!(until_kept(&kept, Ask::Sessions));
        assert!(until_kept(&kept, Ask::Summary));
    }

    #[test]
    fn an_empty_ledger_has_no_dashboard() {
        let (_dir, ledger) = ledger();
        let now = Utc.with_ymd_and_hms(2026, 12, 6, 20, 0, 0).unwrap();
        assert_eq!(
            Kept::default()
                .answer(&ledger, Ask::Dashboard, now)
                .unwrap(),
            "null"
        );
    }

    #[test]
    fn every_kept_answer_is_always_what_a_fresh_look_gives() {
        let (dir, ledger) = ledger();
        let path = dir.path().join("ledger.db");
        let kept = Kept::default();
        let at = |m| Utc.with_ymd_and_hms(2026, 12, 6, 20, m, 5).unwrap();
        ledger
            .write_blocking(|s| liveledger::demo::load(s).map(|_| ()))
            .unwrap();
        for ask in ASKS {
            let first = kept.answer(&ledger, ask, at(0)).unwrap();
            assert_eq!(first, fresh(&path, ask, at(0)), "{ask:?}");
            // Asked again in the same minute: the same answer.
            assert_eq!(kept.answer(&ledger, ask, at(0)).unwrap(), first);
        }

        // A write through the window's own writer: a live and a gift in it.
        let session = ledger
            .write_blocking(|s| {
                let tz = s.tz()?;
                let form = liveledger::forms::SessionForm {
                    start: "2026-12-05 18:00".into(),
                    end: "2026-12-05 19:30".into(),
                    title: "written by the window".into(),
                    ..Default::default()
                };
                s.add_session(&form.to_input(tz)?)
            })
            .unwrap();
        ledger
            .write_blocking(|s| {
                let tz = s.tz()?;
                let form = liveledger::forms::GiftForm {
                    session_id: session,
                    gift: "Lion".into(),
                    coins: "29999".into(),
                    count: "1".into(),
                    ..Default::default()
                };
                s.add_gift(&form.to_input(tz)?).map(|_| ())
            })
            .unwrap();
        let mut after_writer = Vec::new();
        for ask in ASKS {
            let answer = kept.answer(&ledger, ask, at(0)).unwrap();
            assert_eq!(answer, fresh(&path, ask, at(0)), "{ask:?}");
            after_writer.push(answer);
        }
        assert!(after_writer[1].contains("written by the window"));

        // So does a write by another program on the same file (the CLI).
        let mut cli = Store::open(&path).unwrap();
        cli.add_adjustment(at(0), parse_decimal("75").unwrap(), "found", true)
            .unwrap();
        cli.update_session(
            session,
            &liveledger::forms::SessionForm {
                start: "2026-12-05 18:00".into(),
                end: "2026-12-05 19:30".into(),
                title: "renamed by the CLI".into(),
                ..Default::default()
            }
            .to_input(cli.tz().unwrap())
            .unwrap(),
        )
        .unwrap();
        drop(cli);
        for (i, ask) in ASKS.into_iter().enumerate() {
            let answer = kept.answer(&ledger, ask, at(0)).unwrap();
            assert_eq!(answer, fresh(&path, ask, at(0)), "{ask:?}");
            if matches!(ask, Ask::Sessions) {
                assert_ne!(answer, after_writer[i]);
                assert!(answer.contains("renamed by the CLI"));
            }
        }

        // And the next minute is looked at afresh by what reads the clock.
        let now = kept.answer(&ledger, Ask::Dashboard, at(0)).unwrap();
        let later = kept.answer(&ledger, Ask::Dashboard, at(1)).unwrap();
        assert_ne!(later, now);
        assert_eq!(later, fresh(&path, Ask::Dashboard, at(1)));
    }

    #[test]
    fn a_request_while_the_launch_computes_waits_for_it() {
        let (dir, ledger) = ledger();
        ledger
            .write_blocking(|s| liveledger::demo::load(s).map(|_| ()))
            .unwrap();
        let kept = Kept::default();
        kept.warm(ledger.clone());
        let now = Utc::now();
        let path = dir.path().join("ledger.db");
        let answer: serde_json::Value =
            serde_json::from_str(&kept.answer(&ledger, Ask::Dashboard, now).unwrap()).unwrap();
        let look: serde_json::Value =
            serde_json::from_str(&fresh(&path, Ask::Dashboard, now)).unwrap();
        // Computed at launch or now, the figures are the ledger's.
        assert_eq!(
            answer["summary"]["balance_diamonds"],
            look["summary"]["balance_diamonds"]
        );
        assert_eq!(answer["daily"], look["daily"]);
        assert_eq!(
            kept.answer(&ledger, Ask::Sessions, now).unwrap(),
            fresh(&path, Ask::Sessions, now)
        );
    }

    #[test]
    fn past_the_bound_older_questions_are_dropped() {
        let (_dir, ledger) = ledger();
        let kept = Kept::default();
        let now = Utc::now();
        for d in 1..=(MAX_KEPT as u32 + 3) {
            let day = chrono::NaiveDate::from_ymd_opt(2026, 1, d).unwrap();
            let span = report::Span {
                from: Some(day),
                to: None,
            };
            kept.answer(&ledger, Ask::Statement(Period::Day, span), now)
                .unwrap();
            assert!(kept.slots.lock().unwrap().len() <= MAX_KEPT);
        }
    }
}
