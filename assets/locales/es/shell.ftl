# El marco de la app: navegación, carga y fallos de cualquier vista.

nav-label = Vistas
nav-dashboard = Panel
nav-insights = Análisis
nav-sessions = Directos
nav-live = Conteo en vivo
nav-import = Importar
nav-withdrawals = Retiros
nav-statements = Extractos
nav-days = Días de TikTok
nav-settings = Ajustes
nav-shortcut = { $title } ({ $key })
view-loading = Cargando…
view-failed = Algo salió mal

## Unidades.

coins-count = { $count ->
    [one] { $count } moneda
   *[other] { $count } monedas
}
diamonds-count = { $count ->
    [one] { $shown } diamante
   *[other] { $shown } diamantes
}
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
