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
core-import-unknown-format = { $file }: no se puede saber qué contiene este archivo por su encabezado ({ $header }, línea { $line }); nombra las columnas con --map { $map }{ $columns }
core-import-unknown-format-columns = { $file }: no se puede saber qué contiene este archivo por su encabezado ({ $header }, línea { $line }); nombra las columnas con --map { $map }
    sus columnas:{ $columns }
core-import-rows = { $file }: { $count ->
        [one] { $n } problema
       *[other] { $n } problemas
    }; no se importó nada:
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
