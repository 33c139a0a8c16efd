# Statements: what the ledger holds per day, week, month or year, for a
# chosen span of dates, and the export for a bookkeeper.

statements-title = Statements
statements-by-period = By period

## Choosing the dates and the period

statements-period = Period
statements-range = Show
statements-all-time = All time
statements-custom = Dates of your choice…
statements-from = From
statements-to = To
statements-apply = Show these dates
statements-by-day = Day
statements-by-week = Week
statements-by-month = Month
statements-by-year = Year
# $step: the smallest amount money is rounded to, written in the locale (0.01).
statements-explain = Days start at midnight in your time zone. Values use the rate each live was recorded with; each row is rounded once; money rounded half-up (away from zero) to { $step }.

## The statement

statements-empty-title = Nothing to report yet
statements-empty-text = Statements appear once you have lives or withdrawals.
statements-empty-range = Nothing happened in these dates.
# $diamonds: the balance with its word ("1,200 diamonds").
statements-opening = Balance before these dates: { $diamonds }.
statements-total = Total
# $amounts: the difference rounding made, per currency.
statements-rounding = Rounding: { $amounts }. Each row is rounded on its own; the total rounds the exact sum, so it can differ by a cent.

## Columns

statements-col-lives = Lives
statements-col-hours = Hours live
statements-col-gifts = Gifts
statements-col-coins = Coins
statements-col-diamonds = Diamonds
statements-col-value = Value
statements-col-withdrawn = Withdrawn
statements-col-fees = Fees
statements-col-net = Net paid
statements-col-corrections = Corrections
statements-col-closing = Closing balance

## Export

statements-export-title = Export for your bookkeeper
statements-export-text = The export holds the whole ledger — every live, gift, withdrawal and correction — in a file your bookkeeper, spreadsheet or tax tool can read. You choose where it goes.
# $path: where the file was written.
statements-exported = Exported to { $path }
statements-export-csv = Spreadsheet (CSV)
statements-export-json = JSON
statements-export-hledger = hledger journal
statements-export-beancount = beancount
