//! The statements, a live's detail and the charts in the real window (Xvfb +
//! tauri-driver + WebKitWebDriver), on the demo ledger, at the default
//! 1280 px and at 960 px, in light and dark; every figure checked against the
//! `liveledger` CLI on the same file.

mod webdriver;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{json, Value};
use webdriver::{app, artifacts, cli_json, cli_ok, Harness, Session};

fn cli(db: &Path, args: &[&str]) -> Value {
    cli_json(db, args)
}

/// A ledger holding the demo data (made by the CLI, as the app's button does).
fn demo_ledger(dir: &Path) -> PathBuf {
    let db = dir.join("views.db");
    let bin = app().with_file_name("liveledger");
    let ok = Command::new(bin)
        .arg("--db")
        .arg(&db)
        .args(["demo", "load"])
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    db
}

fn digits(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_digit() || *c == '-' || *c == '−')
        .map(|c| if c == '−' { '-' } else { c })
        .collect()
}

/// The sum of a whole-diamond field over the CLI's statement rows.
fn sum(rows: &Value, field: &str) -> i64 {
    rows.as_array()
        .unwrap()
        .iter()
        .map(|r| r[field].as_str().unwrap().parse::<i64>().unwrap())
        .sum()
}

/// Whether the element matching `css` overflows sideways: [scrollWidth, clientWidth].
fn widths(s: &Session, css: &str) -> (i64, i64) {
    let v = s.script(
        "const e = document.querySelector(arguments[0]); return [e.scrollWidth, e.clientWidth];",
        json!([css]),
    );
    (v[0].as_i64().unwrap(), v[1].as_i64().unwrap())
}

/// [scrollWidth, clientWidth] of the nearest ancestor of `css` that scrolls sideways.
fn scroller_widths(s: &Session, css: &str) -> (i64, i64) {
    let v = s.script(
        "let box = document.querySelector(arguments[0]).parentElement;
         while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) box = box.parentElement;
         box = box || document.scrollingElement;
         return [box.scrollWidth, box.clientWidth];",
        json!([css]),
    );
    (v[0].as_i64().unwrap(), v[1].as_i64().unwrap())
}

/// The texts of every element matching `css`.
fn texts(s: &Session, css: &str) -> Vec<String> {
    let v = s.script(
        "return [...document.querySelectorAll(arguments[0])].map((e) => e.textContent.trim());",
        json!([css]),
    );
    v.as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap().to_string())
        .collect()
}

/// Launches the app on `db` with the GTK theme of `theme`.
fn start(db: &Path, theme: &str) -> Harness {
    let gtk = webdriver::gtk_theme(theme);
    Harness::start(&[("LIVELEDGER_DB", db.to_str().unwrap()), ("GTK_THEME", gtk)])
}

