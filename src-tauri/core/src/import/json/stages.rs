//! The reading half of a JSON events import, in three stages on three
//! threads: the stream split into values, each value decoded into a
//! record, and the parser with its streak state.

use std::collections::BTreeMap;
use std::io::Read;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;

use super::event::{classify, fill, Event, FIELDS, HEADER};
use super::mapped::Mapped;
use super::node::parse_lean;
use super::problems::{at_field, syntax};
use super::side::{collect_keys, Side, Source, MAX_KEYS_NAMED, MAX_OBJECTS_LOOKED_AT};
use crate::import::parse::Parser;
use crate::import::values::{Span, Values};
use crate::import::{RawBytes, ReadHalf, RowProblem, Tally, BATCH, MAX_LISTED_PROBLEMS};

/// Values handed from one reading stage to the next, in file order.
const CHUNK: usize = 1024;

/// Values as the scanner split them: their bytes back to back in `bytes`.
struct Scanned {
    bytes: Vec<u8>,
    values: Vec<(
        std::ops::Range<usize>,
        std::result::Result<Span, RowProblem>,
    )>,
    array: bool,
}

/// What the decoder made of one value.
enum Decoded {
    /// A gift event as a record in [`HEADER`] order.
    Gift {
        span: Span,
        rec: csv::StringRecord,
        prefix: &'static str,
        paths: [Option<&'static str>; FIELDS],
        raw: std::ops::Range<usize>,
    },
    /// A value that cannot be read.
    Problem(RowProblem),
    /// Another event, or nothing to read.
    Skipped,
}

/// Decoded values, with the bytes their `raw` ranges point into.
struct DecodedChunk {
    bytes: Vec<u8>,
    items: Vec<Decoded>,
}

/// The reading half of a JSON events import (see `read_rows` for CSV), in
/// three threads, since decoding JSON costs more than writing its rows:
/// splitting the stream into values (and hashing it), decoding each value
/// into a record, and the parser with its streak state (here). Each stage
/// hands on chunks in file order; a stage that stops makes the one before
/// it stop at its next send.
pub(super) fn read_events<R: Read + Send, B: RawBytes<R>>(
    reader: B,
    mut parser: Parser,
    send: mpsc::SyncSender<crate::import::parse::Batch>,
    bytes: &AtomicU64,
    side: &mut Side,
    mapped: Mapped,
) -> ReadHalf {
    let Side {
        gifts,
        skipped,
        array: side_array,
        sources,
        keys,
    } = side;
    std::thread::scope(|scope| {
        let (to_decoder, scanned) = mpsc::sync_channel::<Scanned>(4);
        let (to_parser, decoded) = mpsc::sync_channel::<DecodedChunk>(4);
        let scanner = scope.spawn(move || scan(reader, to_decoder, bytes));
        let decoder = scope
            .spawn(move || decode(scanned, to_parser, gifts, skipped, side_array, keys, mapped));
        let mut batch = Vec::with_capacity(BATCH);
        'chunks: for chunk in decoded {
            for item in chunk.items {
                match item {
                    Decoded::Skipped => {}
                    Decoded::Problem(p) => parser.problem(p),
                    Decoded::Gift {
                        span,
                        rec,
                        prefix,
                        paths,
                        raw,
                    } => {
                        let before = parser.problem_count();
                        parser.row(span.line, &rec);
                        if parser.problem_count() > before
                            && sources.len() < 2 * MAX_LISTED_PROBLEMS
                        {
                            let raw = &chunk.bytes[raw];
                            sources.push(Source {
                                span,
                                prefix,
                                paths,
                                raw: raw[..raw.len().min(1 << 16)].to_vec(),
                            });
                        }
                    }
                }
                parser.take_settled(&mut batch);
                if batch.len() >= BATCH
                    && send
                        .send(crate::import::parse::Batch {
                            gifts: std::mem::replace(&mut batch, Vec::with_capacity(BATCH)),
                            sessions: Vec::new(),
                        })
                        .is_err()
                {
                    break 'chunks;
                }
                if parser.problem_count() > 10 * MAX_LISTED_PROBLEMS {
                    break 'chunks;
                }
            }
        }
        // Stopping early drops the receiver: the decoder and then the
        // scanner stop at their next send.
        if !batch.is_empty() {
            // The writer may have gone after an error; it reports that error.
            let _ = send.send(crate::import::parse::Batch {
                gifts: batch,
                sessions: Vec::new(),
            });
        }
        if let Err(panic) = decoder.join() {
            std::panic::resume_unwind(panic);
        }
        let (tally, encoding, read) = match scanner.join() {
            Ok(r) => r,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        bytes.store(tally.bytes, Ordering::Relaxed);
        (
            parser,
            crate::import::BytesRead::from(tally, encoding),
            read,
        )
    })
}
/// The first stage: splits the stream into values, in chunks.
fn scan<R: Read + Send, B: RawBytes<R>>(
    reader: B,
    next: mpsc::SyncSender<Scanned>,
    bytes: &AtomicU64,
) -> (Tally<R>, Option<crate::import::Encoding>, u64) {
    let mut values = Values::new(reader);
    let mut buf = Vec::new();
    let mut read = 0u64;
    let fresh = || Scanned {
        bytes: Vec::with_capacity(CHUNK * 512),
        values: Vec::with_capacity(CHUNK),
        array: false,
    };
    let mut chunk = fresh();
    while let Some(next_value) = values.next_value(&mut buf) {
        chunk.array = values.is_array();
        let start = chunk.bytes.len();
        let span = match next_value {
            Ok(span) => {
                read += 1;
                chunk.bytes.extend_from_slice(&buf);
                Ok(span)
            }
            Err(broken) => Err(broken.problem),
        };
        chunk.values.push((start..chunk.bytes.len(), span));
        if chunk.values.len() >= CHUNK {
            if next.send(std::mem::replace(&mut chunk, fresh())).is_err() {
                break;
            }
            bytes.store(values.get_ref().raw_bytes(), Ordering::Relaxed);
        }
    }
    if !chunk.values.is_empty() {
        // A later stage that stopped has its reason already.
        let _ = next.send(chunk);
    }
    let reader = values.into_inner();
    let encoding = reader.encoding();
    (reader.into_tally(), encoding, read)
}

/// The second stage: each value decoded into a record, or told apart as
/// another event or a problem. Counts the gift events and the others.
fn decode(
    scanned: mpsc::Receiver<Scanned>,
    next: mpsc::SyncSender<DecodedChunk>,
    gifts: &mut u64,
    skipped: &mut BTreeMap<String, u64>,
    side_array: &mut bool,
    keys: &mut Vec<String>,
    mapped: Mapped,
) {
    for chunk in scanned {
        let array = chunk.array;
        *side_array = array;
        let mut items = Vec::with_capacity(chunk.values.len());
        for (range, span) in chunk.values {
            let span = match span {
                Ok(span) => span,
                Err(problem) => {
                    items.push(Decoded::Problem(problem));
                    continue;
                }
            };
            let buf = &chunk.bytes[range.clone()];
            let item = match parse_lean(buf, &mapped) {
                Err(e) => Decoded::Problem(syntax(&e, span, array)),
                Ok(v) => match classify(&v, &mapped) {
                    Event::Other(kind) => {
                        let n = skipped.entry(kind).or_default();
                        *n += 1;
                        // What an object of no known shape holds, for a
                        // refusal when the file has no gift at all.
                        if *gifts == 0
                            && *n <= MAX_OBJECTS_LOOKED_AT
                            && keys.len() <= MAX_KEYS_NAMED
                        {
                            collect_keys(buf, keys);
                        }
                        Decoded::Skipped
                    }
                    Event::NotObject(kind) => Decoded::Problem(RowProblem::said(
                        span.line,
                        Some((
                            span.column as usize,
                            if array {
                                format!("[{}]", span.index)
                            } else {
                                "JSON".into()
                            },
                        )),
                        crate::l10n::Message::new("core-import-json-not-event").text("kind", kind),
                    )),
                    Event::Gift { obj, prefix } => {
                        *gifts += 1;
                        let mut rec = csv::StringRecord::with_capacity(64, HEADER.len());
                        let mut paths = [None; FIELDS];
                        match fill(obj, &mut rec, &mut paths, &mapped) {
                            Err((path, message)) => {
                                Decoded::Problem(at_field(buf, span, array, prefix, path, message))
                            }
                            Ok(()) => Decoded::Gift {
                                span,
                                rec,
                                prefix,
                                paths,
                                raw: range,
                            },
                        }
                    }
                },
            };
            items.push(item);
        }
        let out = DecodedChunk {
            bytes: chunk.bytes,
            items,
        };
        if next.send(out).is_err() {
            break;
        }
    }
}
