# Einblicke („Was sich lohnt“): was über alle LIVEs hinweg einbringt. Jeder
# Wert beruht auf einer Zahl von LIVEs (oder TikTok-Tagen); darunter steht,
# dass es noch zu wenige sind.

insights-title = Was sich lohnt

## Ein Wert und seine Stichprobe.

insights-not-enough = noch zu wenige LIVEs ({ $n } von { $min })
insights-sample-lives = ({ $count ->
    [one] { $count } LIVE
   *[other] { $count } LIVEs
})
insights-sample-days = ({ $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
})
insights-sample-weeks = ({ $count ->
    [one] { $count } Woche
   *[other] { $count } Wochen
})
insights-percent = { $value } %

## Zeitraum.

insights-range-from = Von { $date }
insights-range-to = bis { $date }
insights-from-label = Von
insights-to-label = Bis
insights-show = Anzeigen
insights-all-lives = Alle LIVEs
insights-looked-at = { $count ->
    [one] { $count } LIVE
   *[other] { $count } LIVEs
} ausgewertet · Mediane · ein Wert braucht { $min } LIVEs

## Noch keine LIVEs.

insights-empty-title = Noch keine LIVEs zum Auswerten
insights-empty-text = Einblicke vergleichen deine LIVEs miteinander: die besten Zeiten zum LIVE-Gehen, welche Länge sich lohnt, was ein Zuschauer wert ist und wer schenkt. Jeder Wert braucht { $min } LIVEs von mindestens 15 Minuten.
insights-add-live = LIVE hinzufügen
insights-import-lives = LIVEs importieren

## Werde ich pro Aufruf bezahlt?

insights-per-view-title = Werde ich pro Aufruf bezahlt?
insights-per-view-answer = Nein. TikTok zahlt für Geschenke, nicht für Aufrufe. Was ein Zuschauer in deinen eigenen LIVEs wert war:
insights-per-viewer = Diamanten pro Zuschauer
insights-per-1000-viewers = Diamanten pro 1.000 Zuschauer
insights-money-per-1000-viewers = { $currency } pro 1.000 Zuschauer
insights-per-hour-same-lives = Diamanten pro LIVE-Stunde, dieselben LIVEs
insights-per-1000-views-days = Pro 1.000 Aufrufe, aus den Tagen des LIVE Centers von TikTok
insights-per-view-note = Hier zählen LIVEs, deren Zuschauer eingegeben, importiert oder erfasst wurden.

## Wann du LIVE gehst.

insights-when-title = Wann du LIVE gehst
insights-when-note = Jede Zelle: der Median der Diamanten pro LIVE-Stunde der LIVEs, die dann begannen, und (klein) wie viele LIVEs. Eine Zelle mit weniger als { $min } LIVEs zeigt nur ihre Anzahl.
insights-no-lives-in-range = Keine LIVEs in diesem Zeitraum.
insights-week-caption = Median der Diamanten pro LIVE-Stunde nach Wochentag und Startstunde (deine Zeitzone), mit der Zahl der LIVEs je Zelle
insights-week-day = Tag
insights-cell-few = { $day } { $hour }: noch zu wenige LIVEs ({ $n } von { $min })
insights-cell = { $day } { $hour }: { $diamonds } pro Stunde, { $count ->
    [one] { $count } LIVE
   *[other] { $count } LIVEs
}

## Wie lange.

insights-how-long = Wie lange
insights-lengths-caption = Median der Diamanten nach LIVE-Dauer: wo mehr Zeit sich nicht mehr lohnt
insights-col-length = LIVE-Dauer
insights-col-per-hour = Diamanten pro LIVE-Stunde
insights-col-per-live = Diamanten pro LIVE
insights-band-under = unter { $to }
insights-band-between = { $from } bis { $to }
insights-band-longer = { $from } und länger

## Publikum und Geschenke.

