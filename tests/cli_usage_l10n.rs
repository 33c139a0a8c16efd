//! A command line clap refuses, said in the run's language through the real
//! binary: an unknown subcommand or option, a value an option does not read
//! (a number, a day, a status, an id), a missing argument or subcommand —
//! in German, Japanese and Arabic, the language taken from `--lang` or the
//! system's locale before clap has read anything; English byte for byte the
//! line it always printed; exit code 2 in every language.

mod common;

use std::process::Output;

use common::TestLedger;

/// Runs the binary with `args`, the locale variables as `env` gives them
/// (every other one removed), on no ledger: clap refuses before one opens.
fn run(env: &[(&str, &str)], args: &[&str]) -> Output {
    common::liveledger_in(env)
        .args(args)
        .output()
        .expect("run liveledger")
}

/// Standard error of a refused run, which must exit with 2 and print
/// nothing on standard output; Fluent's isolation marks (Arabic) removed.
fn refused(env: &[(&str, &str)], args: &[&str]) -> String {
    let out = run(env, args);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
    assert!(out.stdout.is_empty(), "{args:?}");
    String::from_utf8(out.stderr)
        .expect("utf-8")
        .replace(['\u{2068}', '\u{2069}'], "")
}

/// Each refusal's words, and its whole line in English as the CLI has
/// always printed it.
const ENGLISH: &[(&[&str], &str)] = &[
    (
        &["frobnicate"],
        "liveledger: error: usage: unrecognized subcommand 'frobnicate' (see --help)\n",
    ),
    (
        &["summary", "--bogus"],
        "liveledger: error: usage: unexpected argument '--bogus' found (see --help)\n",
    ),
    (
        &["session", "add", "--start", "2026-12-01 19:00", "--diamonds", "x"],
        "liveledger: error: usage: invalid value 'x' for '--diamonds <DIAMONDS>': 'x' is not a number (use digits and a '.' for decimals) (see --help)\n",
    ),
    (
        &["insights", "--from", "2026-13-01"],
        "liveledger: error: usage: invalid value '2026-13-01' for '--from <FROM>': '2026-13-01' is not a day (expected YYYY-MM-DD) (see --help)\n",
    ),
    (
        &["withdrawals", "status", "1", "nope"],
        "liveledger: error: usage: invalid value 'nope' for '<STATUS>': 'nope' is not a status (expected pending, paid, failed or cancelled) (see --help)\n",
    ),
    (
        &["report", "--by", "fortnight"],
        "liveledger: error: usage: invalid value 'fortnight' for '--by <BY>': 'fortnight' is not a period (expected day, week, month or year) (see --help)\n",
    ),
    (
        &["export", "--format", "xls"],
        "liveledger: error: usage: invalid value 'xls' for '--format <FORMAT>': 'xls' is not an export format (expected csv, json, hledger or beancount) (see --help)\n",
    ),
    (
        &["session", "end", "x"],
        "liveledger: error: usage: invalid value 'x' for '<ID>': invalid digit found in string (see --help)\n",
    ),
    (
        &["summary", "--json", "--json"],
        "liveledger: error: usage: the argument '--json' cannot be used multiple times (see --help)\n",
    ),
    (
        &["--db"],
        "liveledger: error: usage: a value is required for '--db <PATH>' but none was supplied (see --help)\n",
    ),
    (
        &["import"],
        "liveledger: error: usage: the following required arguments were not provided: (see --help)\n",
    ),
    (
        &["session"],
        "liveledger: error: usage: Add, edit, end or delete a session (see --help)\n",
    ),
];

#[test]
fn english_is_the_line_it_always_was() {
    for (args, line) in ENGLISH {
        // No language asked for (`LC_ALL=C`), and English asked for.
        assert_eq!(refused(&[("LC_ALL", "C")], args), *line, "{args:?}");
        let mut en = vec!["--lang", "en"];
        en.extend_from_slice(args);
        assert_eq!(refused(&[("LANG", "de_DE.UTF-8")], &en), *line, "{args:?}");
    }
}

/// `args` refused with `--lang tag` before them.
fn refused_in(tag: &str, args: &[&str]) -> String {
    let mut all = vec!["--lang", tag];
    all.extend_from_slice(args);
    refused(&[("LC_ALL", "C")], &all)
}

