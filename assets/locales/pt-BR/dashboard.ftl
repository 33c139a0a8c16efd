# O painel: o saldo, o caminho até o saque mínimo do TikTok, se já dá para
# sacar, esta semana e este mês, gráficos e os maiores da lista.

dashboard-title = Painel

## Ainda vazio.

dashboard-empty-title = Nenhuma live registrada ainda
dashboard-empty-text = Adicione sua primeira live: digite, conte os presentes enquanto está ao vivo ou importe os arquivos que suas ferramentas de live ou o TikTok te deram.
dashboard-add-live = Adicionar uma live
dashboard-import-file = Importar um arquivo
dashboard-tally = Iniciar contagem ao vivo
dashboard-demo-offer = Só dando uma olhada? { $load }: você pode apagá-los em Configurações.
dashboard-demo-load = Carregar seis meses de dados de demonstração
dashboard-demo-loaded = Dados de demonstração carregados

## O saldo.

dashboard-balance = Saldo
dashboard-diamonds-unit = { $count ->
    [one] diamante
   *[other] diamantes
}
dashboard-earned = Ganho
dashboard-withdrawn = Sacado
dashboard-corrections = Correções
dashboard-pending = Pagamentos a caminho
dashboard-rounded-down = Arredondado para baixo: está um pouco abaixo do mínimo de { $min }, então não aparece como atingido.
dashboard-valued-today = Vale isto pela taxa de hoje ({ $rate } por diamante). Os extratos usam a taxa do dia de cada live.

## O caminho até o saque mínimo.

dashboard-threshold-title = Saque mínimo
dashboard-progress-label = Progresso até o saque mínimo do TikTok
dashboard-threshold-reached = { $balance } de { $min }: atingido · { $percent }
dashboard-threshold-to-go = { $balance } de { $min }: faltam { $diamonds } ({ $value }) · { $percent }
dashboard-can-cash-out = Você pode sacar assim que as outras condições forem cumpridas.
dashboard-eta = No seu ritmo dos últimos { $days } dias ({ $pace } por dia), você chega lá por volta de { $day }.
dashboard-eta-wait = Uma previsão aparece depois de { $min } lives em { $days } dias: { $count ->
    [one] falta { $count } live.
   *[other] faltam { $count } lives.
}
dashboard-eta-none = Nenhuma live nos últimos { $days } dias, então ainda não há previsão.

## Posso sacar?

dashboard-ready-title = Posso sacar?
dashboard-ready = Pronto para sacar
dashboard-not-yet = Ainda não
dashboard-withdrawable = Você pode sacar { $diamonds } ({ $value }) agora.
dashboard-rate-since = Taxa desde { $day }: { $rate } por diamante.
dashboard-payout-link = Configurações → Pagamento
dashboard-blocker-negative-balance = Seu saldo está negativo ({ $diamonds }): foi sacado ou corrigido mais do que ganho. Confira seus saques ou informe o que sua carteira do TikTok mostra em Saques → Conciliar.
dashboard-blocker-below-minimum = { $balance } do mínimo de { $min }: faltam { $diamonds }. Continue fazendo lives!
dashboard-blocker-age = Confirme em { $link } que você tem 18 anos ou mais e uma conta verificada.
dashboard-blocker-payout = Vincule um método de pagamento no TikTok e depois informe-o em { $link }.
dashboard-blocker-daily-maximum = Você já usou o máximo de saque de hoje. Tente de novo amanhã.

## Esta semana e este mês até agora.

dashboard-compare-title = Esta semana e este mês até agora
dashboard-compare-note = Comparado com os mesmos dias da semana e do mês anteriores, como o LIVE Center do TikTok compara.
dashboard-week = Esta semana
dashboard-month = Este mês
dashboard-compare-lives = { $count ->
    [one] { $count } live
   *[other] { $count } lives
} · { $from } – { $to }
dashboard-change-week = { $change } em relação aos mesmos dias da semana passada ({ $before })
dashboard-change-month = { $change } em relação aos mesmos dias do mês passado ({ $before })
dashboard-nothing-week = Nada ganho nos mesmos dias da semana passada.
dashboard-nothing-month = Nada ganho nos mesmos dias do mês passado.

## Gráficos e listas.

dashboard-earned-title = Diamantes ganhos
dashboard-group-by = Agrupar por
dashboard-by-day = Dia
dashboard-by-week = Semana
dashboard-by-month = Mês
dashboard-balance-chart-title = Saldo ao longo do tempo, com os saques marcados
dashboard-chart-wait = Aparece depois de { $min } lives (até agora você tem { $count ->
    [one] { $count } live
   *[other] { $count } lives
}).
dashboard-top-gifts = Principais presentes (por moedas gastas)
dashboard-top-gifts-empty = Os presentes aparecem aqui assim que você registrar ou importar algum.
dashboard-top-supporters = Principais apoiadores (por moedas gastas)
dashboard-top-supporters-empty = Os remetentes aparecem aqui assim que os presentes tiverem remetente.
dashboard-top-row = { $coins } · { $share }
dashboard-worth-title = Quanto vale uma hora de live, e um espectador?
dashboard-worth-note = O TikTok não paga nada por visualização; estes são seus presentes divididos pelas suas horas e espectadores, por live.
