//! `liveledger --help` in the run's language, through the real binary: the
//! root's help, `session add --help` and `help import` in German (`--lang`)
//! and Japanese (the system's locale) say every line in the language — the
//! about and help lines, the headings, "Print help", "[default: …]" — and no
//! English sentence of the English help; English is byte for byte the help
//! clap always printed (`tests/help/*.txt`, written by the code before
//! help was said in other languages); the exit codes and `--json` are the
//! same in every language.

mod common;

use std::process::Output;

use common::TestLedger;

/// Each help asked for, and the English the CLI has always printed for it.
const ENGLISH: &[(&[&str], &str)] = &[
    (&["--help"], include_str!("help/root.txt")),
    (
        &["session", "add", "--help"],
        include_str!("help/session-add.txt"),
    ),
    (&["help", "import"], include_str!("help/import.txt")),
];

/// Runs the binary with `args` and the locale variables `env` (every other
/// one removed), on no ledger.
fn run(env: &[(&str, &str)], args: &[&str]) -> Output {
    common::liveledger_in(env)
        .args(args)
        .output()
        .expect("run liveledger")
}

/// The help printed for `args`: on standard output, nothing on standard
/// error, exit code 0, as clap always printed it.
fn help(env: &[(&str, &str)], args: &[&str]) -> String {
    let out = run(env, args);
    assert_eq!(out.status.code(), Some(0), "{env:?} {args:?}: {out:?}");
    assert!(out.stderr.is_empty(), "{env:?} {args:?}: {out:?}");
    String::from_utf8(out.stdout).expect("utf-8")
}

/// The English sentences of an English help: its about line and every
/// command's and option's help line (what follows the name's column).
fn sentences(english: &str) -> Vec<String> {
    let mut found = vec![english.lines().next().unwrap().to_string()];
    for line in english.lines().filter(|l| l.starts_with("  ")) {
        let text = line.trim_start();
        if let Some(at) = text.find("  ") {
            let said = text[at..].trim();
            // The help line without clap's "[default: …]".
            let said = said.split(" [default: ").next().unwrap();
            found.push(said.to_string());
        }
    }
    // A line naming only typed words (values, keys) reads the same
    // everywhere but for its "or", and a one-word line may be a loanword.
    found.retain(|s| s.contains(' ') && !s.starts_with("auto, "));
    found
}

#[test]
fn english_is_the_help_it_always_printed() {
    for (args, old) in ENGLISH {
        assert_eq!(help(&[("LC_ALL", "C")], args), *old, "{args:?}");
        assert_eq!(help(&[], args), *old, "{args:?} without a locale");
        let mut with_lang = vec!["--lang", "en"];
        with_lang.extend_from_slice(args);
        assert_eq!(help(&[("LANG", "de_DE.UTF-8")], &with_lang), *old);
    }
}

/// Checks the help `args` print in a language: `words` in it, and none of
/// the English help's sentences or headings.
fn says(env: &[(&str, &str)], args: &[&str], words: &[&str]) {
    let plain = args.strip_prefix(&["--lang", "de"][..]).unwrap_or(args);
    let english = ENGLISH.iter().find(|(a, _)| *a == plain).unwrap().1;
    let text = help(env, args);
    for word in words {
        assert!(
            text.contains(word),
            "{env:?} {args:?}: no {word:?} in\n{text}"
        );
    }
    for heading in [
        "Usage:",
        "Commands:",
        "Arguments:",
        "Options:",
        "[default: ",
    ] {
        assert!(
            !text.contains(heading),
            "{env:?} {args:?}: {heading}\n{text}"
        );
    }
    let sentences = sentences(english);
    assert!(sentences.len() > 5, "{sentences:?}");
    for sentence in sentences {
        assert!(
            !text.contains(&sentence),
            "{env:?} {args:?}: English {sentence:?} in\n{text}"
        );
    }
    // The same lines: every option and subcommand is still there, as typed.
    assert_eq!(text.lines().count(), english.lines().count(), "{text}");
    for name in ["--db <PATH>", "--lang <TAG>", "-h, --help", "-V, --version"] {
        assert!(text.contains(name), "{name} in {text}");
    }
}

