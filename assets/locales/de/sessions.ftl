# Die Ansicht LIVEs: die Liste der LIVEs, die Details eines LIVEs
# (Rückblick, Geschenke nach Unterstützer, ein von Hand ergänztes Geschenk)
# und das Formular, in dem ein LIVE angelegt oder bearbeitet wird.

sessions-title = LIVEs
sessions-filter-placeholder = Nach Titel oder Datum filtern…
sessions-filter-label = LIVEs filtern
sessions-new = Neues LIVE
sessions-no-match = Kein LIVE passt zum Filter.
sessions-empty-title = Noch keine LIVEs
sessions-empty-text = Trag deine bisherigen LIVEs mit ihren Geschenken ein oder importiere sie aus einer CSV-Datei.

## Die Spalten der Liste. „live“ markiert ein LIVE, das noch läuft.

sessions-col-date = Datum
sessions-col-duration = Dauer
sessions-col-title = Titel
sessions-col-diamonds = Diamanten
sessions-col-value = Wert
sessions-col-viewers = Zuschauer
sessions-col-per-hour = Pro Stunde
sessions-running-badge = live

## Das Formular eines LIVEs.

sessions-field-start = Beginn
sessions-field-end = Ende
sessions-field-end-hint = Leer lassen, solange das LIVE läuft.
sessions-field-title = Titel
sessions-field-viewers = Zuschauer
sessions-field-peak-viewers = Zuschauer-Höchstwert
sessions-field-new-followers = Neue Follower
sessions-field-diamonds = Von TikTok gemeldete Diamanten
sessions-field-diamonds-hint = Aus TikToks LIVE-Zusammenfassung, wenn du nicht jedes Geschenk einzeln erfasst.
sessions-field-notes = Notizen
sessions-edit-title = LIVE bearbeiten
sessions-new-title = Neues LIVE
sessions-save = Speichern
sessions-add = LIVE hinzufügen
sessions-cancel = Abbrechen
sessions-saved = LIVE gespeichert
sessions-added = LIVE hinzugefügt

## Die Details eines LIVEs.

sessions-untitled = LIVE
sessions-edit = Bearbeiten
sessions-delete = Löschen
sessions-close = Schließen
sessions-close-label = Details des LIVEs schließen
sessions-recap = Rückblick
sessions-earned = Verdient
sessions-duration = Dauer
sessions-still-live = läuft noch
sessions-per-hour-live = Pro LIVE-Stunde
sessions-gifts = Geschenke
sessions-top-gifters = Top-Unterstützer
sessions-no-gifters = Keine Absendernamen
sessions-gifts-from = { $count ->
    [one] { $count } Geschenk
   *[other] { $count } Geschenke
} von { $senders ->
    [one] { $senders } Absender
   *[other] { $senders } Absendern
}
sessions-by-sender = Geschenke nach Absender
sessions-no-sender = Ohne Absendernamen
sessions-sender-line = { $count ->
    [one] { $count } Geschenk
   *[other] { $count } Geschenke
} · { $coins }
sessions-no-gifts = Keine Geschenkzeilen in diesem LIVE.
sessions-per-thousand-viewers = { $value } pro 1.000 Zuschauer

## Die Geschenktabelle eines LIVEs.

sessions-col-time = Uhrzeit
sessions-col-gift = Geschenk
sessions-col-coins = Münzen
sessions-col-count = Anzahl
sessions-col-actions = Aktionen
sessions-estimated = geschätzt
sessions-estimated-hint = Das importierte Protokoll endete vor dieser Serie: gezählt mit ihrer bisher höchsten Anzahl. Der Import des restlichen Protokolls vervollständigt sie.
sessions-delete-gift-label = { $gift } löschen
sessions-delete-gift-from-label = { $gift } von { $sender } löschen

## Ein Geschenk von Hand hinzufügen.

sessions-gift-field = Geschenk
sessions-gift-placeholder = Rose
sessions-gift-hint = Ein Geschenk aus dem Katalog nimmt seine Münzen aus dem Katalog.
sessions-coins-field = Münzen pro Stück
sessions-coins-placeholder = aus dem Katalog
sessions-count-field = Anzahl
sessions-sender-field = Von
sessions-sender-placeholder = optional
sessions-add-gift = Geschenk hinzufügen
sessions-gift-added = Geschenk hinzugefügt

## Ein Geschenk oder ein LIVE löschen (lässt sich rückgängig machen).

sessions-delete-gift-title = Dieses Geschenk löschen?
sessions-delete-gift-line = { $count } × { $gift } ({ $coins }).
sessions-delete-gift-from-line = { $count } × { $gift } von { $sender } ({ $coins }).
sessions-undo-hint = Du kannst das gleich danach rückgängig machen.
sessions-delete-gift-confirm = Geschenk löschen
sessions-delete-anyway = Trotzdem löschen
sessions-gift-deleted = Geschenk gelöscht
sessions-restore-anyway = Trotzdem wiederherstellen
sessions-delete-session-title = Dieses LIVE löschen?
sessions-delete-session-line = { $title } · { $date }: { $count ->
    [one] { $count } Geschenk
   *[other] { $count } Geschenke
}, { $diamonds }.
sessions-delete-session-confirm = LIVE löschen
sessions-session-deleted = LIVE gelöscht
