#!/usr/bin/env python3
"""Resident memory of the desktop app's own process (not WebKit's) before
and after an import made in the window, through tauri-driver (already
listening on PORT, with LIVELEDGER_DB set to a ledger this may change).

app_import.py PORT APP_BINARY FILE
"""
import json
import sys
import time

from app_start import app_processes, own_memory, req


def main():
    port, app, path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    for _ in range(100):
        if not app_processes():
            break
        time.sleep(0.1)
    s = req(port, "POST", "/session", {"capabilities": {"alwaysMatch": {"tauri:options": {"application": app}}}})
    sid = s["value"]["sessionId"]
    js = lambda src, args=(): req(port, "POST", f"/session/{sid}/execute/sync", {"script": src, "args": list(args)})["value"]
    while not js("const c = document.getElementById('chart-balance'); return !!(c && c.dataset.drawn)"):
        time.sleep(0.05)
    req(port, "POST", f"/session/{sid}/timeouts", {"script": 600_000})
    before = own_memory()
    t0 = time.perf_counter()
    report = req(port, "POST", f"/session/{sid}/execute/async", {
        "script": "const done = arguments[arguments.length - 1];"
                  "window.__TAURI_INTERNALS__.invoke('import_file', {path: arguments[0], format: 'auto', dryRun: false, map: null})"
                  ".then(r => done(r), e => done({error: String(e && e.message || JSON.stringify(e))}));",
        "args": [path]})["value"]
    took = time.perf_counter() - t0
    time.sleep(1)
    after = own_memory()
    req(port, "DELETE", f"/session/{sid}")
    print(json.dumps({"import_in_app_s": round(took, 2), "rows_added": report.get("rows_added", report),
                      "app_process_mib_before": {k: round(v, 1) for k, v in before.items()},
                      "app_process_mib_after_import": {k: round(v, 1) for k, v in after.items()}}))


if __name__ == "__main__":
    main()
