# Les mots propres de la ligne de commande : en-têtes de tableaux, cellules,
# confirmations, rapports des jours et des analyses, lignes d'état du
# comptage en direct et refus propres à la CLI. Les nombres arrivent déjà
# écrits dans la langue (en texte) ; $count ne sert qu'à choisir le pluriel.
# Les commandes, options et valeurs que l'on retape (`--apply`,
# `liveledger restore FILE`, `--book DAY`) restent identiques dans toutes les langues.

## En-têtes de tableaux.

cli-col-id = id
cli-col-deleted = supprimé
cli-col-what = quoi
cli-col-start = début
cli-col-hours = heures
cli-col-title = titre
cli-col-gifts = cadeaux
cli-col-diamonds = diamants
cli-col-value = valeur
cli-col-viewers = spectateurs
cli-col-diamonds-per-hour = diamants/h
cli-col-per-1k-viewers = pour 1 000 spectateurs
cli-col-at = heure
cli-col-gift = cadeau
cli-col-coins = pièces
cli-col-count = nombre
cli-col-sender = de
cli-col-note = remarque
cli-col-requested = demandé
cli-col-gross = brut
cli-col-fee = frais
cli-col-net = net
cli-col-currency = devise
cli-col-method = mode
cli-col-status = statut
cli-col-reason = motif
cli-col-effective = à partir du
cli-col-diamonds-per-coin = diamants/pièce
cli-col-money-per-diamond = montant/diamant
cli-col-min-withdrawal = retrait minimum
cli-col-max-per-day = max./jour
cli-col-session = LIVE
cli-col-day = jour
cli-col-rate = taux
cli-col-imported = importé
cli-col-file = fichier
cli-col-format = format
cli-col-added = ajoutés
cli-col-skipped = ignorés
cli-col-sessions = LIVE
cli-col-period = période
cli-col-withdrawn = retiré
cli-col-fees = frais
cli-col-net-paid = net versé
cli-col-adjusted = corrigé
cli-col-balance = solde
cli-col-tiktok = TikTok
cli-col-ledger = registre
cli-col-difference = écart
cli-col-lives = LIVE

## Cellules.

cli-cell-live = en cours
cli-cell-estimated = estimé
cli-cell-none = aucun
cli-rerate-from = dès le { $day }
cli-settings-database = base de données

## Confirmations.

cli-restored = { $ledger } restauré depuis { $backup } : LIVE : { $sessions }, lignes de cadeaux : { $gifts }, retraits : { $withdrawals }
cli-restored-kept = le registre tel qu'il était est conservé dans { $copy }
cli-cleared = vidé ; le registre tel qu'il était est conservé dans { $copy } (liveledger restore FILE le ramène)
cli-deleted = supprimé : { $label } ; `liveledger trash restore { $undo }` le remet
cli-put-back = remis : { $label }
cli-trash-empty = rien n'a été supprimé { $count ->
        [one] le dernier jour
       *[other] ces { $days } derniers jours
    }
cli-backed-up = sauvegardé dans { $file }
cli-undone = import { $id } annulé : lignes de cadeaux retirées : { $gifts }, LIVE retirés : { $sessions }
cli-demo-loaded = données de démonstration chargées : LIVE : { $sessions }, lignes de cadeaux, de retraits et de corrections : { $rows }
cli-in-balance = à l'équilibre : { $count ->
        [one] { $balance } diamant
       *[other] { $balance } diamants
    }
cli-reconciled = correction { $id } : { $count ->
        [one] { $difference } diamant
       *[other] { $difference } diamants
    } (le registre indiquait { $ledger }, TikTok indique { $wallet })
cli-rate-not-applied = remarque : { $count ->
        [one] { $stay } LIVE à partir du { $from } garde
       *[other] { $stay } LIVE à partir du { $from } gardent
    } le taux avec lequel ils ont été enregistrés ; `liveledger rerate --from { $from }` montre ce que leur changement modifierait
