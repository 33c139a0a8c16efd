# Les vérifications qu’un créateur rencontre en saisissant dans l’app ou en
# ligne de commande : ce qu’un champ attendait. Chacune suit le nom du champ
# ("diamonds: …"). $text est ce qui a été saisi, cité tel quel.

## Texte et nombres

core-invalid-too-long = dépasse { $count ->
    [one] { $count } caractère
   *[other] { $count } caractères
}
core-invalid-control-characters = contient des caractères de contrôle
core-invalid-negative-got = ne doit pas être négatif (reçu : { $text })
core-invalid-count-too-large = { $text } dépasse ce qu’un enregistrement accepte
core-invalid-too-large = { $text } dépasse ce qu’un enregistrement accepte (au plus { $max })
core-invalid-decimal-places = { $text } a plus de { $count ->
    [one] { $count } décimale
   *[other] { $count } décimales
}
core-invalid-whole-number = nombre entier de 0 ou plus attendu, trouvé '{ $text }'
core-invalid-number = nombre tel que 12,5 attendu, trouvé '{ $text }'
core-invalid-whole-coins = pièces entières attendues, trouvé '{ $text }'
core-invalid-whole-count = quantité entière attendue, trouvé '{ $text }'
core-invalid-at-least-one = doit être au moins 1 (reçu : { $text })
core-invalid-required = est obligatoire
core-invalid-positive = doit être supérieur à 0
core-invalid-not-negative = ne doit pas être négatif

## Dates et heures

core-invalid-day = jour tel que 2026-03-01 attendu
core-invalid-date = '{ $text }' n’est pas une date/heure (attendu : ISO 8601 tel que 2026-03-01T20:00:00+01:00, '2026-03-01 20:00', une date, ou des secondes/millisecondes epoch)
core-invalid-date-skipped = '{ $text }' n’existe pas dans le fuseau horaire { $zone } (l’horloge saute cette heure)
core-invalid-date-out-of-range = '{ $text }' est hors limites
core-invalid-date-offset = '{ $text }' a un décalage avec UTC au-delà de ±18:00
core-invalid-year = date de { $from } à { $to } attendue, trouvé une date de l’année { $year } (une faute de frappe ?)
core-invalid-end-before-start = est avant le début
core-invalid-start-after-first-gift = est plus d’un jour après le premier cadeau de ce LIVE

## LIVE et cadeaux

core-invalid-gift-name = le nom du cadeau est obligatoire
core-invalid-gift-row-too-large = { $gifts } × { $coins } pièces, c’est plus qu’une ligne de cadeau ne peut contenir
core-invalid-not-in-catalog = '{ $text }' n’est pas dans le catalogue des cadeaux ; indiquez son prix{ $cli }
core-invalid-name-required = le nom est obligatoire
core-invalid-catalog-missing = '{ $text }' n’est pas dans le catalogue
core-invalid-end-before-session-start = est avant le début du LIVE

## Retraits et solde

core-invalid-status = '{ $text }' n’est pas un statut (attendu : pending, paid, failed ou cancelled)
core-invalid-whole-diamonds = { $text } a une partie décimale ; TikTok retire des diamants entiers
core-invalid-fee-over-value = { $fee } dépasse la valeur du retrait, { $gross }
core-invalid-negative-balance = un portefeuille TikTok n’affiche jamais un solde négatif
core-invalid-over-balance = { $diamonds } diamants, c’est plus que le solde de { $balance } diamants. Si votre portefeuille TikTok affiche plus, saisissez d’abord ce solde dans Rapprocher{ $cli }
core-invalid-adjustment-zero = une correction de 0 ne change rien
core-invalid-reason-required = indiquez pourquoi le solde est corrigé

## Taux

core-invalid-rate-per-coin = les diamants par pièce doivent être supérieurs à 0
core-invalid-rate-per-diamond = le montant par diamant doit être supérieur à 0
core-invalid-rate-minimum = le retrait minimum ne doit pas être négatif
core-invalid-rate-maximum = le maximum journalier doit être supérieur à 0
core-invalid-rate-too-large = { $what ->
    [per-coin] diamants par pièce
    [per-diamond] montant par diamant
    [minimum] retrait minimum
   *[maximum] maximum journalier
} : { $text } dépasse ce qu’un taux permet ({ $max })
core-invalid-rate-decimal-places = { $what ->
    [per-coin] diamants par pièce
    [per-diamond] montant par diamant
    [minimum] retrait minimum
   *[maximum] maximum journalier
} : { $text } a plus de { $count ->
    [one] { $count } décimale
   *[other] { $count } décimales
}
core-invalid-currency = la devise '{ $text }' n’est pas un code de trois lettres tel que USD
core-invalid-only-rate = le seul taux ne peut pas être supprimé ; modifiez-le plutôt

## Paramètres

core-invalid-time-zone = '{ $text }' n’est pas un fuseau horaire (p. ex. Europe/Berlin, America/New_York, UTC)
core-invalid-true-false = true ou false attendu
core-invalid-gap-minutes = minutes entières de 1 à 1440 attendues
core-invalid-language = '{ $text }' n’est pas une langue que parle LiveLedger (connues : { $known })
core-invalid-setting = clé inconnue '{ $text }' (connues : { $known })

## Enregistrements, sauvegardes et comptage en direct.

