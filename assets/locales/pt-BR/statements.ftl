# Extratos: o que seu registro guarda por dia, semana, mês ou ano, nas datas
# que você escolher, e a exportação para o seu contador.

statements-title = Extratos
statements-by-period = Por período

## Escolher as datas e o período

statements-period = Período
statements-range = Mostrar
statements-all-time = Tudo
statements-custom = Datas à sua escolha…
statements-from = De
statements-to = Até
statements-apply = Mostrar estas datas
statements-by-day = Dia
statements-by-week = Semana
statements-by-month = Mês
statements-by-year = Ano
statements-explain = Os dias começam à meia-noite no seu fuso horário. Os valores usam a taxa com que cada live foi registrada; cada linha é arredondada uma vez; o dinheiro é arredondado pela metade para cima (afastando-se do zero) a { $step }.

## O extrato

statements-empty-title = Nada para mostrar ainda
statements-empty-text = Os extratos aparecem quando você tiver lives ou saques.
statements-empty-range = Nada aconteceu nestas datas.
statements-opening = Saldo antes destas datas: { $diamonds }.
statements-total = Total
statements-rounding = Arredondamento: { $amounts }. Cada linha é arredondada sozinha; o total arredonda a soma exata, então pode diferir em um centavo.

## Colunas

statements-col-lives = Lives
statements-col-hours = Horas de live
statements-col-gifts = Presentes
statements-col-coins = Moedas
statements-col-diamonds = Diamantes
statements-col-value = Valor
statements-col-withdrawn = Sacado
statements-col-fees = Taxas
statements-col-net = Líquido pago
statements-col-corrections = Correções
statements-col-closing = Saldo final

## Exportar

statements-export-title = Exportar para o seu contador
statements-export-text = A exportação traz todo o seu registro — cada live, presente, saque e correção — em um arquivo que seu contador, sua planilha ou seu programa de impostos consegue ler. Você escolhe onde salvar.
statements-exported = Exportado para { $path }
statements-export-csv = Planilha (CSV)
statements-export-json = JSON
statements-export-hledger = Diário do hledger
statements-export-beancount = beancount
