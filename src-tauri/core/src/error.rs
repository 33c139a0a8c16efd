//! The errors of the ledger core, each with enough context to act on.

use std::path::PathBuf;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::l10n::{Localizer, Message};

/// Everything that can go wrong in the core.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A value given by the user is not acceptable; nothing was written.
    #[error("{field}: {message}")]
    Invalid {
        /// The field or flag at fault.
        field: String,
        /// What was expected, in English.
        message: String,
        /// The same as a message id with its arguments, for a face to word
        /// in its language; `None` where the core has only English for it.
        said: Option<Box<Message>>,
    },
    /// The request is one TikTok would never produce (a withdrawal below the
    /// day's minimum, a delete that leaves the balance negative). Nothing was
    /// written; it is carried out when confirmed (`--force` in the CLI, the
    /// confirm step in the app).
    #[error("{} — nothing was written; confirm to record it anyway (CLI: --force)", .problems.join("; "))]
    NeedsConfirmation {
        /// Each problem, with its numbers, in English.
        problems: Vec<String>,
        /// The same problems as message ids with their arguments.
        messages: Vec<Message>,
    },
    /// A sum of stored figures left the range a ledger can count: a record
    /// holds an absurd value. Nothing was written.
    #[error("{what} is too large to add up; edit or delete the record with the absurd figure")]
    Overflow {
        /// What was being added up.
        what: String,
    },
    /// A record the request names does not exist.
    #[error("{what} {id} does not exist")]
    NotFound {
        /// The kind of record.
        what: &'static str,
        /// Its id.
        id: i64,
    },
    /// The database was written by a newer LiveLedger; it is left untouched.
    #[error("{path} was written by a newer LiveLedger (schema {found}, this version knows up to {known}); it was not changed — update LiveLedger to open it")]
    NewerSchema {
        /// The database file.
        path: PathBuf,
        /// Its schema version.
        found: i64,
        /// The newest version this build knows.
        known: i64,
    },
    /// The file is not a LiveLedger database.
    #[error("{path} is not a LiveLedger database: {reason}")]
    NotALedger {
        /// The file.
        path: PathBuf,
        /// Why, in English.
        reason: String,
        /// The same as a message, for a face to say in its language.
        said: Option<Box<Message>>,
    },
    /// Another program holds the database locked for longer than we wait.
    #[error("the database is busy (another LiveLedger is writing to it); try again in a moment")]
    Busy,
    /// An import another LiveLedger runs on the ledger held it for longer
    /// than opening it waits (see `store::IMPORT_WAIT`). Nothing was done.
    #[error("{path}: the import running in another LiveLedger{} still holds the ledger after {}; nothing was done — try again once it has finished, or stop it", pid_words(*.pid), wait_words(*.waited))]
    ImportStillRunning {
        /// The ledger file.
        path: PathBuf,
        /// The importing process, when its lock file says.
        pid: Option<u32>,
        /// How long this waited.
        waited: std::time::Duration,
    },
    /// An import was refused; see the listed problems.
    #[error(transparent)]
    Import(#[from] ImportError),
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A path the creator named is not a regular file (a FIFO, a device, a
    /// folder): it is neither replaced nor opened.
    #[error("{path} is {found}, not a regular file: name a regular file or a new one; nothing was written to it")]
    NotAFile {
        /// The path.
        path: PathBuf,
        /// What is there instead, in words.
        found: &'static str,
    },
    /// The ledger can be read but not written (the file, its folder or its
    /// disk is read-only). Nothing was written.
    #[error("{path} is read-only ({why}): it can be read but not changed; nothing was written")]
    ReadOnly {
        /// The ledger file.
        path: PathBuf,
        /// What is read-only, as far as known, in English.
        why: String,
        /// The same as a message, for a face to say in its language.
        said: Option<Box<Message>>,
    },
    /// The disk under the ledger failed or is full.
    #[error("{path}: {cause}")]
    Disk {
        /// The ledger file.
        path: PathBuf,
        /// What failed, in words, with SQLite's own message.
        cause: String,
        /// The same as a message (SQLite's words inside as they are).
        said: Option<Box<Message>>,
    },
    /// SQLite reported an error the core did not expect.
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy) | Some(rusqlite::ErrorCode::DatabaseLocked) => {
                Error::Busy
            }
            _ => Error::Sqlite(e),
        }
    }
}

