//! Tauri commands: each maps one UI action to one core call. No business
//! logic here; inputs arrive as text and the core checks them.

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
use liveledger::report::{self, Dashboard, Ledger as Snapshot, PeriodRow, SessionMetrics, Summary};
use liveledger::store::{CatalogGift, Reconciliation};
use liveledger::Error;

use crate::error::{CmdError, CmdResult};
use crate::state::Ledger;

type L<'a> = State<'a, Ledger>;

#[tauri::command]
pub async fn dashboard(ledger: L<'_>) -> CmdResult<Dashboard> {
    ledger.run(|s| report::dashboard(s, Utc::now())).await
}

#[tauri::command]
pub async fn summary(ledger: L<'_>) -> CmdResult<Summary> {
    ledger
        .run(|s| Ok(report::summary(&Snapshot::load(s)?, Utc::now())))
        .await
}

#[tauri::command]
pub async fn statement(ledger: L<'_>, by: String) -> CmdResult<Vec<PeriodRow>> {
    let by = by
        .parse()
        .map_err(|e: String| CmdError::from(Error::invalid("by", e)))?;
    ledger
        .run(move |s| Ok(report::statement(&Snapshot::load(s)?, by)))
        .await
}

#[tauri::command]
pub async fn sessions(ledger: L<'_>) -> CmdResult<Vec<SessionMetrics>> {
    ledger
        .run(|s| Ok(report::session_metrics(&Snapshot::load(s)?)))
        .await
}

#[tauri::command]
pub async fn session_metrics(ledger: L<'_>, id: i64) -> CmdResult<SessionMetrics> {
    ledger
        .run(move |s| report::session_metrics_for(s, id))
        .await
}

