//! An entry's fields read as what they state: text, instants, counts,
//! diamonds, money and durations, each bounded, each refusal naming its
//! key.

use crate::l10n::Message;
use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use rust_decimal::Decimal;
use serde_json::Value;

use crate::dates;
use crate::import::datetime::{parse_duration, DurationUnit};
use crate::import::json::quote;
use crate::import::parse::parse_whole;
use crate::import::sniff::norm;
use crate::money::parse_decimal;

/// Largest figure (diamonds, viewers, likes) one record may state.
pub(super) const MAX_FIGURE: i64 = 1_000_000_000_000;

/// An entry's fields by normalised key: the key as written, and its value.
pub(super) type Fields<'a> = HashMap<String, (&'a str, &'a Value)>;

/// What one entry became, or what is wrong with it (at the field's key).
/// The words are a message (`core-import-tiktok-…`, or a date's own).
pub(super) type Read1<T> = std::result::Result<T, (Option<String>, crate::l10n::Message)>;

/// An object's fields (null ones left out); `None` for anything else.
pub(super) fn fields(v: &Value) -> Option<Fields<'_>> {
    let obj = v.as_object()?;
    Some(
        obj.iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| (norm(k), (k.as_str(), v)))
            .collect(),
    )
}

/// The first of `keys` (normalised) the entry has.
pub(super) fn pick<'a>(f: &Fields<'a>, keys: &[&str]) -> Option<(&'a str, &'a Value)> {
    keys.iter().find_map(|k| f.get(*k).copied())
}

/// A scalar as text (numbers as written); `None` for arrays and objects.
pub(super) fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A field as text of at most `max` characters, kept as every import
/// keeps text.
pub(super) fn text_of(key: &str, v: &Value, max: usize) -> Read1<String> {
    let t = scalar(v).ok_or_else(|| {
        (
            Some(key.to_string()),
            Message::new("core-import-tiktok-not-text"),
        )
    })?;
    if t.chars().count() > max {
        return Err((
            Some(key.to_string()),
            Message::new("core-import-tiktok-text-long")
                .text("max", max.to_string())
                .text("text", quote(&t)),
        ));
    }
    // As every import keeps text (`store::imported_text`).
    crate::store::imported_text(&t, false)
        .map(std::borrow::Cow::into_owned)
        .map_err(|m| (Some(key.to_string()), m))
}

/// A field as an instant; one without an offset is UTC, as TikTok writes it.
pub(super) fn instant(key: &str, v: &Value) -> Read1<DateTime<Utc>> {
    let t = text_of(key, v, 64)?;
    dates::parse_instant(&t, Tz::UTC).map_err(|e| (Some(key.to_string()), e.message()))
}

/// A whole, non-negative count such as viewers or likes.
pub(super) fn count(key: &str, v: &Value) -> Read1<i64> {
    let t = text_of(key, v, 40)?;
    match parse_whole(&t) {
        Some(n) if (0..=MAX_FIGURE).contains(&n) => Ok(n),
        _ => Err((
            Some(key.to_string()),
            Message::new("core-import-tiktok-count")
                .text("max", MAX_FIGURE.to_string())
                .text("text", quote(&t)),
        )),
    }
}

/// A currency a money amount is written in, if it names one.
fn currency_of(t: &str) -> Option<String> {
    for (sym, code) in [
        ("$", "USD"),
        ("€", "EUR"),
        ("£", "GBP"),
        ("¥", "JPY"),
        ("₹", "INR"),
    ] {
        if t.contains(sym) {
            return Some(code.to_string());
        }
    }
    let letters: String = t.chars().filter(|c| c.is_ascii_alphabetic()).collect();
    (letters.len() == 3).then(|| letters.to_ascii_uppercase())
}

/// A number of diamonds: `1250`, `"1,250"`, `"1250 diamonds"`; money is refused.
pub(super) fn diamonds(key: &str, v: &Value) -> Read1<Decimal> {
    let t = text_of(key, v, 40)?;
    let lower = t.to_lowercase();
    let bare = lower
        .trim_end_matches("diamonds")
        .trim_end_matches("diamond")
        .trim();
    let bad = |id: &'static str| {
        (
            Some(key.to_string()),
            Message::new(id)
                .text("text", quote(&t))
                .text("max", MAX_FIGURE.to_string()),
        )
    };
    if currency_of(bare).is_some() {
        return Err(bad("core-import-tiktok-diamonds-money"));
    }
    let d = parse_whole(bare)
        .map(Decimal::from)
        .or_else(|| parse_decimal(bare))
        .ok_or_else(|| bad("core-import-tiktok-diamonds"))?;
    if d < Decimal::ZERO || d > Decimal::from(MAX_FIGURE) {
        return Err(bad("core-import-tiktok-diamonds-range"));
    }
    Ok(d)
}

