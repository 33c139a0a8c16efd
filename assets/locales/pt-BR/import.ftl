# Tela Importar: escolher um arquivo, as colunas, a prévia do que ele
# adicionaria, o resultado, desfazer e o histórico de importações. As frases
# do núcleo (erros, avisos, notas) vêm do núcleo; nomes de arquivos, colunas,
# remetentes e eventos são os do próprio arquivo.

## A página

import-title = Importar
import-card-title = Importar um arquivo
import-intro = Registros de presentes de ferramentas de live (CSV, JSON, JSON Lines), o download de dados do próprio TikTok (.zip ou .json), planilhas (.xlsx, .xls, .ods), tabelas de presentes, resumos de análises de LIVE ou uma exportação do LiveLedger. Nada é gravado até você tocar em Importar, e uma importação pode ser desfeita por inteiro.
import-choose-button = Escolher arquivo…
import-path-empty = Nenhum arquivo escolhido ainda
import-path-label = Arquivo escolhido
import-preview-button = Prévia
import-button = Importar
import-options = Formato e colunas
import-format-label = Formato
import-map-label = Colunas como texto (campo=Coluna, …): soma ao que foi detectado
import-map-short = Colunas como texto
import-map-example = date=Data,gift=Presente,coins=Preço,count=Qtd,sender=Usuário
import-saved-label = Mapeamentos salvos
import-saved-use = Usar um mapeamento salvo…
import-saved-none = Nenhum mapeamento salvo ainda
import-save-as-label = Salvar este mapeamento como (ao importar)
import-save-as-short = Salvar este mapeamento como
import-save-as-example = ex.: Registro da minha ferramenta
import-choose-first = Escolha um arquivo primeiro
import-done-toast = { $count ->
    [one] { $count } linha importada
   *[other] { $count } linhas importadas
}

## Formatos em que um arquivo pode ser lido

import-format-auto = Detectar pelo conteúdo
import-format-gift-events = Registro de presentes, CSV (ferramentas de TikTok LIVE)
import-format-json-events = Eventos de presentes, JSON ou JSON Lines (ferramentas webcast, TikFinity)
import-format-tiktok-data = "Baixar seus dados" do TikTok (JSON ou .zip)
import-format-gift-table = Tabela de presentes
import-format-session-summary = Resumos de lives (análises de LIVE)
import-format-tiktok-days = Dias do TikTok LIVE Center (Receita, Atividade, Espectadores, Engajamento)
import-format-liveledger = Exportação do LiveLedger

## Campos que uma coluna pode conter

import-field-date = Data e hora
import-field-time = Hora do dia
import-field-event = Tipo de evento
import-field-gift = Presente
import-field-gift-id = Número do presente
import-field-coins = Moedas
import-field-count = Quantidade
import-field-sender = Remetente
import-field-nickname = Apelido do remetente
import-field-session = Live
import-field-repeat-end = Fim da sequência
import-field-gift-type = Tipo de presente (sequência ou único)
import-field-streakable = Permite sequência
import-field-streaking = Sequência em andamento
import-field-event-id = Número da mensagem
import-field-diamonds = Diamantes por presente
import-field-total-diamonds = Diamantes (total da linha)
import-field-duration = Duração
import-field-end = Fim
import-field-viewers = Espectadores
import-field-peak-viewers = Pico de espectadores
import-field-followers = Novos seguidores
import-field-likes = Curtidas
import-field-gifters = Apoiadores
import-field-rewards = Recompensas
import-field-title = Título
import-field-lives = Lives
import-field-views = Visualizações
import-field-watch-time = Tempo assistido
import-field-avg-concurrent = Média de espectadores simultâneos
import-field-commenters = Pessoas que comentaram
import-field-shares = Compartilhamentos

## Como o arquivo foi lido

import-read-as-line = Lido como { $how }.
import-read-encoding = codificação { $encoding }
import-read-delimiter = separador { $delimiter }
import-delimiter-comma = vírgula
import-delimiter-semicolon = ponto e vírgula
import-delimiter-tab = tabulação
import-delimiter-pipe = barra vertical
import-read-numbers = números { $numbers }
import-numbers-plain = sem separadores
import-read-dates = datas { $dates }
import-read-header-line = cabeçalho na linha { $line }
import-read-header-row = cabeçalho na linha { $line } da planilha

