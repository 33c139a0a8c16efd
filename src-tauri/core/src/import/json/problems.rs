//! A problem put at the JSON field it is about: its line, column and path
//! in the file's terms.

use super::event::HEADER;
use super::side::Side;
use crate::events::PATHS;
use crate::import::values::Span;
use crate::import::RowProblem;

/// The line and column of `key` (as an object key) in `raw`, a value that
/// starts at `start` (line, column); `start` when it is not found. The one
/// place a JSON field is found in its bytes (a gift event's, an entry of
/// TikTok's export).
pub(in crate::import) fn locate(raw: &[u8], key: &str, start: (u64, u64)) -> (u64, u64) {
    let needle = format!("\"{key}\"");
    let Some(at) = raw
        .windows(needle.len())
        .position(|w| w == needle.as_bytes())
    else {
        return start;
    };
    let (mut line, mut column) = start;
    for &b in &raw[..at] {
        if b == b'\n' {
            line += 1;
            column = 1;
        } else if b & 0xC0 != 0x80 {
            column += 1;
        }
    }
    (line, column)
}

/// How a field is named in a problem: `[i].path` in an array.
fn field_label(array: bool, span: Span, prefix: &str, path: &str) -> String {
    if array {
        format!("[{}].{prefix}{path}", span.index)
    } else {
        format!("{prefix}{path}")
    }
}

/// A problem `message` at the field `path` of the gift at `prefix` in the
/// event whose bytes `raw` start at `span`.
pub(super) fn at_field(
    raw: &[u8],
    span: Span,
    array: bool,
    prefix: &str,
    path: &str,
    said: crate::l10n::Message,
) -> RowProblem {
    let (line, column) = place(raw, span, array, prefix, path);
    RowProblem::said(line, column, said)
}

/// The line and column (with its label) of the field `path` of the gift at
/// `prefix` in the event whose bytes `raw` start at `span`.
fn place(
    raw: &[u8],
    span: Span,
    array: bool,
    prefix: &str,
    path: &str,
) -> (u64, Option<(usize, String)>) {
    let key = path.rsplit('.').next().unwrap_or(path);
    let (line, column) = locate(raw, key, (span.line, span.column));
    (
        line,
        Some((column as usize, field_label(array, span, prefix, path))),
    )
}

/// A syntax error of serde_json inside the value at `span`, in file terms.
pub(super) fn syntax(e: &serde_json::Error, span: Span, array: bool) -> RowProblem {
    let rel_line = e.line().max(1) as u64;
    let line = span.line + rel_line - 1;
    let column = if rel_line == 1 {
        span.column + (e.column().max(1) as u64) - 1
    } else {
        e.column().max(1) as u64
    };
    let what = without_position(e);
    // The file's bytes are not quoted: they were not understood.
    RowProblem {
        said: None,
        line,
        column: Some((
            column as usize,
            if array {
                format!("[{}]", span.index)
            } else {
                "JSON".to_string()
            },
        )),
        message: format!("is not valid JSON ({what})"),
    }
}

/// What serde_json says is wrong, without its " at line L column C" (the
/// caller says where, in the file's terms).
pub(in crate::import) fn without_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rsplit_once(" at line ") {
        Some((what, _)) => what.to_string(),
        None => text,
    }
}

/// Puts a problem the parser found in a canonical record at the JSON
/// field it came from.
pub(super) fn relocate(p: RowProblem, side: &mut Side) -> RowProblem {
    let Some((_, header_name)) = &p.column else {
        return p;
    };
    let Some(slot) = HEADER.iter().position(|h| h == header_name) else {
        return p;
    };
    let found = side.sources.iter().position(|s| s.span.line == p.line);
    let Some(i) = found else {
        let mut p = p;
        p.column = Some((1, PATHS[slot][0].to_string()));
        return p;
    };
    let s = side.sources.remove(i);
    let path = s.paths[slot].unwrap_or(PATHS[slot][0]);
    let (line, column) = place(&s.raw, s.span, side.array, s.prefix, path);
    RowProblem { line, column, ..p }
}
