core-capture-starting = startet
core-capture-stopped = Erfassung beendet
core-capture-stopped-by = Erfassung beendet: { $error }
core-capture-connecting = verbinde mit { $url }
core-capture-connected = { $url }
core-capture-retrying = { $reason }; neuer Versuch in { $seconds } s
core-capture-following = folge { $name }
core-capture-waiting = warte: { $name } { $why }
