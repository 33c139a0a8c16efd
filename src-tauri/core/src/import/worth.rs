//! What an import adds is worth: the one place an import is priced.

use std::collections::BTreeMap;

use chrono_tz::Tz;
use rust_decimal::Decimal;

use crate::money::{round_money, Diamonds, Money};
use crate::rates::{Rate, RateTable};

/// What one session gained in an import: its start, the coins of the
/// gifts added to it, and the diamonds it reports without gifts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SessionAdded {
    /// Its start.
    pub started_at: chrono::DateTime<chrono::Utc>,
    /// Coins of the gifts added.
    pub coins: i64,
    /// Diamonds reported by a session the import created.
    pub reported: Decimal,
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
        let d = Decimal::from(s.coins)
            .checked_mul(rate.diamonds_per_coin)?
            .floor()
            .checked_add(s.reported)?;
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
