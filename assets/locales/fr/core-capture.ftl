core-capture-starting = démarrage
core-capture-stopped = capture arrêtée
core-capture-stopped-by = capture arrêtée : { $error }
core-capture-connecting = connexion à { $url }
core-capture-connected = { $url }
core-capture-retrying = { $reason } ; nouvelle tentative dans { $seconds } s
core-capture-following = suivi de { $name }
core-capture-waiting = en attente : { $name } { $why }

## Problèmes et raisons de la capture. $where est un endroit ; $error et $reason y sont dits ;
## $text est ce que la source a envoyé ; le $error d’un lecteur JSON, CSV ou WebSocket reste dans ses propres mots (anglais).

core-capture-at-message = message { $n }
core-capture-at-line = { $name }, ligne { $n }
core-capture-column = colonne { $n } ({ $header })
core-capture-at = { $where } : { $problem }
core-capture-expected = { $where } : attendu : { $what ->
    [gift-id] un identifiant de cadeau
    [gift-name] un nom de cadeau
    [price-zero-or-more] le prix du cadeau en pièces (0 ou plus)
    [price-diamondcount] le prix du cadeau en pièces (diamondCount)
    [repeat-count-one-or-more] un nombre de répétitions de 1 ou plus
    [repeat-count] un nombre de répétitions
    [true-false] true ou false
    [gift-type] un numéro de type de cadeau
    [time] une heure
    [count-range] un nombre de 0 à { $max }
   *[other] une valeur
}, trouvé { $text }
core-capture-event-too-large = attendu : un événement d’au plus { $max } Kio, trouvé { $size } Kio
core-capture-not-json = attendu : un objet JSON ({ $error }), trouvé { $text }
core-capture-not-object = attendu : un objet JSON, trouvé { $text }
core-capture-binary = attendu : du texte UTF-8, trouvé des données binaires
core-capture-no-gift = un événement de cadeau a besoin de { $name } ou de { $id }, aucun des deux n’est présent
core-capture-no-price = { $where } : attendu : le prix du cadeau en pièces, rien trouvé
core-capture-price-negative = { $where } : attendu : un prix de 0 pièce ou plus, trouvé { $n }
core-capture-count-below-one = { $where } : attendu : un nombre de répétitions de 1 ou plus, trouvé { $n }
core-capture-too-many-coins = { $where } : { $n } × { $coins } pièces, c’est plus qu’un registre ne peut compter
core-capture-no-gift-name = { $where } : attendu : un nom ou un identifiant de cadeau, rien trouvé
core-capture-no-date = { $where } : attendu : une date et une heure, rien trouvé
core-capture-day-or-month = { $where } : { $text } peut être jour/mois ou mois/jour ; un journal suivi a besoin de dates comme 2026-03-01
core-capture-not-a-date = { $where } : { $text } n’est pas une date
core-capture-no-header = attendu : une ligne d’en-tête
core-capture-log-header = attendu : l’en-tête d’un journal de cadeaux ({ $columns }), trouvé { $text }
core-capture-line-too-long = attendu : une ligne d’au plus { $max } Kio
core-capture-no-row = attendu : une ligne, rien trouvé

core-capture-problem-unflushed = les séries encore en cours n’ont pas pu être écrites : { $error }
core-capture-problem-no-live = aucun LIVE n’est en cours à terminer
core-capture-problem-end = le LIVE n’a pas pu être terminé : { $error }
core-capture-problem-close = le LIVE n’a pas pu être clos après son silence : { $error }
core-capture-problem-position = { $where } : la position dans le fichier n’a pas pu être enregistrée : { $error }
core-capture-problem-position-unread = { $name } : impossible de lire où la capture s’est arrêtée : { $error }
core-capture-problem-gift = { $where } : le cadeau n’a pas pu être écrit : { $error }
core-capture-problem-engagement = { $where } : l’interaction n’a pas pu être comptée : { $error }
core-capture-problem-flag = les séries en cours n’ont pas pu être signalées : { $error }
core-capture-problem-unread = { $name } : lecture impossible : { $reason }
core-capture-problem-replaced = { $name } n’est plus le fichier que la capture suivait (il est plus court, ou son début a changé) : il est relu depuis le début

core-capture-why-not-there = n’existe pas encore
core-capture-why-not-regular = est { $found ->
    [folder] un dossier
    [fifo] un tube nommé (FIFO)
    [character-device] un périphérique en mode caractère
    [block-device] un périphérique en mode bloc
    [socket] un socket
   *[other] autre chose
}, pas un fichier ordinaire
core-capture-why-unopened = ne peut pas être ouvert : { $reason }
core-capture-why-unread = ne peut pas être lu : { $reason }
core-capture-why-cannot-read = lecture impossible : { $reason }
core-capture-why-unresolved = { $host } ne peut pas être résolu : { $reason }
core-capture-why-no-address = { $host } ne désigne aucune adresse de cet ordinateur
core-capture-why-handshake = { $url } a refusé la poignée de main WebSocket : { $error }
core-capture-why-nothing-answers = rien ne répond à { $url } ({ $last })
core-capture-why-silent = aucune trame et aucune réponse à un ping depuis { $seconds } s
core-capture-why-dropped = la connexion a été perdue : { $error }
core-capture-why-source-closed = la source a fermé la connexion
core-capture-why-closed = la connexion a été fermée
core-capture-utf16 = le journal est en UTF-16 ; un journal suivi doit être en UTF-8 (importez plutôt un fichier UTF-16)
