# TikTok days: TikTok LIVE Center's own figures per day beside the ledger's
# days, and booking a day TikTok reports but the ledger has no live on.

days-title = TikTok days

## No TikTok LIVE Center files yet

days-empty-title = No TikTok LIVE Center days yet
days-empty-text = In TikTok LIVE Center, open your LIVE analytics and download them: four CSV files (Revenue, Activity, Viewers, Engagement), one row per day. Import any of them here; LiveLedger keeps them as TikTok's figures beside your ledger and never adds them to your balance.
days-empty-import = Import TikTok's files

## TikTok's figures beside the ledger

days-beside-title = TikTok's figures beside your ledger
days-beside-text = TikTok LIVE Center's own figures per day, from the files you imported. They are TikTok's word, kept beside your ledger and never added to your balance. Your ledger's day is the day each live started, in your time zone.
# $tiktok: TikTok's diamonds with their word; $ledger: the ledger's, a figure;
# $count: how many days differ.
days-total = { $count ->
    [one] TikTok reports { $tiktok } over these days; your ledger has { $ledger } on them. { $count } day differs.
   *[other] TikTok reports { $tiktok } over these days; your ledger has { $ledger } on them. { $count } days differ.
}
# $count: the days with no live; $diamonds: TikTok's diamonds on them, with their word.
days-book-all = { $count ->
    [one] Book the { $count } day with no live ({ $diamonds })
   *[other] Book all { $count } days with no live ({ $diamonds })
}
days-book-one = Book this day
days-what-differs = What differs

## Columns and statuses

days-col-day = Day
days-col-tiktok = TikTok
days-col-ledger = Ledger
days-col-difference = Difference
days-col-lives = Lives
days-col-live-time = LIVE time
days-col-viewers = Unique viewers
days-col-likes = Likes
days-col-status = Status
# A column of buttons, named for screen readers only.
days-col-actions = Actions
days-status-matches = Same
days-status-missing = Ledger has fewer
days-status-extra = Ledger has more
days-status-no-lives = No live
days-status-no-tiktok-diamonds = No TikTok diamonds

## What a day's comparison says. $day: the date; $tiktok: TikTok's diamonds
## with their word; $ledger and $difference: figures; $count: the ledger's lives.

days-sentence-no-diamonds = { $count ->
    [one] TikTok's files give no diamonds for { $day }; your ledger has { $ledger } from { $count } live.
   *[other] TikTok's files give no diamonds for { $day }; your ledger has { $ledger } from { $count } lives.
}
days-sentence-not-listed = { $count ->
    [one] TikTok's files do not list { $day }; your ledger has { $ledger } from { $count } live.
   *[other] TikTok's files do not list { $day }; your ledger has { $ledger } from { $count } lives.
}
days-sentence-same = TikTok reports { $tiktok } on { $day }; your ledger has the same.
days-sentence-missing = TikTok reports { $tiktok } on { $day }; your ledger has { $ledger } ({ $difference } missing).
days-sentence-extra = TikTok reports { $tiktok } on { $day }; your ledger has { $ledger } ({ $difference } more than TikTok).
days-sentence-no-lives = TikTok reports { $tiktok } on { $day }; your ledger has no live that day.

## Booking days from TikTok's figures

# $count: how many days are booked.
days-book-title = { $count ->
    [one] Book this day from TikTok's figure?
   *[other] Book { $count } days from TikTok's figures?
}
# $day: the date; $diamonds: TikTok's diamonds that day, with their word.
days-book-line = { $day }: a session with TikTok's { $diamonds }
# $diamonds: all the booked diamonds, with their word.
days-book-effect = Your balance grows by { $diamonds }. Only days your ledger has no live on are booked.
days-book-confirm = { $count ->
    [one] Book the day
   *[other] Book the days
}
# $count: the days booked; $diamonds: their diamonds, with their word.
days-booked = { $count ->
    [one] Booked { $count } day: { $diamonds }
   *[other] Booked { $count } days: { $diamonds }
}
days-undo = Undo
days-unbooked = Took the booked days out again
