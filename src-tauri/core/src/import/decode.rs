//! A file's text as UTF-8 with one kind of line end, whatever it was saved as.
//!
//! Read as it streams, never whole: UTF-8 (with or without a byte order
//! mark), UTF-16 LE/BE (Excel's "Unicode Text", with a BOM, or without one
//! when every other byte is zero), and Windows-1252 when the bytes are not
//! UTF-8. While a file is still pure ASCII the two read alike; the first
//! stretch of other bytes decides: valid UTF-8 keeps UTF-8, anything else
//! reads the whole file as Windows-1252 (which Latin-1 files also are).
//!
//! CR LF and a lone CR become LF and the text always ends with a LF, so the
//! line a record ends on is the number of LFs up to it: the line an editor
//! shows, whatever wrote the file.
//!
//! JSON is read through the same decoder ([`Text::json`]): its bytes as they
//! are, UTF-16 (with a byte order mark, or UTF-16's zero bytes) decoded to
//! UTF-8 and a UTF-8 byte order mark dropped, nothing else changed: no line
//! ends rewritten, no cap on a line (a JSON array may be one line), and bytes
//! that are not UTF-8 passed on for the JSON parser to refuse. UTF-32 is
//! refused on every road, with what it is.

use std::io::{self, Read};

/// The longest line accepted: far past any real row, short enough that a
/// file with no line breaks (a JSON dump, a binary) is refused early.
pub(crate) const MAX_LINE_BYTES: usize = 4 << 20;

/// The largest record accepted: a quoted field may span lines, so an
/// unterminated quote would otherwise make the CSV reader hold the rest of
/// the file as one record. The same cap as a line.
pub(crate) const MAX_RECORD_BYTES: usize = MAX_LINE_BYTES;

/// How far the CSV reader reads ahead of the record it is on: its buffer.
pub(crate) const CSV_BUFFER: usize = 1 << 16;

/// Raw bytes read at a time for decoding.
const CHUNK: usize = 64 << 10;

/// The text encoding a file was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 (ASCII included).
    Utf8,
    /// UTF-16, little-endian.
    Utf16Le,
    /// UTF-16, big-endian.
    Utf16Be,
    /// Windows-1252 (a superset of Latin-1's printable characters).
    Windows1252,
}

impl Encoding {
    /// The name shown in reports.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Windows1252 => "windows-1252",
        }
    }

    fn decoder(self) -> encoding_rs::Decoder {
        match self {
            Encoding::Utf16Le => encoding_rs::UTF_16LE.new_decoder_without_bom_handling(),
            Encoding::Utf16Be => encoding_rs::UTF_16BE.new_decoder_without_bom_handling(),
            Encoding::Windows1252 => encoding_rs::WINDOWS_1252.new_decoder_without_bom_handling(),
            Encoding::Utf8 => encoding_rs::UTF_8.new_decoder_without_bom_handling(),
        }
    }
}

/// Text that cannot be read, at the line (as an editor shows it) it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TextError {
    /// 1-based line.
    pub line: u64,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for TextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for TextError {}

impl TextError {
    /// The `TextError` an I/O error carries, if it is one.
    pub(crate) fn of(e: &io::Error) -> Option<&TextError> {
        e.get_ref()
            .and_then(|inner| inner.downcast_ref::<TextError>())
    }
}

/// What a file's first bytes say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sniffed {
    /// UTF-8 (or ASCII, or Windows-1252 for CSV); `bom` is the length of a
    /// UTF-8 byte order mark, 0 or 3.
    Utf8 { bom: usize },
    /// UTF-16, after a byte order mark of `bom` bytes (0 or 2).
    Utf16 { encoding: Encoding, bom: usize },
    /// UTF-32 (`"UTF-32LE"` or `"UTF-32BE"`), which is not read.
    Utf32(&'static str),
}

