# Las palabras propias de la línea de comandos: encabezados de tablas,
# celdas, confirmaciones, los informes de días y de análisis, las líneas de
# estado del conteo en vivo y los rechazos propios de la CLI. Las cifras ya
# llegan escritas en el idioma (como texto); $count solo elige el plural.
# Los comandos, opciones y valores que se vuelven a escribir (`--apply`,
# `liveledger restore FILE`, `--book DAY`) no cambian en ningún idioma.

## Encabezados de tablas.

cli-col-id = id
cli-col-deleted = eliminado
cli-col-what = qué
cli-col-start = inicio
cli-col-hours = horas
cli-col-title = título
cli-col-gifts = regalos
cli-col-diamonds = diamantes
cli-col-value = valor
cli-col-viewers = espectadores
cli-col-diamonds-per-hour = diamantes/h
cli-col-per-1k-viewers = por 1000 espectadores
cli-col-at = hora
cli-col-gift = regalo
cli-col-coins = monedas
cli-col-count = cantidad
cli-col-sender = de
cli-col-note = nota
cli-col-requested = solicitado
cli-col-gross = bruto
cli-col-fee = comisión
cli-col-net = neto
cli-col-currency = moneda
cli-col-method = método
cli-col-status = estado
cli-col-reason = motivo
cli-col-effective = desde
cli-col-diamonds-per-coin = diamantes/moneda
cli-col-money-per-diamond = dinero/diamante
cli-col-min-withdrawal = retiro mínimo
cli-col-max-per-day = máx./día
cli-col-session = directo
cli-col-day = día
cli-col-rate = tasa
cli-col-imported = importado
cli-col-file = archivo
cli-col-format = formato
cli-col-added = añadidas
cli-col-skipped = omitidas
cli-col-sessions = directos
cli-col-period = periodo
cli-col-withdrawn = retirado
cli-col-fees = comisiones
cli-col-net-paid = neto cobrado
cli-col-adjusted = corregido
cli-col-balance = saldo
cli-col-tiktok = TikTok
cli-col-ledger = registro
cli-col-difference = diferencia
cli-col-lives = directos

## Celdas.

cli-cell-live = en directo
cli-cell-estimated = estimado
cli-cell-none = ninguno
cli-rerate-from = desde el { $day }
cli-settings-database = base de datos

## Confirmaciones.

cli-restored = { $ledger } restaurado desde { $backup }: directos: { $sessions }, filas de regalos: { $gifts }, retiros: { $withdrawals }
cli-restored-kept = el registro tal como estaba se guarda en { $copy }
cli-cleared = vaciado; el registro tal como estaba se guarda en { $copy } (liveledger restore FILE lo recupera)
cli-deleted = eliminado: { $label }; `liveledger trash restore { $undo }` lo devuelve
cli-put-back = devuelto: { $label }
cli-trash-empty = no se eliminó nada en { $count ->
        [one] el último día
       *[other] los últimos { $days } días
    }
cli-backed-up = copia de seguridad en { $file }
cli-undone = importación { $id } deshecha: filas de regalos quitadas: { $gifts }, directos quitados: { $sessions }
cli-demo-loaded = datos de demostración cargados: directos: { $sessions }, filas de regalos, retiros y ajustes: { $rows }
cli-in-balance = cuadra: { $count ->
        [one] { $balance } diamante
       *[other] { $balance } diamantes
    }
cli-reconciled = ajuste { $id }: { $count ->
        [one] { $difference } diamante
       *[other] { $difference } diamantes
    } (el registro decía { $ledger }, TikTok dice { $wallet })
cli-rate-not-applied = nota: { $count ->
        [one] { $stay } directo desde el { $from } conserva
       *[other] { $stay } directos desde el { $from } conservan
    } la tasa con la que se registraron; `liveledger rerate --from { $from }` muestra qué cambiaría al moverlos
cli-reading = leyendo… { $percent } %
cli-rerate-none = cada directo ya tiene la tasa vigente en su día
cli-rerated = { $count ->
        [one] { $sessions } directo revalorizado
       *[other] { $sessions } directos revalorizados
    }
cli-rerate-preview = no se cambió nada; añade --apply para revalorizar { $count ->
        [one] este directo ({ $sessions })
       *[other] estos { $sessions } directos
    }
cli-import-warning = importación { $id }: { $warning }

## Extractos.

cli-statement-total = total
cli-statement-opening = saldo antes del primer día: { $balance }
cli-statement-rounding = redondeo: { $rounding } (cada fila se redondea por separado; el total redondea la suma exacta)
cli-statement-rates = Los valores usan la tasa con la que se registró cada directo; el dinero se redondea a 0,01, la mitad alejándose de cero.

## Los días de TikTok junto al registro.

cli-day-status-same = igual
cli-day-status-fewer = el registro tiene menos
cli-day-status-more = el registro tiene más
cli-day-status-bookable = sin directo: se puede anotar
cli-day-status-no-live = sin directo
cli-day-status-no-tiktok = sin diamantes de TikTok
cli-day-matches = TikTok informa { $count ->
        [one] { $tiktok } diamante
       *[other] { $tiktok } diamantes
    } el { $on }; tu registro tiene lo mismo
