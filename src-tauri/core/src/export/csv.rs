//! LiveLedger's own CSV: one typed row per record under
//! [`LIVELEDGER_COLUMNS`], which the LiveLedger import reads back losslessly.

use std::borrow::Cow;
use std::io::Write;

use chrono::{DateTime, SecondsFormat, Utc};

use super::io_err;
use crate::error::{Error, Result};
use crate::import::{LIVELEDGER_COLUMNS, LIVELEDGER_TEXT_COLUMNS as TEXT_COLUMNS};
use crate::model::{Adjustment, Gift, Session, SessionRate, Withdrawal};
use crate::rates::Rate;
use crate::snapshot::Snapshot;
use crate::store::{formula_safe, Store};

/// A record's cells by column name; columns it does not name stay empty.
type Cells = [(&'static str, String)];

/// Writes every rate, session, gift, withdrawal and adjustment of `ledger`
/// (gifts read from `store` one at a time) to `out`.
pub(super) fn export(store: &Store, ledger: &Snapshot, out: &mut dyn Write) -> Result<()> {
    let mut w = Rows::start(out)?;
    for r in ledger.rates.all() {
        w.row(&rate(r))?;
    }
    for s in &ledger.sessions {
        w.row(&session(s, &ledger.session_rate(s)))?;
    }
    store.each_gift(|g: Gift| w.row(&gift(g)))?;
    for wd in &ledger.withdrawals {
        w.row(&withdrawal(wd))?;
    }
    for a in &ledger.adjustments {
        w.row(&adjustment(a))?;
    }
    w.finish()
}

/// The CSV being written, its header first.
struct Rows<'a> {
    w: csv::Writer<&'a mut dyn Write>,
}

impl<'a> Rows<'a> {
    /// Starts the file with its header line.
    fn start(out: &'a mut dyn Write) -> Result<Rows<'a>> {
        let mut w = csv::Writer::from_writer(out);
        w.write_record(LIVELEDGER_COLUMNS).map_err(csv_err)?;
        Ok(Rows { w })
    }

    /// Writes one record, its cells in the header's order.
    fn row(&mut self, pairs: &Cells) -> Result<()> {
        let cells: Vec<Cow<'_, str>> = LIVELEDGER_COLUMNS
            .iter()
            .map(|c| {
                let v = pairs
                    .iter()
                    .find(|(k, _)| k == c)
                    .map_or("", |(_, v)| v.as_str());
                // A spreadsheet must show text as text, never run it as a
                // formula; the importer takes the quote off again.
                if TEXT_COLUMNS.contains(c) {
                    formula_safe(v)
                } else {
                    Cow::Borrowed(v)
                }
            })
            .collect();
        let cells: Vec<&str> = cells.iter().map(|c| c.as_ref()).collect();
        self.w.write_record(&cells).map_err(csv_err)
    }

    /// Flushes what is buffered.
    fn finish(mut self) -> Result<()> {
        self.w.flush().map_err(io_err)
    }
}

/// A CSV error as an export's I/O error; an I/O error keeps its kind (a
/// closed pipe, a full disk).
fn csv_err(e: csv::Error) -> Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io_err(io),
        other => io_err(std::io::Error::other(format!("{other:?}"))),
    }
}

/// An instant as the CSV writes it: RFC 3339 in UTC, to the millisecond.
fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// A count that may be unknown: empty when it is.
fn opt(v: Option<i64>) -> String {
    v.map(|n| n.to_string()).unwrap_or_default()
}

fn rate(r: &Rate) -> [(&'static str, String); 7] {
    [
        ("record", "rate".into()),
        ("effective_from", r.effective_from.to_string()),
        ("diamonds_per_coin", r.diamonds_per_coin.to_string()),
        ("money_per_diamond", r.money_per_diamond.to_string()),
        ("currency", r.currency.clone()),
        ("min_withdrawal", r.min_withdrawal.to_string()),
        (
            "max_withdrawal_per_day",
            r.max_withdrawal_per_day
                .map(|m| m.to_string())
                .unwrap_or_default(),
        ),
    ]
}

/// A session with the rate it is valued at: the rate travels with it, so a
/// re-import elsewhere gives the same figures whatever rates that ledger has.
fn session(s: &Session, rate: &SessionRate) -> [(&'static str, String); 15] {
    [
        ("record", "session".into()),
        ("effective_from", rate.effective_from.to_string()),
        (
            "diamonds_per_coin",
            rate.diamonds_per_coin.normalize().to_string(),
        ),
        (
            "money_per_diamond",
            rate.money_per_diamond.normalize().to_string(),
        ),
        ("currency", rate.currency.clone()),
        ("session_ref", s.id.to_string()),
        ("started_at", ts(s.started_at)),
        ("ended_at", s.ended_at.map(ts).unwrap_or_default()),
        ("title", s.title.clone()),
        ("peak_viewers", opt(s.peak_viewers)),
        ("unique_viewers", opt(s.unique_viewers)),
        ("likes", opt(s.likes)),
        ("new_followers", opt(s.new_followers)),
        ("notes", s.notes.clone()),
        ("reported_diamonds", s.reported_diamonds.to_string()),
    ]
}

fn gift(g: Gift) -> [(&'static str, String); 7] {
    [
        ("record", "gift".into()),
        ("session_ref", g.session_id.to_string()),
        ("at", g.at.map(ts).unwrap_or_default()),
        ("gift_name", g.gift_name),
        ("coins_each", g.coins_each.to_string()),
        ("count", g.count.to_string()),
        ("sender", g.sender.unwrap_or_default()),
    ]
}

fn withdrawal(wd: &Withdrawal) -> [(&'static str, String); 10] {
    [
        ("record", "withdrawal".into()),
        ("at", ts(wd.requested_at)),
        ("diamonds", wd.diamonds.to_string()),
        ("gross", wd.gross.to_string()),
        ("currency", wd.currency.clone()),
        ("fee", wd.fee.to_string()),
        ("net", wd.net.to_string()),
        ("method", wd.method.clone()),
        ("status", wd.status.as_str().into()),
        ("reference", wd.reference.clone()),
    ]
}

fn adjustment(a: &Adjustment) -> [(&'static str, String); 4] {
    [
        ("record", "adjustment".into()),
        ("at", ts(a.at)),
        ("diamonds", a.diamonds.to_string()),
        ("reason", a.reason.clone()),
    ]
}