/// What `head`, a file's first bytes (at least 4 of them when the file has
/// them), says the file is: a byte order mark, or UTF-16's zero bytes.
pub(crate) fn sniff(head: &[u8]) -> Sniffed {
    let b = head;
    // UTF-32's marks first: FF FE 00 00 also starts UTF-16LE's.
    if b.starts_with(b"\xFF\xFE\x00\x00") {
        Sniffed::Utf32("UTF-32LE")
    } else if b.starts_with(b"\x00\x00\xFE\xFF") {
        Sniffed::Utf32("UTF-32BE")
    } else if b.starts_with(b"\xEF\xBB\xBF") {
        Sniffed::Utf8 { bom: 3 }
    } else if b.starts_with(b"\xFF\xFE") {
        Sniffed::Utf16 {
            encoding: Encoding::Utf16Le,
            bom: 2,
        }
    } else if b.starts_with(b"\xFE\xFF") {
        Sniffed::Utf16 {
            encoding: Encoding::Utf16Be,
            bom: 2,
        }
    } else if b.len() >= 4 && b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0 {
        Sniffed::Utf16 {
            encoding: Encoding::Utf16Le,
            bom: 0,
        }
    } else if b.len() >= 4 && b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0 {
        Sniffed::Utf16 {
            encoding: Encoding::Utf16Be,
            bom: 0,
        }
    } else {
        Sniffed::Utf8 { bom: 0 }
    }
}

/// The refusal of a UTF-32 file.
pub(crate) fn utf32_message(name: &str) -> crate::l10n::Message {
    crate::l10n::Message::new("core-import-file-utf32").text("encoding", name)
}

/// [`utf32_message`]'s words without the file's name, as a line's
/// problem says them (in English: a decoder's error carries text; a unit
/// test holds the two to the same words).
pub(crate) fn utf32_text(name: &str) -> String {
    format!("is {name} text, which LiveLedger does not read: save it as UTF-8 (or UTF-16)")
}

/// The start of `head` (a file's first bytes, in `sniffed`'s encoding) as
/// UTF-8, for telling what the file holds; a character cut at the end or
/// not valid becomes U+FFFD.
pub(crate) fn head_utf8(head: &[u8], sniffed: Sniffed) -> std::borrow::Cow<'_, [u8]> {
    match sniffed {
        Sniffed::Utf16 { encoding, bom } => {
            let body = &head[bom.min(head.len())..];
            let (text, _) = match encoding {
                Encoding::Utf16Be => encoding_rs::UTF_16BE.decode_without_bom_handling(body),
                _ => encoding_rs::UTF_16LE.decode_without_bom_handling(body),
            };
            std::borrow::Cow::Owned(text.into_owned().into_bytes())
        }
        Sniffed::Utf8 { bom } => std::borrow::Cow::Borrowed(&head[bom..]),
        Sniffed::Utf32(_) => std::borrow::Cow::Borrowed(&[]),
    }
}

enum Mode {
    /// Only ASCII so far: UTF-8 and Windows-1252 alike.
    Ascii,
    /// UTF-8: passed through as it is (the CSV reader checks it).
    Utf8,
    /// Decoded to UTF-8.
    Decode(Box<encoding_rs::Decoder>, Encoding),
}

/// A reader of UTF-8 text with LF line ends over a file in any encoding
/// named in the module documentation.
pub(crate) struct Text<R> {
    inner: R,
    mode: Mode,
    started: bool,
    /// JSON: bytes as they are but decoded (see the module documentation).
    json: bool,
    /// Raw bytes read from `inner`, to tell a cut-off UTF-16 file.
    raw_total: u64,
    /// Bytes read from `inner` and not yet delivered or decoded.
    raw: Vec<u8>,
    raw_pos: usize,
    /// Decoded text not yet delivered.
    out: Vec<u8>,
    out_pos: usize,
    inner_eof: bool,
    /// The decoder was told the input ended.
    flushed: bool,
    /// An error to raise once the text before it is delivered.
    failed: Option<TextError>,
    /// The last byte delivered was a CR made LF: a LF right after it goes.
    after_cr: bool,
    /// The last byte delivered.
    last: u8,
    /// The final LF is settled.
    done: bool,
    /// LFs delivered.
    lines: u64,
    /// Bytes delivered since the last LF.
    line_len: usize,
}

