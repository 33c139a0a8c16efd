# Lo que dice una importación: su informe (lo leído y añadido, cómo se leyó
# el archivo, lo omitido), sus notas y avisos, y por qué se rechazó un
# archivo. Las cifras llegan escritas como las escribe el informe; $count,
# $rows, $sessions y $matched son números que eligen la forma plural.

## Las primeras líneas del informe: lo leído y lo añadido.

core-import-totals = { $file } ({ $format }): { $rows ->
        [one] { $rows_read } fila leída
       *[other] { $rows_read } filas leídas
    }, { $added } añadidas, { $skipped } omitidas por estar ya importadas, { $sessions ->
        [one] { $sessions_added } directo creado
       *[other] { $sessions_added } directos creados
    }, { $matched ->
        [one] { $sessions_matched } directo existente ampliado
       *[other] { $sessions_matched } directos existentes ampliados
    }
core-import-totals-dry-run = vista previa: no se escribió nada. { $file } ({ $format }): { $rows ->
        [one] { $rows_read } fila leída
       *[other] { $rows_read } filas leídas
    }, { $added } se añadirían, { $skipped } se omitirían por estar ya importadas, { $sessions ->
        [one] { $sessions_added } directo se crearía
       *[other] { $sessions_added } directos se crearían
    }, { $matched ->
        [one] { $sessions_matched } directo existente se ampliaría
       *[other] { $sessions_matched } directos existentes se ampliarían
    }
core-import-adds = añade { $coins } monedas, { $diamonds } diamantes
# $value: lo que vale en cada moneda, "12.50 EUR + 3.00 USD".
core-import-adds-worth = añade { $coins } monedas, { $diamonds } diamantes, con un valor de { $value }

## Cómo se leyó el archivo. $encoding: UTF-8, windows-1252 o una hoja
## ("xlsx sheet 'Gifts'"); $delimiter: comma, semicolon, tab o pipe.

core-import-read-txt = leído como la descarga TXT de TikTok
core-import-read-txt-in = leído como la descarga TXT de TikTok en { $encoding }
core-import-read-json = leído como JSON
core-import-read-json-in = leído como JSON en { $encoding }
core-import-read-table = leído como { $encoding }, separado por { $delimiter ->
        [comma] comas
        [semicolon] punto y coma
        [tab] tabulaciones
        [pipe] barras verticales
       *[other] { $delimiter }
    }, encabezado en la línea { $line }
core-import-read-table-skipped = leído como { $encoding }, separado por { $delimiter ->
        [comma] comas
        [semicolon] punto y coma
        [tab] tabulaciones
        [pipe] barras verticales
       *[other] { $delimiter }
    }, encabezado en la línea { $line } ({ $count ->
        [one] se omitió { $above } línea anterior
       *[other] se omitieron { $above } líneas anteriores
    })
core-import-read-sheet = leído como { $encoding }, encabezado en la fila { $line }
core-import-read-sheet-skipped = leído como { $encoding }, encabezado en la fila { $line } ({ $count ->
        [one] se omitió { $above } fila anterior
       *[other] se omitieron { $above } filas anteriores
    })
# Sigue a la línea anterior: cómo se escriben las fechas ("YYYY-MM-DD").
core-import-read-dates = ; fechas { $dates }
# Sigue a la línea anterior: cómo se escriben los números ("1.234,5").
core-import-read-numbers = ; números { $numbers }
# $field: el campo como lo nombra --map (date, coins…), con relleno; $samples: los primeros valores.
core-import-field = { $field } ← columna { $column } ({ $header }): { $samples }

## Lo omitido: "omitido:" y una lista.

core-import-skipped = omitido: { $list }
core-import-skipped-totals = { $count ->
        [one] { $n } fila de total
       *[other] { $n } filas de total
    }
core-import-skipped-blank = { $count ->
        [one] { $n } línea en blanco
       *[other] { $n } líneas en blanco
    }
# $kind: el tipo de evento como lo nombra el archivo (like, chat, member…).
core-import-skipped-events = { $count ->
        [one] { $n } evento { $kind }
       *[other] { $n } eventos { $kind }
    }
core-import-skipped-summary = { $count ->
        [one] { $n } fila de resumen
       *[other] { $n } filas de resumen
    }

## Notas: cómo se leyó el archivo, donde puede interesar saberlo.

core-import-redelivered = { $count ->
        [one] { $n } mensaje que el archivo daba dos veces (el mismo id de mensaje) se contó una vez
       *[other] { $n } mensajes que el archivo daba dos veces (el mismo id de mensaje) se contaron una vez
    }
core-import-streak-steps = { $count ->
        [one] { $n } paso de racha se sumó al recuento final de su racha
       *[other] { $n } pasos de racha se sumaron al recuento final de su racha
    }
core-import-unfinished-streaks = { $count ->
        [one] aviso: { $n } racha no termina en el archivo; se contó con su recuento más alto
       *[other] aviso: { $n } rachas no terminan en el archivo; cada una se contó con su recuento más alto
    }
core-import-summary-block = { $count ->
        [one] se omitió un bloque de resumen de { $n } fila en la línea { $first }: debajo de la tabla, sin fecha donde va la fecha
       *[other] se omitió un bloque de resumen de { $n } filas en la línea { $first }: debajo de la tabla, sin fecha donde va la fecha
    }
core-import-summary-block-lines = { $count ->
        [one] se omitió un bloque de resumen de { $n } fila en las líneas { $first }–{ $last }: debajo de la tabla, sin fecha donde va la fecha
       *[other] se omitió un bloque de resumen de { $n } filas en las líneas { $first }–{ $last }: debajo de la tabla, sin fecha donde va la fecha
    }
