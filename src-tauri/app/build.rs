/// Every command the app registers (`src/main.rs`); each needs its
/// `allow-` permission in the capability to be callable from the page.
const COMMANDS: &[&str] = &[
    "dashboard",
    "summary",
    "statement",
    "reported_days",
    "insights",
    "timeline",
    "book_days",
    "sessions",
    "record_counts",
    "ledger_version",
    "session_metrics",
    "session_gifts",
    "session_givers",
    "add_session",
    "update_session",
    "delete_session",
    "end_session",
    "running_session",
    "add_gift",
    "delete_gift",
    "withdrawals",
    "add_withdrawal",
    "quote_withdrawal",
    "withdrawals_below_minimum",
    "set_withdrawal_status",
    "delete_withdrawal",
    "restore_deleted",
    "adjustments",
    "reconcile",
    "rates",
    "set_rate",
    "delete_rate",
    "rerate_preview",
    "rerate",
    "catalog",
    "set_catalog_gift",
    "remove_catalog_gift",
    "settings",
    "set_setting",
    "import_file",
    "imports",
    "undo_import",
    "undo_from_copy",
    "choose_open_path",
    "export_file",
    "backup",
    "is_empty",
    "load_demo",
    "clear_records",
    "database_path",
    "choose_save_path",
    "today",
    "opened_file",
    "import_mappings",
    "capture_start",
    "capture_stop",
    "capture_end_live",
    "capture_status",
    "last_view",
    "remember_view",
];

fn main() {
    // The manifest and tauri.conf.json both live at the repository root, which
    // is this build script's working directory; the capabilities sit beside
    // the app's sources. Every command gets an allow-/deny- permission; the
    // page may call only those its capability grants.
    println!("cargo:rerun-if-changed=tauri.conf.json");
    println!("cargo:rerun-if-changed=ui/dist");
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    let attrs = tauri_build::Attributes::new()
        .capabilities_path_pattern("src-tauri/app/capabilities/**/*")
        .app_manifest(manifest);
    tauri_build::try_build(attrs).expect("tauri build step");
    // tauri-build also writes editor JSON schemas to ./gen and the command
    // permissions it generates to ./permissions; the build has already read
    // them, and the repository root keeps only its own folders.
    let _ = std::fs::remove_dir_all("gen");
    let _ = std::fs::remove_dir_all("permissions");
}
