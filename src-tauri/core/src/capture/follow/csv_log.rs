//! A CSV gift-event log read a line at a time: its header gives the columns,
//! and each later line is read as the gift-event import reads its rows.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::capture::event::{short, GiftEvent, MAX_EVENT_BYTES};
use crate::import::{
    delimiters, detect, parse_bool, parse_when, parse_whole, Columns, Field, Format, When,
};

/// The columns of a CSV log, from its header line.
#[derive(Debug)]
pub(super) struct Layout {
    delim: u8,
    header: Vec<String>,
    cols: Columns,
}

/// Reads a log's header line into its columns; refuses a header that is not
/// a gift-event log's, naming the columns one needs.
pub(super) fn read_layout(first_line: &[u8]) -> Result<Layout, String> {
    let first = first_line
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(first_line);
    let delim = delimiters(first).first().copied().unwrap_or(b',');
    let rec = one_record(first, delim)?.ok_or("expected a header line")?;
    let header: Vec<String> = rec.iter().map(|h| h.trim().to_string()).collect();
    let cols = Columns::from_header(&header);
    if detect(&header, &cols) != Some(Format::GiftEvents)
        || !cols.has(Field::Date)
        || !(cols.has(Field::Gift) || cols.has(Field::GiftId))
    {
        let want: Vec<&str> = crate::events::EventField::ALL
            .iter()
            .map(|f| f.column())
            .collect();
        return Err(format!(
            "expected a gift-event log header ({}), found {}",
            want.join(", "),
            short(&header.join(", "))
        ));
    }
    Ok(Layout {
        delim,
        header,
        cols,
    })
}

/// Reads one CSV line of a gift-event log, as the gift-event import reads it.
pub(super) fn csv_event(l: &Layout, line: &str, line_no: u64, tz: Tz) -> Result<GiftEvent, String> {
    let rec = record(l, line)?;
    let row = Row { l, rec: &rec };
    let (at, stamp) = row.instant(line_no, tz)?;
    let (coins_each, count) = row.price_and_count()?;
    let (gift_id, name) = row.gift()?;
    let sender = row
        .cell(Field::Sender)
        .or_else(|| row.cell(Field::Nickname))
        .map(str::to_string);
    let gift_type = row.whole(Field::GiftType, "a gift type number")?;
    let repeat_end = row.repeat_end()?;
    Ok(GiftEvent {
        at,
        stamp,
        gift_id,
        name,
        coins_each,
        count,
        sender,
        gift_type,
        repeat_end,
        msg_id: None,
    })
}

/// Splits one line into its cells, in the log's delimiter.
fn record(l: &Layout, line: &str) -> Result<csv::StringRecord, String> {
    if line.len() > MAX_EVENT_BYTES {
        return Err(format!(
            "expected a line of at most {} KiB",
            MAX_EVENT_BYTES / 1024
        ));
    }
    one_record(line.as_bytes(), l.delim)?.ok_or_else(|| "expected a row, found nothing".into())
}

/// The first record of `line` split at `delim`, as the import's CSV reader
/// splits one (quotes, any number of cells); `None` when it holds none.
fn one_record(line: &[u8], delim: u8) -> Result<Option<csv::StringRecord>, String> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delim)
        .has_headers(false)
        .flexible(true)
        .from_reader(line);
    let mut rec = csv::StringRecord::new();
    match reader.read_record(&mut rec) {
        Ok(true) => Ok(Some(rec)),
        Ok(false) => Ok(None),
        Err(e) => Err(e.to_string()),
    }
}

/// One line's cells, read by field through the log's columns.
struct Row<'a> {
    l: &'a Layout,
    rec: &'a csv::StringRecord,
}

