//! Instants and calendar days.
//!
//! The ledger stores every instant in UTC (milliseconds since the epoch).
//! Text typed by a person or read from a file is parsed here; a time without
//! an offset is read in the creator's time zone. Days, weeks, months and years
//! are bucketed in that zone too.

use chrono::{DateTime, Datelike, LocalResult, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::l10n::Message;

/// Why a piece of text is not an instant.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// The text matches none of the accepted forms.
    #[error("'{}' is not a date/time (expected ISO 8601 such as 2026-03-01T20:00:00+01:00, '2026-03-01 20:00', a date, or epoch seconds/milliseconds)", cut(.0))]
    Unrecognised(String),
    /// A local time that the clocks skip (a daylight-saving gap).
    #[error("'{}' does not exist in time zone {} (the clocks skip it)", cut(.0), .1)]
    Nonexistent(String, String),
    /// A number outside the range of representable instants.
    #[error("'{}' is out of range", cut(.0))]
    OutOfRange(String),
    /// An offset from UTC no place uses: past ±18:00, or minutes past 59.
    #[error("'{}' has an offset from UTC beyond ±18:00", cut(.0))]
    BadOffset(String),
}

impl DateError {
    /// The same words as a message (`core-invalid-date-…`), for a face to
    /// say in its language.
    pub fn message(&self) -> Message {
        match self {
            DateError::Unrecognised(t) => Message::new("core-invalid-date").text("text", cut(t)),
            DateError::Nonexistent(t, zone) => Message::new("core-invalid-date-skipped")
                .text("text", cut(t))
                .text("zone", zone.clone()),
            DateError::OutOfRange(t) => {
                Message::new("core-invalid-date-out-of-range").text("text", cut(t))
            }
            DateError::BadOffset(t) => {
                Message::new("core-invalid-date-offset").text("text", cut(t))
            }
        }
    }
}

/// Most characters of the input a date error quotes.
const QUOTED: usize = 80;

/// `text` as an error quotes it: cut short, on one line, without control
/// characters (a 100,000-character value was echoed in full).
pub(crate) fn cut(text: &str) -> String {
    let mut out: String = text
        .chars()
        .take(QUOTED)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if text.chars().nth(QUOTED).is_some() {
        out.push('…');
    }
    out
}

/// The widest offset from UTC accepted (what chrono's own tables and
/// java.time allow; real zones span -12:00 to +14:00).
const MAX_OFFSET_SECS: i64 = 18 * 3600;

/// `dt` in UTC, when its offset is one a place can have.
fn within_offsets(
    dt: DateTime<chrono::FixedOffset>,
    text: &str,
) -> Result<DateTime<Utc>, DateError> {
    if i64::from(dt.offset().local_minus_utc()).abs() > MAX_OFFSET_SECS {
        return Err(DateError::BadOffset(text.to_string()));
    }
    Ok(dt.with_timezone(&Utc))
}

/// Milliseconds since the Unix epoch, UTC: how the store keeps instants.
pub type EpochMs = i64;

/// The years a LIVE can be dated in: TikTok LIVE began in 2016; a date
/// before 2000 or from 2100 on is a typo (`0026` for `2026`), and would
/// make every report walk the centuries between.
pub const PLAUSIBLE_YEARS: std::ops::Range<i32> = 2000..2100;

/// `t`, if it falls within [`PLAUSIBLE_YEARS`]; else why not.
pub fn plausible(t: DateTime<Utc>) -> Result<DateTime<Utc>, String> {
    plausible_year(t.year()).map(|()| t)
}

/// Ok when `year` is within [`PLAUSIBLE_YEARS`]; else why not.
pub fn plausible_year(year: i32) -> Result<(), String> {
    if PLAUSIBLE_YEARS.contains(&year) {
        Ok(())
    } else {
        Err(crate::l10n::english(&implausible_year(year)))
    }
}

/// Why a day in `year` is refused, as a message (`core-invalid-year`); the
/// years are text, written as years are.
pub fn implausible_year(year: i32) -> Message {
    Message::new("core-invalid-year")
        .text("from", PLAUSIBLE_YEARS.start.to_string())
        .text("to", (PLAUSIBLE_YEARS.end - 1).to_string())
        .text("year", year.to_string())
}

