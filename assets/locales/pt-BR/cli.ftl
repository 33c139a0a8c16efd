# As palavras próprias da linha de comando: cabeçalhos de tabelas, células,
# confirmações, os relatórios de dias e de análises, as linhas de estado da
# contagem ao vivo e as recusas próprias da CLI. Os números já chegam
# escritos no idioma (como texto); $count só escolhe o plural. Comandos,
# opções e valores que se digitam de novo (`--apply`,
# `liveledger restore FILE`, `--book DAY`) não mudam em nenhum idioma.

## Cabeçalhos de tabelas.

cli-col-id = id
cli-col-deleted = excluído
cli-col-what = o quê
cli-col-start = início
cli-col-hours = horas
cli-col-title = título
cli-col-gifts = presentes
cli-col-diamonds = diamantes
cli-col-value = valor
cli-col-viewers = espectadores
cli-col-diamonds-per-hour = diamantes/h
cli-col-per-1k-viewers = por 1.000 espectadores
cli-col-at = hora
cli-col-gift = presente
cli-col-coins = moedas
cli-col-count = quantidade
cli-col-sender = de
cli-col-note = nota
cli-col-requested = solicitado
cli-col-gross = bruto
cli-col-fee = taxa
cli-col-net = líquido
cli-col-currency = moeda
cli-col-method = método
cli-col-status = status
cli-col-reason = motivo
cli-col-effective = a partir de
cli-col-diamonds-per-coin = diamantes/moeda
cli-col-money-per-diamond = valor/diamante
cli-col-min-withdrawal = saque mínimo
cli-col-max-per-day = máx./dia
cli-col-session = live
cli-col-day = dia
cli-col-rate = taxa
cli-col-imported = importado
cli-col-file = arquivo
cli-col-format = formato
cli-col-added = adicionadas
cli-col-skipped = ignoradas
cli-col-sessions = lives
cli-col-period = período
cli-col-withdrawn = sacado
cli-col-fees = taxas
cli-col-net-paid = líquido pago
cli-col-adjusted = corrigido
cli-col-balance = saldo
cli-col-tiktok = TikTok
cli-col-ledger = registro
cli-col-difference = diferença
cli-col-lives = lives

## Células.

cli-cell-live = ao vivo
cli-cell-estimated = estimado
cli-cell-none = nenhum
cli-rerate-from = a partir de { $day }
cli-settings-database = banco de dados

## Confirmações.

cli-restored = { $ledger } restaurado de { $backup }: lives: { $sessions }, linhas de presentes: { $gifts }, saques: { $withdrawals }
cli-restored-kept = o registro como estava fica guardado em { $copy }
cli-cleared = esvaziado; o registro como estava fica guardado em { $copy } (liveledger restore FILE o traz de volta)
cli-deleted = excluído: { $label }; `liveledger trash restore { $undo }` o traz de volta
cli-put-back = restaurado: { $label }
cli-trash-empty = nada foi excluído { $count ->
        [one] no último dia
       *[other] nos últimos { $days } dias
    }
cli-backed-up = backup salvo em { $file }
cli-undone = importação { $id } desfeita: linhas de presentes removidas: { $gifts }, lives removidas: { $sessions }
cli-demo-loaded = dados de demonstração carregados: lives: { $sessions }, linhas de presentes, saques e correções: { $rows }
cli-in-balance = confere: { $count ->
        [one] { $balance } diamante
       *[other] { $balance } diamantes
    }
cli-reconciled = correção { $id }: { $count ->
        [one] { $difference } diamante
       *[other] { $difference } diamantes
    } (o registro dizia { $ledger }, o TikTok diz { $wallet })
cli-rate-not-applied = nota: { $count ->
        [one] { $stay } live a partir de { $from } mantém
       *[other] { $stay } lives a partir de { $from } mantêm
    } a taxa com que foram registradas; `liveledger rerate --from { $from }` mostra o que mudaria ao movê-las
cli-reading = lendo… { $percent }%
cli-rerate-none = cada live já tem a taxa em vigor no seu dia
cli-rerated = { $count ->
        [one] { $sessions } live reavaliada
       *[other] { $sessions } lives reavaliadas
    }
cli-rerate-preview = nada foi alterado; adicione --apply para reavaliar { $count ->
        [one] esta live ({ $sessions })
       *[other] estas { $sessions } lives
    }
cli-import-warning = importação { $id }: { $warning }

## Extratos.

cli-statement-total = total
cli-statement-opening = saldo antes do primeiro dia: { $balance }
cli-statement-rounding = arredondamento: { $rounding } (cada linha é arredondada separadamente; o total arredonda a soma exata)
cli-statement-rates = Os valores usam a taxa com que cada live foi registrada; dinheiro arredondado para 0,01, a metade para longe de zero.

## Os dias do TikTok ao lado do registro.

