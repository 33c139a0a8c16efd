# What an import says: its report (what was read and added, how the file
# was read, what was skipped), its notes and warnings, and why a file was
# refused. Figures arrive written as the report writes them (rows, coins,
# diamonds, money as "12.50 EUR", days as YYYY-MM-DD); $count, $rows,
# $sessions and $matched are numbers that pick the plural form. English
# keeps the words the report has always printed (scripts and tests quote
# them), "(s)" included.

## The report's first lines: what was read and added.

core-import-totals = { $file } ({ $format }): { $rows ->
        [one] { $rows_read } row
       *[other] { $rows_read } rows
    } read, { $added } added, { $skipped } skipped as already imported, { $sessions ->
        [one] { $sessions_added } session
       *[other] { $sessions_added } sessions
    } created, { $matched ->
        [one] { $sessions_matched } existing session
       *[other] { $sessions_matched } existing sessions
    } extended
core-import-totals-dry-run = dry run — nothing written. { $file } ({ $format }): { $rows ->
        [one] { $rows_read } row
       *[other] { $rows_read } rows
    } read, { $added } added, { $skipped } skipped as already imported, { $sessions ->
        [one] { $sessions_added } session
       *[other] { $sessions_added } sessions
    } created, { $matched ->
        [one] { $sessions_matched } existing session
       *[other] { $sessions_matched } existing sessions
    } extended
core-import-adds = adds { $coins } coins, { $diamonds } diamonds
# $value: each currency's worth, "12.50 EUR + 3.00 USD".
core-import-adds-worth = adds { $coins } coins, { $diamonds } diamonds, worth { $value }

## How the file was read. $encoding: UTF-8, windows-1252, or a sheet
## ("xlsx sheet 'Gifts'"); $delimiter: comma, semicolon, tab or pipe.

core-import-read-txt = read as TikTok's TXT download
core-import-read-txt-in = read as TikTok's TXT download in { $encoding }
core-import-read-json = read as JSON
core-import-read-json-in = read as JSON in { $encoding }
core-import-read-table = read as { $encoding }, { $delimiter }-separated, header on line { $line }
core-import-read-table-skipped = read as { $encoding }, { $delimiter }-separated, header on line { $line } (the { $count ->
        [one] { $above } line
       *[other] { $above } lines
    } above it skipped)
core-import-read-sheet = read as { $encoding }, header on row { $line }
core-import-read-sheet-skipped = read as { $encoding }, header on row { $line } (the { $count ->
        [one] { $above } row
       *[other] { $above } rows
    } above it skipped)
# Follows the line above: how dates are written ("YYYY-MM-DD").
core-import-read-dates = ; dates { $dates }
# Follows the line above: how numbers are written ("1.234,5").
core-import-read-numbers = ; numbers { $numbers }
# $field: the field as --map names it (date, coins…), padded; $samples: the first values.
core-import-field = { $field } ← column { $column } ({ $header }): { $samples }

## What was skipped: "skipped:" and a list.

core-import-skipped = skipped: { $list }
core-import-skipped-totals = { $count ->
        [one] { $n } total row
       *[other] { $n } total rows
    }
core-import-skipped-blank = { $count ->
        [one] { $n } blank line
       *[other] { $n } blank lines
    }
# $kind: the event's kind as the file names it (like, chat, member…).
core-import-skipped-events = { $count ->
       *[other] { $n } { $kind } event(s)
    }
core-import-skipped-summary = { $count ->
        [one] { $n } summary row
       *[other] { $n } summary rows
    }

## Notes: how the file was read, where a person may want to know.

core-import-redelivered = { $count ->
       *[other] { $n } message(s) the file gave twice (the same message id) were counted once
    }
core-import-streak-steps = { $count ->
       *[other] { $n } streak steps were folded into their streak's final count
    }
core-import-unfinished-streaks = { $count ->
       *[other] warning: { $n } streak(s) never ended in the file; each was counted at its highest count
    }
core-import-summary-block = { $count ->
       *[other] skipped a summary block of { $n } row(s) at line { $first }: below the table, with no date where the date goes
    }
core-import-summary-block-lines = { $count ->
       *[other] skipped a summary block of { $n } row(s) at lines { $first }–{ $last }: below the table, with no date where the date goes
    }
