# Ce que dit le cœur : ce qui empêche un retrait, les lignes du résumé et
# les erreurs. Les chiffres arrivent déjà écrits dans la langue ; $count,
# $days et $minutes sont des nombres qui choisissent la forme du pluriel.

## Ce qui empêche un retrait.

core-blocker-negative-balance = Le solde est négatif ({ $count ->
    [one] { $balance } diamant
   *[other] { $balance } diamants
}) : vous avez retiré ou corrigé plus que vous n’avez gagné. Vérifiez les retraits, ou saisissez le solde de votre portefeuille TikTok dans Rapprocher.
core-blocker-below-minimum = Sous le retrait minimum : { $balance } sur { $minimum } — encore { $count ->
    [one] { $missing } diamant
   *[other] { $missing } diamants
}. Continuez vos LIVE.
core-blocker-age-not-confirmed = Âge non confirmé : un retrait exige un compte vérifié de plus de 18 ans. Confirmez-le dans Paramètres → Paiement.
core-blocker-no-payout-method = Aucun mode de paiement associé. Associez-en un dans TikTok, puis indiquez-le dans Paramètres → Paiement.
core-blocker-daily-maximum-used = Le retrait maximum du jour, { $maximum }, est atteint. Réessayez demain.

## Le résumé en ligne de commande : un libellé, puis sa ligne.

core-summary-balance-label = Solde
core-summary-earned-label = gagné
core-summary-withdrawn-label = retiré
core-summary-adjusted-label = corrigé
core-summary-threshold-label = Minimum
core-summary-ready-label = Prêt
core-summary-eta-label = Prévision
core-summary-pending-label = Paiements en attente
core-summary-rate-label = Taux
core-summary-balance = { $count ->
    [one] { $diamonds } diamant
   *[other] { $diamonds } diamants
} = { $value }
core-summary-threshold = { $minimum } = { $count ->
    [one] { $diamonds } diamant
   *[other] { $diamonds } diamants
} ; progression { $percent } %
core-summary-ready-yes = oui — retirable maintenant : { $count ->
    [one] { $diamonds } diamant
   *[other] { $diamonds } diamants
} = { $value }
core-summary-ready-not-yet = pas encore
core-summary-eta-reached = atteint ({ $day })
core-summary-eta-day = { $day } à { $pace } diamants par jour ({ $days } derniers jours)
core-summary-eta-wait = après { $count ->
    [one] { $count } LIVE de plus
   *[other] { $count } LIVE de plus
} sur les { $days } derniers jours (une prévision en demande { $needed })
core-summary-eta-none = aucune — rien gagné sur les { $days } derniers jours
core-summary-rate = depuis le { $day } : { $rate } par diamant (le solde est évalué au taux du jour ; les relevés au taux de chaque LIVE) ; argent arrondi à { $step }, la moitié vers le haut

## Confirmations : ce qu'une opération a d'inhabituel. Rien n'a été écrit ; vous pouvez la confirmer.

core-confirm-negative-balance = { $action ->
    [put-back] restaurer { $label }
    [rerate] réappliquer le taux à ces LIVE
    [delete-session] supprimer le LIVE { $id }
    [correction] une correction de { $amount } diamants
    [delete-gift] supprimer le cadeau { $id }
   *[undo-import] annuler l’import { $id }
} laisserait le solde à { $count ->
    [one] { $balance } diamant
   *[other] { $balance } diamants
} (gagné { $earned }, retiré { $withdrawn }, corrigé { $corrected }) : des retraits ont été payés avec ces diamants
core-confirm-future = il est daté du { $at }, dans le futur
core-confirm-before-first-diamond = il est daté du { $at }, avant le premier diamant gagné ({ $first })
core-confirm-below-minimum = { $gross } est sous le retrait minimum de { $minimum } en vigueur le { $day } : TikTok ne verse pas moins, ne l’enregistrez donc que si TikTok l’a vraiment versé
core-confirm-over-daily-maximum = avec { $used } déjà retirés le { $day }, { $gross } de plus dépassent le maximum de ce jour, { $maximum }
core-error-needs-confirmation = rien n’a été écrit ; confirmez pour l’enregistrer quand même (CLI: --force)