## A prévia e o resultado

import-notice-preview = Prévia: nada foi gravado ainda.
import-notice-imported = Importado.
import-rows-read = { $count ->
    [one] { $file }: { $count } linha lida.
   *[other] { $file }: { $count } linhas lidas.
}
import-rows-read-explained = { $count ->
    [one] { $file }: { $count } linha lida:
   *[other] { $file }: { $count } linhas lidas:
}
import-explain-to-add = { $count ->
    [one] { $count } linha a adicionar
   *[other] { $count } linhas a adicionar
}
import-explain-added = { $count ->
    [one] { $count } linha adicionada
   *[other] { $count } linhas adicionadas
}
import-explain-streak-steps = { $count ->
    [one] { $count } etapa de sequência incluída na contagem final da sequência (uma sequência de 5 Rosas é registrada 1, 2, 3, 4, 5 e conta uma vez, como 5)
   *[other] { $count } etapas de sequência incluídas na contagem final da sequência (uma sequência de 5 Rosas é registrada 1, 2, 3, 4, 5 e conta uma vez, como 5)
}
import-explain-already = { $count ->
    [one] { $count } linha já está no registro e não é adicionada de novo
   *[other] { $count } linhas já estão no registro e não são adicionadas de novo
}
import-explain-redelivered = { $count ->
    [one] { $count } mensagem que o arquivo repetiu (contada uma vez)
   *[other] { $count } mensagens que o arquivo repetiu (contadas uma vez)
}
import-explain-totals = { $count ->
    [one] { $count } linha de total, não de presentes
   *[other] { $count } linhas de total, não de presentes
}
import-explain-summary = { $count ->
    [one] { $count } linha de resumo abaixo da tabela
   *[other] { $count } linhas de resumo abaixo da tabela
}
import-explain-blank = { $count ->
    [one] { $count } linha em branco
   *[other] { $count } linhas em branco
}
import-explain-events = { $count ->
    [one] { $count } evento que não é presente ({ $kinds })
   *[other] { $count } eventos que não são presentes ({ $kinds })
}
import-event-kind = { $count } { $kind }
import-explain-left-out = { $count ->
    [one] { $count } linha com problemas que você escolheu pular
   *[other] { $count } linhas com problemas que você escolheu pular
}
import-left-out-note = { $count ->
    [one] { $count } linha com problemas deixada de fora ({ $lines }).
   *[other] { $count } linhas com problemas deixadas de fora ({ $lines }).
}
import-lines = { $count ->
    [one] linha { $lines }
   *[other] linhas { $lines }
}
import-lines-more = mais { $count }
import-include-again-button = Incluir de novo
import-would-add = Adicionaria
import-added = Adicionado
import-added-lives = { $count ->
    [one] { $count } live nova (ampliadas: { $extended })
   *[other] { $count } lives novas (ampliadas: { $extended })
}
import-added-rows = { $count ->
    [one] { $count } linha
   *[other] { $count } linhas
}
import-amount-coins = Moedas
import-amount-diamonds = Diamantes
import-amount-value = Valor
import-lives-to-create = Lives a criar ({ $count })
import-lives-created = Lives criadas ({ $count })
import-lives-live = Live
import-lives-diamonds = Diamantes
import-lives-more = e mais { $count }
import-gap-sentence = Uma nova live começa após uma pausa sem presentes de { $minutes } minutos
import-gap-aria = Minutos sem presentes que iniciam uma nova live
import-gap-apply-button = Gerar prévia de novo
import-gap-invalid = Digite minutos inteiros de 1 a 1440
import-fields-field = Campo
import-fields-column = Coluna
import-fields-first = Primeiros valores
import-column-for = Coluna para { $field }
import-add-field-label = Outro campo
import-add-field-prompt = Ler outro campo…
import-unfinished-streaks = { $count ->
    [one] { $count } sequência não terminou no arquivo; ela conta pelo valor mais alto até que uma cópia mais longa do registro seja importada.
   *[other] { $count } sequências não terminaram no arquivo; cada uma conta pelo valor mais alto até que uma cópia mais longa do registro seja importada.
}
import-streaks-updated = { $count ->
    [one] { $count } sequência que uma importação anterior cortou é atualizada para a contagem deste arquivo.
   *[other] { $count } sequências que uma importação anterior cortou são atualizadas para a contagem deste arquivo.
}
import-sections-ignored = Seções não lidas: { $sections }.
import-nothing-new = Nada novo para importar.

