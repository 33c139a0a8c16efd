//! LiveLedger desktop: a Tauri 2 window over the ledger core.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

#[cfg(test)]
mod bindings;
mod capture;
mod commands;
mod error;
mod guard;
mod handoff;
mod kept;
mod memory;
#[cfg(test)]
mod page_calls;
#[cfg(target_os = "linux")]
mod paint;
mod startup;
mod state;

use std::path::Path;

use liveledger::store::LedgerLock;
use liveledger::Store;

/// Why a second window on `path` is refused when the open one cannot be
/// reached (no session bus): one window per ledger. The CLI may still write
/// meanwhile (SQLite queues writers).
fn already_open(path: &Path) -> String {
    format!(
        "LiveLedger is already open on {}; use that window",
        path.display()
    )
}

/// The ledger at `path` for this window: its lock, held for as long as the
/// window is open (one window per ledger), and its connections; `None`
/// when another window has it.
fn open_ledger(path: &Path) -> Result<Option<(LedgerLock, state::OpenLedger)>, String> {
    let Some(lock) = LedgerLock::for_window(path).map_err(|e| e.to_string())? else {
        return Ok(None);
    };
    let store = Store::open(path).map_err(|e| e.to_string())?;
    let ledger = state::OpenLedger::new(store).map_err(|e| e.to_string())?;
    Ok(Some((lock, ledger)))
}

/// Ends the process before any window opens, saying why where a
/// launcher's log will keep it.
fn refuse(message: String) -> ! {
    eprintln!("LiveLedger cannot open its ledger: {message}");
    std::process::exit(1);
}

/// Every command the page may call (each also listed in build.rs and the
/// capability).
fn commands() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        commands::dashboard,
        commands::summary,
        commands::statement,
        commands::reported_days,
        commands::insights,
        commands::timeline,
        commands::book_days,
        commands::sessions,
        commands::record_counts,
        commands::ledger_version,
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
        memory::last_view,
        memory::remember_view,
    ]
}

fn main() {
    startup::mark("main");
    // First, while this is the only thread: it may set WebKit's variable.
    #[cfg(target_os = "linux")]
    paint::choose();
    let context = tauri::generate_context!();
    // The same file as the CLI: LIVELEDGER_DB, else the OS data directory.
    let path = liveledger::store::default_path().unwrap_or_else(|| {
        refuse("no data directory is known on this system; set LIVELEDGER_DB".to_string())
    });
    let (_lock, ledger) = match open_ledger(&path) {
        Ok(Some(opened)) => opened,
        Ok(None) => {
            // Another window has this ledger: the plugin hands it our file
            // and ends this process with 0 while the app is built; with no
            // session bus to reach that window, say so.
            let _ = tauri::Builder::default()
                .plugin(handoff::single_instance(&path))
                .build(context);
            refuse(already_open(&path))
        }
        Err(message) => refuse(message),
    };
    startup::mark("ledger open");
    // The views' big answers (the dashboard first, the view most often
    // shown first) are computed while GTK and WebKit start.
    let kept = kept::Kept::default();
    kept.warm(ledger.clone());
    tauri::Builder::default()
        // First: a second launch on this ledger must hand over before anything else starts.
        .plugin(handoff::single_instance(&path))
        .plugin(memory::window_state())
        .plugin(tauri_plugin_dialog::init())
        .on_window_event(handoff::on_window_event)
        .manage(ledger)
        .manage(kept)
        .manage(state::ChosenPath::default())
        .manage(guard::Readable::default())
        .manage(guard::Copies::default())
        .manage(capture::CaptureState::default())
        .manage(state::OpenedFile::from_args(std::env::args_os()))
        .setup(|_| {
            startup::mark("setup");
            Ok(())
        })
        .on_page_load(|_, page| startup::mark(&format!("page {:?}", page.event())))
        .invoke_handler({
            let handler = commands();
            move |invoke| {
                if startup::tracing() {
                    startup::mark(&format!("call {}", invoke.message.command()));
                }
                handler(invoke)
            }
        })
        .run(context)
        .unwrap_or_else(|e| {
            eprintln!("LiveLedger could not start its window: {e}");
            std::process::exit(1);
        });
}
