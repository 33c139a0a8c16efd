# Extractos: lo que guarda tu registro por día, semana, mes o año, para las
# fechas que elijas, y la exportación para tu contable.

statements-title = Extractos
statements-by-period = Por periodo

## Elegir las fechas y el periodo

statements-period = Periodo
statements-range = Mostrar
statements-all-time = Todo
statements-custom = Fechas a elegir…
statements-from = Desde
statements-to = Hasta
statements-apply = Mostrar estas fechas
statements-by-day = Día
statements-by-week = Semana
statements-by-month = Mes
statements-by-year = Año
statements-explain = Los días empiezan a medianoche en tu zona horaria. Los valores usan la tasa con la que se registró cada directo; cada fila se redondea una vez; el dinero se redondea hacia arriba desde la mitad (alejándose de cero) a { $step }.

## El extracto

statements-empty-title = Aún no hay nada que mostrar
statements-empty-text = Los extractos aparecen cuando tienes directos o retiros.
statements-empty-range = No pasó nada en estas fechas.
statements-opening = Saldo antes de estas fechas: { $diamonds }.
statements-total = Total
statements-rounding = Redondeo: { $amounts }. Cada fila se redondea por separado; el total redondea la suma exacta, así que puede diferir en un céntimo.

## Columnas

statements-col-lives = Directos
statements-col-hours = Horas en directo
statements-col-gifts = Regalos
statements-col-coins = Monedas
statements-col-diamonds = Diamantes
statements-col-value = Valor
statements-col-withdrawn = Retirado
statements-col-fees = Comisiones
statements-col-net = Neto cobrado
statements-col-corrections = Correcciones
statements-col-closing = Saldo final

## Exportar

statements-export-title = Exportar para tu contable
statements-export-text = La exportación contiene todo tu registro —cada directo, regalo, retiro y corrección— en un archivo que tu contable, tu hoja de cálculo o tu programa de impuestos pueden leer. Tú eliges dónde se guarda.
statements-exported = Exportado a { $path }
statements-export-csv = Hoja de cálculo (CSV)
statements-export-json = JSON
statements-export-hledger = Diario de hledger
statements-export-beancount = beancount