impl Row<'_> {
    /// The column `f` is read from, if the header has one.
    fn col(&self, f: Field) -> Option<usize> {
        self.l.cols.get(f)
    }

    /// Where `f` is, for a message: its column's number and header.
    fn where_is(&self, f: Field) -> String {
        match self.col(f) {
            Some(i) => format!(
                "column {} ({})",
                i + 1,
                self.l.header.get(i).map(String::as_str).unwrap_or("")
            ),
            None => format!("{f:?}"),
        }
    }

    /// The cell of `f`, trimmed; `None` when it is missing or empty.
    fn cell(&self, f: Field) -> Option<&str> {
        self.col(f)
            .and_then(|i| self.rec.get(i))
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    /// The cell of `f` as a whole number, if there is one; `what` names it
    /// in the error.
    fn whole(&self, f: Field, what: &str) -> Result<Option<i64>, String> {
        match self.cell(f) {
            None => Ok(None),
            Some(t) => parse_whole(t).map(Some).ok_or_else(|| {
                format!("{}: expected {what}, found {}", self.where_is(f), short(t))
            }),
        }
    }

    /// When the gift was sent, and its time as written (the fingerprint's).
    fn instant(&self, line_no: u64, tz: Tz) -> Result<(DateTime<Utc>, String), String> {
        let date = self.where_is(Field::Date);
        let stamp = self
            .cell(Field::Date)
            .ok_or_else(|| format!("{date}: expected a date/time, found nothing"))?
            .to_string();
        let mut styles = 0u16;
        let when = parse_when(
            &stamp,
            self.cell(Field::Time),
            tz,
            line_no,
            self.col(Field::Date).unwrap_or(0),
            &mut styles,
        )
        .map_err(|m| format!("{date}: {}", crate::l10n::english(&m)))?;
        let at = match when {
            When::Known(t) => t,
            When::Slashed {
                a, b, year, time, ..
            } => {
                // One line cannot tell day/month from month/day the way a
                // whole file can: only a day above 12 decides it.
                let (day, month) = match (a > 12, b > 12) {
                    (true, false) => (a, b),
                    (false, true) => (b, a),
                    _ => {
                        return Err(format!(
                            "{date}: {} could be day/month or month/day; a followed log needs dates such as 2026-03-01",
                            short(&stamp)
                        ))
                    }
                };
                let ymd = chrono::NaiveDate::from_ymd_opt(year, month, day)
                    .ok_or_else(|| format!("{date}: {} is not a date", short(&stamp)))?;
                crate::dates::resolve_local(ymd.and_time(time), tz, &stamp)
                    .map_err(|e| format!("{date}: {e}"))?
            }
        };
        Ok((at, stamp))
    }

    /// The price of one gift in coins and the repeat count, checked so their
    /// product fits.
    fn price_and_count(&self) -> Result<(i64, i64), String> {
        let coins_each = self
            .whole(Field::Coins, "the gift's price in coins (diamondCount)")?
            .ok_or_else(|| {
                format!(
                    "{}: expected the gift's price in coins, found nothing",
                    self.where_is(Field::Coins)
                )
            })?;
        if coins_each < 0 {
            return Err(format!(
                "{}: expected a price of 0 coins or more, found {coins_each}",
                self.where_is(Field::Coins)
            ));
        }
        let count = self.whole(Field::Count, "a repeat count")?.unwrap_or(1);
        if count < 1 {
            return Err(format!(
                "{}: expected a repeat count of 1 or more, found {count}",
                self.where_is(Field::Count)
            ));
        }
        if coins_each.checked_mul(count).is_none() {
            return Err(format!(
                "{}: {count} × {coins_each} coins is more than a ledger can count",
                self.where_is(Field::Count)
            ));
        }
        Ok((coins_each, count))
    }

    /// The gift's id (empty when none) and its name (`Gift #id` when only
    /// the id was given).
    fn gift(&self) -> Result<(String, String), String> {
        let gift_id = self.cell(Field::GiftId).unwrap_or("").to_string();
        let name = match self.cell(Field::Gift) {
            Some(n) => n.to_string(),
            None if !gift_id.is_empty() => format!("Gift #{gift_id}"),
            None => {
                return Err(format!(
                    "{}: expected a gift name or id, found nothing",
                    self.where_is(Field::Gift)
                ))
            }
        };
        Ok((gift_id, name))
    }

    /// Whether the line ends its streak (`repeatEnd`); no cell means no.
    fn repeat_end(&self) -> Result<bool, String> {
        match self.cell(Field::RepeatEnd) {
            None => Ok(false),
            Some(t) => parse_bool(t).ok_or_else(|| {
                format!(
                    "{}: expected true or false, found {}",
                    self.where_is(Field::RepeatEnd),
                    short(t)
                )
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &[u8] =
        b"timestamp,uniqueId,nickname,giftId,giftName,diamondCount,repeatCount,repeatEnd,giftType";

    #[test]
    fn reads_a_csv_log_line_as_the_import_does() {
        let l = read_layout(HEADER).unwrap();
        let g = csv_event(
            &l,
            "2026-03-01 19:00:05,ann,Ann,5655,Rose,1,3,true,1",
            2,
            Tz::UTC,
        )
        .unwrap();
        assert_eq!(
            (g.coins_each, g.count, g.repeat_end, g.gift_type),
            (1, 3, true, Some(1))
        );
        assert_eq!(g.sender.as_deref(), Some("ann"));
        assert_eq!(g.stamp, "2026-03-01 19:00:05");
        let e = csv_event(
            &l,
            "2026-03-01 19:00:05,ann,Ann,5655,Rose,lots,3,true,1",
            7,
            Tz::UTC,
        )
        .unwrap_err();
        assert!(e.starts_with("column 6 (diamondCount): expected"), "{e}");
        let e = csv_event(
            &l,
            "03/04/2026 19:00,ann,Ann,5655,Rose,1,3,true,1",
            7,
            Tz::UTC,
        )
        .unwrap_err();
        assert!(e.contains("day/month"), "{e}");
        assert!(csv_event(
            &l,
            "13/04/2026 19:00,ann,Ann,5655,Rose,1,3,true,1",
            7,
            Tz::UTC
        )
        .is_ok());
    }

    #[test]
    fn other_headers_are_refused() {
        assert!(read_layout(b"date,gift,coins")
            .unwrap_err()
            .contains("gift-event log header"));
    }
}
