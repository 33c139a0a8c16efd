# Einstellungen: Sprache, Auszahlung, Zeitzone, Kurse, Geschenkkatalog,
# Export, Demodaten und die Version der App.

settings-title = Einstellungen
settings-saved = Gespeichert

## Sprache

settings-language-title = Sprache
settings-language-intro = Die Sprache, in der LiveLedger mit dir spricht. Zahlen, Daten und Beträge werden so geschrieben, wie man es dort tut.
settings-language-label = Sprache
settings-language-saved = Sprache gespeichert

## Auszahlung und Zeitzone

settings-payout-title = Auszahlung
settings-payout-intro = TikTok zahlt nur an ein verifiziertes Konto einer volljährigen Person (18+) mit verknüpfter Auszahlungsmethode aus. Bestätige beides hier; das sind die Auszahlungs-Checks in der Übersicht.
settings-age = Ich bin mindestens 18 und mein Konto ist verifiziert
settings-payout-method = In TikTok verknüpfte Auszahlungsmethode
settings-payout-method-placeholder = PayPal, Banküberweisung …
settings-setup-again = Die Fragen vom ersten Tag erneut beantworten
settings-timezone-title = Zeitzone
settings-timezone-intro = Tage, Wochen und Monate deiner Abrechnungen beginnen hier um Mitternacht.
settings-timezone-label = Zeitzone
settings-timezone-saved = Zeitzone gespeichert
settings-timezone-invalid = „{ $zone }“ ist keine Zeitzone, die wir kennen, daher wurde sie nicht gespeichert (deine ist weiterhin { $saved }). Wähle eine aus der Liste, z. B. Europe/Berlin.

## Kurse

settings-rates-title = Kurse
settings-rates-intro = TikTok ändert, was eine Münze und ein Diamant wert sind. Ein neuer Kurs gilt für LIVEs, die ab seinem Tag erfasst werden. Ein LIVE behält den Kurs, mit dem es erfasst wurde – ein neuer Kurs oder eine neue Zeitzone bewertet es nie neu; bewerte es unten neu, wenn du das möchtest.
settings-rates-from = Ab
settings-rates-diamonds-per-coin = Diamanten / Münze
settings-rates-money-per-diamond = Betrag / Diamant
settings-rates-minimum = Minimum
settings-rates-daily-maximum = Tageshöchstbetrag
settings-rates-no-maximum = keiner
settings-rate-delete = Löschen
settings-rate-delete-title = Diesen Kurs löschen?
settings-rate-delete-line = Der Kurs ab { $day }: { $diamonds } Diamanten pro Münze, { $money } pro Diamant. LIVEs behalten den Kurs, mit dem sie erfasst wurden.
settings-rate-delete-confirm = Kurs löschen
settings-rate-deleted = Kurs gelöscht
settings-rate-from-day = Ab Tag
settings-rate-diamonds-per-coin = Diamanten pro Münze
settings-rate-money-per-diamond = Betrag pro Diamant
settings-rate-currency = Währung
settings-rate-minimum = Mindestauszahlung
settings-rate-minimum-hint = Trage ein, was deine TikTok-Wallet anzeigt.
settings-rate-daily-maximum = Tageshöchstbetrag
settings-rate-add = Kurs hinzufügen
settings-rate-saved = Kurs gespeichert. Bereits erfasste LIVEs behalten den Kurs, mit dem sie erfasst wurden.

## LIVEs mit einem älteren Kurs

settings-rerate-title = { $count ->
    [one] { $count } LIVE mit einem älteren Kurs
   *[other] { $count } LIVEs mit einem älteren Kurs
}
settings-rerate-intro = Diese LIVEs wurden erfasst, bevor der Kurs eingetragen wurde, der jetzt an ihrem Tag gilt (oder deine Zeitzone hat geändert, auf welchen Tag sie fallen). Neu bewerten stellt sie auf diesen Kurs um; bis dahin ändert sich nichts.
settings-rerate-day = Tag
settings-rerate-session = LIVE
settings-rerate-diamonds = Diamanten
settings-rerate-value = Wert
settings-rerate-apply = Diese LIVEs neu bewerten
settings-rerate-done = LIVEs neu bewertet

## Geschenkkatalog

settings-catalog-title = Geschenkkatalog
settings-catalog-intro = Preise in Münzen der Geschenke, die du per Namen eingeben kannst. Eine Geschenkzeile behält die Münzen, die sie an ihrem Tag wert war – Änderungen hier ändern nie die Vergangenheit.
settings-catalog-gift = Geschenk
settings-catalog-coins = Münzen
settings-gift-name = Name des Geschenks
settings-gift-coins = Münzen
settings-gift-save = Hinzufügen oder ändern
settings-catalog-saved = Katalog gespeichert
settings-gift-remove = Entfernen
settings-gift-remove-title = Dieses Geschenk aus dem Katalog entfernen?
settings-gift-remove-line = { $gift } ({ $coins }). Bereits erfasste Geschenke behalten ihre Münzen.
settings-gift-removed = Entfernt

## Export und Sicherung

settings-export-title = Export und Sicherung
settings-export-intro = Für deine Buchhaltung oder dein Steuerprogramm – und für den Fall, dass der Laptop streikt. Sicherungen kannst du auch bei geöffneter App erstellen.
settings-export-csv = Als CSV exportieren
settings-export-json = Als JSON exportieren
settings-export-hledger = Für hledger exportieren
settings-export-beancount = Für beancount exportieren
settings-backup-now = Jetzt sichern
settings-backup-kind = LiveLedger-Sicherung
settings-exported = Exportiert nach { $path }
settings-backed-up = Gesichert nach { $path }
settings-ledger-file = Ledger-Datei: { $path }

## Demodaten und Leeren

settings-demo-title = Demodaten
settings-demo-empty = Dein Ledger ist leer. Lade sechs Monate erfundener LIVEs, um die Diagramme zu sehen.
settings-demo-clear-intro = Leeren entfernt alle LIVEs, Geschenke, Auszahlungen und Korrekturen. Kurse, Katalog und Einstellungen bleiben. Vorher wird eine Kopie des Ledgers daneben abgelegt, und du kannst es direkt danach rückgängig machen.
settings-demo-load = Demodaten laden
settings-demo-loaded = Demodaten geladen
settings-clear = Alle Einträge löschen
settings-clear-title = Alle Einträge löschen?
settings-clear-sessions = { $count ->
    [one] { $count } LIVE
   *[other] { $count } LIVEs
}
settings-clear-gifts = { $count ->
    [one] { $count } Geschenk
   *[other] { $count } Geschenken
}
settings-clear-withdrawals = { $count ->
    [one] { $count } Auszahlung
   *[other] { $count } Auszahlungen
}
settings-clear-what = Das entfernt { $sessions } mit { $gifts } sowie { $withdrawals } und alle Korrekturen und Importe. Kurse, Katalog und Einstellungen bleiben.
settings-clear-copy = Vorher wird eine Kopie des Ledgers in seinem jetzigen Zustand daneben abgelegt, und du kannst das direkt danach rückgängig machen.
settings-clear-word = löschen
settings-cleared = Ledger geleert. Eine Kopie von vorher liegt daneben.
settings-records-back = Alle Einträge sind wieder da

## Über

settings-about-title = Über
settings-about-version = LiveLedger { $version }
settings-about-offline = Dieselbe Version wie { $command }. Offline: kein Netzwerk, kein Konto, keine Telemetrie.
