# The command line's own words (src-tauri/core/src/cli/, capture_cli.rs):
# table headings, cells, confirmations, the days and insights reports,
# capture's status lines and the CLI's own refusals. The page never loads
# this area. Figures arrive already written in the language ($sessions,
# $diamonds, $value…, as text); $count is a number that only picks the
# plural form. English keeps the words the CLI has always printed (scripts
# and tests quote them), so its plurals are fixed where they always were.
# Commands, flags and values typed back (`--apply`, `liveledger restore
# FILE`, `--book DAY`) stay as they are in every language.

## Table headings.

cli-col-id = id
cli-col-deleted = deleted
cli-col-what = what
cli-col-start = start
cli-col-hours = hours
cli-col-title = title
cli-col-gifts = gifts
cli-col-diamonds = diamonds
cli-col-value = value
cli-col-viewers = viewers
cli-col-diamonds-per-hour = diamonds/h
cli-col-per-1k-viewers = per 1k viewers
cli-col-at = at
cli-col-gift = gift
cli-col-coins = coins
cli-col-count = count
# Who sent the gift.
cli-col-sender = from
cli-col-note = note
cli-col-requested = requested
cli-col-gross = gross
cli-col-fee = fee
cli-col-net = net
cli-col-currency = currency
cli-col-method = method
cli-col-status = status
cli-col-reason = reason
# The day a rate takes effect.
cli-col-effective = from
cli-col-diamonds-per-coin = diamonds/coin
cli-col-money-per-diamond = money/diamond
cli-col-min-withdrawal = min withdrawal
cli-col-max-per-day = max/day
cli-col-session = session
cli-col-day = day
cli-col-rate = rate
cli-col-imported = imported
cli-col-file = file
cli-col-format = format
cli-col-added = added
cli-col-skipped = skipped
cli-col-sessions = sessions
cli-col-period = period
cli-col-withdrawn = withdrawn
cli-col-fees = fees
cli-col-net-paid = net paid
cli-col-adjusted = adjusted
cli-col-balance = balance
cli-col-tiktok = TikTok
cli-col-ledger = ledger
cli-col-difference = difference
cli-col-lives = lives

## Cells.

# A live still going, in the hours column.
cli-cell-live = live
# A streak whose end the file did not hold.
cli-cell-estimated = estimated
# No maximum withdrawal a day.
cli-cell-none = none
# The rate a session moves to, from $day on.
cli-rerate-from = from { $day }
cli-settings-database = database

## Confirmations.

cli-restored = restored { $ledger } from { $backup }: { $sessions } sessions, { $gifts } gift rows, { $withdrawals } withdrawals
cli-restored-kept = the ledger as it was is kept in { $copy }
cli-cleared = cleared; the ledger as it was is kept in { $copy } (liveledger restore FILE brings it back)
# $label: the record, as the ledger names it; $undo: the trash entry's id.
cli-deleted = deleted { $label }; `liveledger trash restore { $undo }` puts it back
cli-put-back = put back { $label }
cli-trash-empty = nothing deleted in the last { $count ->
       *[other] { $days } days
    }
cli-backed-up = backed up to { $file }
cli-undone = undid import { $id }: removed { $gifts } gift rows and { $sessions } sessions
cli-demo-loaded = loaded demo data: { $sessions } sessions and { $rows } gift, withdrawal and adjustment rows
cli-in-balance = in balance: { $count ->
       *[other] { $balance } diamonds
    }
# $difference has its sign (+60, -60).
cli-reconciled = adjustment { $id }: { $count ->
       *[other] { $difference } diamonds
    } (ledger said { $ledger }, TikTok says { $wallet })
# $from is YYYY-MM-DD, as --from takes it.
cli-rate-not-applied = note: { $count ->
       *[other] { $stay } session(s)
    } from { $from } on keep the rate they were recorded with; `liveledger rerate --from { $from }` shows what moving them would change
cli-reading = reading… { $percent }%
cli-rerate-none = every session already has the rate in force on its day
cli-rerated = re-rated { $count ->
       *[other] { $sessions } session(s)
    }
cli-rerate-preview = nothing changed; add --apply to re-rate these { $count ->
       *[other] { $sessions } session(s)
    }
