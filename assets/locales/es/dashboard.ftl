# El panel: el saldo, el camino al retiro mínimo de TikTok, si ya puedes
# retirar, esta semana y este mes, gráficos y listas de los mejores.

dashboard-title = Panel

## Aún vacío.

dashboard-empty-title = Aún no hay directos registrados
dashboard-empty-text = Añade tu primer directo: escríbelo, cuenta los regalos mientras estás en vivo o importa los archivos que te dieron tus herramientas de directo o TikTok.
dashboard-add-live = Añadir un directo
dashboard-import-file = Importar un archivo
dashboard-tally = Iniciar un conteo en vivo
dashboard-demo-offer = ¿Solo estás mirando? { $load }: puedes borrarlos en Ajustes.
dashboard-demo-load = Cargar seis meses de datos de prueba
dashboard-demo-loaded = Datos de prueba cargados

## El saldo.

dashboard-balance = Saldo
dashboard-diamonds-unit = { $count ->
    [one] diamante
   *[other] diamantes
}
dashboard-earned = Ganado
dashboard-withdrawn = Retirado
dashboard-corrections = Correcciones
dashboard-pending = Pagos en camino
dashboard-rounded-down = Redondeado hacia abajo: está un poco por debajo del mínimo de { $min }, así que no se muestra como alcanzado.
dashboard-valued-today = Esto vale a la tasa de hoy ({ $rate } por diamante). Los extractos usan la tasa del día de cada directo.

## El camino al retiro mínimo.

dashboard-threshold-title = Retiro mínimo
dashboard-progress-label = Progreso hacia el retiro mínimo de TikTok
dashboard-threshold-reached = { $balance } de { $min }: alcanzado · { $percent }
dashboard-threshold-to-go = { $balance } de { $min }: faltan { $diamonds } ({ $value }) · { $percent }
dashboard-can-cash-out = Puedes cobrar en cuanto se cumplan las demás condiciones.
dashboard-eta = A tu ritmo de los últimos { $days } días ({ $pace } al día) lo alcanzarás hacia el { $day }.
dashboard-eta-wait = Verás una previsión tras { $min } directos en { $days } días: { $count ->
    [one] falta { $count } directo más.
   *[other] faltan { $count } directos más.
}
dashboard-eta-none = No hay directos en los últimos { $days } días, así que aún no hay previsión.

## ¿Puedo retirar?

dashboard-ready-title = ¿Puedo retirar?
dashboard-ready = Listo para retirar
dashboard-not-yet = Todavía no
dashboard-withdrawable = Ahora puedes retirar { $diamonds } ({ $value }).
dashboard-rate-since = Tasa desde el { $day }: { $rate } por diamante.
dashboard-payout-link = Ajustes → Pagos
dashboard-blocker-negative-balance = Tu saldo es negativo ({ $diamonds }): se retiró o corrigió más de lo ganado. Revisa tus retiros o introduce lo que muestra tu billetera de TikTok en Retiros → Conciliar.
dashboard-blocker-below-minimum = { $balance } del mínimo de { $min }: faltan { $diamonds }. ¡Sigue haciendo directos!
dashboard-blocker-age = Confirma en { $link } que tienes 18 años o más y una cuenta verificada.
dashboard-blocker-payout = Vincula un método de pago en TikTok y luego indícalo en { $link }.
dashboard-blocker-daily-maximum = Ya usaste el máximo de retiro de hoy. Vuelve a intentarlo mañana.

## Esta semana y este mes hasta ahora.

dashboard-compare-title = Esta semana y este mes hasta ahora
dashboard-compare-note = Frente a los mismos días de la semana y el mes anteriores, como los compara el LIVE Center de TikTok.
dashboard-week = Esta semana
dashboard-month = Este mes
dashboard-compare-lives = { $count ->
    [one] { $count } directo
   *[other] { $count } directos
} · { $from } – { $to }
dashboard-change-week = { $change } frente a los mismos días de la semana pasada ({ $before })
dashboard-change-month = { $change } frente a los mismos días del mes pasado ({ $before })
dashboard-nothing-week = Nada ganado en los mismos días de la semana pasada.
dashboard-nothing-month = Nada ganado en los mismos días del mes pasado.

## Gráficos y listas.

dashboard-earned-title = Diamantes ganados
dashboard-group-by = Agrupar por
dashboard-by-day = Día
dashboard-by-week = Semana
dashboard-by-month = Mes
dashboard-balance-chart-title = Saldo a lo largo del tiempo, con los retiros marcados
dashboard-chart-wait = Aparece tras { $min } directos (por ahora tienes { $count ->
    [one] { $count } directo
   *[other] { $count } directos
}).
dashboard-top-gifts = Regalos principales (por monedas gastadas)
dashboard-top-gifts-empty = Los regalos aparecen aquí en cuanto registres o importes alguno.
dashboard-top-supporters = Principales seguidores que apoyan (por monedas gastadas)
dashboard-top-supporters-empty = Los remitentes aparecen aquí en cuanto los regalos tengan remitente.
dashboard-top-row = { $coins } · { $share }
dashboard-worth-title = ¿Cuánto vale una hora en directo, y un espectador?
dashboard-worth-note = TikTok no paga nada por visualización; son tus regalos divididos entre tus horas y tus espectadores, por directo.
