# The Import view: choosing a file, the columns it is read with, the
# preview of what it would add, the result, undo, and the history of
# imports. The core's own sentences (errors, warnings, notes) come from
# the core; file, column, sender and event names are the file's own words.

## The page

import-title = Import
import-card-title = Import a file
import-intro = Gift logs from live tools (CSV, JSON, JSON Lines), TikTok's own data download (.zip or .json), spreadsheets (.xlsx, .xls, .ods), gift tables, LIVE analytics summaries, or a LiveLedger export. Nothing is written until you press Import, and an import can be undone as a whole.
import-choose-button = Choose file…
import-path-empty = No file chosen yet
import-path-label = Chosen file
import-preview-button = Preview
import-button = Import
import-options = Format and columns
import-format-label = Format
import-map-label = Columns as text (field=Column, …): adds to what is detected
import-map-short = Columns as text
# An example mapping: the names left of each = (date, gift, coins, count,
# sender) are what LiveLedger reads and stay as they are; the column names
# right of each = are examples and may be translated.
import-map-example = date=When,gift=Item,coins=Price,count=Qty,sender=User
import-saved-label = Saved mappings
import-saved-use = Use a saved mapping…
import-saved-none = No saved mappings yet
import-save-as-label = Save this mapping as (on Import)
import-save-as-short = Save this mapping as
import-save-as-example = e.g. My tool's log
import-choose-first = Choose a file first
import-done-toast = { $count ->
    [one] Imported { $count } row
   *[other] Imported { $count } rows
}

## The formats a file can be read as

import-format-auto = Detect from the content
import-format-gift-events = Gift-event log, CSV (TikTok LIVE tools)
import-format-json-events = Gift events, JSON or JSON Lines (webcast tools, TikFinity)
import-format-tiktok-data = TikTok's "Download your data" (JSON or .zip)
import-format-gift-table = Table of gifts
import-format-session-summary = Session summaries (LIVE analytics)
import-format-tiktok-days = TikTok LIVE Center days (Revenue, Activity, Viewers, Engagement)
import-format-liveledger = LiveLedger export

## The fields a column may hold

import-field-date = Date and time
import-field-time = Time of day
import-field-event = Event kind
import-field-gift = Gift
import-field-gift-id = Gift number
import-field-coins = Coins
import-field-count = How many
import-field-sender = Sender
import-field-nickname = Sender's nickname
import-field-session = Live
import-field-repeat-end = Streak ended
import-field-gift-type = Gift type (streak or single)
import-field-streakable = Can streak
import-field-streaking = Still streaking
import-field-event-id = Message number
import-field-diamonds = Diamonds per gift
import-field-total-diamonds = Diamonds (row total)
import-field-duration = Duration
import-field-end = End
import-field-viewers = Viewers
import-field-peak-viewers = Peak viewers
import-field-followers = New followers
import-field-likes = Likes
import-field-gifters = Gifters
import-field-rewards = Rewards
import-field-title = Title
import-field-lives = Lives
import-field-views = Views
import-field-watch-time = Watch time
import-field-avg-concurrent = Average viewers at once
import-field-commenters = Commenters
import-field-shares = Shares

## How the file was read: "Read as gift-events · encoding UTF-8 · …".
## $how is that list; the format's name (gift-events) stays as it is.

import-read-as-line = Read as { $how }.
import-read-encoding = encoding { $encoding }
import-read-delimiter = delimiter { $delimiter }
import-delimiter-comma = comma
import-delimiter-semicolon = semicolon
import-delimiter-tab = tab
import-delimiter-pipe = pipe
# $numbers: a pattern such as 1.234,5, or the word below.
import-read-numbers = numbers { $numbers }
import-numbers-plain = plain
# $dates: a pattern such as YYYY-MM-DD.
import-read-dates = dates { $dates }
import-read-header-line = header on line { $line }
import-read-header-row = header on row { $line }

## The preview and the result

