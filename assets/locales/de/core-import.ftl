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
core-import-unknown-format = { $file }: an der Kopfzeile ist nicht zu erkennen, was diese Datei enthält ({ $known ->
        [none] kein Spaltenname, den LiveLedger kennt
       *[other] bekannte Namen: { $header }
    }, Zeile { $line }); benenne die Spalten mit --map { $map }{ $columns }
core-import-unknown-format-columns = { $file }: an der Kopfzeile ist nicht zu erkennen, was diese Datei enthält ({ $known ->
        [none] kein Spaltenname, den LiveLedger kennt
       *[other] bekannte Namen: { $header }
    }, Zeile { $line }); benenne die Spalten mit --map { $map }
    ihre Spalten:{ $columns }
core-import-rows = { $file }: { $count ->
        [one] { $n } Problem
       *[other] { $n } Probleme
    }, nichts wurde importiert:
core-import-column = Spalte { $n } '{ $header }': { $values }
core-import-column-empty = Spalte { $n } '{ $header }': (leer)
core-import-columns-more = { $count ->
        [one] … und { $n } weitere Spalte
       *[other] … und { $n } weitere Spalten
    }
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

## Die eigenen Worte einer fehlerhaften Zeile, nach „Zeile N, Spalte S (Name):“.
## $text: der Inhalt der Zelle, gekürzt.

# Was eine Zahlenzelle enthalten sollte. $problem wählt den Satz:
# missing (leer), fraction (Bruch), negative, other (keine Zahl).
core-import-what-diamonds = { $problem ->
        [missing] erwartet wird eine Anzahl Diamanten, gefunden: nichts
        [fraction] erwartet wird eine Anzahl Diamanten, gefunden: '{ $text }' mit Nachkommastellen
        [negative] erwartet werden 0 Diamanten oder mehr, gefunden: { $text }
       *[other] erwartet wird eine Anzahl Diamanten, gefunden: '{ $text }'
    }
core-import-what-peak-viewers = { $problem ->
        [missing] erwartet wird eine Höchstzahl an Zuschauern, gefunden: nichts
        [fraction] erwartet wird eine Höchstzahl an Zuschauern, gefunden: '{ $text }' mit Nachkommastellen
        [negative] erwartet wird eine Höchstzahl an Zuschauern (0 oder mehr), gefunden: { $text }
       *[other] erwartet wird eine Höchstzahl an Zuschauern, gefunden: '{ $text }'
    }
core-import-what-viewers = { $problem ->
        [missing] erwartet wird eine Anzahl Zuschauer, gefunden: nichts
        [fraction] erwartet wird eine Anzahl Zuschauer, gefunden: '{ $text }' mit Nachkommastellen
        [negative] erwartet wird eine Anzahl Zuschauer (0 oder mehr), gefunden: { $text }
       *[other] erwartet wird eine Anzahl Zuschauer, gefunden: '{ $text }'
    }
core-import-what-likes = { $problem ->
        [missing] erwartet wird eine Anzahl Likes, gefunden: nichts
        [fraction] erwartet wird eine Anzahl Likes, gefunden: '{ $text }' mit Nachkommastellen
        [negative] erwartet wird eine Anzahl Likes (0 oder mehr), gefunden: { $text }
       *[other] erwartet wird eine Anzahl Likes, gefunden: '{ $text }'
    }
core-import-what-followers = { $problem ->
        [missing] erwartet wird eine Anzahl Follower, gefunden: nichts
        [fraction] erwartet wird eine Anzahl Follower, gefunden: '{ $text }' mit Nachkommastellen
        [negative] erwartet wird eine Anzahl Follower (0 oder mehr), gefunden: { $text }
       *[other] erwartet wird eine Anzahl Follower, gefunden: '{ $text }'
    }
core-import-what-gifters = { $problem ->
        [missing] erwartet wird eine Anzahl Unterstützer, gefunden: nichts
        [fraction] erwartet wird eine Anzahl Unterstützer, gefunden: '{ $text }' mit Nachkommastellen
        [negative] erwartet wird eine Anzahl Unterstützer (0 oder mehr), gefunden: { $text }
       *[other] erwartet wird eine Anzahl Unterstützer, gefunden: '{ $text }'
    }
core-import-what-gift-price = { $problem ->
        [missing] erwartet wird der Preis des Geschenks in Münzen, gefunden: nichts
        [fraction] erwartet wird der Preis des Geschenks in Münzen, gefunden: '{ $text }' mit Nachkommastellen
        [negative] erwartet wird der Preis des Geschenks in Münzen (0 oder mehr), gefunden: { $text }
       *[other] erwartet wird der Preis des Geschenks in Münzen, gefunden: '{ $text }'
    }
