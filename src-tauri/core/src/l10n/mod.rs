//! Languages: which ones LiveLedger speaks, and how a wanted language (a
//! stored choice, `--lang`, `LANG`) becomes one of them. The words live in
//! Project Fluent catalogs under `assets/locales/`, shared with the UI.
//!
//! The core says what it has to say as a [`Message`] (an id and typed
//! arguments); [`Localizer`] renders one in a language, with figures written
//! by [`format`]'s table.

pub mod format;
mod message;
mod render;
mod system;

pub use message::{Arg, Message};
pub use render::{english, Localizer};
pub use system::io_reason;

/// The languages the app and the CLI speak, as BCP 47 tags, English first.
pub const LANGUAGES: [&str; 10] = [
    "en", "es", "pt-BR", "id", "tr", "ar", "vi", "ja", "de", "fr",
];

/// The pseudo-locale: English accented and about 40 % longer, for finding
/// cut-off text and words left untranslated. Accepted, never listed.
pub const PSEUDO: &str = "en-XA";

/// `tag` as LiveLedger spells it when it names a supported language exactly
/// (any case, `_` or `-`), or the pseudo-locale.
pub fn supported(tag: &str) -> Option<&'static str> {
    let tag = tag.trim().replace('_', "-");
    if tag.eq_ignore_ascii_case(PSEUDO) {
        return Some(PSEUDO);
    }
    LANGUAGES.into_iter().find(|l| l.eq_ignore_ascii_case(&tag))
}

/// Why `text` (a setting's value, `--lang`) names no language LiveLedger
/// speaks, as a message (`core-invalid-language`) listing the known tags.
pub fn unknown_language(text: &str) -> Message {
    Message::new("core-invalid-language")
        .text("text", crate::dates::cut(text))
        .text("known", LANGUAGES.join(", "))
}

/// The supported language closest to `wanted`, a tag or a POSIX locale
/// (`de_DE.UTF-8` → `de`, `pt` → `pt-BR`, `C` → none): an exact match,
/// else the first language with the same primary subtag.
pub fn negotiate(wanted: &str) -> Option<&'static str> {
    let tag = wanted.split(['.', '@']).next().unwrap_or("");
    if let Some(exact) = supported(tag) {
        return Some(exact);
    }
    let primary = tag.split(['-', '_']).next().unwrap_or("");
    LANGUAGES.into_iter().find(|l| {
        l.split('-')
            .next()
            .is_some_and(|p| p.eq_ignore_ascii_case(primary))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_tags_find_their_language() {
        assert_eq!(negotiate("de_DE.UTF-8"), Some("de"));
        assert_eq!(negotiate("pt_PT"), Some("pt-BR"));
        assert_eq!(negotiate("PT-br"), Some("pt-BR"));
        assert_eq!(negotiate("ar_SA.UTF-8@x"), Some("ar"));
        assert_eq!(negotiate("en-XA"), Some(PSEUDO));
        assert_eq!(negotiate("C"), None);
        assert_eq!(negotiate("POSIX"), None);
        assert_eq!(negotiate(""), None);
        assert_eq!(negotiate("zh_CN"), None);
    }

    #[test]
    fn only_supported_tags_are_stored() {
        assert_eq!(supported("ja"), Some("ja"));
        assert_eq!(supported("pt_br"), Some("pt-BR"));
        assert_eq!(supported("pt"), None);
        assert_eq!(supported("xx"), None);
    }
}
