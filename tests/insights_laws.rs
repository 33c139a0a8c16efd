//! Every insight equals a recomputation from the raw rows: random ledgers
//! in two currencies (a second rate takes over part way), typed lives and
//! gifts, deletes, imported logs, the room counted by live capture, and the
//! time zone changed between writes. The recomputation below reads the
//! SQLite file with plain SQL and shares no code with the report.

mod common;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Timelike, Utc};
use chrono_tz::Tz;
use common::gift_log::{log, HEADER};
use proptest::prelude::*;
use rust_decimal::{Decimal, RoundingStrategy};

use liveledger::capture::{EngagementEvent, Engine, SourceKind};
use liveledger::events::engagement::Engagement;
use liveledger::import::{import_reader, ImportOptions};
use liveledger::model::{GiftInput, SessionInput};
use liveledger::rates::Rate;
use liveledger::report::{Figure, Insights, Range};
use liveledger::Store;

#[derive(Debug, Clone)]
enum Op {
    Session {
        day: i64,
        hour: i64,
        minutes: i64,
        viewers: Option<i64>,
        followers: Option<i64>,
    },
    Gift {
        pick: usize,
        sender: Option<usize>,
        coins: i64,
        count: i64,
        at: u8,
    },
    DeleteGift {
        pick: usize,
    },
    DeleteSession {
        pick: usize,
    },
    Import {
        log: usize,
    },
    /// A few engagement events in one live, as capture receives them.
    Room {
        pick: usize,
        events: Vec<(u8, usize, i64)>,
    },
    Zone {
        zone: usize,
    },
}

const FANS: [&str; 6] = ["alice", "bob", "carol", "dan", "eve", "<b>x</b>"];
const ZONES: [&str; 4] = [
    "Europe/Berlin",
    "America/Los_Angeles",
    "Asia/Tokyo",
    "Etc/UTC",
];
const KINDS: [Engagement; 4] = [
    Engagement::Comment,
    Engagement::Like,
    Engagement::Follow,
    Engagement::Join,
];

/// A typed live: on two weekdays at two or three hours mostly, so the
/// week's cells fill past the sample and have medians to compare.
fn session() -> impl Strategy<Value = Op> {
    (
        0i64..6,
        0i64..2,
        prop_oneof![4 => 19i64..21, 1 => 0i64..24],
        prop_oneof![1 => 5i64..15, 6 => 15i64..300],
        prop::option::of(0i64..3000),
        prop::option::of(0i64..60),
    )
        .prop_map(
            |(week, day, hour, minutes, viewers, followers)| Op::Session {
                day: 7 * week + day,
                hour,
                minutes,
                viewers,
                followers,
            },
        )
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        2 => session(),
        8 => (0usize..40, prop::option::of(0..FANS.len()), 1i64..600, 1i64..12, any::<u8>())
            .prop_map(|(pick, sender, coins, count, at)| Op::Gift { pick, sender, coins, count, at }),
        1 => (0usize..100).prop_map(|pick| Op::DeleteGift { pick }),
        1 => (0usize..40).prop_map(|pick| Op::DeleteSession { pick }),
        1 => (0usize..2).prop_map(|log| Op::Import { log }),
        6 => (0usize..40, prop::collection::vec((any::<u8>(), 0..KINDS.len(), 1i64..40), 1..12))
            .prop_map(|(pick, events)| Op::Room { pick, events }),
        1 => (0..ZONES.len()).prop_map(|zone| Op::Zone { zone }),
    ]
}

/// The live `pick` chooses, with its start and end.
fn live(store: &Store, pick: usize) -> Option<(i64, DateTime<Utc>, DateTime<Utc>)> {
    let s: Vec<_> = store
        .sessions()
        .expect("sessions")
        .into_iter()
        .filter_map(|s| Some((s.id, s.started_at, s.ended_at?)))
        .collect();
    (!s.is_empty()).then(|| s[pick % s.len()])
}

