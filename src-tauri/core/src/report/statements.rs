//! Statements: one row per day, week, month or year with no gaps, the total
//! line, and the rounding line that makes the rows as shown add up to it.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::Serialize;

use super::hours;
use crate::dates::{self, Period};
use crate::error::{Error, Result};
use crate::money::{Amounts, Diamonds};
use crate::snapshot::Snapshot;

/// One line of a statement: what happened in one period.
///
/// Money is kept per currency and rounded once per row, from the exact sum of
/// the row's sessions and withdrawals; see [`Statement`] for why rows may not
/// add up to the total to the cent.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct PeriodRow {
    /// `2026-03-01`, `2026-W09`, `2026-03` or `2026`.
    pub period: String,
    /// The period's first local day.
    pub start: NaiveDate,
    /// Sessions started in the period.
    pub sessions: i64,
    /// Hours live, 2 places.
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub hours_live: Decimal,
    /// Gifts received (sum of counts).
    pub gifts: i64,
    /// Coins of those gifts.
    pub coins: i64,
    /// Diamonds earned.
    pub diamonds: Diamonds,
    /// Their money value at the rate of each session's day, rounded, per currency.
    pub value: Amounts,
    /// Diamonds withdrawn (pending or paid).
    pub withdrawn_diamonds: Diamonds,
    /// Gross money of those withdrawals, per currency.
    pub withdrawn_gross: Amounts,
    /// Fees of those withdrawals, per currency.
    pub fees: Amounts,
    /// Net money of withdrawals marked paid, per currency.
    pub net_paid: Amounts,
    /// Net diamonds of balance corrections.
    pub adjusted_diamonds: Diamonds,
    /// Diamond balance at the end of the period.
    pub closing_balance: Diamonds,
}

/// A statement with its total line.
///
/// The rule: every money figure is summed exactly and rounded once, where it
/// is shown. A row rounds the exact sum of its own sessions; the total rounds
/// the exact sum of all of them. So rows of 1.204 and 1.204 show 1.20 each
/// and a total of 2.41, not 2.40: `rounding` shows that difference (total −
/// sum of the rows as shown), per currency, so the page adds up.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Statement {
    /// One row per period, oldest first, quiet periods included.
    pub rows: Vec<PeriodRow>,
    /// Every row together (its `period` is "total").
    pub total: PeriodRow,
    /// Total minus the sum of the rows as shown, per currency; empty when
    /// the rows add up to the cent.
    pub rounding: Amounts,
    /// The diamond balance before the first day the statement covers (0
    /// when it starts with the ledger).
    pub opening_balance: Diamonds,
}

/// The local days a statement covers, both ends included; `None` leaves
/// that end open. A period that straddles an end counts only its days inside.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Span {
    /// The first local day counted.
    pub from: Option<NaiveDate>,
    /// The last local day counted.
    pub to: Option<NaiveDate>,
}

/// Where a local day stands against a [`Span`].
#[derive(PartialEq)]
enum Place {
    Before,
    In,
    After,
}

impl Span {
    fn place(&self, day: NaiveDate) -> Place {
        if self.from.is_some_and(|f| day < f) {
            Place::Before
        } else if self.to.is_some_and(|t| day > t) {
            Place::After
        } else {
            Place::In
        }
    }
}

/// Exact (unrounded) money of one period, per currency.
#[derive(Default)]
struct ExactMoney {
    value: Amounts,
    gross: Amounts,
    fees: Amounts,
    net_paid: Amounts,
}

/// A statement: one row per period from the first activity to the last, with
/// no gaps (quiet periods appear with zeros).
pub fn statement(ledger: &Snapshot, by: Period) -> Result<Vec<PeriodRow>> {
    Ok(statement_with_total(ledger, by)?.rows)
}

/// [`statement`] with its total line and the rounding difference.
pub fn statement_with_total(ledger: &Snapshot, by: Period) -> Result<Statement> {
    statement_between(ledger, by, Span::default())
}

