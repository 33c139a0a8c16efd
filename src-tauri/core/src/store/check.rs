//! Checks on what is written to any table: text fields and counts.

use std::borrow::Cow;

use crate::error::{Error, Result};
use crate::l10n::Message;
use crate::money::MAX_RECORD;

/// Longest text accepted in a name, title or sender field.
pub(crate) const MAX_TEXT: usize = 500;

/// Checks a free-text field: trimmed, not too long, no control characters
/// other than line breaks in notes.
pub(crate) fn clean_text(field: &str, text: &str, allow_newlines: bool) -> Result<String> {
    let t = text.trim();
    if t.chars().count() > MAX_TEXT && !allow_newlines {
        return Err(Error::invalid_said(
            field,
            Message::new("core-invalid-too-long").count("count", MAX_TEXT as u64),
        ));
    }
    if t.chars()
        .any(|c| c.is_control() && !(allow_newlines && (c == '\n' || c == '\t' || c == '\r')))
    {
        return Err(Error::invalid_said(
            field,
            Message::new("core-invalid-control-characters"),
        ));
    }
    Ok(t.to_string())
}

pub(super) fn check_count(field: &str, v: Option<i64>) -> Result<()> {
    match v {
        Some(n) if n < 0 => Err(Error::invalid_said(
            field,
            Message::new("core-invalid-negative-got").text("text", n.to_string()),
        )),
        Some(n) if n > MAX_RECORD => Err(Error::invalid_said(
            field,
            Message::new("core-invalid-count-too-large").text("text", n.to_string()),
        )),
        _ => Ok(()),
    }
}

/// Text an import (CSV, JSON, TikTok's export) brings, as the ledger keeps
/// it: control characters become spaces (line breaks and tabs stay in notes,
/// `allow_newlines`), trimmed; longer than [`MAX_TEXT`] characters is
/// refused, as [`clean_text`] refuses it from a form. Borrows when nothing
/// changes, which is every row of a real file.
pub(crate) fn imported_text(
    text: &str,
    allow_newlines: bool,
) -> std::result::Result<Cow<'_, str>, Message> {
    let t = text.trim();
    // C0 controls, DEL, and C1 controls (U+0080–U+009F start with 0xC2).
    let suspect = t.bytes().any(|b| b < 0x20 || b == 0x7f || b == 0xc2);
    let t: Cow<'_, str> = if suspect {
        let kept = |c: char| allow_newlines && matches!(c, '\n' | '\t');
        let mapped: String = t
            .chars()
            .filter(|&c| c != '\r' || !allow_newlines)
            .map(|c| if c.is_control() && !kept(c) { ' ' } else { c })
            .collect();
        Cow::Owned(mapped.trim().to_string())
    } else {
        Cow::Borrowed(t)
    };
    if !allow_newlines && t.len() > MAX_TEXT {
        let n = t.chars().count();
        if n > MAX_TEXT {
            return Err(Message::new("core-import-cell-too-long")
                .count("count", n as u64)
                .text("n", n.to_string())
                .text("max", MAX_TEXT.to_string()));
        }
    }
    Ok(t)
}

/// Characters that make a spreadsheet read a cell as a formula (OWASP's
/// CSV injection list), and the quote that escapes them.
const FORMULA_LEADS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell of a CSV export a spreadsheet shows as text: one that starts
/// like a formula, or with the escaping quote itself, gets a `'` in front
/// (OWASP's advice). [`from_formula_safe`] undoes exactly this.
pub(crate) fn formula_safe(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some(c) if c == '\'' || FORMULA_LEADS.contains(&c) => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

/// The text [`formula_safe`] was given: a leading `'` goes only when a
/// formula character or another `'` follows it (what the exporter adds), so
/// `'tis` written by hand or by an older version stays as it is.
pub(crate) fn from_formula_safe(cell: &str) -> &str {
    let mut chars = cell.chars();
    match (chars.next(), chars.next()) {
        (Some('\''), Some(c)) if c == '\'' || FORMULA_LEADS.contains(&c) => &cell[1..],
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn imported_text_strips_controls_and_bounds_length() {
        assert_eq!(imported_text(" Rose ", false).unwrap(), "Rose");
        assert_eq!(
            imported_text("a\x1b[31mb\x07c\0", false).unwrap(),
            "a [31mb c"
        );
        assert_eq!(imported_text("x\u{85}y", false).unwrap(), "x y");
        assert_eq!(imported_text("l1\r\nl2\tx", true).unwrap(), "l1\nl2\tx");
        assert_eq!(imported_text("l1\nl2", false).unwrap(), "l1 l2");
        assert!(imported_text(&"é".repeat(500), false).is_ok());
        assert!(imported_text(&"é".repeat(501), false).is_err());
    }

    #[test]
    fn formula_cells_round_trip_exactly() {
        for t in [
            "=HYPERLINK(\"x\")",
            "+cmd|' /C calc'!A0",
            "-1",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "'quoted",
            "''",
            "'=x",
            "'",
            "",
            "plain",
            "it's",
        ] {
            let safe = formula_safe(t);
            assert!(!safe.starts_with(FORMULA_LEADS), "{safe:?}");
            assert_eq!(from_formula_safe(&safe), t, "{t:?}");
        }
        // What an older export wrote is read as it was.
        assert_eq!(from_formula_safe("'tis"), "'tis");
    }
}
