# The checks a creator meets when typing in the app or the command line:
# what a field expected. Each follows its field's name ("diamonds: …").
# $text is what was typed, quoted as typed; $count picks the plural form.

## Text and counts

core-invalid-too-long = is longer than { $count } characters
core-invalid-control-characters = contains control characters
core-invalid-negative-got = must not be negative (got { $text })
core-invalid-count-too-large = { $text } is larger than a ledger accepts
core-invalid-too-large = { $text } is larger than a ledger accepts (at most { $max })
core-invalid-decimal-places = { $text } has more than { $count } decimal places
core-invalid-whole-number = expected a whole number of 0 or more, found '{ $text }'
core-invalid-number = expected a number such as 12.5, found '{ $text }'
core-invalid-whole-coins = expected whole coins, found '{ $text }'
core-invalid-whole-count = expected a whole count, found '{ $text }'
core-invalid-at-least-one = must be at least 1 (got { $text })
core-invalid-required = is required
core-invalid-positive = must be greater than 0
core-invalid-not-negative = must not be negative

## Dates and times

core-invalid-day = expected a day such as 2026-03-01
core-invalid-date = '{ $text }' is not a date/time (expected ISO 8601 such as 2026-03-01T20:00:00+01:00, '2026-03-01 20:00', a date, or epoch seconds/milliseconds)
core-invalid-date-skipped = '{ $text }' does not exist in time zone { $zone } (the clocks skip it)
core-invalid-date-out-of-range = '{ $text }' is out of range
core-invalid-date-offset = '{ $text }' has an offset from UTC beyond ±18:00
core-invalid-year = expected a date from { $from } to { $to }, found one in the year { $year } (a typo?)
core-invalid-end-before-start = is before the start
core-invalid-start-after-first-gift = is more than a day after this session's first gift

## Lives and gifts

core-invalid-gift-name = a gift name is required
core-invalid-gift-row-too-large = { $gifts } × { $coins } coins is more than one gift row can hold
# $cli is the command line's flag in parentheses, or nothing in the window.
core-invalid-not-in-catalog = '{ $text }' is not in the gift catalog; give its price{ $cli }
core-invalid-name-required = a name is required
core-invalid-catalog-missing = '{ $text }' is not in the catalog
core-invalid-end-before-session-start = is before the session's start

## Withdrawals and the balance

core-invalid-status = '{ $text }' is not a status (expected pending, paid, failed or cancelled)
core-invalid-whole-diamonds = { $text } has a fraction; TikTok withdraws whole diamonds
core-invalid-fee-over-value = { $fee } is more than the withdrawal's value { $gross }
core-invalid-negative-balance = a TikTok wallet never shows a negative balance
# $cli is the command line's way to enter the balance, or nothing in the window.
core-invalid-over-balance = { $diamonds } diamonds is more than the balance of { $balance } diamonds. If your TikTok wallet shows more, enter that balance under Reconcile first{ $cli }
core-invalid-adjustment-zero = an adjustment of 0 changes nothing
core-invalid-reason-required = say why the balance is corrected

## Rates

core-invalid-rate-per-coin = diamonds per coin must be greater than 0
core-invalid-rate-per-diamond = money per diamond must be greater than 0
core-invalid-rate-minimum = minimum withdrawal must not be negative
core-invalid-rate-maximum = daily maximum must be greater than 0
# $what names the figure: per-coin, per-diamond, minimum or maximum.
core-invalid-rate-too-large = { $what ->
    [per-coin] diamonds per coin
    [per-diamond] money per diamond
    [minimum] minimum withdrawal
   *[maximum] daily maximum
} { $text } is larger than a rate allows ({ $max })
core-invalid-rate-decimal-places = { $what ->
    [per-coin] diamonds per coin
    [per-diamond] money per diamond
    [minimum] minimum withdrawal
   *[maximum] daily maximum
} { $text } has more than { $count } decimal places
core-invalid-currency = currency '{ $text }' is not a three-letter code such as USD
core-invalid-only-rate = the only rate cannot be deleted; edit it instead

## Settings

core-invalid-time-zone = '{ $text }' is not a time zone (e.g. Europe/Berlin, America/New_York, UTC)
core-invalid-true-false = expected true or false
core-invalid-gap-minutes = expected whole minutes from 1 to 1440
core-invalid-language = '{ $text }' is not a language LiveLedger speaks (known: { $known })
core-invalid-setting = unknown key '{ $text }' (known: { $known })

## Records, backups and capture (the store's own checks). A record's field
## comes before "was not written" (session, gift, withdrawal, adjustment).

