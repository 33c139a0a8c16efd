# Las comprobaciones que un creador encuentra al escribir en la app o en la
# línea de comandos: lo que esperaba un campo. Cada una sigue al nombre del
# campo ("diamonds: …"). $text es lo escrito, citado tal cual.

## Texto y cantidades

core-invalid-too-long = tiene más de { $count ->
    [one] { $count } carácter
   *[other] { $count } caracteres
}
core-invalid-control-characters = contiene caracteres de control
core-invalid-negative-got = no puede ser negativo (se recibió { $text })
core-invalid-count-too-large = { $text } es más de lo que acepta un registro
core-invalid-too-large = { $text } es más de lo que acepta un registro (como máximo { $max })
core-invalid-decimal-places = { $text } tiene más de { $count ->
    [one] { $count } decimal
   *[other] { $count } decimales
}
core-invalid-whole-number = se esperaba un número entero de 0 o más, se encontró '{ $text }'
core-invalid-number = se esperaba un número como 12,5, se encontró '{ $text }'
core-invalid-whole-coins = se esperaban monedas enteras, se encontró '{ $text }'
core-invalid-whole-count = se esperaba una cantidad entera, se encontró '{ $text }'
core-invalid-at-least-one = debe ser al menos 1 (se recibió { $text })
core-invalid-required = es obligatorio
core-invalid-positive = debe ser mayor que 0
core-invalid-not-negative = no puede ser negativo

## Fechas y horas

core-invalid-day = se esperaba un día como 2026-03-01
core-invalid-date = '{ $text }' no es una fecha/hora (se espera ISO 8601 como 2026-03-01T20:00:00+01:00, '2026-03-01 20:00', una fecha, o segundos/milisegundos de época)
core-invalid-date-skipped = '{ $text }' no existe en la zona horaria { $zone } (el reloj se la salta)
core-invalid-date-out-of-range = '{ $text }' está fuera de rango
core-invalid-date-offset = '{ $text }' tiene una diferencia con UTC de más de ±18:00
core-invalid-year = se esperaba una fecha de { $from } a { $to }, pero es del año { $year } (¿una errata?)
core-invalid-end-before-start = es anterior al inicio
core-invalid-start-after-first-gift = es más de un día después del primer regalo de este directo

## Directos y regalos

core-invalid-gift-name = falta el nombre del regalo
core-invalid-gift-row-too-large = { $gifts } × { $coins } monedas es más de lo que cabe en una fila de regalos
core-invalid-not-in-catalog = '{ $text }' no está en el catálogo de regalos; indica su precio{ $cli }
core-invalid-name-required = falta el nombre
core-invalid-catalog-missing = '{ $text }' no está en el catálogo
core-invalid-end-before-session-start = es anterior al inicio del directo

## Retiros y saldo

core-invalid-status = '{ $text }' no es un estado (se espera pending, paid, failed o cancelled)
core-invalid-whole-diamonds = { $text } tiene decimales; TikTok retira diamantes enteros
core-invalid-fee-over-value = { $fee } es más que el valor del retiro, { $gross }
core-invalid-negative-balance = un billetera de TikTok nunca muestra un saldo negativo
core-invalid-over-balance = { $diamonds } diamantes es más que el saldo de { $balance } diamantes. Si tu billetera de TikTok muestra más, introduce ese saldo primero en Conciliar{ $cli }
core-invalid-adjustment-zero = una corrección de 0 no cambia nada
core-invalid-reason-required = indica por qué corriges el saldo

## Tasas

core-invalid-rate-per-coin = los diamantes por moneda deben ser más de 0
core-invalid-rate-per-diamond = el dinero por diamante debe ser más de 0
core-invalid-rate-minimum = el retiro mínimo no puede ser negativo
core-invalid-rate-maximum = el máximo diario debe ser más de 0
core-invalid-rate-too-large = { $what ->
    [per-coin] diamantes por moneda
    [per-diamond] dinero por diamante
    [minimum] retiro mínimo
   *[maximum] máximo diario
}: { $text } es más de lo que permite una tasa ({ $max })
core-invalid-rate-decimal-places = { $what ->
    [per-coin] diamantes por moneda
    [per-diamond] dinero por diamante
    [minimum] retiro mínimo
   *[maximum] máximo diario
}: { $text } tiene más de { $count ->
    [one] { $count } decimal
   *[other] { $count } decimales
}
core-invalid-currency = la moneda '{ $text }' no es un código de tres letras como USD
core-invalid-only-rate = no se puede borrar la única tasa; edítala

## Ajustes

core-invalid-time-zone = '{ $text }' no es una zona horaria (p. ej., Europe/Berlin, America/New_York, UTC)
core-invalid-true-false = se esperaba true o false
core-invalid-gap-minutes = se esperaban minutos enteros de 1 a 1440
core-invalid-language = LiveLedger no habla '{ $text }' (idiomas: { $known })
core-invalid-setting = clave desconocida '{ $text }' (claves: { $known })

## Registros, copias de seguridad y conteo en vivo.

