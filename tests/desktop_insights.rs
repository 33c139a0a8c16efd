//! The Insights view in the real window (Xvfb + tauri-driver + WebKit), on
//! the demo ledger: every figure it shows equals `liveledger insights
//! --json` on the same file, and it is drawn in light and dark.

mod webdriver;

use std::path::Path;

use serde_json::{json, Value};
use webdriver::{app, artifacts, cli_ok, Harness};

fn cli(db: &Path, args: &[&str]) -> Vec<u8> {
    cli_ok(db, args)
}

/// The JSON value at a view's `data-key` ("per_view.value_per_1000_viewers.USD",
/// "week.4.19", "lengths.60.per_hour", "who.top_share.5").
fn at<'a>(r: &'a Value, key: &str) -> &'a Value {
    let parts: Vec<&str> = key.split('.').collect();
    let is = |v: &Value, want: &str| want.parse::<u64>().ok() == v.as_u64();
    match parts.as_slice() {
        ["week", wd, h] => {
            let cell = r["week"]
                .as_array()
                .unwrap()
                .iter()
                .find(|c| is(&c["weekday"], wd) && is(&c["hour"], h))
                .unwrap_or_else(|| panic!("no cell {key} in the CLI's week"));
            &cell["per_hour"]
        }
        ["lengths", from, which] => {
            let band = r["lengths"]
                .as_array()
                .unwrap()
                .iter()
                .find(|b| is(&b["from_minutes"], from))
                .unwrap();
            &band[*which]
        }
        ["who", "top_share", top] => {
            let share = r["who"]["top_share"]
                .as_array()
                .unwrap()
                .iter()
                .find(|t| is(&t["top"], top))
                .unwrap();
            &share["percent"]
        }
        _ => parts.iter().fold(r, |v, p| &v[*p]),
    }
}

/// A shown number back to its value: "1,097.33" → 1097.33, "30.5 %" → 30.5.
fn shown(text: &str) -> f64 {
    let t: String = text
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    t.parse()
        .unwrap_or_else(|_| panic!("'{text}' shows no number"))
}

#[test]
fn the_insights_view_shows_what_the_cli_says_in_light_and_dark() {
    for theme in ["light", "dark"] {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("insights.db");
        cli(&db, &["demo", "load"]);
        let want: Value = serde_json::from_slice(&cli(&db, &["insights", "--json"])).unwrap();
        let gtk = webdriver::gtk_theme(theme);
        let h = Harness::start(&[("LIVELEDGER_DB", db.to_str().unwrap()), ("GTK_THEME", gtk)]);
        let s = h.launch(&app());
        s.find("#view[data-view='dashboard'][data-ready='true']");
        s.open("insights");
        s.find("#timeline-chart[data-drawn]");
        assert_eq!(
            s.script(
                "return Number(document.getElementById('insights-lives').dataset.value)",
                json!([])
            ),
            want["lives"]
        );
        // Every figure on screen: its key, the value it carries, its sample
        // and what it shows.
        let figures = s.script(
            "return [...document.querySelectorAll('#view [data-key]')].filter(e => e.dataset.n !== undefined)
               .map(e => [e.dataset.key, e.dataset.value ?? null, Number(e.dataset.n),
                          (e.querySelector('strong') ?? e).textContent])",
            json!([]),
        );
        let figures = figures.as_array().unwrap();
        assert!(
            figures.len() > 40,
            "the view shows every insight: {}",
            figures.len()
        );
        let mut with_value = 0;
        for f in figures {
            let key = f[0].as_str().unwrap();
            let cli = at(&want, key);
            assert_eq!(f[2], cli["n"], "{key}: the sample");
            match cli["value"].as_str() {
                Some(v) => {
                    assert_eq!(f[1].as_str(), Some(v), "{key}: the value");
                    let text = f[3].as_str().unwrap();
                    let rounded = (v.parse::<f64>().unwrap() * 100.0).round() / 100.0;
                    assert_eq!(shown(text), rounded, "{key}: shows {text} for {v}");
                    with_value += 1;
                }
                None => assert!(
                    f[3].as_str().unwrap().contains("not enough") || key.starts_with("week."),
                    "{key}: a figure without a value says why: {f}"
                ),
            }
        }
        assert!(
            with_value > 30,
            "most demo insights have a figure: {with_value}"
        );
        // The plan and who gives, in words and names.
        let plan = s.text("#insights-plan");
        assert!(plan.contains("diamonds to go"), "{plan}");
        let supporters = s.text("#insights-supporters");
        let top = want["who"]["supporters"][0]["name"].as_str().unwrap();
        assert!(supporters.contains(top), "{supporters}");
        // A sender named as markup stays text.
        assert_eq!(
            s.script(
                "return document.querySelectorAll('#view b, #view img, #view script').length",
                json!([])
            ),
            json!(0)
        );
        // Reach the minimum by a day: the hours a week the CLI gives.
        let by = "2027-03-31";
        let planned: Value =
            serde_json::from_slice(&cli(&db, &["insights", "--json", "--by", by])).unwrap();
        s.set_value("#insights-by", by);
        s.script(
            "document.getElementById('view').dataset.ready = 'false'",
            json!([]),
        );
        s.click("#insights-plan-by");
        s.find("#insights-per-week");
        assert_eq!(
            s.script(
                "return document.getElementById('insights-per-week').dataset.value",
                json!([])
            ),
            planned["plan"]["hours_per_week"]
        );
        s.screenshot(&artifacts().join(format!("{theme}-insights.png")));
        s.script(
            "document.getElementById('timeline-chart').scrollIntoView()",
            json!([]),
        );
        s.screenshot(&artifacts().join(format!("{theme}-insights-timeline.png")));
    }
}
