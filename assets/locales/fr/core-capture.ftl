core-capture-starting = démarrage
core-capture-stopped = capture arrêtée
core-capture-stopped-by = capture arrêtée : { $error }
core-capture-connecting = connexion à { $url }
core-capture-connected = { $url }
core-capture-retrying = { $reason } ; nouvelle tentative dans { $seconds } s
core-capture-following = suivi de { $name }
core-capture-waiting = en attente : { $name } { $why }
