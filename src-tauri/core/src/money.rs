//! Coins, diamonds and money: the three units of the TikTok LIVE economy.
//!
//! Coins are whole numbers (a gift's price). Diamonds and money are exact
//! decimals. Nothing here is a float. Money is rounded in exactly one place,
//! [`round_money`]; every other figure stays exact until it is shown.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Neg;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use crate::l10n::Message;

/// The one rounding rule of LiveLedger: money is rounded half away from zero
/// ("half-up", as a person computes by hand and as statements print) to
/// [`MONEY_DP`] decimal places.
pub const ROUNDING: &str = "half-up (away from zero) to 0.01";

/// Decimal places money is rounded to.
pub const MONEY_DP: u32 = 2;

/// Rounds an exact money amount with the house rule described in [`ROUNDING`].
pub fn round_money(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(MONEY_DP, RoundingStrategy::MidpointAwayFromZero)
}

/// A balance's value as it is shown, the same on every card: [`round_money`],
/// except where that would reach `limit` (the minimum withdrawal) while the
/// exact value is below it — 9.995 against 10.00 — where it is rounded down
/// to the cent instead (9.99), so a figure never reads as reaching a minimum
/// it has not. The second value says whether that round-down happened (the
/// one case worth explaining to a person).
pub fn round_money_below(amount: Decimal, limit: Decimal) -> (Money, bool) {
    let rounded = Money(amount).rounded();
    if amount < limit && rounded.0 >= round_money(limit) {
        let mut down =
            amount.round_dp_with_strategy(MONEY_DP, RoundingStrategy::ToNegativeInfinity);
        down.rescale(MONEY_DP);
        (Money(down), true)
    } else {
        (rounded, false)
    }
}

/// The most diamonds, coins or money units one record may hold: far above
/// any real live (TikTok's priciest gift is about 45,000 coins), far below
/// what sums of millions of records could overflow.
pub const MAX_RECORD: i64 = 1_000_000_000_000;

/// The most decimal places a rate may have.
pub const MAX_RATE_DP: u32 = 8;

/// Checks that a figure typed or imported for one record is within what a
/// creator could have: at most [`MAX_RECORD`] in size and `max_dp` places.
pub fn check_bounds(field: &str, value: Decimal, max_dp: u32) -> Result<(), crate::Error> {
    if value.abs() > Decimal::from(MAX_RECORD) {
        return Err(crate::Error::invalid_said(
            field,
            Message::new("core-invalid-too-large")
                .text("text", value.to_string())
                .decimal("max", Decimal::from(MAX_RECORD)),
        ));
    }
    if value.normalize().scale() > max_dp {
        return Err(crate::Error::invalid_said(
            field,
            Message::new("core-invalid-decimal-places")
                .text("text", value.to_string())
                .count("count", max_dp),
        ));
    }
    Ok(())
}

/// A whole number of TikTok coins, the price unit of gifts.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(transparent)]
pub struct Coins(pub i64);

impl Coins {
    /// The coins of `count` gifts worth `each` coins, or `None` on overflow.
    pub fn times(self, count: i64) -> Option<Coins> {
        self.0.checked_mul(count).map(Coins)
    }

    /// The diamonds these coins credit at `diamonds_per_coin`: whole
    /// diamonds, the fraction dropped (see [`credit`]). `None` on overflow.
    pub fn to_diamonds(self, diamonds_per_coin: Decimal) -> Option<Diamonds> {
        credit(self, diamonds_per_coin)
    }
}

/// The one rule for turning coins into diamonds: coins × diamonds per coin,
/// rounded DOWN to a whole diamond. TikTok's wallet only ever holds whole
/// diamonds; when a creator's share makes a fraction (0.5 a coin on an odd
/// number of coins), crediting the fraction would show more than the wallet
/// will. It is applied to a session's coins as a whole, the finest grain the
/// ledger keeps a rate for. `None` on overflow.
pub fn credit(coins: Coins, diamonds_per_coin: Decimal) -> Option<Diamonds> {
    Decimal::from(coins.0)
        .checked_mul(diamonds_per_coin)
        .map(|d| Diamonds(d.floor()))
}

impl fmt::Display for Coins {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// An exact number of diamonds. Whole when credited for gifts; a correction
/// may carry a fraction. Serialized as a string.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(transparent)]
pub struct Diamonds(
    // JSON carries decimals as strings (rust_decimal's serde default).
    #[cfg_attr(feature = "typescript", ts(type = "string"))] pub Decimal,
);

impl Diamonds {
    /// No diamonds.
    pub const ZERO: Diamonds = Diamonds(Decimal::ZERO);

    /// The exact money value of these diamonds at `money_per_diamond`; not
    /// rounded. `None` on overflow.
    pub fn value(self, money_per_diamond: Decimal) -> Option<Money> {
        self.0.checked_mul(money_per_diamond).map(Money)
    }

