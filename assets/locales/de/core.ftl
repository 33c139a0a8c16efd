# Was der Kern sagt: was eine Auszahlung verhindert, die Zeilen der
# Übersicht und die Fehler. Zahlen kommen schon in der Sprache geschrieben;
# $count, $days und $minutes sind Zahlen, die die Pluralform wählen.

## Was eine Auszahlung verhindert.

core-blocker-negative-balance = Das Guthaben ist negativ ({ $count ->
    [one] { $balance } Diamant
   *[other] { $balance } Diamanten
}): Es wurde mehr ausgezahlt oder korrigiert als verdient. Prüfe die Auszahlungen oder gib unter „Abgleichen“ das Guthaben deiner TikTok-Wallet ein.
core-blocker-below-minimum = Unter der Mindestauszahlung: { $balance } von { $minimum } — noch { $count ->
    [one] { $missing } Diamant
   *[other] { $missing } Diamanten
}. Geh weiter LIVE.
core-blocker-age-not-confirmed = Alter nicht bestätigt: Für eine Auszahlung brauchst du ein verifiziertes Konto ab 18. Bestätige es unter Einstellungen → Auszahlung.
core-blocker-no-payout-method = Keine Auszahlungsmethode verknüpft. Verknüpfe eine in TikTok und trage sie dann unter Einstellungen → Auszahlung ein.
core-blocker-daily-maximum-used = Das heutige Auszahlungsmaximum von { $maximum } ist ausgeschöpft. Versuche es morgen wieder.

## Die Übersicht auf der Kommandozeile: eine Bezeichnung, dann ihre Zeile.

core-summary-balance-label = Guthaben
core-summary-earned-label = verdient
core-summary-withdrawn-label = ausgezahlt
core-summary-adjusted-label = korrigiert
core-summary-threshold-label = Mindestauszahlung
core-summary-ready-label = Bereit
core-summary-eta-label = Prognose
core-summary-pending-label = Ausstehende Auszahlungen
core-summary-rate-label = Kurs
core-summary-balance = { $count ->
    [one] { $diamonds } Diamant
   *[other] { $diamonds } Diamanten
} = { $value }
core-summary-threshold = { $minimum } = { $count ->
    [one] { $diamonds } Diamant
   *[other] { $diamonds } Diamanten
}; Fortschritt { $percent } %
core-summary-ready-yes = ja — jetzt auszahlbar: { $count ->
    [one] { $diamonds } Diamant
   *[other] { $diamonds } Diamanten
} = { $value }
core-summary-ready-not-yet = noch nicht
core-summary-eta-reached = erreicht ({ $day })
core-summary-eta-day = { $day } bei { $pace } Diamanten pro Tag (letzte { $days } Tage)
core-summary-eta-wait = nach { $count ->
    [one] { $count } weiteren LIVE
   *[other] { $count } weiteren LIVEs
} in den letzten { $days } Tagen (eine Prognose braucht { $needed })
core-summary-eta-none = keine — in den letzten { $days } Tagen nichts verdient
core-summary-rate = seit { $day }: { $rate } pro Diamant (das Guthaben wird zum heutigen Kurs bewertet, Abrechnungen zum Kurs jedes LIVEs); Geld auf { $step } gerundet, ab 5 aufgerundet

## Bestätigungen: was an einer Änderung ungewöhnlich ist. Es wurde nichts geschrieben; du kannst sie bestätigen.

core-confirm-negative-balance = { $action ->
    [put-back] { $label } wiederherzustellen,
    [rerate] den Kurs dieser LIVEs neu anzuwenden,
    [delete-session] LIVE { $id } zu löschen,
    [correction] eine Korrektur um { $amount } Diamanten
    [delete-gift] Geschenk { $id } zu löschen,
   *[undo-import] Import { $id } rückgängig zu machen,
} würde das Guthaben auf { $count ->
    [one] { $balance } Diamant
   *[other] { $balance } Diamanten
} bringen (verdient { $earned }, ausgezahlt { $withdrawn }, korrigiert { $corrected }): Aus diesen Diamanten wurden schon Auszahlungen bezahlt
core-confirm-future = sie ist auf { $at } datiert, in der Zukunft
core-confirm-before-first-diamond = sie ist auf { $at } datiert, vor dem ersten verdienten Diamanten ({ $first })
core-confirm-below-minimum = { $gross } liegt unter der am { $day } geltenden Mindestauszahlung von { $minimum }: TikTok zahlt nicht weniger aus, trage sie also nur ein, wenn TikTok sie wirklich gezahlt hat
core-confirm-over-daily-maximum = mit { $used }, die am { $day } schon ausgezahlt wurden, überschreiten weitere { $gross } das Tagesmaximum von { $maximum }
core-error-needs-confirmation = es wurde nichts geschrieben; bestätige, um es trotzdem einzutragen (CLI: --force)

