# A tela Contagem ao vivo: começar uma live, registrar os presentes com um
# clique ou uma tecla, encerrá-la e o resumo mostrado ao encerrar.

live-heading = Contagem ao vivo
live-badge = LIVE

## Antes de uma live.

live-start-card = Começar uma live
live-start-intro = Registre os presentes enquanto está ao vivo: um clique ou uma tecla por presente. Cada toque é salvo na hora, então fechar o app não perde nada — a live continua rolando quando você volta.
live-title-label = Título
live-title-placeholder = Sobre o que é esta live? (opcional)
live-go = Entrar ao vivo e começar a contar

## Durante uma live.

live-started = Começou { $when }. As teclas 1–9 adicionam um presente; Ctrl+Z desfaz o último.
live-sender-label = Apoiador
live-sender-placeholder = Apoiador do próximo presente (opcional)
live-senders-label = Apoiadores recentes
live-senders-hint = Limpo após cada presente. Recentes:
live-other-label = Outro presente
live-other-gift = Outro presente…
live-other-option = { $gift } ({ $coins })
live-streak-label = Quantos do próximo presente
live-armed-note = O próximo presente conta ×{ $times }
live-armed-hint = Volta a ×1 depois de registrado (Esc cancela).
live-key = Tecla { $key }
live-this-live = Esta live
live-value-gifts = { $value } · { $count ->
    [one] { $count } presente
   *[other] { $count } presentes
}
live-threshold-title = Limite para saque
live-balance-line = Saldo { $diamonds } = { $value } de { $minimum } · { $percent }
live-last-gifts = Últimos presentes
live-gift-line = { $count } × { $gift }
live-gift-line-from = { $count } × { $gift } de { $sender }
live-undo-last = Desfazer o último (Ctrl+Z)
live-nothing-to-undo = Nada para desfazer
live-remove-anyway = Remover mesmo assim

## O que um leitor de tela ouve, e o aviso depois de desfazer.

live-logged = Registrado: { $count } × { $gift }. Esta live: { $total }.
live-logged-from = Registrado: { $count } × { $gift } de { $sender }. Esta live: { $total }.
live-removed-toast = Removido: { $count } × { $gift }
live-removed = Removido: { $count } × { $gift }. Esta live: { $total }.

## Encerrar uma live.

live-end = Encerrar live
live-end-title = Encerrar esta live?
live-end-so-far = { $count ->
    [one] Ela tem { $count } presente, valendo { $diamonds } até agora.
   *[other] Ela tem { $count } presentes, valendo { $diamonds } até agora.
}
live-end-after = Presentes registrados depois disso começam uma nova live.
live-ended = Live encerrada e salva

## O resumo de uma live que acabou de terminar.

live-recap-title = Live encerrada
live-recap-title-named = Live encerrada: { $title }
live-recap-card = Resumo
live-earned = Ganhos
live-earned-value = { $diamonds } · { $value }
live-duration = Duração
live-gifts = Presentes
live-top-gifters = Maiores apoiadores
live-gifter-line = { $count ->
    [one] { $count } presente
   *[other] { $count } presentes
} · { $coins }
live-no-gifters = Nenhum presente tinha apoiador.
live-from-tiktok = Do resumo da LIVE do TikTok
live-from-tiktok-hint = Copie do resumo que o TikTok mostra depois da live (opcional).
live-viewers = Espectadores
live-followers = Novos seguidores
live-save = Salvar
live-saved = Salvo nesta live
live-another = Começar outra live
live-all-lives = Todas as lives
