//! Statements and exports, checked by hand-computed figures and by the real
//! hledger and bean-check.

mod common;

use std::process::Command;

use common::{dec, tool, TestLedger};

/// Two sessions either side of midnight in Berlin, a rate change on March 1,
/// and a withdrawal at the new rate.
fn boundary_ledger() -> TestLedger {
    let l = TestLedger::new(); // Europe/Berlin
    l.ok(&[
        "rate",
        "set",
        "--from",
        "2026-03-01",
        "--diamonds-per-coin",
        "1",
        "--money-per-diamond",
        "0.004",
        "--currency",
        "USD",
        "--min-withdrawal",
        "10",
        "--max-per-day",
        "1000",
    ]);
    // 23:30 Berlin on Feb 28 (22:30 UTC): February, old rate.
    l.ok(&[
        "session",
        "add",
        "--start",
        "2026-02-28 23:30",
        "--end",
        "2026-03-01 00:15",
        "--diamonds",
        "0",
    ]);
    l.ok(&["gift", "add", "--session", "1", "--gift", "Galaxy"]); // 1,000 coins
                                                                  // 00:30 Berlin on Mar 1 is still Feb 28 in UTC: March, new rate.
    l.ok(&[
        "session",
        "add",
        "--start",
        "2026-02-28T23:30:00Z",
        "--end",
        "2026-03-01T01:00:00Z",
    ]);
    l.ok(&[
        "gift",
        "add",
        "--session",
        "2",
        "--gift",
        "Galaxy",
        "--count",
        "2",
    ]); // 2,000 coins
    l.ok(&[
        "withdraw",
        "--diamonds",
        "2500",
        "--fee",
        "0.50",
        "--at",
        "2026-03-02 10:00",
        "--status",
        "paid",
        "--method",
        "PayPal",
    ]);
    l
}

#[test]
fn statements_across_a_month_a_rate_change_and_a_zone_day_boundary() {
    let l = boundary_ledger();
    let months = l.json(&["report", "--by", "month"]);
    assert_eq!(months.as_array().unwrap().len(), 2);
    // February: 1,000 diamonds × $0.005 = $5.00.
    assert_eq!(months[0]["period"], "2026-02");
    assert_eq!(dec(&months[0]["diamonds"]), "1000");
    assert_eq!(dec(&months[0]["value"]["USD"]), "5.00");
    assert_eq!(dec(&months[0]["closing_balance"]), "1000");
    // March: 2,000 diamonds × $0.004 = $8.00; 2,500 withdrawn at $0.004 = $10.00 gross, $0.50 fee, $9.50 paid.
    assert_eq!(months[1]["period"], "2026-03");
    assert_eq!(dec(&months[1]["diamonds"]), "2000");
    assert_eq!(dec(&months[1]["value"]["USD"]), "8.00");
    assert_eq!(dec(&months[1]["withdrawn_diamonds"]), "2500");
    assert_eq!(dec(&months[1]["withdrawn_gross"]["USD"]), "10.00");
    assert_eq!(dec(&months[1]["fees"]["USD"]), "0.50");
    assert_eq!(dec(&months[1]["net_paid"]["USD"]), "9.50");
    assert_eq!(dec(&months[1]["closing_balance"]), "500");
    // 45 min + 90 min live.
    assert_eq!(dec(&months[0]["hours_live"]), "0.75");
    assert_eq!(dec(&months[1]["hours_live"]), "1.5");

    let days = l.json(&["report", "--by", "day"]);
    let periods: Vec<&str> = days
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["period"].as_str().unwrap())
        .collect();
    assert_eq!(periods, ["2026-02-28", "2026-03-01", "2026-03-02"]);
    let years = l.json(&["report", "--by", "year"]);
    assert_eq!(dec(&years[0]["diamonds"]), "3000");
    assert_eq!(dec(&years[0]["value"]["USD"]), "13.00");

    // Today's rate values the balance: 500 × $0.004 = $2.00.
    let s = l.summary();
    assert_eq!(dec(&s["balance_diamonds"]), "500");
    assert_eq!(dec(&s["balance_value"]), "2.00");
}

