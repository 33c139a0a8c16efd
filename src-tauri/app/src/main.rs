//! LiveLedger desktop: a Tauri 2 window over the ledger core.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

#[cfg(test)]
mod bindings;
mod capture;
mod commands;
mod error;
mod guard;
#[cfg(test)]
mod page_calls;
mod state;

use std::path::Path;

use liveledger::store::LedgerLock;
use liveledger::Store;

/// Holds the ledger for this window for as long as the returned lock lives:
/// one window per ledger. The CLI may still write meanwhile (SQLite queues
/// writers); a CLI import that holds the ledger for itself is waited for.
fn lock_ledger(path: &Path) -> Result<LedgerLock, String> {
    match LedgerLock::for_window(path) {
        Ok(Some(lock)) => Ok(lock),
        Ok(None) => Err(format!(
            "LiveLedger is already open on {}; use that window",
            path.display()
        )),
        Err(e) => Err(e.to_string()),
    }
}

fn main() {
    // The same file as the CLI: LIVELEDGER_DB, else the OS data directory.
    let opened = liveledger::store::default_path()
        .ok_or_else(|| "no data directory is known on this system; set LIVELEDGER_DB".to_string())
        .and_then(|path| {
            let lock = lock_ledger(&path)?;
            let store = Store::open(&path).map_err(|e| e.to_string())?;
            Ok((
                lock,
                state::OpenLedger::new(store).map_err(|e| e.to_string())?,
            ))
        });
    let (_lock, ledger) = match opened {
        Ok(opened) => opened,
        Err(message) => {
            // No window can show this before Tauri starts; say it where a
            // launcher's log will keep it.
            eprintln!("LiveLedger cannot open its ledger: {message}");
            std::process::exit(1);
        }
    };
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(ledger)
        .manage(state::ChosenPath::default())
        .manage(guard::Readable::default())
        .manage(guard::Copies::default())
        .manage(capture::CaptureState::default())
        .manage(state::OpenedFile::from_args(std::env::args_os()))
        .invoke_handler(tauri::generate_handler![
            commands::dashboard,
            commands::summary,
            commands::statement,
            commands::reported_days,
            commands::insights,
            commands::timeline,
            commands::book_days,
            commands::sessions,
            commands::session_metrics,
            commands::session_gifts,
            commands::session_givers,
            commands::add_session,
            commands::update_session,
            commands::delete_session,
            commands::end_session,
            commands::running_session,
            commands::add_gift,
            commands::delete_gift,
            commands::withdrawals,
            commands::add_withdrawal,
            commands::set_withdrawal_status,
            commands::delete_withdrawal,
            commands::restore_deleted,
            commands::adjustments,
            commands::reconcile,
            commands::rates,
            commands::set_rate,
            commands::delete_rate,
            commands::rerate_preview,
            commands::rerate,
            commands::catalog,
            commands::set_catalog_gift,
            commands::remove_catalog_gift,
            commands::settings,
            commands::set_setting,
            commands::import_file,
            commands::imports,
            commands::import_mappings,
            commands::undo_import,
            commands::undo_from_copy,
            commands::choose_open_path,
            commands::export_file,
            commands::backup,
            commands::choose_save_path,
            commands::is_empty,
            commands::withdrawals_below_minimum,
            commands::quote_withdrawal,
            commands::load_demo,
            commands::clear_records,
            commands::database_path,
            commands::today,
            capture::capture_start,
            capture::capture_stop,
            capture::capture_end_live,
            capture::capture_status,
            commands::opened_file,
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("LiveLedger could not start its window: {e}");
            std::process::exit(1);
        });
}
