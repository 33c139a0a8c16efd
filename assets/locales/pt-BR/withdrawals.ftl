# Saques: registrar um saque do TikTok, conciliar seu registro com a
# carteira do TikTok e o histórico dos dois.

withdrawals-title = Saques

## Registrar um saque

withdrawals-record-title = Registrar um saque
withdrawals-diamonds = Diamantes
withdrawals-requested = Solicitado em
withdrawals-fee = Taxa
withdrawals-method = Método
withdrawals-status = Status
withdrawals-reference = Referência
withdrawals-withdrawable = Disponível para saque agora: { $diamonds } ({ $money })
withdrawals-not-ready = Ainda não está pronto: veja no painel o que falta.
withdrawals-quote = { $diamonds } ≈ { $money }
withdrawals-quote-below = — menos que o saque mínimo do TikTok, { $minimum }
withdrawals-record-button = Registrar saque
withdrawals-recorded = Saque registrado

## A pergunta antes de registrar um saque que o TikTok não pagaria

withdrawals-below-title = O TikTok não paga saques abaixo de { $minimum }
withdrawals-below-line = Este saque é de { $money }. Registre só se o TikTok realmente pagou.
withdrawals-ask-title = Registrar este saque?
withdrawals-record-anyway = Registrar mesmo assim

## Status de um saque

withdrawals-status-pending = Pendente
withdrawals-status-paid = Pago
withdrawals-status-failed = Falhou
withdrawals-status-cancelled = Cancelado
withdrawals-status-changed = Status alterado

## Conciliar com a carteira do TikTok

withdrawals-reconcile-title = Conciliar com o TikTok
withdrawals-reconcile-text = Seu registro mostra { $diamonds }. Se o TikTok mostrar outro número, digite-o: a diferença fica registrada como uma correção, com o motivo.
withdrawals-wallet-balance = Diamantes que sua carteira do TikTok mostra
withdrawals-wallet-reason = Por que são diferentes (se você souber)
withdrawals-reconcile-button = Conciliar
withdrawals-reconciled = Seu registro confere com o TikTok
withdrawals-correction-recorded = { $count ->
    [one] Correção registrada: { $shown } diamante
   *[other] Correção registrada: { $shown } diamantes
}

## O histórico

withdrawals-history-title = Histórico
withdrawals-newest-first = Mais recentes primeiro.
withdrawals-empty = Nenhum saque ainda. Quando você sacar no TikTok, registre aqui para manter seu saldo correto.
withdrawals-amount = Valor
withdrawals-net = Você recebe
withdrawals-actions = Ações
withdrawals-below-badge = abaixo do mínimo
withdrawals-below-badge-title = Abaixo do saque mínimo do TikTok de { $minimum } naquele dia: registrado porque você disse que o TikTok pagou.

## Excluir um saque

withdrawals-delete = Excluir
withdrawals-delete-label = Excluir o saque de { $diamonds }
withdrawals-delete-title = Excluir este registro de saque?
withdrawals-delete-line = { $diamonds } ({ $money }) solicitado em { $when }.
withdrawals-delete-effect = Seu saldo volta a ter esses diamantes. Você pode desfazer logo em seguida.
withdrawals-delete-confirm = Excluir saque
withdrawals-deleted = Saque excluído
withdrawals-restore-anyway = Restaurar mesmo assim

## Correções feitas ao conciliar

withdrawals-corrections-title = Correções
withdrawals-when = Quando
withdrawals-reason = Motivo
