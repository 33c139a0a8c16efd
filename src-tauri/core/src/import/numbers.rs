//! Numbers as spreadsheets in any locale write them: `1,234.56`,
//! `1.234,56`, `1 234,56` (with plain, no-break or narrow spaces), `1'234`.
//!
//! A column's separators are decided from the whole column, never from one
//! cell. Each cell says what it shows ([`Evidence`]); a [`Column`] keeps the
//! first line that showed each thing and refuses a column that contradicts
//! itself. Only `1.234` / `1,234` (one separator, three digits after it) is
//! ambiguous on its own:
//! - in a whole-number field (coins, counts, diamonds, viewers) a fraction
//!   is impossible, so it is read as thousands — unless the column shows the
//!   same character as its decimal point elsewhere, which refuses the file;
//! - in a decimal field (money, hours) it waits for the column to settle
//!   it, and a column that never does is refused with a hint.

use rust_decimal::Decimal;

use crate::l10n::Message;

/// A separator character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sep {
    /// `.`
    Dot,
    /// `,`
    Comma,
    /// A space: plain, no-break (U+00A0), narrow no-break (U+202F) or thin (U+2009).
    Space,
    /// `'` or `’`, as in Switzerland.
    Apostrophe,
}

impl Sep {
    fn of(c: char) -> Option<Sep> {
        Some(match c {
            '.' => Sep::Dot,
            ',' => Sep::Comma,
            ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' => Sep::Space,
            '\'' | '\u{2019}' => Sep::Apostrophe,
            _ => return None,
        })
    }

    fn char(self) -> char {
        match self {
            Sep::Dot => '.',
            Sep::Comma => ',',
            Sep::Space => ' ',
            Sep::Apostrophe => '\'',
        }
    }
}

/// What one cell shows about its column's separators.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Evidence {
    /// A character that groups thousands, shown beyond doubt.
    pub group: Option<Sep>,
    /// A character that is a decimal point, shown beyond doubt.
    pub decimal: Option<Sep>,
    /// A `.` or `,` read as grouping thousands only because the field is whole.
    pub assumed_group: Option<Sep>,
}

/// A number read from a cell whose column may still have to settle it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    /// The value, whatever the column shows.
    Known(Decimal),
    /// `lead` `sep` `tail` (three digits): thousands or a decimal point.
    Ambiguous {
        /// Negative.
        neg: bool,
        /// The digits before the separator (1 to 3, not starting with 0).
        lead: u64,
        /// The three digits after it.
        tail: u64,
        /// `.` or `,`.
        sep: Sep,
    },
}

impl Reading {
    /// The value when `sep` groups thousands (`thousands`) or is a decimal point.
    pub(crate) fn resolve(self, thousands: bool) -> Decimal {
        match self {
            Reading::Known(d) => d,
            Reading::Ambiguous {
                neg, lead, tail, ..
            } => {
                // lead < 1000 and tail < 1000: no overflow is possible.
                let v = if thousands {
                    Decimal::from(lead * 1000 + tail)
                } else {
                    Decimal::from(lead) + Decimal::new(tail as i64, 3)
                };
                if neg {
                    -v
                } else {
                    v
                }
            }
        }
    }
}

/// Why a cell is not a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumError {
    /// Not a number at all.
    NotANumber,
    /// A number with a fraction in a whole-number field.
    Fraction,
    /// Too large for the ledger.
    TooLarge,
}

/// Most separators a number may have (up to 10^21 with thousands grouped).
const MAX_SEPS: usize = 7;

/// The digit runs and separators of a cell: `1.234,5` is runs 1, 234, 5
/// and separators `.` `,`.
struct Scan {
    neg: bool,
    /// (value, digit count, starts with 0) of each run.
    runs: [(u64, u8, bool); MAX_SEPS + 1],
    seps: [Sep; MAX_SEPS],
    n: usize,
}

fn scan(text: &str) -> Option<Scan> {
    let t = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{202f}');
    let (neg, t) = match t.chars().next() {
        Some('-') | Some('\u{2212}') => (true, &t[t.chars().next()?.len_utf8()..]),
        Some('+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut s = Scan {
        neg,
        runs: [(0, 0, false); MAX_SEPS + 1],
        seps: [Sep::Dot; MAX_SEPS],
        n: 0,
    };
    let mut after_sep = true;
    for c in t.chars() {
        if let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) {
            let run = &mut s.runs[s.n];
            if run.1 == 0 {
                run.2 = d == 0;
            }
            run.0 = run.0.checked_mul(10)?.checked_add(u64::from(d))?;
            run.1 = run.1.checked_add(1)?;
            after_sep = false;
        } else {
            let sep = Sep::of(c)?;
            if after_sep || s.n == MAX_SEPS {
                return None;
            }
            s.seps[s.n] = sep;
            s.n += 1;
            after_sep = true;
        }
    }
    (!after_sep).then_some(s)
}

