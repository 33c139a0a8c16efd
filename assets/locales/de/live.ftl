# Die Ansicht Live-Zählung: ein LIVE starten, seine Geschenke per Klick oder
# Taste erfassen, es beenden, und der Rückblick danach.

live-heading = Live-Zählung
live-badge = LIVE

## Vor einem LIVE.

live-start-card = LIVE starten
live-start-intro = Erfasse Geschenke, während du live bist: ein Klick oder Tastendruck pro Geschenk. Jeder Tipp wird sofort gespeichert – schließt du die App, geht nichts verloren, und das LIVE läuft weiter, wenn du zurückkommst.
live-title-label = Titel
live-title-placeholder = Worum geht es in diesem LIVE? (optional)
live-go = Live gehen – Zählung starten

## Während eines LIVEs.

live-started = Gestartet { $when }. Tasten 1–9 fügen ein Geschenk hinzu, Strg+Z macht das letzte rückgängig.
live-sender-label = Absender
live-sender-placeholder = Absender des nächsten Geschenks (optional)
live-senders-label = Letzte Absender
live-senders-hint = Wird nach jedem Geschenk geleert. Zuletzt:
live-other-label = Anderes Geschenk
live-other-gift = Anderes Geschenk…
live-other-option = { $gift } ({ $coins })
live-streak-label = Wie viele vom nächsten Geschenk
live-armed-note = Nächstes Geschenk zählt ×{ $times }
live-armed-hint = Danach wieder ×1 (Esc bricht ab).
live-key = Taste { $key }
live-this-live = Dieses LIVE
live-value-gifts = { $value } · { $count ->
    [one] { $count } Geschenk
   *[other] { $count } Geschenke
}
live-threshold-title = Auszahlungsschwelle
live-balance-line = Guthaben { $diamonds } = { $value } von { $minimum } · { $percent }
live-last-gifts = Letzte Geschenke
live-gift-line = { $count } × { $gift }
live-gift-line-from = { $count } × { $gift } von { $sender }
live-undo-last = Letztes rückgängig (Strg+Z)
live-nothing-to-undo = Nichts rückgängig zu machen
live-remove-anyway = Trotzdem entfernen

## Was ein Screenreader vorliest, und die Meldung nach dem Rückgängigmachen.

live-logged = Erfasst: { $count } × { $gift }. Dieses LIVE: { $total }.
live-logged-from = Erfasst: { $count } × { $gift } von { $sender }. Dieses LIVE: { $total }.
live-removed-toast = Entfernt: { $count } × { $gift }
live-removed = Entfernt: { $count } × { $gift }. Dieses LIVE: { $total }.

## Ein LIVE beenden.

live-end = LIVE beenden
live-end-title = Dieses LIVE beenden?
live-end-so-far = { $count ->
    [one] Bisher { $count } Geschenk im Wert von { $diamonds }.
   *[other] Bisher { $count } Geschenke im Wert von { $diamonds }.
}
live-end-after = Danach erfasste Geschenke starten ein neues LIVE.
live-ended = LIVE beendet und gespeichert

## Der Rückblick auf ein gerade beendetes LIVE.

live-recap-title = LIVE beendet
live-recap-title-named = LIVE beendet: { $title }
live-recap-card = Rückblick
live-earned = Verdient
live-earned-value = { $diamonds } · { $value }
live-duration = Dauer
live-gifts = Geschenke
live-top-gifters = Top-Unterstützer
live-gifter-line = { $count ->
    [one] { $count } Geschenk
   *[other] { $count } Geschenke
} · { $coins }
live-no-gifters = Kein Geschenk hatte einen Absender.
live-from-tiktok = Aus TikToks LIVE-Zusammenfassung
live-from-tiktok-hint = Übertrag diese Werte aus der Zusammenfassung, die TikTok nach dem LIVE zeigt (optional).
live-viewers = Zuschauer
live-followers = Neue Follower
live-save = Speichern
live-saved = In diesem LIVE gespeichert
live-another = Neues LIVE starten
live-all-lives = Alle LIVEs