#[test]
fn german_says_each_refusal() {
    let want: &[(&[&str], &str)] = &[
        (&["frobnicate"], "Aufruf: unbekannter Unterbefehl 'frobnicate' (siehe --help)"),
        (&["summary", "--bogus"], "Aufruf: unerwartetes Argument '--bogus' (siehe --help)"),
        (
            &["session", "add", "--diamonds", "x"],
            "Aufruf: ungültiger Wert 'x' für '--diamonds <DIAMONDS>': 'x' ist keine Zahl (verwende Ziffern und einen '.' für Dezimalstellen) (siehe --help)",
        ),
        (
            &["insights", "--from", "2026-13-01"],
            "Aufruf: ungültiger Wert '2026-13-01' für '--from <FROM>': '2026-13-01' ist kein Tag (erwartet: JJJJ-MM-TT) (siehe --help)",
        ),
        (
            &["withdrawals", "status", "1", "nope"],
            "Aufruf: ungültiger Wert 'nope' für '<STATUS>': 'nope' ist kein Status (erwartet wird pending, paid, failed oder cancelled) (siehe --help)",
        ),
        (
            &["report", "--by", "fortnight"],
            "Aufruf: ungültiger Wert 'fortnight' für '--by <BY>': 'fortnight' ist kein Zeitraum (erwartet: day, week, month oder year) (siehe --help)",
        ),
        (
            &["session", "end", "x"],
            "Aufruf: ungültiger Wert 'x' für '<ID>': das ist keine ganze Zahl (siehe --help)",
        ),
        (
            &["summary", "--json", "--json"],
            "Aufruf: das Argument '--json' darf nur einmal angegeben werden (siehe --help)",
        ),
        (
            &["import"],
            "Aufruf: diese erforderlichen Argumente fehlen: <FILE> (siehe --help)",
        ),
        (
            &["session"],
            "Aufruf: 'liveledger session' braucht einen Unterbefehl, aber es wurde keiner angegeben (einer von: add, edit, end, delete) (siehe --help)",
        ),
    ];
    for (args, line) in want {
        let got = refused_in("de", args);
        assert_eq!(got, format!("liveledger: error: {line}\n"), "{args:?}");
    }
    // The system's locale asks for German as `--lang` does, and `--lang=de`
    // is read too.
    let line = "liveledger: error: Aufruf: unbekannter Unterbefehl 'frobnicate' (siehe --help)\n";
    assert_eq!(refused(&[("LANG", "de_DE.UTF-8")], &["frobnicate"]), line);
    assert_eq!(
        refused(&[("LC_ALL", "C")], &["--lang=de", "frobnicate"]),
        line
    );
    // A `--lang` LiveLedger does not speak leaves the system's language.
    assert_eq!(
        refused(&[("LANG", "de_DE.UTF-8")], &["--lang", "xx", "frobnicate"]),
        line
    );
}

#[test]
fn japanese_says_each_refusal() {
    let see = "（--help を参照してください）";
    let want: &[(&[&str], String)] = &[
        (&["frobnicate"], format!("不明なサブコマンド 'frobnicate' です{see}")),
        (
            &["session", "add", "--diamonds", "x"],
            format!("'--diamonds <DIAMONDS>' の値 'x' は無効です: 'x' は数値ではありません（数字と、小数には '.' を使ってください）{see}"),
        ),
        (
            &["withdraw", "--diamonds", "5", "--status", "nope"],
            format!("'--status <STATUS>' の値 'nope' は無効です: 'nope' はステータスではありません（pending、paid、failed、cancelled のいずれか）{see}"),
        ),
        (
            &["export", "--format", "xls"],
            format!("'--format <FORMAT>' の値 'xls' は無効です: 'xls' はエクスポート形式ではありません（csv、json、hledger、beancount のいずれか）{see}"),
        ),
        (
            &["gift", "add", "--session", "1", "--gift", "Rose", "--count", "99999999999999999999"],
            format!("'--count <COUNT>' の値 '99999999999999999999' は無効です: 数値が大きすぎます{see}"),
        ),
        (
            &["--db"],
            format!("'--db <PATH>' には値が必要ですが、指定されていません{see}"),
        ),
    ];
    for (args, line) in want {
        let got = refused_in("ja", args);
        assert_eq!(
            got,
            format!("liveledger: error: 使い方: {line}\n"),
            "{args:?}"
        );
    }
}

#[test]
fn arabic_says_each_refusal() {
    let see = "(راجع --help)";
    let want: &[(&[&str], String)] = &[
        (&["frobnicate"], format!("أمر فرعي غير معروف 'frobnicate' {see}")),
        (
            &["summary", "--bogus"],
            format!("وسيط غير متوقع '--bogus' {see}"),
        ),
        (
            &["session", "add", "--diamonds", "x"],
            format!("قيمة غير صالحة 'x' لـ '--diamonds <DIAMONDS>': 'x' ليس رقمًا (استخدم الأرقام و'.' للكسور العشرية) {see}"),
        ),
        (
            &["withdrawals", "status", "1", "nope"],
            format!("قيمة غير صالحة 'nope' لـ '<STATUS>': 'nope' ليست حالة (المتوقع pending أو paid أو failed أو cancelled) {see}"),
        ),
        (
            &["import"],
            format!("لم تُعطَ الوسائط المطلوبة التالية: <FILE> {see}"),
        ),
        (
            &["session"],
            format!("يحتاج 'liveledger session' إلى أمر فرعي، لكن لم يُعطَ أي أمر (أحد هذه: add, edit, end, delete) {see}"),
        ),
    ];
    for (args, line) in want {
        let got = refused_in("ar", args);
        assert_eq!(
            got,
            format!("liveledger: error: الاستخدام: {line}\n"),
            "{args:?}"
        );
    }
}

#[test]
fn help_is_said_and_json_is_the_same_in_every_language() {
    // --help speaks the language (tests/cli_help_l10n.rs holds the rest).
    let out = run(&[], &["--lang", "de", "session", "--help"]);
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        help.starts_with("Ein LIVE hinzufügen, bearbeiten, beenden oder löschen"),
        "{help}"
    );
    // A command line that parses is untouched: --json is the same (the
    // summary's, with its clock, is held by tests/cli_l10n.rs).
    let l = TestLedger::new();
    let json = |tag: &str| {
        let db = l.db.to_str().expect("utf-8 path");
        let out = run(
            &[("LC_ALL", "C")],
            &["--db", db, "--lang", tag, "rate", "list", "--json"],
        );
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).expect("utf-8")
    };
    assert!(json("en").contains("money_per_diamond"), "{}", json("en"));
    assert_eq!(json("de"), json("en"));
    assert_eq!(json("ar"), json("en"));
}
