//! What the columns of a header LiveLedger does not know hold, guessed from
//! their first values, for the error that asks for a `--map`: the columns
//! with a few values each, and the mapping that would read the file as a
//! gift table when the values make one plain.

use std::collections::HashMap;

use super::datetime::{parse_when, When};
use super::parse::parse_whole;
use crate::l10n::Message;

/// Most columns the error lists.
const LISTED_COLUMNS: usize = 12;
/// Most characters of a header or value the error quotes.
const QUOTED_CHARS: usize = 24;

/// What a column's first values look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Dates or instants.
    Date,
    /// Whole numbers.
    Number,
    /// Anything else.
    Text,
    /// No value in the rows read.
    Empty,
}

/// `text` cut to [`QUOTED_CHARS`] characters, without control characters.
fn quote(text: &str) -> String {
    let t: String = text
        .trim()
        .chars()
        .take(QUOTED_CHARS)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if text.trim().chars().count() > QUOTED_CHARS {
        format!("{t}…")
    } else {
        t
    }
}

/// The kind of the values of a column: every one a plausible date, every
/// one a whole number, or text.
fn kind(values: &[&str]) -> Kind {
    let values: Vec<&str> = values
        .iter()
        .map(|v| v.trim())
        .filter(|v| !v.is_empty())
        .collect();
    if values.is_empty() {
        return Kind::Empty;
    }
    // Ten digits and more are epoch times, not counts or prices.
    let number = |v: &&str| parse_whole(v).is_some_and(|n| (0..1_000_000_000).contains(&n));
    if values.iter().all(number) {
        return Kind::Number;
    }
    let date = |v: &&str| {
        let mut bits = 0;
        match parse_when(v, None, chrono_tz::UTC, 0, 0, &mut bits) {
            Ok(When::Known(t)) => crate::dates::plausible(t).is_ok(),
            Ok(When::Slashed { year, .. }) => crate::dates::plausible_year(year).is_ok(),
            Err(_) => false,
        }
    };
    if values.iter().all(date) {
        Kind::Date
    } else {
        Kind::Text
    }
}

/// The columns of `header` with the first values under them (`rows`, a
/// few), a message a line (`core-import-column…`), cut short.
pub(crate) fn list_columns(header: &[String], rows: &[Vec<String>]) -> Vec<Message> {
    let mut out = Vec::new();
    for (i, h) in header.iter().enumerate().take(LISTED_COLUMNS) {
        let values: Vec<String> = rows
            .iter()
            .filter_map(|r| r.get(i))
            .map(|v| quote(v))
            .collect();
        let line = if values.iter().all(String::is_empty) {
            Message::new("core-import-column-empty")
        } else {
            Message::new("core-import-column").text("values", values.join(" | "))
        };
        out.push(line.text("n", (i + 1).to_string()).text("header", quote(h)));
    }
    if header.len() > LISTED_COLUMNS {
        let more = header.len() - LISTED_COLUMNS;
        out.push(
            Message::new("core-import-columns-more")
                .count("count", more as u64)
                .text("n", more.to_string()),
        );
    }
    out
}

pub(crate) use crate::error::columns_text;