cli-day-status-same = igual
cli-day-status-fewer = registro tem menos
cli-day-status-more = registro tem mais
cli-day-status-bookable = sem live: pode lançar
cli-day-status-no-live = sem live
cli-day-status-no-tiktok = sem diamantes do TikTok
cli-day-matches = o TikTok informa { $count ->
        [one] { $tiktok } diamante
       *[other] { $tiktok } diamantes
    } em { $on }; seu registro tem o mesmo
cli-day-missing = o TikTok informa { $count ->
        [one] { $tiktok } diamante
       *[other] { $tiktok } diamantes
    } em { $on }; seu registro tem { $ledger } (faltam { $difference })
cli-day-extra = o TikTok informa { $count ->
        [one] { $tiktok } diamante
       *[other] { $tiktok } diamantes
    } em { $on }; seu registro tem { $ledger } ({ $difference } a mais que o TikTok)
cli-day-no-lives-bookable = o TikTok informa { $count ->
        [one] { $tiktok } diamante
       *[other] { $tiktok } diamantes
    } em { $on }; seu registro não tem live nesse dia (lance-o com --book { $day })
cli-day-no-lives = o TikTok informa { $count ->
        [one] { $tiktok } diamante
       *[other] { $tiktok } diamantes
    } em { $on }; seu registro não tem live nesse dia
cli-day-no-diamonds = os arquivos do TikTok não dão diamantes para { $on }; seu registro tem { $ledger } de { $count ->
        [one] { $lives } live
       *[other] { $lives } lives
    }
cli-day-not-listed = os arquivos do TikTok não listam { $on }; seu registro tem { $ledger } de { $count ->
        [one] { $lives } live
       *[other] { $lives } lives
    }
cli-days-none = Ainda não há dias do TikTok LIVE Center. Baixe suas análises de LIVE no TikTok LIVE Center (Receita, Atividade, Espectadores, Engajamento) e importe os arquivos: liveledger import FILE
cli-days-total = o TikTok informa { $count ->
        [one] { $tiktok } diamante
       *[other] { $tiktok } diamantes
    } nos seus dias; seu registro tem { $ledger } neles. Os números do TikTok nunca são somados ao saldo.
cli-days-bookable = { $count ->
        [one] { $days } dia sem live pode ser lançado
       *[other] { $days } dias sem live podem ser lançados
    } com os números do TikTok ({ $diamonds } diamantes): liveledger days --book DAY
cli-booked-day = { $day } lançado: live { $session } com { $count ->
        [one] { $diamonds } diamante do TikTok
       *[other] { $diamonds } diamantes do TikTok
    }
cli-booked-total = o saldo cresceu { $count ->
        [one] { $diamonds } diamante
       *[other] { $diamonds } diamantes
    }; desfaça com: liveledger imports undo { $import }

## Análises.

cli-figure = { $value } ({ $count ->
        [one] { $lives } live
       *[other] { $lives } lives
    })
cli-figure-none = ainda não há lives suficientes ({ $lives } de { $needed })
cli-weekday = { $day ->
        [mon] seg
        [tue] ter
        [wed] qua
        [thu] qui
        [fri] sex
        [sat] sáb
       *[sun] dom
    }
cli-insights-none = Ainda não há lives: registre ou importe algumas; cada número precisa de 5 lives por trás.
cli-insights-looked = { $count ->
        [one] { $lives } live analisada
       *[other] { $lives } lives analisadas
    }. Medianas; um número precisa de { $needed } lives.
cli-insights-best = Melhores horários de início (diamantes por hora de live):
cli-insights-best-none = ainda não há lives suficientes num mesmo dia da semana e horário
cli-insights-lengths = Por duração (diamantes por hora de live | por live):
cli-insights-band = { $from }–{ $to } min
cli-insights-band-open = { $from }+ min
cli-insights-per-viewer = Por espectador: { $viewer } diamantes; por 1.000 espectadores: { $thousand } diamantes (por hora das mesmas lives: { $hour }). O TikTok paga por presente, não por visualização.
cli-insights-value-per-1000 = { $currency } por 1.000 espectadores: { $figure }
cli-insights-views-by-day = Pelos dias do TikTok LIVE Center: { $diamonds } diamantes por 1.000 visualizações ({ $count ->
        [one] { $days } dia
       *[other] { $days } dias
    }).
cli-insights-reached = Mínimo atingido.
cli-insights-hours-to-go = Mais umas { $count ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } de live para chegar ao mínimo (faltam { $diamonds } diamantes, a { $pace } por hora de live).
cli-insights-hours-unknown = Faltam { $diamonds } diamantes; as horas necessárias aparecem depois de 5 lives.
cli-insights-by = Para chegar lá até { $day }: umas { $count ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } de live por semana.
cli-insights-gifters = Apoiadores por live: { $gifters }; recorrentes: { $returning }.
cli-insights-top = top { $top }: { $share } dos diamantes de presentes
cli-insights-supporter = { $diamonds } diamantes em { $count ->
        [one] { $lives } live
       *[other] { $lives } lives
    }
