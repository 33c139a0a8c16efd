//! What the desktop UI sends, as text, and its checked conversion into the
//! core's inputs. The UI validates nothing itself: every rule lives here, and
//! each error names the field so the UI can show it beside that field.

use chrono_tz::Tz;
use rust_decimal::Decimal;
use serde::Deserialize;

use crate::dates;
use crate::error::{Error, Result};
use crate::l10n::Message;
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
        _ => Err(Error::invalid_said(
            field,
            Message::new("core-invalid-whole-number").text("text", t),
        )),
    }
}

fn decimal(field: &str, text: &str) -> Result<Decimal> {
    parse_decimal(text).ok_or_else(|| {
        Error::invalid_said(
            field,
            Message::new("core-invalid-number").text("text", text.trim()),
        )
    })
}

fn instant(field: &str, text: &str, tz: Tz) -> Result<chrono::DateTime<chrono::Utc>> {
    dates::parse_instant(text, tz).map_err(|e| Error::invalid_said(field, e.message()))
}

impl SessionForm {
    /// The checked session input, times read in `tz`.
    pub fn to_input(&self, tz: Tz) -> Result<SessionInput> {
        if self.start.trim().is_empty() {
            return Err(Error::invalid_said(
                "start",
                Message::new("core-invalid-required"),
            ));
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
                Error::invalid_said(
                    "coins",
                    Message::new("core-invalid-whole-coins").text("text", t),
                )
            })?),
        };
        let count = match self.count.trim() {
            "" => 1,
            t => t.parse::<i64>().map_err(|_| {
                Error::invalid_said(
                    "count",
                    Message::new("core-invalid-whole-count").text("text", t),
                )
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
            self.status.parse().map_err(|_: String| {
                Error::invalid_said("status", WithdrawalStatus::unknown(&self.status))
            })?
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
                Error::invalid_said("effective_from", Message::new("core-invalid-day"))
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
        if let Some(m) = rate.problem() {
            return Err(Error::invalid_said("rate", m));
        }
        Ok(rate)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each check a creator meets, as a message, says in English exactly
    /// what it said before it had one (tests and scripts quote these).
    #[test]
    fn invalid_messages_say_the_old_english_words() {
        use crate::dates::DateError;
        use crate::l10n::Localizer;
        use crate::rates::Rate;
        use rust_decimal_macros::dec;
        let m = Message::new;
        let cases: Vec<(Message, &str)> = vec![
            (m("core-invalid-too-long").count("count", 500), "is longer than 500 characters"),
            (m("core-invalid-control-characters"), "contains control characters"),
            (m("core-invalid-negative-got").text("text", "-3"), "must not be negative (got -3)"),
            (
                m("core-invalid-count-too-large").text("text", "1000000000001"),
                "1000000000001 is larger than a ledger accepts",
            ),
            (
                m("core-invalid-too-large")
                    .text("text", "1000000000001")
                    .decimal("max", Decimal::from(crate::money::MAX_RECORD)),
                "1000000000001 is larger than a ledger accepts (at most 1,000,000,000,000)",
            ),
            (
                m("core-invalid-decimal-places").text("text", "0.123").count("count", 2),
                "0.123 has more than 2 decimal places",
            ),
            (
                m("core-invalid-whole-number").text("text", "-3"),
                "expected a whole number of 0 or more, found '-3'",
            ),
            (
                m("core-invalid-number").text("text", "abc"),
                "expected a number such as 12.5, found 'abc'",
            ),
            (m("core-invalid-whole-coins").text("text", "1.5"), "expected whole coins, found '1.5'"),
            (m("core-invalid-whole-count").text("text", "x"), "expected a whole count, found 'x'"),
            (m("core-invalid-at-least-one").text("text", "0"), "must be at least 1 (got 0)"),
            (m("core-invalid-required"), "is required"),
            (m("core-invalid-positive"), "must be greater than 0"),
            (m("core-invalid-not-negative"), "must not be negative"),
            (m("core-invalid-day"), "expected a day such as 2026-03-01"),
            (m("core-invalid-end-before-start"), "is before the start"),
            (m("core-invalid-gift-name"), "a gift name is required"),
            (m("core-invalid-name-required"), "a name is required"),
            (
                m("core-invalid-gift-row-too-large")
                    .text("gifts", "3")
                    .text("coins", "999999999999"),
                "3 × 999999999999 coins is more than one gift row can hold",
            ),
            (
                m("core-invalid-start-after-first-gift"),
                "is more than a day after this session's first gift",
            ),
            (
                m("core-invalid-catalog-missing").text("text", "Rose"),
                "'Rose' is not in the catalog",
            ),
            (
                m("core-invalid-end-before-session-start"),
                "is before the session's start",
            ),
            (
                m("core-invalid-adjustment-zero"),
                "an adjustment of 0 changes nothing",
            ),
            (
                m("core-invalid-reason-required"),
                "say why the balance is corrected",
            ),
            (
                m("core-invalid-only-rate"),
                "the only rate cannot be deleted; edit it instead",
            ),
            (
                m("core-invalid-not-in-catalog")
                    .text("text", "Rose")
                    .text("cli", " (CLI: --coins)"),
                "'Rose' is not in the gift catalog; give its price (CLI: --coins)",
            ),
            (
                m("core-invalid-whole-diamonds").text("text", "10.5"),
                "10.5 has a fraction; TikTok withdraws whole diamonds",
            ),
            (
                m("core-invalid-negative-balance"),
                "a TikTok wallet never shows a negative balance",
            ),
            (
                m("core-invalid-over-balance")
                    .decimal("diamonds", dec!(500))
                    .decimal("balance", dec!(300))
                    .text("cli", " (CLI: liveledger reconcile --balance N)"),
                "500 diamonds is more than the balance of 300 diamonds. If your TikTok wallet \
                 shows more, enter that balance under Reconcile first \
                 (CLI: liveledger reconcile --balance N)",
            ),
            (
                m("core-invalid-time-zone").text("text", "Mars/Olympus"),
                "'Mars/Olympus' is not a time zone (e.g. Europe/Berlin, America/New_York, UTC)",
            ),
            (m("core-invalid-true-false"), "expected true or false"),
            (m("core-invalid-gap-minutes"), "expected whole minutes from 1 to 1440"),
            (
                crate::l10n::unknown_language("xx"),
                "'xx' is not a language LiveLedger speaks (known: en, es, pt-BR, id, tr, ar, vi, ja, de, fr)",
            ),
            (
                m("core-invalid-setting").text("text", "colour").text("known", "timezone, language"),
                "unknown key 'colour' (known: timezone, language)",
            ),
            (
                WithdrawalStatus::unknown("sent"),
                "'sent' is not a status (expected pending, paid, failed or cancelled)",
            ),
            (
                crate::dates::implausible_year(2206),
                "expected a date from 2000 to 2099, found one in the year 2206 (a typo?)",
            ),
        ];
        let en = Localizer::new("en");
        for (message, old) in &cases {
            assert_eq!(en.render(message), *old, "{}", message.id);
        }
        // The fee's English text stays as written before (`invalid_with`);
        // its message writes money as each language does.
        let fee = m("core-invalid-fee-over-value")
            .money("fee", dec!(9.00), "USD")
            .money("gross", dec!(5.00), "USD");
        assert_eq!(
            en.render(&fee),
            "$9.00 is more than the withdrawal's value $5.00"
        );
        // Dates: each kind of DateError says its Display.
        for e in [
            DateError::Unrecognised("soon".into()),
            DateError::Nonexistent("2026-03-29 02:30".into(), "Europe/Berlin".into()),
            DateError::OutOfRange("99999999999999999".into()),
            DateError::BadOffset("2026-03-01T20:00+19:00".into()),
        ] {
            assert_eq!(en.render(&e.message()), e.to_string());
        }
        // Rates: each problem says validate's English.
        let good = Rate::default_rate();
        let bad = [
            Rate {
                diamonds_per_coin: dec!(0),
                ..good.clone()
            },
            Rate {
                money_per_diamond: dec!(0),
                ..good.clone()
            },
            Rate {
                min_withdrawal: dec!(-1),
                ..good.clone()
            },
            Rate {
                max_withdrawal_per_day: Some(dec!(0)),
                ..good.clone()
            },
            Rate {
                diamonds_per_coin: dec!(1001),
                ..good.clone()
            },
            Rate {
                money_per_diamond: dec!(0.000000001),
                ..good.clone()
            },
            Rate {
                min_withdrawal: dec!(10.001),
                ..good.clone()
            },
            Rate {
                max_withdrawal_per_day: Some(dec!(1000000000001)),
                ..good.clone()
            },
            Rate {
                currency: "EURO".into(),
                ..good.clone()
            },
        ];
        let english = [
            "diamonds per coin must be greater than 0",
            "money per diamond must be greater than 0",
            "minimum withdrawal must not be negative",
            "daily maximum must be greater than 0",
            "diamonds per coin 1001 is larger than a rate allows (1000)",
            "money per diamond 0.000000001 has more than 8 decimal places",
            "minimum withdrawal 10.001 has more than 2 decimal places",
            "daily maximum 1000000000001 is larger than a rate allows (1000000000000)",
            "currency 'EURO' is not a three-letter code such as USD",
        ];
        for (rate, old) in bad.iter().zip(english) {
            assert_eq!(en.render(&rate.problem().expect("a problem")), old);
            assert_eq!(rate.validate().unwrap_err(), old);
        }
        // An Invalid made from a message reads as before, and gives it.
        let e = Error::invalid_said("timezone", m("core-invalid-true-false"));
        assert_eq!(e.to_string(), "timezone: expected true or false");
        assert_eq!(e.message().unwrap().id, "core-invalid-true-false");
        let de = Localizer::new("de").render(&e.message().unwrap());
        assert_ne!(de, "expected true or false");
    }

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
