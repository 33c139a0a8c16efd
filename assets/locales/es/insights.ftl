# Análisis («Qué te hace ganar»): lo que rinde en todos tus directos. Cada
# cifra se basa en un número de directos (o días de TikTok); con muy pocos,
# lo dice en lugar de dar una cifra.

insights-title = Qué te hace ganar

## Una cifra y su muestra.

insights-not-enough = aún no hay suficientes directos ({ $n } de { $min })
insights-sample-lives = ({ $count ->
    [one] { $count } directo
   *[other] { $count } directos
})
insights-sample-days = ({ $count ->
    [one] { $count } día
   *[other] { $count } días
})
insights-sample-weeks = ({ $count ->
    [one] { $count } semana
   *[other] { $count } semanas
})
insights-percent = { $value } %

## El periodo.

insights-range-from = Desde { $date }
insights-range-to = hasta { $date }
insights-from-label = Desde
insights-to-label = Hasta
insights-show = Mostrar
insights-all-lives = Todos los directos
insights-looked-at = { $count ->
    [one] { $count } directo analizado
   *[other] { $count } directos analizados
} · medianas · cada cifra necesita { $min } directos

## Aún sin directos.

insights-empty-title = Aún no hay directos de los que aprender
insights-empty-text = El análisis compara tus directos entre sí: las mejores horas para salir en directo, qué duración rinde, cuánto vale un espectador y quién regala. Cada cifra necesita { $min } directos de 15 minutos o más.
insights-add-live = Añadir un directo
insights-import-lives = Importar tus directos

## ¿Me pagan por visualización?

insights-per-view-title = ¿Me pagan por visualización?
insights-per-view-answer = No. TikTok paga por los regalos, no por las visualizaciones. Lo que valió un espectador en tus propios directos:
insights-per-viewer = Diamantes por espectador
insights-per-1000-viewers = Diamantes por cada 1000 espectadores
insights-money-per-1000-viewers = { $currency } por cada 1000 espectadores
insights-per-hour-same-lives = Diamantes por hora en directo, mismos directos
insights-per-1000-views-days = Por cada 1000 visualizaciones, según los días del LIVE Center de TikTok
insights-per-view-note = Aquí cuentan los directos cuyos espectadores se escribieron, importaron o capturaron.

## Cuándo sales en directo.

insights-when-title = Cuándo sales en directo
insights-when-note = Cada celda: la mediana de diamantes por hora en directo de los directos que empezaron entonces y (en pequeño) cuántos directos. Una celda con menos de { $min } directos solo muestra su número.
insights-no-lives-in-range = No hay directos en este periodo.
insights-week-caption = Mediana de diamantes por hora en directo según el día de la semana y la hora de inicio (tu zona horaria), con los directos de cada celda
insights-week-day = Día
insights-cell-few = { $day } { $hour }: aún no hay suficientes directos ({ $n } de { $min })
insights-cell = { $day } { $hour }: { $diamonds } por hora, { $count ->
    [one] { $count } directo
   *[other] { $count } directos
}

## Cuánto dura.

insights-how-long = Cuánto dura
insights-lengths-caption = Mediana de diamantes según la duración del directo: dónde el tiempo extra deja de rendir
insights-col-length = Duración del directo
insights-col-per-hour = Diamantes por hora en directo
insights-col-per-live = Diamantes por directo
insights-band-under = menos de { $to }
insights-band-between = de { $from } a { $to }
insights-band-longer = { $from } o más

## El público y los regalos.