/// An instant inside `[from, to)` that `at` picks.
fn inside(from: DateTime<Utc>, to: DateTime<Utc>, at: u8) -> DateTime<Utc> {
    let span = (to - from).num_milliseconds().max(1);
    from + Duration::milliseconds(span * i64::from(at) / 256)
}

fn run(db: &Path, logs: &[Vec<String>], op: &Op) {
    let mut store = Store::open(db).expect("open");
    match *op {
        Op::Session {
            day,
            hour,
            minutes,
            viewers,
            followers,
        } => {
            let at = Utc.with_ymd_and_hms(2026, 3, 1, 0, 0, 0).unwrap()
                + Duration::days(day)
                + Duration::hours(hour);
            let _ = store.add_session(&SessionInput {
                started_at: Some(at),
                ended_at: Some(at + Duration::minutes(minutes)),
                unique_viewers: viewers,
                new_followers: followers,
                ..SessionInput::default()
            });
        }
        Op::Gift {
            pick,
            sender,
            coins,
            count,
            at,
        } => {
            if let Some((id, from, to)) = live(&store, pick) {
                let _ = store.add_gift(&GiftInput {
                    session_id: id,
                    gift_name: "Rose".into(),
                    coins_each: Some(coins),
                    count,
                    sender: sender.map(|s| FANS[s].to_string()),
                    at: Some(inside(from, to, at)),
                });
            }
        }
        Op::DeleteGift { pick } => {
            let mut ids = Vec::new();
            for s in store.sessions().expect("sessions") {
                ids.extend(store.gifts(s.id).expect("gifts").iter().map(|g| g.id));
            }
            if !ids.is_empty() {
                let _ = store.delete_gift(ids[pick % ids.len()], true);
            }
        }
        Op::DeleteSession { pick } => {
            if let Some((id, _, _)) = live(&store, pick) {
                let _ = store.delete_session(id, true);
            }
        }
        Op::Import { log } => {
            let t = format!("{HEADER}\n{}\n", logs[log % logs.len()].join("\n"));
            let _ = import_reader(
                &mut store,
                t.as_bytes(),
                "log.csv",
                t.len() as u64,
                &ImportOptions::default(),
                &mut |_, _| {},
            );
        }
        Op::Room { pick, ref events } => {
            if let Some((_, from, to)) = live(&store, pick) {
                let mut engine = Engine::open(store, SourceKind::Ws, "ws://127.0.0.1:21213/", 30)
                    .expect("engine");
                let mut events = events.clone();
                events.sort();
                for (at, kind, count) in events {
                    let at = inside(from, to, at);
                    let kind = KINDS[kind];
                    let _ = engine.engagement(
                        &EngagementEvent {
                            kind,
                            count: if kind == Engagement::Like { count } else { 1 },
                            at,
                            stamp: at.timestamp_millis().to_string(),
                            timed: true,
                            msg_id: None,
                            sender: None,
                        },
                        None,
                    );
                }
                engine.stop().expect("a clean stop");
            }
        }
        Op::Zone { zone } => {
            store.set_setting("timezone", ZONES[zone]).expect("zone");
        }
    }
}

// ---- The recomputation, from the rows -------------------------------------

/// One live as the rows say it.
#[derive(Debug, Clone)]
struct Row {
    id: i64,
    start: DateTime<Utc>,
    end: Option<DateTime<Utc>>,
    viewers: Option<i64>,
    followers: Option<i64>,
    diamonds: Decimal,
    per_coin: Decimal,
    money: Decimal,
    currency: String,
}

fn dec(s: &str) -> Decimal {
    s.parse().expect("a decimal in the ledger")
}

fn median(mut v: Vec<Decimal>) -> Figure {
    let n = v.len();
    if n < 5 {
        return Figure { value: None, n };
    }
    v.sort();
    let m = if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / Decimal::TWO
    };
    Figure {
        value: Some(
            m.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
                .normalize(),
        ),
        n,
    }
}

fn ms(t: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(t).expect("an instant")
}

/// Each live's named gifts: (sender, coins).
type Senders = HashMap<i64, Vec<(String, i64)>>;

