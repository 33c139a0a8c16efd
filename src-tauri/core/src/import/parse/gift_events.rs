//! The reader of gift-event logs (TikFinity, TikTok-Live-Connector and the
//! like): one row an event, a streakable gift's steps folded into its streak.

use super::cells::{gift_event_fingerprint, message_key, parse_bool, total_fits, Cell, What};
use super::occurrences;
use super::parser::Parser;
use super::rows::GiftRow;
use super::streaks::StreakEvent;
use crate::events::streak;
use crate::import::datetime::parse_when;
use crate::import::short;
use crate::import::sniff::Field;
use crate::l10n::Message;

impl Parser {
    /// A true/false cell of `field`: `None` when the file has no such column
    /// or the cell is empty.
    fn flag(&self, rec: &csv::StringRecord, field: Field) -> Cell<Option<bool>> {
        match self.text(rec, field).filter(|t| !t.is_empty()) {
            None => Ok(None),
            Some(t) => parse_bool(t).map(Some).ok_or_else(|| {
                (
                    self.cols.get(field),
                    Message::new("core-import-cell-true-false").text("text", short(t)),
                )
            }),
        }
    }

    /// Reads one gift event: a one-off gift is written as it comes, an event
    /// of a streakable gift (gift type 1) is folded into its streak.
    pub(super) fn gift_event(&mut self, rec: &csv::StringRecord, line: u64) -> Cell<()> {
        let at = self.when(rec, line)?;
        let gift_id = self.text(rec, Field::GiftId).unwrap_or("").to_string();
        let name = match self.free_text(rec, Field::Gift)? {
            Some(n) => n.into_owned(),
            None => format!("Gift #{}", crate::import::short(&gift_id)),
        };
        // A log without a price takes a catalog gift's; a gift the catalog
        // does not know and the event does not price is refused.
        let coins = match self.whole(rec, Field::Coins, What::GiftPrice)? {
            Some(c) => c,
            None => *self.catalog.get(&name.to_lowercase()).ok_or_else(|| {
                (
                    self.cols.get(Field::Coins).or(self.cols.get(Field::Gift)),
                    Message::new("core-import-cell-no-price")
                        .text("gift", short(&name))
                        .text("field", crate::events::EventField::Coins.column()),
                )
            })?,
        };
        let count = self
            .whole(rec, Field::Count, What::RepeatCount)?
            .unwrap_or(1);
        if coins < 0 {
            return Err((
                self.cols.get(Field::Coins),
                Message::new("core-import-cell-price-negative").text("text", coins.to_string()),
            ));
        }
        if count < 1 {
            return Err((
                self.cols.get(Field::Count),
                Message::new("core-import-cell-repeat-count-below-one")
                    .text("text", count.to_string()),
            ));
        }
        total_fits(coins, count, self.cols.get(Field::Count))?;
        let sender = self.sender(rec)?;
        let gift_type = streak::gift_type(
            self.whole(rec, Field::GiftType, What::GiftType)?,
            self.flag(rec, Field::Streakable)?,
        );
        let repeat_end = streak::ends(
            self.flag(rec, Field::RepeatEnd)?,
            self.flag(rec, Field::Streaking)?,
        );
        // A message the file already gave (a re-delivery) counts once.
        if let Some(id) = self.text(rec, Field::EventId).filter(|t| !t.is_empty()) {
            if !self.messages.first_time(message_key(id, count, repeat_end)) {
                self.out.redelivered += 1;
                return Ok(());
            }
        }
        self.track_step(sender.as_deref(), &name, count);
        let stamp = self.text(rec, Field::Date).unwrap_or("");
        let base = gift_event_fingerprint(stamp, sender.as_deref(), &gift_id, &name, coins, count);
        // The base holds the date cell as written but not a time column, so
        // with a time column a row is counted at what its date cell alone
        // says: rows with one base must be counted at one instant.
        let instant = if self.cols.has(Field::Time) {
            let mut styles = 0;
            occurrences::instant(parse_when(stamp, None, self.tz, line, 0, &mut styles).ok())
        } else {
            occurrences::instant(Some(at))
        };
        let row = GiftRow {
            at: Some(at),
            name,
            coins_each: coins,
            count,
            sender,
            session_key: None,
            fp: 0,
            streak: None,
        };
        let key = (
            row.sender.clone().unwrap_or_default(),
            if gift_id.is_empty() {
                row.name.clone()
            } else {
                gift_id
            },
        );
        if !streak::streakable(gift_type) {
            let fp = self.occurrence(base, instant);
            self.out.gifts.push(GiftRow { fp, ..row });
            return Ok(());
        }
        let time = self.text(rec, Field::Time).unwrap_or("");
        self.fold_streak(StreakEvent {
            row,
            key,
            base,
            instant,
            at,
            count,
            repeat_end,
            line,
            stamp,
            time,
        });
        Ok(())
    }
}
