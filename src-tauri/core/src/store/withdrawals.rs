//! The `withdrawals` table: payouts, checked against what TikTok would pay.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension};
use rust_decimal::Decimal;

use super::check::clean_text;
use super::trash::{self, Deleted, Take};
use super::LedgerTx;
use super::{get_dec, get_time, to_ms, Store};
use crate::dates;
use crate::error::{Error, Result};
use crate::l10n::Message;
use crate::model::{Withdrawal, WithdrawalInput, WithdrawalStatus};
use crate::money::{check_bounds, Diamonds, Money};
use crate::rates::Rate;

/// A withdrawal about to be written, by a click or an import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NewWithdrawal<'a> {
    /// Milliseconds since the epoch.
    pub requested_at: i64,
    pub diamonds: Decimal,
    pub gross: Decimal,
    pub fee: Decimal,
    pub net: Decimal,
    pub method: &'a str,
    pub status: WithdrawalStatus,
    pub reference: &'a str,
    /// `None` leaves it to [`super::rating::freeze`]: the currency of its day's rate.
    pub currency: Option<&'a str>,
    pub import_id: Option<i64>,
    pub fingerprint: Option<i64>,
}

/// The one statement every withdrawal is written by. Its id, or `None` when
/// one with its fingerprint is already there.
pub(crate) fn insert_withdrawal(ltx: &LedgerTx<'_>, w: &NewWithdrawal<'_>) -> Result<Option<i64>> {
    let conn = ltx.conn();
    Ok(conn
        .prepare_cached(
            "INSERT INTO withdrawals (requested_at, diamonds, gross, fee, net, method, status, reference, currency,
                import_id, fingerprint)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT DO NOTHING RETURNING id",
        )?
        .query_row(
            params![
                w.requested_at,
                w.diamonds.normalize().to_string(),
                w.gross.to_string(),
                w.fee.to_string(),
                w.net.to_string(),
                w.method,
                w.status.as_str(),
                w.reference,
                w.currency,
                w.import_id,
                w.fingerprint
            ],
            |r| r.get(0),
        )
        .optional()?)
}

