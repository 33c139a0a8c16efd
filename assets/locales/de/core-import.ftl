# Was ein Import sagt: sein Bericht (was gelesen und hinzugefügt wurde, wie
# die Datei gelesen wurde, was übersprungen wurde), seine Hinweise und
# Warnungen und warum eine Datei abgelehnt wurde. Die Zahlen kommen so, wie
# der Bericht sie schreibt; $count, $rows, $sessions und $matched sind
# Zahlen, die die Pluralform wählen.

## Die ersten Zeilen des Berichts: was gelesen und hinzugefügt wurde.

core-import-totals = { $file } ({ $format }): { $rows ->
        [one] { $rows_read } Zeile gelesen
       *[other] { $rows_read } Zeilen gelesen
    }, { $added } hinzugefügt, { $skipped } übersprungen, weil schon importiert, { $sessions ->
        [one] { $sessions_added } LIVE angelegt
       *[other] { $sessions_added } LIVEs angelegt
    }, { $matched ->
        [one] { $sessions_matched } bestehendes LIVE ergänzt
       *[other] { $sessions_matched } bestehende LIVEs ergänzt
    }
core-import-totals-dry-run = Vorschau – nichts geschrieben. { $file } ({ $format }): { $rows ->
        [one] { $rows_read } Zeile gelesen
       *[other] { $rows_read } Zeilen gelesen
    }, { $added } würden hinzugefügt, { $skipped } übersprungen, weil schon importiert, { $sessions ->
        [one] { $sessions_added } LIVE würde angelegt
       *[other] { $sessions_added } LIVEs würden angelegt
    }, { $matched ->
        [one] { $sessions_matched } bestehendes LIVE würde ergänzt
       *[other] { $sessions_matched } bestehende LIVEs würden ergänzt
    }
core-import-adds = fügt { $coins } Münzen, { $diamonds } Diamanten hinzu
# $value: der Wert je Währung, "12.50 EUR + 3.00 USD".
core-import-adds-worth = fügt { $coins } Münzen, { $diamonds } Diamanten hinzu, im Wert von { $value }

## Wie die Datei gelesen wurde. $encoding: UTF-8, windows-1252 oder eine
## Tabelle ("xlsx sheet 'Gifts'"); $delimiter: comma, semicolon, tab oder pipe.

core-import-read-txt = gelesen als TXT-Download von TikTok
core-import-read-txt-in = gelesen als TXT-Download von TikTok in { $encoding }
core-import-read-json = gelesen als JSON
core-import-read-json-in = gelesen als JSON in { $encoding }
core-import-read-table = gelesen als { $encoding }, getrennt durch { $delimiter ->
        [comma] Kommas
        [semicolon] Semikolons
        [tab] Tabulatoren
        [pipe] senkrechte Striche
       *[other] { $delimiter }
    }, Kopfzeile in Zeile { $line }
core-import-read-table-skipped = gelesen als { $encoding }, getrennt durch { $delimiter ->
        [comma] Kommas
        [semicolon] Semikolons
        [tab] Tabulatoren
        [pipe] senkrechte Striche
       *[other] { $delimiter }
    }, Kopfzeile in Zeile { $line } ({ $count ->
        [one] die { $above } Zeile darüber übersprungen
       *[other] die { $above } Zeilen darüber übersprungen
    })
core-import-read-sheet = gelesen als { $encoding }, Kopfzeile in Tabellenzeile { $line }
core-import-read-sheet-skipped = gelesen als { $encoding }, Kopfzeile in Tabellenzeile { $line } ({ $count ->
        [one] die { $above } Zeile darüber übersprungen
       *[other] die { $above } Zeilen darüber übersprungen
    })
# Folgt auf die Zeile davor: wie Daten geschrieben sind ("YYYY-MM-DD").
core-import-read-dates = ; Daten { $dates }
# Folgt auf die Zeile davor: wie Zahlen geschrieben sind ("1.234,5").
core-import-read-numbers = ; Zahlen { $numbers }
# $field: das Feld, wie --map es nennt (date, coins…), aufgefüllt; $samples: die ersten Werte.
core-import-field = { $field } ← Spalte { $column } ({ $header }): { $samples }

## Was übersprungen wurde: "übersprungen:" und eine Liste.

core-import-skipped = übersprungen: { $list }
core-import-skipped-totals = { $count ->
        [one] { $n } Summenzeile
       *[other] { $n } Summenzeilen
    }
core-import-skipped-blank = { $count ->
        [one] { $n } leere Zeile
       *[other] { $n } leere Zeilen
    }
# $kind: die Art des Ereignisses, wie die Datei sie nennt (like, chat, member…).
core-import-skipped-events = { $count ->
        [one] { $n } Ereignis { $kind }
       *[other] { $n } Ereignisse { $kind }
    }
