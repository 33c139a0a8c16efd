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

## `liveledger --help` (cli/help.rs) : la ligne d’aide de chaque commande et option.
## Les options, commandes, noms de valeurs, clés de paramètres et YYYY-MM-DD restent tels qu’on les tape.

cli-help-usage = Utilisation :
cli-help-commands = Commandes :
cli-help-arguments = Arguments :
cli-help-options = Options :
cli-help-default = par défaut :
cli-help-about = Le cœur de LiveLedger : cadeaux TikTok LIVE, diamants, soldes et comptabilité dans SQLite.
cli-help-db = Le fichier du registre (par défaut : LIVELEDGER_DB, sinon le dossier de données de l’app)
cli-help-lang = La langue à parler (en, es, pt-BR, id, tr, ar, vi, ja, de, fr) ; par défaut : LC_ALL, LC_MESSAGES ou LANG, sinon le réglage du registre
cli-help-print-help = Afficher l’aide
cli-help-print-version = Afficher la version
cli-help-session = Ajouter, modifier, terminer ou supprimer un LIVE
cli-help-session-add = Ajouter un LIVE ; affiche son id
cli-help-session-add-start = Début (ISO 8601, 'YYYY-MM-DD HH:MM' dans votre fuseau horaire, ou epoch)
cli-help-session-add-end = Fin ; à omettre pour un LIVE encore en cours
cli-help-session-add-title = Titre
cli-help-session-add-peak-viewers = Le plus de spectateurs en même temps
cli-help-session-add-viewers = Spectateurs distincts
cli-help-session-add-likes = J’aime
cli-help-session-add-followers = Nouveaux abonnés
cli-help-session-add-diamonds = Diamants déclarés pour le LIVE sans cadeaux individuels
cli-help-session-add-notes = Notes
cli-help-session-edit = Remplacer les détails d’un LIVE
cli-help-session-edit-id = Id du LIVE
cli-help-session-end = Marquer un LIVE en cours comme terminé
cli-help-session-end-at = Quand (par défaut : maintenant)
cli-help-session-delete = Supprimer un LIVE et ses cadeaux
cli-help-session-delete-force = Le supprimer même si des retraits ont été payés avec ses diamants
cli-help-help = Afficher ce message ou l’aide des sous-commandes données
cli-help-help-subcommand = Afficher l’aide des sous-commandes
cli-help-sessions = Lister les LIVE avec leurs gains et leurs chiffres par heure et par spectateur
cli-help-sessions-json = Afficher du JSON (décimaux en texte) au lieu d’un tableau
cli-help-gift = Ajouter, supprimer ou lister des cadeaux
cli-help-gift-add = Ajouter un cadeau ; les pièces viennent du catalogue sauf si --coins est donné. Affiche son id
cli-help-gift-add-gift = Nom du cadeau, p. ex. Rose
cli-help-gift-add-coins = Pièces que coûte un tel cadeau (remplace le catalogue)
cli-help-gift-add-count = Combien
cli-help-gift-add-from = Expéditeur
cli-help-gift-delete = Supprimer un cadeau
cli-help-gift-delete-id = Id du cadeau
cli-help-gift-list = Lister les cadeaux d’un LIVE
cli-help-withdraw = Enregistrer un retrait de diamants
cli-help-withdraw-diamonds = Diamants retirés
cli-help-withdraw-at = Date de la demande (par défaut : maintenant)
cli-help-withdraw-fee = Frais, en argent
cli-help-withdraw-method = Mode de paiement
cli-help-withdraw-status = pending, paid, failed ou cancelled
cli-help-withdraw-reference = Référence du paiement
cli-help-withdraw-force = L’enregistrer même s’il est inhabituel (sous le minimum du jour, au-delà du maximum du jour, daté dans le futur ou avant tout diamant)
cli-help-withdrawals = Lister les retraits, changer leur statut ou en supprimer un
cli-help-withdrawals-list = Lister les retraits
cli-help-withdrawals-status = Changer le statut d’un retrait
cli-help-withdrawals-status-id = Id du retrait
cli-help-withdrawals-delete = Supprimer un retrait enregistré par erreur
cli-help-adjust = Corriger le solde d’un nombre de diamants, avec un motif
cli-help-adjust-diamonds = Diamants à ajouter (négatif pour en retirer)
cli-help-adjust-reason = Pourquoi
cli-help-adjust-force = L’enregistrer même si le solde passe sous zéro
cli-help-reconcile = Saisir le solde de diamants affiché par TikTok ; l’écart est enregistré comme correction
cli-help-reconcile-balance = Le solde de votre portefeuille TikTok, en diamants
cli-help-reconcile-reason = Pourquoi ils diffèrent, si on le sait
cli-help-adjustments = Lister les corrections du solde
cli-help-days = Les chiffres du TikTok LIVE Center par jour (importés de son téléchargement) à côté des jours du registre, avec l’écart ; --book enregistre un jour que TikTok déclare mais où le registre n’a aucun LIVE
cli-help-days-book = Enregistrer les diamants de TikTok pour ce jour (YYYY-MM-DD) comme un LIVE ; seulement un jour sans LIVE dans le registre. Répéter pour d’autres jours
cli-help-insights = Ce qui rapporte d’un LIVE à l’autre : diamants par heure de LIVE selon le jour de la semaine, l’heure de début et la durée, ce que vaut un spectateur, et les heures encore nécessaires pour atteindre le minimum. Un chiffre demande 5 LIVE derrière lui
cli-help-insights-from = Premier jour local des LIVE étudiés (YYYY-MM-DD)
cli-help-insights-to = Dernier jour local
cli-help-insights-by = Le jour où vous voulez atteindre le minimum : indique combien d’heures de LIVE par semaine il faut (YYYY-MM-DD)
cli-help-rate = Définir ou lister les taux (diamants par pièce, argent par diamant, limites)
cli-help-rate-set = Ajouter un taux à partir d’un jour (remplace celui du même jour)
cli-help-rate-set-from = Premier jour où il s’applique (YYYY-MM-DD, votre fuseau horaire)
cli-help-rate-set-diamonds-per-coin = Diamants par pièce de valeur de cadeau
cli-help-rate-set-money-per-diamond = Argent par diamant
cli-help-rate-set-currency = Code de devise, p. ex. USD
cli-help-rate-set-min-withdrawal = Retrait minimum, en argent
cli-help-rate-set-max-per-day = Retrait maximum par jour, en argent
cli-help-rate-list = Lister les taux
cli-help-rate-delete = Supprimer un taux
cli-help-rate-delete-id = Id du taux
cli-help-rerate = Montrer quels LIVE un taux plus récent changerait, ou (--apply) les y passer
cli-help-rerate-from = Premier jour local des LIVE à recalculer
cli-help-rerate-apply = Les changer (sans cela, montre seulement ce qui changerait)
cli-help-rerate-force = Appliquer même si le solde passe sous zéro
cli-help-catalog = Lister ou modifier le catalogue de cadeaux
cli-help-catalog-list = Lister le catalogue de cadeaux
cli-help-catalog-set = Ajouter un cadeau ou changer son prix
cli-help-catalog-set-name = Nom du cadeau
cli-help-catalog-set-coins = Pièces
cli-help-catalog-remove = Retirer un cadeau
cli-help-settings = Afficher ou changer les paramètres (timezone, age_confirmed, payout_method, session_gap_minutes, setup_done : les questions du premier jour de l’app répondues ou passées)
cli-help-settings-show = Afficher les paramètres
cli-help-settings-set = Changer un paramètre
cli-help-settings-set-key = timezone, age_confirmed, payout_method, session_gap_minutes, setup_done ou language
cli-help-settings-set-value = La nouvelle valeur
cli-help-summary = Le solde, sa valeur, la progression vers le retrait minimum, l’état de préparation et la date estimée
cli-help-report = Un relevé par jour, semaine, mois ou année
cli-help-report-by = La période de regroupement
cli-help-report-from = Le premier jour local compté (YYYY-MM-DD) ; ce qui précède est le solde d’ouverture
cli-help-report-to = Le dernier jour local compté (YYYY-MM-DD)
cli-help-import = Importer un fichier CSV : un journal de cadeaux, un tableau de cadeaux, un résumé de LIVE ou un export LiveLedger
cli-help-import-file = Le fichier : CSV, un tableur (.xlsx, .xls, .ods), des événements de cadeaux en JSON ou JSON Lines, ou l’export de données de TikTok (.json ou .zip)
cli-help-import-format = auto, liveledger, gift-events, gift-table, session-summary, json-events ou tiktok-data
cli-help-import-dry-run = Indiquer ce qui serait ajouté, ignoré et refusé, sans rien écrire
cli-help-import-map = Correspondance des colonnes, en plus de ce que dit l’en-tête : champ=Colonne,… (champs : date, time, event, gift, gift_id, coins, count, sender, nickname, session, repeat_end, gift_type, event_id, diamonds, duration, end, viewers, peak_viewers, followers, likes, gifters, rewards, title)
cli-help-import-skip-rows = Lignes à sauter au-dessus de l’en-tête (par défaut : l’en-tête est cherché parmi les 20 premières lignes)
cli-help-import-sheet = La feuille du tableur à lire (par défaut : la première qui contient des données)
cli-help-import-skip-lines = Laisser de côté les lignes de données à ces lignes (p. ex. les lignes fautives qu’un refus a nommées : 4,9,12) ; le reste est importé tout ensemble ou pas du tout
cli-help-import-mapping-name = Enregistrer le --map sous ce nom, ou en utiliser un enregistré
cli-help-import-gap-minutes = Minutes sans cadeau qui commencent un nouveau LIVE (par défaut : le paramètre)
cli-help-imports = Lister les imports passés, ou en annuler un
cli-help-imports-list = Lister les imports passés
cli-help-imports-undo = Annuler un import en entier
cli-help-imports-undo-id = Id de l’import
cli-help-imports-undo-force = L’annuler même si des retraits ont été payés avec ses diamants
cli-help-export = Exporter le registre en CSV, en JSON, en journal hledger ou en fichier beancount
cli-help-export-format = csv, json, hledger ou beancount
cli-help-export-out = Écrire dans ce fichier au lieu de la sortie standard
cli-help-backup = Écrire une copie cohérente du registre (sans risque pendant que l’app est ouverte)
cli-help-backup-file = Où l’écrire
cli-help-restore = Remplacer le registre par une sauvegarde, après avoir vérifié la sauvegarde
cli-help-restore-file = Le fichier de sauvegarde
cli-help-demo = Charger ou effacer les données de démo
cli-help-demo-load = Charger le registre de démo (seulement dans un registre vide)
cli-help-demo-load-if-empty = Ne rien faire, avec succès, quand le registre a déjà des enregistrements
cli-help-demo-clear = Retirer tous les LIVE, cadeaux, retraits et corrections (les taux, le catalogue et les paramètres restent)
cli-help-demo-clear-yes = Confirmer
cli-help-trash = LIVE, cadeaux et retraits supprimés, gardés 30 jours : les lister, ou en remettre un
cli-help-trash-list = Lister ce qui a été supprimé et peut encore être remis, du plus récent au plus ancien
cli-help-trash-restore = Remettre ce qu’une suppression a retiré
cli-help-trash-restore-id = L’id de l’entrée de la corbeille (de `trash list`, ou affiché par la suppression)
cli-help-trash-restore-force = Le remettre même si le solde passait sous zéro
cli-help-capture = Noter les cadeaux en direct depuis un outil de cet ordinateur : un WebSocket (celui de TikFinity par défaut) ou un fichier journal qu’il complète. Affiche une ligne par cadeau enregistré. Ctrl-C arrête : les séries encore en cours sont écrites à leur plus haut compte et marquées ; le LIVE reste ouvert (il se termine après le silence, ou avec `session end`), et une relance le rejoint
cli-help-capture-ws = Le WebSocket à lire (par défaut : celui de TikFinity, ws://localhost:21213/)
cli-help-capture-follow = Un journal CSV d’événements de cadeaux ou un fichier JSON Lines qu’un autre outil complète
cli-help-capture-allow-remote-host = Confirme un hôte --ws qui n’est pas cet ordinateur
cli-help-capture-silence-minutes = Minutes sans cadeau qui terminent le LIVE et coupent une série (par défaut : le session_gap_minutes du registre, l’écart par lequel un import regroupe les LIVE)
cli-help-capture-dead-after = Secondes pendant lesquelles une source WebSocket peut ne rien envoyer (aucune trame, aucune réponse à un ping) avant que la capture se reconnecte
cli-help-capture-json = Afficher chaque cadeau enregistré sur une ligne de JSON
