# O que o núcleo diz: o que impede um saque, as linhas do resumo e os erros.
# Os valores chegam já escritos no idioma; $count, $days e $minutes são
# números que escolhem a forma do plural.

## O que impede um saque.

core-blocker-negative-balance = O saldo está negativo ({ $count ->
    [one] { $balance } diamante
   *[other] { $balance } diamantes
}): foi sacado ou corrigido mais do que você ganhou. Confira os saques ou informe o saldo da sua carteira do TikTok em Conciliar.
core-blocker-below-minimum = Abaixo do saque mínimo: { $balance } de { $minimum } — faltam { $count ->
    [one] { $missing } diamante
   *[other] { $missing } diamantes
}. Continue fazendo lives.
core-blocker-age-not-confirmed = Idade não confirmada: para sacar, você precisa de uma conta verificada de maior de 18 anos. Confirme em Configurações → Pagamento.
core-blocker-no-payout-method = Nenhum método de pagamento vinculado. Vincule um no TikTok e depois informe-o em Configurações → Pagamento.
core-blocker-daily-maximum-used = O saque máximo de hoje, { $maximum }, já foi usado. Tente de novo amanhã.

## O resumo na linha de comando: um rótulo e a sua linha.

core-summary-balance-label = Saldo
core-summary-earned-label = ganho
core-summary-withdrawn-label = sacado
core-summary-adjusted-label = corrigido
core-summary-threshold-label = Mínimo
core-summary-ready-label = Pronto
core-summary-eta-label = Previsão
core-summary-pending-label = Saques pendentes
core-summary-rate-label = Taxa
core-summary-balance = { $count ->
    [one] { $diamonds } diamante
   *[other] { $diamonds } diamantes
} = { $value }
core-summary-threshold = { $minimum } = { $count ->
    [one] { $diamonds } diamante
   *[other] { $diamonds } diamantes
}; progresso { $percent }%
core-summary-ready-yes = sim — disponível para saque agora: { $count ->
    [one] { $diamonds } diamante
   *[other] { $diamonds } diamantes
} = { $value }
core-summary-ready-not-yet = ainda não
core-summary-eta-reached = alcançado ({ $day })
core-summary-eta-day = { $day } a { $pace } diamantes por dia (últimos { $days } dias)
core-summary-eta-wait = depois de mais { $count ->
    [one] { $count } live
   *[other] { $count } lives
} nos últimos { $days } dias (uma previsão precisa de { $needed })
core-summary-eta-none = nenhuma — nada ganho nos últimos { $days } dias
core-summary-rate = desde { $day }: { $rate } por diamante (o saldo é avaliado pela taxa de hoje; os extratos, pela de cada live); dinheiro arredondado para { $step }, metade para cima

## Confirmações: o que há de incomum numa operação. Nada foi gravado; você pode confirmá-la.

core-confirm-negative-balance = { $action ->
    [put-back] restaurar { $label }
    [rerate] reaplicar a taxa a estas lives
    [delete-session] excluir a live { $id }
    [correction] uma correção de { $amount } diamantes
    [delete-gift] excluir o presente { $id }
   *[undo-import] desfazer a importação { $id }
} deixaria o saldo em { $count ->
    [one] { $balance } diamante
   *[other] { $balance } diamantes
} (ganho { $earned }, sacado { $withdrawn }, corrigido { $corrected }): saques já foram pagos com estes diamantes
core-confirm-future = a data é { $at }, no futuro
core-confirm-before-first-diamond = a data é { $at }, antes de o primeiro diamante ser ganho ({ $first })
core-confirm-below-minimum = { $gross } está abaixo do saque mínimo de { $minimum } em vigor em { $day }: o TikTok não paga menos, então registre só se o TikTok realmente pagou
core-confirm-over-daily-maximum = com { $used } já sacados em { $day }, mais { $gross } ultrapassa o máximo desse dia, { $maximum }
core-error-needs-confirmation = nada foi gravado; confirme para registrar mesmo assim (CLI: --force)

