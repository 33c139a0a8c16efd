//! The TXT form of the export: a zip of `.txt` files, each a list by its
//! name, each a run of `Key: Value` blocks read into the same entries as
//! the JSON (see the parent module's documentation).

use std::io::{BufRead, BufReader, Read};

use serde_json::Value;

use super::archive::{base, UnpackCap, MAX_UNPACKED_BYTES};
use super::{list_kind, Entry, Found, ListKind, Sink, MAX_ENTRY_BYTES, MAX_NAMED, MAX_RAW};
use super::{MAX_STRING_BYTES, SPENDING_KEYS};
use crate::error::Result;
use crate::import::json::{file_said, quote};
use crate::import::sniff::norm;
use crate::import::RowProblem;
use crate::l10n::Message;

/// Whether the zip entry `entry` is named as a list of TikTok's TXT
/// download is (`Tiktok Live/Go Live History.txt`, `Withdrawal
/// History.txt`, `Coin Purchase History.txt`, in any folder): what tells
/// that download from another zip of text files.
pub(in crate::import) fn names_a_txt_list(entry: &str) -> bool {
    matches!(txt_list(entry), Ok(_) | Err(true))
}

/// The list a TXT file of the export is, by its name (`Go Live
/// History.txt`); `Err(true)` for what the creator bought or sent, and
/// `Err(false)` for anything else.
fn txt_list(entry: &str) -> std::result::Result<ListKind, bool> {
    let b = base(entry);
    let Some(stem) = b.strip_suffix(".txt") else {
        return Err(false);
    };
    let n = norm(stem);
    list_kind(&n).ok_or_else(|| SPENDING_KEYS.contains(&n.as_str()))
}

/// Reads the TXT export's files in `archive`: each whose name is a list's
/// (LIVE history, withdrawals, wallet transactions) into entries for
/// `sink`; the others are named as sections, never unpacked. Every file is
/// bounded as the JSON is, and all of them together by
/// [`MAX_UNPACKED_BYTES`].
pub(super) fn read_txt<F: Read + std::io::Seek>(
    archive: &mut zip::ZipArchive<F>,
    names: &[String],
    name: &str,
    sink: Sink,
) -> Result<std::result::Result<Found, RowProblem>> {
    let zip_err = |e: zip::result::ZipError| file_said(name, super::archive::not_tiktok_zip(&e));
    let mut found = Found::new(sink);
    let mut left = MAX_UNPACKED_BYTES;
    for (index, entry_name) in names.iter().enumerate() {
        let kind = match txt_list(entry_name) {
            Ok(kind) => kind,
            Err(spending) => {
                if spending && found.spending.len() < MAX_NAMED {
                    found.spending.push(entry_name.clone());
                } else if !spending
                    && base(entry_name).ends_with(".txt")
                    && found.sections.len() < MAX_NAMED
                {
                    found.sections.push((entry_name.clone(), false));
                }
                continue;
            }
        };
        let entry = archive.by_index(index).map_err(zip_err)?;
        let cap = UnpackCap::new(entry.compressed_size(), left);
        let mut limited = entry.take(cap.bytes + 1);
        let walked = walk_txt(&mut limited, entry_name, kind, &mut found);
        let unread = limited.limit();
        if unread == 0 {
            return Err(cap.refusal(name, entry_name));
        }
        left -= cap.bytes + 1 - unread;
        if let Err(p) = walked {
            return Ok(Err(p));
        }
        if found.sections.len() < MAX_NAMED {
            found.sections.push((entry_name.clone(), true));
        }
    }
    Ok(Ok(found))
}

/// Reads one TXT file of the export, `list`, as the entries of a list of
/// `kind` (see the module documentation), handing each to `found`'s sink as
/// the JSON walk does. Lines are read through the CSV reader's decoder (any
/// encoding it reads, at most 4 MiB a line), and bounded as JSON text is.
fn walk_txt<R: Read>(
    reader: R,
    list: &str,
    kind: ListKind,
    found: &mut Found,
) -> std::result::Result<(), RowProblem> {
    found.lists += 1;
    let mut text = BufReader::new(crate::import::decode::Text::new(reader));
    let mut block = Block::default();
    let mut index = 0usize;
    let mut line_no = 0u64;
    let mut line = Vec::new();
    loop {
        line.clear();
        let n = read_line(&mut text, &mut line, list, line_no)?;
        if n == 0 {
            block.flush(kind, list, &mut index, found)?;
            return Ok(());
        }
        line_no += 1;
        let t = line_text(&line, n, list, line_no)?;
        if t.is_empty() {
            block.flush(kind, list, &mut index, found)?;
            continue;
        }
        let pair = t
            .split_once(':')
            .map(|(k, v)| (k.trim(), v.trim()))
            .filter(|(k, _)| is_txt_key(k));
        if let Some((k, _)) = pair {
            // A key the block has already starts the next entry.
            if block.keys.contains(&norm(k)) {
                block.flush(kind, list, &mut index, found)?;
            }
        }
        block.record(&line, line_no, list)?;
        block.add(pair, t);
    }
}

