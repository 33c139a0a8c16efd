# Abrechnungen: deine Aufzeichnungen je Tag, Woche, Monat oder Jahr, für die
# gewählten Daten, und der Export für deine Buchhaltung.

statements-title = Abrechnungen
statements-by-period = Nach Zeitraum

## Daten und Zeitraum wählen

statements-period = Zeitraum
statements-range = Anzeigen
statements-all-time = Gesamter Zeitraum
statements-custom = Eigene Daten…
statements-from = Von
statements-to = Bis
statements-apply = Diese Daten anzeigen
statements-by-day = Tag
statements-by-week = Woche
statements-by-month = Monat
statements-by-year = Jahr
statements-explain = Tage beginnen um Mitternacht in deiner Zeitzone. Werte nutzen den Kurs, mit dem jedes LIVE erfasst wurde; jede Zeile wird einmal gerundet; Geld wird kaufmännisch (von null weg) auf { $step } gerundet.

## Die Abrechnung

statements-empty-title = Noch nichts abzurechnen
statements-empty-text = Abrechnungen erscheinen, sobald du LIVEs oder Auszahlungen hast.
statements-empty-range = In diesem Zeitraum ist nichts passiert.
statements-opening = Guthaben vor diesem Zeitraum: { $diamonds }.
statements-total = Summe
statements-rounding = Rundung: { $amounts }. Jede Zeile wird für sich gerundet; die Summe rundet die genaue Summe und kann daher um einen Cent abweichen.

## Spalten

statements-col-lives = LIVEs
statements-col-hours = LIVE-Stunden
statements-col-gifts = Geschenke
statements-col-coins = Münzen
statements-col-diamonds = Diamanten
statements-col-value = Wert
statements-col-withdrawn = Ausgezahlt
statements-col-fees = Gebühren
statements-col-net = Netto erhalten
statements-col-corrections = Korrekturen
statements-col-closing = Endguthaben

## Export

statements-export-title = Export für deine Buchhaltung
statements-export-text = Der Export enthält deine gesamten Aufzeichnungen – jedes LIVE, Geschenk, jede Auszahlung und Korrektur – in einer Datei, die deine Buchhaltung, Tabellenkalkulation oder Steuersoftware lesen kann. Du wählst, wohin sie kommt.
statements-exported = Exportiert nach { $path }
statements-export-csv = Tabelle (CSV)
statements-export-json = JSON
statements-export-hledger = hledger-Journal
statements-export-beancount = beancount
