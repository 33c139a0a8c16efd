# The dashboard: the balance, the way to TikTok's minimum withdrawal, whether
# a withdrawal can be asked for now, this week and month, charts and top lists.
# Figures other than $count arrive already written in the creator's locale.

dashboard-title = Dashboard

## The empty ledger.

dashboard-empty-title = No lives recorded yet
dashboard-empty-text = Add your first live: type it in, tally gifts while you are live, or import the files your live tools or TikTok gave you.
dashboard-add-live = Add a live
dashboard-import-file = Import a file
dashboard-tally = Start a live tally
# $load is a button labelled with dashboard-demo-load.
dashboard-demo-offer = Just looking around? { $load } — you can clear it in Settings.
dashboard-demo-load = Load six months of demo data
dashboard-demo-loaded = Demo data loaded

## The balance.

dashboard-balance = Balance
# The word after a large diamond figure; $count is that figure.
dashboard-diamonds-unit = { $count ->
    [one] diamond
   *[other] diamonds
}
dashboard-earned = Earned
dashboard-withdrawn = Withdrawn
dashboard-corrections = Corrections
dashboard-pending = Payouts on the way
# $min: the minimum withdrawal in money.
dashboard-rounded-down = Rounded down: it is a little under the { $min } minimum, so it is not shown as reaching it.
# $rate: money per diamond.
dashboard-valued-today = Worth this at today's rate ({ $rate } a diamond). Statements use each live's own day's rate.

## The way to the minimum withdrawal.

dashboard-threshold-title = Withdrawal minimum
dashboard-progress-label = Progress to TikTok's minimum withdrawal
# $balance and $min: money; $percent: the share reached, such as 61.7 %.
dashboard-threshold-reached = { $balance } of { $min } — reached · { $percent }
# $diamonds: diamonds with their word ("1,965 diamonds"); $value: their money.
dashboard-threshold-to-go = { $balance } of { $min } — { $diamonds } ({ $value }) to go · { $percent }
dashboard-can-cash-out = You can cash out once the other conditions are met.
# $days: the days the pace is taken over (28); $pace: diamonds with their word; $day: a date.
dashboard-eta = At your last-{ $days }-days pace ({ $pace } a day) you reach it around { $day }.
# $min: lives a forecast needs (3); $count: lives still missing.
dashboard-eta-wait = A forecast appears after { $min } lives in { $days } days — { $count ->
    [one] { $count } more live
   *[other] { $count } more lives
} to go.
dashboard-eta-none = No lives in the last { $days } days, so no forecast yet.

## Can I withdraw?

dashboard-ready-title = Can I withdraw?
dashboard-ready = Ready to withdraw
dashboard-not-yet = Not yet
dashboard-withdrawable = You can withdraw { $diamonds } ({ $value }) now.
dashboard-rate-since = Rate since { $day }: { $rate } a diamond.
# The link to the payout part of Settings, inside the two blockers below.
dashboard-payout-link = Settings → Payout
dashboard-blocker-negative-balance = Your balance is negative ({ $diamonds }): more was withdrawn or corrected than earned. Check your withdrawals, or enter what your TikTok wallet shows under Withdrawals → Reconcile.
dashboard-blocker-below-minimum = { $balance } of the { $min } minimum — { $diamonds } to go. Keep going live.
# $link: dashboard-payout-link, as a link.
dashboard-blocker-age = Confirm you are 18 or older with a verified account in { $link }.
dashboard-blocker-payout = Link a payout method in TikTok, then name it in { $link }.
dashboard-blocker-daily-maximum = You have used up today's withdrawal maximum. Try again tomorrow.

## This week and month so far.

dashboard-compare-title = This week and month so far
dashboard-compare-note = Against the same days of the week and month before, as TikTok's LIVE Center compares them.
dashboard-week = This week
dashboard-month = This month
# $from and $to: dates.
dashboard-compare-lives = { $count ->
    [one] { $count } live
   *[other] { $count } lives
} · { $from } – { $to }
# $change: such as +12.5 %; $before: diamonds with their word.
dashboard-change-week = { $change } on the same days last week ({ $before })
dashboard-change-month = { $change } on the same days last month ({ $before })
dashboard-nothing-week = Nothing earned on the same days last week.
dashboard-nothing-month = Nothing earned on the same days last month.

## Charts and top lists.

dashboard-earned-title = Diamonds earned
dashboard-group-by = Group by
dashboard-by-day = Day
dashboard-by-week = Week
dashboard-by-month = Month
dashboard-balance-chart-title = Balance over time, withdrawals marked
# $min: lives a chart needs (3); $count: lives so far.
dashboard-chart-wait = Appears after { $min } lives (you have { $count ->
    [one] { $count } live
   *[other] { $count } lives
} so far).
dashboard-top-gifts = Top gifts (by coins spent)
dashboard-top-gifts-empty = Gift rows appear here once you log or import gifts.
dashboard-top-supporters = Top supporters (by coins spent)
dashboard-top-supporters-empty = Senders appear here once gifts carry a sender.
# $coins: coins with their word; $share: a percentage.
dashboard-top-row = { $coins } · { $share }
dashboard-worth-title = What is an hour live, and a viewer, worth?
dashboard-worth-note = TikTok pays nothing per view; these are your gifts divided by your hours and viewers, per live.
