# Ansicht „Importieren“: eine Datei wählen, ihre Spalten, die Vorschau dessen,
# was sie hinzufügen würde, das Ergebnis, Rückgängig und der Importverlauf.
# Die Sätze des Kerns (Fehler, Warnungen, Hinweise) kommen vom Kern; Datei-,
# Spalten-, Absender- und Ereignisnamen sind die Wörter der Datei selbst.

## Die Seite

import-title = Importieren
import-card-title = Datei importieren
import-intro = Geschenkprotokolle aus LIVE-Tools (CSV, JSON, JSON Lines), TikToks eigener Datendownload (.zip oder .json), Tabellen (.xlsx, .xls, .ods), Geschenktabellen, Zusammenfassungen aus LIVE-Analysen oder ein LiveLedger-Export. Es wird nichts geschrieben, bis du auf Importieren klickst, und ein Import lässt sich als Ganzes rückgängig machen.
import-choose-button = Datei wählen …
import-path-empty = Noch keine Datei gewählt
import-path-label = Gewählte Datei
import-preview-button = Vorschau
import-button = Importieren
import-options = Format und Spalten
import-format-label = Format
import-map-label = Spalten als Text (Feld=Spalte, …): ergänzt, was erkannt wurde
import-map-short = Spalten als Text
import-map-example = date=Zeit,gift=Geschenk,coins=Preis,count=Anzahl,sender=Nutzer
import-saved-label = Gespeicherte Zuordnungen
import-saved-use = Gespeicherte Zuordnung verwenden …
import-saved-none = Noch keine gespeicherten Zuordnungen
import-save-as-label = Diese Zuordnung speichern als (beim Import)
import-save-as-short = Diese Zuordnung speichern als
import-save-as-example = z. B. Protokoll meines Tools
import-choose-first = Wähle zuerst eine Datei
import-done-toast = { $count ->
    [one] { $count } Zeile importiert
   *[other] { $count } Zeilen importiert
}

## Formate, als die eine Datei gelesen werden kann

import-format-auto = Am Inhalt erkennen
import-format-gift-events = Geschenkprotokoll, CSV (TikTok-LIVE-Tools)
import-format-json-events = Geschenkereignisse, JSON oder JSON Lines (Webcast-Tools, TikFinity)
import-format-tiktok-data = TikToks „Deine Daten herunterladen“ (JSON oder .zip)
import-format-gift-table = Geschenktabelle
import-format-session-summary = LIVE-Zusammenfassungen (LIVE-Analysen)
import-format-tiktok-days = Tage aus dem TikTok LIVE Center (Umsatz, Aktivität, Zuschauer, Interaktion)
import-format-liveledger = LiveLedger-Export

## Felder, die eine Spalte enthalten kann

import-field-date = Datum und Uhrzeit
import-field-time = Uhrzeit
import-field-event = Ereignisart
import-field-gift = Geschenk
import-field-gift-id = Geschenknummer
import-field-coins = Münzen
import-field-count = Anzahl
import-field-sender = Absender
import-field-nickname = Spitzname des Absenders
import-field-session = LIVE
import-field-repeat-end = Serie beendet
import-field-gift-type = Geschenkart (Serie oder einzeln)
import-field-streakable = Seriengeschenk
import-field-streaking = Serie läuft noch
import-field-event-id = Nachrichtennummer
import-field-diamonds = Diamanten pro Geschenk
import-field-total-diamonds = Diamanten (Zeilensumme)
import-field-duration = Dauer
import-field-end = Ende
import-field-viewers = Zuschauer
import-field-peak-viewers = Zuschauerspitze
import-field-followers = Neue Follower
import-field-likes = Likes
import-field-gifters = Unterstützer
import-field-rewards = Belohnungen
import-field-title = Titel
import-field-lives = LIVEs
import-field-views = Aufrufe
import-field-watch-time = Wiedergabezeit
import-field-avg-concurrent = Durchschnittlich gleichzeitige Zuschauer
import-field-commenters = Kommentierende
import-field-shares = Geteilt

## Wie die Datei gelesen wurde

import-read-as-line = Gelesen als { $how }.
import-read-encoding = Kodierung { $encoding }
import-read-delimiter = Trennzeichen { $delimiter }
import-delimiter-comma = Komma
import-delimiter-semicolon = Semikolon
import-delimiter-tab = Tabulator
import-delimiter-pipe = senkrechter Strich
import-read-numbers = Zahlen { $numbers }
import-numbers-plain = ohne Trennzeichen
import-read-dates = Daten { $dates }
import-read-header-line = Kopfzeile in Zeile { $line }
import-read-header-row = Kopfzeile in Tabellenzeile { $line }