## Erros.

core-error-not-found = { $what ->
    [session] a live { $id } não existe
    [gift] o presente { $id } não existe
    [withdrawal] o saque { $id } não existe
    [import] a importação { $id } não existe
    [rate] a taxa { $id } não existe
    [deleted] o registro excluído { $id } não existe
   *[other] o registro { $id } não existe
}
core-error-newer-schema = { $path } foi gravado por um LiveLedger mais novo (esquema { $found }; esta versão conhece até o { $known }); ele não foi alterado — atualize o LiveLedger para abri-lo
# $reason continua em inglês por enquanto.
core-error-not-a-ledger = { $path } não é um banco de dados do LiveLedger: { $reason }
core-error-busy = o banco de dados está ocupado (outro LiveLedger está gravando nele); tente de novo em instantes
core-error-import-still-running = { $path }: a importação em andamento em outro LiveLedger ainda ocupa o arquivo depois de { $minutes ->
    [0] { $seconds } s
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}; nada foi feito — tente de novo quando ela terminar, ou interrompa-a
core-error-import-still-running-pid = { $path }: a importação em andamento em outro LiveLedger (pid { $pid }) ainda ocupa o arquivo depois de { $minutes ->
    [0] { $seconds } s
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}; nada foi feito — tente de novo quando ela terminar, ou interrompa-a
core-error-not-a-file = { $path } é { $found ->
    [folder] uma pasta
    [fifo] um pipe nomeado (FIFO)
    [character-device] um dispositivo de caracteres
    [block-device] um dispositivo de blocos
    [socket] um socket
   *[other] outra coisa
}, não um arquivo comum: informe um arquivo comum ou um nome novo; nada foi gravado nele
# $why continua em inglês por enquanto.
core-error-read-only = { $path } é somente leitura ({ $why }): pode ser lido, mas não alterado; nada foi gravado
# $what continua em inglês por enquanto.
core-error-overflow = { $what }: grande demais para somar; edite ou exclua o registro com o valor absurdo

core-trash-session = { $count ->
        [one] a live { $id } com { $n } presente
       *[other] a live { $id } com { $n } presentes
    }
core-trash-gift = { $n } × { $gift }
core-trash-withdrawal = o saque { $id }

# The system's own reasons (an I/O error), as the system writes them in English;
# $code is its error number.

core-io-not-permitted = Operação não permitida (erro do sistema { $code })
core-io-not-found = Arquivo ou pasta inexistente (erro do sistema { $code })
core-io-io-error = Erro de entrada/saída (erro do sistema { $code })
core-io-permission-denied = Permissão negada (erro do sistema { $code })
core-io-exists = O arquivo já existe (erro do sistema { $code })
core-io-not-a-directory = Não é uma pasta (erro do sistema { $code })
core-io-is-a-directory = É uma pasta (erro do sistema { $code })
core-io-too-many-open = Arquivos abertos demais (erro do sistema { $code })
core-io-too-large = Arquivo grande demais (erro do sistema { $code })
core-io-no-space = Sem espaço no dispositivo (erro do sistema { $code })
core-io-read-only = Sistema de arquivos somente leitura (erro do sistema { $code })
core-io-connection-reset = Conexão redefinida pelo outro lado (erro do sistema { $code })
core-io-timed-out = Tempo da conexão esgotado (erro do sistema { $code })
core-io-connection-refused = Conexão recusada (erro do sistema { $code })
# Any other reason, in the system's own (English) words.
core-io-other = { $text }

# A whole error said inside another message: a file's path and why.
core-error-io = { $path }: { $reason }
core-error-disk = { $path }: { $cause }
core-error-database = erro do banco de dados: { $error }
core-error-field = { $field }: { $message }
core-error-text = { $text }

