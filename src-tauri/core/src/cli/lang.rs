//! Which language the command line speaks: `--lang`, else the system's
//! locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, in POSIX's order), else the
//! ledger's `language` setting, else English. `C` and `POSIX` name no
//! language, so the ledger's setting decides under them.

use std::ffi::OsString;
use std::sync::OnceLock;

use liveledger::error::{Error, Result};
use liveledger::l10n;

/// The language chosen for this run, once known (read by `main` to word an
/// error).
static CHOSEN: OnceLock<&'static str> = OnceLock::new();

/// The language asked for before the ledger is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Wanted {
    /// `--lang` or the system's locale named this one.
    Tag(&'static str),
    /// Nothing did: the ledger's setting decides, else English.
    Ledger,
}

/// What `--lang` (given as `flag`) or the environment (read by `var`) ask
/// for. An unknown `--lang` is an error; an unknown system locale is passed
/// over.
pub(super) fn wanted(flag: Option<&str>, var: impl Fn(&str) -> Option<String>) -> Result<Wanted> {
    if let Some(tag) = flag {
        let found = l10n::negotiate(tag)
            .ok_or_else(|| Error::invalid_said("--lang", l10n::unknown_language(tag)))?;
        return Ok(Wanted::Tag(found));
    }
    // POSIX: the first of these that is set and not empty decides.
    let system = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(&var)
        .find(|v| !v.is_empty());
    Ok(match system.as_deref().and_then(l10n::negotiate) {
        Some(tag) => Wanted::Tag(tag),
        None => Wanted::Ledger,
    })
}

impl Wanted {
    /// The language to speak, given the ledger's `language` setting
    /// (empty when unset), remembered for [`chosen`].
    pub(super) fn decide(self, setting: &str) -> &'static str {
        let tag = match self {
            Wanted::Tag(tag) => tag,
            Wanted::Ledger => l10n::supported(setting).unwrap_or("en"),
        };
        remember(tag)
    }

    /// The language known before a ledger is open (English when only the
    /// ledger could say), remembered for [`chosen`].
    pub(super) fn before_ledger(self) -> &'static str {
        match self {
            Wanted::Tag(tag) => remember(tag),
            Wanted::Ledger => "en",
        }
    }
}

/// The `--lang` typed among the raw arguments `args` (`--lang TAG` or
/// `--lang=TAG`, the last one, before a lone `--`): a run whose arguments
/// clap refuses is still said in the language asked for.
pub(super) fn flag_in(args: &[OsString]) -> Option<String> {
    let mut found = None;
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        } else if word == "--lang" {
            found = words.next().map(|tag| tag.into_owned());
        } else if let Some(tag) = word.strip_prefix("--lang=") {
            found = Some(tag.to_string());
        }
    }
    found
}

/// The language of a run whose arguments do not parse (no ledger is open):
/// `--lang` as typed among `args`, else the system's locale (an unknown
/// `--lang` is passed over), else English; remembered for [`chosen`].
pub(super) fn before_parsing(
    args: &[OsString],
    var: impl Fn(&str) -> Option<String>,
) -> &'static str {
    wanted_before_parsing(args, var).before_ledger()
}

/// What [`before_parsing`] asks for.
fn wanted_before_parsing(args: &[OsString], var: impl Fn(&str) -> Option<String>) -> Wanted {
    wanted(flag_in(args).as_deref(), &var)
        .or_else(|_| wanted(None, &var))
        .unwrap_or(Wanted::Ledger)
}

fn remember(tag: &'static str) -> &'static str {
    CHOSEN.get_or_init(|| tag)
}

/// The language this run speaks: as decided, else English.
pub fn chosen() -> &'static str {
    CHOSEN.get().copied().unwrap_or("en")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_flag_then_the_system_then_the_ledger() {
        let de = [("LANG", "de_DE.UTF-8")];
        assert_eq!(wanted(None, env(&de)).unwrap(), Wanted::Tag("de"));
        assert_eq!(wanted(Some("fr"), env(&de)).unwrap(), Wanted::Tag("fr"));
        let all = [
            ("LANG", "de_DE.UTF-8"),
            ("LC_MESSAGES", "ja_JP"),
            ("LC_ALL", ""),
        ];
        assert_eq!(wanted(None, env(&all)).unwrap(), Wanted::Tag("ja"));
        let c = [("LC_ALL", "C"), ("LANG", "de_DE.UTF-8")];
        assert_eq!(wanted(None, env(&c)).unwrap(), Wanted::Ledger);
        assert_eq!(
            wanted(None, env(&[("LANG", "C.UTF-8")])).unwrap(),
            Wanted::Ledger
        );
        assert_eq!(
            wanted(None, env(&[("LANG", "zh_CN")])).unwrap(),
            Wanted::Ledger
        );
        assert_eq!(wanted(None, env(&[])).unwrap(), Wanted::Ledger);
        assert!(wanted(Some("xx"), env(&[])).is_err());
    }

    #[test]
    fn a_refused_command_line_still_names_its_language() {
        let args = |words: &[&str]| -> Vec<OsString> {
            std::iter::once("liveledger")
                .chain(words.iter().copied())
                .map(OsString::from)
                .collect()
        };
        assert_eq!(
            flag_in(&args(&["--lang", "de", "frobnicate"])),
            Some("de".into())
        );
        assert_eq!(flag_in(&args(&["x", "--lang=ja"])), Some("ja".into()));
        assert_eq!(
            flag_in(&args(&["--lang", "de", "--lang", "ar"])),
            Some("ar".into())
        );
        assert_eq!(flag_in(&args(&["--", "--lang", "de"])), None);
        assert_eq!(flag_in(&args(&["frobnicate"])), None);
        let de = [("LANG", "de_DE.UTF-8")];
        let asked = |words: &[&str], vars| wanted_before_parsing(&args(words), env(vars));
        assert_eq!(asked(&["--lang", "ja", "x"], &de), Wanted::Tag("ja"));
        assert_eq!(asked(&["--lang", "xx", "x"], &de), Wanted::Tag("de"));
        assert_eq!(asked(&["--lang", "xx", "x"], &[]), Wanted::Ledger);
    }
}
