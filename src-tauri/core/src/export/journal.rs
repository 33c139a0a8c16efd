//! hledger and beancount journals: one transaction per session's earnings,
//! per withdrawal and per adjustment, diamonds a commodity with a price
//! directive per rate, text escaped per dialect.

use std::collections::BTreeSet;
use std::io::Write;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use super::io_err;
use crate::dates;
use crate::error::Result;
use crate::model::{Adjustment, Session, Withdrawal, WithdrawalStatus};
use crate::money::Diamonds;
use crate::snapshot::Snapshot;

/// Which journal format is written.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Dialect {
    Hledger,
    Beancount,
}

/// Account names of the journals, hledger spelling; beancount capitalises.
const WALLET: &str = "assets:tiktok:wallet";
const INCOME: &str = "income:tiktok:live";
const PAID: &str = "assets:payout";
const PENDING: &str = "assets:receivable:tiktok";
const FEES: &str = "expenses:fees:withdrawal";
const ADJUST: &str = "equity:adjustments";
const COMMODITY: &str = "DIAMOND";

fn account(d: Dialect, name: &str) -> String {
    match d {
        Dialect::Hledger => name.to_string(),
        Dialect::Beancount => name
            .split(':')
            .map(|p| {
                let mut c = p.chars();
                c.next()
                    .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                    .unwrap_or_default()
            })
            .map(|p| {
                if p == "Tiktok" {
                    "TikTok".to_string()
                } else {
                    p
                }
            })
            .collect::<Vec<_>>()
            .join(":"),
    }
}

/// Text made safe for a journal's transaction line in dialect `d`, keeping
/// as much of it as the format can carry:
/// - both: one line (control characters and line breaks become spaces);
/// - hledger: the description runs to the end of the line, so `;` (a
///   comment) becomes `,` and `|` (the payee mark) becomes `/`;
/// - beancount: a quoted string, so `\` and `"` are escaped.
fn clean(d: Dialect, text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars() {
        match (d, c) {
            (_, c) if c.is_control() => out.push(' '),
            (Dialect::Hledger, ';') => out.push(','),
            (Dialect::Hledger, '|') => out.push('/'),
            (Dialect::Beancount, '\\') => out.push_str("\\\\"),
            (Dialect::Beancount, '"') => out.push_str("\\\""),
            (_, c) => out.push(c),
        }
    }
    out
}

/// Writes `ledger` to `out` as a journal in dialect `d`.
pub(super) fn export(ledger: &Snapshot, out: &mut dyn Write, d: Dialect) -> Result<()> {
    let mut earned = Vec::with_capacity(ledger.sessions.len());
    for s in &ledger.sessions {
        earned.push(ledger.session_diamonds(s)?.normalize());
    }
    let mut j = Journal {
        d,
        tz: ledger.tz,
        text: String::new(),
    };
    j.declarations(ledger, &earned);
    j.prices(ledger);
    for (s, &diamonds) in ledger.sessions.iter().zip(&earned) {
        j.session(s, diamonds);
    }
    for w in ledger
        .withdrawals
        .iter()
        .filter(|w| w.status.takes_diamonds())
    {
        j.withdrawal(ledger, w);
    }
    for a in &ledger.adjustments {
        j.adjustment(a);
    }
    out.write_all(j.text.as_bytes()).map_err(io_err)
}

/// A journal being written in one dialect, days in the creator's time zone.
struct Journal {
    d: Dialect,
    tz: Tz,
    text: String,
}

impl Journal {
    /// The creator's local day of `t`.
    fn day(&self, t: DateTime<Utc>) -> NaiveDate {
        dates::local_date(t, self.tz)
    }

    /// The commodities and accounts, declared; `earned` is each session's
    /// diamonds.
    fn declarations(&mut self, ledger: &Snapshot, earned: &[Diamonds]) {
        let currencies: BTreeSet<&str> = ledger
            .rates
            .all()
            .iter()
            .map(|r| r.currency.as_str())
            .collect();
        let text = &mut self.text;
        text.push_str("; LiveLedger export — diamonds as a commodity, valued by the price directives below.\n");
        match self.d {
            Dialect::Hledger => {
                let diamond_format = diamond_format(ledger, earned);
                text.push_str(&format!("commodity {diamond_format} {COMMODITY}\n"));
                for c in &currencies {
                    text.push_str(&format!("commodity 1000.00 {c}\n"));
                }
                for a in [WALLET, INCOME, PAID, PENDING, FEES, ADJUST] {
                    text.push_str(&format!("account {a}\n"));
                }
            }
            Dialect::Beancount => {
                let first_day = first_day(ledger, self.tz);
                if let Some(c) = currencies.iter().next() {
                    text.push_str(&format!("option \"operating_currency\" \"{c}\"\n"));
                }
                text.push_str(&format!("{first_day} commodity {COMMODITY}\n"));
                for c in &currencies {
                    text.push_str(&format!("{first_day} commodity {c}\n"));
                }
                for a in [WALLET, INCOME, PAID, PENDING, FEES, ADJUST] {
                    text.push_str(&format!("{first_day} open {}\n", account(self.d, a)));
                }
            }
        }
        text.push('\n');
    }

