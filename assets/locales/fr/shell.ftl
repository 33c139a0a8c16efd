# Le cadre de l'app : navigation, chargement et échecs de toute vue.

nav-label = Vues
nav-dashboard = Tableau de bord
nav-insights = Analyses
nav-sessions = LIVE
nav-live = Comptage en direct
nav-import = Importer
nav-withdrawals = Retraits
nav-statements = Relevés
nav-days = Jours TikTok
nav-settings = Paramètres
nav-shortcut = { $title } ({ $key })
view-loading = Chargement…
view-failed = Une erreur s'est produite

## Unités.

coins-count = { $count ->
    [one] { $count } pièce
   *[other] { $count } pièces
}
diamonds-count = { $count ->
    [one] { $shown } diamant
   *[other] { $shown } diamants
}
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