impl Store {
    /// Records a withdrawal, valued at the rate of its local request day and
    /// in that rate's currency.
    ///
    /// Refused outright: a fraction of a diamond, a gross that rounds to
    /// 0.00, more than the balance. Refused unless `input.force` (the
    /// creator confirmed it): dated in the future or before any diamond was
    /// earned, below that day's minimum, past that day's maximum.
    pub fn add_withdrawal(&mut self, input: &WithdrawalInput) -> Result<Withdrawal> {
        if input.diamonds <= Decimal::ZERO {
            return Err(Error::invalid_said(
                "diamonds",
                Message::new("core-invalid-positive"),
            ));
        }
        check_bounds("diamonds", input.diamonds, 8)?;
        if !input.diamonds.fract().is_zero() {
            return Err(Error::invalid_said(
                "diamonds",
                Message::new("core-invalid-whole-diamonds")
                    .text("text", input.diamonds.normalize().to_string()),
            ));
        }
        if input.fee < Decimal::ZERO {
            return Err(Error::invalid_said(
                "fee",
                Message::new("core-invalid-not-negative"),
            ));
        }
        check_bounds("fee", input.fee, 2)?;
        let method = clean_text("method", &input.method, false)?;
        let reference = clean_text("reference", &input.reference, false)?;
        let tx = self.begin()?;
        let ledger = self.snapshot()?;
        let day = dates::local_date(input.requested_at, ledger.tz);
        let rate = ledger.rate_at(input.requested_at);
        let diamonds = Diamonds(input.diamonds.normalize());
        let gross = rate
            .gross_of(diamonds)
            .ok_or_else(|| Error::overflow("the withdrawal's value"))?;
        if gross.0.is_zero() {
            // The English as it was written (figures ungrouped, scripts
            // quote it); the message writes them the language's way.
            let english = format!(
                "{} are worth 0.00 {} at {} a diamond; nothing can be paid out",
                crate::money::diamonds_word(diamonds),
                rate.currency,
                rate.money_per_diamond.normalize()
            );
            let said = Message::new("core-invalid-worth-nothing")
                .diamonds("diamonds", diamonds.0)
                .money("worth", Decimal::new(0, 2), &rate.currency)
                .money("rate", rate.money_per_diamond.normalize(), &rate.currency);
            return Err(Error::invalid_with("diamonds", english, said));
        }
        let fee = Money(input.fee).rounded();
        if fee > gross {
            return Err(Error::invalid_with(
                "fee",
                format!("{fee} is more than the withdrawal's value {gross}"),
                Message::new("core-invalid-fee-over-value")
                    .money("fee", fee.0, &rate.currency)
                    .money("gross", gross.0, &rate.currency),
            ));
        }
        let net = gross
            .checked_sub(fee)
            .ok_or_else(|| Error::overflow("the withdrawal's net"))?;
        if input.status.takes_diamonds() {
            self.check_covered(diamonds)?;
            if !input.force {
                let problems = unusual_withdrawal(&ledger, input, &rate, day, gross)?;
                if !problems.is_empty() {
                    return Err(Error::needs_confirmation(problems));
                }
            }
        }
        let row = NewWithdrawal {
            requested_at: to_ms(input.requested_at),
            diamonds: diamonds.0,
            gross: gross.0,
            fee: fee.0,
            net: net.0,
            method: &method,
            status: input.status,
            reference: &reference,
            currency: Some(&rate.currency),
            import_id: None,
            fingerprint: None,
        };
        let id = insert_withdrawal(&tx, &row)?.ok_or_else(|| {
            Error::invalid_said(
                "withdrawal",
                crate::l10n::Message::new("core-invalid-not-written"),
            )
        })?;
        tx.commit()?;
        Ok(Withdrawal {
            id,
            requested_at: input.requested_at,
            diamonds,
            gross,
            currency: rate.currency,
            fee,
            net,
            method,
            status: input.status,
            reference,
        })
    }

