//! The CLI's words in the run's language: labels and sentences from the
//! `cli` catalog area (`assets/locales/<tag>/cli.ftl`), figures written as
//! the language writes them, and English exactly as the command line has
//! always printed it (figures ungrouped, money as `12.50 EUR`, days as
//! `YYYY-MM-DD`), since scripts and tests quote it.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use liveledger::l10n::{format, Localizer, Message, PSEUDO};
use liveledger::money::Amounts;

use crate::table::Table;

/// A run's language, for the CLI's tables and sentences.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Words<'a> {
    words: &'a Localizer,
}

impl<'a> Words<'a> {
    /// Speaks `words`' language.
    pub(crate) fn new(words: &'a Localizer) -> Words<'a> {
        Words { words }
    }

    /// Whether this is English, whose figures are the old text.
    pub(crate) fn english(&self) -> bool {
        self.words.tag() == "en"
    }

    /// The locale whose figures are written (the pseudo-locale's are
    /// English's, grouped, as the renderer writes them).
    fn figures(&self) -> &'static str {
        match self.words.tag() {
            PSEUDO => "en",
            tag => tag,
        }
    }

    /// `message` in the language.
    pub(crate) fn say(&self, message: &Message) -> String {
        self.words.render(message)
    }

    /// The message `id`, which takes no arguments.
    pub(crate) fn word(&self, id: &'static str) -> String {
        self.say(&Message::new(id))
    }

    /// A figure: in English as it always printed (`1234.5`), else grouped
    /// and with the language's separators (`1.234,5`).
    pub(crate) fn number(&self, value: impl Into<Decimal>) -> String {
        let value = value.into();
        if self.english() {
            value.to_string()
        } else {
            format::decimal(self.figures(), value)
        }
    }

    /// Money: in English `12.50 EUR`, else as the language writes it
    /// (`12,50 €`).
    pub(crate) fn money(&self, value: Decimal, currency: &str) -> String {
        if self.english() {
            format!("{value} {currency}")
        } else {
            format::money(self.figures(), value, currency)
        }
    }

    /// Money in several currencies joined by ` + ` (English: as
    /// `Amounts::describe` writes it).
    pub(crate) fn amounts(&self, a: &Amounts) -> String {
        if self.english() {
            return a.describe();
        }
        if a.0.is_empty() {
            return self.number(Decimal::new(0, 2));
        }
        let each: Vec<String> = a.0.iter().map(|(c, m)| self.money(m.0, c)).collect();
        each.join(" + ")
    }

    /// Diamonds grouped: in English by commas as the days report always
    /// wrote them (`4,210`, `-1,250.5`), else as the language groups them.
    pub(crate) fn grouped(&self, value: Decimal) -> String {
        let value = value.normalize();
        if !self.english() {
            return format::decimal(self.figures(), value);
        }
        let text = value.to_string();
        let (sign, digits) = match text.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", text.as_str()),
        };
        let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
        let mut out = String::new();
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        if !frac.is_empty() {
            out.push('.');
            out.push_str(frac);
        }
        format!("{sign}{out}")
    }

    /// A day: in English `YYYY-MM-DD`, else as the language writes it.
    pub(crate) fn day(&self, day: NaiveDate) -> String {
        if self.english() {
            day.to_string()
        } else {
            format::day(self.figures(), day)
        }
    }

    /// A table whose columns are the messages `ids`, each with whether it
    /// aligns right.
    pub(crate) fn table(&self, columns: &[(&'static str, bool)]) -> Table {
        Table::new(
            columns
                .iter()
                .map(|(id, right)| (self.word(id), *right))
                .collect(),
        )
    }
}
