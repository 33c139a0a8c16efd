//! The reader of LiveLedger's own export: sessions (with the rate each was
//! valued at), gifts, withdrawals, adjustments and rates in one table.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use rust_decimal::Decimal;

use super::cells::{invalid, parse_whole, total_fits, Cell};
use super::occurrences;
use super::parser::Parser;
use super::rows::{AdjustmentRow, GiftRow, SessionRow, When, WithdrawalRow};
use crate::dates;
use crate::import::{fingerprint, short};
use crate::l10n::Message;
use crate::model::{SessionInput, WithdrawalStatus};
use crate::money::Diamonds;
use crate::rates::Rate;

impl Parser {
    /// A decimal of a LiveLedger export, read in the column's locale (an
    /// export re-saved by a spreadsheet may write `12,50`).
    fn ll_dec(&mut self, row: &LlRow<'_>, name: &str) -> Cell<Decimal> {
        let col = row.col(name);
        let t = col.and_then(|i| row.rec.get(i)).unwrap_or("").trim();
        if t.is_empty() {
            return Err((col, missing(name)));
        }
        self.decimal(col, t, true)
    }

    /// Reads one row of a LiveLedger export, of the kind its `record` names.
    pub(super) fn liveledger(&mut self, rec: &csv::StringRecord) -> Cell<()> {
        // Taken out so the row's cells do not hold `self` borrowed.
        let ll = std::mem::take(&mut self.ll);
        let result = self.liveledger_row(&LlRow { ll: &ll, rec });
        self.ll = ll;
        result
    }