/// [`statement_with_total`] of the local days in `span` (a tax year): what
/// happened before it is the opening balance, what came after is left out.
pub fn statement_between(ledger: &Snapshot, by: Period, span: Span) -> Result<Statement> {
    let mut periods = Periods {
        span,
        ..Periods::default()
    };
    periods.add_sessions(ledger, by)?;
    periods.add_withdrawals(ledger, by)?;
    periods.add_adjustments(ledger, by)?;
    let opening_balance = periods.opening.normalize();
    let (Some(&first), Some(&last)) = (periods.rows.keys().next(), periods.rows.keys().next_back())
    else {
        let mut total = Totals::default().total;
        total.closing_balance = opening_balance;
        return Ok(Statement {
            rows: Vec::new(),
            total,
            rounding: Amounts::default(),
            opening_balance,
        });
    };
    let mut totals = Totals {
        balance: periods.opening,
        ..Totals::default()
    };
    totals.total.start = first;
    let mut out = Vec::new();
    let mut day = first;
    while day <= last {
        let mut row = periods.rows.remove(&day).unwrap_or_default();
        let exact = periods.exact.remove(&day).unwrap_or_default();
        row.start = day;
        row.period = by.label(day);
        out.push(totals.add(row, &exact)?);
        day = by.next(day);
    }
    let (total, rounding) = totals.finish()?;
    Ok(Statement {
        rows: out,
        total,
        rounding,
        opening_balance,
    })
}

/// The overflow error of one of the statement's sums.
fn overflow(what: &str) -> Error {
    Error::overflow(format!("the statement's {what}"))
}

/// The periods that saw activity, by their first local day: what each
/// counts, and its money exact (rounded once, when the row is shown).
#[derive(Default)]
struct Periods {
    rows: BTreeMap<NaiveDate, PeriodRow>,
    exact: BTreeMap<NaiveDate, ExactMoney>,
    /// The days counted.
    span: Span,
    /// The balance moved by what came before the span.
    opening: Diamonds,
}

impl Periods {
    /// The period of instant `t` when its local day is in the span; a day
    /// before it moves the opening balance by `diamonds` instead.
    fn key(
        &mut self,
        ledger: &Snapshot,
        by: Period,
        t: DateTime<Utc>,
        diamonds: impl FnOnce() -> Result<Diamonds>,
    ) -> Result<Option<NaiveDate>> {
        let day = dates::local_date(t, ledger.tz);
        match self.span.place(day) {
            Place::In => Ok(Some(by.start_of(day))),
            Place::After => Ok(None),
            Place::Before => {
                self.opening = self
                    .opening
                    .checked_add(diamonds()?)
                    .ok_or_else(|| overflow("opening balance"))?;
                Ok(None)
            }
        }
    }

    /// Each session in the period of its start: hours, gifts, coins, its
    /// diamonds and value at its own rate.
    fn add_sessions(&mut self, ledger: &Snapshot, by: Period) -> Result<()> {
        for s in &ledger.sessions {
            let Some(key) = self.key(ledger, by, s.started_at, || ledger.session_diamonds(s))?
            else {
                continue;
            };
            let row = self.rows.entry(key).or_default();
            row.sessions += 1;
            row.hours_live += hours(s);
            row.gifts = row
                .gifts
                .checked_add(s.gift_count)
                .ok_or_else(|| overflow("gifts"))?;
            row.coins = row
                .coins
                .checked_add(s.coins_total.0)
                .ok_or_else(|| overflow("coins"))?;
            row.diamonds = row
                .diamonds
                .checked_add(ledger.session_diamonds(s)?)
                .ok_or_else(|| overflow("diamonds"))?;
            let (value, currency) = ledger.session_value(s)?;
            self.exact
                .entry(key)
                .or_default()
                .value
                .checked_add(&currency, value)
                .ok_or_else(|| overflow("value"))?;
        }
        Ok(())
    }

