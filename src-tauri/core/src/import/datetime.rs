//! Dates, times of day and durations in cells, as tools, browsers and
//! spreadsheets print them: ISO 8601, epoch seconds or milliseconds,
//! `24/11/2026` and `11/24/2026` (the column settles the order), `2026/11/24`,
//! `24.11.2026`, `11/24/2026, 8:05:12 PM`, `2026-11-24 8:05 PM`,
//! `24/11/2026, 20.05.12`, and a day and a time of day in two columns.
//!
//! Every number is bounded and every sum checked: no cell can panic.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;

use super::short;
use crate::dates;
use crate::l10n::Message;

/// A date cell: known, or written with slashes and waiting for the column's order.
#[derive(Debug, Clone, Copy)]
pub(crate) enum When {
    Known(DateTime<Utc>),
    Slashed {
        a: u32,
        b: u32,
        year: i32,
        time: NaiveTime,
        line: u64,
        col: usize,
    },
}

/// How dates were written, as bits, for the import report.
pub(crate) mod style {
    /// `2026-11-24 20:05`, with or without `T`, seconds or an offset.
    pub const ISO: u16 = 1;
    /// `24/11/2026` or `11/24/2026`.
    pub const SLASHED: u16 = 2;
    /// `24.11.2026`.
    pub const DOTTED: u16 = 4;
    /// `2026/11/24`.
    pub const YEAR_FIRST: u16 = 8;
    /// Epoch seconds.
    pub const EPOCH_S: u16 = 16;
    /// Epoch milliseconds.
    pub const EPOCH_MS: u16 = 32;
    /// `8:05 PM`.
    pub const TWELVE_HOUR: u16 = 64;
    /// The time of day in a column of its own.
    pub const TIME_COLUMN: u16 = 128;
    /// `24-11-2026` or `11-24-2026`.
    pub const DASHED: u16 = 256;
}

/// [`describe_style`] as a message: each form, joined by "and", then the
/// clock's and the time column's clauses; `None` where no date was read.
/// Its English is [`describe_style`]'s text.
pub(crate) fn describe_style_said(bits: u16, day_first: bool) -> Option<Message> {
    let pattern = |p: &str| Message::new("core-import-dates-pattern").text("pattern", p);
    let (dmy, mdy) = ("DD/MM/YYYY", "MM/DD/YYYY");
    let forms = [
        (style::ISO, pattern("YYYY-MM-DD")),
        (style::SLASHED, pattern(if day_first { dmy } else { mdy })),
        (
            style::DASHED,
            pattern(if day_first {
                "DD-MM-YYYY"
            } else {
                "MM-DD-YYYY"
            }),
        ),
        (style::DOTTED, pattern("DD.MM.YYYY")),
        (style::YEAR_FIRST, pattern("YYYY/MM/DD")),
        (style::EPOCH_S, Message::new("core-import-dates-epoch-s")),
        (style::EPOCH_MS, Message::new("core-import-dates-epoch-ms")),
    ];
    let mut out = forms
        .into_iter()
        .filter(|(bit, _)| bits & bit != 0)
        .map(|(_, m)| m)
        .reduce(|first, then| {
            Message::new("core-import-dates-and")
                .said("first", first)
                .said("then", then)
        })?;
    if bits & style::TWELVE_HOUR != 0 {
        out = Message::new("core-import-dates-twelve-hour").said("dates", out);
    }
    if bits & style::TIME_COLUMN != 0 {
        out = Message::new("core-import-dates-time-column").said("dates", out);
    }
    Some(out)
}

/// Describes `bits` of [`style`]; `day_first` is the order slashed dates took.
pub(crate) fn describe_style(bits: u16, day_first: bool) -> String {
    let mut parts: Vec<&str> = Vec::new();
    let (dmy, mdy) = ("DD/MM/YYYY", "MM/DD/YYYY");
    for (bit, text) in [
        (style::ISO, "YYYY-MM-DD"),
        (style::SLASHED, if day_first { dmy } else { mdy }),
        (
            style::DASHED,
            if day_first {
                "DD-MM-YYYY"
            } else {
                "MM-DD-YYYY"
            },
        ),
        (style::DOTTED, "DD.MM.YYYY"),
        (style::YEAR_FIRST, "YYYY/MM/DD"),
        (style::EPOCH_S, "epoch seconds"),
        (style::EPOCH_MS, "epoch milliseconds"),
    ] {
        if bits & bit != 0 {
            parts.push(text);
        }
    }
    if parts.is_empty() {
        return String::new();
    }
    let mut out = parts.join(" and ");
    if bits & style::TWELVE_HOUR != 0 {
        out.push_str(", 12-hour clock");
    }
    if bits & style::TIME_COLUMN != 0 {
        out.push_str(", time of day in its own column");
    }
    out
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{202f}' || c == '\u{a0}'
}