## Erreurs.

core-error-not-found = { $what ->
    [session] le LIVE { $id } n’existe pas
    [gift] le cadeau { $id } n’existe pas
    [withdrawal] le retrait { $id } n’existe pas
    [import] l’import { $id } n’existe pas
    [rate] le taux { $id } n’existe pas
    [deleted] l’élément supprimé { $id } n’existe pas
   *[other] l’élément { $id } n’existe pas
}
core-error-newer-schema = { $path } a été écrit par une version plus récente de LiveLedger (schéma { $found }, cette version connaît jusqu’au { $known }) ; il n’a pas été modifié — mettez LiveLedger à jour pour l’ouvrir
# $reason reste en anglais pour l’instant.
core-error-not-a-ledger = { $path } n’est pas une base de données LiveLedger : { $reason }
core-error-busy = la base de données est occupée (un autre LiveLedger y écrit) ; réessayez dans un instant
core-error-import-still-running = { $path } : l’import en cours dans un autre LiveLedger occupe toujours le fichier après { $minutes ->
    [0] { $seconds } s
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} ; rien n’a été fait — réessayez quand il sera terminé, ou arrêtez-le
core-error-import-still-running-pid = { $path } : l’import en cours dans un autre LiveLedger (pid { $pid }) occupe toujours le fichier après { $minutes ->
    [0] { $seconds } s
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} ; rien n’a été fait — réessayez quand il sera terminé, ou arrêtez-le
core-error-not-a-file = { $path } est { $found ->
    [folder] un dossier
    [fifo] un tube nommé (FIFO)
    [character-device] un périphérique caractère
    [block-device] un périphérique bloc
    [socket] un socket
   *[other] autre chose
}, pas un fichier ordinaire : indiquez un fichier ordinaire ou un nouveau nom ; rien n’y a été écrit
# $why reste en anglais pour l’instant.
core-error-read-only = { $path } est en lecture seule ({ $why }) : il peut être lu mais pas modifié ; rien n’a été écrit
# $what reste en anglais pour l’instant.
core-error-overflow = { $what } : trop grand pour être additionné ; modifiez ou supprimez l’élément au chiffre absurde

core-trash-session = { $count ->
        [one] le LIVE { $id } avec { $n } cadeau
       *[other] le LIVE { $id } avec { $n } cadeaux
    }
core-trash-gift = { $n } × { $gift }
core-trash-withdrawal = le retrait { $id }

# The system's own reasons (an I/O error), as the system writes them in English;
# $code is its error number.

core-io-not-permitted = Opération non permise (erreur système { $code })
core-io-not-found = Aucun fichier ou dossier de ce nom (erreur système { $code })
core-io-io-error = Erreur d’entrée/sortie (erreur système { $code })
core-io-permission-denied = Permission refusée (erreur système { $code })
core-io-exists = Le fichier existe (erreur système { $code })
core-io-not-a-directory = N’est pas un dossier (erreur système { $code })
core-io-is-a-directory = Est un dossier (erreur système { $code })
core-io-too-many-open = Trop de fichiers ouverts (erreur système { $code })
core-io-too-large = Fichier trop volumineux (erreur système { $code })
core-io-no-space = Plus d’espace disponible sur l’appareil (erreur système { $code })
core-io-read-only = Système de fichiers en lecture seule (erreur système { $code })
core-io-connection-reset = Connexion réinitialisée par l’autre côté (erreur système { $code })
core-io-timed-out = Délai de connexion dépassé (erreur système { $code })
core-io-connection-refused = Connexion refusée (erreur système { $code })
# Any other reason, in the system's own (English) words.
core-io-other = { $text }

# A whole error said inside another message: a file's path and why.
core-error-io = { $path } : { $reason }
core-error-disk = { $path } : { $cause }
core-error-database = erreur de la base de données : { $error }
core-error-field = { $field } : { $message }
core-error-text = { $text }