# Why a file is not a ledger, or is read-only (inside core-error-not-a-ledger's
# $reason and core-error-read-only's $why); $error is said inside, $found and
# $sqlite are SQLite's own words; $kind is a schema object's type.
core-ledger-why-uncountable = seus totais não podem ser contados: { $error }
core-ledger-why-unreadable = um registro nele não pode ser lido: { $error }
core-ledger-why-unfit = seus registros não se encaixam ({ $error })
core-ledger-why-not-regular = não é um arquivo comum
core-ledger-why-not-a-backup = não é um backup do LiveLedger
core-ledger-why-integrity = a verificação de integridade falhou: { $found }
core-ledger-why-empty = não contém nenhum livro de registros
core-ledger-why-other-tables = contém outras tabelas (o id de aplicativo não é o do LiveLedger)
core-ledger-why-not-yet = e ainda não é um livro de registros
core-ledger-why-older = e foi gravado por um LiveLedger mais antigo: precisa ser atualizado, o que o grava
core-ledger-why-file-read-only = o arquivo não pode ser gravado
core-ledger-why-disk-read-only = o arquivo, a pasta ou o disco não podem ser gravados
core-ledger-why-not-sqlite = não é um banco de dados SQLite
core-ledger-why-changed = seu { $kind ->
    [table] tabela
    [index] índice
    [trigger] gatilho
   *[view] visão
} '{ $name }' não é do LiveLedger; uma restauração traz registros, nunca esquema nem código
core-ledger-why-extra = contém { $kind ->
    [table] uma tabela
    [index] um índice
    [trigger] um gatilho
   *[view] uma visão
} '{ $name }' que o LiveLedger não cria na versão dele ({ $version }); uma restauração traz registros, nunca esquema nem código
core-ledger-why-missing = seu { $kind ->
    [table] tabela
    [index] índice
    [trigger] gatilho
   *[view] visão
} '{ $name }' não é do LiveLedger
core-ledger-disk-full = o disco está cheio ({ $sqlite }); nada mais foi gravado
core-ledger-disk-failed = não foi possível ler ou gravar o disco (cheio, com falha ou desconectado) ({ $sqlite }); nada mais foi gravado

# What a sum too large to add up was (inside core-error-overflow's $what).
core-overflow-session = { $part ->
    [diamonds] os diamantes da live { $id }
   *[value] o valor da live { $id }
}
core-overflow-statement = no extrato: { $part ->
    [opening-balance] saldo inicial
    [gifts] presentes
    [coins] moedas
    [diamonds] diamantes
    [value] valor
    [withdrawals] saques
    [fees] taxas
    [payouts] pagamentos
    [corrections] correções
    [balance] saldo
   *[rounding] arredondamento
}
core-overflow = { $what ->
    [balance-value] o valor do saldo
    [recent-pace] o ritmo recente
    [pending-withdrawals] os saques pendentes
    [period-diamonds] os diamantes do período
    [day-diamonds] os diamantes de um dia
    [coins-every-session] as moedas de todas as lives
    [minute-diamonds] os diamantes de um minuto
    [money-per-1000] o dinheiro por 1.000 espectadores
    [diamonds-to-go] os diamantes que faltam
    [diamonds-earned] os diamantes ganhos
    [diamonds-withdrawn] os diamantes sacados
    [corrections] as correções
    [day-withdrawals] os saques do dia
    [balance] o saldo
    [booked-diamonds] os diamantes lançados
    [wallet-difference] a diferença para a carteira
    [withdrawal-value] o valor do saque
    [withdrawal-net] o líquido do saque
   *[tiktok-diamonds] os diamantes do TikTok
}
core-overflow-engagement = as interações da live { $id } no minuto { $minute }

# The titles LiveLedger gives a live it made itself (the stored title stays as written;
# these say it in the creator's language).
core-title-imported = Live importada
core-title-captured = Live capturada
core-title-booked = TikTok LIVE Center: { $day }
