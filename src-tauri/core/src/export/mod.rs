//! Exports a bookkeeper, a spreadsheet or a tax tool can read.
//!
//! - CSV: LiveLedger's own typed-row format ([`crate::import::LIVELEDGER_COLUMNS`]);
//!   it imports back losslessly.
//! - JSON: the whole ledger, decimals as strings.
//! - hledger and beancount journals: one transaction per session's earnings,
//!   per withdrawal and per adjustment; diamonds are a commodity `DIAMOND`
//!   with a price directive for each rate, so `balance` of the wallet account
//!   equals `liveledger summary`'s `balance_diamonds`.

mod csv;
mod journal;
mod json;

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};
use crate::store::Store;
use journal::Dialect;

/// A format the ledger can be exported in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// LiveLedger CSV (re-importable).
    Csv,
    /// JSON.
    Json,
    /// An hledger journal.
    Hledger,
    /// A beancount file.
    Beancount,
}

impl std::str::FromStr for ExportFormat {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "csv" => Ok(ExportFormat::Csv),
            "json" => Ok(ExportFormat::Json),
            "hledger" | "ledger" | "journal" => Ok(ExportFormat::Hledger),
            "beancount" => Ok(ExportFormat::Beancount),
            _ => Err(format!(
                "'{s}' is not an export format (expected csv, json, hledger or beancount)"
            )),
        }
    }
}

/// Writes the export to `path` atomically: a temporary file beside it, renamed
/// into place when complete. A `path` or temporary that is there and not a
/// regular file (a FIFO, a device, a folder) is refused with
/// [`Error::NotAFile`], without opening it.
pub fn export_to_file(store: &Store, format: ExportFormat, path: &Path) -> Result<()> {
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    // The rename at the end would replace a FIFO or a device with a file.
    crate::paths::check_output(path)?;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.partial",
        path.file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default()
    ));
    // A FIFO there would block the open: only a new file is written.
    let file = crate::paths::fresh_partial(&tmp)?;
    let mut out = std::io::BufWriter::new(file);
    let written = export(store, format, &mut out).and_then(|()| out.flush().map_err(io));
    // `export` names its writes `<export>`; here they went to this file.
    let written = written.map_err(|e| match e {
        Error::Io { source, .. } => io(source),
        other => other,
    });
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    std::fs::rename(&tmp, path).map_err(io)
}

/// Writes the whole ledger to `out` in `format`.
pub fn export(store: &Store, format: ExportFormat, out: &mut dyn Write) -> Result<()> {
    let ledger = store.snapshot()?;
    match format {
        ExportFormat::Csv => csv::export(store, &ledger, out),
        ExportFormat::Json => json::export(store, &ledger, out),
        ExportFormat::Hledger => journal::export(&ledger, out, Dialect::Hledger),
        ExportFormat::Beancount => journal::export(&ledger, out, Dialect::Beancount),
    }
}

/// A failed write of an export, named `<export>` until the caller knows
/// where it went.
fn io_err(source: std::io::Error) -> Error {
    Error::Io {
        path: "<export>".into(),
        source,
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::path::PathBuf;
    use std::sync::mpsc;
    use std::time::Duration;

    fn mkfifo(path: &Path) {
        let made = std::process::Command::new("mkfifo")
            .arg(path)
            .status()
            .expect("mkfifo");
        assert!(made.success(), "mkfifo {}", path.display());
    }

    fn is_fifo(path: &Path) -> bool {
        use std::os::unix::fs::FileTypeExt;
        std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_fifo())
    }

    /// Runs `write` on its own thread against a fresh demo ledger; fails
    /// the test (rather than hang) when it blocks.
    type Writer = fn(&Store, &Path) -> Result<()>;

    fn bounded(write: Writer, target: PathBuf) -> Result<()> {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let dir = tempfile::tempdir().expect("temp dir");
            let mut store = Store::open(&dir.path().join("l.db")).expect("open");
            crate::demo::load(&mut store).expect("demo");
            let _ = tx.send(write(&store, &target));
        });
        rx.recv_timeout(Duration::from_secs(30))
            .expect("the write blocked on a FIFO")
    }

    fn backup(store: &Store, to: &Path) -> Result<()> {
        store.backup_to(to)
    }

    fn export_json(store: &Store, to: &Path) -> Result<()> {
        export_to_file(store, ExportFormat::Json, to)
    }

    /// The library itself (the app calls it too) refuses a target that is a
    /// FIFO, a device or a folder, and a FIFO where its temporary goes,
    /// leaving each as it was. The old `backup_to` replaced a FIFO (or a
    /// device) target with the copy and deleted a FIFO temporary; the old
    /// `export_to_file` blocked opening a FIFO temporary.
    #[test]
    fn backup_and_export_refuse_what_is_not_a_file_at_the_target_or_the_temporary() {
        let dir = tempfile::tempdir().expect("temp dir");
        let writers: [(&str, Writer); 2] = [("backup", backup), ("export", export_json)];
        for (what, write) in writers {
            let target = dir.path().join(format!("{what}-target"));
            mkfifo(&target);
            let e = bounded(write, target.clone()).expect_err("a FIFO target");
            assert!(matches!(e, Error::NotAFile { .. }), "{what}: {e}");
            assert!(is_fifo(&target), "{what} replaced the FIFO");
            let e = bounded(write, dir.path().to_path_buf()).expect_err("a folder");
            assert!(e.to_string().contains("a folder"), "{what}: {e}");
            let e = bounded(write, PathBuf::from("/dev/null")).expect_err("a device");
            assert!(e.to_string().contains("character device"), "{what}: {e}");

            let target = dir.path().join(format!("{what}.out"));
            let partial = match what {
                "backup" => dir.path().join(format!("{what}.out.partial")),
                _ => dir.path().join(format!(".{what}.out.partial")),
            };
            mkfifo(&partial);
            let e = bounded(write, target.clone()).expect_err("a FIFO temporary");
            assert!(
                matches!(&e, Error::NotAFile { path, .. } if *path == partial),
                "{what}: {e}"
            );
            assert!(is_fifo(&partial), "{what} removed the FIFO");
            assert!(!target.exists(), "{what} wrote its target");
            // A regular file left there by a crash is replaced.
            std::fs::remove_file(&partial).expect("remove");
            std::fs::write(&partial, b"left by a crash").expect("write");
            bounded(write, target.clone()).expect("written");
            assert!(!partial.exists(), "{what} left its temporary");
            assert!(std::fs::metadata(&target).expect("target").len() > 100);
        }
    }
}