impl Error {
    /// A short, stable name for the kind of error, for the UI and scripts.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Invalid { .. } => "invalid",
            Error::NeedsConfirmation { .. } => "needs_confirmation",
            Error::Overflow { .. } => "overflow",
            Error::NotFound { .. } => "not_found",
            Error::NewerSchema { .. } => "newer_schema",
            Error::NotALedger { .. } => "not_a_ledger",
            Error::Busy => "busy",
            Error::ImportStillRunning { .. } => "import_still_running",
            Error::Import(_) => "import",
            Error::Io { .. } => "io",
            Error::NotAFile { .. } => "not_a_file",
            Error::ReadOnly { .. } => "read_only",
            Error::Disk { .. } => "disk",
            Error::Sqlite(_) => "database",
        }
    }

    /// The error as a message id with its arguments, for a face to word in
    /// its language; `None` for an `Import` (its faces say it with
    /// [`ImportError::say`]) and an `Invalid` made by [`Error::invalid`],
    /// which show their English text. SQLite's and the system's rarer words
    /// travel inside as they were written. An `Invalid`'s
    /// message is what follows its field (`{field}: {message}`), as its
    /// `message` is. A `NeedsConfirmation`'s message is what follows its
    /// problems ([`Error::problem_messages`]), as in its English text.
    pub fn message(&self) -> Option<Message> {
        let path = |p: &std::path::Path| p.display().to_string();
        Some(match self {
            Error::NotFound { what, id } => Message::new("core-error-not-found")
                .text("what", record_key(what))
                .text("id", id.to_string()),
            Error::NewerSchema {
                path: p,
                found,
                known,
            } => Message::new("core-error-newer-schema")
                .text("path", path(p))
                .text("found", found.to_string())
                .text("known", known.to_string()),
            Error::NotALedger {
                path: p,
                reason,
                said,
            } => because(
                Message::new("core-error-not-a-ledger").text("path", path(p)),
                "reason",
                said,
                reason,
            ),
            Error::Busy => Message::new("core-error-busy"),
            Error::ImportStillRunning {
                path: p,
                pid,
                waited,
            } => {
                let secs = waited.as_secs();
                let minutes = if secs >= 120 { secs / 60 } else { 0 };
                // One place, as Display writes it ("1.5 s", "2.0 s").
                let mut seconds = Decimal::from(waited.as_millis()) / Decimal::from(1000);
                seconds.rescale(1);
                let m = match pid {
                    Some(pid) => Message::new("core-error-import-still-running-pid")
                        .text("pid", pid.to_string()),
                    None => Message::new("core-error-import-still-running"),
                };
                m.text("path", path(p))
                    .count("minutes", minutes)
                    .decimal("seconds", seconds)
            }
            Error::NotAFile { path: p, found } => Message::new("core-error-not-a-file")
                .text("path", path(p))
                .text("found", found_key(found)),
            Error::ReadOnly { path: p, why, said } => because(
                Message::new("core-error-read-only").text("path", path(p)),
                "why",
                said,
                why,
            ),
            Error::Overflow { what } => {
                Message::new("core-error-overflow").said("what", overflow_what(what))
            }
            Error::NeedsConfirmation { messages, .. } => {
                Message::new("core-error-needs-confirmation").count("count", messages.len() as u64)
            }
            Error::Invalid { said, .. } => return said.as_deref().cloned(),
            Error::Io { path: p, source } => Message::new("core-error-io")
                .text("path", path(p))
                .said("reason", crate::l10n::io_reason(source)),
            // SQLite's own words stay as SQLite wrote them.
            Error::Disk {
                path: p,
                cause,
                said,
            } => because(
                Message::new("core-error-disk").text("path", path(p)),
                "cause",
                said,
                cause,
            ),
            Error::Sqlite(e) => Message::new("core-error-database").text("error", e.to_string()),
            Error::Import(_) => return None,
        })
    }

    /// The whole error as one message, as its English text reads
    /// (`{field}: {message}` for an `Invalid`), for saying it inside
    /// another message ("the gift could not be written: …"); an error the
    /// core has only English for is that English.
    pub fn said(&self) -> Message {
        let text = || Message::new("core-error-text").text("text", self.to_string());
        match self {
            Error::Invalid {
                field,
                said: Some(said),
                ..
            } => Message::new("core-error-field")
                .text("field", field.clone())
                .said("message", (**said).clone()),
            Error::Invalid { said: None, .. } | Error::NeedsConfirmation { .. } => text(),
            Error::Import(ImportError::File {
                said: Some(said), ..
            }) => (**said).clone(),
            _ => self.message().unwrap_or_else(text),
        }
    }

    /// The problems a `NeedsConfirmation` asks about, as messages (none for
    /// any other error).
    pub fn problem_messages(&self) -> &[Message] {
        match self {
            Error::NeedsConfirmation { messages, .. } => messages,
            _ => &[],
        }
    }

    /// `problems` asking for confirmation, each in English and as a message.
    pub fn needs_confirmation(problems: Vec<(String, Message)>) -> Error {
        let (problems, messages) = problems.into_iter().unzip();
        Error::NeedsConfirmation { problems, messages }
    }

    /// [`Error::NotALedger`] for the reason `said` (its English the text).
    pub fn not_a_ledger(path: impl Into<PathBuf>, said: Message) -> Error {
        Error::NotALedger {
            path: path.into(),
            reason: crate::l10n::english(&said),
            said: Some(Box::new(said)),
        }
    }

    /// [`Error::ReadOnly`] for the reason `said` (its English the text).
    pub fn read_only(path: impl Into<PathBuf>, said: Message) -> Error {
        Error::ReadOnly {
            path: path.into(),
            why: crate::l10n::english(&said),
            said: Some(Box::new(said)),
        }
    }

    /// [`Error::Disk`] for the cause `said` (its English the text).
    pub fn disk(path: impl Into<PathBuf>, said: Message) -> Error {
        Error::Disk {
            path: path.into(),
            cause: crate::l10n::english(&said),
            said: Some(Box::new(said)),
        }
    }

    /// Shorthand for [`Error::Overflow`].
    pub fn overflow(what: impl Into<String>) -> Error {
        Error::Overflow { what: what.into() }
    }

    /// Shorthand for [`Error::Invalid`] with English words only (the rare,
    /// internal checks; a creator's checks use [`Error::invalid_said`]).
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Error {
        Error::Invalid {
            field: field.into(),
            message: message.into(),
            said: None,
        }
    }

    /// [`Error::Invalid`] saying `said`; its English text is `said` in
    /// English, so `Display` reads as it always has.
    pub fn invalid_said(field: impl Into<String>, said: Message) -> Error {
        let message = crate::l10n::english(&said);
        Error::invalid_with(field, message, said)
    }

    /// [`Error::Invalid`] whose English text is `english` as written before
    /// the message existed (its figures ungrouped, as scripts quote them)
    /// and whose words in any language are `said`.
    pub fn invalid_with(field: impl Into<String>, english: String, said: Message) -> Error {
        Error::Invalid {
            field: field.into(),
            message: english,
            said: Some(Box::new(said)),
        }
    }
}

