# TikTok-Tage: die eigenen Tageszahlen des TikTok LIVE Center neben den Tagen
# deiner Aufzeichnungen, und das Buchen eines Tages, den TikTok meldet, an dem
# deine Aufzeichnungen aber kein LIVE haben.

days-title = TikTok-Tage

## Noch keine Dateien aus dem TikTok LIVE Center

days-empty-title = Noch keine Tage aus dem TikTok LIVE Center
days-empty-text = Öffne im TikTok LIVE Center deine LIVE-Analysen und lade sie herunter: vier CSV-Dateien (Revenue, Activity, Viewers, Engagement), eine Zeile pro Tag. Importiere eine davon hier; LiveLedger bewahrt sie als TikToks Zahlen neben deinen Aufzeichnungen auf und rechnet sie nie in dein Guthaben ein.
days-empty-import = TikToks Dateien importieren

## TikToks Zahlen neben deinen Aufzeichnungen

days-beside-title = TikToks Zahlen neben deinen Aufzeichnungen
days-beside-text = Die eigenen Tageszahlen des TikTok LIVE Center aus den importierten Dateien. Sie sind TikToks Angaben, stehen neben deinen Aufzeichnungen und werden nie deinem Guthaben zugerechnet. Der Tag in deinen Aufzeichnungen ist der Tag, an dem jedes LIVE begann, in deiner Zeitzone.
days-total = { $count ->
    [one] TikTok meldet { $tiktok } an diesen Tagen; deine Aufzeichnungen haben { $ledger }. { $count } Tag weicht ab.
   *[other] TikTok meldet { $tiktok } an diesen Tagen; deine Aufzeichnungen haben { $ledger }. { $count } Tage weichen ab.
}
days-book-all = { $count ->
    [one] Den { $count } Tag ohne LIVE buchen ({ $diamonds })
   *[other] Alle { $count } Tage ohne LIVE buchen ({ $diamonds })
}
days-book-one = Diesen Tag buchen
days-what-differs = Was abweicht

## Spalten und Status

days-col-day = Tag
days-col-tiktok = TikTok
days-col-ledger = Aufzeichnungen
days-col-difference = Differenz
days-col-lives = LIVEs
days-col-live-time = LIVE-Zeit
days-col-viewers = Einzelne Zuschauer
days-col-likes = Likes
days-col-status = Status
days-col-actions = Aktionen
days-status-matches = Gleich
days-status-missing = Weniger erfasst
days-status-extra = Mehr erfasst
days-status-no-lives = Kein LIVE
days-status-no-tiktok-diamonds = Keine TikTok-Diamanten

## Was der Vergleich eines Tages sagt

days-sentence-no-diamonds = { $count ->
    [one] TikToks Dateien nennen für { $day } keine Diamanten; deine Aufzeichnungen haben { $ledger } aus { $count } LIVE.
   *[other] TikToks Dateien nennen für { $day } keine Diamanten; deine Aufzeichnungen haben { $ledger } aus { $count } LIVEs.
}
days-sentence-not-listed = { $count ->
    [one] TikToks Dateien führen den { $day } nicht auf; deine Aufzeichnungen haben { $ledger } aus { $count } LIVE.
   *[other] TikToks Dateien führen den { $day } nicht auf; deine Aufzeichnungen haben { $ledger } aus { $count } LIVEs.
}
days-sentence-same = TikTok meldet { $tiktok } am { $day }; deine Aufzeichnungen haben genauso viele.
days-sentence-missing = TikTok meldet { $tiktok } am { $day }; deine Aufzeichnungen haben { $ledger } ({ $difference } fehlen).
days-sentence-extra = TikTok meldet { $tiktok } am { $day }; deine Aufzeichnungen haben { $ledger } ({ $difference } mehr als TikTok).
days-sentence-no-lives = TikTok meldet { $tiktok } am { $day }; deine Aufzeichnungen haben an diesem Tag kein LIVE.

## Tage mit TikToks Zahlen buchen

days-book-title = { $count ->
    [one] Diesen Tag mit TikToks Zahl buchen?
   *[other] { $count } Tage mit TikToks Zahlen buchen?
}
days-book-line = { $day }: ein LIVE mit TikToks { $diamonds }
days-book-effect = Dein Guthaben wächst um { $diamonds }. Gebucht werden nur Tage, an denen deine Aufzeichnungen kein LIVE haben.
days-book-confirm = { $count ->
    [one] Tag buchen
   *[other] Tage buchen
}
days-booked = { $count ->
    [one] { $count } Tag gebucht: { $diamonds }
   *[other] { $count } Tage gebucht: { $diamonds }
}
days-undo = Rückgängig
days-unbooked = Die gebuchten Tage wurden wieder entfernt
