# Lo que dice el núcleo: lo que impide retirar, las líneas del resumen y los
# errores. Las cifras llegan ya escritas en el idioma; $count, $days y
# $minutes son números que eligen la forma plural.

## Lo que impide un retiro.

core-blocker-negative-balance = El saldo es negativo ({ $count ->
    [one] { $balance } diamante
   *[other] { $balance } diamantes
}): se retiró o corrigió más de lo que ganaste. Revisa los retiros o escribe el saldo de tu billetera de TikTok en Conciliar.
core-blocker-below-minimum = Por debajo del retiro mínimo: { $balance } de { $minimum } — faltan { $count ->
    [one] { $missing } diamante
   *[other] { $missing } diamantes
}. Sigue haciendo directos.
core-blocker-age-not-confirmed = Edad sin confirmar: para retirar necesitas una cuenta verificada de mayor de 18 años. Confírmalo en Ajustes → Pago.
core-blocker-no-payout-method = No hay ningún método de pago vinculado. Vincula uno en TikTok y luego indícalo en Ajustes → Pago.
core-blocker-daily-maximum-used = Ya usaste el retiro máximo de hoy, { $maximum }. Vuelve a intentarlo mañana.

## El resumen en la línea de comandos: una etiqueta y su línea.

core-summary-balance-label = Saldo
core-summary-earned-label = ganado
core-summary-withdrawn-label = retirado
core-summary-adjusted-label = corregido
core-summary-threshold-label = Mínimo
core-summary-ready-label = Listo
core-summary-eta-label = Previsión
core-summary-pending-label = Pagos pendientes
core-summary-rate-label = Tasa
core-summary-balance = { $count ->
    [one] { $diamonds } diamante
   *[other] { $diamonds } diamantes
} = { $value }
core-summary-threshold = { $minimum } = { $count ->
    [one] { $diamonds } diamante
   *[other] { $diamonds } diamantes
}; progreso { $percent } %
core-summary-ready-yes = sí — puedes retirar ahora: { $count ->
    [one] { $diamonds } diamante
   *[other] { $diamonds } diamantes
} = { $value }
core-summary-ready-not-yet = todavía no
core-summary-eta-reached = alcanzado ({ $day })
core-summary-eta-day = { $day } a { $pace } diamantes por día (últimos { $days } días)
core-summary-eta-wait = tras { $count ->
    [one] { $count } directo más
   *[other] { $count } directos más
} en los últimos { $days } días (una previsión necesita { $needed })
core-summary-eta-none = ninguna — nada ganado en los últimos { $days } días
core-summary-rate = desde el { $day }: { $rate } por diamante (el saldo se valora a la tasa de hoy; los extractos, a la de cada directo); dinero redondeado a { $step }, la mitad hacia arriba

## Confirmaciones: lo inusual de una operación. No se escribió nada; puedes confirmarla.

core-confirm-negative-balance = { $action ->
    [put-back] restaurar { $label }
    [rerate] volver a aplicar la tasa a estos directos
    [delete-session] eliminar el directo { $id }
    [correction] una corrección de { $amount } diamantes
    [delete-gift] eliminar el regalo { $id }
   *[undo-import] deshacer la importación { $id }
} dejaría el saldo en { $count ->
    [one] { $balance } diamante
   *[other] { $balance } diamantes
} (ganado { $earned }, retirado { $withdrawn }, corregido { $corrected }): ya se pagaron retiros con estos diamantes
core-confirm-future = tiene fecha del { $at }, en el futuro
core-confirm-before-first-diamond = tiene fecha del { $at }, antes de ganar el primer diamante ({ $first })
core-confirm-below-minimum = { $gross } está por debajo del retiro mínimo de { $minimum } vigente el { $day }: TikTok no paga menos, así que regístralo solo si TikTok de verdad lo pagó
core-confirm-over-daily-maximum = con { $used } ya retirados el { $day }, { $gross } más supera el máximo de ese día, { $maximum }
core-error-needs-confirmation = no se escribió nada; confírmalo para registrarlo de todos modos (CLI: --force)