    /// Each withdrawal that took diamonds in the period it was requested:
    /// its diamonds, gross and fee, and its net once paid.
    fn add_withdrawals(&mut self, ledger: &Snapshot, by: Period) -> Result<()> {
        for w in ledger
            .withdrawals
            .iter()
            .filter(|w| w.status.takes_diamonds())
        {
            let Some(key) = self.key(ledger, by, w.requested_at, || {
                Diamonds::ZERO
                    .checked_sub(w.diamonds)
                    .ok_or_else(|| overflow("withdrawals"))
            })?
            else {
                continue;
            };
            let row = self.rows.entry(key).or_default();
            row.withdrawn_diamonds = row
                .withdrawn_diamonds
                .checked_add(w.diamonds)
                .ok_or_else(|| overflow("withdrawals"))?;
            let m = self.exact.entry(key).or_default();
            let c = &w.currency;
            m.gross
                .checked_add(c, w.gross)
                .ok_or_else(|| overflow("withdrawals"))?;
            m.fees
                .checked_add(c, w.fee)
                .ok_or_else(|| overflow("fees"))?;
            if w.status == crate::model::WithdrawalStatus::Paid {
                m.net_paid
                    .checked_add(c, w.net)
                    .ok_or_else(|| overflow("payouts"))?;
            }
        }
        Ok(())
    }

    /// Each balance correction in the period it was made.
    fn add_adjustments(&mut self, ledger: &Snapshot, by: Period) -> Result<()> {
        for a in &ledger.adjustments {
            let Some(key) = self.key(ledger, by, a.at, || Ok(a.diamonds))? else {
                continue;
            };
            let row = self.rows.entry(key).or_default();
            row.adjusted_diamonds = row
                .adjusted_diamonds
                .checked_add(a.diamonds)
                .ok_or_else(|| overflow("corrections"))?;
        }
        Ok(())
    }
}

/// The total line as the rows are walked in order: counts, the exact money
/// of every row, the money of the rows as shown, and the running balance.
struct Totals {
    total: PeriodRow,
    exact: ExactMoney,
    shown: ExactMoney,
    balance: Diamonds,
}

impl Default for Totals {
    fn default() -> Totals {
        Totals {
            total: PeriodRow {
                period: "total".into(),
                ..PeriodRow::default()
            },
            exact: ExactMoney::default(),
            shown: ExactMoney::default(),
            balance: Diamonds::ZERO,
        }
    }
}

impl Totals {
    /// Adds `row` (with its exact money `m`) to the total, and returns it as
    /// shown: money rounded once, its closing balance, figures normalized.
    fn add(&mut self, mut row: PeriodRow, m: &ExactMoney) -> Result<PeriodRow> {
        let total = &mut self.total;
        total.sessions += row.sessions;
        total.hours_live += row.hours_live;
        total.gifts = total
            .gifts
            .checked_add(row.gifts)
            .ok_or_else(|| overflow("gifts"))?;
        total.coins = total
            .coins
            .checked_add(row.coins)
            .ok_or_else(|| overflow("coins"))?;
        total.diamonds = total
            .diamonds
            .checked_add(row.diamonds)
            .ok_or_else(|| overflow("diamonds"))?;
        total.withdrawn_diamonds = total
            .withdrawn_diamonds
            .checked_add(row.withdrawn_diamonds)
            .ok_or_else(|| overflow("withdrawals"))?;
        total.adjusted_diamonds = total
            .adjusted_diamonds
            .checked_add(row.adjusted_diamonds)
            .ok_or_else(|| overflow("corrections"))?;
        row.hours_live = row.hours_live.round_dp(2).normalize();
        row.value = m.value.rounded();
        row.withdrawn_gross = m.gross.rounded();
        row.fees = m.fees.rounded();
        row.net_paid = m.net_paid.rounded();
        for (sum, part) in [
            (&mut self.exact.value, &m.value),
            (&mut self.exact.gross, &m.gross),
            (&mut self.exact.fees, &m.fees),
            (&mut self.exact.net_paid, &m.net_paid),
            (&mut self.shown.value, &row.value),
            (&mut self.shown.gross, &row.withdrawn_gross),
            (&mut self.shown.fees, &row.fees),
            (&mut self.shown.net_paid, &row.net_paid),
        ] {
            sum.checked_merge(part).ok_or_else(|| overflow("money"))?;
        }
        self.balance = self
            .balance
            .checked_add(row.diamonds)
            .and_then(|b| b.checked_sub(row.withdrawn_diamonds))
            .and_then(|b| b.checked_add(row.adjusted_diamonds))
            .ok_or_else(|| overflow("balance"))?;
        row.closing_balance = self.balance.normalize();
        row.diamonds = row.diamonds.normalize();
        row.withdrawn_diamonds = row.withdrawn_diamonds.normalize();
        row.adjusted_diamonds = row.adjusted_diamonds.normalize();
        Ok(row)
    }

