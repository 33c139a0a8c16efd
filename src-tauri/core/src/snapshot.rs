//! The snapshot of a ledger the reports read, and the one place the diamond
//! balance is added up.
//!
//! Pure data and pure functions: it names no store. The store builds it
//! (`Store::snapshot`: sessions with their kept totals, withdrawals,
//! corrections, rates, settings and the names with the most coins from the
//! kept per-name totals; never the gift rows); `report` computes every
//! figure from it, and the store's balance guards ask it for the balance.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use crate::dates;
use crate::error::{Error, Result};
use crate::model::{Adjustment, Session, SessionRate, Settings, Withdrawal};
use crate::money::{Diamonds, Money};
use crate::rates::{Rate, RateTable};

/// Everything the reports read, loaded once from a store.
#[derive(Debug, Clone)]
pub struct Snapshot {
    /// Sessions with their kept totals, oldest first.
    pub sessions: Vec<Session>,
    /// Withdrawals, oldest first.
    pub withdrawals: Vec<Withdrawal>,
    /// Balance corrections, oldest first.
    pub adjustments: Vec<Adjustment>,
    /// Effective-dated rates (never empty in a store-loaded ledger).
    pub rates: RateTable,
    /// The creator's settings.
    pub settings: Settings,
    /// The creator's time zone.
    pub tz: Tz,
    /// The gift names and senders that brought the most coins, from the
    /// kept per-name totals.
    pub top_names: TopNames,
}

/// How many gift names, and how many senders, a snapshot keeps: the most a
/// top list shows (the dashboard's ten). The kept per-name totals are read
/// as one short index range each, never whole: a ledger of years has
/// thousands of senders.
pub const TOP_NAMES: usize = 10;

/// The kept totals of one gift name or sender.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameTotal {
    /// The gift name or sender (plain text, never markup).
    pub name: String,
    /// Gifts (sum of counts).
    pub gifts: i64,
    /// Coins of those gifts.
    pub coins: i64,
}

/// The gift names and senders with the most coins, each most coins first
/// (ties by name), at most [`TOP_NAMES`] of each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TopNames {
    /// Gift names.
    pub gifts: Vec<NameTotal>,
    /// Senders.
    pub senders: Vec<NameTotal>,
}

impl Snapshot {
    /// The rate in force at instant `t` (its local day). Panics never: a
    /// loaded ledger has at least one rate; an empty table yields the default.
    pub fn rate_at(&self, t: DateTime<Utc>) -> Rate {
        self.rates
            .on(dates::local_date(t, self.tz))
            .cloned()
            .unwrap_or_else(Rate::default_rate)
    }

    /// The rate session `s` is valued at: the one fixed on it when it was
    /// recorded; for a session an older version wrote and nobody has fixed
    /// yet, the rate of its local day.
    pub fn session_rate(&self, s: &Session) -> SessionRate {
        s.rate
            .clone()
            .unwrap_or_else(|| SessionRate::of(&self.rate_at(s.started_at)))
    }

    /// The diamonds a session earned, at its own rate.
    pub fn session_diamonds(&self, s: &Session) -> Result<Diamonds> {
        let d = match &s.rate {
            Some(r) => s.diamonds_at(r),
            None => s.diamonds_at(&self.session_rate(s)),
        };
        d.ok_or_else(|| Error::overflow(format!("session {}'s diamonds", s.id)))
    }

    /// The exact (unrounded) money value of a session at its own rate, and
    /// the currency of that rate.
    pub fn session_value(&self, s: &Session) -> Result<(Money, String)> {
        let rate = self.session_rate(s);
        let value = s
            .value_at(&rate)
            .ok_or_else(|| Error::overflow(format!("session {}'s value", s.id)))?;
        Ok((value, rate.currency))
    }

    /// The diamond balance: the one place it is computed.
    pub fn balance(&self) -> Result<Balance> {
        let mut earned = Diamonds::ZERO;
        for s in &self.sessions {
            earned = earned
                .checked_add(self.session_diamonds(s)?)
                .ok_or_else(|| Error::overflow("the diamonds earned"))?;
        }
        let withdrawn = Diamonds::checked_sum(
            self.withdrawals
                .iter()
                .filter(|w| w.status.takes_diamonds())
                .map(|w| w.diamonds),
        )
        .ok_or_else(|| Error::overflow("the diamonds withdrawn"))?;
        let adjusted = Diamonds::checked_sum(self.adjustments.iter().map(|a| a.diamonds))
            .ok_or_else(|| Error::overflow("the corrections"))?;
        Ok(Balance {
            earned,
            withdrawn,
            adjusted,
        })
    }

    /// Gross money of the withdrawals requested on local day `day` that took
    /// diamonds, in the currency of `day`'s rate (a day has one rate).
    pub fn gross_withdrawn_on(&self, day: NaiveDate) -> Result<Money> {
        Money::checked_sum(
            self.withdrawals
                .iter()
                .filter(|w| {
                    w.status.takes_diamonds() && dates::local_date(w.requested_at, self.tz) == day
                })
                .map(|w| w.gross),
        )
        .ok_or_else(|| Error::overflow("the day's withdrawals"))
    }
}

/// The three parts of the diamond balance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Balance {
    /// Diamonds earned by every session.
    pub earned: Diamonds,
    /// Diamonds of withdrawals that are pending or paid.
    pub withdrawn: Diamonds,
    /// Net diamonds of balance corrections.
    pub adjusted: Diamonds,
}

impl Balance {
    /// earned − withdrawn + adjusted, or an error past the decimal range.
    pub fn total(&self) -> Result<Diamonds> {
        self.earned
            .checked_sub(self.withdrawn)
            .and_then(|d| d.checked_add(self.adjusted))
            .ok_or_else(|| Error::overflow("the balance"))
    }
}
