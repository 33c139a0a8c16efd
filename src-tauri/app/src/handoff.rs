//! Files handed to the open window: the file a second launch of the app on
//! the same ledger was given (a file manager's "Open with LiveLedger" while
//! the app is open), and files dropped on the window. Both are the creator's
//! own choice, made outside the page, so the Rust side lets the page read
//! them ([`Readable`]) and asks it to preview them; the page never names a
//! path that becomes readable.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, DragDropEvent, Emitter, Manager, Window, WindowEvent, Wry};

use crate::guard::Readable;

/// The event the page hears with a file to preview in its import view
/// (payload: the path as text).
pub const OPEN_FILE: &str = "open-file";

/// The window the files go to (tauri.conf.json's only window).
const MAIN: &str = "main";

/// The file among a launch's arguments: the first after the program that is
/// not an option, made absolute against `cwd` (the launching process's
/// working directory), if it names a regular file (or a link to one). An
/// argument that names nothing readable gives `None` and a line on stderr.
pub fn file_argument(args: impl IntoIterator<Item = OsString>, cwd: &Path) -> Option<PathBuf> {
    let arg = args
        .into_iter()
        .skip(1)
        .find(|a| !a.to_string_lossy().starts_with('-'))?;
    let path = cwd.join(arg);
    let path = std::path::absolute(&path).unwrap_or(path);
    if path.is_file() {
        Some(path)
    } else {
        eprintln!(
            "LiveLedger: {} is not a file; opening without it",
            path.display()
        );
        None
    }
}

/// The file to preview among `paths` dropped on the window: the first
/// regular file (folders and the rest are left alone: one import at a time).
pub fn dropped_file(paths: &[PathBuf]) -> Option<PathBuf> {
    paths.iter().find(|p| p.is_file()).cloned()
}

/// Lets the page read `path` (the creator chose it outside the page), brings
/// the window forward and asks the page to preview the file.
pub fn hand_to_window(app: &AppHandle, path: PathBuf) {
    app.state::<Readable>().allow(path.clone());
    show_window(app);
    let _ = app.emit_to(MAIN, OPEN_FILE, path.display().to_string());
}

/// Brings the window forward, out of the taskbar if it was minimised.
fn show_window(app: &AppHandle) {
    if let Some(window) = app.get_webview_window(MAIN) {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// Files dropped on the window open the import preview (the first file of a
/// drop; the page only hears its path once it may read it).
pub fn on_window_event(window: &Window, event: &WindowEvent) {
    if let WindowEvent::DragDrop(DragDropEvent::Drop { paths, .. }) = event {
        if let Some(path) = dropped_file(paths) {
            hand_to_window(window.app_handle(), path);
        }
    }
}

/// The single-instance plugin for the ledger at `ledger`: a second launch
/// of the app on the same ledger hands its arguments to this window (which
/// previews the file among them, or just comes forward) and exits with 0
/// before it opens a window of its own. Launches on other ledgers (another
/// `LIVELEDGER_DB`) are other instances: each ledger has its own name on
/// the session bus. Without a session bus the plugin does nothing, and the
/// ledger's lock refuses a second window as before.
pub fn single_instance(ledger: &Path) -> TauriPlugin<Wry> {
    tauri_plugin_single_instance::Builder::new()
        .dbus_id(bus_id(ledger))
        .callback(|app, args, cwd| {
            match file_argument(args.into_iter().map(OsString::from), Path::new(&cwd)) {
                Some(path) => hand_to_window(app, path),
                None => show_window(app),
            }
        })
        .build()
}

/// The session-bus name of the window on `ledger`: the app's identifier and
/// a hash of the ledger's full path (bus names allow only letters, digits,
/// `_` and `-`, and a path can be long).
fn bus_id(ledger: &Path) -> String {
    let full = std::fs::canonicalize(ledger)
        .or_else(|_| std::path::absolute(ledger))
        .unwrap_or_else(|_| ledger.to_path_buf());
    format!(
        "app.liveledger.desktop.Ledger_{:016x}",
        fnv1a(full.as_os_str().as_encoded_bytes())
    )
}

/// FNV-1a, 64 bits: the same on every build and platform (std's hasher may
/// change between Rust releases, and two app versions must agree).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_launch_argument_is_read_against_the_launching_directory() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("gifts.csv"), "x").unwrap();
        std::fs::create_dir(dir.path().join("folder")).unwrap();
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            file_argument(args(&["app", "--verbose", "gifts.csv"]), dir.path()),
            Some(dir.path().join("gifts.csv"))
        );
        let absolute = dir.path().join("gifts.csv");
        assert_eq!(
            file_argument(args(&["app", absolute.to_str().unwrap()]), Path::new("/")),
            Some(absolute)
        );
        assert_eq!(file_argument(args(&["app", "folder"]), dir.path()), None);
        assert_eq!(
            file_argument(args(&["app", "missing.csv"]), dir.path()),
            None
        );
        assert_eq!(file_argument(args(&["app"]), dir.path()), None);
    }

    #[test]
    fn a_drop_previews_its_first_file_and_skips_folders() {
        let dir = tempfile::tempdir().unwrap();
        let (folder, a, b) = (
            dir.path().join("d"),
            dir.path().join("a.zip"),
            dir.path().join("b.csv"),
        );
        std::fs::create_dir(&folder).unwrap();
        std::fs::write(&a, "x").unwrap();
        std::fs::write(&b, "x").unwrap();
        assert_eq!(dropped_file(&[folder.clone(), a.clone(), b]), Some(a));
        assert_eq!(dropped_file(&[folder]), None);
        assert_eq!(dropped_file(&[]), None);
    }

    #[test]
    fn each_ledger_has_its_own_valid_bus_name() {
        let a = bus_id(Path::new("/home/me/a.db"));
        let b = bus_id(Path::new("/home/me/b.db"));
        assert_ne!(a, b);
        assert_eq!(a, bus_id(Path::new("/home/me/a.db")));
        assert!(a
            .split('.')
            .all(|e| !e.is_empty() && !e.starts_with(|c: char| c.is_ascii_digit())));
        assert!(a
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c)));
        // FNV-1a's published test vector: the name must not change between builds.
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
