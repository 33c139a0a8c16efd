//! Following a file another tool appends to: a CSV gift-event log (the
//! columns the gift-event import reads) or JSON Lines (one event a line).
//!
//! A line is taken once its newline is written. The offset after each line
//! is stored with that line's effects, in the same transaction, so a restart
//! resumes exactly after the last line stored and never reads one twice. A
//! file that became shorter than that offset, or whose first bytes changed,
//! was replaced: it is read from its start (the rows' fingerprints keep what
//! was already stored from doubling).

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;
use std::time::Duration;

use chrono::Utc;
use chrono_tz::Tz;

use super::event::{decode_json, short, Decoded, GiftEvent, MAX_EVENT_BYTES};
use super::{housekeeping, take, ConnState, Control, Engine, FilePos, Sink};
use crate::import::datetime::parse_when;
use crate::import::parse::{parse_bool, parse_whole, When};
use crate::import::sniff::{delimiters, detect};
use crate::import::{Columns, Field, Format};
use crate::paths::{self, Found};

/// Bytes of the file's start whose fingerprint tells the file apart.
const HEAD: usize = 1024;
/// Most bytes read in one go.
const CHUNK: usize = 1 << 20;
/// Pause when the file has not grown.
const IDLE: Duration = Duration::from_millis(150);

/// The columns of a CSV log, from its header line.
#[derive(Debug)]
struct Layout {
    delim: u8,
    header: Vec<String>,
    cols: Columns,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Csv,
    JsonLines,
}

fn kind_of(path: &Path, first: &[u8]) -> Kind {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "jsonl" | "ndjson" | "json" => Kind::JsonLines,
        "csv" | "tsv" | "txt" => Kind::Csv,
        _ if first.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') => Kind::JsonLines,
        _ => Kind::Csv,
    }
}

fn head_print(bytes: &[u8]) -> i64 {
    xxhash_rust::xxh3::xxh3_64(bytes) as i64
}

