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

## `liveledger --help` (cli/help.rs): la línea de ayuda de cada comando y opción.
## Las opciones, comandos, nombres de valores, claves de ajustes y YYYY-MM-DD quedan tal como se escriben.

cli-help-usage = Uso:
cli-help-commands = Comandos:
cli-help-arguments = Argumentos:
cli-help-options = Opciones:
cli-help-default = predeterminado:
cli-help-about = El núcleo de LiveLedger: regalos de TikTok LIVE, diamantes, saldos y contabilidad sobre SQLite.
cli-help-db = El archivo del registro (predeterminado: LIVELEDGER_DB, si no, la carpeta de datos de la app)
cli-help-lang = El idioma en que hablar (en, es, pt-BR, id, tr, ar, vi, ja, de, fr); predeterminado: LC_ALL, LC_MESSAGES o LANG, si no, el ajuste del registro
cli-help-print-help = Mostrar la ayuda
cli-help-print-version = Mostrar la versión
cli-help-session = Añadir, editar, terminar o eliminar un directo
cli-help-session-add = Añadir un directo; muestra su id
cli-help-session-add-start = Inicio (ISO 8601, 'YYYY-MM-DD HH:MM' en tu zona horaria, o epoch)
cli-help-session-add-end = Fin; omítelo para un directo que sigue en curso
cli-help-session-add-title = Título
cli-help-session-add-peak-viewers = Máximo de espectadores a la vez
cli-help-session-add-viewers = Espectadores distintos
cli-help-session-add-likes = Me gusta
cli-help-session-add-followers = Nuevos seguidores
cli-help-session-add-diamonds = Diamantes informados para el directo sin regalos individuales
cli-help-session-add-notes = Notas
cli-help-session-edit = Reemplazar los datos de un directo
cli-help-session-edit-id = Id del directo
cli-help-session-end = Marcar como terminado un directo en curso
cli-help-session-end-at = Cuándo (predeterminado: ahora)
cli-help-session-delete = Eliminar un directo y sus regalos
cli-help-session-delete-force = Eliminarlo aunque se hayan pagado retiros con sus diamantes
cli-help-help = Mostrar este mensaje o la ayuda de los subcomandos indicados
cli-help-help-subcommand = Mostrar la ayuda de los subcomandos
cli-help-sessions = Listar los directos con sus ganancias y sus cifras por hora y por espectador
cli-help-sessions-json = Mostrar JSON (decimales como texto) en lugar de una tabla
cli-help-gift = Añadir, eliminar o listar regalos
cli-help-gift-add = Añadir un regalo; las monedas salen del catálogo salvo que se indique --coins. Muestra su id
cli-help-gift-add-gift = Nombre del regalo, p. ej. Rose
cli-help-gift-add-coins = Monedas que cuesta uno de esos regalos (en lugar del catálogo)
cli-help-gift-add-count = Cuántos
cli-help-gift-add-from = Remitente
cli-help-gift-delete = Eliminar un regalo
cli-help-gift-delete-id = Id del regalo
cli-help-gift-list = Listar los regalos de un directo
cli-help-withdraw = Registrar un retiro de diamantes
cli-help-withdraw-diamonds = Diamantes retirados
cli-help-withdraw-at = Cuándo se solicitó (predeterminado: ahora)
cli-help-withdraw-fee = Comisión, en dinero
cli-help-withdraw-method = Método de pago
cli-help-withdraw-status = pending, paid, failed o cancelled
cli-help-withdraw-reference = Referencia del pago
cli-help-withdraw-force = Registrarlo aunque sea inusual (por debajo del mínimo del día, por encima del máximo del día, con fecha futura o anterior a cualquier diamante)
cli-help-withdrawals = Listar retiros, cambiar su estado o eliminar uno
cli-help-withdrawals-list = Listar retiros
cli-help-withdrawals-status = Cambiar el estado de un retiro
cli-help-withdrawals-status-id = Id del retiro
cli-help-withdrawals-delete = Eliminar un retiro registrado por error
cli-help-adjust = Corregir el saldo en un número de diamantes, con un motivo
cli-help-adjust-diamonds = Diamantes que añadir (negativo para quitar)
cli-help-adjust-reason = Por qué
cli-help-adjust-force = Registrarlo aunque el saldo quede por debajo de cero
cli-help-reconcile = Introduce el saldo de diamantes que muestra TikTok; la diferencia se registra como ajuste
cli-help-reconcile-balance = El saldo de tu billetera de TikTok, en diamantes
cli-help-reconcile-reason = Por qué difieren, si se sabe
cli-help-adjustments = Listar las correcciones del saldo
cli-help-days = Las cifras propias del TikTok LIVE Center por día (importadas de su descarga) junto a los días del registro, con la diferencia; --book registra un día que TikTok informa pero en el que el registro no tiene ningún directo
cli-help-days-book = Registrar como directo los diamantes de TikTok de este día (YYYY-MM-DD); solo un día sin directo en el registro. Repítelo para más días
cli-help-insights = Qué rinde a lo largo de tus directos: diamantes por hora de directo según el día de la semana, la hora de inicio y la duración, cuánto vale un espectador y las horas que aún faltan para alcanzar el mínimo. Una cifra necesita 5 directos detrás
cli-help-insights-from = Primer día local de los directos considerados (YYYY-MM-DD)
cli-help-insights-to = Último día local
cli-help-insights-by = El día en que quieres alcanzar el mínimo: indica cuántas horas de directo por semana hacen falta (YYYY-MM-DD)
cli-help-rate = Fijar o listar tasas (diamantes por moneda, dinero por diamante, límites)
cli-help-rate-set = Añadir una tasa desde un día (reemplaza la del mismo día)
cli-help-rate-set-from = Primer día en que se aplica (YYYY-MM-DD, tu zona horaria)
cli-help-rate-set-diamonds-per-coin = Diamantes por moneda de valor del regalo
cli-help-rate-set-money-per-diamond = Dinero por diamante
cli-help-rate-set-currency = Código de moneda, p. ej. USD
cli-help-rate-set-min-withdrawal = Retiro mínimo, en dinero
cli-help-rate-set-max-per-day = Retiro máximo por día, en dinero
cli-help-rate-list = Listar tasas
cli-help-rate-delete = Eliminar una tasa
cli-help-rate-delete-id = Id de la tasa
cli-help-rerate = Mostrar qué directos cambiaría una tasa más reciente, o (--apply) pasarlos a ella
cli-help-rerate-from = Primer día local de los directos que recalcular
cli-help-rerate-apply = Cambiarlos (sin esto, solo muestra lo que cambiaría)
cli-help-rerate-force = Aplicar aunque el saldo quede por debajo de cero
cli-help-catalog = Listar o editar el catálogo de regalos
cli-help-catalog-list = Listar el catálogo de regalos
cli-help-catalog-set = Añadir un regalo o cambiar su precio
cli-help-catalog-set-name = Nombre del regalo
cli-help-catalog-set-coins = Monedas
cli-help-catalog-remove = Quitar un regalo
cli-help-settings = Mostrar o cambiar los ajustes (timezone, age_confirmed, payout_method, session_gap_minutes, setup_done: las preguntas del primer día de la app respondidas u omitidas)
cli-help-settings-show = Mostrar los ajustes
cli-help-settings-set = Cambiar un ajuste
cli-help-settings-set-key = timezone, age_confirmed, payout_method, session_gap_minutes, setup_done o language
cli-help-settings-set-value = El nuevo valor
cli-help-summary = Saldo, su valor, el avance hacia el retiro mínimo, si está listo y la fecha estimada
cli-help-report = Un extracto por día, semana, mes o año
cli-help-report-by = El periodo por el que agrupar
cli-help-report-from = El primer día local contado (YYYY-MM-DD); lo anterior es el saldo inicial
cli-help-report-to = El último día local contado (YYYY-MM-DD)
cli-help-import = Importar un archivo CSV: un registro de regalos, una tabla de regalos, un resumen de directos o una exportación de LiveLedger
cli-help-import-file = El archivo: CSV, una hoja de cálculo (.xlsx, .xls, .ods), eventos de regalos en JSON o JSON Lines, o la exportación de datos de TikTok (.json o .zip)
cli-help-import-format = auto, liveledger, gift-events, gift-table, session-summary, json-events o tiktok-data
cli-help-import-dry-run = Informar de lo que se añadiría, se omitiría y se rechazaría, sin escribir nada
cli-help-import-map = Correspondencia de columnas, además de lo que dice el encabezado: campo=Columna,… (campos: date, time, event, gift, gift_id, coins, count, sender, nickname, session, repeat_end, gift_type, event_id, diamonds, duration, end, viewers, peak_viewers, followers, likes, gifters, rewards, title)
cli-help-import-skip-rows = Líneas que saltar encima del encabezado (predeterminado: el encabezado se busca entre las 20 primeras líneas)
cli-help-import-sheet = La hoja de la hoja de cálculo que leer (predeterminado: la primera que tenga datos)
cli-help-import-skip-lines = Dejar fuera las filas de datos de estas líneas (p. ej. las filas erróneas que nombró un rechazo: 4,9,12); el resto se importa todo junto o nada
cli-help-import-mapping-name = Guardar el --map con este nombre, o usar uno guardado
cli-help-import-gap-minutes = Minutos sin regalos que inician un nuevo directo (predeterminado: el ajuste)
cli-help-imports = Listar las importaciones pasadas, o deshacer una
cli-help-imports-list = Listar las importaciones pasadas
cli-help-imports-undo = Deshacer una importación entera
cli-help-imports-undo-id = Id de la importación
cli-help-imports-undo-force = Deshacerla aunque se hayan pagado retiros con sus diamantes
cli-help-export = Exportar el registro como CSV, JSON, un diario de hledger o un archivo de beancount
cli-help-export-format = csv, json, hledger o beancount
cli-help-export-out = Escribir en este archivo en lugar de la salida estándar
cli-help-backup = Escribir una copia coherente del registro (segura con la app abierta)
cli-help-backup-file = Dónde escribirla
cli-help-restore = Reemplazar el registro por una copia de seguridad, tras comprobarla
cli-help-restore-file = El archivo de la copia de seguridad
cli-help-demo = Cargar o borrar los datos de demostración
cli-help-demo-load = Cargar el registro de demostración (solo en un registro vacío)
cli-help-demo-load-if-empty = No hacer nada, con éxito, cuando el registro ya tiene datos
cli-help-demo-clear = Quitar todos los directos, regalos, retiros y ajustes (las tasas, el catálogo y los ajustes se quedan)
cli-help-demo-clear-yes = Confirmar
cli-help-trash = Directos, regalos y retiros eliminados, guardados 30 días: listarlos, o devolver uno
cli-help-trash-list = Listar lo eliminado que aún se puede devolver, lo más reciente primero
cli-help-trash-restore = Devolver lo que quitó una eliminación
cli-help-trash-restore-id = El id de la entrada de la papelera (de `trash list`, o mostrado al eliminar)
cli-help-trash-restore-force = Devolverlo aunque el saldo quedara por debajo de cero
cli-help-capture = Registrar regalos en vivo desde una herramienta de este ordenador: un WebSocket (el de TikFinity por defecto) o un archivo de registro al que añade líneas. Muestra una línea por cada regalo guardado. Ctrl-C detiene: las rachas que siguen en curso se escriben con su cuenta más alta y se marcan; el directo queda abierto (termina tras el silencio, o con `session end`), y al reiniciar se une a él
cli-help-capture-ws = El WebSocket que leer (predeterminado: el de TikFinity, ws://localhost:21213/)
cli-help-capture-follow = Un registro CSV de eventos de regalos o un archivo JSON Lines al que otra herramienta añade líneas
cli-help-capture-allow-remote-host = Confirma un host de --ws que no es este ordenador
cli-help-capture-silence-minutes = Minutos sin regalos que terminan el directo y cortan una racha (predeterminado: el session_gap_minutes del registro, el intervalo con el que una importación agrupa los directos)
cli-help-capture-dead-after = Segundos que una fuente WebSocket puede pasar sin enviar nada (ningún frame, ninguna respuesta a un ping) antes de que la captura se reconecte
cli-help-capture-json = Mostrar cada regalo guardado como una línea de JSON
