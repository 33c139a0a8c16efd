//! Splitting a stream of JSON into its values, one at a time, without
//! reading the whole file: the elements of a top-level array, or the values
//! of a JSON Lines file (one per line, or several lines each).
//!
//! Only the boundaries are found here (strings, escapes and bracket depth);
//! each value's bytes are then parsed on their own, so a 1 GB array never
//! sits in memory and every value knows the line and column it starts at.

use std::io::BufRead;

use super::RowProblem;

/// Most bytes one value may take: an event is a few hundred bytes, so a
/// value this long means a bracket is missing, not a big event.
pub(crate) const MAX_VALUE_BYTES: usize = 4 << 20;

/// Characters in `bytes` of UTF-8: the bytes that start one.
fn chars(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count() as u64
}

/// A read that failed at `line`: text that cannot be decoded (UTF-16 cut
/// short, a lone surrogate) at the line the decoder names, else the error.
fn read_problem(e: &std::io::Error, line: u64) -> RowProblem {
    match super::decode::TextError::of(e) {
        Some(t) => RowProblem {
            said: None,
            line: t.line,
            column: None,
            message: t.message.clone(),
        },
        None => RowProblem {
            said: None,
            line,
            column: None,
            message: format!("cannot read: {e}"),
        },
    }
}

/// Where a value starts, and which it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    /// 1-based line of its first byte.
    pub line: u64,
    /// 1-based column (in characters) of its first byte.
    pub column: u64,
    /// 0-based position among the file's values (the array index).
    pub index: u64,
}

/// Whether the values are the elements of one top-level array.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    Unknown,
    Lines,
    Array,
}

/// Splits a JSON or JSON Lines stream into values.
pub(crate) struct Values<R> {
    reader: R,
    line: u64,
    column: u64,
    layout: Layout,
    index: u64,
    /// Inside an array: a value was read and its `,` or `]` is still due.
    after_value: bool,
    done: bool,
}

/// What went wrong, and whether reading can go on after it.
pub(crate) struct Broken {
    /// The problem, at its line and column.
    pub problem: RowProblem,
    /// Nothing after it can be split reliably.
    pub fatal: bool,
}

impl<R: BufRead> Values<R> {
    /// Splits the stream `reader`; a UTF-8 byte order mark is skipped.
    pub(crate) fn new(reader: R) -> Values<R> {
        Values {
            reader,
            line: 1,
            column: 1,
            layout: Layout::Unknown,
            index: 0,
            after_value: false,
            done: false,
        }
    }

    /// Whether the values are the elements of a top-level array.
    pub(crate) fn is_array(&self) -> bool {
        self.layout == Layout::Array
    }

    /// The reader, for its position.
    pub(crate) fn get_ref(&self) -> &R {
        &self.reader
    }

    /// The reader back.
    pub(crate) fn into_inner(self) -> R {
        self.reader
    }

    fn peek(&mut self) -> std::io::Result<Option<u8>> {
        Ok(self.reader.fill_buf()?.first().copied())
    }

    fn bump(&mut self, b: u8) {
        self.reader.consume(1);
        if b == b'\n' {
            self.line += 1;
            self.column = 1;
        } else if b & 0xC0 != 0x80 {
            // Columns count characters, not the bytes of one.
            self.column += 1;
        }
    }

    /// Skips whitespace (and a byte order mark at the very start).
    fn skip_space(&mut self) -> std::io::Result<Option<u8>> {
        if self.line == 1 && self.column == 1 && self.layout == Layout::Unknown {
            let head = self.reader.fill_buf()?;
            if head.starts_with(b"\xEF\xBB\xBF") {
                self.reader.consume(3);
            }
        }
        loop {
            // Whole runs of spaces at a time: JSON Lines files are mostly values.
            let buf = self.reader.fill_buf()?;
            let Some(&b) = buf.first() else {
                return Ok(None);
            };
            if !b.is_ascii_whitespace() {
                return Ok(Some(b));
            }
            self.bump(b);
        }
    }

    fn broken(&self, line: u64, column: u64, what: &str, message: String, fatal: bool) -> Broken {
        Broken {
            problem: RowProblem {
                said: None,
                line,
                column: Some((column as usize, what.to_string())),
                message,
            },
            fatal,
        }
    }

    fn label(&self) -> String {
        if self.layout == Layout::Array {
            format!("[{}]", self.index)
        } else {
            "JSON".to_string()
        }
    }

