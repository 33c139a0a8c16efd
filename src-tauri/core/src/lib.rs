//! LiveLedger's core: a local ledger of TikTok LIVE sessions, gifts, diamonds
//! and withdrawals, kept in one SQLite file.
//!
//! The desktop app and the `liveledger` CLI are two faces over this crate and
//! hold no business logic. It never depends on a GUI toolkit.
//!
//! - [`money`]: coins, diamonds and money, and the one rounding rule.
//! - [`rates`]: effective-dated rates.
//! - [`dates`]: parsing instants and bucketing days in the creator's zone.
//! - [`model`]: the records.
//! - [`store`]: the SQLite file, migrations and record reads/writes.
//! - [`import`]: CSV import with format sniffing, validation and undo.
//! - [`capture`]: gifts logged live from a local tool's WebSocket or log file.
//! - [`report`]: balance, readiness, ETA, statements and per-session metrics.
//! - [`export`]: CSV, JSON, hledger and beancount output.
//! - [`paths`]: paths the creator names, checked for what they are.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod capture;
pub mod catalog;
pub mod dates;
pub mod demo;
pub mod error;
pub mod events;
pub mod export;
pub mod forms;
pub mod import;
pub mod l10n;
pub mod model;
pub mod money;
pub mod paths;
pub mod rates;
pub mod report;
pub mod snapshot;
pub mod store;

#[cfg(test)]
mod layers;

pub use error::{Error, Result};
pub use store::Store;
