# Die Prüfungen, auf die Creator beim Eintippen in der App oder auf der
# Kommandozeile stoßen: was ein Feld erwartet hat. Jede folgt dem Namen des
# Felds ("diamonds: …"). $text ist das Eingetippte, so zitiert, wie es war.

## Text und Anzahlen

core-invalid-too-long = ist länger als { $count ->
    [one] { $count } Zeichen
   *[other] { $count } Zeichen
}
core-invalid-control-characters = enthält Steuerzeichen
core-invalid-negative-got = darf nicht negativ sein (erhalten: { $text })
core-invalid-count-too-large = { $text } ist größer, als ein Eintrag erlaubt
core-invalid-too-large = { $text } ist größer, als ein Eintrag erlaubt (höchstens { $max })
core-invalid-decimal-places = { $text } hat mehr als { $count ->
    [one] { $count } Nachkommastelle
   *[other] { $count } Nachkommastellen
}
core-invalid-whole-number = erwartet wird eine ganze Zahl ab 0, gefunden '{ $text }'
core-invalid-number = erwartet wird eine Zahl wie 12,5, gefunden '{ $text }'
core-invalid-whole-coins = erwartet werden ganze Münzen, gefunden '{ $text }'
core-invalid-whole-count = erwartet wird eine ganze Anzahl, gefunden '{ $text }'
core-invalid-at-least-one = muss mindestens 1 sein (erhalten: { $text })
core-invalid-required = ist erforderlich
core-invalid-positive = muss größer als 0 sein
core-invalid-not-negative = darf nicht negativ sein

## Datum und Uhrzeit

core-invalid-day = erwartet wird ein Tag wie 2026-03-01
core-invalid-date = '{ $text }' ist kein Datum/keine Uhrzeit (erwartet wird ISO 8601 wie 2026-03-01T20:00:00+01:00, '2026-03-01 20:00', ein Datum oder Epoch-Sekunden/-Millisekunden)
core-invalid-date-skipped = '{ $text }' gibt es in der Zeitzone { $zone } nicht (die Uhr überspringt diese Zeit)
core-invalid-date-out-of-range = '{ $text }' liegt außerhalb des gültigen Bereichs
core-invalid-date-offset = '{ $text }' weicht um mehr als ±18:00 von UTC ab
core-invalid-year = erwartet wird ein Datum von { $from } bis { $to }, gefunden eines im Jahr { $year } (ein Tippfehler?)
core-invalid-end-before-start = liegt vor dem Beginn
core-invalid-start-after-first-gift = liegt mehr als einen Tag nach dem ersten Geschenk dieses LIVEs

## LIVEs und Geschenke

core-invalid-gift-name = ein Geschenkname ist erforderlich
core-invalid-gift-row-too-large = { $gifts } × { $coins } Münzen sind mehr, als eine Geschenkzeile fassen kann
core-invalid-not-in-catalog = '{ $text }' steht nicht im Geschenkkatalog; gib seinen Preis an{ $cli }
core-invalid-name-required = ein Name ist erforderlich
core-invalid-catalog-missing = '{ $text }' steht nicht im Katalog
core-invalid-end-before-session-start = liegt vor dem Beginn des LIVEs

## Auszahlungen und Guthaben

core-invalid-status = '{ $text }' ist kein Status (erwartet wird pending, paid, failed oder cancelled)
core-invalid-whole-diamonds = { $text } hat Nachkommastellen; TikTok zahlt nur ganze Diamanten aus
core-invalid-fee-over-value = { $fee } ist mehr als der Wert der Auszahlung ({ $gross })
core-invalid-negative-balance = eine TikTok-Wallet zeigt nie ein negatives Guthaben
core-invalid-over-balance = { $diamonds } Diamanten sind mehr als das Guthaben von { $balance } Diamanten. Zeigt deine TikTok-Wallet mehr, trage dieses Guthaben zuerst unter Abgleichen ein{ $cli }
core-invalid-adjustment-zero = eine Korrektur um 0 ändert nichts
core-invalid-reason-required = gib an, warum das Guthaben korrigiert wird