/// The core's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// How many row problems an error lists.
pub const MAX_LISTED_PROBLEMS: usize = 50;

/// One bad row: where and what was expected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct RowProblem {
    /// 1-based line in the file.
    pub line: u64,
    /// 1-based column and its header name, when one column is at fault.
    pub column: Option<(usize, String)>,
    /// What was expected and what was found.
    pub message: String,
    /// The same as the core's message, for a face to say in the creator's
    /// language; `null` where the core has only English words for it.
    pub said: Option<Message>,
}

impl RowProblem {
    /// A problem the core says as `said`, its English text beside it.
    pub fn said(line: u64, column: Option<(usize, String)>, said: Message) -> RowProblem {
        RowProblem {
            line,
            column,
            message: crate::l10n::english(&said),
            said: Some(said),
        }
    }

    /// The problem's line as `words` say it: `line 3, column 2 (Coins): …`.
    pub fn say(&self, words: &Localizer) -> String {
        let problem = match &self.said {
            Some(m) => words.render(m),
            None => self.message.clone(),
        };
        let m = match &self.column {
            Some((n, name)) => Message::new("core-import-problem-column")
                .text("column", n.to_string())
                .text("header", name.clone()),
            None => Message::new("core-import-problem"),
        };
        words.render(
            &m.text("line", self.line.to_string())
                .text("problem", problem),
        )
    }
}

impl std::fmt::Display for RowProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.column {
            Some((n, name)) => write!(
                f,
                "line {}, column {n} ({name}): {}",
                self.line, self.message
            ),
            None => write!(f, "line {}: {}", self.line, self.message),
        }
    }
}

/// What a window offers for a header no format reads: a column for each field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HeaderOffer {
    /// The header's columns as named (at most 200); empty for a file of
    /// one column (not a table: nothing of it is echoed).
    pub names: Vec<String>,
    /// The fields the guessed mapping gives, each with its column.
    pub guessed: Vec<(String, String)>,
    /// The names of the header LiveLedger knows (`header` alone, for a
    /// message's `$header`); `None` when it knows none.
    pub known: Option<String>,
    /// `columns`' lines as messages (`core-import-column…`), for a face
    /// to say in the creator's language.
    pub column_lines: Vec<Message>,
}