/// The lives, their zone and rates, read with plain SQL.
fn rows(db: &Path) -> (Vec<Row>, Tz, Senders) {
    let c = rusqlite::Connection::open(db).unwrap();
    let tz: Tz = c
        .query_row(
            "SELECT value FROM settings WHERE key = 'timezone'",
            [],
            |r| r.get::<_, String>(0),
        )
        .unwrap_or_else(|_| "Etc/UTC".into())
        .parse()
        .unwrap();
    let mut coins: HashMap<i64, i64> = HashMap::new();
    let mut senders: Senders = HashMap::new();
    let mut q = c
        .prepare("SELECT session_id, coins_each * count, sender FROM gifts")
        .unwrap();
    let mut r = q.query([]).unwrap();
    while let Some(g) = r.next().unwrap() {
        let (sid, c): (i64, i64) = (g.get(0).unwrap(), g.get(1).unwrap());
        *coins.entry(sid).or_default() += c;
        if let Some(name) = g.get::<_, Option<String>>(2).unwrap() {
            senders.entry(sid).or_default().push((name, c));
        }
    }
    let mut q = c
        .prepare(
            "SELECT id, started_at, ended_at, unique_viewers, new_followers, reported_diamonds,
                    diamonds_per_coin, money_per_diamond, currency FROM sessions",
        )
        .unwrap();
    let lives = q
        .query_map([], |s| {
            let id: i64 = s.get(0)?;
            let per_coin = dec(&s.get::<_, String>(6)?);
            let diamonds = (Decimal::from(*coins.get(&id).unwrap_or(&0)) * per_coin).floor()
                + dec(&s.get::<_, String>(5)?);
            Ok(Row {
                id,
                start: ms(s.get(1)?),
                end: s.get::<_, Option<i64>>(2)?.map(ms),
                viewers: s.get(3)?,
                followers: s.get(4)?,
                diamonds,
                per_coin,
                money: dec(&s.get::<_, String>(7)?),
                currency: s.get(8)?,
            })
        })
        .unwrap()
        .collect::<rusqlite::Result<Vec<_>>>()
        .unwrap();
    (lives, tz, senders)
}

/// The room each live's counted minutes add up to: (comments, likes,
/// follows, minutes).
fn room(db: &Path) -> HashMap<i64, (i64, i64, i64, i64)> {
    let c = rusqlite::Connection::open(db).unwrap();
    let mut q = c
        .prepare("SELECT session_id, comments, likes, follows FROM live_minutes")
        .unwrap();
    let mut out: HashMap<i64, (i64, i64, i64, i64)> = HashMap::new();
    let mut r = q.query([]).unwrap();
    while let Some(m) = r.next().unwrap() {
        let e = out.entry(m.get(0).unwrap()).or_default();
        e.0 += m.get::<_, i64>(1).unwrap();
        e.1 += m.get::<_, i64>(2).unwrap();
        e.2 += m.get::<_, i64>(3).unwrap();
        e.3 += 1;
    }
    out
}

fn hours(r: &Row) -> Decimal {
    Decimal::from((r.end.unwrap() - r.start).num_seconds()) / Decimal::from(3600)
}

/// The halves of `pairs` at their median measure.
fn halves(pairs: &[(Decimal, Decimal)]) -> (Figure, Figure, Figure) {
    let cut = median(pairs.iter().map(|p| p.0).collect());
    let side = |above: bool| {
        median(
            pairs
                .iter()
                .filter(|p| cut.value.is_some_and(|l| (p.0 > l) == above))
                .map(|p| p.1)
                .collect(),
        )
    };
    (cut.clone(), side(true), side(false))
}

