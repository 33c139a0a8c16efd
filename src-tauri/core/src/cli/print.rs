//! What the `liveledger` command line prints: tables, JSON and sentences on
//! standard output, notes and import progress on standard error.

use std::io::Write;
use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use liveledger::error::{Error, Result};
use liveledger::import::ImportReport;
use liveledger::l10n::{format, Localizer, Message};
use liveledger::model::{Adjustment, Gift, ImportRecord, Settings, Withdrawal};
use liveledger::money::Diamonds;
use liveledger::money::{Amounts, ROUNDING};
use liveledger::rates::Rate;
use liveledger::report::{self, DayStatus, DaysReport, SessionMetrics, Statement, Summary};
use liveledger::store::{
    Booking, CatalogGift, Deleted, Reconciliation, RerateChange, RestoreReport, Restored,
    TrashEntry,
};

use crate::table::Table;

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
pub(super) fn restored(ledger: &Path, backup: &Path, r: &RestoreReport) -> Result<()> {
    say!(
        "restored {} from {}: {} sessions, {} gift rows, {} withdrawals",
        ledger.display(),
        backup.display(),
        r.sessions,
        r.gifts,
        r.withdrawals
    );
    if let Some(copy) = &r.before_copy {
        say!("the ledger as it was is kept in {}", copy.display());
    }
    Ok(())
}

/// Says where the ledger as it was before clearing is kept.
pub(super) fn cleared(copy: &Path) -> Result<()> {
    say!(
        "cleared; the ledger as it was is kept in {} (liveledger restore FILE brings it back)",
        copy.display()
    );
    Ok(())
}

/// Says what a delete took out and how to put it back.
pub(super) fn deleted(d: &Deleted) -> Result<()> {
    say!(
        "deleted {}; `liveledger trash restore {}` puts it back",
        d.label,
        d.undo
    );
    Ok(())
}

/// Says what was put back.
pub(super) fn put_back(r: &Restored) -> Result<()> {
    say!("put back {}", r.label);
    Ok(())
}

/// The deleted records that can still be put back.
pub(super) fn trash(list: &[TrashEntry], tz: Tz) -> Result<()> {
    if list.is_empty() {
        say!(
            "nothing deleted in the last {} days",
            liveledger::store::KEEP_DAYS
        );
        return Ok(());
    }
    let mut t = Table::new(&["id", "deleted", "what"], &["id"]);
    for e in list {
        t.row(vec![
            e.id.to_string(),
            local(e.made_at, tz),
            e.label.clone(),
        ]);
    }
    say!("{}", t.render());
    Ok(())
}

/// Says where a backup was written.
pub(super) fn backed_up(file: &Path) -> Result<()> {
    say!("backed up to {}", file.display());
    Ok(())
}

/// Says what undoing import `id` removed.
pub(super) fn undone(id: i64, gifts: usize, sessions: usize) -> Result<()> {
    say!("undid import {id}: removed {gifts} gift rows and {sessions} sessions");
    Ok(())
}

/// Says what loading the demo added.
pub(super) fn demo_loaded(report: &ImportReport) -> Result<()> {
    say!(
        "loaded demo data: {} sessions and {} gift, withdrawal and adjustment rows",
        report.sessions_added,
        report.rows_added
    );
    Ok(())
}

/// Says whether the ledger agreed with the wallet, or the adjustment that
/// now makes it agree.
pub(super) fn reconciled(r: &Reconciliation) -> Result<()> {
    match r.adjustment_id {
        None => say!("in balance: {} diamonds", r.ledger_balance),
        Some(id) => say!(
            "adjustment {id}: {:+} diamonds (ledger said {}, TikTok says {})",
            r.difference.0,
            r.ledger_balance,
            r.wallet_balance
        ),
    }
    Ok(())
}

/// Notes on standard error that `stay` sessions from `from` on keep the
/// rate they were recorded with (nothing when there are none).
pub(super) fn rate_not_applied(stay: usize, from: NaiveDate) {
    if stay > 0 {
        note(&format!(
            "note: {stay} session(s) from {from} on keep the rate they were recorded with; \
             `liveledger rerate --from {from}` shows what moving them would change\n"
        ));
    }
}