fn statement_checks(s: &Session, db: &Path, width: u32) {
    s.click("#view button[data-by='month']");
    s.find("#statement-table tbody tr");
    // The table fits: nothing hides behind a sideways scrollbar (of the
    // nearest box that scrolls sideways).
    let (scroll, client) = scroller_widths(s, "#statement-table");
    assert!(
        scroll <= client,
        "{width} px: the statement overflows ({scroll} > {client})"
    );
    let right = s.script(
        "const h = [...document.querySelectorAll('#statement-table thead th')].pop();
         const r = h.getBoundingClientRect();
         let box = document.getElementById('statement-table').parentElement;
         while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) box = box.parentElement;
         return [h.textContent, r.right <= box.getBoundingClientRect().right + 1, r.right <= window.innerWidth];",
        json!([]),
    );
    assert_eq!(
        right,
        json!(["Closing balance", true, true]),
        "{width} px: the last column is in view"
    );
    // Months read as people write them, never 2026-11.
    let months = texts(s, "#statement-table tbody th.period");
    let rows = cli(db, &["report", "--by", "month", "--json"]);
    assert_eq!(months.len(), rows.as_array().unwrap().len());
    for m in &months {
        let (name, year) = m.split_once(' ').unwrap_or(("", ""));
        assert!(
            name.len() == 3 && year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()),
            "month label {m:?}"
        );
    }
    assert_eq!(
        months.last().unwrap(),
        "May 2026",
        "oldest last: {months:?}"
    );
    // Every cell holds a figure: fees and net paid show 0, not a blank.
    let blanks = s.script(
        "return [...document.querySelectorAll('#statement-table td')].filter((td) => td.textContent.trim() === '').length",
        json!([]),
    );
    assert_eq!(blanks, json!(0), "{width} px: blank cells");
    // The total row has the withdrawn and paid figures, as the CLI adds them.
    let total = texts(s, "#statement-total td");
    let heads = texts(s, "#statement-table thead th");
    let col = |name: &str| heads.iter().position(|h| h == name).unwrap() - 1;
    assert_eq!(
        digits(&total[col("Withdrawn")]),
        sum(&rows, "withdrawn_diamonds").to_string()
    );
    assert_eq!(
        digits(&total[col("Diamonds")]),
        sum(&rows, "diamonds").to_string()
    );
    assert!(
        digits(&total[col("Net paid")])
            .trim_start_matches('0')
            .len()
            > 2,
        "net paid in the total: {total:?}"
    );
    assert_eq!(
        digits(&total[col("Closing balance")]),
        rows.as_array().unwrap().last().unwrap()["closing_balance"]
            .as_str()
            .unwrap()
    );
}

#[test]
fn statements_fit_the_window_read_as_periods_and_add_up_as_the_cli() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_ledger(dir.path());
    for theme in ["light", "dark"] {
        let h = start(&db, theme);
        let s = h.launch(&app());
        s.find("#view[data-view='dashboard'][data-ready='true']");
        for (width, height) in [(1280, 820), (960, 680)] {
            s.set_window_size(width, height);
            s.open("statements");
            statement_checks(&s, &db, width);
            s.screenshot(&artifacts().join(format!("views-statements-{theme}-{width}.png")));
        }
        if theme == "dark" {
            continue;
        }
        // Weeks read "Nov 23 – 29" (the range as the locale writes it).
        s.click("#view button[data-by='week']");
        s.wait_text("#statement-table tbody th.period", "–");
        for w in texts(&s, "#statement-table tbody th.period") {
            assert!(!w.contains("-W"), "week label {w:?}");
            let (start, end) = w.split_once('–').unwrap();
            assert!(
                start.trim().len() >= 5 && !end.trim().is_empty(),
                "week label {w:?}"
            );
        }
        // A range of dates: the rows and the total are the CLI's for those dates.
        s.click("#view button[data-by='month']");
        s.set_value("#statement-range", "custom");
        s.set_value("#statement-from", "2026-09-01");
        s.set_value("#statement-to", "2026-10-31");
        s.click("#statement-apply");
        s.wait_equals("#statement-table tbody tr:last-child th", "Sep 2026");
        let rows = cli(
            &db,
            &[
                "report",
                "--by",
                "month",
                "--from",
                "2026-09-01",
                "--to",
                "2026-10-31",
                "--json",
            ],
        );
        assert_eq!(
            texts(&s, "#statement-table tbody th.period"),
            ["Oct 2026", "Sep 2026"]
        );
        let total = texts(&s, "#statement-total td");
        let heads = texts(&s, "#statement-table thead th");
        let col = |name: &str| heads.iter().position(|h| h == name).unwrap() - 1;
        assert_eq!(
            digits(&total[col("Diamonds")]),
            sum(&rows, "diamonds").to_string()
        );
        assert_eq!(
            digits(&total[col("Closing balance")]),
            rows[1]["closing_balance"].as_str().unwrap()
        );
        assert!(s
            .text("#statement-opening")
            .contains(&digits_grouped(&cli_opening(&db, "2026-09-01"))));
        // A calendar year is one choice away, and export lives here too.
        let years = texts(&s, "#statement-range option");
        assert!(years.contains(&"2026".to_string()), "{years:?}");
        assert_eq!(texts(&s, "#statement-export button").len(), 4);
        s.screenshot(&artifacts().join("views-statements-range-light-960.png"));
    }
}

