#!/usr/bin/env python3
"""Writes demo-ledger.csv: six months of a small creator's lives, deterministic,
and demo-minutes.csv: the room live capture counted, minute by minute, in the
lives from August on.

Run from this folder: python3 generate.py. The app loads the result on an empty
ledger ("Load demo data"); it imports as LiveLedger CSV, so it can be undone.

The lives are drawn so that every insight has something to show: Friday and
Saturday evenings and the 20:00 start earn more an hour, lives past two hours
earn less for each extra hour, a livelier room goes with more gifts, and a
few loyal fans come back live after live.
"""
import csv
import datetime as dt
import random

COLUMNS = ["record", "session_ref", "started_at", "ended_at", "title", "peak_viewers", "unique_viewers",
           "likes", "new_followers", "notes", "reported_diamonds", "at", "gift_name", "coins_each", "count",
           "sender", "diamonds", "gross", "fee", "net", "method", "status", "reference", "reason",
           "effective_from", "diamonds_per_coin", "money_per_diamond", "currency", "min_withdrawal",
           "max_withdrawal_per_day"]
GIFTS = [("Rose", 1, 60), ("TikTok", 1, 20), ("Heart Me", 1, 15), ("Finger Heart", 5, 25), ("Rosa", 10, 8),
         ("Perfume", 20, 6), ("Doughnut", 30, 6), ("Hand Hearts", 100, 4), ("Confetti", 100, 3),
         ("Sunglasses", 199, 2), ("Corgi", 299, 1.5), ("Money Gun", 500, 1), ("Galaxy", 1000, 0.4),
         ("Whale Diving", 2150, 0.1), ("Lion", 29999, 0.01)]
SENDERS = ["mia.sings", "jonas_k", "lea🌸", "tom-the-fan", "ana.lima", "kenji", "sofia_r", "ben", "chloé",
           "night_owl", "ahmed", "julia.b", "nico", "emma✨", "lukas", "marta", "raj", "olga", "sam", "yuki",
           "<b>not bold</b>", "陈小龙", "max", "ida", "leo", "zoe"]
MINUTE_COLUMNS = ["session_ref", "minute", "likes", "comments", "joins", "follows", "shares", "viewers"]
# Earnings an hour by weekday (Monday first) and by start hour.
WEEKDAY = [0.8, 0.85, 0.9, 1.0, 1.5, 1.6, 1.2]
HOUR = {17: 0.75, 18: 0.9, 19: 1.1, 20: 1.35}
# The first senders are the loyal fans: they give far more often.
SENDER_WEIGHTS = [12, 9, 7, 5] + [1] * 22
CAPTURED_FROM = dt.date(2026, 8, 1)
TITLES = ["Evening chat", "Singing requests", "Q&A", "Late night lo-fi", "Game night", "Sunday cozy live"]


def sender(rng):
    """A regular (the loyal fans most often) or, one gift in four, a passer-by."""
    if rng.random() < 0.25:
        return f"guest{rng.randint(1, 600)}"
    return rng.choices(SENDERS, weights=SENDER_WEIGHTS)[0]


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def main():
    rng = random.Random(20260601)
    rows = [{"record": "rate", "effective_from": "2016-09-01", "diamonds_per_coin": "1",
             "money_per_diamond": "0.005", "currency": "USD", "min_withdrawal": "10",
             "max_withdrawal_per_day": "1000"}]
    day = dt.date(2026, 5, 1)
    end = dt.date(2026, 11, 24)
    ref = 0
    earned = 0
    gift_rows = []
    minute_rows = []
    while day <= end:
        growth = 1 + (day - dt.date(2026, 5, 1)).days / 120
        if rng.random() < 0.62:
            ref += 1
            start = dt.datetime(day.year, day.month, day.day, 17 + rng.randint(0, 3), rng.choice([0, 15, 30]))
            minutes = rng.choice([20, 45, 60, 75, 90, 120, 150, 180, 210])
            stop = start + dt.timedelta(minutes=minutes)
            viewers = int(rng.randint(150, 600) * growth)
            rows.append({"record": "session", "session_ref": ref, "started_at": iso(start), "ended_at": iso(stop),
                         "title": rng.choice(TITLES), "peak_viewers": viewers // 6, "unique_viewers": viewers,
                         "likes": viewers * rng.randint(4, 12), "new_followers": rng.randint(0, viewers // 25),
                         "reported_diamonds": "0"})
            # How lively the room was: more comments went with more gifts.
            room = rng.uniform(0.5, 1.6)
            # Past 90 minutes, each extra minute brings a quarter as much.
            paid = min(minutes, 90) + max(minutes - 90, 0) / 4
            pace = WEEKDAY[day.weekday()] * HOUR[start.hour] * room
            for _ in range(int(rng.randint(8, 30) * growth * pace * paid / 90)):
                name, coins, _w = rng.choices(GIFTS, weights=[g[2] for g in GIFTS])[0]
                count = rng.choice([1, 1, 1, 2, 3, 5, 10]) if coins <= 5 else 1
                at = start + dt.timedelta(seconds=rng.randint(30, minutes * 60 - 30))
                gift_rows.append({"record": "gift", "session_ref": ref, "at": iso(at), "gift_name": name,
                                  "coins_each": coins, "count": count,
                                  "sender": sender(rng)})
                earned += coins * count
            if day >= CAPTURED_FROM:
                follows = rows[-1]["new_followers"]
                for m in range(minutes):
                    minute_rows.append({"session_ref": ref, "minute": m,
                                        "likes": rng.randint(0, viewers // 10),
                                        "comments": rng.randint(0, int(6 * room * growth)),
                                        "joins": rng.randint(0, int(8 * growth)),
                                        "follows": 1 if rng.random() < follows / minutes else 0,
                                        "shares": 1 if rng.random() < 0.05 * room else 0,
                                        "viewers": rng.randint(viewers // 12, viewers // 6)})
        day += dt.timedelta(days=1)
    rows.extend(gift_rows)
    first = 4000
    adjustment = -120
    second = earned - first + adjustment - 1450  # leaves 1,450 diamonds: below the 2,000 threshold
    for at, diamonds, ref_no in [(dt.datetime(2026, 7, 20, 10), first, "PP-2026-07-A"),
                                 (dt.datetime(2026, 11, 24, 23), second, "PP-2026-11-B")]:
        gross = f"{diamonds * 0.005:.2f}"
        rows.append({"record": "withdrawal", "at": iso(at), "diamonds": diamonds, "gross": gross, "fee": "0.00",
                     "net": gross, "method": "PayPal", "status": "paid", "reference": ref_no})
    rows.append({"record": "adjustment", "at": iso(dt.datetime(2026, 9, 1, 9)), "diamonds": adjustment,
                 "reason": "reconciled with the TikTok wallet (a refunded gift)"})
    with open("demo-ledger.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    with open("demo-minutes.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=MINUTE_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(minute_rows)
    print(f"{ref} sessions, {len(gift_rows)} gift rows, {earned} coins earned, {len(minute_rows)} minutes")


if __name__ == "__main__":
    main()