# Why a file is not a ledger, or is read-only (inside core-error-not-a-ledger's
# $reason and core-error-read-only's $why); $error is said inside, $found and
# $sqlite are SQLite's own words; $kind is a schema object's type.
core-ledger-why-uncountable = ses totaux ne peuvent pas être comptés : { $error }
core-ledger-why-unreadable = un de ses enregistrements ne peut pas être lu : { $error }
core-ledger-why-unfit = ses enregistrements ne concordent pas ({ $error })
core-ledger-why-not-regular = ce n’est pas un fichier ordinaire
core-ledger-why-not-a-backup = ce n’est pas une sauvegarde LiveLedger
core-ledger-why-integrity = son contrôle d’intégrité a échoué : { $found }
core-ledger-why-empty = il ne contient aucun registre
core-ledger-why-other-tables = il contient d’autres tables (son identifiant d’application n’est pas celui de LiveLedger)
core-ledger-why-not-yet = et ce n’est pas encore un registre
core-ledger-why-older = et il a été écrit par un LiveLedger plus ancien : il doit être mis à jour, ce qui l’écrit
core-ledger-why-file-read-only = le fichier ne peut pas être écrit
core-ledger-why-disk-read-only = le fichier, son dossier ou son disque ne peut pas être écrit
core-ledger-why-not-sqlite = ce n’est pas une base de données SQLite
core-ledger-why-changed = son objet { $kind ->
    [table] table
    [index] index
    [trigger] déclencheur
   *[view] vue
} '{ $name }' n’est pas celui de LiveLedger ; une restauration apporte des enregistrements, jamais de schéma ni de code
core-ledger-why-extra = il contient { $kind ->
    [table] une table
    [index] un index
    [trigger] un déclencheur
   *[view] une vue
} '{ $name }' que LiveLedger ne crée pas à sa version ({ $version }) ; une restauration apporte des enregistrements, jamais de schéma ni de code
core-ledger-why-missing = son objet { $kind ->
    [table] table
    [index] index
    [trigger] déclencheur
   *[view] vue
} '{ $name }' n’est pas celui de LiveLedger
core-ledger-disk-full = le disque est plein ({ $sqlite }) ; rien de plus n’a été écrit
core-ledger-disk-failed = le disque n’a pas pu être lu ou écrit (plein, défaillant ou absent) ({ $sqlite }) ; rien de plus n’a été écrit

# What a sum too large to add up was (inside core-error-overflow's $what).
core-overflow-session = { $part ->
    [diamonds] les diamants du LIVE { $id }
   *[value] la valeur du LIVE { $id }
}
core-overflow-statement = dans le relevé : { $part ->
    [opening-balance] solde d’ouverture
    [gifts] cadeaux
    [coins] pièces
    [diamonds] diamants
    [value] valeur
    [withdrawals] retraits
    [fees] frais
    [payouts] versements
    [corrections] corrections
    [balance] solde
   *[rounding] arrondi
}
core-overflow = { $what ->
    [balance-value] la valeur du solde
    [recent-pace] le rythme récent
    [pending-withdrawals] les retraits en attente
    [period-diamonds] les diamants de la période
    [day-diamonds] les diamants d’un jour
    [coins-every-session] les pièces de tous les LIVE
    [minute-diamonds] les diamants d’une minute
    [money-per-1000] l’argent pour 1 000 spectateurs
    [diamonds-to-go] les diamants restants
    [diamonds-earned] les diamants gagnés
    [diamonds-withdrawn] les diamants retirés
    [corrections] les corrections
    [day-withdrawals] les retraits du jour
    [balance] le solde
    [booked-diamonds] les diamants enregistrés
    [wallet-difference] l’écart avec le portefeuille
    [withdrawal-value] la valeur du retrait
    [withdrawal-net] le net du retrait
   *[tiktok-diamonds] les diamants de TikTok
}
core-overflow-engagement = les interactions du LIVE { $id } à la minute { $minute }

# The titles LiveLedger gives a live it made itself (the stored title stays as written;
# these say it in the creator's language).
core-title-imported = LIVE importé
core-title-captured = LIVE capturé
core-title-booked = TikTok LIVE Center : { $day }
