# Insights ("What earns"): what earns across all of the creator's lives.
# Every figure rests on a number of lives (or TikTok's days); under the
# minimum sample it says so instead of a number. Figures other than $count
# (and the other counts named below) arrive written in the creator's locale.

insights-title = What earns

## A figure and its sample. $n: lives it rests on; $min: lives it needs.

insights-not-enough = not enough lives yet ({ $n } of { $min })
insights-sample-lives = ({ $count ->
    [one] { $count } live
   *[other] { $count } lives
})
insights-sample-days = ({ $count ->
    [one] { $count } day
   *[other] { $count } days
})
insights-sample-weeks = ({ $count ->
    [one] { $count } week
   *[other] { $count } weeks
})
# $value: a percentage figure, such as 50.5.
insights-percent = { $value } %

## The range of lives looked at.

# $date: a date field.
insights-range-from = From { $date }
insights-range-to = to { $date }
insights-from-label = From
insights-to-label = To
insights-show = Show
insights-all-lives = All lives
insights-looked-at = { $count ->
    [one] { $count } live
   *[other] { $count } lives
} looked at · medians · a figure needs { $min } lives

## No lives yet.

insights-empty-title = No lives to learn from yet
insights-empty-text = Insights compare your lives with each other: the best hours to go live, how long pays, what a viewer is worth and who gives. Each figure needs { $min } lives of 15 minutes or more.
insights-add-live = Add a live
insights-import-lives = Import your lives

## Do I get paid per view?

insights-per-view-title = Do I get paid per view?
insights-per-view-answer = No. TikTok pays for gifts, not for views. What a viewer was worth in your own lives:
insights-per-viewer = Diamonds per viewer
insights-per-1000-viewers = Diamonds per 1,000 viewers
# $currency: a currency code, such as EUR.
insights-money-per-1000-viewers = { $currency } per 1,000 viewers
insights-per-hour-same-lives = Diamonds per live hour, same lives
insights-per-1000-views-days = Per 1,000 views, from TikTok's LIVE Center days
insights-per-view-note = Lives count here when their viewers were typed in, imported or captured.

## When you go live: weekday × start hour. The weekday and hour names come
## from the language's own calendar.

insights-when-title = When you go live
insights-when-note = Each cell: the median diamonds per live hour of the lives started then, and (small) how many lives. A cell with fewer than { $min } lives shows only its count.
insights-no-lives-in-range = No lives in this range.
insights-week-caption = Median diamonds per live hour by weekday and start hour (your time zone), with the lives in each cell
insights-week-day = Day
# A cell's tooltip. $day: a weekday; $hour: a start hour.
insights-cell-few = { $day } { $hour }: not enough lives yet ({ $n } of { $min })
# $diamonds: diamonds with their word; $count: lives.
insights-cell = { $day } { $hour }: { $diamonds } an hour, { $count ->
    [one] { $count } live
   *[other] { $count } lives
}

## How long. $from and $to: durations, such as 1 h 30 min.

insights-how-long = How long
insights-lengths-caption = Median diamonds by how long the live ran: where extra time stops paying
insights-col-length = Live length
insights-col-per-hour = Diamonds per live hour
insights-col-per-live = Diamonds per live
insights-band-under = under { $to }
insights-band-between = { $from } to { $to }
insights-band-longer = { $from } and longer

## The room and the gifts. $cut: the line between the halves; $above and
## $below: each half's figure, with its sample.