/// A date cell no reader takes (`core-import-cell-date`: the forms it could have).
fn expected(t: &str) -> Message {
    Message::new("core-import-cell-date").text("text", short(t))
}

/// Parses a time of day: `20:05`, `8:05:12 PM`, `8:05 p. m.`, `20.05.12`,
/// `20:05:12.250`; empty is midnight. The flag says a 12-hour clock was used.
pub(crate) fn parse_clock(text: &str) -> Option<(NaiveTime, bool)> {
    let t = text.trim_matches(is_space);
    if t.is_empty() {
        return Some((NaiveTime::MIN, false));
    }
    // A trailing AM/PM marker, in any of the ways locales write it.
    let digits_end = t.rfind(|c: char| c.is_ascii_digit())? + 1;
    let (clock, marker) = t.split_at(digits_end);
    let mut letters = [0u8; 2];
    let mut n = 0;
    for c in marker.chars() {
        if c.is_ascii_alphabetic() {
            if n == 2 {
                return None;
            }
            letters[n] = c.to_ascii_lowercase() as u8;
            n += 1;
        } else if !(is_space(c) || c == '.') {
            return None;
        }
    }
    let pm = match &letters[..n] {
        [] => None,
        b"am" => Some(false),
        b"pm" => Some(true),
        _ => return None,
    };
    let b = clock.as_bytes();
    let sep = *b.iter().find(|c| !c.is_ascii_digit())?;
    if sep != b':' && sep != b'.' {
        return None;
    }
    let mut nums = [0u32; 3];
    let mut count = 0;
    let mut nanos = 0u32;
    let mut rest = clock;
    while count < 3 {
        let end = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        let part = &rest[..end];
        if part.is_empty() || part.len() > 2 || (count > 0 && part.len() != 2) {
            return None;
        }
        nums[count] = part.parse().ok()?;
        count += 1;
        rest = &rest[end..];
        match rest.as_bytes().first() {
            None => break,
            Some(&c) if c == sep && count < 3 => rest = &rest[1..],
            // A fraction of a second after hh:mm:ss.
            Some(b'.' | b',') if count == 3 && sep == b':' => {
                let frac = &rest[1..];
                if frac.is_empty() || frac.len() > 9 || !frac.bytes().all(|d| d.is_ascii_digit()) {
                    return None;
                }
                let scale = 10u32.checked_pow(9 - frac.len() as u32)?;
                nanos = frac.parse::<u32>().ok()?.checked_mul(scale)?;
                rest = "";
            }
            _ => return None,
        }
    }
    if !rest.is_empty() || count < 2 {
        return None;
    }
    let mut hour = nums[0];
    if let Some(pm) = pm {
        if !(1..=12).contains(&hour) {
            return None;
        }
        hour = hour % 12 + if pm { 12 } else { 0 };
    }
    NaiveTime::from_hms_nano_opt(hour, nums[1], nums[2], nanos).map(|t| (t, pm.is_some()))
}

/// Splits `date[ sep time]` where the date ends at a space, a comma or a `T`
/// (after an ISO date).
fn split_day(t: &str) -> (&str, &str) {
    let iso = t.len() > 10 && t.as_bytes()[4] == b'-' && t.as_bytes()[10] == b'T';
    let end = if iso {
        10
    } else {
        t.find(|c: char| is_space(c) || c == ',').unwrap_or(t.len())
    };
    let rest = t[end..].trim_start_matches(|c: char| is_space(c) || c == ',' || c == 'T');
    (&t[..end], rest)
}

