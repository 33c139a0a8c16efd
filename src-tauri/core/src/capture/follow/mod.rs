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

use super::event::{decode_json, Decoded};
use super::{housekeeping, take, ConnState, Control, Engine, FilePos, Sink};
use crate::l10n::Message;
use crate::paths::{self, Found};

mod csv_log;

use csv_log::{csv_event, read_layout, Layout};

/// Bytes of the file's start whose fingerprint tells the file apart.
const HEAD: usize = 1024;
/// Most bytes read in one go.
const CHUNK: usize = 1 << 20;
/// Pause when the file has not grown.
const IDLE: Duration = Duration::from_millis(150);

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

/// The fingerprint of the file's first `upto` bytes, as far as `head` (the
/// first [`HEAD`] bytes read) holds them.
fn head_print(head: &[u8], upto: u64) -> i64 {
    let seen = head.len().min(usize::try_from(upto).unwrap_or(usize::MAX));
    xxhash_rust::xxh3::xxh3_64(&head[..seen]) as i64
}

/// Follows `path` until `control` says stop.
pub(crate) fn run(
    engine: &mut Engine,
    path: &Path,
    tz: Tz,
    control: &Control,
    sink: &mut Sink<'_>,
) {
    let mut follower = Follower {
        path,
        name: path.display().to_string(),
        tz,
        ever_open: false,
        layout: None,
        line_no: None,
        overlong: false,
    };
    while !control.is_stopped() {
        housekeeping(engine, control, sink);
        follower.round(engine, control, sink);
    }
}

/// What following one file keeps from one round to the next.
struct Follower<'a> {
    path: &'a Path,
    /// The path as messages show it.
    name: String,
    tz: Tz,
    /// The file was opened before: not being able to now is a reconnection.
    ever_open: bool,
    /// A CSV log's columns, once its header was read.
    layout: Option<Layout>,
    /// Line number of the next line, once known.
    line_no: Option<u64>,
    /// The bytes past the stored offset continue a line too long, said
    /// already: they are passed over to its newline, as one line.
    overlong: bool,
}

/// The bytes one round read past the stored offset.
struct Chunk<'b> {
    kind: Kind,
    /// The file's first bytes (at most [`HEAD`]).
    head: &'b [u8],
    /// Where `buf` starts in the file: the stored offset.
    offset: u64,
    buf: &'b [u8],
}

/// What one line of the file is.
enum Line {
    /// Nothing to take (a blank line, a CSV log's header): only its end is
    /// stored.
    Blank,
    /// An event, or why the line is not one.
    Event(Result<Decoded, Message>),
    /// Not readable now: the line is read again on the next round.
    Wait,
}

