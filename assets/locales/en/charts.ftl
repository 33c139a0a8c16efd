# Charts: axis titles, legends, tooltips, the summary a screen reader hears,
# and the toggle to their figures as a table. Time runs left to right in
# every language.

charts-show-table = Show the figures as a table
charts-hide-table = Hide the table
charts-none-yet = No figures yet.

## Axis titles, legends and table columns

charts-diamonds = Diamonds
charts-value = Value
charts-day = Day
charts-week = Week
charts-month = Month
charts-balance = Balance (diamonds)
charts-withdrawn = Withdrawn (diamonds)
charts-withdrawn-money = Withdrawn (money)
charts-live = Live
charts-title = Title
charts-time = Time
charts-comments = Comments
# $currency: a currency code, such as USD.
charts-per-hour = { $currency } per hour live
charts-per-1k = { $currency } per 1,000 viewers

## Diamonds earned per day, week or month. $count: how many periods;
## $from, $to, $at: periods; $best: the most diamonds, with their word.

charts-earned-summary-day = { $count ->
    [one] Bar chart of diamonds earned by day, { $count } day from { $from } to { $to }. Highest: { $best } on { $at }.
   *[other] Bar chart of diamonds earned by day, { $count } days from { $from } to { $to }. Highest: { $best } on { $at }.
}
charts-earned-summary-week = { $count ->
    [one] Bar chart of diamonds earned by week, { $count } week from { $from } to { $to }. Highest: { $best } in { $at }.
   *[other] Bar chart of diamonds earned by week, { $count } weeks from { $from } to { $to }. Highest: { $best } in { $at }.
}
charts-earned-summary-month = { $count ->
    [one] Bar chart of diamonds earned by month, { $count } month from { $from } to { $to }. Highest: { $best } in { $at }.
   *[other] Bar chart of diamonds earned by month, { $count } months from { $from } to { $to }. Highest: { $best } in { $at }.
}
charts-earned-caption-day = Diamonds by day
charts-earned-caption-week = Diamonds by week
charts-earned-caption-month = Diamonds by month

## The balance at each day's end. $count: days; $from, $to, $at: days;
## $now, $high: the balance, with its word.

charts-balance-summary = { $count ->
    [one] Line chart of the diamond balance at the end of { $count } day, from { $from } to { $to }: { $now } at the end; highest { $high } on { $at }.
   *[other] Line chart of the diamond balance at the end of each of { $count } days, from { $from } to { $to }: { $now } at the end; highest { $high } on { $at }.
}
# $count: the days with a withdrawal.
charts-balance-marks = { $count ->
    [one] { $count } day with a withdrawal, marked.
   *[other] { $count } days with a withdrawal, marked.
}
# Tooltip lines. $diamonds: with their word; $money: what was withdrawn.
charts-tip-balance = Balance: { $diamonds }
charts-tip-withdrawn = Withdrawn: { $diamonds }
charts-tip-withdrawn-money = Withdrawn: { $diamonds } ({ $money })

## What each live earned. $count: lives; $currency: a currency code;
## $from, $to, $at: dates and times; $best: money per hour.

charts-per-live-summary = { $count ->
    [one] Scatter chart of { $count } live from { $from } to { $to }: what it earned in { $currency } per hour live (left axis) and per 1,000 viewers (right axis). Best per hour: { $best }, { $at }.
   *[other] Scatter chart of { $count } lives from { $from } to { $to }: what each earned in { $currency } per hour live (left axis) and per 1,000 viewers (right axis). Best per hour: { $best }, { $at }.
}
charts-per-live-caption = { $currency } per hour live and { $currency } per 1,000 viewers, per live
# Tooltip lines. $money: an amount with its currency.
charts-tip-per-hour = { $money } per hour live
charts-tip-per-1k = { $money } per 1,000 viewers

## One live over time, in steps of $count minutes. $from, $to, $at: times
## of day; $best: the most diamonds in one step, with their word.

charts-timeline-summary = { $count ->
    [one] Bar chart of one live's diamonds a minute from { $from } to { $to }, with its comments as a line (right axis). Most diamonds: { $best } at { $at }.
   *[other] Bar chart of one live's diamonds per { $count } minutes from { $from } to { $to }, with its comments as a line (right axis). Most diamonds: { $best } at { $at }.
}
charts-timeline-diamonds = { $count ->
    [one] Diamonds a minute
   *[other] Diamonds per { $count } minutes
}
charts-timeline-comments = { $count ->
    [one] Comments a minute
   *[other] Comments per { $count } minutes
}
charts-timeline-caption = { $count ->
    [one] Diamonds and comments a minute
   *[other] Diamonds and comments per { $count } minutes
}
# A tooltip line: $count comments.
charts-comments-count = { $count ->
    [one] { $count } comment
   *[other] { $count } comments
}