/// A day written `a sep b sep c` with numbers only.
fn three(day: &str, sep: char) -> Option<([u32; 3], [usize; 3])> {
    let mut parts = day.split(sep);
    let mut nums = [0u32; 3];
    let mut lens = [0usize; 3];
    for i in 0..3 {
        let p = parts.next()?;
        if p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        nums[i] = p.parse().ok()?;
        lens[i] = p.len();
    }
    parts.next().is_none().then_some((nums, lens))
}

/// A year of 4 digits, or 2 read as 20xx (spreadsheets' short dates).
fn year(n: u32, len: usize) -> Option<i32> {
    match len {
        4 => i32::try_from(n).ok(),
        2 => i32::try_from(2000 + n).ok(),
        _ => None,
    }
}

enum Day {
    Known(NaiveDate),
    /// `a/b/year`: day and month wait for the column.
    Open(u32, u32, i32),
}

/// The day of a date token other than ISO and epoch numbers.
fn parse_day(day: &str, bits: &mut u16) -> Option<Result<Day, ()>> {
    let sep = day.chars().find(|c| !c.is_ascii_digit())?;
    let (nums, lens) = three(day, sep)?;
    let day = match sep {
        '/' | '-' if lens[0] == 4 => {
            *bits |= style::YEAR_FIRST;
            NaiveDate::from_ymd_opt(year(nums[0], 4)?, nums[1], nums[2]).map(Day::Known)
        }
        '/' | '-' => {
            *bits |= if sep == '/' {
                style::SLASHED
            } else {
                style::DASHED
            };
            let y = year(nums[2], lens[2])?;
            let (a, b) = (nums[0], nums[1]);
            if a == 0 || b == 0 || a > 31 || b > 31 || (a > 12 && b > 12) {
                None
            } else {
                Some(Day::Open(a, b, y))
            }
        }
        '.' if lens[0] == 4 => {
            *bits |= style::YEAR_FIRST;
            NaiveDate::from_ymd_opt(year(nums[0], 4)?, nums[1], nums[2]).map(Day::Known)
        }
        '.' => {
            *bits |= style::DOTTED;
            NaiveDate::from_ymd_opt(year(nums[2], lens[2])?, nums[1], nums[0]).map(Day::Known)
        }
        _ => return None,
    };
    Some(day.ok_or(()))
}

/// Parses a date cell, with the cell of a separate time-of-day column when
/// the file has one, as an instant or a slashed date left for the column
/// to settle. `bits` collects the [`style`]s seen.
pub(crate) fn parse_when(
    date: &str,
    time: Option<&str>,
    tz: Tz,
    line: u64,
    col: usize,
    bits: &mut u16,
) -> Result<When, Message> {
    let t = date.trim_matches(is_space);
    if t.is_empty() {
        return Err(Message::new("core-import-cell-no-date"));
    }
    let time = time
        .map(|s| s.trim_matches(is_space))
        .filter(|s| !s.is_empty());
    if t.bytes().all(|b| b.is_ascii_digit()) {
        *bits |= if t.len() <= 11 {
            style::EPOCH_S
        } else {
            style::EPOCH_MS
        };
        return dates::parse_instant(t, tz)
            .map(When::Known)
            .map_err(|_| Message::new("core-import-cell-epoch").text("text", short(t)));
    }
    let (day, clock) = split_day(t);
    let iso_day = day.len() == 10
        && day.as_bytes()[4] == b'-'
        && day.as_bytes()[7] == b'-'
        && day.as_bytes()[..4].iter().all(u8::is_ascii_digit);
    if iso_day && time.is_none() {
        // The general ISO 8601 reader first: offsets, fractions, `Z`.
        if let Ok(at) = dates::parse_instant(t, tz) {
            *bits |= style::ISO;
            return Ok(When::Known(at));
        }
    }
    let day = if iso_day {
        *bits |= style::ISO;
        match NaiveDate::parse_from_str(day, "%Y-%m-%d") {
            Ok(d) => Day::Known(d),
            Err(_) => return Err(expected(t)),
        }
    } else {
        match parse_day(day, bits) {
            Some(Ok(d)) => d,
            Some(Err(())) => {
                return Err(
                    Message::new("core-import-cell-not-a-calendar-date").text("text", short(t))
                )
            }
            None => return Err(expected(t)),
        }
    };
    let Some((own, twelve)) = parse_clock(clock) else {
        return Err(expected(t));
    };
    let mut clock = own;
    if twelve {
        *bits |= style::TWELVE_HOUR;
    }
    if let Some(time) = time {
        match parse_clock(time) {
            Some(_) if own != NaiveTime::MIN => {
                return Err(Message::new("core-import-cell-time-twice")
                    .text("text", short(t))
                    .text("time", short(time)));
            }
            Some((c, twelve)) => {
                *bits |= style::TIME_COLUMN | if twelve { style::TWELVE_HOUR } else { 0 };
                clock = c;
            }
            None => {
                // A "start time" column holding the whole date and time.
                return parse_when(time, None, tz, line, col, bits).map_err(|_| {
                    Message::new("core-import-cell-time-column").text("text", short(time))
                });
            }
        }
    }
    match day {
        Day::Known(d) => dates::resolve_local(d.and_time(clock), tz, t)
            .map(When::Known)
            .map_err(|e| e.message()),
        Day::Open(a, b, year) => Ok(When::Slashed {
            a,
            b,
            year,
            time: clock,
            line,
            col,
        }),
    }
}