/// Follows `path` until `control` says stop.
pub(crate) fn run(
    engine: &mut Engine,
    path: &Path,
    tz: Tz,
    control: &Control,
    sink: &mut Sink<'_>,
) {
    let name = path.display().to_string();
    let mut ever_open = false;
    let mut layout: Option<Layout> = None;
    // Line number of the next line, once known.
    let mut line_no: Option<u64> = None;
    while !control.is_stopped() {
        housekeeping(engine, control, sink);
        let (offset, stored_head) = match engine.file_position() {
            Ok(p) => p,
            Err(e) => {
                sink.problem(format!("{name}: cannot read where capture stopped: {e}"));
                std::thread::sleep(IDLE * 4);
                continue;
            }
        };
        let state = if ever_open {
            ConnState::Reconnecting
        } else {
            ConnState::Connecting
        };
        // Looked at before it is opened: opening a FIFO blocks until a
        // writer comes, deaf to Ctrl-C.
        let opened = match paths::look(path) {
            Ok(Found::File) => File::open(path).map_err(|e| format!("cannot be opened: {e}")),
            Ok(Found::Nothing) => Err("is not there yet".to_string()),
            Ok(Found::Other(found)) => Err(format!("is {found}, not a regular file")),
            Err(e) => Err(format!("cannot be opened: {e}")),
        };
        // Replaced between the look and the open: what was opened counts.
        let opened = opened.and_then(|f| match f.metadata() {
            Ok(m) if m.is_file() => Ok(f),
            Ok(m) => Err(format!("is {}, not a regular file", paths::kind_of(&m))),
            Err(e) => Err(format!("cannot be read: {e}")),
        });
        let mut file = match opened {
            Ok(f) => f,
            Err(why) => {
                sink.status(state, format!("waiting: {name} {why}"));
                std::thread::sleep(IDLE * 2);
                continue;
            }
        };
        ever_open = true;
        sink.status(ConnState::Connected, format!("following {name}"));
        let len = file.metadata().map(|m| m.len()).unwrap_or(0);
        let mut head = Vec::with_capacity(HEAD);
        if file
            .by_ref()
            .take(HEAD as u64)
            .read_to_end(&mut head)
            .is_err()
        {
            std::thread::sleep(IDLE);
            continue;
        }
        let seen = head
            .len()
            .min(usize::try_from(offset).unwrap_or(usize::MAX));
        let replaced = len < offset
            || stored_head.is_some_and(|h| offset > 0 && h != head_print(&head[..seen]));
        if replaced {
            sink.problem(format!(
                "{name} is not the file capture was following (it is shorter, or its start changed): reading it from its start"
            ));
            if let Err(e) = super::retry(|| engine.restart_file()) {
                sink.problem(format!("{name}: {e}"));
                std::thread::sleep(IDLE * 4);
            }
            layout = None;
            line_no = None;
            continue;
        }
        let kind = kind_of(path, &head);
        if line_no.is_none() {
            match count_lines(&mut file, offset) {
                Ok(n) => line_no = Some(n + 1),
                Err(e) => {
                    sink.problem(format!("{name}: {e}"));
                    std::thread::sleep(IDLE);
                    continue;
                }
            }
        }
        if kind == Kind::Csv && layout.is_none() && offset > 0 {
            // Resuming: the header is the file's first line.
            let first = head.split(|b| *b == b'\n').next().unwrap_or_default();
            match read_layout(first) {
                Ok(l) => layout = Some(l),
                Err(m) => {
                    sink.problem(format!("{name}, line 1: {m}"));
                    std::thread::sleep(IDLE * 10);
                    continue;
                }
            }
        }
        if len == offset {
            std::thread::sleep(IDLE);
            continue;
        }
        let mut buf = Vec::new();
        let read = file
            .seek(SeekFrom::Start(offset))
            .and_then(|_| file.by_ref().take(CHUNK as u64).read_to_end(&mut buf));
        if let Err(e) = read {
            sink.problem(format!("{name}: cannot read: {e}"));
            std::thread::sleep(IDLE);
            continue;
        }
        let mut at = offset;
        let lines = buf.split_inclusive(|b| *b == b'\n');
        let mut took_any = false;
        for raw in lines {
            if control.is_stopped() {
                break;
            }
            let complete = raw.last() == Some(&b'\n');
            // A line without its newline is still being written, unless it
            // fills a whole chunk: that one is too long and passed over.
            let too_long = at == offset && buf.len() >= CHUNK;
            if !(complete || too_long) {
                break;
            }
            let next = at + raw.len() as u64;
            let pos = FilePos {
                offset: next,
                head: head_print(
                    &head[..head.len().min(usize::try_from(next).unwrap_or(usize::MAX))],
                ),
            };
            let n = line_no.unwrap_or(1);
            let place = || format!("{name}, line {n}");
            let text = String::from_utf8_lossy(raw);
            let text = text.trim_end_matches(['\n', '\r']);
            let text = if at == 0 {
                text.trim_start_matches('\u{feff}')
            } else {
                text
            };
            let decoded: Option<Result<Decoded, String>> = if !complete {
                Some(Err(format!(
                    "expected a line of at most {} KiB",
                    CHUNK / 1024
                )))
            } else if text.trim().is_empty() {
                None
            } else if kind == Kind::Csv && at == 0 {
                match read_layout(text.as_bytes()) {
                    Ok(l) => {
                        layout = Some(l);
                        None
                    }
                    Err(m) => {
                        sink.problem(format!("{}: {m}", place()));
                        // Nothing can be read without columns; wait for a fix.
                        std::thread::sleep(IDLE * 10);
                        break;
                    }
                }
            } else if kind == Kind::Csv {
                match &layout {
                    Some(l) => Some(csv_event(l, text, n, tz).map(Decoded::Gift)),
                    None => break,
                }
            } else {
                Some(decode_json(text, tz, Utc::now()))
            };
            let ok = match decoded {
                None => super::retry(|| engine.skip(pos)).is_ok(),
                Some(d) => take(engine, d, Some(pos), &place, sink),
            };
            if !ok {
                // Not stored: the same line is read again on the next round.
                std::thread::sleep(IDLE * 4);
                break;
            }
            took_any = true;
            at = next;
            line_no = Some(n + 1);
        }
        if !took_any {
            std::thread::sleep(IDLE);
        }
    }
}

/// Counts the lines that end before `offset`.
fn count_lines(file: &mut File, offset: u64) -> Result<u64, String> {
    file.seek(SeekFrom::Start(0))
        .map_err(|e| format!("cannot read: {e}"))?;
    let mut left = offset;
    let mut n = 0u64;
    let mut buf = vec![0u8; 1 << 16];
    while left > 0 {
        let want = buf.len().min(usize::try_from(left).unwrap_or(usize::MAX));
        let got = file
            .read(&mut buf[..want])
            .map_err(|e| format!("cannot read: {e}"))?;
        if got == 0 {
            break;
        }
        n += buf[..got].iter().filter(|b| **b == b'\n').count() as u64;
        left -= got as u64;
    }
    Ok(n)
}

