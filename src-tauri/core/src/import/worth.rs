//! What an import adds is worth: the one place an import is priced.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rust_decimal::Decimal;
use serde::Serialize;

use super::ImportReport;
use crate::error::{Error, Result};
use crate::money::{round_money, Diamonds, Money};
use crate::rates::{Rate, RateTable};

/// What one session gained in an import: its start, the coins of the
/// gifts added to it, and the diamonds it reports without gifts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SessionAdded {
    /// The session.
    pub session: i64,
    /// Its start.
    pub started_at: DateTime<Utc>,
    /// Coins of the gifts added.
    pub coins: i64,
    /// Diamonds reported by a session the import created.
    pub reported: Decimal,
}

/// A session an import created: its id, start and end.
pub(crate) type LiveSpan = (i64, DateTime<Utc>, Option<DateTime<Utc>>);

/// What an import wrote, to be priced: what each session gained, and the
/// first sessions it created with their span (id, start, end).
#[derive(Debug, Clone, Default)]
pub(crate) struct Added {
    /// What each session gained (a session may come twice: gifts, reported diamonds).
    pub sessions: Vec<SessionAdded>,
    /// The first [`MAX_LISTED_LIVES`] sessions created, by start.
    pub lives: Vec<LiveSpan>,
}

/// Most lives an import report lists one by one (`sessions_added` counts all).
pub const MAX_LISTED_LIVES: usize = 100;

/// A live an import creates, for the preview: when, and what it earns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct LiveAdded {
    /// Its start (UTC).
    pub started_at: DateTime<Utc>,
    /// Its end, when known.
    pub ended_at: Option<DateTime<Utc>>,
    /// Diamonds the import gives it, as the import's total counts them.
    pub diamonds: Diamonds,
}

/// The diamonds one session's gain is worth at `rate`: whole per session,
/// as the wallet credits them. `None` out of range.
fn diamonds_of(s: &SessionAdded, rate: &Rate) -> Option<Decimal> {
    Decimal::from(s.coins)
        .checked_mul(rate.diamonds_per_coin)?
        .floor()
        .checked_add(s.reported)
}

/// What an import adds is worth: its coins, diamonds and money by
/// currency, each session at the rate in force on its local start day.
/// The one place an import is priced. Diamonds are whole per session, as
/// the wallet credits them. `None` when a sum leaves the decimal range.
pub(crate) fn value_added(
    rates: &RateTable,
    tz: Tz,
    added: &[SessionAdded],
) -> Option<(i64, Diamonds, BTreeMap<String, Money>)> {
    let mut coins = 0i64;
    let mut diamonds = Decimal::ZERO;
    let mut value: BTreeMap<String, Decimal> = BTreeMap::new();
    let fallback = Rate::default_rate();
    for s in added {
        let rate = rates
            .on(crate::dates::local_date(s.started_at, tz))
            .unwrap_or(&fallback);
        coins = coins.checked_add(s.coins)?;
        let d = diamonds_of(s, rate)?;
        diamonds = diamonds.checked_add(d)?;
        let money = d.checked_mul(rate.money_per_diamond)?;
        match value.get_mut(&rate.currency) {
            Some(slot) => *slot = slot.checked_add(money)?,
            None => {
                value.insert(rate.currency.clone(), money);
            }
        }
    }
    let value = value
        .into_iter()
        .map(|(c, m)| {
            let mut r = round_money(m);
            r.rescale(crate::money::MONEY_DP);
            (c, Money(r))
        })
        .collect();
    Some((coins, Diamonds(diamonds.normalize()), value))
}

/// The lives listed in `added`, each with its diamonds counted as
/// [`value_added`] counts them. `None` out of range.
fn lives_added(rates: &RateTable, tz: Tz, added: &Added) -> Option<Vec<LiveAdded>> {
    let fallback = Rate::default_rate();
    let mut by_session: HashMap<i64, Decimal> = HashMap::new();
    for s in &added.sessions {
        let rate = rates
            .on(crate::dates::local_date(s.started_at, tz))
            .unwrap_or(&fallback);
        let slot = by_session.entry(s.session).or_default();
        *slot = slot.checked_add(diamonds_of(s, rate)?)?;
    }
    Some(
        added
            .lives
            .iter()
            .map(|(id, start, end)| LiveAdded {
                started_at: *start,
                ended_at: *end,
                diamonds: Diamonds(by_session.get(id).copied().unwrap_or_default().normalize()),
            })
            .collect(),
    )
}

/// Prices what an import wrote into its report: coins, diamonds, money and
/// the lives it creates. Every road prices through here, so the preview
/// states what is written.
pub(crate) fn price(
    report: &mut ImportReport,
    rates: &RateTable,
    tz: Tz,
    added: &Added,
) -> Result<()> {
    let too_large = || Error::invalid("import", "the amounts are too large to add up");
    let (coins, diamonds, value) = value_added(rates, tz, &added.sessions).ok_or_else(too_large)?;
    report.coins_added = coins;
    report.diamonds_added = diamonds;
    report.value_added = value;
    report.lives = lives_added(rates, tz, added).ok_or_else(too_large)?;
    Ok(())
}