/// The unit a plain number in a duration column counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DurationUnit {
    /// Seconds (`Duration (s)`).
    Seconds,
    /// Minutes, the default.
    Minutes,
    /// Hours (`Duration (h)`), fractions allowed.
    Hours,
}

impl DurationUnit {
    fn seconds(self) -> i64 {
        match self {
            DurationUnit::Seconds => 1,
            DurationUnit::Minutes => 60,
            DurationUnit::Hours => 3600,
        }
    }

    /// The unit a duration column's header names, if it names one:
    /// `Duration (s)`, `Dauer (Std.)`, `Duración (min)`.
    pub(crate) fn named_in(header: &str) -> Option<DurationUnit> {
        let h = header.to_lowercase();
        let inside = h
            .split_once('(')
            .map_or("", |(_, rest)| rest.trim_end_matches(')'));
        let words: Vec<&str> = h
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let has = |names: &[&str]| {
            names.iter().any(|n| words.contains(n)) || names.contains(&inside.trim_end_matches('.'))
        };
        if has(&[
            "s", "sec", "secs", "seconds", "segundos", "sekunden", "sek", "secondes", "detik", "秒",
        ]) {
            Some(DurationUnit::Seconds)
        } else if has(&[
            "h", "hr", "hrs", "hours", "horas", "stunden", "std", "heures", "jam",
        ]) {
            Some(DurationUnit::Hours)
        } else if has(&[
            "m", "min", "mins", "minutes", "minutos", "minuten", "menit", "分",
        ]) {
            Some(DurationUnit::Minutes)
        } else {
            None
        }
    }
}

/// Seconds in a week: the longest live LiveLedger accepts.
const MAX_SECONDS: i64 = 7 * 86_400;

fn unit_seconds(word: &str) -> Option<i64> {
    let w = word.trim_end_matches('.').to_lowercase();
    Some(match w.as_str() {
        "h" | "hr" | "hrs" | "hour" | "hours" | "std" | "stunde" | "stunden" | "hora" | "horas"
        | "heure" | "heures" | "jam" => 3600,
        "m" | "min" | "mins" | "minute" | "minutes" | "minuto" | "minutos" | "minuten"
        | "menit" => 60,
        "s" | "sec" | "secs" | "second" | "seconds" | "sek" | "sekunde" | "sekunden"
        | "segundo" | "segundos" | "seconde" | "secondes" | "detik" => 1,
        _ => return None,
    })
}

