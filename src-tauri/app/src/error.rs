//! The error the UI receives: `{kind, message, detail}`, serializable.

use liveledger::import::{ImportError, RowProblem};
use serde::Serialize;

/// A core error in a form the web UI can show: a stable `kind`, a sentence,
/// and for invalid input the field at fault, for imports the row problems.
#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct CmdError {
    /// `invalid`, `needs_confirmation`, `not_found`, `import`, `busy`,
    /// `newer_schema`, … (`liveledger::Error::kind`), or the app's own `app`
    /// and `not_allowed`.
    pub kind: &'static str,
    /// One sentence for a person.
    pub message: String,
    /// What the page needs beyond the sentence; `null` for most kinds.
    pub detail: Option<Detail>,
}

/// The part of an error a page acts on. Serialized without a tag: the page
/// tells them apart by `kind` and by the keys present.
#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(untagged)]
pub enum Detail {
    /// `invalid`: the field at fault, so the form can mark it.
    Field {
        /// The field's name as the form sends it.
        field: String,
    },
    /// `import`: the first bad rows and how many there are in all.
    Rows {
        /// The first problems, each with its line and column.
        problems: Vec<RowProblem>,
        /// Problems in all (more than listed when the file had many).
        count: usize,
    },
    /// `needs_confirmation`: what the person is asked to confirm, a sentence each.
    Confirm {
        /// Each problem, with its numbers.
        problems: Vec<String>,
    },
}

impl From<liveledger::Error> for CmdError {
    fn from(e: liveledger::Error) -> CmdError {
        let detail = match &e {
            liveledger::Error::Invalid { field, .. } => Some(Detail::Field {
                field: field.clone(),
            }),
            liveledger::Error::NeedsConfirmation { problems } => Some(Detail::Confirm {
                problems: problems.clone(),
            }),
            liveledger::Error::Import(ImportError::Rows {
                problems, count, ..
            }) => Some(Detail::Rows {
                problems: problems.clone(),
                count: *count,
            }),
            _ => None,
        };
        let message = match &e {
            liveledger::Error::Invalid { message, .. } => message.clone(),
            liveledger::Error::Import(ImportError::Rows { count, file, .. }) => {
                format!(
                    "{file}: {}; nothing was imported",
                    liveledger::error::problems_word(*count)
                )
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
            detail: None,
        }
    }
}

/// The result every command returns.
pub type CmdResult<T> = Result<T, CmdError>;

#[cfg(test)]
mod tests {
    use super::*;

    /// The page reads these shapes; the typed detail must serialize exactly
    /// as the JSON objects it replaced.
    #[test]
    fn detail_serializes_as_the_page_reads_it() {
        let json = |e: liveledger::Error| serde_json::to_value(CmdError::from(e)).unwrap();
        assert_eq!(
            json(liveledger::Error::invalid("start", "is required")),
            serde_json::json!({"kind": "invalid", "message": "is required", "detail": {"field": "start"}})
        );
        assert_eq!(
            json(liveledger::Error::NeedsConfirmation {
                problems: vec!["below the minimum".into()]
            })["detail"],
            serde_json::json!({"problems": ["below the minimum"]})
        );
        assert_eq!(
            serde_json::to_value(CmdError::app("no")).unwrap()["detail"],
            serde_json::Value::Null
        );
    }
}