core-import-what-repeat-count = { $problem ->
        [missing] erwartet wird eine Wiederholungszahl, gefunden: nichts
        [fraction] erwartet wird eine Wiederholungszahl, gefunden: '{ $text }' mit Nachkommastellen
        [negative] erwartet wird eine Wiederholungszahl (0 oder mehr), gefunden: { $text }
       *[other] erwartet wird eine Wiederholungszahl, gefunden: '{ $text }'
    }
core-import-what-gift-type = { $problem ->
        [missing] erwartet wird eine Geschenktyp-Nummer, gefunden: nichts
        [fraction] erwartet wird eine Geschenktyp-Nummer, gefunden: '{ $text }' mit Nachkommastellen
        [negative] erwartet wird eine Geschenktyp-Nummer (0 oder mehr), gefunden: { $text }
       *[other] erwartet wird eine Geschenktyp-Nummer, gefunden: '{ $text }'
    }
core-import-what-whole-count = { $problem ->
        [missing] erwartet wird eine ganze Anzahl, gefunden: nichts
        [fraction] erwartet wird eine ganze Anzahl, gefunden: '{ $text }' mit Nachkommastellen
        [negative] erwartet wird eine ganze Anzahl (0 oder mehr), gefunden: { $text }
       *[other] erwartet wird eine ganze Anzahl, gefunden: '{ $text }'
    }
core-import-what-whole-coins = { $problem ->
        [missing] erwartet wird eine ganze Zahl an Münzen, gefunden: nichts
        [fraction] erwartet wird eine ganze Zahl an Münzen, gefunden: '{ $text }' mit Nachkommastellen
        [negative] erwartet werden 0 Münzen oder mehr, gefunden: { $text }
       *[other] erwartet wird eine ganze Zahl an Münzen, gefunden: '{ $text }'
    }
core-import-what-whole-diamonds = { $problem ->
        [missing] erwartet wird eine ganze Zahl an Diamanten, gefunden: nichts
        [fraction] erwartet wird eine ganze Zahl an Diamanten, gefunden: '{ $text }' mit Nachkommastellen
        [negative] erwartet werden 0 Diamanten oder mehr, gefunden: { $text }
       *[other] erwartet wird eine ganze Zahl an Diamanten, gefunden: '{ $text }'
    }
core-import-what-day-figure = { $problem ->
        [missing] erwartet wird eine Zahl ({ $figure }), gefunden: nichts
        [fraction] erwartet wird eine Zahl ({ $figure }), gefunden: '{ $text }' mit Nachkommastellen
        [negative] erwartet wird eine Zahl ({ $figure }) (0 oder mehr), gefunden: { $text }
       *[other] erwartet wird eine Zahl ({ $figure }), gefunden: '{ $text }'
    }