/// The instant `ms` as a UTC date-time; `None` when out of chrono's range.
pub fn from_ms(ms: EpochMs) -> Option<DateTime<Utc>> {
    DateTime::from_timestamp_millis(ms)
}

/// Parses a time zone name such as `Europe/Berlin` or `UTC`.
pub fn parse_tz(name: &str) -> Option<Tz> {
    name.trim().parse::<Tz>().ok()
}

/// The machine's time zone, or UTC when it cannot be told.
pub fn system_tz() -> Tz {
    iana_time_zone::get_timezone()
        .ok()
        .and_then(|n| parse_tz(&n))
        .unwrap_or(Tz::UTC)
}

/// Reads `naive` as a wall-clock time in `tz`. In the hour that repeats when
/// clocks go back, the earlier instant is taken; a skipped time is an error.
pub fn resolve_local(naive: NaiveDateTime, tz: Tz, text: &str) -> Result<DateTime<Utc>, DateError> {
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(a, _) => Ok(a.with_timezone(&Utc)),
        LocalResult::None => Err(DateError::Nonexistent(
            text.to_string(),
            tz.name().to_string(),
        )),
    }
}

/// Parses an instant: RFC 3339 / ISO 8601 with an offset or `Z`; an ISO date
/// and time without offset (`T` or space, seconds and fraction optional),
/// read in `tz`; a bare date, read as local midnight; or an epoch number, in
/// seconds when it has up to 11 digits and in milliseconds when it has 12 or 13.
pub fn parse_instant(text: &str, tz: Tz) -> Result<DateTime<Utc>, DateError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(DateError::Unrecognised(text.to_string()));
    }
    if t.bytes().all(|b| b.is_ascii_digit()) {
        return parse_epoch(t);
    }
    if let Some(fast) = parse_iso_fast(t) {
        return match fast {
            (naive, None) => resolve_local(naive, tz, t),
            (_, Some(offset_secs)) if offset_secs.abs() > MAX_OFFSET_SECS => {
                Err(DateError::BadOffset(t.to_string()))
            }
            (naive, Some(offset_secs)) => {
                Ok(Utc.from_utc_datetime(&(naive - chrono::Duration::seconds(offset_secs))))
            }
        };
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(t) {
        return within_offsets(dt, t);
    }
    // ISO with offset but a space instead of T, or without seconds.
    for fmt in [
        "%Y-%m-%d %H:%M:%S%.f%:z",
        "%Y-%m-%dT%H:%M%:z",
        "%Y-%m-%d %H:%M%:z",
        "%Y-%m-%d %H:%M:%S%.f%#z",
    ] {
        if let Ok(dt) = DateTime::parse_from_str(t, fmt) {
            return within_offsets(dt, t);
        }
    }
    if let Some(stripped) = t.strip_suffix(" UTC").or_else(|| t.strip_suffix('Z')) {
        if let Some(naive) = parse_naive(stripped) {
            return Ok(Utc.from_utc_datetime(&naive));
        }
    }
    if let Some(naive) = parse_naive(t) {
        return resolve_local(naive, tz, t);
    }
    if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        let midnight = d
            .and_hms_opt(0, 0, 0)
            .ok_or_else(|| DateError::OutOfRange(t.to_string()))?;
        return resolve_local(midnight, tz, t);
    }
    Err(DateError::Unrecognised(text.to_string()))
}