/// Why an import was refused. Nothing was written in every case.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The header matches no known format and no mapping was given.
    #[error("{file}: cannot tell what this file holds from its header ({header}, line {line}); name the columns with --map {map}{}", its_columns(.columns))]
    UnknownFormat {
        /// File name.
        file: String,
        /// The names of its header LiveLedger knows, cut short, as English
        /// writes them (`names it knows: …`).
        header: String,
        /// The header's line.
        line: u64,
        /// The mapping guessed from the first values (`date=stamp,gift=thing,…`),
        /// else the fields to name (`date=COLUMN,gift=COLUMN,…`).
        map: String,
        /// Each column with its first values, each on a line of its own
        /// (`\n  Zeit: …`), cut short; empty for a file of one column (not a
        /// table: nothing of it is echoed).
        columns: String,
        /// Its columns and the guess, for a window to offer a column for
        /// each field, and the words above as messages (boxed: errors
        /// travel in every `Result`).
        offer: Box<HeaderOffer>,
    },
    /// The file, its header or the options are unusable.
    #[error("{file}: {message}")]
    File {
        /// File name.
        file: String,
        /// What is wrong.
        message: String,
        /// The whole refusal (`{file}: {message}`) as the core's message
        /// (`core-import-file-…`, its `$file` the file's name), for a face
        /// to say in the creator's language; `None` where the core has only
        /// English words for it (boxed: errors travel in every `Result`).
        said: Option<Box<Message>>,
    },
    /// Some rows are bad; the first [`MAX_LISTED_PROBLEMS`] are listed.
    #[error("{file}: {}, nothing was imported:\n{}", problems_word(*.count), list(.problems, *.count))]
    Rows {
        /// File name.
        file: String,
        /// Number of problems in all.
        count: usize,
        /// The first problems.
        problems: Vec<RowProblem>,
    },
}

impl ImportError {
    /// The refusal in one sentence for a window, which shows the row problems
    /// and the columns itself: a message for a header no format reads, for
    /// bad rows and for an unusable file; `None` for a file's sentence the
    /// core has only English words for.
    pub fn page_message(&self) -> Option<Message> {
        match self {
            ImportError::UnknownFormat { file, offer, .. } if !offer.names.is_empty() => {
                Some(Message::new("core-import-page-choose-columns").text("file", file.clone()))
            }
            ImportError::UnknownFormat { file, .. } => {
                Some(Message::new("core-import-page-one-column").text("file", file.clone()))
            }
            ImportError::Rows { file, count, .. } => Some(
                Message::new("core-import-page-rows")
                    .text("file", file.clone())
                    .count("count", *count as u64)
                    .text("n", count.to_string()),
            ),
            ImportError::File { said, .. } => said.as_deref().cloned(),
        }
    }

    /// An unusable file, its header or options, as `said` says it (a
    /// `core-import-file-…` message; `file` is added as its `$file`). Its
    /// English is the refusal's [`Display`](std::fmt::Display).
    pub fn file(file: &str, said: Message) -> ImportError {
        let said = said.text("file", file);
        let english = crate::l10n::english(&said);
        // Every `core-import-file-…` sentence starts with the file's name, as
        // `Display` writes it; the message is what follows.
        let message = match english
            .strip_prefix(file)
            .and_then(|m| m.strip_prefix(": "))
        {
            Some(m) => m.to_string(),
            None => english,
        };
        ImportError::File {
            file: file.to_string(),
            message,
            said: Some(Box::new(said)),
        }
    }

    /// The English of a file's sentence `said` (a `core-import-file-…`
    /// message) after its `{file}: `.
    pub(crate) fn file_english(said: &Message) -> String {
        let english = crate::l10n::english(&said.clone().text("file", ""));
        match english.strip_prefix(": ") {
            Some(m) => m.to_string(),
            None => english,
        }
    }

    /// [`ImportError::page_message`] in English, else the refusal's
    /// [`Display`](std::fmt::Display).
    pub fn page_text(&self) -> String {
        match self.page_message() {
            Some(m) => crate::l10n::english(&m),
            None => self.to_string(),
        }
    }

    /// The refusal as `words` say it: what [`Display`](std::fmt::Display)
    /// writes, in their language (a file's sentence the core has no message
    /// for stays English).
    pub fn say(&self, words: &Localizer) -> String {
        match self {
            ImportError::UnknownFormat {
                file,
                line,
                map,
                offer,
                ..
            } => words.render(
                &if offer.column_lines.is_empty() {
                    Message::new("core-import-unknown-format")
                } else {
                    Message::new("core-import-unknown-format-columns")
                }
                .text("file", file.clone())
                .text(
                    "known",
                    if offer.known.is_some() {
                        "some"
                    } else {
                        "none"
                    },
                )
                .text("header", offer.known.clone().unwrap_or_default())
                .text("line", line.to_string())
                .text("map", map.clone())
                .text("columns", columns_text(&offer.column_lines, words)),
            ),
            ImportError::File { said: Some(m), .. } => words.render(m),
            ImportError::File { said: None, .. } => self.to_string(),
            ImportError::Rows {
                file,
                count,
                problems,
            } => {
                let mut out = words.render(
                    &Message::new("core-import-rows")
                        .text("file", file.clone())
                        .count("count", *count as u64)
                        .text("n", count.to_string()),
                );
                for p in problems {
                    out.push_str("\n  ");
                    out.push_str(&p.say(words));
                }
                if *count > problems.len() {
                    let more = count - problems.len();
                    out.push_str("\n  ");
                    out.push_str(
                        &words.render(
                            &Message::new("core-import-problems-more")
                                .count("count", more as u64)
                                .text("n", more.to_string()),
                        ),
                    );
                }
                out
            }
        }
    }
}

