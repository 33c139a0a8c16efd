# Settings: language, payout, time zone, rates, gift catalog, export,
# demo data and the app's version.

settings-title = Settings
settings-saved = Saved

## Language

settings-language-title = Language
settings-language-intro = The language LiveLedger speaks. Numbers, dates and money are written the way it writes them.
settings-language-label = Language
settings-language-saved = Language saved

## Payout and time zone

settings-payout-title = Payout
settings-payout-intro = TikTok pays out only to an adult (18+) verified account with a linked payout method. Confirm both here; they are the readiness checks on the dashboard.
settings-age = I am 18 or older and my account is verified
settings-payout-method = Payout method linked in TikTok
settings-payout-method-placeholder = PayPal, bank transfer…
settings-setup-again = Answer the first-day questions again
settings-timezone-title = Time zone
settings-timezone-intro = Days, weeks and months of your statements start at midnight here.
settings-timezone-label = Time zone
settings-timezone-saved = Time zone saved
# $zone: what was typed; $saved: the zone still in use.
settings-timezone-invalid = “{ $zone }” is not a time zone we know, so it was not saved (yours is still { $saved }). Pick one from the list, e.g. Europe/Berlin.

## Rates

settings-rates-title = Rates
settings-rates-intro = TikTok changes what a coin and a diamond are worth. A new rate applies to sessions recorded from its day on. A session keeps the rate it was recorded with — a new rate or time zone never reprices it; re-rate below if you want it to.
settings-rates-from = From
settings-rates-diamonds-per-coin = Diamonds / coin
settings-rates-money-per-diamond = Money / diamond
settings-rates-minimum = Minimum
settings-rates-daily-maximum = Daily maximum
settings-rates-no-maximum = none
settings-rate-delete = Delete
settings-rate-delete-title = Delete this rate?
# $day: the rate's first day; $diamonds: diamonds per coin; $money: money per diamond.
settings-rate-delete-line = The rate from { $day }: { $diamonds } diamonds per coin, { $money } per diamond. Sessions keep the rate they were recorded with.
settings-rate-delete-confirm = Delete rate
settings-rate-deleted = Rate deleted
settings-rate-from-day = From day
settings-rate-diamonds-per-coin = Diamonds per coin
settings-rate-money-per-diamond = Money per diamond
settings-rate-currency = Currency
settings-rate-minimum = Minimum withdrawal
settings-rate-minimum-hint = Set this to what your TikTok wallet shows.
settings-rate-daily-maximum = Daily maximum
settings-rate-add = Add rate
settings-rate-saved = Rate saved. Sessions already recorded keep the rate they were recorded with.

## Sessions on an older rate

settings-rerate-title = { $count ->
    [one] { $count } session on an older rate
   *[other] { $count } sessions on an older rate
}
settings-rerate-intro = These sessions were recorded before the rate now in force on their day was entered (or your time zone changed which day they fall on). Re-rating moves them to it; nothing changes until you do.
settings-rerate-day = Day
settings-rerate-session = Session
settings-rerate-diamonds = Diamonds
settings-rerate-value = Value
settings-rerate-apply = Re-rate these sessions
settings-rerate-done = Sessions re-rated

## Gift catalog

settings-catalog-title = Gift catalog
settings-catalog-intro = Prices in coins of the gifts you can type by name. A gift row keeps the coins it was worth on its day, so editing here never changes the past.
settings-catalog-gift = Gift
settings-catalog-coins = Coins
settings-gift-name = Gift name
settings-gift-coins = Coins
settings-gift-save = Add or change
settings-catalog-saved = Catalog saved
settings-gift-remove = Remove
settings-gift-remove-title = Remove this gift from the catalog?
# $gift: the gift's name; $coins: its price, with its word ("5 coins").
settings-gift-remove-line = { $gift } ({ $coins }). Gifts already recorded keep their coins.
settings-gift-removed = Removed

## Export and backup

settings-export-title = Export and backup
settings-export-intro = For your bookkeeper or tax tool, and against a dead laptop. Backups are safe to take while the app is open.
settings-export-csv = Export CSV
settings-export-json = Export JSON
settings-export-hledger = Export hledger
settings-export-beancount = Export beancount
settings-backup-now = Back up now
# The kind of file in the save dialog.
settings-backup-kind = LiveLedger backup
settings-exported = Exported to { $path }
settings-backed-up = Backed up to { $path }
# $path: the ledger file's path, shown as code.
settings-ledger-file = Ledger file: { $path }

## Demo data and clearing

settings-demo-title = Demo data
settings-demo-empty = Your ledger is empty. Load six months of made-up lives to see the charts.
settings-demo-clear-intro = Clearing removes every session, gift, withdrawal and correction. Rates, catalog and settings stay. A copy of the ledger is kept beside it first, and you can undo right after.
settings-demo-load = Load demo data
settings-demo-loaded = Demo data loaded
settings-clear = Clear all records
settings-clear-title = Clear all records?
settings-clear-sessions = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
settings-clear-gifts = { $count ->
    [one] { $count } gift
   *[other] { $count } gifts
}
settings-clear-withdrawals = { $count ->
    [one] { $count } withdrawal
   *[other] { $count } withdrawals
}
# $sessions, $gifts, $withdrawals: settings-clear-sessions, -gifts and -withdrawals.
settings-clear-what = This removes { $sessions } with { $gifts } and { $withdrawals }, and every correction and import. Rates, catalog and settings stay.
settings-clear-copy = A copy of the ledger as it is now is kept beside it first, and you can undo this right after.
# The word the creator types to confirm clearing (lower case, one word).
settings-clear-word = clear
settings-cleared = Ledger cleared. A copy from before is kept beside it.
settings-records-back = Every record is back

## About

settings-about-title = About
settings-about-version = LiveLedger { $version }
# $command: the command line "liveledger --version", shown as code.
settings-about-offline = The same version as { $command }. Offline: no network, no account, no telemetry.
