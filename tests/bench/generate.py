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
generate.py --bursty OUT.csv DAYS ROWS_PER_DAY
    A gift table as other tools write it (Date,Gift,Coins,Quantity,From):
    gifts 0-3 s apart, so several rows share a second and some repeat
    exactly (a viewer sending the same gift twice in a second), 5,000
    senders, one live a day starting between 18:00 and 22:00.
generate.py --streaks OUT.csv DAYS EVENTS_PER_DAY
    A gift-event log in which streakable gifts send every step of their
    streak (repeatCount 1, 2, 3 ... then the end), several viewers' streaks
    interleaved, one-tap gifts as a step and an end, and now and then a
    streak whose end never came: most rows are folded into their streak.
generate.py --summary OUT.csv SESSIONS
    A per-session summary (LIVE analytics): six lives a day from 2000 on (dates before 2000 are refused as typos),
    with durations, diamonds (some with thousands separators), viewers.
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


HANDLES = ("lena", "mo", "the_real_k", "xx.gamer", "nina.m", "papa_bear", "j", "sunflower_girl", "kev", "lucía")


def sender_of(n):
    return f"{HANDLES[n % len(HANDLES)]}{n}"


def bursty(out, days, per_day):
    rng = random.Random(2027)
    names = [g[0] for g in GIFTS]
    coins = {g[0]: g[1] for g in GIFTS}
    weights = [g[2] for g in GIFTS]
    start = dt.datetime(2023, 1, 1)
    with open(out, "w", buffering=1 << 20) as f:
        f.write("Date,Gift,Coins,Quantity,From\n")
        for day in range(days):
            t = start + dt.timedelta(days=day, hours=18, seconds=rng.randrange(4 * 3600))
            gaps = rng.choices((0, 1, 2, 3), weights=(3, 3, 2, 2), k=per_day)
            picks = rng.choices(names, weights=weights, k=per_day)
            prev = None
            for k in range(per_day):
                t += dt.timedelta(seconds=gaps[k])
                if gaps[k] == 0 and prev is not None and rng.random() < 0.3:
                    row = prev  # the same gift again within the second: an exact repeat
                else:
                    g = picks[k]
                    n = rng.choice((1, 1, 1, 2, 5, 10)) if coins[g] <= 5 else 1
                    # A long tail: a few fans send much, most send once or twice.
                    who = int(rng.paretovariate(0.9)) - 1 if rng.random() < 0.6 else rng.randrange(5000)
                    row = (g, coins[g], n, sender_of(min(who, 4999)))
                prev = row
                f.write(f"{t:%Y-%m-%d %H:%M:%S},{row[0]},{row[1]},{row[2]},{row[3]}\n")


def streaks(out, days, per_day):
    rng = random.Random(2028)
    names = [g[0] for g in GIFTS]
    coins = {g[0]: g[1] for g in GIFTS}
    ids = {g[0]: 5600 + i for i, g in enumerate(GIFTS)}
    weights = [g[2] for g in GIFTS]
    start = int(dt.datetime(2020, 1, 1, 18, 0, 0, tzinfo=dt.timezone.utc).timestamp() * 1000)
    with open(out, "w", buffering=1 << 20) as f:
        f.write(EVENT_COLUMNS + "\n")
        for day in range(days):
            t = start + day * 86_400_000
            active = []  # [sender, gift, next count, final count]
            k = 0
            while k < per_day:
                t += rng.randrange(100, 600)
                if len(active) < 3 and (not active or rng.random() < 0.2):
                    g = rng.choices(names, weights=weights)[0]
                    fan = sender_of(int(rng.paretovariate(1.0)) % 5000)
                    if coins[g] > 5:
                        # Not streakable: one event per gift.
                        f.write(f"{t},{fan},{fan.capitalize()},{ids[g]},{g},{coins[g]},1,false,2\n")
                        k += 1
                        continue
                    if not any(a[0] == fan and a[1] == g for a in active):
                        # One streak at a time per viewer and gift, as TikTok sends them.
                        active.append([fan, g, 1, rng.choice((1, 1, 2, 3, 5, 8, 10, 15, 20, 30, 50))])
                    if not active:
                        continue
                s = rng.choice(active)
                fan, g, n, last = s
                end = n >= last
                if end and last == 1 and rng.random() < 0.5:
                    # A one-tap gift: a step and then its end, both count 1.
                    f.write(f"{t},{fan},{fan.capitalize()},{ids[g]},{g},{coins[g]},1,false,1\n")
                    k += 1
                if end and rng.random() < 0.003:
                    active.remove(s)  # the end never came (a dropped connection)
                    continue
                f.write(f"{t},{fan},{fan.capitalize()},{ids[g]},{g},{coins[g]},{n},{str(end).lower()},1\n")
                k += 1
                if end:
                    active.remove(s)
                else:
                    s[2] += 1


def summary(out, sessions):
    rng = random.Random(2029)
    day0 = dt.date(2000, 1, 1)
    with open(out, "w", buffering=1 << 20) as f:
        f.write("Date,Start time,Duration,Diamonds,Viewers,Peak viewers,New followers,Likes\n")
        for i in range(sessions):
            d = day0 + dt.timedelta(days=i // 6)
            start = (i % 6) * 4 * 60 + rng.randrange(60)
            minutes = rng.randrange(15, 180)
            duration = (f"{minutes // 60}:{minutes % 60:02}:00", str(minutes), f"{minutes // 60}h {minutes % 60}m")[i % 3]
            diamonds = int(rng.paretovariate(1.1) * 50)
            shown = f'"{diamonds:,}"' if diamonds >= 1000 and i % 2 else str(diamonds)
            viewers = rng.randrange(20, 5000)
            f.write(f"{d},{start // 60:02}:{start % 60:02},{duration},{shown},{viewers},{viewers // rng.randrange(3, 12)},"
                    f"{rng.randrange(0, 60)},{rng.randrange(0, 20000)}\n")


def main():
    args = sys.argv[1:]
    if args and args[0] == "--events":
        events(args[1], int(args[2]), int(args[3]))
    elif args and args[0] == "--bursty":
        bursty(args[1], int(args[2]), int(args[3]))
    elif args and args[0] == "--streaks":
        streaks(args[1], int(args[2]), int(args[3]))
    elif args and args[0] == "--summary":
        summary(args[1], int(args[2]))
    else:
        table(args[0], int(args[1]), int(args[2]))


if __name__ == "__main__":
    main()
