//! The system's own words as messages: an I/O error's common reasons (a
//! file not there, permission denied, a full disk, a refused connection)
//! said in every language. Any other reason keeps the system's English
//! text, as the system wrote it.

use super::Message;

/// `e`'s reason as a message. Its English is `e`'s own text, byte for byte,
/// for the reasons it names (`No such file or directory (os error 2)`);
/// every other reason is `e`'s text as it is.
pub fn io_reason(e: &std::io::Error) -> Message {
    match e.raw_os_error().and_then(|code| reason_id(code, e.kind())) {
        Some(id) => {
            let code = e.raw_os_error().unwrap_or_default();
            Message::new(id).text("code", code.to_string())
        }
        None => Message::new("core-io-other").text("text", e.to_string()),
    }
}

/// The message of error number `code`. The numbers below are the same on
/// Linux, macOS and the BSDs; the connection errors' numbers differ, so
/// they go by their kind, on Linux only (where their words are known).
#[cfg(unix)]
fn reason_id(code: i32, kind: std::io::ErrorKind) -> Option<&'static str> {
    use std::io::ErrorKind as K;
    Some(match code {
        1 => "core-io-not-permitted",
        2 => "core-io-not-found",
        5 => "core-io-io-error",
        13 => "core-io-permission-denied",
        17 => "core-io-exists",
        20 => "core-io-not-a-directory",
        21 => "core-io-is-a-directory",
        24 => "core-io-too-many-open",
        27 => "core-io-too-large",
        28 => "core-io-no-space",
        30 => "core-io-read-only",
        _ if cfg!(target_os = "linux") => match kind {
            K::ConnectionRefused => "core-io-connection-refused",
            K::ConnectionReset => "core-io-connection-reset",
            K::TimedOut => "core-io-timed-out",
            _ => return None,
        },
        _ => return None,
    })
}

#[cfg(not(unix))]
fn reason_id(_code: i32, _kind: std::io::ErrorKind) -> Option<&'static str> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// English says each reason exactly as the system does (scripts and
    /// the window's English quote it), on the systems it was written for.
    #[cfg(target_os = "linux")]
    #[test]
    fn english_is_the_systems_own_text() {
        for code in [1, 2, 5, 13, 17, 20, 21, 24, 27, 28, 30, 104, 110, 111] {
            let e = std::io::Error::from_raw_os_error(code);
            let m = io_reason(&e);
            assert_ne!(m.id, "core-io-other", "error {code} has no message");
            assert_eq!(super::super::english(&m), e.to_string(), "error {code}");
        }
    }

    /// A reason without a message keeps the system's words.
    #[test]
    fn another_reason_is_kept_as_written() {
        let e = std::io::Error::other("the pipe said no");
        let m = io_reason(&e);
        assert_eq!(m.id, "core-io-other");
        assert_eq!(super::super::english(&m), "the pipe said no");
    }

    /// German says a missing file in German, with the system's number.
    #[cfg(unix)]
    #[test]
    fn german_says_it_in_german() {
        let e = std::io::Error::from_raw_os_error(2);
        let de = super::super::Localizer::new("de").render(&io_reason(&e));
        assert_eq!(de, "Datei oder Ordner nicht gefunden (Systemfehler 2)");
    }
}