insights-room-title = El público y los regalos
insights-room-empty = La captura en vivo cuenta los me gusta, comentarios, entradas y nuevos seguidores por minuto mientras funciona (nunca las palabras del chat). Captura algunos directos o importa los archivos diarios del LIVE Center de TikTok, y aquí verás cómo se movieron tus diamantes con el público.
insights-room-counted = La captura en vivo contó el público en { $count ->
    [one] { $count } directo
   *[other] { $count } directos
}: { $comments } comentarios y { $likes } me gusta por minuto (medianas).
insights-split-comments = Con más de { $cut } comentarios por minuto: { $above } diamantes por hora en directo; con { $cut } o menos: { $below }.
insights-split-likes = Con más de { $cut } me gusta por minuto: { $above } diamantes por hora en directo; con { $cut } o menos: { $below }.
insights-split-followers = Con más de { $cut } nuevos seguidores por hora: { $above } diamantes por hora en directo; con { $cut } o menos: { $below }.
insights-split-days-likes = Con más de { $cut } me gusta por minuto en directo en los días del LIVE Center de TikTok: { $above } diamantes por hora en directo; con { $cut } o menos: { $below }.
insights-split-comments-few = Por comentarios por minuto: aún no hay suficientes directos a cada lado ({ $count ->
    [one] { $count } directo
   *[other] { $count } directos
} por ahora; hacen falta al menos { $min } a cada lado).
insights-split-likes-few = Por me gusta por minuto: aún no hay suficientes directos a cada lado ({ $count ->
    [one] { $count } directo
   *[other] { $count } directos
} por ahora; hacen falta al menos { $min } a cada lado).
insights-split-followers-few = Por nuevos seguidores por hora: aún no hay suficientes directos a cada lado ({ $count ->
    [one] { $count } directo
   *[other] { $count } directos
} por ahora; hacen falta al menos { $min } a cada lado).
insights-split-days-likes-few = Por me gusta por minuto en directo en los días del LIVE Center de TikTok: aún no hay suficientes días a cada lado ({ $count ->
    [one] { $count } día
   *[other] { $count } días
} por ahora; hacen falta al menos { $min } a cada lado).
insights-cause = Esto muestra lo que ocurrió a la vez, no lo que lo causó: un chat animado puede traer regalos, o los regalos pueden animar el chat.

## Un directo minuto a minuto.

insights-timeline-title = Un directo minuto a minuto
insights-timeline-pick = Directo que mostrar
insights-timeline-live = Directo { $pick }
insights-timeline-minutes = { $count ->
    [one] { $count } minuto con regalos o conteos.
   *[other] { $count } minutos con regalos o conteos.
}
insights-timeline-uncounted = La captura en vivo no contó el público en este directo: solo se muestran sus regalos.
insights-timeline-every-minute = Cada minuto, con me gusta, nuevos seguidores y espectadores
insights-col-minute = Minuto
insights-col-diamonds = Diamantes
insights-col-comments = Comentarios
insights-col-likes = Me gusta
insights-col-new-followers = Nuevos seguidores
insights-col-viewers = Espectadores
insights-timeline-note = Barras: diamantes. Línea: comentarios, donde la captura en vivo los contó. Un directo largo se dibuja en tramos de unos minutos.

## Plan.

insights-plan-title = Plan
insights-plan-reached = Ya alcanzaste el retiro mínimo.
insights-plan-wait = Faltan { $diamonds }. Las horas que necesitas aparecerán tras { $min } directos.
insights-plan-hours = Faltan { $diamonds }: a tu mediana de { $perHour } por hora en directo ({ $lives ->
    [one] último directo
   *[other] últimos { $lives } directos
}), unas { $hours } { $count ->
    [one] hora
   *[other] horas
} más en directo.
insights-plan-week = Esta semana: { $thisWeek } { $count ->
    [one] diamante
   *[other] diamantes
}; tu media semanal en las semanas anteriores: { $average }.
insights-plan-by = Alcanzarlo antes del { $date }
insights-plan-by-label = Fecha para alcanzar el mínimo
insights-plan-button = Planificar
insights-plan-per-week = Unas { $hours } { $count ->
    [one] hora
   *[other] horas
} en directo a la semana hasta el { $day }.
insights-plan-passed = Ese día ya pasó.

## Quién regala.

insights-who-title = Quién regala
insights-gifters-per-live = Donadores por directo
insights-returning-gifters = Donadores que repiten
insights-top-share = { $count ->
    [one] Tu principal seguidor aportó
   *[other] Tus { $count } principales seguidores aportaron
}
insights-top-share-value = { $percent } de los diamantes de regalos
insights-no-senders = No hay regalos con el nombre del remitente en estos directos.
insights-supporters-caption = Principales seguidores en estos directos (solo en tu propia vista; las exportaciones omiten los nombres salvo que lo pidas)
insights-col-supporter = Seguidor
insights-col-lives = Directos
insights-col-first-gift = Primer regalo
insights-col-last-gift = Último regalo