# $warning: the import's warning as it was stored (English).
cli-import-warning = import { $id }: { $warning }

## Statements.

# The statement's last row, every period together.
cli-statement-total = total
cli-statement-opening = balance before the first day: { $balance }
cli-statement-rounding = rounding: { $rounding } (each row is rounded on its own; the total rounds the exact sum)
cli-statement-rates = Values use the rate each session was recorded with; money rounded half-up (away from zero) to 0.01.

## TikTok's days beside the ledger's. $on: the day; $tiktok, $ledger,
## $difference: diamonds; $day (for --book) is YYYY-MM-DD.

cli-day-status-same = same
cli-day-status-fewer = ledger has fewer
cli-day-status-more = ledger has more
cli-day-status-bookable = no live: bookable
cli-day-status-no-live = no live
cli-day-status-no-tiktok = no TikTok diamonds
cli-day-matches = TikTok reports { $count ->
       *[other] { $tiktok } diamonds
    } on { $on }; your ledger has the same
cli-day-missing = TikTok reports { $count ->
       *[other] { $tiktok } diamonds
    } on { $on }; your ledger has { $ledger } ({ $difference } missing)
cli-day-extra = TikTok reports { $count ->
       *[other] { $tiktok } diamonds
    } on { $on }; your ledger has { $ledger } ({ $difference } more than TikTok)
cli-day-no-lives-bookable = TikTok reports { $count ->
       *[other] { $tiktok } diamonds
    } on { $on }; your ledger has no live that day (book it with --book { $day })
cli-day-no-lives = TikTok reports { $count ->
       *[other] { $tiktok } diamonds
    } on { $on }; your ledger has no live that day
cli-day-no-diamonds = TikTok's files give no diamonds for { $on }; your ledger has { $ledger } from { $count ->
       *[other] { $lives } live(s)
    }
cli-day-not-listed = TikTok's files do not list { $on }; your ledger has { $ledger } from { $count ->
       *[other] { $lives } live(s)
    }
cli-days-none = No TikTok LIVE Center days yet. Download your LIVE analytics in TikTok LIVE Center (Revenue, Activity, Viewers, Engagement) and import the files: liveledger import FILE
cli-days-total = TikTok reports { $count ->
       *[other] { $tiktok } diamonds
    } over its days; your ledger has { $ledger } on them. TikTok's figures are never added to the balance.
cli-days-bookable = { $count ->
       *[other] { $days } day(s)
    } with no live can be booked from TikTok's figures ({ $diamonds } diamonds): liveledger days --book DAY
cli-booked-day = booked { $day }: session { $session } with TikTok's { $count ->
       *[other] { $diamonds } diamonds
    }
cli-booked-total = the balance grew by { $count ->
       *[other] { $diamonds } diamonds
    }; undo with: liveledger imports undo { $import }

## Insights. A figure is followed by the lives it rests on.

cli-figure = { $value } ({ $count ->
       *[other] { $lives } lives
    })
cli-figure-none = not enough lives yet ({ $lives } of { $needed })
# $day: mon tue wed thu fri sat sun.
cli-weekday = { $day ->
        [mon] Mon
        [tue] Tue
        [wed] Wed
        [thu] Thu
        [fri] Fri
        [sat] Sat
       *[sun] Sun
    }
cli-insights-none = No lives yet: record or import a few; each figure needs 5 lives behind it.
cli-insights-looked = { $count ->
       *[other] { $lives } lives
    } looked at. Medians; a figure needs { $needed } lives.
cli-insights-best = Best start times (diamonds per live hour):
cli-insights-best-none = not enough lives at any one weekday and hour yet
cli-insights-lengths = By length (diamonds per live hour | per live):
cli-insights-band = { $from }–{ $to } min
cli-insights-band-open = { $from }+ min
# $viewer, $thousand, $hour: figures with their lives.
cli-insights-per-viewer = Per viewer: { $viewer } diamonds; per 1,000 viewers: { $thousand } diamonds (per hour of the same lives: { $hour }). TikTok pays per gift, not per view.
cli-insights-value-per-1000 = { $currency } per 1,000 viewers: { $figure }
cli-insights-views-by-day = From TikTok's LIVE Center days: { $diamonds } diamonds per 1,000 views ({ $count ->
       *[other] { $days } days
    }).