/// The balance before `day`: the closing balance of the CLI's last day before it.
fn cli_opening(db: &Path, day: &str) -> String {
    let rows = cli(db, &["report", "--by", "day", "--json"]);
    rows.as_array()
        .unwrap()
        .iter()
        .rfind(|r| r["start"].as_str().unwrap() < day)
        .map(|r| r["closing_balance"].as_str().unwrap().to_string())
        .unwrap_or_else(|| "0".into())
}

/// "71489" as en-US groups it: "71,489".
fn digits_grouped(n: &str) -> String {
    let mut out = String::new();
    for (i, c) in n.chars().enumerate() {
        if i > 0 && (n.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The top edge of the detail's card (`css`) is inside the window.
fn in_view(s: &Session, css: &str, what: &str) {
    let v = s.script(
        "const r = document.querySelector(arguments[0]).getBoundingClientRect();
         return [r.top, r.bottom, window.innerHeight];",
        json!([css]),
    );
    let (top, height) = (v[0].as_f64().unwrap(), v[2].as_f64().unwrap());
    assert!(
        top >= 0.0 && top < height - 120.0,
        "{what}: the detail's top is at {top} of {height}"
    );
}

#[test]
fn a_lives_detail_opens_in_view_with_a_recap_and_gifts_by_sender() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_ledger(dir.path());
    let sessions = cli(&db, &["sessions", "--json"]);
    for theme in ["light", "dark"] {
        let h = start(&db, theme);
        let s = h.launch(&app());
        s.find("#view[data-view='dashboard'][data-ready='true']");
        for (width, height) in [(1280, 820), (960, 680)] {
            s.set_window_size(width, height);
            s.open("sessions");
            // The last row of a long list (the oldest live), every page of it shown.
            while s.exists("#sessions-table tr.more-rows button") {
                s.click("#sessions-table tr.more-rows button");
            }
            s.click("#sessions-table tbody tr:last-child td");
            s.find("#session-card");
            in_view(&s, "#session-card", &format!("{width} px"));
            s.find("#session-card #session-recap");
            let first = &sessions[0];
            let recap = s.text("#session-recap");
            assert!(
                recap.contains("Per hour live") && recap.contains("Top gifters"),
                "{recap}"
            );
            assert!(
                digits(&recap).contains(first["diamonds"].as_str().unwrap()),
                "the recap shows the live's diamonds: {recap}"
            );
            // Gifts grouped by sender, as the CLI lists them.
            let id = first["id"].as_i64().unwrap().to_string();
            let gifts = cli(&db, &["gift", "list", "--session", &id, "--json"]);
            let mut senders: Vec<String> = gifts
                .as_array()
                .unwrap()
                .iter()
                .map(|g| g["sender"].as_str().unwrap_or("").to_string())
                .collect();
            senders.sort();
            senders.dedup();
            let mut shown = s
                .script(
                    "return [...document.querySelectorAll('#gifts-table tbody.sender-group')].map((g) => g.dataset.sender)",
                    json!([]),
                )
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_string())
                .collect::<Vec<_>>();
            shown.sort();
            assert_eq!(shown, senders, "one group per sender");
            assert!(senders.len() > 1 && senders.len() < gifts.as_array().unwrap().len());
            s.screenshot(&artifacts().join(format!("views-detail-{theme}-{width}.png")));
            // A closed group opens with its button.
            let closed = "#gifts-table tbody.sender-group:nth-of-type(2) button.sender-toggle";
            if s.exists(closed) {
                s.click(closed);
                let open = s.script(
                    "const g = document.querySelectorAll('#gifts-table tbody.sender-group')[1];
                     return [g.querySelector('button.sender-toggle').getAttribute('aria-expanded'),
                             [...g.querySelectorAll('tr:not(.sender-head)')].every((r) => !r.hidden)];",
                    json!([]),
                );
                assert_eq!(open, json!(["true", true]));
            }
            // Edit keeps the list whole: the per-hour column is not cut off.
            s.click("#session-card .card-head .actions button:first-child");
            s.find("#session-form");
            in_view(&s, "#session-form", &format!("{width} px, editing"));
            let (scroll, client) = widths(&s, "#sessions-list");
            assert!(
                scroll <= client,
                "{width} px: the list overflows while editing ({scroll} > {client})"
            );
            let titles = s.script(
                "return [...document.querySelectorAll('#sessions-table td.col-title')].every((td) => td.getBoundingClientRect().height < 40)",
                json!([]),
            );
            assert_eq!(titles, json!(true), "{width} px: titles stay on one line");
            s.screenshot(&artifacts().join(format!("views-edit-{theme}-{width}.png")));
        }
    }
}

/// The data table of chart `id`, opened with its toggle: each row's
/// header and the `data-value` of its cells.
fn chart_table(s: &Session, id: &str) -> Vec<Vec<String>> {
    let toggle = format!("#{id} button.chart-toggle");
    assert_eq!(
        s.script(
            "return document.querySelector(arguments[0]).getAttribute('aria-expanded')",
            json!([toggle])
        ),
        json!("false")
    );
    s.click(&toggle);
    assert_eq!(
        s.script(
            "const b = document.querySelector(arguments[0]);
             return [b.getAttribute('aria-expanded'), !document.getElementById(b.getAttribute('aria-controls')).hidden];",
            json!([toggle])
        ),
        json!(["true", true])
    );
    let v = s.script(
        "return [...document.querySelectorAll('#' + arguments[0] + ' .chart-table tbody tr')].map((tr) =>
           [tr.querySelector('th').textContent, ...[...tr.querySelectorAll('td')].map((td) => td.dataset.value ?? td.textContent)]);",
        json!([id]),
    );
    v.as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r.as_array()
                .unwrap()
                .iter()
                .map(|c| c.as_str().unwrap().to_string())
                .collect()
        })
        .collect()
}