cli-day-missing = TikTok informa { $count ->
        [one] { $tiktok } diamante
       *[other] { $tiktok } diamantes
    } el { $on }; tu registro tiene { $ledger } (faltan { $difference })
cli-day-extra = TikTok informa { $count ->
        [one] { $tiktok } diamante
       *[other] { $tiktok } diamantes
    } el { $on }; tu registro tiene { $ledger } ({ $difference } más que TikTok)
cli-day-no-lives-bookable = TikTok informa { $count ->
        [one] { $tiktok } diamante
       *[other] { $tiktok } diamantes
    } el { $on }; tu registro no tiene ningún directo ese día (anótalo con --book { $day })
cli-day-no-lives = TikTok informa { $count ->
        [one] { $tiktok } diamante
       *[other] { $tiktok } diamantes
    } el { $on }; tu registro no tiene ningún directo ese día
cli-day-no-diamonds = los archivos de TikTok no dan diamantes para el { $on }; tu registro tiene { $ledger } de { $count ->
        [one] { $lives } directo
       *[other] { $lives } directos
    }
cli-day-not-listed = los archivos de TikTok no incluyen el { $on }; tu registro tiene { $ledger } de { $count ->
        [one] { $lives } directo
       *[other] { $lives } directos
    }
cli-days-none = Todavía no hay días del TikTok LIVE Center. Descarga tus análisis de LIVE en el TikTok LIVE Center (Ingresos, Actividad, Espectadores, Interacción) e importa los archivos: liveledger import FILE
cli-days-total = TikTok informa { $count ->
        [one] { $tiktok } diamante
       *[other] { $tiktok } diamantes
    } en sus días; tu registro tiene { $ledger } en ellos. Las cifras de TikTok nunca se suman al saldo.
cli-days-bookable = { $count ->
        [one] { $days } día sin directo se puede anotar
       *[other] { $days } días sin directo se pueden anotar
    } con las cifras de TikTok ({ $diamonds } diamantes): liveledger days --book DAY
cli-booked-day = { $day } anotado: directo { $session } con { $count ->
        [one] { $diamonds } diamante de TikTok
       *[other] { $diamonds } diamantes de TikTok
    }
cli-booked-total = el saldo creció { $count ->
        [one] { $diamonds } diamante
       *[other] { $diamonds } diamantes
    }; deshazlo con: liveledger imports undo { $import }

## Análisis.

cli-figure = { $value } ({ $count ->
        [one] { $lives } directo
       *[other] { $lives } directos
    })
cli-figure-none = aún no hay suficientes directos ({ $lives } de { $needed })
cli-weekday = { $day ->
        [mon] lun
        [tue] mar
        [wed] mié
        [thu] jue
        [fri] vie
        [sat] sáb
       *[sun] dom
    }
cli-insights-none = Aún no hay directos: registra o importa algunos; cada cifra necesita 5 directos detrás.
cli-insights-looked = { $count ->
        [one] { $lives } directo analizado
       *[other] { $lives } directos analizados
    }. Medianas; una cifra necesita { $needed } directos.
cli-insights-best = Mejores horas de inicio (diamantes por hora de directo):
cli-insights-best-none = aún no hay suficientes directos en un mismo día y hora
cli-insights-lengths = Por duración (diamantes por hora de directo | por directo):
cli-insights-band = { $from }–{ $to } min
cli-insights-band-open = { $from }+ min
cli-insights-per-viewer = Por espectador: { $viewer } diamantes; por 1000 espectadores: { $thousand } diamantes (por hora de los mismos directos: { $hour }). TikTok paga por regalo, no por visualización.
cli-insights-value-per-1000 = { $currency } por 1000 espectadores: { $figure }
cli-insights-views-by-day = Según los días del TikTok LIVE Center: { $diamonds } diamantes por 1000 visualizaciones ({ $count ->
        [one] { $days } día
       *[other] { $days } días
    }).
cli-insights-reached = Mínimo alcanzado.
cli-insights-hours-to-go = Unas { $count ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } más en directo para alcanzar el mínimo (faltan { $diamonds } diamantes, a { $pace } por hora de directo).
cli-insights-hours-unknown = Faltan { $diamonds } diamantes; las horas necesarias se muestran tras 5 directos.
cli-insights-by = Para alcanzarlo el { $day }: unas { $count ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } en directo a la semana.
cli-insights-gifters = Donadores por directo: { $gifters }; recurrentes: { $returning }.
cli-insights-top = top { $top }: { $share } de los diamantes de regalos
cli-insights-supporter = { $diamonds } diamantes en { $count ->
        [one] { $lives } directo
       *[other] { $lives } directos
    }
