//! The laws of the ledger, checked on random ledgers in a real SQLite file:
//! sessions, gifts, rates in two currencies, withdrawals, adjustments,
//! deletes and time-zone changes, in any order.
//!
//! - balance = earned − withdrawn + adjusted, where earned is recomputed
//!   here from the stored columns (whole diamonds of each session's own
//!   rate), not by the code under test;
//! - money is summed per currency: the statement's totals equal the sums of
//!   the withdrawals of that currency;
//! - no stored figure changes when a setting other than a rate changes;
//! - the summary, every statement and every export answer, never panic.

use chrono::{DateTime, Duration, TimeZone, Utc};
use proptest::prelude::*;
use rust_decimal::Decimal;

use liveledger::dates::Period;
use liveledger::export::{self, ExportFormat};
use liveledger::model::{GiftInput, SessionInput, WithdrawalInput, WithdrawalStatus};
use liveledger::money::Diamonds;
use liveledger::rates::Rate;
use liveledger::report;
use liveledger::Store;

#[derive(Debug, Clone)]
enum Op {
    Session {
        day: i64,
        reported: i64,
    },
    Gift {
        pick: usize,
        coins: i64,
        count: i64,
    },
    Rate {
        day: i64,
        eur: bool,
        dpc_tenths: i64,
        mpd_thousandths: i64,
    },
    Withdraw {
        day: i64,
        diamonds: i64,
        status: usize,
        force: bool,
    },
    Adjust {
        day: i64,
        diamonds: i64,
        force: bool,
    },
    DeleteSession {
        pick: usize,
        force: bool,
    },
    Zone {
        pick: usize,
    },
    /// Records at the bounds a ledger accepts (10^12 a record).
    Huge {
        day: i64,
        negative: bool,
    },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0i64..400, 0i64..50_000).prop_map(|(day, reported)| Op::Session { day, reported }),
        4 => (0usize..50, 1i64..30_000, 1i64..20)
            .prop_map(|(pick, coins, count)| Op::Gift { pick, coins, count }),
        1 => (0i64..400, any::<bool>(), 3i64..15, 3i64..8).prop_map(
            |(day, eur, dpc_tenths, mpd_thousandths)| Op::Rate { day, eur, dpc_tenths, mpd_thousandths }
        ),
        2 => (0i64..400, 1i64..100_000, 0usize..4, any::<bool>())
            .prop_map(|(day, diamonds, status, force)| Op::Withdraw { day, diamonds, status, force }),
        1 => (0i64..400, -20_000i64..20_000, any::<bool>())
            .prop_map(|(day, diamonds, force)| Op::Adjust { day, diamonds, force }),
        1 => (0usize..50, any::<bool>()).prop_map(|(pick, force)| Op::DeleteSession { pick, force }),
        1 => (0usize..4).prop_map(|pick| Op::Zone { pick }),
        1 => (0i64..400, any::<bool>()).prop_map(|(day, negative)| Op::Huge { day, negative }),
    ]
}

const ZONES: [&str; 4] = [
    "UTC",
    "America/Los_Angeles",
    "Europe/Berlin",
    "Pacific/Kiritimati",
];

fn at(day: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 6, 1, 21, 30, 0).unwrap() + Duration::hours(day * 23)
}

/// Every stored figure a setting must never change.
fn stored(store: &Store) -> String {
    let conn = rusqlite::Connection::open(store.path()).unwrap();
    let mut out = String::new();
    let mut s = conn
        .prepare(
            "SELECT id, coins_total, reported_diamonds, diamonds_per_coin, money_per_diamond, currency
             FROM sessions ORDER BY id",
        )
        .unwrap();
    let rows = s
        .query_map([], |r| {
            Ok(format!(
                "s{}:{}:{}:{}:{}:{};",
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?
            ))
        })
        .unwrap();
    for r in rows {
        out.push_str(&r.unwrap());
    }
    let mut w = conn
        .prepare(
            "SELECT id, diamonds, gross, fee, net, currency, status FROM withdrawals ORDER BY id",
        )
        .unwrap();
    let rows = w
        .query_map([], |r| {
            Ok(format!(
                "w{}:{}:{}:{}:{}:{}:{};",
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?
            ))
        })
        .unwrap();
    for r in rows {
        out.push_str(&r.unwrap());
    }
    out
}

