//! The app in other languages, in the real window (Xvfb + tauri-driver +
//! WebKit), on the demo ledger: the pseudo-locale (English accented and
//! ~40 % longer) through every view with nothing cut off, Arabic right to
//! left in every view, and the dashboard in Indonesian and Arabic showing
//! the figures of `summary --json`.

mod webdriver;

use std::path::Path;

use serde_json::{json, Value};
use webdriver::{app, artifacts, cli_json, cli_ok, gtk_theme, Harness, Session, VIEWS};

/// The app on a demo ledger that speaks `language`, drawn in `theme`, its
/// dashboard shown.
fn open_in(dir: &Path, language: &str, theme: &str) -> (Harness, Session) {
    let db = demo_in(dir, language);
    let h = Harness::start(&[
        ("LIVELEDGER_DB", db.to_str().unwrap()),
        ("GTK_THEME", gtk_theme(theme)),
    ]);
    let s = h.launch(&app());
    s.find("#view[data-view='dashboard'][data-ready='true']");
    (h, s)
}

/// Opens `view` and waits until it is drawn (the dashboard's charts too).
fn show(s: &Session, view: &str) {
    s.open(view);
    if view == "dashboard" {
        s.find("#chart-balance[data-drawn]");
    }
}

fn demo_in(dir: &Path, language: &str) -> std::path::PathBuf {
    let db = dir.join("languages.db");
    cli_ok(&db, &["demo", "load"]);
    cli_ok(&db, &["settings", "set", "language", language]);
    db
}