## Um arquivo de dias do TikTok LIVE Center

import-days-figures = { $count ->
    [one] Números do TikTok LIVE Center de { $count } dia ({ $span }): { $figures }.
   *[other] Números do TikTok LIVE Center de { $count } dias ({ $span }): { $figures }.
}
import-days-figures-no-span = { $count ->
    [one] Números do TikTok LIVE Center de { $count } dia: { $figures }.
   *[other] Números do TikTok LIVE Center de { $count } dias: { $figures }.
}
import-days-span = de { $from } a { $to }
import-days-diamonds-note = O TikTok informa { $diamonds } nesses dias. Eles ficam ao lado do seu registro e nunca entram no seu saldo; compare-os em Dias do TikTok.
import-days-counts = { $count ->
    [one] { $count } número novo; { $unchanged } já no registro.
   *[other] { $count } números novos; { $unchanged } já no registro.
}
import-days-replaced-intro = { $count ->
    [one] { $count } número substitui o que o registro tinha:
   *[other] { $count } números substituem o que o registro tinha:
}
import-days-replaced-item = { $day }, { $figure }: { $was } → { $now }
import-figure-diamonds = diamantes
import-figure-live-seconds = tempo de LIVE
import-figure-lives = lives
import-figure-views = visualizações
import-figure-unique-viewers = espectadores únicos
import-figure-avg-watch-seconds = tempo médio assistido
import-figure-peak-concurrent = pico de espectadores simultâneos
import-figure-avg-concurrent = média de espectadores simultâneos
import-figure-gifters = apoiadores
import-figure-new-followers = novos seguidores
import-figure-commenters = pessoas que comentaram
import-figure-likes = curtidas
import-figure-shares = compartilhamentos

## Um arquivo que não foi importado

import-not-imported = Não importado.
import-problems-line = Linha
import-problems-column = Coluna
import-problems-problem = Problema
import-skip-rows-button = { $count ->
    [one] Pular esta linha e importar o resto
   *[other] Pular estas { $count } linhas e importar o resto
}
import-skip-note = O resto continua sendo importado todo junto ou nada, exatamente como a prévia mostra.
import-too-many = { $count ->
    [one] { $count } linha tem problemas: são muitas para pular uma a uma. Corrija o arquivo ou confira se as colunas certas foram escolhidas.
   *[other] { $count } linhas têm problemas: são muitas para pular uma a uma. Corrija o arquivo ou confira se as colunas certas foram escolhidas.
}
import-no-column = — não está neste arquivo —
import-apply-columns-button = Gerar prévia com estas colunas

## Histórico de importações e desfazer

import-history-title = Histórico de importações
import-history-empty = Nenhuma importação ainda.
import-history-when = Quando
import-history-file = Arquivo
import-history-format = Formato
import-history-rows = Linhas adicionadas
import-history-sessions = Lives
import-history-notes = Observações
import-history-undo = Desfazer
import-history-warnings = { $count ->
    [one] { $count } aviso
   *[other] { $count } avisos
}
import-undo-button = Desfazer
import-undo-label = Desfazer a importação de { $file }
import-undone = Importação desfeita: { $gifts } e { $sessions } removidas.
import-undone-gifts = { $count ->
    [one] { $count } linha de presentes
   *[other] { $count } linhas de presentes
}
import-undone-sessions = { $count ->
    [one] { $count } live
   *[other] { $count } lives
}
import-undo-again = Desfazer
import-back = A importação voltou