cli-insights-reached = Minimum reached.
# $pace: diamonds a live hour, with its lives.
cli-insights-hours-to-go = About { $hours } more { $count ->
        [one] hour
       *[other] hours
    } live to reach the minimum ({ $diamonds } diamonds to go, at { $pace } a live hour).
cli-insights-hours-unknown = { $diamonds } diamonds to go; the hours needed show after 5 lives.
cli-insights-by = To reach it by { $day }: about { $count ->
       *[other] { $hours } hours
    } live a week.
cli-insights-gifters = Gifters a live: { $gifters }; returning: { $returning }.
cli-insights-top = top { $top }: { $share } of gift diamonds
cli-insights-supporter = { $diamonds } diamonds in { $count ->
       *[other] { $lives } lives
    }
cli-insights-this-week = This week: { $diamonds } diamonds; your weekly average: { $average }.
cli-insights-average = { $average } ({ $count ->
       *[other] { $weeks } weeks
    })
cli-insights-average-none = shown after { $weeks } weeks
cli-insights-room = The room (counted by live capture in { $count ->
       *[other] { $lives } lives
    }): { $comments } comments, { $likes } likes a minute.
# $what: comments, likes, followers or days (likes on TikTok's days).
cli-insights-split = Lives with more than { $line } { $what ->
        [comments] comments a minute
        [likes] likes a minute
        [followers] new followers an hour
       *[days] likes a minute on TikTok's LIVE Center days
    }: { $above } diamonds a live hour ({ $above_lives } lives); the others: { $below } ({ $below_lives } lives).
cli-insights-split-none = By { $what ->
        [comments] comments a minute
        [likes] likes a minute
        [followers] new followers an hour
       *[days] likes a minute on TikTok's LIVE Center days
    }: not enough lives on each side yet ({ $lives } of { $needed } on each side).
cli-insights-together = These show what went together, not what caused it.

## Live capture's lines (the engine's own details stay English).

cli-capture-connecting = connecting
cli-capture-connected = connected
cli-capture-reconnecting = reconnecting
cli-capture-stopped-state = stopped
cli-capture-warning = warning: { $message }
cli-capture-stdout-lost = warning: standard output cannot be written ({ $error }); gifts are still stored
cli-capture-live-ended = live ended: session { $session }
cli-capture-stopped = capture stopped: { $events } gift events, { $stored } gifts stored ({ $flagged } flagged), { $replayed } replayed events skipped, { $steps } streak steps, { $other } other events, { $unreadable } unreadable
cli-capture-gift = { $gifts } × { $gift } ({ $count ->
       *[other] { $coins } coins
    } each)  from { $sender }  session { $session }
cli-capture-grown = (grown by { $added })
cli-capture-flagged = [streak never ended: counted at its highest count]
cli-capture-unknown-sender = unknown

## The command line's own refusals (after "--db: ", "--yes: ", "--format: ").

cli-invalid-db-pass = pass --db PATH
cli-invalid-no-data-directory = no data directory is known on this system; pass --db PATH
cli-invalid-clear-needs-yes = clearing removes every session, gift and withdrawal; add --yes to confirm
cli-invalid-format = '{ $text }' is not a format (expected auto, liveledger, gift-events, gift-table, session-summary, json-events, tiktok-data or tiktok-days)

## Usage errors: what clap refused, in one line after "usage: " (clap's
## --help text itself stays English). $arg: the option or argument as clap
## names it ('--diamonds <DIAMONDS>', '<STATUS>'); $text: what was typed.
## Options, subcommands and the values listed are typed back: keep them.