    /// One price directive per rate: what a diamond is worth from its day.
    fn prices(&mut self, ledger: &Snapshot) {
        for r in ledger.rates.all() {
            match self.d {
                Dialect::Hledger => self.text.push_str(&format!(
                    "P {} {COMMODITY} {} {}\n",
                    r.effective_from, r.money_per_diamond, r.currency
                )),
                Dialect::Beancount => self.text.push_str(&format!(
                    "{} price {COMMODITY} {} {}\n",
                    r.effective_from, r.money_per_diamond, r.currency
                )),
            }
        }
        self.text.push('\n');
    }

    /// A transaction's first line: its day, payee and narration.
    fn header(&mut self, date: NaiveDate, payee: &str, narration: &str) {
        let d = self.d;
        let line = match d {
            Dialect::Hledger => format!("{date} {} | {}\n", clean(d, payee), clean(d, narration)),
            Dialect::Beancount => format!(
                "{date} * \"{}\" \"{}\"\n",
                clean(d, payee),
                clean(d, narration)
            ),
        };
        self.text.push_str(&line);
    }

    /// One posting of `amount` to `acct`.
    fn posting(&mut self, acct: &str, amount: String) {
        let line = format!("    {}  {amount}\n", account(self.d, acct));
        self.text.push_str(&line);
    }

    /// A session's earnings into the wallet; a session that earned nothing
    /// has no transaction.
    fn session(&mut self, s: &Session, diamonds: Diamonds) {
        if diamonds.0.is_zero() {
            return;
        }
        let title = if s.title.is_empty() {
            format!("LIVE session {}", s.id)
        } else {
            format!("LIVE session {}: {}", s.id, s.title)
        };
        self.header(self.day(s.started_at), "TikTok LIVE", &title);
        self.posting(WALLET, format!("{} {COMMODITY}", diamonds.normalize()));
        self.posting(INCOME, format!("{} {COMMODITY}", (-diamonds).normalize()));
        self.text.push('\n');
    }

    /// A withdrawal: diamonds out of the wallet at its gross, the fee, and
    /// the net paid out or still to come.
    fn withdrawal(&mut self, ledger: &Snapshot, w: &Withdrawal) {
        let currency = if w.currency.is_empty() {
            ledger.rate_at(w.requested_at).currency
        } else {
            w.currency.clone()
        };
        let method = if w.method.is_empty() {
            String::new()
        } else {
            format!(" via {}", w.method)
        };
        self.header(
            self.day(w.requested_at),
            "TikTok",
            &format!("Withdrawal {}{method} ({})", w.id, w.status.as_str()),
        );
        self.posting(
            WALLET,
            format!(
                "{} {COMMODITY} @@ {} {currency}",
                (-w.diamonds).normalize(),
                w.gross
            ),
        );
        if !w.fee.0.is_zero() {
            self.posting(FEES, format!("{} {currency}", w.fee));
        }
        let to = if w.status == WithdrawalStatus::Paid {
            PAID
        } else {
            PENDING
        };
        self.posting(to, format!("{} {currency}", w.net));
        self.text.push('\n');
    }

    /// A correction of the wallet, against equity.
    fn adjustment(&mut self, a: &Adjustment) {
        self.header(
            self.day(a.at),
            "LiveLedger",
            &format!("Adjustment: {}", a.reason),
        );
        self.posting(WALLET, format!("{} {COMMODITY}", a.diamonds.normalize()));
        self.posting(ADJUST, format!("{} {COMMODITY}", (-a.diamonds).normalize()));
        self.text.push('\n');
    }
}

/// How hledger shows the diamond commodity: as many places as the finest
/// figure has, so a balance of 0.999 diamonds is not shown as 1.00, and a
/// decimal mark even with no decimals ("1000.").
fn diamond_format(ledger: &Snapshot, earned: &[Diamonds]) -> String {
    let places = earned
        .iter()
        .chain(ledger.withdrawals.iter().map(|w| &w.diamonds))
        .chain(ledger.adjustments.iter().map(|a| &a.diamonds))
        .map(|d| d.0.normalize().scale())
        .max()
        .unwrap_or(0);
    if places == 0 {
        "1000.".to_string()
    } else {
        format!("1000.{}", "0".repeat(places as usize))
    }
}

/// The first day anything happened: beancount wants accounts open before
/// their first posting.
fn first_day(ledger: &Snapshot, tz: Tz) -> NaiveDate {
    let day = |t: DateTime<Utc>| dates::local_date(t, tz);
    ledger
        .rates
        .all()
        .iter()
        .map(|r| r.effective_from)
        .chain(ledger.sessions.iter().map(|s| day(s.started_at)))
        .chain(ledger.withdrawals.iter().map(|w| day(w.requested_at)))
        .chain(ledger.adjustments.iter().map(|a| day(a.at)))
        .min()
        .unwrap_or_default()
}