cli-reading = lecture… { $percent } %
cli-rerate-none = chaque LIVE a déjà le taux en vigueur à sa date
cli-rerated = { $count ->
        [one] { $sessions } LIVE réévalué
       *[other] { $sessions } LIVE réévalués
    }
cli-rerate-preview = rien n'a changé ; ajoutez --apply pour réévaluer { $count ->
        [one] ce LIVE ({ $sessions })
       *[other] ces { $sessions } LIVE
    }
cli-import-warning = import { $id } : { $warning }

## Relevés.

cli-statement-total = total
cli-statement-opening = solde avant le premier jour : { $balance }
cli-statement-rounding = arrondi : { $rounding } (chaque ligne est arrondie séparément ; le total arrondit la somme exacte)
cli-statement-rates = Les valeurs utilisent le taux avec lequel chaque LIVE a été enregistré ; montants arrondis à 0,01, la moitié en s'éloignant de zéro.

## Les jours de TikTok face au registre.

cli-day-status-same = identique
cli-day-status-fewer = le registre a moins
cli-day-status-more = le registre a plus
cli-day-status-bookable = aucun LIVE : à enregistrer
cli-day-status-no-live = aucun LIVE
cli-day-status-no-tiktok = aucun diamant TikTok
cli-day-matches = TikTok indique { $count ->
        [one] { $tiktok } diamant
       *[other] { $tiktok } diamants
    } le { $on } ; votre registre a le même nombre
cli-day-missing = TikTok indique { $count ->
        [one] { $tiktok } diamant
       *[other] { $tiktok } diamants
    } le { $on } ; votre registre en a { $ledger } ({ $difference } manquants)
cli-day-extra = TikTok indique { $count ->
        [one] { $tiktok } diamant
       *[other] { $tiktok } diamants
    } le { $on } ; votre registre en a { $ledger } ({ $difference } de plus que TikTok)
cli-day-no-lives-bookable = TikTok indique { $count ->
        [one] { $tiktok } diamant
       *[other] { $tiktok } diamants
    } le { $on } ; votre registre n'a aucun LIVE ce jour-là (enregistrez-le avec --book { $day })
cli-day-no-lives = TikTok indique { $count ->
        [one] { $tiktok } diamant
       *[other] { $tiktok } diamants
    } le { $on } ; votre registre n'a aucun LIVE ce jour-là
cli-day-no-diamonds = les fichiers de TikTok ne donnent aucun diamant pour le { $on } ; votre registre en a { $ledger } sur { $count ->
        [one] { $lives } LIVE
       *[other] { $lives } LIVE
    }
cli-day-not-listed = les fichiers de TikTok ne mentionnent pas le { $on } ; votre registre en a { $ledger } sur { $count ->
        [one] { $lives } LIVE
       *[other] { $lives } LIVE
    }
cli-days-none = Aucun jour du TikTok LIVE Center pour l'instant. Téléchargez vos analyses LIVE dans le TikTok LIVE Center (Revenus, Activité, Spectateurs, Engagement) et importez les fichiers : liveledger import FILE
cli-days-total = TikTok indique { $count ->
        [one] { $tiktok } diamant
       *[other] { $tiktok } diamants
    } sur ses jours ; votre registre en a { $ledger } ces jours-là. Les chiffres de TikTok ne sont jamais ajoutés au solde.
cli-days-bookable = { $count ->
        [one] { $days } jour sans LIVE peut être enregistré
       *[other] { $days } jours sans LIVE peuvent être enregistrés
    } à partir des chiffres de TikTok ({ $diamonds } diamants) : liveledger days --book DAY
cli-booked-day = { $day } enregistré : LIVE { $session } avec { $count ->
        [one] le { $diamonds } diamant de TikTok
       *[other] les { $diamonds } diamants de TikTok
    }
cli-booked-total = le solde a augmenté de { $count ->
        [one] { $diamonds } diamant
       *[other] { $diamonds } diamants
    } ; pour annuler : liveledger imports undo { $import }

## Analyses.

cli-figure = { $value } ({ $count ->
        [one] { $lives } LIVE
       *[other] { $lives } LIVE
    })
