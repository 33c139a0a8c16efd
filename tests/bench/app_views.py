#!/usr/bin/env python3
"""Where the desktop app's launch goes, and how long each view takes from a
click on its name to drawn, measured inside the page, through tauri-driver
(already listening on PORT, with LIVELEDGER_DB set).

Launch, split at what the page can see: the process and WebKit starting
(session asked for -> the page's time origin), the page's own script
(origin -> the shell mounted), the first view's data and drawing (-> the
dashboard's charts drawn), and when the views drawn ahead while the window
is idle are ready (ui/src/ahead.ts; the first visits are measured after it).
A view is "drawn" at the first animation frame
after the router marks it ready (#view[data-ready=true]); the time is taken
in the page (a MutationObserver), not by polling from outside.

app_views.py PORT APP_BINARY RUNS
"""
import json
import statistics
import sys
import time

from app_start import app_processes, new_session, req

VIEWS = ("dashboard", "insights", "sessions", "live", "import", "withdrawals", "statements", "days", "settings")

# Clicks the view's name and answers the milliseconds until the frame after
# the router marked the view ready (its charts, if any, drawn by then).
CLICK = """
const done = arguments[arguments.length - 1];
const view = document.getElementById('view');
view.dataset.ready = 'false';
const t0 = performance.now();
const finish = () => requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
const seen = new MutationObserver(() => {
  if (view.dataset.ready === 'true' && view.dataset.view === arguments[0]) { seen.disconnect(); finish(); }
});
seen.observe(view, { attributes: true, attributeFilter: ['data-ready', 'data-view'] });
document.getElementById('nav-' + arguments[0]).click();
"""


def main():
    port, app, runs = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    phases = {"process_and_webkit_s": [], "page_script_s": [], "first_view_s": [], "launch_s": []}
    views = {v: [] for v in VIEWS}
    # The first visit after launch and the one after it, apart: a view shown
    # again while the ledger is unchanged is the one drawn (router.ts).
    rounds = ({v: [] for v in VIEWS}, {v: [] for v in VIEWS})
    marks = {}
    for _ in range(runs):
        for _ in range(100):
            if not app_processes():
                break
            time.sleep(0.1)
        asked = time.time()
        sid = new_session(port, app)
        js = lambda src, args=(): req(port, "POST", f"/session/{sid}/execute/sync", {"script": src, "args": list(args)})["value"]
        while not js("const c = document.getElementById('chart-balance'); return !!(c && c.dataset.drawn)"):
            time.sleep(0.005)
        drawn = time.time()
        t = js("const n = performance.getEntriesByType('navigation')[0];"
               "return [performance.timeOrigin, n ? n.domContentLoadedEventEnd : 0]")
        origin = t[0] / 1000
        phases["process_and_webkit_s"].append(origin - asked)
        phases["page_script_s"].append(t[1] / 1000)
        phases["first_view_s"].append(drawn - origin - t[1] / 1000)
        phases["launch_s"].append(drawn - asked)
        # The page's own marks (ui/src: locale.ts, i18n.ts, main.ts, the dashboard), in ms from its origin.
        for name, at in js("return performance.getEntriesByType('mark').map(m => [m.name, m.startTime])"):
            marks.setdefault(name, []).append(at / 1000)
        req(port, "POST", f"/session/{sid}/timeouts", {"script": 60_000})
        # The kept views are drawn ahead once the window is idle (ahead.ts):
        # the first visits below come after that pass, as a creator's first
        # click after reading the dashboard does.
        while js("return document.documentElement.dataset.ahead") not in ("done", "stopped", None) and time.time() - drawn < 30:
            time.sleep(0.02)
        phases.setdefault("drawn_ahead_after_launch_s", []).append(time.time() - drawn)
        # Each view twice: the first visit after launch, then again.
        for visit in range(2):
            for v in VIEWS:
                print(v, file=sys.stderr, flush=True)
                took = req(port, "POST", f"/session/{sid}/execute/async", {"script": CLICK, "args": [v]})["value"] / 1000
                views[v].append(took)
                rounds[visit][v].append(took)
        req(port, "DELETE", f"/session/{sid}")
        time.sleep(0.5)
    print(json.dumps({
        "launch": {k: round(statistics.median(x), 3) for k, x in phases.items()},
        "page_marks_s": {k: round(statistics.median(x), 3) for k, x in marks.items()},
        "click_to_drawn_s": {v: round(statistics.median(x), 3) for v, x in views.items()},
        "click_to_drawn_worst_s": {v: round(max(x), 3) for v, x in views.items()},
        "first_visit_s": {v: round(statistics.median(x), 3) for v, x in rounds[0].items()},
        "visit_again_s": {v: round(statistics.median(x), 3) for v, x in rounds[1].items()},
    }))


if __name__ == "__main__":
    main()
