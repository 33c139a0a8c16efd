//! The `adjustments` table: signed diamond corrections with their reason.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;

use super::check::clean_text;
use super::{get_dec, get_time, Store};
use crate::error::{Error, Result};
use crate::model::Adjustment;
use crate::money::{check_bounds, Diamonds};

impl Store {
    /// Records a signed diamond correction with its reason; returns its id.
    /// One that takes the balance below zero asks for confirmation first
    /// (`force`).
    pub fn add_adjustment(
        &mut self,
        at: DateTime<Utc>,
        diamonds: Decimal,
        reason: &str,
        force: bool,
    ) -> Result<i64> {
        if diamonds.is_zero() {
            return Err(Error::invalid(
                "diamonds",
                "an adjustment of 0 changes nothing",
            ));
        }
        check_bounds("diamonds", diamonds, 8)?;
        let reason = clean_text("reason", reason, false)?;
        if reason.is_empty() {
            return Err(Error::invalid("reason", "say why the balance is corrected"));
        }
        let tx = self.write_transaction()?;
        let before = self.balance_before(force)?;
        let id = super::balance::insert_adjustment(&tx, at, diamonds, &reason)?;
        self.guard_balance(
            before,
            &format!("a correction of {} diamonds", diamonds.normalize()),
        )?;
        tx.commit()?;
        Ok(id)
    }

    /// Every adjustment, oldest first.
    pub fn adjustments(&self) -> Result<Vec<Adjustment>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, at, diamonds, reason FROM adjustments ORDER BY at, id")?;
        let rows = stmt.query_map([], |r| {
            Ok(Adjustment {
                id: r.get(0)?,
                at: get_time(r, 1)?,
                diamonds: Diamonds(get_dec(r, 2)?),
                reason: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