    /// The number with trailing zeros removed, for display and JSON.
    pub fn normalize(self) -> Diamonds {
        Diamonds(self.0.normalize())
    }
}

/// An amount of money in one currency. Exact until [`Money::rounded`].
/// Serialized as a string. It carries no currency itself: every place that
/// holds one says which, and amounts of two currencies are never added
/// ([`Amounts`] keeps them apart).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(transparent)]
pub struct Money(
    // JSON carries decimals as strings (rust_decimal's serde default).
    #[cfg_attr(feature = "typescript", ts(type = "string"))] pub Decimal,
);

impl Money {
    /// No money.
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// This amount rounded with the house rule ([`round_money`]), always
    /// carrying two decimal places ("10.00", not "10").
    pub fn rounded(self) -> Money {
        let mut d = round_money(self.0);
        d.rescale(MONEY_DP);
        Money(d)
    }
}

macro_rules! checked_ops {
    ($t:ident) => {
        impl $t {
            /// `self + rhs`, or `None` past the decimal range.
            pub fn checked_add(self, rhs: $t) -> Option<$t> {
                self.0.checked_add(rhs.0).map($t)
            }
            /// `self - rhs`, or `None` past the decimal range.
            pub fn checked_sub(self, rhs: $t) -> Option<$t> {
                self.0.checked_sub(rhs.0).map($t)
            }
            /// Adds every item, or `None` when the sum leaves the decimal range.
            pub fn checked_sum(items: impl IntoIterator<Item = $t>) -> Option<$t> {
                items
                    .into_iter()
                    .try_fold($t(Decimal::ZERO), |a, b| a.checked_add(b))
            }
        }
        impl Neg for $t {
            type Output = $t;
            fn neg(self) -> $t {
                $t(-self.0)
            }
        }
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}
checked_ops!(Diamonds);
checked_ops!(Money);

/// Money in several currencies, each summed on its own: a figure in one
/// currency is never added to one in another. Serialized as an object from
/// currency code to amount, e.g. `{"EUR": "16.00", "USD": "20.00"}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(transparent)]
pub struct Amounts(pub BTreeMap<String, Money>);

impl Amounts {
    /// Adds `amount` to the `currency` total; `None` on overflow.
    pub fn checked_add(&mut self, currency: &str, amount: Money) -> Option<()> {
        let slot = match self.0.get_mut(currency) {
            Some(slot) => slot,
            None => self.0.entry(currency.to_string()).or_default(),
        };
        *slot = slot.checked_add(amount)?;
        Some(())
    }

    /// Adds every amount of `other`; `None` on overflow.
    pub fn checked_merge(&mut self, other: &Amounts) -> Option<()> {
        for (c, m) in &other.0 {
            self.checked_add(c, *m)?;
        }
        Some(())
    }

    /// Every amount rounded with the house rule.
    pub fn rounded(&self) -> Amounts {
        Amounts(
            self.0
                .iter()
                .map(|(c, m)| (c.clone(), m.rounded()))
                .collect(),
        )
    }

    /// Whether every amount is zero (or there are none).
    pub fn is_zero(&self) -> bool {
        self.0.values().all(|m| m.0.is_zero())
    }

    /// `12.50 USD + 3.00 EUR`, or `0.00` when empty; for people.
    pub fn describe(&self) -> String {
        if self.0.is_empty() {
            return "0.00".into();
        }
        self.0
            .iter()
            .map(|(c, m)| format!("{m} {c}"))
            .collect::<Vec<_>>()
            .join(" + ")
    }
}

/// Says `n diamond` or `n diamonds`.
pub fn diamonds_word(d: Diamonds) -> String {
    let n = d.0.normalize();
    if n == Decimal::ONE {
        "1 diamond".into()
    } else {
        format!("{n} diamonds")
    }
}

/// Parses a decimal typed by a person or found in a file: digits with an
/// optional sign and one `.` decimal point. Thousands separators and
/// exponents are refused rather than guessed.
pub fn parse_decimal(text: &str) -> Option<Decimal> {
    let t = text.trim();
    if t.is_empty() || t.contains(['e', 'E', ',', ' ']) {
        return None;
    }
    t.parse::<Decimal>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn rounding_is_half_up_away_from_zero() {
        assert_eq!(round_money(dec!(0.005)), dec!(0.01));
        assert_eq!(round_money(dec!(0.015)), dec!(0.02));
        assert_eq!(round_money(dec!(0.025)), dec!(0.03)); // banker's would give 0.02
        assert_eq!(round_money(dec!(-0.005)), dec!(-0.01));
        assert_eq!(round_money(dec!(0.0049)), dec!(0.00));
    }

    #[test]
    fn a_value_below_a_limit_never_reads_as_the_limit() {
        let shown = |v, l| {
            let (m, down) = round_money_below(v, l);
            (m.to_string(), down)
        };
        // 35 diamonds at $0.005: the house rule, the same as anywhere else.
        assert_eq!(shown(dec!(0.175), dec!(10)), ("0.18".into(), false));
        assert_eq!(shown(dec!(4.925), dec!(10)), ("4.93".into(), false));
        // One diamond short of $10.00: not "10.00 of 10.00".
        assert_eq!(shown(dec!(9.995), dec!(10)), ("9.99".into(), true));
        assert_eq!(shown(dec!(10), dec!(10)), ("10.00".into(), false));
        assert_eq!(shown(dec!(12.345), dec!(10)), ("12.35".into(), false));
        assert_eq!(shown(dec!(-0.005), dec!(10)), ("-0.01".into(), false));
    }

    #[test]
    fn rounded_money_always_has_two_places() {
        assert_eq!(Money(dec!(10)).rounded().to_string(), "10.00");
        assert_eq!(Money(dec!(1.2)).rounded().to_string(), "1.20");
        assert_eq!(Money(dec!(0.333333)).rounded().to_string(), "0.33");
    }

    #[test]
    fn coins_to_diamonds_to_money() {
        // A Lion (29,999 coins) at 1 diamond a coin and $0.005 a diamond.
        let d = Coins(29_999).to_diamonds(dec!(1)).unwrap();
        assert_eq!(d, Diamonds(dec!(29999)));
        assert_eq!(d.value(dec!(0.005)).unwrap().rounded(), Money(dec!(150.00)));
        // Exact before rounding: 29,999 × 0.005 = 149.995.
        assert_eq!(d.value(dec!(0.005)).unwrap(), Money(dec!(149.995)));
    }

    #[test]
    fn coin_overflow_is_caught() {
        assert_eq!(Coins(i64::MAX).times(2), None);
        assert_eq!(Coins(5).times(3), Some(Coins(15)));
    }

    #[test]
    fn parse_decimal_refuses_ambiguous_text() {
        assert_eq!(parse_decimal(" 12.50 "), Some(dec!(12.50)));
        assert_eq!(parse_decimal("-3"), Some(dec!(-3)));
        assert_eq!(parse_decimal("1,000"), None);
        assert_eq!(parse_decimal("1e3"), None);
        assert_eq!(parse_decimal(""), None);
        assert_eq!(parse_decimal("abc"), None);
    }

    #[test]
    fn sums_are_exact() {
        let total = Money::checked_sum(std::iter::repeat_n(Money(dec!(0.1)), 10));
        assert_eq!(total, Some(Money(dec!(1.0))));
    }

    #[test]
    fn sums_past_the_decimal_range_are_none_not_a_panic() {
        let big = Diamonds(Decimal::MAX);
        assert_eq!(Diamonds::checked_sum([big, Diamonds(dec!(1))]), None);
        assert_eq!(big.value(dec!(2)), None);
        assert_eq!(Coins(i64::MAX).to_diamonds(Decimal::MAX), None);
    }

    #[test]
    fn a_fraction_of_a_diamond_is_never_credited() {
        // 3 coins at half a diamond each: the wallet shows 1, not 1.5.
        assert_eq!(credit(Coins(3), dec!(0.5)), Some(Diamonds(dec!(1))));
        assert_eq!(credit(Coins(1), dec!(0.5)), Some(Diamonds(dec!(0))));
        assert_eq!(credit(Coins(1000), dec!(1)), Some(Diamonds(dec!(1000))));
    }

    #[test]
    fn currencies_are_summed_apart() {
        let mut a = Amounts::default();
        a.checked_add("USD", Money(dec!(20))).unwrap();
        a.checked_add("EUR", Money(dec!(16))).unwrap();
        a.checked_add("USD", Money(dec!(0.5))).unwrap();
        assert_eq!(a.rounded().describe(), "16.00 EUR + 20.50 USD");
    }

    #[test]
    fn bounds_refuse_absurd_figures() {
        assert!(check_bounds("diamonds", dec!(79228162514264337593543950335), 8).is_err());
        assert!(check_bounds("rate", dec!(0.0000000000000000000000000001), 8).is_err());
        assert!(check_bounds("diamonds", dec!(1000000000000), 0).is_ok());
        assert!(check_bounds("diamonds", dec!(1000000000001), 0).is_err());
        assert!(check_bounds("rate", dec!(0.00000001), 8).is_ok());
    }

    #[test]
    fn one_diamond_is_singular() {
        assert_eq!(diamonds_word(Diamonds(dec!(1))), "1 diamond");
        assert_eq!(diamonds_word(Diamonds(dec!(2.0))), "2 diamonds");
    }
}