cli-insights-this-week = Esta semana: { $diamonds } diamantes; tu promedio semanal: { $average }.
cli-insights-average = { $average } ({ $count ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    })
cli-insights-average-none = se muestra tras { $weeks } semanas
cli-insights-room = La sala (contada por el conteo en vivo en { $count ->
        [one] { $lives } directo
       *[other] { $lives } directos
    }): { $comments } comentarios, { $likes } me gusta por minuto.
cli-insights-split = Directos con más de { $line } { $what ->
        [comments] comentarios por minuto
        [likes] me gusta por minuto
        [followers] seguidores nuevos por hora
       *[days] me gusta por minuto en los días del TikTok LIVE Center
    }: { $above } diamantes por hora de directo ({ $above_lives } directos); los demás: { $below } ({ $below_lives } directos).
cli-insights-split-none = Por { $what ->
        [comments] comentarios por minuto
        [likes] me gusta por minuto
        [followers] seguidores nuevos por hora
       *[days] me gusta por minuto en los días del TikTok LIVE Center
    }: aún no hay suficientes directos a cada lado ({ $lives } de { $needed } a cada lado).
cli-insights-together = Esto muestra lo que fue de la mano, no lo que lo causó.

## Líneas del conteo en vivo (los detalles del motor siguen en inglés).

cli-capture-connecting = conectando
cli-capture-connected = conectado
cli-capture-reconnecting = reconectando
cli-capture-stopped-state = detenido
cli-capture-warning = aviso: { $message }
cli-capture-stdout-lost = aviso: no se puede escribir en la salida estándar ({ $error }); los regalos se siguen guardando
cli-capture-live-ended = directo terminado: directo { $session }
cli-capture-stopped = conteo detenido: eventos de regalo: { $events }, regalos guardados: { $stored } (marcados: { $flagged }), eventos repetidos omitidos: { $replayed }, pasos de racha: { $steps }, otros eventos: { $other }, ilegibles: { $unreadable }
cli-capture-gift = { $gifts } × { $gift } ({ $count ->
        [one] { $coins } moneda
       *[other] { $coins } monedas
    } cada uno)  de { $sender }  directo { $session }
cli-capture-grown = (creció en { $added })
cli-capture-flagged = [la racha nunca terminó: se contó con su cantidad más alta]
cli-capture-unknown-sender = desconocido

## Rechazos propios de la línea de comandos.

cli-invalid-db-pass = indica --db PATH
cli-invalid-no-data-directory = en este sistema no se conoce ninguna carpeta de datos; indica --db PATH
cli-invalid-clear-needs-yes = vaciar elimina cada directo, regalo y retiro; añade --yes para confirmar
cli-invalid-format = '{ $text }' no es un formato (se esperaba auto, liveledger, gift-events, gift-table, session-summary, json-events, tiktok-data o tiktok-days)

## Errores de uso: lo que clap rechaza, en una línea tras "usage: " (el texto de --help sigue en inglés).

cli-usage-unknown-subcommand = subcomando no reconocido '{ $text }' (consulta --help)
cli-usage-unknown-argument = argumento inesperado '{ $text }' (consulta --help)
cli-usage-value-required = '{ $arg }' necesita un valor, pero no se indicó ninguno (consulta --help)
cli-usage-invalid-value = valor no válido '{ $text }' para '{ $arg }' (consulta --help)
cli-usage-too-many-values = valor inesperado '{ $text }' para '{ $arg }'; no se esperaban más (consulta --help)
cli-usage-repeated = el argumento '{ $arg }' no se puede usar más de una vez (consulta --help)
cli-usage-conflict = el argumento '{ $arg }' no se puede usar junto con '{ $other }' (consulta --help)
cli-usage-invalid-utf8 = uno o más argumentos no son UTF-8 válido (consulta --help)
cli-usage-missing-arguments = faltan estos argumentos obligatorios: { $args } (consulta --help)
cli-usage-missing-subcommand = '{ $command }' necesita un subcomando, pero no se indicó ninguno (uno de: { $subcommands }) (consulta --help)

cli-usage-not-a-number = valor no válido '{ $text }' para '{ $arg }': '{ $text }' no es un número (usa dígitos y un '.' para los decimales) (consulta --help)
cli-usage-not-a-day = valor no válido '{ $text }' para '{ $arg }': '{ $text }' no es un día (se espera AAAA-MM-DD) (consulta --help)
cli-usage-not-a-period = valor no válido '{ $text }' para '{ $arg }': '{ $text }' no es un período (se espera day, week, month o year) (consulta --help)
cli-usage-not-an-export-format = valor no válido '{ $text }' para '{ $arg }': '{ $text }' no es un formato de exportación (se espera csv, json, hledger o beancount) (consulta --help)
cli-usage-not-a-status = valor no válido '{ $text }' para '{ $arg }': { core-invalid-status } (consulta --help)
cli-usage-not-a-whole-number = valor no válido '{ $text }' para '{ $arg }': { $problem ->
        [empty] no se indicó ningún número
        [large] el número es demasiado grande
        [small] el número es demasiado pequeño
       *[digit] no es un número entero
    } (consulta --help)
# The word before a usage error ("usage: unknown subcommand …").
cli-usage-label = uso