## Errores.

core-error-not-found = { $what ->
    [session] el directo { $id } no existe
    [gift] el regalo { $id } no existe
    [withdrawal] el retiro { $id } no existe
    [import] la importación { $id } no existe
    [rate] la tasa { $id } no existe
    [deleted] el registro eliminado { $id } no existe
   *[other] el registro { $id } no existe
}
core-error-newer-schema = { $path } lo escribió un LiveLedger más reciente (esquema { $found }; esta versión conoce hasta el { $known }); no se modificó — actualiza LiveLedger para abrirlo
# $reason sigue en inglés por ahora.
core-error-not-a-ledger = { $path } no es una base de datos de LiveLedger: { $reason }
core-error-busy = la base de datos está ocupada (otro LiveLedger está escribiendo en ella); vuelve a intentarlo en un momento
core-error-import-still-running = { $path }: la importación que se ejecuta en otro LiveLedger sigue ocupando el libro tras { $minutes ->
    [0] { $seconds } s
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}; no se hizo nada — vuelve a intentarlo cuando termine, o detenla
core-error-import-still-running-pid = { $path }: la importación que se ejecuta en otro LiveLedger (pid { $pid }) sigue ocupando el libro tras { $minutes ->
    [0] { $seconds } s
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}; no se hizo nada — vuelve a intentarlo cuando termine, o detenla
core-error-not-a-file = { $path } es { $found ->
    [folder] una carpeta
    [fifo] una tubería con nombre (FIFO)
    [character-device] un dispositivo de caracteres
    [block-device] un dispositivo de bloques
    [socket] un socket
   *[other] otra cosa
}, no un archivo normal: indica un archivo normal o un nombre nuevo; no se escribió nada en él
# $why sigue en inglés por ahora.
core-error-read-only = { $path } es de solo lectura ({ $why }): se puede leer pero no cambiar; no se escribió nada
# $what sigue en inglés por ahora.
core-error-overflow = { $what }: demasiado grande para sumarlo; edita o elimina el registro con la cifra absurda

core-trash-session = { $count ->
        [one] el directo { $id } con { $n } regalo
       *[other] el directo { $id } con { $n } regalos
    }
core-trash-gift = { $n } × { $gift }
core-trash-withdrawal = el retiro { $id }

# The system's own reasons (an I/O error), as the system writes them in English;
# $code is its error number.

core-io-not-permitted = Operación no permitida (error del sistema { $code })
core-io-not-found = No existe el archivo o la carpeta (error del sistema { $code })
core-io-io-error = Error de entrada/salida (error del sistema { $code })
core-io-permission-denied = Permiso denegado (error del sistema { $code })
core-io-exists = El archivo ya existe (error del sistema { $code })
core-io-not-a-directory = No es una carpeta (error del sistema { $code })
core-io-is-a-directory = Es una carpeta (error del sistema { $code })
core-io-too-many-open = Demasiados archivos abiertos (error del sistema { $code })
core-io-too-large = Archivo demasiado grande (error del sistema { $code })
core-io-no-space = No queda espacio en el dispositivo (error del sistema { $code })
core-io-read-only = Sistema de archivos de solo lectura (error del sistema { $code })
core-io-connection-reset = El otro extremo restableció la conexión (error del sistema { $code })
core-io-timed-out = Se agotó el tiempo de la conexión (error del sistema { $code })
core-io-connection-refused = Conexión rechazada (error del sistema { $code })
# Any other reason, in the system's own (English) words.
core-io-other = { $text }

# A whole error said inside another message: a file's path and why.
core-error-io = { $path }: { $reason }
core-error-disk = { $path }: { $cause }
core-error-database = error de la base de datos: { $error }
core-error-field = { $field }: { $message }
core-error-text = { $text }

