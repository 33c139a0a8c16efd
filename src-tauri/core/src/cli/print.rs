//! What the `liveledger` command line prints: tables, JSON and sentences on
//! standard output, notes and import progress on standard error. Words and
//! figures are the run's language ([`Words`], the `cli` catalog area);
//! JSON and the ids scripts read are the same in every language.

use std::io::Write;
use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use liveledger::error::{Error, Result};
use liveledger::import::ImportReport;
use liveledger::l10n::{format, Localizer, Message};
use liveledger::model::{Adjustment, Gift, ImportRecord, Settings, Withdrawal};
use liveledger::money::Amounts;
use liveledger::money::Diamonds;
use liveledger::rates::Rate;
use liveledger::report::{self, DayStatus, DaysReport, SessionMetrics, Statement, Summary};
use liveledger::store::{
    Booking, CatalogGift, Deleted, Reconciliation, RerateChange, RestoreReport, Restored,
    TrashEntry,
};

use super::words::Words;
use crate::table::columns;

pub(super) fn emit(line: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    // Flushed at once: standard output buffers a whole block when it is
    // not a terminal, and a write that fails later would go unreported.
    writeln!(out, "{}", printable(line))
        .and_then(|()| out.flush())
        .map_err(stdout_error)
}

/// The error of a failed write to standard output; a closed pipe ends the
/// program quietly instead.
pub(super) fn stdout_error(source: std::io::Error) -> Error {
    if source.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    Error::Io {
        path: "<stdout>".into(),
        source,
    }
}

