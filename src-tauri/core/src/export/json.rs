//! The whole ledger as one JSON document, decimals as strings.

use std::io::Write;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::io_err;
use crate::error::Result;
use crate::model::{Adjustment, Gift, Session, Settings, Withdrawal};
use crate::rates::Rate;
use crate::snapshot::Snapshot;
use crate::store::Store;

/// A session and its gifts.
#[derive(Serialize)]
struct JsonSession<'a> {
    #[serde(flatten)]
    session: &'a Session,
    gifts: Vec<Gift>,
}

/// The document: what format and schema it is, then every record.
#[derive(Serialize)]
struct JsonExport<'a> {
    format: &'static str,
    schema_version: i64,
    exported_at: DateTime<Utc>,
    settings: &'a Settings,
    rates: &'a [Rate],
    sessions: Vec<JsonSession<'a>>,
    withdrawals: &'a [Withdrawal],
    adjustments: &'a [Adjustment],
}

/// Writes `ledger` to `out`, each session with its gifts (read from `store`).
pub(super) fn export(store: &Store, ledger: &Snapshot, out: &mut dyn Write) -> Result<()> {
    let mut sessions = Vec::with_capacity(ledger.sessions.len());
    for s in &ledger.sessions {
        sessions.push(JsonSession {
            session: s,
            gifts: store.gifts(s.id)?,
        });
    }
    let doc = JsonExport {
        format: "liveledger",
        schema_version: store.schema_version()?,
        exported_at: Utc::now(),
        settings: &ledger.settings,
        rates: ledger.rates.all(),
        sessions,
        withdrawals: &ledger.withdrawals,
        adjustments: &ledger.adjustments,
    };
    serde_json::to_writer_pretty(&mut *out, &doc)
        .map_err(|e| io_err(std::io::Error::other(e.to_string())))?;
    writeln!(out).map_err(io_err)
}
