#!/usr/bin/env python3
"""Generates gift files of realistic shape for benchmarks.

generate.py OUT.csv DAYS ROWS_PER_DAY
    A gift table: one live a day at 19:00, ROWS_PER_DAY gift rows a second
    apart, gifts drawn from the common catalog with a long tail of senders.
generate.py --events OUT.jsonl|OUT.csv DAYS EVENTS_PER_DAY
    The same kind of lives as webcast gift events: JSON Lines in
    TikTok-Live-Connector's flat shape (.jsonl), or the very same events as a
    CSV gift-event log (.csv), so the two import paths can be compared.
    Cheap gifts sent several times arrive as a streak step then its end.
Deterministic.
"""
import datetime as dt
import json
import random
import sys

GIFTS = [("Rose", 1, 50), ("TikTok", 1, 15), ("Finger Heart", 5, 15), ("Doughnut", 30, 8), ("Hand Hearts", 100, 5),
         ("Confetti", 100, 3), ("Corgi", 299, 2), ("Money Gun", 500, 1), ("Galaxy", 1000, 0.5), ("Lion", 29999, 0.01)]
EVENT_COLUMNS = "timestamp,uniqueId,nickname,giftId,giftName,diamondCount,repeatCount,repeatEnd,giftType"


def table(out, days, per_day):
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


def events(out, days, per_day):
    rng = random.Random(2026)
    names = [g[0] for g in GIFTS]
    coins = {g[0]: g[1] for g in GIFTS}
    ids = {g[0]: 5600 + i for i, g in enumerate(GIFTS)}
    weights = [g[2] for g in GIFTS]
    start = int(dt.datetime(2016, 1, 1, 18, 0, 0, tzinfo=dt.timezone.utc).timestamp() * 1000)
    jsonl = out.endswith(".jsonl")
    msg = 7_000_000_000_000_000_000
    with open(out, "w", buffering=1 << 20) as f:
        if not jsonl:
            f.write(EVENT_COLUMNS + "\n")
        for day in range(days):
            t0 = start + day * 86_400_000
            k = 0
            while k < per_day:
                g = rng.choices(names, weights=weights)[0]
                n = rng.choice((1, 1, 1, 2, 5)) if coins[g] <= 5 else 1
                fan = f"fan{int(rng.paretovariate(1.2)) % 20000}"
                gtype = 1 if coins[g] <= 5 else 2
                steps = [(1, False), (n, True)] if n > 1 and k + 1 < per_day else [(n, True)]
                for count, end in steps:
                    t = t0 + k * 1000
                    msg += 1
                    if jsonl:
                        f.write(json.dumps({
                            "giftId": ids[g], "repeatCount": count, "groupId": str(t0), "userId": str(6_900_000 + k),
                            "uniqueId": fan, "nickname": fan.capitalize(),
                            "profilePictureUrl": f"https://p16-sign.example/{fan}.webp", "followRole": 0,
                            "userBadges": [], "isModerator": False, "isNewGifter": False, "isSubscriber": False,
                            "giftType": gtype, "diamondCount": coins[g], "giftName": g, "describe": f"sent {g}",
                            "repeatEnd": end, "msgId": str(msg), "createTime": str(t), "timestamp": t + 40,
                        }, separators=(",", ":")) + "\n")
                    else:
                        f.write(f"{t},{fan},{fan.capitalize()},{ids[g]},{g},{coins[g]},{count},{str(end).lower()},{gtype}\n")
                    k += 1


def main():
    args = sys.argv[1:]
    if args and args[0] == "--events":
        events(args[1], int(args[2]), int(args[3]))
    else:
        table(args[0], int(args[1]), int(args[2]))


if __name__ == "__main__":
    main()