/// `text` safe for a terminal whatever a ledger holds: every control
/// character but the line break becomes U+FFFD (one character, so tables
/// stay aligned), so stored text can never move the cursor, recolour or
/// retitle the terminal.
pub(super) fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| c.is_control() && c != '\n') {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| {
            if c.is_control() && c != '\n' {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

/// A UTC instant as the creator's clock in `tz` showed it, to the minute.
fn local(t: DateTime<Utc>, tz: Tz) -> String {
    t.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string()
}

/// Prints `value` as pretty JSON (decimals as strings, as the core
/// serialises them).
pub(super) fn json<T: Serialize>(value: &T) -> Result<()> {
    let text =
        serde_json::to_string_pretty(value).map_err(|e| Error::invalid("json", e.to_string()))?;
    say!("{text}");
    Ok(())
}

/// Prints the id of a record just added, alone on its line, for scripts.
pub(super) fn id(id: i64) -> Result<()> {
    say!("{id}");
    Ok(())
}

/// Lets `write` write to standard output, then flushes it; a failed write
/// or flush is an `Io` error on `<stdout>`.
pub(super) fn to_stdout(
    write: impl FnOnce(&mut std::io::StdoutLock<'static>) -> Result<()>,
) -> Result<()> {
    let mut lock = std::io::stdout().lock();
    let written = write(&mut lock).and_then(|()| lock.flush().map_err(stdout_error));
    match written {
        // The writer names its writes its own way; they went to stdout.
        Err(Error::Io { source, .. }) => Err(stdout_error(source)),
        other => other,
    }
}

/// Says which ledger was restored from which backup, what it now holds,
/// and where the ledger as it was went.
pub(super) fn restored(ledger: &Path, backup: &Path, r: &RestoreReport, w: Words) -> Result<()> {
    say!("{}", w.say(&restored_message(ledger, backup, r, w)));
    if let Some(copy) = &r.before_copy {
        say!("{}", w.say(&kept_in(copy)));
    }
    Ok(())
}

fn restored_message(ledger: &Path, backup: &Path, r: &RestoreReport, w: Words) -> Message {
    Message::new("cli-restored")
        .text("ledger", ledger.display().to_string())
        .text("backup", backup.display().to_string())
        .text("sessions", w.number(r.sessions))
        .text("gifts", w.number(r.gifts))
        .text("withdrawals", w.number(r.withdrawals))
}

fn kept_in(copy: &Path) -> Message {
    Message::new("cli-restored-kept").text("copy", copy.display().to_string())
}

/// Says where the ledger as it was before clearing is kept.
pub(super) fn cleared(copy: &Path, w: Words) -> Result<()> {
    say!("{}", w.say(&cleared_message(copy)));
    Ok(())
}

fn cleared_message(copy: &Path) -> Message {
    Message::new("cli-cleared").text("copy", copy.display().to_string())
}

/// Says what a delete took out and how to put it back.
pub(super) fn deleted(d: &Deleted, w: Words) -> Result<()> {
    say!("{}", w.say(&deleted_message(d, w)));
    Ok(())
}

fn deleted_message(d: &Deleted, w: Words) -> Message {
    Message::new("cli-deleted")
        .text("label", trash_name(d.said.as_ref(), &d.label, w))
        .text("undo", d.undo.to_string())
}

/// Says what was put back.
pub(super) fn put_back(r: &Restored, w: Words) -> Result<()> {
    say!("{}", w.say(&put_back_message(r, w)));
    Ok(())
}

fn put_back_message(r: &Restored, w: Words) -> Message {
    Message::new("cli-put-back").text("label", trash_name(r.said.as_ref(), &r.label, w))
}

/// A trash entry's name in the chosen language; its English label when the
/// store kept no message for it (an entry kept by an older build).
fn trash_name(said: Option<&Message>, label: &str, w: Words) -> String {
    said.map_or_else(|| label.to_string(), |m| w.say(m))
}

/// The deleted records that can still be put back.
pub(super) fn trash(list: &[TrashEntry], tz: Tz, w: Words) -> Result<()> {
    if list.is_empty() {
        say!("{}", w.say(&trash_empty(w)));
        return Ok(());
    }
    let mut t = w.table(&[
        ("cli-col-id", true),
        ("cli-col-deleted", false),
        ("cli-col-what", false),
    ]);
    for e in list {
        t.row(vec![
            e.id.to_string(),
            local(e.made_at, tz),
            trash_name(e.said.as_ref(), &e.label, w),
        ]);
    }
    say!("{}", t.render());
    Ok(())
}

fn trash_empty(w: Words) -> Message {
    let days = liveledger::store::KEEP_DAYS;
    Message::new("cli-trash-empty")
        .count("count", days)
        .text("days", w.number(days))
}

/// Says where a backup was written.
pub(super) fn backed_up(file: &Path, w: Words) -> Result<()> {
    say!(
        "{}",
        w.say(&Message::new("cli-backed-up").text("file", file.display().to_string()))
    );
    Ok(())
}

/// Says what undoing import `id` removed.
pub(super) fn undone(id: i64, gifts: usize, sessions: usize, w: Words) -> Result<()> {
    say!("{}", w.say(&undone_message(id, gifts, sessions, w)));
    Ok(())
}

fn undone_message(id: i64, gifts: usize, sessions: usize, w: Words) -> Message {
    Message::new("cli-undone")
        .text("id", id.to_string())
        .text("gifts", w.number(gifts))
        .text("sessions", w.number(sessions))
}

/// Says what loading the demo added.
pub(super) fn demo_loaded(report: &ImportReport, w: Words) -> Result<()> {
    say!(
        "{}",
        w.say(&demo_message(report.sessions_added, report.rows_added, w))
    );
    Ok(())
}

fn demo_message(sessions: u64, rows: u64, w: Words) -> Message {
    Message::new("cli-demo-loaded")
        .text("sessions", w.number(sessions))
        .text("rows", w.number(rows))
}

/// Says whether the ledger agreed with the wallet, or the adjustment that
/// now makes it agree.
pub(super) fn reconciled(r: &Reconciliation, w: Words) -> Result<()> {
    say!("{}", w.say(&reconciled_message(r, w)));
    Ok(())
}

fn reconciled_message(r: &Reconciliation, w: Words) -> Message {
    match r.adjustment_id {
        None => Message::new("cli-in-balance")
            .count("count", r.ledger_balance.0)
            .text("balance", w.number(r.ledger_balance.0)),
        Some(id) => {
            let d = r.difference.0;
            let signed = if w.english() {
                format!("{d:+}")
            } else if d.is_sign_positive() && !d.is_zero() {
                format!("+{}", w.number(d))
            } else {
                w.number(d)
            };
            Message::new("cli-reconciled")
                .text("id", id.to_string())
                .count("count", d.abs())
                .text("difference", signed)
                .text("ledger", w.number(r.ledger_balance.0))
                .text("wallet", w.number(r.wallet_balance.0))
        }
    }
}

/// Notes on standard error that `stay` sessions from `from` on keep the
/// rate they were recorded with (nothing when there are none).
pub(super) fn rate_not_applied(stay: usize, from: NaiveDate, w: Words) {
    if stay > 0 {
        note(&format!(
            "{}\n",
            w.say(&rate_not_applied_message(stay, from, w))
        ));
    }
}

fn rate_not_applied_message(stay: usize, from: NaiveDate, w: Words) -> Message {
    // `--from` takes the day as typed, so it stays YYYY-MM-DD.
    Message::new("cli-rate-not-applied")
        .count("count", stay)
        .text("stay", w.number(stay))
        .text("from", from.to_string())
}

/// Import progress on standard error, overwriting itself on one line;
/// nothing while the total is not known (0).
pub(super) fn progress(done: u64, total: u64, w: Words) {
    if let Some(percent) = done.saturating_mul(100).checked_div(total) {
        let said = w.say(&Message::new("cli-reading").text("percent", percent.to_string()));
        note(&format!("\r{said}"));
    }
}

/// Clears the progress line, so what follows starts its own line.
pub(super) fn progress_done() {
    note("\r                                        \r");
}

/// Writes to standard error. `eprint!` panics when it cannot; a note that
/// cannot be shown is no reason to stop.
pub(super) fn note(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// The import report in the words of the run's language.
pub(super) fn import_report(report: &ImportReport, words: &Localizer) -> Result<()> {
    say!("{}", report.describe_in(words));
    Ok(())
}

/// The settings, one per line, and the ledger file they belong to. The
/// keys are the names `settings set` takes, so they stay as typed.
pub(super) fn settings(s: &Settings, database: &Path, w: Words) -> Result<()> {
    say!("timezone             {}", s.timezone);
    say!("age_confirmed        {}", s.age_confirmed);
    say!("payout_method        {}", s.payout_method);
    say!("session_gap_minutes  {}", s.session_gap_minutes);
    say!("setup_done           {}", s.setup_done);
    say!("language             {}", s.language);
    let label = w.word("cli-settings-database");
    say!("{} {}", crate::table::pad(&label, 20), database.display());
    Ok(())
}

/// Sessions with their earnings and rates, times in `tz`.
pub(super) fn sessions(rows: Vec<SessionMetrics>, tz: Tz, w: Words) -> Result<()> {
    let mut t = w.table(&[
        ("cli-col-id", true),
        ("cli-col-start", false),
        ("cli-col-hours", true),
        ("cli-col-title", false),
        ("cli-col-gifts", true),
        ("cli-col-diamonds", true),
        ("cli-col-value", true),
        ("cli-col-viewers", true),
        ("cli-col-diamonds-per-hour", true),
        ("cli-col-per-1k-viewers", true),
    ]);
    for m in rows {
        t.row(vec![
            m.session.id.to_string(),
            local(m.session.started_at, tz),
            if m.session.ended_at.is_some() {
                w.number(m.hours)
            } else {
                w.word("cli-cell-live")
            },
            session_title(&m.session, w),
            w.number(m.session.gift_count),
            w.number(m.diamonds.0),
            w.money(m.value.0, &m.currency),
            m.session
                .unique_viewers
                .or(m.session.peak_viewers)
                .map(|v| w.number(v))
                .unwrap_or_default(),
            m.diamonds_per_hour.map(|d| w.number(d)).unwrap_or_default(),
            m.value_per_1000_viewers
                .map(|v| w.number(v.0))
                .unwrap_or_default(),
        ]);
    }
    say!("{}", t.render());
    Ok(())
}

/// A session's gifts, times in `tz`.
pub(super) fn gifts(gifts: Vec<Gift>, tz: Tz, w: Words) -> Result<()> {
    let mut t = w.table(&[
        ("cli-col-id", true),
        ("cli-col-at", false),
        ("cli-col-gift", false),
        ("cli-col-coins", true),
        ("cli-col-count", true),
        ("cli-col-sender", false),
        ("cli-col-note", false),
    ]);
    for g in gifts {
        t.row(vec![
            g.id.to_string(),
            g.at.map(|a| local(a, tz)).unwrap_or_default(),
            g.gift_name,
            w.number(g.coins_each.0),
            w.number(g.count),
            g.sender.unwrap_or_default(),
            // A streak whose end the file did not hold.
            if g.estimated {
                w.word("cli-cell-estimated")
            } else {
                String::new()
            },
        ]);
    }
    say!("{}", t.render());
    Ok(())
}

/// Withdrawals, times in `tz`. The method is the creator's text and the
/// status the word `withdrawals status` takes, so both stay as stored.
pub(super) fn withdrawals(list: Vec<Withdrawal>, tz: Tz, w: Words) -> Result<()> {
    let mut t = w.table(&[
        ("cli-col-id", true),
        ("cli-col-requested", false),
        ("cli-col-diamonds", true),
        ("cli-col-gross", true),
        ("cli-col-fee", true),
        ("cli-col-net", true),
        ("cli-col-currency", false),
        ("cli-col-method", false),
        ("cli-col-status", false),
    ]);
    for x in list {
        t.row(vec![
            x.id.to_string(),
            local(x.requested_at, tz),
            w.number(x.diamonds.0),
            w.number(x.gross.0),
            w.number(x.fee.0),
            w.number(x.net.0),
            x.currency,
            x.method,
            x.status.as_str().to_string(),
        ]);
    }
    say!("{}", t.render());
    Ok(())
}

/// Balance corrections, times in `tz`.
pub(super) fn adjustments(list: Vec<Adjustment>, tz: Tz, w: Words) -> Result<()> {
    let mut t = w.table(&[
        ("cli-col-id", true),
        ("cli-col-at", false),
        ("cli-col-diamonds", true),
        ("cli-col-reason", false),
    ]);
    for a in list {
        t.row(vec![
            a.id.to_string(),
            local(a.at, tz),
            w.number(a.diamonds.0),
            a.reason,
        ]);
    }
    say!("{}", t.render());
    Ok(())
}

/// Rates, oldest first as given.
pub(super) fn rates(rates: &[Rate], w: Words) -> Result<()> {
    let mut t = w.table(&[
        ("cli-col-id", true),
        ("cli-col-effective", false),
        ("cli-col-diamonds-per-coin", true),
        ("cli-col-money-per-diamond", true),
        ("cli-col-currency", false),
        ("cli-col-min-withdrawal", true),
        ("cli-col-max-per-day", true),
    ]);
    for r in rates {
        t.row(vec![
            r.id.to_string(),
            w.day(r.effective_from),
            w.number(r.diamonds_per_coin),
            w.number(r.money_per_diamond),
            r.currency.clone(),
            w.number(r.min_withdrawal),
            r.max_withdrawal_per_day
                .map(|m| w.number(m))
                .unwrap_or_else(|| w.word("cli-cell-none")),
        ]);
    }
    say!("{}", t.render());
    Ok(())
}

/// What re-rating changes (`applied`) or would change, and what to do next.
pub(super) fn rerate(changes: Vec<RerateChange>, applied: bool, w: Words) -> Result<()> {
    if changes.is_empty() {
        say!("{}", w.word("cli-rerate-none"));
        return Ok(());
    }
    let mut t = w.table(&[
        ("cli-col-session", true),
        ("cli-col-day", false),
        ("cli-col-title", false),
        ("cli-col-diamonds", false),
        ("cli-col-value", false),
        ("cli-col-rate", false),
    ]);
    for c in &changes {
        let from_currency = c.from.as_ref().map_or("", |r| r.currency.as_str());
        let value_before = if w.english() {
            format!("{} {from_currency}", c.value_before)
        } else if from_currency.is_empty() {
            w.number(c.value_before.0)
        } else {
            w.money(c.value_before.0, from_currency)
        };
        t.row(vec![
            c.session_id.to_string(),
            w.day(c.day),
            c.title.clone(),
            format!(
                "{} → {}",
                w.number(c.diamonds_before.0),
                w.number(c.diamonds_after.0)
            ),
            format!(
                "{value_before} → {}",
                w.money(c.value_after.0, &c.to.currency)
            ),
            w.say(&Message::new("cli-rerate-from").text("day", w.day(c.to.effective_from))),
        ]);
    }
    say!("{}", t.render());
    say!("{}", w.say(&rerated_message(changes.len(), applied, w)));
    Ok(())
}

fn rerated_message(n: usize, applied: bool, w: Words) -> Message {
    let id = if applied {
        "cli-rerated"
    } else {
        "cli-rerate-preview"
    };
    Message::new(id)
        .count("count", n)
        .text("sessions", w.number(n))
}

/// The gift catalog.
pub(super) fn catalog(list: Vec<CatalogGift>, w: Words) -> Result<()> {
    let mut t = w.table(&[("cli-col-gift", false), ("cli-col-coins", true)]);
    for g in list {
        t.row(vec![g.name, w.number(g.coins)]);
    }
    say!("{}", t.render());
    Ok(())
}

/// Past imports, times in `tz`, then their warnings, each naming its
/// import: in the language of `w` where the warning's message was kept
/// (imports since schema 13), else as stored, in English.
pub(super) fn imports(list: Vec<ImportRecord>, tz: Tz, w: Words) -> Result<()> {
    let mut t = w.table(&[
        ("cli-col-id", true),
        ("cli-col-imported", false),
        ("cli-col-file", false),
        ("cli-col-format", false),
        ("cli-col-added", true),
        ("cli-col-skipped", true),
        ("cli-col-sessions", true),
    ]);
    let mut warnings = Vec::new();
    for i in list {
        warnings.extend(i.warnings.iter().enumerate().map(|(k, x)| {
            let said = match i.warning_messages.get(k) {
                Some(Some(m)) => w.say(m),
                _ => x.clone(),
            };
            w.say(
                &Message::new("cli-import-warning")
                    .text("id", i.id.to_string())
                    .text("warning", said),
            )
        }));
        t.row(vec![
            i.id.to_string(),
            local(i.imported_at, tz),
            i.file_name,
            i.format,
            w.number(i.rows_added),
            w.number(i.rows_skipped),
            w.number(i.sessions_added),
        ]);
    }
    say!("{}", t.render());
    for x in warnings {
        say!("{x}");
    }
    Ok(())
}

/// The summary in words, in the language of `words`: balance, threshold,
/// readiness (with what blocks it), ETA, pending payouts and the rate it is
/// valued at, each line after its label.
pub(super) fn summary(s: &Summary, words: &Localizer) -> Result<()> {
    let tag = words.tag();
    let label = |id: &'static str| words.render(&Message::new(id));
    let labels = [
        label("core-summary-balance-label"),
        format!("  {}", label("core-summary-earned-label")),
        format!("  {}", label("core-summary-withdrawn-label")),
        format!("  {}", label("core-summary-adjusted-label")),
        label("core-summary-threshold-label"),
        label("core-summary-ready-label"),
        label("core-summary-eta-label"),
        label("core-summary-pending-label"),
        label("core-summary-rate-label"),
    ];
    let width = labels.iter().map(|l| columns(l)).max().unwrap_or(0) + 2;
    let pad = |l: &str| crate::table::pad(l, width);
    let figure = |d: Diamonds| format::decimal(tag, d.0);
    let [balance, earned, withdrawn, adjusted, threshold, ready, eta, pending, rate] = &labels;
    say!("{}{}", pad(balance), words.render(&s.balance_message()));
    say!("{}{}", pad(earned), figure(s.diamonds_earned));
    say!("{}{}", pad(withdrawn), figure(s.diamonds_withdrawn));
    say!("{}{}", pad(adjusted), figure(s.diamonds_adjusted));
    say!("{}{}", pad(threshold), words.render(&s.threshold_message()));
    say!("{}{}", pad(ready), words.render(&s.ready_message()));
    for b in &s.blocker_messages {
        say!("  - {}", words.render(b));
    }
    say!("{}{}", pad(eta), words.render(&s.eta_message()));
    if !s.pending.is_zero() {
        let each: Vec<String> = s
            .pending
            .0
            .iter()
            .map(|(currency, m)| format::money(tag, m.0, currency))
            .collect();
        say!("{}{}", pad(pending), each.join(" + "));
    }
    say!("{}{}", pad(rate), words.render(&s.rate_message()));
    Ok(())
}

/// A statement: its rows, the total, the rounding line when the rows as
/// shown do not add up to the total, and which rates the values use.
pub(super) fn statement(st: &Statement, w: Words) -> Result<()> {
    if !st.opening_balance.0.is_zero() {
        say!(
            "{}",
            w.say(
                &Message::new("cli-statement-opening")
                    .text("balance", w.number(st.opening_balance.0))
            )
        );
    }
    let mut t = w.table(&[
        ("cli-col-period", false),
        ("cli-col-sessions", true),
        ("cli-col-hours", true),
        ("cli-col-gifts", true),
        ("cli-col-coins", true),
        ("cli-col-diamonds", true),
        ("cli-col-value", true),
        ("cli-col-withdrawn", true),
        ("cli-col-fees", true),
        ("cli-col-net-paid", true),
        ("cli-col-adjusted", true),
        ("cli-col-balance", true),
    ]);
    let money = |a: &Amounts| {
        if a.is_zero() {
            String::new()
        } else {
            w.amounts(a)
        }
    };
    let rows = st.rows.iter().map(|r| (r, r.period.clone()));
    // The total's period is "total" in the core; the catalog words it.
    for (r, period) in rows.chain([(&st.total, w.word("cli-statement-total"))]) {
        t.row(vec![
            period,
            w.number(r.sessions),
            w.number(r.hours_live),
            w.number(r.gifts),
            w.number(r.coins),
            w.number(r.diamonds.0),
            money(&r.value),
            w.number(r.withdrawn_diamonds.0),
            money(&r.fees),
            money(&r.net_paid),
            w.number(r.adjusted_diamonds.0),
            w.number(r.closing_balance.0),
        ]);
    }
    say!("{}", t.render());
    if !st.rounding.is_zero() {
        say!(
            "{}",
            w.say(
                &Message::new("cli-statement-rounding").text("rounding", w.amounts(&st.rounding))
            )
        );
    }
    // The catalog words `ROUNDING` (a unit test holds them together).
    say!("{}", w.word("cli-statement-rates"));
    Ok(())
}

/// What a day's comparison says in words: "TikTok reports 4,210 diamonds on
/// 12 Nov 2026; your ledger has 4,150 (60 missing)".
fn day_message(d: &report::DayComparison, w: Words) -> Message {
    let on = if w.english() {
        d.day.format("%-d %b %Y").to_string()
    } else {
        w.day(d.day)
    };
    let ledger = w.grouped(d.ledger_diamonds.0);
    let base = |id: &'static str, t: Diamonds| {
        Message::new(id)
            .count("count", t.0)
            .text("tiktok", w.grouped(t.0))
            .text("on", on.clone())
    };
    match (d.tiktok_diamonds, d.difference) {
        (Some(t), Some(diff)) => match d.status {
            DayStatus::Matches => base("cli-day-matches", t),
            DayStatus::Missing => base("cli-day-missing", t)
                .text("ledger", ledger)
                .text("difference", w.grouped(diff.0)),
            DayStatus::Extra => base("cli-day-extra", t)
                .text("ledger", ledger)
                .text("difference", w.grouped(-diff.0)),
            // `--book` takes the day as typed.
            DayStatus::NoLives if d.bookable => {
                base("cli-day-no-lives-bookable", t).text("day", d.day.to_string())
            }
            DayStatus::NoLives | DayStatus::NoTiktokDiamonds => base("cli-day-no-lives", t),
        },
        _ => Message::new(if d.reported.is_some() {
            "cli-day-no-diamonds"
        } else {
            "cli-day-not-listed"
        })
        .text("on", on)
        .text("ledger", ledger)
        .count("count", d.lives)
        .text("lives", w.number(d.lives)),
    }
}

/// TikTok's days beside the ledger's: a table, then a sentence for each day
/// that differs, then the totals.
pub(super) fn days(r: &DaysReport, w: Words) -> Result<()> {
    if r.days.is_empty() {
        say!("{}", w.word("cli-days-none"));
        return Ok(());
    }
    let mut t = w.table(&[
        ("cli-col-day", false),
        ("cli-col-tiktok", true),
        ("cli-col-ledger", true),
        ("cli-col-difference", true),
        ("cli-col-lives", true),
        ("cli-col-status", false),
    ]);
    for d in &r.days {
        t.row(vec![
            w.day(d.day),
            d.tiktok_diamonds
                .map(|x| w.grouped(x.0))
                .unwrap_or_default(),
            w.grouped(d.ledger_diamonds.0),
            d.difference.map(|x| w.grouped(x.0)).unwrap_or_default(),
            w.number(d.lives),
            w.word(match d.status {
                DayStatus::Matches => "cli-day-status-same",
                DayStatus::Missing => "cli-day-status-fewer",
                DayStatus::Extra => "cli-day-status-more",
                DayStatus::NoLives if d.bookable => "cli-day-status-bookable",
                DayStatus::NoLives => "cli-day-status-no-live",
                DayStatus::NoTiktokDiamonds => "cli-day-status-no-tiktok",
            }),
        ]);
    }
    say!("{}", t.render());
    for d in r.days.iter().filter(|d| d.status != DayStatus::Matches) {
        say!("{}", w.say(&day_message(d, w)));
    }
    say!("{}", w.say(&days_total(r, w)));
    if r.bookable_days > 0 {
        say!("{}", w.say(&days_bookable(r, w)));
    }
    Ok(())
}

fn days_total(r: &DaysReport, w: Words) -> Message {
    Message::new("cli-days-total")
        .count("count", r.tiktok_diamonds.0)
        .text("tiktok", w.grouped(r.tiktok_diamonds.0))
        .text("ledger", w.grouped(r.ledger_diamonds.0))
}

fn days_bookable(r: &DaysReport, w: Words) -> Message {
    Message::new("cli-days-bookable")
        .count("count", r.bookable_days)
        .text("days", w.number(r.bookable_days))
        .text("diamonds", w.grouped(r.bookable_diamonds.0))
}

/// Says which days were booked, what they added, and how to undo it.
pub(super) fn booked(b: &Booking, w: Words) -> Result<()> {
    for d in &b.booked {
        say!("{}", w.say(&booked_day(d.day, d.session_id, d.diamonds, w)));
    }
    say!("{}", w.say(&booked_total(b, w)));
    Ok(())
}

fn booked_day(day: NaiveDate, session: i64, diamonds: Diamonds, w: Words) -> Message {
    Message::new("cli-booked-day")
        .text("day", w.day(day))
        .text("session", session.to_string())
        .count("count", diamonds.0)
        .text("diamonds", w.grouped(diamonds.0))
}

fn booked_total(b: &Booking, w: Words) -> Message {
    Message::new("cli-booked-total")
        .count("count", b.diamonds.0)
        .text("diamonds", w.grouped(b.diamonds.0))
        .text("import", b.import_id.to_string())
}

/// A live's title as the table shows it: one LiveLedger wrote itself in
/// the run's language, the creator's as typed (English: as stored).
fn session_title(s: &liveledger::model::Session, w: Words<'_>) -> String {
    match &s.title_said {
        Some(m) if !w.english() => w.say(m),
        _ => s.title.clone(),
    }
}

#[cfg(test)]
mod tests {
    //! English is held to the old code: each sentence below is the old
    //! `format!` it replaced, copied as it was, and the catalog's English
    //! must render it byte for byte, figures ungrouped (or grouped where
    //! the days report grouped them), with counts of one and of thousands.
    use super::*;
    use liveledger::money::Money;
    use rust_decimal::Decimal;
    use std::path::PathBuf;

    fn en() -> Localizer {
        Localizer::new("en")
    }

    /// The old `grouped` of the days report, as it was.
    fn old_grouped(d: Diamonds) -> String {
        let text = d.0.normalize().to_string();
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

    /// The old `day_sentence`, as it was.
    fn old_day_sentence(d: &report::DayComparison) -> String {
        let on = d.day.format("%-d %b %Y");
        let ledger = old_grouped(d.ledger_diamonds);
        match (d.tiktok_diamonds, d.difference) {
            (Some(t), Some(diff)) => {
                let tiktok = format!("TikTok reports {} diamonds on {on}", old_grouped(t));
                match d.status {
                    DayStatus::Matches => format!("{tiktok}; your ledger has the same"),
                    DayStatus::Missing => {
                        format!(
                            "{tiktok}; your ledger has {ledger} ({} missing)",
                            old_grouped(diff)
                        )
                    }
                    DayStatus::Extra => format!(
                        "{tiktok}; your ledger has {ledger} ({} more than TikTok)",
                        old_grouped(Diamonds(-diff.0))
                    ),
                    DayStatus::NoLives if d.bookable => format!(
                        "{tiktok}; your ledger has no live that day (book it with --book {})",
                        d.day
                    ),
                    DayStatus::NoLives | DayStatus::NoTiktokDiamonds => {
                        format!("{tiktok}; your ledger has no live that day")
                    }
                }
            }
            _ if d.reported.is_some() => format!(
                "TikTok's files give no diamonds for {on}; your ledger has {ledger} from {} live(s)",
                d.lives
            ),
            _ => format!(
                "TikTok's files do not list {on}; your ledger has {ledger} from {} live(s)",
                d.lives
            ),
        }
    }

    #[test]
    fn english_sentences_are_the_old_code_s() {
        let l = en();
        let w = Words::new(&l);
        let (ledger, backup) = (Path::new("/a/l.db"), Path::new("/b/b.db"));
        for n in [0_i64, 1, 1234567] {
            let r = RestoreReport {
                sessions: n,
                gifts: n + 1,
                withdrawals: 1,
                before_copy: Some(PathBuf::from("/c")),
            };
            assert_eq!(
                w.say(&restored_message(ledger, backup, &r, w)),
                format!(
                    "restored {} from {}: {} sessions, {} gift rows, {} withdrawals",
                    ledger.display(),
                    backup.display(),
                    r.sessions,
                    r.gifts,
                    r.withdrawals
                )
            );
            let (n, u) = (n as usize, n as u64);
            assert_eq!(
                w.say(&undone_message(7, n, n + 1, w)),
                format!(
                    "undid import 7: removed {n} gift rows and {} sessions",
                    n + 1
                )
            );
            assert_eq!(
                w.say(&demo_message(u, u + 1, w)),
                format!(
                    "loaded demo data: {u} sessions and {} gift, withdrawal and adjustment rows",
                    u + 1
                )
            );
            let from = NaiveDate::from_ymd_opt(2026, 1, 2).unwrap();
            assert_eq!(
                w.say(&rate_not_applied_message(n, from, w)),
                format!(
                    "note: {n} session(s) from {from} on keep the rate they were recorded with; \
                     `liveledger rerate --from {from}` shows what moving them would change"
                )
            );
            assert_eq!(
                w.say(&rerated_message(n, true, w)),
                format!("re-rated {n} session(s)")
            );
            assert_eq!(
                w.say(&rerated_message(n, false, w)),
                format!("nothing changed; add --apply to re-rate these {n} session(s)")
            );
        }
        assert_eq!(
            w.say(&kept_in(Path::new("/c/x.bak"))),
            "the ledger as it was is kept in /c/x.bak"
        );
        assert_eq!(
            w.say(&cleared_message(Path::new("/c/x.bak"))),
            "cleared; the ledger as it was is kept in /c/x.bak (liveledger restore FILE brings it back)"
        );
        // An entry kept without a message (an older build) says its label.
        let mut d = Deleted {
            undo: 4,
            label: "session 2 and its 119 gifts".into(),
            said: None,
        };
        assert_eq!(
            w.say(&deleted_message(&d, w)),
            "deleted session 2 and its 119 gifts; `liveledger trash restore 4` puts it back"
        );
        d.said = Some(
            Message::new("core-trash-session")
                .text("id", "2")
                .count("count", 119)
                .text("n", "119"),
        );
        assert_eq!(
            w.say(&deleted_message(&d, w)),
            "deleted session 2 and its 119 gifts; `liveledger trash restore 4` puts it back"
        );
        assert_eq!(
            w.say(&trash_empty(w)),
            format!(
                "nothing deleted in the last {} days",
                liveledger::store::KEEP_DAYS
            )
        );
        for (ledger, wallet) in [
            (dec(1234567), dec(1234567)),
            (dec(10), dec(9)),
            (dec(9), dec(1010)),
        ] {
            let r = Reconciliation {
                ledger_balance: Diamonds(ledger),
                wallet_balance: Diamonds(wallet),
                difference: Diamonds(wallet - ledger),
                adjustment_id: (ledger != wallet).then_some(3),
            };
            let old = match r.adjustment_id {
                None => format!("in balance: {} diamonds", r.ledger_balance),
                Some(id) => format!(
                    "adjustment {id}: {:+} diamonds (ledger said {}, TikTok says {})",
                    r.difference.0, r.ledger_balance, r.wallet_balance
                ),
            };
            assert_eq!(w.say(&reconciled_message(&r, w)), old);
        }
        let said = |id: &'static str, name: &str, value: &str| {
            w.say(&Message::new(id).text(name, value.to_string()))
        };
        assert_eq!(
            said("cli-put-back", "label", "withdrawal 3"),
            "put back withdrawal 3"
        );
        assert_eq!(said("cli-backed-up", "file", "/x"), "backed up to /x");
        assert_eq!(said("cli-reading", "percent", "42"), "reading… 42%");
        assert_eq!(
            said("cli-rerate-from", "day", "2026-01-02"),
            "from 2026-01-02"
        );
        assert_eq!(
            said("cli-statement-opening", "balance", "-1250.5"),
            "balance before the first day: -1250.5"
        );
        assert_eq!(
            said("cli-statement-rounding", "rounding", "0.01 EUR + -0.01 USD"),
            "rounding: 0.01 EUR + -0.01 USD (each row is rounded on its own; the total rounds the exact sum)"
        );
        assert_eq!(
            w.word("cli-statement-rates"),
            format!(
                "Values use the rate each session was recorded with; money rounded {}.",
                liveledger::money::ROUNDING
            )
        );
        assert_eq!(
            w.say(
                &Message::new("cli-import-warning")
                    .text("id", "5")
                    .text("warning", "a warning")
            ),
            "import 5: a warning"
        );
        assert_eq!(w.word("cli-statement-total"), "total");
        assert_eq!(
            w.word("cli-days-none"),
            "No TikTok LIVE Center days yet. Download your LIVE analytics in TikTok LIVE Center \
             (Revenue, Activity, Viewers, Engagement) and import the files: liveledger import FILE"
        );
    }

    fn dec(n: i64) -> Decimal {
        Decimal::from(n)
    }

    #[test]
    fn english_days_sentences_are_the_old_code_s() {
        let l = en();
        let w = Words::new(&l);
        let day = NaiveDate::from_ymd_opt(2026, 11, 12).unwrap();
        let mut checked = 0;
        for (status, bookable) in [
            (DayStatus::Matches, false),
            (DayStatus::Missing, false),
            (DayStatus::Extra, false),
            (DayStatus::NoLives, true),
            (DayStatus::NoLives, false),
            (DayStatus::NoTiktokDiamonds, false),
        ] {
            for (tiktok, ledger, lives) in [
                (Some(dec(4210)), dec(4150), 1_u64),
                (Some(dec(1)), Decimal::new(-12505, 1), 0),
                (None, dec(1234567), 2),
            ] {
                for reported in [None, Some(liveledger::model::ReportedDay::default())] {
                    let d = report::DayComparison {
                        day,
                        tiktok_diamonds: tiktok.map(Diamonds),
                        ledger_diamonds: Diamonds(ledger),
                        lives,
                        difference: tiktok.map(|t| Diamonds(t - ledger)),
                        status,
                        bookable,
                        reported,
                    };
                    assert_eq!(w.say(&day_message(&d, w)), old_day_sentence(&d));
                    checked += 1;
                }
            }
        }
        assert_eq!(checked, 36);
        let r = DaysReport {
            days: Vec::new(),
            tiktok_diamonds: Diamonds(dec(1234567)),
            ledger_diamonds: Diamonds(dec(1)),
            days_differing: 0,
            bookable_days: 1,
            bookable_diamonds: Diamonds(dec(4210)),
        };
        assert_eq!(
            w.say(&days_total(&r, w)),
            "TikTok reports 1,234,567 diamonds over its days; your ledger has 1 on them. \
             TikTok's figures are never added to the balance."
        );
        assert_eq!(
            w.say(&days_bookable(&r, w)),
            "1 day(s) with no live can be booked from TikTok's figures (4,210 diamonds): liveledger days --book DAY"
        );
        assert_eq!(
            w.say(&booked_day(day, 9, Diamonds(dec(1)), w)),
            "booked 2026-11-12: session 9 with TikTok's 1 diamonds"
        );
        let b = Booking {
            import_id: 4,
            booked: Vec::new(),
            diamonds: Diamonds(dec(6190)),
        };
        assert_eq!(
            w.say(&booked_total(&b, w)),
            "the balance grew by 6,190 diamonds; undo with: liveledger imports undo 4"
        );
    }

    #[test]
    fn english_headings_are_the_old_code_s() {
        let l = en();
        let w = Words::new(&l);
        for (id, old) in [
            ("cli-col-id", "id"),
            ("cli-col-deleted", "deleted"),
            ("cli-col-what", "what"),
            ("cli-col-start", "start"),
            ("cli-col-hours", "hours"),
            ("cli-col-title", "title"),
            ("cli-col-gifts", "gifts"),
            ("cli-col-diamonds", "diamonds"),
            ("cli-col-value", "value"),
            ("cli-col-viewers", "viewers"),
            ("cli-col-diamonds-per-hour", "diamonds/h"),
            ("cli-col-per-1k-viewers", "per 1k viewers"),
            ("cli-col-at", "at"),
            ("cli-col-gift", "gift"),
            ("cli-col-coins", "coins"),
            ("cli-col-count", "count"),
            ("cli-col-sender", "from"),
            ("cli-col-note", "note"),
            ("cli-col-requested", "requested"),
            ("cli-col-gross", "gross"),
            ("cli-col-fee", "fee"),
            ("cli-col-net", "net"),
            ("cli-col-currency", "currency"),
            ("cli-col-method", "method"),
            ("cli-col-status", "status"),
            ("cli-col-reason", "reason"),
            ("cli-col-effective", "from"),
            ("cli-col-diamonds-per-coin", "diamonds/coin"),
            ("cli-col-money-per-diamond", "money/diamond"),
            ("cli-col-min-withdrawal", "min withdrawal"),
            ("cli-col-max-per-day", "max/day"),
            ("cli-col-session", "session"),
            ("cli-col-day", "day"),
            ("cli-col-rate", "rate"),
            ("cli-col-imported", "imported"),
            ("cli-col-file", "file"),
            ("cli-col-format", "format"),
            ("cli-col-added", "added"),
            ("cli-col-skipped", "skipped"),
            ("cli-col-sessions", "sessions"),
            ("cli-col-period", "period"),
            ("cli-col-withdrawn", "withdrawn"),
            ("cli-col-fees", "fees"),
            ("cli-col-net-paid", "net paid"),
            ("cli-col-adjusted", "adjusted"),
            ("cli-col-balance", "balance"),
            ("cli-col-tiktok", "TikTok"),
            ("cli-col-ledger", "ledger"),
            ("cli-col-difference", "difference"),
            ("cli-col-lives", "lives"),
            ("cli-cell-live", "live"),
            ("cli-cell-estimated", "estimated"),
            ("cli-cell-none", "none"),
            ("cli-settings-database", "database"),
            ("cli-day-status-same", "same"),
            ("cli-day-status-fewer", "ledger has fewer"),
            ("cli-day-status-more", "ledger has more"),
            ("cli-day-status-bookable", "no live: bookable"),
            ("cli-day-status-no-live", "no live"),
            ("cli-day-status-no-tiktok", "no TikTok diamonds"),
            (
                "cli-rerate-none",
                "every session already has the rate in force on its day",
            ),
        ] {
            assert_eq!(w.word(id), old, "{id}");
        }
    }

    #[test]
    fn figures_follow_the_language_and_english_stays_plain() {
        let (en, de, ja) = (en(), Localizer::new("de"), Localizer::new("ja"));
        let (en, de, ja) = (Words::new(&en), Words::new(&de), Words::new(&ja));
        let v = Decimal::new(123456, 2);
        assert_eq!(en.money(v, "EUR"), "1234.56 EUR");
        assert_eq!(de.money(v, "EUR"), "1.234,56\u{A0}€");
        assert_eq!(ja.money(v, "EUR"), "€1,234.56");
        assert_eq!(en.number(dec(246912)), "246912");
        assert_eq!(de.number(dec(246912)), "246.912");
        assert_eq!(en.grouped(dec(246912)), "246,912");
        let mut a = liveledger::money::Amounts::default();
        assert_eq!(en.amounts(&a), "0.00");
        assert_eq!(de.amounts(&a), "0,00");
        a.checked_add("EUR", Money(v)).unwrap();
        a.checked_add("USD", Money(Decimal::new(-1, 2))).unwrap();
        assert_eq!(en.amounts(&a), "1234.56 EUR + -0.01 USD");
        assert_eq!(de.amounts(&a), "1.234,56\u{A0}€ + -0,01\u{A0}$");
        let day = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
        assert_eq!(en.day(day), "2026-12-05");
        assert_eq!(de.day(day), "05.12.2026");
    }
}
