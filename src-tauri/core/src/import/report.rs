//! What an import did and how it read the file: the report every road
//! fills, and the lines it is told to a person in.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{tiktok_export, Encoding};
use crate::l10n::{Localizer, Message};
use crate::money::{Diamonds, Money};

/// Where a field was read from, for the preview: the column and the first
/// values in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct FieldSource {
    /// The field, as `--map` names it (`date`, `coins`, …).
    pub field: String,
    /// 1-based column.
    pub column: usize,
    /// The column's header, cut short.
    pub header: String,
    /// Up to three values from the first rows, as written (cut short).
    pub samples: Vec<String>,
    /// For the date field, each of `samples` as read (UTC), or `None`
    /// where it was not settled yet; empty for other fields.
    pub dates: Vec<Option<chrono::DateTime<chrono::Utc>>>,
}

/// Most replaced figures an import report lists one by one (it counts all).
pub const MAX_LISTED_REPLACED: usize = 100;

/// A figure of TikTok's for a day that an import replaced with another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ReplacedFigure {
    /// The local day.
    pub day: chrono::NaiveDate,
    /// The figure, e.g. `diamonds`, `likes`.
    pub figure: String,
    /// What the ledger held (a decimal, as text).
    pub was: String,
    /// What the file gives instead.
    pub now: String,
}

/// What a file of TikTok LIVE Center's days holds, and what importing it
/// changes: TikTok's figures, kept beside the ledger, never added to the balance.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct DaysRead {
    /// Days the file gives.
    pub days: u64,
    /// Its first day.
    pub first_day: Option<chrono::NaiveDate>,
    /// Its last day.
    pub last_day: Option<chrono::NaiveDate>,
    /// The figures it gives (`diamonds`, `live_seconds`, `likes`…).
    pub figures: Vec<String>,
    /// Diamonds TikTok reports over those days; `None` when the file gives none.
    pub diamonds: Option<Diamonds>,
    /// Figures new to the ledger.
    pub figures_added: u64,
    /// Figures the ledger already had, the same: not counted twice.
    pub figures_unchanged: u64,
    /// Figures that replace another value the ledger had for that day.
    pub figures_replaced: u64,
    /// The first of those, each with what it replaces.
    pub replaced: Vec<ReplacedFigure>,
}

