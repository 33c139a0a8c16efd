//! Tauri commands: each maps one UI action to one core call. No business
//! logic here; inputs arrive as text and the core checks them.
//!
//! A type a command takes or returns is declared to the page by
//! `bindings.rs` (listed there, generated into `ui/src/bindings/`).

use chrono::Utc;
use serde::Serialize;
use tauri::{AppHandle, Emitter, State};

use liveledger::export::ExportFormat;
use liveledger::forms::{GiftForm, RateForm, SessionForm, WithdrawalForm};
use liveledger::import::{self, Format, ImportOptions, ImportReport};
use liveledger::model::{
    Adjustment, Gift, ImportRecord, Session, Settings, Withdrawal, WithdrawalStatus,
};
use liveledger::money::parse_decimal;
use liveledger::rates::Rate;
use liveledger::report::{self, DaysReport, SessionMetrics, Timeline};
use liveledger::store::{
    Booking, CatalogGift, Deleted, Reconciliation, RerateChange, RestoreReport, Restored,
};
use liveledger::Error;

use crate::error::{for_page, CmdError, CmdResult};
use crate::guard::{ask_async, declined, Copies, Readable};
use crate::kept::{Ask, Kept};
use crate::state::{ChosenPath, OpenLedger};

type L<'a> = State<'a, OpenLedger>;

type K<'a> = State<'a, Kept>;

/// The dashboard (`Dashboard` as JSON, `null` for an empty ledger), from
/// what is kept when the ledger has not changed this minute (`kept.rs`).
#[tauri::command]
pub async fn dashboard(ledger: L<'_>, kept: K<'_>) -> CmdResult<tauri::ipc::Response> {
    let answer = kept.send(&ledger, Ask::Dashboard).await?;
    crate::startup::mark("dashboard: figures made");
    Ok(answer)
}

/// The summary (`Summary` as JSON), kept like the dashboard.
#[tauri::command]
pub async fn summary(ledger: L<'_>, kept: K<'_>) -> CmdResult<tauri::ipc::Response> {
    kept.send(&ledger, Ask::Summary).await
}

/// The statement by `by`, of the local days `from`..=`to` (`YYYY-MM-DD`;
/// either may be left out), as `Statement` JSON kept while the ledger is
/// unchanged.
#[tauri::command]
pub async fn statement(
    ledger: L<'_>,
    kept: K<'_>,
    by: String,
    from: Option<String>,
    to: Option<String>,
) -> CmdResult<tauri::ipc::Response> {
    let by = by
        .parse()
        .map_err(|e: String| CmdError::from(Error::invalid("by", e)))?;
    let day = |field: &str, d: Option<String>| -> CmdResult<Option<chrono::NaiveDate>> {
        d.filter(|d| !d.trim().is_empty())
            .map(|d| {
                d.trim()
                    .parse()
                    .map_err(|_| not_a_day(field, &d, "core-invalid-not-a-day"))
            })
            .transpose()
    };
    let span = report::Span {
        from: day("from", from)?,
        to: day("to", to)?,
    };
    if let (Some(f), Some(t)) = (span.from, span.to) {
        if f > t {
            let said = liveledger::l10n::Message::new("core-invalid-last-before-first");
            return Err(Error::invalid_said("to", said).into());
        }
    }
    kept.send(&ledger, Ask::Statement(by, span)).await
}

/// What earns across the lives started from `from` to `to` (local days,
/// `YYYY-MM-DD`, either left out for no limit), with the hours a week that
/// reach the minimum by day `by`: `Insights` as JSON, kept while the ledger
/// is unchanged this minute.
#[tauri::command]
pub async fn insights(
    ledger: L<'_>,
    kept: K<'_>,
    from: Option<String>,
    to: Option<String>,
    by: Option<String>,
) -> CmdResult<tauri::ipc::Response> {
    let range = report::Range {
        from: day_arg("from", from)?,
        to: day_arg("to", to)?,
        by: day_arg("by", by)?,
    };
    kept.send(&ledger, Ask::Insights(range)).await
}

