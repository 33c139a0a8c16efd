//! The kept totals (each session's coins and gifts, each gift name's and
//! sender's) always equal the totals recomputed from the gift rows, after
//! any mix of typed gifts, deletes, undos, imports (whole logs and their
//! prefixes, again and again), undone imports, live capture stopped
//! cleanly or cut off, and imports killed half way.

mod common;

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use chrono::{TimeZone, Utc};
use common::gift_log::{kept_totals_agree, log, HEADER};
use proptest::prelude::*;

use liveledger::capture::{Engine, GiftEvent, SourceKind};
use liveledger::import::{import_reader, ImportOptions};
use liveledger::model::{GiftInput, SessionInput};
use liveledger::Store;

#[derive(Debug, Clone)]
enum Op {
    Session {
        hour: i64,
    },
    Gift {
        pick: usize,
        name: usize,
        sender: Option<usize>,
        count: i64,
    },
    DeleteGift {
        pick: usize,
    },
    DeleteSession {
        pick: usize,
    },
    /// Puts back a deleted record (the toast's Undo).
    PutBack {
        pick: usize,
    },
    /// Imports a prefix of log `log` (its first rows, up to `cut` of them
    /// as a share of the log; the whole log when `cut` falls past it).
    Import {
        log: usize,
        cut: prop::sample::Index,
    },
    UndoImport {
        pick: usize,
    },
    /// Captures log `log` live up to row `cut`, then stops cleanly or is
    /// cut off (the engine dropped, as a killed process leaves it).
    Capture {
        log: usize,
        cut: prop::sample::Index,
        clean: bool,
    },
    /// Imports log `log` through the CLI and kills it after `ms`.
    KilledImport {
        log: usize,
        ms: u64,
    },
}

const NAMES: [&str; 3] = ["Rose", "Lion", "Hand Wave"];
const FANS: [&str; 2] = ["alice", "dora"];

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        2 => (0i64..200).prop_map(|hour| Op::Session { hour }),
        4 => (0usize..20, 0..NAMES.len(), prop::option::of(0..FANS.len()), 1i64..50)
            .prop_map(|(pick, name, sender, count)| Op::Gift { pick, name, sender, count }),
        2 => (0usize..100).prop_map(|pick| Op::DeleteGift { pick }),
        1 => (0usize..20).prop_map(|pick| Op::DeleteSession { pick }),
        2 => (0usize..10).prop_map(|pick| Op::PutBack { pick }),
        4 => (0usize..3, any::<prop::sample::Index>()).prop_map(|(log, cut)| Op::Import { log, cut }),
        2 => (0usize..10).prop_map(|pick| Op::UndoImport { pick }),
        3 => (0usize..3, any::<prop::sample::Index>(), any::<bool>())
            .prop_map(|(log, cut, clean)| Op::Capture { log, cut, clean }),
        1 => (0usize..3, 0u64..40).prop_map(|(log, ms)| Op::KilledImport { log, ms }),
    ]
}

/// An event of a generated log (`t,sender,nick,giftId,giftName,coins,count,end,type`).
fn event(row: &str) -> GiftEvent {
    let f: Vec<&str> = row.split(',').collect();
    let ms: i64 = f[0].parse().expect("time");
    GiftEvent {
        at: Utc.timestamp_millis_opt(ms).single().expect("instant"),
        stamp: f[0].to_string(),
        gift_id: f[3].to_string(),
        name: f[4].to_string(),
        coins_each: f[5].parse().expect("coins"),
        count: f[6].parse().expect("count"),
        sender: Some(f[1].to_string()),
        gift_type: f[8].parse().ok(),
        repeat_end: f[7] == "true",
        msg_id: None,
    }
}

/// The first rows of `rows` that `cut` picks: as often the whole log as a
/// part of it.
fn prefix<'r>(rows: &'r [String], cut: &prop::sample::Index) -> &'r [String] {
    let n = cut.index(2 * rows.len() + 1);
    &rows[..n.min(rows.len())]
}

fn text(rows: &[String]) -> String {
    format!("{HEADER}\n{}\n", rows.join("\n"))
}

/// Every gift id of the ledger.
fn gift_ids(store: &Store) -> Vec<i64> {
    let mut ids = Vec::new();
    for s in store.sessions().expect("sessions") {
        ids.extend(store.gifts(s.id).expect("gifts").iter().map(|g| g.id));
    }
    ids
}