fn check(db: &Path, got: &Insights, range: Range) {
    let (all, tz, senders) = rows(db);
    let day = |t: DateTime<Utc>| t.with_timezone(&tz).date_naive();
    let mut lives: Vec<&Row> = all
        .iter()
        .filter(|r| r.end.is_some() && hours(r) >= Decimal::new(25, 2))
        .filter(|r| range.from.is_none_or(|f| day(r.start) >= f))
        .filter(|r| range.to.is_none_or(|t| day(r.start) <= t))
        .collect();
    lives.sort_by_key(|r| (r.start, r.id));
    assert_eq!(got.lives, lives.len(), "lives looked at");
    let per_hour = |r: &Row| r.diamonds / hours(r);

    // When: weekday × start hour in the zone of the ledger now.
    let mut cells: BTreeMap<(u32, u32), Vec<Decimal>> = BTreeMap::new();
    for r in &lives {
        let local = r.start.with_timezone(&tz);
        cells
            .entry((local.weekday().num_days_from_monday(), local.hour()))
            .or_default()
            .push(per_hour(r));
    }
    let want: Vec<(u32, u32, Figure)> = cells
        .into_iter()
        .map(|((d, h), v)| (d, h, median(v)))
        .collect();
    let have: Vec<(u32, u32, Figure)> = got
        .week
        .iter()
        .map(|c| (c.weekday, c.hour, c.per_hour.clone()))
        .collect();
    assert_eq!(have, want, "the week");

    // How long.
    for b in &got.lengths {
        let band: Vec<&&Row> = lives
            .iter()
            .filter(|r| {
                let m = hours(r) * Decimal::from(60);
                m >= Decimal::from(b.from_minutes)
                    && b.to_minutes.is_none_or(|t| m < Decimal::from(t))
            })
            .collect();
        assert_eq!(
            b.per_hour,
            median(band.iter().map(|r| per_hour(r)).collect()),
            "band {}",
            b.from_minutes
        );
        assert_eq!(
            b.per_live,
            median(band.iter().map(|r| r.diamonds).collect())
        );
    }

    // Per viewer, and money per 1,000 viewers in each currency apart.
    let watched: Vec<&&Row> = lives
        .iter()
        .filter(|r| r.viewers.is_some_and(|v| v > 0))
        .collect();
    let v = |r: &Row| Decimal::from(r.viewers.unwrap());
    assert_eq!(
        got.per_view.diamonds_per_viewer,
        median(watched.iter().map(|r| r.diamonds / v(r)).collect())
    );
    let mut money: BTreeMap<String, Vec<Decimal>> = BTreeMap::new();
    for r in &watched {
        money
            .entry(r.currency.clone())
            .or_default()
            .push(r.diamonds * r.money * Decimal::from(1000) / v(r));
    }
    let money: BTreeMap<String, Figure> = money.into_iter().map(|(c, x)| (c, median(x))).collect();
    assert_eq!(
        got.per_view.value_per_1000_viewers, money,
        "money per 1,000 viewers"
    );

    // Who gives: each sender's diamonds at their live's rate, who came new.
    let looked: HashSet<i64> = lives.iter().map(|r| r.id).collect();
    let mut first: HashMap<&str, (DateTime<Utc>, i64)> = HashMap::new();
    for r in &all {
        for (name, _) in senders.get(&r.id).into_iter().flatten() {
            let f = first.entry(name).or_insert((r.start, r.id));
            if (r.start, r.id) < *f {
                *f = (r.start, r.id);
            }
        }
    }
    let mut gifters = Vec::new();
    let mut by: HashMap<&str, (Decimal, usize)> = HashMap::new();
    let mut total = Decimal::ZERO;
    for r in &lives {
        let mut here: BTreeMap<&str, i64> = BTreeMap::new();
        for (name, c) in senders.get(&r.id).into_iter().flatten() {
            *here.entry(name).or_default() += c;
        }
        let new = here.keys().filter(|n| first[*n] == (r.start, r.id)).count();
        gifters.push((here.len(), new));
        for (name, c) in here {
            let e = by.entry(name).or_default();
            e.0 += Decimal::from(c) * r.per_coin;
            e.1 += 1;
            total += Decimal::from(c) * r.per_coin;
        }
    }
    assert!(looked.len() == lives.len());
    assert_eq!(
        got.who.gifters_per_live,
        median(gifters.iter().map(|g| Decimal::from(g.0)).collect())
    );
    let counts: Vec<(usize, usize)> = got.who.lives.iter().map(|l| (l.gifters, l.new)).collect();
    assert_eq!(counts, gifters, "gifters and new ones per live");
    let mut ranked: Vec<(&str, (Decimal, usize))> = by.into_iter().collect();
    ranked.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
    for t in &got.who.top_share {
        let part: Decimal = ranked.iter().take(t.top).map(|r| r.1 .0).sum();
        let want = (lives.len() >= 5 && total > Decimal::ZERO).then(|| {
            (part * Decimal::ONE_HUNDRED / total)
                .round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero)
                .normalize()
        });
        assert_eq!(t.percent.value, want, "top {}", t.top);
    }
    // Each supporter shown has the diamonds and lives the rows give them, and
    // the ten shown are the ten largest (equal diamonds may come in any order).
    let round2 = |d: Decimal| {
        d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
            .normalize()
    };
    let of: HashMap<&str, (Decimal, usize)> = ranked.iter().copied().collect();
    for s in &got.who.supporters {
        let (d, l) = of[s.name.as_str()];
        assert_eq!(
            (s.diamonds.0, s.lives),
            (round2(d), l),
            "supporter {}",
            s.name
        );
    }
    let want: Vec<Decimal> = ranked.iter().take(10).map(|r| round2(r.1 .0)).collect();
    let have: Vec<Decimal> = got.who.supporters.iter().map(|s| s.diamonds.0).collect();
    assert_eq!(have, want, "the top supporters");

    // The room: diamonds per hour at the median of comments a minute, and
    // of new followers an hour (the creator's own figure first).
    let counted = room(db);
    let mut comments = Vec::new();
    let mut followers = Vec::new();
    for r in &lives {
        let seen = counted.get(&r.id).filter(|e| e.3 > 0);
        if let Some(e) = seen {
            comments.push((Decimal::from(e.0) / Decimal::from(e.3), per_hour(r)));
        }
        if let Some(f) = r.followers.or(seen.map(|e| e.2)) {
            followers.push((Decimal::from(f) / hours(r), per_hour(r)));
        }
    }
    let e = &got.engagement;
    assert_eq!(e.lives, comments.len(), "captured lives");
    let (cut, above, below) = halves(&comments);
    assert_eq!(
        (
            &e.by_comments.cut,
            &e.by_comments.above,
            &e.by_comments.below
        ),
        (&cut, &above, &below)
    );
    let (cut, above, below) = halves(&followers);
    assert_eq!(
        (
            &e.by_followers.cut,
            &e.by_followers.above,
            &e.by_followers.below
        ),
        (&cut, &above, &below)
    );
}

