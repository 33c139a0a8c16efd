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

## `liveledger --help` (cli/help.rs): a linha de ajuda de cada comando e opção.
## Opções, comandos, nomes de valores, chaves de configuração e YYYY-MM-DD ficam como são digitados.

cli-help-usage = Uso:
cli-help-commands = Comandos:
cli-help-arguments = Argumentos:
cli-help-options = Opções:
cli-help-default = padrão:
cli-help-about = O núcleo do LiveLedger: presentes do TikTok LIVE, diamantes, saldos e contabilidade sobre SQLite.
cli-help-db = O arquivo do registro (padrão: LIVELEDGER_DB, senão a pasta de dados do app)
cli-help-lang = O idioma a falar (en, es, pt-BR, id, tr, ar, vi, ja, de, fr); padrão: LC_ALL, LC_MESSAGES ou LANG, senão a configuração do registro
cli-help-print-help = Mostrar a ajuda
cli-help-print-version = Mostrar a versão
cli-help-session = Adicionar, editar, encerrar ou excluir uma live
cli-help-session-add = Adicionar uma live; mostra o id dela
cli-help-session-add-start = Início (ISO 8601, 'YYYY-MM-DD HH:MM' no seu fuso horário, ou epoch)
cli-help-session-add-end = Fim; deixe de fora para uma live ainda em andamento
cli-help-session-add-title = Título
cli-help-session-add-peak-viewers = Máximo de espectadores ao mesmo tempo
cli-help-session-add-viewers = Espectadores distintos
cli-help-session-add-likes = Curtidas
cli-help-session-add-followers = Novos seguidores
cli-help-session-add-diamonds = Diamantes informados para a live sem presentes individuais
cli-help-session-add-notes = Observações
cli-help-session-edit = Substituir os dados de uma live
cli-help-session-edit-id = Id da live
cli-help-session-end = Marcar uma live em andamento como encerrada
cli-help-session-end-at = Quando (padrão: agora)
cli-help-session-delete = Excluir uma live e os presentes dela
cli-help-session-delete-force = Excluir mesmo que saques tenham sido pagos com os diamantes dela
cli-help-help = Mostrar esta mensagem ou a ajuda dos subcomandos indicados
cli-help-help-subcommand = Mostrar a ajuda dos subcomandos
cli-help-sessions = Listar as lives com os ganhos e os números por hora e por espectador
cli-help-sessions-json = Mostrar JSON (decimais como texto) em vez de uma tabela
cli-help-gift = Adicionar, excluir ou listar presentes
cli-help-gift-add = Adicionar um presente; as moedas vêm do catálogo, a menos que --coins seja informado. Mostra o id dele
cli-help-gift-add-gift = Nome do presente, p. ex. Rose
cli-help-gift-add-coins = Moedas que um presente desses custa (substitui o catálogo)
cli-help-gift-add-count = Quantos
cli-help-gift-add-from = Remetente
cli-help-gift-delete = Excluir um presente
cli-help-gift-delete-id = Id do presente
cli-help-gift-list = Listar os presentes de uma live
cli-help-withdraw = Registrar um saque de diamantes
cli-help-withdraw-diamonds = Diamantes sacados
cli-help-withdraw-at = Quando foi solicitado (padrão: agora)
cli-help-withdraw-fee = Taxa, em dinheiro
cli-help-withdraw-method = Método de pagamento
cli-help-withdraw-status = pending, paid, failed ou cancelled
cli-help-withdraw-reference = Referência do pagamento
cli-help-withdraw-force = Registrar mesmo que seja incomum (abaixo do mínimo do dia, acima do máximo do dia, com data no futuro ou antes de qualquer diamante)
cli-help-withdrawals = Listar saques, mudar o status deles ou excluir um
cli-help-withdrawals-list = Listar saques
cli-help-withdrawals-status = Mudar o status de um saque
cli-help-withdrawals-status-id = Id do saque
cli-help-withdrawals-delete = Excluir um saque registrado por engano
cli-help-adjust = Corrigir o saldo em um número de diamantes, com um motivo
cli-help-adjust-diamonds = Diamantes a adicionar (negativo para tirar)
cli-help-adjust-reason = Por quê
cli-help-adjust-force = Registrar mesmo que o saldo fique abaixo de zero
cli-help-reconcile = Informe o saldo de diamantes que o TikTok mostra; a diferença é registrada como ajuste
cli-help-reconcile-balance = O saldo da sua carteira do TikTok, em diamantes
cli-help-reconcile-reason = Por que eles diferem, se souber
cli-help-adjustments = Listar as correções do saldo
cli-help-days = Os números do próprio TikTok LIVE Center por dia (importados do download dele) ao lado dos dias do registro, com a diferença; --book lança um dia que o TikTok informa, mas em que o registro não tem live
cli-help-days-book = Lançar os diamantes do TikTok deste dia (YYYY-MM-DD) como uma live; só um dia sem live no registro. Repita para mais dias
cli-help-insights = O que rende ao longo das suas lives: diamantes por hora de live por dia da semana, hora de início e duração, quanto vale um espectador e as horas que ainda faltam para chegar ao mínimo. Um número precisa de 5 lives por trás
cli-help-insights-from = Primeiro dia local das lives consideradas (YYYY-MM-DD)
cli-help-insights-to = Último dia local
cli-help-insights-by = O dia em que você quer chegar ao mínimo: diz quantas horas de live por semana isso exige (YYYY-MM-DD)
cli-help-rate = Definir ou listar taxas (diamantes por moeda, dinheiro por diamante, limites)
cli-help-rate-set = Adicionar uma taxa a partir de um dia (substitui a do mesmo dia)
cli-help-rate-set-from = Primeiro dia em que vale (YYYY-MM-DD, seu fuso horário)
cli-help-rate-set-diamonds-per-coin = Diamantes por moeda de valor do presente
cli-help-rate-set-money-per-diamond = Dinheiro por diamante
cli-help-rate-set-currency = Código da moeda, p. ex. USD
cli-help-rate-set-min-withdrawal = Saque mínimo, em dinheiro
cli-help-rate-set-max-per-day = Saque máximo por dia, em dinheiro
cli-help-rate-list = Listar taxas
cli-help-rate-delete = Excluir uma taxa
cli-help-rate-delete-id = Id da taxa
cli-help-rerate = Mostrar quais lives uma taxa mais nova mudaria, ou (--apply) passá-las para ela
cli-help-rerate-from = Primeiro dia local das lives a recalcular
cli-help-rerate-apply = Mudá-las (sem isso, só mostra o que mudaria)
cli-help-rerate-force = Aplicar mesmo que o saldo fique abaixo de zero
cli-help-catalog = Listar ou editar o catálogo de presentes
cli-help-catalog-list = Listar o catálogo de presentes
cli-help-catalog-set = Adicionar um presente ou mudar o preço dele
cli-help-catalog-set-name = Nome do presente
cli-help-catalog-set-coins = Moedas
cli-help-catalog-remove = Remover um presente
cli-help-settings = Mostrar ou mudar as configurações (timezone, age_confirmed, payout_method, session_gap_minutes, setup_done: as perguntas do primeiro dia do app respondidas ou puladas)
cli-help-settings-show = Mostrar as configurações
cli-help-settings-set = Mudar uma configuração
cli-help-settings-set-key = timezone, age_confirmed, payout_method, session_gap_minutes, setup_done ou language
cli-help-settings-set-value = O novo valor
cli-help-summary = Saldo, o valor dele, o progresso até o saque mínimo, se já dá para sacar e a data prevista
cli-help-report = Um extrato por dia, semana, mês ou ano
cli-help-report-by = O período pelo qual agrupar
cli-help-report-from = O primeiro dia local contado (YYYY-MM-DD); o que veio antes é o saldo inicial
cli-help-report-to = O último dia local contado (YYYY-MM-DD)
cli-help-import = Importar um arquivo CSV: um log de presentes, uma tabela de presentes, um resumo de lives ou uma exportação do LiveLedger
cli-help-import-file = O arquivo: CSV, uma planilha (.xlsx, .xls, .ods), eventos de presentes em JSON ou JSON Lines, ou a exportação de dados do TikTok (.json ou .zip)
cli-help-import-format = auto, liveledger, gift-events, gift-table, session-summary, json-events ou tiktok-data
cli-help-import-dry-run = Informar o que seria adicionado, pulado e recusado, sem gravar nada
cli-help-import-map = Mapeamento de colunas, além do que o cabeçalho diz: campo=Coluna,… (campos: date, time, event, gift, gift_id, coins, count, sender, nickname, session, repeat_end, gift_type, event_id, diamonds, duration, end, viewers, peak_viewers, followers, likes, gifters, rewards, title)
cli-help-import-skip-rows = Linhas a pular acima do cabeçalho (padrão: o cabeçalho é procurado nas 20 primeiras linhas)
cli-help-import-sheet = A aba da planilha a ler (padrão: a primeira que tem dados)
cli-help-import-skip-lines = Deixar de fora as linhas de dados nestas linhas (p. ex. as linhas com erro que uma recusa apontou: 4,9,12); o resto é importado todo junto ou nada
cli-help-import-mapping-name = Salvar o --map com este nome, ou usar um salvo
cli-help-import-gap-minutes = Minutos sem presente que começam uma nova live (padrão: a configuração)
cli-help-imports = Listar importações anteriores, ou desfazer uma
cli-help-imports-list = Listar importações anteriores
cli-help-imports-undo = Desfazer uma importação inteira
cli-help-imports-undo-id = Id da importação
cli-help-imports-undo-force = Desfazer mesmo que saques tenham sido pagos com os diamantes dela
cli-help-export = Exportar o registro como CSV, JSON, um diário do hledger ou um arquivo do beancount
cli-help-export-format = csv, json, hledger ou beancount
cli-help-export-out = Gravar neste arquivo em vez da saída padrão
cli-help-backup = Gravar uma cópia consistente do registro (seguro com o app aberto)
cli-help-backup-file = Onde gravar
cli-help-restore = Substituir o registro por um backup, depois de verificar o backup
cli-help-restore-file = O arquivo de backup
cli-help-demo = Carregar ou apagar os dados de demonstração
cli-help-demo-load = Carregar o registro de demonstração (só em um registro vazio)
cli-help-demo-load-if-empty = Não fazer nada, com sucesso, quando o registro já tem dados
cli-help-demo-clear = Remover todas as lives, presentes, saques e ajustes (taxas, catálogo e configurações ficam)
cli-help-demo-clear-yes = Confirmar
cli-help-trash = Lives, presentes e saques excluídos, guardados por 30 dias: listá-los, ou devolver um
cli-help-trash-list = Listar o que foi excluído e ainda pode ser devolvido, do mais recente ao mais antigo
cli-help-trash-restore = Devolver o que uma exclusão tirou
cli-help-trash-restore-id = O id do item da lixeira (de `trash list`, ou mostrado pela exclusão)
cli-help-trash-restore-force = Devolver mesmo que o saldo fique abaixo de zero
cli-help-capture = Registrar presentes ao vivo a partir de uma ferramenta neste computador: um WebSocket (o do TikFinity, por padrão) ou um arquivo de log em que ela escreve. Mostra uma linha por presente gravado. Ctrl-C para: sequências ainda em andamento são gravadas com a maior contagem e marcadas; a live continua aberta (termina depois do silêncio, ou com `session end`), e um reinício se junta a ela
cli-help-capture-ws = O WebSocket a ler (padrão: o do TikFinity, ws://localhost:21213/)
cli-help-capture-follow = Um log CSV de eventos de presentes ou um arquivo JSON Lines em que outra ferramenta escreve
cli-help-capture-allow-remote-host = Confirma um host de --ws que não é este computador
cli-help-capture-silence-minutes = Minutos sem presente que encerram a live e cortam uma sequência (padrão: o session_gap_minutes do registro, o intervalo com que uma importação agrupa as lives)
cli-help-capture-dead-after = Segundos que uma fonte WebSocket pode ficar sem enviar nada (nenhum frame, nenhuma resposta a um ping) antes de a captura se reconectar
cli-help-capture-json = Mostrar cada presente gravado como uma linha de JSON