core-import-cell-no-date = erwartet wird ein Datum mit Uhrzeit, gefunden: nichts
core-import-cell-no-day = erwartet wird ein Tag, gefunden: nichts
core-import-cell-no-gift = erwartet wird ein Geschenkname, gefunden: nichts
# Die Geschenkzelle enthielt nur Leer- oder Steuerzeichen.
core-import-cell-gift-blank = erwartet wird ein Geschenkname
core-import-cell-date = erwartet wird ein Datum mit Uhrzeit wie 2026-03-01 20:00, 01/03/2026 20:00, 01.03.2026 oder 1772395200000, gefunden: '{ $text }'
core-import-cell-epoch = '{ $text }' ist keine Epoch-Zeit, die LiveLedger lesen kann
core-import-cell-not-a-calendar-date = '{ $text }' ist kein Kalenderdatum
# $time: was die eigene Uhrzeitspalte sagt.
core-import-cell-time-twice = das Datum '{ $text }' hat eine eigene Uhrzeit, und die Uhrzeitspalte sagt '{ $time }'
core-import-cell-time-column = erwartet wird in der Uhrzeitspalte eine Uhrzeit wie 20:05 oder 8:05 PM, gefunden: '{ $text }'
core-import-cell-day-with-time = erwartet wird ein Tag wie 2026-11-12, gefunden: '{ $text }' mit Uhrzeit: Dateien des TikTok LIVE Centers haben eine Zeile pro Tag
core-import-cell-iso-day = erwartet wird JJJJ-MM-TT, gefunden: '{ $text }'
core-import-cell-end-time = erwartet wird ein Ende wie 2026-03-01 21:30 oder 21:30, gefunden: '{ $text }'
core-import-cell-end-needs-start = ein Ende als Uhrzeit braucht einen Beginn in der Form JJJJ-MM-TT
core-import-cell-duration = erwartet wird eine Dauer von höchstens einer Woche wie 90, 1:30:00 oder 1h 30m, gefunden: '{ $text }'
core-import-cell-seconds = erwartet wird eine Zeit wie 5400, 1:30:00 oder 1h 30m, gefunden: '{ $text }'
core-import-cell-not-a-number = erwartet wird eine Zahl, gefunden: '{ $text }'
core-import-cell-whole-number = erwartet wird eine ganze Zahl, gefunden: '{ $text }'
core-import-cell-money = erwartet wird ein Geldbetrag, gefunden: '{ $text }'
core-import-cell-negative = erwartet wird 0 oder mehr, gefunden: '{ $text }'
core-import-cell-too-large = '{ $text }' ist mehr, als ein Kassenbuch zählen kann
# $n × $coins: die Anzahl einer Zeile und der Preis ihres Geschenks.
core-import-cell-total-too-large = { $n } × { $coins } Münzen ist mehr, als ein Kassenbuch zählen kann
# $thousands und $decimal: die Zahl mit dem Zeichen als Tausendertrennzeichen bzw. als Dezimalzeichen gelesen.
core-import-cell-ambiguous-number = '{ $text }' kann { $thousands } oder { $decimal } sein; schreibe die Zahl mit zwei Nachkommastellen oder ohne Tausendertrennzeichen
core-import-cell-true-false = erwartet wird true oder false, gefunden: '{ $text }'
# $field: der Name des Preisfelds im Protokoll (diamondCount).
core-import-cell-no-price = das Ereignis nennt keinen Preis für '{ $gift }' ({ $field } oder ein anderes Preisfeld), und der Geschenkkatalog kennt es nicht; füge es dem Katalog hinzu oder benenne das Preisfeld
core-import-cell-price-negative = erwartet wird ein Preis von 0 Münzen oder mehr, gefunden: { $text }
core-import-cell-repeat-count-below-one = erwartet wird eine Wiederholungszahl von 1 oder mehr, gefunden: { $text }
core-import-cell-count-below-one = erwartet wird eine Anzahl von 1 oder mehr, gefunden: { $text }
# $cell: die Anzahl in der Geschenkzelle (Rose x5); $column: die der Anzahlspalte.
core-import-cell-count-conflict = die Geschenkzelle '{ $text }' sagt { $cell }, die Anzahlspalte aber { $column }: was stimmt?
# $n: die Anzahl der Zeile; $each: der Katalogpreis eines Geschenks; $column: die Überschrift der Spalte.
core-import-cell-diamonds-look-total = { $diamonds } Diamanten sind { $n } × { $gift } ({ $each } pro Stück im Katalog): diese Spalte sieht nach der Summe der Zeile aus, nicht nach dem Preis eines Geschenks; lies sie als Diamanten der ganzen Zeile (CLI: --map total_diamonds={ $column })
core-import-cell-total-looks-each = { $diamonds } Diamanten für { $n } × { $gift } sind der Katalogpreis eines einzigen ({ $each }): diese Spalte sieht nach dem Preis eines Geschenks aus, nicht nach der Summe der Zeile; lies sie als Diamanten pro Geschenk (CLI: --map diamonds={ $column })
core-import-cell-total-not-divisible = eine Summe von { $diamonds } Diamanten lässt sich nicht durch die Anzahl { $n } teilen: ist es der Preis eines einzigen Geschenks?
core-import-cell-gift-unknown = das Geschenk '{ $gift }' steht nicht im Geschenkkatalog, und die Zeile nennt weder Münzen noch Diamanten; füge es dem Katalog hinzu oder ergänze eine Münzspalte
core-import-cell-too-long = { $count ->
        [one] ist { $n } Zeichen lang; das Kassenbuch speichert höchstens { $max }
       *[other] ist { $n } Zeichen lang; das Kassenbuch speichert höchstens { $max }
    }
core-import-cell-too-many-days = eine Datei des TikTok LIVE Centers hat eine Zeile pro Tag; mehr als { $max } Zeilen sind keine solche Datei
# LiveLedgers eigener Export. $name: seine Spalte (session_ref, gift_name…).
core-import-cell-value-missing = erwartet wird ein Wert für { $name }, gefunden: nichts
core-import-cell-coins-missing = erwartet werden Münzen, gefunden: nichts
core-import-cell-coins-count = erwartet werden Münzen ≥ 0 und Anzahl ≥ 1, gefunden: { $coins } und { $n }
core-import-cell-record-kind = erwartet wird session, gift, withdrawal, adjustment oder rate, gefunden: '{ $text }'
core-import-cell-no-format = kein Format gewählt
# Eine Prüfung des Kassenbuchs lehnt einen Wert ab. $field: der Name des Werts, wie das Kassenbuch ihn nennt.
core-import-cell-field-end-before-start = { $field }: liegt vor dem Beginn
core-import-cell-field-year = { $field }: erwartet wird ein Datum von { $from } bis { $to }, gefunden eines im Jahr { $year } (ein Tippfehler?)
core-import-cell-field-negative-got = { $field }: darf nicht negativ sein (erhalten: { $text })
core-import-cell-field-not-negative = { $field }: darf nicht negativ sein
core-import-cell-field-count-too-large = { $field }: { $text } ist größer, als ein Eintrag erlaubt
core-import-cell-field-too-large = { $field }: { $text } ist größer, als ein Eintrag erlaubt (höchstens { $max })
core-import-cell-field-decimal-places = { $field }: { $text } hat mehr als { $count } Nachkommastellen
# Eine Prüfung ohne eigene Worte des Imports: ihr englischer Text.
core-import-cell-other = { $text }