impl<R: Read> Text<R> {
    /// Text over the raw bytes of `inner`.
    pub(crate) fn new(inner: R) -> Text<R> {
        Text {
            inner,
            mode: Mode::Ascii,
            started: false,
            json: false,
            raw_total: 0,
            raw: Vec::new(),
            raw_pos: 0,
            out: Vec::new(),
            out_pos: 0,
            inner_eof: false,
            flushed: false,
            failed: None,
            after_cr: false,
            last: b'\n',
            done: false,
            lines: 0,
            line_len: 0,
        }
    }

    /// JSON over the raw bytes of `inner`: UTF-8 as it is (without a byte
    /// order mark), UTF-16 decoded, line ends and lengths untouched.
    pub(crate) fn json(inner: R) -> Text<R> {
        Text {
            json: true,
            ..Text::new(inner)
        }
    }

    /// The encoding the text was read in so far (pure ASCII is UTF-8).
    pub(crate) fn encoding(&self) -> Encoding {
        match &self.mode {
            Mode::Ascii | Mode::Utf8 => Encoding::Utf8,
            Mode::Decode(_, e) => *e,
        }
    }

    /// The raw reader back.
    pub(crate) fn into_inner(self) -> R {
        self.inner
    }

    /// The raw reader.
    pub(crate) fn get_ref(&self) -> &R {
        &self.inner
    }

