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
