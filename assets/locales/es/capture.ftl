# El panel de captura del Conteo en vivo: regalos registrados solos desde
# una herramienta de directos en este ordenador (el WebSocket de TikFinity o
# un archivo de registro que escribe otra herramienta).

capture-title = Capturar desde…
capture-intro = Los regalos se registran solos desde una herramienta de directos en este ordenador, y cada uno se guarda en cuanto llega. Las rachas cuentan una vez, al terminar. Los botones de conteo siguen ahí para los regalos que la herramienta no vea.
capture-source-label = Fuente
capture-source-ws = WebSocket (TikFinity)
capture-source-file = Archivo de registro
capture-address-label = Dirección
capture-file-placeholder = Ruta del archivo de registro que escribe la herramienta
capture-choose-file = Elegir archivo…
capture-connect = Conectar
capture-stop = Detener

## Estado de la conexión.

capture-state-connecting = Conectando
capture-state-connected = Conectado
capture-state-reconnecting = Reconectando
capture-state-stopped = Detenido
capture-status-running = { $state } — { $detail } · { $count ->
    [one] { $count } regalo registrado
   *[other] { $count } regalos registrados
}
capture-status-stopped = Detenido — { $count ->
    [one] { $count } regalo registrado
   *[other] { $count } regalos registrados
}
capture-not-capturing = Sin captura.
capture-last-problem = Último problema: { $problem }

## Rachas en curso y regalos registrados.

capture-pending-title = Rachas en curso (cuentan al terminar)
capture-no-streak = Ninguna racha en curso.
capture-gifts-title = Regalos registrados, del más reciente al más antiguo
capture-gifts-empty = Los regalos aparecen aquí, el más reciente primero, según los envía la herramienta.
capture-gift-count = { $count } × { $gift }
capture-gift-from = { $gift } de { $sender }
capture-unfinished = racha sin terminar
capture-unfinished-hint = La racha nunca terminó: se cuenta con su cantidad más alta
capture-dropped = fuente caída
capture-dropped-hint = La fuente se cayó durante esta racha; puede que nunca termine
capture-announce = Nuevo regalo: { $count } × { $gift }.
capture-announce-from = Nuevo regalo: { $count } × { $gift } de { $sender }.
