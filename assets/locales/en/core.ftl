# What the core says: readiness blockers, the summary's lines and the
# errors a creator can act on. Figures arrive written in the language
# (money, diamonds, days); $count, $days and $minutes are numbers that pick
# the plural form.

## Readiness blockers: what stands in the way of a withdrawal.

core-blocker-negative-balance = The balance is negative ({ $count ->
    [one] { $balance } diamond
   *[other] { $balance } diamonds
}): more was withdrawn or corrected than earned. Check the withdrawals, or enter your TikTok wallet's balance under Reconcile.
core-blocker-below-minimum = Below the minimum withdrawal: { $balance } of { $minimum } — { $count ->
    [one] { $missing } diamond
   *[other] { $missing } diamonds
} to go. Keep going live.
core-blocker-age-not-confirmed = Age not confirmed: withdrawing needs an 18+ verified account. Confirm it in Settings → Payout.
core-blocker-no-payout-method = No payout method linked. Link one in TikTok, then name it in Settings → Payout.
core-blocker-daily-maximum-used = Today's withdrawal maximum of { $maximum } is used up. Try again tomorrow.

## The summary as the command line prints it: a label, then its line.

core-summary-balance-label = Balance
core-summary-earned-label = earned
core-summary-withdrawn-label = withdrawn
core-summary-adjusted-label = adjusted
core-summary-threshold-label = Threshold
core-summary-ready-label = Ready
core-summary-eta-label = ETA
core-summary-pending-label = Pending payouts
core-summary-rate-label = Rate
core-summary-balance = { $count ->
    [one] { $diamonds } diamond
   *[other] { $diamonds } diamonds
} = { $value }
# $percent: the progress to the minimum, a number such as 75.5.
core-summary-threshold = { $minimum } = { $count ->
    [one] { $diamonds } diamond
   *[other] { $diamonds } diamonds
}; progress { $percent }%
core-summary-ready-yes = yes — withdrawable now: { $count ->
    [one] { $diamonds } diamond
   *[other] { $diamonds } diamonds
} = { $value }
core-summary-ready-not-yet = not yet
core-summary-eta-reached = reached ({ $day })
core-summary-eta-day = { $day } at { $pace } diamonds a day (last { $days } days)
core-summary-eta-wait = after { $count ->
    [one] { $count } more live
   *[other] { $count } more lives
} in the last { $days } days (an estimate needs { $needed })
core-summary-eta-none = none — nothing earned in the last { $days } days
core-summary-rate = since { $day }: { $rate } a diamond (the balance is valued at today's rate; statements at each session's own); money rounded half up (away from zero) to { $step }

## Confirmations: what is unusual about a write. Nothing was written; the
## creator may confirm it. $at and $first are local times (YYYY-MM-DD HH:MM).

core-confirm-negative-balance = { $action ->
    [put-back] putting back { $label }
    [rerate] re-rating these sessions
    [delete-session] deleting session { $id }
    [correction] a correction of { $amount } diamonds
    [delete-gift] deleting gift { $id }
   *[undo-import] undoing import { $id }
} would leave the balance at { $count ->
    [one] { $balance } diamond
   *[other] { $balance } diamonds
} (earned { $earned }, withdrawn { $withdrawn }, corrected { $corrected }): withdrawals were paid from these diamonds
core-confirm-future = it is dated { $at }, in the future
core-confirm-before-first-diamond = it is dated { $at }, before the first diamond was earned ({ $first })
core-confirm-below-minimum = { $gross } is below the minimum withdrawal of { $minimum } in force on { $day }: TikTok won't pay out less, so record it only if TikTok really paid it
core-confirm-over-daily-maximum = with { $used } already withdrawn on { $day }, { $gross } more passes that day's maximum of { $maximum }
# Follows the problems, after a dash.
core-error-needs-confirmation = nothing was written; confirm to record it anyway (CLI: --force)

## Errors. $path is a file; $id a record's number.

core-error-not-found = { $what ->
    [session] session { $id } does not exist
    [gift] gift { $id } does not exist
    [withdrawal] withdrawal { $id } does not exist
    [import] import { $id } does not exist
    [rate] rate { $id } does not exist
    [deleted] deleted record { $id } does not exist
   *[other] record { $id } does not exist
}
core-error-newer-schema = { $path } was written by a newer LiveLedger (schema { $found }, this version knows up to { $known }); it was not changed — update LiveLedger to open it
# $reason is in English for now.
core-error-not-a-ledger = { $path } is not a LiveLedger database: { $reason }
core-error-busy = the database is busy (another LiveLedger is writing to it); try again in a moment
# $minutes is 0 for a wait under two minutes; $seconds is then shown.
core-error-import-still-running = { $path }: the import running in another LiveLedger still holds the ledger after { $minutes ->
    [0] { $seconds } s
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}; nothing was done — try again once it has finished, or stop it
core-error-import-still-running-pid = { $path }: the import running in another LiveLedger (pid { $pid }) still holds the ledger after { $minutes ->
    [0] { $seconds } s
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}; nothing was done — try again once it has finished, or stop it
core-error-not-a-file = { $path } is { $found ->
    [folder] a folder
    [fifo] a named pipe (FIFO)
    [character-device] a character device
    [block-device] a block device
    [socket] a socket
   *[other] something else
}, not a regular file: name a regular file or a new one; nothing was written to it
# $why is a core-ledger-why-… message.
core-error-read-only = { $path } is read-only ({ $why }): it can be read but not changed; nothing was written
# $what is a core-overflow-… message (or the sum named as the code wrote it).
core-error-overflow = { $what } is too large to add up; edit or delete the record with the absurd figure