/// What an import did (or, for a dry run, would do), and how it read the
/// file: what a creator checks before writing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ImportReport {
    /// File name.
    pub file: String,
    /// The format it was read as.
    pub format: String,
    /// SHA-256 of the file, hex.
    pub sha256: String,
    /// The text encoding assumed: `UTF-8`, `UTF-16LE`, `UTF-16BE` or
    /// `windows-1252`; for a spreadsheet, its kind and sheet (`xlsx sheet 'Gifts'`).
    pub encoding: String,
    /// The delimiter: `comma`, `semicolon`, `tab` or `pipe`; `sheet` for a
    /// spreadsheet's cells.
    pub delimiter: String,
    /// The header's line (a spreadsheet's row); lines above it were skipped (titles, `sep=`).
    pub header_line: u64,
    /// How numbers are written, e.g. `plain`, `1,234`, `1.234,5` (per column when they differ).
    pub number_format: String,
    /// How dates are written, e.g. `YYYY-MM-DD`, `MM/DD/YYYY, 12-hour clock`.
    pub date_format: String,
    /// The same as the core's message (`core-import-dates-…`), for a face to
    /// say in the creator's language; `null` where no date was read.
    pub date_format_said: Option<Message>,
    /// Data rows read (not counting the header).
    pub rows_read: u64,
    /// Gift, session, withdrawal and adjustment rows added.
    pub rows_added: u64,
    /// Rows already in the ledger, skipped.
    pub rows_skipped: u64,
    /// Total rows ("Total", "Summe", "Totales"…) skipped.
    pub totals_skipped: u64,
    /// Rows of a summary block below the table (`Gifters`, `Average`…), skipped.
    pub summary_skipped: u64,
    /// Messages delivered again in the file (an id it already gave), counted once.
    pub redelivered: u64,
    /// Blank lines and rows with no value, skipped.
    pub blank_skipped: u64,
    /// Events that are not gifts (like, chat, member…), skipped, by kind.
    pub events_skipped: BTreeMap<String, u64>,
    /// Sessions created.
    pub sessions_added: u64,
    /// Existing sessions gifts were added to.
    pub sessions_matched: u64,
    /// Streak steps not counted because a later row carries the streak's total.
    pub streak_steps: u64,
    /// Streaks whose end never arrived, counted at their highest count.
    pub unfinished_streaks: u64,
    /// What a TikTok LIVE Center day file holds and changes (only for one).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional = nullable))]
    pub days: Option<DaysRead>,
    /// Sections of a TikTok data export that hold nothing LiveLedger reads.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "typescript", ts(optional = nullable))]
    pub sections_ignored: Vec<String>,
    /// Estimated streak rows of earlier imports brought up to this file's count.
    pub streaks_updated: u64,
    /// Rows the creator chose to leave out ([`ImportOptions::skip_lines`](super::ImportOptions::skip_lines)).
    pub rows_left_out: u64,
    /// The first lives created (at most [`MAX_LISTED_LIVES`](super::MAX_LISTED_LIVES)), by
    /// start, with the diamonds each gets; `sessions_added` counts them all.
    pub lives: Vec<super::LiveAdded>,
    /// Coins of the gifts added.
    pub coins_added: i64,
    /// Diamonds added: gifts' coins at each session's rate, plus diamonds
    /// sessions report without gifts.
    pub diamonds_added: Diamonds,
    /// What those diamonds are worth, by currency, rounded.
    pub value_added: BTreeMap<String, Money>,
    /// Each field read, with its column and first values.
    pub fields: Vec<FieldSource>,
    /// The file's columns, as its header names them (for choosing another
    /// column for a field; empty for JSON).
    pub columns: Vec<String>,
    /// Every field a mapping may name (`date`, `coins`, …).
    pub mappable: Vec<&'static str>,
    /// Things to check before trusting the totals.
    pub warnings: Vec<String>,
    /// The same warnings as the core's messages, one for each, for a face to
    /// say in the creator's language.
    pub warning_messages: Vec<Message>,
    /// How the file was read, where a person may want to know: which column
    /// gave the price, a summary block skipped, a mapping remembered.
    pub notes: Vec<String>,
    /// The same notes as the core's messages, one for each.
    pub note_messages: Vec<Message>,
    /// Whether nothing was written.
    pub dry_run: bool,
    /// The import's id for undo (none for a dry run or when nothing was new).
    pub import_id: Option<i64>,
}

impl ImportReport {
    /// A few lines for a person, in English (what `--json` keeps and tests quote).
    pub fn describe(&self) -> String {
        ENGLISH.with(|en| self.describe_in(en))
    }

    /// The lines of [`ImportReport::describe`] in the language of `words`:
    /// each line one of the core's messages (`core-import-…`).
    pub fn describe_in(&self, words: &Localizer) -> String {
        let mut out = Lines {
            words,
            text: String::new(),
        };
        self.describe_totals(&mut out);
        self.describe_reading(&mut out);
        self.describe_fields(&mut out);
        self.describe_skipped(&mut out);
        self.describe_notes(&mut out);
        if let Some(d) = &self.days {
            d.describe(&mut out);
        }
        self.describe_rest(&mut out);
        out.text
    }

