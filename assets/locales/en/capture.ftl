# The capture panel of the Live tally: gifts logged automatically from a live
# tool on this computer (TikFinity's WebSocket, or a log file a tool writes).

capture-title = Capture from…
capture-intro = Gifts are logged automatically from a live tool on this computer, each saved the moment it arrives. Streaks count once, when they end. The tally buttons stay for gifts the tool missed.
capture-source-label = Source
capture-source-ws = WebSocket (TikFinity)
capture-source-file = Log file
capture-address-label = Address
capture-file-placeholder = Path of the log file the tool writes
capture-choose-file = Choose file…
capture-connect = Connect
capture-stop = Stop

## Where the connection stands. $detail is the app's own words for it
## (the address, why it dropped, the next try); $count the gifts logged.

capture-state-connecting = Connecting
capture-state-connected = Connected
capture-state-reconnecting = Reconnecting
capture-state-stopped = Stopped
# $state: one of the four words above.
capture-status-running = { $state } — { $detail } · { $count ->
    [one] { $count } gift logged
   *[other] { $count } gifts logged
}
capture-status-stopped = Stopped — { $count ->
    [one] { $count } gift logged
   *[other] { $count } gifts logged
}
capture-not-capturing = Not capturing.
# $problem: what went wrong, in the app's words.
capture-last-problem = Last problem: { $problem }

## The streaks running and the gifts logged. $count: how many; $gift: the
## gift's name; $sender: who sent it.

capture-pending-title = Streaks running (counted when they end)
capture-no-streak = No streak running.
capture-gifts-title = Logged gifts, newest first
capture-gifts-empty = Gifts appear here, newest first, as the tool sends them.
capture-gift-count = { $count } × { $gift }
# $gift: the gift and its count ("3 × Rose"), $sender: the sender's name.
capture-gift-from = { $gift } from { $sender }
capture-unfinished = unfinished streak
capture-unfinished-hint = The streak's end never came: counted at its highest count
capture-dropped = source dropped
capture-dropped-hint = The source dropped while this streak ran; it may never end
# Said to a screen reader as each gift arrives.
capture-announce = New gift: { $count } × { $gift }.
capture-announce-from = New gift: { $count } × { $gift } from { $sender }.