/// The common shapes read byte by byte, since an import parses a date per row:
/// `YYYY-MM-DD[T ]HH:MM[:SS]` optionally followed by `Z` or `±HH:MM`. Returns
/// the wall time and the offset in seconds when one was written; `None` for
/// anything else (the general parser then decides).
fn parse_iso_fast(t: &str) -> Option<(NaiveDateTime, Option<i64>)> {
    let b = t.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let d = b.get(r)?;
        d.iter().try_fold(0u32, |acc, c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    if b.len() < 16
        || b[4] != b'-'
        || b[7] != b'-'
        || !(b[10] == b' ' || b[10] == b'T')
        || b[13] != b':'
    {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)?;
    let (h, m) = (num(11..13)?, num(14..16)?);
    let (sec, rest) = if b.get(16) == Some(&b':') {
        (num(17..19)?, 19)
    } else {
        (0, 16)
    };
    let time = chrono::NaiveTime::from_hms_opt(h, m, sec)?;
    let offset = match &b[rest..] {
        [] => None,
        [b'Z'] => Some(0),
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let digits = [*h1, *h2, *m1, *m2];
            if !digits.iter().all(u8::is_ascii_digit) {
                return None;
            }
            let v = |x: u8, y: u8| i64::from((x - b'0') * 10 + (y - b'0'));
            if v(*m1, *m2) > 59 {
                return Some((date.and_time(time), Some(i64::MAX)));
            }
            let secs = v(*h1, *h2) * 3600 + v(*m1, *m2) * 60;
            Some(if *sign == b'-' { -secs } else { secs })
        }
        _ => return None, // fractions and other tails: the general parser
    };
    Some((date.and_time(time), offset))
}

/// Parses `YYYY-MM-DD[T| ]HH:MM[:SS[.fff]]` with no offset.
pub fn parse_naive(t: &str) -> Option<NaiveDateTime> {
    const FORMATS: [&str; 4] = [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ];
    FORMATS
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(t.trim(), f).ok())
}

fn parse_epoch(t: &str) -> Result<DateTime<Utc>, DateError> {
    let n: i64 = t
        .parse()
        .map_err(|_| DateError::OutOfRange(t.to_string()))?;
    let dt = if t.len() <= 11 {
        DateTime::from_timestamp(n, 0)
    } else if t.len() <= 13 {
        DateTime::from_timestamp_millis(n)
    } else {
        None
    };
    dt.ok_or_else(|| DateError::OutOfRange(t.to_string()))
}

/// The calendar day of `instant` in `tz`.
pub fn local_date(instant: DateTime<Utc>, tz: Tz) -> NaiveDate {
    instant.with_timezone(&tz).date_naive()
}

/// A calendar period statements and charts are bucketed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    /// A calendar day.
    Day,
    /// An ISO week, Monday to Sunday.
    Week,
    /// A calendar month.
    Month,
    /// A calendar year.
    Year,
}

impl Period {
    /// The first day of the period that contains `d`.
    pub fn start_of(self, d: NaiveDate) -> NaiveDate {
        match self {
            Period::Day => d,
            Period::Week => d - chrono::Days::new(u64::from(d.weekday().num_days_from_monday())),
            Period::Month => d.with_day(1).unwrap_or(d),
            Period::Year => NaiveDate::from_ymd_opt(d.year(), 1, 1).unwrap_or(d),
        }
    }

    /// The first day of the period after the one starting at `start`.
    pub fn next(self, start: NaiveDate) -> NaiveDate {
        match self {
            Period::Day => start + chrono::Days::new(1),
            Period::Week => start + chrono::Days::new(7),
            Period::Month => start + chrono::Months::new(1),
            Period::Year => start + chrono::Months::new(12),
        }
    }

    /// A short label: `2026-03-01`, `2026-W09`, `2026-03`, `2026`.
    pub fn label(self, start: NaiveDate) -> String {
        match self {
            Period::Day => start.format("%Y-%m-%d").to_string(),
            Period::Week => {
                let w = start.iso_week();
                format!("{}-W{:02}", w.year(), w.week())
            }
            Period::Month => start.format("%Y-%m").to_string(),
            Period::Year => start.format("%Y").to_string(),
        }
    }
}

