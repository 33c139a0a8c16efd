//! Reading cells: text, whole numbers and decimals in the column's locale,
//! dates, booleans, amounts with a currency around them, and the
//! fingerprints rows are told apart by.

use rust_decimal::Decimal;

use super::parser::Parser;
use super::rows::When;
use crate::import::datetime::parse_when;
use crate::import::numbers::{self, NumError, Reading};
use crate::import::short;
use crate::import::sniff::Field;

/// What reading a cell gives: the value, or the column to blame (when
/// there is one) and what was wrong.
pub(super) type Cell<T> = Result<T, (Option<usize>, String)>;

/// Refuses a row whose coins (price × count) do not fit a whole number the
/// ledger can add up, at the count's column, where a typo most likely is.
pub(super) fn total_fits(coins: i64, count: i64, col: Option<usize>) -> Cell<()> {
    match coins.checked_mul(count) {
        Some(_) => Ok(()),
        None => Err((
            col,
            format!("{count} × {coins} coins is more than a ledger can count"),
        )),
    }
}

impl Parser {
    /// The trimmed text of field `f`, `None` when it has no column or is empty.
    pub(super) fn text<'r>(&self, rec: &'r csv::StringRecord, f: Field) -> Option<&'r str> {
        self.cols
            .get(f)
            .and_then(|i| rec.get(i))
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    /// Free text of field `f` (a name, a title) as the ledger keeps it:
    /// control characters become spaces, too long is a problem at its column
    /// (`store::imported_text`, shared by every import). `None` when empty.
    pub(super) fn free_text<'r>(
        &self,
        rec: &'r csv::StringRecord,
        f: Field,
    ) -> Cell<Option<std::borrow::Cow<'r, str>>> {
        match self.text(rec, f) {
            None => Ok(None),
            Some(t) => crate::store::imported_text(t, false)
                .map(|t| Some(t).filter(|t| !t.is_empty()))
                .map_err(|m| (self.cols.get(f), m)),
        }
    }

    /// The sender of a row: its sender column, else its nickname column.
    pub(super) fn sender(&self, rec: &csv::StringRecord) -> Cell<Option<String>> {
        Ok(match self.free_text(rec, Field::Sender)? {
            Some(s) => Some(s.into_owned()),
            None => self
                .free_text(rec, Field::Nickname)?
                .map(std::borrow::Cow::into_owned),
        })
    }

    /// The text of field `f`, or a problem saying `what` was expected there.
    pub(super) fn required<'r>(
        &self,
        rec: &'r csv::StringRecord,
        f: Field,
        what: &str,
    ) -> Cell<&'r str> {
        self.text(rec, f)
            .ok_or_else(|| (self.cols.get(f), format!("expected {what}, found nothing")))
    }

    /// A whole number in field `f`: thousands grouped in the column's
    /// locale (see `numbers`), never a fraction.
    pub(super) fn whole(
        &mut self,
        rec: &csv::StringRecord,
        f: Field,
        what: &str,
    ) -> Cell<Option<i64>> {
        let Some(t) = self.text(rec, f) else {
            return Ok(None);
        };
        if let Ok(n) = t.parse::<i64>() {
            return Ok(Some(n));
        }
        let col = self.cols.get(f);
        match numbers::read_whole(t) {
            Ok((n, ev)) => {
                if let Some(c) = col.and_then(|i| self.nums.get_mut(i)) {
                    c.see(ev, self.line, t);
                }
                Ok(Some(n))
            }
            Err(NumError::Fraction) => Err((
                col,
                format!(
                    "expected {what}, found '{}', which has a fraction",
                    short(t)
                ),
            )),
            Err(NumError::TooLarge) => Err((
                col,
                format!("'{}' is more than a ledger can count", short(t)),
            )),
            Err(NumError::NotANumber) => {
                Err((col, format!("expected {what}, found '{}'", short(t))))
            }
        }
    }

    /// A decimal in field `f` read in the column's locale; an ambiguous
    /// `1.234` / `1,234` is settled by the column so far, else refused.
    /// `own_dot`: LiveLedger's own files, where `.` is always the decimal point.
    pub(super) fn decimal(&mut self, col: Option<usize>, t: &str, own_dot: bool) -> Cell<Decimal> {
        let found = || (col, format!("expected a number, found '{}'", short(t)));
        let (reading, ev) = numbers::read(t, false).map_err(|_| found())?;
        if let Some(c) = col.and_then(|i| self.nums.get_mut(i)) {
            c.see(ev, self.line, t);
        }
        match reading {
            Reading::Known(d) => Ok(d),
            Reading::Ambiguous { sep, .. } => {
                let settled = col
                    .and_then(|i| self.nums.get(i))
                    .and_then(|c| c.thousands(sep))
                    .or((own_dot && sep == numbers::Sep::Dot).then_some(false));
                match settled {
                    Some(thousands) => Ok(reading.resolve(thousands)),
                    None => Err((
                        col,
                        format!(
                            "'{}' could be {} or {}; write it with two decimals or without thousands separators",
                            short(t),
                            reading.resolve(true),
                            reading.resolve(false)
                        ),
                    )),
                }
            }
        }
    }

    /// The row's date (and time column): an instant, or a slashed date waiting
    /// for the file to settle its order.
    pub(super) fn when(&mut self, rec: &csv::StringRecord, line: u64) -> Cell<When> {
        let col = self.cols.get(Field::Date);
        let date = self.required(rec, Field::Date, "a date/time")?;
        let time = self.text(rec, Field::Time);
        let when = parse_when(
            date,
            time,
            self.tz,
            line,
            col.unwrap_or(0),
            &mut self.date_bits,
        )
        .map_err(|m| (col, m))?;
        match &when {
            When::Known(t) => crate::dates::plausible(*t).map(|_| ()),
            When::Slashed { year, .. } => crate::dates::plausible_year(*year),
        }
        .map_err(|m| (col, m))?;
        Ok(when)
    }
}