/// A problem at `line` of a TXT file, in no column.
fn refuse(line: u64, said: Message) -> RowProblem {
    RowProblem::said(line, None, said)
}

/// Reads the line after line `line_no` of `list` into `line` (at most one
/// byte past [`MAX_STRING_BYTES`]); how many bytes it holds, 0 at the end.
fn read_line<B: BufRead>(
    text: &mut B,
    line: &mut Vec<u8>,
    list: &str,
    line_no: u64,
) -> std::result::Result<usize, RowProblem> {
    text.take(MAX_STRING_BYTES as u64 + 1)
        .read_until(b'\n', line)
        .map_err(|e| match crate::import::decode::TextError::of(&e) {
            // The decoder's own words, after the list's name.
            Some(t) => refuse(
                t.line,
                Message::new("core-import-tiktok-txt-text")
                    .text("list", quote(list))
                    .text("error", t.message.clone()),
            ),
            None => refuse(
                line_no + 1,
                Message::new("core-import-tiktok-txt-cannot-read")
                    .text("list", quote(list))
                    .text("error", e.to_string()),
            ),
        })
}

/// Line `line_no` of `list` (`n` bytes read) as trimmed text: refused when
/// it is longer than a line may be, or not UTF-8.
fn line_text<'l>(
    line: &'l [u8],
    n: usize,
    list: &str,
    line_no: u64,
) -> std::result::Result<&'l str, RowProblem> {
    if line.last() != Some(&b'\n') && n > MAX_STRING_BYTES {
        return Err(refuse(
            line_no,
            Message::new("core-import-tiktok-txt-long-line")
                .text("list", quote(list))
                .text("max", (MAX_STRING_BYTES >> 20).to_string()),
        ));
    }
    let Ok(t) = std::str::from_utf8(line) else {
        return Err(refuse(
            line_no,
            Message::new("core-import-tiktok-txt-not-utf8").text("list", quote(list)),
        ));
    };
    Ok(t.trim())
}

/// Whether `k`, the text before a line's first colon, is a key: short,
/// starting with a letter (so a clock or a link's `https` after a value's
/// line break is not one).
fn is_txt_key(k: &str) -> bool {
    !k.is_empty()
        && k.chars().count() <= 64
        && k.chars().next().is_some_and(char::is_alphabetic)
        && k.chars().all(|c| {
            c.is_alphanumeric() || matches!(c, ' ' | '_' | '-' | '(' | ')' | '/' | '&' | '.')
        })
        && !k.eq_ignore_ascii_case("http")
        && !k.eq_ignore_ascii_case("https")
}

/// The TXT entry being read.
#[derive(Default)]
struct Block {
    fields: serde_json::Map<String, Value>,
    /// Its keys, normalised.
    keys: Vec<String>,
    /// The key whose value a line without a key continues.
    last: Option<String>,
    /// Its first line.
    line: u64,
    /// Its bytes, kept to point at a field (at most [`MAX_RAW`]).
    raw: Vec<u8>,
    /// All its bytes.
    recorded: usize,
}

impl Block {
    /// Counts line `line_no` of `list` (its bytes `line`) into the entry:
    /// the first line it starts at, its bytes kept to point at a field, and
    /// all its bytes bounded.
    fn record(
        &mut self,
        line: &[u8],
        line_no: u64,
        list: &str,
    ) -> std::result::Result<(), RowProblem> {
        if self.raw.is_empty() && self.recorded == 0 {
            self.line = line_no;
        }
        self.recorded += line.len();
        if self.recorded > MAX_ENTRY_BYTES {
            return Err(refuse(
                self.line,
                Message::new("core-import-tiktok-txt-long-entry")
                    .text("list", quote(list))
                    .text("max", (MAX_ENTRY_BYTES >> 20).to_string()),
            ));
        }
        if self.raw.len() < MAX_RAW {
            self.raw.extend_from_slice(&line[..line.len().min(MAX_RAW)]);
        }
        Ok(())
    }

