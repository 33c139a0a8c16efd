# O que uma importação diz: seu relatório (o que foi lido e adicionado, como
# o arquivo foi lido, o que foi ignorado), suas notas e avisos, e por que um
# arquivo foi recusado. Os números chegam escritos como o relatório os
# escreve; $count, $rows, $sessions e $matched são números que escolhem a
# forma do plural.

## As primeiras linhas do relatório: o que foi lido e adicionado.

core-import-totals = { $file } ({ $format }): { $rows ->
        [one] { $rows_read } linha lida
       *[other] { $rows_read } linhas lidas
    }, { $added } adicionadas, { $skipped } ignoradas por já estarem importadas, { $sessions ->
        [one] { $sessions_added } live criada
       *[other] { $sessions_added } lives criadas
    }, { $matched ->
        [one] { $sessions_matched } live existente ampliada
       *[other] { $sessions_matched } lives existentes ampliadas
    }
core-import-totals-dry-run = prévia: nada foi gravado. { $file } ({ $format }): { $rows ->
        [one] { $rows_read } linha lida
       *[other] { $rows_read } linhas lidas
    }, { $added } seriam adicionadas, { $skipped } ignoradas por já estarem importadas, { $sessions ->
        [one] { $sessions_added } live seria criada
       *[other] { $sessions_added } lives seriam criadas
    }, { $matched ->
        [one] { $sessions_matched } live existente seria ampliada
       *[other] { $sessions_matched } lives existentes seriam ampliadas
    }
core-import-adds = adiciona { $coins } moedas, { $diamonds } diamantes
# $value: o valor em cada moeda, "12.50 EUR + 3.00 USD".
core-import-adds-worth = adiciona { $coins } moedas, { $diamonds } diamantes, no valor de { $value }

## Como o arquivo foi lido. $encoding: UTF-8, windows-1252 ou uma planilha
## ("xlsx sheet 'Gifts'"); $delimiter: comma, semicolon, tab ou pipe.

core-import-read-txt = lido como o download TXT do TikTok
core-import-read-txt-in = lido como o download TXT do TikTok em { $encoding }
core-import-read-json = lido como JSON
core-import-read-json-in = lido como JSON em { $encoding }
core-import-read-table = lido como { $encoding }, separado por { $delimiter ->
        [comma] vírgulas
        [semicolon] ponto e vírgula
        [tab] tabulações
        [pipe] barras verticais
       *[other] { $delimiter }
    }, cabeçalho na linha { $line }
core-import-read-table-skipped = lido como { $encoding }, separado por { $delimiter ->
        [comma] vírgulas
        [semicolon] ponto e vírgula
        [tab] tabulações
        [pipe] barras verticais
       *[other] { $delimiter }
    }, cabeçalho na linha { $line } ({ $count ->
        [one] { $above } linha acima ignorada
       *[other] as { $above } linhas acima ignoradas
    })
core-import-read-sheet = lido como { $encoding }, cabeçalho na linha { $line } da planilha
core-import-read-sheet-skipped = lido como { $encoding }, cabeçalho na linha { $line } da planilha ({ $count ->
        [one] { $above } linha acima ignorada
       *[other] as { $above } linhas acima ignoradas
    })
# Segue a linha anterior: como as datas são escritas ("YYYY-MM-DD").
core-import-read-dates = ; datas { $dates }
# Segue a linha anterior: como os números são escritos ("1.234,5").
core-import-read-numbers = ; números { $numbers }
# $field: o campo como o --map o nomeia (date, coins…), com espaços; $samples: os primeiros valores.
core-import-field = { $field } ← coluna { $column } ({ $header }): { $samples }

## O que foi ignorado: "ignorado:" e uma lista.

core-import-skipped = ignorado: { $list }
core-import-skipped-totals = { $count ->
        [one] { $n } linha de total
       *[other] { $n } linhas de total
    }
core-import-skipped-blank = { $count ->
        [one] { $n } linha em branco
       *[other] { $n } linhas em branco
    }
# $kind: o tipo de evento como o arquivo o nomeia (like, chat, member…).
core-import-skipped-events = { $count ->
        [one] { $n } evento { $kind }
       *[other] { $n } eventos { $kind }
    }
core-import-skipped-summary = { $count ->
        [one] { $n } linha de resumo
       *[other] { $n } linhas de resumo
    }

## Notas: como o arquivo foi lido, onde vale a pena saber.

core-import-redelivered = { $count ->
        [one] { $n } mensagem que o arquivo trazia duas vezes (o mesmo id de mensagem) foi contada uma vez
       *[other] { $n } mensagens que o arquivo trazia duas vezes (o mesmo id de mensagem) foram contadas uma vez
    }
core-import-streak-steps = { $count ->
        [one] { $n } passo de sequência foi somado à contagem final da sua sequência
       *[other] { $n } passos de sequência foram somados à contagem final da sua sequência
    }
core-import-unfinished-streaks = { $count ->
        [one] aviso: { $n } sequência nunca termina no arquivo; foi contada pela sua maior contagem
       *[other] aviso: { $n } sequências nunca terminam no arquivo; cada uma foi contada pela sua maior contagem
    }
core-import-summary-block = { $count ->
        [one] um bloco de resumo de { $n } linha foi ignorado na linha { $first }: abaixo da tabela, sem data onde vai a data
       *[other] um bloco de resumo de { $n } linhas foi ignorado na linha { $first }: abaixo da tabela, sem data onde vai a data
    }
core-import-summary-block-lines = { $count ->
        [one] um bloco de resumo de { $n } linha foi ignorado nas linhas { $first }–{ $last }: abaixo da tabela, sem data onde vai a data
       *[other] um bloco de resumo de { $n } linhas foi ignorado nas linhas { $first }–{ $last }: abaixo da tabela, sem data onde vai a data
    }
