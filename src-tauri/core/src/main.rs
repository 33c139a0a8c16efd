//! `liveledger`: the LiveLedger command line.

mod capture_cli;
mod cli;
mod table;

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    // Past `ulimit -f` a write raises SIGXFSZ, which kills the process with
    // no word; caught, the write fails with EFBIG and is reported.
    #[cfg(unix)]
    let _ = signal_hook::flag::register(
        signal_hook::consts::SIGXFSZ,
        std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)),
    );
    // Opening a ledger an import in another LiveLedger holds waits for it;
    // the person at the terminal is told what the command waits for.
    liveledger::store::set_wait_notice(|line| {
        let _ = writeln!(std::io::stderr().lock(), "liveledger: {line}");
    });
    let result = cli::run().and_then(|()| {
        // Anything still buffered must reach its file before we say success.
        match std::io::stdout().flush() {
            // A reader that went away (`| head`) had all it wanted.
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(liveledger::Error::Io {
                path: "<stdout>".into(),
                source: e,
            }),
            _ => Ok(()),
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // One line for most errors; an import's row list follows its
            // first line. `eprintln!` would panic if stderr is gone too.
            // An error with a message is worded in the run's language;
            // English is its own text, which scripts and tests quote.
            let text = match (cli::language(), err.message(), &err) {
                ("en", _, _) => err.to_string(),
                // A refused import's sentence and its row problems.
                (tag, None, liveledger::Error::Import(refused)) => {
                    refused.say(&liveledger::l10n::Localizer::new(tag))
                }
                (_, None, _) => err.to_string(),
                (tag, Some(m), _) => {
                    let words = liveledger::l10n::Localizer::new(tag);
                    // A confirmation's problems come first, as in English.
                    let problems: Vec<String> = err
                        .problem_messages()
                        .iter()
                        .map(|p| words.render(p))
                        .collect();
                    if let liveledger::Error::Invalid { field, .. } = &err {
                        // The field is the flag's or the form's name, as
                        // typed; a usage error's is a word of its own.
                        let field = match field.as_str() {
                            "usage" => {
                                words.render(&liveledger::l10n::Message::new("cli-usage-label"))
                            }
                            typed => typed.to_string(),
                        };
                        format!("{field}: {}", words.render(&m))
                    } else if problems.is_empty() {
                        words.render(&m)
                    } else {
                        format!("{} — {}", problems.join("; "), words.render(&m))
                    }
                }
            };
            let _ = writeln!(std::io::stderr().lock(), "liveledger: error: {text}");
            ExitCode::from(match err.kind() {
                "invalid" | "import" | "not_a_file" => 2,
                _ => 1,
            })
        }
    }
}
