//! The reader of gift tables: one row a gift (or several of one kind), the
//! price from a coins column or the gift catalog.

use super::cells::{total_fits, Cell};
use super::occurrences;
use super::parser::Parser;
use super::rows::GiftRow;
use crate::import::fingerprint;
use crate::import::sniff::Field;

impl Parser {
    /// Reads one gift-table row; without a coins column the price comes from
    /// the catalog, and a gift it does not know is a problem.
    pub(super) fn gift_table(&mut self, rec: &csv::StringRecord, line: u64) -> Cell<()> {
        let at = self.when(rec, line)?;
        self.required(rec, Field::Gift, "a gift name")?;
        let name = self
            .free_text(rec, Field::Gift)?
            .map(std::borrow::Cow::into_owned)
            .ok_or_else(|| {
                (
                    self.cols.get(Field::Gift),
                    "expected a gift name".to_string(),
                )
            })?;
        let coins = match self.whole(rec, Field::Coins, "a whole number of coins")? {
            Some(c) if c < 0 => return Err((self.cols.get(Field::Coins), format!("expected 0 coins or more, found {c}"))),
            Some(c) => c,
            None => *self.catalog.get(&name.to_lowercase()).ok_or_else(|| {
                (
                    self.cols.get(Field::Gift).or(self.cols.get(Field::Coins)),
                    format!("gift '{}' is not in the gift catalog and the row gives no coins; add it to the catalog or add a coins column", crate::import::short(&name)),
                )
            })?,
        };
        let count = self.whole(rec, Field::Count, "a whole count")?.unwrap_or(1);
        if count < 1 {
            return Err((
                self.cols.get(Field::Count),
                format!("expected a count of 1 or more, found {count}"),
            ));
        }
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
            tallied: false,
        });
        Ok(())
    }
}
