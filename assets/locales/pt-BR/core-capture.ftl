core-capture-starting = iniciando
core-capture-stopped = captura parada
core-capture-stopped-by = captura parada: { $error }
core-capture-connecting = conectando a { $url }
core-capture-connected = { $url }
core-capture-retrying = { $reason }; nova tentativa em { $seconds } s
core-capture-following = acompanhando { $name }
core-capture-waiting = aguardando: { $name } { $why }

## Problemas e motivos da captura. $where é um lugar; $error e $reason são ditos dentro;
## $text é o que a fonte enviou; o $error de um leitor JSON, CSV ou WebSocket fica nas palavras dele (inglês).

core-capture-at-message = mensagem { $n }
core-capture-at-line = { $name }, linha { $n }
core-capture-column = coluna { $n } ({ $header })
core-capture-at = { $where }: { $problem }
core-capture-expected = { $where }: esperava-se { $what ->
    [gift-id] um id de presente
    [gift-name] um nome de presente
    [price-zero-or-more] o preço do presente em moedas (0 ou mais)
    [price-diamondcount] o preço do presente em moedas (diamondCount)
    [repeat-count-one-or-more] uma contagem de repetições de 1 ou mais
    [repeat-count] uma contagem de repetições
    [true-false] true ou false
    [gift-type] um número de tipo de presente
    [time] um horário
    [count-range] uma contagem de 0 a { $max }
   *[other] um valor
}, mas há { $text }
core-capture-event-too-large = esperava-se um evento de no máximo { $max } KiB, mas há { $size } KiB
core-capture-not-json = esperava-se um objeto JSON ({ $error }), mas há { $text }
core-capture-not-object = esperava-se um objeto JSON, mas há { $text }
core-capture-binary = esperava-se texto UTF-8, mas há dados binários
core-capture-no-gift = um evento de presente precisa de { $name } ou { $id }, e não tem nenhum dos dois
core-capture-no-price = { $where }: esperava-se o preço do presente em moedas, mas não há nada
core-capture-price-negative = { $where }: esperava-se um preço de 0 moedas ou mais, mas há { $n }
core-capture-count-below-one = { $where }: esperava-se uma contagem de repetições de 1 ou mais, mas há { $n }
core-capture-too-many-coins = { $where }: { $n } × { $coins } moedas é mais do que um registro consegue contar
core-capture-no-gift-name = { $where }: esperava-se um nome ou id de presente, mas não há nada
core-capture-no-date = { $where }: esperava-se uma data e hora, mas não há nada
core-capture-day-or-month = { $where }: { $text } pode ser dia/mês ou mês/dia; um registro acompanhado precisa de datas como 2026-03-01
core-capture-not-a-date = { $where }: { $text } não é uma data
core-capture-no-header = esperava-se uma linha de cabeçalho
core-capture-log-header = esperava-se o cabeçalho de um registro de presentes ({ $columns }), mas há { $text }
core-capture-line-too-long = esperava-se uma linha de no máximo { $max } KiB
core-capture-no-row = esperava-se uma linha, mas não há nada

core-capture-problem-unflushed = não foi possível gravar as sequências ainda em andamento: { $error }
core-capture-problem-no-live = não há nenhuma live em andamento para encerrar
core-capture-problem-end = não foi possível encerrar a live: { $error }
core-capture-problem-close = não foi possível fechar a live após o silêncio: { $error }
core-capture-problem-position = { $where }: não foi possível guardar a posição no arquivo: { $error }
core-capture-problem-position-unread = { $name }: não é possível ler onde a captura parou: { $error }
core-capture-problem-gift = { $where }: não foi possível gravar o presente: { $error }
core-capture-problem-engagement = { $where }: não foi possível contar a interação: { $error }
core-capture-problem-flag = não foi possível marcar as sequências em andamento: { $error }
core-capture-problem-unread = { $name }: não é possível ler: { $reason }
core-capture-problem-replaced = { $name } não é mais o arquivo que a captura acompanhava (está mais curto ou o início mudou): lendo desde o início

core-capture-why-not-there = ainda não existe
core-capture-why-not-regular = é { $found ->
    [folder] uma pasta
    [fifo] um pipe nomeado (FIFO)
    [character-device] um dispositivo de caracteres
    [block-device] um dispositivo de blocos
    [socket] um socket
   *[other] outra coisa
}, não um arquivo comum
core-capture-why-unopened = não pode ser aberto: { $reason }
core-capture-why-unread = não pode ser lido: { $reason }
core-capture-why-cannot-read = não é possível ler: { $reason }
core-capture-why-unresolved = não é possível resolver { $host }: { $reason }
core-capture-why-no-address = { $host } não corresponde a nenhum endereço deste computador
core-capture-why-handshake = { $url } recusou o handshake WebSocket: { $error }
core-capture-why-nothing-answers = nada responde em { $url } ({ $last })
core-capture-why-silent = nenhum quadro e nenhuma resposta a um ping por { $seconds } s
core-capture-why-dropped = a conexão caiu: { $error }
core-capture-why-source-closed = a fonte fechou a conexão
core-capture-why-closed = a conexão foi fechada
core-capture-utf16 = o registro está em UTF-16; um registro acompanhado precisa estar em UTF-8 (importe o arquivo UTF-16 em vez disso)
