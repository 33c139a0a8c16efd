#!/usr/bin/env python3
"""Reads `cargo bench --bench ledger` output on stdin and prints each
benchmark's median on one line, then the dashboard, summary and month report
as fractions of the two floors measured in the same run."""
import re
import sys

UNIT = {"ns": 1e-9, "µs": 1e-6, "us": 1e-6, "ms": 1e-3, "s": 1.0}
TIME = re.compile(r"time:\s+\[\S+ \S+ (\S+) (\S+) \S+ \S+\]")


def main():
    medians, group, name = {}, None, None
    for line in sys.stdin:
        line = line.rstrip("\n")
        head = re.match(r"^(\d+-sessions[^/]*)/(.*?)(\s+time:.*)?$", line)
        if head:
            group, name = head.group(1), head.group(2).strip()
        t = TIME.search(line)
        if t and name:
            medians[name] = float(t.group(1)) * UNIT[t.group(2)]
            name = None
    if not medians:
        print("criterion: no figures read (did the bench build?)")
        return
    for n, s in medians.items():
        print(f"{group} {n}: {s * 1e3:.2f} ms")
    full, count = medians.get("floor: read every gift row"), medians.get("floor: SELECT count(*) FROM gifts")
    for n in ("dashboard data", "summary", "report by month"):
        if n in medians and full and count:
            print(f"{group} {n}: {medians[n] / full:.3f}x a full read of the gift rows, {medians[n] / count:.2f}x count(*)")


if __name__ == "__main__":
    main()