import-notice-preview = Preview — nothing written yet.
import-notice-imported = Imported.
# $file: the file's name.
import-rows-read = { $count ->
    [one] { $file }: { $count } row read.
   *[other] { $file }: { $count } rows read.
}
# The same, followed by a list of where those rows went.
import-rows-read-explained = { $count ->
    [one] { $file }: { $count } row read:
   *[other] { $file }: { $count } rows read:
}
import-explain-to-add = { $count ->
    [one] { $count } row to add
   *[other] { $count } rows to add
}
import-explain-added = { $count ->
    [one] { $count } row added
   *[other] { $count } rows added
}
import-explain-streak-steps = { $count ->
    [one] { $count } streak step folded into its streak's final count (a streak of 5 Roses is logged 1, 2, 3, 4, 5 and counts once, as 5)
   *[other] { $count } streak steps folded into their streak's final count (a streak of 5 Roses is logged 1, 2, 3, 4, 5 and counts once, as 5)
}
import-explain-already = { $count ->
    [one] { $count } row already in the ledger, not added twice
   *[other] { $count } rows already in the ledger, not added twice
}
import-explain-redelivered = { $count ->
    [one] { $count } message the file gave twice (counted once)
   *[other] { $count } messages the file gave twice (counted once)
}
import-explain-totals = { $count ->
    [one] { $count } total row, not gifts
   *[other] { $count } total rows, not gifts
}
import-explain-summary = { $count ->
    [one] { $count } summary row below the table
   *[other] { $count } summary rows below the table
}
import-explain-blank = { $count ->
    [one] { $count } blank line
   *[other] { $count } blank lines
}
# $kinds: each kind with its count, such as "3 like, 2 chat" (the file's own words).
import-explain-events = { $count ->
    [one] { $count } event that is not a gift ({ $kinds })
   *[other] { $count } events that are not gifts ({ $kinds })
}
# One kind of event in that list: $kind is the file's word for it.
import-event-kind = { $count } { $kind }
import-explain-left-out = { $count ->
    [one] { $count } row with problems you chose to skip
   *[other] { $count } rows with problems you chose to skip
}
# $lines: the lines left out, such as "lines 3 and 5".
import-left-out-note = { $count ->
    [one] { $count } row with problems left out ({ $lines }).
   *[other] { $count } rows with problems left out ({ $lines }).
}
# $lines: line numbers already listed in the language's way ("3, 7 and 9").
import-lines = { $count ->
    [one] line { $lines }
   *[other] lines { $lines }
}
# The end of a long list of lines: "lines 1, 2, … and 4 more".
import-lines-more = { $count } more
import-include-again-button = Include them again
import-would-add = Would add
import-added = Added
# $extended: lives already in the ledger the file's gifts go into (a figure).
import-added-lives = { $count ->
    [one] { $count } new live ({ $extended } extended)
   *[other] { $count } new lives ({ $extended } extended)
}
import-added-rows = { $count ->
    [one] { $count } row
   *[other] { $count } rows
}
import-amount-coins = Coins
import-amount-diamonds = Diamonds
import-amount-value = Value
import-lives-to-create = Lives to create ({ $count })
import-lives-created = Lives created ({ $count })
import-lives-live = Live
import-lives-diamonds = Diamonds
import-lives-more = and { $count } more
# $minutes is the field where the creator types the minutes.
import-gap-sentence = A new live starts after a pause without gifts of { $minutes } minutes
import-gap-aria = Minutes without gifts that start a new live
import-gap-apply-button = Preview again
import-gap-invalid = Enter whole minutes from 1 to 1440
import-fields-field = Field
import-fields-column = Column
import-fields-first = First values
# $field: a field's name from the list above.
import-column-for = Column for { $field }
import-add-field-label = Another field
import-add-field-prompt = Read another field…
import-unfinished-streaks = { $count ->
    [one] { $count } streak never ended in the file; it counts at its highest count until a longer copy of the log is imported.
   *[other] { $count } streaks never ended in the file; each counts at its highest count until a longer copy of the log is imported.
}
import-streaks-updated = { $count ->
    [one] { $count } streak an earlier import cut short is brought up to this file's count.
   *[other] { $count } streaks an earlier import cut short are brought up to this file's count.
}
# $sections: parts of a TikTok data download, by TikTok's names.
import-sections-ignored = Sections not read: { $sections }.
import-nothing-new = Nothing new to import.

## A file of TikTok LIVE Center's days

# $span: the days, such as "Nov 20, 2026 to Nov 26, 2026"; $figures: the figures' names.
import-days-figures = { $count ->
    [one] TikTok LIVE Center's figures for { $count } day ({ $span }): { $figures }.
   *[other] TikTok LIVE Center's figures for { $count } days ({ $span }): { $figures }.
}
import-days-figures-no-span = { $count ->
    [one] TikTok LIVE Center's figures for { $count } day: { $figures }.
   *[other] TikTok LIVE Center's figures for { $count } days: { $figures }.
}
import-days-span = { $from } to { $to }
# $diamonds: the diamonds with their word, such as "2,500 diamonds".
import-days-diamonds-note = TikTok reports { $diamonds } over these days. They are kept beside your ledger and never added to your balance; compare them under TikTok days.
# $unchanged: figures the ledger already had (a figure).
import-days-counts = { $count ->
    [one] { $count } figure new, { $unchanged } already in the ledger.
   *[other] { $count } figures new, { $unchanged } already in the ledger.
}
import-days-replaced-intro = { $count ->
    [one] { $count } figure replaces what the ledger had:
   *[other] { $count } figures replace what the ledger had:
}
# $day: a date; $figure: a figure's name below; $was and $now: its values.
import-days-replaced-item = { $day }, { $figure }: { $was } → { $now }
import-figure-diamonds = diamonds
import-figure-live-seconds = LIVE time
import-figure-lives = LIVEs
import-figure-views = views
import-figure-unique-viewers = unique viewers
import-figure-avg-watch-seconds = average watch time
import-figure-peak-concurrent = peak viewers at once
import-figure-avg-concurrent = average viewers at once
import-figure-gifters = gifters
import-figure-new-followers = new followers
import-figure-commenters = commenters
import-figure-likes = likes
import-figure-shares = shares

## A file that was not imported

import-not-imported = Not imported.
import-problems-line = Line
import-problems-column = Column
import-problems-problem = Problem
import-skip-rows-button = { $count ->
    [one] Skip this row, import the rest
   *[other] Skip these { $count } rows, import the rest
}
import-skip-note = The rest is still imported all together or not at all, exactly as the preview shows.
import-too-many = { $count ->
    [one] { $count } row has problems: too many to skip one by one. Fix the file, or check that the right columns are chosen.
   *[other] { $count } rows have problems: too many to skip one by one. Fix the file, or check that the right columns are chosen.
}
import-no-column = — not in this file —
import-apply-columns-button = Preview with these columns

## The history of imports, and undo

import-history-title = Import history
import-history-empty = No imports yet.
import-history-when = When
import-history-file = File
import-history-format = Format
import-history-rows = Rows added
import-history-sessions = Sessions
import-history-notes = Notes
import-history-undo = Undo
import-history-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
import-undo-button = Undo
# $file: the imported file's name.
import-undo-label = Undo the import of { $file }
# $gifts and $sessions: the two messages below.
import-undone = Import undone: { $gifts } and { $sessions } removed.
import-undone-gifts = { $count ->
    [one] { $count } gift row
   *[other] { $count } gift rows
}
import-undone-sessions = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
import-undo-again = Undo
import-back = The import is back
