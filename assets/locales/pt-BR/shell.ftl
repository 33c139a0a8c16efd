# A moldura do app: navegação, carregamento e falhas de qualquer tela.

nav-label = Telas
nav-dashboard = Painel
nav-insights = Análises
nav-sessions = Lives
nav-live = Contagem ao vivo
nav-import = Importar
nav-withdrawals = Saques
nav-statements = Extratos
nav-days = Dias do TikTok
nav-settings = Configurações
nav-shortcut = { $title } ({ $key })
view-loading = Carregando…
view-failed = Algo deu errado

## Unidades.

coins-count = { $count ->
    [one] { $count } moeda
   *[other] { $count } moedas
}
diamonds-count = { $count ->
    [one] { $shown } diamante
   *[other] { $shown } diamantes
}
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
