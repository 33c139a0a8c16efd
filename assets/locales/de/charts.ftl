# Diagramme: Achsentitel, Legenden, Tooltips, die Zusammenfassung für
# Screenreader und der Schalter für die Zahlen als Tabelle. Die Zeit läuft in
# jeder Sprache von links nach rechts.

charts-show-table = Zahlen als Tabelle zeigen
charts-hide-table = Tabelle ausblenden
charts-none-yet = Noch keine Zahlen.

## Achsentitel, Legenden und Spalten

charts-diamonds = Diamanten
charts-value = Wert
charts-day = Tag
charts-week = Woche
charts-month = Monat
charts-balance = Guthaben (Diamanten)
charts-withdrawn = Ausgezahlt (Diamanten)
charts-withdrawn-money = Ausgezahlt (Geld)
charts-live = LIVE
charts-title = Titel
charts-time = Uhrzeit
charts-comments = Kommentare
charts-per-hour = { $currency } pro LIVE-Stunde
charts-per-1k = { $currency } pro 1.000 Zuschauer

## Verdiente Diamanten pro Tag, Woche oder Monat

charts-earned-summary-day = { $count ->
    [one] Balkendiagramm der verdienten Diamanten pro Tag, { $count } Tag von { $from } bis { $to }. Höchstwert: { $best } am { $at }.
   *[other] Balkendiagramm der verdienten Diamanten pro Tag, { $count } Tage von { $from } bis { $to }. Höchstwert: { $best } am { $at }.
}
charts-earned-summary-week = { $count ->
    [one] Balkendiagramm der verdienten Diamanten pro Woche, { $count } Woche von { $from } bis { $to }. Höchstwert: { $best } in der Woche { $at }.
   *[other] Balkendiagramm der verdienten Diamanten pro Woche, { $count } Wochen von { $from } bis { $to }. Höchstwert: { $best } in der Woche { $at }.
}
charts-earned-summary-month = { $count ->
    [one] Balkendiagramm der verdienten Diamanten pro Monat, { $count } Monat von { $from } bis { $to }. Höchstwert: { $best } im { $at }.
   *[other] Balkendiagramm der verdienten Diamanten pro Monat, { $count } Monate von { $from } bis { $to }. Höchstwert: { $best } im { $at }.
}
charts-earned-caption-day = Diamanten pro Tag
charts-earned-caption-week = Diamanten pro Woche
charts-earned-caption-month = Diamanten pro Monat

## Das Guthaben am Ende jedes Tages

charts-balance-summary = { $count ->
    [one] Liniendiagramm des Diamantenguthabens am Ende von { $count } Tag, von { $from } bis { $to }: { $now } am Ende; Höchststand { $high } am { $at }.
   *[other] Liniendiagramm des Diamantenguthabens am Ende jedes Tages, { $count } Tage von { $from } bis { $to }: { $now } am Ende; Höchststand { $high } am { $at }.
}
charts-balance-marks = { $count ->
    [one] { $count } Tag mit einer Auszahlung, markiert.
   *[other] { $count } Tage mit einer Auszahlung, markiert.
}
charts-tip-balance = Guthaben: { $diamonds }
charts-tip-withdrawn = Ausgezahlt: { $diamonds }
charts-tip-withdrawn-money = Ausgezahlt: { $diamonds } ({ $money })

## Was jedes LIVE eingebracht hat

charts-per-live-summary = { $count ->
    [one] Streudiagramm von { $count } LIVE von { $from } bis { $to }: was es in { $currency } pro LIVE-Stunde (linke Achse) und pro 1.000 Zuschauer (rechte Achse) eingebracht hat. Bester Stundenwert: { $best }, { $at }.
   *[other] Streudiagramm von { $count } LIVEs von { $from } bis { $to }: was jedes in { $currency } pro LIVE-Stunde (linke Achse) und pro 1.000 Zuschauer (rechte Achse) eingebracht hat. Bester Stundenwert: { $best }, { $at }.
}
charts-per-live-caption = { $currency } pro LIVE-Stunde und { $currency } pro 1.000 Zuschauer, je LIVE
charts-tip-per-hour = { $money } pro LIVE-Stunde
charts-tip-per-1k = { $money } pro 1.000 Zuschauer

## Ein LIVE im Zeitverlauf, in Schritten von $count Minuten

charts-timeline-summary = { $count ->
    [one] Balkendiagramm der Diamanten eines LIVE pro Minute von { $from } bis { $to }, mit den Kommentaren als Linie (rechte Achse). Meiste Diamanten: { $best } um { $at }.
   *[other] Balkendiagramm der Diamanten eines LIVE je { $count } Minuten von { $from } bis { $to }, mit den Kommentaren als Linie (rechte Achse). Meiste Diamanten: { $best } um { $at }.
}
charts-timeline-diamonds = { $count ->
    [one] Diamanten pro Minute
   *[other] Diamanten je { $count } Minuten
}
charts-timeline-comments = { $count ->
    [one] Kommentare pro Minute
   *[other] Kommentare je { $count } Minuten
}
charts-timeline-caption = { $count ->
    [one] Diamanten und Kommentare pro Minute
   *[other] Diamanten und Kommentare je { $count } Minuten
}
charts-comments-count = { $count ->
    [one] { $count } Kommentar
   *[other] { $count } Kommentare
}
