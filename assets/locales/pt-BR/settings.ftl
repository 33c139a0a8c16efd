# Configurações: idioma, pagamento, fuso horário, taxas, catálogo de
# presentes, exportação, dados de demonstração e versão do app.

settings-title = Configurações
settings-saved = Salvo

## Idioma

settings-language-title = Idioma
settings-language-intro = O idioma em que o LiveLedger fala com você. Números, datas e valores são escritos do jeito desse idioma.
settings-language-label = Idioma
settings-language-saved = Idioma salvo

## Pagamento e fuso horário

settings-payout-title = Pagamento
settings-payout-intro = O TikTok só paga para uma conta verificada de uma pessoa adulta (18+) com um método de pagamento vinculado. Confirme as duas coisas aqui; elas são as verificações para sacar no painel.
settings-age = Tenho 18 anos ou mais e minha conta é verificada
settings-payout-method = Método de pagamento vinculado no TikTok
settings-payout-method-placeholder = PayPal, transferência bancária, Pix…
settings-setup-again = Responder de novo as perguntas do primeiro dia
settings-timezone-title = Fuso horário
settings-timezone-intro = Os dias, semanas e meses dos seus extratos começam à meia-noite neste fuso.
settings-timezone-label = Fuso horário
settings-timezone-saved = Fuso horário salvo
settings-timezone-invalid = “{ $zone }” não é um fuso horário que conhecemos, então não foi salvo (o seu continua { $saved }). Escolha um da lista, por exemplo America/Sao_Paulo.

## Taxas

settings-rates-title = Taxas
settings-rates-intro = O TikTok muda quanto valem uma moeda e um diamante. Uma nova taxa vale para as lives registradas a partir do dia dela. Cada live mantém a taxa com que foi registrada: uma nova taxa ou um novo fuso nunca muda o valor dela; recalcule abaixo se quiser.
settings-rates-from = A partir de
settings-rates-diamonds-per-coin = Diamantes / moeda
settings-rates-money-per-diamond = Valor / diamante
settings-rates-minimum = Mínimo
settings-rates-daily-maximum = Máximo diário
settings-rates-no-maximum = nenhum
settings-rate-delete = Excluir
settings-rate-delete-title = Excluir esta taxa?
settings-rate-delete-line = A taxa a partir de { $day }: { $diamonds } diamantes por moeda, { $money } por diamante. As lives mantêm a taxa com que foram registradas.
settings-rate-delete-confirm = Excluir taxa
settings-rate-deleted = Taxa excluída
settings-rate-from-day = A partir do dia
settings-rate-diamonds-per-coin = Diamantes por moeda
settings-rate-money-per-diamond = Valor por diamante
settings-rate-currency = Código da moeda
settings-rate-minimum = Saque mínimo
settings-rate-minimum-hint = Coloque o que a sua carteira do TikTok mostra.
settings-rate-daily-maximum = Máximo diário
settings-rate-add = Adicionar taxa
settings-rate-saved = Taxa salva. As lives já registradas mantêm a taxa com que foram registradas.

## Lives com uma taxa antiga

settings-rerate-title = { $count ->
    [one] { $count } live com uma taxa antiga
   *[other] { $count } lives com uma taxa antiga
}
settings-rerate-intro = Estas lives foram registradas antes de a taxa que agora vale no dia delas ser cadastrada (ou o seu fuso horário mudou o dia em que elas caem). Recalcular passa as lives para essa taxa; nada muda até você fazer isso.
settings-rerate-day = Dia
settings-rerate-session = Live
settings-rerate-diamonds = Diamantes
settings-rerate-value = Valor
settings-rerate-apply = Recalcular estas lives
settings-rerate-done = Lives recalculadas

## Catálogo de presentes

settings-catalog-title = Catálogo de presentes
settings-catalog-intro = Preços em moedas dos presentes que você pode digitar pelo nome. Cada linha de presente mantém as moedas que valia no dia dela, então editar aqui nunca muda o passado.
settings-catalog-gift = Presente
settings-catalog-coins = Moedas
settings-gift-name = Nome do presente
settings-gift-coins = Moedas
settings-gift-save = Adicionar ou alterar
settings-catalog-saved = Catálogo salvo
settings-gift-remove = Remover
settings-gift-remove-title = Remover este presente do catálogo?
settings-gift-remove-line = { $gift } ({ $coins }). Os presentes já registrados mantêm as moedas deles.
settings-gift-removed = Removido

## Exportação e backup

settings-export-title = Exportação e backup
settings-export-intro = Para o seu contador ou programa de impostos, e para o caso de o notebook parar de funcionar. Dá para fazer backup com o app aberto.
settings-export-csv = Exportar CSV
settings-export-json = Exportar JSON
settings-export-hledger = Exportar hledger
settings-export-beancount = Exportar beancount
settings-backup-now = Fazer backup agora
settings-backup-kind = Backup do LiveLedger
settings-exported = Exportado para { $path }
settings-backed-up = Backup salvo em { $path }
settings-ledger-file = Arquivo do registro: { $path }

## Dados de demonstração e limpeza

settings-demo-title = Dados de demonstração
settings-demo-empty = Seu registro está vazio. Carregue seis meses de lives inventadas para ver os gráficos.
settings-demo-clear-intro = Limpar remove todas as lives, presentes, saques e correções. Taxas, catálogo e configurações ficam. Antes, uma cópia do registro é guardada ao lado dele, e você pode desfazer logo em seguida.
settings-demo-load = Carregar dados de demonstração
settings-demo-loaded = Dados de demonstração carregados
settings-clear = Apagar todas as entradas
settings-clear-title = Apagar todas as entradas?
settings-clear-sessions = { $count ->
    [one] { $count } live
   *[other] { $count } lives
}
settings-clear-gifts = { $count ->
    [one] { $count } presente
   *[other] { $count } presentes
}
settings-clear-withdrawals = { $count ->
    [one] { $count } saque
   *[other] { $count } saques
}
settings-clear-what = Isso remove { $sessions } com { $gifts } e { $withdrawals }, e todas as correções e importações. Taxas, catálogo e configurações ficam.
settings-clear-copy = Antes, uma cópia do registro como está agora é guardada ao lado dele, e você pode desfazer isso logo em seguida.
settings-clear-word = apagar
settings-cleared = Registro limpo. Uma cópia de antes está guardada ao lado dele.
settings-records-back = Todas as entradas voltaram

## Sobre

settings-about-title = Sobre
settings-about-version = LiveLedger { $version }
settings-about-offline = A mesma versão que { $command }. Off-line: sem rede, sem conta, sem telemetria.
