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

## `liveledger --help` (cli/help.rs): die Hilfezeile jedes Befehls und jeder Option.
## Optionen, Befehle, Wertnamen, Einstellungsschlüssel und YYYY-MM-DD bleiben, wie sie getippt werden.

cli-help-usage = Aufruf:
cli-help-commands = Befehle:
cli-help-arguments = Argumente:
cli-help-options = Optionen:
cli-help-default = Standard:
cli-help-about = Der Kern von LiveLedger: TikTok-LIVE-Geschenke, Diamanten, Guthaben und Buchhaltung über SQLite.
cli-help-db = Die LiveLedger-Datenbank (Standard: LIVELEDGER_DB, sonst der Datenordner der App)
cli-help-lang = Die Sprache der Ausgabe (en, es, pt-BR, id, tr, ar, vi, ja, de, fr); Standard: LC_ALL, LC_MESSAGES oder LANG, sonst die Einstellung der LiveLedger-Datenbank
cli-help-print-help = Hilfe anzeigen
cli-help-print-version = Version anzeigen
cli-help-session = Ein LIVE hinzufügen, bearbeiten, beenden oder löschen
cli-help-session-add = Ein LIVE hinzufügen; gibt seine ID aus
cli-help-session-add-start = Beginn (ISO 8601, 'YYYY-MM-DD HH:MM' in deiner Zeitzone, oder Epoch)
cli-help-session-add-end = Ende; weglassen bei einem LIVE, das noch läuft
cli-help-session-add-title = Titel
cli-help-session-add-peak-viewers = Höchste Zahl gleichzeitiger Zuschauer
cli-help-session-add-viewers = Verschiedene Zuschauer
cli-help-session-add-likes = Likes
cli-help-session-add-followers = Neue Follower
cli-help-session-add-diamonds = Für das LIVE gemeldete Diamanten ohne einzelne Geschenke
cli-help-session-add-notes = Notizen
cli-help-session-edit = Die Angaben eines LIVEs ersetzen
cli-help-session-edit-id = ID des LIVEs
cli-help-session-end = Ein laufendes LIVE als beendet markieren
cli-help-session-end-at = Wann (Standard: jetzt)
cli-help-session-delete = Ein LIVE und seine Geschenke löschen
cli-help-session-delete-force = Auch löschen, wenn aus seinen Diamanten Auszahlungen bezahlt wurden
cli-help-help = Diese Hilfe oder die Hilfe der angegebenen Unterbefehle anzeigen
cli-help-help-subcommand = Hilfe für die Unterbefehle anzeigen
cli-help-sessions = LIVEs mit ihren Einnahmen und Zahlen pro Stunde und pro Zuschauer auflisten
cli-help-sessions-json = JSON ausgeben (Dezimalzahlen als Text) statt einer Tabelle
cli-help-gift = Geschenke hinzufügen, löschen oder auflisten
cli-help-gift-add = Ein Geschenk hinzufügen; die Münzen kommen aus dem Katalog, außer --coins ist angegeben. Gibt seine ID aus
cli-help-gift-add-gift = Name des Geschenks, z. B. Rose
cli-help-gift-add-coins = Münzen, die ein solches Geschenk kostet (statt des Katalogs)
cli-help-gift-add-count = Wie viele
cli-help-gift-add-from = Absender
cli-help-gift-delete = Ein Geschenk löschen
cli-help-gift-delete-id = ID des Geschenks
cli-help-gift-list = Die Geschenke eines LIVEs auflisten
cli-help-withdraw = Eine Auszahlung von Diamanten erfassen
cli-help-withdraw-diamonds = Ausgezahlte Diamanten
cli-help-withdraw-at = Wann angefordert (Standard: jetzt)
cli-help-withdraw-fee = Gebühr in Geld
cli-help-withdraw-method = Auszahlungsmethode
cli-help-withdraw-status = pending, paid, failed oder cancelled
cli-help-withdraw-reference = Referenz der Auszahlung
cli-help-withdraw-force = Auch erfassen, wenn sie ungewöhnlich ist (unter dem Tagesminimum, über dem Tagesmaximum, in der Zukunft datiert oder vor dem ersten Diamanten)
cli-help-withdrawals = Auszahlungen auflisten, ihren Status ändern oder eine löschen
cli-help-withdrawals-list = Auszahlungen auflisten
cli-help-withdrawals-status = Den Status einer Auszahlung ändern
cli-help-withdrawals-status-id = ID der Auszahlung
cli-help-withdrawals-delete = Eine versehentlich erfasste Auszahlung löschen
cli-help-adjust = Das Guthaben um eine Zahl von Diamanten korrigieren, mit Grund
cli-help-adjust-diamonds = Hinzuzufügende Diamanten (negativ zum Abziehen)
cli-help-adjust-reason = Warum
cli-help-adjust-force = Auch erfassen, wenn das Guthaben dadurch unter null fällt
cli-help-reconcile = Das Diamanten-Guthaben eingeben, das TikTok zeigt; die Differenz wird als Korrektur erfasst
cli-help-reconcile-balance = Das Guthaben in deiner TikTok-Wallet, in Diamanten
cli-help-reconcile-reason = Warum sie abweichen, falls bekannt
cli-help-adjustments = Korrekturen des Guthabens auflisten
cli-help-days = Die eigenen Zahlen des TikTok LIVE Center pro Tag (aus seinem Download importiert) neben den Tagen der Aufzeichnungen, mit der Differenz; --book bucht einen Tag, den TikTok meldet, an dem die Aufzeichnungen aber kein LIVE haben
cli-help-days-book = TikToks Diamanten für diesen Tag (YYYY-MM-DD) als LIVE buchen; nur ein Tag ohne LIVE in den Aufzeichnungen. Für weitere Tage wiederholen
cli-help-insights = Was über deine LIVEs hinweg einbringt: Diamanten pro LIVE-Stunde nach Wochentag, Startstunde und Länge, was ein Zuschauer wert ist und die Stunden, die bis zum Minimum noch fehlen. Eine Zahl braucht 5 LIVEs dahinter
cli-help-insights-from = Erster lokaler Tag der betrachteten LIVEs (YYYY-MM-DD)
cli-help-insights-to = Letzter lokaler Tag
cli-help-insights-by = Der Tag, bis zu dem du das Minimum erreichen willst: sagt, wie viele LIVE-Stunden pro Woche das braucht (YYYY-MM-DD)
cli-help-rate = Kurse festlegen oder auflisten (Diamanten pro Münze, Geld pro Diamant, Grenzen)
cli-help-rate-set = Einen Kurs ab einem Tag hinzufügen (ersetzt einen vom selben Tag)
cli-help-rate-set-from = Erster Tag, ab dem er gilt (YYYY-MM-DD, deine Zeitzone)
cli-help-rate-set-diamonds-per-coin = Diamanten pro Münze Geschenkwert
cli-help-rate-set-money-per-diamond = Geld pro Diamant
cli-help-rate-set-currency = Währungscode, z. B. USD
cli-help-rate-set-min-withdrawal = Mindestauszahlung, in Geld
cli-help-rate-set-max-per-day = Höchstauszahlung pro Tag, in Geld
cli-help-rate-list = Kurse auflisten
cli-help-rate-delete = Einen Kurs löschen
cli-help-rate-delete-id = ID des Kurses
cli-help-rerate = Zeigen, welche LIVEs ein neuerer Kurs ändern würde, oder (--apply) sie auf ihn umstellen
cli-help-rerate-from = Erster lokaler Tag der umzustellenden LIVEs
cli-help-rerate-apply = Sie ändern (ohne das wird nur gezeigt, was sich ändern würde)
cli-help-rerate-force = Auch anwenden, wenn das Guthaben unter null fällt
cli-help-catalog = Den Geschenkkatalog auflisten oder bearbeiten
cli-help-catalog-list = Den Geschenkkatalog auflisten
cli-help-catalog-set = Ein Geschenk hinzufügen oder seinen Preis ändern
cli-help-catalog-set-name = Name des Geschenks
cli-help-catalog-set-coins = Münzen
cli-help-catalog-remove = Ein Geschenk entfernen
cli-help-settings = Einstellungen zeigen oder ändern (timezone, age_confirmed, payout_method, session_gap_minutes, setup_done: die Fragen des ersten Tags in der App beantwortet oder übersprungen)
cli-help-settings-show = Einstellungen zeigen
cli-help-settings-set = Eine Einstellung ändern
cli-help-settings-set-key = timezone, age_confirmed, payout_method, session_gap_minutes, setup_done oder language
cli-help-settings-set-value = Der neue Wert
cli-help-summary = Guthaben, sein Wert, der Fortschritt zur Mindestauszahlung, Bereitschaft und voraussichtliches Datum
cli-help-report = Eine Abrechnung nach Tag, Woche, Monat oder Jahr
cli-help-report-by = Der Zeitraum, nach dem gruppiert wird
cli-help-report-from = Der erste gezählte lokale Tag (YYYY-MM-DD); was davor lag, ist das Anfangsguthaben
cli-help-report-to = Der letzte gezählte lokale Tag (YYYY-MM-DD)
cli-help-import = Eine CSV-Datei importieren: ein Geschenkprotokoll, eine Geschenktabelle, eine LIVE-Übersicht oder einen LiveLedger-Export
cli-help-import-file = Die Datei: CSV, eine Tabellenkalkulation (.xlsx, .xls, .ods), JSON oder JSON Lines mit Geschenkereignissen oder TikToks Datenexport (.json oder .zip)
cli-help-import-format = auto, liveledger, gift-events, gift-table, session-summary, json-events oder tiktok-data
cli-help-import-dry-run = Melden, was hinzugefügt, übersprungen und abgelehnt würde, ohne etwas zu schreiben
cli-help-import-map = Spaltenzuordnung, zusätzlich zu dem, was die Kopfzeile sagt: Feld=Spalte,… (Felder: date, time, event, gift, gift_id, coins, count, sender, nickname, session, repeat_end, gift_type, event_id, diamonds, duration, end, viewers, peak_viewers, followers, likes, gifters, rewards, title)
cli-help-import-skip-rows = Zu überspringende Zeilen über der Kopfzeile (Standard: die Kopfzeile wird unter den ersten 20 Zeilen gesucht)
cli-help-import-sheet = Das zu lesende Blatt einer Tabellenkalkulation (Standard: das erste mit Daten)
cli-help-import-skip-lines = Die Datenzeilen auf diesen Zeilen auslassen (z. B. die fehlerhaften Zeilen, die eine Ablehnung nannte: 4,9,12); der Rest wird ganz oder gar nicht importiert
cli-help-import-mapping-name = Die --map unter diesem Namen speichern oder eine gespeicherte verwenden
cli-help-import-gap-minutes = Minuten ohne Geschenk, nach denen ein neues LIVE beginnt (Standard: die Einstellung)
cli-help-imports = Frühere Importe auflisten oder einen rückgängig machen
cli-help-imports-list = Frühere Importe auflisten
cli-help-imports-undo = Einen Import als Ganzes rückgängig machen
cli-help-imports-undo-id = ID des Imports
cli-help-imports-undo-force = Auch rückgängig machen, wenn aus seinen Diamanten Auszahlungen bezahlt wurden
cli-help-export = Die Aufzeichnungen als CSV, JSON, hledger-Journal oder beancount-Datei exportieren
cli-help-export-format = csv, json, hledger oder beancount
cli-help-export-out = In diese Datei schreiben statt auf die Standardausgabe
cli-help-backup = Eine konsistente Kopie der LiveLedger-Datenbank schreiben (sicher, während die App offen ist)
cli-help-backup-file = Wohin sie geschrieben wird
cli-help-restore = Die LiveLedger-Datenbank durch eine Sicherung ersetzen, nachdem die Sicherung geprüft wurde
cli-help-restore-file = Die Sicherungsdatei
cli-help-demo = Demodaten laden oder entfernen
cli-help-demo-load = Die Demodaten laden (nur in eine leere LiveLedger-Datenbank)
cli-help-demo-load-if-empty = Nichts tun, erfolgreich, wenn die LiveLedger-Datenbank schon Einträge hat
cli-help-demo-clear = Alle LIVEs, Geschenke, Auszahlungen und Korrekturen entfernen (Kurse, Katalog und Einstellungen bleiben)
cli-help-demo-clear-yes = Bestätigen
cli-help-trash = Gelöschte LIVEs, Geschenke und Auszahlungen, 30 Tage aufbewahrt: sie auflisten oder eines zurückholen
cli-help-trash-list = Auflisten, was gelöscht wurde und noch zurückgeholt werden kann, das Neueste zuerst
cli-help-trash-restore = Zurückholen, was ein Löschen entfernt hat
cli-help-trash-restore-id = Die ID des Papierkorbeintrags (aus `trash list` oder vom Löschen ausgegeben)
cli-help-trash-restore-force = Auch zurückholen, wenn das Guthaben unter null fallen würde
cli-help-capture = Geschenke live aus einem Tool auf diesem Computer mitschreiben: ein WebSocket (standardmäßig der von TikFinity) oder eine Protokolldatei, an die es anhängt. Gibt eine Zeile pro gespeichertem Geschenk aus. Strg-C beendet: noch laufende Serien werden mit ihrer höchsten Anzahl geschrieben und markiert; das LIVE bleibt offen (es endet nach der Stille oder mit `session end`), und ein Neustart setzt es fort
cli-help-capture-ws = Der zu lesende WebSocket (Standard: der von TikFinity, ws://localhost:21213/)
cli-help-capture-follow = Ein CSV-Protokoll von Geschenkereignissen oder eine JSON-Lines-Datei, an die ein anderes Tool anhängt
cli-help-capture-allow-remote-host = Bestätigt einen --ws-Host, der nicht dieser Computer ist
cli-help-capture-silence-minutes = Minuten ohne Geschenk, die das LIVE beenden und eine Serie abschließen (Standard: session_gap_minutes der LiveLedger-Datenbank, der Abstand, nach dem ein Import LIVEs gruppiert)
cli-help-capture-dead-after = Sekunden, die eine WebSocket-Quelle nichts senden darf (kein Frame, keine Antwort auf einen Ping), bevor die Aufzeichnung neu verbindet
cli-help-capture-json = Jedes gespeicherte Geschenk als eine Zeile JSON ausgeben
