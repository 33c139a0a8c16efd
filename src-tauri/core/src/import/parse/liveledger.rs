//! The reader of LiveLedger's own export: sessions (with the rate each was
//! valued at), gifts, withdrawals, adjustments and rates in one table.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use rust_decimal::Decimal;

use super::cells::{parse_whole, total_fits, Cell};
use super::occurrences;
use super::parser::Parser;
use super::rows::{AdjustmentRow, GiftRow, SessionRow, When, WithdrawalRow};
use crate::dates;
use crate::import::{fingerprint, short};
use crate::model::{SessionInput, WithdrawalStatus};
use crate::money::Diamonds;
use crate::rates::Rate;

impl Parser {
    /// A decimal of a LiveLedger export, read in the column's locale (an
    /// export re-saved by a spreadsheet may write `12,50`).
    fn ll_dec(
        &mut self,
        ll: &HashMap<&'static str, usize>,
        rec: &csv::StringRecord,
        name: &str,
    ) -> Cell<Decimal> {
        let col = ll.get(name).copied();
        let t = col.and_then(|i| rec.get(i)).unwrap_or("").trim();
        if t.is_empty() {
            return Err((col, format!("expected a value for {name}, found nothing")));
        }
        self.decimal(col, t, true)
    }

    /// Reads one row of a LiveLedger export, of the kind its `record` names.
    pub(super) fn liveledger(&mut self, rec: &csv::StringRecord) -> Cell<()> {
        // Taken out so the closures below do not hold `self` borrowed.
        let ll = std::mem::take(&mut self.ll);
        let result = self.liveledger_row(&ll, rec);
        self.ll = ll;
        result
    }

