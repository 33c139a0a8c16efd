# Das Erfassungsfeld der Live-Zählung: Geschenke, die automatisch aus einem
# LIVE-Tool auf diesem Computer erfasst werden (TikFinitys WebSocket oder
# eine Protokolldatei, die ein anderes Tool schreibt).

capture-title = Erfassen aus…
capture-intro = Geschenke werden automatisch aus einem LIVE-Tool auf diesem Computer erfasst und jeweils gespeichert, sobald sie ankommen. Serien zählen einmal, wenn sie enden. Die Zähltasten bleiben für Geschenke, die das Tool verpasst.
capture-source-label = Quelle
capture-source-ws = WebSocket (TikFinity)
capture-source-file = Protokolldatei
capture-address-label = Adresse
capture-file-placeholder = Pfad der Protokolldatei, die das Tool schreibt
capture-choose-file = Datei wählen…
capture-connect = Verbinden
capture-stop = Stoppen

## Der Stand der Verbindung.

capture-state-connecting = Verbinde
capture-state-connected = Verbunden
capture-state-reconnecting = Verbinde neu
capture-state-stopped = Gestoppt
capture-status-running = { $state } — { $detail } · { $count ->
    [one] { $count } Geschenk erfasst
   *[other] { $count } Geschenke erfasst
}
capture-status-stopped = Gestoppt — { $count ->
    [one] { $count } Geschenk erfasst
   *[other] { $count } Geschenke erfasst
}
capture-not-capturing = Keine Erfassung.
capture-last-problem = Letztes Problem: { $problem }

## Laufende Serien und erfasste Geschenke.

capture-pending-title = Laufende Serien (zählen, wenn sie enden)
capture-no-streak = Keine Serie läuft.
capture-gifts-title = Erfasste Geschenke, neueste zuerst
capture-gifts-empty = Hier erscheinen die Geschenke, neueste zuerst, sobald das Tool sie sendet.
capture-gift-count = { $count } × { $gift }
capture-gift-from = { $gift } von { $sender }
capture-unfinished = unvollendete Serie
capture-unfinished-hint = Das Ende der Serie kam nie: gezählt mit ihrer höchsten Anzahl
capture-dropped = Quelle getrennt
capture-dropped-hint = Die Quelle brach während dieser Serie ab; sie endet vielleicht nie
capture-announce = Neues Geschenk: { $count } × { $gift }.
capture-announce-from = Neues Geschenk: { $count } × { $gift } von { $sender }.
