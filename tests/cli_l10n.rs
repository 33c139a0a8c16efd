//! The command line in the creator's language, through the real binary on a
//! real ledger: the summary and its blockers worded and figured in German
//! (and others), `--json` the same in every language, the language chosen by
//! `--lang`, else the system's locale, else the ledger's setting, and an
//! error with a message worded in Spanish.

mod common;

use std::process::Output;

use common::TestLedger;

/// No-break space, between a figure and a currency written after it.
const NBSP: &str = "\u{A0}";

/// A ledger at a EUR rate (0.005 € a diamond, a 10,000 € minimum) holding
/// one live of 246,912 diamonds: 246,912 × 0.005 = 1,234.56 €; progress
/// 1,234.56 / 10,000 = 0.1235 (four places) = 12.4 %; 2,000,000 − 246,912 =
/// 1,753,088 diamonds to go; neither age nor payout method confirmed.
fn euro_ledger() -> TestLedger {
    let l = TestLedger::new();
    l.ok(&[
        "rate",
        "set",
        "--from",
        "2026-01-01",
        "--diamonds-per-coin",
        "1",
        "--money-per-diamond",
        "0.005",
        "--currency",
        "EUR",
        "--min-withdrawal",
        "10000",
    ]);
    l.ok(&[
        "session",
        "add",
        "--start",
        "2026-12-01 19:00",
        "--diamonds",
        "246912",
    ]);
    l
}

/// Runs the binary on `l` with `args`, the locale variables as `env` gives
/// them (every other one removed).
fn run_with(l: &TestLedger, env: &[(&str, &str)], args: &[&str]) -> Output {
    common::liveledger_in(env)
        .arg("--db")
        .arg(&l.db)
        .args(args)
        .output()
        .expect("run liveledger")
}

