//! What the window remembers between launches: its size and position
//! (tauri-plugin-window-state) and the view shown last. Both live in the
//! app's config folder on this computer, never in the ledger: the ledger is
//! the creator's records and may move to another machine with another
//! screen.

use std::path::PathBuf;

use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, Manager, Wry};
use tauri_plugin_window_state::{AppHandleExt, StateFlags};

use crate::error::{CmdError, CmdResult};

/// The file in the app's config folder that holds the last view's name.
const LAST_VIEW: &str = "last-view";

/// The longest view name kept (the router's names are short words).
const MAX_VIEW: usize = 32;

/// What of the window is kept: not its visibility or decorations, which
/// the app decides.
fn flags() -> StateFlags {
    StateFlags::SIZE | StateFlags::POSITION | StateFlags::MAXIMIZED
}

/// The plugin that restores the window's size and position when it opens
/// and keeps them when it closes (`.window-state.json` in the config folder).
pub fn window_state() -> TauriPlugin<Wry> {
    tauri_plugin_window_state::Builder::new()
        .with_state_flags(flags())
        .build()
}

/// Whether `view` looks like one of the router's view names: a short word
/// of lowercase letters and dashes. The page decides which names exist; a
/// name it no longer knows shows the dashboard.
fn is_view_name(view: &str) -> bool {
    !view.is_empty()
        && view.len() <= MAX_VIEW
        && view.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
}

fn last_view_path(app: &AppHandle) -> Option<PathBuf> {
    app.path()
        .app_config_dir()
        .ok()
        .map(|dir| dir.join(LAST_VIEW))
}

/// The view the window showed when it was last closed, if one was kept.
#[tauri::command]
pub async fn last_view(app: AppHandle) -> Option<String> {
    use std::io::Read;
    let file = std::fs::File::open(last_view_path(&app)?).ok()?;
    // Read a bounded amount: the file is ours, but anything may be on disk.
    let mut text = String::new();
    file.take(MAX_VIEW as u64 + 1)
        .read_to_string(&mut text)
        .ok()?;
    let view = text.trim();
    is_view_name(view).then(|| view.to_string())
}

/// Keeps `view` as the view to open next time, and the window's size and
/// position as they are now (so they are kept even if the app is ended
/// without closing its window). The page calls it once a view is drawn:
/// the first call lets the kept answers held back at launch be computed.
#[tauri::command]
pub async fn remember_view(app: AppHandle, view: String) -> CmdResult<()> {
    if let Some(kept) = app.try_state::<crate::kept::Kept>() {
        kept.first_view_drawn();
    }
    if !is_view_name(&view) {
        return Err(CmdError::app(format!("{view:?} is not the name of a view")));
    }
    let path = last_view_path(&app)
        .ok_or_else(|| CmdError::app("no config folder is known on this system".to_string()))?;
    if std::fs::read_to_string(&path).is_ok_and(|kept| kept == view) {
        let _ = app.save_window_state(flags());
        return Ok(());
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| CmdError::app(format!("cannot create {}: {e}", dir.display())))?;
    }
    std::fs::write(&path, &view)
        .map_err(|e| CmdError::app(format!("cannot write {}: {e}", path.display())))?;
    // Best effort: a window whose size is not kept still works.
    let _ = app.save_window_state(flags());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_short_view_names_are_kept() {
        assert!(is_view_name("dashboard"));
        assert!(is_view_name("tiktok-days"));
        for bad in [
            "",
            "../../etc",
            "Dashboard",
            "a b",
            &"x".repeat(33),
            "<img>",
        ] {
            assert!(!is_view_name(bad), "{bad:?}");
        }
    }
}