core-import-price-coins = o preço de cada presente é lido da coluna { $coins_column } ({ $coins_header }), suas moedas; a coluna { $diamonds_column } ({ $diamonds_header }) só é lida onde uma linha não traz moedas
core-import-price-total-diamonds = o preço de cada presente é lido da coluna { $diamonds_column } ({ $diamonds_header }): o total de diamantes da linha dividido pela quantidade (os diamantes de um presente são seu preço em moedas)
core-import-price-diamonds = o preço de cada presente é lido da coluna { $diamonds_column } ({ $diamonds_header }): os diamantes de um presente são seu preço em moedas, como as ferramentas de live escrevem diamondCount
# $saved: o dia em que o mapeamento foi guardado; $name: o arquivo para o qual foi feito.
core-import-mapping-used = usado o seu mapeamento de { $saved } / { $name }: { $mapping }

## Avisos: o que conferir antes de confiar nos totais.

core-import-warning = aviso: { $warning }
core-import-left-out = { $count ->
        [one] { $n } linha com problemas deixada de fora, como você escolheu; o resto foi importado
       *[other] { $n } linhas com problemas deixadas de fora, como você escolheu; o resto foi importado
    }
core-import-windows-1252 = o arquivo não é UTF-8; foi lido como Windows-1252 (Latin-1): confira se os nomes com acentos aparecem certos
# $max × $coins: a maior contagem da sequência e o preço do seu presente.
core-import-streak-unended = linha { $line }: a sequência de { $gift } nunca termina no arquivo; contada como { $max } × { $coins } moedas (sua maior contagem até ali) e marcada como estimada
core-import-streak-unended-from = linha { $line }: a sequência de { $gift } de { $sender } nunca termina no arquivo; contada como { $max } × { $coins } moedas (sua maior contagem até ali) e marcada como estimada
core-import-streaks-more = há mais sequências que nunca terminam; veja as linhas marcadas como estimadas
# $column: a coluna que diria onde uma sequência termina (repeatEnd).
core-import-streak-steps-uncounted = { $count ->
        [one] { $n } linha parece um passo de sequência (mesmo remetente e presente, quantidade um a mais que a linha anterior), mas nenhuma coluna { $column } é lida, então cada passo conta; se o arquivo tem colunas de sequência, escolha as colunas do fim da sequência e do tipo de presente (CLI: --map repeat_end=COLUMN,gift_type=COLUMN)
       *[other] { $n } linhas parecem passos de uma sequência (mesmo remetente e presente, quantidade um a mais que a linha anterior), mas nenhuma coluna { $column } é lida, então cada passo conta; se o arquivo tem colunas de sequência, escolha as colunas do fim da sequência e do tipo de presente (CLI: --map repeat_end=COLUMN,gift_type=COLUMN)
    }

## As últimas linhas do relatório.

core-import-sections-ignored = seções ignoradas: { $sections }
core-import-streaks-updated = { $count ->
        [one] { $n } sequência que uma importação anterior deixou cortada foi atualizada para a contagem deste arquivo
       *[other] { $n } sequências que uma importação anterior deixou cortadas foram atualizadas para a contagem deste arquivo
    }
core-import-undo = importação { $id } — desfaça com `liveledger imports undo { $id }`

## Um arquivo de dias do TikTok LIVE Center. $figures: seus nomes (diamonds, likes…).

core-import-days = { $count ->
        [one] números do TikTok de { $n } dia: { $figures }
       *[other] números do TikTok de { $n } dias: { $figures }
    }
core-import-days-on = { $count ->
        [one] números do TikTok de { $n } dia, em { $first }: { $figures }
       *[other] números do TikTok de { $n } dias, em { $first }: { $figures }
    }
core-import-days-range = { $count ->
        [one] números do TikTok de { $n } dia, de { $first } a { $last }: { $figures }
       *[other] números do TikTok de { $n } dias, de { $first } a { $last }: { $figures }
    }
core-import-days-diamonds = O TikTok informa { $diamonds } diamantes nesses dias: guardados ao lado do registro, nunca somados ao saldo (compare com `liveledger days`)
core-import-days-figures = { $count ->
        [one] { $added } número novo, { $unchanged } já existentes
       *[other] { $added } números novos, { $unchanged } já existentes
    }
core-import-days-replaces = substitui { $figure } do TikTok de { $day }: { $was } → { $now }
core-import-days-more = { $count ->
        [one] … e mais { $n } número substituído
       *[other] … e mais { $n } números substituídos
    }

## Um arquivo recusado: nada foi importado.

# $map: o mapeamento a informar; $columns: cada coluna com seus primeiros valores, uma por linha.
core-import-unknown-format = { $file }: não dá para saber o que este arquivo contém pelo cabeçalho ({ $known ->
        [none] nenhum nome de coluna que o LiveLedger conheça
       *[other] nomes que ele conhece: { $header }
    }, linha { $line }); nomeie as colunas com --map { $map }{ $columns }
core-import-unknown-format-columns = { $file }: não dá para saber o que este arquivo contém pelo cabeçalho ({ $known ->
        [none] nenhum nome de coluna que o LiveLedger conheça
       *[other] nomes que ele conhece: { $header }
    }, linha { $line }); nomeie as colunas com --map { $map }
    suas colunas:{ $columns }
core-import-rows = { $file }: { $count ->
        [one] { $n } problema
       *[other] { $n } problemas
    }, nada foi importado:
