# Le tableau de bord : le solde, le chemin vers le retrait minimum de TikTok,
# si vous pouvez retirer maintenant, cette semaine et ce mois, graphiques et
# classements.

dashboard-title = Tableau de bord

## Encore vide.

dashboard-empty-title = Aucun LIVE enregistré pour l’instant
dashboard-empty-text = Ajoutez votre premier LIVE : saisissez-le, comptez les cadeaux pendant votre LIVE, ou importez les fichiers fournis par vos outils de LIVE ou par TikTok.
dashboard-add-live = Ajouter un LIVE
dashboard-import-file = Importer un fichier
dashboard-tally = Lancer un comptage en direct
dashboard-demo-offer = Vous jetez juste un œil ? { $load } – vous pourrez les effacer dans Paramètres.
dashboard-demo-load = Charger six mois de données de démonstration
dashboard-demo-loaded = Données de démonstration chargées

## Le solde.

dashboard-balance = Solde
dashboard-diamonds-unit = { $count ->
    [one] diamant
   *[other] diamants
}
dashboard-earned = Gagné
dashboard-withdrawn = Retiré
dashboard-corrections = Corrections
dashboard-pending = Paiements en cours
dashboard-rounded-down = Arrondi à l’inférieur : il manque un peu pour le minimum de { $min }, il n’est donc pas affiché comme atteint.
dashboard-valued-today = Valeur au taux du jour ({ $rate } par diamant). Les relevés utilisent le taux du jour de chaque LIVE.

## Le chemin vers le retrait minimum.

dashboard-threshold-title = Retrait minimum
dashboard-progress-label = Progression vers le retrait minimum de TikTok
dashboard-threshold-reached = { $balance } sur { $min } – atteint · { $percent }
dashboard-threshold-to-go = { $balance } sur { $min } – encore { $diamonds } ({ $value }) · { $percent }
dashboard-can-cash-out = Vous pourrez retirer dès que les autres conditions seront remplies.
dashboard-eta = À votre rythme des { $days } derniers jours ({ $pace } par jour), vous l’atteindrez vers le { $day }.
dashboard-eta-wait = Une prévision apparaît après { $min } LIVE en { $days } jours – encore { $count } LIVE.
dashboard-eta-none = Aucun LIVE ces { $days } derniers jours, donc pas encore de prévision.

## Puis-je retirer ?

dashboard-ready-title = Puis-je retirer ?
dashboard-ready = Prêt pour un retrait
dashboard-not-yet = Pas encore
dashboard-withdrawable = Vous pouvez retirer { $diamonds } ({ $value }) maintenant.
dashboard-rate-since = Taux depuis le { $day } : { $rate } par diamant.
dashboard-payout-link = Paramètres → Paiement
dashboard-blocker-negative-balance = Votre solde est négatif ({ $diamonds }) : plus a été retiré ou corrigé que gagné. Vérifiez vos retraits, ou saisissez ce qu’affiche votre portefeuille TikTok dans Retraits → Rapprocher.
dashboard-blocker-below-minimum = { $balance } sur un minimum de { $min } – encore { $diamonds }. Continuez vos LIVE !
dashboard-blocker-age = Confirmez dans { $link } que vous avez 18 ans ou plus et un compte vérifié.
dashboard-blocker-payout = Associez un mode de paiement dans TikTok, puis indiquez-le dans { $link }.
dashboard-blocker-daily-maximum = Vous avez atteint le maximum de retrait du jour. Réessayez demain.

## Cette semaine et ce mois jusqu’ici.

dashboard-compare-title = Cette semaine et ce mois jusqu’ici
dashboard-compare-note = Comparés aux mêmes jours de la semaine et du mois précédents, comme le fait le LIVE Center de TikTok.
dashboard-week = Cette semaine
dashboard-month = Ce mois-ci
dashboard-compare-lives = { $count } LIVE · { $from } – { $to }
dashboard-change-week = { $change } par rapport aux mêmes jours de la semaine dernière ({ $before })
dashboard-change-month = { $change } par rapport aux mêmes jours du mois dernier ({ $before })
dashboard-nothing-week = Rien gagné les mêmes jours de la semaine dernière.
dashboard-nothing-month = Rien gagné les mêmes jours du mois dernier.

## Graphiques et classements.

dashboard-earned-title = Diamants gagnés
dashboard-group-by = Regrouper par
dashboard-by-day = Jour
dashboard-by-week = Semaine
dashboard-by-month = Mois
dashboard-balance-chart-title = Évolution du solde, retraits indiqués
dashboard-chart-wait = Apparaît après { $min } LIVE (vous en avez { $count } pour l’instant).
dashboard-top-gifts = Meilleurs cadeaux (par pièces dépensées)
dashboard-top-gifts-empty = Les cadeaux apparaissent ici dès que vous en saisissez ou en importez.
dashboard-top-supporters = Meilleurs soutiens (par pièces dépensées)
dashboard-top-supporters-empty = Les expéditeurs apparaissent ici dès que les cadeaux en indiquent un.
dashboard-top-row = { $coins } · { $share }
dashboard-worth-title = Que vaut une heure de LIVE, et un spectateur ?
dashboard-worth-note = TikTok ne paie rien par vue ; ce sont vos cadeaux divisés par vos heures et vos spectateurs, par LIVE.
