//! The `rates` table: effective-dated rates, and the one way a rate is written.

use chrono::NaiveDate;
use rusqlite::{params, Connection};

use super::LedgerTx;
use super::{get_dec, Store};
use crate::error::{Error, Result};
use crate::l10n::Message;
use crate::rates::{Rate, RateTable};

/// Every rate of the ledger open on `conn`.
pub(crate) fn rates_of(ltx: &LedgerTx<'_>) -> Result<RateTable> {
    rates_of_in(ltx.conn())
}

/// [`rates_of`] on a connection, for the store's own reads and writes.
pub(super) fn rates_of_in(conn: &Connection) -> Result<RateTable> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, effective_from, diamonds_per_coin, money_per_diamond, currency, min_withdrawal, max_withdrawal_per_day
         FROM rates ORDER BY effective_from",
    )?;
    let rows = stmt.query_map([], |r| {
        let day: String = r.get(1)?;
        let max: Option<String> = r.get(6)?;
        Ok(Rate {
            id: r.get(0)?,
            effective_from: day.parse::<NaiveDate>().map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(
                    1,
                    rusqlite::types::Type::Text,
                    Box::new(e),
                )
            })?,
            diamonds_per_coin: get_dec(r, 2)?,
            money_per_diamond: get_dec(r, 3)?,
            currency: r.get(4)?,
            min_withdrawal: get_dec(r, 5)?,
            max_withdrawal_per_day: max.and_then(|m| m.parse().ok()),
        })
    })?;
    Ok(RateTable::new(rows.collect::<rusqlite::Result<_>>()?))
}

/// The one statement every rate is written by: adds `rate`, or replaces the
/// one taking effect the same day. Returns its id. Sessions keep the rate
/// they were fixed with until re-rated.
pub(crate) fn upsert_rate(ltx: &LedgerTx<'_>, rate: &Rate) -> Result<i64> {
    upsert_rate_in(ltx.conn(), rate)
}

/// [`upsert_rate`] on a connection, for the store's own reads and writes.
pub(super) fn upsert_rate_in(conn: &Connection, rate: &Rate) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "INSERT INTO rates (effective_from, diamonds_per_coin, money_per_diamond, currency, min_withdrawal, max_withdrawal_per_day)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT(effective_from) DO UPDATE SET diamonds_per_coin = excluded.diamonds_per_coin,
                money_per_diamond = excluded.money_per_diamond, currency = excluded.currency,
                min_withdrawal = excluded.min_withdrawal, max_withdrawal_per_day = excluded.max_withdrawal_per_day
             RETURNING id",
        )?
        .query_row(
            params![
                rate.effective_from.to_string(),
                rate.diamonds_per_coin.normalize().to_string(),
                rate.money_per_diamond.normalize().to_string(),
                rate.currency,
                rate.min_withdrawal.normalize().to_string(),
                rate.max_withdrawal_per_day.map(|d| d.normalize().to_string()),
            ],
            |r| r.get(0),
        )?)
}

impl Store {
    /// Every rate, as a table to look up the one in force on a day.
    pub fn rates(&self) -> Result<RateTable> {
        rates_of_in(&self.conn)
    }

    /// Adds a rate, or replaces the one taking effect the same day. Returns its id.
    pub fn set_rate(&mut self, rate: &Rate) -> Result<i64> {
        if let Some(m) = rate.problem() {
            return Err(Error::invalid_said("rate", m));
        }
        let id = upsert_rate_in(&self.conn, rate)?;
        Ok(id)
    }

    /// Deletes a rate; the last one cannot be deleted (every session needs one).
    pub fn delete_rate(&mut self, id: i64) -> Result<()> {
        let tx = self.begin()?;
        let n: i64 = tx
            .conn()
            .query_row("SELECT count(*) FROM rates", [], |r| r.get(0))?;
        if n <= 1 {
            return Err(Error::invalid_said(
                "rate",
                Message::new("core-invalid-only-rate"),
            ));
        }
        if tx.conn().execute("DELETE FROM rates WHERE id = ?1", [id])? == 0 {
            return Err(Error::NotFound { what: "rate", id });
        }
        tx.commit()?;
        Ok(())
    }
}