    fn fill_raw(&mut self) -> io::Result<()> {
        self.raw.clear();
        self.raw_pos = 0;
        if self.inner_eof {
            return Ok(());
        }
        self.raw.resize(CHUNK, 0);
        let n = loop {
            match self.inner.read(&mut self.raw) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.raw.clear();
                    return Err(e);
                }
            }
        };
        self.raw.truncate(n);
        self.raw_total += n as u64;
        self.inner_eof = n == 0;
        Ok(())
    }

    /// Reads the first bytes and picks the encoding a byte order mark (or
    /// UTF-16's zero bytes) names.
    fn start(&mut self) -> io::Result<()> {
        self.started = true;
        self.fill_raw()?;
        while self.raw.len() < 4 && !self.inner_eof {
            let mut more = [0u8; 4];
            let n = self.inner.read(&mut more)?;
            self.raw.extend_from_slice(&more[..n]);
            self.raw_total += n as u64;
            self.inner_eof = n == 0;
        }
        let (skip, mode) = match sniff(&self.raw) {
            Sniffed::Utf32(name) => {
                self.done = true;
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    TextError {
                        line: 1,
                        message: utf32_text(name),
                    },
                ));
            }
            Sniffed::Utf8 { bom: 3 } => (3, Mode::Utf8),
            // JSON never guesses Windows-1252: its parser refuses what is not UTF-8.
            Sniffed::Utf8 { .. } if self.json => (0, Mode::Utf8),
            Sniffed::Utf8 { .. } => (0, Mode::Ascii),
            Sniffed::Utf16 { encoding, bom } => {
                (bom, Mode::Decode(Box::new(encoding.decoder()), encoding))
            }
        };
        self.raw_pos = skip;
        self.mode = mode;
        Ok(())
    }

    /// Puts raw bytes in `buf` (UTF-8 and ASCII files): `None` at the end.
    fn read_direct(&mut self, buf: &mut [u8]) -> io::Result<Option<usize>> {
        if self.raw_pos >= self.raw.len() {
            self.fill_raw()?;
            if self.raw.is_empty() {
                return Ok(None);
            }
        }
        let mut n = (self.raw.len() - self.raw_pos).min(buf.len());
        if matches!(self.mode, Mode::Ascii) && !self.raw[self.raw_pos..self.raw_pos + n].is_ascii()
        {
            // The first run of bytes that are not ASCII decides: valid UTF-8
            // there is all but impossible in a Windows-1252 text.
            let at = self.raw[self.raw_pos..]
                .iter()
                .position(|b| !b.is_ascii())
                .map_or(self.raw.len(), |i| self.raw_pos + i);
            let utf8 = loop {
                let run_end = self.raw[at..].iter().position(u8::is_ascii).map(|i| at + i);
                match run_end {
                    Some(end) => break std::str::from_utf8(&self.raw[at..end]).is_ok(),
                    None if self.inner_eof || self.raw.len() - at > 64 => {
                        break match std::str::from_utf8(&self.raw[at..]) {
                            Ok(_) => true,
                            Err(e) => e.error_len().is_none() && e.valid_up_to() > 0,
                        };
                    }
                    // The run goes on past what was read: read the bytes after it.
                    None => {
                        let mut more = [0u8; 16];
                        let got = self.inner.read(&mut more)?;
                        self.raw.extend_from_slice(&more[..got]);
                        self.raw_total += got as u64;
                        self.inner_eof = got == 0;
                    }
                }
            };
            if utf8 {
                self.mode = Mode::Utf8;
            } else {
                let e = Encoding::Windows1252;
                self.mode = Mode::Decode(Box::new(e.decoder()), e);
                // The ASCII before it is delivered as it is; the rest is decoded.
                n = at - self.raw_pos;
            }
        }
        buf[..n].copy_from_slice(&self.raw[self.raw_pos..self.raw_pos + n]);
        self.raw_pos += n;
        Ok(Some(n))
    }

    /// Puts decoded text in `buf`: `None` at the end.
    fn read_decoded(&mut self, buf: &mut [u8]) -> io::Result<Option<usize>> {
        loop {
            if self.out_pos < self.out.len() {
                let n = (self.out.len() - self.out_pos).min(buf.len());
                buf[..n].copy_from_slice(&self.out[self.out_pos..self.out_pos + n]);
                self.out_pos += n;
                return Ok(Some(n));
            }
            if let Some(e) = self.failed.take() {
                // Nothing after a broken character can be trusted.
                self.done = true;
                self.flushed = true;
                return Err(io::Error::new(io::ErrorKind::InvalidData, e));
            }
            if self.raw_pos >= self.raw.len() {
                if self.flushed {
                    return Ok(None);
                }
                self.fill_raw()?;
            }
            let Mode::Decode(decoder, encoding) = &mut self.mode else {
                return Ok(None);
            };
            let src = &self.raw[self.raw_pos..];
            let last = self.inner_eof;
            let room = decoder
                .max_utf8_buffer_length_without_replacement(src.len())
                .unwrap_or(CHUNK * 3)
                .max(16);
            self.out.clear();
            self.out.resize(room, 0);
            self.out_pos = 0;
            let (result, read, written) =
                decoder.decode_to_utf8_without_replacement(src, &mut self.out, last);
            self.raw_pos += read;
            self.out.truncate(written);
            match result {
                encoding_rs::DecoderResult::Malformed(..) => {
                    let lines = memchr::memchr_iter(b'\n', &self.out).count() as u64;
                    let utf16 = matches!(encoding, Encoding::Utf16Le | Encoding::Utf16Be);
                    let at_end = last && self.raw_pos >= self.raw.len();
                    let message = if utf16 && at_end && self.raw_total % 2 == 1 {
                        format!(
                            "ends with half a character: {} text has an even number of bytes, so the file was cut short",
                            encoding.name()
                        )
                    } else if utf16 {
                        format!(
                            "is not valid {} text: it holds half of a character that takes two (a lone surrogate) (save the file as UTF-8)",
                            encoding.name()
                        )
                    } else {
                        format!(
                            "is not valid {} text (save the file as UTF-8)",
                            encoding.name()
                        )
                    };
                    self.failed = Some(TextError {
                        line: self.lines + lines + 1,
                        message,
                    });
                }
                encoding_rs::DecoderResult::InputEmpty if last => self.flushed = true,
                _ => {}
            }
        }
    }

    /// Turns CR LF and lone CRs into LF in place; returns the new length.
    fn normalize(&mut self, b: &mut [u8]) -> io::Result<usize> {
        let mut n = b.len();
        let mut from = 0;
        if self.after_cr && b.first() == Some(&b'\n') {
            from = 1;
        }
        self.after_cr = false;
        if let Some(first) = memchr::memchr(b'\r', &b[from..n]) {
            let mut w = from + first;
            let mut r = w;
            while r < n {
                let c = b[r];
                r += 1;
                if c == b'\r' {
                    b[w] = b'\n';
                    w += 1;
                    if r < n {
                        if b[r] == b'\n' {
                            r += 1;
                        }
                    } else {
                        self.after_cr = true;
                    }
                } else {
                    b[w] = c;
                    w += 1;
                }
            }
            n = w;
        }
        if from == 1 {
            b.copy_within(1..n, 0);
            n -= 1;
        }
        if n == 0 {
            return Ok(0);
        }
        self.last = b[n - 1];
        match memchr::memrchr(b'\n', &b[..n]) {
            Some(p) => {
                self.lines += memchr::memchr_iter(b'\n', &b[..n]).count() as u64;
                self.line_len = n - p - 1;
            }
            None => self.line_len += n,
        }
        if self.line_len > MAX_LINE_BYTES {
            self.done = true;
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                TextError {
                    line: self.lines + 1,
                    message: format!(
                        "is longer than {} MiB: this is not a table of rows",
                        MAX_LINE_BYTES >> 20
                    ),
                },
            ));
        }
        Ok(n)
    }
}