## Eine Spalte oder ein Tag als Ganzes fehlerhaft.

core-import-problem-numbers-both = die Spalte nutzt '{ $sep }' sowohl zum Gruppieren der Tausender (Zeile { $group_line }: '{ $group }') als auch als Dezimalzeichen (Zeile { $decimal_line }: '{ $decimal }'); schreibe ihre Zahlen einheitlich
core-import-problem-numbers-points = die Spalte mischt Dezimalzeichen: '.' (Zeile { $dot_line }: '{ $dot }') und ',' (Zeile { $comma_line }: '{ $comma }'); schreibe ihre Zahlen einheitlich
core-import-problem-numbers-thousands = die Spalte trennt Tausender sowohl mit '{ $dot }' (Zeile { $dot_line }) als auch mit '{ $comma }' (Zeile { $comma_line }): eines davon wäre ein Bruch; schreibe ihre Zahlen einheitlich
core-import-problem-rewards-ambiguous = '{ $text }' kann { $thousands } oder { $decimal } sein, und kein anderer Wert der Spalte entscheidet es; schreibe Beträge mit zwei Nachkommastellen (1234.00 oder 1234,00) oder ohne Tausendertrennzeichen
core-import-problem-day-twice = { $day } ist zweimal mit unterschiedlichen { $figure } angegeben ({ $was } in Zeile { $line }, { $now } hier)
core-import-problem-mixed-encoding = ist kein gültiger UTF-8-Text, obwohl die Zeilen davor es sind: die Datei mischt Kodierungen (speichere sie als UTF-8)
core-import-problem-sheet-wide = hat einen Wert nach Spalte { $max }; eine Tabelle, die LiveLedger liest, hat höchstens { $max } Spalten

core-import-json-not-event = erwartet wird ein Ereignis (ein JSON-Objekt), gefunden: { $kind ->
        [null] null
        [bool] true oder false
        [number] eine Zahl
        [text] Text
        [array] ein Array
       *[object] ein Objekt
    }
core-import-json-not-scalar = erwartet wird eine Zahl oder ein Text, gefunden: { $kind ->
        [null] null
        [bool] true oder false
        [number] eine Zahl
        [text] Text
        [array] ein Array
       *[object] ein Objekt
    }
core-import-json-value-too-long = erwartet wird ein Wert für { $field }, gefunden: '{ $text }'
core-import-json-event-too-large = { $n } × { $coins } Münzen ist mehr, als ein Geschenkereignis wert sein kann (höchstens { $max } Münzen)

## Eine Datei, ihre Kopfzeile oder ihre Optionen sind unbrauchbar: nichts
## wurde importiert. Jede Meldung beginnt mit dem Dateinamen, $file.

core-import-file-empty = { $file }: die Datei ist leer
core-import-file-no-header = { $file }: die Datei hat keine Kopfzeile
core-import-file-skip-rows-all = { $file }: --skip-rows { $n } überspringt jede Zeile am Anfang der Datei
core-import-file-columns = { $file }: Zeile { $line }: die Kopfzeile hat { $n } Spalten; eine Tabelle, die LiveLedger liest, hat höchstens { $max }
core-import-file-sheet-columns = { $file }: Zeile { $line }: die Kopfzeile hat mehr als { $max } Spalten; eine Tabelle, die LiveLedger liest, hat höchstens { $max }
core-import-file-not-utf8 = { $file }: Zeile { $line }: ist kein gültiger UTF-8-Text (speichere die Datei als UTF-8)
core-import-file-utf32 = { $file }: ist { $encoding }-Text, den LiveLedger nicht liest: speichere ihn als UTF-8 (oder UTF-16)
core-import-file-no-rows = { $file }: keine Zeilen zum Importieren: die Datei hat eine Kopfzeile (Zeile { $line }) und nichts darunter
core-import-file-skip-lines = { $file }: { $count ->
        [one] { $n } Zeile zum Auslassen; höchstens { $max }
       *[other] { $n } Zeilen zum Auslassen; höchstens { $max }
    }