/// An amount of money, with an optional currency that must be `currency`.
pub(super) fn money(key: &str, v: &Value, currency: &str) -> Read1<Decimal> {
    let t = text_of(key, v, 40)?;
    let bad = |id: &'static str| {
        (
            Some(key.to_string()),
            Message::new(id)
                .text("text", quote(&t))
                .text("max", MAX_FIGURE.to_string())
                .text("currency", currency),
        )
    };
    if let Some(c) = currency_of(&t) {
        if !c.eq_ignore_ascii_case(currency) {
            return Err(bad("core-import-tiktok-money-currency"));
        }
    }
    let digits: String = t
        .chars()
        .filter(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | ','))
        .collect();
    // `1,000.50`: commas group thousands when a decimal point follows them.
    let grouped = match (digits.rfind(','), digits.find('.')) {
        (Some(c), Some(d))
            if c < d
                && parse_whole(&digits[..d]).is_some()
                && digits[..d].split(',').skip(1).all(|g| g.len() == 3) =>
        {
            digits.replace(',', "")
        }
        _ => digits.clone(),
    };
    let amount = parse_decimal(&grouped)
        .or_else(|| parse_whole(&digits).map(Decimal::from))
        .ok_or_else(|| bad("core-import-tiktok-money"))?;
    if amount < Decimal::ZERO || amount > Decimal::from(MAX_FIGURE) {
        return Err(bad("core-import-tiktok-money-range"));
    }
    Ok(amount)
}

/// A LIVE's length: `1:30:00`, `1h 30m`, or a number of seconds.
pub(super) fn live_duration(key: &str, v: &Value) -> Read1<Duration> {
    let t = text_of(key, v, 40)?;
    let minutes_key = norm(key).contains("minute");
    let parsed = match t.parse::<i64>() {
        Ok(n) if (0..=7 * 86_400).contains(&n) => Some(if minutes_key {
            Duration::minutes(n.min(7 * 24 * 60))
        } else {
            Duration::seconds(n)
        }),
        Ok(_) => None,
        Err(_) => parse_duration(&t, DurationUnit::Seconds),
    };
    parsed.ok_or_else(|| {
        (
            Some(key.to_string()),
            Message::new("core-import-tiktok-duration").text("text", quote(&t)),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_read_and_bounded() {
        let v = |s: &str| serde_json::from_str::<Value>(s).unwrap();
        assert_eq!(diamonds("d", &v("\"1,250\"")).unwrap(), Decimal::from(1250));
        assert_eq!(
            diamonds("d", &v("\"980 Diamonds\"")).unwrap(),
            Decimal::from(980)
        );
        assert_eq!(diamonds("d", &v("75")).unwrap(), Decimal::from(75));
        assert!(
            crate::l10n::english(&diamonds("d", &v("\"$6.25\"")).unwrap_err().1).contains("money")
        );
        assert!(diamonds("d", &v("1e13")).is_err());
        assert!(diamonds("d", &v("-3")).is_err());
        assert_eq!(
            live_duration("LiveDuration", &v("5400")).unwrap(),
            Duration::minutes(90)
        );
        assert_eq!(
            live_duration("LiveDuration", &v("\"1:30:00\"")).unwrap(),
            Duration::minutes(90)
        );
        assert!(live_duration("LiveDuration", &v("99999999999")).is_err());
        assert_eq!(
            money("a", &v("\"$10.00\""), "USD").unwrap(),
            Decimal::new(1000, 2)
        );
        assert!(money("a", &v("\"10.00 EUR\""), "USD").is_err());
        assert_eq!(
            money("a", &v("\"$1,000.50\""), "USD").unwrap(),
            Decimal::new(100050, 2)
        );
        assert_eq!(
            money("a", &v("\"1,000\""), "USD").unwrap(),
            Decimal::from(1000)
        );
        assert!(money("a", &v("\"1,00.50\""), "USD").is_err());
    }
}