core-import-price-coins = el precio de cada regalo se lee de la columna { $coins_column } ({ $coins_header }), sus monedas; la columna { $diamonds_column } ({ $diamonds_header }) solo se lee donde una fila no da monedas
core-import-price-total-diamonds = el precio de cada regalo se lee de la columna { $diamonds_column } ({ $diamonds_header }): los diamantes totales de la fila divididos por su cantidad (los diamantes de un regalo son su precio en monedas)
core-import-price-diamonds = el precio de cada regalo se lee de la columna { $diamonds_column } ({ $diamonds_header }): los diamantes de un regalo son su precio en monedas, como escriben diamondCount las herramientas de directos
# $saved: el día en que se guardó la asignación; $name: el archivo para el que se hizo.
core-import-mapping-used = se usó tu asignación del { $saved } / { $name }: { $mapping }

## Avisos: lo que conviene revisar antes de fiarse de los totales.

core-import-warning = aviso: { $warning }
core-import-left-out = { $count ->
        [one] { $n } fila con problemas se dejó fuera, como elegiste; el resto se importó
       *[other] { $n } filas con problemas se dejaron fuera, como elegiste; el resto se importó
    }
core-import-windows-1252 = el archivo no está en UTF-8; se leyó como Windows-1252 (Latin-1): comprueba que los nombres con acentos se vean bien
# $max × $coins: el recuento más alto de la racha y el precio de su regalo.
core-import-streak-unended = línea { $line }: la racha de { $gift } no termina en el archivo; se contó como { $max } × { $coins } monedas (su recuento más alto) y se marcó como estimada
core-import-streak-unended-from = línea { $line }: la racha de { $gift } de { $sender } no termina en el archivo; se contó como { $max } × { $coins } monedas (su recuento más alto) y se marcó como estimada
core-import-streaks-more = hay más rachas que no terminan; mira las filas marcadas como estimadas
# $column: la columna que diría dónde termina una racha (repeatEnd).
core-import-streak-steps-uncounted = { $count ->
        [one] { $n } fila parece un paso de racha (mismo remitente y regalo, cantidad uno mayor que la fila anterior), pero no se lee ninguna columna { $column }, así que cada paso cuenta; si el archivo tiene columnas de racha, elige las columnas del final de la racha y del tipo de regalo (CLI: --map repeat_end=COLUMN,gift_type=COLUMN)
       *[other] { $n } filas parecen pasos de una racha (mismo remitente y regalo, cantidad uno mayor que la fila anterior), pero no se lee ninguna columna { $column }, así que cada paso cuenta; si el archivo tiene columnas de racha, elige las columnas del final de la racha y del tipo de regalo (CLI: --map repeat_end=COLUMN,gift_type=COLUMN)
    }

## Las últimas líneas del informe.

core-import-sections-ignored = secciones ignoradas: { $sections }
core-import-streaks-updated = { $count ->
        [one] { $n } racha que una importación anterior dejó cortada se actualizó al recuento de este archivo
       *[other] { $n } rachas que una importación anterior dejó cortadas se actualizaron al recuento de este archivo
    }
core-import-undo = importación { $id }: deshazla con `liveledger imports undo { $id }`

## Un archivo de días de TikTok LIVE Center. $figures: sus nombres (diamonds, likes…).

core-import-days = { $count ->
        [one] cifras de TikTok de { $n } día: { $figures }
       *[other] cifras de TikTok de { $n } días: { $figures }
    }
core-import-days-on = { $count ->
        [one] cifras de TikTok de { $n } día, el { $first }: { $figures }
       *[other] cifras de TikTok de { $n } días, el { $first }: { $figures }
    }
core-import-days-range = { $count ->
        [one] cifras de TikTok de { $n } día, del { $first } al { $last }: { $figures }
       *[other] cifras de TikTok de { $n } días, del { $first } al { $last }: { $figures }
    }
core-import-days-diamonds = TikTok informa de { $diamonds } diamantes en esos días: se guardan junto al libro, nunca se suman al saldo (compáralos con `liveledger days`)
core-import-days-figures = { $count ->
        [one] { $added } cifra nueva, { $unchanged } ya estaban
       *[other] { $added } cifras nuevas, { $unchanged } ya estaban
    }
core-import-days-replaces = sustituye { $figure } de TikTok del { $day }: { $was } → { $now }
core-import-days-more = { $count ->
        [one] … y { $n } cifra sustituida más
       *[other] … y { $n } cifras sustituidas más
    }

## Un archivo rechazado: no se importó nada.

# $map: la asignación que hay que dar; $columns: cada columna con sus primeros valores, una por línea.
core-import-unknown-format = { $file }: no se puede saber qué contiene este archivo por su encabezado ({ $known ->
        [none] ningún nombre de columna que LiveLedger conozca
       *[other] nombres que conoce: { $header }
    }, línea { $line }); nombra las columnas con --map { $map }{ $columns }
core-import-unknown-format-columns = { $file }: no se puede saber qué contiene este archivo por su encabezado ({ $known ->
        [none] ningún nombre de columna que LiveLedger conozca
       *[other] nombres que conoce: { $header }
    }, línea { $line }); nombra las columnas con --map { $map }
    sus columnas:{ $columns }
core-import-rows = { $file }: { $count ->
        [one] { $n } problema
       *[other] { $n } problemas
    }; no se importó nada:
core-import-column = columna { $n } '{ $header }': { $values }
core-import-column-empty = columna { $n } '{ $header }': (vacía)
core-import-columns-more = { $count ->
        [one] … y { $n } columna más
       *[other] … y { $n } columnas más
    }
