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
use crate::l10n::Message;

/// What reading a cell gives: the value, or the column to blame (when
/// there is one) and what was wrong, as a message (`core-import-cell-…`;
/// its English is the row problem's text).
pub(super) type Cell<T> = Result<T, (Option<usize>, Message)>;

/// What a number cell was expected to hold. Each is a message of its own
/// (`core-import-what-…`) whose `$problem` picks the sentence, so every
/// language words the whole sentence around its own noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum What {
    /// A session's diamonds.
    Diamonds,
    /// A session's peak viewers.
    PeakViewers,
    /// A session's viewers.
    Viewers,
    /// A session's likes.
    Likes,
    /// A session's new followers.
    Followers,
    /// A session's gifters.
    Gifters,
    /// A gift event's price.
    GiftPrice,
    /// A gift event's repeat count.
    RepeatCount,
    /// A gift event's gift type.
    GiftType,
    /// A gift row's count.
    WholeCount,
    /// A gift row's coins.
    WholeCoins,
    /// A gift row's diamonds (each, or the row's total).
    WholeDiamonds,
    /// One of TikTok's figures of a day, by its stored name.
    DayFigure(&'static str),
}

/// How a cell failed to hold a [`What`]: the `$problem` its message selects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Found {
    /// The cell is empty.
    Nothing,
    /// A number with a fraction.
    Fraction,
    /// A number below zero.
    Negative,
    /// Not a number.
    Other,
}

impl What {
    /// Why `text` is not what was expected, as `found` says.
    pub(super) fn problem(self, found: Found, text: &str) -> Message {
        let id = match self {
            What::Diamonds => "core-import-what-diamonds",
            What::PeakViewers => "core-import-what-peak-viewers",
            What::Viewers => "core-import-what-viewers",
            What::Likes => "core-import-what-likes",
            What::Followers => "core-import-what-followers",
            What::Gifters => "core-import-what-gifters",
            What::GiftPrice => "core-import-what-gift-price",
            What::RepeatCount => "core-import-what-repeat-count",
            What::GiftType => "core-import-what-gift-type",
            What::WholeCount => "core-import-what-whole-count",
            What::WholeCoins => "core-import-what-whole-coins",
            What::WholeDiamonds => "core-import-what-whole-diamonds",
            What::DayFigure(_) => "core-import-what-day-figure",
        };
        let problem = match found {
            Found::Nothing => "missing",
            Found::Fraction => "fraction",
            Found::Negative => "negative",
            Found::Other => "other",
        };
        let mut m = Message::new(id).text("problem", problem);
        if found != Found::Nothing {
            m = m.text("text", text);
        }
        if let What::DayFigure(name) = self {
            m = m.text("figure", name);
        }
        m
    }
}

/// A ledger's check (`Error::Invalid`, `{field}: {message}`) refusing an
/// imported value, as a row problem: the same words after the field's
/// name (`core-import-cell-field-…`, one for each check a row can meet).
pub(super) fn invalid(e: &crate::Error) -> Message {
    let (field, said) = match e {
        crate::Error::Invalid { field, said, .. } => (field.as_str(), said.as_deref()),
        _ => ("", None),
    };
    let id = match said.map(|m| m.id) {
        Some("core-invalid-end-before-start") => "core-import-cell-field-end-before-start",
        Some("core-invalid-year") => "core-import-cell-field-year",
        Some("core-invalid-negative-got") => "core-import-cell-field-negative-got",
        Some("core-invalid-not-negative") => "core-import-cell-field-not-negative",
        Some("core-invalid-count-too-large") => "core-import-cell-field-count-too-large",
        Some("core-invalid-too-large") => "core-import-cell-field-too-large",
        Some("core-invalid-decimal-places") => "core-import-cell-field-decimal-places",
        // No check of a row says anything else; should one, its English
        // stays whole rather than lost.
        _ => return Message::new("core-import-cell-other").text("text", e.to_string()),
    };
    let mut m = Message::new(id);
    if let Some(said) = said {
        m.args.extend(said.args.clone());
    }
    m.text("field", field)
}

