//! The demo ledger shipped in `assets/demo/`, so a new user sees real-looking
//! figures and charts at once.

use crate::error::{Error, Result};
use crate::import::{self, Format, ImportOptions, ImportReport};
use crate::store::Store;

/// The demo ledger, in LiveLedger's CSV format.
pub const DEMO_CSV: &str = include_str!("../../../assets/demo/demo-ledger.csv");

/// Imports the demo ledger into an empty ledger (as an import, so it can be
/// undone from the import history).
pub fn load(store: &mut Store) -> Result<ImportReport> {
    if !store.is_empty()? {
        return Err(Error::invalid(
            "demo",
            "the ledger already has records; demo data loads only into an empty ledger",
        ));
    }
    let opts = ImportOptions {
        format: Format::LiveLedger,
        ..ImportOptions::default()
    };
    import::import_reader(
        store,
        DEMO_CSV.as_bytes(),
        "demo-ledger.csv",
        DEMO_CSV.len() as u64,
        &opts,
        &mut |_, _| {},
    )
}