    /// Reads `row` as the kind its `record` names: a gift here, the other
    /// kinds by a step each.
    fn liveledger_row(&mut self, row: &LlRow<'_>) -> Cell<()> {
        let record = row.get("record").to_string();
        match record.as_str() {
            "session" => self.ll_session(row)?,
            "gift" => {
                let key = row.req("session_ref")?.to_string();
                let at = if row.get("at").is_empty() {
                    None
                } else {
                    Some(When::Known(row.instant("at")?))
                };
                let coins = row.opt_int("coins_each")?.ok_or_else(|| {
                    (
                        row.col("coins_each"),
                        Message::new("core-import-cell-coins-missing"),
                    )
                })?;
                let count = row.opt_int("count")?.unwrap_or(1);
                if coins < 0 || count < 1 {
                    return Err((
                        row.col("count"),
                        Message::new("core-import-cell-coins-count")
                            .text("coins", coins.to_string())
                            .text("n", count.to_string()),
                    ));
                }
                total_fits(coins, count, row.col("count"))?;
                row.req("gift_name")?;
                let name = row.text("gift_name", false)?;
                let sender = Some(row.text("sender", false)?).filter(|s| !s.is_empty());
                let base = fingerprint(&[
                    "ll-gift",
                    &key,
                    row.get("at"),
                    &name,
                    &coins.to_string(),
                    &count.to_string(),
                    row.get("sender"),
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
            "withdrawal" => self.ll_withdrawal(row)?,
            "adjustment" => self.ll_adjustment(row)?,
            "rate" => self.ll_rate(row)?,
            other => {
                return Err((
                    row.col("record"),
                    Message::new("core-import-cell-record-kind").text("text", short(other)),
                ));
            }
        }
        Ok(())
    }

    /// A live, with the rate the exporting ledger valued it at.
    fn ll_session(&mut self, row: &LlRow<'_>) -> Cell<()> {
        let started = row.instant("started_at")?;
        let ended = if row.get("ended_at").is_empty() {
            None
        } else {
            Some(row.instant("ended_at")?)
        };
        let input = SessionInput {
            started_at: Some(started),
            ended_at: ended,
            title: row.text("title", false)?,
            peak_viewers: row.opt_int("peak_viewers")?,
            unique_viewers: row.opt_int("unique_viewers")?,
            likes: row.opt_int("likes")?,
            new_followers: row.opt_int("new_followers")?,
            notes: row.text("notes", true)?,
            reported_diamonds: Diamonds(if row.get("reported_diamonds").is_empty() {
                Decimal::ZERO
            } else {
                self.ll_dec(row, "reported_diamonds")?
            }),
        };
        crate::store::validate_session(&input).map_err(|e| (row.col("started_at"), invalid(&e)))?;
        let fp = fingerprint(&[
            "ll-session",
            &started.timestamp_millis().to_string(),
            row.get("title"),
        ]);
        // The rate the exporting ledger valued it at travels with it.
        let rate = if row.get("diamonds_per_coin").is_empty() {
            None
        } else {
            let rate = Rate {
                id: 0,
                effective_from: row.day("effective_from")?,
                diamonds_per_coin: self.ll_dec(row, "diamonds_per_coin")?,
                money_per_diamond: self.ll_dec(row, "money_per_diamond")?,
                currency: row.req("currency")?.to_string(),
                min_withdrawal: Decimal::ZERO,
                max_withdrawal_per_day: None,
            };
            if let Some(m) = rate.problem() {
                return Err((row.col("diamonds_per_coin"), m));
            }
            Some(crate::model::SessionRate::of(&rate))
        };
        self.out.sessions.push(SessionRow {
            key: Some(row.req("session_ref")?.to_string()),
            start: When::Known(started),
            duration: None,
            end: ended,
            input,
            fp,
            rate,
        });
        Ok(())
    }

    /// A withdrawal.
    fn ll_withdrawal(&mut self, row: &LlRow<'_>) -> Cell<()> {
        let at = row.instant("at")?;
        let status: WithdrawalStatus = row.req("status")?.parse().map_err(|_: String| {
            (
                row.col("status"),
                WithdrawalStatus::unknown(row.get("status")),
            )
        })?;
        let withdrawal = WithdrawalRow {
            at,
            diamonds: self.ll_dec(row, "diamonds")?,
            gross: self.ll_dec(row, "gross")?,
            fee: self.ll_dec(row, "fee")?,
            net: self.ll_dec(row, "net")?,
            method: row.text("method", false)?,
            status,
            reference: row.text("reference", false)?,
            fp: 0,
        };
        let base = fingerprint(&[
            "ll-withdrawal",
            &at.timestamp_millis().to_string(),
            row.get("diamonds"),
            row.get("reference"),
        ]);
        let fp = self.occurrence(base, Some(at.timestamp_millis()));
        self.out
            .withdrawals
            .push(WithdrawalRow { fp, ..withdrawal });
        Ok(())
    }

    /// An adjustment of the balance.
    fn ll_adjustment(&mut self, row: &LlRow<'_>) -> Cell<()> {
        let at = row.instant("at")?;
        let diamonds = self.ll_dec(row, "diamonds")?;
        let base = fingerprint(&[
            "ll-adjustment",
            &at.timestamp_millis().to_string(),
            row.get("diamonds"),
            row.get("reason"),
        ]);
        let fp = self.occurrence(base, Some(at.timestamp_millis()));
        self.out.adjustments.push(AdjustmentRow {
            at,
            diamonds,
            reason: row.text("reason", false)?,
            fp,
        });
        Ok(())
    }

    /// A rate and the day it took effect.
    fn ll_rate(&mut self, row: &LlRow<'_>) -> Cell<()> {
        let day = row.day("effective_from")?;
        let rate = Rate {
            id: 0,
            effective_from: day,
            diamonds_per_coin: self.ll_dec(row, "diamonds_per_coin")?,
            money_per_diamond: self.ll_dec(row, "money_per_diamond")?,
            currency: row.req("currency")?.to_string(),
            min_withdrawal: self.ll_dec(row, "min_withdrawal")?,
            max_withdrawal_per_day: if row.get("max_withdrawal_per_day").is_empty() {
                None
            } else {
                Some(self.ll_dec(row, "max_withdrawal_per_day")?)
            },
        };
        if let Some(m) = rate.problem() {
            return Err((row.col("effective_from"), m));
        }
        self.out.rates.push(rate);
        Ok(())
    }
}

/// The export's column `name` is empty where a value is needed.
fn missing(name: &str) -> Message {
    Message::new("core-import-cell-value-missing").text("name", name)
}

/// The cells of one row of a LiveLedger export, by column name.
struct LlRow<'a> {
    /// Each column of the export by its name.
    ll: &'a HashMap<&'static str, usize>,
    rec: &'a csv::StringRecord,
}

impl<'a> LlRow<'a> {
    /// The column of `name`, if the file has it.
    fn col(&self, name: &str) -> Option<usize> {
        self.ll.get(name).copied()
    }

    /// The cell of `name` as written, empty when missing; a text cell
    /// loses the quote the exporter put before a formula.
    fn get(&self, name: &str) -> &'a str {
        let t = self.col(name).and_then(|i| self.rec.get(i)).unwrap_or("");
        if crate::import::LIVELEDGER_TEXT_COLUMNS.contains(&name) {
            crate::store::from_formula_safe(t)
        } else {
            t
        }
    }

    /// Free text as the ledger keeps it (see `store::imported_text`).
    fn text(&self, name: &str, notes: bool) -> Cell<String> {
        crate::store::imported_text(self.get(name), notes)
            .map(std::borrow::Cow::into_owned)
            .map_err(|m| (self.col(name), m))
    }

    /// The cell of `name`, refused when empty.
    fn req(&self, name: &str) -> Cell<&'a str> {
        let v = self.get(name);
        if v.is_empty() {
            Err((self.col(name), missing(name)))
        } else {
            Ok(v)
        }
    }

    /// The instant in the cell of `name` (the export writes UTC).
    fn instant(&self, name: &str) -> Cell<DateTime<Utc>> {
        dates::parse_instant(self.req(name)?, Tz::UTC).map_err(|e| (self.col(name), e.message()))
    }

    /// The day (`YYYY-MM-DD`) in the cell of `name`.
    fn day(&self, name: &str) -> Cell<NaiveDate> {
        self.req(name)?.parse().map_err(|_| {
            (
                self.col(name),
                Message::new("core-import-cell-iso-day").text("text", short(self.get(name))),
            )
        })
    }

    /// The whole number in the cell of `name`, `None` when empty.
    fn opt_int(&self, name: &str) -> Cell<Option<i64>> {
        let t = self.get(name);
        if t.is_empty() {
            return Ok(None);
        }
        parse_whole(t).map(Some).ok_or_else(|| {
            (
                self.col(name),
                Message::new("core-import-cell-whole-number").text("text", short(t)),
            )
        })
    }
}