impl<R: Read> Read for Text<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        if !self.started {
            self.start()?;
        }
        loop {
            if self.done {
                return Ok(0);
            }
            let got = match self.mode {
                Mode::Decode(..) => self.read_decoded(buf)?,
                _ => self.read_direct(buf)?,
            };
            if self.json {
                return Ok(match got {
                    None => {
                        self.done = true;
                        0
                    }
                    Some(n) => {
                        // Only counted when decoding: a line for an error.
                        if matches!(self.mode, Mode::Decode(..)) {
                            self.lines += memchr::memchr_iter(b'\n', &buf[..n]).count() as u64;
                        }
                        n
                    }
                });
            }
            match got {
                None => {
                    self.done = true;
                    if self.last != b'\n' {
                        buf[0] = b'\n';
                        self.last = b'\n';
                        self.lines += 1;
                        return Ok(1);
                    }
                    return Ok(0);
                }
                Some(0) => {}
                Some(n) => {
                    let n = self.normalize(&mut buf[..n])?;
                    if n > 0 {
                        return Ok(n);
                    }
                }
            }
        }
    }
}

/// The text under a CSV reader, cut off once the record being read grows
/// past [`MAX_RECORD_BYTES`] (plus what the reader buffers ahead). Whoever
/// drives the CSV reader marks where each record ends with
/// [`Records::record_ended`]; the error names the line the long record
/// starts on.
pub(crate) struct Records<S> {
    inner: S,
    /// Bytes delivered so far.
    delivered: u64,
    /// Where the record being read starts, in bytes delivered.
    record_start: u64,
    /// The line it starts on.
    record_line: u64,
    /// The record was cut off: nothing more is read.
    failed: bool,
}

impl<S> Records<S> {
    /// Wraps `inner`, whose first record starts on `line`.
    pub(crate) fn new(inner: S, line: u64) -> Records<S> {
        Records {
            inner,
            delivered: 0,
            record_start: 0,
            record_line: line,
            failed: false,
        }
    }

    /// The CSV reader finished a record at byte `at` of this text (its
    /// position); the next one starts on `next_line`.
    pub(crate) fn record_ended(&mut self, at: u64, next_line: u64) {
        self.record_start = at;
        self.record_line = next_line;
    }

    /// The wrapped reader.
    pub(crate) fn get_ref(&self) -> &S {
        &self.inner
    }

    /// Unwraps the reader.
    pub(crate) fn into_inner(self) -> S {
        self.inner
    }
}

