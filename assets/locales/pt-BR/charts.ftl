# Gráficos: títulos dos eixos, legendas, dicas, o resumo que um leitor de tela
# ouve e o botão para ver os números em uma tabela. O tempo corre da esquerda
# para a direita em todos os idiomas.

charts-show-table = Ver os números em uma tabela
charts-hide-table = Ocultar a tabela
charts-none-yet = Ainda não há números.

## Títulos dos eixos, legendas e colunas

charts-diamonds = Diamantes
charts-value = Valor
charts-day = Dia
charts-week = Semana
charts-month = Mês
charts-balance = Saldo (diamantes)
charts-withdrawn = Sacado (diamantes)
charts-withdrawn-money = Sacado (dinheiro)
charts-live = Live
charts-title = Título
charts-time = Horário
charts-comments = Comentários
charts-per-hour = { $currency } por hora de live
charts-per-1k = { $currency } por 1.000 espectadores

## Diamantes ganhos por dia, semana ou mês

charts-earned-summary-day = { $count ->
    [one] Gráfico de barras dos diamantes ganhos por dia: { $count } dia, de { $from } a { $to }. Maior: { $best } em { $at }.
   *[other] Gráfico de barras dos diamantes ganhos por dia: { $count } dias, de { $from } a { $to }. Maior: { $best } em { $at }.
}
charts-earned-summary-week = { $count ->
    [one] Gráfico de barras dos diamantes ganhos por semana: { $count } semana, de { $from } a { $to }. Maior: { $best } em { $at }.
   *[other] Gráfico de barras dos diamantes ganhos por semana: { $count } semanas, de { $from } a { $to }. Maior: { $best } em { $at }.
}
charts-earned-summary-month = { $count ->
    [one] Gráfico de barras dos diamantes ganhos por mês: { $count } mês, de { $from } a { $to }. Maior: { $best } em { $at }.
   *[other] Gráfico de barras dos diamantes ganhos por mês: { $count } meses, de { $from } a { $to }. Maior: { $best } em { $at }.
}
charts-earned-caption-day = Diamantes por dia
charts-earned-caption-week = Diamantes por semana
charts-earned-caption-month = Diamantes por mês

## O saldo no fim de cada dia

charts-balance-summary = { $count ->
    [one] Gráfico de linhas do saldo de diamantes no fim de { $count } dia, de { $from } a { $to }: { $now } no fim; maior { $high } em { $at }.
   *[other] Gráfico de linhas do saldo de diamantes no fim de cada dia, { $count } dias de { $from } a { $to }: { $now } no fim; maior { $high } em { $at }.
}
charts-balance-marks = { $count ->
    [one] { $count } dia com saque, marcado.
   *[other] { $count } dias com saque, marcados.
}
charts-tip-balance = Saldo: { $diamonds }
charts-tip-withdrawn = Sacado: { $diamonds }
charts-tip-withdrawn-money = Sacado: { $diamonds } ({ $money })

## O que cada live rendeu

charts-per-live-summary = { $count ->
    [one] Gráfico de dispersão de { $count } live, de { $from } a { $to }: quanto rendeu em { $currency } por hora de live (eixo esquerdo) e por 1.000 espectadores (eixo direito). Melhor por hora: { $best }, { $at }.
   *[other] Gráfico de dispersão de { $count } lives, de { $from } a { $to }: quanto cada uma rendeu em { $currency } por hora de live (eixo esquerdo) e por 1.000 espectadores (eixo direito). Melhor por hora: { $best }, { $at }.
}
charts-per-live-caption = { $currency } por hora de live e { $currency } por 1.000 espectadores, por live
charts-tip-per-hour = { $money } por hora de live
charts-tip-per-1k = { $money } por 1.000 espectadores

## Uma live ao longo do tempo, em intervalos de $count minutos

charts-timeline-summary = { $count ->
    [one] Gráfico de barras dos diamantes de uma live por minuto, de { $from } a { $to }, com os comentários como linha (eixo direito). Mais diamantes: { $best } às { $at }.
   *[other] Gráfico de barras dos diamantes de uma live a cada { $count } minutos, de { $from } a { $to }, com os comentários como linha (eixo direito). Mais diamantes: { $best } às { $at }.
}
charts-timeline-diamonds = { $count ->
    [one] Diamantes por minuto
   *[other] Diamantes a cada { $count } minutos
}
charts-timeline-comments = { $count ->
    [one] Comentários por minuto
   *[other] Comentários a cada { $count } minutos
}
charts-timeline-caption = { $count ->
    [one] Diamantes e comentários por minuto
   *[other] Diamantes e comentários a cada { $count } minutos
}
charts-comments-count = { $count ->
    [one] { $count } comentário
   *[other] { $count } comentários
}