fn pick<T: Copy>(v: &[T], i: usize) -> Option<T> {
    (!v.is_empty()).then(|| v[i % v.len()])
}

/// Runs `op` on the ledger at `db`; refusals are fine, a wrong total is not.
fn run(db: &Path, logs: &[Vec<String>], op: &Op) {
    let mut store = Store::open(db).expect("open");
    let sessions: Vec<i64> = store
        .sessions()
        .expect("sessions")
        .iter()
        .map(|s| s.id)
        .collect();
    match *op {
        Op::Session { hour } => {
            let at = Utc.with_ymd_and_hms(2026, 3, 1, 20, 0, 0).unwrap()
                + chrono::Duration::hours(hour * 7);
            let _ = store.add_session(&SessionInput {
                started_at: Some(at),
                ended_at: Some(at + chrono::Duration::minutes(50)),
                ..SessionInput::default()
            });
        }
        Op::Gift {
            pick: p,
            name,
            sender,
            count,
        } => {
            if let Some(id) = pick(&sessions, p) {
                let _ = store.add_gift(&GiftInput {
                    session_id: id,
                    gift_name: NAMES[name].into(),
                    coins_each: Some(1 + name as i64 * 7),
                    count,
                    sender: sender.map(|s| FANS[s].to_string()),
                    at: None,
                });
            }
        }
        Op::DeleteGift { pick: p } => {
            if let Some(id) = pick(&gift_ids(&store), p) {
                let _ = store.delete_gift(id, true);
            }
        }
        Op::DeleteSession { pick: p } => {
            if let Some(id) = pick(&sessions, p) {
                let _ = store.delete_session(id, true);
            }
        }
        Op::PutBack { pick: p } => {
            let ids: Vec<i64> = store.trash().expect("trash").iter().map(|t| t.id).collect();
            if let Some(id) = pick(&ids, p) {
                let _ = store.restore_deleted(id, true);
            }
        }
        Op::Import { log, ref cut } => {
            let t = text(prefix(&logs[log % logs.len()], cut));
            let _ = import_reader(
                &mut store,
                t.as_bytes(),
                "log.csv",
                t.len() as u64,
                &ImportOptions::default(),
                &mut |_, _| {},
            );
        }
        Op::UndoImport { pick: p } => {
            let ids: Vec<i64> = store
                .imports()
                .expect("imports")
                .iter()
                .map(|i| i.id)
                .collect();
            if let Some(id) = pick(&ids, p) {
                let _ = store.undo_import(id, true);
            }
        }
        Op::Capture {
            log,
            ref cut,
            clean,
        } => {
            let mut engine =
                Engine::open(store, SourceKind::Ws, "ws://127.0.0.1:21213/", 30).expect("engine");
            for row in prefix(&logs[log % logs.len()], cut) {
                let _ = engine.gift(&event(row), None);
            }
            if clean {
                engine.stop().expect("a clean stop");
            }
        }
        Op::KilledImport { log, ms } => {
            drop(store);
            let rows = &logs[log % logs.len()];
            // Long enough that a kill often lands inside the write.
            let mut long = Vec::new();
            for k in 0..40i64 {
                long.extend(rows.iter().map(|r| {
                    let (t, rest) = r.split_once(',').expect("a time");
                    let t: i64 = t.parse().expect("time");
                    format!("{},{rest}", t + k * 86_400_000)
                }));
            }
            let path = db.with_file_name("killed.csv");
            std::fs::write(&path, text(&long)).expect("write");
            let mut child = common::liveledger()
                .arg("--db")
                .arg(db)
                .arg("import")
                .arg(&path)
                .env_remove("LIVELEDGER_DB")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("spawn");
            std::thread::sleep(Duration::from_millis(ms));
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn kept_totals_equal_the_rows_after_any_writes_deletes_undos_and_kills(
        logs in prop::collection::vec(log(), 3),
        ops in prop::collection::vec(op(), 1..24),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("ledger.db");
        Store::open(&db).unwrap().set_setting("timezone", "Europe/Berlin").unwrap();
        for op in &ops {
            run(&db, &logs, op);
            kept_totals_agree(&db);
        }
    }
}