/// The integer of runs `runs` grouped in thousands (checked: the first run
/// has 1 to 3 digits and does not start with 0, the others have 3).
fn grouped(runs: &[(u64, u8, bool)]) -> Option<u64> {
    let (first, rest) = runs.split_first()?;
    if first.1 == 0 || first.1 > 3 || first.2 {
        return None;
    }
    rest.iter().try_fold(first.0, |acc, r| {
        (r.1 == 3).then_some(())?;
        acc.checked_mul(1000)?.checked_add(r.0)
    })
}

/// Reads a number, saying what it shows about the column's separators.
/// `whole`: the field is a whole number, so `1.234` is thousands.
pub(crate) fn read(text: &str, whole: bool) -> Result<(Reading, Evidence), NumError> {
    let s = scan(text).ok_or(NumError::NotANumber)?;
    let runs = &s.runs[..=s.n];
    let seps = &s.seps[..s.n];
    let mut ev = Evidence::default();
    let sign = |v: Decimal| if s.neg { -v } else { v };
    let int = |v: u64| -> Result<Decimal, NumError> {
        i64::try_from(v)
            .map(Decimal::from)
            .map_err(|_| NumError::TooLarge)
    };
    if seps.is_empty() {
        return Ok((Reading::Known(sign(int(runs[0].0)?)), ev));
    }
    let count = |k: Sep| seps.iter().filter(|s| **s == k).count();
    let (spaces, apostrophes) = (count(Sep::Space), count(Sep::Apostrophe));
    if spaces > 0 && apostrophes > 0 {
        return Err(NumError::NotANumber);
    }
    let spaced = spaces + apostrophes > 0;
    let (dots, commas) = (count(Sep::Dot), count(Sep::Comma));
    let last = seps[seps.len() - 1];
    // Which of `.` and `,` is the decimal point, if either.
    let decimal = match (dots, commas) {
        (0, 0) => None,
        (_, 0) | (0, _) => {
            let k = if dots > 0 { Sep::Dot } else { Sep::Comma };
            let tail = runs[runs.len() - 1];
            let lead = runs[runs.len() - 2];
            if count(k) > 1 {
                None
            } else if spaced || tail.1 != 3 || lead.2 || lead.1 > 3 {
                // Not thousands: a decimal point, which comes last.
                if last != k {
                    return Err(NumError::NotANumber);
                }
                Some(k)
            } else if whole {
                ev.assumed_group = Some(k);
                None
            } else {
                return Ok((
                    Reading::Ambiguous {
                        neg: s.neg,
                        lead: lead.0,
                        tail: tail.0,
                        sep: k,
                    },
                    ev,
                ));
            }
        }
        _ => {
            // Both: the last one, written once, is the decimal point.
            if spaced || count(last) != 1 {
                return Err(NumError::NotANumber);
            }
            Some(last)
        }
    };
    let int_runs = if decimal.is_some() {
        &runs[..runs.len() - 1]
    } else {
        runs
    };
    if int_runs.len() > 1 {
        ev.group = seps
            .iter()
            .copied()
            .find(|k| Some(*k) != decimal && Some(*k) != ev.assumed_group);
    }
    let int_part = if int_runs.len() == 1 {
        int_runs[0].0
    } else {
        grouped(int_runs).ok_or(NumError::NotANumber)?
    };
    let Some(k) = decimal else {
        return Ok((Reading::Known(sign(int(int_part)?)), ev));
    };
    ev.decimal = Some(k);
    let frac = runs[runs.len() - 1];
    if whole {
        return if frac.0 == 0 {
            Ok((Reading::Known(sign(int(int_part)?)), ev))
        } else {
            Err(NumError::Fraction)
        };
    }
    let fraction = Decimal::try_from_i128_with_scale(i128::from(frac.0), u32::from(frac.1))
        .map_err(|_| NumError::TooLarge)?;
    let value = int(int_part)?
        .checked_add(fraction)
        .ok_or(NumError::TooLarge)?;
    Ok((Reading::Known(sign(value)), ev))
}

/// Reads a whole number (`whole` field): thousands grouped in any locale,
/// a zero fraction (`5.0`, `5,00`) allowed.
pub(crate) fn read_whole(text: &str) -> Result<(i64, Evidence), NumError> {
    if let Ok(n) = text.parse::<i64>() {
        return Ok((n, Evidence::default()));
    }
    match read(text, true)? {
        (Reading::Known(d), ev) => i64::try_from(d)
            .map(|n| (n, ev))
            .map_err(|_| NumError::TooLarge),
        (Reading::Ambiguous { .. }, _) => Err(NumError::NotANumber),
    }
}

