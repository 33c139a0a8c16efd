# Live capture's connection, as the capture view and `liveledger capture`
# say it after the state ("Connected — …"). $url and $name are the address
# or file followed; $reason, $why and $error are the socket's, the file
# check's or the store's own words (English); $seconds the pause before the
# next try.

core-capture-starting = starting
core-capture-stopped = capture stopped
core-capture-stopped-by = capture stopped: { $error }
core-capture-connecting = connecting to { $url }
core-capture-connected = { $url }
core-capture-retrying = { $reason }; trying again in { $seconds } s
core-capture-following = following { $name }
core-capture-waiting = waiting: { $name } { $why }

## A capture's problems and reasons. $where is a place (a line of the file
## followed, a message of the socket, a column or a field of the event);
## $error and $reason are said inside; $text is what the source sent, cut
## short; $error of a JSON, CSV or WebSocket reader is that reader's own
## (English) words.

core-capture-at-message = message { $n }
core-capture-at-line = { $name }, line { $n }
core-capture-column = column { $n } ({ $header })
core-capture-at = { $where }: { $problem }
core-capture-expected = { $where }: expected { $what ->
    [gift-id] a gift id
    [gift-name] a gift name
    [price-zero-or-more] the gift's price in coins (0 or more)
    [price-diamondcount] the gift's price in coins (diamondCount)
    [repeat-count-one-or-more] a repeat count of 1 or more
    [repeat-count] a repeat count
    [true-false] true or false
    [gift-type] a gift type number
    [time] a time
    [count-range] a count from 0 to { $max }
   *[other] a value
}, found { $text }
core-capture-event-too-large = expected an event of at most { $max } KiB, found { $size } KiB
core-capture-not-json = expected a JSON object ({ $error }), found { $text }
core-capture-not-object = expected a JSON object, found { $text }
core-capture-binary = expected UTF-8 text, found binary data
core-capture-no-gift = a gift event needs { $name } or { $id }, found neither
core-capture-no-price = { $where }: expected the gift's price in coins, found nothing
core-capture-price-negative = { $where }: expected a price of 0 coins or more, found { $n }
core-capture-count-below-one = { $where }: expected a repeat count of 1 or more, found { $n }
core-capture-too-many-coins = { $where }: { $n } × { $coins } coins is more than a ledger can count
core-capture-no-gift-name = { $where }: expected a gift name or id, found nothing
core-capture-no-date = { $where }: expected a date/time, found nothing
core-capture-day-or-month = { $where }: { $text } could be day/month or month/day; a followed log needs dates such as 2026-03-01
core-capture-not-a-date = { $where }: { $text } is not a date
core-capture-no-header = expected a header line
core-capture-log-header = expected a gift-event log header ({ $columns }), found { $text }
core-capture-line-too-long = expected a line of at most { $max } KiB
core-capture-no-row = expected a row, found nothing

core-capture-problem-unflushed = the streaks still running could not be written: { $error }
core-capture-problem-no-live = no live is running to end
core-capture-problem-end = the live could not be ended: { $error }
core-capture-problem-close = the live could not be closed after its silence: { $error }
core-capture-problem-position = { $where }: could not record the file's position: { $error }
core-capture-problem-position-unread = { $name }: cannot read where capture stopped: { $error }
core-capture-problem-gift = { $where }: the gift could not be written: { $error }
core-capture-problem-engagement = { $where }: the engagement could not be counted: { $error }
core-capture-problem-flag = the running streaks could not be flagged: { $error }
core-capture-problem-unread = { $name }: cannot read: { $reason }
core-capture-problem-replaced = { $name } is not the file capture was following (it is shorter, or its start changed): reading it from its start

# Why a followed file cannot be read now (after "waiting: <file>").
core-capture-why-not-there = is not there yet
core-capture-why-not-regular = is { $found ->
    [folder] a folder
    [fifo] a named pipe (FIFO)
    [character-device] a character device
    [block-device] a block device
    [socket] a socket
   *[other] something else
}, not a regular file
core-capture-why-unopened = cannot be opened: { $reason }
core-capture-why-unread = cannot be read: { $reason }
core-capture-why-cannot-read = cannot read: { $reason }
# Why a WebSocket is down (before "; trying again in … s").
core-capture-why-unresolved = { $host } cannot be resolved: { $reason }
core-capture-why-no-address = { $host } names no address on this computer
core-capture-why-handshake = { $url } refused the WebSocket handshake: { $error }
core-capture-why-nothing-answers = nothing answers at { $url } ({ $last })
core-capture-why-silent = no frame and no answer to a ping for { $seconds } s
core-capture-why-dropped = the connection dropped: { $error }
core-capture-why-source-closed = the source closed the connection
core-capture-why-closed = the connection closed
core-capture-utf16 = the log is UTF-16; a followed log must be UTF-8 (import a UTF-16 file instead)