core-import-file-no-mapping = { $file }: keine gespeicherte Zuordnung namens '{ $name }'
core-import-file-not-a-sheet = { $file }: ist keine Tabellenkalkulation (.xlsx, .xls oder .ods): --sheet nennt ein Blatt einer solchen
core-import-file-export-not-sheet = { $file }: ist TikToks Datendownload, keine Tabellenkalkulation: --sheet nennt ein Blatt einer solchen
core-import-file-export-not-table = { $file }: ist TikToks Datendownload, keine Tabelle im Format { $format } (importiere sie so, wie ihr Inhalt erkannt wird; CLI: --format auto oder tiktok-data)
core-import-file-sheet-not-export = { $file }: ist eine Tabellenkalkulation, nicht TikToks Datendownload (importiere sie so, wie ihr Inhalt erkannt wird; CLI: --format auto)
core-import-file-sheet-not-liveledger = { $file }: ist eine Tabellenkalkulation; LiveLedgers eigener Export wird als die CSV-Datei gelesen, die er geschrieben hat
core-import-file-sheet-empty = { $file }: das Blatt '{ $sheet }' ist leer
core-import-file-no-record = { $file }: ein LiveLedger-Export braucht eine Spalte 'record'
core-import-file-events-need = { $file }: ein Geschenk-Ereignisprotokoll braucht eine Spalte für { $missing } (seine Spalten: { $known ->
        [none] kein Spaltenname, den LiveLedger kennt
       *[other] bekannte Namen: { $columns }
    }); wähle, welche Spalte was enthält (CLI: --map)
core-import-file-table-need = { $file }: eine Geschenktabelle braucht eine Spalte für { $missing } (ihre Spalten: { $known ->
        [none] kein Spaltenname, den LiveLedger kennt
       *[other] bekannte Namen: { $columns }
    }); wähle, welche Spalte was enthält (CLI: --map)
core-import-file-sessions-need = { $file }: eine Übersicht der LIVEs braucht eine Spalte für { $missing } (ihre Spalten: { $known ->
        [none] kein Spaltenname, den LiveLedger kennt
       *[other] bekannte Namen: { $columns }
    }); wähle, welche Spalte was enthält (CLI: --map)
core-import-file-days-need = { $file }: eine Datei des TikTok LIVE Centers braucht eine Spalte für { $missing } (ihre Spalten: { $known ->
        [none] kein Spaltenname, den LiveLedger kennt
       *[other] bekannte Namen: { $columns }
    }); wähle, welche Spalte was enthält (CLI: --map)
core-import-file-days-no-figures = { $file }: eine Datei des TikTok LIVE Centers braucht neben dem Datum eine Spalte mit Zahlen (Diamanten, LIVE-Zeit, Aufrufe, Likes…) (ihre Spalten: { $known ->
        [none] kein Spaltenname, den LiveLedger kennt
       *[other] bekannte Namen: { $columns }
    })
core-import-file-events-no-gift = { $file }: ein Geschenk-Ereignisprotokoll braucht eine Spalte { $name } oder { $id }
core-import-file-map-pair = { $file }: '{ $text }' hat nicht die Form Feld=Spalte
core-import-file-map-field = { $file }: '{ $text }' ist kein Feld (Felder: { $fields })
core-import-file-map-no-column = { $file }: die Datei hat keine Spalte '{ $text }' (ihre Spalten: { $known ->
        [none] kein Spaltenname, den LiveLedger kennt
       *[other] bekannte Namen: { $columns }
    })
core-import-file-map-long = { $file }: die Zuordnung ist { $n } Bytes lang; höchstens { $max } (CLI: --map)
core-import-file-map-event-field = { $file }: { $text } ist kein Feld eines Geschenkereignisses (Felder: { $fields })
core-import-file-map-path = { $file }: '{ $text }' ist kein JSON-Pfad (Schlüssel mit Punkten verbunden, etwa user.uniqueId)
core-import-file-map-json = { $file }: eine Zuordnung wird nur für CSV-Dateien gespeichert; die Felder einer JSON-Datei werden per Pfad benannt, z. B. coins=giftValue,sender=user.uniqueId (CLI: --mapping-name gilt für CSV-Dateien)
core-import-file-json-none = { $file }: keine Geschenkereignisse zum Importieren unter { $n } JSON-Werten
core-import-file-json-none-skipped = { $file }: keine Geschenkereignisse zum Importieren unter { $n } JSON-Werten (übersprungen: { $skipped })
core-import-file-json-array = { $file }: enthält kein Geschenkereignis und ist kein TikTok-Datenexport: es ist ein Array aus { $count ->
        [one] { $n } Objekt
       *[other] { $n } Objekten
    } mit den Schlüsseln { $keys }. LiveLedger liest Geschenkereignisse ({ $id }, { $coins }, { $repeat }…) und TikToks „Deine Daten herunterladen“; für Ereignisse deines eigenen Loggers nenne den Pfad jedes Felds (CLI: --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)