core-import-problem = línea { $line }: { $problem }
core-import-problem-column = línea { $line }, columna { $column } ({ $header }): { $problem }
core-import-problems-more = { $count ->
       *[other] … y { $n } más
    }
core-import-problem-open-quote = un campo ocupa varias líneas: probablemente falta cerrar unas comillas (")
core-import-problem-dates-mixed = las fechas mezclan el orden día-mes (línea { $day_first }) y mes-día (línea { $month_first }); escríbelas como AAAA-MM-DD
core-import-problem-dates-ambiguous = fechas como 01/02/2026 pueden ser día-mes o mes-día y ninguna fecha del archivo lo aclara; escríbelas como AAAA-MM-DD

## Un archivo rechazado tal como lo dice la ventana: la ventana lista las filas
## y ofrece las columnas.

core-import-page-choose-columns = { $file }: LiveLedger no sabe qué columna contiene qué. Elige abajo una columna para cada campo.
core-import-page-one-column = { $file }: LiveLedger no sabe qué contiene este archivo: tiene una sola columna, no una tabla de regalos.
core-import-page-rows = { $file }: { $count ->
        [one] { $n } fila tiene un problema;
       *[other] { $n } filas tienen problemas;
    } no se importó nada

## Las palabras propias de una fila con problemas, tras «línea N, columna C (nombre):».
## $text: lo que tiene la celda, recortado.

# $problem: missing, fraction, negative, other.
core-import-what-diamonds = { $problem ->
        [missing] se esperaba un número de diamantes, pero no hay nada
        [fraction] se esperaba un número de diamantes, pero hay '{ $text }', que tiene decimales
        [negative] se esperaban 0 diamantes o más, pero hay { $text }
       *[other] se esperaba un número de diamantes, pero hay '{ $text }'
    }
core-import-what-peak-viewers = { $problem ->
        [missing] se esperaba un pico de espectadores, pero no hay nada
        [fraction] se esperaba un pico de espectadores, pero hay '{ $text }', que tiene decimales
        [negative] se esperaba un pico de espectadores (0 o más), pero hay { $text }
       *[other] se esperaba un pico de espectadores, pero hay '{ $text }'
    }
core-import-what-viewers = { $problem ->
        [missing] se esperaba un número de espectadores, pero no hay nada
        [fraction] se esperaba un número de espectadores, pero hay '{ $text }', que tiene decimales
        [negative] se esperaba un número de espectadores (0 o más), pero hay { $text }
       *[other] se esperaba un número de espectadores, pero hay '{ $text }'
    }
core-import-what-likes = { $problem ->
        [missing] se esperaba un número de me gusta, pero no hay nada
        [fraction] se esperaba un número de me gusta, pero hay '{ $text }', que tiene decimales
        [negative] se esperaba un número de me gusta (0 o más), pero hay { $text }
       *[other] se esperaba un número de me gusta, pero hay '{ $text }'
    }
core-import-what-followers = { $problem ->
        [missing] se esperaba un número de seguidores, pero no hay nada
        [fraction] se esperaba un número de seguidores, pero hay '{ $text }', que tiene decimales
        [negative] se esperaba un número de seguidores (0 o más), pero hay { $text }
       *[other] se esperaba un número de seguidores, pero hay '{ $text }'
    }
core-import-what-gifters = { $problem ->
        [missing] se esperaba un número de donadores, pero no hay nada
        [fraction] se esperaba un número de donadores, pero hay '{ $text }', que tiene decimales
        [negative] se esperaba un número de donadores (0 o más), pero hay { $text }
       *[other] se esperaba un número de donadores, pero hay '{ $text }'
    }
core-import-what-gift-price = { $problem ->
        [missing] se esperaba el precio del regalo en monedas, pero no hay nada
        [fraction] se esperaba el precio del regalo en monedas, pero hay '{ $text }', que tiene decimales
        [negative] se esperaba el precio del regalo en monedas (0 o más), pero hay { $text }
       *[other] se esperaba el precio del regalo en monedas, pero hay '{ $text }'
    }
core-import-what-repeat-count = { $problem ->
        [missing] se esperaba un número de repeticiones, pero no hay nada
        [fraction] se esperaba un número de repeticiones, pero hay '{ $text }', que tiene decimales
        [negative] se esperaba un número de repeticiones (0 o más), pero hay { $text }
       *[other] se esperaba un número de repeticiones, pero hay '{ $text }'
    }
core-import-what-gift-type = { $problem ->
        [missing] se esperaba un número de tipo de regalo, pero no hay nada
        [fraction] se esperaba un número de tipo de regalo, pero hay '{ $text }', que tiene decimales
        [negative] se esperaba un número de tipo de regalo (0 o más), pero hay { $text }
       *[other] se esperaba un número de tipo de regalo, pero hay '{ $text }'
    }
core-import-what-whole-count = { $problem ->
        [missing] se esperaba una cantidad entera, pero no hay nada
        [fraction] se esperaba una cantidad entera, pero hay '{ $text }', que tiene decimales
        [negative] se esperaba una cantidad entera (0 o más), pero hay { $text }
       *[other] se esperaba una cantidad entera, pero hay '{ $text }'
    }
core-import-what-whole-coins = { $problem ->
        [missing] se esperaba un número entero de monedas, pero no hay nada
        [fraction] se esperaba un número entero de monedas, pero hay '{ $text }', que tiene decimales
        [negative] se esperaban 0 monedas o más, pero hay { $text }
       *[other] se esperaba un número entero de monedas, pero hay '{ $text }'
    }
core-import-what-whole-diamonds = { $problem ->
        [missing] se esperaba un número entero de diamantes, pero no hay nada
        [fraction] se esperaba un número entero de diamantes, pero hay '{ $text }', que tiene decimales
        [negative] se esperaban 0 diamantes o más, pero hay { $text }
       *[other] se esperaba un número entero de diamantes, pero hay '{ $text }'
    }
core-import-what-day-figure = { $problem ->
        [missing] se esperaba un número ({ $figure }), pero no hay nada
        [fraction] se esperaba un número ({ $figure }), pero hay '{ $text }', que tiene decimales
        [negative] se esperaba un número ({ $figure }) (0 o más), pero hay { $text }
       *[other] se esperaba un número ({ $figure }), pero hay '{ $text }'
    }

core-import-cell-no-date = se esperaba una fecha/hora, pero no hay nada
core-import-cell-no-day = se esperaba un día, pero no hay nada
core-import-cell-no-gift = se esperaba el nombre de un regalo, pero no hay nada
# La celda del regalo solo tenía espacios o caracteres de control.
core-import-cell-gift-blank = se esperaba el nombre de un regalo
core-import-cell-date = se esperaba una fecha/hora como 2026-03-01 20:00, 01/03/2026 20:00, 01.03.2026 o 1772395200000, pero hay '{ $text }'
core-import-cell-epoch = '{ $text }' no es un tiempo epoch que LiveLedger pueda leer
core-import-cell-not-a-calendar-date = '{ $text }' no es una fecha del calendario
# $time: lo que dice la columna de hora.
core-import-cell-time-twice = la fecha '{ $text }' ya tiene su propia hora y la columna de hora dice '{ $time }'
core-import-cell-time-column = se esperaba una hora como 20:05 u 8:05 PM en la columna de hora, pero hay '{ $text }'
core-import-cell-day-with-time = se esperaba un día como 2026-11-12, pero hay '{ $text }' con hora: los archivos de TikTok LIVE Center tienen una fila por día
core-import-cell-iso-day = se esperaba AAAA-MM-DD, pero hay '{ $text }'
core-import-cell-end-time = se esperaba una hora de fin como 2026-03-01 21:30 o 21:30, pero hay '{ $text }'
core-import-cell-end-needs-start = un fin dado como hora del día necesita un inicio escrito como AAAA-MM-DD
core-import-cell-duration = se esperaba una duración de una semana como máximo, como 90, 1:30:00 o 1h 30m, pero hay '{ $text }'
core-import-cell-seconds = se esperaba un tiempo como 5400, 1:30:00 o 1h 30m, pero hay '{ $text }'
core-import-cell-not-a-number = se esperaba un número, pero hay '{ $text }'
core-import-cell-whole-number = se esperaba un número entero, pero hay '{ $text }'
core-import-cell-money = se esperaba una cantidad de dinero, pero hay '{ $text }'
core-import-cell-negative = se esperaba 0 o más, pero hay '{ $text }'
core-import-cell-too-large = '{ $text }' es más de lo que un registro puede contar
# $n × $coins: la cantidad de una fila y el precio de su regalo.
core-import-cell-total-too-large = { $n } × { $coins } monedas es más de lo que un registro puede contar
# $thousands y $decimal: la cifra leída con el separador como miles y como coma decimal.
core-import-cell-ambiguous-number = '{ $text }' podría ser { $thousands } o { $decimal }; escríbelo con dos decimales o sin separadores de miles
core-import-cell-true-false = se esperaba true o false, pero hay '{ $text }'
# $field: el nombre del campo de precio en el registro (diamondCount).
core-import-cell-no-price = el evento no da precio para '{ $gift }' ({ $field } u otro campo de precio) y el catálogo de regalos no lo conoce; añádelo al catálogo o indica el campo de precio
core-import-cell-price-negative = se esperaba un precio de 0 monedas o más, pero hay { $text }
core-import-cell-repeat-count-below-one = se esperaba un número de repeticiones de 1 o más, pero hay { $text }
core-import-cell-count-below-one = se esperaba una cantidad de 1 o más, pero hay { $text }
# $cell: la cantidad escrita en la celda del regalo (Rose x5); $column: la de la columna de cantidad.
core-import-cell-count-conflict = la celda del regalo '{ $text }' dice { $cell }, pero la columna de cantidad dice { $column }: ¿cuál es?
# $n: la cantidad de la fila; $each: el precio de uno en el catálogo; $column: el encabezado de la columna.
core-import-cell-diamonds-look-total = { $diamonds } diamantes son { $n } × { $gift } ({ $each } cada uno en el catálogo): esta columna parece el total de la fila, no el precio de un regalo; léela como los diamantes totales de la fila (CLI: --map total_diamonds={ $column })
core-import-cell-total-looks-each = { $diamonds } diamantes por { $n } × { $gift } es el precio de uno en el catálogo ({ $each }): esta columna parece el precio de un regalo, no el total de la fila; léela como diamantes por regalo (CLI: --map diamonds={ $column })
core-import-cell-total-not-divisible = un total de { $diamonds } diamantes no se divide entre la cantidad { $n }: ¿es el precio de un solo regalo?
core-import-cell-gift-unknown = el regalo '{ $gift }' no está en el catálogo de regalos y la fila no da monedas ni diamantes; añádelo al catálogo o agrega una columna de monedas
core-import-cell-too-long = { $count ->
        [one] tiene { $n } carácter; el registro guarda como máximo { $max }
       *[other] tiene { $n } caracteres; el registro guarda como máximo { $max }
    }
core-import-cell-too-many-days = un archivo de TikTok LIVE Center tiene una fila por día; más de { $max } filas no es uno
# La exportación propia de LiveLedger. $name: su columna (session_ref, gift_name…).
core-import-cell-value-missing = se esperaba un valor para { $name }, pero no hay nada
core-import-cell-coins-missing = se esperaban monedas, pero no hay nada
core-import-cell-coins-count = se esperaban monedas ≥ 0 y cantidad ≥ 1, pero hay { $coins } y { $n }
core-import-cell-record-kind = se esperaba session, gift, withdrawal, adjustment o rate, pero hay '{ $text }'
core-import-cell-no-format = no se eligió ningún formato
# Una comprobación del registro rechaza un valor. $field: su nombre tal como lo nombra el registro.
core-import-cell-field-end-before-start = { $field }: es anterior al inicio
core-import-cell-field-year = { $field }: se esperaba una fecha de { $from } a { $to }, pero es del año { $year } (¿una errata?)
core-import-cell-field-negative-got = { $field }: no puede ser negativo (se recibió { $text })
core-import-cell-field-not-negative = { $field }: no puede ser negativo
core-import-cell-field-count-too-large = { $field }: { $text } es más de lo que acepta un registro
core-import-cell-field-too-large = { $field }: { $text } es más de lo que acepta un registro (como máximo { $max })
core-import-cell-field-decimal-places = { $field }: { $text } tiene más de { $count } decimales
# Una comprobación para la que la importación no tiene palabras propias: su texto en inglés.
core-import-cell-other = { $text }

## Una columna o un día con problemas en conjunto.

core-import-problem-numbers-both = la columna usa '{ $sep }' tanto para agrupar miles (línea { $group_line }: '{ $group }') como de coma decimal (línea { $decimal_line }: '{ $decimal }'); escribe sus números de una sola forma
core-import-problem-numbers-points = la columna mezcla separadores decimales: '.' (línea { $dot_line }: '{ $dot }') y ',' (línea { $comma_line }: '{ $comma }'); escribe sus números de una sola forma
core-import-problem-numbers-thousands = la columna escribe los miles como '{ $dot }' (línea { $dot_line }) y como '{ $comma }' (línea { $comma_line }): uno de ellos sería una fracción; escribe sus números de una sola forma
core-import-problem-rewards-ambiguous = '{ $text }' podría ser { $thousands } o { $decimal } y ningún otro valor de la columna lo aclara; escribe los importes con dos decimales (1234.00 o 1234,00) o sin separadores de miles
core-import-problem-day-twice = { $day } aparece dos veces con { $figure } distintos ({ $was } en la línea { $line }, { $now } aquí)
core-import-problem-mixed-encoding = no es texto UTF-8 válido, aunque las líneas anteriores sí lo son: el archivo mezcla codificaciones (guárdalo como UTF-8)
core-import-problem-sheet-wide = tiene un valor después de la columna { $max }; una tabla que LiveLedger lee tiene como máximo { $max } columnas

core-import-json-not-event = se esperaba un evento (un objeto JSON), pero hay { $kind ->
        [null] null
        [bool] true o false
        [number] un número
        [text] texto
        [array] un array
       *[object] un objeto
    }
core-import-json-not-scalar = se esperaba un número o texto, pero hay { $kind ->
        [null] null
        [bool] true o false
        [number] un número
        [text] texto
        [array] un array
       *[object] un objeto
    }
core-import-json-value-too-long = se esperaba un valor para { $field }, pero hay '{ $text }'
core-import-json-event-too-large = { $n } × { $coins } monedas es más de lo que puede valer un evento de regalo (como máximo { $max } monedas)

## Un archivo, su encabezado o sus opciones que LiveLedger no puede usar: no
## se importó nada. Cada mensaje empieza con el nombre del archivo, $file.

core-import-file-empty = { $file }: el archivo está vacío
core-import-file-no-header = { $file }: el archivo no tiene línea de encabezado
core-import-file-skip-rows-all = { $file }: --skip-rows { $n } salta todas las líneas del inicio del archivo
core-import-file-columns = { $file }: línea { $line }: el encabezado tiene { $n } columnas; una tabla que LiveLedger lee tiene como máximo { $max }
core-import-file-sheet-columns = { $file }: fila { $line }: el encabezado tiene más de { $max } columnas; una tabla que LiveLedger lee tiene como máximo { $max }
core-import-file-not-utf8 = { $file }: línea { $line }: no es texto UTF-8 válido (guarda el archivo como UTF-8)
core-import-file-utf32 = { $file }: es texto { $encoding }, que LiveLedger no lee: guárdalo como UTF-8 (o UTF-16)
core-import-file-no-rows = { $file }: no hay filas que importar: el archivo tiene un encabezado (línea { $line }) y nada debajo
core-import-file-skip-lines = { $file }: { $count ->
        [one] { $n } línea que omitir; como máximo { $max }
       *[other] { $n } líneas que omitir; como máximo { $max }
    }
core-import-file-no-mapping = { $file }: no hay ninguna asignación guardada llamada '{ $name }'
core-import-file-not-a-sheet = { $file }: no es una hoja de cálculo (.xlsx, .xls u .ods): --sheet nombra una hoja de una
core-import-file-export-not-sheet = { $file }: es la descarga de datos de TikTok, no una hoja de cálculo: --sheet nombra una hoja de una
core-import-file-export-not-table = { $file }: es la descarga de datos de TikTok, no una tabla { $format } (impórtalo según lo que se detecte en su contenido; CLI: --format auto o tiktok-data)
core-import-file-sheet-not-export = { $file }: es una hoja de cálculo, no la descarga de datos de TikTok (impórtala según lo que se detecte en su contenido; CLI: --format auto)
core-import-file-sheet-not-liveledger = { $file }: es una hoja de cálculo; la exportación propia de LiveLedger se lee como el CSV que escribió
core-import-file-sheet-empty = { $file }: la hoja '{ $sheet }' está vacía
core-import-file-no-record = { $file }: una exportación de LiveLedger necesita una columna 'record'
core-import-file-events-need = { $file }: un registro de eventos de regalos necesita una columna para { $missing } (sus columnas: { $known ->
        [none] ningún nombre de columna que LiveLedger conozca
       *[other] nombres que conoce: { $columns }
    }); elige qué columna tiene cada dato (CLI: --map)
core-import-file-table-need = { $file }: una tabla de regalos necesita una columna para { $missing } (sus columnas: { $known ->
        [none] ningún nombre de columna que LiveLedger conozca
       *[other] nombres que conoce: { $columns }
    }); elige qué columna tiene cada dato (CLI: --map)
core-import-file-sessions-need = { $file }: un resumen de directos necesita una columna para { $missing } (sus columnas: { $known ->
        [none] ningún nombre de columna que LiveLedger conozca
       *[other] nombres que conoce: { $columns }
    }); elige qué columna tiene cada dato (CLI: --map)
core-import-file-days-need = { $file }: un archivo de TikTok LIVE Center necesita una columna para { $missing } (sus columnas: { $known ->
        [none] ningún nombre de columna que LiveLedger conozca
       *[other] nombres que conoce: { $columns }
    }); elige qué columna tiene cada dato (CLI: --map)
core-import-file-days-no-figures = { $file }: un archivo de TikTok LIVE Center necesita una columna de cifras (diamantes, tiempo de LIVE, vistas, me gusta…) junto a su fecha (sus columnas: { $known ->
        [none] ningún nombre de columna que LiveLedger conozca
       *[other] nombres que conoce: { $columns }
    })
core-import-file-events-no-gift = { $file }: un registro de eventos de regalos necesita una columna { $name } o { $id }
core-import-file-map-pair = { $file }: '{ $text }' no tiene la forma campo=Columna
core-import-file-map-field = { $file }: '{ $text }' no es un campo (campos: { $fields })
core-import-file-map-no-column = { $file }: el archivo no tiene la columna '{ $text }' (sus columnas: { $known ->
        [none] ningún nombre de columna que LiveLedger conozca
       *[other] nombres que conoce: { $columns }
    })
core-import-file-map-long = { $file }: la asignación ocupa { $n } bytes; como máximo { $max } (CLI: --map)
core-import-file-map-event-field = { $file }: { $text } no es un campo de un evento de regalo (campos: { $fields })
core-import-file-map-path = { $file }: '{ $text }' no es una ruta JSON (claves unidas por puntos, como user.uniqueId)
core-import-file-map-json = { $file }: las asignaciones solo se guardan para archivos CSV; los campos de un archivo JSON se nombran por ruta, p. ej. coins=giftValue,sender=user.uniqueId (CLI: --mapping-name es para archivos CSV)
core-import-file-json-none = { $file }: no hay eventos de regalos que importar entre { $n } valores JSON
core-import-file-json-none-skipped = { $file }: no hay eventos de regalos que importar entre { $n } valores JSON (omitidos: { $skipped })
core-import-file-json-array = { $file }: no contiene eventos de regalos y no es la exportación de datos de TikTok: es un array de { $count ->
        [one] { $n } objeto
       *[other] { $n } objetos
    } cuyas claves son { $keys }. LiveLedger lee eventos de regalos ({ $id }, { $coins }, { $repeat }…) y la «Descarga de tus datos» de TikTok; para eventos de tu propio registrador, indica la ruta de cada campo (CLI: --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)
core-import-file-json-object = { $file }: no contiene eventos de regalos y no es la exportación de datos de TikTok: es un objeto JSON cuyas claves son { $keys }. LiveLedger lee eventos de regalos ({ $id }, { $coins }, { $repeat }…) y la «Descarga de tus datos» de TikTok; para eventos de tu propio registrador, indica la ruta de cada campo (CLI: --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)
core-import-file-json-lines = { $file }: no contiene eventos de regalos y no es la exportación de datos de TikTok: es { $count ->
        [one] { $n } valor
       *[other] { $n } valores
    } (JSON Lines), objetos cuyas claves son { $keys }. LiveLedger lee eventos de regalos ({ $id }, { $coins }, { $repeat }…) y la «Descarga de tus datos» de TikTok; para eventos de tu propio registrador, indica la ruta de cada campo (CLI: --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)

core-import-tiktok-not-text = se esperaba texto, pero hay una lista o un objeto
core-import-tiktok-text-long = se esperaban como máximo { $max } caracteres, pero hay '{ $text }'
core-import-tiktok-count = se esperaba un número entero de 0 a { $max }, pero hay '{ $text }'
core-import-tiktok-diamonds-money = se esperaban diamantes; esto es una cantidad de dinero, que LiveLedger no vuelve a convertir en diamantes, pero hay '{ $text }'
core-import-tiktok-diamonds = se esperaba un número de diamantes, pero hay '{ $text }'
core-import-tiktok-diamonds-range = se esperaban de 0 a { $max } diamantes, pero hay '{ $text }'
core-import-tiktok-money-currency = se esperaba una cantidad en { $currency } (la moneda de la tasa), pero hay '{ $text }'
core-import-tiktok-money = se esperaba una cantidad de dinero como 10.50, pero hay '{ $text }'
core-import-tiktok-money-range = se esperaba una cantidad de 0 a { $max }, pero hay '{ $text }'
core-import-tiktok-duration = se esperaba una duración de 7 días como máximo, como 1:30:00, 1h 30m o un número de segundos, pero hay '{ $text }'
core-import-tiktok-not-live = se esperaba un LIVE (un objeto JSON)
core-import-tiktok-no-start = se esperaba LiveStartTime (cuándo empezó el LIVE), pero no hay nada
core-import-tiktok-ends-before = el LIVE termina antes de empezar
core-import-tiktok-status = se esperaba un estado como completed, pending, failed o cancelled, pero hay '{ $text }'
core-import-tiktok-no-date = se esperaba la fecha (Date) del retiro, pero no hay nada
core-import-tiktok-no-rate = no hay ninguna tasa para este día; añade una con `liveledger rates add`
core-import-tiktok-money-to-diamonds = no se puede convertir esta cantidad en diamantes con el dinero por diamante de la tasa
core-import-tiktok-no-amount = se esperaban los diamantes (Diamonds) o la cantidad (Amount) del retiro, pero no hay ninguno
core-import-tiktok-withdrawal-range = se esperaba un retiro de más de 0 y como máximo { $max } diamantes, pero hay { $text }
core-import-tiktok-too-many-to-value = { $text } diamantes son demasiados para valorarlos
core-import-tiktok-fee-above = la comisión { $fee } es mayor que el valor del retiro { $gross }
core-import-tiktok-not-wallet = se esperaba una entrada de la billetera (un objeto JSON)

## A container (a zip, an OLE file), a spreadsheet or TikTok's data download
## LiveLedger does not read. $error stays in English (the system's, the zip
## reader's or the spreadsheet reader's words).

core-import-file-cannot-read = { $file }: no se puede leer: { $error }
core-import-file-error = { $file }: { $error }
core-import-file-too-large = { $file }: pesa más de { $max } MiB; no se leyó
core-import-file-zip-unreadable = { $file }: no es un archivo ZIP que se pueda leer ({ $error })
core-import-file-zip-many = { $file }: enumera más archivos de los que tiene la exportación de TikTok o un libro de cálculo (como máximo { $max }); no se leyó
core-import-file-ole-unreadable = { $file }: es un archivo compuesto OLE que no se puede leer; LiveLedger lee CSV, JSON, la descarga de datos de TikTok (.zip) y hojas de cálculo (.xlsx, .xls, .ods)
core-import-file-word = { $file }: es un documento de Word; LiveLedger lee CSV, JSON, la descarga de datos de TikTok (.zip) y hojas de cálculo (.xlsx, .xls, .ods)
core-import-file-ole-no-workbook = { $file }: es un archivo compuesto OLE sin libro de cálculo (sus flujos: { $streams }); LiveLedger lee CSV, JSON, la descarga de datos de TikTok (.zip) y hojas de cálculo (.xlsx, .xls, .ods)
core-import-file-ole-broken = { $file }: es un archivo compuesto OLE (como los .xls) que no se puede leer: { $error }; LiveLedger lee CSV, JSON, la descarga de datos de TikTok (.zip) y hojas de cálculo (.xlsx, .xls, .ods)
core-import-file-odf-not-sheet = { $file }: es un archivo OpenDocument que no es una hoja de cálculo ({ $mimetype }); LiveLedger lee CSV, JSON, la descarga de datos de TikTok (.zip) y hojas de cálculo (.xlsx, .xls, .ods)
core-import-file-zip-other = { $file }: es { $count ->
        [0] un ZIP vacío
        [one] un ZIP de { $n } archivo: { $names }
       *[other] un ZIP de { $n } archivos: { $names }
    }: no es la descarga de datos de TikTok ni una hoja de cálculo; LiveLedger lee CSV, JSON, la descarga de datos de TikTok (.zip) y hojas de cálculo (.xlsx, .xls, .ods)
core-import-file-zip-no-export = { $file }: es { $count ->
        [0] un ZIP vacío
        [one] un ZIP de { $n } archivo: { $names }
       *[other] un ZIP de { $n } archivos: { $names }
    }: no es la exportación JSON de TikTok (user_data.json) ni sus archivos TXT
core-import-file-zip-not-tiktok = { $file }: no es un archivo ZIP como los que envía TikTok ({ $error })
core-import-file-unpack-ratio = { $file }: { $entry } se descomprime a más de { $ratio } veces su tamaño comprimido: no es la exportación de TikTok; no se leyó
core-import-file-unpack-past = { $file }: { $entry } se descomprime a más de { $max } GiB (junto con los archivos anteriores); no se leyó
core-import-file-export-skip-lines = { $file }: es la descarga de datos de TikTok: sus entradas no se pueden omitir una por una
core-import-file-not-read = { $file }: no se leyó
core-import-file-export-no-lists = { $file }: no contiene historial de LIVE ni retiros de la billetera (sus secciones: { $count ->
        [0] ninguna
       *[other] { $sections }
    }); ¿es la exportación «Descarga tus datos» de TikTok?
core-import-file-not-regular = { $file }: es { $what ->
        [folder] una carpeta
        [fifo] una tubería con nombre (FIFO)
        [device] un dispositivo
        [socket] un socket
       *[other] algo que no es un archivo normal
    }: solo se puede importar un archivo normal
core-import-file-sheet-memory = { $file }: { $what ->
        [strings] sus cadenas compartidas ocuparían
       *[sheets] sus hojas ocuparían
    } más de { $max } MiB de memoria al leerse; no se leyó (guarda la hoja como CSV para importarla)
core-import-file-sheet-part = { $file }: no se puede leer '{ $part }' ({ $error })
core-import-file-sheet-ratio = { $file }: '{ $part }' se descomprime a más de { $ratio } veces su tamaño comprimido: no es una hoja de cálculo; no se leyó
core-import-file-sheet-unpacks = { $file }: se descomprime a más de { $max } GiB; no se leyó
core-import-file-sheet-long-run = { $file }: '{ $part }' contiene un texto o una etiqueta de más de { $max } MiB: no es una hoja de cálculo que LiveLedger lea; no se leyó
core-import-file-sheet-strings-unreadable = { $file }: no se pueden leer las cadenas compartidas ({ $error })
core-import-file-sheet-strings-declared = { $file }: declara más cadenas compartidas de las que contiene: no es una hoja de cálculo íntegra; no se leyó
core-import-file-sheet-not-xml = { $file }: su contenido no es XML que se pueda leer ({ $error })
core-import-file-xls-large = { $file }: es un .xls de más de { $max } MiB; no se leyó (guárdalo como .xlsx o CSV)
core-import-file-xls-unreadable = { $file }: no es un .xls que se pueda leer ({ $error })
core-import-file-xls-rows = { $file }: declara una hoja cuya última fila está antes de la primera: no es un .xls íntegro; no se leyó
core-import-file-workbook-unreadable = { $file }: no es un libro .{ $kind } que se pueda leer ({ $error })
core-import-file-sheet-unreadable = { $file }: no se puede leer la hoja '{ $sheet }' ({ $error })
core-import-file-sheet-row-unreadable = { $file }: fila { $row }: no se puede leer la hoja ({ $error })
core-import-file-sheet-rows-order = { $file }: fila { $row }: las filas de la hoja están desordenadas; no se leyó
core-import-file-no-such-sheet = { $file }: no tiene ninguna hoja llamada '{ $sheet }' (sus hojas: { $count ->
        [0] ninguna
       *[other] { $sheets }
    })
core-import-file-no-sheet-data = { $file }: no tiene ninguna hoja con datos (sus hojas: { $count ->
        [0] ninguna
       *[other] { $sheets }
    })
core-import-file-nothing-skipped = { $file }: no hay filas que importar; se omitieron { $totals ->
        [0] {""}
        [one] { $totals_n } fila de totales
       *[other] { $totals_n } filas de totales
    }{ $blank ->
        [0] {""}
       *[other] { $first ->
            [blank] {""}
           *[other] {", "}
        }{ $blank ->
            [one] { $blank_n } línea en blanco
           *[other] { $blank_n } líneas en blanco
        }
    }{ $summary ->
        [0] {""}
       *[other] { $first ->
            [summary] {""}
           *[other] {", "}
        }{ $summary ->
            [one] un bloque de resumen de { $summary_n } fila
           *[other] un bloque de resumen de { $summary_n } filas
        }
    }{ $events ->
        [0] {""}
       *[other] { $first ->
            [events] {""}
           *[other] {", "}
        }{ $events ->
            [one] { $events_n } evento que no es un regalo
           *[other] { $events_n } eventos que no son regalos
        }
    }

## TikTok's data download whose structure breaks: a problem at a line.

core-import-tiktok-long-text = contiene un texto o una clave de más de { $max } MiB: esto no es la exportación de TikTok
core-import-tiktok-long-entry = contiene una entrada de lista de más de { $max } MiB: esto no es un LIVE ni una entrada de la billetera
core-import-tiktok-many-entries = contiene más de { $max } entradas de LIVE y de la billetera: más que el historial de cualquier creador
core-import-tiktok-cannot-read = no se puede leer: { $error }
core-import-tiktok-cut-short = el archivo termina a mitad de un valor: está cortado
core-import-tiktok-not-json = no es JSON válido aquí ({ $error })
core-import-tiktok-txt-text = { $list }: { $error }
core-import-tiktok-txt-cannot-read = no se puede leer { $list }: { $error }
core-import-tiktok-txt-long-line = { $list } contiene una línea de más de { $max } MiB: esto no es la exportación de TikTok
core-import-tiktok-txt-not-utf8 = { $list } no es texto UTF-8 válido aquí (guárdalo como UTF-8)
core-import-tiktok-txt-long-entry = { $list } contiene una entrada de más de { $max } MiB: esto no es un LIVE ni una entrada de la billetera

## A spreadsheet that breaks off while its rows are read: a problem at the
## last row read, in the words of the file's refusal (above) without $file.

core-import-sheet-cannot-read = no se puede leer: { $error }
core-import-sheet-workbook-unreadable = no es un libro .{ $kind } que se pueda leer ({ $error })
core-import-sheet-unreadable = no se puede leer la hoja '{ $sheet }' ({ $error })
core-import-sheet-row-unreadable = fila { $row }: no se puede leer la hoja ({ $error })
core-import-sheet-rows-order = fila { $row }: las filas de la hoja están desordenadas; no se leyó

# How the file wrote its dates (after "dates"): each form, joined; a form such as
# DD/MM/YYYY is written as it is.
core-import-dates-pattern = { $pattern }
core-import-dates-epoch-s = segundos epoch
core-import-dates-epoch-ms = milisegundos epoch
core-import-dates-and = { $first } y { $then }
core-import-dates-twelve-hour = { $dates }, reloj de 12 horas
core-import-dates-time-column = { $dates }, hora en su propia columna

# An import's write refusing what a file holds.
core-import-undefined-session = un regalo nombra el directo '{ $key }', que el archivo no define
core-import-untimed-gifts = los regalos sin hora necesitan un directo
core-import-row-coins-too-large = { $n } × { $coins } monedas es demasiado