    /// The next value's bytes into `buf` (cleared first) and where it
    /// starts; `None` at the end of the stream.
    pub(crate) fn next_value(&mut self, buf: &mut Vec<u8>) -> Option<Result<Span, Broken>> {
        if self.done {
            return None;
        }
        let r = self.next_inner(buf);
        if let Some(Err(b)) = &r {
            if b.fatal {
                self.done = true;
            }
        }
        if r.is_none() {
            self.done = true;
        }
        r
    }

    fn next_inner(&mut self, buf: &mut Vec<u8>) -> Option<Result<Span, Broken>> {
        buf.clear();
        let io = |e: std::io::Error, line: u64| Broken {
            problem: read_problem(&e, line),
            fatal: true,
        };
        let mut first = match self.skip_space() {
            Ok(b) => b,
            Err(e) => return Some(Err(io(e, self.line))),
        };
        if self.layout == Layout::Unknown {
            match first {
                Some(b'[') => {
                    self.layout = Layout::Array;
                    self.bump(b'[');
                    first = match self.skip_space() {
                        Ok(b) => b,
                        Err(e) => return Some(Err(io(e, self.line))),
                    };
                    if first == Some(b']') {
                        self.bump(b']');
                        self.after_value = false;
                        return self.trailing();
                    }
                }
                _ => self.layout = Layout::Lines,
            }
        }
        if self.layout == Layout::Array && self.after_value {
            match first {
                Some(b',') => {
                    self.bump(b',');
                    first = match self.skip_space() {
                        Ok(b) => b,
                        Err(e) => return Some(Err(io(e, self.line))),
                    };
                }
                Some(b']') => {
                    self.bump(b']');
                    self.after_value = false;
                    return self.trailing();
                }
                Some(_) => {
                    let (line, column) = (self.line, self.column);
                    // Passed over, not quoted: the file's bytes were not understood.
                    self.rest_of_line();
                    return Some(Err(self.broken(
                        line,
                        column,
                        &self.label(),
                        "expected ',' or ']' after an array element".to_string(),
                        true,
                    )));
                }
                None => {
                    return Some(Err(self.broken(
                        self.line,
                        self.column,
                        "JSON",
                        "the array never ends: a ']' is missing at the end of the file".into(),
                        true,
                    )))
                }
            }
        }
        let Some(first) = first else {
            if self.layout == Layout::Array {
                return Some(Err(self.broken(
                    self.line,
                    self.column,
                    "JSON",
                    "the array never ends: a ']' is missing at the end of the file".into(),
                    true,
                )));
            }
            return None;
        };
        let span = Span {
            line: self.line,
            column: self.column,
            index: self.index,
        };
        let result = self.one_value(first, buf, span);
        self.index += 1;
        if self.layout == Layout::Array {
            self.after_value = true;
        }
        Some(result.map(|()| span))
    }

    /// After the closing `]` only whitespace may follow.
    fn trailing(&mut self) -> Option<Result<Span, Broken>> {
        self.done = true;
        match self.skip_space() {
            Ok(None) => None,
            Ok(Some(_)) => {
                let (line, column) = (self.line, self.column);
                self.rest_of_line();
                Some(Err(self.broken(
                    line,
                    column,
                    "JSON",
                    "expected the end of the file after the array's ']'".to_string(),
                    true,
                )))
            }
            Err(e) => Some(Err(Broken {
                problem: read_problem(&e, self.line),
                fatal: true,
            })),
        }
    }

    /// The rest of the current line, cut short, for a message; consumed.
    fn rest_of_line(&mut self) -> String {
        let mut out = Vec::new();
        while let Ok(Some(b)) = self.peek() {
            if b == b'\n' || out.len() >= 4 * super::QUOTE_CHARS {
                break;
            }
            out.push(b);
            self.bump(b);
        }
        super::quote(&String::from_utf8_lossy(&out))
    }

