# Le panneau de capture du Comptage en direct : des cadeaux notés
# automatiquement depuis un outil de LIVE sur cet ordinateur (le WebSocket
# de TikFinity, ou un fichier journal écrit par un autre outil).

capture-title = Capturer depuis…
capture-intro = Les cadeaux sont notés automatiquement depuis un outil de LIVE sur cet ordinateur, chacun enregistré dès son arrivée. Les séries comptent une fois, à leur fin. Les boutons de comptage restent là pour les cadeaux que l'outil manque.
capture-source-label = Source
capture-source-ws = WebSocket (TikFinity)
capture-source-file = Fichier journal
capture-address-label = Adresse
capture-file-placeholder = Chemin du fichier journal écrit par l'outil
capture-choose-file = Choisir un fichier…
capture-connect = Connecter
capture-stop = Arrêter

## L'état de la connexion.

capture-state-connecting = Connexion
capture-state-connected = Connecté
capture-state-reconnecting = Reconnexion
capture-state-stopped = Arrêté
capture-status-running = { $state } — { $detail } · { $count ->
    [one] { $count } cadeau noté
   *[other] { $count } cadeaux notés
}
capture-status-stopped = Arrêté — { $count ->
    [one] { $count } cadeau noté
   *[other] { $count } cadeaux notés
}
capture-not-capturing = Pas de capture.
capture-last-problem = Dernier problème : { $problem }

## Les séries en cours et les cadeaux notés.

capture-pending-title = Séries en cours (comptées à leur fin)
capture-no-streak = Aucune série en cours.
capture-gifts-title = Cadeaux notés, les plus récents d'abord
capture-gifts-empty = Les cadeaux s'affichent ici, les plus récents d'abord, à mesure que l'outil les envoie.
capture-gift-count = { $count } × { $gift }
capture-gift-from = { $gift } par { $sender }
capture-unfinished = série inachevée
capture-unfinished-hint = La fin de la série n'est jamais arrivée : comptée à son plus haut nombre
capture-dropped = source coupée
capture-dropped-hint = La source s'est coupée pendant cette série ; elle ne finira peut-être jamais
capture-announce = Nouveau cadeau : { $count } × { $gift }.
capture-announce-from = Nouveau cadeau : { $count } × { $gift } par { $sender }.