/// Import progress on standard error, overwriting itself on one line;
/// nothing while the total is not known (0).
pub(super) fn progress(done: u64, total: u64) {
    if let Some(percent) = done.saturating_mul(100).checked_div(total) {
        note(&format!("\rreading… {percent}%"));
    }
}

/// Clears the progress line, so what follows starts its own line.
pub(super) fn progress_done() {
    note("\r              \r");
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

/// The settings, one per line, and the ledger file they belong to.
pub(super) fn settings(s: &Settings, database: &Path) -> Result<()> {
    say!("timezone             {}", s.timezone);
    say!("age_confirmed        {}", s.age_confirmed);
    say!("payout_method        {}", s.payout_method);
    say!("session_gap_minutes  {}", s.session_gap_minutes);
    say!("setup_done           {}", s.setup_done);
    say!("language             {}", s.language);
    say!("database             {}", database.display());
    Ok(())
}

/// Sessions with their earnings and rates, times in `tz`.
pub(super) fn sessions(rows: Vec<SessionMetrics>, tz: Tz) -> Result<()> {
    let mut t = Table::new(
        &[
            "id",
            "start",
            "hours",
            "title",
            "gifts",
            "diamonds",
            "value",
            "viewers",
            "diamonds/h",
            "per 1k viewers",
        ],
        &[
            "id",
            "hours",
            "gifts",
            "diamonds",
            "value",
            "viewers",
            "diamonds/h",
            "per 1k viewers",
        ],
    );
    for m in rows {
        t.row(vec![
            m.session.id.to_string(),
            local(m.session.started_at, tz),
            if m.session.ended_at.is_some() {
                m.hours.to_string()
            } else {
                "live".into()
            },
            m.session.title.clone(),
            m.session.gift_count.to_string(),
            m.diamonds.to_string(),
            format!("{} {}", m.value, m.currency),
            m.session
                .unique_viewers
                .or(m.session.peak_viewers)
                .map(|v| v.to_string())
                .unwrap_or_default(),
            m.diamonds_per_hour
                .map(|d| d.to_string())
                .unwrap_or_default(),
            m.value_per_1000_viewers
                .map(|v| v.to_string())
                .unwrap_or_default(),
        ]);
    }
    say!("{}", t.render());
    Ok(())
}

/// A session's gifts, times in `tz`.
pub(super) fn gifts(gifts: Vec<Gift>, tz: Tz) -> Result<()> {
    let mut t = Table::new(
        &["id", "at", "gift", "coins", "count", "from", "note"],
        &["id", "coins", "count"],
    );
    for g in gifts {
        t.row(vec![
            g.id.to_string(),
            g.at.map(|a| local(a, tz)).unwrap_or_default(),
            g.gift_name,
            g.coins_each.to_string(),
            g.count.to_string(),
            g.sender.unwrap_or_default(),
            // A streak whose end the file did not hold.
            if g.estimated { "estimated" } else { "" }.to_string(),
        ]);
    }
    say!("{}", t.render());
    Ok(())
}

/// Withdrawals, times in `tz`.
pub(super) fn withdrawals(list: Vec<Withdrawal>, tz: Tz) -> Result<()> {
    let mut t = Table::new(
        &[
            "id",
            "requested",
            "diamonds",
            "gross",
            "fee",
            "net",
            "currency",
            "method",
            "status",
        ],
        &["id", "diamonds", "gross", "fee", "net"],
    );
    for w in list {
        t.row(vec![
            w.id.to_string(),
            local(w.requested_at, tz),
            w.diamonds.to_string(),
            w.gross.to_string(),
            w.fee.to_string(),
            w.net.to_string(),
            w.currency,
            w.method,
            w.status.as_str().to_string(),
        ]);
    }
    say!("{}", t.render());
    Ok(())
}

/// Balance corrections, times in `tz`.
pub(super) fn adjustments(list: Vec<Adjustment>, tz: Tz) -> Result<()> {
    let mut t = Table::new(&["id", "at", "diamonds", "reason"], &["id", "diamonds"]);
    for a in list {
        t.row(vec![
            a.id.to_string(),
            local(a.at, tz),
            a.diamonds.to_string(),
            a.reason,
        ]);
    }
    say!("{}", t.render());
    Ok(())
}

/// Rates, oldest first as given.
pub(super) fn rates(rates: &[Rate]) -> Result<()> {
    let mut t = Table::new(
        &[
            "id",
            "from",
            "diamonds/coin",
            "money/diamond",
            "currency",
            "min withdrawal",
            "max/day",
        ],
        &[
            "id",
            "diamonds/coin",
            "money/diamond",
            "min withdrawal",
            "max/day",
        ],
    );
    for r in rates {
        t.row(vec![
            r.id.to_string(),
            r.effective_from.to_string(),
            r.diamonds_per_coin.to_string(),
            r.money_per_diamond.to_string(),
            r.currency.clone(),
            r.min_withdrawal.to_string(),
            r.max_withdrawal_per_day
                .map(|m| m.to_string())
                .unwrap_or_else(|| "none".into()),
        ]);
    }
    say!("{}", t.render());
    Ok(())
}

/// What re-rating changes (`applied`) or would change, and what to do next.
pub(super) fn rerate(changes: Vec<RerateChange>, applied: bool) -> Result<()> {
    if changes.is_empty() {
        say!("every session already has the rate in force on its day");
        return Ok(());
    }
    let mut t = Table::new(
        &["session", "day", "title", "diamonds", "value", "rate"],
        &["session"],
    );
    for c in &changes {
        let from_currency = c.from.as_ref().map_or("", |r| r.currency.as_str());
        t.row(vec![
            c.session_id.to_string(),
            c.day.to_string(),
            c.title.clone(),
            format!("{} → {}", c.diamonds_before, c.diamonds_after),
            format!(
                "{} {from_currency} → {} {}",
                c.value_before, c.value_after, c.to.currency
            ),
            format!("from {}", c.to.effective_from),
        ]);
    }
    say!("{}", t.render());
    if applied {
        say!("re-rated {} session(s)", changes.len());
    } else {
        say!(
            "nothing changed; add --apply to re-rate these {} session(s)",
            changes.len()
        );
    }
    Ok(())
}

/// The gift catalog.
pub(super) fn catalog(list: Vec<CatalogGift>) -> Result<()> {
    let mut t = Table::new(&["gift", "coins"], &["coins"]);
    for g in list {
        t.row(vec![g.name, g.coins.to_string()]);
    }
    say!("{}", t.render());
    Ok(())
}

/// Past imports, times in `tz`, then their warnings, each naming its import.
pub(super) fn imports(list: Vec<ImportRecord>, tz: Tz) -> Result<()> {
    let mut t = Table::new(
        &[
            "id", "imported", "file", "format", "added", "skipped", "sessions",
        ],
        &["id", "added", "skipped", "sessions"],
    );
    let mut warnings = Vec::new();
    for i in list {
        warnings.extend(i.warnings.iter().map(|w| format!("import {}: {w}", i.id)));
        t.row(vec![
            i.id.to_string(),
            local(i.imported_at, tz),
            i.file_name,
            i.format,
            i.rows_added.to_string(),
            i.rows_skipped.to_string(),
            i.sessions_added.to_string(),
        ]);
    }
    say!("{}", t.render());
    for w in warnings {
        say!("{w}");
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
    let pad = |l: &str| format!("{l}{}", " ".repeat(width - columns(l)));
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

/// The columns `text` takes in a terminal: two for a wide (East Asian)
/// character, none for a mark that joins the one before or a direction mark.
fn columns(text: &str) -> usize {
    text.chars()
        .map(|c| match c as u32 {
            0x0300..=0x036F | 0x064B..=0x065F | 0x0670 | 0x200B..=0x200F | 0x2066..=0x2069 => 0,
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6 => 2,
            _ => 1,
        })
        .sum()
}

/// A statement: its rows, the total, the rounding line when the rows as
/// shown do not add up to the total, and which rates the values use.
pub(super) fn statement(st: &Statement) -> Result<()> {
    let cols = [
        "period",
        "sessions",
        "hours",
        "gifts",
        "coins",
        "diamonds",
        "value",
        "withdrawn",
        "fees",
        "net paid",
        "adjusted",
        "balance",
    ];
    if !st.opening_balance.0.is_zero() {
        say!("balance before the first day: {}", st.opening_balance);
    }
    let mut t = Table::new(&cols, &cols[1..]);
    let money = |a: &Amounts| {
        if a.is_zero() {
            String::new()
        } else {
            a.describe()
        }
    };
    for r in st.rows.iter().chain([&st.total]) {
        t.row(vec![
            r.period.clone(),
            r.sessions.to_string(),
            r.hours_live.to_string(),
            r.gifts.to_string(),
            r.coins.to_string(),
            r.diamonds.to_string(),
            money(&r.value),
            r.withdrawn_diamonds.to_string(),
            money(&r.fees),
            money(&r.net_paid),
            r.adjusted_diamonds.to_string(),
            r.closing_balance.to_string(),
        ]);
    }
    say!("{}", t.render());
    if !st.rounding.is_zero() {
        say!(
            "rounding: {} (each row is rounded on its own; the total rounds the exact sum)",
            st.rounding.describe()
        );
    }
    say!(
        "Values use the rate each session was recorded with; money rounded {}.",
        ROUNDING
    );
    Ok(())
}

/// Diamonds with their thousands grouped by commas (`4,210`, `-1,250.5`).
fn grouped(d: Diamonds) -> String {
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

/// What a day's comparison says in words: "TikTok reports 4,210 diamonds on
/// 12 Nov 2026; your ledger has 4,150 (60 missing)".
fn day_sentence(d: &report::DayComparison) -> String {
    let on = d.day.format("%-d %b %Y");
    let ledger = grouped(d.ledger_diamonds);
    match (d.tiktok_diamonds, d.difference) {
        (Some(t), Some(diff)) => {
            let tiktok = format!("TikTok reports {} diamonds on {on}", grouped(t));
            match d.status {
                DayStatus::Matches => format!("{tiktok}; your ledger has the same"),
                DayStatus::Missing => {
                    format!(
                        "{tiktok}; your ledger has {ledger} ({} missing)",
                        grouped(diff)
                    )
                }
                DayStatus::Extra => format!(
                    "{tiktok}; your ledger has {ledger} ({} more than TikTok)",
                    grouped(Diamonds(-diff.0))
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

/// TikTok's days beside the ledger's: a table, then a sentence for each day
/// that differs, then the totals.
pub(super) fn days(r: &DaysReport) -> Result<()> {
    if r.days.is_empty() {
        say!(
            "No TikTok LIVE Center days yet. Download your LIVE analytics in TikTok LIVE Center \
             (Revenue, Activity, Viewers, Engagement) and import the files: liveledger import FILE"
        );
        return Ok(());
    }
    let cols = ["day", "TikTok", "ledger", "difference", "lives", "status"];
    let mut t = Table::new(&cols, &cols[1..5]);
    for d in &r.days {
        t.row(vec![
            d.day.to_string(),
            d.tiktok_diamonds.map(grouped).unwrap_or_default(),
            grouped(d.ledger_diamonds),
            d.difference.map(grouped).unwrap_or_default(),
            d.lives.to_string(),
            match d.status {
                DayStatus::Matches => "same",
                DayStatus::Missing => "ledger has fewer",
                DayStatus::Extra => "ledger has more",
                DayStatus::NoLives if d.bookable => "no live: bookable",
                DayStatus::NoLives => "no live",
                DayStatus::NoTiktokDiamonds => "no TikTok diamonds",
            }
            .to_string(),
        ]);
    }
    say!("{}", t.render());
    for d in r.days.iter().filter(|d| d.status != DayStatus::Matches) {
        say!("{}", day_sentence(d));
    }
    say!(
        "TikTok reports {} diamonds over its days; your ledger has {} on them. \
         TikTok's figures are never added to the balance.",
        grouped(r.tiktok_diamonds),
        grouped(r.ledger_diamonds)
    );
    if r.bookable_days > 0 {
        say!(
            "{} day(s) with no live can be booked from TikTok's figures ({} diamonds): liveledger days --book DAY",
            r.bookable_days,
            grouped(r.bookable_diamonds)
        );
    }
    Ok(())
}

/// Says which days were booked, what they added, and how to undo it.
pub(super) fn booked(b: &Booking) -> Result<()> {
    for d in &b.booked {
        say!(
            "booked {}: session {} with TikTok's {} diamonds",
            d.day,
            d.session_id,
            grouped(d.diamonds)
        );
    }
    say!(
        "the balance grew by {} diamonds; undo with: liveledger imports undo {}",
        grouped(b.diamonds),
        b.import_id
    );
    Ok(())
}
