# The Sessions view: the list of lives, one live's detail (recap, gifts by
# sender, a gift added by hand) and the form a live is added or edited in.

sessions-title = Sessions
sessions-filter-placeholder = Filter by title or date…
sessions-filter-label = Filter sessions
sessions-new = New session
sessions-no-match = No session matches the filter.
sessions-empty-title = No sessions yet
sessions-empty-text = Add the lives you have done, with their gifts, or import them from a CSV file.

## The list's columns. "live" marks a live that is still running.

sessions-col-date = Date
sessions-col-duration = Duration
sessions-col-title = Title
sessions-col-diamonds = Diamonds
sessions-col-value = Value
sessions-col-viewers = Viewers
sessions-col-per-hour = Per hour
sessions-running-badge = live

## The form a live is added or edited in.

sessions-field-start = Start
sessions-field-end = End
sessions-field-end-hint = Leave empty while the live is running.
sessions-field-title = Title
sessions-field-viewers = Viewers
sessions-field-peak-viewers = Peak viewers
sessions-field-new-followers = New followers
sessions-field-diamonds = Diamonds TikTok reported
sessions-field-diamonds-hint = From TikTok's LIVE summary, when you don't log single gifts.
sessions-field-notes = Notes
sessions-edit-title = Edit session
sessions-new-title = New session
sessions-save = Save
sessions-add = Add session
sessions-cancel = Cancel
sessions-saved = Session saved
sessions-added = Session added

## One live's detail. $title is the live's title.

sessions-untitled = Session
sessions-edit = Edit
sessions-delete = Delete
sessions-close = Close
sessions-close-label = Close the live's detail
sessions-recap = Recap
sessions-earned = Earned
sessions-duration = Duration
sessions-still-live = still live
sessions-per-hour-live = Per hour live
sessions-gifts = Gifts
sessions-top-gifters = Top gifters
sessions-no-gifters = No sender names
# $count: gifts; $senders: the number of different senders.
sessions-gifts-from = { $count ->
    [one] { $count } gift
   *[other] { $count } gifts
} from { $senders ->
    [one] { $senders } sender
   *[other] { $senders } senders
}
sessions-by-sender = Gifts by sender
sessions-no-sender = Without a sender name
# $count: the sender's gifts; $coins: their coins, with the word ("15 coins").
sessions-sender-line = { $count ->
    [one] { $count } gift
   *[other] { $count } gifts
} · { $coins }
sessions-no-gifts = No gift rows in this live.
# $value: money already written in the creator's locale.
sessions-per-thousand-viewers = { $value } per 1,000 viewers

## The gifts table of a live.

sessions-col-time = Time
sessions-col-gift = Gift
sessions-col-coins = Coins
sessions-col-count = Count
sessions-col-actions = Actions
sessions-estimated = estimated
sessions-estimated-hint = The imported log ended before this streak did: counted at its highest count so far. Importing the rest of the log completes it.
# $gift: a gift's name; $sender: who sent it.
sessions-delete-gift-label = Delete { $gift }
sessions-delete-gift-from-label = Delete { $gift } from { $sender }

## Adding a gift by hand.

sessions-gift-field = Gift
# An example gift as the catalog names it (the catalog keeps TikTok's English names): keep it as it is.
sessions-gift-placeholder = Rose
sessions-gift-hint = A catalog gift takes its coins from the catalog.
sessions-coins-field = Coins each
sessions-coins-placeholder = from catalog
sessions-count-field = Count
sessions-sender-field = From
sessions-sender-placeholder = optional
sessions-add-gift = Add gift
sessions-gift-added = Gift added

## Deleting a gift or a live (each can be undone).

sessions-delete-gift-title = Delete this gift?
# $count: how many; $gift: its name; $coins: their coins, with the word.
sessions-delete-gift-line = { $count } × { $gift } ({ $coins }).
sessions-delete-gift-from-line = { $count } × { $gift } from { $sender } ({ $coins }).
sessions-undo-hint = You can undo this right after.
sessions-delete-gift-confirm = Delete gift
sessions-delete-anyway = Delete it anyway
sessions-gift-deleted = Gift deleted
sessions-restore-anyway = Put it back anyway
sessions-delete-session-title = Delete this session?
# $title: the live's title; $date: its start; $count: its gifts; $diamonds: its diamonds, with the word.
sessions-delete-session-line = { $title } · { $date }: { $count ->
    [one] { $count } gift
   *[other] { $count } gifts
}, { $diamonds }.
sessions-delete-session-confirm = Delete session
sessions-session-deleted = Session deleted