    /// What was read and added, and what it is worth.
    fn describe_totals(&self, out: &mut Lines) {
        let m = if self.dry_run {
            Message::new("core-import-totals-dry-run")
        } else {
            Message::new("core-import-totals")
        };
        out.first(
            &m.text("file", self.file.clone())
                .text("format", self.format.clone())
                .count("rows", self.rows_read)
                .text("rows_read", out.n(self.rows_read))
                .text("added", out.n(self.rows_added))
                .text("skipped", out.n(self.rows_skipped))
                .count("sessions", self.sessions_added)
                .text("sessions_added", out.n(self.sessions_added))
                .count("matched", self.sessions_matched)
                .text("sessions_matched", out.n(self.sessions_matched)),
        );
        let value: Vec<String> = self
            .value_added
            .iter()
            .map(|(c, m)| out.money(m.0, c))
            .collect();
        let m = if value.is_empty() {
            Message::new("core-import-adds")
        } else {
            Message::new("core-import-adds-worth").text("value", value.join(" + "))
        };
        out.line(
            &m.text("coins", out.n(self.coins_added))
                .text("diamonds", out.n(self.diamonds_added.0.normalize())),
        );
    }

    /// How the file was read: its kind, encoding, delimiter, header line, dates and numbers.
    fn describe_reading(&self, out: &mut Lines) {
        let mut line = if self.delimiter.is_empty() {
            // JSON has no delimiter and no header line to claim.
            let txt = self.file.ends_with(tiktok_export::TXT_SHOWN);
            let encoded = !self.encoding.is_empty() && self.encoding != Encoding::Utf8.name();
            match (txt, encoded) {
                (true, false) => Message::new("core-import-read-txt"),
                (true, true) => Message::new("core-import-read-txt-in"),
                (false, false) => Message::new("core-import-read-json"),
                (false, true) => Message::new("core-import-read-json-in"),
            }
            .text("encoding", self.encoding.clone())
        } else {
            // A sheet's lines are its rows, and it has no delimiter.
            let sheet = self.delimiter == "sheet";
            let m = match (sheet, self.header_line > 1) {
                (true, false) => Message::new("core-import-read-sheet"),
                (true, true) => Message::new("core-import-read-sheet-skipped"),
                (false, false) => Message::new("core-import-read-table"),
                (false, true) => Message::new("core-import-read-table-skipped"),
            };
            let above = self.header_line.saturating_sub(1);
            m.text("encoding", self.encoding.clone())
                .text("delimiter", self.delimiter.clone())
                .text("line", self.header_line.to_string())
                .count("count", above)
                .text("above", above.to_string())
        };
        // The clauses that follow the reading, each after a semicolon.
        let mut text = out.words.render(&line);
        if !self.date_format.is_empty() {
            line = Message::new("core-import-read-dates");
            line = match &self.date_format_said {
                Some(m) => line.said("dates", m.clone()),
                None => line.text("dates", self.date_format.clone()),
            };
            text.push_str(&out.words.render(&line));
        }
        if self.number_format != "plain" && !self.number_format.is_empty() {
            line = Message::new("core-import-read-numbers")
                .text("numbers", self.number_format.clone());
            text.push_str(&out.words.render(&line));
        }
        out.text.push('\n');
        out.text.push_str(&text);
    }

    /// Each field with its column and first values.
    fn describe_fields(&self, out: &mut Lines) {
        for f in &self.fields {
            // Indented under the reading; the field is `--map`'s word.
            out.text.push_str("\n  ");
            out.text.push_str(
                &out.words.render(
                    &Message::new("core-import-field")
                        .text("field", format!("{:<13}", f.field))
                        .text("column", f.column.to_string())
                        .text("header", f.header.clone())
                        .text("samples", f.samples.join(" | ")),
                ),
            );
        }
    }

    /// The rows passed over, by why.
    fn describe_skipped(&self, out: &mut Lines) {
        let figures = out.figures();
        let counted =
            |id: &'static str, n: u64| Message::new(id).count("count", n).text("n", figures.n(n));
        let mut skipped = Vec::new();
        if self.totals_skipped > 0 {
            skipped.push(counted("core-import-skipped-totals", self.totals_skipped));
        }
        if self.blank_skipped > 0 {
            skipped.push(counted("core-import-skipped-blank", self.blank_skipped));
        }
        for (k, n) in &self.events_skipped {
            skipped.push(counted("core-import-skipped-events", *n).text("kind", k.clone()));
        }
        if self.summary_skipped > 0 {
            skipped.push(counted("core-import-skipped-summary", self.summary_skipped));
        }
        if !skipped.is_empty() {
            let list: Vec<String> = skipped.iter().map(|m| out.words.render(m)).collect();
            out.line(&Message::new("core-import-skipped").text("list", list.join(", ")));
        }
    }