core-invalid-not-written = no se escribió
core-invalid-file-session-not-written = un directo del archivo no se escribió
core-invalid-booked-not-written = un directo anotado no se escribió
core-invalid-capture-live-not-written = un directo en curso no se escribió
core-invalid-capture-old-not-written = un directo para un evento antiguo no se escribió
core-invalid-coins-times-count = monedas × cantidad es demasiado grande
core-invalid-stored-gift-coins = las monedas de un regalo guardado son demasiado grandes
core-invalid-not-a-gift = { $count } × { $coins } monedas no es un regalo
core-invalid-worth-nothing = { $count ->
    [one] { $diamonds } diamante vale
   *[other] { $diamonds } diamantes valen
} { $worth } a { $rate } por diamante; no se puede cobrar nada
core-invalid-days-none = indica al menos un día para anotar
core-invalid-silence-minutes = se esperaban minutos enteros de 1 a 1440; se encontró { $found }
core-invalid-not-a-date = { $ms } ms no es una fecha
core-invalid-follow-name = indica el archivo que seguir
core-invalid-follow-too-large = es más grande de lo que un registro puede seguir
core-invalid-demo-not-empty = el registro ya tiene datos; los datos de demostración solo se cargan en un registro vacío
core-invalid-undo-session-gone = { $label } no se puede devolver: su directo ya no está en el registro (¿eliminado después?); devuelve primero el directo. No se cambió nada.
core-invalid-undo-clash = { $label } no se puede devolver: el registro tiene uno igual añadido después (¿importado de nuevo?). No se cambió nada.
core-invalid-undo-damaged = la copia guardada de { $label } está dañada ({ $why }); no se cambió nada
core-invalid-no-rate = no hay ninguna tasa definida
core-invalid-no-rate-add-one = no hay ninguna tasa definida; añade una con `liveledger rate set`
core-invalid-import-wait = se esperaban los segundos de espera para una importación, como 600 o 0.5
core-invalid-kept-live-or-name = las monedas de un directo o de un nombre son demasiado grandes
core-invalid-kept-session = las monedas de un directo son demasiado grandes
core-invalid-kept-senders = más remitentes de los que cabe en un informe
core-invalid-stored-time-zone = la zona horaria '{ $text }' del registro no es una zona horaria; define una con `liveledger settings set timezone Europe/Madrid`
core-invalid-backup-kinds = { $column } tiene { $count ->
    [one] { $values } valor que no es
   *[other] { $values } valores que no son
} { $kind ->
    [integer] enteros
   *[text] texto
}
core-invalid-backup-setting = el ajuste { $key } no está como lo escribe LiveLedger
core-invalid-backup-out-of-range = { $count ->
    [one] { $records } registro tiene
   *[other] { $records } registros tienen
} un importe o una fecha que ningún formulario ni importación acepta
core-invalid-backup-balance = el valor del saldo es demasiado grande para sumarlo
core-invalid-backup-trash = un registro eliminado guardado para deshacer está dañado ({ $why })

## La dirección WebSocket del conteo en vivo.

core-invalid-ws-remote = { $host } no es este equipo: el conteo solo escucha herramientas que se ejecutan aquí (127.0.0.1, ::1, localhost). Para usar otro host, escríbelo y confirma{ $cli }
core-invalid-ws-too-long = se esperaban como máximo { $max } caracteres
core-invalid-ws-secure = { $url } es una dirección segura (wss://); las herramientas de directo de este equipo sirven ws://, p. ej. { $example }
core-invalid-ws-scheme = se esperaba una dirección ws:// como { $example }; se encontró { $url }
core-invalid-ws-user = no se esperaba un nombre de usuario en la dirección; se encontró { $url }
core-invalid-ws-bracket = a una dirección IPv6 le falta su ] de cierre; se encontró { $url }
core-invalid-ws-port-after = se esperaba :PUERTO tras la dirección; se encontró { $url }
core-invalid-ws-no-host = se esperaba un host; se encontró { $url }
core-invalid-ws-host = se esperaba un nombre de host o una dirección; se encontró { $host }
core-invalid-ws-port = se esperaba un puerto de 1 a 65535; se encontró { $port }

# Booking TikTok's reported days: each problem (a day as the language writes it);
# several are joined by core-invalid-joined.
core-invalid-days-twice = { $day } aparece dos veces
core-invalid-days-no-diamonds = los archivos de TikTok no dan diamantes para el { $day }
core-invalid-days-zero = TikTok indica 0 diamantes el { $day }: no hay nada que anotar
core-invalid-days-lives = el registro tiene { $count ->
    [one] { $n } directo
   *[other] { $n } directos
} el { $day }: solo un día sin directos puede anotarse con las cifras de TikTok
core-invalid-days-no-start = { $day } no tiene inicio en { $zone }
core-invalid-joined = { $first }; { $then }

# The window's own checks of what it sends.
core-invalid-not-a-day = '{ $text }' no es un día
core-invalid-not-a-day-iso = '{ $text }' no es un día (AAAA-MM-DD)
core-invalid-last-before-first = el último día es anterior al primero
core-invalid-diamonds-number = se esperaba un número de diamantes
core-invalid-capture-source = se esperaba ws o file, pero hay '{ $text }'
core-invalid-capture-running = la captura ya está en marcha; detenla primero
