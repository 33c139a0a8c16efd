# Die eigenen Worte der Kommandozeile: Tabellenköpfe, Zellen,
# Bestätigungen, die Berichte zu Tagen und Einblicken, die Statuszeilen der
# Live-Zählung und die eigenen Ablehnungen der CLI. Zahlen kommen schon in
# der Sprache geschrieben an (als Text); $count wählt nur die Pluralform.
# Befehle, Optionen und Werte, die man wieder eintippt (`--apply`,
# `liveledger restore FILE`, `--book DAY`), bleiben in jeder Sprache gleich.

## Tabellenköpfe.

cli-col-id = ID
cli-col-deleted = gelöscht
cli-col-what = was
cli-col-start = Beginn
cli-col-hours = Stunden
cli-col-title = Titel
cli-col-gifts = Geschenke
cli-col-diamonds = Diamanten
cli-col-value = Wert
cli-col-viewers = Zuschauer
cli-col-diamonds-per-hour = Diamanten/h
cli-col-per-1k-viewers = pro 1.000 Zuschauer
cli-col-at = Zeit
cli-col-gift = Geschenk
cli-col-coins = Münzen
cli-col-count = Anzahl
cli-col-sender = von
cli-col-note = Hinweis
cli-col-requested = angefordert
cli-col-gross = brutto
cli-col-fee = Gebühr
cli-col-net = netto
cli-col-currency = Währung
cli-col-method = Methode
cli-col-status = Status
cli-col-reason = Grund
cli-col-effective = ab
cli-col-diamonds-per-coin = Diamanten/Münze
cli-col-money-per-diamond = Geld/Diamant
cli-col-min-withdrawal = Mindestauszahlung
cli-col-max-per-day = max./Tag
cli-col-session = LIVE
cli-col-day = Tag
cli-col-rate = Kurs
cli-col-imported = importiert
cli-col-file = Datei
cli-col-format = Format
cli-col-added = hinzugefügt
cli-col-skipped = übersprungen
cli-col-sessions = LIVEs
cli-col-period = Zeitraum
cli-col-withdrawn = ausgezahlt
cli-col-fees = Gebühren
cli-col-net-paid = netto erhalten
cli-col-adjusted = korrigiert
cli-col-balance = Guthaben
cli-col-tiktok = TikTok
cli-col-ledger = Aufzeichnungen
cli-col-difference = Differenz
cli-col-lives = LIVEs

## Zellen.

cli-cell-live = läuft
cli-cell-estimated = geschätzt
cli-cell-none = keine
cli-rerate-from = ab { $day }
cli-settings-database = Datenbank

## Bestätigungen.

cli-restored = { $ledger } aus { $backup } wiederhergestellt: LIVEs: { $sessions }, Geschenkzeilen: { $gifts }, Auszahlungen: { $withdrawals }
cli-restored-kept = die Aufzeichnungen, wie sie waren, liegen in { $copy }
cli-cleared = geleert; die Aufzeichnungen, wie sie waren, liegen in { $copy } (liveledger restore FILE holt sie zurück)
cli-deleted = { $label } gelöscht; `liveledger trash restore { $undo }` holt es zurück
cli-put-back = zurückgeholt: { $label }
cli-trash-empty = in den letzten { $count ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } wurde nichts gelöscht
cli-backed-up = gesichert in { $file }
cli-undone = Import { $id } rückgängig gemacht: Geschenkzeilen entfernt: { $gifts }, LIVEs entfernt: { $sessions }
cli-demo-loaded = Demodaten geladen: LIVEs: { $sessions }, Geschenk-, Auszahlungs- und Korrekturzeilen: { $rows }
cli-in-balance = stimmt überein: { $count ->
        [one] { $balance } Diamant
       *[other] { $balance } Diamanten
    }
cli-reconciled = Korrektur { $id }: { $count ->
        [one] { $difference } Diamant
       *[other] { $difference } Diamanten
    } (Aufzeichnungen: { $ledger }, TikTok: { $wallet })
cli-rate-not-applied = Hinweis: { $count ->
        [one] { $stay } LIVE ab { $from } behält
       *[other] { $stay } LIVEs ab { $from } behalten
    } den Kurs, mit dem sie aufgezeichnet wurden; `liveledger rerate --from { $from }` zeigt, was eine Umstellung ändern würde
