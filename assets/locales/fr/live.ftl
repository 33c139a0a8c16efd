# La vue Comptage en direct : lancer un LIVE, noter ses cadeaux d'un clic ou
# d'une touche, le terminer, et le récapitulatif affiché à la fin.

live-heading = Comptage en direct
live-badge = LIVE

## Avant un LIVE.

live-start-card = Lancer un LIVE
live-start-intro = Notez les cadeaux pendant votre LIVE : un clic ou une touche par cadeau. Chaque appui est enregistré aussitôt ; fermer l'app ne fait rien perdre, et le LIVE est toujours en cours à votre retour.
live-title-label = Titre
live-title-placeholder = De quoi parle ce LIVE ? (facultatif)
live-go = Passer en LIVE — lancer le comptage

## Pendant un LIVE.

live-started = Commencé { $when }. Les touches 1–9 ajoutent un cadeau, Ctrl+Z annule le dernier.
live-sender-label = Expéditeur
live-sender-placeholder = Expéditeur du prochain cadeau (facultatif)
live-senders-label = Expéditeurs récents
live-senders-hint = Vidé après chaque cadeau. Récents :
live-other-label = Autre cadeau
live-other-gift = Autre cadeau…
live-other-option = { $gift } ({ $coins })
live-streak-label = Combien du prochain cadeau
live-armed-note = Le prochain cadeau compte ×{ $times }
live-armed-hint = Retour à ×1 une fois noté (Échap annule).
live-key = Touche { $key }
live-this-live = Ce LIVE
live-value-gifts = { $value } · { $count ->
    [one] { $count } cadeau
   *[other] { $count } cadeaux
}
live-threshold-title = Seuil de retrait
live-balance-line = Solde { $diamonds } = { $value } sur { $minimum } · { $percent }
live-last-gifts = Derniers cadeaux
live-gift-line = { $count } × { $gift }
live-gift-line-from = { $count } × { $gift } par { $sender }
live-undo-last = Annuler le dernier (Ctrl+Z)
live-nothing-to-undo = Rien à annuler
live-remove-anyway = Le retirer quand même

## Ce que lit un lecteur d'écran, et le message après une annulation.

live-logged = Noté : { $count } × { $gift }. Ce LIVE : { $total }.
live-logged-from = Noté : { $count } × { $gift } par { $sender }. Ce LIVE : { $total }.
live-removed-toast = Retiré : { $count } × { $gift }
live-removed = Retiré : { $count } × { $gift }. Ce LIVE : { $total }.

## Terminer un LIVE.

live-end = Terminer le LIVE
live-end-title = Terminer ce LIVE ?
live-end-so-far = { $count ->
    [one] Il compte { $count } cadeau, soit { $diamonds } pour l'instant.
   *[other] Il compte { $count } cadeaux, soit { $diamonds } pour l'instant.
}
live-end-after = Les cadeaux notés ensuite lanceront un nouveau LIVE.
live-ended = LIVE terminé et enregistré

## Le récapitulatif d'un LIVE qui vient de se terminer.

live-recap-title = LIVE terminé
live-recap-title-named = LIVE terminé : { $title }
live-recap-card = Récapitulatif
live-earned = Gagné
live-earned-value = { $diamonds } · { $value }
live-duration = Durée
live-gifts = Cadeaux
live-top-gifters = Meilleurs soutiens
live-gifter-line = { $count ->
    [one] { $count } cadeau
   *[other] { $count } cadeaux
} · { $coins }
live-no-gifters = Aucun cadeau n'avait d'expéditeur.
live-from-tiktok = D'après le résumé du LIVE de TikTok
live-from-tiktok-hint = Recopiez-les du résumé que TikTok affiche après le LIVE (facultatif).
live-viewers = Spectateurs
live-followers = Nouveaux abonnés
live-save = Enregistrer
live-saved = Enregistré dans ce LIVE
live-another = Lancer un autre LIVE
live-all-lives = Tous les LIVE
