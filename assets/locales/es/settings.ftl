# Ajustes: idioma, cobro, zona horaria, tasas, catálogo de regalos,
# exportación, datos de demostración y versión de la app.

settings-title = Ajustes
settings-saved = Guardado

## Idioma

settings-language-title = Idioma
settings-language-intro = El idioma en que te habla LiveLedger. Los números, las fechas y el dinero se escriben como en ese idioma.
settings-language-label = Idioma
settings-language-saved = Idioma guardado

## Cobro y zona horaria

settings-payout-title = Cobro
settings-payout-intro = TikTok solo paga a una cuenta verificada de una persona adulta (18+) con un método de pago vinculado. Confirma ambas cosas aquí; son las comprobaciones para retirar del panel.
settings-age = Tengo 18 años o más y mi cuenta está verificada
settings-payout-method = Método de pago vinculado en TikTok
settings-payout-method-placeholder = PayPal, transferencia bancaria…
settings-setup-again = Responder de nuevo las preguntas del primer día
settings-timezone-title = Zona horaria
settings-timezone-intro = Los días, semanas y meses de tus extractos empiezan a medianoche en esta zona.
settings-timezone-label = Zona horaria
settings-timezone-saved = Zona horaria guardada
settings-timezone-invalid = «{ $zone }» no es una zona horaria que conozcamos, así que no se guardó (la tuya sigue siendo { $saved }). Elige una de la lista, p. ej. Europe/Madrid.

## Tasas

settings-rates-title = Tasas
settings-rates-intro = TikTok cambia lo que valen una moneda y un diamante. Una tasa nueva se aplica a los directos registrados desde su día. Cada directo conserva la tasa con la que se registró: una tasa o zona horaria nueva nunca cambia su valor; vuelve a calcularlo abajo si quieres.
settings-rates-from = Desde
settings-rates-diamonds-per-coin = Diamantes / moneda
settings-rates-money-per-diamond = Dinero / diamante
settings-rates-minimum = Mínimo
settings-rates-daily-maximum = Máximo diario
settings-rates-no-maximum = ninguno
settings-rate-delete = Eliminar
settings-rate-delete-title = ¿Eliminar esta tasa?
settings-rate-delete-line = La tasa desde el { $day }: { $diamonds } diamantes por moneda, { $money } por diamante. Los directos conservan la tasa con la que se registraron.
settings-rate-delete-confirm = Eliminar tasa
settings-rate-deleted = Tasa eliminada
settings-rate-from-day = Desde el día
settings-rate-diamonds-per-coin = Diamantes por moneda
settings-rate-money-per-diamond = Dinero por diamante
settings-rate-currency = Divisa
settings-rate-minimum = Retiro mínimo
settings-rate-minimum-hint = Pon lo que muestra tu billetera de TikTok.
settings-rate-daily-maximum = Máximo diario
settings-rate-add = Añadir tasa
settings-rate-saved = Tasa guardada. Los directos ya registrados conservan la tasa con la que se registraron.

## Directos con una tasa anterior

settings-rerate-title = { $count ->
    [one] { $count } directo con una tasa anterior
   *[other] { $count } directos con una tasa anterior
}
settings-rerate-intro = Estos directos se registraron antes de introducir la tasa que ahora rige en su día (o tu zona horaria cambió el día en que caen). Recalcularlos los pasa a esa tasa; no cambia nada hasta que lo hagas.
settings-rerate-day = Día
settings-rerate-session = Directo
settings-rerate-diamonds = Diamantes
settings-rerate-value = Valor
settings-rerate-apply = Recalcular estos directos
settings-rerate-done = Directos recalculados

## Catálogo de regalos

settings-catalog-title = Catálogo de regalos
settings-catalog-intro = Precios en monedas de los regalos que puedes escribir por su nombre. Cada fila de regalo conserva las monedas que valía en su día, así que editar aquí nunca cambia el pasado.
settings-catalog-gift = Regalo
settings-catalog-coins = Monedas
settings-gift-name = Nombre del regalo
settings-gift-coins = Monedas
settings-gift-save = Añadir o cambiar
settings-catalog-saved = Catálogo guardado
settings-gift-remove = Quitar
settings-gift-remove-title = ¿Quitar este regalo del catálogo?
settings-gift-remove-line = { $gift } ({ $coins }). Los regalos ya registrados conservan sus monedas.
settings-gift-removed = Quitado

## Exportación y copia de seguridad

settings-export-title = Exportar y copia de seguridad
settings-export-intro = Para tu gestor o tu programa de impuestos, y por si tu portátil deja de funcionar. Puedes hacer copias con la app abierta.
settings-export-csv = Exportar CSV
settings-export-json = Exportar JSON
settings-export-hledger = Exportar hledger
settings-export-beancount = Exportar beancount
settings-backup-now = Hacer copia ahora
settings-backup-kind = Copia de seguridad de LiveLedger
settings-exported = Exportado a { $path }
settings-backed-up = Copia guardada en { $path }
settings-ledger-file = Archivo del registro: { $path }

## Datos de demostración y vaciado

settings-demo-title = Datos de demostración
settings-demo-empty = Tu registro está vacío. Carga seis meses de directos inventados para ver los gráficos.
settings-demo-clear-intro = Vaciar elimina todos los directos, regalos, retiros y correcciones. Las tasas, el catálogo y los ajustes se quedan. Antes se guarda una copia del registro a su lado, y puedes deshacerlo justo después.
settings-demo-load = Cargar datos de demostración
settings-demo-loaded = Datos de demostración cargados
settings-clear = Borrar todas las entradas
settings-clear-title = ¿Borrar todas las entradas?
settings-clear-sessions = { $count ->
    [one] { $count } directo
   *[other] { $count } directos
}
settings-clear-gifts = { $count ->
    [one] { $count } regalo
   *[other] { $count } regalos
}
settings-clear-withdrawals = { $count ->
    [one] { $count } retiro
   *[other] { $count } retiros
}
settings-clear-what = Esto elimina { $sessions } con { $gifts } y { $withdrawals }, y todas las correcciones e importaciones. Las tasas, el catálogo y los ajustes se quedan.
settings-clear-copy = Antes se guarda a su lado una copia del registro tal como está ahora, y puedes deshacerlo justo después.
settings-clear-word = borrar
settings-cleared = Registro vaciado. Hay una copia de antes a su lado.
settings-records-back = Todas las entradas han vuelto

## Acerca de

settings-about-title = Acerca de
settings-about-version = LiveLedger { $version }
settings-about-offline = La misma versión que { $command }. Sin conexión: sin red, sin cuenta, sin telemetría.