core-invalid-not-written = was not written
core-invalid-file-session-not-written = a session of the file was not written
core-invalid-booked-not-written = a booked session was not written
core-invalid-capture-live-not-written = a live session was not written
core-invalid-capture-old-not-written = a session for an old event was not written
core-invalid-coins-times-count = coins × count is too large
core-invalid-stored-gift-coins = a stored gift's coins are too large
# $count and $coins are written as the figures were given (either may be negative).
core-invalid-not-a-gift = { $count } × { $coins } coins is not a gift
core-invalid-worth-nothing = { $count ->
    [one] { $diamonds } diamond
   *[other] { $diamonds } diamonds
} are worth { $worth } at { $rate } a diamond; nothing can be paid out
core-invalid-days-none = name at least one day to book
core-invalid-silence-minutes = expected whole minutes from 1 to 1440, found { $found }
# $ms: an event's time in milliseconds.
core-invalid-not-a-date = { $ms } ms is not a date
core-invalid-follow-name = name the file to follow
core-invalid-follow-too-large = is larger than a ledger can follow
core-invalid-demo-not-empty = the ledger already has records; demo data loads only into an empty ledger
# $label: the record, as the ledger names it ("session 2 and its 119 gifts").
core-invalid-undo-session-gone = { $label } cannot be put back: its session is no longer in the ledger (deleted since?); put the session back first. Nothing was changed.
core-invalid-undo-clash = { $label } cannot be put back: the ledger has a record like it added since (imported again?). Nothing was changed.
# $why: the reader's own detail (English).
core-invalid-undo-damaged = the kept copy of { $label } is damaged ({ $why }); nothing was changed
core-invalid-no-rate = no rate is set
core-invalid-no-rate-add-one = no rate is set; add one with `liveledger rate set`
core-invalid-import-wait = expected how many seconds to wait for an import, such as 600 or 0.5
core-invalid-kept-live-or-name = the coins of a live or a name are too large
core-invalid-kept-session = a session's coins are too large
core-invalid-kept-senders = more senders than a report can hold
core-invalid-stored-time-zone = the ledger's time zone setting '{ $text }' is not a time zone; set one with `liveledger settings set timezone Europe/Berlin`
# A backup being restored. $column: table.column; $kind: integer or text.
core-invalid-backup-kinds = { $column } holds { $count ->
   *[other] { $values } value(s)
} that are not { $kind ->
    [integer] integer
   *[text] text
}
core-invalid-backup-setting = the setting { $key } is not as LiveLedger writes it
core-invalid-backup-out-of-range = { $count ->
   *[other] { $records } record(s)
} hold an amount or a date no form or import accepts
core-invalid-backup-balance = the balance's value is too large to add up
core-invalid-backup-trash = a deleted record kept for undo is damaged ({ $why })

## Live capture's WebSocket address ($cli: the command line's flag, or nothing in the window).

core-invalid-ws-remote = { $host } is not this computer: capture only listens to tools running here (127.0.0.1, ::1, localhost). To use another host, type it and confirm{ $cli }
core-invalid-ws-too-long = expected at most { $max } characters
core-invalid-ws-secure = { $url } is a secure (wss://) address; live tools on this computer serve ws://, e.g. { $example }
core-invalid-ws-scheme = expected a ws:// address such as { $example }, found { $url }
core-invalid-ws-user = expected no user name in the address, found { $url }
core-invalid-ws-bracket = an IPv6 address needs its closing ], found { $url }
core-invalid-ws-port-after = expected :PORT after the address, found { $url }
core-invalid-ws-no-host = expected a host, found { $url }
core-invalid-ws-host = expected a host name or address, found { $host }
core-invalid-ws-port = expected a port from 1 to 65535, found { $port }

# Booking TikTok's reported days: each problem (a day as the language writes it);
# several are joined by core-invalid-joined.
core-invalid-days-twice = { $day } is named twice
core-invalid-days-no-diamonds = TikTok's files give no diamonds for { $day }
core-invalid-days-zero = TikTok reports 0 diamonds on { $day }: nothing to book
core-invalid-days-lives = the ledger has { $count ->
    [one] { $n } live
   *[other] { $n } lives
} on { $day }: only a day with no live can be booked from TikTok's figures
core-invalid-days-no-start = { $day } has no start in { $zone }
core-invalid-joined = { $first }; { $then }

# The window's own checks of what it sends.
core-invalid-not-a-day = '{ $text }' is not a day
core-invalid-not-a-day-iso = '{ $text }' is not a day (YYYY-MM-DD)
core-invalid-last-before-first = the last day is before the first
core-invalid-diamonds-number = expected a number of diamonds
core-invalid-capture-source = expected ws or file, found '{ $text }'
core-invalid-capture-running = capture is already running; stop it first
