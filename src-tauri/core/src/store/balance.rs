//! Writes that depend on the balance: withdrawals may not take more diamonds
//! than the ledger holds, and reconciling records what the wallet says.
//!
//! Each reads the balance and writes in the same transaction, so another
//! writer cannot slip in between.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::Serialize;

use super::adjustments::{insert_adjustment, NewAdjustment};
use super::check::clean_text;
use super::{to_ms, Store};
use crate::error::{Error, Result};
use crate::l10n::Message;
use crate::money::Diamonds;
use crate::snapshot::Balance;

/// What [`Store::reconcile`] found and did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Reconciliation {
    /// The ledger's balance before.
    pub ledger_balance: Diamonds,
    /// The balance the creator's TikTok wallet shows.
    pub wallet_balance: Diamonds,
    /// wallet − ledger: what the adjustment added (negative: removed).
    pub difference: Diamonds,
    /// The adjustment recorded, `None` when the two already agreed.
    pub adjustment_id: Option<i64>,
}

impl Store {
    /// The diamond balance now: earned − withdrawn + adjusted.
    pub fn balance(&self) -> Result<Balance> {
        self.snapshot()?.balance()
    }

    /// Records the balance the TikTok wallet shows: the difference to the
    /// ledger's balance becomes an adjustment with `reason`. One transaction.
    pub fn reconcile(
        &mut self,
        at: DateTime<Utc>,
        wallet_balance: Decimal,
        reason: &str,
    ) -> Result<Reconciliation> {
        crate::money::check_bounds("balance", wallet_balance, 8)?;
        if wallet_balance < Decimal::ZERO {
            return Err(Error::invalid_said(
                "balance",
                Message::new("core-invalid-negative-balance"),
            ));
        }
        let reason = match clean_text("reason", reason, false)? {
            r if r.is_empty() => "reconciled with the TikTok wallet".to_string(),
            r => r,
        };
        let tx = self.begin()?;
        let ours = self.balance()?.total()?;
        let difference = Diamonds(wallet_balance)
            .checked_sub(ours)
            .ok_or_else(|| Error::overflow("the difference to the wallet"))?;
        let adjustment_id = if difference.0.is_zero() {
            None
        } else {
            insert_adjustment(
                &tx,
                &NewAdjustment {
                    at: to_ms(at),
                    diamonds: difference.0,
                    reason: &reason,
                    import_id: None,
                    fingerprint: None,
                },
            )?
        };
        tx.commit()?;
        Ok(Reconciliation {
            ledger_balance: ours.normalize(),
            wallet_balance: Diamonds(wallet_balance).normalize(),
            difference: difference.normalize(),
            adjustment_id,
        })
    }

    /// Fails unless the balance covers `diamonds` more leaving it. Called
    /// inside the transaction of the write that takes them.
    pub(super) fn check_covered(&self, diamonds: Diamonds) -> Result<()> {
        let balance = self.balance()?.total()?;
        if diamonds > balance {
            // The English writes its figures ungrouped, as scripts quote it;
            // `cli` is the command line's way, which the window leaves out.
            return Err(Error::invalid_with(
                "diamonds",
                format!(
                    "{} diamonds is more than the balance of {} diamonds. If your TikTok wallet \
                     shows more, enter that balance under Reconcile first \
                     (CLI: liveledger reconcile --balance N)",
                    diamonds.normalize(),
                    balance.normalize()
                ),
                Message::new("core-invalid-over-balance")
                    .decimal("diamonds", diamonds.normalize().0)
                    .decimal("balance", balance.normalize().0)
                    .text("cli", " (CLI: liveledger reconcile --balance N)"),
            ));
        }
        Ok(())
    }
}

impl Store {
    /// The balance before a write that may lower it, for [`Store::guard_balance`];
    /// `None` when the creator already confirmed (`force`), so a ledger whose
    /// balance cannot be added up can still be repaired.
    pub(super) fn balance_before(&self, force: bool) -> Result<Option<Diamonds>> {
        if force {
            return Ok(None);
        }
        Ok(Some(self.balance()?.total()?))
    }

    /// Fails, asking for confirmation, when a write that took the balance
    /// from `before` leaves it below zero and lower than it was (withdrawals
    /// were paid from the diamonds it removed). Called inside that write's
    /// transaction, after the change; `before` is `None` when confirmed.
    pub(super) fn guard_balance(&self, before: Option<Diamonds>, what: Lowering<'_>) -> Result<()> {
        let Some(before) = before else {
            return Ok(());
        };
        let b = self.balance()?;
        let after = b.total()?;
        if after.0 < Decimal::ZERO && after < before {
            let english = format!(
                "{} would leave the balance at {} diamonds (earned {}, withdrawn {}, corrected {}): \
                 withdrawals were paid from these diamonds",
                what.words(),
                after.normalize(),
                b.earned.normalize(),
                b.withdrawn.normalize(),
                b.adjusted.normalize()
            );
            let message = what
                .message()
                .diamonds("balance", after.normalize().0)
                .decimal("earned", b.earned.normalize().0)
                .decimal("withdrawn", b.withdrawn.normalize().0)
                .decimal("corrected", b.adjusted.normalize().0);
            return Err(Error::needs_confirmation(vec![(english, message)]));
        }
        Ok(())
    }
}

/// A write that may lower the balance, named in the confirmation it needs.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Lowering<'a> {
    /// Putting back a deleted record, by its label (and its kept name as a
    /// message, when the entry has one).
    PutBack(&'a str, Option<&'a Message>),
    /// Re-rating sessions.
    Rerate,
    /// Deleting a session.
    DeleteSession(i64),
    /// A correction of some diamonds.
    Correction(Diamonds),
    /// Deleting a gift.
    DeleteGift(i64),
    /// Undoing an import.
    UndoImport(i64),
}

impl Lowering<'_> {
    /// The write in English, as the error's text names it.
    fn words(&self) -> String {
        match self {
            Lowering::PutBack(label, _) => format!("putting back {label}"),
            Lowering::Rerate => "re-rating these sessions".into(),
            Lowering::DeleteSession(id) => format!("deleting session {id}"),
            Lowering::Correction(d) => format!("a correction of {} diamonds", d.normalize()),
            Lowering::DeleteGift(id) => format!("deleting gift {id}"),
            Lowering::UndoImport(id) => format!("undoing import {id}"),
        }
    }

    /// The confirmation's message with the write named: `action` picks
    /// the wording; `id`, `label` and `amount` fill it (empty when unused).
    fn message(&self) -> Message {
        let (action, id, label, amount) = match *self {
            Lowering::PutBack(label, _) => ("put-back", 0, label, Decimal::ZERO),
            Lowering::Rerate => ("rerate", 0, "", Decimal::ZERO),
            Lowering::DeleteSession(id) => ("delete-session", id, "", Decimal::ZERO),
            Lowering::Correction(d) => ("correction", 0, "", d.normalize().0),
            Lowering::DeleteGift(id) => ("delete-gift", id, "", Decimal::ZERO),
            Lowering::UndoImport(id) => ("undo-import", id, "", Decimal::ZERO),
        };
        let m = Message::new("core-confirm-negative-balance")
            .text("action", action)
            .text("id", id.to_string())
            .decimal("amount", amount);
        match self {
            Lowering::PutBack(_, Some(said)) => m.said("label", (*said).clone()),
            _ => m.text("label", label),
        }
    }
}