/// Diamonds earned, recomputed from the stored columns alone.
fn earned_by_hand(store: &Store) -> Decimal {
    let conn = rusqlite::Connection::open(store.path()).unwrap();
    let mut s = conn
        .prepare("SELECT coins_total, reported_diamonds, diamonds_per_coin FROM sessions")
        .unwrap();
    let rows = s
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })
        .unwrap();
    rows.map(|r| {
        let (coins, reported, dpc) = r.unwrap();
        let dpc: Decimal = dpc.parse().unwrap();
        (Decimal::from(coins) * dpc).floor() + reported.parse::<Decimal>().unwrap()
    })
    .sum()
}

fn check_laws(store: &Store) -> Result<(), TestCaseError> {
    let ledger = store.snapshot().unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 28, 12, 0, 0).unwrap();
    let s = report::summary(&ledger, now).expect("the summary answers");
    let withdrawn: Decimal = ledger
        .withdrawals
        .iter()
        .filter(|w| w.status.takes_diamonds())
        .map(|w| w.diamonds.0)
        .sum();
    let adjusted: Decimal = ledger.adjustments.iter().map(|a| a.diamonds.0).sum();
    let earned = earned_by_hand(store);
    prop_assert_eq!(s.diamonds_earned.0, earned);
    prop_assert_eq!(s.balance_diamonds.0, earned - withdrawn + adjusted);
    prop_assert!(s.progress >= Decimal::ZERO);
    for by in [Period::Day, Period::Week, Period::Month, Period::Year] {
        let st = report::statement_with_total(&ledger, by).expect("the statement answers");
        prop_assert_eq!(st.total.closing_balance, s.balance_diamonds);
        let sum: Decimal = st.rows.iter().map(|r| r.diamonds.0).sum();
        prop_assert_eq!(sum, earned);
        // Withdrawals are stored rounded: per currency, rows and total agree
        // exactly with the withdrawals of that currency.
        for currency in ["USD", "EUR"] {
            let by_hand: Decimal = ledger
                .withdrawals
                .iter()
                .filter(|w| w.status.takes_diamonds() && w.currency == currency)
                .map(|w| w.gross.0)
                .sum();
            let total = st
                .total
                .withdrawn_gross
                .0
                .get(currency)
                .map_or(Decimal::ZERO, |m| m.0);
            prop_assert_eq!(total, by_hand, "{}", currency);
        }
    }
    report::session_metrics(&ledger).expect("metrics answer");
    for f in [
        ExportFormat::Csv,
        ExportFormat::Json,
        ExportFormat::Hledger,
        ExportFormat::Beancount,
    ] {
        let mut sink = Vec::new();
        export::export(store, f, &mut sink).expect("every export answers");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_ledgers_keep_the_laws(ops in prop::collection::vec(op(), 1..40)) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("l.db")).unwrap();
        store.set_setting("timezone", "Europe/Berlin").unwrap();
        let mut sessions: Vec<i64> = Vec::new();
        for op in ops {
            // Refusals (not covered, unusual without force, absurd) are fine;
            // a panic or a broken law is not.
            match op {
                Op::Session { day, reported } => {
                    if let Ok(id) = store.add_session(&SessionInput {
                        started_at: Some(at(day)),
                        ended_at: Some(at(day) + Duration::minutes(90)),
                        reported_diamonds: Diamonds(Decimal::from(reported)),
                        ..SessionInput::default()
                    }) {
                        sessions.push(id);
                    }
                }
                Op::Gift { pick, coins, count } => {
                    if let Some(&id) = sessions.get(pick % sessions.len().max(1)) {
                        let _ = store.add_gift(&GiftInput {
                            session_id: id,
                            gift_name: "Test gift".into(),
                            coins_each: Some(coins),
                            count,
                            sender: Some("fan".into()),
                            at: None,
                        });
                    }
                }
                Op::Rate { day, eur, dpc_tenths, mpd_thousandths } => {
                    store.set_rate(&Rate {
                        id: 0,
                        effective_from: at(day).date_naive(),
                        diamonds_per_coin: Decimal::new(dpc_tenths, 1),
                        money_per_diamond: Decimal::new(mpd_thousandths, 3),
                        currency: if eur { "EUR" } else { "USD" }.into(),
                        min_withdrawal: Decimal::from(10),
                        max_withdrawal_per_day: Some(Decimal::from(1000)),
                    }).unwrap();
                }
                Op::Withdraw { day, diamonds, status, force } => {
                    let status = [WithdrawalStatus::Pending, WithdrawalStatus::Paid,
                        WithdrawalStatus::Failed, WithdrawalStatus::Cancelled][status];
                    let _ = store.add_withdrawal(&WithdrawalInput {
                        requested_at: at(day),
                        diamonds: Decimal::from(diamonds),
                        fee: Decimal::ZERO,
                        method: String::new(),
                        status,
                        reference: String::new(),
                        force,
                    });
                }
                Op::Adjust { day, diamonds, force } => {
                    let _ = store.add_adjustment(at(day), Decimal::from(diamonds), "test", force);
                }
                Op::DeleteSession { pick, force } => {
                    if !sessions.is_empty() {
                        let id = sessions[pick % sessions.len()];
                        if store.delete_session(id, force).is_ok() {
                            sessions.retain(|s| *s != id);
                        }
                    }
                }
                Op::Huge { day, negative } => {
                    let max = Decimal::from(liveledger::money::MAX_RECORD);
                    if let Ok(id) = store.add_session(&SessionInput {
                        started_at: Some(at(day)),
                        reported_diamonds: Diamonds(max),
                        ..SessionInput::default()
                    }) {
                        sessions.push(id);
                        let _ = store.add_gift(&GiftInput {
                            session_id: id,
                            gift_name: "Universe".into(),
                            coins_each: Some(liveledger::money::MAX_RECORD),
                            count: 1,
                            sender: None,
                            at: None,
                        });
                    }
                    let _ = store.add_adjustment(at(day), if negative { -max } else { max }, "huge", true);
                }
                Op::Zone { pick } => {
                    let before = stored(&store);
                    store.set_setting("timezone", ZONES[pick]).unwrap();
                    prop_assert_eq!(stored(&store), before, "a time zone changed a stored figure");
                }
            }
            check_laws(&store)?;
        }
    }
}

