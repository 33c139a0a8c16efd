//! What an import did and how it read the file: the report every road
//! fills, and the lines it is told to a person in.

use crate::error::counted;
use std::collections::BTreeMap;

use serde::Serialize;

use super::{tiktok_export, Encoding};
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
    /// How the file was read, where a person may want to know: which column
    /// gave the price, a summary block skipped, a mapping remembered.
    pub notes: Vec<String>,
    /// Whether nothing was written.
    pub dry_run: bool,
    /// The import's id for undo (none for a dry run or when nothing was new).
    pub import_id: Option<i64>,
}

impl ImportReport {
    /// A few lines for a person.
    pub fn describe(&self) -> String {
        let mut out = String::new();
        self.describe_totals(&mut out);
        self.describe_reading(&mut out);
        self.describe_fields(&mut out);
        self.describe_skipped(&mut out);
        self.describe_notes(&mut out);
        if let Some(d) = &self.days {
            d.describe(&mut out);
        }
        self.describe_rest(&mut out);
        out
    }

    /// What was read and added, and what it is worth.
    fn describe_totals(&self, out: &mut String) {
        out.push_str(&format!(
            "{}{} ({}): {} read, {} added, {} skipped as already imported, {} created, {} extended",
            if self.dry_run {
                "dry run — nothing written. "
            } else {
                ""
            },
            self.file,
            self.format,
            counted(self.rows_read, "row"),
            self.rows_added,
            self.rows_skipped,
            counted(self.sessions_added, "session"),
            counted(self.sessions_matched, "existing session"),
        ));
        let value: Vec<String> = self
            .value_added
            .iter()
            .map(|(c, m)| format!("{m} {c}"))
            .collect();
        out.push_str(&format!(
            "\nadds {} coins, {} diamonds{}",
            self.coins_added,
            self.diamonds_added.0.normalize(),
            if value.is_empty() {
                String::new()
            } else {
                format!(", worth {}", value.join(" + "))
            }
        ));
    }

    /// How the file was read: its kind, encoding, delimiter, header line, dates and numbers.
    fn describe_reading(&self, out: &mut String) {
        if self.delimiter.is_empty() {
            // JSON has no delimiter and no header line to claim.
            if self.file.ends_with(tiktok_export::TXT_SHOWN) {
                out.push_str("\nread as TikTok's TXT download");
            } else {
                out.push_str("\nread as JSON");
            }
            if !self.encoding.is_empty() && self.encoding != Encoding::Utf8.name() {
                out.push_str(&format!(" in {}", self.encoding));
            }
        } else {
            // A sheet's lines are its rows, and it has no delimiter.
            let (how, place) = if self.delimiter == "sheet" {
                (self.encoding.clone(), "row")
            } else {
                (
                    format!("{}, {}-separated", self.encoding, self.delimiter),
                    "line",
                )
            };
            out.push_str(&format!(
                "\nread as {how}, header on {place} {}{}",
                self.header_line,
                if self.header_line > 1 {
                    format!(
                        " (the {} above it skipped)",
                        counted(self.header_line - 1, place)
                    )
                } else {
                    String::new()
                }
            ));
        }
        if !self.date_format.is_empty() {
            out.push_str(&format!("; dates {}", self.date_format));
        }
        if self.number_format != "plain" && !self.number_format.is_empty() {
            out.push_str(&format!("; numbers {}", self.number_format));
        }
    }

    /// Each field with its column and first values.
    fn describe_fields(&self, out: &mut String) {
        for f in &self.fields {
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
        if self.totals_skipped > 0 {
            skipped.push(counted(self.totals_skipped, "total row"));
        }
        if self.blank_skipped > 0 {
            skipped.push(counted(self.blank_skipped, "blank line"));
        }
        for (k, n) in &self.events_skipped {
            skipped.push(format!("{n} {k} event(s)"));
        }
        if self.summary_skipped > 0 {
            skipped.push(counted(self.summary_skipped, "summary row"));
        }
        if !skipped.is_empty() {
            out.push_str(&format!("\nskipped: {}", skipped.join(", ")));
        }
    }

    /// How the file was read where a person may want to know, and what streaks were folded.
    fn describe_notes(&self, out: &mut String) {
        for n in &self.notes {
            out.push_str(&format!("\n{n}"));
        }
        if self.redelivered > 0 {
            out.push_str(&format!(
                "\n{} message(s) the file gave twice (the same message id) were counted once",
                self.redelivered
            ));
        }
        if self.streak_steps > 0 {
            out.push_str(&format!(
                "\n{} streak steps were folded into their streak's final count",
                self.streak_steps
            ));
        }
        if self.unfinished_streaks > 0 {
            out.push_str(&format!(
                "\nwarning: {} streak(s) never ended in the file; each was counted at its highest count",
                self.unfinished_streaks
            ));
        }
    }

    /// Sections ignored, streaks brought up to date, warnings and how to undo.
    fn describe_rest(&self, out: &mut String) {
        if !self.sections_ignored.is_empty() {
            out.push_str(&format!(
                "\nignored sections: {}",
                self.sections_ignored.join("; ")
            ));
        }
        if self.streaks_updated > 0 {
            out.push_str(&format!(
                "\n{} streak(s) an earlier import cut short were brought up to this file's count",
                self.streaks_updated
            ));
        }
        for w in &self.warnings {
            out.push_str(&format!("\nwarning: {w}"));
        }
        if let Some(id) = self.import_id {
            out.push_str(&format!(
                "\nimport {id} — undo with `liveledger imports undo {id}`"
            ));
        }
    }
}

impl DaysRead {
    /// The lines of [`ImportReport::describe`] for TikTok's figures of days.
    fn describe(&self, out: &mut String) {
        out.push_str(&format!(
            "\nTikTok's figures for {} day(s){}: {}",
            self.days,
            match (self.first_day, self.last_day) {
                (Some(a), Some(b)) if a != b => format!(" from {a} to {b}"),
                (Some(a), _) => format!(" on {a}"),
                _ => String::new(),
            },
            self.figures.join(", ")
        ));
        if let Some(diamonds) = self.diamonds {
            out.push_str(&format!(
                "\nTikTok reports {} diamonds over them: kept beside the ledger, never added to the balance (compare with `liveledger days`)",
                diamonds.0.normalize()
            ));
        }
        out.push_str(&format!(
            "\n{} figure(s) new, {} already there",
            self.figures_added, self.figures_unchanged
        ));
        for r in &self.replaced {
            out.push_str(&format!(
                "\nreplaces TikTok's {} of {}: {} → {}",
                r.figure, r.day, r.was, r.now
            ));
        }
        if self.figures_replaced > self.replaced.len() as u64 {
            out.push_str(&format!(
                "\n… and {} more figure(s) replaced",
                self.figures_replaced - self.replaced.len() as u64
            ));
        }
    }
}
