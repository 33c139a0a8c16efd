# Gráficos: títulos de ejes, leyendas, descripciones emergentes, el resumen
# que oye un lector de pantalla y el botón para ver las cifras en una tabla.
# El tiempo va de izquierda a derecha en todos los idiomas.

charts-show-table = Ver las cifras en una tabla
charts-hide-table = Ocultar la tabla
charts-none-yet = Aún no hay cifras.

## Títulos de ejes, leyendas y columnas

charts-diamonds = Diamantes
charts-value = Valor
charts-day = Día
charts-week = Semana
charts-month = Mes
charts-balance = Saldo (diamantes)
charts-withdrawn = Retirado (diamantes)
charts-withdrawn-money = Retirado (dinero)
charts-live = Directo
charts-title = Título
charts-time = Hora
charts-comments = Comentarios
charts-per-hour = { $currency } por hora en directo
charts-per-1k = { $currency } por cada 1000 espectadores

## Diamantes ganados por día, semana o mes

charts-earned-summary-day = { $count ->
    [one] Gráfico de barras de los diamantes ganados por día: { $count } día, del { $from } al { $to }. Máximo: { $best } el { $at }.
   *[other] Gráfico de barras de los diamantes ganados por día: { $count } días, del { $from } al { $to }. Máximo: { $best } el { $at }.
}
charts-earned-summary-week = { $count ->
    [one] Gráfico de barras de los diamantes ganados por semana: { $count } semana, de { $from } a { $to }. Máximo: { $best } en { $at }.
   *[other] Gráfico de barras de los diamantes ganados por semana: { $count } semanas, de { $from } a { $to }. Máximo: { $best } en { $at }.
}
charts-earned-summary-month = { $count ->
    [one] Gráfico de barras de los diamantes ganados por mes: { $count } mes, de { $from } a { $to }. Máximo: { $best } en { $at }.
   *[other] Gráfico de barras de los diamantes ganados por mes: { $count } meses, de { $from } a { $to }. Máximo: { $best } en { $at }.
}
charts-earned-caption-day = Diamantes por día
charts-earned-caption-week = Diamantes por semana
charts-earned-caption-month = Diamantes por mes

## El saldo al final de cada día

charts-balance-summary = { $count ->
    [one] Gráfico de líneas del saldo de diamantes al final de { $count } día, del { $from } al { $to }: { $now } al final; máximo { $high } el { $at }.
   *[other] Gráfico de líneas del saldo de diamantes al final de cada día, { $count } días del { $from } al { $to }: { $now } al final; máximo { $high } el { $at }.
}
charts-balance-marks = { $count ->
    [one] { $count } día con un retiro, marcado.
   *[other] { $count } días con un retiro, marcados.
}
charts-tip-balance = Saldo: { $diamonds }
charts-tip-withdrawn = Retirado: { $diamonds }
charts-tip-withdrawn-money = Retirado: { $diamonds } ({ $money })

## Lo que ganó cada directo

charts-per-live-summary = { $count ->
    [one] Gráfico de dispersión de { $count } directo, del { $from } al { $to }: lo que ganó en { $currency } por hora en directo (eje izquierdo) y por cada 1000 espectadores (eje derecho). Mejor por hora: { $best }, { $at }.
   *[other] Gráfico de dispersión de { $count } directos, del { $from } al { $to }: lo que ganó cada uno en { $currency } por hora en directo (eje izquierdo) y por cada 1000 espectadores (eje derecho). Mejor por hora: { $best }, { $at }.
}
charts-per-live-caption = { $currency } por hora en directo y { $currency } por cada 1000 espectadores, por directo
charts-tip-per-hour = { $money } por hora en directo
charts-tip-per-1k = { $money } por cada 1000 espectadores

## Un directo a lo largo del tiempo, en pasos de $count minutos

charts-timeline-summary = { $count ->
    [one] Gráfico de barras de los diamantes de un directo por minuto, de { $from } a { $to }, con sus comentarios como línea (eje derecho). Más diamantes: { $best }, a las { $at }.
   *[other] Gráfico de barras de los diamantes de un directo cada { $count } minutos, de { $from } a { $to }, con sus comentarios como línea (eje derecho). Más diamantes: { $best }, a las { $at }.
}
charts-timeline-diamonds = { $count ->
    [one] Diamantes por minuto
   *[other] Diamantes cada { $count } minutos
}
charts-timeline-comments = { $count ->
    [one] Comentarios por minuto
   *[other] Comentarios cada { $count } minutos
}
charts-timeline-caption = { $count ->
    [one] Diamantes y comentarios por minuto
   *[other] Diamantes y comentarios cada { $count } minutos
}
charts-comments-count = { $count ->
    [one] { $count } comentario
   *[other] { $count } comentarios
}