/// Text the view cuts off: an element whose own text is wider than its box
/// while its box hides what overflows, or a page that scrolls sideways.
fn cut_text(s: &Session) -> Vec<String> {
    let found = s.script(
        "const bad = [];
         for (const e of document.querySelectorAll('nav *, #view *')) {
           const own = [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
           if (!own || !e.getClientRects().length) continue;
           // Hidden for the eye on purpose, or cut with its whole text a hover away.
           if (e.closest('.sr-only') || (e.title && e.title.includes(e.textContent.trim()))) continue;
           const st = getComputedStyle(e);
           const hides = !['visible', 'auto', 'scroll'].includes(st.overflowX) || st.textOverflow === 'ellipsis';
           if (hides && e.scrollWidth > e.clientWidth + 1)
             bad.push(`${e.tagName.toLowerCase()}#${e.id}.${e.className}: '${e.textContent.trim().slice(0, 60)}' ${e.scrollWidth} > ${e.clientWidth}`);
         }
         // Text that runs out of its card (the card itself does not scroll).
         for (const c of document.querySelectorAll('#view .card'))
           if (c.scrollWidth > c.clientWidth + 1 && getComputedStyle(c).overflowX === 'visible')
             bad.push(`card '${c.querySelector('h2')?.textContent ?? ''}': its content is ${c.scrollWidth} wide in ${c.clientWidth}`);
         if (document.documentElement.scrollWidth > innerWidth + 1)
           bad.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${innerWidth}`);
         return bad;",
        json!([]),
    );
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

/// Headings, column heads, labels and the navigation's words that are not
/// pseudo-localised: words the catalogs missed.
fn untranslated(s: &Session) -> Vec<String> {
    let found = s.script(
        "const bad = [];
         const intl = new Set();
         for (let d = 0; d < 7; d++) intl.add(new Intl.DateTimeFormat('en', { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + d))));
         for (const e of document.querySelectorAll('nav a, #view h1, #view h2, #view h3, #view th, #view label, #view legend, #view button')) {
           if (!e.getClientRects().length || e.closest('[data-data], .gift, .sender-chip, .u-legend')) continue;
           const text = [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim();
           // Pseudo text is in [ ]; letters outside it are English.
           const outside = text.replace(/\\[[^\\]]*\\]/g, '');
           // Weekdays and months are Intl's words for the locale (English
           // for the pseudo-locale), not the catalogs'.
           if (intl.has(outside.trim()) || /\\b\\d{4}\\b/.test(outside)) continue;
           if (/[A-Za-z]{3,}/.test(outside)) bad.push(`${e.tagName.toLowerCase()}#${e.id}: '${text.slice(0, 60)}'`);
         }
         return bad;",
        json!([]),
    );
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_pseudo_locale_walks_every_view_with_nothing_cut_off() {
    for theme in ["light", "dark"] {
        let dir = tempfile::tempdir().unwrap();
        let (_h, s) = open_in(dir.path(), "en-XA", theme);
        assert_eq!(
            s.script("return document.documentElement.lang", json!([])),
            "en-XA"
        );
        let mut problems = Vec::new();
        for (width, height) in [(1280, 820), (960, 680)] {
            s.set_window_size(width, height);
            for view in VIEWS {
                show(&s, view);
                for p in cut_text(&s).into_iter().chain(untranslated(&s)) {
                    problems.push(format!("{view} at {width}px: {p}"));
                }
                if width == 1280 || view == "dashboard" {
                    s.screenshot(
                        &artifacts().join(format!("lang-pseudo-{view}-{width}-{theme}.png")),
                    );
                }
            }
        }
        assert!(problems.is_empty(), "{theme}:\n{}", problems.join("\n"));
    }
}

#[test]
fn arabic_reads_right_to_left_in_every_view() {
    for theme in ["light", "dark"] {
        let dir = tempfile::tempdir().unwrap();
        let (_h, s) = open_in(dir.path(), "ar", theme);
        let mut problems = Vec::new();
        for view in VIEWS {
            show(&s, view);
            let layout = s.script(
                "const nav = document.querySelector('nav').getBoundingClientRect();
                 const main = document.getElementById('view').getBoundingClientRect();
                 const plots = [...document.querySelectorAll('.chart-plot .u-wrap')].map((w) => getComputedStyle(w).direction);
                 return { dir: document.documentElement.dir, lang: document.documentElement.lang,
                          navRight: nav.left >= main.right - 1, h1: getComputedStyle(document.querySelector('#view h1') ?? document.body).direction, plots };",
                json!([]),
            );
            if layout["dir"] != "rtl" || layout["lang"] != "ar" {
                problems.push(format!(
                    "{view}: dir {} lang {}",
                    layout["dir"], layout["lang"]
                ));
            }
            if layout["navRight"] != true {
                problems.push(format!("{view}: the navigation is not on the right"));
            }
            if layout["h1"] != "rtl" {
                problems.push(format!("{view}: the heading runs {}", layout["h1"]));
            }
            // Time runs left to right on every chart, as in Arabic finance charts.
            for d in layout["plots"].as_array().unwrap() {
                if d != "ltr" {
                    problems.push(format!("{view}: a chart's plot runs {d}"));
                }
            }
            problems.extend(cut_text(&s).into_iter().map(|p| format!("{view}: {p}")));
            s.screenshot(&artifacts().join(format!("lang-ar-{view}-{theme}.png")));
        }
        assert!(problems.is_empty(), "{theme}:\n{}", problems.join("\n"));
    }
}

/// A shown figure as the core writes it: digits and the locale's decimal
/// separator kept, group separators, symbols and direction marks dropped.
fn figure(text: &str, decimal: char) -> String {
    text.chars()
        .filter_map(|c| match c {
            '0'..='9' => Some(c),
            c if c == decimal => Some('.'),
            _ => None,
        })
        .collect()
}

#[test]
fn the_dashboard_in_indonesian_and_arabic_shows_the_summary_figures() {
    for (language, decimal, heading) in [("id", ',', "Dasbor"), ("ar", '.', "لوحة المعلومات")]
    {
        let dir = tempfile::tempdir().unwrap();
        let db = demo_in(dir.path(), language);
        let want: Value = cli_json(&db, &["summary", "--json"]);
        let h = Harness::start(&[("LIVELEDGER_DB", db.to_str().unwrap())]);
        let s = h.launch(&app());
        s.find("#view[data-view='dashboard'][data-ready='true']");
        assert_eq!(s.text("#view h1"), heading, "{language}");
        let diamonds = figure(&s.text("#balance-diamonds"), decimal);
        assert_eq!(
            diamonds,
            want["balance_diamonds"].as_str().unwrap(),
            "{language}: balance diamonds"
        );
        let value = figure(&s.text("#balance-value"), decimal);
        assert_eq!(
            value,
            want["balance_value"].as_str().unwrap(),
            "{language}: balance value"
        );
        let threshold = s.text("#threshold-text");
        assert!(
            figure(&threshold, decimal)
                .contains(&figure(want["min_withdrawal"].as_str().unwrap(), '.')),
            "{language}: {threshold} names the minimum {}",
            want["min_withdrawal"]
        );
        // The words are the language's, not English.
        assert!(
            !threshold.contains("minimum") && !threshold.contains("to go"),
            "{language}: {threshold}"
        );
        s.screenshot(&artifacts().join(format!("lang-{language}-dashboard.png")));
    }
}
