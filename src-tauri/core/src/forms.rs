//! What the desktop UI sends, as text, and its checked conversion into the
//! core's inputs. The UI validates nothing itself: every rule lives here, and
//! each error names the field so the UI can show it beside that field.

use chrono_tz::Tz;
use rust_decimal::Decimal;
use serde::Deserialize;

use crate::dates;
use crate::error::{Error, Result};
use crate::model::{GiftInput, SessionInput, WithdrawalInput, WithdrawalStatus};
use crate::money::{parse_decimal, Diamonds};
use crate::rates::Rate;

/// A session as typed into the form.
///
/// Any field may be left out; it is then empty (or 0, or false).
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(default)]
pub struct SessionForm {
    /// Start, e.g. `2026-03-01T20:00` (local) or ISO with offset.
    pub start: String,
    /// End; empty while running.
    pub end: String,
    /// Title.
    pub title: String,
    /// Peak viewers; empty when unknown.
    pub peak_viewers: String,
    /// Distinct viewers; empty when unknown.
    pub viewers: String,
    /// Likes; empty when unknown.
    pub likes: String,
    /// New followers; empty when unknown.
    pub new_followers: String,
    /// Diamonds reported without gifts; empty for none.
    pub diamonds: String,
    /// Notes.
    pub notes: String,
}

/// A gift as typed or tapped.
///
/// Any field may be left out; it is then empty (or 0, or false).
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(default)]
pub struct GiftForm {
    /// Session id.
    pub session_id: i64,
    /// Gift name.
    pub gift: String,
    /// Coins each; empty to take the catalog's.
    pub coins: String,
    /// How many; empty for 1.
    pub count: String,
    /// Sender; empty when unknown.
    pub sender: String,
    /// When; empty for now.
    pub at: String,
}

/// A withdrawal as typed.
///
/// Any field may be left out; it is then empty (or 0, or false).
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(default)]
pub struct WithdrawalForm {
    /// Diamonds withdrawn.
    pub diamonds: String,
    /// When requested; empty for now.
    pub at: String,
    /// Fee in money; empty for none.
    pub fee: String,
    /// Payout method.
    pub method: String,
    /// Status; empty for pending.
    pub status: String,
    /// Reference.
    pub reference: String,
    /// The creator confirmed an unusual withdrawal (see `Store::add_withdrawal`).
    pub force: bool,
}

/// A rate as typed.
///
/// Any field may be left out; it is then empty (or 0, or false).
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(default)]
pub struct RateForm {
    /// First day, YYYY-MM-DD.
    pub effective_from: String,
    /// Diamonds per coin.
    pub diamonds_per_coin: String,
    /// Money per diamond.
    pub money_per_diamond: String,
    /// Currency code.
    pub currency: String,
    /// Minimum withdrawal.
    pub min_withdrawal: String,
    /// Daily maximum; empty for none.
    pub max_withdrawal_per_day: String,
}

fn count(field: &str, text: &str) -> Result<Option<i64>> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    match t.parse::<i64>() {
        Ok(n) if n >= 0 => Ok(Some(n)),
        _ => Err(Error::invalid(
            field,
            format!("expected a whole number of 0 or more, found '{t}'"),
        )),
    }
}

fn decimal(field: &str, text: &str) -> Result<Decimal> {
    parse_decimal(text).ok_or_else(|| {
        Error::invalid(
            field,
            format!("expected a number such as 12.5, found '{}'", text.trim()),
        )
    })
}

fn instant(field: &str, text: &str, tz: Tz) -> Result<chrono::DateTime<chrono::Utc>> {
    dates::parse_instant(text, tz).map_err(|e| Error::invalid(field, e.to_string()))
}

impl SessionForm {
    /// The checked session input, times read in `tz`.
    pub fn to_input(&self, tz: Tz) -> Result<SessionInput> {
        if self.start.trim().is_empty() {
            return Err(Error::invalid("start", "is required"));
        }
        let diamonds = if self.diamonds.trim().is_empty() {
            Decimal::ZERO
        } else {
            decimal("diamonds", &self.diamonds)?
        };
        Ok(SessionInput {
            started_at: Some(instant("start", &self.start, tz)?),
            ended_at: if self.end.trim().is_empty() {
                None
            } else {
                Some(instant("end", &self.end, tz)?)
            },
            title: self.title.clone(),
            peak_viewers: count("peak_viewers", &self.peak_viewers)?,
            unique_viewers: count("viewers", &self.viewers)?,
            likes: count("likes", &self.likes)?,
            new_followers: count("new_followers", &self.new_followers)?,
            notes: self.notes.clone(),
            reported_diamonds: Diamonds(diamonds),
        })
    }
}

