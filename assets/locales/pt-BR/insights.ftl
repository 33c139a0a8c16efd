# Análises ("O que rende"): o que rende em todas as suas lives. Cada número
# se baseia em uma quantidade de lives (ou dias do TikTok); com poucas, diz
# isso em vez de mostrar um número.

insights-title = O que rende

## Um número e sua amostra.

insights-not-enough = ainda não há lives suficientes ({ $n } de { $min })
insights-sample-lives = ({ $count ->
    [one] { $count } live
   *[other] { $count } lives
})
insights-sample-days = ({ $count ->
    [one] { $count } dia
   *[other] { $count } dias
})
insights-sample-weeks = ({ $count ->
    [one] { $count } semana
   *[other] { $count } semanas
})
insights-percent = { $value }%

## O período.

insights-range-from = De { $date }
insights-range-to = até { $date }
insights-from-label = De
insights-to-label = Até
insights-show = Mostrar
insights-all-lives = Todas as lives
insights-looked-at = { $count ->
    [one] { $count } live analisada
   *[other] { $count } lives analisadas
} · medianas · cada número precisa de { $min } lives

## Ainda sem lives.

insights-empty-title = Ainda não há lives para analisar
insights-empty-text = As análises comparam suas lives entre si: os melhores horários para entrar ao vivo, que duração rende, quanto vale um espectador e quem presenteia. Cada número precisa de { $min } lives de 15 minutos ou mais.
insights-add-live = Adicionar uma live
insights-import-lives = Importar suas lives

## Recebo por visualização?

insights-per-view-title = Recebo por visualização?
insights-per-view-answer = Não. O TikTok paga pelos presentes, não pelas visualizações. Quanto valeu um espectador nas suas próprias lives:
insights-per-viewer = Diamantes por espectador
insights-per-1000-viewers = Diamantes por 1.000 espectadores
insights-money-per-1000-viewers = { $currency } por 1.000 espectadores
insights-per-hour-same-lives = Diamantes por hora de live, mesmas lives
insights-per-1000-views-days = Por 1.000 visualizações, nos dias do LIVE Center do TikTok
insights-per-view-note = Contam aqui as lives cujos espectadores foram digitados, importados ou capturados.

## Quando você entra ao vivo.

insights-when-title = Quando você entra ao vivo
insights-when-note = Cada célula: a mediana de diamantes por hora de live das lives que começaram nesse horário e (em pequeno) quantas lives. Uma célula com menos de { $min } lives mostra só a quantidade.
insights-no-lives-in-range = Nenhuma live neste período.
insights-week-caption = Mediana de diamantes por hora de live por dia da semana e hora de início (seu fuso horário), com as lives de cada célula
insights-week-day = Dia
insights-cell-few = { $day } { $hour }: ainda não há lives suficientes ({ $n } de { $min })
insights-cell = { $day } { $hour }: { $diamonds } por hora, { $count ->
    [one] { $count } live
   *[other] { $count } lives
}

## Quanto tempo.

insights-how-long = Quanto tempo
insights-lengths-caption = Mediana de diamantes pela duração da live: onde o tempo extra deixa de render
insights-col-length = Duração da live
insights-col-per-hour = Diamantes por hora de live
insights-col-per-live = Diamantes por live
insights-band-under = menos de { $to }
insights-band-between = de { $from } a { $to }
insights-band-longer = { $from } ou mais

## O público e os presentes.

