//! Entries turned into rows as the walk hands them over, and an entry's
//! problem put at its field's line and column.

use chrono_tz::Tz;

use super::fields::fields;
use super::live::live;
use super::withdrawal::{transaction_kind, withdrawal, Txn};
use super::{Entry, ListKind};
use crate::import::json::locate;
use crate::import::parse::Parsed;
use crate::import::{RowProblem, MAX_LISTED_PROBLEMS};
use crate::rates::RateTable;

/// Entries turned into rows as the walk reads them: what the file adds,
/// what is wrong with it, and what it holds that is not income.
pub(super) struct Convert {
    rates: RateTable,
    tz: Tz,
    /// The rows read.
    pub(super) parsed: Parsed,
    /// The first problems, at most [`MAX_LISTED_PROBLEMS`].
    pub(super) problems: Vec<RowProblem>,
    /// All the problems.
    pub(super) problem_count: usize,
    /// Wallet transactions that are coin purchases.
    pub(super) spending: u64,
    /// Wallet transactions that are neither withdrawals nor purchases.
    pub(super) other: u64,
}

impl Convert {
    /// Nothing converted yet; withdrawals are valued at `rates` on their
    /// day in `tz`.
    pub(super) fn new(rates: RateTable, tz: Tz) -> Convert {
        Convert {
            rates,
            tz,
            parsed: Parsed::default(),
            problems: Vec::new(),
            problem_count: 0,
            spending: 0,
            other: 0,
        }
    }

    /// Turns `e` into a row, counts it, or notes its problem.
    pub(super) fn take(&mut self, e: &Entry) {
        let result = match e.kind {
            ListKind::Lives => live(e).map(|s| self.parsed.sessions.push(s)),
            ListKind::Withdrawals | ListKind::Transactions => match fields(&e.value) {
                None => Err((
                    None,
                    crate::l10n::Message::new("core-import-tiktok-not-wallet"),
                )),
                Some(f) => match (e.kind, transaction_kind(&f)) {
                    (ListKind::Withdrawals, _) | (_, Txn::Withdrawal) => {
                        withdrawal(&f, &self.rates, self.tz)
                            .map(|w| self.parsed.withdrawals.push(w))
                    }
                    (_, Txn::Spending) => {
                        self.spending += 1;
                        Ok(())
                    }
                    (_, Txn::Other) => {
                        self.other += 1;
                        Ok(())
                    }
                },
            },
        };
        if let Err((key, message)) = result {
            self.problem_count += 1;
            if self.problems.len() < MAX_LISTED_PROBLEMS {
                self.problems.push(entry_problem(e, key, message));
            }
        }
    }
}

/// The problem of an entry at its field's line and column.
fn entry_problem(e: &Entry, key: Option<String>, said: crate::l10n::Message) -> RowProblem {
    let (mut line, mut column) = (e.line, e.column);
    if let (Some(k), true) = (&key, e.txt) {
        // The line that starts with the key and its colon.
        let at = e.raw.split(|&b| b == b'\n').position(|l| {
            let l = String::from_utf8_lossy(l);
            l.trim_start()
                .strip_prefix(k.as_str())
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        });
        if let Some(i) = at {
            line += i as u64;
        }
    } else if let Some(k) = &key {
        // Where `"k"` is in the entry's JSON, as for a gift event's field.
        (line, column) = locate(&e.raw, k, (line, column));
    }
    let at = match key {
        Some(k) => format!("{}[{}].{k}", e.list, e.index),
        None => format!("{}[{}]", e.list, e.index),
    };
    RowProblem::said(line, Some((column as usize, at)), said)
}
