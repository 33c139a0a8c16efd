//! Checks on what is written to any table: text fields and counts.

use crate::error::{Error, Result};
use crate::money::MAX_RECORD;

/// Longest text accepted in a name, title or sender field.
const MAX_TEXT: usize = 500;

/// Checks a free-text field: trimmed, not too long, no control characters
/// other than line breaks in notes.
pub(crate) fn clean_text(field: &str, text: &str, allow_newlines: bool) -> Result<String> {
    let t = text.trim();
    if t.chars().count() > MAX_TEXT && !allow_newlines {
        return Err(Error::invalid(
            field,
            format!("is longer than {MAX_TEXT} characters"),
        ));
    }
    if t.chars()
        .any(|c| c.is_control() && !(allow_newlines && (c == '\n' || c == '\t' || c == '\r')))
    {
        return Err(Error::invalid(field, "contains control characters"));
    }
    Ok(t.to_string())
}

pub(super) fn check_count(field: &str, v: Option<i64>) -> Result<()> {
    match v {
        Some(n) if n < 0 => Err(Error::invalid(
            field,
            format!("must not be negative (got {n})"),
        )),
        Some(n) if n > MAX_RECORD => Err(Error::invalid(
            field,
            format!("{n} is larger than a ledger accepts"),
        )),
        _ => Ok(()),
    }
}