core-import-skipped-summary = { $count ->
        [one] { $n } Zusammenfassungszeile
       *[other] { $n } Zusammenfassungszeilen
    }

## Hinweise: wie die Datei gelesen wurde, wo man es wissen möchte.

core-import-redelivered = { $count ->
        [one] { $n } Nachricht, die die Datei doppelt enthielt (dieselbe Nachrichten-ID), wurde einmal gezählt
       *[other] { $n } Nachrichten, die die Datei doppelt enthielt (dieselbe Nachrichten-ID), wurden einmal gezählt
    }
core-import-streak-steps = { $count ->
        [one] { $n } Serienschritt wurde in die Endzahl seiner Serie übernommen
       *[other] { $n } Serienschritte wurden in die Endzahl ihrer Serie übernommen
    }
core-import-unfinished-streaks = { $count ->
        [one] Warnung: { $n } Serie endet in der Datei nie; sie wurde mit ihrer höchsten Zahl gezählt
       *[other] Warnung: { $n } Serien enden in der Datei nie; jede wurde mit ihrer höchsten Zahl gezählt
    }
core-import-summary-block = { $count ->
        [one] einen Zusammenfassungsblock aus { $n } Zeile in Zeile { $first } übersprungen: unter der Tabelle, ohne Datum, wo das Datum steht
       *[other] einen Zusammenfassungsblock aus { $n } Zeilen in Zeile { $first } übersprungen: unter der Tabelle, ohne Datum, wo das Datum steht
    }
core-import-summary-block-lines = { $count ->
        [one] einen Zusammenfassungsblock aus { $n } Zeile in den Zeilen { $first }–{ $last } übersprungen: unter der Tabelle, ohne Datum, wo das Datum steht
       *[other] einen Zusammenfassungsblock aus { $n } Zeilen in den Zeilen { $first }–{ $last } übersprungen: unter der Tabelle, ohne Datum, wo das Datum steht
    }
core-import-price-coins = der Preis jedes Geschenks wird aus Spalte { $coins_column } ({ $coins_header }) gelesen, seinen Münzen; Spalte { $diamonds_column } ({ $diamonds_header }) wird nur gelesen, wo eine Zeile keine Münzen angibt
core-import-price-total-diamonds = der Preis jedes Geschenks wird aus Spalte { $diamonds_column } ({ $diamonds_header }) gelesen: die Diamanten der Zeile geteilt durch ihre Anzahl (die Diamanten eines Geschenks sind sein Preis in Münzen)
core-import-price-diamonds = der Preis jedes Geschenks wird aus Spalte { $diamonds_column } ({ $diamonds_header }) gelesen: die Diamanten eines Geschenks sind sein Preis in Münzen, wie LIVE-Tools diamondCount schreiben
# $saved: der Tag, an dem die Zuordnung gespeichert wurde; $name: die Datei, für die sie gemacht wurde.
core-import-mapping-used = deine Zuordnung vom { $saved } / { $name } verwendet: { $mapping }

## Warnungen: was man prüfen sollte, bevor man den Summen traut.

core-import-warning = Warnung: { $warning }
core-import-left-out = { $count ->
        [one] { $n } Zeile mit Problemen ausgelassen, wie gewählt; der Rest wurde importiert
       *[other] { $n } Zeilen mit Problemen ausgelassen, wie gewählt; der Rest wurde importiert
    }
core-import-windows-1252 = die Datei ist nicht UTF-8; sie wurde als Windows-1252 (Latin-1) gelesen: prüfe, ob Namen mit Akzenten richtig aussehen
# $max × $coins: die höchste Zahl der Serie und der Preis ihres Geschenks.
core-import-streak-unended = Zeile { $line }: die Serie von { $gift } endet in der Datei nie; gezählt als { $max } × { $coins } Münzen (ihre bisher höchste Zahl) und als geschätzt markiert
core-import-streak-unended-from = Zeile { $line }: die Serie von { $gift } von { $sender } endet in der Datei nie; gezählt als { $max } × { $coins } Münzen (ihre bisher höchste Zahl) und als geschätzt markiert
core-import-streaks-more = weitere Serien enden nie; siehe die als geschätzt markierten Zeilen
# $column: die Spalte, die sagen würde, wo eine Serie endet (repeatEnd).
core-import-streak-steps-uncounted = { $count ->
        [one] { $n } Zeile sieht wie ein Serienschritt aus (gleicher Absender und gleiches Geschenk, Anzahl eins höher als in der Zeile davor), aber keine Spalte { $column } wird gelesen, also zählt jeder Schritt; hat die Datei Serienspalten, wähle die Spalten für das Ende der Serie und die Geschenkart (CLI: --map repeat_end=COLUMN,gift_type=COLUMN)
       *[other] { $n } Zeilen sehen wie Serienschritte aus (gleicher Absender und gleiches Geschenk, Anzahl eins höher als in der Zeile davor), aber keine Spalte { $column } wird gelesen, also zählt jeder Schritt; hat die Datei Serienspalten, wähle die Spalten für das Ende der Serie und die Geschenkart (CLI: --map repeat_end=COLUMN,gift_type=COLUMN)
    }

