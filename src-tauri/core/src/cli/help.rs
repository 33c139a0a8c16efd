//! `--help` in the run's language. Clap writes its help from the doc
//! comments of [`Cli`] and its subcommands, in English; [`command`] gives the
//! same command tree with every command's about line and every argument's
//! help line said from `cli.ftl` (`cli-help-…`), by the ids of [`IDS`], and
//! the headings, "[default: …]" and clap's own "Print help" in the language.
//! English is the tree untouched, so its help is byte for byte clap's.

use clap::{Arg, Command, CommandFactory};

use liveledger::l10n::{Localizer, Message};

use super::args::Cli;

/// The arguments every command has (the global `--db` and `--lang`, and
/// clap's own `--help` and `--version`): one message each, whatever the path.
const EVERYWHERE: &[&str] = &["db", "lang", "help", "version"];

/// Each help line's key and its message id. A command's key is its path
/// below `liveledger` (`""` the root itself, `"help"` every `help`
/// subcommand; the mirror of a command under `help`, `help session add`, is
/// the command's own path); an argument's key is `path:id` (`--id` for those
/// of [`EVERYWHERE`]). A line whose English another line already says shares
/// that line's id. Generated once by `tests::print_the_table`; the tests
/// fail when a command or argument with a help line has no key here, when a
/// key names none, or when a message's English is not the doc comment's.
const IDS: &[(&str, &str)] = &[
    ("", "cli-help-about"),
    ("--db", "cli-help-db"),
    ("--lang", "cli-help-lang"),
    ("--help", "cli-help-print-help"),
    ("--version", "cli-help-print-version"),
    ("session", "cli-help-session"),
    ("session add", "cli-help-session-add"),
    ("session add:start", "cli-help-session-add-start"),
    ("session add:end", "cli-help-session-add-end"),
    ("session add:title", "cli-help-session-add-title"),
    (
        "session add:peak_viewers",
        "cli-help-session-add-peak-viewers",
    ),
    ("session add:viewers", "cli-help-session-add-viewers"),
    ("session add:likes", "cli-help-session-add-likes"),
    ("session add:followers", "cli-help-session-add-followers"),
    ("session add:diamonds", "cli-help-session-add-diamonds"),
    ("session add:notes", "cli-help-session-add-notes"),
    ("session edit", "cli-help-session-edit"),
    ("session edit:id", "cli-help-session-edit-id"),
    ("session edit:start", "cli-help-session-add-start"),
    ("session edit:end", "cli-help-session-add-end"),
    ("session edit:title", "cli-help-session-add-title"),
    (
        "session edit:peak_viewers",
        "cli-help-session-add-peak-viewers",
    ),
    ("session edit:viewers", "cli-help-session-add-viewers"),
    ("session edit:likes", "cli-help-session-add-likes"),
    ("session edit:followers", "cli-help-session-add-followers"),
    ("session edit:diamonds", "cli-help-session-add-diamonds"),
    ("session edit:notes", "cli-help-session-add-notes"),
    ("session end", "cli-help-session-end"),
    ("session end:id", "cli-help-session-edit-id"),
    ("session end:at", "cli-help-session-end-at"),
    ("session delete", "cli-help-session-delete"),
    ("session delete:id", "cli-help-session-edit-id"),
    ("session delete:force", "cli-help-session-delete-force"),
    ("help", "cli-help-help"),
    ("sessions", "cli-help-sessions"),
    ("sessions:json", "cli-help-sessions-json"),
    ("gift", "cli-help-gift"),
    ("gift add", "cli-help-gift-add"),
    ("gift add:session", "cli-help-session-edit-id"),
    ("gift add:gift", "cli-help-gift-add-gift"),
    ("gift add:coins", "cli-help-gift-add-coins"),
    ("gift add:count", "cli-help-gift-add-count"),
    ("gift add:from", "cli-help-gift-add-from"),
    ("gift add:at", "cli-help-session-end-at"),
    ("gift delete", "cli-help-gift-delete"),
    ("gift delete:id", "cli-help-gift-delete-id"),
    ("gift delete:force", "cli-help-session-delete-force"),
    ("gift list", "cli-help-gift-list"),
    ("gift list:session", "cli-help-session-edit-id"),
    ("gift list:json", "cli-help-sessions-json"),
    ("withdraw", "cli-help-withdraw"),
    ("withdraw:diamonds", "cli-help-withdraw-diamonds"),
    ("withdraw:at", "cli-help-withdraw-at"),
    ("withdraw:fee", "cli-help-withdraw-fee"),
    ("withdraw:method", "cli-help-withdraw-method"),
    ("withdraw:status", "cli-help-withdraw-status"),
    ("withdraw:reference", "cli-help-withdraw-reference"),
    ("withdraw:force", "cli-help-withdraw-force"),
    ("withdrawals", "cli-help-withdrawals"),
    ("withdrawals list", "cli-help-withdrawals-list"),
    ("withdrawals list:json", "cli-help-sessions-json"),
    ("withdrawals status", "cli-help-withdrawals-status"),
    ("withdrawals status:id", "cli-help-withdrawals-status-id"),
    ("withdrawals status:status", "cli-help-withdraw-status"),
    ("withdrawals delete", "cli-help-withdrawals-delete"),
    ("withdrawals delete:id", "cli-help-withdrawals-status-id"),
    ("adjust", "cli-help-adjust"),
    ("adjust:diamonds", "cli-help-adjust-diamonds"),
    ("adjust:reason", "cli-help-adjust-reason"),
    ("adjust:at", "cli-help-session-end-at"),
    ("adjust:force", "cli-help-adjust-force"),
    ("reconcile", "cli-help-reconcile"),
    ("reconcile:balance", "cli-help-reconcile-balance"),
    ("reconcile:reason", "cli-help-reconcile-reason"),
    ("adjustments", "cli-help-adjustments"),
    ("adjustments:json", "cli-help-sessions-json"),
    ("days", "cli-help-days"),
    ("days:book", "cli-help-days-book"),
    ("days:json", "cli-help-sessions-json"),
    ("insights", "cli-help-insights"),
    ("insights:from", "cli-help-insights-from"),
    ("insights:to", "cli-help-insights-to"),
    ("insights:by", "cli-help-insights-by"),
    ("insights:json", "cli-help-sessions-json"),
    ("rate", "cli-help-rate"),
    ("rate set", "cli-help-rate-set"),
    ("rate set:from", "cli-help-rate-set-from"),
    (
        "rate set:diamonds_per_coin",
        "cli-help-rate-set-diamonds-per-coin",
    ),
    (
        "rate set:money_per_diamond",
        "cli-help-rate-set-money-per-diamond",
    ),
    ("rate set:currency", "cli-help-rate-set-currency"),
    (
        "rate set:min_withdrawal",
        "cli-help-rate-set-min-withdrawal",
    ),
    ("rate set:max_per_day", "cli-help-rate-set-max-per-day"),
    ("rate list", "cli-help-rate-list"),
    ("rate list:json", "cli-help-sessions-json"),
    ("rate delete", "cli-help-rate-delete"),
    ("rate delete:id", "cli-help-rate-delete-id"),
    ("rerate", "cli-help-rerate"),
    ("rerate:from", "cli-help-rerate-from"),
    ("rerate:to", "cli-help-insights-to"),
    ("rerate:apply", "cli-help-rerate-apply"),
    ("rerate:force", "cli-help-rerate-force"),
    ("rerate:json", "cli-help-sessions-json"),
    ("catalog", "cli-help-catalog"),
    ("catalog list", "cli-help-catalog-list"),
    ("catalog list:json", "cli-help-sessions-json"),
    ("catalog set", "cli-help-catalog-set"),
    ("catalog set:name", "cli-help-catalog-set-name"),
    ("catalog set:coins", "cli-help-catalog-set-coins"),
    ("catalog remove", "cli-help-catalog-remove"),
    ("catalog remove:name", "cli-help-catalog-set-name"),
    ("settings", "cli-help-settings"),
    ("settings show", "cli-help-settings-show"),
    ("settings show:json", "cli-help-sessions-json"),
    ("settings set", "cli-help-settings-set"),
    ("settings set:key", "cli-help-settings-set-key"),
    ("settings set:value", "cli-help-settings-set-value"),
    ("summary", "cli-help-summary"),
    ("summary:json", "cli-help-sessions-json"),
    ("report", "cli-help-report"),
    ("report:by", "cli-help-report-by"),
    ("report:from", "cli-help-report-from"),
    ("report:to", "cli-help-report-to"),
    ("report:json", "cli-help-sessions-json"),
    ("import", "cli-help-import"),
    ("import:file", "cli-help-import-file"),
    ("import:format", "cli-help-import-format"),
    ("import:dry_run", "cli-help-import-dry-run"),
    ("import:map", "cli-help-import-map"),
    ("import:skip_rows", "cli-help-import-skip-rows"),
    ("import:sheet", "cli-help-import-sheet"),
    ("import:skip_lines", "cli-help-import-skip-lines"),
    ("import:mapping_name", "cli-help-import-mapping-name"),
    ("import:gap_minutes", "cli-help-import-gap-minutes"),
    ("import:json", "cli-help-sessions-json"),
    ("imports", "cli-help-imports"),
    ("imports list", "cli-help-imports-list"),
    ("imports list:json", "cli-help-sessions-json"),
    ("imports undo", "cli-help-imports-undo"),
    ("imports undo:id", "cli-help-imports-undo-id"),
    ("imports undo:force", "cli-help-imports-undo-force"),
    ("export", "cli-help-export"),
    ("export:format", "cli-help-export-format"),
    ("export:out", "cli-help-export-out"),
    ("backup", "cli-help-backup"),
    ("backup:file", "cli-help-backup-file"),
    ("restore", "cli-help-restore"),
    ("restore:file", "cli-help-restore-file"),
    ("demo", "cli-help-demo"),
    ("demo load", "cli-help-demo-load"),
    ("demo load:if_empty", "cli-help-demo-load-if-empty"),
    ("demo clear", "cli-help-demo-clear"),
    ("demo clear:yes", "cli-help-demo-clear-yes"),
    ("trash", "cli-help-trash"),
    ("trash list", "cli-help-trash-list"),
    ("trash list:json", "cli-help-sessions-json"),
    ("trash restore", "cli-help-trash-restore"),
    ("trash restore:id", "cli-help-trash-restore-id"),
    ("trash restore:force", "cli-help-trash-restore-force"),
    ("capture", "cli-help-capture"),
    ("capture:ws", "cli-help-capture-ws"),
    ("capture:follow", "cli-help-capture-follow"),
    (
        "capture:allow_remote_host",
        "cli-help-capture-allow-remote-host",
    ),
    (
        "capture:silence_minutes",
        "cli-help-capture-silence-minutes",
    ),
    ("capture:dead_after", "cli-help-capture-dead-after"),
    ("capture:json", "cli-help-capture-json"),
];

