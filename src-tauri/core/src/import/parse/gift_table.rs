//! The reader of gift tables: one row a gift (or several of one kind), the
//! price from a coins column or the gift catalog.

use super::cells::{total_fits, Cell, Found, What};
use super::gift_cell::split_count;
use super::occurrences;
use super::parser::Parser;
use super::rows::GiftRow;
use crate::import::fingerprint;
use crate::import::sniff::Field;
use crate::l10n::Message;

impl Parser {
    /// Reads one gift-table row. The price of one gift comes from the coins
    /// column, else a diamonds column (a gift's diamonds are its price in
    /// coins; a total column is divided by the count), else the catalog. A
    /// count written into the gift cell (`Rose x5`) is the count when the
    /// row has no count of its own, and must agree with one it has.
    pub(super) fn gift_table(&mut self, rec: &csv::StringRecord, line: u64) -> Cell<()> {
        let at = self.when(rec, line)?;
        self.required(rec, Field::Gift, "core-import-cell-no-gift")?;
        let gift_col = self.cols.get(Field::Gift);
        let written = self
            .free_text(rec, Field::Gift)?
            .map(std::borrow::Cow::into_owned)
            .ok_or_else(|| (gift_col, Message::new("core-import-cell-gift-blank")))?;
        let column_count = self.whole(rec, Field::Count, What::WholeCount)?;
        // A name the catalog knows as written is never split.
        let split = match self.catalog.contains_key(&written.to_lowercase()) {
            true => None,
            false => split_count(&written).map(|(n, c)| (n.to_string(), c)),
        };
        let (name, count) = match (split, column_count) {
            (None, c) => (written, c.unwrap_or(1)),
            (Some((n, c)), None) => (n, c),
            (Some((n, c)), Some(k)) if c == k => (n, c),
            (Some((_, c)), Some(k)) => {
                return Err((
                    gift_col,
                    Message::new("core-import-cell-count-conflict")
                        .text("text", crate::import::short(&written))
                        .text("cell", c.to_string())
                        .text("column", k.to_string()),
                ))
            }
        };
        if count < 1 {
            return Err((
                self.cols.get(Field::Count).or(gift_col),
                Message::new("core-import-cell-count-below-one").text("text", count.to_string()),
            ));
        }
        let coins = self.price(rec, &name, count)?;
        total_fits(coins, count, self.cols.get(Field::Count))?;
        let sender = self.sender(rec)?;
        self.track_step(sender.as_deref(), &name, count);
        let session_key = self.text(rec, Field::Session).map(str::to_string);
        let base = fingerprint(&[
            "gift-table",
            self.text(rec, Field::Date).unwrap_or(""),
            self.text(rec, Field::Time).unwrap_or(""),
            &name.to_lowercase(),
            &coins.to_string(),
            &count.to_string(),
            sender.as_deref().unwrap_or(""),
            session_key.as_deref().unwrap_or(""),
        ]);
        let fp = self.occurrence(base, occurrences::instant(Some(at)));
        self.out.gifts.push(GiftRow {
            at: Some(at),
            name,
            coins_each: coins,
            count,
            sender,
            session_key,
            fp,
            streak: None,
        });
        Ok(())
    }

    /// The price of one gift of a row: its coins, else its diamonds (one
    /// gift's, or the row's total divided by `count`), else the catalog's.
    /// A diamonds column is checked against the count where the catalog
    /// knows the gift: a per-gift column holding exactly price × count, or
    /// a total column holding exactly the price, is read the wrong way.
    fn price(&mut self, rec: &csv::StringRecord, name: &str, count: i64) -> Cell<i64> {
        let catalog = self.catalog.get(&name.to_lowercase()).copied();
        let non_negative = |col: Option<usize>, c: i64, what: What| {
            if c < 0 {
                Err((col, what.problem(Found::Negative, &c.to_string())))
            } else {
                Ok(c)
            }
        };
        if let Some(c) = self.whole(rec, Field::Coins, What::WholeCoins)? {
            return non_negative(self.cols.get(Field::Coins), c, What::WholeCoins);
        }
        if let Some(d) = self.whole(rec, Field::Diamonds, What::WholeDiamonds)? {
            let col = self.cols.get(Field::Diamonds);
            let d = non_negative(col, d, What::WholeDiamonds)?;
            if let Some(p) = catalog.filter(|p| count > 1 && d != *p) {
                if p.checked_mul(count) == Some(d) {
                    return Err((
                        col,
                        Message::new("core-import-cell-diamonds-look-total")
                            .text("diamonds", d.to_string())
                            .text("n", count.to_string())
                            .text("gift", crate::import::short(name))
                            .text("each", p.to_string())
                            .text("column", self.column_name(col)),
                    ));
                }
            }
            return Ok(d);
        }
        if let Some(d) = self.whole(rec, Field::TotalDiamonds, What::WholeDiamonds)? {
            let col = self.cols.get(Field::TotalDiamonds);
            let d = non_negative(col, d, What::WholeDiamonds)?;
            if let Some(p) = catalog.filter(|p| count > 1 && d == *p) {
                return Err((
                    col,
                    Message::new("core-import-cell-total-looks-each")
                        .text("diamonds", d.to_string())
                        .text("n", count.to_string())
                        .text("gift", crate::import::short(name))
                        .text("each", p.to_string())
                        .text("column", self.column_name(col)),
                ));
            }
            if d % count != 0 {
                return Err((
                    col,
                    Message::new("core-import-cell-total-not-divisible")
                        .text("diamonds", d.to_string())
                        .text("n", count.to_string()),
                ));
            }
            return Ok(d / count);
        }
        catalog.ok_or_else(|| {
            (
                self.cols.get(Field::Gift),
                Message::new("core-import-cell-gift-unknown")
                    .text("gift", crate::import::short(name)),
            )
        })
    }

    /// A column's header, for a `--map` a message suggests.
    fn column_name(&self, col: Option<usize>) -> String {
        crate::import::short(col.and_then(|i| self.header.get(i)).map_or("", |h| h))
    }
}