cli-reading = lese… { $percent } %
cli-rerate-none = jedes LIVE hat schon den Kurs, der an seinem Tag galt
cli-rerated = { $count ->
        [one] { $sessions } LIVE
       *[other] { $sessions } LIVEs
    } neu bewertet
cli-rerate-preview = nichts geändert; mit --apply { $count ->
        [one] wird dieses { $sessions } LIVE
       *[other] werden diese { $sessions } LIVEs
    } neu bewertet
cli-import-warning = Import { $id }: { $warning }

## Abrechnungen.

cli-statement-total = Summe
cli-statement-opening = Guthaben vor dem ersten Tag: { $balance }
cli-statement-rounding = Rundung: { $rounding } (jede Zeile wird für sich gerundet; die Summe rundet die genaue Summe)
cli-statement-rates = Werte nutzen den Kurs, mit dem jedes LIVE aufgezeichnet wurde; Geld kaufmännisch gerundet (halbe Cent von null weg) auf 0,01.

## TikTok-Tage neben den Aufzeichnungen.

cli-day-status-same = gleich
cli-day-status-fewer = Aufzeichnungen haben weniger
cli-day-status-more = Aufzeichnungen haben mehr
cli-day-status-bookable = kein LIVE: buchbar
cli-day-status-no-live = kein LIVE
cli-day-status-no-tiktok = keine TikTok-Diamanten
cli-day-matches = TikTok meldet { $count ->
        [one] { $tiktok } Diamant
       *[other] { $tiktok } Diamanten
    } am { $on }; deine Aufzeichnungen haben genauso viele
cli-day-missing = TikTok meldet { $count ->
        [one] { $tiktok } Diamant
       *[other] { $tiktok } Diamanten
    } am { $on }; deine Aufzeichnungen haben { $ledger } ({ $difference } fehlen)
cli-day-extra = TikTok meldet { $count ->
        [one] { $tiktok } Diamant
       *[other] { $tiktok } Diamanten
    } am { $on }; deine Aufzeichnungen haben { $ledger } ({ $difference } mehr als TikTok)
cli-day-no-lives-bookable = TikTok meldet { $count ->
        [one] { $tiktok } Diamant
       *[other] { $tiktok } Diamanten
    } am { $on }; deine Aufzeichnungen haben an dem Tag kein LIVE (buche es mit --book { $day })
cli-day-no-lives = TikTok meldet { $count ->
        [one] { $tiktok } Diamant
       *[other] { $tiktok } Diamanten
    } am { $on }; deine Aufzeichnungen haben an dem Tag kein LIVE
cli-day-no-diamonds = TikToks Dateien nennen keine Diamanten für den { $on }; deine Aufzeichnungen haben { $ledger } aus { $count ->
        [one] { $lives } LIVE
       *[other] { $lives } LIVEs
    }
cli-day-not-listed = TikToks Dateien führen den { $on } nicht; deine Aufzeichnungen haben { $ledger } aus { $count ->
        [one] { $lives } LIVE
       *[other] { $lives } LIVEs
    }
cli-days-none = Noch keine Tage aus dem TikTok LIVE Center. Lade deine LIVE-Analysen im TikTok LIVE Center herunter (Umsatz, Aktivität, Zuschauer, Interaktion) und importiere die Dateien: liveledger import FILE
cli-days-total = TikTok meldet { $count ->
        [one] { $tiktok } Diamant
       *[other] { $tiktok } Diamanten
    } über seine Tage; deine Aufzeichnungen haben an diesen Tagen { $ledger }. TikToks Zahlen werden nie zum Guthaben addiert.
cli-days-bookable = { $count ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } ohne LIVE { $count ->
        [one] kann
       *[other] können
    } aus TikToks Zahlen gebucht werden ({ $diamonds } Diamanten): liveledger days --book DAY
cli-booked-day = { $day } gebucht: LIVE { $session } mit TikToks { $count ->
        [one] { $diamonds } Diamant
       *[other] { $diamonds } Diamanten
    }
cli-booked-total = das Guthaben ist um { $count ->
        [one] { $diamonds } Diamant
       *[other] { $diamonds } Diamanten
    } gewachsen; rückgängig machen mit: liveledger imports undo { $import }

## Einblicke.