/// Stdout of a run that must succeed.
fn stdout(out: Output) -> String {
    assert!(
        out.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn the_summary_in_german_writes_euros_the_german_way_and_says_the_blockers() {
    let l = euro_ledger();
    let text = stdout(run_with(&l, &[], &["--lang", "de", "summary"]));
    for want in [
        format!("246.912 Diamanten = 1.234,56{NBSP}€"),
        format!("10.000,00{NBSP}€ = 2.000.000 Diamanten; Fortschritt 12,4 %"),
        format!(
            "Unter der Mindestauszahlung: 1.234,56{NBSP}€ von 10.000,00{NBSP}€ — noch 1.753.088 Diamanten."
        ),
        "Alter nicht bestätigt".to_string(),
        "Keine Auszahlungsmethode verknüpft".to_string(),
        "Bereit".to_string(),
        "noch nicht".to_string(),
        format!("seit 01.01.2026: 0,005{NBSP}€ pro Diamant"),
    ] {
        assert!(text.contains(&want), "missing {want:?} in:\n{text}");
    }
    for english in [
        "Balance",
        "diamonds",
        "Below the minimum",
        "not yet",
        "€1,234.56",
    ] {
        assert!(!text.contains(english), "{english:?} in:\n{text}");
    }
}

#[test]
fn the_summary_in_french_arabic_and_japanese() {
    let l = euro_ledger();
    let fr = stdout(run_with(&l, &[], &["--lang", "fr", "summary"]));
    assert!(
        fr.contains(&format!("246\u{202F}912 diamants = 1\u{202F}234,56{NBSP}€")),
        "{fr}"
    );
    let ja = stdout(run_with(&l, &[], &["--lang", "ja", "summary"]));
    assert!(ja.contains("246,912 ダイヤモンド = €1,234.56"), "{ja}");
    assert!(ja.contains("最低出金額に達していません"), "{ja}");
    let ar = stdout(run_with(&l, &[], &["--lang", "ar", "summary"]));
    // Western digits, the euro after the figure, right-to-left marks.
    assert!(ar.contains(&format!("\u{200F}1,234.56{NBSP}€")), "{ar}");
    assert!(ar.contains("أقل من الحد الأدنى للسحب"), "{ar}");
}

#[test]
fn json_is_the_same_in_every_language() {
    let l = euro_ledger();
    let json = |env: &[(&str, &str)], lang: Option<&str>| {
        let mut args = Vec::new();
        if let Some(tag) = lang {
            args.extend(["--lang", tag]);
        }
        args.extend(["summary", "--json"]);
        let mut v: serde_json::Value =
            serde_json::from_str(&stdout(run_with(&l, env, &args))).expect("json");
        // The clock, not the content.
        v.as_object_mut().unwrap().remove("as_of");
        serde_json::to_string_pretty(&v).unwrap()
    };
    let english = json(&[], Some("en"));
    for tag in ["de", "ar", "ja", "es", "en-XA"] {
        assert_eq!(json(&[], Some(tag)), english, "--lang {tag}");
    }
    assert_eq!(json(&[("LANG", "de_DE.UTF-8")], None), english, "LANG=de");
    let v: serde_json::Value = serde_json::from_str(&english).unwrap();
    // Ids and arguments beside the English text.
    assert_eq!(
        v["blocker_messages"][0]["id"], "core-blocker-below-minimum",
        "{v}"
    );
    assert_eq!(
        v["blocker_messages"][0]["args"]["balance"],
        serde_json::json!({"type": "money", "value": "1234.56", "currency": "EUR"})
    );
    assert_eq!(
        v["blocker_messages"][0]["args"]["count"],
        serde_json::json!({"type": "count", "value": 1753088})
    );
    assert_eq!(
        v["blockers"][0],
        "Below the minimum withdrawal: €1,234.56 of €10,000.00 — 1,753,088 diamonds to go. Keep going live."
    );
    assert_eq!(
        v["blocker_messages"].as_array().unwrap().len(),
        v["blockers"].as_array().unwrap().len()
    );
}

#[test]
fn the_language_is_the_flag_else_the_system_else_the_ledger_else_english() {
    let l = euro_ledger();
    let summary = |env: &[(&str, &str)], args: &[&str]| {
        let mut a = args.to_vec();
        a.push("summary");
        stdout(run_with(&l, env, &a))
    };
    let german = "Guthaben";
    let french = "Solde";
    let english = "Balance";
    let japanese = "残高";
    let de = [("LANG", "de_DE.UTF-8")];
    assert!(summary(&de, &[]).starts_with(german));
    assert!(summary(&de, &["--lang", "fr"]).starts_with(french));
    // LC_ALL before LC_MESSAGES before LANG.
    let all = [("LANG", "de_DE.UTF-8"), ("LC_MESSAGES", "fr_FR.UTF-8")];
    assert!(summary(&all, &[]).starts_with(french));
    let all = [("LC_ALL", "ja_JP.UTF-8"), ("LC_MESSAGES", "fr_FR.UTF-8")];
    assert!(summary(&all, &[]).starts_with(japanese));
    assert!(summary(&[("LANG", "C")], &[]).starts_with(english));
    assert!(summary(&[("LANG", "C.UTF-8")], &[]).starts_with(english));
    assert!(summary(&[], &[]).starts_with(english));
    // The ledger's setting speaks when the system names no language.
    l.ok(&["settings", "set", "language", "ja"]);
    assert!(summary(&[("LC_ALL", "C")], &[]).starts_with(japanese));
    assert!(summary(&[("LANG", "POSIX")], &[]).starts_with(japanese));
    assert!(summary(&[("LANG", "zh_CN.UTF-8")], &[]).starts_with(japanese));
    assert!(summary(&de, &[]).starts_with(german));
    assert!(summary(&[("LC_ALL", "C")], &["--lang", "en"]).starts_with(english));
    // An unknown --lang is refused by name.
    let out = run_with(&l, &[], &["--lang", "xx", "summary"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("'xx' is not a language"));
}

#[test]
fn a_withdrawal_that_needs_confirming_says_why_in_german() {
    let l = euro_ledger();
    // 100 diamonds × 0.005 = 0.50 €, dated years ahead: two problems.
    let out = run_with(
        &l,
        &[("LANG", "de_AT.UTF-8")],
        &["withdraw", "--diamonds", "100", "--at", "2030-01-01 10:00"],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err,
        format!(
            "liveledger: error: sie ist auf 2030-01-01 10:00 datiert, in der Zukunft; \
             0,50{NBSP}€ liegt unter der am 01.01.2030 geltenden Mindestauszahlung von 10.000,00{NBSP}€: \
             TikTok zahlt nicht weniger aus, trage sie also nur ein, wenn TikTok sie wirklich gezahlt hat \
             — es wurde nichts geschrieben; bestätige, um es trotzdem einzutragen (CLI: --force)\n"
        )
    );
    // A correction that would take the balance below zero.
    let out = run_with(
        &l,
        &[],
        &[
            "--lang",
            "de",
            "adjust",
            "--diamonds",
            "-300000",
            "--reason",
            "x",
        ],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("eine Korrektur um -300.000 Diamanten würde das Guthaben auf -53.088 Diamanten bringen (verdient 246.912, ausgezahlt 0, korrigiert -300.000)"),
        "{err}"
    );
}

#[test]
fn an_error_with_a_message_is_worded_in_spanish() {
    let l = euro_ledger();
    let out = run_with(&l, &[], &["--lang", "es", "imports", "undo", "99"]);
    assert!(!out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "liveledger: error: la importación 99 no existe\n"
    );
    let out = run_with(
        &l,
        &[("LANG", "es_MX.UTF-8")],
        &["session", "delete", "999"],
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "liveledger: error: el directo 999 no existe\n"
    );
    // English keeps the words scripts and tests quote.
    let out = run_with(&l, &[("LANG", "C")], &["imports", "undo", "99"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "liveledger: error: import 99 does not exist\n"
    );
    // A ledger that cannot be opened: the system's language still speaks.
    let newer = l.dir.path().join("newer.db");
    {
        let conn = rusqlite::Connection::open(&newer).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let out = common::liveledger()
        .env_remove("LC_ALL")
        .env("LANG", "es_ES.UTF-8")
        .arg("--db")
        .arg(&newer)
        .arg("summary")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("lo escribió un LiveLedger más reciente"),
        "{err}"
    );
}

/// Stderr of a run that must be refused as invalid input (exit code 2).
fn refused(out: Output) -> String {
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    String::from_utf8(out.stderr).expect("utf-8")
}

#[test]
fn a_bad_time_zone_and_a_bad_withdrawal_are_refused_in_german_and_arabic() {
    let l = euro_ledger();
    let listed = |args: &[&str]| {
        let mut a = args.to_vec();
        a.extend(["withdrawals", "list", "--json"]);
        stdout(run_with(&l, &[], &a))
    };
    let settings = |args: &[&str]| {
        let mut a = args.to_vec();
        a.extend(["settings", "show", "--json"]);
        stdout(run_with(&l, &[], &a))
    };
    let (withdrawals_before, settings_before) = (listed(&[]), settings(&[]));
    let tz = ["settings", "set", "timezone", "Mars/Olympus"];
    let fraction = ["withdraw", "--diamonds", "10.5"];
    // 5,000,000 diamonds asked of a balance of 246,912.
    let too_many = ["withdraw", "--diamonds", "5000000"];
    let run = |env: &[(&str, &str)], lang: &str, args: &[&str]| {
        let mut a = vec!["--lang", lang];
        a.extend(args);
        refused(run_with(&l, env, &a))
    };

    assert_eq!(
        run(&[], "de", &tz),
        "liveledger: error: timezone: 'Mars/Olympus' ist keine Zeitzone \
         (z. B. Europe/Berlin, America/New_York, UTC)\n"
    );
    assert_eq!(
        run(&[], "de", &fraction),
        "liveledger: error: diamonds: 10.5 hat Nachkommastellen; TikTok zahlt nur ganze Diamanten aus\n"
    );
    assert_eq!(
        run(&[("LANG", "de_DE.UTF-8")], "de", &too_many),
        "liveledger: error: diamonds: 5.000.000 Diamanten sind mehr als das Guthaben von \
         246.912 Diamanten. Zeigt deine TikTok-Wallet mehr, trage dieses Guthaben zuerst unter \
         Abgleichen ein (CLI: liveledger reconcile --balance N)\n"
    );

    // Arabic: its words, Western digits grouped, the field's name as typed.
    let ar = run(&[], "ar", &tz);
    assert!(ar.starts_with("liveledger: error: timezone: "), "{ar}");
    assert!(ar.contains("Mars/Olympus"), "{ar}");
    assert!(ar.contains("ليست منطقة زمنية"), "{ar}");
    let ar = run(&[], "ar", &fraction);
    assert!(ar.contains("يسحب TikTok ألماسات كاملة"), "{ar}");
    let ar = run(&[], "ar", &too_many);
    assert!(ar.contains("أكثر من الرصيد البالغ"), "{ar}");
    assert!(ar.contains("246,912"), "{ar}");
    for english in [
        "is not a time zone",
        "is more than the balance",
        "diamonds is",
    ] {
        assert!(!ar.contains(english), "{english:?} in {ar}");
    }

    // English keeps the words scripts quote, figures ungrouped.
    assert_eq!(
        run(&[], "en", &too_many),
        "liveledger: error: diamonds: 5000000 diamonds is more than the balance of 246912 \
         diamonds. If your TikTok wallet shows more, enter that balance under Reconcile first \
         (CLI: liveledger reconcile --balance N)\n"
    );
    assert_eq!(
        run(&[], "en", &tz),
        "liveledger: error: timezone: 'Mars/Olympus' is not a time zone \
         (e.g. Europe/Berlin, America/New_York, UTC)\n"
    );

    // Nothing was written, and --json says the same in every language.
    for lang in ["en", "de", "ar"] {
        assert_eq!(listed(&["--lang", lang]), withdrawals_before, "{lang}");
        assert_eq!(settings(&["--lang", lang]), settings_before, "{lang}");
    }
    assert!(withdrawals_before.contains("[]"), "{withdrawals_before}");
}

/// A file whose price note and whose undo line the report says: a gift table
/// with both coins and diamonds (2 rows: 2 × 299 + 4 × 50 = 798 coins).
const PRICED: &str = "gift-table-coins-and-diamonds.csv";

#[test]
fn an_import_report_prints_in_german() {
    let l = TestLedger::new();
    let file = common::sample(PRICED);
    let file = file.to_str().unwrap();
    let preview = stdout(run_with(
        &l,
        &[],
        &["--lang", "de", "import", "--dry-run", file],
    ));
    for want in [
        "Vorschau – nichts geschrieben. gift-table-coins-and-diamonds.csv (gift-table): 2 Zeilen gelesen, 2 würden hinzugefügt",
        "fügt 798 Münzen, 798 Diamanten hinzu",
        "gelesen als UTF-8, getrennt durch Kommas, Kopfzeile in Zeile 1",
        "  coins         ← Spalte 4 (Monedas): 299 | 50",
        "der Preis jedes Geschenks wird aus Spalte 4 (Monedas) gelesen, seinen Münzen",
    ] {
        assert!(preview.contains(want), "{want:?} in:\n{preview}");
    }
    for english in [
        "dry run",
        "rows read",
        "read as",
        "column 4",
        "price is read",
    ] {
        assert!(!preview.contains(english), "{english:?} in:\n{preview}");
    }
    // The system's locale chooses German too; the import itself and its undo.
    let done = stdout(run_with(&l, &[("LANG", "de_DE.UTF-8")], &["import", file]));
    assert!(
        done.starts_with(
            "gift-table-coins-and-diamonds.csv (gift-table): 2 Zeilen gelesen, 2 hinzugefügt"
        ),
        "{done}"
    );
    assert!(
        done.contains("rückgängig machen mit `liveledger imports undo "),
        "{done}"
    );
    // The same file again: nothing new, said in German.
    let again = stdout(run_with(
        &l,
        &[],
        &["--lang", "de", "import", "--dry-run", file],
    ));
    assert!(
        again.contains("0 würden hinzugefügt, 2 übersprungen, weil schon importiert"),
        "{again}"
    );
}

/// An import report's figures, money and dates are written the way the
/// language writes them; English keeps its figures as scripts quote them.
#[test]
fn an_import_report_writes_its_figures_money_and_dates_in_the_language() {
    let l = TestLedger::new();
    let file = common::sample("gift-events.csv");
    let file = file.to_str().unwrap();
    let preview = |lang: &str| {
        stdout(run_with(
            &l,
            &[],
            &["--lang", lang, "import", "--dry-run", file],
        ))
    };
    holds(
        &preview("de"),
        &[
            "fügt 31.521 Münzen, 31.521 Diamanten hinzu, im Wert von 157,61\u{a0}$\n",
            "; Daten Epoch-Millisekunden\n",
        ],
        &["157.61", "31521", "epoch milliseconds"],
    );
    holds(
        &preview("fr"),
        &["; dates millisecondes epoch\n"],
        &["157.61 USD", "epoch milliseconds"],
    );
    holds(
        &preview("en"),
        &[
            "adds 31521 coins, 31521 diamonds, worth 157.61 USD\n",
            "; dates epoch milliseconds\n",
        ],
        &[],
    );
}

#[test]
fn a_refused_file_and_its_rows_print_in_spanish() {
    let l = TestLedger::new();
    let file = common::sample("gift-table-bad-rows.csv");
    let out = run_with(&l, &[], &["--lang", "es", "import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("liveledger: error: gift-table-bad-rows.csv: 2 problemas; no se importó nada:\n  línea 3, columna 3 (coins): "),
        "{err}"
    );
    assert!(err.contains("\n  línea 5, columna 1 (date): "), "{err}");
    // English stays what scripts quote.
    let out = run_with(&l, &[], &["--lang", "en", "import", file.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&out.stderr)
        .starts_with("liveledger: error: gift-table-bad-rows.csv: 2 problems, nothing was imported:\n  line 3, column 3 (coins): "));
    // A header no format reads, in Spanish.
    let odd = l.dir.path().join("odd.csv");
    std::fs::write(&odd, "alpha,beta\nx,y\n").unwrap();
    let out = run_with(&l, &[], &["--lang", "es", "import", odd.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("liveledger: error: odd.csv: no se puede saber qué contiene este archivo por su encabezado"),
        "{err}"
    );
    assert!(err.contains("\nsus columnas:\n  "), "{err}");
}

#[test]
fn an_import_s_json_is_the_same_in_every_language() {
    let l = TestLedger::new();
    let file = common::sample("gift-table-cp1252.csv");
    let json = |env: &[(&str, &str)], lang: &[&str]| {
        let mut args = lang.to_vec();
        args.extend(["import", "--dry-run", "--json", file.to_str().unwrap()]);
        stdout(run_with(&l, env, &args))
    };
    let english = json(&[], &["--lang", "en"]);
    for tag in ["de", "es", "ar", "ja", "en-XA"] {
        assert_eq!(json(&[], &["--lang", tag]), english, "--lang {tag}");
    }
    assert_eq!(
        json(&[("LC_ALL", "fr_FR.UTF-8")], &[]),
        english,
        "LC_ALL=fr"
    );
    let v: serde_json::Value = serde_json::from_str(&english).unwrap();
    // The English warning, and beside it its id and arguments.
    assert_eq!(
        v["warnings"][0],
        "the file is not UTF-8; it was read as Windows-1252 (Latin-1): check that names with accents look right"
    );
    assert_eq!(
        v["warning_messages"][0],
        serde_json::json!({"id": "core-import-windows-1252", "args": {}})
    );
    assert_eq!(v["note_messages"], serde_json::json!([]));
}

#[test]
fn a_bad_row_s_own_words_print_in_german_and_french_and_stay_in_english() {
    let l = TestLedger::new();
    let file = common::sample("gift-table-bad-rows.csv");
    let path = file.to_str().unwrap();
    let import = |lang: &str| refused(run_with(&l, &[], &["--lang", lang, "import", path]));
    // Line 3's coins are "abc", line 5's month is 13.
    assert_eq!(
        import("de"),
        "liveledger: error: gift-table-bad-rows.csv: 2 Probleme, nichts wurde importiert:\n  \
         Zeile 3, Spalte 3 (coins): erwartet wird eine ganze Zahl an Münzen, gefunden: 'abc'\n  \
         Zeile 5, Spalte 1 (date): erwartet wird ein Datum mit Uhrzeit wie 2026-03-01 20:00, 01/03/2026 20:00, 01.03.2026 oder 1772395200000, gefunden: '2026-13-05 20:03'\n"
    );
    let fr = import("fr");
    assert!(
        fr.contains(
            "\n  ligne 3, colonne 3 (coins) : attendu : un nombre entier de pièces, trouvé 'abc'\n"
        ),
        "{fr}"
    );
    // English is what scripts have always quoted.
    assert_eq!(
        import("en"),
        "liveledger: error: gift-table-bad-rows.csv: 2 problems, nothing was imported:\n  \
         line 3, column 3 (coins): expected a whole number of coins, found 'abc'\n  \
         line 5, column 1 (date): expected a date/time such as 2026-03-01 20:00, 01/03/2026 20:00, 01.03.2026 or 1772395200000, found '2026-13-05 20:03'\n"
    );

    // A day file of TikTok LIVE Center: a figure that is no number, a day
    // with a time, and a day given twice with two different figures.
    let days = l.dir.path().join("days.csv");
    std::fs::write(
        &days,
        "Date,Diamonds,Likes\n2026-11-12,5,x\n2026-11-13 10:00,5,1\n2026-11-16,5,1\n2026-11-16,6,1\n",
    )
    .unwrap();
    let days = days.to_str().unwrap();
    let import = |lang: &str| {
        refused(run_with(
            &l,
            &[],
            &["--lang", lang, "import", "--format", "tiktok-days", days],
        ))
    };
    let de = import("de");
    assert!(
        de.contains(
            "\n  Zeile 2, Spalte 3 (Likes): erwartet wird eine Zahl (likes), gefunden: 'x'\n"
        ),
        "{de}"
    );
    assert!(
        de.contains("\n  Zeile 5: 2026-11-16 ist zweimal mit unterschiedlichen diamonds angegeben (5 in Zeile 4, 6 hier)"),
        "{de}"
    );
    let ja = import("ja");
    assert!(
        ja.contains("2 行目、3 列目（Likes）：数値（likes）が必要ですが、'x'でした"),
        "{ja}"
    );
    assert_eq!(
        import("en"),
        "liveledger: error: days.csv: 3 problems, nothing was imported:\n  \
         line 2, column 3 (Likes): expected a number (likes), found 'x'\n  \
         line 3, column 1 (Date): expected a day such as 2026-11-12, found '2026-11-13 10:00' with a time of day: TikTok LIVE Center files give one row a day\n  \
         line 5: 2026-11-16 is given twice with different diamonds (5 on line 4, 6 here)\n"
    );
}

#[test]
fn a_refused_file_and_the_columns_under_its_refusal_print_in_german_and_spanish() {
    let l = TestLedger::new();
    let empty = l.dir.path().join("empty.csv");
    std::fs::write(&empty, "  \n\n").unwrap();
    let import = |lang: &str, args: &[&str]| {
        let mut all = vec!["--lang", lang, "import"];
        all.extend(args);
        refused(run_with(&l, &[], &all))
    };
    let empty = empty.to_str().unwrap();
    assert_eq!(
        import("de", &[empty]),
        "liveledger: error: empty.csv: die Datei ist leer\n"
    );
    assert_eq!(
        import("es", &[empty]),
        "liveledger: error: empty.csv: el archivo está vacío\n"
    );
    assert_eq!(
        import("en", &[empty]),
        "liveledger: error: empty.csv: the file is empty\n"
    );

    // A table that lacks a column its format needs, and one no format reads.
    let need = l.dir.path().join("need.csv");
    std::fs::write(&need, "When,What\n1,2\n").unwrap();
    let need = need.to_str().unwrap();
    assert_eq!(
        import("de", &["--format", "gift-table", need]),
        "liveledger: error: need.csv: eine Geschenktabelle braucht eine Spalte für gift (ihre Spalten: bekannte Namen: When); wähle, welche Spalte was enthält (CLI: --map)\n"
    );
    assert_eq!(
        import("en", &["--format", "gift-table", need]),
        "liveledger: error: need.csv: a gift table needs a column for gift (its columns: names it knows: When); choose which column holds each (CLI: --map)\n"
    );
    let odd = l.dir.path().join("odd.csv");
    std::fs::write(&odd, "Zeit,Ding\n2026-11-25 20:00,\n").unwrap();
    let odd = odd.to_str().unwrap();
    let es = import("es", &[odd]);
    assert!(
        es.ends_with(
            "\nsus columnas:\n  columna 1 'Zeit': 2026-11-25 20:00\n  columna 2 'Ding': (vacía)\n"
        ),
        "{es}"
    );
    assert!(es.contains("(nombres que conoce: Zeit, línea 1)"), "{es}");
    let en = import("en", &[odd]);
    assert!(
        en.ends_with(
            "\nits columns:\n  column 1 'Zeit': 2026-11-25 20:00\n  column 2 'Ding': (empty)\n"
        ),
        "{en}"
    );
    assert!(en.contains("(names it knows: Zeit, line 1)"), "{en}");

    // JSON Lines with no gift event among them.
    let chat = l.dir.path().join("chat.jsonl");
    std::fs::write(
        &chat,
        "{\"event\":\"chat\",\"data\":{\"comment\":\"hi\"}}\n{\"event\":\"like\",\"data\":{\"likeCount\":3}}\n",
    )
    .unwrap();
    let chat = chat.to_str().unwrap();
    assert_eq!(
        import("de", &[chat]),
        "liveledger: error: chat.jsonl: keine Geschenkereignisse zum Importieren unter 2 JSON-Werten (übersprungen: 1 chat, 1 like)\n"
    );
    assert_eq!(
        import("en", &[chat]),
        "liveledger: error: chat.jsonl: no gift events to import among 2 JSON values (skipped: 1 chat, 1 like)\n"
    );
}

#[test]
fn a_tiktok_download_s_and_a_json_log_s_bad_entries_print_in_portuguese_and_turkish() {
    let l = TestLedger::new();
    let tk = l.dir.path().join("tk.json");
    std::fs::write(
        &tk,
        r#"{"Tiktok Live":{"Go Live History":{"GoLiveList":[{"LiveStartTime":"2026-11-02 19:00:00","LiveEndTime":"2026-11-02 18:00:00","TotalEarning":"5"},{"LiveStartTime":"2026-11-04 19:00:00","TotalEarning":"lots"}]}}}"#,
    )
    .unwrap();
    let tk = tk.to_str().unwrap();
    let import =
        |lang: &str, file: &str| refused(run_with(&l, &[], &["--lang", lang, "import", file]));
    let pt = import("pt-BR", tk);
    assert!(
        pt.contains("GoLiveList[0].LiveEndTime): a live termina antes de começar\n"),
        "{pt}"
    );
    assert!(
        pt.contains(
            "GoLiveList[1].TotalEarning): esperava-se um número de diamantes, mas há 'lots'\n"
        ),
        "{pt}"
    );
    let en = import("en", tk);
    assert!(
        en.contains("GoLiveList[0].LiveEndTime): the LIVE ends before it starts\n"),
        "{en}"
    );
    assert!(
        en.contains("GoLiveList[1].TotalEarning): expected a number of diamonds, found 'lots'\n"),
        "{en}"
    );

    let log = l.dir.path().join("log.json");
    std::fs::write(&log, r#"[1, {"giftId":1,"diamondCount":{"x":1}}]"#).unwrap();
    let log = log.to_str().unwrap();
    let tr = import("tr", log);
    assert!(
        tr.contains("\n  satır 1, sütun 2 ([0]): bir olay (bir JSON nesnesi) bekleniyordu, bulunan: bir sayı\n"),
        "{tr}"
    );
    assert!(
        tr.contains("([1].diamondCount): bir sayı veya metin bekleniyordu, bulunan: bir nesne\n"),
        "{tr}"
    );
    let en = import("en", log);
    assert!(
        en.contains(
            "\n  line 1, column 2 ([0]): expected an event (a JSON object), found a number\n"
        ),
        "{en}"
    );
    assert!(
        en.contains("([1].diamondCount): expected a number or text, found an object\n"),
        "{en}"
    );
}

/// A ledger at the EUR rate of [`euro_ledger`] with six ended lives: five
/// Mondays 19:00–21:00 of 2,469 diamonds and 1,234 viewers each (12.345 €
/// → 12.35 € a live; 1,234.5 diamonds a live hour), and one live of 90
/// minutes on 1 Dec of 234,567 diamonds (1,172.835 → 1,172.84 €) before
/// 1,500 viewers. November 12,345 diamonds = 61.725 → 61.73 €; the total
/// 246,912 diamonds = 1,234.56 €, a rounding of 61.73 + 1,172.84 − 1,234.56
/// = 0.01 € too many in the rows (-0.01). 10,000 € = 2,000,000 diamonds, so
/// 1,753,088 to go: 1,753,088 / 1,234.5 = 1,420.1 live hours.
fn lives_ledger() -> TestLedger {
    let l = TestLedger::new();
    l.ok(&[
        "rate",
        "set",
        "--from",
        "2026-01-01",
        "--diamonds-per-coin",
        "1",
        "--money-per-diamond",
        "0.005",
        "--currency",
        "EUR",
        "--min-withdrawal",
        "10000",
    ]);
    for day in ["02", "09", "16", "23", "30"] {
        let (start, end) = (
            format!("2026-11-{day} 19:00"),
            format!("2026-11-{day} 21:00"),
        );
        l.ok(&[
            "session",
            "add",
            "--start",
            &start,
            "--end",
            &end,
            "--diamonds",
            "2469",
            "--viewers",
            "1234",
        ]);
    }
    l.ok(&[
        "session",
        "add",
        "--start",
        "2026-12-01 19:00",
        "--end",
        "2026-12-01 20:30",
        "--diamonds",
        "234567",
        "--viewers",
        "1500",
    ]);
    l
}

/// Stdout of `args` in `lang`.
fn said(l: &TestLedger, lang: &str, args: &[&str]) -> String {
    let mut a = vec!["--lang", lang];
    a.extend(args);
    stdout(run_with(l, &[], &a))
}

/// Fails naming each of `want` missing from `text` and each of `not` in it.
fn holds(text: &str, want: &[&str], not: &[&str]) {
    for w in want {
        assert!(text.contains(w), "missing {w:?} in:\n{text}");
    }
    for n in not {
        assert!(!text.contains(n), "{n:?} in:\n{text}");
    }
}

#[test]
fn sessions_statements_and_insights_speak_german() {
    let l = lives_ledger();
    let sessions = said(&l, "de", &["sessions"]);
    holds(
        &sessions,
        &[
            "ID  Beginn            Stunden  Titel  Geschenke  Diamanten        Wert  Zuschauer  Diamanten/h  pro 1.000 Zuschauer",
            &format!(" 6  2026-12-01 19:00      1,5                 0    234.567  1.172,84{NBSP}€      1.500      156.378               781,89"),
            &format!("2.469     12,35{NBSP}€      1.234      1.234,5"),
        ],
        &["diamonds", "value", "EUR", "234567"],
    );
    let statement = said(&l, "de", &["report", "--by", "month"]);
    holds(
        &statement,
        &[
            "Zeitraum  LIVEs  Stunden  Geschenke  Münzen  Diamanten",
            &format!("Summe         6     11,5          0       0    246.912  1.234,56{NBSP}€"),
            &format!("Rundung: -0,01{NBSP}€ (jede Zeile wird für sich gerundet"),
            "Werte nutzen den Kurs, mit dem jedes LIVE aufgezeichnet wurde",
        ],
        &["total", "period", "rounding", "Values use", "1234.56"],
    );
    let insights = said(&l, "de", &["insights"]);
    holds(
        &insights,
        &[
            "6 LIVEs angesehen. Mediane; eine Zahl braucht 5 LIVEs.",
            "  Mo 19:00  1.234,5 (5 LIVEs)",
            "  120–180 Min. 1.234,5 (5 LIVEs) | 2.469 (5 LIVEs)",
            "noch nicht genug LIVEs (1 von 5)",
            "Noch etwa 1.420,1 LIVE-Stunden bis zur Mindestauszahlung (noch 1.753.088 Diamanten",
            "Diese Woche: ",
            " Diamanten; dein Wochendurchschnitt: ",
        ],
        &["lives", "diamonds", "Mon ", "1420.1", "not enough"],
    );
}

#[test]
fn sessions_statements_and_insights_speak_japanese_and_arabic() {
    let l = lives_ledger();
    let sessions = said(&l, "ja", &["sessions"]);
    // Wide characters take two columns: the headings stay over their figures.
    holds(
        &sessions,
        &[
            "ID  開始              時間  タイトル  ギフト  ダイヤモンド       金額  視聴者",
            " 6  2026-12-01 19:00   1.5                 0       234,567  €1,172.84   1,500",
        ],
        &["diamonds", "EUR"],
    );
    let statement = said(&l, "ja", &["report", "--by", "month"]);
    holds(
        &statement,
        &[
            "期間     LIVE配信  時間  ギフト  コイン  ダイヤモンド",
            "合計            6  11.5       0       0       246,912  €1,234.56",
            "端数: -€0.01",
        ],
        &["total", "rounding"],
    );
    let insights = said(&l, "ja", &["insights"]);
    holds(
        &insights,
        &[
            "LIVE配信 6 件を分析しました。",
            "  月 19:00  1,234.5 (LIVE配信 5 件)",
            "残り 1,753,088 ダイヤモンド",
        ],
        &["lives", "Mon "],
    );
    let ar = said(&l, "ar", &["report", "--by", "month"]);
    holds(
        &ar,
        &["الفترة", "الإجمالي", "246,912", &format!("1,234.56{NBSP}€")],
        &["total", "period"],
    );
    let ar = said(&l, "ar", &["insights"]);
    holds(&ar, &["الاثنين 19:00", "بثوث مباشرة"], &["lives", "Mon "]);
}

#[test]
fn english_tables_and_reports_are_as_they_always_were() {
    let l = lives_ledger();
    let sessions = "\
id  start             hours  title  gifts  diamonds        value  viewers  diamonds/h  per 1k viewers
--  ----------------  -----  -----  -----  --------  -----------  -------  ----------  --------------
 1  2026-11-02 19:00      2             0      2469    12.35 EUR     1234      1234.5           10.00
 2  2026-11-09 19:00      2             0      2469    12.35 EUR     1234      1234.5           10.00
 3  2026-11-16 19:00      2             0      2469    12.35 EUR     1234      1234.5           10.00
 4  2026-11-23 19:00      2             0      2469    12.35 EUR     1234      1234.5           10.00
 5  2026-11-30 19:00      2             0      2469    12.35 EUR     1234      1234.5           10.00
 6  2026-12-01 19:00    1.5             0    234567  1172.84 EUR     1500      156378          781.89
";
    let statement = "\
period   sessions  hours  gifts  coins  diamonds        value  withdrawn  fees  net paid  adjusted  balance
-------  --------  -----  -----  -----  --------  -----------  ---------  ----  --------  --------  -------
2026-11         5     10      0      0     12345    61.73 EUR          0                         0    12345
2026-12         1    1.5      0      0    234567  1172.84 EUR          0                         0   246912
total           6   11.5      0      0    246912  1234.56 EUR          0                         0   246912
rounding: -0.01 EUR (each row is rounded on its own; the total rounds the exact sum)
Values use the rate each session was recorded with; money rounded half-up (away from zero) to 0.01.
";
    let insights = "\
6 lives looked at. Medians; a figure needs 5 lives.
Best start times (diamonds per live hour):
  Mon 19:00  1234.5 (5 lives)
By length (diamonds per live hour | per live):
  0–30 min     not enough lives yet (0 of 5) | not enough lives yet (0 of 5)
  30–60 min    not enough lives yet (0 of 5) | not enough lives yet (0 of 5)
  60–120 min   not enough lives yet (1 of 5) | not enough lives yet (1 of 5)
  120–180 min  1234.5 (5 lives) | 2469 (5 lives)
  180+ min     not enough lives yet (0 of 5) | not enough lives yet (0 of 5)
Per viewer: 2 (6 lives) diamonds; per 1,000 viewers: 2000.81 (6 lives) diamonds (per hour of the same lives: 1234.5 (6 lives)). TikTok pays per gift, not per view.
  EUR per 1,000 viewers: 10 (6 lives)
The room (counted by live capture in 0 lives): not enough lives yet (0 of 5) comments, not enough lives yet (0 of 5) likes a minute.
  By comments a minute: not enough lives on each side yet (0 of 10 on each side).
  By likes a minute: not enough lives on each side yet (0 of 10 on each side).
  By new followers an hour: not enough lives on each side yet (0 of 10 on each side).
  These show what went together, not what caused it.
About 1420.1 more hours live to reach the minimum (1753088 diamonds to go, at 1234.5 (6 lives) a live hour).
Gifters a live: 0 (6 lives); returning: not enough lives yet (0 of 5).
  top 1: not enough lives yet (6 of 5) of gift diamonds
  top 5: not enough lives yet (6 of 5) of gift diamonds
  top 10: not enough lives yet (6 of 5) of gift diamonds
";
    for env in [&[][..], &[("LANG", "C")][..]] {
        let run = |args: &[&str]| stdout(run_with(&l, env, args));
        assert_eq!(run(&["sessions"]), sessions);
        assert_eq!(run(&["--lang", "en", "report", "--by", "month"]), statement);
        // The week's line names the clock's week: all but it are fixed.
        let said = run(&["insights"]);
        let (before, week) = said.split_at(said.find("This week: ").expect("week line"));
        assert_eq!(before, insights);
        assert!(week.contains(" diamonds; your weekly average: "), "{week}");
    }
    // Confirmations and the CLI's own refusals, word for word.
    let backup = l.dir.path().join("b.db");
    let backup = backup.to_str().unwrap();
    assert_eq!(
        stdout(run_with(&l, &[], &["backup", backup])),
        format!("backed up to {backup}\n")
    );
    assert_eq!(
        stdout(run_with(
            &l,
            &[],
            &["reconcile", "--balance", "250000", "--reason", "wallet"]
        )),
        "adjustment 1: +3088 diamonds (ledger said 246912, TikTok says 250000)\n"
    );
    let out = run_with(&l, &[], &["demo", "clear"]);
    assert_eq!(
        refused(out),
        "liveledger: error: --yes: clearing removes every session, gift and withdrawal; add --yes to confirm\n"
    );
    let out = run_with(&l, &[], &["import", "--format", "nope", "x.csv"]);
    assert_eq!(
        refused(out),
        "liveledger: error: --format: 'nope' is not a format (expected auto, liveledger, gift-events, gift-table, session-summary, json-events, tiktok-data or tiktok-days)\n"
    );
    let out = run_with(
        &l,
        &[],
        &[
            "rate",
            "set",
            "--from",
            "2026-11-01",
            "--diamonds-per-coin",
            "1",
            "--money-per-diamond",
            "0.006",
            "--currency",
            "EUR",
            "--min-withdrawal",
            "10000",
        ],
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "note: 6 session(s) from 2026-11-01 on keep the rate they were recorded with; \
         `liveledger rerate --from 2026-11-01` shows what moving them would change\n"
    );
    let rerate = stdout(run_with(&l, &[], &["rerate"]));
    holds(
        &rerate,
        &[
            "session  day         title  diamonds         value                      rate",
            "      6  2026-12-01         234567 → 234567  1172.84 EUR → 1407.40 EUR  from 2026-11-01",
            "nothing changed; add --apply to re-rate these 6 session(s)\n",
        ],
        &[],
    );
}

#[test]
fn confirmations_and_the_cli_s_own_refusals_in_german() {
    let l = lives_ledger();
    let de = [("LANG", "de_DE.UTF-8")];
    let backup = l.dir.path().join("b.db");
    let backup = backup.to_str().unwrap();
    assert_eq!(
        stdout(run_with(&l, &de, &["backup", backup])),
        format!("gesichert in {backup}\n")
    );
    assert_eq!(
        stdout(run_with(
            &l,
            &de,
            &["reconcile", "--balance", "250000", "--reason", "wallet"]
        )),
        "Korrektur 1: +3.088 Diamanten (Aufzeichnungen: 246.912, TikTok: 250.000)\n"
    );
    assert_eq!(
        refused(run_with(&l, &de, &["demo", "clear"])),
        "liveledger: error: --yes: Leeren entfernt jedes LIVE, jedes Geschenk und jede Auszahlung; bestätige mit --yes\n"
    );
    let err = refused(run_with(&l, &de, &["import", "--format", "nope", "x.csv"]));
    assert!(
        err.starts_with("liveledger: error: --format: 'nope' ist kein Format (erwartet: auto, "),
        "{err}"
    );
    let rerate = stdout(run_with(&l, &de, &["rerate"]));
    assert_eq!(
        rerate,
        "jedes LIVE hat schon den Kurs, der an seinem Tag galt\n"
    );
    // Restoring speaks the system's language before any ledger is open.
    let restored = run_with(&l, &de, &["restore", backup]);
    let restored = stdout(restored);
    assert!(
        restored.contains(&format!(
            " aus {backup} wiederhergestellt: LIVEs: 6, Geschenkzeilen: 0, Auszahlungen: 0\n"
        )),
        "{restored}"
    );
    assert!(
        restored.contains("die Aufzeichnungen, wie sie waren, liegen in "),
        "{restored}"
    );
}

#[test]
fn the_cli_s_json_is_the_same_in_every_language() {
    let l = lives_ledger();
    l.ok(&[
        "withdraw",
        "--diamonds",
        "1000",
        "--at",
        "2026-12-02 10:00",
        "--force",
    ]);
    for args in [
        &["sessions", "--json"][..],
        &["report", "--by", "month", "--json"],
        &["report", "--by", "week", "--json"],
        &["withdrawals", "list", "--json"],
        &["rate", "list", "--json"],
        &["adjustments", "--json"],
        &["catalog", "list", "--json"],
        &["imports", "list", "--json"],
        &["days", "--json"],
        &["trash", "list", "--json"],
        &["rerate", "--json"],
        &["insights", "--json"],
    ] {
        let json = |lang: &str| {
            let mut a = vec!["--lang", lang];
            a.extend(args);
            let mut v: serde_json::Value =
                serde_json::from_str(&stdout(run_with(&l, &[], &a))).expect("json");
            // The clock, not the content.
            if let Some(o) = v.as_object_mut() {
                o.remove("as_of");
            }
            v
        };
        let english = json("en");
        for tag in ["de", "ja", "ar", "fr", "en-XA"] {
            assert_eq!(json(tag), english, "{args:?} in {tag}");
        }
    }
}

#[test]
fn the_store_s_own_refusals_in_german_and_japanese_english_unchanged() {
    let l = lives_ledger();
    // A rate so small that 100 diamonds are worth nothing: 100 × 0.000001.
    l.ok(&[
        "rate",
        "set",
        "--from",
        "2026-12-05",
        "--diamonds-per-coin",
        "1",
        "--money-per-diamond",
        "0.000001",
        "--currency",
        "EUR",
        "--min-withdrawal",
        "0",
    ]);
    let demo = ["demo", "load"];
    let worthless = [
        "withdraw",
        "--diamonds",
        "100",
        "--at",
        "2026-12-06 10:00",
        "--force",
    ];
    let run = |lang: &str, args: &[&str]| {
        let mut a = vec!["--lang", lang];
        a.extend(args);
        refused(run_with(&l, &[], &a))
    };
    assert_eq!(
        run("en", &demo),
        "liveledger: error: demo: the ledger already has records; demo data loads only into an empty ledger\n"
    );
    assert_eq!(
        run("en", &worthless),
        "liveledger: error: diamonds: 100 diamonds are worth 0.00 EUR at 0.000001 a diamond; nothing can be paid out\n"
    );
    assert_eq!(
        run("de", &demo),
        "liveledger: error: demo: die Aufzeichnungen enthalten schon Einträge; Demodaten werden nur in leere Aufzeichnungen geladen\n"
    );
    assert_eq!(
        run("de", &worthless),
        format!("liveledger: error: diamonds: 100 Diamanten sind bei 0,000001{NBSP}€ pro Diamant 0,00{NBSP}€ wert; es kann nichts ausgezahlt werden\n")
    );
    assert_eq!(
        run("ja", &demo),
        "liveledger: error: demo: 台帳にはすでに記録があります。デモデータは空の台帳にのみ読み込めます\n"
    );
    // Nothing was written.
    let listed = stdout(run_with(&l, &[], &["withdrawals", "list", "--json"]));
    assert!(listed.contains("[]"), "{listed}");
}

/// Follows `file` with `liveledger capture` in `lang` until it printed
/// `gifts` lines, then stops it with Ctrl-C: its standard output and error.
fn capture_in(lang: &str, file: &std::path::Path, gifts: usize) -> (String, String) {
    use std::io::{BufRead, BufReader, Read};
    let l = TestLedger::new();
    let mut child = common::liveledger()
        .args(["--lang", lang, "--db"])
        .arg(&l.db)
        .args(["capture", "--follow"])
        .arg(file)
        .env_remove("LIVELEDGER_DB")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start capture");
    // Read on a thread, so a line that never comes fails the test in time.
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut out = String::new();
    for _ in 0..gifts {
        let Ok(line) = rx.recv_timeout(std::time::Duration::from_secs(60)) else {
            let _ = child.kill();
            panic!("capture printed only:\n{out}");
        };
        out.push_str(&line);
        out.push('\n');
    }
    let sent = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill -INT");
    assert!(sent.success());
    let status = child.wait().expect("capture ends");
    assert!(status.success(), "{status}");
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    (out, err)
}

#[test]
fn capture_s_lines_speak_german_and_english_is_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    // The sample's hand-counted lives (assets/samples/README.md): 14 gift
    // events, 8 gifts stored (2 flagged) in 2 lives, printed as 7 lines: a
    // streak that never ended is printed once, at its highest count.
    let file = dir.path().join("gift-events.csv");
    std::fs::copy(common::sample("gift-events.csv"), &file).unwrap();
    let (out, err) = capture_in("de", &file, 7);
    holds(
        &out,
        &[
            "2026-03-01 20:00:02  3 × Rose (je 1 Münze)  von alice_01  LIVE 1\n",
            "2026-03-01 20:03:20  1 × Lion (je 29.999 Münzen)  von ",
            "  [Serie nie beendet: mit ihrer höchsten Anzahl gezählt]\n",
        ],
        &["coins each", "session", "from "],
    );
    holds(
        &err,
        &[
            "verbunden: ",
            "\nLive-Zählung gestoppt: Geschenk-Ereignisse: 14, gespeicherte Geschenke: 8 (markiert: 2), \
             übersprungene Wiederholungen: 0, Serienschritte: 8, andere Ereignisse: 0, unlesbar: 0\n",
        ],
        &["capture stopped: 14"],
    );
    let (out, err) = capture_in("en", &file, 7);
    holds(
        &out,
        &[
            "2026-03-01 20:00:02  3 × Rose (1 coins each)  from alice_01  session 1\n",
            "2026-03-01 20:03:20  1 × Lion (29999 coins each)  from ",
        ],
        &[],
    );
    assert!(err.starts_with("connected: following "), "{err}");
    assert!(
        err.ends_with(
            "\nstopped: capture stopped\ncapture stopped: 14 gift events, 8 gifts stored (2 flagged), \
             0 replayed events skipped, 8 streak steps, 0 other events, 0 unreadable\n"
        ),
        "{err}"
    );
}

/// A JSON Lines log with four lines capture cannot read (not JSON, a price
/// that is a word, a repeat count of 0, a negative like count) before one
/// gift of 2 × Rose.
const BAD_LOG: &str = concat!(
    "{not json\n",
    r#"{"event":"gift","data":{"giftName":"Rose","diamondCount":"lots","repeatCount":1,"repeatEnd":true,"uniqueId":"ann","createTime":"2026-03-01T20:00:00Z"}}"#,
    "\n",
    r#"{"event":"gift","data":{"giftName":"Rose","diamondCount":1,"repeatCount":0,"repeatEnd":true,"uniqueId":"ann","createTime":"2026-03-01T20:00:01Z"}}"#,
    "\n",
    r#"{"event":"like","data":{"likeCount":-1,"createTime":"2026-03-01T20:00:02Z"}}"#,
    "\n",
    r#"{"event":"gift","data":{"giftId":5655,"giftName":"Rose","diamondCount":1,"repeatCount":2,"repeatEnd":true,"giftType":1,"uniqueId":"ann","createTime":"2026-03-01T20:00:03Z"}}"#,
    "\n",
);

#[test]
fn capture_s_problems_speak_german_and_japanese_and_english_is_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("gifts.jsonl");
    std::fs::write(&file, BAD_LOG).unwrap();
    let name = file.display().to_string();
    let (out, err) = capture_in("de", &file, 1);
    assert_eq!(
        out,
        "2026-03-01 21:00:03  2 × Rose (je 1 Münze)  von ann  LIVE 1\n"
    );
    holds(
        &err,
        &[
            &format!("Warnung: {name}, Zeile 1: erwartet wird ein JSON-Objekt (key must be a string at line 1 column 2), gefunden: '{{not json'\n"),
            &format!("Warnung: {name}, Zeile 2: diamondCount: erwartet wird der Preis des Geschenks in Münzen (0 oder mehr), gefunden: '\"lots\"'\n"),
            &format!("Warnung: {name}, Zeile 3: repeatCount: erwartet wird eine Wiederholungszahl von 1 oder mehr, gefunden: '0'\n"),
            &format!("Warnung: {name}, Zeile 4: likeCount: erwartet wird eine Anzahl von 0 bis 1000000000000, gefunden: '-1'\n"),
        ],
        &["expected", ", line "],
    );
    let (_, err) = capture_in("ja", &file, 1);
    holds(
        &err,
        &[&format!(
            "警告: {name} の 3 行目：repeatCount：1以上の連続回数が必要ですが、'0'でした\n"
        )],
        &["expected"],
    );
    // English is the text it always was.
    let (_, err) = capture_in("en", &file, 1);
    holds(
        &err,
        &[
            &format!("warning: {name}, line 1: expected a JSON object (key must be a string at line 1 column 2), found '{{not json'\n"),
            &format!("warning: {name}, line 2: diamondCount: expected the gift's price in coins (0 or more), found '\"lots\"'\n"),
            &format!("warning: {name}, line 3: repeatCount: expected a repeat count of 1 or more, found '0'\n"),
            &format!("warning: {name}, line 4: likeCount: expected a count from 0 to 1000000000000, found '-1'\n"),
        ],
        &[],
    );
}

/// Capture's reasons for a source that is down, and the system's words
/// inside them, in German; English as it always was.
#[cfg(target_os = "linux")]
#[test]
fn a_source_that_is_down_is_said_in_german_with_the_system_s_reason() {
    let l = TestLedger::new();
    let dir = tempfile::tempdir().unwrap();
    let waited = |lang: &str, source: &[&str]| {
        let child = common::liveledger()
            .args(["--lang", lang, "--db"])
            .arg(&l.db)
            .arg("capture")
            .args(source)
            .env_remove("LIVELEDGER_DB")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("start capture");
        std::thread::sleep(std::time::Duration::from_millis(1500));
        let sent = std::process::Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status()
            .expect("kill -INT");
        assert!(sent.success());
        let out = child.wait_with_output().expect("capture ends");
        String::from_utf8(out.stderr).expect("utf-8")
    };
    // Port 1 on this computer: nothing listens there.
    let err = waited("de", &["--ws", "ws://127.0.0.1:1/"]);
    holds(
        &err,
        &["verbinde neu: unter ws://127.0.0.1:1/ antwortet nichts (127.0.0.1:1: Verbindung abgelehnt (Systemfehler 111)); neuer Versuch in 0,2 s\n"],
        &["refused", "nothing answers"],
    );
    let err = waited("en", &["--ws", "ws://127.0.0.1:1/"]);
    holds(
        &err,
        &["reconnecting: nothing answers at ws://127.0.0.1:1/ (127.0.0.1:1: Connection refused (os error 111)); trying again in 0.2 s\n"],
        &[],
    );
    let missing = dir.path().join("later.jsonl");
    let err = waited("de", &["--follow", missing.to_str().unwrap()]);
    holds(
        &err,
        &[&format!(
            "verbinde: warte: {} ist noch nicht da\n",
            missing.display()
        )],
        &["not there"],
    );
}

/// The system's reason for a file that is not there, in German and
/// Japanese; English as the system writes it.
#[cfg(unix)]
#[test]
fn a_file_that_is_not_there_is_said_with_the_system_s_reason_in_german() {
    let l = TestLedger::new();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("no-folder").join("b.db");
    let out = out.to_str().unwrap();
    let failed = |lang: &str| {
        let o = run_with(&l, &[], &["--lang", lang, "backup", out]);
        assert_eq!(o.status.code(), Some(1), "{o:?}");
        String::from_utf8(o.stderr).expect("utf-8")
    };
    assert_eq!(
        failed("de"),
        format!(
            "liveledger: error: {out}.partial: Datei oder Ordner nicht gefunden (Systemfehler 2)\n"
        )
    );
    assert_eq!(
        failed("ja"),
        format!("liveledger: error: {out}.partial：そのようなファイルやフォルダーはありません (システムエラー 2)\n")
    );
    assert_eq!(
        failed("en"),
        format!("liveledger: error: {out}.partial: No such file or directory (os error 2)\n")
    );
}

/// Why a file is not a ledger or a backup, in German and Japanese; a
/// backup carrying its own trigger is refused in every language, and
/// English says it as it always did.
#[test]
fn a_file_that_is_not_a_ledger_or_a_backup_is_refused_in_german_and_japanese() {
    let l = TestLedger::new();
    stdout(run_with(&l, &[], &["settings", "set", "timezone", "UTC"]));
    let dir = l.dir.path();
    let text = dir.join("hello.db");
    std::fs::write(&text, "hello\n").unwrap();
    let text = text.to_str().unwrap();
    // A real backup with a trigger of its own.
    let spy = dir.join("spy.db");
    let spy = spy.to_str().unwrap();
    stdout(run_with(&l, &[], &["backup", spy]));
    let conn = rusqlite::Connection::open(spy).unwrap();
    conn.execute_batch("CREATE TRIGGER spy AFTER INSERT ON gifts BEGIN SELECT 1; END;")
        .unwrap();
    drop(conn);
    let failed = |lang: &str, args: &[&str]| {
        let mut all = vec!["--lang", lang];
        all.extend(args);
        let o = run_with(&l, &[], &all);
        assert!(!o.status.success(), "{o:?}");
        String::from_utf8(o.stderr).expect("utf-8")
    };
    assert_eq!(
        failed("de", &["restore", spy]),
        format!("liveledger: error: {spy} ist keine LiveLedger-Datenbank: sie enthält einen Trigger 'spy', den LiveLedger in ihrer Version (13) nicht anlegt; eine Wiederherstellung bringt Datensätze, nie Schema oder Code\n")
    );
    assert_eq!(
        failed("ja", &["restore", spy]),
        format!("liveledger: error: {spy} はLiveLedgerのデータベースではありません：LiveLedger がそのバージョン（13）で作らないトリガー 'spy' が入っています。復元で持ち込むのは記録だけで、スキーマやコードは持ち込みません\n")
    );
    assert_eq!(
        failed("en", &["restore", spy]),
        format!("liveledger: error: {spy} is not a LiveLedger database: it carries a trigger 'spy' that LiveLedger does not make at its version (13); a restore brings records, never schema or code\n")
    );
    assert_eq!(
        failed("de", &["restore", text]),
        format!("liveledger: error: {text} ist keine LiveLedger-Datenbank: sie ist keine SQLite-Datenbank\n")
    );
    assert_eq!(
        failed("en", &["restore", text]),
        format!("liveledger: error: {text} is not a LiveLedger database: it is not an SQLite database\n")
    );
}

/// Booking TikTok's reported days: every problem of the request, joined,
/// in German with German days; English as scripts have always read it.
#[test]
fn booking_tiktok_s_days_says_each_problem_in_german() {
    let l = TestLedger::new();
    stdout(run_with(&l, &[], &["settings", "set", "timezone", "UTC"]));
    let days = common::sample("days-en-revenue.csv");
    stdout(run_with(&l, &[], &["import", days.to_str().unwrap()]));
    stdout(run_with(
        &l,
        &[],
        &[
            "session",
            "add",
            "--start",
            "2026-11-14 20:00",
            "--end",
            "2026-11-14 21:00",
        ],
    ));
    let book = |lang: &str| {
        refused(run_with(
            &l,
            &[],
            &[
                "--lang",
                lang,
                "days",
                "--book",
                "2026-11-12",
                "--book",
                "2026-11-12",
                "--book",
                "2026-11-15",
                "--book",
                "2026-11-14",
                "--book",
                "2026-11-20",
            ],
        ))
    };
    assert_eq!(
        book("de"),
        "liveledger: error: days: 12.11.2026 ist zweimal genannt; TikTok meldet 0 Diamanten am 15.11.2026: nichts zu buchen; das Kassenbuch hat am 14.11.2026 1 LIVE: nur ein Tag ohne LIVE kann aus TikToks Zahlen gebucht werden; TikToks Dateien nennen keine Diamanten für den 20.11.2026\n"
    );
    assert_eq!(
        book("en"),
        "liveledger: error: days: 2026-11-12 is named twice; TikTok reports 0 diamonds on 2026-11-15: nothing to book; the ledger has 1 live(s) on 2026-11-14: only a day with no live can be booked from TikTok's figures; TikTok's files give no diamonds for 2026-11-20\n"
    );
}

/// A record that cannot be put back is named in the refusal as the trash
/// names it, in the language ("Rose × 3" in Japanese); English as before.
#[test]
fn a_record_that_cannot_be_put_back_is_named_in_the_language() {
    let l = TestLedger::new();
    stdout(run_with(&l, &[], &["settings", "set", "timezone", "UTC"]));
    let add = [
        "session",
        "add",
        "--start",
        "2026-03-01 20:00",
        "--end",
        "2026-03-01 21:00",
    ];
    stdout(run_with(&l, &[], &add));
    let gift = [
        "gift",
        "add",
        "--session",
        "1",
        "--gift",
        "Rose",
        "--count",
        "3",
        "--at",
        "2026-03-01 20:10",
    ];
    stdout(run_with(&l, &[], &gift));
    stdout(run_with(&l, &[], &["gift", "delete", "1"]));
    stdout(run_with(&l, &[], &["session", "delete", "1"]));
    let restore = |lang: &str| {
        let o = run_with(&l, &[], &["--lang", lang, "trash", "restore", "1"]);
        assert_eq!(o.status.code(), Some(2), "{o:?}");
        String::from_utf8(o.stderr).expect("utf-8")
    };
    assert_eq!(
        restore("ja"),
        "liveledger: error: undo: Rose × 3 を元に戻せません: その LIVE配信はもう台帳にありません (削除されましたか?)。先に LIVE配信を元に戻してください。何も変更していません。\n"
    );
    assert_eq!(
        restore("en"),
        "liveledger: error: undo: 3 × Rose cannot be put back: its session is no longer in the ledger (deleted since?); put the session back first. Nothing was changed.\n"
    );
}

/// A live LiveLedger made itself is titled in the language in the lists
/// (the stored title stays: English and `--json` show it as written).
#[test]
fn an_imported_live_s_title_is_said_in_the_language() {
    let l = TestLedger::new();
    stdout(run_with(&l, &[], &["settings", "set", "timezone", "UTC"]));
    let file = common::sample("gift-events.csv");
    stdout(run_with(&l, &[], &["import", file.to_str().unwrap()]));
    holds(
        &said(&l, "de", &["sessions"]),
        &["  Importiertes LIVE  "],
        &["Imported live"],
    );
    holds(
        &said(&l, "ja", &["sessions"]),
        &["インポートしたLIVE配信"],
        &["Imported live"],
    );
    holds(&said(&l, "en", &["sessions"]), &["  Imported live  "], &[]);
    let json = said(&l, "de", &["sessions", "--json"]);
    assert_eq!(json, said(&l, "en", &["sessions", "--json"]));
    holds(&json, &["\"title\": \"Imported live\""], &["Importiertes"]);
}

/// A zip of `entries` (name, bytes) at `name` in `l`'s folder.
fn zip_at(l: &TestLedger, name: &str, entries: &[(&str, &[u8])]) -> String {
    use std::io::Write;
    let path = l.dir.path().join(name);
    let mut z = zip::ZipWriter::new(std::fs::File::create(&path).expect("zip file"));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (entry, bytes) in entries {
        z.start_file(*entry, opts).expect("zip entry");
        z.write_all(bytes).expect("zip write");
    }
    z.finish().expect("zip finish");
    path.to_str().expect("utf-8 path").to_string()
}

#[test]
fn a_zip_that_is_not_a_download_and_a_sheet_past_a_limit_are_refused_in_german_and_spanish() {
    let l = TestLedger::new();
    let import =
        |lang: &str, file: &str| refused(run_with(&l, &[], &["--lang", lang, "import", file]));
    // A zip of photos and notes: neither TikTok's download nor a spreadsheet.
    let photos = zip_at(
        &l,
        "photos.zip",
        &[("notes.txt", b"hello"), ("me.png", b"\x89PNG")],
    );
    assert_eq!(
        import("de", &photos),
        "liveledger: error: photos.zip: ist ein ZIP mit 2 Dateien: notes.txt, me.png: weder TikToks Datendownload noch eine Tabellenkalkulation; LiveLedger liest CSV, JSON, TikToks Datendownload (.zip) und Tabellenkalkulationen (.xlsx, .xls, .ods)\n"
    );
    assert_eq!(
        import("es", &photos),
        "liveledger: error: photos.zip: es un ZIP de 2 archivos: notes.txt, me.png: no es la descarga de datos de TikTok ni una hoja de cálculo; LiveLedger lee CSV, JSON, la descarga de datos de TikTok (.zip) y hojas de cálculo (.xlsx, .xls, .ods)\n"
    );
    assert_eq!(
        import("en", &photos),
        "liveledger: error: photos.zip: is a zip of 2 files: notes.txt, me.png: neither TikTok's data download nor a spreadsheet; LiveLedger reads CSV, JSON, TikTok's data download (.zip) and spreadsheets (.xlsx, .xls, .ods)\n"
    );
    let empty = zip_at(&l, "empty.zip", &[]);
    assert_eq!(
        import("de", &empty),
        "liveledger: error: empty.zip: ist ein leeres ZIP: weder TikToks Datendownload noch eine Tabellenkalkulation; LiveLedger liest CSV, JSON, TikToks Datendownload (.zip) und Tabellenkalkulationen (.xlsx, .xls, .ods)\n"
    );

    // A workbook whose sheet holds a text of 5 MiB with no tag in it: past
    // the 4 MiB any stretch of a workbook's XML may take.
    let long = format!(
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>{}</t></is></c></row></sheetData></worksheet>",
        "x".repeat(5 << 20)
    );
    let sheet = zip_at(
        &l,
        "long.xlsx",
        &[
            ("[Content_Types].xml", b"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("xl/workbook.xml", b"<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets><sheet name=\"S\" sheetId=\"1\"/></sheets></workbook>"),
            ("xl/worksheets/sheet1.xml", long.as_bytes()),
        ],
    );
    assert_eq!(
        import("de", &sheet),
        "liveledger: error: long.xlsx: 'xl/worksheets/sheet1.xml' enthält einen Text oder ein Tag, länger als 4 MiB: keine Tabellenkalkulation, die LiveLedger liest; nicht gelesen\n"
    );
    assert_eq!(
        import("es", &sheet),
        "liveledger: error: long.xlsx: 'xl/worksheets/sheet1.xml' contiene un texto o una etiqueta de más de 4 MiB: no es una hoja de cálculo que LiveLedger lea; no se leyó\n"
    );
    assert_eq!(
        import("en", &sheet),
        "liveledger: error: long.xlsx: 'xl/worksheets/sheet1.xml' holds a text or a tag longer than 4 MiB: not a spreadsheet LiveLedger reads; not read\n"
    );
}

#[test]
fn a_broken_tiktok_download_and_a_file_of_skipped_rows_are_refused_in_german_and_spanish() {
    let l = TestLedger::new();
    let import =
        |lang: &str, file: &str| refused(run_with(&l, &[], &["--lang", lang, "import", file]));
    // TikTok's JSON cut off in the middle of a LIVE, in its zip.
    let cut = zip_at(
        &l,
        "cut.zip",
        &[(
            "TikTok/user_data.json",
            b"{\"Tiktok Live\":{\"Go Live History\":{\"GoLiveList\":[{\"LiveStartTime\":\"2026-11-02",
        )],
    );
    let de = import("de", &cut);
    assert!(
        de.ends_with(": die Datei endet mitten in einem Wert: sie ist abgeschnitten\n"),
        "{de}"
    );
    let es = import("es", &cut);
    assert!(
        es.ends_with(": el archivo termina a mitad de un valor: está cortado\n"),
        "{es}"
    );
    let en = import("en", &cut);
    assert!(
        en.ends_with(": the file ends in the middle of a value: it is cut short\n"),
        "{en}"
    );
    // A zip of text files that is not TikTok's TXT download either.
    let txt = zip_at(&l, "texts.zip", &[("a.json", b"{}"), ("b.json", b"{}")]);
    assert_eq!(
        import("de", &txt),
        "liveledger: error: texts.zip: ist ein ZIP mit 2 Dateien: a.json, b.json: weder TikToks Datendownload noch eine Tabellenkalkulation; LiveLedger liest CSV, JSON, TikToks Datendownload (.zip) und Tabellenkalkulationen (.xlsx, .xls, .ods)\n"
    );

    // A gift table of nothing but a total row and a blank line.
    let totals = l.dir.path().join("totals.csv");
    std::fs::write(&totals, "Date,Gift,Coins,Sender\nTotal,,100,\n,,,\n").unwrap();
    let totals = totals.to_str().unwrap();
    assert_eq!(
        import("de", totals),
        "liveledger: error: totals.csv: keine Zeilen zum Importieren; übersprungen: 1 Summenzeile, 1 Leerzeile\n"
    );
    assert_eq!(
        import("es", totals),
        "liveledger: error: totals.csv: no hay filas que importar; se omitieron 1 fila de totales, 1 línea en blanco\n"
    );
    assert_eq!(
        import("en", totals),
        "liveledger: error: totals.csv: no rows to import: skipped 1 total row, 1 blank line\n"
    );
}

#[test]
fn an_import_s_warnings_are_kept_as_messages_and_its_json_is_the_same_in_every_language() {
    let l = TestLedger::new();
    let sample = common::sample("gift-table-cp1252.csv");
    l.ok(&["import", sample.to_str().unwrap()]);
    let listed = |lang: &str| {
        stdout(run_with(
            &l,
            &[],
            &["--lang", lang, "imports", "list", "--json"],
        ))
    };
    let english = listed("en");
    for lang in ["de", "es", "ar"] {
        assert_eq!(listed(lang), english, "{lang}");
    }
    let list: serde_json::Value = serde_json::from_str(&english).unwrap();
    let record = &list[0];
    assert_eq!(
        record["warning_messages"][0]["id"],
        "core-import-windows-1252"
    );
    // The English text beside it, as before.
    assert!(record["warnings"][0]
        .as_str()
        .unwrap()
        .contains("Windows-1252"));
    assert_eq!(
        record["warnings"].as_array().unwrap().len(),
        record["warning_messages"].as_array().unwrap().len()
    );
    // The history's table says the kept warning in the chosen language; in
    // English, the stored text as before.
    let table = |lang: &str| stdout(run_with(&l, &[], &["--lang", lang, "imports", "list"]));
    let stored = record["warnings"][0].as_str().unwrap();
    assert!(table("en").contains(stored), "{}", table("en"));
    let german = table("de");
    assert!(!german.contains(stored), "{german}");
    assert!(german.contains("Windows-1252"), "{german}");
}

/// An .xlsx of one sheet whose rows are `rows` (row number, cells as inline
/// text), in the order given.
fn xlsx_at(l: &TestLedger, name: &str, rows: &[(u32, Vec<String>)]) -> String {
    let mut sheet = String::from(
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>",
    );
    for (r, cells) in rows {
        sheet.push_str(&format!("<row r=\"{r}\">"));
        for (c, text) in cells.iter().enumerate() {
            let col = (b'A' + c as u8) as char;
            sheet.push_str(&format!(
                "<c r=\"{col}{r}\" t=\"inlineStr\"><is><t>{text}</t></is></c>"
            ));
        }
        sheet.push_str("</row>");
    }
    sheet.push_str("</sheetData></worksheet>");
    zip_at(
        l,
        name,
        &[
            ("[Content_Types].xml", b"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("_rels/.rels", b"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", b"<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Gifts\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", b"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
            ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
        ],
    )
}

#[test]
fn a_sheet_whose_rows_fall_out_of_order_under_its_header_is_refused_in_german_and_spanish() {
    let l = TestLedger::new();
    let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    // 100 gift rows in order (past the rows the header search reads), then
    // row 5 again.
    let mut rows = vec![(1, words(&["Date", "Gift", "Coins", "Sender"]))];
    for r in 2..=100 {
        rows.push((r, words(&["2026-11-25 20:00", "Rose", "1", "amy"])));
    }
    rows.push((5, words(&["2026-11-25 20:00", "Rose", "1", "amy"])));
    let path = xlsx_at(&l, "order.xlsx", &rows);
    let import = |lang: &str| refused(run_with(&l, &[], &["--lang", lang, "import", &path]));
    let de = import("de");
    assert!(
        de.ends_with(": Zeile 5: die Zeilen des Blatts stehen nicht in der richtigen Reihenfolge; nicht gelesen\n"),
        "{de}"
    );
    let es = import("es");
    assert!(
        es.ends_with(": fila 5: las filas de la hoja están desordenadas; no se leyó\n"),
        "{es}"
    );
    assert_eq!(
        import("en"),
        "liveledger: error: order.xlsx: 1 problem, nothing was imported:\n  line 99: row 5: the sheet's rows are out of order; not read\n"
    );
}

/// A ledger at the EUR rate with one live (session 1) of two gift rows —
/// 1500 × Rose at 1 coin (gift 1), 1 × Lion at 29,999 coins (gift 2) — and
/// withdrawal 1 of 100 diamonds.
fn trash_ledger() -> TestLedger {
    let l = euro_ledger_without_lives();
    l.ok(&[
        "session",
        "add",
        "--start",
        "2026-12-01 19:00",
        "--end",
        "2026-12-01 20:30",
    ]);
    for (gift, coins, count, at) in [
        ("Rose", "1", "1500", "2026-12-01 19:10"),
        ("Lion", "29999", "1", "2026-12-01 19:20"),
    ] {
        l.ok(&[
            "gift",
            "add",
            "--session",
            "1",
            "--gift",
            gift,
            "--coins",
            coins,
            "--count",
            count,
            "--at",
            at,
        ]);
    }
    l.ok(&[
        "withdraw",
        "--diamonds",
        "100",
        "--at",
        "2026-12-02 10:00",
        "--force",
    ]);
    l
}

fn euro_ledger_without_lives() -> TestLedger {
    let l = TestLedger::new();
    l.ok(&[
        "rate",
        "set",
        "--from",
        "2026-01-01",
        "--diamonds-per-coin",
        "1",
        "--money-per-diamond",
        "0.005",
        "--currency",
        "EUR",
        "--min-withdrawal",
        "10000",
    ]);
    l
}

/// Deletes gift 2, withdrawal 1 and session 1 (trash entries 1, 2, 3) in
/// `lang`; what each delete said, the trash as listed, then what putting
/// back the session and then the gift said.
fn delete_and_put_back(lang: &str) -> (Vec<String>, String, Vec<String>) {
    let l = trash_ledger();
    let run = |args: &[&str]| {
        let mut a = vec!["--lang", lang];
        a.extend(args);
        stdout(run_with(&l, &[], &a))
    };
    let deleted = vec![
        run(&["gift", "delete", "2", "--force"]),
        run(&["withdrawals", "delete", "1"]),
        run(&["session", "delete", "1", "--force"]),
    ];
    let listed = run(&["trash", "list"]);
    let back = vec![
        run(&["trash", "restore", "3"]),
        run(&["trash", "restore", "1"]),
    ];
    (deleted, listed, back)
}

#[test]
fn the_trash_names_what_was_deleted_in_german_and_japanese_english_unchanged() {
    let (deleted, listed, back) = delete_and_put_back("en");
    assert_eq!(
        deleted,
        [
            "deleted 1 × Lion; `liveledger trash restore 1` puts it back\n",
            "deleted withdrawal 1; `liveledger trash restore 2` puts it back\n",
            "deleted session 1 and its 1500 gifts; `liveledger trash restore 3` puts it back\n",
        ]
    );
    for want in ["1 × Lion", "withdrawal 1", "session 1 and its 1500 gifts"] {
        assert!(listed.contains(want), "{listed}");
    }
    assert_eq!(
        back,
        [
            "put back session 1 and its 1500 gifts\n",
            "put back 1 × Lion\n"
        ]
    );

    let (deleted, listed, back) = delete_and_put_back("de");
    assert_eq!(
        deleted,
        [
            "1 × Lion gelöscht; `liveledger trash restore 1` holt es zurück\n",
            "Auszahlung 1 gelöscht; `liveledger trash restore 2` holt es zurück\n",
            "LIVE 1 mit 1500 Geschenken gelöscht; `liveledger trash restore 3` holt es zurück\n",
        ]
    );
    assert!(listed.contains("Auszahlung 1"), "{listed}");
    assert!(listed.contains("LIVE 1 mit 1500 Geschenken"), "{listed}");
    assert_eq!(
        back,
        [
            "zurückgeholt: LIVE 1 mit 1500 Geschenken\n",
            "zurückgeholt: 1 × Lion\n"
        ]
    );

    let (deleted, listed, back) = delete_and_put_back("ja");
    assert_eq!(
        deleted[1],
        "出金 1 を削除しました。`liveledger trash restore 2` で元に戻せます\n"
    );
    for want in ["Lion × 1", "出金 1", "LIVE配信 1 とギフト 1500 件"] {
        assert!(listed.contains(want), "{listed}");
    }
    assert_eq!(back[0], "LIVE配信 1 とギフト 1500 件 を元に戻しました\n");
    assert!(!listed.contains("gifts"), "{listed}");
}

#[test]
fn capture_s_connection_is_said_in_german_and_french() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("gift-events.csv");
    std::fs::copy(common::sample("gift-events.csv"), &file).unwrap();
    let name = file.display().to_string();
    let (_, err) = capture_in("de", &file, 7);
    assert!(
        err.starts_with(&format!("verbunden: folge {name}\n")),
        "{err}"
    );
    assert!(err.contains("\ngestoppt: Erfassung beendet\n"), "{err}");
    let (_, err) = capture_in("fr", &file, 7);
    assert!(err.contains(&format!(": suivi de {name}\n")), "{err}");
    assert!(err.contains(": capture arrêtée\n"), "{err}");
    assert!(!err.contains("following"), "{err}");
}