core-import-file-json-object = { $file }: enthält kein Geschenkereignis und ist kein TikTok-Datenexport: es ist ein JSON-Objekt mit den Schlüsseln { $keys }. LiveLedger liest Geschenkereignisse ({ $id }, { $coins }, { $repeat }…) und TikToks „Deine Daten herunterladen“; für Ereignisse deines eigenen Loggers nenne den Pfad jedes Felds (CLI: --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)
core-import-file-json-lines = { $file }: enthält kein Geschenkereignis und ist kein TikTok-Datenexport: es ist { $count ->
        [one] { $n } Wert
       *[other] { $n } Werte
    } (JSON Lines), Objekte mit den Schlüsseln { $keys }. LiveLedger liest Geschenkereignisse ({ $id }, { $coins }, { $repeat }…) und TikToks „Deine Daten herunterladen“; für Ereignisse deines eigenen Loggers nenne den Pfad jedes Felds (CLI: --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)

core-import-tiktok-not-text = erwartet wird Text, gefunden: eine Liste oder ein Objekt
core-import-tiktok-text-long = erwartet werden höchstens { $max } Zeichen, gefunden: '{ $text }'
core-import-tiktok-count = erwartet wird eine ganze Zahl von 0 bis { $max }, gefunden: '{ $text }'
core-import-tiktok-diamonds-money = erwartet werden Diamanten; das ist ein Geldbetrag, den LiveLedger nicht in Diamanten zurückrechnet, gefunden: '{ $text }'
core-import-tiktok-diamonds = erwartet wird eine Anzahl Diamanten, gefunden: '{ $text }'
core-import-tiktok-diamonds-range = erwartet werden 0 bis { $max } Diamanten, gefunden: '{ $text }'
core-import-tiktok-money-currency = erwartet wird ein Betrag in { $currency } (der Währung des Kurses), gefunden: '{ $text }'
core-import-tiktok-money = erwartet wird ein Geldbetrag wie 10.50, gefunden: '{ $text }'
core-import-tiktok-money-range = erwartet wird ein Betrag von 0 bis { $max }, gefunden: '{ $text }'
core-import-tiktok-duration = erwartet wird eine Dauer von höchstens 7 Tagen wie 1:30:00, 1h 30m oder eine Zahl von Sekunden, gefunden: '{ $text }'
core-import-tiktok-not-live = erwartet wird ein LIVE (ein JSON-Objekt)
core-import-tiktok-no-start = erwartet wird LiveStartTime (wann das LIVE begann), gefunden: nichts
core-import-tiktok-ends-before = das LIVE endet, bevor es beginnt
core-import-tiktok-status = erwartet wird ein Status wie completed, pending, failed oder cancelled, gefunden: '{ $text }'
core-import-tiktok-no-date = erwartet wird das Datum (Date) der Auszahlung, gefunden: nichts
core-import-tiktok-no-rate = für diesen Tag ist kein Kurs festgelegt; lege einen an mit `liveledger rates add`
core-import-tiktok-money-to-diamonds = dieser Betrag lässt sich zum Geld-pro-Diamant-Wert des Kurses nicht in Diamanten umrechnen
core-import-tiktok-no-amount = erwartet werden die Diamanten (Diamonds) oder der Betrag (Amount) der Auszahlung, gefunden: keines von beiden
core-import-tiktok-withdrawal-range = erwartet wird eine Auszahlung von mehr als 0 und höchstens { $max } Diamanten, gefunden: { $text }
core-import-tiktok-too-many-to-value = { $text } Diamanten sind zu viele, um sie zu bewerten
core-import-tiktok-fee-above = die Gebühr { $fee } ist höher als der Wert der Auszahlung { $gross }
core-import-tiktok-not-wallet = erwartet wird ein Wallet-Eintrag (ein JSON-Objekt)

## A container (a zip, an OLE file), a spreadsheet or TikTok's data download
## LiveLedger does not read. $error stays in English (the system's, the zip
## reader's or the spreadsheet reader's words).