/// Parses a whole number in any locale's grouping (`1,000`, `1.000`,
/// `1 000`), or with a zero fraction (`5.0`); never a fraction.
pub(crate) fn parse_whole(t: &str) -> Option<i64> {
    let t = t.trim();
    t.parse()
        .ok()
        .or_else(|| numbers::read_whole(t).ok().map(|(n, _)| n))
}

/// An amount without a currency sign or code around it: `$12.50`,
/// `12,50 €`, `USD 12.50`, `R$ 12,50`.
pub(super) fn strip_currency(t: &str) -> &str {
    let t = t.trim();
    let t = t
        .trim_start_matches("R$")
        .trim_start_matches(['$', '€', '£', '¥'])
        .trim_end_matches(['$', '€', '£', '¥']);
    let code = |s: &str| s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase());
    let t = match t.trim().split_once(' ') {
        Some((c, rest)) if code(c) => rest,
        _ => t,
    };
    match t.trim().rsplit_once(' ') {
        Some((rest, c)) if code(c) => rest.trim(),
        _ => t.trim(),
    }
}

// The identity rules live with the events they identify; the parsers
// name them from here.
pub(crate) use crate::events::identity::{
    gift_event_fingerprint, message_key, occurrence_fingerprint, streak_fingerprint,
};

/// A boolean as logs write it: true/false, 1/0, yes/no, y/n, any case;
/// `None` for anything else.
pub(crate) fn parse_bool(t: &str) -> Option<bool> {
    match t.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "y" => Some(true),
        "false" | "0" | "no" | "n" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use chrono_tz::Tz;

    use super::*;

    #[test]
    fn whole_numbers() {
        assert_eq!(parse_whole("1,000"), Some(1000));
        assert_eq!(parse_whole("29,999"), Some(29999));
        assert_eq!(parse_whole("12.480"), Some(12480));
        assert_eq!(parse_whole("5.0"), Some(5));
        assert_eq!(parse_whole("1,00"), Some(1), "a zero fraction");
        assert_eq!(parse_whole("1.5"), None);
        assert_eq!(parse_whole("x"), None);
    }

    #[test]
    fn currency_signs_and_codes_are_not_part_of_an_amount() {
        assert_eq!(strip_currency("$12.50"), "12.50");
        assert_eq!(strip_currency("12,50 €"), "12,50");
        assert_eq!(strip_currency("USD 1,234.50"), "1,234.50");
        assert_eq!(strip_currency("R$ 12,50"), "12,50");
        assert_eq!(strip_currency("12.50 EUR"), "12.50");
    }

    #[test]
    fn slashed_dates_wait_for_the_column() {
        let when = |t: &str| parse_when(t, None, Tz::UTC, 2, 0, &mut 0);
        assert!(matches!(
            when("13/02/2026 20:00"),
            Ok(When::Slashed { a: 13, b: 2, .. })
        ));
        assert!(when("13/13/2026").is_err());
        assert!(matches!(when("2026-02-13 20:00"), Ok(When::Known(_))));
        let When::Known(t) = when("13.02.2026 20:00").unwrap() else {
            panic!()
        };
        assert_eq!(t.to_rfc3339(), "2026-02-13T20:00:00+00:00");
    }
}