#[test]
fn every_chart_reads_as_a_table_equal_to_the_cli_with_a_tooltip_and_a_summary() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_ledger(dir.path());
    let daily = cli(&db, &["report", "--by", "day", "--json"]);
    let daily = daily.as_array().unwrap();
    let monthly = cli(&db, &["report", "--by", "month", "--json"]);
    let sessions = cli(&db, &["sessions", "--json"]);
    for theme in ["light", "dark"] {
        let h = start(&db, theme);
        let s = h.launch(&app());
        s.find("#view[data-view='dashboard'][data-ready='true']");
        s.find("#chart-per-session .chart-plot");
        // Each chart says what it shows.
        for id in ["chart-earnings", "chart-balance", "chart-per-session"] {
            let label = s.script(
                "const p = document.querySelector('#' + arguments[0] + ' .chart-plot');
                 return [p.getAttribute('role'), p.getAttribute('aria-label')];",
                json!([id]),
            );
            assert_eq!(label[0], json!("img"), "{id}");
            assert!(
                label[1].as_str().unwrap_or("").len() > 40,
                "{id}: {}",
                label[1]
            );
        }
        // Diamonds by day: one row per day of the CLI's report, same figures.
        let table = chart_table(&s, "chart-earnings");
        assert_eq!(table.len(), daily.len());
        for (row, cli_row) in table.iter().zip(daily) {
            assert_eq!(row[1], cli_row["diamonds"].as_str().unwrap());
        }
        // The balance at each day's end.
        let table = chart_table(&s, "chart-balance");
        assert_eq!(table.len(), daily.len());
        for (row, cli_row) in table.iter().zip(daily) {
            assert_eq!(row[1], cli_row["closing_balance"].as_str().unwrap());
            assert_eq!(row[2], cli_row["withdrawn_diamonds"].as_str().unwrap());
        }
        // Per live: the CLI's per-hour and per-1,000-viewer figures.
        let lives: Vec<&Value> = sessions
            .as_array()
            .unwrap()
            .iter()
            .filter(|m| !m["value_per_hour"].is_null() || !m["value_per_1000_viewers"].is_null())
            .collect();
        let table = chart_table(&s, "chart-per-session");
        assert_eq!(table.len(), lives.len());
        for (row, m) in table.iter().zip(&lives) {
            assert_eq!(row[2], m["diamonds"].as_str().unwrap());
            assert_eq!(row[3], m["value_per_hour"].as_str().unwrap_or(""));
            assert_eq!(row[4], m["value_per_1000_viewers"].as_str().unwrap_or(""));
        }
        // By month: the table follows the chart.
        s.click("#view button[data-by='month']");
        s.find("#chart-earnings button.chart-toggle[aria-expanded='false']");
        let table = chart_table(&s, "chart-earnings");
        let months: Vec<&str> = monthly
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["diamonds"].as_str().unwrap())
            .collect();
        assert_eq!(
            table.iter().map(|r| r[1].as_str()).collect::<Vec<_>>(),
            months
        );
        assert_eq!(table[0][0], "May 2026");
        // A tooltip at the cursor: the period, its diamonds and its money.
        s.hover("#chart-earnings .chart-plot .u-over", 0, 0);
        let tip = s.wait_text("#chart-earnings .chart-tip", "diamonds");
        assert!(tip.contains("2026") && tip.contains('$'), "{tip}");
        // And on keyboard focus: End shows the last point.
        s.script(
            "document.querySelector('#chart-balance .chart-plot').focus(); return true",
            json!([]),
        );
        let tip = s.wait_text("#chart-balance .chart-tip", "Balance");
        let last = daily.last().unwrap()["closing_balance"].as_str().unwrap();
        assert!(
            tip.contains(&format!("Balance: {} diamonds", digits_grouped(last))),
            "{tip}"
        );
        s.script(
            "document.querySelector('#chart-balance .chart-plot').blur(); return true",
            json!([]),
        );
        // The top gifts are drawn against the top one.
        let widths = s.script(
            "return [...document.querySelectorAll('#top-gifts .fill')].map((f) => f.style.width)",
            json!([]),
        );
        assert_eq!(widths[0], json!("100%"), "{widths}");
        for size in [(1280, 820), (960, 680)] {
            s.set_window_size(size.0, size.1);
            s.script(
                "document.querySelector('#chart-earnings').scrollIntoView(); return true",
                json!([]),
            );
            s.hover("#chart-earnings .chart-plot .u-over", 60, 0);
            s.screenshot(&artifacts().join(format!("views-earnings-{theme}-{}.png", size.0)));
            s.script(
                "document.querySelector('#chart-per-session').scrollIntoView(); return true",
                json!([]),
            );
            s.hover("#chart-per-session .chart-plot .u-over", 40, 0);
            s.screenshot(&artifacts().join(format!("views-charts-{theme}-{}.png", size.0)));
        }
        // The logged-gifts list numbers its first line whole ("1.", not "l.").
        s.open("live");
        let marker = s.script(
            "const ol = document.getElementById('capture-gifts');
             return ol ? parseFloat(getComputedStyle(ol).paddingLeft) : null;",
            json!([]),
        );
        if let Some(p) = marker.as_f64() {
            assert!(p >= 30.0, "room for the list's numbers: {p}px");
        }
        s.screenshot(&artifacts().join(format!("views-live-{theme}-960.png")));
    }
}