/// A TikTok LIVE Center day file: a header in one of its languages and a
/// row per day, some figures left out.
#[derive(Debug, Clone)]
struct DayFile {
    lang: usize,
    kind: usize,
    rows: Vec<(i64, i64, i64)>,
}

/// (Revenue, Activity, Engagement) headers per language.
const DAY_HEADERS: [[&str; 3]; 3] = [
    [
        "Date,Diamonds",
        "Date,LIVE duration,LIVE sessions",
        "Date,Gifters,Likes",
    ],
    [
        "日付,ダイヤモンド",
        "日付,LIVE時間,LIVEの合計数",
        "日付,ギフト贈呈者,いいね",
    ],
    [
        "Datum,Diamanten",
        "Datum,LIVE-Dauer,LIVE-Sitzungen",
        "Datum,Schenkende,Gefällt mir",
    ],
];

fn day_file() -> impl Strategy<Value = DayFile> {
    (
        0usize..3,
        0usize..3,
        prop::collection::vec((0i64..40, 0i64..20_000, 0i64..5), 1..12),
    )
        .prop_map(|(lang, kind, rows)| DayFile { lang, kind, rows })
}

impl DayFile {
    fn text(&self) -> String {
        let mut out = format!("{}\n", DAY_HEADERS[self.lang][self.kind]);
        let mut seen = std::collections::BTreeSet::new();
        for (day, a, b) in &self.rows {
            // One row a day, as TikTok writes them.
            if !seen.insert(*day) {
                continue;
            }
            let d = (Utc.with_ymd_and_hms(2025, 6, 1, 0, 0, 0).unwrap() + Duration::days(*day))
                .format("%Y-%m-%d");
            match self.kind {
                0 => out.push_str(&format!("{d},{a}\n")),
                _ => out.push_str(&format!("{d},{a},{b}\n")),
            }
        }
        out
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// TikTok's figures per day are never added to the balance: importing
    /// day files (in any order, again, or a file that replaces a figure)
    /// leaves it as it was; booking only takes days with no live, and adds
    /// exactly their reported diamonds; undoing the booking takes them out.
    #[test]
    fn day_files_never_move_the_balance_and_booking_adds_only_empty_days(
        lives in prop::collection::vec((0i64..40, 0i64..50_000, 0i64..24), 0..15),
        files in prop::collection::vec(day_file(), 1..6),
        zone in 0usize..4,
    ) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("l.db")).unwrap();
        store.set_setting("timezone", ZONES[zone]).unwrap();
        for (day, reported, hour) in &lives {
            let start = Utc.with_ymd_and_hms(2025, 6, 1, 0, 0, 0).unwrap()
                + Duration::days(*day) + Duration::hours(*hour);
            store.add_session(&SessionInput {
                started_at: Some(start),
                ended_at: Some(start + Duration::minutes(90)),
                reported_diamonds: Diamonds(Decimal::from(*reported)),
                ..SessionInput::default()
            }).unwrap();
        }
        let balance = |s: &Store| s.snapshot().unwrap().balance().unwrap().total().unwrap();
        let before = balance(&store);
        for (i, f) in files.iter().enumerate() {
            let text = f.text();
            let r = liveledger::import::import_reader(
                &mut store, text.as_bytes(), &format!("day-{i}.csv"), text.len() as u64,
                &liveledger::import::ImportOptions::default(), &mut |_, _| {},
            ).unwrap();
            prop_assert_eq!(&r.format, "tiktok-days");
            prop_assert_eq!(r.diamonds_added, Diamonds::ZERO);
            prop_assert_eq!(balance(&store), before, "importing a day file moved the balance");
            check_laws(&store)?;
        }
        let snapshot = store.snapshot().unwrap();
        let days = report::days_report(&snapshot, &store.reported_days().unwrap()).unwrap();
        // A day with a live is never bookable, and booking it is refused whole.
        for d in &days.days {
            prop_assert_eq!(d.bookable, d.lives == 0 && d.tiktok_diamonds.is_some_and(|t| t > Diamonds::ZERO));
            if d.lives > 0 && d.tiktok_diamonds.is_some() {
                prop_assert!(store.book_reported_days(&[d.day]).is_err());
                prop_assert_eq!(balance(&store), before);
            }
        }
        let bookable: Vec<_> = days.days.iter().filter(|d| d.bookable).collect();
        if bookable.is_empty() {
            return Ok(());
        }
        let want: Decimal = bookable.iter().map(|d| d.tiktok_diamonds.unwrap().0).sum();
        let picked: Vec<_> = bookable.iter().map(|d| d.day).collect();
        let booking = store.book_reported_days(&picked).unwrap();
        prop_assert_eq!(booking.diamonds.0, want);
        prop_assert_eq!(balance(&store).0, before.0 + want, "booking added another amount");
        check_laws(&store)?;
        // Every day booked now has exactly one live, worth TikTok's figure.
        let after = report::days_report(&store.snapshot().unwrap(), &store.reported_days().unwrap()).unwrap();
        for d in after.days.iter().filter(|d| picked.contains(&d.day)) {
            prop_assert_eq!(d.lives, 1);
            prop_assert_eq!(d.difference, Some(Diamonds::ZERO));
        }
        prop_assert_eq!(after.bookable_days, 0);
        store.undo_import(booking.import_id, false).unwrap();
        prop_assert_eq!(balance(&store), before, "undoing the booking");
    }
}