insights-room-title = Publikum und Geschenke
insights-room-empty = Die Live-Erfassung zählt Likes, Kommentare, Beitritte und neue Follower pro Minute, solange sie läuft (nie die Worte im Chat). Erfasse ein paar LIVEs oder importiere die Tagesdateien des LIVE Centers von TikTok, dann zeigt dies, wie sich deine Diamanten mit dem Publikum bewegt haben.
insights-room-counted = Die Live-Erfassung hat das Publikum in { $count ->
    [one] { $count } LIVE
   *[other] { $count } LIVEs
} gezählt: { $comments } Kommentare und { $likes } Likes pro Minute (Mediane).
insights-split-comments = Bei mehr als { $cut } Kommentaren pro Minute: { $above } Diamanten pro LIVE-Stunde; bei höchstens so vielen: { $below }.
insights-split-likes = Bei mehr als { $cut } Likes pro Minute: { $above } Diamanten pro LIVE-Stunde; bei höchstens so vielen: { $below }.
insights-split-followers = Bei mehr als { $cut } neuen Followern pro Stunde: { $above } Diamanten pro LIVE-Stunde; bei höchstens so vielen: { $below }.
insights-split-days-likes = Bei mehr als { $cut } Likes pro LIVE-Minute an den Tagen des LIVE Centers von TikTok: { $above } Diamanten pro LIVE-Stunde; bei höchstens so vielen: { $below }.
insights-split-comments-few = Nach Kommentaren pro Minute: noch zu wenige LIVEs auf jeder Seite (bisher { $count ->
    [one] { $count } LIVE
   *[other] { $count } LIVEs
}; nötig sind mindestens { $min } auf jeder Seite).
insights-split-likes-few = Nach Likes pro Minute: noch zu wenige LIVEs auf jeder Seite (bisher { $count ->
    [one] { $count } LIVE
   *[other] { $count } LIVEs
}; nötig sind mindestens { $min } auf jeder Seite).
insights-split-followers-few = Nach neuen Followern pro Stunde: noch zu wenige LIVEs auf jeder Seite (bisher { $count ->
    [one] { $count } LIVE
   *[other] { $count } LIVEs
}; nötig sind mindestens { $min } auf jeder Seite).
insights-split-days-likes-few = Nach Likes pro LIVE-Minute an den Tagen des LIVE Centers von TikTok: noch zu wenige Tage auf jeder Seite (bisher { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}; nötig sind mindestens { $min } auf jeder Seite).
insights-cause = Das zeigt, was zusammen vorkam, nicht was es verursacht hat: Ein lebhafter Chat kann Geschenke bringen, oder Geschenke bringen einen lebhaften Chat.

## Ein LIVE Minute für Minute.

insights-timeline-title = Ein LIVE Minute für Minute
insights-timeline-pick = Angezeigtes LIVE
insights-timeline-live = LIVE { $pick }
insights-timeline-minutes = { $count ->
    [one] { $count } Minute mit Geschenken oder Zählungen.
   *[other] { $count } Minuten mit Geschenken oder Zählungen.
}
insights-timeline-uncounted = Die Live-Erfassung hat in diesem LIVE das Publikum nicht gezählt: Nur die Geschenke werden gezeigt.
insights-timeline-every-minute = Jede Minute, mit Likes, neuen Followern und Zuschauern
insights-col-minute = Minute
insights-col-diamonds = Diamanten
insights-col-comments = Kommentare
insights-col-likes = Likes
insights-col-new-followers = Neue Follower
insights-col-viewers = Zuschauer
insights-timeline-note = Balken: Diamanten. Linie: Kommentare, wo die Live-Erfassung sie gezählt hat. Ein langes LIVE wird in Schritten von einigen Minuten gezeichnet.

## Plan.

insights-plan-title = Plan
insights-plan-reached = Du hast die Mindestauszahlung erreicht.
insights-plan-wait = Noch { $diamonds }. Die nötigen Stunden erscheinen nach { $min } LIVEs.
insights-plan-hours = Noch { $diamonds }: Bei deinem Median von { $perHour } pro LIVE-Stunde ({ $lives ->
    [one] letztes LIVE
   *[other] letzte { $lives } LIVEs
}) brauchst du noch etwa { $hours } { $count ->
    [one] Stunde
   *[other] Stunden
} LIVE.
insights-plan-week = Diese Woche: { $thisWeek } { $count ->
    [one] Diamant
   *[other] Diamanten
}; dein Wochendurchschnitt in den Wochen davor: { $average }.
insights-plan-by = Erreichen bis { $date }
insights-plan-by-label = Mindestauszahlung erreichen bis
insights-plan-button = Planen
insights-plan-per-week = Etwa { $hours } { $count ->
    [one] Stunde
   *[other] Stunden
} LIVE pro Woche bis { $day }.
insights-plan-passed = Dieser Tag ist schon vorbei.

## Wer schenkt.

insights-who-title = Wer schenkt
insights-gifters-per-live = Schenkende pro LIVE
insights-returning-gifters = Wiederkehrende Schenkende
insights-top-share = { $count ->
    [one] Dein Top-Unterstützer brachte
   *[other] Deine Top-{ $count }-Unterstützer brachten
}
insights-top-share-value = { $percent } der Geschenk-Diamanten
insights-no-senders = Keine Geschenke mit Absendernamen in diesen LIVEs.
insights-supporters-caption = Top-Unterstützer in diesen LIVEs (nur in deiner eigenen Ansicht; Exporte lassen Namen weg, außer du willst es)
insights-col-supporter = Unterstützer
insights-col-lives = LIVEs
insights-col-first-gift = Erstes Geschenk
insights-col-last-gift = Letztes Geschenk