## Die Vorschau und das Ergebnis

import-notice-preview = Vorschau – noch nichts geschrieben.
import-notice-imported = Importiert.
import-rows-read = { $count ->
    [one] { $file }: { $count } Zeile gelesen.
   *[other] { $file }: { $count } Zeilen gelesen.
}
import-rows-read-explained = { $count ->
    [one] { $file }: { $count } Zeile gelesen:
   *[other] { $file }: { $count } Zeilen gelesen:
}
import-explain-to-add = { $count ->
    [one] { $count } Zeile wird hinzugefügt
   *[other] { $count } Zeilen werden hinzugefügt
}
import-explain-added = { $count ->
    [one] { $count } Zeile hinzugefügt
   *[other] { $count } Zeilen hinzugefügt
}
import-explain-streak-steps = { $count ->
    [one] { $count } Serienschritt in die Endzahl seiner Serie übernommen (eine Serie von 5 Rosen wird als 1, 2, 3, 4, 5 protokolliert und zählt einmal, als 5)
   *[other] { $count } Serienschritte in die Endzahl ihrer Serie übernommen (eine Serie von 5 Rosen wird als 1, 2, 3, 4, 5 protokolliert und zählt einmal, als 5)
}
import-explain-already = { $count ->
    [one] { $count } Zeile schon im Kassenbuch, nicht doppelt hinzugefügt
   *[other] { $count } Zeilen schon im Kassenbuch, nicht doppelt hinzugefügt
}
import-explain-redelivered = { $count ->
    [one] { $count } Nachricht, die die Datei doppelt enthielt (einmal gezählt)
   *[other] { $count } Nachrichten, die die Datei doppelt enthielt (einmal gezählt)
}
import-explain-totals = { $count ->
    [one] { $count } Summenzeile, keine Geschenke
   *[other] { $count } Summenzeilen, keine Geschenke
}
import-explain-summary = { $count ->
    [one] { $count } Zusammenfassungszeile unter der Tabelle
   *[other] { $count } Zusammenfassungszeilen unter der Tabelle
}
import-explain-blank = { $count ->
    [one] { $count } Leerzeile
   *[other] { $count } Leerzeilen
}
import-explain-events = { $count ->
    [one] { $count } Ereignis, das kein Geschenk ist ({ $kinds })
   *[other] { $count } Ereignisse, die keine Geschenke sind ({ $kinds })
}
import-event-kind = { $count } { $kind }
import-explain-left-out = { $count ->
    [one] { $count } fehlerhafte Zeile, die du überspringen wolltest
   *[other] { $count } fehlerhafte Zeilen, die du überspringen wolltest
}
import-left-out-note = { $count ->
    [one] { $count } fehlerhafte Zeile ausgelassen ({ $lines }).
   *[other] { $count } fehlerhafte Zeilen ausgelassen ({ $lines }).
}
import-lines = { $count ->
    [one] Zeile { $lines }
   *[other] Zeilen { $lines }
}
import-lines-more = { $count } weitere
import-include-again-button = Wieder einbeziehen
import-would-add = Würde hinzufügen
import-added = Hinzugefügt
import-added-lives = { $count ->
    [one] { $count } neues LIVE (erweitert: { $extended })
   *[other] { $count } neue LIVEs (erweitert: { $extended })
}
import-added-rows = { $count ->
    [one] { $count } Zeile
   *[other] { $count } Zeilen
}
import-amount-coins = Münzen
import-amount-diamonds = Diamanten
import-amount-value = Wert
import-lives-to-create = Neue LIVEs ({ $count })
import-lives-created = Angelegte LIVEs ({ $count })
import-lives-live = LIVE
import-lives-diamonds = Diamanten
import-lives-more = und { $count } weitere
import-gap-sentence = Ein neues LIVE beginnt nach einer Pause ohne Geschenke von { $minutes } Minuten
import-gap-aria = Minuten ohne Geschenke, nach denen ein neues LIVE beginnt
import-gap-apply-button = Neue Vorschau
import-gap-invalid = Gib ganze Minuten von 1 bis 1440 ein
import-fields-field = Feld
import-fields-column = Spalte
import-fields-first = Erste Werte
import-column-for = Spalte für { $field }
import-add-field-label = Weiteres Feld
import-add-field-prompt = Weiteres Feld lesen …
import-unfinished-streaks = { $count ->
    [one] { $count } Serie endet in der Datei nie; sie zählt mit ihrem höchsten Stand, bis eine längere Kopie des Protokolls importiert wird.
   *[other] { $count } Serien enden in der Datei nie; jede zählt mit ihrem höchsten Stand, bis eine längere Kopie des Protokolls importiert wird.
}
import-streaks-updated = { $count ->
    [one] { $count } Serie, die ein früherer Import abgeschnitten hat, wird auf den Stand dieser Datei gebracht.
   *[other] { $count } Serien, die ein früherer Import abgeschnitten hat, werden auf den Stand dieser Datei gebracht.
}
import-sections-ignored = Nicht gelesene Abschnitte: { $sections }.
import-nothing-new = Nichts Neues zu importieren.

