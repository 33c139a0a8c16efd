core-capture-starting = iniciando
core-capture-stopped = captura detenida
core-capture-stopped-by = captura detenida: { $error }
core-capture-connecting = conectando con { $url }
core-capture-connected = { $url }
core-capture-retrying = { $reason }; se reintentará en { $seconds } s
core-capture-following = siguiendo { $name }
core-capture-waiting = esperando: { $name } { $why }

## Problemas y motivos de la captura. $where es un lugar; $error y $reason se dicen dentro;
## $text es lo que envió la fuente; el $error de un lector JSON, CSV o WebSocket queda en sus propias palabras (inglés).

core-capture-at-message = mensaje { $n }
core-capture-at-line = { $name }, línea { $n }
core-capture-column = columna { $n } ({ $header })
core-capture-at = { $where }: { $problem }
core-capture-expected = { $where }: se esperaba { $what ->
    [gift-id] un id de regalo
    [gift-name] un nombre de regalo
    [price-zero-or-more] el precio del regalo en monedas (0 o más)
    [price-diamondcount] el precio del regalo en monedas (diamondCount)
    [repeat-count-one-or-more] un número de repeticiones de 1 o más
    [repeat-count] un número de repeticiones
    [true-false] true o false
    [gift-type] un número de tipo de regalo
    [time] una hora
    [count-range] un número de 0 a { $max }
   *[other] un valor
}, pero hay { $text }
core-capture-event-too-large = se esperaba un evento de { $max } KiB como máximo, pero tiene { $size } KiB
core-capture-not-json = se esperaba un objeto JSON ({ $error }), pero hay { $text }
core-capture-not-object = se esperaba un objeto JSON, pero hay { $text }
core-capture-binary = se esperaba texto UTF-8, pero hay datos binarios
core-capture-no-gift = un evento de regalo necesita { $name } o { $id }, y no tiene ninguno
core-capture-no-price = { $where }: se esperaba el precio del regalo en monedas, pero no hay nada
core-capture-price-negative = { $where }: se esperaba un precio de 0 monedas o más, pero hay { $n }
core-capture-count-below-one = { $where }: se esperaba un número de repeticiones de 1 o más, pero hay { $n }
core-capture-too-many-coins = { $where }: { $n } × { $coins } monedas es más de lo que un registro puede contar
core-capture-no-gift-name = { $where }: se esperaba un nombre o un id de regalo, pero no hay nada
core-capture-no-date = { $where }: se esperaba una fecha y hora, pero no hay nada
core-capture-day-or-month = { $where }: { $text } puede ser día/mes o mes/día; un registro seguido necesita fechas como 2026-03-01
core-capture-not-a-date = { $where }: { $text } no es una fecha
core-capture-no-header = se esperaba una línea de encabezado
core-capture-log-header = se esperaba el encabezado de un registro de regalos ({ $columns }), pero hay { $text }
core-capture-line-too-long = se esperaba una línea de { $max } KiB como máximo
core-capture-no-row = se esperaba una fila, pero no hay nada

core-capture-problem-unflushed = no se pudieron escribir las rachas aún en curso: { $error }
core-capture-problem-no-live = no hay ningún directo en curso que terminar
core-capture-problem-end = no se pudo terminar el directo: { $error }
core-capture-problem-close = no se pudo cerrar el directo tras su silencio: { $error }
core-capture-problem-position = { $where }: no se pudo guardar la posición en el archivo: { $error }
core-capture-problem-position-unread = { $name }: no se puede leer dónde se detuvo la captura: { $error }
core-capture-problem-gift = { $where }: no se pudo escribir el regalo: { $error }
core-capture-problem-engagement = { $where }: no se pudo contar la interacción: { $error }
core-capture-problem-flag = no se pudieron marcar las rachas en curso: { $error }
core-capture-problem-unread = { $name }: no se puede leer: { $reason }
core-capture-problem-replaced = { $name } ya no es el archivo que seguía la captura (es más corto o cambió su comienzo): se lee desde el principio

core-capture-why-not-there = todavía no existe
core-capture-why-not-regular = es { $found ->
    [folder] una carpeta
    [fifo] una tubería con nombre (FIFO)
    [character-device] un dispositivo de caracteres
    [block-device] un dispositivo de bloques
    [socket] un socket
   *[other] otra cosa
}, no un archivo normal
core-capture-why-unopened = no se puede abrir: { $reason }
core-capture-why-unread = no se puede leer: { $reason }
core-capture-why-cannot-read = no se puede leer: { $reason }
core-capture-why-unresolved = no se puede resolver { $host }: { $reason }
core-capture-why-no-address = { $host } no corresponde a ninguna dirección de este equipo
core-capture-why-handshake = { $url } rechazó el protocolo de enlace WebSocket: { $error }
core-capture-why-nothing-answers = nada responde en { $url } ({ $last })
core-capture-why-silent = ningún marco ni respuesta a un ping durante { $seconds } s
core-capture-why-dropped = se cortó la conexión: { $error }
core-capture-why-source-closed = la fuente cerró la conexión
core-capture-why-closed = la conexión se cerró
core-capture-utf16 = el registro está en UTF-16; un registro seguido debe estar en UTF-8 (importa el archivo UTF-16 en su lugar)