core-invalid-not-written = n'a pas été écrit
core-invalid-file-session-not-written = un LIVE du fichier n'a pas été écrit
core-invalid-booked-not-written = un LIVE enregistré n'a pas été écrit
core-invalid-capture-live-not-written = un LIVE en cours n'a pas été écrit
core-invalid-capture-old-not-written = un LIVE pour un événement ancien n'a pas été écrit
core-invalid-coins-times-count = pièces × nombre est trop grand
core-invalid-stored-gift-coins = les pièces d'un cadeau enregistré sont trop grandes
core-invalid-not-a-gift = { $count } × { $coins } pièces n'est pas un cadeau
core-invalid-worth-nothing = { $count ->
    [one] { $diamonds } diamant vaut
   *[other] { $diamonds } diamants valent
} { $worth } à { $rate } le diamant ; rien ne peut être versé
core-invalid-days-none = indiquez au moins un jour à enregistrer
core-invalid-silence-minutes = minutes entières de 1 à 1440 attendues, trouvé { $found }
core-invalid-not-a-date = { $ms } ms n'est pas une date
core-invalid-follow-name = indiquez le fichier à suivre
core-invalid-follow-too-large = est plus grand que ce qu'un registre peut suivre
core-invalid-demo-not-empty = le registre contient déjà des enregistrements ; les données de démonstration ne se chargent que dans un registre vide
core-invalid-undo-session-gone = { $label } ne peut pas être remis : son LIVE n'est plus dans le registre (supprimé depuis ?) ; remettez d'abord le LIVE. Rien n'a été modifié.
core-invalid-undo-clash = { $label } ne peut pas être remis : le registre a reçu depuis un enregistrement identique (importé à nouveau ?). Rien n'a été modifié.
core-invalid-undo-damaged = la copie conservée de { $label } est endommagée ({ $why }) ; rien n'a été modifié
core-invalid-no-rate = aucun taux n'est défini
core-invalid-no-rate-add-one = aucun taux n'est défini ; ajoutez-en un avec `liveledger rate set`
core-invalid-import-wait = nombre de secondes d'attente d'un import attendu, par exemple 600 ou 0.5
core-invalid-kept-live-or-name = les pièces d'un LIVE ou d'un nom sont trop grandes
core-invalid-kept-session = les pièces d'un LIVE sont trop grandes
core-invalid-kept-senders = plus d'expéditeurs qu'un rapport ne peut en contenir
core-invalid-stored-time-zone = le fuseau horaire '{ $text }' du registre n'est pas un fuseau horaire ; définissez-en un avec `liveledger settings set timezone Europe/Paris`
core-invalid-backup-kinds = { $column } contient { $count ->
    [one] { $values } valeur qui n'est pas
   *[other] { $values } valeurs qui ne sont pas
} { $kind ->
    [integer] entières
   *[text] du texte
}
core-invalid-backup-setting = le paramètre { $key } n'est pas tel que LiveLedger l'écrit
core-invalid-backup-out-of-range = { $count ->
    [one] { $records } enregistrement contient
   *[other] { $records } enregistrements contiennent
} un montant ou une date qu'aucun formulaire ni import n'accepte
core-invalid-backup-balance = la valeur du solde est trop grande pour être additionnée
core-invalid-backup-trash = un enregistrement supprimé conservé pour l'annulation est endommagé ({ $why })

## L'adresse WebSocket du comptage en direct.

core-invalid-ws-remote = { $host } n'est pas cet ordinateur : le comptage n'écoute que les outils qui tournent ici (127.0.0.1, ::1, localhost). Pour utiliser un autre hôte, saisissez-le et confirmez{ $cli }
core-invalid-ws-too-long = { $max } caractères au plus attendus
core-invalid-ws-secure = { $url } est une adresse sécurisée (wss://) ; les outils de live sur cet ordinateur servent ws://, par exemple { $example }
core-invalid-ws-scheme = adresse ws:// attendue, comme { $example }, trouvé { $url }
core-invalid-ws-user = aucun nom d'utilisateur attendu dans l'adresse, trouvé { $url }
core-invalid-ws-bracket = une adresse IPv6 doit avoir son ] fermant, trouvé { $url }
core-invalid-ws-port-after = :PORT attendu après l'adresse, trouvé { $url }
core-invalid-ws-no-host = hôte attendu, trouvé { $url }
core-invalid-ws-host = nom d'hôte ou adresse attendu, trouvé { $host }
core-invalid-ws-port = port de 1 à 65535 attendu, trouvé { $port }

# Booking TikTok's reported days: each problem (a day as the language writes it);
# several are joined by core-invalid-joined.
core-invalid-days-twice = { $day } est indiqué deux fois
core-invalid-days-no-diamonds = les fichiers de TikTok ne donnent aucun diamant pour le { $day }
core-invalid-days-zero = TikTok indique 0 diamant le { $day } : rien à enregistrer
core-invalid-days-lives = le registre a { $count ->
    [one] { $n } LIVE
   *[other] { $n } LIVE
} le { $day } : seul un jour sans LIVE peut être enregistré à partir des chiffres de TikTok
core-invalid-days-no-start = { $day } n’a pas de début dans { $zone }
core-invalid-joined = { $first } ; { $then }

# The window's own checks of what it sends.
core-invalid-not-a-day = '{ $text }' n’est pas un jour
core-invalid-not-a-day-iso = '{ $text }' n’est pas un jour (AAAA-MM-JJ)
core-invalid-last-before-first = le dernier jour est avant le premier
core-invalid-diamonds-number = attendu : un nombre de diamants
core-invalid-capture-source = attendu : ws ou file, trouvé '{ $text }'
core-invalid-capture-running = la capture est déjà en cours ; arrêtez-la d’abord
