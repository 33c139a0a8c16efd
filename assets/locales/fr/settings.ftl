# Paramètres : langue, versement, fuseau horaire, taux, catalogue de cadeaux,
# export, données de démonstration et version de l'app.

settings-title = Paramètres
settings-saved = Enregistré

## Langue

settings-language-title = Langue
settings-language-intro = La langue dans laquelle LiveLedger vous parle. Les nombres, les dates et les montants s'écrivent à sa façon.
settings-language-label = Langue
settings-language-saved = Langue enregistrée

## Versement et fuseau horaire

settings-payout-title = Versement
settings-payout-intro = TikTok ne verse qu'à un compte vérifié d'une personne majeure (18 ans et plus) avec un mode de paiement associé. Confirmez les deux ici ; ce sont les vérifications avant retrait du tableau de bord.
settings-age = J'ai 18 ans ou plus et mon compte est vérifié
settings-payout-method = Mode de paiement associé dans TikTok
settings-payout-method-placeholder = PayPal, virement bancaire…
settings-setup-again = Répondre à nouveau aux questions du premier jour
settings-timezone-title = Fuseau horaire
settings-timezone-intro = Les jours, semaines et mois de vos relevés commencent à minuit dans ce fuseau.
settings-timezone-label = Fuseau horaire
settings-timezone-saved = Fuseau horaire enregistré
settings-timezone-invalid = « { $zone } » n'est pas un fuseau horaire que nous connaissons, il n'a donc pas été enregistré (le vôtre reste { $saved }). Choisissez-en un dans la liste, par ex. Europe/Paris.

## Taux

settings-rates-title = Taux
settings-rates-intro = TikTok change la valeur d'une pièce et d'un diamant. Un nouveau taux s'applique aux LIVE enregistrés à partir de son jour. Un LIVE garde le taux avec lequel il a été enregistré : un nouveau taux ou fuseau horaire ne le réévalue jamais ; réévaluez-le ci-dessous si vous le souhaitez.
settings-rates-from = Depuis
settings-rates-diamonds-per-coin = Diamants / pièce
settings-rates-money-per-diamond = Montant / diamant
settings-rates-minimum = Minimum
settings-rates-daily-maximum = Maximum par jour
settings-rates-no-maximum = aucun
settings-rate-delete = Supprimer
settings-rate-delete-title = Supprimer ce taux ?
settings-rate-delete-line = Le taux depuis le { $day } : { $diamonds } diamants par pièce, { $money } par diamant. Les LIVE gardent le taux avec lequel ils ont été enregistrés.
settings-rate-delete-confirm = Supprimer le taux
settings-rate-deleted = Taux supprimé
settings-rate-from-day = À partir du
settings-rate-diamonds-per-coin = Diamants par pièce
settings-rate-money-per-diamond = Montant par diamant
settings-rate-currency = Devise
settings-rate-minimum = Retrait minimum
settings-rate-minimum-hint = Indiquez ce qu'affiche votre portefeuille TikTok.
settings-rate-daily-maximum = Maximum par jour
settings-rate-add = Ajouter un taux
settings-rate-saved = Taux enregistré. Les LIVE déjà enregistrés gardent le taux avec lequel ils l'ont été.

## LIVE à un ancien taux

settings-rerate-title = { $count ->
    [one] { $count } LIVE à un ancien taux
   *[other] { $count } LIVE à un ancien taux
}
settings-rerate-intro = Ces LIVE ont été enregistrés avant la saisie du taux désormais en vigueur à leur date (ou votre fuseau horaire a changé le jour où ils tombent). Les réévaluer les fait passer à ce taux ; rien ne change tant que vous ne le faites pas.
settings-rerate-day = Jour
settings-rerate-session = LIVE
settings-rerate-diamonds = Diamants
settings-rerate-value = Valeur
settings-rerate-apply = Réévaluer ces LIVE
settings-rerate-done = LIVE réévalués

## Catalogue de cadeaux

settings-catalog-title = Catalogue de cadeaux
settings-catalog-intro = Prix en pièces des cadeaux que vous pouvez saisir par leur nom. Une ligne de cadeau garde les pièces qu'il valait ce jour-là : modifier ici ne change jamais le passé.
settings-catalog-gift = Cadeau
settings-catalog-coins = Pièces
settings-gift-name = Nom du cadeau
settings-gift-coins = Pièces
settings-gift-save = Ajouter ou modifier
settings-catalog-saved = Catalogue enregistré
settings-gift-remove = Retirer
settings-gift-remove-title = Retirer ce cadeau du catalogue ?
settings-gift-remove-line = { $gift } ({ $coins }). Les cadeaux déjà enregistrés gardent leurs pièces.
settings-gift-removed = Retiré

## Export et sauvegarde

settings-export-title = Export et sauvegarde
settings-export-intro = Pour votre comptable ou votre logiciel d'impôts, et au cas où votre ordinateur lâcherait. Vous pouvez sauvegarder sans risque pendant que l'app est ouverte.
settings-export-csv = Exporter en CSV
settings-export-json = Exporter en JSON
settings-export-hledger = Exporter pour hledger
settings-export-beancount = Exporter pour beancount
settings-backup-now = Sauvegarder maintenant
settings-backup-kind = Sauvegarde LiveLedger
settings-exported = Exporté vers { $path }
settings-backed-up = Sauvegardé dans { $path }
settings-ledger-file = Fichier du registre : { $path }

## Données de démonstration et effacement

settings-demo-title = Données de démonstration
settings-demo-empty = Votre registre est vide. Chargez six mois de LIVE fictifs pour voir les graphiques.
settings-demo-clear-intro = Effacer supprime tous les LIVE, cadeaux, retraits et corrections. Les taux, le catalogue et les paramètres restent. Une copie du registre est d'abord gardée à côté, et vous pouvez annuler juste après.
settings-demo-load = Charger les données de démonstration
settings-demo-loaded = Données de démonstration chargées
settings-clear = Effacer toutes les entrées
settings-clear-title = Effacer toutes les entrées ?
settings-clear-sessions = { $count ->
    [one] { $count } LIVE
   *[other] { $count } LIVE
}
settings-clear-gifts = { $count ->
    [one] { $count } cadeau
   *[other] { $count } cadeaux
}
settings-clear-withdrawals = { $count ->
    [one] { $count } retrait
   *[other] { $count } retraits
}
settings-clear-what = Cela supprime { $sessions } avec { $gifts } et { $withdrawals }, ainsi que toutes les corrections et importations. Les taux, le catalogue et les paramètres restent.
settings-clear-copy = Une copie du registre tel qu'il est maintenant est d'abord gardée à côté, et vous pouvez annuler cela juste après.
settings-clear-word = effacer
settings-cleared = Registre effacé. Une copie d'avant est gardée à côté.
settings-records-back = Toutes les entrées sont revenues

## À propos

settings-about-title = À propos
settings-about-version = LiveLedger { $version }
settings-about-offline = La même version que { $command }. Hors ligne : pas de réseau, pas de compte, pas de télémétrie.