## Kurse

core-invalid-rate-per-coin = Diamanten pro Münze müssen größer als 0 sein
core-invalid-rate-per-diamond = Betrag pro Diamant muss größer als 0 sein
core-invalid-rate-minimum = die Mindestauszahlung darf nicht negativ sein
core-invalid-rate-maximum = das Tagesmaximum muss größer als 0 sein
core-invalid-rate-too-large = { $what ->
    [per-coin] Diamanten pro Münze
    [per-diamond] Betrag pro Diamant
    [minimum] Mindestauszahlung
   *[maximum] Tagesmaximum
}: { $text } ist größer, als ein Kurs erlaubt ({ $max })
core-invalid-rate-decimal-places = { $what ->
    [per-coin] Diamanten pro Münze
    [per-diamond] Betrag pro Diamant
    [minimum] Mindestauszahlung
   *[maximum] Tagesmaximum
}: { $text } hat mehr als { $count ->
    [one] { $count } Nachkommastelle
   *[other] { $count } Nachkommastellen
}
core-invalid-currency = die Währung '{ $text }' ist kein dreistelliger Code wie USD
core-invalid-only-rate = der einzige Kurs kann nicht gelöscht werden; bearbeite ihn stattdessen

## Einstellungen

core-invalid-time-zone = '{ $text }' ist keine Zeitzone (z. B. Europe/Berlin, America/New_York, UTC)
core-invalid-true-false = erwartet wird true oder false
core-invalid-gap-minutes = erwartet werden ganze Minuten von 1 bis 1440
core-invalid-language = '{ $text }' ist keine Sprache, die LiveLedger spricht (bekannt: { $known })
core-invalid-setting = unbekannter Schlüssel '{ $text }' (bekannt: { $known })

## Einträge, Sicherungen und Live-Zählung.

core-invalid-not-written = wurde nicht geschrieben
core-invalid-file-session-not-written = ein LIVE der Datei wurde nicht geschrieben
core-invalid-booked-not-written = ein gebuchtes LIVE wurde nicht geschrieben
core-invalid-capture-live-not-written = ein laufendes LIVE wurde nicht geschrieben
core-invalid-capture-old-not-written = ein LIVE für ein älteres Ereignis wurde nicht geschrieben
core-invalid-coins-times-count = Münzen × Anzahl ist zu groß
core-invalid-stored-gift-coins = die Münzen eines gespeicherten Geschenks sind zu groß
core-invalid-not-a-gift = { $count } × { $coins } Münzen ist kein Geschenk
core-invalid-worth-nothing = { $count ->
    [one] { $diamonds } Diamant ist
   *[other] { $diamonds } Diamanten sind
} bei { $rate } pro Diamant { $worth } wert; es kann nichts ausgezahlt werden
core-invalid-days-none = nenne mindestens einen Tag zum Buchen
core-invalid-silence-minutes = erwartet ganze Minuten von 1 bis 1440, gefunden: { $found }
core-invalid-not-a-date = { $ms } ms ist kein Datum
core-invalid-follow-name = nenne die Datei, der gefolgt werden soll
core-invalid-follow-too-large = ist größer, als die Aufzeichnungen verfolgen können
core-invalid-demo-not-empty = die Aufzeichnungen enthalten schon Einträge; Demodaten werden nur in leere Aufzeichnungen geladen
core-invalid-undo-session-gone = { $label } kann nicht zurückgeholt werden: sein LIVE ist nicht mehr in den Aufzeichnungen (inzwischen gelöscht?); hole zuerst das LIVE zurück. Es wurde nichts geändert.
core-invalid-undo-clash = { $label } kann nicht zurückgeholt werden: die Aufzeichnungen haben inzwischen einen gleichen Eintrag (erneut importiert?). Es wurde nichts geändert.
core-invalid-undo-damaged = die aufbewahrte Kopie von { $label } ist beschädigt ({ $why }); es wurde nichts geändert
core-invalid-no-rate = es ist kein Kurs festgelegt
core-invalid-no-rate-add-one = es ist kein Kurs festgelegt; lege einen mit `liveledger rate set` an
core-invalid-import-wait = erwartet, wie viele Sekunden auf einen Import gewartet werden soll, z. B. 600 oder 0.5
core-invalid-kept-live-or-name = die Münzen eines LIVEs oder eines Namens sind zu groß
core-invalid-kept-session = die Münzen eines LIVEs sind zu groß
core-invalid-kept-senders = mehr Absender, als ein Bericht fassen kann
core-invalid-stored-time-zone = die Zeitzone '{ $text }' in den Aufzeichnungen ist keine Zeitzone; lege eine mit `liveledger settings set timezone Europe/Berlin` fest
core-invalid-backup-kinds = { $column } enthält { $count ->
    [one] { $values } Wert, der
   *[other] { $values } Werte, die
} nicht { $kind ->
    [integer] ganzzahlig
   *[text] Text
} { $count ->
    [one] ist
   *[other] sind
}
core-invalid-backup-setting = die Einstellung { $key } ist nicht so, wie LiveLedger sie schreibt
core-invalid-backup-out-of-range = { $count ->
    [one] { $records } Eintrag enthält
   *[other] { $records } Einträge enthalten
} einen Betrag oder ein Datum, die kein Formular und kein Import annimmt
core-invalid-backup-balance = der Wert des Guthabens ist zu groß zum Addieren
core-invalid-backup-trash = ein für das Rückgängigmachen aufbewahrter gelöschter Eintrag ist beschädigt ({ $why })