    /// Adds a line's key and value (`pair`) to the entry, or its text `t`
    /// to the value above it.
    fn add(&mut self, pair: Option<(&str, &str)>, t: &str) {
        match pair {
            Some((k, v)) => {
                self.keys.push(norm(k));
                self.last = Some(k.to_string());
                self.fields
                    .insert(k.to_string(), Value::String(v.to_string()));
            }
            None => {
                // A value that goes on past its line; a title before any key.
                if let Some(Value::String(v)) =
                    self.last.as_ref().and_then(|k| self.fields.get_mut(k))
                {
                    v.push(' ');
                    v.push_str(t);
                }
            }
        }
    }

    /// Hands the entry read so far (if it has a key) to `found`'s sink.
    fn flush(
        &mut self,
        kind: ListKind,
        list: &str,
        index: &mut usize,
        found: &mut Found,
    ) -> std::result::Result<(), RowProblem> {
        let block = std::mem::take(self);
        if block.fields.is_empty() {
            return Ok(());
        }
        found
            .count_entry()
            .map_err(|message| refuse(block.line, message))?;
        found.sink.take(Entry {
            kind,
            list: list.to_string(),
            index: *index,
            line: block.line,
            column: 1,
            raw: block.raw,
            value: Value::Object(block.fields),
            txt: true,
        });
        *index += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An entry as its first line and its fields (key, value).
    type TxtEntry = (u64, Vec<(String, String)>);

    /// The entries of one TXT file read by [`walk_txt`].
    fn walk_txt_of(text: &[u8]) -> std::result::Result<Vec<TxtEntry>, String> {
        let mut found = Found {
            sink: Sink::Keep(Vec::new()),
            entries: 0,
            lists: 0,
            sections: Vec::new(),
            spending: Vec::new(),
        };
        walk_txt(text, "Go Live History.txt", ListKind::Lives, &mut found)
            .map_err(|p| p.to_string())?;
        let Sink::Keep(entries) = found.sink else {
            unreachable!()
        };
        Ok(entries
            .into_iter()
            .map(|e| {
                let fields = e
                    .value
                    .as_object()
                    .unwrap()
                    .iter()
                    .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
                    .collect();
                (e.line, fields)
            })
            .collect())
    }

    #[test]
    fn txt_blocks_become_entries() {
        let got = walk_txt_of(
            b"Go Live History\r\n\r\nRoom Title: a\r\nsecond line\r\nLink: https://x.invalid/a:b\r\nRoom Title: b\r\n\r\n\r\nDate: 2026-01-01 10:00:00\r\n",
        )
        .unwrap();
        let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
            v.iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        assert_eq!(
            got,
            [
                (
                    3,
                    pairs(&[
                        ("Link", "https://x.invalid/a:b"),
                        ("Room Title", "a second line")
                    ])
                ),
                (6, pairs(&[("Room Title", "b")])),
                (9, pairs(&[("Date", "2026-01-01 10:00:00")])),
            ]
        );
        // A title with no key is no entry; nor is an empty file.
        assert!(walk_txt_of(b"Go Live History\n\n").unwrap().is_empty());
        assert!(walk_txt_of(b"").unwrap().is_empty());
    }

    #[test]
    fn txt_lines_and_entries_are_bounded() {
        let mut long = b"Room Title: ".to_vec();
        long.resize(MAX_STRING_BYTES + 100, b'x');
        let e = walk_txt_of(&long).unwrap_err();
        assert!(e.contains("longer than 1 MiB"), "{e}");
        let mut block = Vec::new();
        for i in 0..2_000 {
            block.extend(format!("Key {i}: {}\n", "y".repeat(600)).as_bytes());
        }
        let e = walk_txt_of(&block).unwrap_err();
        assert!(
            e.starts_with("line 1: Go Live History.txt holds an entry longer than 1 MiB"),
            "{e}"
        );
        // UTF-8 at first, then a byte that is not: refused at its line.
        let e = walk_txt_of(
            "Title: Zoë\nNote: \u{1}"
                .as_bytes()
                .iter()
                .copied()
                .chain(*b"\xFF\n")
                .collect::<Vec<u8>>()
                .as_slice(),
        )
        .unwrap_err();
        assert!(
            e.starts_with("line 2: Go Live History.txt is not valid UTF-8"),
            "{e}"
        );
    }
}