## Fehler.

core-error-not-found = { $what ->
    [session] LIVE { $id } gibt es nicht
    [gift] Geschenk { $id } gibt es nicht
    [withdrawal] Auszahlung { $id } gibt es nicht
    [import] Import { $id } gibt es nicht
    [rate] Kurs { $id } gibt es nicht
    [deleted] Gelöschten Eintrag { $id } gibt es nicht
   *[other] Eintrag { $id } gibt es nicht
}
core-error-newer-schema = { $path } wurde von einem neueren LiveLedger geschrieben (Schema { $found }, diese Version kennt bis { $known }); die Datei wurde nicht verändert — aktualisiere LiveLedger, um sie zu öffnen
# $reason ist vorerst Englisch.
core-error-not-a-ledger = { $path } ist keine LiveLedger-Datenbank: { $reason }
core-error-busy = Die Datenbank ist belegt (ein anderes LiveLedger schreibt gerade hinein); versuche es gleich noch einmal
core-error-import-still-running = { $path }: Der Import in einem anderen LiveLedger belegt die Datei auch nach { $minutes ->
    [0] { $seconds } s
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} noch; es wurde nichts getan — versuche es erneut, wenn er fertig ist, oder beende ihn
core-error-import-still-running-pid = { $path }: Der Import in einem anderen LiveLedger (PID { $pid }) belegt die Datei auch nach { $minutes ->
    [0] { $seconds } s
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} noch; es wurde nichts getan — versuche es erneut, wenn er fertig ist, oder beende ihn
core-error-not-a-file = { $path } ist { $found ->
    [folder] ein Ordner
    [fifo] eine benannte Pipe (FIFO)
    [character-device] ein zeichenorientiertes Gerät
    [block-device] ein blockorientiertes Gerät
    [socket] ein Socket
   *[other] etwas anderes
}, keine normale Datei: Gib eine normale Datei oder einen neuen Namen an; es wurde nichts hineingeschrieben
# $why ist vorerst Englisch.
core-error-read-only = { $path } ist schreibgeschützt ({ $why }): Sie kann gelesen, aber nicht geändert werden; es wurde nichts geschrieben
# $what ist vorerst Englisch.
core-error-overflow = { $what }: zu groß zum Zusammenrechnen; bearbeite oder lösche den Eintrag mit der unsinnigen Zahl

core-trash-session = { $count ->
        [one] LIVE { $id } mit { $n } Geschenk
       *[other] LIVE { $id } mit { $n } Geschenken
    }
core-trash-gift = { $n } × { $gift }
core-trash-withdrawal = Auszahlung { $id }

# The system's own reasons (an I/O error), as the system writes them in English;
# $code is its error number.

core-io-not-permitted = Vorgang nicht zulässig (Systemfehler { $code })
core-io-not-found = Datei oder Ordner nicht gefunden (Systemfehler { $code })
core-io-io-error = Ein-/Ausgabefehler (Systemfehler { $code })
core-io-permission-denied = Zugriff verweigert (Systemfehler { $code })
core-io-exists = Datei existiert bereits (Systemfehler { $code })
core-io-not-a-directory = Kein Ordner (Systemfehler { $code })
core-io-is-a-directory = Ist ein Ordner (Systemfehler { $code })
core-io-too-many-open = Zu viele offene Dateien (Systemfehler { $code })
core-io-too-large = Datei zu groß (Systemfehler { $code })
core-io-no-space = Kein Speicherplatz mehr auf dem Gerät (Systemfehler { $code })
core-io-read-only = Dateisystem ist schreibgeschützt (Systemfehler { $code })
core-io-connection-reset = Verbindung von der Gegenseite zurückgesetzt (Systemfehler { $code })
core-io-timed-out = Zeitüberschreitung der Verbindung (Systemfehler { $code })
core-io-connection-refused = Verbindung abgelehnt (Systemfehler { $code })
# Any other reason, in the system's own (English) words.
core-io-other = { $text }

# A whole error said inside another message: a file's path and why.
core-error-io = { $path }: { $reason }
core-error-disk = { $path }: { $cause }
core-error-database = Datenbankfehler: { $error }
core-error-field = { $field }: { $message }
core-error-text = { $text }