cli-figure-none = pas encore assez de LIVE ({ $lives } sur { $needed })
cli-weekday = { $day ->
        [mon] lun.
        [tue] mar.
        [wed] mer.
        [thu] jeu.
        [fri] ven.
        [sat] sam.
       *[sun] dim.
    }
cli-insights-none = Aucun LIVE pour l'instant : enregistrez-en ou importez-en quelques-uns ; chaque chiffre repose sur 5 LIVE.
cli-insights-looked = { $count ->
        [one] { $lives } LIVE examiné
       *[other] { $lives } LIVE examinés
    }. Médianes ; un chiffre demande { $needed } LIVE.
cli-insights-best = Meilleures heures de début (diamants par heure de LIVE) :
cli-insights-best-none = pas encore assez de LIVE à un même jour et une même heure
cli-insights-lengths = Par durée (diamants par heure de LIVE | par LIVE) :
cli-insights-band = { $from }–{ $to } min
cli-insights-band-open = { $from }+ min
cli-insights-per-viewer = Par spectateur : { $viewer } diamants ; pour 1 000 spectateurs : { $thousand } diamants (par heure sur les mêmes LIVE : { $hour }). TikTok paie au cadeau, pas à la vue.
cli-insights-value-per-1000 = { $currency } pour 1 000 spectateurs : { $figure }
cli-insights-views-by-day = D'après les jours du TikTok LIVE Center : { $diamonds } diamants pour 1 000 vues ({ $count ->
        [one] { $days } jour
       *[other] { $days } jours
    }).
cli-insights-reached = Minimum atteint.
cli-insights-hours-to-go = Environ { $count ->
        [one] { $hours } heure
       *[other] { $hours } heures
    } de LIVE de plus pour atteindre le minimum ({ $diamonds } diamants restants, à { $pace } par heure de LIVE).
cli-insights-hours-unknown = { $diamonds } diamants restants ; les heures nécessaires s'affichent après 5 LIVE.
cli-insights-by = Pour l'atteindre d'ici le { $day } : environ { $count ->
        [one] { $hours } heure
       *[other] { $hours } heures
    } de LIVE par semaine.
cli-insights-gifters = Soutiens par LIVE : { $gifters } ; fidèles : { $returning }.
cli-insights-top = top { $top } : { $share } des diamants des cadeaux
cli-insights-supporter = { $diamonds } diamants sur { $count ->
        [one] { $lives } LIVE
       *[other] { $lives } LIVE
    }
cli-insights-this-week = Cette semaine : { $diamonds } diamants ; votre moyenne hebdomadaire : { $average }.
cli-insights-average = { $average } ({ $count ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    })
cli-insights-average-none = affichée après { $weeks } semaines
cli-insights-room = L'ambiance (comptée en direct sur { $count ->
        [one] { $lives } LIVE
       *[other] { $lives } LIVE
    }) : { $comments } commentaires, { $likes } j'aime par minute.
cli-insights-split = LIVE avec plus de { $line } { $what ->
        [comments] commentaires par minute
        [likes] j'aime par minute
        [followers] nouveaux abonnés par heure
       *[days] j'aime par minute sur les jours du TikTok LIVE Center
    } : { $above } diamants par heure de LIVE ({ $above_lives } LIVE) ; les autres : { $below } ({ $below_lives } LIVE).
cli-insights-split-none = Selon les { $what ->
        [comments] commentaires par minute
        [likes] j'aime par minute
        [followers] nouveaux abonnés par heure
       *[days] j'aime par minute sur les jours du TikTok LIVE Center
    } : pas encore assez de LIVE de chaque côté ({ $lives } sur { $needed } de chaque côté).
cli-insights-together = Ces chiffres montrent ce qui est allé ensemble, pas ce qui l'a causé.

## Lignes du comptage en direct (les détails du moteur restent en anglais).

