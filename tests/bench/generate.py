#!/usr/bin/env python3
"""Generates gift tables of realistic shape for benchmarks.

generate.py OUT.csv DAYS ROWS_PER_DAY
One live a day at 19:00, ROWS_PER_DAY gift rows a second apart, gifts drawn
from the common catalog with a long tail of senders. Deterministic.
"""
import datetime as dt
import random
import sys

GIFTS = [("Rose", 1, 50), ("TikTok", 1, 15), ("Finger Heart", 5, 15), ("Doughnut", 30, 8), ("Hand Hearts", 100, 5),
         ("Confetti", 100, 3), ("Corgi", 299, 2), ("Money Gun", 500, 1), ("Galaxy", 1000, 0.5), ("Lion", 29999, 0.01)]


def main():
    out, days, per_day = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(2026)
    names = [g[0] for g in GIFTS]
    coins = {g[0]: g[1] for g in GIFTS}
    weights = [g[2] for g in GIFTS]
    start = dt.datetime(2016, 1, 1, 19, 0, 0)
    with open(out, "w", buffering=1 << 20) as f:
        f.write("date,gift,coins,count,sender\n")
        for day in range(days):
            t0 = start + dt.timedelta(days=day)
            picks = rng.choices(names, weights=weights, k=per_day)
            for k in range(per_day):
                t = t0 + dt.timedelta(seconds=k)
                g = picks[k]
                n = rng.choice((1, 1, 1, 2, 5)) if coins[g] <= 5 else 1
                f.write(f"{t:%Y-%m-%d %H:%M:%S},{g},{coins[g]},{n},fan{int(rng.paretovariate(1.2)) % 20000}\n")


if __name__ == "__main__":
    main()
