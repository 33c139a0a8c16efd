//! Plain-text tables for the CLI's human output.

/// A table of text cells; numbers right-aligned, text left-aligned.
pub struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    right: Vec<bool>,
}

impl Table {
    /// A table with these column names, each with whether it aligns right
    /// (the names may be in any language; the alignment goes with them).
    pub fn new(columns: Vec<(String, bool)>) -> Table {
        let (header, right) = columns.into_iter().unzip();
        Table {
            header,
            right,
            rows: Vec::new(),
        }
    }

    /// Appends a row (missing cells print empty).
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// The table as lines of text, its columns as wide as a terminal shows
    /// their widest cell ([`columns`]).
    pub fn render(&self) -> String {
        let width = |i: usize| {
            self.rows
                .iter()
                .filter_map(|r| r.get(i))
                .chain(std::iter::once(&self.header[i]))
                .map(|c| columns(c))
                .max()
                .unwrap_or(0)
        };
        let widths: Vec<usize> = (0..self.header.len()).map(width).collect();
        let line = |cells: &[String]| {
            let mut out = String::new();
            for (i, w) in widths.iter().enumerate() {
                let cell = cells.get(i).map(String::as_str).unwrap_or("");
                let pad = w.saturating_sub(columns(cell));
                if i > 0 {
                    out.push_str("  ");
                }
                if self.right[i] {
                    out.push_str(&" ".repeat(pad));
                    out.push_str(cell);
                } else {
                    out.push_str(cell);
                    out.push_str(&" ".repeat(pad));
                }
            }
            out.trim_end().to_string()
        };
        let mut out = line(&self.header);
        out.push('\n');
        out.push_str(&line(
            &widths.iter().map(|w| "-".repeat(*w)).collect::<Vec<_>>(),
        ));
        for r in &self.rows {
            out.push('\n');
            out.push_str(&line(r));
        }
        out
    }
}

/// The columns `text` takes in a terminal: two for a wide (East Asian)
/// character, none for a mark that joins the one before or a direction mark.
pub fn columns(text: &str) -> usize {
    text.chars()
        .map(|c| match c as u32 {
            0x0300..=0x036F | 0x064B..=0x065F | 0x0670 | 0x200B..=0x200F | 0x2066..=0x2069 => 0,
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6 => 2,
            _ => 1,
        })
        .sum()
}

/// `text` followed by spaces to fill `width` terminal columns.
pub fn pad(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(columns(text))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_take_two_columns_and_marks_none() {
        let mut t = Table::new(vec![("残高".into(), false), ("n".into(), true)]);
        t.row(vec!["abcde".into(), "1".into()]);
        t.row(vec!["\u{2068}x\u{2069}".into(), "22".into()]);
        assert_eq!(
            t.render(),
            "残高    n\n-----  --\nabcde   1\n\u{2068}x\u{2069}      22"
        );
        assert_eq!(pad("日本", 6), "日本  ");
    }
}