    /// Reads one value starting with `first` into `buf`.
    fn one_value(&mut self, first: u8, buf: &mut Vec<u8>, span: Span) -> Result<(), Broken> {
        let mut scan = Scan::new(first);
        loop {
            let chunk = match self.reader.fill_buf() {
                Ok(c) => c,
                Err(e) => {
                    return Err(Broken {
                        problem: read_problem(&e, self.line),
                        fatal: true,
                    })
                }
            };
            if chunk.is_empty() {
                if scan.scalar && !scan.in_string {
                    return Ok(());
                }
                return Err(self.broken(
                    span.line,
                    span.column,
                    &self.label(),
                    if scan.in_string {
                        "a string is never closed (a '\"' is missing)".into()
                    } else {
                        "this value never ends: a '}' or ']' is missing".into()
                    },
                    true,
                ));
            }
            let (used, stop) = scan.through(chunk);
            let taken = &chunk[..used];
            buf.extend_from_slice(taken);
            // Keep line and column counts, then let the reader go on.
            match memchr::memrchr(b'\n', taken) {
                Some(last) => {
                    self.line += memchr::memchr_iter(b'\n', taken).count() as u64;
                    self.column = 1 + chars(&taken[last + 1..]);
                }
                None => self.column += chars(taken),
            }
            self.reader.consume(used);
            match stop {
                Stop::End => return Ok(()),
                Stop::LineBreakInString => return Err(self.unclosed_on_its_line(buf, span)),
                Stop::More => {}
            }
            if buf.len() > MAX_VALUE_BYTES {
                return Err(self.broken(
                    span.line,
                    span.column,
                    &self.label(),
                    format!(
                        "this value runs over more than {} MiB, so a '}}' or ']' is probably missing: '{}'",
                        MAX_VALUE_BYTES >> 20,
                        super::quote(&String::from_utf8_lossy(&buf[..256.min(buf.len())]))
                    ),
                    true,
                ));
            }
        }
    }

    /// The refusal of a value whose string a line break cut: in JSON
    /// Lines the next line is a new value (the break is passed over), in
    /// an array nothing after it can be trusted.
    fn unclosed_on_its_line(&mut self, buf: &[u8], span: Span) -> Broken {
        let lines = self.layout == Layout::Lines;
        if lines {
            // Skip the line break: the next line is a new value.
            self.bump(b'\n');
        }
        self.broken(
            span.line,
            span.column,
            &self.label(),
            format!(
                "a string is not closed before the end of the line (a '\"' is missing): '{}'",
                super::quote(&String::from_utf8_lossy(buf))
            ),
            !lines,
        )
    }
}

/// Where a value's scan stopped in a chunk of bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stop {
    /// The chunk ended inside the value: read on.
    More,
    /// The value ended.
    End,
    /// A string met a raw line break, which JSON strings never hold.
    LineBreakInString,
}

/// How far into one value the split is: its bracket depth and whether it
/// is inside a string (or an escape in one), carried from chunk to chunk.
struct Scan {
    depth: usize,
    in_string: bool,
    escaped: bool,
    /// A number, `true`, `null`…: ends at a space, a comma or a bracket.
    scalar: bool,
}

impl Scan {
    /// The scan of a value whose first byte is `first`.
    fn new(first: u8) -> Scan {
        Scan {
            depth: 0,
            in_string: false,
            escaped: false,
            scalar: !matches!(first, b'{' | b'[' | b'"'),
        }
    }

