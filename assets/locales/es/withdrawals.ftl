# Retiros: registrar un cobro de TikTok, conciliar tu registro con la
# billetera de TikTok y el historial de ambos.

withdrawals-title = Retiros

## Registrar un retiro

withdrawals-record-title = Registrar un retiro
withdrawals-diamonds = Diamantes
withdrawals-requested = Solicitado
withdrawals-fee = Comisión
withdrawals-method = Método
withdrawals-status = Estado
withdrawals-reference = Referencia
withdrawals-withdrawable = Puedes retirar ahora: { $diamonds } ({ $money })
withdrawals-not-ready = Aún no está listo: mira en el panel qué falta.
withdrawals-quote = { $diamonds } ≈ { $money }
withdrawals-quote-below = — menos que el retiro mínimo de TikTok, { $minimum }
withdrawals-record-button = Registrar retiro
withdrawals-recorded = Retiro registrado

## La pregunta antes de registrar un retiro que TikTok no pagaría

withdrawals-below-title = TikTok no paga retiros de menos de { $minimum }
withdrawals-below-line = Este retiro es de { $money }. Regístralo solo si TikTok de verdad lo pagó.
withdrawals-ask-title = ¿Registrar este retiro?
withdrawals-record-anyway = Registrarlo igualmente

## Estados de un retiro

withdrawals-status-pending = Pendiente
withdrawals-status-paid = Pagado
withdrawals-status-failed = Fallido
withdrawals-status-cancelled = Cancelado
withdrawals-status-changed = Estado cambiado

## Conciliar con la billetera de TikTok

withdrawals-reconcile-title = Conciliar con TikTok
withdrawals-reconcile-text = Tu registro indica { $diamonds }. Si TikTok muestra otra cifra, escríbela: la diferencia se guarda como una corrección con su motivo.
withdrawals-wallet-balance = Diamantes que muestra tu billetera de TikTok
withdrawals-wallet-reason = Por qué no coinciden (si lo sabes)
withdrawals-reconcile-button = Conciliar
withdrawals-reconciled = Tu registro coincide con TikTok
withdrawals-correction-recorded = { $count ->
    [one] Corrección registrada: { $shown } diamante
   *[other] Corrección registrada: { $shown } diamantes
}

## El historial

withdrawals-history-title = Historial
withdrawals-newest-first = Los más recientes primero.
withdrawals-empty = Aún no hay retiros. Cuando cobres en TikTok, regístralo aquí para que tu saldo siga siendo exacto.
withdrawals-amount = Importe
withdrawals-net = Recibes
withdrawals-actions = Acciones
withdrawals-below-badge = bajo el mínimo
withdrawals-below-badge-title = Por debajo del retiro mínimo de TikTok de { $minimum } ese día: registrado porque indicaste que TikTok lo pagó.

## Eliminar un retiro

withdrawals-delete = Eliminar
withdrawals-delete-label = Eliminar el retiro de { $diamonds }
withdrawals-delete-title = ¿Eliminar este retiro?
withdrawals-delete-line = { $diamonds } ({ $money }), solicitado el { $when }.
withdrawals-delete-effect = Tu saldo sube en esos diamantes. Puedes deshacerlo justo después.
withdrawals-delete-confirm = Eliminar retiro
withdrawals-deleted = Retiro eliminado
withdrawals-restore-anyway = Restaurarlo igualmente

## Correcciones hechas al conciliar

withdrawals-corrections-title = Correcciones
withdrawals-when = Fecha
withdrawals-reason = Motivo