/// Refuses a row whose coins (price × count) do not fit a whole number the
/// ledger can add up, at the count's column, where a typo most likely is.
pub(super) fn total_fits(coins: i64, count: i64, col: Option<usize>) -> Cell<()> {
    match coins.checked_mul(count) {
        Some(_) => Ok(()),
        None => Err((
            col,
            Message::new("core-import-cell-total-too-large")
                .text("n", count.to_string())
                .text("coins", coins.to_string()),
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

    /// The text of field `f`, or `missing` (a message saying what was
    /// expected there, found nothing).
    pub(super) fn required<'r>(
        &self,
        rec: &'r csv::StringRecord,
        f: Field,
        missing: &'static str,
    ) -> Cell<&'r str> {
        self.text(rec, f)
            .ok_or_else(|| (self.cols.get(f), Message::new(missing)))
    }

    /// A whole number in field `f`: thousands grouped in the column's
    /// locale (see `numbers`), never a fraction.
    pub(super) fn whole(
        &mut self,
        rec: &csv::StringRecord,
        f: Field,
        what: What,
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
            Err(NumError::Fraction) => Err((col, what.problem(Found::Fraction, &short(t)))),
            Err(NumError::TooLarge) => Err((
                col,
                Message::new("core-import-cell-too-large").text("text", short(t)),
            )),
            Err(NumError::NotANumber) => Err((col, what.problem(Found::Other, &short(t)))),
        }
    }

    /// A decimal in field `f` read in the column's locale; an ambiguous
    /// `1.234` / `1,234` is settled by the column so far, else refused.
    /// `own_dot`: LiveLedger's own files, where `.` is always the decimal point.
    pub(super) fn decimal(&mut self, col: Option<usize>, t: &str, own_dot: bool) -> Cell<Decimal> {
        let found = || {
            (
                col,
                Message::new("core-import-cell-not-a-number").text("text", short(t)),
            )
        };
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
                        Message::new("core-import-cell-ambiguous-number")
                            .text("text", short(t))
                            .text("thousands", reading.resolve(true).to_string())
                            .text("decimal", reading.resolve(false).to_string()),
                    )),
                }
            }
        }
    }

    /// The row's date (and time column): an instant, or a slashed date waiting
    /// for the file to settle its order.
    pub(super) fn when(&mut self, rec: &csv::StringRecord, line: u64) -> Cell<When> {
        let col = self.cols.get(Field::Date);
        let date = self.required(rec, Field::Date, "core-import-cell-no-date")?;
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
        plausible(&when).map_err(|m| (col, m))?;
        Ok(when)
    }
}

