# Vista Importar: elegir un archivo, sus columnas, la vista previa de lo que
# añadiría, el resultado, deshacer y el historial de importaciones. Las frases
# del núcleo (errores, avisos, notas) llegan del núcleo; los nombres de archivos,
# columnas, remitentes y eventos son los del propio archivo.

## La página

import-title = Importar
import-card-title = Importar un archivo
import-intro = Registros de regalos de herramientas de directo (CSV, JSON, JSON Lines), la descarga de datos de TikTok (.zip o .json), hojas de cálculo (.xlsx, .xls, .ods), tablas de regalos, resúmenes de análisis de LIVE o una exportación de LiveLedger. No se escribe nada hasta que pulses Importar, y una importación se puede deshacer entera.
import-choose-button = Elegir archivo…
import-path-empty = Aún no has elegido ningún archivo
import-path-label = Archivo elegido
import-preview-button = Vista previa
import-button = Importar
import-options = Formato y columnas
import-format-label = Formato
import-map-label = Columnas como texto (campo=Columna, …): se suma a lo detectado
import-map-short = Columnas como texto
import-map-example = date=Fecha,gift=Regalo,coins=Precio,count=Cantidad,sender=Usuario
import-saved-label = Asignaciones guardadas
import-saved-use = Usar una asignación guardada…
import-saved-none = Aún no hay asignaciones guardadas
import-save-as-label = Guardar esta asignación como (al importar)
import-save-as-short = Guardar esta asignación como
import-save-as-example = p. ej., Registro de mi herramienta
import-choose-first = Primero elige un archivo
import-done-toast = { $count ->
    [one] { $count } fila importada
   *[other] { $count } filas importadas
}

## Formatos en que se puede leer un archivo

import-format-auto = Detectar por el contenido
import-format-gift-events = Registro de regalos, CSV (herramientas de TikTok LIVE)
import-format-json-events = Eventos de regalos, JSON o JSON Lines (herramientas webcast, TikFinity)
import-format-tiktok-data = «Descargar tus datos» de TikTok (JSON o .zip)
import-format-gift-table = Tabla de regalos
import-format-session-summary = Resúmenes de directos (análisis de LIVE)
import-format-tiktok-days = Días de TikTok LIVE Center (Ingresos, Actividad, Espectadores, Interacción)
import-format-liveledger = Exportación de LiveLedger

## Campos que puede contener una columna

import-field-date = Fecha y hora
import-field-time = Hora del día
import-field-event = Tipo de evento
import-field-gift = Regalo
import-field-gift-id = Número de regalo
import-field-coins = Monedas
import-field-count = Cantidad
import-field-sender = Remitente
import-field-nickname = Apodo del remitente
import-field-session = Directo
import-field-repeat-end = Fin de la racha
import-field-gift-type = Tipo de regalo (racha o único)
import-field-streakable = Admite racha
import-field-streaking = Racha en curso
import-field-event-id = Número de mensaje
import-field-diamonds = Diamantes por regalo
import-field-total-diamonds = Diamantes (total de la fila)
import-field-duration = Duración
import-field-end = Fin
import-field-viewers = Espectadores
import-field-peak-viewers = Máximo de espectadores
import-field-followers = Nuevos seguidores
import-field-likes = Me gusta
import-field-gifters = Donadores
import-field-rewards = Recompensas
import-field-title = Título
import-field-lives = Directos
import-field-views = Visualizaciones
import-field-watch-time = Tiempo de visualización
import-field-avg-concurrent = Espectadores simultáneos de media
import-field-commenters = Personas que comentaron
import-field-shares = Veces compartido

## Cómo se leyó el archivo

import-read-as-line = Leído como { $how }.
import-read-encoding = codificación { $encoding }
import-read-delimiter = separador { $delimiter }
import-delimiter-comma = coma
import-delimiter-semicolon = punto y coma
import-delimiter-tab = tabulador
import-delimiter-pipe = barra vertical
import-read-numbers = números { $numbers }
import-numbers-plain = sin separadores
import-read-dates = fechas { $dates }
import-read-header-line = encabezado en la línea { $line }
import-read-header-row = encabezado en la fila { $line }