insights-room-title = The room and the gifts
insights-room-empty = Live capture counts likes, comments, joins and new followers per minute while it runs (never the chat's words). Capture a few lives, or import TikTok's LIVE Center day files, and this shows how your diamonds moved with the room.
# $count: lives capture counted; $comments and $likes: figures with their samples.
insights-room-counted = Live capture counted the room in { $count ->
    [one] { $count } live
   *[other] { $count } lives
}: { $comments } comments and { $likes } likes a minute (medians).
insights-split-comments = When comments a minute was above { $cut }: { $above } diamonds a live hour; at or below it: { $below }.
insights-split-likes = When likes a minute was above { $cut }: { $above } diamonds a live hour; at or below it: { $below }.
insights-split-followers = When new followers an hour was above { $cut }: { $above } diamonds a live hour; at or below it: { $below }.
insights-split-days-likes = When likes a live minute on TikTok's LIVE Center days was above { $cut }: { $above } diamonds a live hour; at or below it: { $below }.
# $count: lives (or days) so far; $min: needed on each side.
insights-split-comments-few = By comments a minute: not enough lives on each side yet ({ $count ->
    [one] { $count } live
   *[other] { $count } lives
} so far; at least { $min } on each side are needed).
insights-split-likes-few = By likes a minute: not enough lives on each side yet ({ $count ->
    [one] { $count } live
   *[other] { $count } lives
} so far; at least { $min } on each side are needed).
insights-split-followers-few = By new followers an hour: not enough lives on each side yet ({ $count ->
    [one] { $count } live
   *[other] { $count } lives
} so far; at least { $min } on each side are needed).
insights-split-days-likes-few = By likes a live minute on TikTok's LIVE Center days: not enough days on each side yet ({ $count ->
    [one] { $count } day
   *[other] { $count } days
} so far; at least { $min } on each side are needed).
insights-cause = These show what went together, not what caused it: a busy chat may bring gifts, or gifts may bring a busy chat.

## A live, minute by minute.

insights-timeline-title = A live, minute by minute
insights-timeline-pick = Live to show
# $pick: the list of lives.
insights-timeline-live = Live { $pick }
insights-timeline-minutes = { $count ->
    [one] { $count } minute with gifts or counts.
   *[other] { $count } minutes with gifts or counts.
}
insights-timeline-uncounted = Live capture did not count the room in this live: only its gifts are shown.
insights-timeline-every-minute = Every minute, with likes, new followers and viewers
insights-col-minute = Minute
insights-col-diamonds = Diamonds
insights-col-comments = Comments
insights-col-likes = Likes
insights-col-new-followers = New followers
insights-col-viewers = Viewers
insights-timeline-note = Bars: diamonds. Line: comments, where live capture counted them. A long live is drawn in steps of a few minutes.

## Plan.

insights-plan-title = Plan
insights-plan-reached = You have reached the minimum withdrawal.
# $diamonds: diamonds with their word.
insights-plan-wait = { $diamonds } to go. The hours you need show after { $min } lives.
# $perHour: diamonds with their word; $lives: the lives it rests on (a
# number); $hours: hours, such as 37.5; $count: the same hours, for the plural.
insights-plan-hours = { $diamonds } to go: at your median of { $perHour } a live hour (last { $lives ->
    [one] { $lives } live
   *[other] { $lives } lives
}), about { $hours } more { $count ->
    [one] hour
   *[other] hours
} live.
# $thisWeek: this week's diamonds; $count: the same, for the plural;
# $average: the weekly average with its sample.
insights-plan-week = This week: { $thisWeek } { $count ->
    [one] diamond
   *[other] diamonds
}; your weekly average over the weeks before: { $average }.
# $date: a date field.
insights-plan-by = Reach it by { $date }
insights-plan-by-label = Reach the minimum by
insights-plan-button = Plan
# $hours: hours a week, such as 1.5; $count: the same, for the plural; $day: a date.
insights-plan-per-week = About { $hours } { $count ->
    [one] hour
   *[other] hours
} live a week until { $day }.
insights-plan-passed = That day has passed.

## Who gives.

insights-who-title = Who gives
insights-gifters-per-live = Gifters per live
insights-returning-gifters = Returning gifters
# $count: 1, 5 or 10.
insights-top-share = { $count ->
    [one] Your top supporter brought
   *[other] Your top { $count } supporters brought
}
# $percent: a percentage.
insights-top-share-value = { $percent } of gift diamonds
insights-no-senders = No gifts with a sender's name in these lives.
insights-supporters-caption = Top supporters in these lives (only in your own view; exports leave names out unless you ask)
insights-col-supporter = Supporter
insights-col-lives = Lives
insights-col-first-gift = First gift
insights-col-last-gift = Last gift
