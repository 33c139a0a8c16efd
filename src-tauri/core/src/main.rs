//! `liveledger`: the LiveLedger command line.

mod capture_cli;
mod cli;
mod table;

use std::process::ExitCode;

fn main() -> ExitCode {
    match cli::run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // One line for most errors; an import's row list follows its first line.
            eprintln!("liveledger: error: {err}");
            ExitCode::from(if err.kind() == "invalid" || err.kind() == "import" {
                2
            } else {
                1
            })
        }
    }
}
