//! In-process benchmarks of what a creator waits for, each beside its floor:
//! a full `SELECT count(*)` scan of the gifts table in the same run.
//!
//! `LIVELEDGER_BENCH_DB=path/to/ledger.db cargo bench -p liveledger` measures
//! a given ledger (`.ci/bench` builds a 10-year one); without it, a generated
//! small ledger of 100 sessions × 1,000 gift rows is used.

use std::fmt::Write as _;
use std::path::PathBuf;

use chrono::Utc;
use criterion::{criterion_group, criterion_main, Criterion};
use liveledger::dates::Period;
use liveledger::import::{self, ImportOptions};
use liveledger::model::{GiftInput, SessionInput};
use liveledger::report;
use liveledger::Store;

fn ledger_file(dir: &tempfile::TempDir) -> PathBuf {
    let path = dir.path().join("bench.db");
    if let Some(src) = std::env::var_os("LIVELEDGER_BENCH_DB") {
        // A copy: the tally benchmark writes.
        let src = Store::open(std::path::Path::new(&src)).expect("open LIVELEDGER_BENCH_DB");
        src.backup_to(&path).expect("copy the bench ledger");
        return path;
    }
    let mut csv = String::from("date,gift,coins,count,sender\n");
    let gifts = [
        ("Rose", 1),
        ("Finger Heart", 5),
        ("Doughnut", 30),
        ("Hand Hearts", 100),
        ("Galaxy", 1000),
    ];
    for day in 0..100u32 {
        for i in 0..1000u32 {
            let (name, coins) = gifts[(i as usize * 7 + day as usize) % gifts.len()];
            let date = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
                + chrono::Days::new(u64::from(day));
            let _ = writeln!(
                csv,
                "{date} 19:{:02}:{:02},{name},{coins},1,fan{}",
                i / 60 % 60,
                i % 60,
                (i * 31 + day) % 700
            );
        }
    }
    let mut store = Store::open(&path).unwrap();
    store.set_setting("timezone", "UTC").unwrap();
    import::import_reader(
        &mut store,
        csv.as_bytes(),
        "bench.csv",
        csv.len() as u64,
        &ImportOptions::default(),
        &mut |_, _| {},
    )
    .unwrap();
    path
}

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = ledger_file(&dir);
    let mut store = Store::open(&path).unwrap();
    // The floors run on their own connection, as any other reader would.
    let raw = rusqlite::Connection::open(&path).unwrap();
    let count = |sql: &str| -> i64 { raw.query_row(sql, [], |r| r.get(0)).unwrap() };
    let rows = count("SELECT count(*) FROM gifts");
    let sessions = store.sessions().unwrap().len();
    eprintln!("bench ledger: {sessions} sessions, {rows} gift rows");

    // Named by both counts: ledgers with as many sessions and three times
    // the gifts tell whether a figure follows sessions or gifts.
    let mut g = c.benchmark_group(format!("{sessions}-sessions-{rows}-gifts"));
    g.sample_size(20);
    // SQLite answers count(*) from b-tree page headers without decoding rows;
    // the second floor reads every gift row.
    g.bench_function("floor: SELECT count(*) FROM gifts", |b| {
        b.iter(|| count("SELECT count(*) FROM gifts"))
    });
    g.bench_function("floor: read every gift row", |b| {
        b.iter(|| count("SELECT sum(coins_each * count) FROM gifts"))
    });
    g.bench_function("summary", |b| {
        b.iter(|| report::summary(&store.snapshot().unwrap(), Utc::now()))
    });
    g.bench_function("report by month", |b| {
        b.iter(|| report::statement(&store.snapshot().unwrap(), Period::Month))
    });
    g.bench_function("dashboard data", |b| {
        b.iter(|| report::dashboard(&store.snapshot().unwrap(), Utc::now()).unwrap())
    });
    // Everything the Insights view shows, as its command gathers it.
    g.bench_function("insights", |b| {
        b.iter(|| {
            store
                .insights(report::Range::default(), Utc::now())
                .unwrap()
        })
    });
    let live = store
        .add_session(&SessionInput {
            started_at: Some(Utc::now()),
            title: "bench live".into(),
            ..Default::default()
        })
        .unwrap();
    g.bench_function("live tally: add one gift", |b| {
        b.iter(|| {
            store
                .add_gift(&GiftInput {
                    session_id: live,
                    gift_name: "Rose".into(),
                    coins_each: None,
                    count: 1,
                    sender: Some("bench fan".into()),
                    at: Some(Utc::now()),
                })
                .unwrap()
        })
    });
    g.finish();
}

criterion_group!(ledger, benches);
criterion_main!(ledger);
