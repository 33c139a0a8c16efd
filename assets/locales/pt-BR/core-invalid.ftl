# As verificações que um criador encontra ao digitar no app ou na linha de
# comando: o que um campo esperava. Cada uma segue o nome do campo
# ("diamonds: …"). $text é o que foi digitado, citado como está.

## Texto e quantidades

core-invalid-too-long = tem mais de { $count ->
    [one] { $count } caractere
   *[other] { $count } caracteres
}
core-invalid-control-characters = contém caracteres de controle
core-invalid-negative-got = não pode ser negativo (recebido: { $text })
core-invalid-count-too-large = { $text } é mais do que um registro aceita
core-invalid-too-large = { $text } é mais do que um registro aceita (no máximo { $max })
core-invalid-decimal-places = { $text } tem mais de { $count ->
    [one] { $count } casa decimal
   *[other] { $count } casas decimais
}
core-invalid-whole-number = era esperado um número inteiro de 0 ou mais, encontrado '{ $text }'
core-invalid-number = era esperado um número como 12,5, encontrado '{ $text }'
core-invalid-whole-coins = eram esperadas moedas inteiras, encontrado '{ $text }'
core-invalid-whole-count = era esperada uma quantidade inteira, encontrado '{ $text }'
core-invalid-at-least-one = deve ser pelo menos 1 (recebido: { $text })
core-invalid-required = é obrigatório
core-invalid-positive = deve ser maior que 0
core-invalid-not-negative = não pode ser negativo

## Datas e horários

core-invalid-day = era esperado um dia como 2026-03-01
core-invalid-date = '{ $text }' não é uma data/hora (esperado ISO 8601 como 2026-03-01T20:00:00+01:00, '2026-03-01 20:00', uma data, ou segundos/milissegundos desde a época)
core-invalid-date-skipped = '{ $text }' não existe no fuso horário { $zone } (o relógio pula esse horário)
core-invalid-date-out-of-range = '{ $text }' está fora do intervalo
core-invalid-date-offset = '{ $text }' tem uma diferença do UTC além de ±18:00
core-invalid-year = era esperada uma data de { $from } a { $to }, mas esta é do ano { $year } (erro de digitação?)
core-invalid-end-before-start = é anterior ao início
core-invalid-start-after-first-gift = é mais de um dia depois do primeiro presente desta live

## Lives e presentes

core-invalid-gift-name = o nome do presente é obrigatório
core-invalid-gift-row-too-large = { $gifts } × { $coins } moedas é mais do que uma linha de presente comporta
core-invalid-not-in-catalog = '{ $text }' não está no catálogo de presentes; informe o preço{ $cli }
core-invalid-name-required = o nome é obrigatório
core-invalid-catalog-missing = '{ $text }' não está no catálogo
core-invalid-end-before-session-start = é anterior ao início da live

## Saques e saldo

core-invalid-status = '{ $text }' não é um status (esperado pending, paid, failed ou cancelled)
core-invalid-whole-diamonds = { $text } tem fração; o TikTok saca diamantes inteiros
core-invalid-fee-over-value = { $fee } é mais do que o valor do saque, { $gross }
core-invalid-negative-balance = uma carteira do TikTok nunca mostra saldo negativo
core-invalid-over-balance = { $diamonds } diamantes é mais do que o saldo de { $balance } diamantes. Se sua carteira do TikTok mostra mais, informe esse saldo primeiro em Conciliar{ $cli }
core-invalid-adjustment-zero = uma correção de 0 não muda nada
core-invalid-reason-required = diga por que o saldo está sendo corrigido

## Taxas

core-invalid-rate-per-coin = diamantes por moeda deve ser maior que 0
core-invalid-rate-per-diamond = dinheiro por diamante deve ser maior que 0
core-invalid-rate-minimum = o saque mínimo não pode ser negativo
core-invalid-rate-maximum = o máximo diário deve ser maior que 0
core-invalid-rate-too-large = { $what ->
    [per-coin] diamantes por moeda
    [per-diamond] dinheiro por diamante
    [minimum] saque mínimo
   *[maximum] máximo diário
}: { $text } é mais do que uma taxa permite ({ $max })
core-invalid-rate-decimal-places = { $what ->
    [per-coin] diamantes por moeda
    [per-diamond] dinheiro por diamante
    [minimum] saque mínimo
   *[maximum] máximo diário
}: { $text } tem mais de { $count ->
    [one] { $count } casa decimal
   *[other] { $count } casas decimais
}
core-invalid-currency = a moeda '{ $text }' não é um código de três letras como USD
core-invalid-only-rate = a única taxa não pode ser excluída; edite-a

## Configurações

core-invalid-time-zone = '{ $text }' não é um fuso horário (ex.: Europe/Berlin, America/New_York, UTC)
core-invalid-true-false = esperado true ou false
core-invalid-gap-minutes = esperados minutos inteiros de 1 a 1440
core-invalid-language = o LiveLedger não fala '{ $text }' (idiomas: { $known })
core-invalid-setting = chave desconhecida '{ $text }' (chaves: { $known })

## Registros, backups e contagem ao vivo.