## A deleted record's name in the trash ("session 2 and its 119 gifts").
## $n is the count's figure as the ledger writes it; $gift a gift's name.

core-trash-session = { $count ->
       *[other] session { $id } and its { $n } gifts
    }
core-trash-gift = { $n } × { $gift }
core-trash-withdrawal = withdrawal { $id }

# The system's own reasons (an I/O error), as the system writes them in English;
# $code is its error number.

core-io-not-permitted = Operation not permitted (os error { $code })
core-io-not-found = No such file or directory (os error { $code })
core-io-io-error = Input/output error (os error { $code })
core-io-permission-denied = Permission denied (os error { $code })
core-io-exists = File exists (os error { $code })
core-io-not-a-directory = Not a directory (os error { $code })
core-io-is-a-directory = Is a directory (os error { $code })
core-io-too-many-open = Too many open files (os error { $code })
core-io-too-large = File too large (os error { $code })
core-io-no-space = No space left on device (os error { $code })
core-io-read-only = Read-only file system (os error { $code })
core-io-connection-reset = Connection reset by peer (os error { $code })
core-io-timed-out = Connection timed out (os error { $code })
core-io-connection-refused = Connection refused (os error { $code })
# Any other reason, in the system's own (English) words.
core-io-other = { $text }

# A whole error said inside another message: a file's path and why.
core-error-io = { $path }: { $reason }
core-error-disk = { $path }: { $cause }
core-error-database = database error: { $error }
core-error-field = { $field }: { $message }
core-error-text = { $text }

# Why a file is not a ledger, or is read-only (inside core-error-not-a-ledger's
# $reason and core-error-read-only's $why); $error is said inside, $found and
# $sqlite are SQLite's own words; $kind is a schema object's type.
core-ledger-why-uncountable = its totals cannot be counted: { $error }
core-ledger-why-unreadable = a record in it cannot be read: { $error }
core-ledger-why-unfit = its records do not fit together ({ $error })
core-ledger-why-not-regular = it is not a regular file
core-ledger-why-not-a-backup = it is not a LiveLedger backup
core-ledger-why-integrity = its integrity check failed: { $found }
core-ledger-why-empty = it holds no ledger
core-ledger-why-other-tables = it holds other tables (its application id is not LiveLedger's)
core-ledger-why-not-yet = and it is not a ledger yet
core-ledger-why-older = and it was written by an older LiveLedger: it must be upgraded, which writes it
core-ledger-why-file-read-only = the file may not be written
core-ledger-why-disk-read-only = the file, its folder or its disk may not be written
core-ledger-why-not-sqlite = it is not an SQLite database
core-ledger-why-changed = its { $kind ->
    [table] table
    [index] index
    [trigger] trigger
   *[view] view
} '{ $name }' is not LiveLedger's; a restore brings records, never schema or code
core-ledger-why-extra = it carries { $kind ->
    [table] a table
    [index] an index
    [trigger] a trigger
   *[view] a view
} '{ $name }' that LiveLedger does not make at its version ({ $version }); a restore brings records, never schema or code
core-ledger-why-missing = its { $kind ->
    [table] table
    [index] index
    [trigger] trigger
   *[view] view
} '{ $name }' is not LiveLedger's
core-ledger-disk-full = the disk is full ({ $sqlite }); nothing more was written
core-ledger-disk-failed = the disk could not be read or written (full, failing or gone) ({ $sqlite }); nothing more was written

# What a sum too large to add up was (inside core-error-overflow's $what).
core-overflow-session = { $part ->
    [diamonds] session { $id }'s diamonds
   *[value] session { $id }'s value
}
core-overflow-statement = the statement's { $part ->
    [opening-balance] opening balance
    [gifts] gifts
    [coins] coins
    [diamonds] diamonds
    [value] value
    [withdrawals] withdrawals
    [fees] fees
    [payouts] payouts
    [corrections] corrections
    [balance] balance
   *[rounding] rounding
}
core-overflow = { $what ->
    [balance-value] the balance's value
    [recent-pace] the recent pace
    [pending-withdrawals] the pending withdrawals
    [period-diamonds] the period's diamonds
    [day-diamonds] the diamonds of a day
    [coins-every-session] the coins of every session
    [minute-diamonds] a minute's diamonds
    [money-per-1000] money per 1,000 viewers
    [diamonds-to-go] the diamonds to go
    [diamonds-earned] the diamonds earned
    [diamonds-withdrawn] the diamonds withdrawn
    [corrections] the corrections
    [day-withdrawals] the day's withdrawals
    [balance] the balance
    [booked-diamonds] booked diamonds
    [wallet-difference] the difference to the wallet
    [withdrawal-value] the withdrawal's value
    [withdrawal-net] the withdrawal's net
   *[tiktok-diamonds] TikTok's diamonds
}
core-overflow-engagement = the engagement of session { $id }'s minute { $minute }

# The titles LiveLedger gives a live it made itself (the stored title stays as written;
# these say it in the creator's language).
core-title-imported = Imported live
core-title-captured = Captured live
core-title-booked = TikTok LIVE Center: { $day }