/// The catalog's key for a kind of record `NotFound` names.
fn record_key(what: &str) -> &'static str {
    match what {
        "session" => "session",
        "gift" => "gift",
        "withdrawal" => "withdrawal",
        "import" => "import",
        "rate" => "rate",
        "deleted record" => "deleted",
        _ => "other",
    }
}

/// The catalog's key for what `NotAFile` found (see `paths::kind_of`).
/// `m` with its reason `name`: the reason's message where the error has
/// one, else its English text.
fn because(m: Message, name: &str, said: &Option<Box<Message>>, english: &str) -> Message {
    match said {
        Some(s) => m.said(name, (**s).clone()),
        None => m.text(name, english),
    }
}

/// What an [`Error::Overflow`] was adding up, as a message whose English is
/// `what` (`core-overflow-…`): the sums the core names, read back from their
/// English as [`found_key`] reads a path's kind; any other stays as written.
fn overflow_what(what: &str) -> Message {
    let session = what
        .strip_prefix("session ")
        .and_then(|rest| rest.split_once("'s "))
        .filter(|(id, _)| id.bytes().all(|b| b.is_ascii_digit()));
    if let Some((id, part @ ("diamonds" | "value"))) = session {
        let m = Message::new("core-overflow-session").text("id", id);
        return m.text("part", part);
    }
    let minute = what
        .strip_prefix("the engagement of session ")
        .and_then(|rest| rest.split_once("'s minute "));
    if let Some((id, minute)) = minute {
        return Message::new("core-overflow-engagement")
            .text("id", id)
            .text("minute", minute);
    }
    if let Some(part) = what.strip_prefix("the statement's ") {
        let key = match part {
            "opening balance" => "opening-balance",
            "gifts" => "gifts",
            "coins" => "coins",
            "diamonds" => "diamonds",
            "value" => "value",
            "withdrawals" => "withdrawals",
            "fees" => "fees",
            "payouts" => "payouts",
            "corrections" => "corrections",
            "balance" => "balance",
            "rounding" => "rounding",
            _ => return Message::new("core-error-text").text("text", what),
        };
        return Message::new("core-overflow-statement").text("part", key);
    }
    let key = match what {
        "the balance's value" => "balance-value",
        "the recent pace" => "recent-pace",
        "the pending withdrawals" => "pending-withdrawals",
        "the period's diamonds" => "period-diamonds",
        "the diamonds of a day" => "day-diamonds",
        "the coins of every session" => "coins-every-session",
        "a minute's diamonds" => "minute-diamonds",
        "money per 1,000 viewers" => "money-per-1000",
        "the diamonds to go" => "diamonds-to-go",
        "the diamonds earned" => "diamonds-earned",
        "the diamonds withdrawn" => "diamonds-withdrawn",
        "the corrections" => "corrections",
        "the day's withdrawals" => "day-withdrawals",
        "the balance" => "balance",
        "booked diamonds" => "booked-diamonds",
        "the difference to the wallet" => "wallet-difference",
        "the withdrawal's value" => "withdrawal-value",
        "the withdrawal's net" => "withdrawal-net",
        "TikTok's diamonds" => "tiktok-diamonds",
        _ => return Message::new("core-error-text").text("text", what),
    };
    Message::new("core-overflow").text("what", key)
}

/// The catalogs' key of a path's kind in words (`a folder` → `folder`).
pub(crate) fn found_key(found: &str) -> &'static str {
    match found {
        "a folder" => "folder",
        "a named pipe (FIFO)" => "fifo",
        "a character device" => "character-device",
        "a block device" => "block-device",
        "a socket" => "socket",
        _ => "other",
    }
}

fn pid_words(pid: Option<u32>) -> String {
    pid.map(|p| format!(" (pid {p})")).unwrap_or_default()
}

fn wait_words(waited: std::time::Duration) -> String {
    let secs = waited.as_secs();
    if secs >= 120 {
        format!("{} minutes", secs / 60)
    } else {
        format!("{:.1} s", waited.as_secs_f64())
    }
}

/// `lines` (an unknown header's columns, `core-import-column…`) as `words`
/// say them, each on a line of its own after two spaces: what follows
/// "its columns:".
pub(crate) fn columns_text(lines: &[Message], words: &Localizer) -> String {
    lines
        .iter()
        .map(|m| format!("\n  {}", words.render(m)))
        .collect()
}

/// The columns a refusal lists, after their label; nothing for none.
fn its_columns(columns: &str) -> String {
    if columns.is_empty() {
        String::new()
    } else {
        format!("\nits columns:{columns}")
    }
}

