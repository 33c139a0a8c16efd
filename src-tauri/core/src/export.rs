//! Exports a bookkeeper, a spreadsheet or a tax tool can read.
//!
//! - CSV: LiveLedger's own typed-row format ([`crate::import::LIVELEDGER_COLUMNS`]);
//!   it imports back losslessly.
//! - JSON: the whole ledger, decimals as strings.
//! - hledger and beancount journals: one transaction per session's earnings,
//!   per withdrawal and per adjustment; diamonds are a commodity `DIAMOND`
//!   with a price directive for each rate, so `balance` of the wallet account
//!   equals `liveledger summary`'s `balance_diamonds`.

use std::io::Write;
use std::path::Path;

use chrono::{DateTime, SecondsFormat, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::dates;
use crate::error::{Error, Result};
use crate::import::{LIVELEDGER_COLUMNS, LIVELEDGER_TEXT_COLUMNS as TEXT_COLUMNS};
use crate::model::{Adjustment, Gift, Session, Settings, Withdrawal, WithdrawalStatus};
use crate::rates::Rate;
use crate::snapshot::Snapshot;
use crate::store::formula_safe;
use crate::store::Store;

/// A format the ledger can be exported in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// LiveLedger CSV (re-importable).
    Csv,
    /// JSON.
    Json,
    /// An hledger journal.
    Hledger,
    /// A beancount file.
    Beancount,
}

impl std::str::FromStr for ExportFormat {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "csv" => Ok(ExportFormat::Csv),
            "json" => Ok(ExportFormat::Json),
            "hledger" | "ledger" | "journal" => Ok(ExportFormat::Hledger),
            "beancount" => Ok(ExportFormat::Beancount),
            _ => Err(format!(
                "'{s}' is not an export format (expected csv, json, hledger or beancount)"
            )),
        }
    }
}

/// Writes the export to `path` atomically: a temporary file beside it, renamed
/// into place when complete. A `path` or temporary that is there and not a
/// regular file (a FIFO, a device, a folder) is refused with
/// [`Error::NotAFile`], without opening it.
pub fn export_to_file(store: &Store, format: ExportFormat, path: &Path) -> Result<()> {
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    // The rename at the end would replace a FIFO or a device with a file.
    crate::paths::check_output(path)?;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.partial",
        path.file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default()
    ));
    // A FIFO there would block the open: only a new file is written.
    let file = crate::paths::fresh_partial(&tmp)?;
    let mut out = std::io::BufWriter::new(file);
    let written = export(store, format, &mut out).and_then(|()| out.flush().map_err(io));
    // `export` names its writes `<export>`; here they went to this file.
    let written = written.map_err(|e| match e {
        Error::Io { source, .. } => io(source),
        other => other,
    });
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    std::fs::rename(&tmp, path).map_err(io)
}

/// Writes the whole ledger to `out` in `format`.
pub fn export(store: &Store, format: ExportFormat, out: &mut dyn Write) -> Result<()> {
    let ledger = store.snapshot()?;
    match format {
        ExportFormat::Csv => csv_export(store, &ledger, out),
        ExportFormat::Json => json_export(store, &ledger, out),
        ExportFormat::Hledger => journal(&ledger, out, Dialect::Hledger),
        ExportFormat::Beancount => journal(&ledger, out, Dialect::Beancount),
    }
}

fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn io_err(source: std::io::Error) -> Error {
    Error::Io {
        path: "<export>".into(),
        source,
    }
}

fn csv_export(store: &Store, ledger: &Snapshot, out: &mut dyn Write) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    // An I/O error keeps its kind (a closed pipe, a full disk).
    let csv_err = |e: csv::Error| match e.into_kind() {
        csv::ErrorKind::Io(io) => io_err(io),
        other => io_err(std::io::Error::other(format!("{other:?}"))),
    };
    w.write_record(LIVELEDGER_COLUMNS).map_err(csv_err)?;
    let mut row = |pairs: &[(&str, String)]| -> Result<()> {
        let cells: Vec<std::borrow::Cow<'_, str>> = LIVELEDGER_COLUMNS
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
                    std::borrow::Cow::Borrowed(v)
                }
            })
            .collect();
        let cells: Vec<&str> = cells.iter().map(|c| c.as_ref()).collect();
        w.write_record(&cells).map_err(csv_err)
    };
    for r in ledger.rates.all() {
        row(&[
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
        ])?;
    }
    let opt = |v: Option<i64>| v.map(|n| n.to_string()).unwrap_or_default();
    for s in &ledger.sessions {
        // The rate the session is valued at travels with it, so a re-import
        // elsewhere gives the same figures whatever rates that ledger has.
        let rate = ledger.session_rate(s);
        row(&[
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
        ])?;
    }
    store.each_gift(|g: Gift| {
        row(&[
            ("record", "gift".into()),
            ("session_ref", g.session_id.to_string()),
            ("at", g.at.map(ts).unwrap_or_default()),
            ("gift_name", g.gift_name),
            ("coins_each", g.coins_each.to_string()),
            ("count", g.count.to_string()),
            ("sender", g.sender.unwrap_or_default()),
        ])
    })?;
    for wd in &ledger.withdrawals {
        row(&[
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
        ])?;
    }
    for a in &ledger.adjustments {
        row(&[
            ("record", "adjustment".into()),
            ("at", ts(a.at)),
            ("diamonds", a.diamonds.to_string()),
            ("reason", a.reason.clone()),
        ])?;
    }
    w.flush().map_err(io_err)
}