# Why a file is not a ledger, or is read-only (inside core-error-not-a-ledger's
# $reason and core-error-read-only's $why); $error is said inside, $found and
# $sqlite are SQLite's own words; $kind is a schema object's type.
core-ledger-why-uncountable = ihre Summen lassen sich nicht zählen: { $error }
core-ledger-why-unreadable = ein Datensatz darin lässt sich nicht lesen: { $error }
core-ledger-why-unfit = ihre Datensätze passen nicht zusammen ({ $error })
core-ledger-why-not-regular = sie ist keine normale Datei
core-ledger-why-not-a-backup = sie ist keine LiveLedger-Sicherung
core-ledger-why-integrity = ihre Integritätsprüfung ist fehlgeschlagen: { $found }
core-ledger-why-empty = sie enthält kein Kassenbuch
core-ledger-why-other-tables = sie enthält andere Tabellen (ihre Anwendungs-ID ist nicht die von LiveLedger)
core-ledger-why-not-yet = und sie ist noch kein Kassenbuch
core-ledger-why-older = und sie wurde von einem älteren LiveLedger geschrieben: Sie muss aktualisiert werden, und das schreibt sie
core-ledger-why-file-read-only = die Datei darf nicht geschrieben werden
core-ledger-why-disk-read-only = die Datei, ihr Ordner oder ihr Datenträger darf nicht geschrieben werden
core-ledger-why-not-sqlite = sie ist keine SQLite-Datenbank
core-ledger-why-changed = ihr { $kind ->
    [table] Tabelle
    [index] Index
    [trigger] Trigger
   *[view] Sicht
} '{ $name }' stammt nicht von LiveLedger; eine Wiederherstellung bringt Datensätze, nie Schema oder Code
core-ledger-why-extra = sie enthält { $kind ->
    [table] eine Tabelle
    [index] einen Index
    [trigger] einen Trigger
   *[view] eine Sicht
} '{ $name }', den LiveLedger in ihrer Version ({ $version }) nicht anlegt; eine Wiederherstellung bringt Datensätze, nie Schema oder Code
core-ledger-why-missing = ihr { $kind ->
    [table] Tabelle
    [index] Index
    [trigger] Trigger
   *[view] Sicht
} '{ $name }' stammt nicht von LiveLedger
core-ledger-disk-full = der Datenträger ist voll ({ $sqlite }); es wurde nichts mehr geschrieben
core-ledger-disk-failed = der Datenträger konnte nicht gelesen oder beschrieben werden (voll, defekt oder entfernt) ({ $sqlite }); es wurde nichts mehr geschrieben

# What a sum too large to add up was (inside core-error-overflow's $what).
core-overflow-session = { $part ->
    [diamonds] die Diamanten von LIVE { $id }
   *[value] der Wert von LIVE { $id }
}
core-overflow-statement = in der Abrechnung: { $part ->
    [opening-balance] Anfangsguthaben
    [gifts] Geschenke
    [coins] Münzen
    [diamonds] Diamanten
    [value] Wert
    [withdrawals] Auszahlungen
    [fees] Gebühren
    [payouts] Ausgezahltes
    [corrections] Korrekturen
    [balance] Guthaben
   *[rounding] Rundung
}
core-overflow = { $what ->
    [balance-value] der Wert des Guthabens
    [recent-pace] das jüngste Tempo
    [pending-withdrawals] die offenen Auszahlungen
    [period-diamonds] die Diamanten des Zeitraums
    [day-diamonds] die Diamanten eines Tages
    [coins-every-session] die Münzen aller LIVEs
    [minute-diamonds] die Diamanten einer Minute
    [money-per-1000] Geld pro 1.000 Zuschauer
    [diamonds-to-go] die noch fehlenden Diamanten
    [diamonds-earned] die verdienten Diamanten
    [diamonds-withdrawn] die ausgezahlten Diamanten
    [corrections] die Korrekturen
    [day-withdrawals] die Auszahlungen des Tages
    [balance] das Guthaben
    [booked-diamonds] gebuchte Diamanten
    [wallet-difference] die Differenz zum Wallet
    [withdrawal-value] der Wert der Auszahlung
    [withdrawal-net] der Nettobetrag der Auszahlung
   *[tiktok-diamonds] TikToks Diamanten
}
core-overflow-engagement = die Interaktionen von LIVE { $id } in der Minute { $minute }

# The titles LiveLedger gives a live it made itself (the stored title stays as written;
# these say it in the creator's language).
core-title-imported = Importiertes LIVE
core-title-captured = Erfasstes LIVE
core-title-booked = TikTok LIVE Center: { $day }