/// "1 problem", "4 problems".
pub fn problems_word(count: usize) -> String {
    counted(count as u64, "problem")
}

/// A count with its noun, the one English plural rule of the core's
/// sentences: `counted(1, "row")` is "1 row", `counted(4, "row")` "4 rows".
pub fn counted(n: u64, one: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {one}s")
    }
}

fn list(problems: &[RowProblem], count: usize) -> String {
    let mut out: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
    if count > problems.len() {
        out.push(format!("  … and {} more", count - problems.len()));
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::Localizer;

    /// Refusals of each kind, with and without columns and more problems
    /// than are listed.
    fn refusals() -> Vec<ImportError> {
        let problem = |line, column: Option<(usize, &str)>, message: &str| RowProblem {
            line,
            column: column.map(|(n, h)| (n, h.to_string())),
            message: message.into(),
            said: None,
        };
        let open_quote = Message::new("core-import-problem-open-quote");
        vec![
            ImportError::UnknownFormat {
                file: "a.csv".into(),
                header: "names it knows: Zeit".into(),
                line: 2,
                map: "date=Zeit,gift=COLUMN".into(),
                columns: "\n  column 1 'Zeit': 2026-11-25 | 2026-11-26\n  column 2 'Ding': (empty)"
                    .into(),
                offer: Box::new(HeaderOffer {
                    names: vec!["Zeit".into(), "Ding".into()],
                    guessed: Vec::new(),
                    known: Some("Zeit".into()),
                    column_lines: vec![
                        Message::new("core-import-column")
                            .text("n", "1")
                            .text("header", "Zeit")
                            .text("values", "2026-11-25 | 2026-11-26"),
                        Message::new("core-import-column-empty")
                            .text("n", "2")
                            .text("header", "Ding"),
                    ],
                }),
            },
            ImportError::UnknownFormat {
                file: "b.txt".into(),
                header: "no column name LiveLedger knows".into(),
                line: 1,
                map: "date=COLUMN,gift=COLUMN".into(),
                columns: String::new(),
                offer: Box::default(),
            },
            ImportError::Rows {
                file: "c.csv".into(),
                count: 1,
                problems: vec![problem(
                    3,
                    Some((2, "Coins")),
                    "expected a number, found 'abc'",
                )],
            },
            ImportError::Rows {
                file: "d.csv".into(),
                count: 57,
                problems: vec![
                    problem(4, None, "no date"),
                    RowProblem {
                        message: crate::l10n::english(&open_quote),
                        said: Some(open_quote),
                        ..problem(9, Some((3, "Name")), "")
                    },
                ],
            },
            ImportError::File {
                file: "e.csv".into(),
                message: "cannot read: disk on fire".into(),
                said: None,
            },
            ImportError::file("f.csv", Message::new("core-import-file-empty")),
        ]
    }

    #[test]
    fn a_refusal_said_in_english_is_its_display() {
        let en = Localizer::new("en");
        for e in refusals() {
            assert_eq!(e.say(&en), e.to_string());
        }
    }

    #[test]
    fn a_refusal_is_said_in_the_language_asked() {
        let es = Localizer::new("es");
        let said = refusals()[3].say(&es);
        assert!(
            said.starts_with("d.csv: 57 problemas; no se importó nada:"),
            "{said}"
        );
        assert!(said.contains("\n  línea 4: no date"), "{said}");
        assert!(
            said.contains("línea 9, columna 3 (Name): un campo ocupa varias líneas"),
            "{said}"
        );
        assert!(said.ends_with("… y 55 más"), "{said}");
    }

    #[test]
    fn the_window_s_sentence_of_a_refusal_is_as_it_was() {
        let texts: Vec<String> = refusals().iter().map(ImportError::page_text).collect();
        assert_eq!(
            texts,
            [
                "a.csv: LiveLedger cannot tell which column holds what. Choose a column for each field below.",
                "b.txt: LiveLedger cannot tell what this file holds: it has one column, not a table of gifts.",
                "c.csv: 1 row has a problem; nothing was imported",
                "d.csv: 57 rows have problems; nothing was imported",
                "e.csv: cannot read: disk on fire",
                "f.csv: the file is empty",
            ]
        );
    }

    /// Every sum the code names in an overflow has a message whose English
    /// is that name; German says it in German.
    #[test]
    fn every_overflow_s_sum_is_said_and_its_english_is_the_name() {
        let statement = [
            "opening balance",
            "gifts",
            "coins",
            "diamonds",
            "value",
            "withdrawals",
            "fees",
            "payouts",
            "corrections",
            "balance",
            "rounding",
        ];
        let named = [
            "the balance's value",
            "the recent pace",
            "the pending withdrawals",
            "the period's diamonds",
            "the diamonds of a day",
            "the coins of every session",
            "a minute's diamonds",
            "money per 1,000 viewers",
            "the diamonds to go",
            "the diamonds earned",
            "the diamonds withdrawn",
            "the corrections",
            "the day's withdrawals",
            "the balance",
            "booked diamonds",
            "the difference to the wallet",
            "the withdrawal's value",
            "the withdrawal's net",
            "TikTok's diamonds",
            "session 12's diamonds",
            "session 7's value",
            "the engagement of session 3's minute 2026-03-01 20:05 UTC",
        ];
        let all = statement
            .iter()
            .map(|p| format!("the statement's {p}"))
            .chain(named.iter().map(|n| n.to_string()));
        for what in all {
            let m = overflow_what(&what);
            assert_ne!(m.id, "core-error-text", "{what}");
            assert_eq!(crate::l10n::english(&m), what);
            let e = Error::overflow(what.clone());
            assert_eq!(crate::l10n::english(&e.message().unwrap()), e.to_string());
        }
        let de = Localizer::new("de");
        assert_eq!(
            de.render(&Error::overflow("the balance's value").message().unwrap()),
            "der Wert des Guthabens: zu groß zum Zusammenrechnen; bearbeite oder lösche den Eintrag mit der unsinnigen Zahl"
        );
        // A sum no message names stays as written.
        assert_eq!(overflow_what("the sum of x").id, "core-error-text");
    }

    #[test]
    fn errors_with_a_message_say_it_in_english_as_display_does() {
        let errors = [
            Error::NotFound {
                what: "withdrawal",
                id: 7,
            },
            Error::NewerSchema {
                path: "/a/l.db".into(),
                found: 99,
                known: 12,
            },
            Error::not_a_ledger("/a/l.db", Message::new("core-ledger-why-not-sqlite")),
            Error::not_a_ledger(
                "/a/b.db",
                Message::new("core-ledger-why-extra")
                    .text("kind", "index")
                    .text("name", "spy")
                    .text("version", "13"),
            ),
            Error::Busy,
            Error::ImportStillRunning {
                path: "/a/l.db".into(),
                pid: Some(42),
                waited: std::time::Duration::from_secs(600),
            },
            Error::ImportStillRunning {
                path: "/a/l.db".into(),
                pid: None,
                waited: std::time::Duration::from_millis(1500),
            },
            Error::NotAFile {
                path: "/dev/null".into(),
                found: "a character device",
            },
            Error::read_only("/a/l.db", Message::new("core-ledger-why-older")),
            Error::disk(
                "/a/l.db",
                Message::new("core-ledger-disk-full").text("sqlite", "database or disk is full"),
            ),
            Error::Io {
                path: "/a/x.csv".into(),
                source: std::io::Error::from_raw_os_error(13),
            },
            Error::overflow("the balance's value"),
        ];
        let en = Localizer::new("en");
        for e in errors {
            let m = e.message().expect("a message");
            assert_eq!(en.render(&m), e.to_string(), "{}", m.id);
        }
        assert!(Error::invalid("x", "y").message().is_none());
    }

    #[test]
    fn a_confirmation_keeps_its_english_and_carries_its_problems_as_messages() {
        let e = Error::needs_confirmation(vec![
            (
                "a".into(),
                Message::new("core-confirm-future").text("at", "2030-01-01 10:00"),
            ),
            (
                "b".into(),
                Message::new("core-confirm-future").text("at", "2031-01-01 10:00"),
            ),
        ]);
        assert_eq!(
            e.to_string(),
            "a; b — nothing was written; confirm to record it anyway (CLI: --force)"
        );
        assert_eq!(e.problem_messages().len(), 2);
        assert_eq!(e.message().unwrap().id, "core-error-needs-confirmation");
        let tr = Localizer::new("tr").render(&e.problem_messages()[1]);
        assert_eq!(tr, "tarihi 2031-01-01 10:00, gelecekte");
    }

    #[test]
    fn a_missing_record_is_named_in_spanish() {
        let e = Error::NotFound {
            what: "session",
            id: 1234,
        };
        let es = Localizer::new("es").render(&e.message().unwrap());
        assert_eq!(es, "el directo 1234 no existe");
    }

    #[test]
    fn the_store_s_own_refusals_keep_their_english() {
        // Each message beside the text `Error::invalid` wrote before it.
        let m = Message::new;
        let said = |id: &'static str| crate::l10n::english(&m(id));
        for (id, old) in [
            ("core-invalid-not-written", "was not written"),
            (
                "core-invalid-file-session-not-written",
                "a session of the file was not written",
            ),
            (
                "core-invalid-booked-not-written",
                "a booked session was not written",
            ),
            (
                "core-invalid-capture-live-not-written",
                "a live session was not written",
            ),
            (
                "core-invalid-capture-old-not-written",
                "a session for an old event was not written",
            ),
            (
                "core-invalid-coins-times-count",
                "coins × count is too large",
            ),
            (
                "core-invalid-stored-gift-coins",
                "a stored gift's coins are too large",
            ),
            ("core-invalid-days-none", "name at least one day to book"),
            ("core-invalid-follow-name", "name the file to follow"),
            (
                "core-invalid-follow-too-large",
                "is larger than a ledger can follow",
            ),
            (
                "core-invalid-demo-not-empty",
                "the ledger already has records; demo data loads only into an empty ledger",
            ),
            ("core-invalid-no-rate", "no rate is set"),
            (
                "core-invalid-no-rate-add-one",
                "no rate is set; add one with `liveledger rate set`",
            ),
            (
                "core-invalid-import-wait",
                "expected how many seconds to wait for an import, such as 600 or 0.5",
            ),
            (
                "core-invalid-kept-live-or-name",
                "the coins of a live or a name are too large",
            ),
            (
                "core-invalid-kept-session",
                "a session's coins are too large",
            ),
            (
                "core-invalid-kept-senders",
                "more senders than a report can hold",
            ),
            (
                "core-invalid-backup-balance",
                "the balance's value is too large to add up",
            ),
        ] {
            assert_eq!(said(id), old, "{id}");
        }
        let en = |msg: Message| crate::l10n::english(&msg);
        let (count, coins) = (-3_i64, 1234567_i64);
        assert_eq!(
            en(m("core-invalid-not-a-gift")
                .text("count", count.to_string())
                .text("coins", coins.to_string())),
            format!("{count} × {coins} coins is not a gift")
        );
        let found = 1441;
        assert_eq!(
            en(m("core-invalid-silence-minutes").text("found", found.to_string())),
            format!("expected whole minutes from 1 to 1440, found {found}")
        );
        let at_ms = -9_000_000_000_000_000_i64;
        assert_eq!(
            en(m("core-invalid-not-a-date").text("ms", at_ms.to_string())),
            format!("{at_ms} ms is not a date")
        );
        let label = "session 2 and its 119 gifts";
        assert_eq!(
            en(m("core-invalid-undo-session-gone").text("label", label)),
            format!(
                "{label} cannot be put back: its session is no longer in the ledger \
             (deleted since?); put the session back first. Nothing was changed."
            )
        );
        assert_eq!(
            en(m("core-invalid-undo-clash").text("label", label)),
            format!(
                "{label} cannot be put back: the ledger has a record like it \
                     added since (imported again?). Nothing was changed."
            )
        );
        let why = "no rows";
        assert_eq!(
            en(m("core-invalid-undo-damaged")
                .text("label", label)
                .text("why", why)),
            format!("the kept copy of {label} is damaged ({why}); nothing was changed")
        );
        assert_eq!(
            en(m("core-invalid-backup-trash").text("why", why)),
            format!("a deleted record kept for undo is damaged ({why})")
        );
        let name = "Mars/Olympus";
        assert_eq!(
            en(m("core-invalid-stored-time-zone").text("text", name)),
            format!(
                "the ledger's time zone setting '{}' is not a time zone; set one with `liveledger settings set timezone Europe/Berlin`",
                name
            )
        );
        for (n, kind) in [(1_i64, "integer"), (1234, "text")] {
            let table = "gifts";
            let c = ("coins_each", kind);
            assert_eq!(
                en(m("core-invalid-backup-kinds")
                    .text("column", format!("{table}.{}", c.0))
                    .count("count", n)
                    .text("values", n.to_string())
                    .text("kind", c.1)),
                format!("{table}.{} holds {n} value(s) that are not {}", c.0, c.1)
            );
            let out_of_range = n;
            assert_eq!(
                en(m("core-invalid-backup-out-of-range")
                    .count("count", n)
                    .text("records", n.to_string())),
                format!(
                    "{out_of_range} record(s) hold an amount or a date no form or import accepts"
                )
            );
        }
        let key = "gap";
        assert_eq!(
            en(m("core-invalid-backup-setting").text("key", key)),
            format!("the setting {} is not as LiveLedger writes it", key)
        );
        // German words them; its figures as the language writes them.
        let de = Localizer::new("de");
        assert_eq!(
            de.render(
                &m("core-invalid-worth-nothing")
                    .diamonds("diamonds", rust_decimal::Decimal::from(1500))
                    .money("worth", rust_decimal::Decimal::new(0, 2), "EUR")
                    .money("rate", rust_decimal::Decimal::new(1, 6), "EUR")
            ),
            "1.500 Diamanten sind bei 0,000001\u{A0}€ pro Diamant 0,00\u{A0}€ wert; es kann nichts ausgezahlt werden"
        );
        assert_eq!(
            de.render(&m("core-invalid-not-written")),
            "wurde nicht geschrieben"
        );
    }
}
