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