    /// How the file was read where a person may want to know, and what streaks were folded.
    fn describe_notes(&self, out: &mut Lines) {
        for (i, n) in self.notes.iter().enumerate() {
            out.said(self.note_messages.get(i), n);
        }
        let figures = out.figures();
        let counted =
            |id: &'static str, n: u64| Message::new(id).count("count", n).text("n", figures.n(n));
        if self.redelivered > 0 {
            out.line(&counted("core-import-redelivered", self.redelivered));
        }
        if self.streak_steps > 0 {
            out.line(&counted("core-import-streak-steps", self.streak_steps));
        }
        if self.unfinished_streaks > 0 {
            out.line(&counted(
                "core-import-unfinished-streaks",
                self.unfinished_streaks,
            ));
        }
    }

    /// Sections ignored, streaks brought up to date, warnings and how to undo.
    fn describe_rest(&self, out: &mut Lines) {
        if !self.sections_ignored.is_empty() {
            out.line(
                &Message::new("core-import-sections-ignored")
                    .text("sections", self.sections_ignored.join("; ")),
            );
        }
        if self.streaks_updated > 0 {
            out.line(
                &Message::new("core-import-streaks-updated")
                    .count("count", self.streaks_updated)
                    .text("n", out.n(self.streaks_updated)),
            );
        }
        for (i, w) in self.warnings.iter().enumerate() {
            let warning = match self.warning_messages.get(i) {
                Some(m) => out.words.render(m),
                None => w.clone(),
            };
            out.line(&Message::new("core-import-warning").text("warning", warning));
        }
        if let Some(id) = self.import_id {
            out.line(&Message::new("core-import-undo").text("id", id.to_string()));
        }
    }
}

impl ImportReport {
    /// Adds a note the core says as `m` (its English beside it).
    pub(crate) fn note(&mut self, m: Message) {
        self.notes.push(crate::l10n::english(&m));
        self.note_messages.push(m);
    }

    /// Adds a warning the core says as `m` (its English beside it).
    pub(crate) fn warn(&mut self, m: Message) {
        self.warnings.push(crate::l10n::english(&m));
        self.warning_messages.push(m);
    }
}

thread_local! {
    /// English, parsed once per thread: `describe` is the report's English.
    static ENGLISH: Localizer = Localizer::new("en");
}

/// The report's lines as they are written, in one language.
struct Lines<'a> {
    words: &'a Localizer,
    text: String,
}

/// How a report's figures are written: as they always were in English
/// (ungrouped, `12.50 USD`, `2026-03-01`: scripts quote them), and as the
/// language writes them in any other.
#[derive(Clone, Copy)]
struct Figures {
    /// The language's tag; `None` for English and the pseudo-locale.
    tag: Option<&'static str>,
}

impl Figures {
    /// A count or a figure.
    fn n(self, v: impl Into<rust_decimal::Decimal>) -> String {
        let v = v.into();
        match self.tag {
            Some(tag) => crate::l10n::format::decimal(tag, v),
            None => v.to_string(),
        }
    }
}