/// The `--map` that would read the file as a gift table, guessed from the
/// values: the first date column is the date; of the text columns, the one
/// whose values the gift catalog knows best is the gift and the next is
/// the sender; of the number columns, the one holding the catalog's prices
/// of those gifts (else the one with the larger values) is the coins, and
/// another the count. `None` without a date and a gift.
pub(crate) fn suggest_map(
    header: &[String],
    rows: &[Vec<String>],
    catalog: &HashMap<String, i64>,
) -> Option<String> {
    let column = |i: usize| -> Vec<&str> {
        rows.iter()
            .filter_map(|r| r.get(i).map(String::as_str))
            .collect()
    };
    let kinds: Vec<Kind> = (0..header.len()).map(|i| kind(&column(i))).collect();
    let kinds = &kinds;
    let of = |k: Kind| (0..header.len()).filter(move |i| kinds[*i] == k);
    let date = of(Kind::Date).next()?;
    let known = |i: usize| {
        column(i)
            .iter()
            .filter(|v| catalog.contains_key(&v.trim().to_lowercase()))
            .count()
    };
    let texts: Vec<usize> = of(Kind::Text).collect();
    let gift = *texts
        .iter()
        .max_by_key(|i| (known(**i), std::cmp::Reverse(**i)))?;
    let sender = texts.iter().copied().find(|i| *i != gift);
    let numbers: Vec<usize> = of(Kind::Number).collect();
    let prices = |i: usize| {
        rows.iter()
            .filter(|r| {
                let price = r
                    .get(gift)
                    .and_then(|g| catalog.get(&g.trim().to_lowercase()));
                let value = r.get(i).and_then(|v| parse_whole(v));
                price.is_some() && price.copied() == value
            })
            .count()
    };
    let largest = |i: usize| column(i).iter().filter_map(|v| parse_whole(v)).max();
    let coins = numbers
        .iter()
        .copied()
        .max_by_key(|i| (prices(*i), largest(*i), std::cmp::Reverse(*i)));
    let count = numbers.iter().copied().find(|i| Some(*i) != coins);
    let name = |i: usize| header[i].trim().to_string();
    let mut map = vec![
        format!("date={}", name(date)),
        format!("gift={}", name(gift)),
    ];
    if let Some(c) = coins {
        map.push(format!("coins={}", name(c)));
    }
    if let Some(c) = count {
        map.push(format!("count={}", name(c)));
    }
    if let Some(s) = sender {
        map.push(format!("sender={}", name(s)));
    }
    // A name with a comma or `=` cannot be written in a map.
    if header.iter().any(|h| h.contains([',', '='])) {
        return None;
    }
    Some(map.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    fn catalog() -> HashMap<String, i64> {
        [("rose", 1), ("galaxy", 1000), ("doughnut", 30)]
            .into_iter()
            .map(|(n, c)| (n.to_string(), c))
            .collect()
    }

    #[test]
    fn dates_names_and_numbers_make_a_map() {
        let header = strings(&["stamp", "fan", "thing", "pts", "times_sent"]);
        let rows = vec![
            strings(&["2026-11-25 20:00:05", "amy", "Rose", "1", "7"]),
            strings(&["2026-11-25 20:01:00", "bo", "Galaxy", "1000", "1"]),
            strings(&["2026-11-25 20:02:30", "cy", "Doughnut", "30", "2"]),
        ];
        assert_eq!(
            suggest_map(&header, &rows, &catalog()).as_deref(),
            Some("date=stamp,gift=thing,coins=pts,count=times_sent,sender=fan")
        );
        // The count first, dotted dates, a gift the catalog does not know.
        let header = strings(&["n", "when", "who", "what", "worth"]);
        let rows = vec![
            strings(&["2", "24.11.2026 20:00", "amy", "Rose", "1"]),
            strings(&["1", "24.11.2026 20:05", "bo", "Moon Hat", "99"]),
        ];
        assert_eq!(
            suggest_map(&header, &rows, &catalog()).as_deref(),
            Some("date=when,gift=what,coins=worth,count=n,sender=who")
        );
        // No price the catalog knows: the column with the larger values is the coins.
        let rows = vec![
            strings(&["2", "24.11.2026 20:00", "amy", "Space Cat", "250"]),
            strings(&["1", "24.11.2026 20:05", "bo", "Space Cat", "250"]),
        ];
        let map = suggest_map(&header, &rows, &catalog()).unwrap();
        assert!(map.contains("coins=worth,count=n"), "{map}");
    }

    #[test]
    fn no_date_no_map() {
        let header = strings(&["colour", "size"]);
        let rows = vec![strings(&["red", "10"])];
        assert_eq!(suggest_map(&header, &rows, &catalog()), None);
    }

    #[test]
    fn columns_are_listed_short_and_without_control_characters() {
        let header = strings(&["a\u{1b}[31m", "b"]);
        let rows = vec![strings(&["x".repeat(100).as_str(), ""])];
        let en = crate::l10n::Localizer::new("en");
        let listed = columns_text(&list_columns(&header, &rows), &en);
        assert!(!listed.contains('\u{1b}'), "{listed}");
        assert!(listed.contains(&format!("{}…", "x".repeat(24))), "{listed}");
        assert!(listed.contains("column 2 'b': (empty)"), "{listed}");
        let wide: Vec<String> = (0..30).map(|i| format!("c{i}")).collect();
        assert!(columns_text(&list_columns(&wide, &[]), &en).ends_with("… and 18 more column(s)"));
        // In German, each line in German.
        let de = columns_text(
            &list_columns(&wide, &[]),
            &crate::l10n::Localizer::new("de"),
        );
        assert!(de.starts_with("\n  Spalte 1 'c0': (leer)"), "{de}");
        assert!(de.ends_with("… und 18 weitere Spalten"), "{de}");
    }
}