    /// Changes where a withdrawal stands (e.g. pending → paid).
    /// A failed or cancelled withdrawal taken up again must be covered by the balance.
    pub fn set_withdrawal_status(&mut self, id: i64, status: WithdrawalStatus) -> Result<()> {
        let tx = self.begin()?;
        let (was, diamonds): (String, String) = tx
            .conn()
            .query_row(
                "SELECT status, diamonds FROM withdrawals WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or(Error::NotFound {
                what: "withdrawal",
                id,
            })?;
        let was: WithdrawalStatus = was
            .parse()
            .map_err(|_: String| Error::invalid_said("status", WithdrawalStatus::unknown(&was)))?;
        if status.takes_diamonds() && !was.takes_diamonds() {
            let diamonds = diamonds
                .parse::<Decimal>()
                .map_err(|e| Error::invalid("diamonds", e.to_string()))?;
            self.check_covered(Diamonds(diamonds))?;
        }
        tx.conn().execute(
            "UPDATE withdrawals SET status = ?2 WHERE id = ?1",
            params![id, status.as_str()],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Deletes a withdrawal recorded by mistake; it is kept for
    /// [`Store::restore_deleted`].
    pub fn delete_withdrawal(&mut self, id: i64) -> Result<Deleted> {
        let tx = self.begin()?;
        let deleted = trash::keep(
            tx.conn(),
            trash::withdrawal_name(id),
            &[Take::rows("withdrawals", "id = ?1", id)],
        )?;
        if tx
            .conn()
            .execute("DELETE FROM withdrawals WHERE id = ?1", [id])?
            == 0
        {
            return Err(Error::NotFound {
                what: "withdrawal",
                id,
            });
        }
        tx.commit()?;
        Ok(deleted)
    }

    /// Every withdrawal, oldest first.
    pub fn withdrawals(&self) -> Result<Vec<Withdrawal>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, requested_at, diamonds, gross, fee, net, method, status, reference, currency
             FROM withdrawals ORDER BY requested_at, id",
        )?;
        let rows = stmt.query_map([], |r| {
            let status: String = r.get(7)?;
            Ok(Withdrawal {
                id: r.get(0)?,
                requested_at: get_time(r, 1)?,
                diamonds: Diamonds(get_dec(r, 2)?),
                gross: Money(get_dec(r, 3)?),
                fee: Money(get_dec(r, 4)?),
                net: Money(get_dec(r, 5)?),
                method: r.get(6)?,
                status: status.parse().map_err(|e: String| {
                    rusqlite::Error::FromSqlConversionFailure(
                        7,
                        rusqlite::types::Type::Text,
                        e.into(),
                    )
                })?,
                reference: r.get(8)?,
                // Only a withdrawal no write has fixed yet lacks one.
                currency: r.get::<_, Option<String>>(9)?.unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// What is unusual about a withdrawal TikTok would not have paid: dated in
/// the future or before any diamond, below the day's minimum, past the day's
/// maximum. Each problem names its numbers.
fn unusual_withdrawal(
    ledger: &crate::snapshot::Snapshot,
    input: &WithdrawalInput,
    rate: &Rate,
    day: NaiveDate,
    gross: Money,
) -> Result<Vec<(String, Message)>> {
    let mut problems = Vec::new();
    let local = |t: DateTime<Utc>| {
        t.with_timezone(&ledger.tz)
            .format("%Y-%m-%d %H:%M")
            .to_string()
    };
    let c = rate.currency.as_str();
    // A few minutes of slack for a clock that runs a little ahead.
    if input.requested_at > Utc::now() + chrono::Duration::minutes(10) {
        problems.push((
            format!("it is dated {}, in the future", local(input.requested_at)),
            Message::new("core-confirm-future").text("at", local(input.requested_at)),
        ));
    }
    let first_diamond = ledger
        .sessions
        .iter()
        .map(|s| s.started_at)
        .chain(
            ledger
                .adjustments
                .iter()
                .filter(|a| a.diamonds.0 > Decimal::ZERO)
                .map(|a| a.at),
        )
        .min();
    if let Some(first) = first_diamond.filter(|f| input.requested_at < *f) {
        problems.push((
            format!(
                "it is dated {}, before the first diamond was earned ({})",
                local(input.requested_at),
                local(first)
            ),
            Message::new("core-confirm-before-first-diamond")
                .text("at", local(input.requested_at))
                .text("first", local(first)),
        ));
    }
    if rate.below_minimum(gross) {
        let minimum = Money(rate.min_withdrawal).rounded();
        problems.push((
            format!(
                "{gross} {c} is below the minimum withdrawal of {minimum} {c} in force on {day}: TikTok won't pay out less, so record it only if TikTok really paid it"
            ),
            Message::new("core-confirm-below-minimum")
                .money("gross", gross.0, c)
                .money("minimum", minimum.0, c)
                .day("day", day),
        ));
    }
    if let Some(max) = rate.max_withdrawal_per_day {
        let used = ledger.gross_withdrawn_on(day)?;
        let after = used
            .checked_add(gross)
            .ok_or_else(|| Error::overflow("the day's withdrawals"))?;
        if after.0 > max {
            let max = Money(max).rounded();
            problems.push((
                format!(
                    "with {used} {c} already withdrawn on {day}, {gross} {c} more passes that day's maximum of {max} {c}"
                ),
                Message::new("core-confirm-over-daily-maximum")
                    .money("used", used.0, c)
                    .day("day", day)
                    .money("gross", gross.0, c)
                    .money("maximum", max.0, c),
            ));
        }
    }
    Ok(problems)
}