/// Sets a mark on the container of the view shown, and answers whether the
/// one shown carries it (the same container, not drawn again).
fn marked(s: &Session, set: bool) -> bool {
    s.script(
        "const r = document.querySelector('#view > .view-root');
         if (arguments[0]) r.dataset.drawnBefore = 'yes';
         return r.dataset.drawnBefore === 'yes';",
        json!([set]),
    )
    .as_bool()
    .unwrap()
}

/// Waits until the clock is early in a minute: a view is kept for the
/// minute it was drawn in (the dashboard's pace moves with the clock).
fn early_in_a_minute() {
    use chrono::Timelike;
    while chrono::Utc::now().second() > 30 {
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}

#[test]
fn a_view_shown_again_is_the_one_drawn_until_the_ledger_changes() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_ledger(dir.path());
    let h = start(&db, "light");
    let s = h.launch(&app());
    s.find("#view[data-view='dashboard'][data-ready='true']");
    let views = ["dashboard", "sessions", "insights", "statements"];
    // Nothing written: each view is shown again as it was drawn.
    early_in_a_minute();
    for view in views {
        s.open(view);
        marked(&s, true);
        s.open("withdrawals");
        s.open(view);
        assert!(marked(&s, false), "{view} was drawn again, nothing changed");
    }

    // A write by the CLI (another program): every view is drawn afresh,
    // with the CLI's figures.
    let live = cli_ok(
        &db,
        &[
            "session",
            "add",
            "--start",
            "2026-12-01 19:00",
            "--end",
            "2026-12-01 20:30",
            "--title",
            "Written by the CLI",
        ],
    );
    let live = String::from_utf8(live).unwrap().trim().to_string();
    cli_ok(&db, &["gift", "add", "--session", &live, "--gift", "Lion"]);
    for view in views {
        s.open(view);
        assert!(!marked(&s, false), "{view} kept after the CLI wrote");
    }
    s.open("sessions");
    let newest = cli(&db, &["sessions", "--json"]);
    let newest = newest.as_array().unwrap().last().unwrap().clone();
    assert_eq!(newest["title"], "Written by the CLI");
    let first = texts(&s, "#sessions-table tbody tr:first-child td");
    assert!(first.iter().any(|t| t == "Written by the CLI"), "{first:?}");
    assert!(
        first
            .iter()
            .any(|t| digits(t) == digits(newest["diamonds"].as_str().unwrap())),
        "the list shows the CLI's diamonds: {first:?} {newest}"
    );
    s.open("dashboard");
    let summary = cli(&db, &["summary", "--json"]);
    assert_eq!(
        digits(&s.text("#balance-diamonds")),
        summary["balance_diamonds"].as_str().unwrap()
    );

    // A write by the window itself: a gift added in the live's detail.
    early_in_a_minute();
    s.open("sessions");
    marked(&s, true);
    s.click("#sessions-table tbody tr:first-child td");
    s.find("#session-card #gift-form");
    s.fill("#gift-form [name='gift']", "Rose");
    s.click("#gift-form button[type='submit']");
    s.wait_text("#gifts-table", "Rose");
    for view in ["dashboard", "statements", "insights"] {
        s.open(view);
        assert!(!marked(&s, false), "{view} kept after the window wrote");
    }
    let summary = cli(&db, &["summary", "--json"]);
    s.open("dashboard");
    assert_eq!(
        digits(&s.text("#balance-diamonds")),
        summary["balance_diamonds"].as_str().unwrap()
    );
}