/// The key of the command at `path` (names below `liveledger`).
fn command_key(path: &[&str]) -> String {
    match path.last() {
        Some(&"help") => "help".to_string(),
        _ => path
            .iter()
            .filter(|name| **name != "help")
            .copied()
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// The key of the argument `arg` of the command at `path`.
fn arg_key(path: &[&str], arg: &str) -> String {
    if EVERYWHERE.contains(&arg) {
        format!("--{arg}")
    } else {
        format!("{}:{arg}", command_key(path))
    }
}

/// The message id of `key`.
fn id(key: &str) -> Option<&'static str> {
    IDS.iter().find(|(k, _)| *k == key).map(|(_, id)| *id)
}

/// The `liveledger` command whose help speaks `tag` (as
/// [`liveledger::l10n::supported`] spells it): [`Cli::command`] itself for
/// English; else built, then each help line, heading and default said by
/// the catalog (English where a language lacks a message). The pseudo-locale
/// is said too: it shows what passes through the catalog.
pub(super) fn command(tag: &str) -> Command {
    let mut command = Cli::command();
    if tag == "en" {
        return command;
    }
    let words = Localizer::new(tag);
    // Built, every command holds the global arguments and clap's own
    // `--help`, `--version` and `help` subcommand, so they are said too.
    command.build();
    say(command, &mut Vec::new(), &words)
}

/// `command`, at `path`, and its subcommands in `words`' language.
fn say(mut command: Command, path: &mut Vec<String>, words: &Localizer) -> Command {
    let names: Vec<&str> = path.iter().map(String::as_str).collect();
    let said = |key: &str| id(key).map(|id| words.render(&Message::new(id)));
    if command.get_about().is_some() {
        if let Some(about) = said(&command_key(&names)) {
            command = command.about(about);
        }
    }
    let default = words.render(&Message::new("cli-help-default"));
    command = command.mut_args(|arg| {
        let Some(help) = arg
            .get_help()
            .and_then(|_| said(&arg_key(&names, arg.get_id().as_str())))
        else {
            return arg;
        };
        with_default(arg, help, &default)
    });
    command = template(command, words);
    command.mut_subcommands(|sub| {
        if sub.get_name() == "help" {
            return help_subcommand(words);
        }
        path.push(sub.get_name().to_string());
        let sub = say(sub, path, words);
        path.pop();
        sub
    })
}

/// Clap's `help` subcommand as clap makes it for a tree it has not built
/// (`help [COMMAND]...`, not a copy of the whole tree under it, so `help
/// help` prints what it prints in English), in `words`' language.
fn help_subcommand(words: &Localizer) -> Command {
    let said = |id: &'static str| words.render(&Message::new(id));
    let help = Command::new("help")
        .about(said("cli-help-help"))
        .arg(
            Arg::new("subcommand")
                .action(clap::ArgAction::Append)
                .num_args(..)
                .value_name("COMMAND")
                .help(said("cli-help-help-subcommand")),
        )
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true);
    template(help, words)
}