impl<S: Read> Read for Records<S> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let too_long = || {
            io::Error::new(
                io::ErrorKind::InvalidData,
                TextError {
                    line: self.record_line,
                    message: format!(
                        "a record starting here is longer than {} MiB: a quoted field is probably never closed (a \" without its closing \")",
                        MAX_RECORD_BYTES >> 20
                    ),
                },
            )
        };
        let limit = (MAX_RECORD_BYTES + CSV_BUFFER) as u64;
        if self.failed || self.delivered.saturating_sub(self.record_start) > limit {
            self.failed = true;
            return Err(too_long());
        }
        let n = self.inner.read(buf)?;
        self.delivered += n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads all of `bytes` through [`Text`] in reads of `step` bytes.
    fn read(bytes: &[u8], step: usize) -> (Result<String, String>, Encoding) {
        // A reader that hands out at most `step` bytes a call, to cut characters and CR LFs.
        struct Trickle<'a>(&'a [u8], usize);
        impl Read for Trickle<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                let n = self.0.len().min(self.1).min(buf.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let mut t = Text::new(Trickle(bytes, step));
        let mut out = Vec::new();
        let mut buf = vec![0u8; step.max(1)];
        loop {
            match t.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => out.extend_from_slice(&buf[..n]),
                Err(e) => return (Err(e.to_string()), t.encoding()),
            }
        }
        (
            String::from_utf8(out).map_err(|e| e.to_string()),
            t.encoding(),
        )
    }

    fn all_steps(bytes: &[u8]) -> (String, Encoding) {
        let (first, enc) = read(bytes, 1 << 16);
        let first = first.unwrap();
        for step in [1, 2, 3, 5, 7] {
            let (text, e) = read(bytes, step);
            assert_eq!(text.unwrap(), first, "step {step}");
            assert_eq!(e, enc, "step {step}");
        }
        (first, enc)
    }

    #[test]
    fn line_ends_become_lf_and_the_text_ends_with_one() {
        assert_eq!(all_steps(b"a\r\nb\rc\n\r\nd").0, "a\nb\nc\n\nd\n");
        assert_eq!(all_steps(b"a\n").0, "a\n");
        assert_eq!(all_steps(b"").0, "");
        assert_eq!(all_steps(b"\r\n\r\n").0, "\n\n");
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let (t, e) = all_steps("\u{feff}Gift;Münzen\r\nRosé;1".as_bytes());
        assert_eq!((t.as_str(), e), ("Gift;Münzen\nRosé;1\n", Encoding::Utf8));
        let (t, e) = all_steps("José,€5".as_bytes());
        assert_eq!((t.as_str(), e), ("José,€5\n", Encoding::Utf8));
    }

    #[test]
    fn utf16_with_a_bom_or_zero_bytes() {
        let text = "Datum\tGeschenk\r\n24.11.2026\tRosé 🌹\r\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let want = "Datum\tGeschenk\n24.11.2026\tRosé 🌹\n";
        for (bytes, enc) in [
            ([&[0xFF, 0xFE][..], &le].concat(), Encoding::Utf16Le),
            ([&[0xFE, 0xFF][..], &be].concat(), Encoding::Utf16Be),
            (le.clone(), Encoding::Utf16Le),
            (be, Encoding::Utf16Be),
        ] {
            assert_eq!(all_steps(&bytes), (want.to_string(), enc));
        }
        // A lone surrogate is refused at its line, after the lines before it.
        let mut bad = vec![0xFF, 0xFE];
        bad.extend("a\nb\n".encode_utf16().flat_map(u16::to_le_bytes));
        bad.extend([0x00, 0xD8, b'x', 0]);
        let (r, _) = read(&bad, 1 << 16);
        assert_eq!(
            r.unwrap_err(),
            "line 3: is not valid UTF-16LE text: it holds half of a character that takes two (a lone surrogate) (save the file as UTF-8)"
        );
    }

    /// Reads all of `bytes` through [`Text::json`] in reads of `step` bytes.
    fn read_json(bytes: &[u8], step: usize) -> Result<Vec<u8>, String> {
        let mut t = Text::json(bytes);
        let mut out = Vec::new();
        let mut buf = vec![0u8; step];
        loop {
            match t.read(&mut buf) {
                Ok(0) => return Ok(out),
                Ok(n) => out.extend_from_slice(&buf[..n]),
                Err(e) => return Err(e.to_string()),
            }
        }
    }

    #[test]
    fn json_is_decoded_from_utf16_and_otherwise_left_as_it_is() {
        let text = "[{\"a\":\"Rosé 🌹\"},\r\n{\"b\":1}]";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for bytes in [
            [&[0xFF, 0xFE][..], &le].concat(),
            [&[0xFE, 0xFF][..], &be].concat(),
            le,
            [&b"\xEF\xBB\xBF"[..], text.as_bytes()].concat(),
            text.as_bytes().to_vec(),
        ] {
            for step in [1, 3, 1 << 16] {
                // CR LF kept, no LF added, the byte order mark gone.
                assert_eq!(read_json(&bytes, step).unwrap(), text.as_bytes());
            }
        }
        // Bytes that are not UTF-8 are not taken for Windows-1252: the JSON
        // parser refuses them. A line of any length passes.
        assert_eq!(
            read_json(b"[\"M\xFCller\"]", 4).unwrap(),
            b"[\"M\xFCller\"]"
        );
        let long = vec![b' '; MAX_LINE_BYTES + 10];
        assert_eq!(read_json(&long, 1 << 16).unwrap().len(), long.len());
    }

    #[test]
    fn utf32_odd_utf16_and_lone_surrogates_are_refused_with_their_line() {
        for (bytes, name) in [
            (&b"\xFF\xFE\x00\x00[\x00\x00\x00"[..], "UTF-32LE"),
            (&b"\x00\x00\xFE\xFF\x00\x00\x00["[..], "UTF-32BE"),
        ] {
            let want = format!("line 1: is {name} text, which LiveLedger does not read: save it as UTF-8 (or UTF-16)");
            assert_eq!(read_json(bytes, 64).unwrap_err(), want);
            assert_eq!(read(bytes, 64).0.unwrap_err(), want);
        }
        let mut odd = vec![0xFF, 0xFE];
        odd.extend("{}\n{}\n{".encode_utf16().flat_map(u16::to_le_bytes));
        odd.push(b'}');
        for step in [1, 2, 7, 1 << 16] {
            let e = read_json(&odd, step).unwrap_err();
            assert_eq!(e, "line 3: ends with half a character: UTF-16LE text has an even number of bytes, so the file was cut short", "step {step}");
        }
        let mut lone = vec![0xFE, 0xFF];
        lone.extend("{}\n".encode_utf16().flat_map(u16::to_be_bytes));
        lone.extend([0xDC, 0x00, 0, b'x']);
        assert!(read_json(&lone, 5)
            .unwrap_err()
            .starts_with("line 2: is not valid UTF-16BE text: it holds half of a character"));
    }

    #[test]
    fn a_utf8_file_with_a_stray_byte_stays_utf8() {
        // The CSV reader then refuses the stray byte at its line.
        let (t, e) = read(b"Jos\xC3\xA9\nM\xFCller\n", 1 << 16);
        assert_eq!(e, Encoding::Utf8);
        assert!(t.is_err());
    }

    #[test]
    fn bytes_that_are_not_utf8_are_windows_1252() {
        // "Müller;5 €" in Windows-1252, after a long stretch of ASCII.
        let mut bytes = "x\n".repeat(40_000).into_bytes();
        bytes.extend(b"M\xFCller;5 \x80\r\nJos\xE9");
        let (t, e) = all_steps(&bytes);
        assert_eq!(e, Encoding::Windows1252);
        assert!(
            t.ends_with("x\nMüller;5 €\nJosé\n"),
            "{}",
            &t[t.len() - 30..]
        );
        // A cut-off character at the very end is not UTF-8 either.
        assert_eq!(all_steps(b"ab\xC3").0, "abÃ\n");
    }

    #[test]
    fn a_line_without_end_is_refused() {
        let long = vec![b'x'; MAX_LINE_BYTES + 10];
        let (r, _) = read(&long, 1 << 16);
        assert!(r.unwrap_err().starts_with("line 1: is longer than 4 MiB"));
    }
}