impl Lines<'_> {
    /// How this report writes its figures.
    fn figures(&self) -> Figures {
        let tag = self.words.tag();
        Figures {
            tag: (tag != "en" && tag != crate::l10n::PSEUDO).then_some(tag),
        }
    }

    /// A count or a figure, as [`Figures::n`].
    fn n(&self, v: impl Into<rust_decimal::Decimal>) -> String {
        self.figures().n(v)
    }

    /// `value` in `currency`.
    fn money(&self, value: rust_decimal::Decimal, currency: &str) -> String {
        match self.figures().tag {
            Some(tag) => crate::l10n::format::money(tag, value, currency),
            None => format!("{value} {currency}"),
        }
    }

    /// A day.
    fn day(&self, day: chrono::NaiveDate) -> String {
        match self.figures().tag {
            Some(tag) => crate::l10n::format::day(tag, day),
            None => day.to_string(),
        }
    }

    /// `m` as the first line.
    fn first(&mut self, m: &Message) {
        self.text.push_str(&self.words.render(m));
    }

    /// `m` on a line of its own.
    fn line(&mut self, m: &Message) {
        self.text.push('\n');
        self.text.push_str(&self.words.render(m));
    }

    /// A line the core said as `m`, else its English `text`.
    fn said(&mut self, m: Option<&Message>, text: &str) {
        self.text.push('\n');
        match m {
            Some(m) => self.text.push_str(&self.words.render(m)),
            None => self.text.push_str(text),
        }
    }
}