impl std::str::FromStr for Period {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "day" => Ok(Period::Day),
            "week" => Ok(Period::Week),
            "month" => Ok(Period::Month),
            "year" => Ok(Period::Year),
            _ => Err(format!(
                "'{s}' is not a period (expected day, week, month or year)"
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn berlin() -> Tz {
        parse_tz("Europe/Berlin").unwrap()
    }

    #[test]
    fn offsets_are_honoured_and_naive_times_use_the_zone() {
        let a = parse_instant("2026-03-01T20:00:00+01:00", Tz::UTC).unwrap();
        assert_eq!(a.to_rfc3339(), "2026-03-01T19:00:00+00:00");
        let b = parse_instant("2026-03-01 20:00", berlin()).unwrap();
        assert_eq!(a, b);
        let c = parse_instant("2026-03-01T20:00:00Z", berlin()).unwrap();
        assert_eq!(c.to_rfc3339(), "2026-03-01T20:00:00+00:00");
    }

    #[test]
    fn the_fast_path_agrees_with_the_general_parser() {
        for text in [
            "2026-03-01 20:00",
            "2026-03-01T20:00:05",
            "2026-03-01 20:00:05Z",
            "2026-03-01T20:00:05+05:30",
            "2026-03-01T20:00:05-03:00",
            "2026-10-25 02:30:00",
        ] {
            let fast = parse_iso_fast(text).unwrap();
            let general = match fast.1 {
                Some(_) => DateTime::parse_from_str(
                    &text.replace(' ', "T").replace('Z', "+00:00"),
                    "%Y-%m-%dT%H:%M:%S%:z",
                )
                .map(|d| d.with_timezone(&Utc))
                .unwrap(),
                None => resolve_local(parse_naive(text).unwrap(), berlin(), text).unwrap(),
            };
            assert_eq!(parse_instant(text, berlin()).unwrap(), general, "{text}");
        }
        assert!(parse_iso_fast("2026-02-30 20:00").is_none());
        assert!(
            parse_iso_fast("2026-03-01 20:00:05.250").is_none(),
            "fractions take the general path"
        );
        assert_eq!(
            parse_instant("2026-03-01 20:00:05.250", Tz::UTC)
                .unwrap()
                .timestamp_millis()
                % 1000,
            250
        );
        assert!(parse_instant("2026-03-01 2x:00", Tz::UTC).is_err());
    }

    #[test]
    fn epoch_seconds_and_millis() {
        let s = parse_instant("1772395200", Tz::UTC).unwrap();
        let ms = parse_instant("1772395200000", Tz::UTC).unwrap();
        assert_eq!(s, ms);
        assert_eq!(s.to_rfc3339(), "2026-03-01T20:00:00+00:00");
    }

    #[test]
    fn bad_and_skipped_times_are_errors() {
        assert!(matches!(
            parse_instant("yesterday", Tz::UTC),
            Err(DateError::Unrecognised(_))
        ));
        assert!(matches!(
            parse_instant("2026-13-01", Tz::UTC),
            Err(DateError::Unrecognised(_))
        ));
        // 02:30 on the last Sunday of March does not exist in Berlin.
        assert!(matches!(
            parse_instant("2026-03-29 02:30", berlin()),
            Err(DateError::Nonexistent(_, _))
        ));
        // 02:30 on the last Sunday of October happens twice: the first is taken.
        let t = parse_instant("2026-10-25 02:30", berlin()).unwrap();
        assert_eq!(t.to_rfc3339(), "2026-10-25T00:30:00+00:00");
    }

    #[test]
    fn local_day_crosses_midnight_by_zone() {
        let t = parse_instant("2026-03-01T23:30:00Z", Tz::UTC).unwrap();
        assert_eq!(local_date(t, Tz::UTC).to_string(), "2026-03-01");
        assert_eq!(local_date(t, berlin()).to_string(), "2026-03-02");
    }

    #[test]
    fn periods_start_and_label() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 4).unwrap(); // a Wednesday
        assert_eq!(Period::Week.start_of(d).to_string(), "2026-03-02");
        assert_eq!(Period::Week.label(Period::Week.start_of(d)), "2026-W10");
        assert_eq!(Period::Month.start_of(d).to_string(), "2026-03-01");
        assert_eq!(
            Period::Month.next(Period::Month.start_of(d)).to_string(),
            "2026-04-01"
        );
        assert_eq!(Period::Year.label(Period::Year.start_of(d)), "2026");
        assert_eq!("MONTH".parse::<Period>(), Ok(Period::Month));
        assert!("fortnight".parse::<Period>().is_err());
    }
}