#[derive(Serialize)]
struct JsonSession<'a> {
    #[serde(flatten)]
    session: &'a Session,
    gifts: Vec<Gift>,
}

#[derive(Serialize)]
struct JsonExport<'a> {
    format: &'static str,
    schema_version: i64,
    exported_at: DateTime<Utc>,
    settings: &'a Settings,
    rates: &'a [Rate],
    sessions: Vec<JsonSession<'a>>,
    withdrawals: &'a [Withdrawal],
    adjustments: &'a [Adjustment],
}

fn json_export(store: &Store, ledger: &Snapshot, out: &mut dyn Write) -> Result<()> {
    let mut sessions = Vec::with_capacity(ledger.sessions.len());
    for s in &ledger.sessions {
        sessions.push(JsonSession {
            session: s,
            gifts: store.gifts(s.id)?,
        });
    }
    let doc = JsonExport {
        format: "liveledger",
        schema_version: store.schema_version()?,
        exported_at: Utc::now(),
        settings: &ledger.settings,
        rates: ledger.rates.all(),
        sessions,
        withdrawals: &ledger.withdrawals,
        adjustments: &ledger.adjustments,
    };
    serde_json::to_writer_pretty(&mut *out, &doc)
        .map_err(|e| io_err(std::io::Error::other(e.to_string())))?;
    writeln!(out).map_err(io_err)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Dialect {
    Hledger,
    Beancount,
}

/// Account names of the journals, hledger spelling; beancount capitalises.
const WALLET: &str = "assets:tiktok:wallet";
const INCOME: &str = "income:tiktok:live";
const PAID: &str = "assets:payout";
const PENDING: &str = "assets:receivable:tiktok";
const FEES: &str = "expenses:fees:withdrawal";
const ADJUST: &str = "equity:adjustments";
const COMMODITY: &str = "DIAMOND";

fn account(d: Dialect, name: &str) -> String {
    match d {
        Dialect::Hledger => name.to_string(),
        Dialect::Beancount => name
            .split(':')
            .map(|p| {
                let mut c = p.chars();
                c.next()
                    .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                    .unwrap_or_default()
            })
            .map(|p| {
                if p == "Tiktok" {
                    "TikTok".to_string()
                } else {
                    p
                }
            })
            .collect::<Vec<_>>()
            .join(":"),
    }
}

/// Text made safe for a journal's transaction line in dialect `d`, keeping
/// as much of it as the format can carry:
/// - both: one line (control characters and line breaks become spaces);
/// - hledger: the description runs to the end of the line, so `;` (a
///   comment) becomes `,` and `|` (the payee mark) becomes `/`;
/// - beancount: a quoted string, so `\` and `"` are escaped.
fn clean(d: Dialect, text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars() {
        match (d, c) {
            (_, c) if c.is_control() => out.push(' '),
            (Dialect::Hledger, ';') => out.push(','),
            (Dialect::Hledger, '|') => out.push('/'),
            (Dialect::Beancount, '\\') => out.push_str("\\\\"),
            (Dialect::Beancount, '"') => out.push_str("\\\""),
            (_, c) => out.push(c),
        }
    }
    out
}

fn journal(ledger: &Snapshot, out: &mut dyn Write, d: Dialect) -> Result<()> {
    let tz: Tz = ledger.tz;
    let day = |t: DateTime<Utc>| dates::local_date(t, tz);
    let mut text = String::new();
    let currencies: std::collections::BTreeSet<&str> = ledger
        .rates
        .all()
        .iter()
        .map(|r| r.currency.as_str())
        .collect();
    // Beancount wants accounts open before their first posting.
    let first_day = ledger
        .rates
        .all()
        .iter()
        .map(|r| r.effective_from)
        .chain(ledger.sessions.iter().map(|s| day(s.started_at)))
        .chain(ledger.withdrawals.iter().map(|w| day(w.requested_at)))
        .chain(ledger.adjustments.iter().map(|a| day(a.at)))
        .min()
        .unwrap_or_default();
    let mut earned = Vec::with_capacity(ledger.sessions.len());
    for s in &ledger.sessions {
        earned.push(ledger.session_diamonds(s)?.normalize());
    }
    // The commodity shows as many places as the finest figure has, so a
    // balance of 0.999 diamonds is not shown as 1.00.
    let places = earned
        .iter()
        .chain(ledger.withdrawals.iter().map(|w| &w.diamonds))
        .chain(ledger.adjustments.iter().map(|a| &a.diamonds))
        .map(|d| d.0.normalize().scale())
        .max()
        .unwrap_or(0);
    // hledger wants a decimal mark even with no decimals ("1000.").
    let diamond_format = if places == 0 {
        "1000.".to_string()
    } else {
        format!("1000.{}", "0".repeat(places as usize))
    };
    match d {
        Dialect::Hledger => {
            text.push_str("; LiveLedger export — diamonds as a commodity, valued by the price directives below.\n");
            text.push_str(&format!("commodity {diamond_format} {COMMODITY}\n"));
            for c in &currencies {
                text.push_str(&format!("commodity 1000.00 {c}\n"));
            }
            for a in [WALLET, INCOME, PAID, PENDING, FEES, ADJUST] {
                text.push_str(&format!("account {a}\n"));
            }
        }
        Dialect::Beancount => {
            text.push_str("; LiveLedger export — diamonds as a commodity, valued by the price directives below.\n");
            if let Some(c) = currencies.iter().next() {
                text.push_str(&format!("option \"operating_currency\" \"{c}\"\n"));
            }
            text.push_str(&format!("{first_day} commodity {COMMODITY}\n"));
            for c in &currencies {
                text.push_str(&format!("{first_day} commodity {c}\n"));
            }
            for a in [WALLET, INCOME, PAID, PENDING, FEES, ADJUST] {
                text.push_str(&format!("{first_day} open {}\n", account(d, a)));
            }
        }
    }
    text.push('\n');
    for r in ledger.rates.all() {
        match d {
            Dialect::Hledger => text.push_str(&format!(
                "P {} {COMMODITY} {} {}\n",
                r.effective_from, r.money_per_diamond, r.currency
            )),
            Dialect::Beancount => text.push_str(&format!(
                "{} price {COMMODITY} {} {}\n",
                r.effective_from, r.money_per_diamond, r.currency
            )),
        }
    }
    text.push('\n');
    let header = |date: chrono::NaiveDate, payee: &str, narration: &str| match d {
        Dialect::Hledger => format!("{date} {} | {}\n", clean(d, payee), clean(d, narration)),
        Dialect::Beancount => format!(
            "{date} * \"{}\" \"{}\"\n",
            clean(d, payee),
            clean(d, narration)
        ),
    };
    let posting = |acct: &str, amount: String| format!("    {}  {amount}\n", account(d, acct));
    for (s, &diamonds) in ledger.sessions.iter().zip(&earned) {
        if diamonds.0.is_zero() {
            continue;
        }
        let title = if s.title.is_empty() {
            format!("LIVE session {}", s.id)
        } else {
            format!("LIVE session {}: {}", s.id, s.title)
        };
        text.push_str(&header(day(s.started_at), "TikTok LIVE", &title));
        text.push_str(&posting(
            WALLET,
            format!("{} {COMMODITY}", diamonds.normalize()),
        ));
        text.push_str(&posting(
            INCOME,
            format!("{} {COMMODITY}", (-diamonds).normalize()),
        ));
        text.push('\n');
    }
    for w in ledger
        .withdrawals
        .iter()
        .filter(|w| w.status.takes_diamonds())
    {
        let currency = if w.currency.is_empty() {
            ledger.rate_at(w.requested_at).currency
        } else {
            w.currency.clone()
        };
        let method = if w.method.is_empty() {
            String::new()
        } else {
            format!(" via {}", w.method)
        };
        text.push_str(&header(
            day(w.requested_at),
            "TikTok",
            &format!("Withdrawal {}{method} ({})", w.id, w.status.as_str()),
        ));
        text.push_str(&posting(
            WALLET,
            format!(
                "{} {COMMODITY} @@ {} {currency}",
                (-w.diamonds).normalize(),
                w.gross
            ),
        ));
        if !w.fee.0.is_zero() {
            text.push_str(&posting(FEES, format!("{} {currency}", w.fee)));
        }
        let to = if w.status == WithdrawalStatus::Paid {
            PAID
        } else {
            PENDING
        };
        text.push_str(&posting(to, format!("{} {currency}", w.net)));
        text.push('\n');
    }
    for a in &ledger.adjustments {
        text.push_str(&header(
            day(a.at),
            "LiveLedger",
            &format!("Adjustment: {}", a.reason),
        ));
        text.push_str(&posting(
            WALLET,
            format!("{} {COMMODITY}", a.diamonds.normalize()),
        ));
        text.push_str(&posting(
            ADJUST,
            format!("{} {COMMODITY}", (-a.diamonds).normalize()),
        ));
        text.push('\n');
    }
    out.write_all(text.as_bytes()).map_err(io_err)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::path::PathBuf;
    use std::sync::mpsc;
    use std::time::Duration;

    fn mkfifo(path: &Path) {
        let made = std::process::Command::new("mkfifo")
            .arg(path)
            .status()
            .expect("mkfifo");
        assert!(made.success(), "mkfifo {}", path.display());
    }

    fn is_fifo(path: &Path) -> bool {
        use std::os::unix::fs::FileTypeExt;
        std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_fifo())
    }

    /// Runs `write` on its own thread against a fresh demo ledger; fails
    /// the test (rather than hang) when it blocks.
    type Writer = fn(&Store, &Path) -> Result<()>;

    fn bounded(write: Writer, target: PathBuf) -> Result<()> {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let dir = tempfile::tempdir().expect("temp dir");
            let mut store = Store::open(&dir.path().join("l.db")).expect("open");
            crate::demo::load(&mut store).expect("demo");
            let _ = tx.send(write(&store, &target));
        });
        rx.recv_timeout(Duration::from_secs(30))
            .expect("the write blocked on a FIFO")
    }

    fn backup(store: &Store, to: &Path) -> Result<()> {
        store.backup_to(to)
    }

    fn export_json(store: &Store, to: &Path) -> Result<()> {
        export_to_file(store, ExportFormat::Json, to)
    }

    /// The library itself (the app calls it too) refuses a target that is a
    /// FIFO, a device or a folder, and a FIFO where its temporary goes,
    /// leaving each as it was. The old `backup_to` replaced a FIFO (or a
    /// device) target with the copy and deleted a FIFO temporary; the old
    /// `export_to_file` blocked opening a FIFO temporary.
    #[test]
    fn backup_and_export_refuse_what_is_not_a_file_at_the_target_or_the_temporary() {
        let dir = tempfile::tempdir().expect("temp dir");
        let writers: [(&str, Writer); 2] = [("backup", backup), ("export", export_json)];
        for (what, write) in writers {
            let target = dir.path().join(format!("{what}-target"));
            mkfifo(&target);
            let e = bounded(write, target.clone()).expect_err("a FIFO target");
            assert!(matches!(e, Error::NotAFile { .. }), "{what}: {e}");
            assert!(is_fifo(&target), "{what} replaced the FIFO");
            let e = bounded(write, dir.path().to_path_buf()).expect_err("a folder");
            assert!(e.to_string().contains("a folder"), "{what}: {e}");
            let e = bounded(write, PathBuf::from("/dev/null")).expect_err("a device");
            assert!(e.to_string().contains("character device"), "{what}: {e}");

            let target = dir.path().join(format!("{what}.out"));
            let partial = match what {
                "backup" => dir.path().join(format!("{what}.out.partial")),
                _ => dir.path().join(format!(".{what}.out.partial")),
            };
            mkfifo(&partial);
            let e = bounded(write, target.clone()).expect_err("a FIFO temporary");
            assert!(
                matches!(&e, Error::NotAFile { path, .. } if *path == partial),
                "{what}: {e}"
            );
            assert!(is_fifo(&partial), "{what} removed the FIFO");
            assert!(!target.exists(), "{what} wrote its target");
            // A regular file left there by a crash is replaced.
            std::fs::remove_file(&partial).expect("remove");
            std::fs::write(&partial, b"left by a crash").expect("write");
            bounded(write, target.clone()).expect("written");
            assert!(!partial.exists(), "{what} left its temporary");
            assert!(std::fs::metadata(&target).expect("target").len() > 100);
        }
    }
}