fn hledger(args: &[&str]) -> String {
    let out = Command::new(tool("hledger"))
        .args(args)
        .output()
        .expect("run hledger");
    assert!(
        out.status.success(),
        "hledger {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The amount hledger reports for `account` in its CSV output, without the commodity.
fn hledger_amount(csv: &str, account: &str) -> String {
    let line = csv
        .lines()
        .find(|l| l.starts_with(&format!("\"{account}\"")))
        .unwrap_or_else(|| panic!("{account} in {csv}"));
    let amount = line.rsplit(',').next().unwrap().trim_matches('"');
    amount.split_whitespace().next().unwrap().to_string()
}

fn same_number(a: &str, b: &str) -> bool {
    let parse = |s: &str| s.parse::<rust_decimal::Decimal>().unwrap();
    parse(a) == parse(b)
}

#[test]
fn the_hledger_journal_checks_and_balances_to_the_summary() {
    for l in [boundary_ledger(), {
        let l = TestLedger::new();
        l.ok(&["demo", "load"]);
        // Below the minimum: recorded as confirmed, to test the journal.
        l.ok(&[
            "withdraw",
            "--diamonds",
            "1000",
            "--status",
            "pending",
            "--force",
        ]);
        l.ok(&[
            "adjust",
            "--diamonds",
            "-7",
            "--reason",
            "refunded; a gift \"quoted\"",
        ]);
        l
    }] {
        let journal = l.dir.path().join("ledger.journal");
        l.ok(&[
            "export",
            "--format",
            "hledger",
            "--out",
            journal.to_str().unwrap(),
        ]);
        let f = journal.to_str().unwrap();
        hledger(&["-f", f, "check"]);
        let s = l.summary();
        let diamonds = hledger(&["-f", f, "balance", "assets:tiktok:wallet", "-O", "csv"]);
        assert!(
            same_number(
                &hledger_amount(&diamonds, "assets:tiktok:wallet"),
                dec(&s["balance_diamonds"])
            ),
            "{diamonds} vs {s}"
        );
        let value = hledger(&[
            "-f",
            f,
            "balance",
            "assets:tiktok:wallet",
            "-X",
            "USD",
            "--value=end",
            "-O",
            "csv",
        ]);
        assert!(
            same_number(
                &hledger_amount(&value, "assets:tiktok:wallet"),
                dec(&s["balance_value"])
            ),
            "{value} vs {s}"
        );
        let income = hledger(&["-f", f, "balance", "income:tiktok:live", "-O", "csv"]);
        assert!(same_number(
            &hledger_amount(&income, "income:tiktok:live"),
            &format!("-{}", dec(&s["diamonds_earned"]))
        ));
    }
}

#[test]
fn the_beancount_file_passes_bean_check() {
    for l in [boundary_ledger(), {
        let l = TestLedger::new();
        l.ok(&["demo", "load"]);
        l.ok(&[
            "withdraw",
            "--force",
            "--diamonds",
            "100",
            "--fee",
            "0.10",
            "--status",
            "pending",
        ]);
        l
    }] {
        let file = l.dir.path().join("ledger.beancount");
        l.ok(&[
            "export",
            "--format",
            "beancount",
            "--out",
            file.to_str().unwrap(),
        ]);
        let out = Command::new(tool("bean-check"))
            .arg(&file)
            .output()
            .expect("run bean-check");
        assert!(
            out.status.success(),
            "bean-check: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn the_json_export_holds_everything_with_decimals_as_strings() {
    let l = boundary_ledger();
    let v: serde_json::Value =
        serde_json::from_str(&l.ok(&["export", "--format", "json"])).unwrap();
    assert_eq!(v["format"], "liveledger");
    assert_eq!(v["sessions"].as_array().unwrap().len(), 2);
    assert_eq!(v["sessions"][1]["gifts"][0]["count"], 2);
    assert_eq!(v["withdrawals"][0]["gross"], "10.00");
    assert_eq!(v["rates"].as_array().unwrap().len(), 2);
    assert!(v["rates"][1]["money_per_diamond"].is_string());
}

#[test]
fn an_export_to_a_file_is_whole_or_absent() {
    let l = boundary_ledger();
    let bad = l.dir.path().join("no-such-dir").join("out.csv");
    l.fails(&["export", "--format", "csv", "--out", bad.to_str().unwrap()]);
    assert!(!bad.exists());
    let good = l.dir.path().join("out.csv");
    l.ok(&["export", "--format", "csv", "--out", good.to_str().unwrap()]);
    let leftovers: Vec<_> = std::fs::read_dir(l.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".partial"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary files are left behind");
}