core-import-file-cannot-read = { $file }: kann nicht gelesen werden: { $error }
core-import-file-error = { $file }: { $error }
core-import-file-too-large = { $file }: ist größer als { $max } MiB; nicht gelesen
core-import-file-zip-unreadable = { $file }: ist kein lesbares ZIP-Archiv ({ $error })
core-import-file-zip-many = { $file }: listet mehr Dateien auf, als TikToks Export oder eine Arbeitsmappe enthält (höchstens { $max }); nicht gelesen
core-import-file-ole-unreadable = { $file }: ist eine OLE-Verbunddatei, die sich nicht lesen lässt; LiveLedger liest CSV, JSON, TikToks Datendownload (.zip) und Tabellenkalkulationen (.xlsx, .xls, .ods)
core-import-file-word = { $file }: ist ein Word-Dokument; LiveLedger liest CSV, JSON, TikToks Datendownload (.zip) und Tabellenkalkulationen (.xlsx, .xls, .ods)
core-import-file-ole-no-workbook = { $file }: ist eine OLE-Verbunddatei ohne Arbeitsmappe (ihre Streams: { $streams }); LiveLedger liest CSV, JSON, TikToks Datendownload (.zip) und Tabellenkalkulationen (.xlsx, .xls, .ods)
core-import-file-ole-broken = { $file }: ist eine OLE-Verbunddatei (wie .xls-Dateien), die sich nicht lesen lässt: { $error }; LiveLedger liest CSV, JSON, TikToks Datendownload (.zip) und Tabellenkalkulationen (.xlsx, .xls, .ods)
core-import-file-odf-not-sheet = { $file }: ist eine OpenDocument-Datei, aber keine Tabellenkalkulation ({ $mimetype }); LiveLedger liest CSV, JSON, TikToks Datendownload (.zip) und Tabellenkalkulationen (.xlsx, .xls, .ods)
core-import-file-zip-other = { $file }: ist { $count ->
        [0] ein leeres ZIP
        [one] ein ZIP mit { $n } Datei: { $names }
       *[other] ein ZIP mit { $n } Dateien: { $names }
    }: weder TikToks Datendownload noch eine Tabellenkalkulation; LiveLedger liest CSV, JSON, TikToks Datendownload (.zip) und Tabellenkalkulationen (.xlsx, .xls, .ods)
core-import-file-zip-no-export = { $file }: ist { $count ->
        [0] ein leeres ZIP
        [one] ein ZIP mit { $n } Datei: { $names }
       *[other] ein ZIP mit { $n } Dateien: { $names }
    }: weder TikToks JSON-Export (user_data.json) noch seine TXT-Dateien
core-import-file-zip-not-tiktok = { $file }: ist kein ZIP-Archiv, wie TikTok es sendet ({ $error })
core-import-file-unpack-ratio = { $file }: { $entry } entpackt sich auf mehr als das { $ratio }-Fache seiner gepackten Größe: nicht TikToks Export; nicht gelesen
core-import-file-unpack-past = { $file }: { $entry } entpackt sich (mit den Dateien davor) auf über { $max } GiB; nicht gelesen
core-import-file-export-skip-lines = { $file }: ist TikToks Datendownload: seine Einträge lassen sich nicht einzeln auslassen
core-import-file-not-read = { $file }: wurde nicht gelesen
core-import-file-export-no-lists = { $file }: enthält keinen LIVE-Verlauf und keine Wallet-Auszahlungen (seine Abschnitte: { $count ->
        [0] keine
       *[other] { $sections }
    }); ist das TikToks Export „Deine Daten herunterladen“?
core-import-file-not-regular = { $file }: ist { $what ->
        [folder] ein Ordner
        [fifo] eine benannte Pipe (FIFO)
        [device] ein Gerät
        [socket] ein Socket
       *[other] keine normale Datei
    }: nur eine normale Datei kann importiert werden
core-import-file-sheet-memory = { $file }: { $what ->
        [strings] ihre gemeinsamen Zeichenfolgen würden
       *[sheets] ihre Blätter würden
    } zum Lesen mehr als { $max } MiB Speicher brauchen; nicht gelesen (speichere das Blatt als CSV, um es zu importieren)
core-import-file-sheet-part = { $file }: '{ $part }' kann nicht gelesen werden ({ $error })
core-import-file-sheet-ratio = { $file }: '{ $part }' entpackt sich auf mehr als das { $ratio }-Fache seiner gepackten Größe: keine Tabellenkalkulation; nicht gelesen
core-import-file-sheet-unpacks = { $file }: entpackt sich auf mehr als { $max } GiB; nicht gelesen
core-import-file-sheet-long-run = { $file }: '{ $part }' enthält einen Text oder ein Tag, länger als { $max } MiB: keine Tabellenkalkulation, die LiveLedger liest; nicht gelesen
core-import-file-sheet-strings-unreadable = { $file }: die gemeinsamen Zeichenfolgen können nicht gelesen werden ({ $error })
core-import-file-sheet-strings-declared = { $file }: gibt mehr gemeinsame Zeichenfolgen an, als sie enthält: keine intakte Tabellenkalkulation; nicht gelesen
core-import-file-sheet-not-xml = { $file }: ihr Inhalt ist kein lesbares XML ({ $error })
core-import-file-xls-large = { $file }: ist eine .xls-Datei, größer als { $max } MiB; nicht gelesen (speichere sie als .xlsx oder CSV)
core-import-file-xls-unreadable = { $file }: ist keine lesbare .xls-Datei ({ $error })
core-import-file-xls-rows = { $file }: nennt ein Blatt, dessen letzte Zeile vor seiner ersten liegt: keine intakte .xls-Datei; nicht gelesen
core-import-file-workbook-unreadable = { $file }: ist keine lesbare .{ $kind }-Arbeitsmappe ({ $error })
core-import-file-sheet-unreadable = { $file }: das Blatt '{ $sheet }' kann nicht gelesen werden ({ $error })
core-import-file-sheet-row-unreadable = { $file }: Zeile { $row }: das Blatt kann nicht gelesen werden ({ $error })
core-import-file-sheet-rows-order = { $file }: Zeile { $row }: die Zeilen des Blatts stehen nicht in der richtigen Reihenfolge; nicht gelesen
core-import-file-no-such-sheet = { $file }: hat kein Blatt namens '{ $sheet }' (ihre Blätter: { $count ->
        [0] keine
       *[other] { $sheets }
    })