core-import-price-coins = each gift's price is read from column { $coins_column } ({ $coins_header }), its coins; column { $diamonds_column } ({ $diamonds_header }) is read only where a row gives no coins
core-import-price-total-diamonds = each gift's price is read from column { $diamonds_column } ({ $diamonds_header }): the row's total diamonds divided by its count (a gift's diamonds are its price in coins)
core-import-price-diamonds = each gift's price is read from column { $diamonds_column } ({ $diamonds_header }): a gift's diamonds are its price in coins, as live tools write diamondCount
# $saved: the day the mapping was kept; $name: the file it was made for.
core-import-mapping-used = used your mapping from { $saved } / { $name }: { $mapping }

## Warnings: things to check before trusting the totals.

core-import-warning = warning: { $warning }
core-import-left-out = { $count ->
       *[other] { $n } row(s) with problems left out, as you chose; the rest imported
    }
core-import-windows-1252 = the file is not UTF-8; it was read as Windows-1252 (Latin-1): check that names with accents look right
# $max × $coins: the streak's highest count and its gift's price.
core-import-streak-unended = line { $line }: the streak of { $gift } never ended in the file; counted as { $max } × { $coins } coins (its highest count so far) and marked estimated
core-import-streak-unended-from = line { $line }: the streak of { $gift } from { $sender } never ended in the file; counted as { $max } × { $coins } coins (its highest count so far) and marked estimated
core-import-streaks-more = more streaks never ended; see the rows marked estimated
# $column: the column that would say where a streak ends (repeatEnd).
core-import-streak-steps-uncounted = { $count ->
       *[other] { $n } rows look like steps of a streak (same sender and gift, count one higher than the row before) but no { $column } column is read, so each step is counted; if the file has streak columns, choose the columns for the streak's end and the gift type (CLI: --map repeat_end=COLUMN,gift_type=COLUMN)
    }

## The report's last lines.

core-import-sections-ignored = ignored sections: { $sections }
core-import-streaks-updated = { $count ->
       *[other] { $n } streak(s) an earlier import cut short were brought up to this file's count
    }
core-import-undo = import { $id } — undo with `liveledger imports undo { $id }`

## A file of TikTok LIVE Center's days. $figures: their names (diamonds, likes…).

core-import-days = { $count ->
       *[other] TikTok's figures for { $n } day(s): { $figures }
    }
core-import-days-on = { $count ->
       *[other] TikTok's figures for { $n } day(s) on { $first }: { $figures }
    }
core-import-days-range = { $count ->
       *[other] TikTok's figures for { $n } day(s) from { $first } to { $last }: { $figures }
    }
core-import-days-diamonds = TikTok reports { $diamonds } diamonds over them: kept beside the ledger, never added to the balance (compare with `liveledger days`)
core-import-days-figures = { $count ->
       *[other] { $added } figure(s) new, { $unchanged } already there
    }
core-import-days-replaces = replaces TikTok's { $figure } of { $day }: { $was } → { $now }
core-import-days-more = { $count ->
       *[other] … and { $n } more figure(s) replaced
    }

## A refused file: nothing was imported.

# $map: the mapping to give; $columns: each column with its first values, one a line;
# $known: none, or some (then $header holds the names of the header it knows).
core-import-unknown-format = { $file }: cannot tell what this file holds from its header ({ $known ->
        [none] no column name LiveLedger knows
       *[other] names it knows: { $header }
    }, line { $line }); name the columns with --map { $map }{ $columns }
core-import-unknown-format-columns = { $file }: cannot tell what this file holds from its header ({ $known ->
        [none] no column name LiveLedger knows
       *[other] names it knows: { $header }
    }, line { $line }); name the columns with --map { $map }
    its columns:{ $columns }
core-import-rows = { $file }: { $count ->
        [one] { $n } problem
       *[other] { $n } problems
    }, nothing was imported:
# The lines under "its columns:". $values: the first values, "a | b".
core-import-column = column { $n } '{ $header }': { $values }
core-import-column-empty = column { $n } '{ $header }': (empty)
core-import-columns-more = { $count ->
       *[other] … and { $n } more column(s)
    }
core-import-problem = line { $line }: { $problem }
core-import-problem-column = line { $line }, column { $column } ({ $header }): { $problem }
core-import-problems-more = { $count ->
       *[other] … and { $n } more
    }
core-import-problem-open-quote = a field runs over several lines: a quote (") is probably not closed
core-import-problem-dates-mixed = the dates mix day-first (line { $day_first }) and month-first (line { $month_first }) orders; write them as YYYY-MM-DD
core-import-problem-dates-ambiguous = dates such as 01/02/2026 could be day-first or month-first and no date in the file settles it; write them as YYYY-MM-DD

## A refused file as the window says it: the window lists the rows and
## offers the columns itself.

core-import-page-choose-columns = { $file }: LiveLedger cannot tell which column holds what. Choose a column for each field below.
core-import-page-one-column = { $file }: LiveLedger cannot tell what this file holds: it has one column, not a table of gifts.
core-import-page-rows = { $file }: { $count ->
        [one] { $n } row has a problem;
       *[other] { $n } rows have problems;
    } nothing was imported

## A bad row's own words, after "line N, column C (name):". $text: what
## the cell holds, cut short; figures as the file or the ledger writes them.

# What a number cell was expected to hold. $problem picks the sentence:
# missing (the cell is empty), fraction, negative, or other (not a number).
core-import-what-diamonds = { $problem ->
        [missing] expected a number of diamonds, found nothing
        [fraction] expected a number of diamonds, found '{ $text }', which has a fraction
        [negative] expected 0 diamonds or more, found { $text }
       *[other] expected a number of diamonds, found '{ $text }'
    }
core-import-what-peak-viewers = { $problem ->
        [missing] expected a number of peak viewers, found nothing
        [fraction] expected a number of peak viewers, found '{ $text }', which has a fraction
        [negative] expected a number of peak viewers (0 or more), found { $text }
       *[other] expected a number of peak viewers, found '{ $text }'
    }
core-import-what-viewers = { $problem ->
        [missing] expected a number of viewers, found nothing
        [fraction] expected a number of viewers, found '{ $text }', which has a fraction
        [negative] expected a number of viewers (0 or more), found { $text }
       *[other] expected a number of viewers, found '{ $text }'
    }
core-import-what-likes = { $problem ->
        [missing] expected a number of likes, found nothing
        [fraction] expected a number of likes, found '{ $text }', which has a fraction
        [negative] expected a number of likes (0 or more), found { $text }
       *[other] expected a number of likes, found '{ $text }'
    }
core-import-what-followers = { $problem ->
        [missing] expected a number of followers, found nothing
        [fraction] expected a number of followers, found '{ $text }', which has a fraction
        [negative] expected a number of followers (0 or more), found { $text }
       *[other] expected a number of followers, found '{ $text }'
    }
core-import-what-gifters = { $problem ->
        [missing] expected a number of gifters, found nothing
        [fraction] expected a number of gifters, found '{ $text }', which has a fraction
        [negative] expected a number of gifters (0 or more), found { $text }
       *[other] expected a number of gifters, found '{ $text }'
    }
core-import-what-gift-price = { $problem ->
        [missing] expected the gift's price in coins, found nothing
        [fraction] expected the gift's price in coins, found '{ $text }', which has a fraction
        [negative] expected the gift's price in coins (0 or more), found { $text }
       *[other] expected the gift's price in coins, found '{ $text }'
    }
core-import-what-repeat-count = { $problem ->
        [missing] expected a repeat count, found nothing
        [fraction] expected a repeat count, found '{ $text }', which has a fraction
        [negative] expected a repeat count (0 or more), found { $text }
       *[other] expected a repeat count, found '{ $text }'
    }
core-import-what-gift-type = { $problem ->
        [missing] expected a gift type number, found nothing
        [fraction] expected a gift type number, found '{ $text }', which has a fraction
        [negative] expected a gift type number (0 or more), found { $text }
       *[other] expected a gift type number, found '{ $text }'
    }
core-import-what-whole-count = { $problem ->
        [missing] expected a whole count, found nothing
        [fraction] expected a whole count, found '{ $text }', which has a fraction
        [negative] expected a whole count (0 or more), found { $text }
       *[other] expected a whole count, found '{ $text }'
    }
core-import-what-whole-coins = { $problem ->
        [missing] expected a whole number of coins, found nothing
        [fraction] expected a whole number of coins, found '{ $text }', which has a fraction
        [negative] expected 0 coins or more, found { $text }
       *[other] expected a whole number of coins, found '{ $text }'
    }
core-import-what-whole-diamonds = { $problem ->
        [missing] expected a whole number of diamonds, found nothing
        [fraction] expected a whole number of diamonds, found '{ $text }', which has a fraction
        [negative] expected 0 diamonds or more, found { $text }
       *[other] expected a whole number of diamonds, found '{ $text }'
    }
# $figure: the name of one of TikTok's figures of a day (likes, views…).
core-import-what-day-figure = { $problem ->
        [missing] expected a number ({ $figure }), found nothing
        [fraction] expected a number ({ $figure }), found '{ $text }', which has a fraction
        [negative] expected a number ({ $figure }) (0 or more), found { $text }
       *[other] expected a number ({ $figure }), found '{ $text }'
    }

core-import-cell-no-date = expected a date/time, found nothing
core-import-cell-no-day = expected a day, found nothing
core-import-cell-no-gift = expected a gift name, found nothing
# The gift cell held only spaces or control characters.
core-import-cell-gift-blank = expected a gift name
core-import-cell-date = expected a date/time such as 2026-03-01 20:00, 01/03/2026 20:00, 01.03.2026 or 1772395200000, found '{ $text }'
core-import-cell-epoch = '{ $text }' is not an epoch time LiveLedger can read
core-import-cell-not-a-calendar-date = '{ $text }' is not a calendar date
# $time: what the separate time column says.
core-import-cell-time-twice = the date '{ $text }' has a time of its own and the time column says '{ $time }'
core-import-cell-time-column = expected a time of day such as 20:05 or 8:05 PM in the time column, found '{ $text }'
core-import-cell-day-with-time = expected a day such as 2026-11-12, found '{ $text }' with a time of day: TikTok LIVE Center files give one row a day
core-import-cell-iso-day = expected YYYY-MM-DD, found '{ $text }'
core-import-cell-end-time = expected an end time such as 2026-03-01 21:30 or 21:30, found '{ $text }'
core-import-cell-end-needs-start = an end given as a time of day needs a start written as YYYY-MM-DD
core-import-cell-duration = expected a duration of at most a week such as 90, 1:30:00 or 1h 30m, found '{ $text }'
core-import-cell-seconds = expected a time such as 5400, 1:30:00 or 1h 30m, found '{ $text }'
core-import-cell-not-a-number = expected a number, found '{ $text }'
core-import-cell-whole-number = expected a whole number, found '{ $text }'
core-import-cell-money = expected an amount of money, found '{ $text }'
core-import-cell-negative = expected 0 or more, found '{ $text }'
core-import-cell-too-large = '{ $text }' is more than a ledger can count
# $n × $coins: a row's count and its gift's price.
core-import-cell-total-too-large = { $n } × { $coins } coins is more than a ledger can count
# $thousands and $decimal: the figure read with the separator as thousands, and as a decimal point.
core-import-cell-ambiguous-number = '{ $text }' could be { $thousands } or { $decimal }; write it with two decimals or without thousands separators
core-import-cell-true-false = expected true or false, found '{ $text }'
# $field: the log's own name of the price field (diamondCount).
core-import-cell-no-price = the event gives no price for '{ $gift }' ({ $field } or another price field) and the gift catalog does not know it; add it to the catalog, or name the price field
core-import-cell-price-negative = expected a price of 0 coins or more, found { $text }
core-import-cell-repeat-count-below-one = expected a repeat count of 1 or more, found { $text }
core-import-cell-count-below-one = expected a count of 1 or more, found { $text }
# $cell: the count written in the gift cell (Rose x5); $column: the count column's.
core-import-cell-count-conflict = the gift cell '{ $text }' says { $cell } but the count column says { $column }: which is it?
# $n: the row's count; $each: the catalog's price of one; $column: the column's header.
core-import-cell-diamonds-look-total = { $diamonds } diamonds is { $n } × { $gift } ({ $each } each in the catalog): this column looks like the row's total, not one gift's price; read it as the row's total diamonds (CLI: --map total_diamonds={ $column })
core-import-cell-total-looks-each = { $diamonds } diamonds for { $n } × { $gift } is the catalog's price of one ({ $each }): this column looks like one gift's price, not the row's total; read it as diamonds per gift (CLI: --map diamonds={ $column })
core-import-cell-total-not-divisible = a total of { $diamonds } diamonds does not divide by the count { $n }: is it the price of one gift?
core-import-cell-gift-unknown = gift '{ $gift }' is not in the gift catalog and the row gives no coins or diamonds; add it to the catalog or add a coins column
core-import-cell-too-long = { $count ->
       *[other] is { $n } characters long; the ledger keeps at most { $max }
    }
core-import-cell-too-many-days = a TikTok LIVE Center file gives one row a day; more than { $max } rows is not one
# LiveLedger's own export. $name: its column (session_ref, gift_name…).
core-import-cell-value-missing = expected a value for { $name }, found nothing
core-import-cell-coins-missing = expected coins, found nothing
core-import-cell-coins-count = expected coins ≥ 0 and count ≥ 1, found { $coins } and { $n }
core-import-cell-record-kind = expected session, gift, withdrawal, adjustment or rate, found '{ $text }'
# Should no format be chosen (never, but the reader does not assume it).
core-import-cell-no-format = no format chosen
# A ledger's check refusing a value. $field: the value's name as the
# ledger names it (start, end, likes, diamonds, a figure of a day).
core-import-cell-field-end-before-start = { $field }: is before the start
core-import-cell-field-year = { $field }: expected a date from { $from } to { $to }, found one in the year { $year } (a typo?)
core-import-cell-field-negative-got = { $field }: must not be negative (got { $text })
core-import-cell-field-not-negative = { $field }: must not be negative
core-import-cell-field-count-too-large = { $field }: { $text } is larger than a ledger accepts
core-import-cell-field-too-large = { $field }: { $text } is larger than a ledger accepts (at most { $max })
core-import-cell-field-decimal-places = { $field }: { $text } has more than { $count } decimal places
# A check the importer has no words of its own for: its English text.
core-import-cell-other = { $text }

## A column or a day at fault as a whole.

# $sep: the separator; each value with its line.
core-import-problem-numbers-both = the column uses '{ $sep }' both to group thousands (line { $group_line }: '{ $group }') and as a decimal point (line { $decimal_line }: '{ $decimal }'); write its numbers one way
core-import-problem-numbers-points = the column mixes decimal points: '.' (line { $dot_line }: '{ $dot }') and ',' (line { $comma_line }: '{ $comma }'); write its numbers one way
core-import-problem-numbers-thousands = the column writes thousands both as '{ $dot }' (line { $dot_line }) and '{ $comma }' (line { $comma_line }): one of them would be a fraction; write its numbers one way
core-import-problem-rewards-ambiguous = '{ $text }' could be { $thousands } or { $decimal } and no other value in the column settles it; write amounts with two decimals (1234.00 or 1234,00) or without thousands separators
# $figure: one of TikTok's figures (likes…); $was on line $line, $now on this row.
core-import-problem-day-twice = { $day } is given twice with different { $figure } ({ $was } on line { $line }, { $now } here)
core-import-problem-mixed-encoding = is not valid UTF-8 text, though the lines before it are: the file mixes encodings (save it as UTF-8)
# $max: the most columns a table may have.
core-import-problem-sheet-wide = has a value past column { $max }; a table LiveLedger reads has at most { $max } columns

## JSON gift events. $kind: what the value is (null, bool, number, text, array, object).
core-import-json-not-event = expected an event (a JSON object), found { $kind ->
        [null] null
        [bool] true or false
        [number] a number
        [text] text
        [array] an array
       *[object] an object
    }
core-import-json-not-scalar = expected a number or text, found { $kind ->
        [null] null
        [bool] true or false
        [number] a number
        [text] text
        [array] an array
       *[object] an object
    }
core-import-json-value-too-long = expected a value for { $field }, found '{ $text }'
core-import-json-event-too-large = { $n } × { $coins } coins is more than one gift event can be worth (at most { $max } coins)

## A file, its header or its options LiveLedger cannot use: nothing was
## imported. Each starts with the file's name, $file.

core-import-file-empty = { $file }: the file is empty
core-import-file-no-header = { $file }: the file has no header line
# $n: the lines --skip-rows was told to skip.
core-import-file-skip-rows-all = { $file }: --skip-rows { $n } skips every line of the file's start
# $n: the header's columns; $max: the most a table may have.
core-import-file-columns = { $file }: line { $line }: the header has { $n } columns; a table LiveLedger reads has at most { $max }
core-import-file-sheet-columns = { $file }: row { $line }: the header has more than { $max } columns; a table LiveLedger reads has at most { $max }
core-import-file-not-utf8 = { $file }: line { $line }: is not valid UTF-8 text (save the file as UTF-8)
# $encoding: UTF-32LE or UTF-32BE.
core-import-file-utf32 = { $file }: is { $encoding } text, which LiveLedger does not read: save it as UTF-8 (or UTF-16)
# $line: the header's last line.
core-import-file-no-rows = { $file }: no rows to import: the file has a header (line { $line }) and nothing under it
core-import-file-skip-lines = { $file }: { $count ->
       *[other] { $n } lines to leave out; at most { $max }
    }
core-import-file-no-mapping = { $file }: no saved mapping named '{ $name }'
core-import-file-not-a-sheet = { $file }: is not a spreadsheet (.xlsx, .xls or .ods): --sheet names a sheet of one
core-import-file-export-not-sheet = { $file }: is TikTok's data download, not a spreadsheet: --sheet names a sheet of one
# $format: the format chosen (gift-table, session-summary…).
core-import-file-export-not-table = { $file }: is TikTok's data download, not a { $format } table (import it as detected from its content; CLI: --format auto or tiktok-data)
core-import-file-sheet-not-export = { $file }: is a spreadsheet, not TikTok's data download (import it as detected from its content; CLI: --format auto)
core-import-file-sheet-not-liveledger = { $file }: is a spreadsheet; LiveLedger's own export is read as the CSV it wrote
# $sheet: the sheet's name.
core-import-file-sheet-empty = { $file }: sheet '{ $sheet }' is empty
core-import-file-no-record = { $file }: a LiveLedger export needs a 'record' column
# $missing: the fields without a column, as --map names them (date, coins…);
# $columns: the file's columns.
core-import-file-events-need = { $file }: a gift-event log needs a column for { $missing } (its columns: { $known ->
        [none] no column name LiveLedger knows
       *[other] names it knows: { $columns }
    }); choose which column holds each (CLI: --map)
core-import-file-table-need = { $file }: a gift table needs a column for { $missing } (its columns: { $known ->
        [none] no column name LiveLedger knows
       *[other] names it knows: { $columns }
    }); choose which column holds each (CLI: --map)
core-import-file-sessions-need = { $file }: a session summary needs a column for { $missing } (its columns: { $known ->
        [none] no column name LiveLedger knows
       *[other] names it knows: { $columns }
    }); choose which column holds each (CLI: --map)
core-import-file-days-need = { $file }: a TikTok LIVE Center file needs a column for { $missing } (its columns: { $known ->
        [none] no column name LiveLedger knows
       *[other] names it knows: { $columns }
    }); choose which column holds each (CLI: --map)
core-import-file-days-no-figures = { $file }: a TikTok LIVE Center file needs a column of figures (diamonds, LIVE time, views, likes…) beside its date (its columns: { $known ->
        [none] no column name LiveLedger knows
       *[other] names it knows: { $columns }
    })
# $name and $id: the log's own names of the gift's name and id fields.
core-import-file-events-no-gift = { $file }: a gift-event log needs a { $name } or { $id } column
# --map, as typed: $text the part refused; $fields the fields it may name.
core-import-file-map-pair = { $file }: '{ $text }' is not field=Column
core-import-file-map-field = { $file }: '{ $text }' is not a field (fields: { $fields })
core-import-file-map-no-column = { $file }: the file has no column '{ $text }' (its columns: { $known ->
        [none] no column name LiveLedger knows
       *[other] names it knows: { $columns }
    })
core-import-file-map-long = { $file }: the mapping is { $n } bytes; at most { $max } (CLI: --map)
core-import-file-map-event-field = { $file }: { $text } is not a field of a gift event (fields: { $fields })
core-import-file-map-path = { $file }: '{ $text }' is not a JSON path (keys joined by dots, such as user.uniqueId)
core-import-file-map-json = { $file }: a mapping is saved for CSV files only; a JSON file's fields are named by path, e.g. coins=giftValue,sender=user.uniqueId (CLI: --mapping-name is for CSV files)
# A JSON file with no gift event. $n ($count): its values; $keys: its objects' keys; $skipped: other events, "3 chat";
# $id, $coins, $repeat: the gift event's own field names.
core-import-file-json-none = { $file }: no gift events to import among { $n } JSON values
core-import-file-json-none-skipped = { $file }: no gift events to import among { $n } JSON values (skipped: { $skipped })
core-import-file-json-array = { $file }: holds no gift event and is not TikTok's data export: it is an array of { $count ->
        [one] { $n } object
       *[other] { $n } objects
    } whose keys are { $keys }. LiveLedger reads gift events ({ $id }, { $coins }, { $repeat }…) and TikTok's "Download your data"; for events of your own logger, name the path of each field (CLI: --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)
core-import-file-json-object = { $file }: holds no gift event and is not TikTok's data export: it is a JSON object whose keys are { $keys }. LiveLedger reads gift events ({ $id }, { $coins }, { $repeat }…) and TikTok's "Download your data"; for events of your own logger, name the path of each field (CLI: --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)
core-import-file-json-lines = { $file }: holds no gift event and is not TikTok's data export: it is { $count ->
        [one] { $n } value
       *[other] { $n } values
    } (JSON Lines), objects whose keys are { $keys }. LiveLedger reads gift events ({ $id }, { $coins }, { $repeat }…) and TikTok's "Download your data"; for events of your own logger, name the path of each field (CLI: --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)