impl Follower<'_> {
    /// The file followed, as a problem's place.
    fn place(&self) -> Message {
        Message::new("core-error-text").text("text", self.name.clone())
    }

    /// Line `n` of the file, as a problem's place (`a.csv, line 7`).
    fn line(&self, n: u64) -> Message {
        Message::new("core-capture-at-line")
            .text("name", self.name.clone())
            .text("n", n.to_string())
    }

    /// One look at the file: opens it, checks it is still the file followed,
    /// and takes the complete lines written past the stored offset. Pauses
    /// when there is nothing new or something failed.
    fn round(&mut self, engine: &mut Engine, control: &Control, sink: &mut Sink<'_>) {
        let (offset, stored_head) = match engine.file_position() {
            Ok(p) => p,
            Err(e) => {
                sink.problem(
                    super::failed("core-capture-problem-position-unread", &e)
                        .text("name", self.name.clone()),
                );
                std::thread::sleep(IDLE * 4);
                return;
            }
        };
        let Some(mut file) = self.open(sink) else {
            return;
        };
        let len = file.metadata().map(|m| m.len()).unwrap_or(0);
        let mut head = Vec::with_capacity(HEAD);
        if file
            .by_ref()
            .take(HEAD as u64)
            .read_to_end(&mut head)
            .is_err()
        {
            std::thread::sleep(IDLE);
            return;
        }
        let replaced = len < offset
            || stored_head.is_some_and(|h| offset > 0 && h != head_print(&head, offset));
        if replaced {
            self.start_over(engine, sink);
            return;
        }
        let kind = kind_of(self.path, &head);
        if !self.resume(&mut file, kind, offset, &head, sink) {
            return;
        }
        if len == offset {
            std::thread::sleep(IDLE);
            return;
        }
        let mut buf = Vec::new();
        let read = file
            .seek(SeekFrom::Start(offset))
            .and_then(|_| file.by_ref().take(CHUNK as u64).read_to_end(&mut buf));
        if let Err(e) = read {
            sink.problem(
                Message::new("core-capture-problem-unread")
                    .text("name", self.name.clone())
                    .said("reason", crate::l10n::io_reason(&e)),
            );
            std::thread::sleep(IDLE);
            return;
        }
        let chunk = Chunk {
            kind,
            head: &head,
            offset,
            buf: &buf,
        };
        if !self.take_lines(engine, control, sink, &chunk) {
            std::thread::sleep(IDLE);
        }
    }

    /// Opens the file for a round, saying so; while it cannot be opened,
    /// says why and pauses.
    fn open(&mut self, sink: &mut Sink<'_>) -> Option<File> {
        match open_regular(self.path) {
            Ok(file) => {
                self.ever_open = true;
                sink.status(
                    ConnState::Connected,
                    Message::new("core-capture-following").text("name", self.name.clone()),
                );
                Some(file)
            }
            Err(why) => {
                let state = if self.ever_open {
                    ConnState::Reconnecting
                } else {
                    ConnState::Connecting
                };
                sink.status(
                    state,
                    Message::new("core-capture-waiting")
                        .text("name", self.name.clone())
                        .said("why", why),
                );
                std::thread::sleep(IDLE * 2);
                None
            }
        }
    }

    /// The file is not the one followed: it is read again from its start.
    fn start_over(&mut self, engine: &mut Engine, sink: &mut Sink<'_>) {
        sink.problem(Message::new("core-capture-problem-replaced").text("name", self.name.clone()));
        if let Err(e) = super::retry(|| engine.restart_file()) {
            sink.problem(super::event::at_place(self.place(), e.said()));
            std::thread::sleep(IDLE * 4);
        }
        self.layout = None;
        self.line_no = None;
        self.overlong = false;
    }

    /// Learns what reading on from `offset` needs and a round may not know
    /// yet: the next line's number, and a CSV log's columns from its first
    /// line. `false` when it cannot (said, and paused).
    fn resume(
        &mut self,
        file: &mut File,
        kind: Kind,
        offset: u64,
        head: &[u8],
        sink: &mut Sink<'_>,
    ) -> bool {
        if self.line_no.is_none() {
            match count_lines(file, offset) {
                Ok((n, mid_line)) => {
                    self.line_no = Some(n + 1);
                    // Stopped inside a line: only a line too long is left
                    // that way, and its rest is passed over.
                    self.overlong = mid_line;
                }
                Err(e) => {
                    sink.problem(super::event::at_place(self.place(), e));
                    std::thread::sleep(IDLE);
                    return false;
                }
            }
        }
        if kind == Kind::Csv && self.layout.is_none() && offset > 0 {
            // Resuming: the header is the file's first line.
            let first = head.split(|b| *b == b'\n').next().unwrap_or_default();
            match read_layout(first) {
                Ok(l) => self.layout = Some(l),
                Err(m) => {
                    sink.problem(super::event::at_place(self.line(1), m));
                    std::thread::sleep(IDLE * 10);
                    return false;
                }
            }
        }
        true
    }

    /// Takes the chunk's complete lines in order, each stored with the
    /// offset after it; stops at a line still being written, one that could
    /// not be stored, or a stop. Whether any line was taken.
    fn take_lines(
        &mut self,
        engine: &mut Engine,
        control: &Control,
        sink: &mut Sink<'_>,
        chunk: &Chunk<'_>,
    ) -> bool {
        let mut at = chunk.offset;
        let mut took_any = false;
        for raw in chunk.buf.split_inclusive(|b| *b == b'\n') {
            if control.is_stopped() {
                break;
            }
            let complete = raw.last() == Some(&b'\n');
            // A line without its newline is still being written, unless it
            // fills a whole chunk: that one is too long and passed over.
            let too_long = at == chunk.offset && chunk.buf.len() >= CHUNK;
            if !(complete || too_long) {
                break;
            }
            let next = at + raw.len() as u64;
            let pos = FilePos {
                offset: next,
                head: head_print(chunk.head, next),
            };
            let n = self.line_no.unwrap_or(1);
            if self.overlong {
                // The rest of a line too long: its end is stored, nothing said.
                if super::retry(|| engine.skip(pos)).is_err() {
                    std::thread::sleep(IDLE * 4);
                    break;
                }
                took_any = true;
                at = next;
                if complete {
                    self.overlong = false;
                    self.line_no = Some(n + 1);
                }
                continue;
            }
            let decoded = match self.read_line(raw, at, chunk.kind, n, sink) {
                Line::Blank => None,
                Line::Event(d) => Some(d),
                Line::Wait => break,
            };
            let place = || self.line(n);
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
            if complete {
                self.line_no = Some(n + 1);
            } else {
                // Said once; its rest is passed over as the same line.
                self.overlong = true;
            }
        }
        took_any
    }

    /// Reads line `n`, `raw` as the file holds it from offset `at`.
    fn read_line(&mut self, raw: &[u8], at: u64, kind: Kind, n: u64, sink: &mut Sink<'_>) -> Line {
        if raw.last() != Some(&b'\n') {
            return Line::Event(Err(
                Message::new("core-capture-line-too-long").text("max", (CHUNK / 1024).to_string())
            ));
        }
        let text = String::from_utf8_lossy(raw);
        let text = text.trim_end_matches(['\n', '\r']);
        let text = if at == 0 {
            text.trim_start_matches('\u{feff}')
        } else {
            text
        };
        if text.trim().is_empty() {
            Line::Blank
        } else if kind == Kind::Csv && at == 0 {
            // UTF-16 (its byte-order mark first) would be read as noise.
            let layout = if raw.starts_with(b"\xFF\xFE") || raw.starts_with(b"\xFE\xFF") {
                Err(Message::new("core-capture-utf16"))
            } else {
                read_layout(text.as_bytes())
            };
            match layout {
                Ok(l) => {
                    self.layout = Some(l);
                    Line::Blank
                }
                Err(m) => {
                    sink.problem(super::event::at_place(self.line(n), m));
                    // Nothing can be read without columns; wait for a fix.
                    std::thread::sleep(IDLE * 10);
                    Line::Wait
                }
            }
        } else if kind == Kind::Csv {
            match &self.layout {
                Some(l) => Line::Event(csv_event(l, text, n, self.tz).map(Decoded::Gift)),
                None => Line::Wait,
            }
        } else {
            Line::Event(decode_json(text, self.tz, Utc::now()))
        }
    }
}

