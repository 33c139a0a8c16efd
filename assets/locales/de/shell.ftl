# Der Rahmen der App: Navigation, Laden und Fehler jeder Ansicht.

nav-label = Ansichten
nav-dashboard = Übersicht
nav-insights = Einblicke
nav-sessions = LIVEs
nav-live = Live-Zählung
nav-import = Importieren
nav-withdrawals = Auszahlungen
nav-statements = Abrechnungen
nav-days = TikTok-Tage
nav-settings = Einstellungen
nav-shortcut = { $title } ({ $key })
view-loading = Wird geladen …
view-failed = Etwas ist schiefgelaufen

## Einheiten.

coins-count = { $count ->
    [one] { $count } Münze
   *[other] { $count } Münzen
}
diamonds-count = { $count ->
    [one] { $shown } Diamant
   *[other] { $shown } Diamanten
}
duration-minutes = { $minutes } Min.
duration-hours = { $hours } Std.
duration-hours-minutes = { $hours } Std. { $minutes } Min.
