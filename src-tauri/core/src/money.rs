//! Coins, diamonds and money: the three units of the TikTok LIVE economy.
//!
//! Coins are whole numbers (a gift's price). Diamonds and money are exact
//! decimals. Nothing here is a float. Money is rounded in exactly one place,
//! [`round_money`]; every other figure stays exact until it is shown.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Neg, Sub, SubAssign};

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

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

/// A whole number of TikTok coins, the price unit of gifts.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Coins(pub i64);

impl Coins {
    /// The coins of `count` gifts worth `each` coins, or `None` on overflow.
    pub fn times(self, count: i64) -> Option<Coins> {
        self.0.checked_mul(count).map(Coins)
    }

    /// The diamonds these coins earn at `diamonds_per_coin`.
    pub fn to_diamonds(self, diamonds_per_coin: Decimal) -> Diamonds {
        Diamonds(Decimal::from(self.0) * diamonds_per_coin)
    }
}

impl fmt::Display for Coins {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// An exact number of diamonds. Usually whole, fractional when a rate
/// gives a fraction of a diamond per coin. Serialized as a string.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Diamonds(pub Decimal);

impl Diamonds {
    /// No diamonds.
    pub const ZERO: Diamonds = Diamonds(Decimal::ZERO);

    /// The exact money value of these diamonds at `money_per_diamond`; not rounded.
    pub fn value(self, money_per_diamond: Decimal) -> Money {
        Money(self.0 * money_per_diamond)
    }

    /// The number with trailing zeros removed, for display and JSON.
    pub fn normalize(self) -> Diamonds {
        Diamonds(self.0.normalize())
    }
}

/// An amount of money in the rate's currency. Exact until [`Money::rounded`].
/// Serialized as a string.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Money(pub Decimal);

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

macro_rules! decimal_ops {
    ($t:ident) => {
        impl Add for $t {
            type Output = $t;
            fn add(self, rhs: $t) -> $t {
                $t(self.0 + rhs.0)
            }
        }
        impl Sub for $t {
            type Output = $t;
            fn sub(self, rhs: $t) -> $t {
                $t(self.0 - rhs.0)
            }
        }
        impl AddAssign for $t {
            fn add_assign(&mut self, rhs: $t) {
                self.0 += rhs.0;
            }
        }
        impl SubAssign for $t {
            fn sub_assign(&mut self, rhs: $t) {
                self.0 -= rhs.0;
            }
        }
        impl Neg for $t {
            type Output = $t;
            fn neg(self) -> $t {
                $t(-self.0)
            }
        }
        impl Sum for $t {
            fn sum<I: Iterator<Item = $t>>(iter: I) -> $t {
                iter.fold($t(Decimal::ZERO), |a, b| a + b)
            }
        }
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}
decimal_ops!(Diamonds);
decimal_ops!(Money);

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
    fn rounded_money_always_has_two_places() {
        assert_eq!(Money(dec!(10)).rounded().to_string(), "10.00");
        assert_eq!(Money(dec!(1.2)).rounded().to_string(), "1.20");
        assert_eq!(Money(dec!(0.333333)).rounded().to_string(), "0.33");
    }

    #[test]
    fn coins_to_diamonds_to_money() {
        // A Lion (29,999 coins) at 1 diamond a coin and $0.005 a diamond.
        let d = Coins(29_999).to_diamonds(dec!(1));
        assert_eq!(d, Diamonds(dec!(29999)));
        assert_eq!(d.value(dec!(0.005)).rounded(), Money(dec!(150.00)));
        // Exact before rounding: 29,999 × 0.005 = 149.995.
        assert_eq!(d.value(dec!(0.005)), Money(dec!(149.995)));
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
        let total: Money = std::iter::repeat_n(Money(dec!(0.1)), 10).sum();
        assert_eq!(total, Money(dec!(1.0)));
    }
}