## La vista previa y el resultado

import-notice-preview = Vista previa: aún no se ha escrito nada.
import-notice-imported = Importado.
import-rows-read = { $count ->
    [one] { $file }: { $count } fila leída.
   *[other] { $file }: { $count } filas leídas.
}
import-rows-read-explained = { $count ->
    [one] { $file }: { $count } fila leída:
   *[other] { $file }: { $count } filas leídas:
}
import-explain-to-add = { $count ->
    [one] { $count } fila por añadir
   *[other] { $count } filas por añadir
}
import-explain-added = { $count ->
    [one] { $count } fila añadida
   *[other] { $count } filas añadidas
}
import-explain-streak-steps = { $count ->
    [one] { $count } paso de racha incluido en el total final de su racha (una racha de 5 Rosas se registra 1, 2, 3, 4, 5 y cuenta una vez, como 5)
   *[other] { $count } pasos de racha incluidos en el total final de su racha (una racha de 5 Rosas se registra 1, 2, 3, 4, 5 y cuenta una vez, como 5)
}
import-explain-already = { $count ->
    [one] { $count } fila ya estaba en el registro; no se añade dos veces
   *[other] { $count } filas ya estaban en el registro; no se añaden dos veces
}
import-explain-redelivered = { $count ->
    [one] { $count } mensaje que el archivo repetía (contado una vez)
   *[other] { $count } mensajes que el archivo repetía (contados una vez)
}
import-explain-totals = { $count ->
    [one] { $count } fila de totales, no de regalos
   *[other] { $count } filas de totales, no de regalos
}
import-explain-summary = { $count ->
    [one] { $count } fila de resumen bajo la tabla
   *[other] { $count } filas de resumen bajo la tabla
}
import-explain-blank = { $count ->
    [one] { $count } línea en blanco
   *[other] { $count } líneas en blanco
}
import-explain-events = { $count ->
    [one] { $count } evento que no es un regalo ({ $kinds })
   *[other] { $count } eventos que no son regalos ({ $kinds })
}
import-event-kind = { $count } { $kind }
import-explain-left-out = { $count ->
    [one] { $count } fila con problemas que elegiste omitir
   *[other] { $count } filas con problemas que elegiste omitir
}
import-left-out-note = { $count ->
    [one] Se omite { $count } fila con problemas ({ $lines }).
   *[other] Se omiten { $count } filas con problemas ({ $lines }).
}
import-lines = { $count ->
    [one] línea { $lines }
   *[other] líneas { $lines }
}
import-lines-more = { $count } más
import-include-again-button = Volver a incluirlas
import-would-add = Se añadiría
import-added = Añadido
import-added-lives = { $count ->
    [one] { $count } directo nuevo (ampliados: { $extended })
   *[other] { $count } directos nuevos (ampliados: { $extended })
}
import-added-rows = { $count ->
    [one] { $count } fila
   *[other] { $count } filas
}
import-amount-coins = Monedas
import-amount-diamonds = Diamantes
import-amount-value = Valor
import-lives-to-create = Directos por crear ({ $count })
import-lives-created = Directos creados ({ $count })
import-lives-live = Directo
import-lives-diamonds = Diamantes
import-lives-more = y { $count } más
import-gap-sentence = Empieza un directo nuevo tras una pausa sin regalos de { $minutes } minutos
import-gap-aria = Minutos sin regalos que inician un directo nuevo
import-gap-apply-button = Volver a previsualizar
import-gap-invalid = Escribe minutos enteros de 1 a 1440
import-fields-field = Campo
import-fields-column = Columna
import-fields-first = Primeros valores
import-column-for = Columna para { $field }
import-add-field-label = Otro campo
import-add-field-prompt = Leer otro campo…
import-unfinished-streaks = { $count ->
    [one] { $count } racha no terminó en el archivo; cuenta con su valor más alto hasta que importes una copia más larga del registro.
   *[other] { $count } rachas no terminaron en el archivo; cada una cuenta con su valor más alto hasta que importes una copia más larga del registro.
}
import-streaks-updated = { $count ->
    [one] { $count } racha que una importación anterior dejó a medias se actualiza al total de este archivo.
   *[other] { $count } rachas que una importación anterior dejó a medias se actualizan al total de este archivo.
}
import-sections-ignored = Secciones no leídas: { $sections }.
import-nothing-new = No hay nada nuevo que importar.