core-invalid-not-written = não foi gravado
core-invalid-file-session-not-written = uma live do arquivo não foi gravada
core-invalid-booked-not-written = uma live lançada não foi gravada
core-invalid-capture-live-not-written = uma live em andamento não foi gravada
core-invalid-capture-old-not-written = uma live para um evento antigo não foi gravada
core-invalid-coins-times-count = moedas × quantidade é grande demais
core-invalid-stored-gift-coins = as moedas de um presente salvo são grandes demais
core-invalid-not-a-gift = { $count } × { $coins } moedas não é um presente
core-invalid-worth-nothing = { $count ->
    [one] { $diamonds } diamante vale
   *[other] { $diamonds } diamantes valem
} { $worth } a { $rate } por diamante; nada pode ser sacado
core-invalid-days-none = informe pelo menos um dia para lançar
core-invalid-silence-minutes = esperados minutos inteiros de 1 a 1440; encontrado { $found }
core-invalid-not-a-date = { $ms } ms não é uma data
core-invalid-follow-name = informe o arquivo a acompanhar
core-invalid-follow-too-large = é maior do que um registro consegue acompanhar
core-invalid-demo-not-empty = o registro já tem dados; os dados de demonstração só são carregados num registro vazio
core-invalid-undo-session-gone = { $label } não pode ser restaurado: a live dele não está mais no registro (excluída depois?); restaure a live primeiro. Nada foi alterado.
core-invalid-undo-clash = { $label } não pode ser restaurado: o registro tem um igual adicionado depois (importado de novo?). Nada foi alterado.
core-invalid-undo-damaged = a cópia guardada de { $label } está danificada ({ $why }); nada foi alterado
core-invalid-no-rate = nenhuma taxa foi definida
core-invalid-no-rate-add-one = nenhuma taxa foi definida; adicione uma com `liveledger rate set`
core-invalid-import-wait = esperado quantos segundos aguardar uma importação, como 600 ou 0.5
core-invalid-kept-live-or-name = as moedas de uma live ou de um nome são grandes demais
core-invalid-kept-session = as moedas de uma live são grandes demais
core-invalid-kept-senders = mais remetentes do que um relatório comporta
core-invalid-stored-time-zone = o fuso horário '{ $text }' do registro não é um fuso horário; defina um com `liveledger settings set timezone America/Sao_Paulo`
core-invalid-backup-kinds = { $column } tem { $count ->
    [one] { $values } valor que não é
   *[other] { $values } valores que não são
} { $kind ->
    [integer] inteiros
   *[text] texto
}
core-invalid-backup-setting = a configuração { $key } não está como o LiveLedger a grava
core-invalid-backup-out-of-range = { $count ->
    [one] { $records } registro tem
   *[other] { $records } registros têm
} um valor ou uma data que nenhum formulário ou importação aceita
core-invalid-backup-balance = o valor do saldo é grande demais para somar
core-invalid-backup-trash = um registro excluído guardado para desfazer está danificado ({ $why })

## O endereço WebSocket da contagem ao vivo.

core-invalid-ws-remote = { $host } não é este computador: a contagem só escuta ferramentas que rodam aqui (127.0.0.1, ::1, localhost). Para usar outro host, digite-o e confirme{ $cli }
core-invalid-ws-too-long = esperado no máximo { $max } caracteres
core-invalid-ws-secure = { $url } é um endereço seguro (wss://); as ferramentas de live neste computador servem ws://, por exemplo { $example }
core-invalid-ws-scheme = esperado um endereço ws:// como { $example }; encontrado { $url }
core-invalid-ws-user = nenhum nome de usuário era esperado no endereço; encontrado { $url }
core-invalid-ws-bracket = um endereço IPv6 precisa do ] de fechamento; encontrado { $url }
core-invalid-ws-port-after = esperado :PORTA depois do endereço; encontrado { $url }
core-invalid-ws-no-host = esperado um host; encontrado { $url }
core-invalid-ws-host = esperado um nome de host ou endereço; encontrado { $host }
core-invalid-ws-port = esperada uma porta de 1 a 65535; encontrado { $port }

# Booking TikTok's reported days: each problem (a day as the language writes it);
# several are joined by core-invalid-joined.
core-invalid-days-twice = { $day } aparece duas vezes
core-invalid-days-no-diamonds = os arquivos do TikTok não trazem diamantes para { $day }
core-invalid-days-zero = o TikTok informa 0 diamantes em { $day }: nada a lançar
core-invalid-days-lives = o registro tem { $count ->
    [one] { $n } live
   *[other] { $n } lives
} em { $day }: só um dia sem live pode ser lançado com os números do TikTok
core-invalid-days-no-start = { $day } não tem início em { $zone }
core-invalid-joined = { $first }; { $then }

# The window's own checks of what it sends.
core-invalid-not-a-day = '{ $text }' não é um dia
core-invalid-not-a-day-iso = '{ $text }' não é um dia (AAAA-MM-DD)
core-invalid-last-before-first = o último dia é anterior ao primeiro
core-invalid-diamonds-number = esperava-se um número de diamantes
core-invalid-capture-source = esperava-se ws ou file, mas há '{ $text }'
core-invalid-capture-running = a captura já está em andamento; pare-a primeiro
