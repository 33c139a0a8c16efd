# Retraits : enregistrer un retrait depuis TikTok, rapprocher votre registre
# du portefeuille TikTok, et l'historique des deux.

withdrawals-title = Retraits

## Enregistrer un retrait

withdrawals-record-title = Enregistrer un retrait
withdrawals-diamonds = Diamants
withdrawals-requested = Demandé le
withdrawals-fee = Frais
withdrawals-method = Mode
withdrawals-status = Statut
withdrawals-reference = Référence
withdrawals-withdrawable = Retirable maintenant : { $diamonds } ({ $money })
withdrawals-not-ready = Pas encore prêt — voyez sur le tableau de bord ce qui manque.
withdrawals-quote = { $diamonds } ≈ { $money }
withdrawals-quote-below = — moins que le retrait minimum de TikTok, { $minimum }
withdrawals-record-button = Enregistrer le retrait
withdrawals-recorded = Retrait enregistré

## La question avant d'enregistrer un retrait que TikTok ne verserait pas

withdrawals-below-title = TikTok ne verse pas moins de { $minimum }
withdrawals-below-line = Ce retrait est de { $money }. Enregistrez-le seulement si TikTok l'a vraiment versé.
withdrawals-ask-title = Enregistrer ce retrait ?
withdrawals-record-anyway = L'enregistrer quand même

## Statuts d'un retrait

withdrawals-status-pending = En attente
withdrawals-status-paid = Versé
withdrawals-status-failed = Échoué
withdrawals-status-cancelled = Annulé
withdrawals-status-changed = Statut modifié

## Rapprochement avec le portefeuille TikTok

withdrawals-reconcile-title = Rapprocher avec TikTok
withdrawals-reconcile-text = Votre registre indique { $diamonds }. Si TikTok affiche un autre nombre, saisissez-le : l'écart est enregistré comme une correction, avec sa raison.
withdrawals-wallet-balance = Diamants affichés par votre portefeuille TikTok
withdrawals-wallet-reason = Pourquoi ils diffèrent (si vous le savez)
withdrawals-reconcile-button = Rapprocher
withdrawals-reconciled = Votre registre correspond à TikTok
withdrawals-correction-recorded = { $count ->
    [one] Correction de { $shown } diamant enregistrée
   *[other] Correction de { $shown } diamants enregistrée
}

## L'historique

withdrawals-history-title = Historique
withdrawals-newest-first = Les plus récents d'abord.
withdrawals-empty = Aucun retrait pour l'instant. Quand vous retirez sur TikTok, enregistrez-le ici pour que votre solde reste juste.
withdrawals-amount = Montant
withdrawals-net = Vous recevez
withdrawals-actions = Actions
withdrawals-below-badge = sous le minimum
withdrawals-below-badge-title = Sous le retrait minimum de TikTok de { $minimum } ce jour-là : enregistré parce que vous avez indiqué que TikTok l'a versé.

## Supprimer un retrait

withdrawals-delete = Supprimer
withdrawals-delete-label = Supprimer le retrait de { $diamonds }
withdrawals-delete-title = Supprimer ce retrait ?
withdrawals-delete-line = { $diamonds } ({ $money }), demandé le { $when }.
withdrawals-delete-effect = Votre solde augmente de ses diamants. Vous pouvez annuler juste après.
withdrawals-delete-confirm = Supprimer le retrait
withdrawals-deleted = Retrait supprimé
withdrawals-restore-anyway = Le rétablir quand même

## Corrections issues du rapprochement

withdrawals-corrections-title = Corrections
withdrawals-when = Date
withdrawals-reason = Raison