/// `arg` with the help line `help`, and its default value after it as clap
/// writes it (`[default: month]`, a value with a blank quoted), the word
/// `default` in the language.
fn with_default(arg: Arg, help: String, default: &str) -> Arg {
    let values: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| {
            let v = v.to_string_lossy();
            if v.is_empty() || v.contains(char::is_whitespace) {
                format!("{v:?}")
            } else {
                v.into_owned()
            }
        })
        .collect();
    let shown = arg.get_action().takes_values() && !arg.is_hide_default_value_set();
    if !shown || values.is_empty() {
        return arg.help(help);
    }
    arg.help(format!("{help} [{default} {}]", values.join(" ")))
        .hide_default_value(true)
}

/// `command` with clap's help template, its headings said in `words`'
/// language: the sections clap's `{all-args}` would write, each named.
fn template(command: Command, words: &Localizer) -> Command {
    let styles = command.get_styles();
    let (usage, header) = (*styles.get_usage(), *styles.get_header());
    let heading = |id: &'static str, style: &clap::builder::styling::Style| {
        format!("{style}{}{style:#}", words.render(&Message::new(id)))
    };
    let shown = |arg: &&Arg| !arg.is_hide_set();
    let mut sections = Vec::new();
    if command
        .get_subcommands()
        .any(|sub| !sub.is_hide_set() && sub.get_name() != "help")
    {
        sections.push(format!(
            "{}\n{{subcommands}}",
            heading("cli-help-commands", &header)
        ));
    }
    if command.get_positionals().any(|a| shown(&a)) {
        sections.push(format!(
            "{}\n{{positionals}}",
            heading("cli-help-arguments", &header)
        ));
    }
    if command
        .get_arguments()
        .any(|a| !a.is_positional() && shown(&a))
    {
        sections.push(format!(
            "{}\n{{options}}",
            heading("cli-help-options", &header)
        ));
    }
    let mut text = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}",
        heading("cli-help-usage", &usage)
    );
    if !sections.is_empty() {
        text.push_str("\n\n");
        text.push_str(&sections.join("\n\n"));
    }
    text.push_str("{after-help}");
    command.help_template(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every help line of the built English tree: (key, English).
    fn lines() -> Vec<(String, String)> {
        fn walk(command: &Command, path: &mut Vec<String>, out: &mut Vec<(String, String)>) {
            let names: Vec<&str> = path.iter().map(String::as_str).collect();
            if let Some(about) = command.get_about() {
                out.push((command_key(&names), about.to_string()));
            }
            assert!(
                command.get_long_about().is_none(),
                "{names:?}: a long about"
            );
            for arg in command.get_arguments() {
                if let Some(help) = arg.get_help() {
                    out.push((arg_key(&names, arg.get_id().as_str()), help.to_string()));
                }
                assert!(arg.get_long_help().is_none(), "{names:?}: a long help");
            }
            for sub in command.get_subcommands() {
                path.push(sub.get_name().to_string());
                walk(sub, path, out);
                path.pop();
            }
        }
        let mut command = Cli::command();
        command.build();
        let mut out = Vec::new();
        walk(&command, &mut Vec::new(), &mut out);
        out
    }

    /// Prints [`IDS`] for the tree as it is (run with `--ignored
    /// --nocapture` after adding a command or an option, then write its
    /// English into every `cli.ftl`).
    #[test]
    #[ignore]
    fn print_the_table() {
        let mut by_text: Vec<(String, String)> = Vec::new();
        let mut keys: Vec<String> = Vec::new();
        for (key, english) in lines() {
            if keys.contains(&key) {
                continue;
            }
            keys.push(key.clone());
            let id = match by_text.iter().find(|(text, _)| *text == english) {
                Some((_, id)) => id.clone(),
                None => {
                    let name = match key.as_str() {
                        "" => "about".to_string(),
                        "--help" => "print-help".to_string(),
                        "--version" => "print-version".to_string(),
                        k => k.trim_start_matches("--").replace([' ', ':', '_'], "-"),
                    };
                    let id = format!("cli-help-{name}");
                    println!("FTL {id} = {english}");
                    by_text.push((english, id.clone()));
                    id
                }
            };
            println!("    ({key:?}, {id:?}),");
        }
    }

    #[test]
    fn every_help_line_has_an_id_whose_english_is_the_doc_comment() {
        let lines = lines();
        for (key, english) in &lines {
            let id = id(key).unwrap_or_else(|| panic!("no id for {key:?} in help::IDS"));
            assert_eq!(
                liveledger::l10n::english(&Message::new(id)),
                *english,
                "{key:?}"
            );
        }
        for (key, _) in IDS {
            assert!(
                lines.iter().any(|(k, _)| k == key),
                "{key:?} in help::IDS names no help line"
            );
        }
    }

    /// The help `words` of `tag` prints for `args`.
    fn help(tag: &str, args: &[&str]) -> String {
        let args = std::iter::once("liveledger").chain(args.iter().copied());
        match command(tag).try_get_matches_from(args) {
            Ok(_) => panic!("no help"),
            Err(e) => e.render().to_string(),
        }
    }

    #[test]
    fn english_is_clap_s_own_help() {
        for args in [
            &["--help"][..],
            &["session", "add", "--help"],
            &["help", "import"],
        ] {
            let old = Cli::command()
                .try_get_matches_from(std::iter::once("liveledger").chain(args.iter().copied()));
            assert_eq!(help("en", args), old.err().unwrap().render().to_string());
        }
    }

    #[test]
    fn the_help_subcommand_reads_as_clap_s() {
        // Clap adds its argument only to a tree it has not built: its
        // English is the catalog's.
        let english = help("en", &["help", "help"]);
        let line = english.lines().last().unwrap();
        assert_eq!(
            line.trim_start().strip_prefix("[COMMAND]...  "),
            Some(liveledger::l10n::english(&Message::new("cli-help-help-subcommand")).as_str())
        );
        for tag in ["de", "ja", "ar"] {
            let said = help(tag, &["session", "help", "help"]);
            assert_eq!(said.lines().count(), english.lines().count(), "{said}");
            assert!(!said.contains("Print"), "{said}");
            assert!(said.contains("[COMMAND]..."), "{said}");
        }
    }

    #[test]
    fn every_language_says_every_line() {
        let lines = lines();
        for tag in ["es", "pt-BR", "id", "tr", "ar", "vi", "ja", "de", "fr"] {
            let text = help(tag, &["session", "add", "--help"]);
            for english in [
                "Usage:",
                "Options:",
                "Print help",
                "[default: ",
                "Most viewers at once",
            ] {
                assert!(!text.contains(english), "{tag}: {english} in {text}");
            }
            let words = Localizer::new(tag);
            for (key, english) in &lines {
                let said = words.render(&Message::new(id(key).unwrap()));
                assert!(!said.contains('{'), "{tag} {key}: {said}");
                // Only a line of flags or typed words may read as in English.
                if said == *english && english.contains(' ') && !english.contains(", ") {
                    panic!("{tag} {key}: {said}");
                }
            }
        }
    }
}