core-import-column = coluna { $n } '{ $header }': { $values }
core-import-column-empty = coluna { $n } '{ $header }': (vazia)
core-import-columns-more = { $count ->
        [one] … e mais { $n } coluna
       *[other] … e mais { $n } colunas
    }
core-import-problem = linha { $line }: { $problem }
core-import-problem-column = linha { $line }, coluna { $column } ({ $header }): { $problem }
core-import-problems-more = { $count ->
       *[other] … e mais { $n }
    }
core-import-problem-open-quote = um campo ocupa várias linhas: provavelmente há aspas (") que não foram fechadas
core-import-problem-dates-mixed = as datas misturam a ordem dia-mês (linha { $day_first }) e mês-dia (linha { $month_first }); escreva-as como AAAA-MM-DD
core-import-problem-dates-ambiguous = datas como 01/02/2026 podem ser dia-mês ou mês-dia e nenhuma data do arquivo resolve isso; escreva-as como AAAA-MM-DD

## Um arquivo recusado como a janela diz: a janela lista as linhas e
## oferece as colunas.

core-import-page-choose-columns = { $file }: o LiveLedger não sabe qual coluna contém o quê. Escolha abaixo uma coluna para cada campo.
core-import-page-one-column = { $file }: o LiveLedger não sabe o que este arquivo contém: ele tem uma só coluna, não uma tabela de presentes.
core-import-page-rows = { $file }: { $count ->
        [one] { $n } linha tem um problema;
       *[other] { $n } linhas têm problemas;
    } nada foi importado

## As palavras próprias de uma linha com problema, após "linha N, coluna C (nome):".
## $text: o conteúdo da célula, encurtado.

# $problem: missing, fraction, negative, other.
core-import-what-diamonds = { $problem ->
        [missing] esperava-se um número de diamantes, mas não há nada
        [fraction] esperava-se um número de diamantes, mas há '{ $text }', que tem casas decimais
        [negative] esperavam-se 0 diamantes ou mais, mas há { $text }
       *[other] esperava-se um número de diamantes, mas há '{ $text }'
    }
core-import-what-peak-viewers = { $problem ->
        [missing] esperava-se um pico de espectadores, mas não há nada
        [fraction] esperava-se um pico de espectadores, mas há '{ $text }', que tem casas decimais
        [negative] esperava-se um pico de espectadores (0 ou mais), mas há { $text }
       *[other] esperava-se um pico de espectadores, mas há '{ $text }'
    }
core-import-what-viewers = { $problem ->
        [missing] esperava-se um número de espectadores, mas não há nada
        [fraction] esperava-se um número de espectadores, mas há '{ $text }', que tem casas decimais
        [negative] esperava-se um número de espectadores (0 ou mais), mas há { $text }
       *[other] esperava-se um número de espectadores, mas há '{ $text }'
    }
core-import-what-likes = { $problem ->
        [missing] esperava-se um número de curtidas, mas não há nada
        [fraction] esperava-se um número de curtidas, mas há '{ $text }', que tem casas decimais
        [negative] esperava-se um número de curtidas (0 ou mais), mas há { $text }
       *[other] esperava-se um número de curtidas, mas há '{ $text }'
    }
core-import-what-followers = { $problem ->
        [missing] esperava-se um número de seguidores, mas não há nada
        [fraction] esperava-se um número de seguidores, mas há '{ $text }', que tem casas decimais
        [negative] esperava-se um número de seguidores (0 ou mais), mas há { $text }
       *[other] esperava-se um número de seguidores, mas há '{ $text }'
    }
core-import-what-gifters = { $problem ->
        [missing] esperava-se um número de apoiadores, mas não há nada
        [fraction] esperava-se um número de apoiadores, mas há '{ $text }', que tem casas decimais
        [negative] esperava-se um número de apoiadores (0 ou mais), mas há { $text }
       *[other] esperava-se um número de apoiadores, mas há '{ $text }'
    }
core-import-what-gift-price = { $problem ->
        [missing] esperava-se o preço do presente em moedas, mas não há nada
        [fraction] esperava-se o preço do presente em moedas, mas há '{ $text }', que tem casas decimais
        [negative] esperava-se o preço do presente em moedas (0 ou mais), mas há { $text }
       *[other] esperava-se o preço do presente em moedas, mas há '{ $text }'
    }
core-import-what-repeat-count = { $problem ->
        [missing] esperava-se um número de repetições, mas não há nada
        [fraction] esperava-se um número de repetições, mas há '{ $text }', que tem casas decimais
        [negative] esperava-se um número de repetições (0 ou mais), mas há { $text }
       *[other] esperava-se um número de repetições, mas há '{ $text }'
    }
core-import-what-gift-type = { $problem ->
        [missing] esperava-se um número de tipo de presente, mas não há nada
        [fraction] esperava-se um número de tipo de presente, mas há '{ $text }', que tem casas decimais
        [negative] esperava-se um número de tipo de presente (0 ou mais), mas há { $text }
       *[other] esperava-se um número de tipo de presente, mas há '{ $text }'
    }
core-import-what-whole-count = { $problem ->
        [missing] esperava-se uma contagem inteira, mas não há nada
        [fraction] esperava-se uma contagem inteira, mas há '{ $text }', que tem casas decimais
        [negative] esperava-se uma contagem inteira (0 ou mais), mas há { $text }
       *[other] esperava-se uma contagem inteira, mas há '{ $text }'
    }
core-import-what-whole-coins = { $problem ->
        [missing] esperava-se um número inteiro de moedas, mas não há nada
        [fraction] esperava-se um número inteiro de moedas, mas há '{ $text }', que tem casas decimais
        [negative] esperavam-se 0 moedas ou mais, mas há { $text }
       *[other] esperava-se um número inteiro de moedas, mas há '{ $text }'
    }
core-import-what-whole-diamonds = { $problem ->
        [missing] esperava-se um número inteiro de diamantes, mas não há nada
        [fraction] esperava-se um número inteiro de diamantes, mas há '{ $text }', que tem casas decimais
        [negative] esperavam-se 0 diamantes ou mais, mas há { $text }
       *[other] esperava-se um número inteiro de diamantes, mas há '{ $text }'
    }
core-import-what-day-figure = { $problem ->
        [missing] esperava-se um número ({ $figure }), mas não há nada
        [fraction] esperava-se um número ({ $figure }), mas há '{ $text }', que tem casas decimais
        [negative] esperava-se um número ({ $figure }) (0 ou mais), mas há { $text }
       *[other] esperava-se um número ({ $figure }), mas há '{ $text }'
    }

core-import-cell-no-date = esperava-se uma data/hora, mas não há nada
core-import-cell-no-day = esperava-se um dia, mas não há nada
core-import-cell-no-gift = esperava-se o nome de um presente, mas não há nada
# A célula do presente tinha só espaços ou caracteres de controle.
core-import-cell-gift-blank = esperava-se o nome de um presente
core-import-cell-date = esperava-se uma data/hora como 2026-03-01 20:00, 01/03/2026 20:00, 01.03.2026 ou 1772395200000, mas há '{ $text }'
core-import-cell-epoch = '{ $text }' não é um tempo epoch que o LiveLedger consiga ler
core-import-cell-not-a-calendar-date = '{ $text }' não é uma data do calendário
# $time: o que diz a coluna de hora.
core-import-cell-time-twice = a data '{ $text }' tem hora própria e a coluna de hora diz '{ $time }'
core-import-cell-time-column = esperava-se uma hora como 20:05 ou 8:05 PM na coluna de hora, mas há '{ $text }'
core-import-cell-day-with-time = esperava-se um dia como 2026-11-12, mas há '{ $text }' com hora: os arquivos do TikTok LIVE Center têm uma linha por dia
core-import-cell-iso-day = esperava-se AAAA-MM-DD, mas há '{ $text }'
core-import-cell-end-time = esperava-se um horário de término como 2026-03-01 21:30 ou 21:30, mas há '{ $text }'
core-import-cell-end-needs-start = um término dado como hora do dia precisa de um início escrito como AAAA-MM-DD
core-import-cell-duration = esperava-se uma duração de no máximo uma semana, como 90, 1:30:00 ou 1h 30m, mas há '{ $text }'
core-import-cell-seconds = esperava-se um tempo como 5400, 1:30:00 ou 1h 30m, mas há '{ $text }'
core-import-cell-not-a-number = esperava-se um número, mas há '{ $text }'
core-import-cell-whole-number = esperava-se um número inteiro, mas há '{ $text }'
core-import-cell-money = esperava-se um valor em dinheiro, mas há '{ $text }'
core-import-cell-negative = esperava-se 0 ou mais, mas há '{ $text }'
core-import-cell-too-large = '{ $text }' é mais do que um registro consegue contar
# $n × $coins: a quantidade de uma linha e o preço do seu presente.
core-import-cell-total-too-large = { $n } × { $coins } moedas é mais do que um registro consegue contar
# $thousands e $decimal: o valor lido com o separador como milhar e como vírgula decimal.
core-import-cell-ambiguous-number = '{ $text }' pode ser { $thousands } ou { $decimal }; escreva com duas casas decimais ou sem separadores de milhar
core-import-cell-true-false = esperava-se true ou false, mas há '{ $text }'
# $field: o nome do campo de preço no registro (diamondCount).
core-import-cell-no-price = o evento não informa preço para '{ $gift }' ({ $field } ou outro campo de preço) e o catálogo de presentes não o conhece; adicione-o ao catálogo ou indique o campo de preço
core-import-cell-price-negative = esperava-se um preço de 0 moedas ou mais, mas há { $text }
core-import-cell-repeat-count-below-one = esperava-se um número de repetições de 1 ou mais, mas há { $text }
core-import-cell-count-below-one = esperava-se uma quantidade de 1 ou mais, mas há { $text }
# $cell: a quantidade escrita na célula do presente (Rose x5); $column: a da coluna de quantidade.
core-import-cell-count-conflict = a célula do presente '{ $text }' diz { $cell }, mas a coluna de quantidade diz { $column }: qual é o certo?
# $n: a quantidade da linha; $each: o preço de um no catálogo; $column: o cabeçalho da coluna.
core-import-cell-diamonds-look-total = { $diamonds } diamantes são { $n } × { $gift } ({ $each } cada no catálogo): esta coluna parece o total da linha, não o preço de um presente; leia-a como o total de diamantes da linha (CLI: --map total_diamonds={ $column })
core-import-cell-total-looks-each = { $diamonds } diamantes por { $n } × { $gift } é o preço de um no catálogo ({ $each }): esta coluna parece o preço de um presente, não o total da linha; leia-a como diamantes por presente (CLI: --map diamonds={ $column })
core-import-cell-total-not-divisible = um total de { $diamonds } diamantes não é divisível pela quantidade { $n }: é o preço de um único presente?
core-import-cell-gift-unknown = o presente '{ $gift }' não está no catálogo de presentes e a linha não informa moedas nem diamantes; adicione-o ao catálogo ou acrescente uma coluna de moedas
core-import-cell-too-long = { $count ->
        [one] tem { $n } caractere; o registro guarda no máximo { $max }
       *[other] tem { $n } caracteres; o registro guarda no máximo { $max }
    }
core-import-cell-too-many-days = um arquivo do TikTok LIVE Center tem uma linha por dia; mais de { $max } linhas não é um deles
# A exportação do próprio LiveLedger. $name: sua coluna (session_ref, gift_name…).
core-import-cell-value-missing = esperava-se um valor para { $name }, mas não há nada
core-import-cell-coins-missing = esperavam-se moedas, mas não há nada
core-import-cell-coins-count = esperavam-se moedas ≥ 0 e quantidade ≥ 1, mas há { $coins } e { $n }
core-import-cell-record-kind = esperava-se session, gift, withdrawal, adjustment ou rate, mas há '{ $text }'
core-import-cell-no-format = nenhum formato escolhido
# Uma verificação do registro recusa um valor. $field: o nome do valor como o registro o chama.
core-import-cell-field-end-before-start = { $field }: é anterior ao início
core-import-cell-field-year = { $field }: esperava-se uma data de { $from } a { $to }, mas é do ano { $year } (erro de digitação?)
core-import-cell-field-negative-got = { $field }: não pode ser negativo (recebido: { $text })
core-import-cell-field-not-negative = { $field }: não pode ser negativo
core-import-cell-field-count-too-large = { $field }: { $text } é mais do que um registro aceita
core-import-cell-field-too-large = { $field }: { $text } é mais do que um registro aceita (no máximo { $max })
core-import-cell-field-decimal-places = { $field }: { $text } tem mais de { $count } casas decimais
# Uma verificação para a qual a importação não tem palavras próprias: seu texto em inglês.
core-import-cell-other = { $text }

## Uma coluna ou um dia com problema como um todo.

core-import-problem-numbers-both = a coluna usa '{ $sep }' tanto para agrupar milhares (linha { $group_line }: '{ $group }') quanto como separador decimal (linha { $decimal_line }: '{ $decimal }'); escreva os números de um só jeito
core-import-problem-numbers-points = a coluna mistura separadores decimais: '.' (linha { $dot_line }: '{ $dot }') e ',' (linha { $comma_line }: '{ $comma }'); escreva os números de um só jeito
core-import-problem-numbers-thousands = a coluna escreve milhares tanto como '{ $dot }' (linha { $dot_line }) quanto como '{ $comma }' (linha { $comma_line }): um deles seria uma fração; escreva os números de um só jeito
core-import-problem-rewards-ambiguous = '{ $text }' pode ser { $thousands } ou { $decimal } e nenhum outro valor da coluna decide; escreva valores com duas casas decimais (1234.00 ou 1234,00) ou sem separadores de milhar
core-import-problem-day-twice = { $day } aparece duas vezes com { $figure } diferentes ({ $was } na linha { $line }, { $now } aqui)
core-import-problem-mixed-encoding = não é um texto UTF-8 válido, embora as linhas anteriores sejam: o arquivo mistura codificações (salve-o como UTF-8)
core-import-problem-sheet-wide = tem um valor depois da coluna { $max }; uma tabela que o LiveLedger lê tem no máximo { $max } colunas

core-import-json-not-event = esperava-se um evento (um objeto JSON), mas há { $kind ->
        [null] null
        [bool] true ou false
        [number] um número
        [text] texto
        [array] um array
       *[object] um objeto
    }
core-import-json-not-scalar = esperava-se um número ou texto, mas há { $kind ->
        [null] null
        [bool] true ou false
        [number] um número
        [text] texto
        [array] um array
       *[object] um objeto
    }
core-import-json-value-too-long = esperava-se um valor para { $field }, mas há '{ $text }'
core-import-json-event-too-large = { $n } × { $coins } moedas é mais do que um evento de presente pode valer (no máximo { $max } moedas)

## Um arquivo, seu cabeçalho ou suas opções que o LiveLedger não consegue
## usar: nada foi importado. Cada mensagem começa com o nome do arquivo, $file.

core-import-file-empty = { $file }: o arquivo está vazio
core-import-file-no-header = { $file }: o arquivo não tem linha de cabeçalho
core-import-file-skip-rows-all = { $file }: --skip-rows { $n } pula todas as linhas do início do arquivo
core-import-file-columns = { $file }: linha { $line }: o cabeçalho tem { $n } colunas; uma tabela que o LiveLedger lê tem no máximo { $max }
core-import-file-sheet-columns = { $file }: linha { $line }: o cabeçalho tem mais de { $max } colunas; uma tabela que o LiveLedger lê tem no máximo { $max }
core-import-file-not-utf8 = { $file }: linha { $line }: não é um texto UTF-8 válido (salve o arquivo como UTF-8)
core-import-file-utf32 = { $file }: é um texto { $encoding }, que o LiveLedger não lê: salve-o como UTF-8 (ou UTF-16)
core-import-file-no-rows = { $file }: nenhuma linha para importar: o arquivo tem um cabeçalho (linha { $line }) e nada abaixo dele
core-import-file-skip-lines = { $file }: { $count ->
        [one] { $n } linha para deixar de fora; no máximo { $max }
       *[other] { $n } linhas para deixar de fora; no máximo { $max }
    }
core-import-file-no-mapping = { $file }: nenhum mapeamento salvo com o nome '{ $name }'
core-import-file-not-a-sheet = { $file }: não é uma planilha (.xlsx, .xls ou .ods): --sheet indica uma aba de uma planilha
core-import-file-export-not-sheet = { $file }: é o download de dados do TikTok, não uma planilha: --sheet indica uma aba de uma planilha
core-import-file-export-not-table = { $file }: é o download de dados do TikTok, não uma tabela { $format } (importe-o conforme o conteúdo for detectado; CLI: --format auto ou tiktok-data)
core-import-file-sheet-not-export = { $file }: é uma planilha, não o download de dados do TikTok (importe-a conforme o conteúdo for detectado; CLI: --format auto)
core-import-file-sheet-not-liveledger = { $file }: é uma planilha; a exportação do próprio LiveLedger é lida como o CSV que ele gravou
core-import-file-sheet-empty = { $file }: a aba '{ $sheet }' está vazia
core-import-file-no-record = { $file }: uma exportação do LiveLedger precisa de uma coluna 'record'
core-import-file-events-need = { $file }: um registro de eventos de presentes precisa de uma coluna para { $missing } (suas colunas: { $known ->
        [none] nenhum nome de coluna que o LiveLedger conheça
       *[other] nomes que ele conhece: { $columns }
    }); escolha qual coluna contém cada dado (CLI: --map)
core-import-file-table-need = { $file }: uma tabela de presentes precisa de uma coluna para { $missing } (suas colunas: { $known ->
        [none] nenhum nome de coluna que o LiveLedger conheça
       *[other] nomes que ele conhece: { $columns }
    }); escolha qual coluna contém cada dado (CLI: --map)
core-import-file-sessions-need = { $file }: um resumo de lives precisa de uma coluna para { $missing } (suas colunas: { $known ->
        [none] nenhum nome de coluna que o LiveLedger conheça
       *[other] nomes que ele conhece: { $columns }
    }); escolha qual coluna contém cada dado (CLI: --map)
core-import-file-days-need = { $file }: um arquivo do TikTok LIVE Center precisa de uma coluna para { $missing } (suas colunas: { $known ->
        [none] nenhum nome de coluna que o LiveLedger conheça
       *[other] nomes que ele conhece: { $columns }
    }); escolha qual coluna contém cada dado (CLI: --map)
core-import-file-days-no-figures = { $file }: um arquivo do TikTok LIVE Center precisa de uma coluna de números (diamantes, tempo de LIVE, visualizações, curtidas…) ao lado da data (suas colunas: { $known ->
        [none] nenhum nome de coluna que o LiveLedger conheça
       *[other] nomes que ele conhece: { $columns }
    })
core-import-file-events-no-gift = { $file }: um registro de eventos de presentes precisa de uma coluna { $name } ou { $id }
core-import-file-map-pair = { $file }: '{ $text }' não está na forma campo=Coluna
core-import-file-map-field = { $file }: '{ $text }' não é um campo (campos: { $fields })
core-import-file-map-no-column = { $file }: o arquivo não tem a coluna '{ $text }' (suas colunas: { $known ->
        [none] nenhum nome de coluna que o LiveLedger conheça
       *[other] nomes que ele conhece: { $columns }
    })
core-import-file-map-long = { $file }: o mapeamento tem { $n } bytes; no máximo { $max } (CLI: --map)
core-import-file-map-event-field = { $file }: { $text } não é um campo de um evento de presente (campos: { $fields })
core-import-file-map-path = { $file }: '{ $text }' não é um caminho JSON (chaves unidas por pontos, como user.uniqueId)
core-import-file-map-json = { $file }: mapeamentos só são salvos para arquivos CSV; os campos de um arquivo JSON são nomeados por caminho, p. ex. coins=giftValue,sender=user.uniqueId (CLI: --mapping-name é para arquivos CSV)
core-import-file-json-none = { $file }: nenhum evento de presente para importar entre { $n } valores JSON
core-import-file-json-none-skipped = { $file }: nenhum evento de presente para importar entre { $n } valores JSON (ignorados: { $skipped })
core-import-file-json-array = { $file }: não contém eventos de presentes e não é a exportação de dados do TikTok: é um array de { $count ->
        [one] { $n } objeto
       *[other] { $n } objetos
    } cujas chaves são { $keys }. O LiveLedger lê eventos de presentes ({ $id }, { $coins }, { $repeat }…) e o "Baixar seus dados" do TikTok; para eventos do seu próprio registrador, indique o caminho de cada campo (CLI: --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)
core-import-file-json-object = { $file }: não contém eventos de presentes e não é a exportação de dados do TikTok: é um objeto JSON cujas chaves são { $keys }. O LiveLedger lê eventos de presentes ({ $id }, { $coins }, { $repeat }…) e o "Baixar seus dados" do TikTok; para eventos do seu próprio registrador, indique o caminho de cada campo (CLI: --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)
core-import-file-json-lines = { $file }: não contém eventos de presentes e não é a exportação de dados do TikTok: é { $count ->
        [one] { $n } valor
       *[other] { $n } valores
    } (JSON Lines), objetos cujas chaves são { $keys }. O LiveLedger lê eventos de presentes ({ $id }, { $coins }, { $repeat }…) e o "Baixar seus dados" do TikTok; para eventos do seu próprio registrador, indique o caminho de cada campo (CLI: --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)

core-import-tiktok-not-text = esperava-se texto, mas há uma lista ou um objeto
core-import-tiktok-text-long = esperava-se no máximo { $max } caracteres, mas há '{ $text }'
core-import-tiktok-count = esperava-se um número inteiro de 0 a { $max }, mas há '{ $text }'
core-import-tiktok-diamonds-money = esperavam-se diamantes; isto é um valor em dinheiro, que o LiveLedger não converte de volta em diamantes, mas há '{ $text }'
core-import-tiktok-diamonds = esperava-se um número de diamantes, mas há '{ $text }'
core-import-tiktok-diamonds-range = esperavam-se de 0 a { $max } diamantes, mas há '{ $text }'
core-import-tiktok-money-currency = esperava-se um valor em { $currency } (a moeda da taxa), mas há '{ $text }'
core-import-tiktok-money = esperava-se um valor em dinheiro como 10.50, mas há '{ $text }'
core-import-tiktok-money-range = esperava-se um valor de 0 a { $max }, mas há '{ $text }'
core-import-tiktok-duration = esperava-se uma duração de no máximo 7 dias, como 1:30:00, 1h 30m ou um número de segundos, mas há '{ $text }'
core-import-tiktok-not-live = esperava-se uma live (um objeto JSON)
core-import-tiktok-no-start = esperava-se LiveStartTime (quando a live começou), mas não há nada
core-import-tiktok-ends-before = a live termina antes de começar
core-import-tiktok-status = esperava-se um status como completed, pending, failed ou cancelled, mas há '{ $text }'
core-import-tiktok-no-date = esperava-se a data (Date) do saque, mas não há nada
core-import-tiktok-no-rate = não há taxa definida para este dia; adicione uma com `liveledger rates add`
core-import-tiktok-money-to-diamonds = não é possível converter este valor em diamantes pelo dinheiro por diamante da taxa
core-import-tiktok-no-amount = esperavam-se os diamantes (Diamonds) ou o valor (Amount) do saque, mas não há nenhum
core-import-tiktok-withdrawal-range = esperava-se um saque de mais de 0 e no máximo { $max } diamantes, mas há { $text }
core-import-tiktok-too-many-to-value = { $text } diamantes são demais para avaliar
core-import-tiktok-fee-above = a tarifa { $fee } é maior que o valor do saque { $gross }
core-import-tiktok-not-wallet = esperava-se um lançamento da carteira (um objeto JSON)

## A container (a zip, an OLE file), a spreadsheet or TikTok's data download
## LiveLedger does not read. $error stays in English (the system's, the zip
## reader's or the spreadsheet reader's words).

core-import-file-cannot-read = { $file }: não foi possível ler: { $error }
core-import-file-error = { $file }: { $error }
core-import-file-too-large = { $file }: tem mais de { $max } MiB; não foi lido
core-import-file-zip-unreadable = { $file }: não é um arquivo ZIP que possa ser lido ({ $error })
core-import-file-zip-many = { $file }: lista mais arquivos do que a exportação do TikTok ou uma planilha contém (no máximo { $max }); não foi lido
core-import-file-ole-unreadable = { $file }: é um arquivo composto OLE que não pode ser lido; o LiveLedger lê CSV, JSON, o download de dados do TikTok (.zip) e planilhas (.xlsx, .xls, .ods)
core-import-file-word = { $file }: é um documento do Word; o LiveLedger lê CSV, JSON, o download de dados do TikTok (.zip) e planilhas (.xlsx, .xls, .ods)
core-import-file-ole-no-workbook = { $file }: é um arquivo composto OLE sem pasta de trabalho (seus fluxos: { $streams }); o LiveLedger lê CSV, JSON, o download de dados do TikTok (.zip) e planilhas (.xlsx, .xls, .ods)
core-import-file-ole-broken = { $file }: é um arquivo composto OLE (como os .xls) que não pode ser lido: { $error }; o LiveLedger lê CSV, JSON, o download de dados do TikTok (.zip) e planilhas (.xlsx, .xls, .ods)
core-import-file-odf-not-sheet = { $file }: é um arquivo OpenDocument que não é uma planilha ({ $mimetype }); o LiveLedger lê CSV, JSON, o download de dados do TikTok (.zip) e planilhas (.xlsx, .xls, .ods)
core-import-file-zip-other = { $file }: é { $count ->
        [0] um ZIP vazio
        [one] um ZIP de { $n } arquivo: { $names }
       *[other] um ZIP de { $n } arquivos: { $names }
    }: não é o download de dados do TikTok nem uma planilha; o LiveLedger lê CSV, JSON, o download de dados do TikTok (.zip) e planilhas (.xlsx, .xls, .ods)
core-import-file-zip-no-export = { $file }: é { $count ->
        [0] um ZIP vazio
        [one] um ZIP de { $n } arquivo: { $names }
       *[other] um ZIP de { $n } arquivos: { $names }
    }: não é a exportação JSON do TikTok (user_data.json) nem seus arquivos TXT
core-import-file-zip-not-tiktok = { $file }: não é um arquivo ZIP como os que o TikTok envia ({ $error })
core-import-file-unpack-ratio = { $file }: { $entry } se descompacta em mais de { $ratio } vezes o tamanho compactado: não é a exportação do TikTok; não foi lido
core-import-file-unpack-past = { $file }: { $entry } se descompacta em mais de { $max } GiB (com os arquivos antes dele); não foi lido
core-import-file-export-skip-lines = { $file }: é o download de dados do TikTok: suas entradas não podem ser deixadas de fora uma a uma
core-import-file-not-read = { $file }: não foi lido
core-import-file-export-no-lists = { $file }: não contém histórico de lives nem saques da carteira (suas seções: { $count ->
        [0] nenhuma
       *[other] { $sections }
    }); é a exportação "Baixar seus dados" do TikTok?
core-import-file-not-regular = { $file }: é { $what ->
        [folder] uma pasta
        [fifo] um pipe nomeado (FIFO)
        [device] um dispositivo
        [socket] um socket
       *[other] algo que não é um arquivo comum
    }: só um arquivo comum pode ser importado
core-import-file-sheet-memory = { $file }: { $what ->
        [strings] suas strings compartilhadas ocupariam
       *[sheets] suas abas ocupariam
    } mais de { $max } MiB de memória para serem lidas; não foi lido (salve a aba como CSV para importá-la)
core-import-file-sheet-part = { $file }: não foi possível ler '{ $part }' ({ $error })
core-import-file-sheet-ratio = { $file }: '{ $part }' se descompacta em mais de { $ratio } vezes o tamanho compactado: não é uma planilha; não foi lido
core-import-file-sheet-unpacks = { $file }: se descompacta em mais de { $max } GiB; não foi lido
core-import-file-sheet-long-run = { $file }: '{ $part }' contém um texto ou uma tag com mais de { $max } MiB: não é uma planilha que o LiveLedger lê; não foi lido
core-import-file-sheet-strings-unreadable = { $file }: não foi possível ler as strings compartilhadas ({ $error })
core-import-file-sheet-strings-declared = { $file }: declara mais strings compartilhadas do que contém: não é uma planilha íntegra; não foi lido
core-import-file-sheet-not-xml = { $file }: seu conteúdo não é um XML que possa ser lido ({ $error })
core-import-file-xls-large = { $file }: é um .xls com mais de { $max } MiB; não foi lido (salve-o como .xlsx ou CSV)
core-import-file-xls-unreadable = { $file }: não é um .xls que possa ser lido ({ $error })
core-import-file-xls-rows = { $file }: declara uma aba cuja última linha vem antes da primeira: não é um .xls íntegro; não foi lido
core-import-file-workbook-unreadable = { $file }: não é uma pasta de trabalho .{ $kind } que possa ser lida ({ $error })
core-import-file-sheet-unreadable = { $file }: não foi possível ler a aba '{ $sheet }' ({ $error })
core-import-file-sheet-row-unreadable = { $file }: linha { $row }: não foi possível ler a aba ({ $error })
core-import-file-sheet-rows-order = { $file }: linha { $row }: as linhas da aba estão fora de ordem; não foi lido
core-import-file-no-such-sheet = { $file }: não tem aba chamada '{ $sheet }' (suas abas: { $count ->
        [0] nenhuma
       *[other] { $sheets }
    })
core-import-file-no-sheet-data = { $file }: não tem aba com dados (suas abas: { $count ->
        [0] nenhuma
       *[other] { $sheets }
    })
core-import-file-nothing-skipped = { $file }: nenhuma linha para importar; ignorado: { $totals ->
        [0] {""}
        [one] { $totals_n } linha de total
       *[other] { $totals_n } linhas de total
    }{ $blank ->
        [0] {""}
       *[other] { $first ->
            [blank] {""}
           *[other] {", "}
        }{ $blank ->
            [one] { $blank_n } linha em branco
           *[other] { $blank_n } linhas em branco
        }
    }{ $summary ->
        [0] {""}
       *[other] { $first ->
            [summary] {""}
           *[other] {", "}
        }{ $summary ->
            [one] um bloco de resumo de { $summary_n } linha
           *[other] um bloco de resumo de { $summary_n } linhas
        }
    }{ $events ->
        [0] {""}
       *[other] { $first ->
            [events] {""}
           *[other] {", "}
        }{ $events ->
            [one] { $events_n } evento que não é presente
           *[other] { $events_n } eventos que não são presentes
        }
    }

## TikTok's data download whose structure breaks: a problem at a line.

core-import-tiktok-long-text = contém um texto ou uma chave com mais de { $max } MiB: isto não é a exportação do TikTok
core-import-tiktok-long-entry = contém uma entrada de lista com mais de { $max } MiB: isto não é uma live nem um lançamento da carteira
core-import-tiktok-many-entries = contém mais de { $max } entradas de lives e da carteira: mais do que o histórico de qualquer criador
core-import-tiktok-cannot-read = não foi possível ler: { $error }
core-import-tiktok-cut-short = o arquivo termina no meio de um valor: está cortado
core-import-tiktok-not-json = não é JSON válido aqui ({ $error })
core-import-tiktok-txt-text = { $list }: { $error }
core-import-tiktok-txt-cannot-read = não foi possível ler { $list }: { $error }
core-import-tiktok-txt-long-line = { $list } contém uma linha com mais de { $max } MiB: isto não é a exportação do TikTok
core-import-tiktok-txt-not-utf8 = { $list } não é texto UTF-8 válido aqui (salve-o como UTF-8)
core-import-tiktok-txt-long-entry = { $list } contém uma entrada com mais de { $max } MiB: isto não é uma live nem um lançamento da carteira

## A spreadsheet that breaks off while its rows are read: a problem at the
## last row read, in the words of the file's refusal (above) without $file.

core-import-sheet-cannot-read = não foi possível ler: { $error }
core-import-sheet-workbook-unreadable = não é uma pasta de trabalho .{ $kind } que possa ser lida ({ $error })
core-import-sheet-unreadable = não foi possível ler a aba '{ $sheet }' ({ $error })
core-import-sheet-row-unreadable = linha { $row }: não foi possível ler a aba ({ $error })
core-import-sheet-rows-order = linha { $row }: as linhas da aba estão fora de ordem; não foi lido

# How the file wrote its dates (after "dates"): each form, joined; a form such as
# DD/MM/YYYY is written as it is.
core-import-dates-pattern = { $pattern }
core-import-dates-epoch-s = segundos epoch
core-import-dates-epoch-ms = milissegundos epoch
core-import-dates-and = { $first } e { $then }
core-import-dates-twelve-hour = { $dates }, relógio de 12 horas
core-import-dates-time-column = { $dates }, hora em uma coluna própria

# An import's write refusing what a file holds.
core-import-undefined-session = um presente cita a live '{ $key }', que o arquivo não define
core-import-untimed-gifts = presentes sem horário precisam de uma live
core-import-row-coins-too-large = { $n } × { $coins } moedas é demais