/// Where a column first showed each thing: (line, the cell, cut short).
#[derive(Debug, Clone, Default)]
pub(crate) struct Column {
    group: [Option<(u64, String)>; 4],
    decimal: [Option<(u64, String)>; 2],
    assumed: [Option<(u64, String)>; 2],
}

fn slot(k: Sep) -> usize {
    match k {
        Sep::Dot => 0,
        Sep::Comma => 1,
        Sep::Space => 2,
        Sep::Apostrophe => 3,
    }
}

fn note(at: &mut Option<(u64, String)>, line: u64, text: &str) {
    if at.is_none() {
        *at = Some((line, super::short(text.trim())));
    }
}

impl Column {
    /// Records what a cell at `line` showed.
    pub(crate) fn see(&mut self, ev: Evidence, line: u64, text: &str) {
        if let Some(k) = ev.group {
            note(&mut self.group[slot(k)], line, text);
        }
        if let Some(k) = ev.decimal.filter(|k| slot(*k) < 2) {
            note(&mut self.decimal[slot(k)], line, text);
        }
        if let Some(k) = ev.assumed_group.filter(|k| slot(*k) < 2) {
            note(&mut self.assumed[slot(k)], line, text);
        }
    }

    /// Whether anything was seen.
    pub(crate) fn is_plain(&self) -> bool {
        self.group
            .iter()
            .chain(&self.decimal)
            .chain(&self.assumed)
            .all(Option::is_none)
    }

    fn grouping(&self, k: Sep) -> Option<&(u64, String)> {
        self.group[slot(k)]
            .as_ref()
            .or(self.assumed.get(slot(k)).and_then(Option::as_ref))
    }

    /// A contradiction in the column: (line, message), at the later line.
    pub(crate) fn conflict(&self) -> Option<(u64, Message)> {
        for k in [Sep::Dot, Sep::Comma] {
            if let (Some(d), Some(g)) = (&self.decimal[slot(k)], self.grouping(k)) {
                let c = k.char();
                return Some((
                    d.0.max(g.0),
                    Message::new("core-import-problem-numbers-both")
                        .text("sep", c.to_string())
                        .text("group_line", g.0.to_string())
                        .text("group", g.1.clone())
                        .text("decimal_line", d.0.to_string())
                        .text("decimal", d.1.clone()),
                ));
            }
        }
        if let (Some(a), Some(b)) = (&self.decimal[0], &self.decimal[1]) {
            return Some((
                a.0.max(b.0),
                Message::new("core-import-problem-numbers-points")
                    .text("dot_line", a.0.to_string())
                    .text("dot", a.1.clone())
                    .text("comma_line", b.0.to_string())
                    .text("comma", b.1.clone()),
            ));
        }
        if let (Some(a), Some(b)) = (self.grouping(Sep::Dot), self.grouping(Sep::Comma)) {
            return Some((
                a.0.max(b.0),
                Message::new("core-import-problem-numbers-thousands")
                    .text("dot", a.1.clone())
                    .text("dot_line", a.0.to_string())
                    .text("comma", b.1.clone())
                    .text("comma_line", b.0.to_string()),
            ));
        }
        None
    }

    /// How the column settles an ambiguous `1.234` / `1,234` written with
    /// `sep`: `Some(true)` thousands, `Some(false)` a decimal point, `None`
    /// when nothing in the column tells.
    pub(crate) fn thousands(&self, sep: Sep) -> Option<bool> {
        let other = if sep == Sep::Dot {
            Sep::Comma
        } else {
            Sep::Dot
        };
        if self.decimal[slot(sep)].is_some()
            || self.group[slot(other)].is_some()
            || self.group[slot(Sep::Space)].is_some()
            || self.group[slot(Sep::Apostrophe)].is_some()
        {
            Some(false)
        } else if self.group[slot(sep)].is_some() || self.decimal[slot(other)].is_some() {
            Some(true)
        } else {
            None
        }
    }