impl GiftForm {
    /// The checked gift input; an empty time means now.
    pub fn to_input(&self, tz: Tz) -> Result<GiftInput> {
        let coins = match self.coins.trim() {
            "" => None,
            t => Some(t.parse::<i64>().map_err(|_| {
                Error::invalid("coins", format!("expected whole coins, found '{t}'"))
            })?),
        };
        let count = match self.count.trim() {
            "" => 1,
            t => t.parse::<i64>().map_err(|_| {
                Error::invalid("count", format!("expected a whole count, found '{t}'"))
            })?,
        };
        Ok(GiftInput {
            session_id: self.session_id,
            gift_name: self.gift.clone(),
            coins_each: coins,
            count,
            sender: Some(self.sender.clone()).filter(|s| !s.trim().is_empty()),
            at: Some(if self.at.trim().is_empty() {
                chrono::Utc::now()
            } else {
                instant("at", &self.at, tz)?
            }),
        })
    }
}

impl WithdrawalForm {
    /// The checked withdrawal input; an empty time means now.
    pub fn to_input(&self, tz: Tz) -> Result<WithdrawalInput> {
        let status: WithdrawalStatus = if self.status.trim().is_empty() {
            WithdrawalStatus::Pending
        } else {
            self.status
                .parse()
                .map_err(|e: String| Error::invalid("status", e))?
        };
        Ok(WithdrawalInput {
            requested_at: if self.at.trim().is_empty() {
                chrono::Utc::now()
            } else {
                instant("at", &self.at, tz)?
            },
            diamonds: decimal("diamonds", &self.diamonds)?,
            fee: if self.fee.trim().is_empty() {
                Decimal::ZERO
            } else {
                decimal("fee", &self.fee)?
            },
            method: self.method.clone(),
            status,
            reference: self.reference.clone(),
            force: self.force,
        })
    }
}

impl RateForm {
    /// The checked rate.
    pub fn to_rate(&self) -> Result<Rate> {
        let rate = Rate {
            id: 0,
            effective_from: self.effective_from.trim().parse().map_err(|_| {
                Error::invalid("effective_from", "expected a day such as 2026-03-01")
            })?,
            diamonds_per_coin: decimal("diamonds_per_coin", &self.diamonds_per_coin)?,
            money_per_diamond: decimal("money_per_diamond", &self.money_per_diamond)?,
            currency: self.currency.trim().to_ascii_uppercase(),
            min_withdrawal: decimal("min_withdrawal", &self.min_withdrawal)?,
            max_withdrawal_per_day: if self.max_withdrawal_per_day.trim().is_empty() {
                None
            } else {
                Some(decimal(
                    "max_withdrawal_per_day",
                    &self.max_withdrawal_per_day,
                )?)
            },
        };
        rate.validate().map_err(|m| Error::invalid("rate", m))?;
        Ok(rate)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_form_names_the_bad_field() {
        let f = SessionForm {
            start: "2026-03-01T20:00".into(),
            viewers: "-3".into(),
            ..Default::default()
        };
        let e = f.to_input(Tz::UTC).unwrap_err();
        assert!(
            matches!(e, Error::Invalid { ref field, .. } if field == "viewers"),
            "{e}"
        );
        let f = SessionForm {
            start: "".into(),
            ..Default::default()
        };
        assert!(
            matches!(f.to_input(Tz::UTC), Err(Error::Invalid { ref field, .. }) if field == "start")
        );
        let f = SessionForm {
            start: "2026-03-01T20:00".into(),
            end: "2026-03-01T22:00".into(),
            ..Default::default()
        };
        let i = f.to_input(Tz::UTC).unwrap();
        assert_eq!(
            i.ended_at.unwrap().to_rfc3339(),
            "2026-03-01T22:00:00+00:00"
        );
    }

    #[test]
    fn rate_form_checks_everything() {
        let f = RateForm {
            effective_from: "2026-03-01".into(),
            diamonds_per_coin: "1".into(),
            money_per_diamond: "0.005".into(),
            currency: "eur".into(),
            min_withdrawal: "10".into(),
            max_withdrawal_per_day: "".into(),
        };
        assert_eq!(f.to_rate().unwrap().currency, "EUR");
        let bad = RateForm {
            money_per_diamond: "abc".into(),
            ..f
        };
        assert!(
            matches!(bad.to_rate(), Err(Error::Invalid { ref field, .. }) if field == "money_per_diamond")
        );
    }
}