core-import-file-no-sheet-data = { $file }: hat kein Blatt mit Daten (ihre Blätter: { $count ->
        [0] keine
       *[other] { $sheets }
    })
core-import-file-nothing-skipped = { $file }: keine Zeilen zum Importieren; übersprungen: { $totals ->
        [0] {""}
        [one] { $totals_n } Summenzeile
       *[other] { $totals_n } Summenzeilen
    }{ $blank ->
        [0] {""}
       *[other] { $first ->
            [blank] {""}
           *[other] {", "}
        }{ $blank ->
            [one] { $blank_n } Leerzeile
           *[other] { $blank_n } Leerzeilen
        }
    }{ $summary ->
        [0] {""}
       *[other] { $first ->
            [summary] {""}
           *[other] {", "}
        }{ $summary ->
            [one] ein Zusammenfassungsblock aus { $summary_n } Zeile
           *[other] ein Zusammenfassungsblock aus { $summary_n } Zeilen
        }
    }{ $events ->
        [0] {""}
       *[other] { $first ->
            [events] {""}
           *[other] {", "}
        }{ $events ->
            [one] { $events_n } Ereignis, das kein Geschenk ist
           *[other] { $events_n } Ereignisse, die keine Geschenke sind
        }
    }

## TikTok's data download whose structure breaks: a problem at a line.

core-import-tiktok-long-text = enthält einen Text oder Schlüssel, länger als { $max } MiB: das ist nicht TikToks Export
core-import-tiktok-long-entry = enthält einen Listeneintrag, länger als { $max } MiB: das ist kein LIVE- oder Wallet-Eintrag
core-import-tiktok-many-entries = enthält mehr als { $max } LIVE- und Wallet-Einträge: mehr als der Verlauf irgendeines Creators
core-import-tiktok-cannot-read = kann nicht gelesen werden: { $error }
core-import-tiktok-cut-short = die Datei endet mitten in einem Wert: sie ist abgeschnitten
core-import-tiktok-not-json = ist hier kein gültiges JSON ({ $error })
core-import-tiktok-txt-text = { $list }: { $error }
core-import-tiktok-txt-cannot-read = { $list } kann nicht gelesen werden: { $error }
core-import-tiktok-txt-long-line = { $list } enthält eine Zeile, länger als { $max } MiB: das ist nicht TikToks Export
core-import-tiktok-txt-not-utf8 = { $list } ist hier kein gültiger UTF-8-Text (speichere die Datei als UTF-8)
core-import-tiktok-txt-long-entry = { $list } enthält einen Eintrag, länger als { $max } MiB: das ist kein LIVE- oder Wallet-Eintrag

## A spreadsheet that breaks off while its rows are read: a problem at the
## last row read, in the words of the file's refusal (above) without $file.

core-import-sheet-cannot-read = kann nicht gelesen werden: { $error }
core-import-sheet-workbook-unreadable = ist keine lesbare .{ $kind }-Arbeitsmappe ({ $error })
core-import-sheet-unreadable = das Blatt '{ $sheet }' kann nicht gelesen werden ({ $error })
core-import-sheet-row-unreadable = Zeile { $row }: das Blatt kann nicht gelesen werden ({ $error })
core-import-sheet-rows-order = Zeile { $row }: die Zeilen des Blatts stehen nicht in der richtigen Reihenfolge; nicht gelesen

# How the file wrote its dates (after "dates"): each form, joined; a form such as
# DD/MM/YYYY is written as it is.
core-import-dates-pattern = { $pattern }
core-import-dates-epoch-s = Epoch-Sekunden
core-import-dates-epoch-ms = Epoch-Millisekunden
core-import-dates-and = { $first } und { $then }
core-import-dates-twelve-hour = { $dates }, 12-Stunden-Uhr
core-import-dates-time-column = { $dates }, Uhrzeit in eigener Spalte

# An import's write refusing what a file holds.
core-import-undefined-session = ein Geschenk nennt das LIVE '{ $key }', das die Datei nicht festlegt
core-import-untimed-gifts = Geschenke ohne Zeit brauchen ein LIVE
core-import-row-coins-too-large = { $n } × { $coins } Münzen sind zu viel