#[tauri::command]
pub async fn session_gifts(ledger: L<'_>, id: i64) -> CmdResult<Vec<Gift>> {
    ledger.run(move |s| s.gifts(id)).await
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

#[tauri::command]
pub async fn delete_session(ledger: L<'_>, id: i64) -> CmdResult<()> {
    ledger.run(move |s| s.delete_session(id)).await
}

#[tauri::command]
pub async fn end_session(ledger: L<'_>, id: i64) -> CmdResult<()> {
    ledger.run(move |s| s.end_session(id, Utc::now())).await
}

#[tauri::command]
pub async fn running_session(ledger: L<'_>) -> CmdResult<Option<Session>> {
    ledger.run(|s| s.running_session()).await
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

#[tauri::command]
pub async fn delete_gift(ledger: L<'_>, id: i64) -> CmdResult<Gift> {
    ledger.run(move |s| s.delete_gift(id)).await
}

#[tauri::command]
pub async fn withdrawals(ledger: L<'_>) -> CmdResult<Vec<Withdrawal>> {
    ledger.run(|s| s.withdrawals()).await
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
    let status: WithdrawalStatus = status
        .parse()
        .map_err(|e: String| CmdError::from(Error::invalid("status", e)))?;
    ledger
        .run(move |s| s.set_withdrawal_status(id, status))
        .await
}

#[tauri::command]
pub async fn delete_withdrawal(ledger: L<'_>, id: i64) -> CmdResult<()> {
    ledger.run(move |s| s.delete_withdrawal(id)).await
}

#[tauri::command]
pub async fn adjustments(ledger: L<'_>) -> CmdResult<Vec<Adjustment>> {
    ledger.run(|s| s.adjustments()).await
}

/// Records the difference between TikTok's balance and the ledger's; returns it.
#[tauri::command]
pub async fn reconcile(
    ledger: L<'_>,
    balance: String,
    reason: String,
) -> CmdResult<Reconciliation> {
    let balance = parse_decimal(&balance).ok_or_else(|| {
        CmdError::from(Error::invalid("balance", "expected a number of diamonds"))
    })?;
    ledger
        .run(move |s| s.reconcile(Utc::now(), balance, &reason))
        .await
}

#[tauri::command]
pub async fn rates(ledger: L<'_>) -> CmdResult<Vec<Rate>> {
    ledger.run(|s| Ok(s.rates()?.all().to_vec())).await
}

#[tauri::command]
pub async fn set_rate(ledger: L<'_>, form: RateForm) -> CmdResult<i64> {
    ledger.run(move |s| s.set_rate(&form.to_rate()?)).await
}

#[tauri::command]
pub async fn delete_rate(ledger: L<'_>, id: i64) -> CmdResult<()> {
    ledger.run(move |s| s.delete_rate(id)).await
}

#[tauri::command]
pub async fn catalog(ledger: L<'_>) -> CmdResult<Vec<CatalogGift>> {
    ledger.run(|s| s.catalog()).await
}

#[tauri::command]
pub async fn set_catalog_gift(ledger: L<'_>, name: String, coins: String) -> CmdResult<()> {
    let coins: i64 = coins
        .trim()
        .parse()
        .map_err(|_| CmdError::from(Error::invalid("coins", "expected whole coins")))?;
    ledger.run(move |s| s.set_catalog_gift(&name, coins)).await
}

#[tauri::command]
pub async fn remove_catalog_gift(ledger: L<'_>, name: String) -> CmdResult<()> {
    ledger.run(move |s| s.remove_catalog_gift(&name)).await
}

#[tauri::command]
pub async fn settings(ledger: L<'_>) -> CmdResult<Settings> {
    ledger.run(|s| s.settings()).await
}

#[tauri::command]
pub async fn set_setting(ledger: L<'_>, key: String, value: String) -> CmdResult<()> {
    ledger.run(move |s| s.set_setting(&key, &value)).await
}

/// Import progress, sent as the file is read.
#[derive(Clone, Serialize)]
struct Progress {
    done: u64,
    total: u64,
}

/// Imports (or with `dry_run`, previews) a CSV file.
#[tauri::command]
pub async fn import_file(
    app: AppHandle,
    ledger: L<'_>,
    path: String,
    format: String,
    dry_run: bool,
    map: Option<String>,
) -> CmdResult<ImportReport> {
    let format: Format = format
        .parse()
        .map_err(|e: String| CmdError::from(Error::invalid("format", e)))?;
    let opts = ImportOptions {
        format,
        dry_run,
        map: map.filter(|m| !m.trim().is_empty()),
        ..ImportOptions::default()
    };
    ledger
        .run(move |s| {
            let mut progress = |done: u64, total: u64| {
                let _ = app.emit("import-progress", Progress { done, total });
            };
            import::import_file(s, std::path::Path::new(&path), &opts, &mut progress)
        })
        .await
}

#[tauri::command]
pub async fn imports(ledger: L<'_>) -> CmdResult<Vec<ImportRecord>> {
    ledger.run(|s| s.imports()).await
}

#[tauri::command]
pub async fn undo_import(ledger: L<'_>, id: i64) -> CmdResult<(usize, usize)> {
    ledger.run(move |s| s.undo_import(id)).await
}

#[tauri::command]
pub async fn export_file(ledger: L<'_>, format: String, path: String) -> CmdResult<()> {
    let format: ExportFormat = format
        .parse()
        .map_err(|e: String| CmdError::from(Error::invalid("format", e)))?;
    ledger
        .run(move |s| liveledger::export::export_to_file(s, format, std::path::Path::new(&path)))
        .await
}

#[tauri::command]
pub async fn backup(ledger: L<'_>, path: String) -> CmdResult<()> {
    ledger
        .run(move |s| s.backup_to(std::path::Path::new(&path)))
        .await
}

#[tauri::command]
pub async fn is_empty(ledger: L<'_>) -> CmdResult<bool> {
    ledger.run(|s| s.is_empty()).await
}

#[tauri::command]
pub async fn load_demo(ledger: L<'_>) -> CmdResult<ImportReport> {
    ledger.run(liveledger::demo::load).await
}

#[tauri::command]
pub async fn clear_records(ledger: L<'_>) -> CmdResult<()> {
    ledger.run(|s| s.clear_records()).await
}

#[tauri::command]
pub async fn database_path(ledger: L<'_>) -> CmdResult<String> {
    ledger.run(|s| Ok(s.path().display().to_string())).await
}

/// The file LiveLedger was opened with (a CSV from the file manager), once.
#[tauri::command]
pub fn opened_file(opened: State<'_, crate::state::OpenedFile>) -> Option<String> {
    opened.take().map(|p| p.display().to_string())
}
