core-capture-starting = iniciando
core-capture-stopped = captura detenida
core-capture-stopped-by = captura detenida: { $error }
core-capture-connecting = conectando con { $url }
core-capture-connected = { $url }
core-capture-retrying = { $reason }; se reintentará en { $seconds } s
core-capture-following = siguiendo { $name }
core-capture-waiting = esperando: { $name } { $why }
