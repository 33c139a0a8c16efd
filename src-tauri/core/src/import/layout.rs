//! Where a file's header is and what separates its columns: Excel's `sep=`
//! first line, title lines above the header (exports often start with a
//! report name and a date range), or the lines `--skip-rows` names.

use super::sniff;
use crate::l10n::Message;

/// How many lines the header is looked for in.
pub(crate) const HEADER_SEARCH_LINES: usize = 20;

/// Where the header is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Layout {
    /// Byte offset of the header line in the head of the file.
    pub start: usize,
    /// Its 1-based line.
    pub line: u64,
    /// The delimiter.
    pub delimiter: u8,
}

/// The cells of one line read with `delimiter`, trimmed.
fn cells(line: &[u8], delimiter: u8) -> Vec<String> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(line);
    let mut rec = csv::StringRecord::new();
    match rdr.read_record(&mut rec) {
        // Past the most columns the import takes, the line is refused later.
        Ok(true) => rec
            .iter()
            .take(super::MAX_COLUMNS + 1)
            .map(|c| c.trim().to_string())
            .collect(),
        _ => Vec::new(),
    }
}

/// Finds the header in `head` (the decoded start of the file, LF line
/// ends): after `skip_rows` lines when given, else the first of the first
/// [`HEADER_SEARCH_LINES`] lines that `recognised` accepts with one of the
/// delimiters it holds (or with `delimiter`, when the caller knows it: a
/// sheet's rows are written out tab-separated), else the first line that
/// is not blank.
pub(crate) fn find(
    head: &[u8],
    skip_rows: u64,
    delimiter: Option<u8>,
    recognised: &dyn Fn(&[String]) -> bool,
) -> Result<Layout, Message> {
    // (start, end) of each line; a last line without LF is the head's cut.
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    for end in memchr::memchr_iter(b'\n', head) {
        lines.push((at, end));
        at = end + 1;
        if lines.len() > HEADER_SEARCH_LINES * 4 + skip_rows as usize {
            break;
        }
    }
    if at < head.len() && lines.len() <= HEADER_SEARCH_LINES {
        lines.push((at, head.len()));
    }
    let text = |i: usize| &head[lines[i].0..lines[i].1];
    let mut first = 0;
    let mut forced = delimiter;
    if let Some(&(s, e)) = lines.first().filter(|_| delimiter.is_none()) {
        let l = &head[s..e];
        if let Some(rest) = l.strip_prefix(b"sep=") {
            if rest.len() == 1 {
                forced = Some(rest[0]);
                first = 1;
            }
        }
    }
    if skip_rows > 0 {
        first = usize::try_from(skip_rows).unwrap_or(usize::MAX);
    }
    let blank = |i: usize| text(i).iter().all(u8::is_ascii_whitespace);
    let candidates: Vec<usize> = (first..lines.len())
        .filter(|&i| !blank(i))
        .take(if skip_rows > 0 {
            1
        } else {
            HEADER_SEARCH_LINES
        })
        .collect();
    let Some(&fallback) = candidates.first() else {
        return Err(if skip_rows > 0 {
            Message::new("core-import-file-skip-rows-all").text("n", skip_rows.to_string())
        } else {
            Message::new("core-import-file-no-header")
        });
    };
    let layout = |i: usize, delimiter: u8| Layout {
        start: lines[i].0,
        line: i as u64 + 1,
        delimiter,
    };
    let delimiters = |i: usize| match forced {
        Some(d) => vec![d],
        None => sniff::delimiters(text(i)),
    };
    if skip_rows == 0 {
        for &i in &candidates {
            for d in delimiters(i) {
                if recognised(&cells(text(i), d)) {
                    return Ok(layout(i, d));
                }
            }
        }
    }
    let d = delimiters(fallback).first().copied().unwrap_or(b',');
    Ok(layout(fallback, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(cells: &[String]) -> bool {
        cells.iter().any(|c| c == "Date") && cells.iter().any(|c| c == "Diamonds")
    }

    #[test]
    fn the_header_below_title_lines() {
        let head =
            b"LIVE analytics, November 2026\nExported 2026-12-01\n\nDate;Diamonds\n2026-11-01;5\n";
        let l = find(head, 0, None, &known).unwrap();
        assert_eq!((l.line, l.delimiter), (4, b';'));
        assert_eq!(&head[l.start..l.start + 4], b"Date");
    }

    #[test]
    fn excel_sep_line_and_skip_rows() {
        let l = find(b"sep=;\nDate;Diamonds\n1;2\n", 0, None, &known).unwrap();
        assert_eq!((l.line, l.delimiter, l.start), (2, b';', 6));
        let l = find(b"junk\nmore junk\nA,B\n1,2\n", 2, None, &known).unwrap();
        assert_eq!((l.line, l.delimiter), (3, b','));
        assert!(find(b"a\nb\n", 5, None, &known).is_err());
    }

    #[test]
    fn an_unknown_header_is_the_first_line() {
        let l = find(b"\n\nWhen\tWhat\n1\t2\n", 0, None, &known).unwrap();
        assert_eq!((l.line, l.delimiter), (3, b'\t'));
    }
}
