#!/usr/bin/env python3
"""Where the desktop app's launch goes, without WebDriver: the app is started
as a creator's launcher starts it (no automation session), with
LIVELEDGER_TRACE_START set, and its own trace (src-tauri/app/src/startup.rs)
says when each step happened, in ms since the process was spawned:

  main           the process reached main (exec, dynamic linking)
  ledger open    the ledger's lock and connections are open
  setup          Tauri's app is built (plugins, the window's state)
  page Started   WebKit began loading the page
  call <name>    the page called a command (settings, dashboard, ...)
  page Finished  the page's document finished loading
  call remember_view   the first view is drawn (main.ts remembers it then)

app_trace.py APP_BINARY LEDGER RUNS   (DISPLAY must name a running X server)
"""
import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

DONE = "call remember_view"


def launch(app, ledger):
    """One launch: {step: ms} of its first occurrence, until the first view
    is drawn (or 30 s)."""
    home = tempfile.mkdtemp(prefix="ll-trace-")
    env = dict(os.environ, LIVELEDGER_DB=ledger, XDG_CONFIG_HOME=home, XDG_CACHE_HOME=home,
               LANG="en_US.UTF-8", LIVELEDGER_TRACE_START=str(time.time_ns()))
    p = subprocess.Popen([app], env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    steps = {}
    deadline = time.time() + 30
    try:
        while time.time() < deadline:
            ready, _, _ = select.select([p.stderr], [], [], 1)
            if not ready:
                continue
            line = p.stderr.readline()
            if not line:
                break
            if line.startswith("start "):
                ms, step = line[6:].strip().split(None, 1)
                steps.setdefault(step, float(ms))
                if step == DONE:
                    break
    finally:
        p.terminate()
        try:
            p.wait(10)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
        shutil.rmtree(home, ignore_errors=True)
    return steps


def main():
    app, ledger, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    seen = []
    for _ in range(runs):
        steps = launch(app, ledger)
        if DONE not in steps:
            raise SystemExit(f"the first view was never drawn: {steps}")
        seen.append(steps)
        time.sleep(1)
    order = sorted({s for steps in seen for s in steps}, key=lambda s: statistics.median(x[s] for x in seen if s in x))
    print(f"launch trace, {runs} runs, median (min–max) ms since the process was spawned:")
    for step in order:
        xs = [x[step] for x in seen if step in x]
        print(f"  {step:<28} {statistics.median(xs):7.0f}  ({min(xs):.0f}–{max(xs):.0f})")


if __name__ == "__main__":
    main()