/// Live `session_id` minute by minute: diamonds beside the room.
#[tauri::command]
pub async fn timeline(ledger: L<'_>, session_id: i64) -> CmdResult<Timeline> {
    ledger.read(move |s| s.timeline(session_id)).await
}

/// TikTok LIVE Center's figures per day beside the ledger's days.
#[tauri::command]
pub async fn reported_days(ledger: L<'_>) -> CmdResult<DaysReport> {
    ledger
        .read(|s| report::days_report(&s.snapshot()?, &s.reported_days()?))
        .await
}

/// Books TikTok's diamonds for each day (`YYYY-MM-DD`) as a session; the
/// core refuses any day the ledger has a live on. Undone as an import.
#[tauri::command]
pub async fn book_days(ledger: L<'_>, days: Vec<String>) -> CmdResult<Booking> {
    let days = days
        .iter()
        .map(|d| {
            d.trim()
                .parse::<chrono::NaiveDate>()
                .map_err(|_| not_a_day("day", d, "core-invalid-not-a-day-iso"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    ledger.run(move |s| s.book_reported_days(&days)).await
}

/// The sessions list, oldest first: a `SessionRow` a live (what the list
/// draws, filters and sorts by) as JSON, kept while the ledger is unchanged.
/// A live's whole metrics are [`session_metrics`].
#[tauri::command]
pub async fn sessions(ledger: L<'_>, kept: K<'_>) -> CmdResult<tauri::ipc::Response> {
    kept.send(&ledger, Ask::Sessions).await
}

/// The ledger's version and the minute, as `VERSION-MINUTE`: both the same
/// between two calls means the ledger is unchanged (no commit by the
/// window, the CLI or another program) and the clock's minute too, so what a
/// view drew from the one is still right at the other (`kept.rs`).
#[tauri::command]
pub async fn ledger_version(ledger: L<'_>) -> CmdResult<String> {
    let ledger = ledger.inner().clone();
    tauri::async_runtime::spawn_blocking(move || crate::kept::version(&ledger, Utc::now()))
        .await
        .map_err(|e| CmdError::app(format!("the ledger reader stopped: {e}")))?
}

/// How many gift rows, sessions and withdrawals the ledger holds.
#[tauri::command]
pub async fn record_counts(ledger: L<'_>) -> CmdResult<(i64, i64, i64)> {
    ledger
        .read(|s| s.row_counts().map(|(g, s, w, _)| (g, s, w)))
        .await
}

#[tauri::command]
pub async fn session_metrics(ledger: L<'_>, id: i64) -> CmdResult<SessionMetrics> {
    ledger
        .read(move |s| report::session_metrics_for(&s.session_snapshot(id)?, id))
        .await
}

#[tauri::command]
pub async fn session_gifts(ledger: L<'_>, id: i64) -> CmdResult<Vec<Gift>> {
    ledger.read(move |s| s.gifts(id)).await
}

/// The `limit` (at most 100) senders who gave the most in live `id`:
/// (sender, gifts, coins), for the recap after a live ends.
#[tauri::command]
pub async fn session_givers(
    ledger: L<'_>,
    id: i64,
    limit: usize,
) -> CmdResult<Vec<(String, i64, i64)>> {
    ledger
        .read(move |s| s.session_givers(id, limit.min(100)))
        .await
}

#[tauri::command]
pub async fn add_session(ledger: L<'_>, form: SessionForm) -> CmdResult<i64> {
    ledger
        .run(move |s| {
            let input = form.to_input(s.tz()?)?;
            s.add_session(&input)
        })
        .await
}

#[tauri::command]
pub async fn update_session(ledger: L<'_>, id: i64, form: SessionForm) -> CmdResult<()> {
    ledger
        .run(move |s| {
            let input = form.to_input(s.tz()?)?;
            s.update_session(id, &input)
        })
        .await
}

/// Deletes a session and its gifts; [`restore_deleted`] puts them back.
#[tauri::command]
pub async fn delete_session(ledger: L<'_>, id: i64, force: Option<bool>) -> CmdResult<Deleted> {
    ledger
        .run(move |s| s.delete_session(id, force.unwrap_or(false)))
        .await
}

#[tauri::command]
pub async fn end_session(ledger: L<'_>, id: i64) -> CmdResult<()> {
    ledger.run(move |s| s.end_session(id, Utc::now())).await
}

#[tauri::command]
pub async fn running_session(ledger: L<'_>) -> CmdResult<Option<Session>> {
    ledger.read(|s| s.running_session()).await
}

#[tauri::command]
pub async fn add_gift(ledger: L<'_>, form: GiftForm) -> CmdResult<Gift> {
    ledger
        .run(move |s| {
            let input = form.to_input(s.tz()?)?;
            s.add_gift(&input)
        })
        .await
}

/// Deletes a gift row; [`restore_deleted`] puts it back.
#[tauri::command]
pub async fn delete_gift(ledger: L<'_>, id: i64, force: Option<bool>) -> CmdResult<Deleted> {
    ledger
        .run(move |s| Ok(s.delete_gift(id, force.unwrap_or(false))?.1))
        .await
}

/// Puts back what a delete took out (`undo`: the number it returned).
#[tauri::command]
pub async fn restore_deleted(ledger: L<'_>, undo: i64, force: Option<bool>) -> CmdResult<Restored> {
    ledger
        .run(move |s| s.restore_deleted(undo, force.unwrap_or(false)))
        .await
}

#[tauri::command]
pub async fn withdrawals(ledger: L<'_>) -> CmdResult<Vec<Withdrawal>> {
    ledger.read(|s| s.withdrawals()).await
}

/// The recorded withdrawals below the minimum in force on their day, to be
/// flagged in the history.
#[tauri::command]
pub async fn withdrawals_below_minimum(ledger: L<'_>) -> CmdResult<Vec<report::BelowMinimum>> {
    ledger
        .read(|s| Ok(report::below_minimum(&s.snapshot()?)))
        .await
}

/// What withdrawing `diamonds` (as typed) on `at` (the form's local time;
/// now when empty or not yet a time) would bring; `None` while the text is
/// not a number of diamonds.
#[tauri::command]
pub async fn quote_withdrawal(
    ledger: L<'_>,
    diamonds: String,
    at: String,
) -> CmdResult<Option<report::Quote>> {
    let Some(d) = parse_decimal(&diamonds).filter(|d| d.is_sign_positive() && !d.is_zero()) else {
        return Ok(None);
    };
    if liveledger::money::check_bounds("diamonds", d, 8).is_err() {
        return Ok(None);
    }
    ledger
        .read(move |s| {
            let snap = s.snapshot()?;
            let at = liveledger::dates::parse_instant(&at, snap.tz).unwrap_or_else(|_| Utc::now());
            Ok(report::quote(&snap, liveledger::money::Diamonds(d), at))
        })
        .await
}

#[tauri::command]
pub async fn add_withdrawal(ledger: L<'_>, form: WithdrawalForm) -> CmdResult<Withdrawal> {
    ledger
        .run(move |s| {
            let input = form.to_input(s.tz()?)?;
            s.add_withdrawal(&input)
        })
        .await
}

#[tauri::command]
pub async fn set_withdrawal_status(ledger: L<'_>, id: i64, status: String) -> CmdResult<()> {
    let status: WithdrawalStatus = status.parse().map_err(|e: String| {
        CmdError::from(Error::invalid_with(
            "status",
            e,
            WithdrawalStatus::unknown(&status),
        ))
    })?;
    ledger
        .run(move |s| s.set_withdrawal_status(id, status))
        .await
}

/// Deletes a withdrawal; [`restore_deleted`] puts it back.
#[tauri::command]
pub async fn delete_withdrawal(ledger: L<'_>, id: i64) -> CmdResult<Deleted> {
    ledger.run(move |s| s.delete_withdrawal(id)).await
}

#[tauri::command]
pub async fn adjustments(ledger: L<'_>) -> CmdResult<Vec<Adjustment>> {
    ledger.read(|s| s.adjustments()).await
}

/// Records the difference between TikTok's balance and the ledger's; returns it.
#[tauri::command]
pub async fn reconcile(
    ledger: L<'_>,
    balance: String,
    reason: String,
) -> CmdResult<Reconciliation> {
    let balance = parse_decimal(&balance).ok_or_else(|| {
        let said = liveledger::l10n::Message::new("core-invalid-diamonds-number");
        CmdError::from(Error::invalid_said("balance", said))
    })?;
    ledger
        .run(move |s| s.reconcile(Utc::now(), balance, &reason))
        .await
}

#[tauri::command]
pub async fn rates(ledger: L<'_>) -> CmdResult<Vec<Rate>> {
    ledger.read(|s| Ok(s.rates()?.all().to_vec())).await
}

#[tauri::command]
pub async fn set_rate(ledger: L<'_>, form: RateForm) -> CmdResult<i64> {
    ledger.run(move |s| s.set_rate(&form.to_rate()?)).await
}

/// The sessions whose fixed rate differs from the rate now in force on their
/// day (`from`/`to`: optional YYYY-MM-DD), with what re-rating would change.
#[tauri::command]
pub async fn rerate_preview(
    ledger: L<'_>,
    from: Option<String>,
    to: Option<String>,
) -> CmdResult<Vec<RerateChange>> {
    let (from, to) = (day_arg("from", from)?, day_arg("to", to)?);
    ledger.read(move |s| s.rerate_preview(from, to)).await
}

/// Moves those sessions to the rate now in force on their day. When that
/// would take the balance below zero, the creator confirms in a native dialog.
#[tauri::command]
pub async fn rerate(
    app: AppHandle,
    ledger: L<'_>,
    from: Option<String>,
    to: Option<String>,
) -> CmdResult<Vec<RerateChange>> {
    let (from, to) = (day_arg("from", from)?, day_arg("to", to)?);
    match ledger.run_big(move |s| s.rerate(from, to, false)).await {
        Err(e) if e.kind == "needs_confirmation" => {
            let message = format!("{}\n\nRe-rate these sessions anyway?", e.message);
            if !ask_async(&app, "Re-rate sessions?", message, "Re-rate anyway").await {
                return Err(declined());
            }
            ledger.run_big(move |s| s.rerate(from, to, true)).await
        }
        done => done,
    }
}

fn day_arg(field: &str, text: Option<String>) -> CmdResult<Option<chrono::NaiveDate>> {
    match text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(t) => t
            .parse()
            .map(Some)
            .map_err(|_| not_a_day(field, t, "core-invalid-not-a-day-iso")),
    }
}

#[tauri::command]
pub async fn delete_rate(ledger: L<'_>, id: i64) -> CmdResult<()> {
    ledger.run(move |s| s.delete_rate(id)).await
}

#[tauri::command]
pub async fn catalog(ledger: L<'_>) -> CmdResult<Vec<CatalogGift>> {
    ledger.read(|s| s.catalog()).await
}

#[tauri::command]
pub async fn set_catalog_gift(ledger: L<'_>, name: String, coins: String) -> CmdResult<()> {
    let coins: i64 = coins.trim().parse().map_err(|_| {
        let said = liveledger::l10n::Message::new("core-invalid-whole-coins")
            .text("text", liveledger::import::short(&coins));
        CmdError::from(Error::invalid_with(
            "coins",
            "expected whole coins".into(),
            said,
        ))
    })?;
    ledger.run(move |s| s.set_catalog_gift(&name, coins)).await
}

#[tauri::command]
pub async fn remove_catalog_gift(ledger: L<'_>, name: String) -> CmdResult<()> {
    ledger.run(move |s| s.remove_catalog_gift(&name)).await
}

#[tauri::command]
pub async fn settings(ledger: L<'_>) -> CmdResult<Settings> {
    ledger.read(|s| s.settings()).await
}

#[tauri::command]
pub async fn set_setting(ledger: L<'_>, key: String, value: String) -> CmdResult<()> {
    ledger.run(move |s| s.set_setting(&key, &value)).await
}

/// Import progress, sent as the file is read (the `import-progress` event).
#[derive(Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "ImportProgress"))]
pub struct Progress {
    /// Bytes read so far.
    pub done: u64,
    /// Bytes in the file.
    pub total: u64,
}

/// Imports (or with `dry_run`, previews) a file the creator chose in the
/// open dialog ([`choose_open_path`]) or opened the app with; `gap_minutes`
/// overrides the session gap for this file, `skip_lines` are bad rows the
/// creator chose to leave out (the same in the preview and the import, so
/// the preview is what is written). Its sentences are in the window's words.
#[tauri::command]
// Tauri hands state to a command as arguments: three of these are not the page's.
#[allow(clippy::too_many_arguments)]
pub async fn import_file(
    app: AppHandle,
    ledger: L<'_>,
    readable: State<'_, Readable>,
    path: String,
    format: String,
    dry_run: bool,
    map: Option<String>,
    mapping_name: Option<String>,
    gap_minutes: Option<i64>,
    skip_lines: Option<Vec<u64>>,
) -> CmdResult<ImportReport> {
    let path = readable.check(&path)?;
    let format: Format = format
        .parse()
        .map_err(|e: String| CmdError::from(Error::invalid("format", e)))?;
    let opts = ImportOptions {
        format,
        dry_run,
        map: map.filter(|m| !m.trim().is_empty()),
        mapping_name: mapping_name.filter(|n| !n.trim().is_empty()),
        gap_minutes,
        skip_lines: skip_lines.unwrap_or_default(),
        ..ImportOptions::default()
    };
    let mut report = ledger
        .run_big(move |s| {
            let mut progress = |done: u64, total: u64| {
                let _ = app.emit("import-progress", Progress { done, total });
            };
            import::import_file(s, &path, &opts, &mut progress)
        })
        .await?;
    for line in report.warnings.iter_mut().chain(report.notes.iter_mut()) {
        *line = for_page(line);
    }
    Ok(report)
}

/// Saved column mappings: (name, mapping).
#[tauri::command]
pub async fn import_mappings(ledger: L<'_>) -> CmdResult<Vec<(String, String)>> {
    ledger.read(|s| s.mappings()).await
}

#[tauri::command]
pub async fn imports(ledger: L<'_>) -> CmdResult<Vec<ImportRecord>> {
    let mut list = ledger.read(|s| s.imports()).await?;
    for line in list.iter_mut().flat_map(|r| r.warnings.iter_mut()) {
        *line = for_page(line);
    }
    Ok(list)
}

/// What undoing an import did, and the number that undoes the undo.
#[derive(Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Undone {
    /// Gift rows removed.
    pub gifts: usize,
    /// Sessions removed.
    pub sessions: usize,
    /// For [`undo_from_copy`]: puts the ledger back as it was before.
    pub undo: u64,
}

/// Undoes import `id` after the creator confirms in a native dialog (a
/// second one when withdrawals were paid from its diamonds). A copy of the
/// ledger as it was is kept first, for [`undo_from_copy`].
#[tauri::command]
pub async fn undo_import(
    app: AppHandle,
    ledger: L<'_>,
    copies: State<'_, Copies>,
    id: i64,
) -> CmdResult<Undone> {
    let record = ledger
        .read(move |s| {
            s.imports()?
                .into_iter()
                .find(|r| r.id == id)
                .ok_or(Error::NotFound { what: "import", id })
        })
        .await?;
    let message = format!(
        "Undo the import of {}? Its {} rows and the sessions it created go away. You can undo this right after.",
        record.file_name, record.rows_added
    );
    if !ask_async(&app, "Undo this import?", message, "Undo the import").await {
        return Err(declined());
    }
    let undo = |force: bool| {
        move |s: &mut liveledger::Store| {
            let copy = s.copy_beside("before-undo-import")?;
            match s.undo_import(id, force) {
                Ok(n) => Ok((n, copy, s.change_mark()?)),
                Err(e) => {
                    let _ = std::fs::remove_file(&copy);
                    Err(e)
                }
            }
        }
    };
    let done = match ledger.run_big(undo(false)).await {
        Err(e) if e.kind == "needs_confirmation" => {
            let message = format!("{}\n\nUndo it anyway?", e.message);
            if !ask_async(&app, "Undo this import?", message, "Undo it anyway").await {
                return Err(declined());
            }
            ledger.run_big(undo(true)).await?
        }
        done => done?,
    };
    let ((gifts, sessions), copy, mark) = done;
    Ok(Undone {
        gifts,
        sessions,
        undo: copies.keep(copy, mark),
    })
}

/// Puts the ledger back as the copy numbered `undo` holds it (taken before
/// clearing it or undoing an import), if nothing was written since.
#[tauri::command]
pub async fn undo_from_copy(
    ledger: L<'_>,
    copies: State<'_, Copies>,
    undo: u64,
) -> CmdResult<RestoreReport> {
    let mark = ledger.read(|s| s.change_mark()).await?;
    let copy = copies.take(undo, &mark)?;
    ledger.run_big(move |s| s.restore_records_from(&copy)).await
}

/// Opens the native open dialog and returns the file chosen, or `None`
/// when the creator cancelled. Only a file chosen here (or the one the app
/// was opened with) may be read by [`import_file`] or live capture.
#[tauri::command]
pub async fn choose_open_path(
    app: AppHandle,
    readable: State<'_, Readable>,
    purpose: String,
) -> CmdResult<Option<String>> {
    use tauri_plugin_dialog::DialogExt;
    let (title, name, extensions): (&str, &str, &[&str]) = match purpose.as_str() {
        "capture" => (
            "Choose the log file your live tool writes",
            "Live tool logs",
            &["csv", "jsonl", "ndjson", "json", "txt", "log"],
        ),
        _ => (
            "Choose a file to import",
            "All supported files",
            &[
                "csv", "tsv", "txt", "json", "jsonl", "ndjson", "zip", "xlsx", "xls", "ods",
            ],
        ),
    };
    let picked = app
        .dialog()
        .file()
        .set_title(title)
        .add_filter(name, extensions)
        .add_filter("All files", &["*"])
        .blocking_pick_file();
    let Some(picked) = picked else {
        return Ok(None);
    };
    let path = picked
        .into_path()
        .map_err(|e| CmdError::app(format!("the chosen file is not a file path: {e}")))?;
    readable.allow(path.clone());
    Ok(Some(path.display().to_string()))
}

/// Opens the native save dialog (the page cannot name a path itself) and
/// returns the path chosen, or `None` when the person cancelled. Only that
/// path may then be written by [`export_file`] or [`backup`].
#[tauri::command]
pub async fn choose_save_path(
    app: AppHandle,
    chosen: State<'_, ChosenPath>,
    default_name: String,
    filter_name: String,
    extension: String,
) -> CmdResult<Option<String>> {
    use tauri_plugin_dialog::DialogExt;
    // Blocks this worker thread (never the UI thread) until the dialog closes.
    let picked = app
        .dialog()
        .file()
        .set_file_name(&default_name)
        .add_filter(&filter_name, &[extension.as_str()])
        .blocking_save_file();
    let Some(picked) = picked else {
        return Ok(None);
    };
    let path = picked
        .into_path()
        .map_err(|e| CmdError::app(format!("the chosen place is not a file path: {e}")))?;
    chosen.set(path.clone());
    Ok(Some(path.display().to_string()))
}

#[tauri::command]
pub async fn export_file(
    ledger: L<'_>,
    chosen: State<'_, ChosenPath>,
    format: String,
    path: String,
) -> CmdResult<()> {
    let format: ExportFormat = format
        .parse()
        .map_err(|e: String| CmdError::from(Error::invalid("format", e)))?;
    let path = chosen.take(std::path::Path::new(&path))?;
    ledger
        .run_big(move |s| liveledger::export::export_to_file(s, format, &path))
        .await
}

#[tauri::command]
pub async fn backup(ledger: L<'_>, chosen: State<'_, ChosenPath>, path: String) -> CmdResult<()> {
    let path = chosen.take(std::path::Path::new(&path))?;
    ledger.run(move |s| s.backup_to(&path)).await
}

#[tauri::command]
pub async fn is_empty(ledger: L<'_>) -> CmdResult<bool> {
    ledger.read(|s| s.is_empty()).await
}

#[tauri::command]
pub async fn load_demo(ledger: L<'_>) -> CmdResult<ImportReport> {
    ledger.run_big(liveledger::demo::load).await
}

/// What clearing the ledger did: where the copy from before is, and the
/// number that brings it back.
#[derive(Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Cleared {
    /// The copy of the ledger as it was.
    pub copy: String,
    /// For [`undo_from_copy`].
    pub undo: u64,
}

/// Removes every record after the creator confirms in a native dialog; a
/// copy of the ledger as it was is written first, for [`undo_from_copy`].
#[tauri::command]
pub async fn clear_records(
    app: AppHandle,
    ledger: L<'_>,
    copies: State<'_, Copies>,
) -> CmdResult<Cleared> {
    let (gifts, sessions, withdrawals, _) = ledger.read(|s| s.row_counts()).await?;
    let message = format!(
        "Remove {sessions} sessions, {gifts} gift rows and {withdrawals} withdrawals from the ledger? \
         A copy of the ledger as it is now is kept beside it first."
    );
    if !ask_async(&app, "Clear all records?", message, "Clear all records").await {
        return Err(declined());
    }
    let (copy, mark) = ledger
        .run_big(|s| {
            let copy = s.clear_records()?;
            Ok((copy, s.change_mark()?))
        })
        .await?;
    Ok(Cleared {
        copy: copy.display().to_string(),
        undo: copies.keep(copy, mark),
    })
}

/// Today's local day in the creator's time zone (the UI never computes one).
#[tauri::command]
pub async fn today(ledger: L<'_>) -> CmdResult<String> {
    ledger
        .read(|s| Ok(liveledger::dates::local_date(Utc::now(), s.tz()?).to_string()))
        .await
}

#[tauri::command]
pub async fn database_path(ledger: L<'_>) -> CmdResult<String> {
    ledger.read(|s| Ok(s.path().display().to_string())).await
}

/// The file LiveLedger was opened with (a CSV from the file manager), once;
/// it may then be read like a file chosen in the open dialog.
#[tauri::command]
pub fn opened_file(
    opened: State<'_, crate::state::OpenedFile>,
    readable: State<'_, Readable>,
) -> Option<String> {
    let path = opened.take()?;
    readable.allow(path.clone());
    Some(path.display().to_string())
}

/// `text` is not a day: `id` says so (`'x' is not a day`, or with
/// `(YYYY-MM-DD)`), `text` cut short as the core quotes input.
fn not_a_day(field: &str, text: &str, id: &'static str) -> CmdError {
    let said = liveledger::l10n::Message::new(id).text("text", liveledger::import::short(text));
    CmdError::from(Error::invalid_said(field, said))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The window's own refusals keep their English and carry a message
    /// the page says in the creator's language.
    #[test]
    fn the_window_s_own_checks_are_said_and_read_as_before() {
        let e = not_a_day("to", "2026-13-01", "core-invalid-not-a-day");
        assert_eq!(e.message, "'2026-13-01' is not a day");
        let e = not_a_day("day", "x", "core-invalid-not-a-day-iso");
        assert_eq!(e.message, "'x' is not a day (YYYY-MM-DD)");
        let de = liveledger::l10n::Localizer::new("de");
        assert_eq!(
            de.render(e.said.as_deref().unwrap()),
            "'x' ist kein Tag (JJJJ-MM-TT)"
        );
        let said = liveledger::l10n::Message::new("core-invalid-last-before-first");
        let e = CmdError::from(Error::invalid_said("to", said));
        assert_eq!(e.message, "the last day is before the first");
    }
}
