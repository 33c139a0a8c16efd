//! How a message quotes what a file holds: short, on one line, and never
//! a terminal escape.

use super::{Columns, Field};

/// Most characters of a file's text an error quotes.
pub const QUOTE_CHARS: usize = 80;

/// `text` cut to [`QUOTE_CHARS`] characters (with `…` when cut) and its
/// control characters made spaces, so an error never echoes a whole line
/// or a terminal escape.
pub fn short(text: &str) -> String {
    let cut = match text.char_indices().nth(QUOTE_CHARS) {
        None => text.to_string(),
        Some((i, _)) => format!("{}…", &text[..i]),
    };
    if cut.chars().any(char::is_control) {
        cut.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect()
    } else {
        cut
    }
}

/// [`short`] of `text` trimmed, with the `…` counted within the
/// [`QUOTE_CHARS`]: how the JSON readers quote a value.
pub(crate) fn quote(text: &str) -> String {
    let text = text.trim();
    // Where the last character that fits starts, and whether one follows.
    let mut starts = text.char_indices().map(|(i, _)| i).skip(QUOTE_CHARS - 1);
    match (starts.next(), starts.next()) {
        (Some(end), Some(_)) => format!("{}…", short(&text[..end])),
        _ => short(text),
    }
}

/// A header for a message: only the names LiveLedger recognised, cut
/// short. The file's own first line is never echoed: it may be anything
/// (a page's script could read a private key through the error).
pub(crate) fn header_list(header: &[String]) -> String {
    match known_names(header) {
        None => "no column name LiveLedger knows".to_string(),
        Some(names) => format!("names it knows: {names}"),
    }
}

/// The names of `header` LiveLedger recognised, cut short; `None` for none.
/// A message takes them as `$known` (`some` or `none`, which picks its
/// words) and the names.
pub(crate) fn known_names(header: &[String]) -> Option<String> {
    let cols = Columns::from_header(header);
    let mut known: Vec<usize> = Field::ALL.iter().filter_map(|f| cols.get(*f)).collect();
    known.sort_unstable();
    known.dedup();
    if known.is_empty() {
        return None;
    }
    let names: Vec<&str> = known
        .iter()
        .filter_map(|&i| header.get(i).map(String::as_str))
        .collect();
    Some(short(&names.join(", ")))
}

/// `message` with the header's names as `$known` (`some`/`none`) and
/// `$columns` (see [`known_names`]).
pub(crate) fn with_known(message: crate::l10n::Message, header: &[String]) -> crate::l10n::Message {
    let names = known_names(header);
    message
        .text("known", if names.is_some() { "some" } else { "none" })
        .text("columns", names.unwrap_or_default())
}