/// Opens `path` if it is a regular file, else says what it is. It is looked
/// at before it is opened (opening a FIFO blocks until a writer comes, deaf
/// to Ctrl-C) and again after (replaced between the look and the open: what
/// was opened counts).
fn open_regular(path: &Path) -> Result<File, Message> {
    let cannot = |id: &'static str, e: &std::io::Error| {
        Message::new(id).said("reason", crate::l10n::io_reason(e))
    };
    let other = |found: &str| {
        Message::new("core-capture-why-not-regular").text("found", crate::error::found_key(found))
    };
    let opened = match paths::look(path) {
        Ok(Found::File) => File::open(path).map_err(|e| cannot("core-capture-why-unopened", &e)),
        Ok(Found::Nothing) => Err(Message::new("core-capture-why-not-there")),
        Ok(Found::Other(found)) => Err(other(found)),
        Err(e) => Err(cannot("core-capture-why-unopened", &e)),
    };
    opened.and_then(|f| match f.metadata() {
        Ok(m) if m.is_file() => Ok(f),
        Ok(m) => Err(other(paths::kind_of(&m))),
        Err(e) => Err(cannot("core-capture-why-unread", &e)),
    })
}

/// Counts the lines that end before `offset`, and whether `offset` falls
/// inside a line (the byte before it is not a newline).
fn count_lines(file: &mut File, offset: u64) -> Result<(u64, bool), Message> {
    let cannot = |e: std::io::Error| {
        Message::new("core-capture-why-cannot-read").said("reason", crate::l10n::io_reason(&e))
    };
    file.seek(SeekFrom::Start(0)).map_err(cannot)?;
    let mut left = offset;
    let mut n = 0u64;
    let mut last = b'\n';
    let mut buf = vec![0u8; 1 << 16];
    while left > 0 {
        let want = buf.len().min(usize::try_from(left).unwrap_or(usize::MAX));
        let got = file.read(&mut buf[..want]).map_err(cannot)?;
        if got == 0 {
            break;
        }
        n += buf[..got].iter().filter(|b| **b == b'\n').count() as u64;
        last = buf[got - 1];
        left -= got as u64;
    }
    Ok((n, last != b'\n'))
}
