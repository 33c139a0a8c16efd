core-capture-starting = startet
core-capture-stopped = Erfassung beendet
core-capture-stopped-by = Erfassung beendet: { $error }
core-capture-connecting = verbinde mit { $url }
core-capture-connected = { $url }
core-capture-retrying = { $reason }; neuer Versuch in { $seconds } s
core-capture-following = folge { $name }
core-capture-waiting = warte: { $name } { $why }

## Probleme und Gründe der Erfassung. $where ist eine Stelle; $error und $reason werden darin gesagt;
## $text ist, was die Quelle sandte; $error eines JSON-, CSV- oder WebSocket-Lesers bleibt in dessen (englischen) Worten.

core-capture-at-message = Nachricht { $n }
core-capture-at-line = { $name }, Zeile { $n }
core-capture-column = Spalte { $n } ({ $header })
core-capture-at = { $where }: { $problem }
core-capture-expected = { $where }: erwartet wird { $what ->
    [gift-id] eine Geschenk-ID
    [gift-name] ein Geschenkname
    [price-zero-or-more] der Preis des Geschenks in Münzen (0 oder mehr)
    [price-diamondcount] der Preis des Geschenks in Münzen (diamondCount)
    [repeat-count-one-or-more] eine Wiederholungszahl von 1 oder mehr
    [repeat-count] eine Wiederholungszahl
    [true-false] true oder false
    [gift-type] eine Geschenktyp-Nummer
    [time] eine Zeit
    [count-range] eine Anzahl von 0 bis { $max }
   *[other] ein Wert
}, gefunden: { $text }
core-capture-event-too-large = erwartet wird ein Ereignis von höchstens { $max } KiB, gefunden: { $size } KiB
core-capture-not-json = erwartet wird ein JSON-Objekt ({ $error }), gefunden: { $text }
core-capture-not-object = erwartet wird ein JSON-Objekt, gefunden: { $text }
core-capture-binary = erwartet wird UTF-8-Text, gefunden: Binärdaten
core-capture-no-gift = ein Geschenk-Ereignis braucht { $name } oder { $id }, beides fehlt
core-capture-no-price = { $where }: erwartet wird der Preis des Geschenks in Münzen, gefunden: nichts
core-capture-price-negative = { $where }: erwartet wird ein Preis von 0 Münzen oder mehr, gefunden: { $n }
core-capture-count-below-one = { $where }: erwartet wird eine Wiederholungszahl von 1 oder mehr, gefunden: { $n }
core-capture-too-many-coins = { $where }: { $n } × { $coins } Münzen sind mehr, als ein Kassenbuch zählen kann
core-capture-no-gift-name = { $where }: erwartet wird ein Geschenkname oder eine ID, gefunden: nichts
core-capture-no-date = { $where }: erwartet wird ein Datum mit Uhrzeit, gefunden: nichts
core-capture-day-or-month = { $where }: { $text } kann Tag/Monat oder Monat/Tag sein; ein verfolgtes Protokoll braucht Daten wie 2026-03-01
core-capture-not-a-date = { $where }: { $text } ist kein Datum
core-capture-no-header = erwartet wird eine Kopfzeile
core-capture-log-header = erwartet wird die Kopfzeile eines Geschenk-Protokolls ({ $columns }), gefunden: { $text }
core-capture-line-too-long = erwartet wird eine Zeile von höchstens { $max } KiB
core-capture-no-row = erwartet wird eine Zeile, gefunden: nichts

core-capture-problem-unflushed = die noch laufenden Serien konnten nicht geschrieben werden: { $error }
core-capture-problem-no-live = es läuft kein LIVE, das beendet werden könnte
core-capture-problem-end = das LIVE konnte nicht beendet werden: { $error }
core-capture-problem-close = das LIVE konnte nach seiner Stille nicht geschlossen werden: { $error }
core-capture-problem-position = { $where }: die Position in der Datei konnte nicht gespeichert werden: { $error }
core-capture-problem-position-unread = { $name }: es lässt sich nicht lesen, wo die Erfassung aufgehört hat: { $error }
core-capture-problem-gift = { $where }: das Geschenk konnte nicht geschrieben werden: { $error }
core-capture-problem-engagement = { $where }: die Interaktion konnte nicht gezählt werden: { $error }
core-capture-problem-flag = die laufenden Serien konnten nicht markiert werden: { $error }
core-capture-problem-unread = { $name }: kann nicht gelesen werden: { $reason }
core-capture-problem-replaced = { $name } ist nicht mehr die Datei, der die Erfassung folgte (sie ist kürzer oder ihr Anfang hat sich geändert): sie wird von vorn gelesen

core-capture-why-not-there = ist noch nicht da
core-capture-why-not-regular = ist { $found ->
    [folder] ein Ordner
    [fifo] eine benannte Pipe (FIFO)
    [character-device] ein zeichenorientiertes Gerät
    [block-device] ein blockorientiertes Gerät
    [socket] ein Socket
   *[other] etwas anderes
}, keine normale Datei
core-capture-why-unopened = kann nicht geöffnet werden: { $reason }
core-capture-why-unread = kann nicht gelesen werden: { $reason }
core-capture-why-cannot-read = kann nicht lesen: { $reason }
core-capture-why-unresolved = { $host } lässt sich nicht auflösen: { $reason }
core-capture-why-no-address = { $host } nennt keine Adresse auf diesem Computer
core-capture-why-handshake = { $url } hat den WebSocket-Handshake abgelehnt: { $error }
core-capture-why-nothing-answers = unter { $url } antwortet nichts ({ $last })
core-capture-why-silent = kein Frame und keine Antwort auf einen Ping seit { $seconds } s
core-capture-why-dropped = die Verbindung ist abgebrochen: { $error }
core-capture-why-source-closed = die Quelle hat die Verbindung geschlossen
core-capture-why-closed = die Verbindung wurde geschlossen
core-capture-utf16 = das Protokoll ist UTF-16; ein verfolgtes Protokoll muss UTF-8 sein (importiere eine UTF-16-Datei stattdessen)
