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
core-import-unknown-format = { $file }: não dá para saber o que este arquivo contém pelo cabeçalho ({ $header }, linha { $line }); nomeie as colunas com --map { $map }{ $columns }
core-import-unknown-format-columns = { $file }: não dá para saber o que este arquivo contém pelo cabeçalho ({ $header }, linha { $line }); nomeie as colunas com --map { $map }
    suas colunas:{ $columns }
core-import-rows = { $file }: { $count ->
        [one] { $n } problema
       *[other] { $n } problemas
    }, nada foi importado:
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