cli-capture-connecting = connexion
cli-capture-connected = connecté
cli-capture-reconnecting = reconnexion
cli-capture-stopped-state = arrêté
cli-capture-warning = avertissement : { $message }
cli-capture-stdout-lost = avertissement : impossible d'écrire sur la sortie standard ({ $error }) ; les cadeaux sont toujours enregistrés
cli-capture-live-ended = LIVE terminé : LIVE { $session }
cli-capture-stopped = comptage arrêté : événements de cadeau : { $events }, cadeaux enregistrés : { $stored } (signalés : { $flagged }), événements rejoués ignorés : { $replayed }, étapes de série : { $steps }, autres événements : { $other }, illisibles : { $unreadable }
cli-capture-gift = { $gifts } × { $gift } ({ $count ->
        [one] { $coins } pièce
       *[other] { $coins } pièces
    } chacun)  de { $sender }  LIVE { $session }
cli-capture-grown = (augmenté de { $added })
cli-capture-flagged = [série jamais terminée : comptée à son nombre le plus haut]
cli-capture-unknown-sender = inconnu

## Refus propres à la ligne de commande.

cli-invalid-db-pass = indiquez --db PATH
cli-invalid-no-data-directory = aucun dossier de données n'est connu sur ce système ; indiquez --db PATH
cli-invalid-clear-needs-yes = vider supprime chaque LIVE, chaque cadeau et chaque retrait ; ajoutez --yes pour confirmer
cli-invalid-format = '{ $text }' n'est pas un format (attendu : auto, liveledger, gift-events, gift-table, session-summary, json-events, tiktok-data ou tiktok-days)

## Erreurs d’utilisation : ce que clap refuse, en une ligne après "usage: " (le texte de --help reste en anglais).

cli-usage-unknown-subcommand = sous-commande inconnue '{ $text }' (voir --help)
cli-usage-unknown-argument = argument inattendu '{ $text }' (voir --help)
cli-usage-value-required = '{ $arg }' demande une valeur, mais aucune n’a été donnée (voir --help)
cli-usage-invalid-value = valeur non valide '{ $text }' pour '{ $arg }' (voir --help)
cli-usage-too-many-values = valeur inattendue '{ $text }' pour '{ $arg }' ; aucune autre n’était attendue (voir --help)
cli-usage-repeated = l’argument '{ $arg }' ne peut pas être utilisé plusieurs fois (voir --help)
cli-usage-conflict = l’argument '{ $arg }' ne peut pas être utilisé avec '{ $other }' (voir --help)
cli-usage-invalid-utf8 = un ou plusieurs arguments ne sont pas de l’UTF-8 valide (voir --help)
cli-usage-missing-arguments = ces arguments obligatoires n’ont pas été donnés : { $args } (voir --help)
cli-usage-missing-subcommand = '{ $command }' demande une sous-commande, mais aucune n’a été donnée (l’une de : { $subcommands }) (voir --help)

cli-usage-not-a-number = valeur non valide '{ $text }' pour '{ $arg }' : '{ $text }' n’est pas un nombre (utilisez des chiffres et un '.' pour les décimales) (voir --help)
cli-usage-not-a-day = valeur non valide '{ $text }' pour '{ $arg }' : '{ $text }' n’est pas un jour (attendu : AAAA-MM-JJ) (voir --help)
cli-usage-not-a-period = valeur non valide '{ $text }' pour '{ $arg }' : '{ $text }' n’est pas une période (attendu : day, week, month ou year) (voir --help)
cli-usage-not-an-export-format = valeur non valide '{ $text }' pour '{ $arg }' : '{ $text }' n’est pas un format d’export (attendu : csv, json, hledger ou beancount) (voir --help)
cli-usage-not-a-status = valeur non valide '{ $text }' pour '{ $arg }' : { core-invalid-status } (voir --help)
cli-usage-not-a-whole-number = valeur non valide '{ $text }' pour '{ $arg }' : { $problem ->
        [empty] aucun nombre n’a été donné
        [large] le nombre est trop grand
        [small] le nombre est trop petit
       *[digit] ce n’est pas un nombre entier
    } (voir --help)
# The word before a usage error ("usage: unknown subcommand …").
cli-usage-label = utilisation
