//! Counts written into a gift cell, as hand logs do: `Rose x5`,
//! `Finger Heart x 3`, `5x Rose`, `Rose ×5`, `Rose (5)`, `Rose*5`, `5 × Rose`.
//!
//! Only a recognised pattern at the very start or end splits, so a name
//! that merely holds an `x` or a digit (`Galaxy`, `TikTok Universe`,
//! `Xbox 360`) stays whole.

/// Most digits a written count may have: more is not a count of gifts.
const MAX_DIGITS: usize = 9;

/// The gift name and count written in `cell`, when the cell is a name with
/// a count at its start or end; `None` when it is just a name. The name is
/// trimmed and never empty; the count may be 0 (the caller refuses it).
pub(crate) fn split_count(cell: &str) -> Option<(&str, i64)> {
    let cell = cell.trim();
    count_at_end(cell).or_else(|| count_at_start(cell))
}

/// The digits at the start of `s` (at most [`MAX_DIGITS`]) and what follows.
fn leading_digits(s: &str) -> Option<(i64, &str)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > MAX_DIGITS {
        return None;
    }
    Some((s[..n].parse().ok()?, &s[n..]))
}

/// The digits at the end of `s` (at most [`MAX_DIGITS`]) and what precedes.
fn trailing_digits(s: &str) -> Option<(&str, i64)> {
    let n = s.bytes().rev().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > MAX_DIGITS {
        return None;
    }
    let at = s.len() - n;
    Some((&s[..at], s[at..].parse().ok()?))
}

/// A name that can stand alone: not empty and holding a letter, so `5 x 5`
/// is never read as a gift called `5`.
fn a_name(s: &str) -> Option<&str> {
    let s = s.trim();
    s.chars().any(char::is_alphabetic).then_some(s)
}

/// `Rose x5`, `Rose x 5`, `Rose ×5`, `Rose*5`, `Rose (5)`, `Rose (x5)`.
fn count_at_end(cell: &str) -> Option<(&str, i64)> {
    if let Some(inner) = cell.strip_suffix(')') {
        let (before, n) = trailing_digits(inner.trim_end())?;
        let before = before.trim_end();
        let before = before
            .strip_suffix(['x', 'X', '×', '*'])
            .unwrap_or(before)
            .trim_end();
        let name = before.strip_suffix('(')?;
        return Some((a_name(name)?, n));
    }
    let (before, n) = trailing_digits(cell)?;
    let before = before.trim_end();
    if let Some(name) = before.strip_suffix(['×', '*']) {
        return Some((a_name(name)?, n));
    }
    // A letter x must stand apart from the name: `Rose x5`, never `Max5`.
    let name = before.strip_suffix(['x', 'X'])?;
    if !name.ends_with(char::is_whitespace) {
        return None;
    }
    Some((a_name(name)?, n))
}

/// `5x Rose`, `5 x Rose`, `5 × Rose`, `5×Rose`, `5*Rose`.
fn count_at_start(cell: &str) -> Option<(&str, i64)> {
    let (n, after) = leading_digits(cell)?;
    let after = after.trim_start();
    if let Some(name) = after.strip_prefix(['×', '*']) {
        return Some((a_name(name)?, n));
    }
    // A letter x must stand apart from the name: `5x Rose`, never `5xl Tee`.
    let name = after.strip_prefix(['x', 'X'])?;
    if !name.starts_with(char::is_whitespace) {
        return None;
    }
    Some((a_name(name)?, n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_written_style_splits() {
        for (cell, name, n) in [
            ("Rose x5", "Rose", 5),
            ("Finger Heart x 3", "Finger Heart", 3),
            ("5x Rose", "Rose", 5),
            ("Rose ×5", "Rose", 5),
            ("Rose (5)", "Rose", 5),
            ("Rose(5)", "Rose", 5),
            ("Rose (x5)", "Rose", 5),
            ("Rose*5", "Rose", 5),
            ("5 × Rose", "Rose", 5),
            ("5×Rose", "Rose", 5),
            ("Money Gun X2", "Money Gun", 2),
            ("  TikTok Universe x 12 ", "TikTok Universe", 12),
            ("Rose x0", "Rose", 0),
        ] {
            assert_eq!(split_count(cell), Some((name, n)), "{cell}");
        }
    }

    #[test]
    fn names_that_hold_an_x_or_digits_stay_whole() {
        for cell in [
            "Rose",
            "Galaxy",
            "TikTok Universe",
            "GG",
            "Lion",
            "Max5",
            "Box5",
            "Xbox 360",
            "Xbox",
            "5xl Tee",
            "100",
            "x5",
            "5 x",
            "5 x 5",
            "(5)",
            "Rose x",
            "Rose (five)",
            "Rose x1234567890",
            "Mirror Mirror",
            "",
        ] {
            assert_eq!(split_count(cell), None, "{cell}");
        }
    }

    /// A name as a creator writes one: words of letters (an `x` among
    /// them), maybe a number word inside.
    fn name() -> impl Strategy<Value = String> {
        proptest::string::string_regex("[A-Za-zñü][A-Za-z xñü]{0,12}( [0-9]{1,3} [A-Za-z]{1,5})?")
            .unwrap()
            .prop_map(|s| s.trim().to_string())
            .prop_filter("a name ends in a letter", |s| {
                s.ends_with(char::is_alphabetic) && !s.ends_with([' ', 'x', 'X'])
            })
    }

    proptest! {
        /// Writing a count in any style and splitting it gives the name and
        /// count back; the name alone never splits.
        #[test]
        fn writing_then_splitting_round_trips(name in name(), n in 1i64..1_000_000_000, style in 0usize..7) {
            let cell = match style {
                0 => format!("{name} x{n}"),
                1 => format!("{name} x {n}"),
                2 => format!("{n}x {name}"),
                3 => format!("{name} ×{n}"),
                4 => format!("{name} ({n})"),
                5 => format!("{name}*{n}"),
                _ => format!("{n} × {name}"),
            };
            prop_assert_eq!(split_count(&cell), Some((name.as_str(), n)));
            prop_assert_eq!(split_count(&name), None);
        }
    }
}