cli-usage-unknown-subcommand = unrecognized subcommand '{ $text }' (see --help)
cli-usage-unknown-argument = unexpected argument '{ $text }' found (see --help)
cli-usage-value-required = a value is required for '{ $arg }' but none was supplied (see --help)
cli-usage-invalid-value = invalid value '{ $text }' for '{ $arg }' (see --help)
cli-usage-too-many-values = unexpected value '{ $text }' for '{ $arg }' found; no more were expected (see --help)
cli-usage-repeated = the argument '{ $arg }' cannot be used multiple times (see --help)
# $other: the option it conflicts with.
cli-usage-conflict = the argument '{ $arg }' cannot be used with '{ $other }' (see --help)
cli-usage-invalid-utf8 = invalid UTF-8 was detected in one or more arguments (see --help)
# $args: the missing arguments, joined by ", " ('--start <START>, <FILE>').
# English prints clap's own line, which names none of them.
cli-usage-missing-arguments = the following required arguments were not provided: { $args } (see --help)
# $command: 'liveledger session'; $subcommands: its subcommands, joined by
# ", ". English prints clap's own line (the command's help line).
cli-usage-missing-subcommand = '{ $command }' requires a subcommand but one was not provided (one of: { $subcommands }) (see --help)

## A value its option does not read: clap's "invalid value … for …", then why.

cli-usage-not-a-number = invalid value '{ $text }' for '{ $arg }': '{ $text }' is not a number (use digits and a '.' for decimals) (see --help)
cli-usage-not-a-day = invalid value '{ $text }' for '{ $arg }': '{ $text }' is not a day (expected YYYY-MM-DD) (see --help)
cli-usage-not-a-period = invalid value '{ $text }' for '{ $arg }': '{ $text }' is not a period (expected day, week, month or year) (see --help)
cli-usage-not-an-export-format = invalid value '{ $text }' for '{ $arg }': '{ $text }' is not an export format (expected csv, json, hledger or beancount) (see --help)
# The problem is the core's own sentence (core-invalid-status, with $text).
cli-usage-not-a-status = invalid value '{ $text }' for '{ $arg }': { core-invalid-status } (see --help)
# A whole number (an id, a count, minutes): $problem is empty (nothing
# typed), large or small (past what fits), or digit (not a whole number).
cli-usage-not-a-whole-number = invalid value '{ $text }' for '{ $arg }': { $problem ->
        [empty] cannot parse integer from empty string
        [large] number too large to fit in target type
        [small] number too small to fit in target type
       *[digit] invalid digit found in string
    } (see --help)
# The word before a usage error ("usage: unknown subcommand …").
cli-usage-label = usage

## `liveledger --help` (cli/help.rs): each command's and option's help line,
## by the command's path and the option's name. Flags, commands, value names,
## settings keys and YYYY-MM-DD stay as typed. English is the doc comments'
## text, byte for byte (a unit test holds it).

