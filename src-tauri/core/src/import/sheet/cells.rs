//! A spreadsheet cell as the text the table parser reads: what the cell
//! holds, never how it is shown. Numbers stay numbers (a whole number is
//! written as an integer, never through a float's digits), dates become
//! ISO dates, and text is kept as it is (it is never evaluated).

use std::borrow::Cow;

use calamine::{Data, DataRef, ExcelDateTime};

/// The text of a cell of an .xlsx, read as it streams.
pub(super) fn of_ref<'a>(cell: &'a DataRef<'a>) -> Cow<'a, str> {
    match cell {
        DataRef::Empty => Cow::Borrowed(""),
        DataRef::String(s) => Cow::Borrowed(s),
        DataRef::SharedString(s) => Cow::Borrowed(s),
        DataRef::Int(i) => Cow::Owned(i.to_string()),
        DataRef::Float(f) => Cow::Owned(number(*f)),
        DataRef::Bool(b) => Cow::Borrowed(boolean(*b)),
        DataRef::DateTime(d) => Cow::Owned(date_time(d)),
        DataRef::DateTimeIso(s) => Cow::Borrowed(s),
        DataRef::DurationIso(s) => iso_duration(s),
        DataRef::Error(e) => Cow::Owned(e.to_string()),
    }
}

/// The text of a cell of an .ods or an .xls, read whole.
pub(super) fn of_data(cell: &Data) -> Cow<'_, str> {
    match cell {
        Data::Empty => Cow::Borrowed(""),
        Data::String(s) => Cow::Borrowed(s),
        Data::Int(i) => Cow::Owned(i.to_string()),
        Data::Float(f) => Cow::Owned(number(*f)),
        Data::Bool(b) => Cow::Borrowed(boolean(*b)),
        Data::DateTime(d) => Cow::Owned(date_time(d)),
        Data::DateTimeIso(s) => Cow::Borrowed(s),
        Data::DurationIso(s) => iso_duration(s),
        Data::Error(e) => Cow::Owned(e.to_string()),
    }
}

fn boolean(b: bool) -> &'static str {
    if b {
        "TRUE"
    } else {
        "FALSE"
    }
}

/// Largest whole number a float holds exactly (2^53).
const EXACT_INTEGER: f64 = 9_007_199_254_740_992.0;

/// A number cell as plain decimal text, `.` before the fraction, no
/// grouping: what the number readers take in any column.
///
/// The rule: a whole number is written as an integer. Otherwise the value
/// is rounded to 15 significant digits — the precision a spreadsheet keeps
/// and shows — and written in the fewest digits that read back as that
/// value. A cell typed `0.1` is stored as the float nearest 0.1 and
/// written `0.1`; a formula's `0.1+0.2` (0.30000000000000004 as a float)
/// is written `0.3`, as the spreadsheet shows it. Never an exponent.
pub(super) fn number(f: f64) -> String {
    if !f.is_finite() {
        // Spreadsheets cannot store these; the parser refuses the text.
        return f.to_string();
    }
    if f.fract() == 0.0 && f.abs() < EXACT_INTEGER {
        return format!("{}", f as i64);
    }
    let rounded: f64 = format!("{f:.14e}").parse().unwrap_or(f);
    if rounded.fract() == 0.0 && rounded.abs() < EXACT_INTEGER {
        return format!("{}", rounded as i64);
    }
    // `Display` writes the shortest digits that read back, without exponent.
    format!("{rounded}")
}

