//! The reader of gift tables: one row a gift (or several of one kind), the
//! price from a coins column or the gift catalog.

use super::cells::{total_fits, Cell};
use super::gift_cell::split_count;
use super::occurrences;
use super::parser::Parser;
use super::rows::GiftRow;
use crate::import::fingerprint;
use crate::import::sniff::Field;

impl Parser {
    /// Reads one gift-table row. The price of one gift comes from the coins
    /// column, else a diamonds column (a gift's diamonds are its price in
    /// coins; a total column is divided by the count), else the catalog. A
    /// count written into the gift cell (`Rose x5`) is the count when the
    /// row has no count of its own, and must agree with one it has.
    pub(super) fn gift_table(&mut self, rec: &csv::StringRecord, line: u64) -> Cell<()> {
        let at = self.when(rec, line)?;
        self.required(rec, Field::Gift, "a gift name")?;
        let gift_col = self.cols.get(Field::Gift);
        let written = self
            .free_text(rec, Field::Gift)?
            .map(std::borrow::Cow::into_owned)
            .ok_or_else(|| (gift_col, "expected a gift name".to_string()))?;
        let column_count = self.whole(rec, Field::Count, "a whole count")?;
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
                    format!(
                        "the gift cell '{}' says {c} but the count column says {k}: which is it?",
                        crate::import::short(&written)
                    ),
                ))
            }
        };
        if count < 1 {
            return Err((
                self.cols.get(Field::Count).or(gift_col),
                format!("expected a count of 1 or more, found {count}"),
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
        let non_negative = |col: Option<usize>, c: i64, what: &str| {
            if c < 0 {
                Err((col, format!("expected 0 {what} or more, found {c}")))
            } else {
                Ok(c)
            }
        };
        if let Some(c) = self.whole(rec, Field::Coins, "a whole number of coins")? {
            return non_negative(self.cols.get(Field::Coins), c, "coins");
        }
        if let Some(d) = self.whole(rec, Field::Diamonds, "a whole number of diamonds")? {
            let col = self.cols.get(Field::Diamonds);
            let d = non_negative(col, d, "diamonds")?;
            if let Some(p) = catalog.filter(|p| count > 1 && d != *p) {
                if p.checked_mul(count) == Some(d) {
                    return Err((col, format!(
                        "{d} diamonds is {count} × {} ({p} each in the catalog): this column looks like the row's total, not one gift's price; read it as the row's total diamonds (CLI: --map total_diamonds={})",
                        crate::import::short(name),
                        self.column_name(col)
                    )));
                }
            }
            return Ok(d);
        }
        if let Some(d) = self.whole(rec, Field::TotalDiamonds, "a whole number of diamonds")? {
            let col = self.cols.get(Field::TotalDiamonds);
            let d = non_negative(col, d, "diamonds")?;
            if let Some(p) = catalog.filter(|p| count > 1 && d == *p) {
                return Err((col, format!(
                    "{d} diamonds for {count} × {} is the catalog's price of one ({p}): this column looks like one gift's price, not the row's total; read it as diamonds per gift (CLI: --map diamonds={})",
                    crate::import::short(name),
                    self.column_name(col)
                )));
            }
            if d % count != 0 {
                return Err((col, format!(
                    "a total of {d} diamonds does not divide by the count {count}: is it the price of one gift?"
                )));
            }
            return Ok(d / count);
        }
        catalog.ok_or_else(|| {
            (
                self.cols.get(Field::Gift),
                format!("gift '{}' is not in the gift catalog and the row gives no coins or diamonds; add it to the catalog or add a coins column", crate::import::short(name)),
            )
        })
    }

    /// A column's header, for a `--map` a message suggests.
    fn column_name(&self, col: Option<usize>) -> String {
        crate::import::short(col.and_then(|i| self.header.get(i)).map_or("", |h| h))
    }
}