/// Refuses a date outside the years a ledger takes (`dates::plausible_year`).
pub(super) fn plausible(when: &When) -> Result<(), Message> {
    let year = match when {
        When::Known(t) => chrono::Datelike::year(t),
        When::Slashed { year, .. } => *year,
    };
    match crate::dates::plausible_year(year) {
        Ok(()) => Ok(()),
        Err(_) => Err(crate::dates::implausible_year(year)),
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

    /// Each cell problem's English, against the text the code wrote
    /// before it had messages (copied from that code): scripts quote them.
    #[test]
    fn the_english_of_each_cell_problem_is_the_old_text() {
        use crate::l10n::english;
        let (t, n, what) = ("x7", -3, "a number of likes");
        let pairs: Vec<(Message, String)> = vec![
            (
                What::Likes.problem(Found::Fraction, "1.5"),
                format!("expected {what}, found '{}', which has a fraction", "1.5"),
            ),
            (
                What::Likes.problem(Found::Other, t),
                format!("expected {what}, found '{t}'"),
            ),
            (
                What::Likes.problem(Found::Negative, &n.to_string()),
                format!("expected {what} (0 or more), found {n}"),
            ),
            (
                What::Diamonds.problem(Found::Negative, "-4"),
                "expected 0 diamonds or more, found -4".into(),
            ),
            (
                What::Diamonds.problem(Found::Nothing, ""),
                "expected a number of diamonds, found nothing".into(),
            ),
            (
                What::WholeCoins.problem(Found::Negative, "-1"),
                format!("expected 0 {} or more, found {}", "coins", -1),
            ),
            (
                What::WholeDiamonds.problem(Found::Other, t),
                format!("expected {}, found '{t}'", "a whole number of diamonds"),
            ),
            (
                What::WholeCount.problem(Found::Fraction, "2.5"),
                "expected a whole count, found '2.5', which has a fraction".into(),
            ),
            (
                What::GiftPrice.problem(Found::Other, t),
                format!("expected {}, found '{t}'", "the gift's price in coins"),
            ),
            (
                What::RepeatCount.problem(Found::Other, t),
                format!("expected {}, found '{t}'", "a repeat count"),
            ),
            (
                What::GiftType.problem(Found::Other, t),
                format!("expected {}, found '{t}'", "a gift type number"),
            ),
            (
                What::PeakViewers.problem(Found::Other, t),
                format!("expected {}, found '{t}'", "a number of peak viewers"),
            ),
            (
                What::Viewers.problem(Found::Negative, "-2"),
                format!("expected {} (0 or more), found {}", "a number of viewers", -2),
            ),
            (
                What::Followers.problem(Found::Other, t),
                format!("expected {}, found '{t}'", "a number of followers"),
            ),
            (
                What::Gifters.problem(Found::Other, t),
                format!("expected {}, found '{t}'", "a number of gifters"),
            ),
            (
                What::DayFigure("likes").problem(Found::Other, t),
                format!("expected a number ({}), found '{t}'", "likes"),
            ),
            (
                Message::new("core-import-cell-no-date"),
                format!("expected {}, found nothing", "a date/time"),
            ),
            (
                Message::new("core-import-cell-no-day"),
                format!("expected {}, found nothing", "a day"),
            ),
            (
                Message::new("core-import-cell-no-gift"),
                format!("expected {}, found nothing", "a gift name"),
            ),
            (
                total_fits(i64::MAX, 2, None).unwrap_err().1,
                format!("{} × {} coins is more than a ledger can count", 2, i64::MAX),
            ),
            (
                Message::new("core-import-cell-too-large").text("text", "99999999999999999999"),
                format!("'{}' is more than a ledger can count", "99999999999999999999"),
            ),
            (
                Message::new("core-import-cell-not-a-number").text("text", t),
                format!("expected a number, found '{t}'"),
            ),
            (
                Message::new("core-import-cell-ambiguous-number")
                    .text("text", "1.234")
                    .text("thousands", "1234")
                    .text("decimal", "1.234"),
                format!(
                    "'{}' could be {} or {}; write it with two decimals or without thousands separators",
                    "1.234", 1234, "1.234"
                ),
            ),
            (
                crate::store::imported_text(&"é".repeat(501), false).unwrap_err(),
                format!(
                    "is {} characters long; the ledger keeps at most {}",
                    501,
                    500
                ),
            ),
            (
                invalid(&crate::money::check_bounds("likes", rust_decimal::Decimal::new(15, 1), 0).unwrap_err()),
                crate::money::check_bounds("likes", rust_decimal::Decimal::new(15, 1), 0)
                    .unwrap_err()
                    .to_string(),
            ),
            (
                invalid(
                    &crate::money::check_bounds("views", rust_decimal::Decimal::from(i64::MAX), 0)
                        .unwrap_err(),
                ),
                crate::money::check_bounds("views", rust_decimal::Decimal::from(i64::MAX), 0)
                    .unwrap_err()
                    .to_string(),
            ),
        ];
        for (m, old) in pairs {
            assert_eq!(english(&m), old, "{}", m.id);
        }
        // Dates: every refusal `parse_when` makes, as it wrote them.
        let when = |d: &str, time: Option<&str>| {
            english(&parse_when(d, time, Tz::UTC, 2, 0, &mut 0).unwrap_err())
        };
        assert_eq!(when(" ", None), "expected a date/time, found nothing");
        assert_eq!(
            when("soon", None),
            "expected a date/time such as 2026-03-01 20:00, 01/03/2026 20:00, 01.03.2026 or 1772395200000, found 'soon'"
        );
        assert_eq!(
            when("99999999999999999999", None),
            "'99999999999999999999' is not an epoch time LiveLedger can read"
        );
        assert_eq!(
            when("31.02.2026", None),
            "'31.02.2026' is not a calendar date"
        );
        assert_eq!(
            when("24.11.2026 20:00", Some("21:00")),
            "the date '24.11.2026 20:00' has a time of its own and the time column says '21:00'"
        );
        assert_eq!(
            when("24.11.2026", Some("later")),
            "expected a time of day such as 20:05 or 8:05 PM in the time column, found 'later'"
        );
    }

    #[test]
    fn a_cell_problem_is_said_in_other_languages() {
        let de = crate::l10n::Localizer::new("de");
        let fr = crate::l10n::Localizer::new("fr");
        let m = What::WholeCount.problem(Found::Other, "viele");
        assert_eq!(
            de.render(&m),
            "erwartet wird eine ganze Anzahl, gefunden: 'viele'"
        );
        assert!(
            fr.render(&m).starts_with("attendu : un nombre entier,"),
            "{}",
            fr.render(&m)
        );
        let m = parse_when("soon", None, Tz::UTC, 2, 0, &mut 0).unwrap_err();
        assert!(
            de.render(&m).starts_with("erwartet wird ein Datum"),
            "{}",
            de.render(&m)
        );
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