# The headings of clap's help, with their colon; and the word before a
# default value: "[default: month]".
cli-help-usage = Usage:
cli-help-commands = Commands:
cli-help-arguments = Arguments:
cli-help-options = Options:
cli-help-default = default:
cli-help-about = The LiveLedger ledger core: TikTok LIVE gifts, diamonds, balances and bookkeeping over SQLite.
cli-help-db = The ledger file (default: LIVELEDGER_DB, else the app's data directory)
cli-help-lang = The language to speak (en, es, pt-BR, id, tr, ar, vi, ja, de, fr); default: LC_ALL, LC_MESSAGES or LANG, else the ledger's setting
cli-help-print-help = Print help
cli-help-print-version = Print version
cli-help-session = Add, edit, end or delete a session
cli-help-session-add = Add a session; prints its id
cli-help-session-add-start = Start (ISO 8601, 'YYYY-MM-DD HH:MM' in your time zone, or epoch)
cli-help-session-add-end = End; leave out for a session still running
cli-help-session-add-title = Title
cli-help-session-add-peak-viewers = Most viewers at once
cli-help-session-add-viewers = Distinct viewers
cli-help-session-add-likes = Likes
cli-help-session-add-followers = New followers
cli-help-session-add-diamonds = Diamonds reported for the session without individual gifts
cli-help-session-add-notes = Notes
cli-help-session-edit = Replace a session's details
cli-help-session-edit-id = Session id
cli-help-session-end = Mark a running session as ended
cli-help-session-end-at = When (default: now)
cli-help-session-delete = Delete a session and its gifts
cli-help-session-delete-force = Delete it even when withdrawals were paid from its diamonds
cli-help-help = Print this message or the help of the given subcommand(s)
# The argument of clap's `help` subcommand (`liveledger help help`).
cli-help-help-subcommand = Print help for the subcommand(s)
cli-help-sessions = List sessions with their earnings and per-hour, per-viewer figures
cli-help-sessions-json = Print JSON (decimals as strings) instead of a table
cli-help-gift = Add, delete or list gifts
cli-help-gift-add = Add a gift; coins come from the catalog unless --coins is given. Prints its id
cli-help-gift-add-gift = Gift name, e.g. Rose
cli-help-gift-add-coins = Coins one such gift costs (overrides the catalog)
cli-help-gift-add-count = How many
cli-help-gift-add-from = Sender
cli-help-gift-delete = Delete a gift
cli-help-gift-delete-id = Gift id
cli-help-gift-list = List a session's gifts
cli-help-withdraw = Record a withdrawal of diamonds
cli-help-withdraw-diamonds = Diamonds withdrawn
cli-help-withdraw-at = When requested (default: now)
cli-help-withdraw-fee = Fee in money
cli-help-withdraw-method = Payout method
cli-help-withdraw-status = pending, paid, failed or cancelled
cli-help-withdraw-reference = Payout reference
cli-help-withdraw-force = Record it even when it is unusual (below the day's minimum, past the day's maximum, dated in the future or before any diamond)
cli-help-withdrawals = List withdrawals, change their status, or delete one
cli-help-withdrawals-list = List withdrawals
cli-help-withdrawals-status = Change a withdrawal's status
cli-help-withdrawals-status-id = Withdrawal id
cli-help-withdrawals-delete = Delete a withdrawal recorded by mistake
cli-help-adjust = Correct the balance by a number of diamonds, with a reason
cli-help-adjust-diamonds = Diamonds to add (negative to remove)
cli-help-adjust-reason = Why
cli-help-adjust-force = Record it even when it takes the balance below zero
cli-help-reconcile = Enter the diamond balance TikTok shows; the difference is recorded as an adjustment
cli-help-reconcile-balance = The balance in your TikTok wallet, in diamonds
cli-help-reconcile-reason = Why they differ, if known
cli-help-adjustments = List balance corrections
cli-help-days = TikTok LIVE Center's own figures per day (imported from its download) beside the ledger's days, with the difference; --book a day TikTok reports but the ledger has no live on
cli-help-days-book = Book TikTok's diamonds for this day (YYYY-MM-DD) as a session; only a day with no live in the ledger. Repeat for more days
cli-help-insights = What earns across your lives: diamonds per live hour by weekday and start hour and by length, what a viewer is worth, and the hours still needed to reach the minimum. A figure needs 5 lives behind it
cli-help-insights-from = First local day of the lives looked at (YYYY-MM-DD)
cli-help-insights-to = Last local day
cli-help-insights-by = The day you want to reach the minimum by: says how many hours a week live that takes (YYYY-MM-DD)
cli-help-rate = Set or list rates (diamonds per coin, money per diamond, limits)
cli-help-rate-set = Add a rate from a day on (replaces one of the same day)
cli-help-rate-set-from = First day it applies (YYYY-MM-DD, your time zone)
cli-help-rate-set-diamonds-per-coin = Diamonds per coin of gift value
cli-help-rate-set-money-per-diamond = Money per diamond
cli-help-rate-set-currency = Currency code, e.g. USD
cli-help-rate-set-min-withdrawal = Minimum withdrawal, in money
cli-help-rate-set-max-per-day = Maximum withdrawal per day, in money
cli-help-rate-list = List rates
cli-help-rate-delete = Delete a rate
cli-help-rate-delete-id = Rate id
cli-help-rerate = Show which sessions a newer rate would change, or (--apply) move them to it
cli-help-rerate-from = First local day of the sessions to re-rate
cli-help-rerate-apply = Change them (without it, only shows what would change)
cli-help-rerate-force = Apply even when the balance falls below zero
cli-help-catalog = List or edit the gift catalog
cli-help-catalog-list = List the gift catalog
cli-help-catalog-set = Add a gift or change its price
cli-help-catalog-set-name = Gift name
cli-help-catalog-set-coins = Coins
cli-help-catalog-remove = Remove a gift
cli-help-settings = Show or change settings (timezone, age_confirmed, payout_method, session_gap_minutes, setup_done: the app's first-day questions answered or skipped)
cli-help-settings-show = Show settings
cli-help-settings-set = Change one setting
cli-help-settings-set-key = timezone, age_confirmed, payout_method, session_gap_minutes, setup_done or language
cli-help-settings-set-value = The new value
cli-help-summary = Balance, its value, progress to the minimum withdrawal, readiness and ETA
cli-help-report = A statement by day, week, month or year
cli-help-report-by = The period to group by
cli-help-report-from = The first local day counted (YYYY-MM-DD); what came before is the opening balance
cli-help-report-to = The last local day counted (YYYY-MM-DD)
cli-help-import = Import a CSV file: a gift log, a gift table, a session summary or a LiveLedger export
cli-help-import-file = The file: CSV, a spreadsheet (.xlsx, .xls, .ods), JSON or JSON Lines gift events, or TikTok's data export (.json or .zip)
cli-help-import-format = auto, liveledger, gift-events, gift-table, session-summary, json-events or tiktok-data
cli-help-import-dry-run = Report what would be added, skipped and refused, writing nothing
cli-help-import-map = Column mapping, on top of what the header tells: field=Column,… (fields: date, time, event, gift, gift_id, coins, count, sender, nickname, session, repeat_end, gift_type, event_id, diamonds, duration, end, viewers, peak_viewers, followers, likes, gifters, rewards, title)
cli-help-import-skip-rows = Lines above the header to skip (default: the header is found among the first 20 lines)
cli-help-import-sheet = The sheet of a spreadsheet to read (default: the first that holds data)
cli-help-import-skip-lines = Leave out the data rows on these lines (e.g. the bad rows a refusal named: 4,9,12); the rest is imported all together or not at all
cli-help-import-mapping-name = Save the --map under this name, or use a saved one
cli-help-import-gap-minutes = Minutes without a gift that start a new session (default: the setting)
cli-help-imports = List past imports, or undo one
cli-help-imports-list = List past imports
cli-help-imports-undo = Undo an import as a whole
cli-help-imports-undo-id = Import id
cli-help-imports-undo-force = Undo it even when withdrawals were paid from its diamonds
cli-help-export = Export the ledger as CSV, JSON, an hledger journal or a beancount file
cli-help-export-format = csv, json, hledger or beancount
cli-help-export-out = Write to this file instead of standard output
cli-help-backup = Write a consistent copy of the ledger (safe while the app is open)
cli-help-backup-file = Where to write it
cli-help-restore = Replace the ledger with a backup, after checking the backup
cli-help-restore-file = The backup file
cli-help-demo = Load or clear demo data
cli-help-demo-load = Load the demo ledger (only into an empty ledger)
cli-help-demo-load-if-empty = Do nothing, successfully, when the ledger already has records
cli-help-demo-clear = Remove every session, gift, withdrawal and adjustment (rates, catalog and settings stay)
cli-help-demo-clear-yes = Confirm
cli-help-trash = Deleted sessions, gifts and withdrawals, kept 30 days: list them, or put one back
cli-help-trash-list = List what was deleted and can still be put back, newest first
cli-help-trash-restore = Put back what a delete took out
cli-help-trash-restore-id = The trash entry's id (from `trash list`, or printed by the delete)
cli-help-trash-restore-force = Put it back even when the balance would fall below zero
cli-help-capture = Log gifts live from a tool on this computer: a WebSocket (TikFinity's by default) or a log file it appends to. Prints one line per stored gift. Ctrl-C stops: streaks still running are written at their highest count and flagged; the live stays open (it ends after the silence, or with `session end`), and a restart joins it
cli-help-capture-ws = The WebSocket to read (default: TikFinity's, ws://localhost:21213/)
cli-help-capture-follow = A CSV gift-event log or a JSON Lines file another tool appends to
cli-help-capture-allow-remote-host = Confirms a --ws host that is not this computer
cli-help-capture-silence-minutes = Minutes without a gift that end the live and cut a streak (default: the ledger's session_gap_minutes, the gap an import groups lives by)
cli-help-capture-dead-after = Seconds a WebSocket source may send nothing (no frame, no answer to a ping) before capture reconnects
cli-help-capture-json = Print each stored gift as one line of JSON
