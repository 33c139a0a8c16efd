//! Effective-dated rates: what a coin, a diamond and a withdrawal were worth
//! on a given day.
//!
//! TikTok changes its rates; a session keeps the rate in force on its local
//! start day. A rate applies from its `effective_from` day (in the creator's
//! time zone) until the next rate's day. Days before the first rate use the
//! first rate, so a ledger always has a rate for every session.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

use crate::l10n::Message;

/// One rate setting and the day it takes effect.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Rate {
    /// Store id (0 for a rate not yet saved).
    pub id: i64,
    /// The first local day this rate applies to.
    pub effective_from: NaiveDate,
    /// Diamonds the creator receives per coin of gift value.
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub diamonds_per_coin: Decimal,
    /// Money one diamond is worth when withdrawn.
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub money_per_diamond: Decimal,
    /// ISO 4217 code of that money, e.g. `USD`.
    pub currency: String,
    /// The smallest withdrawal TikTok allows, in money.
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub min_withdrawal: Decimal,
    /// The most that may be withdrawn in one day, in money, if capped.
    #[cfg_attr(feature = "typescript", ts(type = "string | null"))]
    pub max_withdrawal_per_day: Option<Decimal>,
}

impl Rate {
    /// The defaults from the domain notes: 1 diamond a coin, $0.005 a diamond,
    /// $10 minimum, $1,000 a day. A first rate for a new ledger, to be edited
    /// to what the creator's TikTok wallet shows.
    pub fn default_rate() -> Rate {
        Rate {
            id: 0,
            effective_from: NaiveDate::from_ymd_opt(2016, 9, 1).expect("valid constant date"),
            diamonds_per_coin: dec!(1),
            money_per_diamond: dec!(0.005),
            currency: "USD".to_string(),
            min_withdrawal: dec!(10),
            max_withdrawal_per_day: Some(dec!(1000)),
        }
    }

    /// Checks that every figure is usable: rates positive, limits not negative,
    /// currency a three-letter code.
    pub fn validate(&self) -> Result<(), String> {
        self.problem()
            .map_or(Ok(()), |m| Err(crate::l10n::english(&m)))
    }

    /// What [`Rate::validate`] says, as a message (`core-invalid-rate-…`),
    /// for a face to word in its language; `None` for a usable rate.
    pub fn problem(&self) -> Option<Message> {
        self.checked().err()
    }

    fn checked(&self) -> Result<(), Message> {
        let must = |id| Err(Message::new(id));
        if self.diamonds_per_coin <= Decimal::ZERO {
            return must("core-invalid-rate-per-coin");
        }
        if self.money_per_diamond <= Decimal::ZERO {
            return must("core-invalid-rate-per-diamond");
        }
        if self.min_withdrawal < Decimal::ZERO {
            return must("core-invalid-rate-minimum");
        }
        if matches!(self.max_withdrawal_per_day, Some(m) if m <= Decimal::ZERO) {
            return must("core-invalid-rate-maximum");
        }
        // Bounds of what a creator could have, so sums never leave the range.
        // `what` is the catalog's key for the figure; the figure is written
        // as typed (its text), the bound as the decimal it is.
        let bounded = |what: &str, v: Decimal, max: Decimal, dp: u32| {
            let said = |id| {
                Message::new(id)
                    .text("what", what)
                    .text("text", v.to_string())
            };
            if v > max {
                Err(said("core-invalid-rate-too-large").text("max", max.to_string()))
            } else if v.normalize().scale() > dp {
                Err(said("core-invalid-rate-decimal-places").count("count", dp))
            } else {
                Ok(())
            }
        };
        let money_max = Decimal::from(crate::money::MAX_RECORD);
        let dp = crate::money::MAX_RATE_DP;
        bounded("per-coin", self.diamonds_per_coin, dec!(1000), dp)?;
        bounded("per-diamond", self.money_per_diamond, dec!(1000), dp)?;
        bounded("minimum", self.min_withdrawal, money_max, 2)?;
        if let Some(max) = self.max_withdrawal_per_day {
            bounded("maximum", max, money_max, 2)?;
        }
        if self.currency.len() != 3 || !self.currency.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(Message::new("core-invalid-currency").text("text", self.currency.clone()));
        }
        Ok(())
    }

    /// What a withdrawal of `diamonds` brings at this rate: their value,
    /// rounded once by the house rule. `None` on overflow.
    pub fn gross_of(&self, diamonds: crate::money::Diamonds) -> Option<crate::money::Money> {
        diamonds.value(self.money_per_diamond).map(|m| m.rounded())
    }

    /// Whether a withdrawal of `gross` is below this rate's minimum: TikTok
    /// would not pay it. The one rule the store's check before recording and
    /// the history's flag both ask.
    pub fn below_minimum(&self, gross: crate::money::Money) -> bool {
        gross.0 < self.min_withdrawal
    }

    /// The minimum withdrawal expressed in diamonds at this rate, rounded up to
    /// a whole diamond (a wallet cannot hold part of one).
    pub fn threshold_diamonds(&self) -> Decimal {
        (self.min_withdrawal / self.money_per_diamond).ceil()
    }
}