/// Each chart in the view shown: [its host's id, plots in it, the canvas's
/// width, the host's width].
fn charts_shown(s: &Session) -> Vec<Value> {
    s.script(
        "return [...document.querySelectorAll('#view .chart, #view #timeline-chart')].map((c) => {
           const canvas = c.querySelector('.uplot canvas');
           return [c.id, c.querySelectorAll('.uplot').length,
                   canvas ? Math.round(canvas.getBoundingClientRect().width) : 0, c.clientWidth];
         })",
        json!([]),
    )
    .as_array()
    .unwrap()
    .clone()
}

#[test]
fn a_kept_view_keeps_its_charts_while_another_view_draws_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_ledger(dir.path());
    let h = start(&db, "light");
    let s = h.launch(&app());
    s.find("#view[data-view='dashboard'][data-ready='true']");
    let before = charts_shown(&s);
    assert_eq!(before.len(), 3, "{before:?}");
    // Insights draws its timeline chart while the dashboard is kept, off
    // screen; the dashboard shown again has its three charts, drawn.
    s.open("insights");
    s.find("#timeline-chart .uplot");
    s.open("dashboard");
    let after = charts_shown(&s);
    for c in &after {
        assert_eq!(
            c[1], 1,
            "a chart of the dashboard shown again is gone: {after:?}"
        );
        assert!(c[2].as_i64().unwrap() > 300, "{after:?}");
    }
    assert_eq!(after.len(), before.len());
}