    /// The total line, its money rounded once from the exact sums, and the
    /// rounding line: the total minus the rows as shown, per currency.
    fn finish(self) -> Result<(PeriodRow, Amounts)> {
        let mut total = self.total;
        total.hours_live = total.hours_live.round_dp(2).normalize();
        total.diamonds = total.diamonds.normalize();
        total.withdrawn_diamonds = total.withdrawn_diamonds.normalize();
        total.adjusted_diamonds = total.adjusted_diamonds.normalize();
        total.closing_balance = self.balance.normalize();
        total.value = self.exact.value.rounded();
        total.withdrawn_gross = self.exact.gross.rounded();
        total.fees = self.exact.fees.rounded();
        total.net_paid = self.exact.net_paid.rounded();
        // Only the value line rounds sums of many exact figures (withdrawals are
        // stored rounded), so it is the one that can miss by a cent.
        let mut rounding = Amounts::default();
        for (currency, t) in &total.value.0 {
            let rows_sum = self
                .shown
                .value
                .0
                .get(currency)
                .copied()
                .unwrap_or_default();
            let diff = t
                .checked_sub(rows_sum)
                .ok_or_else(|| overflow("rounding"))?;
            if !diff.0.is_zero() {
                rounding.0.insert(currency.clone(), diff.rounded());
            }
        }
        Ok((total, rounding))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::WithdrawalStatus;
    use crate::money::Money;
    use crate::report::fixtures::{arb_ledger, ledger, session, t, withdrawal};
    use crate::report::summary;
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    #[test]
    fn statement_buckets_in_the_creators_zone() {
        // 23:30 UTC on Feb 28 is already March 1 in Berlin.
        let mut l = ledger(vec![
            session(1, "2026-02-28T23:30:00Z", 1, 100),
            session(2, "2026-04-02T10:00:00Z", 1, 50),
        ]);
        let rows = statement(&l, Period::Month).unwrap();
        assert_eq!(
            rows.iter().map(|r| r.period.as_str()).collect::<Vec<_>>(),
            ["2026-02", "2026-03", "2026-04"]
        );
        assert_eq!(rows[1].sessions, 0); // a quiet month still shows
        l.tz = "Europe/Berlin".parse().unwrap();
        let rows = statement(&l, Period::Month).unwrap();
        assert_eq!(
            rows.iter().map(|r| r.period.as_str()).collect::<Vec<_>>(),
            ["2026-03", "2026-04"]
        );
        assert_eq!(rows[0].diamonds, Diamonds(dec!(100)));
        assert_eq!(rows[1].closing_balance, Diamonds(dec!(150)));
        assert_eq!(rows[0].hours_live, dec!(1));
    }

    #[test]
    fn two_currencies_are_never_added() {
        // 20 USD pending from before the switch, 16 EUR pending after it.
        let mut l = ledger(vec![session(1, "2026-10-01T18:00:00Z", 1, 100_000)]);
        let mut usd = withdrawal(
            "2026-10-05T09:00:00Z",
            dec!(4000),
            WithdrawalStatus::Pending,
        );
        usd.gross = Money(dec!(20.00));
        let mut eur = withdrawal(
            "2026-11-05T09:00:00Z",
            dec!(4000),
            WithdrawalStatus::Pending,
        );
        eur.gross = Money(dec!(16.00));
        eur.currency = "EUR".into();
        l.withdrawals = vec![usd, eur];
        let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
        assert_eq!(s.pending.describe(), "16.00 EUR + 20.00 USD");
        let st = statement_with_total(&l, Period::Month).unwrap();
        assert_eq!(st.rows[0].withdrawn_gross.describe(), "20.00 USD");
        assert_eq!(st.rows[1].withdrawn_gross.describe(), "16.00 EUR");
        assert_eq!(st.total.withdrawn_gross.describe(), "16.00 EUR + 20.00 USD");
    }

    #[test]
    fn day_rows_that_round_apart_show_a_rounding_line() {
        // Three days of 241 diamonds = 1.205 USD each: each row shows 1.21
        // (half-up), the month's exact 3.615 shows 3.62; rows add to 3.63.
        let l = ledger(vec![
            session(1, "2026-11-01T18:00:00Z", 1, 241),
            session(2, "2026-11-02T18:00:00Z", 1, 241),
            session(3, "2026-11-03T18:00:00Z", 1, 241),
        ]);
        let st = statement_with_total(&l, Period::Day).unwrap();
        assert!(st.rows.iter().all(|r| r.value.describe() == "1.21 USD"));
        assert_eq!(st.total.value.describe(), "3.62 USD");
        assert_eq!(st.rounding.describe(), "-0.01 USD");
        let month = statement(&l, Period::Month).unwrap();
        assert_eq!(month[0].value, st.total.value);
    }

    proptest! {
        #[test]
        fn statements_add_up_to_the_summary(l in arb_ledger(), by in prop::sample::select(vec![Period::Day, Period::Week, Period::Month, Period::Year])) {
            let s = summary(&l, t("2026-11-25T12:00:00Z")).unwrap();
            let rows = statement(&l, by).unwrap();
            let earned: Decimal = rows.iter().map(|r| r.diamonds.0).sum();
            prop_assert_eq!(earned, s.diamonds_earned.0);
            let closing = rows.last().map(|r| r.closing_balance.0).unwrap_or_default();
            prop_assert_eq!(closing, s.balance_diamonds.0);
            let sessions: i64 = rows.iter().map(|r| r.sessions).sum();
            prop_assert_eq!(sessions as usize, l.sessions.len());
            // Periods are contiguous and ordered.
            for pair in rows.windows(2) {
                prop_assert_eq!(by.next(pair[0].start), pair[1].start);
            }
        }

        #[test]
        fn a_years_statement_is_the_whole_ones_rows_of_that_year(l in arb_ledger(), year in 2022i32..2026, monthly in any::<bool>()) {
            let by = if monthly { Period::Month } else { Period::Day };
            let span = Span {
                from: NaiveDate::from_ymd_opt(year, 1, 1),
                to: NaiveDate::from_ymd_opt(year, 12, 31),
            };
            let whole = statement(&l, by).unwrap();
            let part = statement_between(&l, by, span).unwrap();
            let before = whole.iter().rev().find(|r| r.start < span.from.unwrap());
            prop_assert_eq!(part.opening_balance, before.map(|r| r.closing_balance).unwrap_or_default());
            for r in &part.rows {
                let same = whole.iter().find(|w| w.start == r.start);
                prop_assert_eq!(Some(r), same);
            }
            let last = whole.iter().rev().find(|r| span.to.is_some_and(|t| r.start <= t));
            prop_assert_eq!(part.total.closing_balance, last.map(|r| r.closing_balance).unwrap_or_default());
            let earned: Decimal = part.rows.iter().map(|r| r.diamonds.0).sum();
            let in_year: Decimal = whole.iter().filter(|r| r.start.format("%Y").to_string() == year.to_string()).map(|r| r.diamonds.0).sum();
            prop_assert_eq!(earned, in_year);
        }
    }
}
