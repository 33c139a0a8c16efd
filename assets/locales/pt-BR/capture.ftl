# O painel de captura da Contagem ao vivo: presentes registrados
# automaticamente por uma ferramenta de live neste computador (o WebSocket
# do TikFinity ou um arquivo de log que outra ferramenta escreve).

capture-title = Capturar de…
capture-intro = Os presentes são registrados automaticamente por uma ferramenta de live neste computador, cada um salvo assim que chega. Sequências contam uma vez, quando terminam. Os botões de contagem continuam aqui para os presentes que a ferramenta perder.
capture-source-label = Fonte
capture-source-ws = WebSocket (TikFinity)
capture-source-file = Arquivo de log
capture-address-label = Endereço
capture-file-placeholder = Caminho do arquivo de log que a ferramenta escreve
capture-choose-file = Escolher arquivo…
capture-connect = Conectar
capture-stop = Parar

## Situação da conexão.

capture-state-connecting = Conectando
capture-state-connected = Conectado
capture-state-reconnecting = Reconectando
capture-state-stopped = Parado
capture-status-running = { $state } — { $detail } · { $count ->
    [one] { $count } presente registrado
   *[other] { $count } presentes registrados
}
capture-status-stopped = Parado — { $count ->
    [one] { $count } presente registrado
   *[other] { $count } presentes registrados
}
capture-not-capturing = Sem captura.
capture-last-problem = Último problema: { $problem }

## Sequências em andamento e presentes registrados.

capture-pending-title = Sequências em andamento (contam quando terminam)
capture-no-streak = Nenhuma sequência em andamento.
capture-gifts-title = Presentes registrados, mais recentes primeiro
capture-gifts-empty = Os presentes aparecem aqui, mais recentes primeiro, conforme a ferramenta os envia.
capture-gift-count = { $count } × { $gift }
capture-gift-from = { $gift } de { $sender }
capture-unfinished = sequência não terminada
capture-unfinished-hint = O fim da sequência nunca chegou: contada pela maior quantidade
capture-dropped = fonte caiu
capture-dropped-hint = A fonte caiu durante esta sequência; ela pode nunca terminar
capture-announce = Novo presente: { $count } × { $gift }.
capture-announce-from = Novo presente: { $count } × { $gift } de { $sender }.