#[test]
fn a_view_first_visited_after_launch_was_drawn_while_the_window_was_idle() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_ledger(dir.path());
    // Kept drawings are for the minute they were made in.
    early_in_a_minute();
    let h = start(&db, "light");
    let s = h.launch(&app());
    s.find("#view[data-view='dashboard'][data-ready='true']");
    s.find("html[data-ahead='done']");
    // Asked once the pass is over: nothing is drawn ahead after the click.
    let drawn_before_the_click = |view: &str| {
        let clicked = s
            .script("return performance.now()", json!([]))
            .as_f64()
            .unwrap();
        s.open(view);
        let drawn_at = s.script(
            "return Number(document.querySelector('#view > .view-root').dataset.drawnAt)",
            json!([]),
        );
        let drawn_at = drawn_at.as_f64().unwrap();
        assert!(
            drawn_at < clicked,
            "{view} was drawn at {drawn_at} ms, after the click at {clicked} ms"
        );
    };

    drawn_before_the_click("insights");
    let want = cli(&db, &["insights", "--json"]);
    let lives = s.script(
        "return Number(document.getElementById('insights-lives').dataset.value)",
        json!([]),
    );
    assert_eq!(lives, want["lives"]);
    // Drawn where the shown view is laid out: its chart fills its card.
    let charts = charts_shown(&s);
    assert_eq!(charts.len(), 1, "{charts:?}");
    let (canvas, card) = (
        charts[0][2].as_i64().unwrap(),
        charts[0][3].as_i64().unwrap(),
    );
    assert!(
        (card - canvas).abs() <= 2,
        "chart {canvas} px in a {card} px card"
    );

    drawn_before_the_click("sessions");
    let newest = cli(&db, &["sessions", "--json"]);
    let newest = newest.as_array().unwrap().last().unwrap().clone();
    let first = texts(&s, "#sessions-table tbody tr:first-child td");
    assert!(
        first
            .iter()
            .any(|t| digits(t) == digits(newest["diamonds"].as_str().unwrap())),
        "the list's newest live is the CLI's: {first:?} {newest}"
    );

    drawn_before_the_click("statements");
    statement_checks(&s, &db, 1280);

    // Nothing drawn ahead is left in the page to be read or tabbed to.
    let left = s.script(
        "return document.querySelector('.offstage').childElementCount",
        json!([]),
    );
    assert_eq!(left, json!(0));

    // While the live tally is shown nothing is drawn ahead: a live's taps
    // come first.
    s.open("live");
    std::thread::sleep(std::time::Duration::from_millis(2500));
    let ahead = s.script(
        "return [document.documentElement.dataset.ahead, document.querySelector('.offstage').childElementCount]",
        json!([]),
    );
    assert_eq!(ahead, json!(["stopped", 0]));
}
