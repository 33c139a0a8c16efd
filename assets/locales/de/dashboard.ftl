# Die Übersicht: Guthaben, der Weg zur Mindestauszahlung von TikTok, ob jetzt
# ausgezahlt werden kann, diese Woche und dieser Monat, Diagramme, Toplisten.

dashboard-title = Übersicht

## Noch leer.

dashboard-empty-title = Noch keine LIVEs erfasst
dashboard-empty-text = Füge dein erstes LIVE hinzu: Gib es ein, zähle Geschenke, während du LIVE bist, oder importiere die Dateien deiner LIVE-Tools oder von TikTok.
dashboard-add-live = LIVE hinzufügen
dashboard-import-file = Datei importieren
dashboard-tally = Live-Zählung starten
dashboard-demo-offer = Nur mal umschauen? { $load } – du kannst sie in den Einstellungen wieder löschen.
dashboard-demo-load = Demodaten für sechs Monate laden
dashboard-demo-loaded = Demodaten geladen

## Guthaben.

dashboard-balance = Guthaben
dashboard-diamonds-unit = { $count ->
    [one] Diamant
   *[other] Diamanten
}
dashboard-earned = Verdient
dashboard-withdrawn = Ausgezahlt
dashboard-corrections = Korrekturen
dashboard-pending = Auszahlungen unterwegs
dashboard-rounded-down = Abgerundet: Es liegt knapp unter der Mindestauszahlung von { $min } und wird daher nicht als erreicht angezeigt.
dashboard-valued-today = Wert zum heutigen Kurs ({ $rate } pro Diamant). Abrechnungen nutzen den Kurs vom Tag des jeweiligen LIVEs.

## Der Weg zur Mindestauszahlung.

dashboard-threshold-title = Mindestauszahlung
dashboard-progress-label = Fortschritt bis zur Mindestauszahlung von TikTok
dashboard-threshold-reached = { $balance } von { $min } – erreicht · { $percent }
dashboard-threshold-to-go = { $balance } von { $min } – noch { $diamonds } ({ $value }) · { $percent }
dashboard-can-cash-out = Du kannst auszahlen, sobald die übrigen Bedingungen erfüllt sind.
dashboard-eta = Bei deinem Tempo der letzten { $days } Tage ({ $pace } pro Tag) erreichst du sie etwa am { $day }.
dashboard-eta-wait = Eine Prognose erscheint nach { $min } LIVEs in { $days } Tagen – { $count ->
    [one] es fehlt noch { $count } LIVE.
   *[other] es fehlen noch { $count } LIVEs.
}
dashboard-eta-none = Keine LIVEs in den letzten { $days } Tagen, daher noch keine Prognose.

## Kann ich auszahlen?

dashboard-ready-title = Kann ich auszahlen?
dashboard-ready = Bereit zur Auszahlung
dashboard-not-yet = Noch nicht
dashboard-withdrawable = Du kannst jetzt { $diamonds } ({ $value }) auszahlen.
dashboard-rate-since = Kurs seit { $day }: { $rate } pro Diamant.
dashboard-payout-link = Einstellungen → Auszahlung
dashboard-blocker-negative-balance = Dein Guthaben ist negativ ({ $diamonds }): Es wurde mehr ausgezahlt oder korrigiert als verdient. Prüfe deine Auszahlungen oder trage unter Auszahlungen → Abgleichen ein, was deine TikTok-Wallet anzeigt.
dashboard-blocker-below-minimum = { $balance } von { $min } Mindestauszahlung – noch { $diamonds }. Geh weiter LIVE!
dashboard-blocker-age = Bestätige unter { $link }, dass du mindestens 18 Jahre alt bist und ein verifiziertes Konto hast.
dashboard-blocker-payout = Verknüpfe in TikTok eine Auszahlungsmethode und trage sie dann unter { $link } ein.
dashboard-blocker-daily-maximum = Du hast das heutige Auszahlungsmaximum ausgeschöpft. Versuch es morgen wieder.

## Diese Woche und dieser Monat bisher.

dashboard-compare-title = Diese Woche und dieser Monat bisher
dashboard-compare-note = Verglichen mit denselben Tagen der Vorwoche und des Vormonats, wie im LIVE Center von TikTok.
dashboard-week = Diese Woche
dashboard-month = Dieser Monat
dashboard-compare-lives = { $count ->
    [one] { $count } LIVE
   *[other] { $count } LIVEs
} · { $from } – { $to }
dashboard-change-week = { $change } gegenüber denselben Tagen der Vorwoche ({ $before })
dashboard-change-month = { $change } gegenüber denselben Tagen des Vormonats ({ $before })
dashboard-nothing-week = An denselben Tagen der Vorwoche nichts verdient.
dashboard-nothing-month = An denselben Tagen des Vormonats nichts verdient.

## Diagramme und Toplisten.

dashboard-earned-title = Verdiente Diamanten
dashboard-group-by = Gruppieren nach
dashboard-by-day = Tag
dashboard-by-week = Woche
dashboard-by-month = Monat
dashboard-balance-chart-title = Guthaben im Verlauf, Auszahlungen markiert
dashboard-chart-wait = Erscheint nach { $min } LIVEs (bisher { $count ->
    [one] { $count } LIVE
   *[other] { $count } LIVEs
}).
dashboard-top-gifts = Top-Geschenke (nach ausgegebenen Münzen)
dashboard-top-gifts-empty = Geschenke erscheinen hier, sobald du welche erfasst oder importierst.
dashboard-top-supporters = Top-Unterstützer (nach ausgegebenen Münzen)
dashboard-top-supporters-empty = Absender erscheinen hier, sobald Geschenke einen Absender haben.
dashboard-top-row = { $coins } · { $share }
dashboard-worth-title = Was ist eine Stunde LIVE wert, was ein Zuschauer?
dashboard-worth-note = TikTok zahlt nichts pro Aufruf; das sind deine Geschenke geteilt durch deine Stunden und Zuschauer, pro LIVE.