impl DaysRead {
    /// The lines of [`ImportReport::describe`] for TikTok's figures of days.
    fn describe(&self, out: &mut Lines) {
        let m = match (self.first_day, self.last_day) {
            (Some(a), Some(b)) if a != b => Message::new("core-import-days-range")
                .text("first", out.day(a))
                .text("last", out.day(b)),
            (Some(a), _) => Message::new("core-import-days-on").text("first", out.day(a)),
            _ => Message::new("core-import-days"),
        };
        out.line(
            &m.count("count", self.days)
                .text("n", out.n(self.days))
                .text("figures", self.figures.join(", ")),
        );
        if let Some(diamonds) = self.diamonds {
            out.line(
                &Message::new("core-import-days-diamonds")
                    .text("diamonds", out.n(diamonds.0.normalize())),
            );
        }
        out.line(
            &Message::new("core-import-days-figures")
                .count("count", self.figures_added)
                .text("added", out.n(self.figures_added))
                .text("unchanged", out.n(self.figures_unchanged)),
        );
        for r in &self.replaced {
            out.line(
                &Message::new("core-import-days-replaces")
                    .text("figure", r.figure.clone())
                    .text("day", out.day(r.day))
                    .text("was", r.was.clone())
                    .text("now", r.now.clone()),
            );
        }
        if self.figures_replaced > self.replaced.len() as u64 {
            let more = self.figures_replaced - self.replaced.len() as u64;
            out.line(
                &Message::new("core-import-days-more")
                    .count("count", more)
                    .text("n", out.n(more)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::counted;
    use rust_decimal_macros::dec;

    /// The English report as it was written before it was a list of messages.
    struct Old<'a>(&'a ImportReport);

    impl Old<'_> {
        /// A few lines for a person.
        fn describe(&self) -> String {
            let mut out = String::new();
            self.describe_totals(&mut out);
            self.describe_reading(&mut out);
            self.describe_fields(&mut out);
            self.describe_skipped(&mut out);
            self.describe_notes(&mut out);
            if let Some(d) = &self.0.days {
                OldDays(d).describe(&mut out);
            }
            self.describe_rest(&mut out);
            out
        }

        /// What was read and added, and what it is worth.
        fn describe_totals(&self, out: &mut String) {
            out.push_str(&format!(
                "{}{} ({}): {} read, {} added, {} skipped as already imported, {} created, {} extended",
                if self.0.dry_run {
                    "dry run — nothing written. "
                } else {
                    ""
                },
                self.0.file,
                self.0.format,
                counted(self.0.rows_read, "row"),
                self.0.rows_added,
                self.0.rows_skipped,
                counted(self.0.sessions_added, "session"),
                counted(self.0.sessions_matched, "existing session"),
            ));
            let value: Vec<String> = self
                .0
                .value_added
                .iter()
                .map(|(c, m)| format!("{m} {c}"))
                .collect();
            out.push_str(&format!(
                "\nadds {} coins, {} diamonds{}",
                self.0.coins_added,
                self.0.diamonds_added.0.normalize(),
                if value.is_empty() {
                    String::new()
                } else {
                    format!(", worth {}", value.join(" + "))
                }
            ));
        }

        /// How the file was read: its kind, encoding, delimiter, header line, dates and numbers.
        fn describe_reading(&self, out: &mut String) {
            if self.0.delimiter.is_empty() {
                // JSON has no delimiter and no header line to claim.
                if self.0.file.ends_with(tiktok_export::TXT_SHOWN) {
                    out.push_str("\nread as TikTok's TXT download");
                } else {
                    out.push_str("\nread as JSON");
                }
                if !self.0.encoding.is_empty() && self.0.encoding != Encoding::Utf8.name() {
                    out.push_str(&format!(" in {}", self.0.encoding));
                }
            } else {
                // A sheet's lines are its rows, and it has no delimiter.
                let (how, place) = if self.0.delimiter == "sheet" {
                    (self.0.encoding.clone(), "row")
                } else {
                    (
                        format!("{}, {}-separated", self.0.encoding, self.0.delimiter),
                        "line",
                    )
                };
                out.push_str(&format!(
                    "\nread as {how}, header on {place} {}{}",
                    self.0.header_line,
                    if self.0.header_line > 1 {
                        format!(
                            " (the {} above it skipped)",
                            counted(self.0.header_line - 1, place)
                        )
                    } else {
                        String::new()
                    }
                ));
            }
            if !self.0.date_format.is_empty() {
                out.push_str(&format!("; dates {}", self.0.date_format));
            }
            if self.0.number_format != "plain" && !self.0.number_format.is_empty() {
                out.push_str(&format!("; numbers {}", self.0.number_format));
            }
        }

        /// Each field with its column and first values.
        fn describe_fields(&self, out: &mut String) {
            for f in &self.0.fields {
                out.push_str(&format!(
                    "\n  {:<13} ← column {} ({}): {}",
                    f.field,
                    f.column,
                    f.header,
                    f.samples.join(" | ")
                ));
            }
        }

        /// The rows passed over, by why.
        fn describe_skipped(&self, out: &mut String) {
            let mut skipped = Vec::new();
            if self.0.totals_skipped > 0 {
                skipped.push(counted(self.0.totals_skipped, "total row"));
            }
            if self.0.blank_skipped > 0 {
                skipped.push(counted(self.0.blank_skipped, "blank line"));
            }
            for (k, n) in &self.0.events_skipped {
                skipped.push(format!("{n} {k} event(s)"));
            }
            if self.0.summary_skipped > 0 {
                skipped.push(counted(self.0.summary_skipped, "summary row"));
            }
            if !skipped.is_empty() {
                out.push_str(&format!("\nskipped: {}", skipped.join(", ")));
            }
        }

        /// How the file was read where a person may want to know, and what streaks were folded.
        fn describe_notes(&self, out: &mut String) {
            for n in &self.0.notes {
                out.push_str(&format!("\n{n}"));
            }
            if self.0.redelivered > 0 {
                out.push_str(&format!(
                    "\n{} message(s) the file gave twice (the same message id) were counted once",
                    self.0.redelivered
                ));
            }
            if self.0.streak_steps > 0 {
                out.push_str(&format!(
                    "\n{} streak steps were folded into their streak's final count",
                    self.0.streak_steps
                ));
            }
            if self.0.unfinished_streaks > 0 {
                out.push_str(&format!(
                    "\nwarning: {} streak(s) never ended in the file; each was counted at its highest count",
                    self.0.unfinished_streaks
                ));
            }
        }

        /// Sections ignored, streaks brought up to date, warnings and how to undo.
        fn describe_rest(&self, out: &mut String) {
            if !self.0.sections_ignored.is_empty() {
                out.push_str(&format!(
                    "\nignored sections: {}",
                    self.0.sections_ignored.join("; ")
                ));
            }
            if self.0.streaks_updated > 0 {
                out.push_str(&format!(
                    "\n{} streak(s) an earlier import cut short were brought up to this file's count",
                    self.0.streaks_updated
                ));
            }
            for w in &self.0.warnings {
                out.push_str(&format!("\nwarning: {w}"));
            }
            if let Some(id) = self.0.import_id {
                out.push_str(&format!(
                    "\nimport {id} — undo with `liveledger imports undo {id}`"
                ));
            }
        }
    }

    struct OldDays<'a>(&'a DaysRead);

    impl OldDays<'_> {
        /// The lines of [`ImportReport::describe`] for TikTok's figures of days.
        fn describe(&self, out: &mut String) {
            out.push_str(&format!(
                "\nTikTok's figures for {} day(s){}: {}",
                self.0.days,
                match (self.0.first_day, self.0.last_day) {
                    (Some(a), Some(b)) if a != b => format!(" from {a} to {b}"),
                    (Some(a), _) => format!(" on {a}"),
                    _ => String::new(),
                },
                self.0.figures.join(", ")
            ));
            if let Some(diamonds) = self.0.diamonds {
                out.push_str(&format!(
                    "\nTikTok reports {} diamonds over them: kept beside the ledger, never added to the balance (compare with `liveledger days`)",
                    diamonds.0.normalize()
                ));
            }
            out.push_str(&format!(
                "\n{} figure(s) new, {} already there",
                self.0.figures_added, self.0.figures_unchanged
            ));
            for r in &self.0.replaced {
                out.push_str(&format!(
                    "\nreplaces TikTok's {} of {}: {} → {}",
                    r.figure, r.day, r.was, r.now
                ));
            }
            if self.0.figures_replaced > self.0.replaced.len() as u64 {
                out.push_str(&format!(
                    "\n… and {} more figure(s) replaced",
                    self.0.figures_replaced - self.0.replaced.len() as u64
                ));
            }
        }
    }

