//! The demo ledger shipped in `assets/demo/`, so a new user sees real-looking
//! figures and charts at once, and every insight with something to show:
//! the lives from August on come with the room live capture would have
//! counted, minute by minute.

use chrono::Duration;

use crate::error::{Error, Result};
use crate::import::{self, Format, ImportOptions, ImportReport};
use crate::model::LiveMinute;
use crate::store::{self, Store};

/// The demo ledger, in LiveLedger's CSV format.
pub const DEMO_CSV: &str = include_str!("../../../assets/demo/demo-ledger.csv");

/// The room in the demo's captured lives: `session_ref, minute` (from the
/// live's start), then likes, comments, joins, follows, shares, viewers.
pub const DEMO_MINUTES: &str = include_str!("../../../assets/demo/demo-minutes.csv");

/// Imports the demo ledger into an empty ledger (as an import, so it can be
/// undone from the import history).
pub fn load(store: &mut Store) -> Result<ImportReport> {
    if !store.is_empty()? {
        return Err(Error::invalid_said(
            "demo",
            crate::l10n::Message::new("core-invalid-demo-not-empty"),
        ));
    }
    let opts = ImportOptions {
        format: Format::LiveLedger,
        ..ImportOptions::default()
    };
    let report = import::import_reader(
        store,
        DEMO_CSV.as_bytes(),
        "demo-ledger.csv",
        DEMO_CSV.len() as u64,
        &opts,
        &mut |_, _| {},
    )?;
    // The minutes go with the lives: if they cannot be written, the demo's
    // import is taken out again, so the demo is there whole or not at all.
    if let Err(e) = add_minutes(store) {
        if let Some(id) = report.import_id {
            store.undo_import(id, true)?;
        }
        return Err(e);
    }
    Ok(report)
}

/// Adds the demo's counted minutes to its lives (the `n`th live by start is
/// `session_ref` n), in one transaction.
fn add_minutes(store: &mut Store) -> Result<()> {
    let mut sessions = store.sessions()?;
    sessions.sort_by_key(|s| (s.started_at, s.id));
    let bad = |line: usize| {
        Error::invalid(
            "demo",
            format!("demo-minutes.csv line {line} is not a minute"),
        )
    };
    let tx = store.begin()?;
    for (i, line) in DEMO_MINUTES.lines().enumerate().skip(1) {
        let f: Vec<i64> = line
            .split(',')
            .map(|v| v.parse::<i64>().map_err(|_| bad(i + 1)))
            .collect::<Result<_>>()?;
        let [r, minute, likes, comments, joins, follows, shares, viewers] = f[..] else {
            return Err(bad(i + 1));
        };
        let live = usize::try_from(r - 1)
            .ok()
            .and_then(|n| sessions.get(n))
            .ok_or_else(|| bad(i + 1))?;
        store::add_live_minute(
            &tx,
            &LiveMinute {
                session_id: live.id,
                minute: live.started_at + Duration::minutes(minute),
                likes,
                comments,
                joins,
                follows,
                shares,
                viewers_peak: Some(viewers),
            },
        )?;
    }
    tx.commit()
}