## Eine Datei mit Tagen aus dem TikTok LIVE Center

import-days-figures = { $count ->
    [one] Zahlen aus dem TikTok LIVE Center für { $count } Tag ({ $span }): { $figures }.
   *[other] Zahlen aus dem TikTok LIVE Center für { $count } Tage ({ $span }): { $figures }.
}
import-days-figures-no-span = { $count ->
    [one] Zahlen aus dem TikTok LIVE Center für { $count } Tag: { $figures }.
   *[other] Zahlen aus dem TikTok LIVE Center für { $count } Tage: { $figures }.
}
import-days-span = { $from } bis { $to }
import-days-diamonds-note = TikTok meldet { $diamonds } für diese Tage. Sie werden neben deinem Kassenbuch aufbewahrt und nie deinem Guthaben hinzugefügt; vergleiche sie unter TikTok-Tage.
import-days-counts = { $count ->
    [one] { $count } Zahl neu, { $unchanged } schon im Kassenbuch.
   *[other] { $count } Zahlen neu, { $unchanged } schon im Kassenbuch.
}
import-days-replaced-intro = { $count ->
    [one] { $count } Zahl ersetzt, was das Kassenbuch hatte:
   *[other] { $count } Zahlen ersetzen, was das Kassenbuch hatte:
}
import-days-replaced-item = { $day }, { $figure }: { $was } → { $now }
import-figure-diamonds = Diamanten
import-figure-live-seconds = LIVE-Zeit
import-figure-lives = LIVEs
import-figure-views = Aufrufe
import-figure-unique-viewers = einzelne Zuschauer
import-figure-avg-watch-seconds = durchschnittliche Wiedergabezeit
import-figure-peak-concurrent = Spitze gleichzeitiger Zuschauer
import-figure-avg-concurrent = durchschnittlich gleichzeitige Zuschauer
import-figure-gifters = Unterstützer
import-figure-new-followers = neue Follower
import-figure-commenters = Kommentierende
import-figure-likes = Likes
import-figure-shares = geteilt

## Eine Datei, die nicht importiert wurde

import-not-imported = Nicht importiert.
import-problems-line = Zeile
import-problems-column = Spalte
import-problems-problem = Problem
import-skip-rows-button = { $count ->
    [one] Diese Zeile überspringen, den Rest importieren
   *[other] Diese { $count } Zeilen überspringen, den Rest importieren
}
import-skip-note = Der Rest wird weiterhin ganz oder gar nicht importiert, genau wie die Vorschau zeigt.
import-too-many = { $count ->
    [one] { $count } Zeile hat Fehler: zu viele, um sie einzeln zu überspringen. Korrigiere die Datei oder prüfe, ob die richtigen Spalten gewählt sind.
   *[other] { $count } Zeilen haben Fehler: zu viele, um sie einzeln zu überspringen. Korrigiere die Datei oder prüfe, ob die richtigen Spalten gewählt sind.
}
import-no-column = — nicht in dieser Datei —
import-apply-columns-button = Vorschau mit diesen Spalten

## Der Importverlauf und Rückgängig

import-history-title = Importverlauf
import-history-empty = Noch keine Importe.
import-history-when = Wann
import-history-file = Datei
import-history-format = Format
import-history-rows = Zeilen hinzugefügt
import-history-sessions = LIVEs
import-history-notes = Hinweise
import-history-undo = Rückgängig
import-history-warnings = { $count ->
    [one] { $count } Warnung
   *[other] { $count } Warnungen
}
import-undo-button = Rückgängig
import-undo-label = Import von { $file } rückgängig machen
import-undone = Import rückgängig gemacht: { $gifts } und { $sessions } entfernt.
import-undone-gifts = { $count ->
    [one] { $count } Geschenkzeile
   *[other] { $count } Geschenkzeilen
}
import-undone-sessions = { $count ->
    [one] { $count } LIVE
   *[other] { $count } LIVEs
}
import-undo-again = Rückgängig
import-back = Der Import ist wieder da
