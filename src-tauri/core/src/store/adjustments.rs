//! The `adjustments` table: signed diamond corrections with their reason.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use rust_decimal::Decimal;

use super::check::clean_text;
use super::LedgerTx;
use super::{get_dec, get_time, to_ms, Store};
use crate::error::{Error, Result};
use crate::l10n::Message;
use crate::model::Adjustment;
use crate::money::{check_bounds, Diamonds};

/// A diamond correction about to be written, by a click, a reconcile or an import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NewAdjustment<'a> {
    /// Milliseconds since the epoch.
    pub at: i64,
    pub diamonds: Decimal,
    pub reason: &'a str,
    pub import_id: Option<i64>,
    pub fingerprint: Option<i64>,
}

/// The one statement every correction is written by. Its id, or `None` when
/// one with its fingerprint is already there.
pub(crate) fn insert_adjustment(ltx: &LedgerTx<'_>, a: &NewAdjustment<'_>) -> Result<Option<i64>> {
    let conn = ltx.conn();
    Ok(conn
        .prepare_cached(
            "INSERT INTO adjustments (at, diamonds, reason, import_id, fingerprint) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT DO NOTHING RETURNING id",
        )?
        .query_row(
            params![a.at, a.diamonds.normalize().to_string(), a.reason, a.import_id, a.fingerprint],
            |r| r.get(0),
        )
        .optional()?)
}

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
            return Err(Error::invalid_said(
                "diamonds",
                Message::new("core-invalid-adjustment-zero"),
            ));
        }
        check_bounds("diamonds", diamonds, 8)?;
        let reason = clean_text("reason", reason, false)?;
        if reason.is_empty() {
            return Err(Error::invalid_said(
                "reason",
                Message::new("core-invalid-reason-required"),
            ));
        }
        let tx = self.begin()?;
        let before = self.balance_before(force)?;
        let row = NewAdjustment {
            at: to_ms(at),
            diamonds,
            reason: &reason,
            import_id: None,
            fingerprint: None,
        };
        let id = insert_adjustment(&tx, &row)?.ok_or_else(|| {
            Error::invalid_said(
                "adjustment",
                crate::l10n::Message::new("core-invalid-not-written"),
            )
        })?;
        self.guard_balance(
            before,
            super::balance::Lowering::Correction(Diamonds(diamonds)),
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