/// Parses a duration: a plain number in `unit`, `H:MM[:SS]`, or numbers
/// with units (`1h 30m`, `1 Std. 30 Min.`, `45 min`, `2h`, `1:30:00 h`).
pub(crate) fn parse_duration(text: &str, unit: DurationUnit) -> Option<Duration> {
    let t = text.trim_matches(is_space);
    let secs = if let Ok(n) = t.parse::<i64>() {
        n.checked_mul(unit.seconds())?
    } else if t.contains(':') {
        let clock = t.trim_end_matches(|c: char| c.is_alphabetic() || is_space(c) || c == '.');
        let mut parts = [0i64; 3];
        let mut n = 0;
        for p in clock.split(':') {
            if n == 3 || p.is_empty() || p.len() > 6 || !p.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            parts[n] = p.parse().ok()?;
            n += 1;
        }
        let (h, m, s) = match n {
            2 => (parts[0], parts[1], 0),
            3 => (parts[0], parts[1], parts[2]),
            _ => return None,
        };
        if n == 3 && (m > 59 || s > 59) {
            return None;
        }
        h.checked_mul(3600)?
            .checked_add(m.checked_mul(60)?)?
            .checked_add(s)?
    } else if t.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && t.bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        // A fraction: of hours, of minutes; never a guess about thousands.
        let (int, frac) = t.split_once(['.', ',']).unwrap_or((t, ""));
        if frac.is_empty() || frac.len() > 6 || frac.contains(['.', ',']) || int.len() > 6 {
            return None;
        }
        if unit != DurationUnit::Hours && frac.len() == 3 {
            return None;
        }
        let whole: i64 = int.parse().ok()?;
        let f: i64 = frac.parse().ok()?;
        let scale = 10i64.checked_pow(frac.len() as u32)?;
        whole
            .checked_mul(unit.seconds())?
            .checked_add(f.checked_mul(unit.seconds())? / scale)?
    } else {
        // Numbers with units, spaces optional: `1h30m`, `1 Std. 30 Min.`.
        let mut total = 0i64;
        let mut any = false;
        let mut rest = t;
        while !rest.is_empty() {
            rest = rest.trim_start_matches(is_space);
            let end = rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len());
            if end == 0 || end > 9 {
                return None;
            }
            let n: i64 = rest[..end].parse().ok()?;
            rest = rest[end..].trim_start_matches(is_space);
            let wend = rest
                .find(|c: char| !(c.is_alphabetic() || c == '.'))
                .unwrap_or(rest.len());
            let per = unit_seconds(&rest[..wend])?;
            total = total.checked_add(n.checked_mul(per)?)?;
            any = true;
            rest = &rest[wend..];
        }
        if !any {
            return None;
        }
        total
    };
    (0..=MAX_SECONDS)
        .contains(&secs)
        .then(|| Duration::seconds(secs))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every style's message says in English what the text always said.
    #[test]
    fn styles_said_in_english_are_the_old_text() {
        for bits in 0..512u16 {
            for day_first in [false, true] {
                let said = describe_style_said(bits, day_first);
                let english = said.as_ref().map(crate::l10n::english).unwrap_or_default();
                assert_eq!(
                    english,
                    describe_style(bits, day_first),
                    "{bits} {day_first}"
                );
            }
        }
        let said = describe_style_said(style::EPOCH_MS | style::ISO | style::TWELVE_HOUR, true);
        let de = crate::l10n::Localizer::new("de").render(&said.unwrap());
        assert_eq!(de, "YYYY-MM-DD und Epoch-Millisekunden, 12-Stunden-Uhr");
    }

    fn at(date: &str, time: Option<&str>) -> Result<String, String> {
        let mut bits = 0;
        match parse_when(date, time, Tz::UTC, 2, 0, &mut bits)
            .map_err(|m| crate::l10n::english(&m))?
        {
            When::Known(t) => Ok(t.format("%Y-%m-%d %H:%M:%S").to_string()),
            When::Slashed {
                a, b, year, time, ..
            } => Ok(format!("{a}/{b}/{year} {time}")),
        }
    }

    #[test]
    fn dates_as_browsers_and_spreadsheets_print_them() {
        assert_eq!(
            at("11/24/2026, 8:05:12 PM", None).unwrap(),
            "11/24/2026 20:05:12"
        );
        assert_eq!(
            at("11/24/2026, 8:05:12\u{202f}PM", None).unwrap(),
            "11/24/2026 20:05:12"
        );
        assert_eq!(at("24.11.2026 20:05", None).unwrap(), "2026-11-24 20:05:00");
        assert_eq!(
            at("24.11.2026, 20:05:12", None).unwrap(),
            "2026-11-24 20:05:12"
        );
        assert_eq!(
            at("2026-11-24 8:05 PM", None).unwrap(),
            "2026-11-24 20:05:00"
        );
        assert_eq!(
            at("2026-11-24 08:05:00 am", None).unwrap(),
            "2026-11-24 08:05:00"
        );
        assert_eq!(
            at("2026-11-24 12:30 a. m.", None).unwrap(),
            "2026-11-24 00:30:00"
        );
        assert_eq!(
            at("24/11/2026, 20.05.12", None).unwrap(),
            "24/11/2026 20:05:12"
        );
        assert_eq!(
            at("2026/11/24 20:05:12", None).unwrap(),
            "2026-11-24 20:05:12"
        );
        assert_eq!(at("11/24/26 8:05 PM", None).unwrap(), "11/24/2026 20:05:00");
        assert_eq!(
            at("2026-11-24T20:05:00+01:00", None).unwrap(),
            "2026-11-24 19:05:00"
        );
        assert_eq!(at("1795550712000", None).unwrap(), "2026-11-24 20:05:12");
        // A day and a time of day in two columns.
        assert_eq!(
            at("24.11.2026", Some("20:05")).unwrap(),
            "2026-11-24 20:05:00"
        );
        assert_eq!(
            at("2026-11-24", Some("8:05 PM")).unwrap(),
            "2026-11-24 20:05:00"
        );
        assert_eq!(
            at("2026-11-24 00:00:00", Some("20:05")).unwrap(),
            "2026-11-24 20:05:00"
        );
        assert_eq!(
            at("24/11/2026", Some("2026-11-24 20:05")).unwrap(),
            "2026-11-24 20:05:00"
        );
        for bad in [
            "2026-11-24 13:05 PM",
            "24.13.2026",
            "11/24/2026, 8:05 XM",
            "yesterday",
        ] {
            assert!(at(bad, None).is_err(), "{bad}");
        }
        assert!(at("2026-11-24 20:05", Some("21:00")).is_err());
    }

    #[test]
    fn clocks() {
        assert_eq!(
            parse_clock("20:05:12.250").unwrap().0.to_string(),
            "20:05:12.250"
        );
        assert_eq!(parse_clock("12:00 PM").unwrap().0.to_string(), "12:00:00");
        assert_eq!(parse_clock("12:00 AM").unwrap().0.to_string(), "00:00:00");
        assert!(parse_clock("0:00 AM").is_none());
        assert!(parse_clock("25:00").is_none());
        assert!(parse_clock("99999999999:00").is_none());
    }

    #[test]
    fn durations() {
        let m = |t: &str| parse_duration(t, DurationUnit::Minutes).map(|d| d.num_seconds());
        assert_eq!(m("90"), Some(5400));
        assert_eq!(m("1:30:00"), Some(5400));
        assert_eq!(m("01:30"), Some(5400));
        assert_eq!(m("1h 30m"), Some(5400));
        assert_eq!(m("1 Std. 30 Min."), Some(5400));
        assert_eq!(m("45m"), Some(2700));
        assert_eq!(m("45 min"), Some(2700));
        assert_eq!(m("1h30m15s"), Some(5415));
        assert_eq!(m("90,5"), Some(5430));
        assert_eq!(m("two hours"), None);
        assert_eq!(m("-5"), None);
        assert_eq!(m("1,500"), None, "thousands or a fraction: refused");
        // Overflow is a refusal, never a panic (was a panic in `h * 3600`).
        assert_eq!(m("99999999999:00"), None);
        assert_eq!(m("9999999999999999:00"), None);
        assert_eq!(m("99999999999999999h"), None);
        assert_eq!(m("9223372036854775807"), None);
        let h = |t: &str| parse_duration(t, DurationUnit::Hours).map(|d| d.num_seconds());
        assert_eq!(h("1,5"), Some(5400));
        assert_eq!(h("2"), Some(7200));
        assert_eq!(h("1,500"), Some(5400));
        let s = |t: &str| parse_duration(t, DurationUnit::Seconds).map(|d| d.num_seconds());
        assert_eq!(s("5400"), Some(5400));
        let unit = DurationUnit::named_in;
        assert_eq!(unit("LIVE duration (s)"), Some(DurationUnit::Seconds));
        assert_eq!(unit("Dauer (Std.)"), Some(DurationUnit::Hours));
        assert_eq!(unit("Duration"), None, "the format decides");
        assert_eq!(unit("Duration (min)"), Some(DurationUnit::Minutes));
        assert_eq!(unit("LIVE時間(秒)"), Some(DurationUnit::Seconds));
    }
}
