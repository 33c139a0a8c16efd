//! The error the UI receives: `{kind, message, detail}`, serializable.

use serde::Serialize;

/// A core error in a form the web UI can show: a stable `kind`, a sentence,
/// and for invalid input the field at fault, for imports the row problems.
#[derive(Debug, Serialize)]
pub struct CmdError {
    /// `invalid`, `not_found`, `import`, `busy`, `newer_schema`, … (see `liveledger::Error::kind`).
    pub kind: &'static str,
    /// One sentence for a person.
    pub message: String,
    /// The field at fault, or the import's row problems.
    pub detail: serde_json::Value,
}

impl From<liveledger::Error> for CmdError {
    fn from(e: liveledger::Error) -> CmdError {
        let detail = match &e {
            liveledger::Error::Invalid { field, .. } => serde_json::json!({ "field": field }),
            liveledger::Error::NeedsConfirmation { problems } => {
                serde_json::json!({ "problems": problems })
            }
            liveledger::Error::Import(liveledger::import::ImportError::Rows {
                problems,
                count,
                ..
            }) => {
                serde_json::json!({ "problems": problems, "count": count })
            }
            _ => serde_json::Value::Null,
        };
        let message = match &e {
            liveledger::Error::Invalid { message, .. } => message.clone(),
            liveledger::Error::Import(liveledger::import::ImportError::Rows {
                count,
                file,
                ..
            }) => {
                format!("{file}: {count} problem(s); nothing was imported")
            }
            other => other.to_string(),
        };
        CmdError {
            kind: e.kind(),
            message,
            detail,
        }
    }
}

impl CmdError {
    /// An error that is the app's own, not the core's.
    pub fn app(message: impl Into<String>) -> CmdError {
        CmdError {
            kind: "app",
            message: message.into(),
            detail: serde_json::Value::Null,
        }
    }
}

/// The result every command returns.
pub type CmdResult<T> = Result<T, CmdError>;