fn read_layout(first_line: &[u8]) -> Result<Layout, String> {
    let first = first_line
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(first_line);
    let delim = delimiters(first).first().copied().unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delim)
        .has_headers(false)
        .flexible(true)
        .from_reader(first);
    let mut rec = csv::StringRecord::new();
    if !reader.read_record(&mut rec).map_err(|e| e.to_string())? {
        return Err("expected a header line".into());
    }
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
fn csv_event(l: &Layout, line: &str, line_no: u64, tz: Tz) -> Result<GiftEvent, String> {
    if line.len() > MAX_EVENT_BYTES {
        return Err(format!(
            "expected a line of at most {} KiB",
            MAX_EVENT_BYTES / 1024
        ));
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(l.delim)
        .has_headers(false)
        .flexible(true)
        .from_reader(line.as_bytes());
    let mut rec = csv::StringRecord::new();
    match reader.read_record(&mut rec) {
        Ok(true) => {}
        Ok(false) => return Err("expected a row, found nothing".into()),
        Err(e) => return Err(e.to_string()),
    }
    let col = |f: Field| l.cols.get(f);
    let where_ = |f: Field| match col(f) {
        Some(i) => format!(
            "column {} ({})",
            i + 1,
            l.header.get(i).map(String::as_str).unwrap_or("")
        ),
        None => format!("{f:?}"),
    };
    let cell = |f: Field| -> Option<&str> {
        col(f)
            .and_then(|i| rec.get(i))
            .map(str::trim)
            .filter(|s| !s.is_empty())
    };
    let stamp = cell(Field::Date)
        .ok_or_else(|| {
            format!(
                "{}: expected a date/time, found nothing",
                where_(Field::Date)
            )
        })?
        .to_string();
    let mut styles = 0u16;
    let at = match parse_when(
        &stamp,
        cell(Field::Time),
        tz,
        line_no,
        col(Field::Date).unwrap_or(0),
        &mut styles,
    )
    .map_err(|m| format!("{}: {m}", where_(Field::Date)))?
    {
        When::Known(t) => t,
        When::Slashed {
            a, b, year, time, ..
        } => {
            let (day, month) = match (a > 12, b > 12) {
                (true, false) => (a, b),
                (false, true) => (b, a),
                _ => {
                    return Err(format!(
                        "{}: {} could be day/month or month/day; a followed log needs dates such as 2026-03-01",
                        where_(Field::Date),
                        short(&stamp)
                    ))
                }
            };
            let date = chrono::NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| {
                format!("{}: {} is not a date", where_(Field::Date), short(&stamp))
            })?;
            crate::dates::resolve_local(date.and_time(time), tz, &stamp)
                .map_err(|e| format!("{}: {e}", where_(Field::Date)))?
        }
    };
    let whole = |f: Field, what: &str| -> Result<Option<i64>, String> {
        match cell(f) {
            None => Ok(None),
            Some(t) => parse_whole(t)
                .map(Some)
                .ok_or_else(|| format!("{}: expected {what}, found {}", where_(f), short(t))),
        }
    };
    let coins_each =
        whole(Field::Coins, "the gift's price in coins (diamondCount)")?.ok_or_else(|| {
            format!(
                "{}: expected the gift's price in coins, found nothing",
                where_(Field::Coins)
            )
        })?;
    if coins_each < 0 {
        return Err(format!(
            "{}: expected a price of 0 coins or more, found {coins_each}",
            where_(Field::Coins)
        ));
    }
    let count = whole(Field::Count, "a repeat count")?.unwrap_or(1);
    if count < 1 {
        return Err(format!(
            "{}: expected a repeat count of 1 or more, found {count}",
            where_(Field::Count)
        ));
    }
    if coins_each.checked_mul(count).is_none() {
        return Err(format!(
            "{}: {count} × {coins_each} coins is more than a ledger can count",
            where_(Field::Count)
        ));
    }
    let gift_id = cell(Field::GiftId).unwrap_or("").to_string();
    let name = match cell(Field::Gift) {
        Some(n) => n.to_string(),
        None if !gift_id.is_empty() => format!("Gift #{gift_id}"),
        None => {
            return Err(format!(
                "{}: expected a gift name or id, found nothing",
                where_(Field::Gift)
            ))
        }
    };
    let sender = cell(Field::Sender)
        .or_else(|| cell(Field::Nickname))
        .map(str::to_string);
    let gift_type = whole(Field::GiftType, "a gift type number")?;
    let repeat_end = match cell(Field::RepeatEnd) {
        None => false,
        Some(t) => parse_bool(t).ok_or_else(|| {
            format!(
                "{}: expected true or false, found {}",
                where_(Field::RepeatEnd),
                short(t)
            )
        })?,
    };
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