## Die letzten Zeilen des Berichts.

core-import-sections-ignored = ignorierte Abschnitte: { $sections }
core-import-streaks-updated = { $count ->
        [one] { $n } Serie, die ein früherer Import abgeschnitten hatte, wurde auf die Zahl dieser Datei gebracht
       *[other] { $n } Serien, die ein früherer Import abgeschnitten hatte, wurden auf die Zahl dieser Datei gebracht
    }
core-import-undo = Import { $id } – rückgängig machen mit `liveledger imports undo { $id }`

## Eine Datei mit Tagen aus dem TikTok LIVE Center. $figures: ihre Namen (diamonds, likes…).

core-import-days = { $count ->
        [one] Zahlen von TikTok für { $n } Tag: { $figures }
       *[other] Zahlen von TikTok für { $n } Tage: { $figures }
    }
core-import-days-on = { $count ->
        [one] Zahlen von TikTok für { $n } Tag, am { $first }: { $figures }
       *[other] Zahlen von TikTok für { $n } Tage, am { $first }: { $figures }
    }
core-import-days-range = { $count ->
        [one] Zahlen von TikTok für { $n } Tag, vom { $first } bis { $last }: { $figures }
       *[other] Zahlen von TikTok für { $n } Tage, vom { $first } bis { $last }: { $figures }
    }
core-import-days-diamonds = TikTok meldet { $diamonds } Diamanten für diese Tage: neben dem Kassenbuch aufbewahrt, nie zum Guthaben addiert (vergleiche mit `liveledger days`)
core-import-days-figures = { $count ->
        [one] { $added } Zahl neu, { $unchanged } schon vorhanden
       *[other] { $added } Zahlen neu, { $unchanged } schon vorhanden
    }
core-import-days-replaces = ersetzt TikToks { $figure } vom { $day }: { $was } → { $now }
core-import-days-more = { $count ->
        [one] … und { $n } weitere Zahl ersetzt
       *[other] … und { $n } weitere Zahlen ersetzt
    }

## Eine abgelehnte Datei: nichts wurde importiert.

# $map: die anzugebende Zuordnung; $columns: jede Spalte mit ihren ersten Werten, eine pro Zeile.
core-import-unknown-format = { $file }: an der Kopfzeile ist nicht zu erkennen, was diese Datei enthält ({ $header }, Zeile { $line }); benenne die Spalten mit --map { $map }{ $columns }
core-import-unknown-format-columns = { $file }: an der Kopfzeile ist nicht zu erkennen, was diese Datei enthält ({ $header }, Zeile { $line }); benenne die Spalten mit --map { $map }
    ihre Spalten:{ $columns }
core-import-rows = { $file }: { $count ->
        [one] { $n } Problem
       *[other] { $n } Probleme
    }, nichts wurde importiert:
core-import-problem = Zeile { $line }: { $problem }
core-import-problem-column = Zeile { $line }, Spalte { $column } ({ $header }): { $problem }
core-import-problems-more = { $count ->
       *[other] … und { $n } weitere
    }
core-import-problem-open-quote = ein Feld läuft über mehrere Zeilen: ein Anführungszeichen (") ist wohl nicht geschlossen
core-import-problem-dates-mixed = die Daten mischen Tag-zuerst (Zeile { $day_first }) und Monat-zuerst (Zeile { $month_first }); schreibe sie als JJJJ-MM-TT
core-import-problem-dates-ambiguous = Daten wie 01/02/2026 können Tag-zuerst oder Monat-zuerst sein, und kein Datum in der Datei entscheidet es; schreibe sie als JJJJ-MM-TT

## Eine abgelehnte Datei, wie das Fenster sie nennt: das Fenster listet die
## Zeilen und bietet die Spalten selbst an.

core-import-page-choose-columns = { $file }: LiveLedger erkennt nicht, welche Spalte was enthält. Wähle unten für jedes Feld eine Spalte.
core-import-page-one-column = { $file }: LiveLedger erkennt nicht, was diese Datei enthält: sie hat nur eine Spalte, keine Tabelle mit Geschenken.
core-import-page-rows = { $file }: { $count ->
        [one] { $n } Zeile hat ein Problem;
       *[other] { $n } Zeilen haben Probleme;
    } nichts wurde importiert