#[test]
fn german_says_the_help() {
    let de: &[(&str, &str)] = &[("LC_ALL", "C")];
    let lang = |args: &[&'static str]| [&["--lang", "de"][..], args].concat();
    says(
        de,
        &lang(&["--help"]),
        &[
            "Der Kern von LiveLedger",
            "Aufruf: liveledger [OPTIONS] <COMMAND>",
            "Befehle:\n  session      Ein LIVE hinzufügen, bearbeiten, beenden oder löschen",
            "Optionen:",
            "  -h, --help        Hilfe anzeigen",
            "  -V, --version     Version anzeigen",
        ],
    );
    says(
        de,
        &lang(&["session", "add", "--help"]),
        &[
            "Ein LIVE hinzufügen; gibt seine ID aus",
            "Aufruf: liveledger session add [OPTIONS] --start <START>",
            "Beginn (ISO 8601, 'YYYY-MM-DD HH:MM' in deiner Zeitzone, oder Epoch)",
            "--title <TITLE>                Titel [Standard: \"\"]",
        ],
    );
    says(
        de,
        &lang(&["help", "import"]),
        &[
            "Aufruf: liveledger import [OPTIONS] <FILE>",
            "Argumente:\n  <FILE>  Die Datei: CSV",
            "[Standard: auto]",
            "Melden, was hinzugefügt, übersprungen und abgelehnt würde",
        ],
    );
}

#[test]
fn japanese_says_the_help() {
    // The language from the system's locale, as a creator's terminal has it.
    let ja: &[(&str, &str)] = &[("LANG", "ja_JP.UTF-8")];
    says(
        ja,
        &["--help"],
        &[
            "LiveLedgerの台帳コア",
            "使い方: liveledger [OPTIONS] <COMMAND>",
            "コマンド:\n  session      LIVE配信を追加・編集・終了・削除します",
            "オプション:",
            "ヘルプを表示します",
        ],
    );
    says(
        ja,
        &["session", "add", "--help"],
        &[
            "LIVE配信を追加し、そのIDを表示します",
            "最大同時視聴者数",
            "タイトル [既定値: \"\"]",
        ],
    );
    says(
        ja,
        &["help", "import"],
        &["引数:\n  <FILE>  ファイル：CSV", "[既定値: auto]"],
    );
}

#[test]
fn exit_codes_version_and_json_are_the_same_in_every_language() {
    for env in [
        &[("LC_ALL", "C")][..],
        &[("LANG", "de_DE.UTF-8")],
        &[("LANG", "ja_JP.UTF-8")],
    ] {
        // --version is the program's name and version, in every language.
        assert_eq!(help(env, &["--version"]), "liveledger 0.1.0\n");
        // A usage error stays a usage error.
        let out = run(env, &["session", "add"]);
        assert_eq!(out.status.code(), Some(2), "{env:?}");
        assert!(out.stdout.is_empty());
    }
    let l = TestLedger::new();
    l.ok(&["demo", "load"]);
    for args in [&["summary", "--json"][..], &["sessions", "--json"]] {
        let english = l.ok(args);
        for tag in ["de", "ja"] {
            let said = l.ok(&[&["--lang", tag][..], args].concat());
            let (mut a, mut b): (serde_json::Value, serde_json::Value) = (
                serde_json::from_str(&english).unwrap(),
                serde_json::from_str(&said).unwrap(),
            );
            // `as_of` is the clock, not the content.
            for v in [&mut a, &mut b] {
                if let Some(o) = v.as_object_mut() {
                    o.remove("as_of");
                }
            }
            assert_eq!(a, b, "{tag} {args:?}");
        }
    }
}
