# The first-day screen: four questions before the first dashboard,
# skippable, and asked again from Settings.

firstrun-title = Welcome to LiveLedger
firstrun-intro = Four quick questions so your balance, days and payout checks are right. You can change every answer later in Settings.
firstrun-again-title = First-day setup
firstrun-again-intro = The same questions as on the first day. Nothing you recorded changes.

## The questions

firstrun-language-question = 1. Your language
firstrun-language-label = Language
firstrun-language-hint = LiveLedger speaks it, and writes numbers, dates and money its way.
firstrun-timezone-question = 2. Your time zone
firstrun-timezone-label = Time zone
firstrun-timezone-hint = Your days, weeks and months start at midnight here. We filled in your computer's.
firstrun-minimum-question = 3. TikTok's minimum withdrawal
# $currency: a currency code, such as USD.
firstrun-minimum-label = Minimum withdrawal ({ $currency })
firstrun-minimum-hint = Open your TikTok wallet and copy the smallest amount it lets you withdraw, in { $currency }.
firstrun-pay-question = 4. Getting paid
firstrun-age = I am 18 or older and my TikTok account is verified
firstrun-method = Payout method linked in TikTok (optional)
firstrun-method-placeholder = PayPal, bank transfer…
firstrun-pay-hint = TikTok pays out only to verified adults with a linked payout method.

## Answers

firstrun-save = Save and continue
firstrun-skip = Skip for now
firstrun-saved = Setup saved
# $demo: the button firstrun-demo.
firstrun-demo-offer = Just looking around? { $demo }
firstrun-demo = Load six months of demo data
firstrun-demo-loaded = Demo data loaded
# $zone: what was typed.
firstrun-bad-timezone = “{ $zone }” is not a time zone we know. Pick one from the list, e.g. Europe/Berlin or America/New_York.
# $whole, $exact: the same amount written two ways, such as 10 and 10.00.
firstrun-bad-minimum = Enter the minimum as a number, e.g. { $whole } or { $exact }.
