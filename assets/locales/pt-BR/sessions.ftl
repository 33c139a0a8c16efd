# A tela Lives: a lista de lives, o detalhe de uma (resumo, presentes por
# apoiador, um presente adicionado à mão) e o formulário para adicioná-la
# ou editá-la.

sessions-title = Lives
sessions-filter-placeholder = Filtrar por título ou data…
sessions-filter-label = Filtrar lives
sessions-new = Nova live
sessions-no-match = Nenhuma live corresponde ao filtro.
sessions-empty-title = Nenhuma live ainda
sessions-empty-text = Adicione as lives que você fez, com os presentes, ou importe-as de um arquivo CSV.

## Colunas da lista. "ao vivo" marca uma live que ainda está rolando.

sessions-col-date = Data
sessions-col-duration = Duração
sessions-col-title = Título
sessions-col-diamonds = Diamantes
sessions-col-value = Valor
sessions-col-viewers = Espectadores
sessions-col-per-hour = Por hora
sessions-running-badge = ao vivo

## O formulário de uma live.

sessions-field-start = Início
sessions-field-end = Fim
sessions-field-end-hint = Deixe vazio enquanto a live estiver rolando.
sessions-field-title = Título
sessions-field-viewers = Espectadores
sessions-field-peak-viewers = Pico de espectadores
sessions-field-new-followers = Novos seguidores
sessions-field-diamonds = Diamantes informados pelo TikTok
sessions-field-diamonds-hint = Do resumo da LIVE do TikTok, quando você não registra cada presente.
sessions-field-notes = Notas
sessions-edit-title = Editar live
sessions-new-title = Nova live
sessions-save = Salvar
sessions-add = Adicionar live
sessions-cancel = Cancelar
sessions-saved = Live salva
sessions-added = Live adicionada

## O detalhe de uma live.

sessions-untitled = Live
sessions-edit = Editar
sessions-delete = Excluir
sessions-close = Fechar
sessions-close-label = Fechar o detalhe da live
sessions-recap = Resumo
sessions-earned = Ganhos
sessions-duration = Duração
sessions-still-live = ainda ao vivo
sessions-per-hour-live = Por hora ao vivo
sessions-gifts = Presentes
sessions-top-gifters = Maiores apoiadores
sessions-no-gifters = Sem nomes de apoiadores
sessions-gifts-from = { $count ->
    [one] { $count } presente
   *[other] { $count } presentes
} de { $senders ->
    [one] { $senders } apoiador
   *[other] { $senders } apoiadores
}
sessions-by-sender = Presentes por apoiador
sessions-no-sender = Sem nome de apoiador
sessions-sender-line = { $count ->
    [one] { $count } presente
   *[other] { $count } presentes
} · { $coins }
sessions-no-gifts = Nenhuma linha de presente nesta live.
sessions-per-thousand-viewers = { $value } por 1.000 espectadores

## A tabela de presentes de uma live.

sessions-col-time = Hora
sessions-col-gift = Presente
sessions-col-coins = Moedas
sessions-col-count = Quantidade
sessions-col-actions = Ações
sessions-estimated = estimado
sessions-estimated-hint = O registro importado terminou antes desta sequência: contada pela maior quantidade até então. Importar o resto do registro a completa.
sessions-delete-gift-label = Excluir { $gift }
sessions-delete-gift-from-label = Excluir { $gift } de { $sender }

## Adicionar um presente à mão.

sessions-gift-field = Presente
sessions-gift-placeholder = Rose
sessions-gift-hint = Um presente do catálogo usa as moedas do catálogo.
sessions-coins-field = Moedas cada
sessions-coins-placeholder = do catálogo
sessions-count-field = Quantidade
sessions-sender-field = De
sessions-sender-placeholder = opcional
sessions-add-gift = Adicionar presente
sessions-gift-added = Presente adicionado

## Excluir um presente ou uma live (dá para desfazer).

sessions-delete-gift-title = Excluir este presente?
sessions-delete-gift-line = { $count } × { $gift } ({ $coins }).
sessions-delete-gift-from-line = { $count } × { $gift } de { $sender } ({ $coins }).
sessions-undo-hint = Você pode desfazer logo em seguida.
sessions-delete-gift-confirm = Excluir presente
sessions-delete-anyway = Excluir mesmo assim
sessions-gift-deleted = Presente excluído
sessions-restore-anyway = Restaurar mesmo assim
sessions-delete-session-title = Excluir esta live?
sessions-delete-session-line = { $title } · { $date }: { $count ->
    [one] { $count } presente
   *[other] { $count } presentes
}, { $diamonds }.
sessions-delete-session-confirm = Excluir live
sessions-session-deleted = Live excluída
