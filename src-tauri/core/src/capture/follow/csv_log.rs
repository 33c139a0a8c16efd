//! A CSV gift-event log read a line at a time: its header gives the columns,
//! and each later line is read as the gift-event import reads its rows.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::capture::event::{
    at_place, expected_at, short, too_many_coins, GiftEvent, MAX_EVENT_BYTES,
};
use crate::import::{
    delimiters, detect, parse_bool, parse_when, parse_whole, Columns, Field, Format, When,
};
use crate::l10n::Message;

/// The columns of a CSV log, from its header line.
#[derive(Debug)]
pub(super) struct Layout {
    delim: u8,
    header: Vec<String>,
    cols: Columns,
}

/// Reads a log's header line into its columns; refuses a header that is not
/// a gift-event log's, naming the columns one needs.
pub(super) fn read_layout(first_line: &[u8]) -> Result<Layout, Message> {
    let first = first_line
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(first_line);
    let delim = delimiters(first).first().copied().unwrap_or(b',');
    let rec = one_record(first, delim)?.ok_or_else(|| Message::new("core-capture-no-header"))?;
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
        return Err(Message::new("core-capture-log-header")
            .text("columns", want.join(", "))
            .text("text", short(&header.join(", "))));
    }
    Ok(Layout {
        delim,
        header,
        cols,
    })
}

/// Reads one CSV line of a gift-event log, as the gift-event import reads it.
pub(super) fn csv_event(
    l: &Layout,
    line: &str,
    line_no: u64,
    tz: Tz,
) -> Result<GiftEvent, Message> {
    let rec = record(l, line)?;
    let row = Row { l, rec: &rec };
    let (at, stamp) = row.instant(line_no, tz)?;
    let (coins_each, count) = row.price_and_count()?;
    let (gift_id, name) = row.gift()?;
    let sender = row
        .cell(Field::Sender)
        .or_else(|| row.cell(Field::Nickname))
        .map(str::to_string);
    let gift_type = row.whole(Field::GiftType, "gift-type")?;
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
fn record(l: &Layout, line: &str) -> Result<csv::StringRecord, Message> {
    if line.len() > MAX_EVENT_BYTES {
        return Err(Message::new("core-capture-line-too-long")
            .text("max", (MAX_EVENT_BYTES / 1024).to_string()));
    }
    one_record(line.as_bytes(), l.delim)?.ok_or_else(|| Message::new("core-capture-no-row"))
}

/// The first record of `line` split at `delim`, as the import's CSV reader
/// splits one (quotes, any number of cells); `None` when it holds none.
fn one_record(line: &[u8], delim: u8) -> Result<Option<csv::StringRecord>, Message> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delim)
        .has_headers(false)
        .flexible(true)
        .from_reader(line);
    let mut rec = csv::StringRecord::new();
    match reader.read_record(&mut rec) {
        Ok(true) => Ok(Some(rec)),
        Ok(false) => Ok(None),
        // The CSV reader's reason, in its own (English) words.
        Err(e) => Err(Message::new("core-error-text").text("text", e.to_string())),
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
    fn where_is(&self, f: Field) -> Message {
        match self.col(f) {
            Some(i) => Message::new("core-capture-column")
                .text("n", (i + 1).to_string())
                // The header is the file's text: quoted short, no control characters.
                .text(
                    "header",
                    crate::import::short(self.l.header.get(i).map_or("", String::as_str)),
                ),
            None => Message::new("core-error-text").text("text", format!("{f:?}")),
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
    fn whole(&self, f: Field, what: &'static str) -> Result<Option<i64>, Message> {
        match self.cell(f) {
            None => Ok(None),
            Some(t) => parse_whole(t)
                .map(Some)
                .ok_or_else(|| expected_at(self.where_is(f), what).text("text", short(t))),
        }
    }

    /// When the gift was sent, and its time as written (the fingerprint's).
    fn instant(&self, line_no: u64, tz: Tz) -> Result<(DateTime<Utc>, String), Message> {
        let date = || self.where_is(Field::Date);
        let stamp = self
            .cell(Field::Date)
            .ok_or_else(|| Message::new("core-capture-no-date").said("where", date()))?
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
        .map_err(|m| at_place(date(), m))?;
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
                        return Err(Message::new("core-capture-day-or-month")
                            .said("where", date())
                            .text("text", short(&stamp)))
                    }
                };
                let ymd = chrono::NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| {
                    Message::new("core-capture-not-a-date")
                        .said("where", date())
                        .text("text", short(&stamp))
                })?;
                crate::dates::resolve_local(ymd.and_time(time), tz, &stamp)
                    .map_err(|e| at_place(date(), e.message()))?
            }
        };
        Ok((at, stamp))
    }

    /// The price of one gift in coins and the repeat count, checked so their
    /// product fits.
    fn price_and_count(&self) -> Result<(i64, i64), Message> {
        let coins_each = self
            .whole(Field::Coins, "price-diamondcount")?
            .ok_or_else(|| {
                Message::new("core-capture-no-price").said("where", self.where_is(Field::Coins))
            })?;
        if coins_each < 0 {
            return Err(Message::new("core-capture-price-negative")
                .said("where", self.where_is(Field::Coins))
                .text("n", coins_each.to_string()));
        }
        let count = self.whole(Field::Count, "repeat-count")?.unwrap_or(1);
        if count < 1 {
            return Err(Message::new("core-capture-count-below-one")
                .said("where", self.where_is(Field::Count))
                .text("n", count.to_string()));
        }
        if coins_each.checked_mul(count).is_none() {
            return Err(too_many_coins(
                self.where_is(Field::Count),
                count,
                coins_each,
            ));
        }
        Ok((coins_each, count))
    }

    /// The gift's id (empty when none) and its name (`Gift #id` when only
    /// the id was given).
    fn gift(&self) -> Result<(String, String), Message> {
        let gift_id = self.cell(Field::GiftId).unwrap_or("").to_string();
        let name = match self.cell(Field::Gift) {
            Some(n) => n.to_string(),
            None if !gift_id.is_empty() => format!("Gift #{gift_id}"),
            None => {
                return Err(Message::new("core-capture-no-gift-name")
                    .said("where", self.where_is(Field::Gift)))
            }
        };
        Ok((gift_id, name))
    }

    /// Whether the line ends its streak (`repeatEnd`); no cell means no.
    fn repeat_end(&self) -> Result<bool, Message> {
        match self.cell(Field::RepeatEnd) {
            None => Ok(false),
            Some(t) => parse_bool(t).ok_or_else(|| {
                expected_at(self.where_is(Field::RepeatEnd), "true-false").text("text", short(t))
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
        .map_err(|m| crate::l10n::english(&m))
        .unwrap_err();
        assert!(e.starts_with("column 6 (diamondCount): expected"), "{e}");
        let e = csv_event(
            &l,
            "03/04/2026 19:00,ann,Ann,5655,Rose,1,3,true,1",
            7,
            Tz::UTC,
        )
        .map_err(|m| crate::l10n::english(&m))
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
            .map_err(|m| crate::l10n::english(&m))
            .unwrap_err()
            .contains("gift-event log header"));
    }
}
