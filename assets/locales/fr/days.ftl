# Jours TikTok : les chiffres du TikTok LIVE Center par jour à côté des jours
# de votre registre, et l'enregistrement d'un jour que TikTok signale mais où
# votre registre n'a aucun LIVE.

days-title = Jours TikTok

## Pas encore de fichiers du TikTok LIVE Center

days-empty-title = Pas encore de jours du TikTok LIVE Center
days-empty-text = Dans le TikTok LIVE Center, ouvrez les statistiques de vos LIVE et téléchargez-les : quatre fichiers CSV (Revenue, Activity, Viewers, Engagement), une ligne par jour. Importez-en un ici ; LiveLedger les garde comme chiffres de TikTok à côté de votre registre et ne les ajoute jamais à votre solde.
days-empty-import = Importer les fichiers de TikTok

## Les chiffres de TikTok à côté de votre registre

days-beside-title = Les chiffres de TikTok à côté de votre registre
days-beside-text = Les chiffres du TikTok LIVE Center lui-même, par jour, tirés des fichiers importés. Ce sont les chiffres de TikTok : ils restent à côté de votre registre et ne sont jamais ajoutés à votre solde. Le jour de votre registre est celui où chaque LIVE a commencé, dans votre fuseau horaire.
days-total = { $count ->
    [one] TikTok signale { $tiktok } sur ces jours ; votre registre en a { $ledger }. { $count } jour diffère.
   *[other] TikTok signale { $tiktok } sur ces jours ; votre registre en a { $ledger }. { $count } jours diffèrent.
}
days-book-all = { $count ->
    [one] Enregistrer le { $count } jour sans LIVE ({ $diamonds })
   *[other] Enregistrer les { $count } jours sans LIVE ({ $diamonds })
}
days-book-one = Enregistrer ce jour
days-what-differs = Ce qui diffère

## Colonnes et statuts

days-col-day = Jour
days-col-tiktok = TikTok
days-col-ledger = Registre
days-col-difference = Écart
days-col-lives = LIVE
days-col-live-time = Durée de LIVE
days-col-viewers = Spectateurs uniques
days-col-likes = J'aime
days-col-status = Statut
days-col-actions = Actions
days-status-matches = Identique
days-status-missing = Registre inférieur
days-status-extra = Registre supérieur
days-status-no-lives = Aucun LIVE
days-status-no-tiktok-diamonds = Aucun diamant TikTok

## Ce que dit la comparaison d'un jour

days-sentence-no-diamonds = { $count ->
    [one] Les fichiers de TikTok ne donnent aucun diamant pour le { $day } ; votre registre en a { $ledger } sur { $count } LIVE.
   *[other] Les fichiers de TikTok ne donnent aucun diamant pour le { $day } ; votre registre en a { $ledger } sur { $count } LIVE.
}
days-sentence-not-listed = { $count ->
    [one] Les fichiers de TikTok ne mentionnent pas le { $day } ; votre registre en a { $ledger } sur { $count } LIVE.
   *[other] Les fichiers de TikTok ne mentionnent pas le { $day } ; votre registre en a { $ledger } sur { $count } LIVE.
}
days-sentence-same = TikTok signale { $tiktok } le { $day } ; votre registre a la même chose.
days-sentence-missing = TikTok signale { $tiktok } le { $day } ; votre registre en a { $ledger } ({ $difference } manquants).
days-sentence-extra = TikTok signale { $tiktok } le { $day } ; votre registre en a { $ledger } ({ $difference } de plus que TikTok).
days-sentence-no-lives = TikTok signale { $tiktok } le { $day } ; votre registre n'a aucun LIVE ce jour-là.

## Enregistrer des jours à partir des chiffres de TikTok

days-book-title = { $count ->
    [one] Enregistrer ce jour avec le chiffre de TikTok ?
   *[other] Enregistrer { $count } jours avec les chiffres de TikTok ?
}
days-book-line = { $day } : un LIVE avec les { $diamonds } de TikTok
days-book-effect = Votre solde augmente de { $diamonds }. Seuls les jours où votre registre n'a aucun LIVE sont enregistrés.
days-book-confirm = { $count ->
    [one] Enregistrer le jour
   *[other] Enregistrer les jours
}
days-booked = { $count ->
    [one] { $count } jour enregistré : { $diamonds }
   *[other] { $count } jours enregistrés : { $diamonds }
}
days-undo = Annuler
days-unbooked = Les jours enregistrés ont été retirés