## TikTok's data download: a LIVE's or a wallet entry's field. $text: the field's value, cut short.

core-import-tiktok-not-text = expected text, found a list or an object
core-import-tiktok-text-long = expected at most { $max } characters, found '{ $text }'
core-import-tiktok-count = expected a whole number from 0 to { $max }, found '{ $text }'
core-import-tiktok-diamonds-money = expected diamonds; this is an amount of money, which LiveLedger does not turn back into diamonds, found '{ $text }'
core-import-tiktok-diamonds = expected a number of diamonds, found '{ $text }'
core-import-tiktok-diamonds-range = expected diamonds from 0 to { $max }, found '{ $text }'
core-import-tiktok-money-currency = expected an amount in { $currency } (the rate's currency), found '{ $text }'
core-import-tiktok-money = expected an amount of money such as 10.50, found '{ $text }'
core-import-tiktok-money-range = expected an amount from 0 to { $max }, found '{ $text }'
core-import-tiktok-duration = expected a duration of at most 7 days such as 1:30:00, 1h 30m or a number of seconds, found '{ $text }'
core-import-tiktok-not-live = expected a LIVE (a JSON object)
core-import-tiktok-no-start = expected LiveStartTime (when the LIVE started), found nothing
core-import-tiktok-ends-before = the LIVE ends before it starts
core-import-tiktok-status = expected a status such as completed, pending, failed or cancelled, found '{ $text }'
core-import-tiktok-no-date = expected the withdrawal's Date, found nothing
core-import-tiktok-no-rate = no rate is set for this day; add one with `liveledger rates add`
core-import-tiktok-money-to-diamonds = cannot turn this amount into diamonds at the rate's money per diamond
core-import-tiktok-no-amount = expected the withdrawal's Diamonds or Amount, found neither
core-import-tiktok-withdrawal-range = expected a withdrawal of more than 0 and at most { $max } diamonds, found { $text }
core-import-tiktok-too-many-to-value = { $text } diamonds are too many to value
core-import-tiktok-fee-above = the fee { $fee } is more than the withdrawal's value { $gross }
core-import-tiktok-not-wallet = expected a wallet entry (a JSON object)

## A container (a zip, an OLE file), a spreadsheet or TikTok's data download
## LiveLedger does not read. Each starts with the file's name, $file.
## $error: the system's, the zip reader's or the spreadsheet reader's own
## words, in English. $max, $ratio: figures as written (MiB, GiB, files).

core-import-file-cannot-read = { $file }: cannot read: { $error }
core-import-file-error = { $file }: { $error }
core-import-file-too-large = { $file }: is larger than { $max } MiB; not read
core-import-file-zip-unreadable = { $file }: is not a zip archive that can be read ({ $error })
core-import-file-zip-many = { $file }: lists more files than TikTok's export or a workbook holds (at most { $max }); not read
core-import-file-ole-unreadable = { $file }: is an OLE compound file that cannot be read; LiveLedger reads CSV, JSON, TikTok's data download (.zip) and spreadsheets (.xlsx, .xls, .ods)
core-import-file-word = { $file }: is a Word document; LiveLedger reads CSV, JSON, TikTok's data download (.zip) and spreadsheets (.xlsx, .xls, .ods)
# $streams: the names of its first streams.
core-import-file-ole-no-workbook = { $file }: is an OLE compound file without a workbook (its streams: { $streams }); LiveLedger reads CSV, JSON, TikTok's data download (.zip) and spreadsheets (.xlsx, .xls, .ods)
core-import-file-ole-broken = { $file }: is an OLE compound file (as .xls files are) that cannot be read: { $error }; LiveLedger reads CSV, JSON, TikTok's data download (.zip) and spreadsheets (.xlsx, .xls, .ods)
# $mimetype: what the file says it is.
core-import-file-odf-not-sheet = { $file }: is an OpenDocument file that is not a spreadsheet ({ $mimetype }); LiveLedger reads CSV, JSON, TikTok's data download (.zip) and spreadsheets (.xlsx, .xls, .ods)
# $count: how many files the zip holds (0: an empty zip); $names: the first
# ones' names, ", …" after them when there are more.
core-import-file-zip-other = { $file }: is { $count ->
        [0] an empty zip
        [one] a zip of { $n } file: { $names }
       *[other] a zip of { $n } files: { $names }
    }: neither TikTok's data download nor a spreadsheet; LiveLedger reads CSV, JSON, TikTok's data download (.zip) and spreadsheets (.xlsx, .xls, .ods)
core-import-file-zip-no-export = { $file }: is { $count ->
        [0] an empty zip
        [one] a zip of { $n } file: { $names }
       *[other] a zip of { $n } files: { $names }
    }: neither TikTok's JSON export (user_data.json) nor its TXT files
core-import-file-zip-not-tiktok = { $file }: is not a zip archive TikTok sends ({ $error })
# $entry: a file in the zip.
core-import-file-unpack-ratio = { $file }: { $entry } unpacks to more than { $ratio } times its packed size: not TikTok's export; not read
core-import-file-unpack-past = { $file }: { $entry } unpacks past { $max } GiB (with the files before it); not read
core-import-file-export-skip-lines = { $file }: is TikTok's data download: its entries cannot be left out one by one
core-import-file-not-read = { $file }: was not read
# $count: how many sections (0: none); $sections: their names.
core-import-file-export-no-lists = { $file }: holds no LIVE history and no wallet withdrawals (its sections: { $count ->
        [0] none
       *[other] { $sections }
    }); is it TikTok's "Download your data" export?
core-import-file-not-regular = { $file }: is { $what ->
        [folder] a folder
        [fifo] a named pipe (FIFO)
        [device] a device
        [socket] a socket
       *[other] not a regular file
    }: only a regular file can be imported
# A spreadsheet. $what: what would take the memory; $part: a part of the
# workbook's zip; $kind: xlsx, xls or ods.
core-import-file-sheet-memory = { $file }: { $what ->
        [strings] its shared strings
       *[sheets] its sheets
    } would take more than { $max } MiB of memory to read; not read (save the sheet as CSV to import it)
core-import-file-sheet-part = { $file }: cannot read '{ $part }' ({ $error })
core-import-file-sheet-ratio = { $file }: '{ $part }' unpacks to more than { $ratio } times its packed size: not a spreadsheet; not read
core-import-file-sheet-unpacks = { $file }: unpacks to more than { $max } GiB; not read
core-import-file-sheet-long-run = { $file }: '{ $part }' holds a text or a tag longer than { $max } MiB: not a spreadsheet LiveLedger reads; not read
core-import-file-sheet-strings-unreadable = { $file }: cannot read the shared strings ({ $error })
core-import-file-sheet-strings-declared = { $file }: declares more shared strings than it holds: not a sound spreadsheet; not read
core-import-file-sheet-not-xml = { $file }: its content is not XML that can be read ({ $error })
core-import-file-xls-large = { $file }: is an .xls larger than { $max } MiB; not read (save it as .xlsx or CSV)
core-import-file-xls-unreadable = { $file }: is not an .xls that can be read ({ $error })
core-import-file-xls-rows = { $file }: states a sheet whose last row is before its first: not a sound .xls; not read
core-import-file-workbook-unreadable = { $file }: is not an .{ $kind } workbook that can be read ({ $error })
core-import-file-sheet-unreadable = { $file }: cannot read sheet '{ $sheet }' ({ $error })
core-import-file-sheet-row-unreadable = { $file }: row { $row }: cannot read the sheet ({ $error })
core-import-file-sheet-rows-order = { $file }: row { $row }: the sheet's rows are out of order; not read
# $count: how many sheets are named (0: none); $sheets: their names.
core-import-file-no-such-sheet = { $file }: has no sheet named '{ $sheet }' (its sheets: { $count ->
        [0] none
       *[other] { $sheets }
    })
core-import-file-no-sheet-data = { $file }: has no sheet with data (its sheets: { $count ->
        [0] none
       *[other] { $sheets }
    })

## No rows to import, only rows skipped. Each kind's count selects its words
## (0: not skipped, left out); $first names the kind the list starts with
## (no comma before it); $totals_n, $blank_n, $summary_n, $events_n are the
## figures. English keeps its old words ("1 event that are not gifts").

core-import-file-nothing-skipped = { $file }: no rows to import: skipped { $totals ->
        [0] {""}
        [one] { $totals_n } total row
       *[other] { $totals_n } total rows
    }{ $blank ->
        [0] {""}
       *[other] { $first ->
            [blank] {""}
           *[other] {", "}
        }{ $blank ->
            [one] { $blank_n } blank line
           *[other] { $blank_n } blank lines
        }
    }{ $summary ->
        [0] {""}
       *[other] { $first ->
            [summary] {""}
           *[other] {", "}
        }a summary block of { $summary_n } row(s)
    }{ $events ->
        [0] {""}
       *[other] { $first ->
            [events] {""}
           *[other] {", "}
        }{ $events ->
            [one] { $events_n } event that are not gifts
           *[other] { $events_n } events that are not gifts
        }
    }

## TikTok's data download whose structure breaks: a problem at a line.
## $list: a TXT file of the download; $max: MiB.

core-import-tiktok-long-text = holds a text or a key longer than { $max } MiB: this is not TikTok's export
core-import-tiktok-long-entry = holds a list entry longer than { $max } MiB: this is not a LIVE or a wallet entry
core-import-tiktok-many-entries = holds more than { $max } LIVE and wallet entries: more than any creator's history
core-import-tiktok-cannot-read = cannot read: { $error }
core-import-tiktok-cut-short = the file ends in the middle of a value: it is cut short
core-import-tiktok-not-json = is not valid JSON here ({ $error })
core-import-tiktok-txt-text = { $list }: { $error }
core-import-tiktok-txt-cannot-read = cannot read { $list }: { $error }
core-import-tiktok-txt-long-line = { $list } holds a line longer than { $max } MiB: this is not TikTok's export
core-import-tiktok-txt-not-utf8 = { $list } is not valid UTF-8 text here (save it as UTF-8)
core-import-tiktok-txt-long-entry = { $list } holds an entry longer than { $max } MiB: this is not a LIVE or a wallet entry

## A spreadsheet that breaks off while its rows are read: a problem at the
## last row read, in the words of the file's refusal (above) without $file.

core-import-sheet-cannot-read = cannot read: { $error }
core-import-sheet-workbook-unreadable = is not an .{ $kind } workbook that can be read ({ $error })
core-import-sheet-unreadable = cannot read sheet '{ $sheet }' ({ $error })
core-import-sheet-row-unreadable = row { $row }: cannot read the sheet ({ $error })
core-import-sheet-rows-order = row { $row }: the sheet's rows are out of order; not read

# How the file wrote its dates (after "dates"): each form, joined; a form such as
# DD/MM/YYYY is written as it is.
core-import-dates-pattern = { $pattern }
core-import-dates-epoch-s = epoch seconds
core-import-dates-epoch-ms = epoch milliseconds
core-import-dates-and = { $first } and { $then }
core-import-dates-twelve-hour = { $dates }, 12-hour clock
core-import-dates-time-column = { $dates }, time of day in its own column

# An import's write refusing what a file holds.
core-import-undefined-session = a gift names session '{ $key }', which the file does not define
core-import-untimed-gifts = gifts without a time need a session
core-import-row-coins-too-large = { $n } × { $coins } coins is too large
