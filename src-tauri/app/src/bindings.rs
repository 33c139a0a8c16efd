//! The check that `ui/src/bindings/` declares, in TypeScript, exactly the
//! types the commands and events exchange with the page. ts-rs writes them
//! from the Rust types; nobody edits them by hand.

use std::collections::BTreeMap;
use std::path::Path;

use liveledger::capture::Update;
use liveledger::forms::{GiftForm, RateForm, SessionForm, WithdrawalForm};
use liveledger::import::ImportReport;
use liveledger::model::{
    Adjustment, Gift, ImportRecord, Session, Settings, Withdrawal, WithdrawalStatus,
};
use liveledger::rates::Rate;
use liveledger::report::{
    Dashboard, DaysReport, Insights, SessionMetrics, Statement, Summary, Timeline,
};
use liveledger::store::{
    CatalogGift, Deleted, Reconciliation, RerateChange, RestoreReport, Restored,
};
use ts_rs::{Config, ExportError, TS};

use crate::capture::Snapshot as CaptureSnapshot;
use crate::commands::{Cleared, Progress, Undone};
use crate::error::CmdError;

/// The command that rewrites `ui/src/bindings/` (it needs `ui/dist`, so
/// `npm run build` in `ui/` once before).
const UPDATE: &str =
    "UPDATE_BINDINGS=1 cargo test -p liveledger-desktop --bin liveledger-desktop bindings";

/// Writes into `dir` the declaration of every type a command takes or
/// returns, every event's payload and the error, with the types they use;
/// then an `index.ts` that re-exports them all.
fn generate(dir: &Path) -> Result<(), ExportError> {
    // serde_json writes i64 and u64 as JSON numbers and the page parses them
    // as numbers: counts, ids and coins stay far below 2^53 (a record is
    // bounded at 10^12), so `number`, not ts-rs's default `bigint`.
    let cfg = Config::new().with_out_dir(dir).with_large_int("number");
    // What the commands return.
    Dashboard::export_all(&cfg)?;
    Summary::export_all(&cfg)?;
    Statement::export_all(&cfg)?;
    DaysReport::export_all(&cfg)?;
    Insights::export_all(&cfg)?;
    Timeline::export_all(&cfg)?;
    liveledger::store::Booking::export_all(&cfg)?;
    SessionMetrics::export_all(&cfg)?;
    liveledger::report::SessionRow::export_all(&cfg)?;
    Session::export_all(&cfg)?;
    Gift::export_all(&cfg)?;
    Withdrawal::export_all(&cfg)?;
    liveledger::report::BelowMinimum::export_all(&cfg)?;
    liveledger::report::Quote::export_all(&cfg)?;
    Adjustment::export_all(&cfg)?;
    Reconciliation::export_all(&cfg)?;
    Rate::export_all(&cfg)?;
    RerateChange::export_all(&cfg)?;
    CatalogGift::export_all(&cfg)?;
    Settings::export_all(&cfg)?;
    ImportReport::export_all(&cfg)?;
    ImportRecord::export_all(&cfg)?;
    CaptureSnapshot::export_all(&cfg)?;
    Deleted::export_all(&cfg)?;
    Restored::export_all(&cfg)?;
    RestoreReport::export_all(&cfg)?;
    Undone::export_all(&cfg)?;
    Cleared::export_all(&cfg)?;
    // What they take (beside plain strings and numbers).
    SessionForm::export_all(&cfg)?;
    GiftForm::export_all(&cfg)?;
    WithdrawalForm::export_all(&cfg)?;
    RateForm::export_all(&cfg)?;
    WithdrawalStatus::export_all(&cfg)?;
    // The events (`capture`, `import-progress`) and every command's error.
    Update::export_all(&cfg)?;
    Progress::export_all(&cfg)?;
    CmdError::export_all(&cfg)?;

    let mut index =
        String::from("// Generated with the files beside it: every binding, by name.\n");
    for name in read_dir(dir)?.keys() {
        let ty = name.trim_end_matches(".ts");
        index.push_str(&format!("export type {{ {ty} }} from \"./{ty}\";\n"));
    }
    std::fs::write(dir.join("index.ts"), index)?;
    Ok(())
}

/// The `.ts` files in `dir`, by name.
fn read_dir(dir: &Path) -> std::io::Result<BTreeMap<String, String>> {
    let mut files = BTreeMap::new();
    if !dir.exists() {
        return Ok(files);
    }
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if name.ends_with(".ts") {
            files.insert(name.to_string(), std::fs::read_to_string(&path)?);
        }
    }
    Ok(files)
}

#[test]
fn bindings_match_the_rust_types() {
    let checked_in = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/bindings");
    let fresh = tempfile::tempdir().expect("a temporary directory");
    generate(fresh.path()).expect("ts-rs writes the bindings");
    let want = read_dir(fresh.path()).expect("the fresh bindings read back");

    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        // Rewrite the folder whole, so a type no longer sent leaves with its file.
        if checked_in.exists() {
            std::fs::remove_dir_all(&checked_in).expect("the old bindings removed");
        }
        std::fs::create_dir_all(&checked_in).expect("ui/src/bindings created");
        for (name, text) in &want {
            std::fs::write(checked_in.join(name), text).expect("a binding written");
        }
        return;
    }

    let have = read_dir(&checked_in).expect("ui/src/bindings read");
    let mut drift = Vec::new();
    for (name, text) in &want {
        match have.get(name) {
            None => drift.push(format!("missing: {name}")),
            Some(old) if old != text => drift.push(format!("out of date: {name}")),
            Some(_) => {}
        }
    }
    drift.extend(
        have.keys()
            .filter(|name| !want.contains_key(*name))
            .map(|name| format!("no longer generated: {name}")),
    );
    assert!(
        drift.is_empty(),
        "ui/src/bindings/ does not match the Rust types the commands send:\n  {}\n\
         Run `{UPDATE}` (from the repository root) and commit ui/src/bindings/.",
        drift.join("\n  ")
    );
}