cli-figure = { $value } ({ $count ->
        [one] { $lives } LIVE
       *[other] { $lives } LIVEs
    })
cli-figure-none = noch nicht genug LIVEs ({ $lives } von { $needed })
cli-weekday = { $day ->
        [mon] Mo
        [tue] Di
        [wed] Mi
        [thu] Do
        [fri] Fr
        [sat] Sa
       *[sun] So
    }
cli-insights-none = Noch keine LIVEs: zeichne ein paar auf oder importiere sie; jede Zahl braucht 5 LIVEs dahinter.
cli-insights-looked = { $count ->
        [one] { $lives } LIVE
       *[other] { $lives } LIVEs
    } angesehen. Mediane; eine Zahl braucht { $needed } LIVEs.
cli-insights-best = Beste Startzeiten (Diamanten pro LIVE-Stunde):
cli-insights-best-none = noch nicht genug LIVEs an einem Wochentag zu einer Stunde
cli-insights-lengths = Nach Länge (Diamanten pro LIVE-Stunde | pro LIVE):
cli-insights-band = { $from }–{ $to } Min.
cli-insights-band-open = { $from }+ Min.
cli-insights-per-viewer = Pro Zuschauer: { $viewer } Diamanten; pro 1.000 Zuschauer: { $thousand } Diamanten (pro Stunde derselben LIVEs: { $hour }). TikTok zahlt pro Geschenk, nicht pro Aufruf.
cli-insights-value-per-1000 = { $currency } pro 1.000 Zuschauer: { $figure }
cli-insights-views-by-day = Aus den Tagen des TikTok LIVE Center: { $diamonds } Diamanten pro 1.000 Aufrufe ({ $count ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }).
cli-insights-reached = Mindestbetrag erreicht.
cli-insights-hours-to-go = Noch etwa { $hours } { $count ->
        [one] LIVE-Stunde
       *[other] LIVE-Stunden
    } bis zur Mindestauszahlung (noch { $diamonds } Diamanten, bei { $pace } pro LIVE-Stunde).
cli-insights-hours-unknown = Noch { $diamonds } Diamanten; die nötigen Stunden erscheinen nach 5 LIVEs.
cli-insights-by = Um sie bis { $day } zu erreichen: etwa { $count ->
        [one] { $hours } LIVE-Stunde
       *[other] { $hours } LIVE-Stunden
    } pro Woche.
cli-insights-gifters = Unterstützer pro LIVE: { $gifters }; wiederkehrend: { $returning }.
cli-insights-top = Top { $top }: { $share } der Geschenk-Diamanten
cli-insights-supporter = { $diamonds } Diamanten in { $count ->
        [one] { $lives } LIVE
       *[other] { $lives } LIVEs
    }
cli-insights-this-week = Diese Woche: { $diamonds } Diamanten; dein Wochendurchschnitt: { $average }.
cli-insights-average = { $average } ({ $count ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    })
cli-insights-average-none = erscheint nach { $weeks } Wochen
cli-insights-room = Der Raum (von der Live-Zählung in { $count ->
        [one] { $lives } LIVE
       *[other] { $lives } LIVEs
    } gezählt): { $comments } Kommentare, { $likes } Likes pro Minute.
cli-insights-split = LIVEs mit mehr als { $line } { $what ->
        [comments] Kommentaren pro Minute
        [likes] Likes pro Minute
        [followers] neuen Followern pro Stunde
       *[days] Likes pro Minute an den Tagen des TikTok LIVE Center
    }: { $above } Diamanten pro LIVE-Stunde ({ $above_lives } LIVEs); die anderen: { $below } ({ $below_lives } LIVEs).
cli-insights-split-none = Nach { $what ->
        [comments] Kommentaren pro Minute
        [likes] Likes pro Minute
        [followers] neuen Followern pro Stunde
       *[days] Likes pro Minute an den Tagen des TikTok LIVE Center
    }: noch nicht genug LIVEs auf jeder Seite ({ $lives } von { $needed } auf jeder Seite).
cli-insights-together = Das zeigt, was zusammen auftrat, nicht, was es verursacht hat.

## Zeilen der Live-Zählung (die Details der Aufnahme bleiben englisch).