    fn day(d: u32) -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    /// Reports that between them take every line and every branch.
    fn reports() -> Vec<ImportReport> {
        let mut a = ImportReport {
            file: "gifts.csv".into(),
            format: "gift-events".into(),
            encoding: "UTF-8".into(),
            delimiter: "semicolon".into(),
            header_line: 3,
            number_format: "1.234,5".into(),
            date_format: "DD.MM.YYYY".into(),
            rows_read: 1240,
            rows_added: 1234,
            rows_skipped: 1,
            totals_skipped: 1,
            summary_skipped: 2,
            redelivered: 3,
            blank_skipped: 4,
            events_skipped: [("like".to_string(), 5), ("chat".to_string(), 1)].into(),
            sessions_added: 1,
            sessions_matched: 1,
            streak_steps: 6,
            unfinished_streaks: 1,
            sections_ignored: vec!["Direct Messages".into(), "Comments".into()],
            streaks_updated: 2,
            coins_added: 2360,
            diamonds_added: Diamonds(dec!(1192.50)),
            value_added: [
                ("EUR".to_string(), Money(dec!(1234.56))),
                ("USD".to_string(), Money(dec!(3.00))),
            ]
            .into(),
            fields: vec![FieldSource {
                field: "date".into(),
                column: 1,
                header: "Zeit".into(),
                samples: vec!["25.11.2026".into(), "26.11.2026".into()],
                dates: Vec::new(),
            }],
            dry_run: true,
            ..ImportReport::default()
        };
        a.note(
            Message::new("core-import-summary-block-lines")
                .count("count", 2)
                .text("n", "2")
                .text("first", "5")
                .text("last", "6"),
        );
        a.note(
            Message::new("core-import-mapping-used")
                .text("saved", "2026-11-20")
                .text("name", "Meine Liste")
                .text("mapping", "date=Zeit"),
        );
        a.warn(
            Message::new("core-import-streak-unended-from")
                .text("line", "9")
                .text("gift", "Rose")
                .text("sender", "ana")
                .text("max", "4")
                .text("coins", "1"),
        );
        a.warn(Message::new("core-import-windows-1252"));
        a.warn(
            Message::new("core-import-left-out")
                .count("count", 1)
                .text("n", "1"),
        );
        let mut b = ImportReport {
            file: "sheet.xlsx".into(),
            format: "gift-table".into(),
            encoding: "xlsx sheet 'Gifts'".into(),
            delimiter: "sheet".into(),
            header_line: 2,
            number_format: "plain".into(),
            rows_read: 1,
            rows_added: 1,
            sessions_added: 2,
            sessions_matched: 0,
            diamonds_added: Diamonds(dec!(0)),
            import_id: Some(7),
            days: Some(DaysRead {
                days: 3,
                first_day: Some(day(1)),
                last_day: Some(day(3)),
                figures: vec!["diamonds".into(), "likes".into()],
                diamonds: Some(Diamonds(dec!(6950.0))),
                figures_added: 4,
                figures_unchanged: 1,
                figures_replaced: 3,
                replaced: vec![ReplacedFigure {
                    day: day(2),
                    figure: "likes".into(),
                    was: "10".into(),
                    now: "12".into(),
                }],
            }),
            ..ImportReport::default()
        };
        b.note(
            Message::new("core-import-price-coins")
                .text("coins_column", "3")
                .text("coins_header", "Preis")
                .text("diamonds_column", "4")
                .text("diamonds_header", "Diamanten"),
        );
        b.warn(Message::new("core-import-streaks-more"));
        b.warn(
            Message::new("core-import-streak-steps-uncounted")
                .count("count", 2)
                .text("n", "2")
                .text("column", "repeatEnd"),
        );
        let json = |file: &str, encoding: &str, days: Option<DaysRead>| ImportReport {
            file: file.into(),
            format: "json-events".into(),
            encoding: encoding.into(),
            date_format: "ISO 8601".into(),
            rows_read: 0,
            days,
            ..ImportReport::default()
        };
        let mut c = json(
            "events.json",
            "UTF-16LE",
            Some(DaysRead {
                days: 1,
                first_day: Some(day(4)),
                ..DaysRead::default()
            }),
        );
        c.note(
            Message::new("core-import-price-total-diamonds")
                .text("diamonds_column", "2")
                .text("diamonds_header", "Total"),
        );
        c.note(
            Message::new("core-import-summary-block")
                .count("count", 1)
                .text("n", "1")
                .text("first", "7"),
        );
        let mut d = json(
            &format!("x{}", tiktok_export::TXT_SHOWN),
            "UTF-8",
            Some(DaysRead::default()),
        );
        d.warn(
            Message::new("core-import-streak-unended")
                .text("line", "2")
                .text("gift", "Lion")
                .text("max", "1")
                .text("coins", "29999"),
        );
        d.note(
            Message::new("core-import-price-diamonds")
                .text("diamonds_column", "1")
                .text("diamonds_header", "diamondCount"),
        );
        let e = ImportReport {
            file: "plain.csv".into(),
            encoding: "windows-1252".into(),
            delimiter: "comma".into(),
            header_line: 1,
            ..json("plain.csv", "", None)
        };
        let f = json(
            &format!("y{}", tiktok_export::TXT_SHOWN),
            "windows-1252",
            None,
        );
        vec![a, b, c, d, e, f]
    }

    #[test]
    fn english_says_exactly_what_the_report_always_said() {
        for r in reports() {
            assert_eq!(r.describe(), Old(&r).describe(), "{r:?}");
            assert_eq!(r.notes.len(), r.note_messages.len());
            assert_eq!(r.warnings.len(), r.warning_messages.len());
        }
    }

    #[test]
    fn another_language_says_the_report_in_its_words() {
        let r = &reports()[0];
        let de = r.describe_in(&Localizer::new("de"));
        assert!(
            de.starts_with("Vorschau – nichts geschrieben. gifts.csv"),
            "{de}"
        );
        assert!(!de.contains("skipped"), "{de}");
        assert_eq!(de.lines().count(), r.describe().lines().count(), "{de}");
    }
}