# Why a file is not a ledger, or is read-only (inside core-error-not-a-ledger's
# $reason and core-error-read-only's $why); $error is said inside, $found and
# $sqlite are SQLite's own words; $kind is a schema object's type.
core-ledger-why-uncountable = sus totales no se pueden contar: { $error }
core-ledger-why-unreadable = un registro suyo no se puede leer: { $error }
core-ledger-why-unfit = sus registros no encajan entre sí ({ $error })
core-ledger-why-not-regular = no es un archivo normal
core-ledger-why-not-a-backup = no es una copia de seguridad de LiveLedger
core-ledger-why-integrity = su comprobación de integridad falló: { $found }
core-ledger-why-empty = no contiene ningún registro de LiveLedger
core-ledger-why-other-tables = contiene otras tablas (su id de aplicación no es el de LiveLedger)
core-ledger-why-not-yet = y todavía no es un registro
core-ledger-why-older = y lo escribió un LiveLedger más antiguo: hay que actualizarlo, y eso lo escribe
core-ledger-why-file-read-only = el archivo no se puede escribir
core-ledger-why-disk-read-only = el archivo, su carpeta o su disco no se pueden escribir
core-ledger-why-not-sqlite = no es una base de datos SQLite
core-ledger-why-changed = su { $kind ->
    [table] tabla
    [index] índice
    [trigger] disparador
   *[view] vista
} '{ $name }' no es de LiveLedger; una restauración trae registros, nunca esquema ni código
core-ledger-why-extra = contiene { $kind ->
    [table] una tabla
    [index] un índice
    [trigger] un disparador
   *[view] una vista
} '{ $name }' que LiveLedger no crea en su versión ({ $version }); una restauración trae registros, nunca esquema ni código
core-ledger-why-missing = su { $kind ->
    [table] tabla
    [index] índice
    [trigger] disparador
   *[view] vista
} '{ $name }' no es de LiveLedger
core-ledger-disk-full = el disco está lleno ({ $sqlite }); no se escribió nada más
core-ledger-disk-failed = no se pudo leer ni escribir el disco (lleno, averiado o desconectado) ({ $sqlite }); no se escribió nada más

# What a sum too large to add up was (inside core-error-overflow's $what).
core-overflow-session = { $part ->
    [diamonds] los diamantes del directo { $id }
   *[value] el valor del directo { $id }
}
core-overflow-statement = en el extracto: { $part ->
    [opening-balance] saldo inicial
    [gifts] regalos
    [coins] monedas
    [diamonds] diamantes
    [value] valor
    [withdrawals] retiros
    [fees] comisiones
    [payouts] pagos
    [corrections] correcciones
    [balance] saldo
   *[rounding] redondeo
}
core-overflow = { $what ->
    [balance-value] el valor del saldo
    [recent-pace] el ritmo reciente
    [pending-withdrawals] los retiros pendientes
    [period-diamonds] los diamantes del periodo
    [day-diamonds] los diamantes de un día
    [coins-every-session] las monedas de todos los directos
    [minute-diamonds] los diamantes de un minuto
    [money-per-1000] el dinero por 1000 espectadores
    [diamonds-to-go] los diamantes que faltan
    [diamonds-earned] los diamantes ganados
    [diamonds-withdrawn] los diamantes retirados
    [corrections] las correcciones
    [day-withdrawals] los retiros del día
    [balance] el saldo
    [booked-diamonds] los diamantes anotados
    [wallet-difference] la diferencia con la billetera
    [withdrawal-value] el valor del retiro
    [withdrawal-net] el neto del retiro
   *[tiktok-diamonds] los diamantes de TikTok
}
core-overflow-engagement = las interacciones del directo { $id } en el minuto { $minute }

# The titles LiveLedger gives a live it made itself (the stored title stays as written;
# these say it in the creator's language).
core-title-imported = Directo importado
core-title-captured = Directo capturado
core-title-booked = TikTok LIVE Center: { $day }
