//! The error the UI receives: `{kind, message, detail}`, serializable.

use liveledger::import::{ImportError, RowProblem};
use liveledger::l10n::Message;
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
    /// One sentence for a person, in English.
    pub message: String,
    /// The same sentence as the core's message (an id and its arguments),
    /// for the page to say in the creator's language; `null` where the core
    /// has only English words for it.
    pub said: Option<Box<Message>>,
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
        /// Each problem, with its numbers, in English.
        problems: Vec<String>,
        /// The same problems as the core's messages, for the page's language.
        messages: Vec<Message>,
    },
    /// `import` of a header no format reads: its columns, for the page to
    /// offer a column for each field, and the columns guessed for some.
    Header {
        /// The header's columns as named.
        names: Vec<String>,
        /// (field, column) guessed from the first values.
        guessed: Vec<(String, String)>,
    },
}

/// A core sentence as the window shows it: the command line's own syntax,
/// which the core writes as `(CLI: …)` (or `; CLI: …` at the end of a
/// parenthesis), taken out.
pub fn for_page(text: &str) -> String {
    let mut out = text.to_string();
    while let Some(at) = out.find("CLI:") {
        let end = out[at..].find(')').map_or(out.len(), |i| at + i);
        let before = &out[..at];
        if let Some(open) = before.strip_suffix('(') {
            // " (CLI: …)": the whole parenthesis and the space before it.
            let start = open.trim_end().len();
            let end = (end + 1).min(out.len());
            out.replace_range(start..end, "");
        } else if let Some(stripped) = before.strip_suffix("; ") {
            out.replace_range(stripped.len()..end, "");
        } else {
            out.replace_range(at..end, "");
        }
    }
    out
}

impl From<liveledger::Error> for CmdError {
    fn from(e: liveledger::Error) -> CmdError {
        let detail = match &e {
            liveledger::Error::Invalid { field, .. } => Some(Detail::Field {
                field: field.clone(),
            }),
            liveledger::Error::NeedsConfirmation { problems, .. } => Some(Detail::Confirm {
                problems: problems.iter().map(|p| for_page(p)).collect(),
                messages: e.problem_messages().to_vec(),
            }),
            liveledger::Error::Import(ImportError::UnknownFormat { offer, .. }) => {
                Some(Detail::Header {
                    names: offer.names.clone(),
                    guessed: offer.guessed.clone(),
                })
            }
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
            // The window lists the rows and offers the columns itself.
            liveledger::Error::Import(refused) => refused.page_text(),
            other => other.to_string(),
        };
        // A confirmation's own sentence ends in the command line's flag: the
        // page asks with its dialog instead.
        let said = match &e {
            liveledger::Error::NeedsConfirmation { .. } => None,
            liveledger::Error::Import(refused) => refused.page_message(),
            other => other.message().map(without_cli),
        }
        .map(Box::new);
        CmdError {
            kind: e.kind(),
            message: for_page(&message),
            said,
            detail,
        }
    }
}

/// A core message as the window says it: its `cli` argument (the command
/// line's way, ` (CLI: …)`) left empty, as [`for_page`] leaves it out of
/// the English.
fn without_cli(mut m: Message) -> Message {
    if let Some(arg) = m.args.get_mut("cli") {
        *arg = liveledger::l10n::Arg::Text {
            value: String::new(),
        };
    }
    m
}

impl CmdError {
    /// An error that is the app's own, not the core's.
    pub fn app(message: impl Into<String>) -> CmdError {
        CmdError {
            kind: "app",
            message: message.into(),
            said: None,
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
            serde_json::json!({"kind": "invalid", "message": "is required", "said": null, "detail": {"field": "start"}})
        );
        // A check with words in every language sends them beside the English.
        let said = liveledger::l10n::Message::new("core-invalid-required");
        assert_eq!(
            json(liveledger::Error::invalid_said("start", said)),
            serde_json::json!({"kind": "invalid", "message": "is required", "said": {"id": "core-invalid-required", "args": {}}, "detail": {"field": "start"}})
        );
        assert_eq!(
            json(liveledger::Error::NeedsConfirmation {
                problems: vec!["below the minimum".into()],
                messages: Vec::new(),
            })["detail"],
            serde_json::json!({"problems": ["below the minimum"], "messages": []})
        );
        assert_eq!(
            serde_json::to_value(CmdError::app("no")).unwrap()["detail"],
            serde_json::Value::Null
        );
    }

    /// The window never shows the command line's syntax.
    #[test]
    fn the_page_reads_no_command_line() {
        assert_eq!(
            for_page("5 diamonds is more than the balance of 3 diamonds. If your TikTok wallet shows more, enter that balance under Reconcile first (CLI: liveledger reconcile --balance N)"),
            "5 diamonds is more than the balance of 3 diamonds. If your TikTok wallet shows more, enter that balance under Reconcile first"
        );
        assert_eq!(
            for_page("is TikTok's data download, not a gift-events table (import it as detected from its content; CLI: --format auto or tiktok-data)"),
            "is TikTok's data download, not a gift-events table (import it as detected from its content)"
        );
        assert_eq!(
            for_page("below the minimum — nothing was written; confirm to record it anyway (CLI: --force)"),
            "below the minimum — nothing was written; confirm to record it anyway"
        );
        assert_eq!(for_page("no hint here"), "no hint here");
        // In any language: the message's `cli` argument is left empty.
        let e = CmdError::from(liveledger::Error::invalid_with(
            "diamonds",
            "5 diamonds is more than the balance of 3 diamonds. If your TikTok wallet shows more, enter that balance under Reconcile first (CLI: liveledger reconcile --balance N)".into(),
            liveledger::l10n::Message::new("core-invalid-over-balance")
                .text("cli", " (CLI: liveledger reconcile --balance N)"),
        ));
        assert!(!e.message.contains("CLI"), "{}", e.message);
        let said = serde_json::to_value(*e.said.expect("a message")).unwrap();
        assert_eq!(
            said["args"]["cli"],
            serde_json::json!({"type": "text", "value": ""})
        );
        assert_eq!(for_page("cut (CLI: --x"), "cut");
        // The core's own refusals, as the window gets them.
        let e = CmdError::from(liveledger::Error::Import(ImportError::UnknownFormat {
            file: "log.csv".into(),
            header: "stamp, fan".into(),
            line: 1,
            map: "date=stamp,sender=fan".into(),
            columns: "\nits columns: …".into(),
            offer: Box::new(liveledger::import::HeaderOffer {
                names: vec!["stamp".into(), "fan".into()],
                guessed: vec![("date".into(), "stamp".into())],
                ..Default::default()
            }),
        }));
        assert!(!e.message.contains("--"), "{}", e.message);
        assert!(matches!(e.detail, Some(Detail::Header { ref names, .. }) if names.len() == 2));
    }
}