    /// Scans `chunk`: the bytes of it that belong to the value, and why
    /// the scan stopped.
    fn through(&mut self, chunk: &[u8]) -> (usize, Stop) {
        let mut used = 0;
        while used < chunk.len() {
            let b = chunk[used];
            if self.scalar && !self.in_string {
                if b.is_ascii_whitespace() || matches!(b, b',' | b']' | b'}') {
                    return (used, Stop::End);
                }
                used += 1;
                continue;
            }
            if self.in_string {
                if self.escaped {
                    self.escaped = false;
                    used += 1;
                    continue;
                }
                // Most of an event is text: leap to the next byte that
                // ends it, escapes or breaks it.
                let Some(at) = memchr::memchr3(b'"', b'\\', b'\n', &chunk[used..]) else {
                    return (chunk.len(), Stop::More);
                };
                used += at;
                match chunk[used] {
                    b'\\' => {
                        self.escaped = true;
                        used += 1;
                    }
                    b'"' => {
                        self.in_string = false;
                        used += 1;
                        if self.depth == 0 {
                            return (used, Stop::End);
                        }
                    }
                    // JSON strings never hold a raw line break.
                    _ => return (used, Stop::LineBreakInString),
                }
                continue;
            }
            used += 1;
            match b {
                b'"' => self.in_string = true,
                b'{' | b'[' => self.depth += 1,
                b'}' | b']' => {
                    self.depth = self.depth.saturating_sub(1);
                    if self.depth == 0 {
                        return (used, Stop::End);
                    }
                }
                _ => {}
            }
        }
        (used, Stop::More)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A value's text, line, column and index.
    type Split = (String, u64, u64, u64);

    fn split(text: &str) -> (Vec<Split>, Vec<String>) {
        split_from(text.as_bytes())
    }

    fn split_from(reader: impl BufRead) -> (Vec<Split>, Vec<String>) {
        let mut v = Values::new(reader);
        let mut buf = Vec::new();
        let mut ok = Vec::new();
        let mut bad = Vec::new();
        while let Some(r) = v.next_value(&mut buf) {
            match r {
                Ok(s) => ok.push((
                    String::from_utf8(buf.clone()).unwrap(),
                    s.line,
                    s.column,
                    s.index,
                )),
                Err(b) => bad.push(b.problem.to_string()),
            }
        }
        (ok, bad)
    }

    #[test]
    fn json_lines_one_per_line_and_across_lines() {
        let (ok, bad) = split("{\"a\":1}\n\n  {\"b\":\n  [1,{\"c\":\"}\"}]}\r\n{\"d\":\"\\\"x\"}");
        assert!(bad.is_empty(), "{bad:?}");
        assert_eq!(ok[0], ("{\"a\":1}".into(), 1, 1, 0));
        assert_eq!(ok[1].1, 3);
        assert_eq!(ok[1].2, 3);
        assert_eq!(ok[1].0, "{\"b\":\n  [1,{\"c\":\"}\"}]}");
        assert_eq!(ok[2], ("{\"d\":\"\\\"x\"}".into(), 5, 1, 2));
    }

    #[test]
    fn array_elements_with_their_index() {
        let (ok, bad) = split("\u{feff}[\n {\"a\":1},\n {\"a\":2} ,{\"a\":3}\n]\n");
        assert!(bad.is_empty(), "{bad:?}");
        let at: Vec<(u64, u64, u64)> = ok.iter().map(|o| (o.1, o.2, o.3)).collect();
        assert_eq!(at, [(2, 2, 0), (3, 2, 1), (3, 11, 2)]);
        let (ok, bad) = split("[]");
        assert!(ok.is_empty() && bad.is_empty());
    }

    #[test]
    fn a_broken_line_is_reported_and_the_next_read() {
        let (ok, bad) = split("{\"a\":\"open}\n{\"b\":2}\n");
        assert_eq!(ok.len(), 1);
        assert_eq!(ok[0].1, 2);
        assert_eq!(bad.len(), 1);
        assert!(bad[0].starts_with("line 1, column 1 (JSON): a string is not closed"));
    }

    #[test]
    fn unclosed_values_and_arrays_are_refused() {
        let (_, bad) = split("{\"a\":1\n");
        assert!(bad[0].contains("never ends"), "{bad:?}");
        let (ok, bad) = split("[{\"a\":1}, {\"a\":2}");
        assert_eq!(ok.len(), 2);
        assert!(bad[0].contains("']' is missing"), "{bad:?}");
        let (_, bad) = split("[{\"a\":1} {\"a\":2}]");
        assert!(bad[0].contains("expected ',' or ']'"), "{bad:?}");
        let (_, bad) = split("[{\"a\":1}] x");
        assert!(bad[0].contains("end of the file"), "{bad:?}");
    }

    #[test]
    fn scalars_are_split_for_the_caller_to_refuse() {
        let (ok, _) = split("12 true\n\"s\"");
        let texts: Vec<&str> = ok.iter().map(|o| o.0.as_str()).collect();
        assert_eq!(texts, ["12", "true", "\"s\""]);
    }

    #[test]
    fn a_value_split_across_reads_is_split_alike() {
        // Reads a few bytes long cut escapes, quotes, line breaks and
        // multi-byte characters in two.
        for text in [
            "{\"a\":1}\n\n  {\"b\":\n  [1,{\"c\":\"}\"}]}\r\n{\"d\":\"\\\"x\\\\\"}",
            "[\n {\"é\":\"ü\\\"\"},\n {\"a\":2} ,{\"a\":\"\\\\\"}\n]\n",
            "{\"a\":\"open}\n{\"ß\":2}\n",
            "12 true\n\"s\"",
        ] {
            let whole = split(text);
            for cap in 1..=8 {
                let cut = split_from(std::io::BufReader::with_capacity(cap, text.as_bytes()));
                assert_eq!(cut, whole, "reads of {cap} bytes: {text:?}");
            }
        }
    }
}
