# Withdrawals: recording a cash-out from TikTok, reconciling the ledger with
# the TikTok wallet, and the history of both.

withdrawals-title = Withdrawals

## Recording a withdrawal

withdrawals-record-title = Record a withdrawal
withdrawals-diamonds = Diamonds
withdrawals-requested = Requested
withdrawals-fee = Fee
withdrawals-method = Method
withdrawals-status = Status
withdrawals-reference = Reference
# $diamonds: the figure; $money: what they bring, with its currency.
withdrawals-withdrawable = Withdrawable now: { $diamonds } ({ $money })
withdrawals-not-ready = Not ready yet — see the dashboard for what is missing.
# Under the diamonds field as the creator types: "100 diamonds ≈ $0.50".
# $diamonds: the diamonds with their word; $money: what they bring.
withdrawals-quote = { $diamonds } ≈ { $money }
# Follows the quote when TikTok would not pay that little. $minimum: money.
withdrawals-quote-below = — less than TikTok's { $minimum } minimum
withdrawals-record-button = Record withdrawal
withdrawals-recorded = Withdrawal recorded

## The question asked before recording a withdrawal TikTok would not pay

# $minimum: TikTok's minimum withdrawal, money.
withdrawals-below-title = TikTok won't pay out less than { $minimum }
# $money: what this withdrawal is worth.
withdrawals-below-line = This withdrawal is { $money }. Record it only if TikTok really paid it.
withdrawals-ask-title = Record this withdrawal?
withdrawals-record-anyway = Record it anyway

## Statuses of a withdrawal

withdrawals-status-pending = Pending
withdrawals-status-paid = Paid
withdrawals-status-failed = Failed
withdrawals-status-cancelled = Cancelled
withdrawals-status-changed = Status changed

## Reconciling with the TikTok wallet

withdrawals-reconcile-title = Reconcile with TikTok
# $diamonds: the ledger's balance with its word ("4,900 diamonds").
withdrawals-reconcile-text = Your ledger says { $diamonds }. If TikTok shows another number, enter it: the difference is recorded as a correction with its reason.
withdrawals-wallet-balance = Diamonds your TikTok wallet shows
withdrawals-wallet-reason = Why they differ (if you know)
withdrawals-reconcile-button = Reconcile
withdrawals-reconciled = Your ledger matches TikTok
# $count: the correction in diamonds (picks the plural form); $shown: it
# written with its sign, "+25" or "−25".
withdrawals-correction-recorded = { $count ->
    [one] Recorded a correction of { $shown } diamond
   *[other] Recorded a correction of { $shown } diamonds
}

## The history

withdrawals-history-title = History
withdrawals-newest-first = Newest first.
withdrawals-empty = No withdrawals yet. When you cash out in TikTok, record it here so your balance stays true.
withdrawals-amount = Amount
withdrawals-net = You get
# A column of buttons, named for screen readers only.
withdrawals-actions = Actions
withdrawals-below-badge = below minimum
# $minimum: the minimum withdrawal on the withdrawal's day, money.
withdrawals-below-badge-title = Below TikTok's minimum of { $minimum } on its day: recorded because you said TikTok paid it.

## Deleting a withdrawal

withdrawals-delete = Delete
# $diamonds: the diamonds with their word.
withdrawals-delete-label = Delete the withdrawal of { $diamonds }
withdrawals-delete-title = Delete this withdrawal record?
# $diamonds: with their word; $money: the amount; $when: the date and time requested.
withdrawals-delete-line = { $diamonds } ({ $money }) requested { $when }.
withdrawals-delete-effect = Your balance goes up by its diamonds. You can undo this right after.
withdrawals-delete-confirm = Delete withdrawal
withdrawals-deleted = Withdrawal deleted
withdrawals-restore-anyway = Put it back anyway

## Corrections made by reconciling

withdrawals-corrections-title = Corrections
withdrawals-when = When
withdrawals-reason = Reason