    /// The column's format for people: `1.234,56`, `1,234`, `1 234`, or `plain`.
    pub(crate) fn describe(&self) -> String {
        let group = [Sep::Dot, Sep::Comma, Sep::Space, Sep::Apostrophe]
            .into_iter()
            .find(|k| {
                self.group[slot(*k)].is_some()
                    || self.assumed.get(slot(*k)).is_some_and(Option::is_some)
            });
        let decimal = [Sep::Dot, Sep::Comma]
            .into_iter()
            .find(|k| self.decimal[slot(*k)].is_some());
        match (group, decimal) {
            (None, None) => "plain".into(),
            (Some(g), None) => format!("1{}234", g.char()),
            (None, Some(d)) => format!("1234{}5", d.char()),
            (Some(g), Some(d)) => format!("1{}234{}5", g.char(), d.char()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn whole(t: &str) -> Option<i64> {
        read_whole(t).ok().map(|(n, _)| n)
    }

    fn known(t: &str) -> Option<Decimal> {
        match read(t, false) {
            Ok((Reading::Known(d), _)) => Some(d),
            _ => None,
        }
    }

    #[test]
    fn whole_numbers_in_any_locale() {
        assert_eq!(whole("12480"), Some(12_480));
        assert_eq!(whole("12.480"), Some(12_480), "German thousands");
        assert_eq!(whole("12,480"), Some(12_480));
        assert_eq!(whole("1.234.567"), Some(1_234_567));
        assert_eq!(whole("1 234 567"), Some(1_234_567));
        assert_eq!(whole("1\u{a0}234"), Some(1_234));
        assert_eq!(whole("1\u{202f}234"), Some(1_234));
        assert_eq!(whole("1'234"), Some(1_234));
        assert_eq!(whole("1.234,00"), Some(1_234));
        assert_eq!(whole("1,234.00"), Some(1_234));
        assert_eq!(whole("5.0"), Some(5));
        assert_eq!(whole("5,00"), Some(5));
        assert_eq!(whole("-1.000"), Some(-1000));
        // Never a fraction, never a guess.
        assert_eq!(read_whole("12.48"), Err(NumError::Fraction));
        assert_eq!(read_whole("1,5"), Err(NumError::Fraction));
        assert_eq!(read_whole("1.234,5"), Err(NumError::Fraction));
        assert_eq!(whole("12.34.567"), None);
        assert_eq!(whole("1,234.567.8"), None);
        assert_eq!(whole("1.234,567,8"), None);
        assert_eq!(whole("1 234.567"), None);
        assert_eq!(whole("0.123.456"), None);
        assert_eq!(whole(".5"), None);
        assert_eq!(whole("5."), None);
        assert_eq!(whole("1..2"), None);
        assert_eq!(whole("99999999999999999999999"), None);
        assert_eq!(whole("9.223.372.036.854.775.808"), None);
        assert_eq!(whole(""), None);
        assert_eq!(whole("12 €"), None);
    }

    #[test]
    fn decimals_and_the_ambiguous_case() {
        assert_eq!(known("1.234,56"), Some(dec!(1234.56)));
        assert_eq!(known("1,234.56"), Some(dec!(1234.56)));
        assert_eq!(known("1 234,5"), Some(dec!(1234.5)));
        assert_eq!(known("12,5"), Some(dec!(12.5)));
        assert_eq!(
            known("0,125"),
            Some(dec!(0.125)),
            "a leading 0 never groups"
        );
        assert_eq!(known("1234,567"), Some(dec!(1234.567)));
        assert_eq!(known("-3.75"), Some(dec!(-3.75)));
        let (r, _) = read("1,234", false).unwrap();
        assert!(matches!(
            r,
            Reading::Ambiguous {
                sep: Sep::Comma,
                ..
            }
        ));
        assert_eq!(r.resolve(true), dec!(1234));
        assert_eq!(r.resolve(false), dec!(1.234));
    }

    #[test]
    fn a_column_settles_or_refuses() {
        let mut c = Column::default();
        let (_, ev) = read("12,5", false).unwrap();
        c.see(ev, 2, "12,5");
        assert_eq!(c.thousands(Sep::Comma), Some(false));
        assert_eq!(c.thousands(Sep::Dot), Some(true));
        assert_eq!(c.describe(), "1234,5");
        assert!(c.conflict().is_none());
        let (_, ev) = read_whole("12,480").unwrap();
        c.see(ev, 7, "12,480");
        let (line, m) = c.conflict().unwrap();
        let m = crate::l10n::english(&m);
        assert_eq!(line, 7);
        assert!(
            m.contains("line 7: '12,480'") && m.contains("line 2: '12,5'"),
            "{m}"
        );

        let mut c = Column::default();
        c.see(read_whole("1.234").unwrap().1, 2, "1.234");
        c.see(read_whole("1,234").unwrap().1, 3, "1,234");
        assert!(crate::l10n::english(&c.conflict().unwrap().1).contains("thousands both"));
        assert_eq!(Column::default().thousands(Sep::Dot), None);
    }
}