/// All rates, ordered by the day they take effect.
#[derive(Debug, Clone, Default)]
pub struct RateTable {
    rates: Vec<Rate>,
}

impl RateTable {
    /// A table of `rates` in any order; at most one per day is kept (the last given).
    pub fn new(mut rates: Vec<Rate>) -> RateTable {
        rates.sort_by_key(|r| r.effective_from);
        rates.dedup_by(|later, earlier| {
            if later.effective_from == earlier.effective_from {
                std::mem::swap(later, earlier);
                true
            } else {
                false
            }
        });
        RateTable { rates }
    }

    /// The rate in force on local day `day`; the first rate for days before it.
    /// `None` only for an empty table.
    pub fn on(&self, day: NaiveDate) -> Option<&Rate> {
        let after = self.rates.partition_point(|r| r.effective_from <= day);
        self.rates.get(after.saturating_sub(1))
    }

    /// Every rate, oldest first.
    pub fn all(&self) -> &[Rate] {
        &self.rates
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rate(day: &str, mpd: Decimal) -> Rate {
        Rate {
            effective_from: day.parse().unwrap(),
            money_per_diamond: mpd,
            ..Rate::default_rate()
        }
    }

    #[test]
    fn picks_the_rate_in_force() {
        let t = RateTable::new(vec![
            rate("2026-03-01", dec!(0.004)),
            rate("2025-01-01", dec!(0.005)),
        ]);
        let on = |d: &str| t.on(d.parse().unwrap()).unwrap().money_per_diamond;
        assert_eq!(on("2024-06-01"), dec!(0.005)); // before the first: the first
        assert_eq!(on("2025-01-01"), dec!(0.005));
        assert_eq!(on("2026-02-28"), dec!(0.005));
        assert_eq!(on("2026-03-01"), dec!(0.004));
        assert_eq!(on("2030-01-01"), dec!(0.004));
        assert!(RateTable::default()
            .on("2026-01-01".parse().unwrap())
            .is_none());
    }

    #[test]
    fn a_new_rate_does_not_reprice_earlier_days() {
        let before = RateTable::new(vec![rate("2025-01-01", dec!(0.005))]);
        let after = RateTable::new(vec![
            rate("2025-01-01", dec!(0.005)),
            rate("2026-06-01", dec!(0.006)),
        ]);
        for d in ["2025-01-01", "2025-12-31", "2026-05-31"] {
            let d = d.parse().unwrap();
            assert_eq!(before.on(d), after.on(d));
        }
    }

    #[test]
    fn threshold_in_diamonds_rounds_up() {
        assert_eq!(Rate::default_rate().threshold_diamonds(), dec!(2000));
        let odd = Rate {
            money_per_diamond: dec!(0.003),
            ..Rate::default_rate()
        };
        assert_eq!(odd.threshold_diamonds(), dec!(3334));
    }

    #[test]
    fn validation_names_the_problem() {
        assert!(Rate::default_rate().validate().is_ok());
        let bad = Rate {
            currency: "usd".into(),
            ..Rate::default_rate()
        };
        assert!(bad.validate().unwrap_err().contains("currency"));
        let bad = Rate {
            money_per_diamond: dec!(0),
            ..Rate::default_rate()
        };
        assert!(bad.validate().unwrap_err().contains("money per diamond"));
    }

    #[test]
    fn rates_near_the_decimal_limit_are_refused() {
        let tiny = Rate {
            money_per_diamond: dec!(0.0000000000000000000000000001),
            ..Rate::default_rate()
        };
        assert!(tiny.validate().unwrap_err().contains("decimal places"));
        let huge = Rate {
            diamonds_per_coin: Decimal::MAX,
            ..Rate::default_rate()
        };
        assert!(huge.validate().unwrap_err().contains("larger"));
        let min = Rate {
            min_withdrawal: Decimal::MAX,
            ..Rate::default_rate()
        };
        assert!(min.validate().is_err());
        let max = Rate {
            max_withdrawal_per_day: Some(Decimal::MAX),
            ..Rate::default_rate()
        };
        assert!(max.validate().is_err());
    }
}