/// A second rate, in euros, from March 20: lives before it are in dollars.
fn two_currencies(db: &Path) {
    let mut store = Store::open(db).unwrap();
    store
        .set_rate(&Rate {
            id: 0,
            effective_from: NaiveDate::from_ymd_opt(2026, 3, 20).unwrap(),
            diamonds_per_coin: Decimal::new(5, 1),
            money_per_diamond: Decimal::new(46, 4),
            currency: "EUR".into(),
            min_withdrawal: Decimal::from(9),
            max_withdrawal_per_day: None,
        })
        .unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    #[test]
    fn every_insight_equals_the_rows_recomputed(
        logs in prop::collection::vec(log(), 2),
        lives in prop::collection::vec(session(), 10..30),
        ops in prop::collection::vec(op(), 20..80),
        from in prop::option::of(0i64..40),
        days in 0i64..40,
    ) {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("ledger.db");
        Store::open(&db).unwrap().set_setting("timezone", "Europe/Berlin").unwrap();
        two_currencies(&db);
        for op in lives.iter().chain(&ops) {
            run(&db, &logs, op);
        }
        let now = Utc.with_ymd_and_hms(2026, 6, 1, 12, 0, 0).unwrap();
        let start = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        for range in [
            Range::default(),
            Range {
                from: from.map(|f| start + Duration::days(f)),
                to: from.map(|f| start + Duration::days(f + days)),
                by: None,
            },
        ] {
            let got = Store::open(&db).unwrap().insights(range, now).unwrap();
            check(&db, &got, range);
        }
    }
}
