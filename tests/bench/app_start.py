#!/usr/bin/env python3
"""Measures the desktop app on a given ledger through tauri-driver (already
listening on PORT): launch to dashboard drawn, the time from opening the
dashboard to its charts drawn, and resident memory of the app's processes.

app_start.py PORT APP_BINARY RUNS
"""
import json
import statistics
import subprocess
import sys
import time
import urllib.request


def req(port, method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    r = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, method=method,
                               headers={"content-type": "application/json"})
    try:
        return json.loads(urllib.request.urlopen(r, timeout=120).read())
    except urllib.error.HTTPError as e:
        return json.loads(e.read())


NAMES = ("liveledger-desk", "WebKitWebProces", "WebKitNetworkPr")


def app_processes():
    """(rss KiB, pid, name) of the app and its WebKit helper processes."""
    out = subprocess.run(["ps", "-eo", "rss=,pid=,comm="], capture_output=True, text=True).stdout
    return [line.split(None, 2) for line in out.splitlines() if any(n in line for n in NAMES)]


def rss_mb():
    """Resident memory of the app and its WebKit helper processes, in MiB."""
    return sum(int(rss) for rss, *_ in app_processes()) / 1024


def own_memory():
    """The app's own process (not WebKit's), from /proc/PID/smaps_rollup, in
    MiB: all it holds resident, what is its own (anonymous: heap, stacks,
    SQLite's page cache) and what is mapped from files (shared libraries)."""
    for rss, pid, name in app_processes():
        if name.startswith(NAMES[0]):
            fields = {}
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    parts = line.split()
                    if len(parts) >= 2 and parts[1].isdigit():
                        fields[parts[0].rstrip(":")] = int(parts[1]) / 1024
            return {"rss": fields.get("Rss", 0), "anonymous": fields.get("Anonymous", 0),
                    "file": fields.get("Rss", 0) - fields.get("Anonymous", 0) - fields.get("Shmem", 0)}
    return {}


def new_session(port, app):
    """A WebDriver session on a freshly launched app; tauri-driver sometimes
    drops the first request while the previous window is still closing, so a
    dropped one is asked again (at most 5 times)."""
    for attempt in range(5):
        try:
            s = req(port, "POST", "/session", {"capabilities": {"alwaysMatch": {"tauri:options": {"application": app}}}})
            if "sessionId" in s.get("value", {}):
                return s["value"]["sessionId"]
        except OSError:
            pass
        time.sleep(2)
    raise SystemExit("tauri-driver gave no session in 5 attempts")


def main():
    port, app, runs = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    starts, draws, mem, own = [], [], [], []
    for _ in range(runs):
        # The previous window's processes must be gone, or they would be
        # counted (and a closing WebKit can refuse the next session).
        for _ in range(100):
            if not app_processes():
                break
            time.sleep(0.1)
        t0 = time.perf_counter()
        sid = new_session(port, app)
        js = lambda src: req(port, "POST", f"/session/{sid}/execute/sync", {"script": src, "args": []})["value"]
        while not js("const c = document.getElementById('chart-balance'); return !!(c && c.dataset.drawn)"):
            time.sleep(0.01)
        starts.append(time.perf_counter() - t0)
        # Navigation to a drawn dashboard, measured inside the page.
        js("window.__t = performance.now(); document.getElementById('view').dataset.ready = 'false';"
           "document.getElementById('nav-dashboard').click()")
        while not js("return document.getElementById('view').dataset.ready === 'true' && !!document.getElementById('chart-balance')?.dataset.drawn"):
            time.sleep(0.005)
        draws.append(js("return performance.now() - window.__t") / 1000)
        mem.append(rss_mb())
        own.append(own_memory())
        procs = len(app_processes())
        points = js("return Number(document.getElementById('chart-balance').dataset.drawn)")
        req(port, "DELETE", f"/session/{sid}")
        time.sleep(0.5)
    print(json.dumps({
        "launch_to_dashboard_s": statistics.median(starts),
        "navigate_to_charts_drawn_s": statistics.median(draws),
        "rss_mib": statistics.median(mem),
        "app_process_mib": {k: round(statistics.median(o.get(k, 0) for o in own), 1) for k in ("rss", "anonymous", "file")},
        "daily_points": points,
        "processes_counted": procs,
    }))


if __name__ == "__main__":
    main()