cli-capture-connecting = verbinde
cli-capture-connected = verbunden
cli-capture-reconnecting = verbinde neu
cli-capture-stopped-state = gestoppt
cli-capture-warning = Warnung: { $message }
cli-capture-stdout-lost = Warnung: die Standardausgabe kann nicht geschrieben werden ({ $error }); Geschenke werden weiter gespeichert
cli-capture-live-ended = LIVE beendet: LIVE { $session }
cli-capture-stopped = Live-Zählung gestoppt: Geschenk-Ereignisse: { $events }, gespeicherte Geschenke: { $stored } (markiert: { $flagged }), übersprungene Wiederholungen: { $replayed }, Serienschritte: { $steps }, andere Ereignisse: { $other }, unlesbar: { $unreadable }
cli-capture-gift = { $gifts } × { $gift } (je { $count ->
        [one] { $coins } Münze
       *[other] { $coins } Münzen
    })  von { $sender }  LIVE { $session }
cli-capture-grown = (um { $added } gewachsen)
cli-capture-flagged = [Serie nie beendet: mit ihrer höchsten Anzahl gezählt]
cli-capture-unknown-sender = unbekannt

## Die eigenen Ablehnungen der Kommandozeile.

cli-invalid-db-pass = gib --db PATH an
cli-invalid-no-data-directory = auf diesem System ist kein Datenordner bekannt; gib --db PATH an
cli-invalid-clear-needs-yes = Leeren entfernt jedes LIVE, jedes Geschenk und jede Auszahlung; bestätige mit --yes
cli-invalid-format = '{ $text }' ist kein Format (erwartet: auto, liveledger, gift-events, gift-table, session-summary, json-events, tiktok-data oder tiktok-days)

## Aufruffehler: was clap ablehnt, in einer Zeile nach "usage: " (der Text von --help bleibt englisch).

cli-usage-unknown-subcommand = unbekannter Unterbefehl '{ $text }' (siehe --help)
cli-usage-unknown-argument = unerwartetes Argument '{ $text }' (siehe --help)
cli-usage-value-required = '{ $arg }' braucht einen Wert, aber es wurde keiner angegeben (siehe --help)
cli-usage-invalid-value = ungültiger Wert '{ $text }' für '{ $arg }' (siehe --help)
cli-usage-too-many-values = unerwarteter Wert '{ $text }' für '{ $arg }'; weitere Werte sind nicht vorgesehen (siehe --help)
cli-usage-repeated = das Argument '{ $arg }' darf nur einmal angegeben werden (siehe --help)
cli-usage-conflict = das Argument '{ $arg }' kann nicht zusammen mit '{ $other }' verwendet werden (siehe --help)
cli-usage-invalid-utf8 = mindestens ein Argument ist kein gültiges UTF-8 (siehe --help)
cli-usage-missing-arguments = diese erforderlichen Argumente fehlen: { $args } (siehe --help)
cli-usage-missing-subcommand = '{ $command }' braucht einen Unterbefehl, aber es wurde keiner angegeben (einer von: { $subcommands }) (siehe --help)

cli-usage-not-a-number = ungültiger Wert '{ $text }' für '{ $arg }': '{ $text }' ist keine Zahl (verwende Ziffern und einen '.' für Dezimalstellen) (siehe --help)
cli-usage-not-a-day = ungültiger Wert '{ $text }' für '{ $arg }': '{ $text }' ist kein Tag (erwartet: JJJJ-MM-TT) (siehe --help)
cli-usage-not-a-period = ungültiger Wert '{ $text }' für '{ $arg }': '{ $text }' ist kein Zeitraum (erwartet: day, week, month oder year) (siehe --help)
cli-usage-not-an-export-format = ungültiger Wert '{ $text }' für '{ $arg }': '{ $text }' ist kein Exportformat (erwartet: csv, json, hledger oder beancount) (siehe --help)
cli-usage-not-a-status = ungültiger Wert '{ $text }' für '{ $arg }': { core-invalid-status } (siehe --help)
cli-usage-not-a-whole-number = ungültiger Wert '{ $text }' für '{ $arg }': { $problem ->
        [empty] es wurde keine Zahl angegeben
        [large] die Zahl ist zu groß
        [small] die Zahl ist zu klein
       *[digit] das ist keine ganze Zahl
    } (siehe --help)
# The word before a usage error ("usage: unknown subcommand …").
cli-usage-label = Aufruf