## Die WebSocket-Adresse der Live-Zählung.

core-invalid-ws-remote = { $host } ist nicht dieser Computer: die Live-Zählung hört nur auf Tools, die hier laufen (127.0.0.1, ::1, localhost). Um einen anderen Host zu nutzen, tippe ihn ein und bestätige{ $cli }
core-invalid-ws-too-long = erwartet höchstens { $max } Zeichen
core-invalid-ws-secure = { $url } ist eine gesicherte Adresse (wss://); Live-Tools auf diesem Computer bieten ws:// an, z. B. { $example }
core-invalid-ws-scheme = erwartet eine ws://-Adresse wie { $example }, gefunden: { $url }
core-invalid-ws-user = erwartet keinen Benutzernamen in der Adresse, gefunden: { $url }
core-invalid-ws-bracket = einer IPv6-Adresse fehlt die schließende ], gefunden: { $url }
core-invalid-ws-port-after = erwartet :PORT nach der Adresse, gefunden: { $url }
core-invalid-ws-no-host = erwartet einen Host, gefunden: { $url }
core-invalid-ws-host = erwartet einen Hostnamen oder eine Adresse, gefunden: { $host }
core-invalid-ws-port = erwartet einen Port von 1 bis 65535, gefunden: { $port }

# Booking TikTok's reported days: each problem (a day as the language writes it);
# several are joined by core-invalid-joined.
core-invalid-days-twice = { $day } ist zweimal genannt
core-invalid-days-no-diamonds = TikToks Dateien nennen keine Diamanten für den { $day }
core-invalid-days-zero = TikTok meldet 0 Diamanten am { $day }: nichts zu buchen
core-invalid-days-lives = das Kassenbuch hat am { $day } { $count ->
    [one] { $n } LIVE
   *[other] { $n } LIVEs
}: nur ein Tag ohne LIVE kann aus TikToks Zahlen gebucht werden
core-invalid-days-no-start = { $day } hat keinen Anfang in { $zone }
core-invalid-joined = { $first }; { $then }

# The window's own checks of what it sends.
core-invalid-not-a-day = '{ $text }' ist kein Tag
core-invalid-not-a-day-iso = '{ $text }' ist kein Tag (JJJJ-MM-TT)
core-invalid-last-before-first = der letzte Tag liegt vor dem ersten
core-invalid-diamonds-number = erwartet wird eine Anzahl Diamanten
core-invalid-capture-source = erwartet wird ws oder file, gefunden: '{ $text }'
core-invalid-capture-running = die Erfassung läuft bereits; beende sie zuerst