## Un archivo de días de TikTok LIVE Center

import-days-figures = { $count ->
    [one] Cifras de TikTok LIVE Center de { $count } día ({ $span }): { $figures }.
   *[other] Cifras de TikTok LIVE Center de { $count } días ({ $span }): { $figures }.
}
import-days-figures-no-span = { $count ->
    [one] Cifras de TikTok LIVE Center de { $count } día: { $figures }.
   *[other] Cifras de TikTok LIVE Center de { $count } días: { $figures }.
}
import-days-span = del { $from } al { $to }
import-days-diamonds-note = TikTok indica { $diamonds } en estos días. Se guardan junto a tu registro y nunca se suman a tu saldo; compáralos en Días de TikTok.
import-days-counts = { $count ->
    [one] { $count } cifra nueva; { $unchanged } ya en el registro.
   *[other] { $count } cifras nuevas; { $unchanged } ya en el registro.
}
import-days-replaced-intro = { $count ->
    [one] { $count } cifra sustituye lo que tenía el registro:
   *[other] { $count } cifras sustituyen lo que tenía el registro:
}
import-days-replaced-item = { $day }, { $figure }: { $was } → { $now }
import-figure-diamonds = diamantes
import-figure-live-seconds = tiempo en LIVE
import-figure-lives = directos
import-figure-views = visualizaciones
import-figure-unique-viewers = espectadores únicos
import-figure-avg-watch-seconds = tiempo medio de visualización
import-figure-peak-concurrent = máximo de espectadores simultáneos
import-figure-avg-concurrent = espectadores simultáneos de media
import-figure-gifters = donadores
import-figure-new-followers = nuevos seguidores
import-figure-commenters = personas que comentaron
import-figure-likes = me gusta
import-figure-shares = veces compartido

## Un archivo que no se importó

import-not-imported = No importado.
import-problems-line = Línea
import-problems-column = Columna
import-problems-problem = Problema
import-skip-rows-button = { $count ->
    [one] Omitir esta fila e importar el resto
   *[other] Omitir estas { $count } filas e importar el resto
}
import-skip-note = El resto se sigue importando todo junto o nada, tal como muestra la vista previa.
import-too-many = { $count ->
    [one] { $count } fila tiene problemas: demasiadas para omitirlas una a una. Corrige el archivo o comprueba que se han elegido las columnas correctas.
   *[other] { $count } filas tienen problemas: demasiadas para omitirlas una a una. Corrige el archivo o comprueba que se han elegido las columnas correctas.
}
import-no-column = — no está en este archivo —
import-apply-columns-button = Previsualizar con estas columnas

## Historial de importaciones y deshacer

import-history-title = Historial de importaciones
import-history-empty = Aún no hay importaciones.
import-history-when = Cuándo
import-history-file = Archivo
import-history-format = Formato
import-history-rows = Filas añadidas
import-history-sessions = Directos
import-history-notes = Notas
import-history-undo = Deshacer
import-history-warnings = { $count ->
    [one] { $count } aviso
   *[other] { $count } avisos
}
import-undo-button = Deshacer
import-undo-label = Deshacer la importación de { $file }
import-undone = Importación deshecha: se eliminaron { $gifts } y { $sessions }.
import-undone-gifts = { $count ->
    [one] { $count } fila de regalos
   *[other] { $count } filas de regalos
}
import-undone-sessions = { $count ->
    [one] { $count } directo
   *[other] { $count } directos
}
import-undo-again = Deshacer
import-back = La importación ha vuelto