insights-room-title = O público e os presentes
insights-room-empty = A captura ao vivo conta curtidas, comentários, entradas e novos seguidores por minuto enquanto roda (nunca as palavras do chat). Capture algumas lives ou importe os arquivos diários do LIVE Center do TikTok, e aqui você verá como seus diamantes acompanharam o público.
insights-room-counted = A captura ao vivo contou o público em { $count ->
    [one] { $count } live
   *[other] { $count } lives
}: { $comments } comentários e { $likes } curtidas por minuto (medianas).
insights-split-comments = Com mais de { $cut } comentários por minuto: { $above } diamantes por hora de live; com { $cut } ou menos: { $below }.
insights-split-likes = Com mais de { $cut } curtidas por minuto: { $above } diamantes por hora de live; com { $cut } ou menos: { $below }.
insights-split-followers = Com mais de { $cut } novos seguidores por hora: { $above } diamantes por hora de live; com { $cut } ou menos: { $below }.
insights-split-days-likes = Com mais de { $cut } curtidas por minuto de live nos dias do LIVE Center do TikTok: { $above } diamantes por hora de live; com { $cut } ou menos: { $below }.
insights-split-comments-few = Por comentários por minuto: ainda não há lives suficientes de cada lado ({ $count ->
    [one] { $count } live
   *[other] { $count } lives
} até agora; são necessárias pelo menos { $min } de cada lado).
insights-split-likes-few = Por curtidas por minuto: ainda não há lives suficientes de cada lado ({ $count ->
    [one] { $count } live
   *[other] { $count } lives
} até agora; são necessárias pelo menos { $min } de cada lado).
insights-split-followers-few = Por novos seguidores por hora: ainda não há lives suficientes de cada lado ({ $count ->
    [one] { $count } live
   *[other] { $count } lives
} até agora; são necessárias pelo menos { $min } de cada lado).
insights-split-days-likes-few = Por curtidas por minuto de live nos dias do LIVE Center do TikTok: ainda não há dias suficientes de cada lado ({ $count ->
    [one] { $count } dia
   *[other] { $count } dias
} até agora; são necessários pelo menos { $min } de cada lado).
insights-cause = Isto mostra o que aconteceu junto, não o que causou o quê: um chat animado pode trazer presentes, ou os presentes podem animar o chat.

## Uma live minuto a minuto.

insights-timeline-title = Uma live minuto a minuto
insights-timeline-pick = Live a mostrar
insights-timeline-live = Live { $pick }
insights-timeline-minutes = { $count ->
    [one] { $count } minuto com presentes ou contagens.
   *[other] { $count } minutos com presentes ou contagens.
}
insights-timeline-uncounted = A captura ao vivo não contou o público nesta live: só os presentes aparecem.
insights-timeline-every-minute = Cada minuto, com curtidas, novos seguidores e espectadores
insights-col-minute = Minuto
insights-col-diamonds = Diamantes
insights-col-comments = Comentários
insights-col-likes = Curtidas
insights-col-new-followers = Novos seguidores
insights-col-viewers = Espectadores
insights-timeline-note = Barras: diamantes. Linha: comentários, onde a captura ao vivo os contou. Uma live longa é desenhada em passos de alguns minutos.

## Plano.

insights-plan-title = Plano
insights-plan-reached = Você atingiu o saque mínimo.
insights-plan-wait = Faltam { $diamonds }. As horas de que você precisa aparecem depois de { $min } lives.
insights-plan-hours = Faltam { $diamonds }: na sua mediana de { $perHour } por hora de live ({ $lives ->
    [one] última live
   *[other] últimas { $lives } lives
}), cerca de { $hours } { $count ->
    [one] hora
   *[other] horas
} a mais ao vivo.
insights-plan-week = Esta semana: { $thisWeek } { $count ->
    [one] diamante
   *[other] diamantes
}; sua média semanal nas semanas anteriores: { $average }.
insights-plan-by = Atingir até { $date }
insights-plan-by-label = Data para atingir o mínimo
insights-plan-button = Planejar
insights-plan-per-week = Cerca de { $hours } { $count ->
    [one] hora
   *[other] horas
} ao vivo por semana até { $day }.
insights-plan-passed = Esse dia já passou.

## Quem presenteia.

insights-who-title = Quem presenteia
insights-gifters-per-live = Quem presenteou por live
insights-returning-gifters = Quem presenteou de novo
insights-top-share = { $count ->
    [one] Seu principal apoiador trouxe
   *[other] Seus { $count } principais apoiadores trouxeram
}
insights-top-share-value = { $percent } dos diamantes em presentes
insights-no-senders = Nenhum presente com nome de remetente nestas lives.
insights-supporters-caption = Principais apoiadores nestas lives (só na sua própria tela; as exportações deixam os nomes de fora, a menos que você peça)
insights-col-supporter = Apoiador
insights-col-lives = Lives
insights-col-first-gift = Primeiro presente
insights-col-last-gift = Último presente
