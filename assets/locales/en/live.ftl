# The Live tally view: starting a live, logging its gifts by click or key,
# ending it, and the recap shown when it ends.

live-heading = Live tally
live-badge = LIVE

## Before a live.

live-start-card = Start a live
live-start-intro = Log gifts while you are live: one click or key press per gift. Every tap is saved at once, so closing the app loses nothing — the live is still running when you come back.
live-title-label = Title
live-title-placeholder = What is this live about? (optional)
live-go = Go live — start tallying

## During a live. $count is a number of gifts; $gift a gift's name; $sender who sent it.

# $when: the live's start, already written in the creator's locale.
live-started = Started { $when }. Keys 1–9 add a gift, Ctrl+Z undoes the last one.
live-sender-label = Sender
live-sender-placeholder = Sender of the next gift (optional)
live-senders-label = Recent senders
live-senders-hint = Cleared after each gift. Recent:
live-other-label = Other gift
live-other-gift = Other gift…
# $gift: a gift's name; $coins: its coins as a figure.
live-other-option = { $gift } ({ $coins })
live-streak-label = How many of the next gift
# $times: the figure the next gift is multiplied by.
live-armed-note = Next gift counts ×{ $times }
live-armed-hint = Back to ×1 after it is logged (Esc cancels).
# $key: the key that adds this gift.
live-key = Key { $key }
live-this-live = This live
# $value: money; the count of gifts picks the form.
live-value-gifts = { $value } · { $count ->
    [one] { $count } gift
   *[other] { $count } gifts
}
live-threshold-title = Withdrawal threshold
# $diamonds: the balance with its word; $value, $minimum: money; $percent: the share reached.
live-balance-line = Balance { $diamonds } = { $value } of { $minimum } · { $percent }
live-last-gifts = Last gifts
live-gift-line = { $count } × { $gift }
live-gift-line-from = { $count } × { $gift } from { $sender }
live-undo-last = Undo last (Ctrl+Z)
live-nothing-to-undo = Nothing to undo
live-remove-anyway = Remove it anyway

## Said to a screen reader, and shown after an undo. $total: the live's diamonds, with the word.

live-logged = Logged { $count } × { $gift }. This live: { $total }.
live-logged-from = Logged { $count } × { $gift } from { $sender }. This live: { $total }.
live-removed-toast = Removed { $count } × { $gift }
live-removed = Removed { $count } × { $gift }. This live: { $total }.

## Ending a live. $diamonds: its diamonds, with the word.

live-end = End live
live-end-title = End this live?
live-end-so-far = { $count ->
    [one] It has { $count } gift worth { $diamonds } so far.
   *[other] It has { $count } gifts worth { $diamonds } so far.
}
live-end-after = Gifts logged after this start a new live.
live-ended = Live ended and saved

## The recap of a live that just ended.

live-recap-title = Live ended
# $title: the live's title.
live-recap-title-named = Live ended: { $title }
live-recap-card = Recap
live-earned = Earned
# $diamonds: diamonds with their word; $value: money.
live-earned-value = { $diamonds } · { $value }
live-duration = Duration
live-gifts = Gifts
live-top-gifters = Top gifters
# $coins: coins with their word.
live-gifter-line = { $count ->
    [one] { $count } gift
   *[other] { $count } gifts
} · { $coins }
live-no-gifters = No gift had a sender.
live-from-tiktok = From TikTok's LIVE summary
live-from-tiktok-hint = Copy these from the summary TikTok shows after the live (optional).
live-viewers = Viewers
live-followers = New followers
live-save = Save
live-saved = Saved to this live
live-another = Start another live
live-all-lives = All lives
