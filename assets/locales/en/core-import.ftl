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

# $map: the mapping to give; $columns: each column with its first values, one a line.
core-import-unknown-format = { $file }: cannot tell what this file holds from its header ({ $header }, line { $line }); name the columns with --map { $map }{ $columns }
core-import-unknown-format-columns = { $file }: cannot tell what this file holds from its header ({ $header }, line { $line }); name the columns with --map { $map }
    its columns:{ $columns }
core-import-rows = { $file }: { $count ->
        [one] { $n } problem
       *[other] { $n } problems
    }, nothing was imported:
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