    fn liveledger_row(
        &mut self,
        ll: &HashMap<&'static str, usize>,
        rec: &csv::StringRecord,
    ) -> Cell<()> {
        let col = |name: &str| ll.get(name).copied();
        // A text cell loses the quote the exporter put before a formula.
        let get = |name: &str| {
            let t = col(name).and_then(|i| rec.get(i)).unwrap_or("");
            if crate::import::LIVELEDGER_TEXT_COLUMNS.contains(&name) {
                crate::store::from_formula_safe(t)
            } else {
                t
            }
        };
        // Free text as the ledger keeps it (see `store::imported_text`).
        let text = |name: &str, notes: bool| -> Cell<String> {
            crate::store::imported_text(get(name), notes)
                .map(std::borrow::Cow::into_owned)
                .map_err(|m| (col(name), m))
        };
        let req = |name: &str| -> Cell<&str> {
            let v = get(name);
            if v.is_empty() {
                Err((
                    col(name),
                    format!("expected a value for {name}, found nothing"),
                ))
            } else {
                Ok(v)
            }
        };
        let instant = |name: &str| -> Cell<DateTime<Utc>> {
            dates::parse_instant(req(name)?, Tz::UTC)
                .map_err(|e| (col(name), short(&e.to_string())))
        };
        let opt_int = |name: &str| -> Cell<Option<i64>> {
            let t = get(name);
            if t.is_empty() {
                return Ok(None);
            }
            parse_whole(t).map(Some).ok_or_else(|| {
                (
                    col(name),
                    format!("expected a whole number, found '{}'", short(t)),
                )
            })
        };
        let record = get("record").to_string();
        match record.as_str() {
            "session" => {
                let started = instant("started_at")?;
                let ended = if get("ended_at").is_empty() {
                    None
                } else {
                    Some(instant("ended_at")?)
                };
                let input = SessionInput {
                    started_at: Some(started),
                    ended_at: ended,
                    title: text("title", false)?,
                    peak_viewers: opt_int("peak_viewers")?,
                    unique_viewers: opt_int("unique_viewers")?,
                    likes: opt_int("likes")?,
                    new_followers: opt_int("new_followers")?,
                    notes: text("notes", true)?,
                    reported_diamonds: Diamonds(if get("reported_diamonds").is_empty() {
                        Decimal::ZERO
                    } else {
                        self.ll_dec(ll, rec, "reported_diamonds")?
                    }),
                };
                crate::store::validate_session(&input)
                    .map_err(|e| (col("started_at"), e.to_string()))?;
                let fp = fingerprint(&[
                    "ll-session",
                    &started.timestamp_millis().to_string(),
                    get("title"),
                ]);
                // The rate the exporting ledger valued it at travels with it.
                let rate = if get("diamonds_per_coin").is_empty() {
                    None
                } else {
                    let rate = Rate {
                        id: 0,
                        effective_from: req("effective_from")?.parse().map_err(|_| {
                            (
                                col("effective_from"),
                                format!(
                                    "expected YYYY-MM-DD, found '{}'",
                                    short(get("effective_from"))
                                ),
                            )
                        })?,
                        diamonds_per_coin: self.ll_dec(ll, rec, "diamonds_per_coin")?,
                        money_per_diamond: self.ll_dec(ll, rec, "money_per_diamond")?,
                        currency: req("currency")?.to_string(),
                        min_withdrawal: Decimal::ZERO,
                        max_withdrawal_per_day: None,
                    };
                    rate.validate().map_err(|m| (col("diamonds_per_coin"), m))?;
                    Some(crate::model::SessionRate::of(&rate))
                };
                self.out.sessions.push(SessionRow {
                    key: Some(req("session_ref")?.to_string()),
                    start: When::Known(started),
                    duration: None,
                    end: ended,
                    input,
                    fp,
                    rate,
                });
            }
            "gift" => {
                let key = req("session_ref")?.to_string();
                let at = if get("at").is_empty() {
                    None
                } else {
                    Some(When::Known(instant("at")?))
                };
                let coins = opt_int("coins_each")?.ok_or_else(|| {
                    (
                        col("coins_each"),
                        "expected coins, found nothing".to_string(),
                    )
                })?;
                let count = opt_int("count")?.unwrap_or(1);
                if coins < 0 || count < 1 {
                    return Err((
                        col("count"),
                        format!("expected coins ≥ 0 and count ≥ 1, found {coins} and {count}"),
                    ));
                }
                total_fits(coins, count, col("count"))?;
                req("gift_name")?;
                let name = text("gift_name", false)?;
                let sender = Some(text("sender", false)?).filter(|s| !s.is_empty());
                let base = fingerprint(&[
                    "ll-gift",
                    &key,
                    get("at"),
                    &name,
                    &coins.to_string(),
                    &count.to_string(),
                    get("sender"),
                ]);
                let fp = self.occurrence(base, occurrences::instant(at));
                self.out.gifts.push(GiftRow {
                    at,
                    name,
                    coins_each: coins,
                    count,
                    sender,
                    session_key: Some(key),
                    fp,
                    streak: None,
                });
            }
            "withdrawal" => {
                let at = instant("at")?;
                let status: WithdrawalStatus = req("status")?
                    .parse()
                    .map_err(|e: String| (col("status"), e))?;
                let row = WithdrawalRow {
                    at,
                    diamonds: self.ll_dec(ll, rec, "diamonds")?,
                    gross: self.ll_dec(ll, rec, "gross")?,
                    fee: self.ll_dec(ll, rec, "fee")?,
                    net: self.ll_dec(ll, rec, "net")?,
                    method: text("method", false)?,
                    status,
                    reference: text("reference", false)?,
                    fp: 0,
                };
                let base = fingerprint(&[
                    "ll-withdrawal",
                    &at.timestamp_millis().to_string(),
                    get("diamonds"),
                    get("reference"),
                ]);
                let fp = self.occurrence(base, Some(at.timestamp_millis()));
                self.out.withdrawals.push(WithdrawalRow { fp, ..row });
            }
            "adjustment" => {
                let at = instant("at")?;
                let diamonds = self.ll_dec(ll, rec, "diamonds")?;
                let base = fingerprint(&[
                    "ll-adjustment",
                    &at.timestamp_millis().to_string(),
                    get("diamonds"),
                    get("reason"),
                ]);
                let fp = self.occurrence(base, Some(at.timestamp_millis()));
                self.out.adjustments.push(AdjustmentRow {
                    at,
                    diamonds,
                    reason: text("reason", false)?,
                    fp,
                });
            }
            "rate" => {
                let day: NaiveDate = req("effective_from")?.parse().map_err(|_| {
                    (
                        col("effective_from"),
                        format!(
                            "expected YYYY-MM-DD, found '{}'",
                            short(get("effective_from"))
                        ),
                    )
                })?;
                let rate = Rate {
                    id: 0,
                    effective_from: day,
                    diamonds_per_coin: self.ll_dec(ll, rec, "diamonds_per_coin")?,
                    money_per_diamond: self.ll_dec(ll, rec, "money_per_diamond")?,
                    currency: req("currency")?.to_string(),
                    min_withdrawal: self.ll_dec(ll, rec, "min_withdrawal")?,
                    max_withdrawal_per_day: if get("max_withdrawal_per_day").is_empty() {
                        None
                    } else {
                        Some(self.ll_dec(ll, rec, "max_withdrawal_per_day")?)
                    },
                };
                rate.validate().map_err(|m| (col("effective_from"), m))?;
                self.out.rates.push(rate);
            }
            other => {
                return Err((
                    col("record"),
                    format!(
                        "expected session, gift, withdrawal, adjustment or rate, found '{}'",
                        short(other)
                    ),
                ));
            }
        }
        Ok(())
    }
}