/// A date cell (its number formatted as a date or a duration) as
/// `YYYY-MM-DD`, `YYYY-MM-DD HH:MM:SS`, `HH:MM:SS` (a time of day alone) or
/// `H:MM:SS` (a duration). calamine knows the workbook's date system (1900
/// or 1904) and its 1900 leap-year quirk.
pub(super) fn date_time(d: &ExcelDateTime) -> String {
    let value = d.as_f64();
    if d.is_duration() || !value.is_finite() {
        let secs = (value * 86_400.0).round();
        if !secs.is_finite() || secs.abs() > 1e12 {
            return number(value);
        }
        let secs = secs as i64;
        let sign = if secs < 0 { "-" } else { "" };
        let secs = secs.unsigned_abs();
        return format!(
            "{sign}{}:{:02}:{:02}",
            secs / 3600,
            secs / 60 % 60,
            secs % 60
        );
    }
    let (y, mo, da, h, mi, s, ms) = d.to_ymd_hms_milli();
    // Milliseconds round to the second: no export LiveLedger reads keeps more.
    let (h, mi, s) = if ms >= 500 {
        let t = (u32::from(h) * 3600 + u32::from(mi) * 60 + u32::from(s) + 1).min(86_399);
        (t / 3600, t / 60 % 60, t % 60)
    } else {
        (u32::from(h), u32::from(mi), u32::from(s))
    };
    if (0.0..1.0).contains(&value) {
        return format!("{h:02}:{mi:02}:{s:02}");
    }
    if (h, mi, s) == (0, 0, 0) {
        format!("{y:04}-{mo:02}-{da:02}")
    } else {
        format!("{y:04}-{mo:02}-{da:02} {h:02}:{mi:02}:{s:02}")
    }
}

/// An ISO 8601 duration (`PT1H30M0S`, what an .ods stores) as `H:MM:SS`;
/// anything else as it is, for the parser to judge.
fn iso_duration(s: &str) -> Cow<'_, str> {
    let Some(rest) = s.strip_prefix("PT").or_else(|| s.strip_prefix("pt")) else {
        return Cow::Borrowed(s);
    };
    let mut total = 0f64;
    let mut digits = String::new();
    for c in rest.chars() {
        match c {
            '0'..='9' | '.' => digits.push(c),
            'H' | 'M' | 'S' | 'h' | 'm' | 's' => {
                let Ok(n) = digits.parse::<f64>() else {
                    return Cow::Borrowed(s);
                };
                total += n * match c.to_ascii_uppercase() {
                    'H' => 3600.0,
                    'M' => 60.0,
                    _ => 1.0,
                };
                digits.clear();
            }
            _ => return Cow::Borrowed(s),
        }
    }
    if !digits.is_empty() || !(0.0..1e12).contains(&total) {
        return Cow::Borrowed(s);
    }
    let secs = total.round() as u64;
    Cow::Owned(format!(
        "{}:{:02}:{:02}",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::ExcelDateTimeType;

    #[test]
    fn numbers_are_written_as_the_sheet_keeps_them() {
        assert_eq!(number(5.0), "5");
        assert_eq!(number(-0.0), "0");
        assert_eq!(number(1e15), "1000000000000000");
        assert_eq!(number(0.1), "0.1");
        assert_eq!(number(0.1 + 0.2), "0.3");
        assert_eq!(number(12.345), "12.345");
        assert_eq!(number(1234567.891), "1234567.891");
        assert_eq!(number(0.0000001), "0.0000001");
        assert_eq!(number(2.9999999999999996), "3");
        assert_eq!(number(f64::NAN), "NaN");
    }

    #[test]
    fn dates_in_both_systems() {
        let d = |v: f64, is_1904| {
            date_time(&ExcelDateTime::new(v, ExcelDateTimeType::DateTime, is_1904))
        };
        // 2026-11-01 is serial 46327 from 1900, 44865 from 1904.
        assert_eq!(d(46327.0, false), "2026-11-01");
        assert_eq!(d(44865.0, true), "2026-11-01");
        assert_eq!(d(46327.84375, false), "2026-11-01 20:15:00");
        assert_eq!(d(0.5, false), "12:00:00");
        let dur = ExcelDateTime::new(1.0625, ExcelDateTimeType::TimeDelta, false);
        assert_eq!(date_time(&dur), "25:30:00");
        assert_eq!(iso_duration("PT01H30M00S"), "1:30:00");
        assert_eq!(iso_duration("P1D"), "P1D");
    }
}