cli-insights-this-week = Esta semana: { $diamonds } diamantes; sua média semanal: { $average }.
cli-insights-average = { $average } ({ $count ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    })
cli-insights-average-none = aparece depois de { $weeks } semanas
cli-insights-room = A sala (contada pela contagem ao vivo em { $count ->
        [one] { $lives } live
       *[other] { $lives } lives
    }): { $comments } comentários, { $likes } curtidas por minuto.
cli-insights-split = Lives com mais de { $line } { $what ->
        [comments] comentários por minuto
        [likes] curtidas por minuto
        [followers] novos seguidores por hora
       *[days] curtidas por minuto nos dias do TikTok LIVE Center
    }: { $above } diamantes por hora de live ({ $above_lives } lives); as demais: { $below } ({ $below_lives } lives).
cli-insights-split-none = Por { $what ->
        [comments] comentários por minuto
        [likes] curtidas por minuto
        [followers] novos seguidores por hora
       *[days] curtidas por minuto nos dias do TikTok LIVE Center
    }: ainda não há lives suficientes de cada lado ({ $lives } de { $needed } de cada lado).
cli-insights-together = Isto mostra o que andou junto, não o que causou o quê.

## Linhas da contagem ao vivo (os detalhes do motor continuam em inglês).

cli-capture-connecting = conectando
cli-capture-connected = conectado
cli-capture-reconnecting = reconectando
cli-capture-stopped-state = parado
cli-capture-warning = aviso: { $message }
cli-capture-stdout-lost = aviso: não é possível escrever na saída padrão ({ $error }); os presentes continuam sendo salvos
cli-capture-live-ended = live encerrada: live { $session }
cli-capture-stopped = contagem parada: eventos de presente: { $events }, presentes salvos: { $stored } (sinalizados: { $flagged }), eventos repetidos ignorados: { $replayed }, passos de sequência: { $steps }, outros eventos: { $other }, ilegíveis: { $unreadable }
cli-capture-gift = { $gifts } × { $gift } ({ $count ->
        [one] { $coins } moeda
       *[other] { $coins } moedas
    } cada)  de { $sender }  live { $session }
cli-capture-grown = (cresceu { $added })
cli-capture-flagged = [a sequência nunca terminou: contada pela maior quantidade]
cli-capture-unknown-sender = desconhecido

## Recusas próprias da linha de comando.

cli-invalid-db-pass = informe --db PATH
cli-invalid-no-data-directory = nenhuma pasta de dados é conhecida neste sistema; informe --db PATH
cli-invalid-clear-needs-yes = esvaziar remove cada live, presente e saque; adicione --yes para confirmar
cli-invalid-format = '{ $text }' não é um formato (esperado: auto, liveledger, gift-events, gift-table, session-summary, json-events, tiktok-data ou tiktok-days)

## Erros de uso: o que o clap recusa, em uma linha depois de "usage: " (o texto de --help continua em inglês).

cli-usage-unknown-subcommand = subcomando não reconhecido '{ $text }' (veja --help)
cli-usage-unknown-argument = argumento inesperado '{ $text }' (veja --help)
cli-usage-value-required = '{ $arg }' precisa de um valor, mas nenhum foi informado (veja --help)
cli-usage-invalid-value = valor inválido '{ $text }' para '{ $arg }' (veja --help)
cli-usage-too-many-values = valor inesperado '{ $text }' para '{ $arg }'; nenhum outro era esperado (veja --help)
cli-usage-repeated = o argumento '{ $arg }' não pode ser usado mais de uma vez (veja --help)
cli-usage-conflict = o argumento '{ $arg }' não pode ser usado junto com '{ $other }' (veja --help)
cli-usage-invalid-utf8 = um ou mais argumentos não são UTF-8 válido (veja --help)
cli-usage-missing-arguments = faltam estes argumentos obrigatórios: { $args } (veja --help)
cli-usage-missing-subcommand = '{ $command }' precisa de um subcomando, mas nenhum foi informado (um destes: { $subcommands }) (veja --help)

cli-usage-not-a-number = valor inválido '{ $text }' para '{ $arg }': '{ $text }' não é um número (use dígitos e um '.' para as casas decimais) (veja --help)
cli-usage-not-a-day = valor inválido '{ $text }' para '{ $arg }': '{ $text }' não é um dia (esperado AAAA-MM-DD) (veja --help)
cli-usage-not-a-period = valor inválido '{ $text }' para '{ $arg }': '{ $text }' não é um período (esperado day, week, month ou year) (veja --help)
cli-usage-not-an-export-format = valor inválido '{ $text }' para '{ $arg }': '{ $text }' não é um formato de exportação (esperado csv, json, hledger ou beancount) (veja --help)
cli-usage-not-a-status = valor inválido '{ $text }' para '{ $arg }': { core-invalid-status } (veja --help)
cli-usage-not-a-whole-number = valor inválido '{ $text }' para '{ $arg }': { $problem ->
        [empty] nenhum número foi informado
        [large] o número é grande demais
        [small] o número é pequeno demais
       *[digit] não é um número inteiro
    } (veja --help)
# The word before a usage error ("usage: unknown subcommand …").
cli-usage-label = uso
