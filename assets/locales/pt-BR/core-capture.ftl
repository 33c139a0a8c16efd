core-capture-starting = iniciando
core-capture-stopped = captura parada
core-capture-stopped-by = captura parada: { $error }
core-capture-connecting = conectando a { $url }
core-capture-connected = { $url }
core-capture-retrying = { $reason }; nova tentativa em { $seconds } s
core-capture-following = acompanhando { $name }
core-capture-waiting = aguardando: { $name } { $why }
