# La vue LIVE : la liste des LIVE, le détail d'un LIVE (récapitulatif,
# cadeaux par soutien, cadeau ajouté à la main) et le formulaire pour
# l'ajouter ou le modifier.

sessions-title = LIVE
sessions-filter-placeholder = Filtrer par titre ou date…
sessions-filter-label = Filtrer les LIVE
sessions-new = Nouveau LIVE
sessions-no-match = Aucun LIVE ne correspond au filtre.
sessions-empty-title = Aucun LIVE pour l'instant
sessions-empty-text = Ajoutez les LIVE que vous avez faits, avec leurs cadeaux, ou importez-les depuis un fichier CSV.

## Les colonnes de la liste. « en direct » marque un LIVE encore en cours.

sessions-col-date = Date
sessions-col-duration = Durée
sessions-col-title = Titre
sessions-col-diamonds = Diamants
sessions-col-value = Valeur
sessions-col-viewers = Spectateurs
sessions-col-per-hour = Par heure
sessions-running-badge = en direct

## Le formulaire d'un LIVE.

sessions-field-start = Début
sessions-field-end = Fin
sessions-field-end-hint = Laissez vide tant que le LIVE est en cours.
sessions-field-title = Titre
sessions-field-viewers = Spectateurs
sessions-field-peak-viewers = Pic de spectateurs
sessions-field-new-followers = Nouveaux abonnés
sessions-field-diamonds = Diamants indiqués par TikTok
sessions-field-diamonds-hint = D'après le résumé du LIVE de TikTok, si vous ne notez pas chaque cadeau.
sessions-field-notes = Notes
sessions-edit-title = Modifier le LIVE
sessions-new-title = Nouveau LIVE
sessions-save = Enregistrer
sessions-add = Ajouter le LIVE
sessions-cancel = Annuler
sessions-saved = LIVE enregistré
sessions-added = LIVE ajouté

## Le détail d'un LIVE.

sessions-untitled = LIVE
sessions-edit = Modifier
sessions-delete = Supprimer
sessions-close = Fermer
sessions-close-label = Fermer le détail du LIVE
sessions-recap = Récapitulatif
sessions-earned = Gagné
sessions-duration = Durée
sessions-still-live = toujours en direct
sessions-per-hour-live = Par heure de LIVE
sessions-gifts = Cadeaux
sessions-top-gifters = Meilleurs soutiens
sessions-no-gifters = Aucun nom d'expéditeur
sessions-gifts-from = { $count ->
    [one] { $count } cadeau
   *[other] { $count } cadeaux
} de { $senders ->
    [one] { $senders } expéditeur
   *[other] { $senders } expéditeurs
}
sessions-by-sender = Cadeaux par expéditeur
sessions-no-sender = Sans nom d'expéditeur
sessions-sender-line = { $count ->
    [one] { $count } cadeau
   *[other] { $count } cadeaux
} · { $coins }
sessions-no-gifts = Aucune ligne de cadeau dans ce LIVE.
sessions-per-thousand-viewers = { $value } pour 1 000 spectateurs

## Le tableau des cadeaux d'un LIVE.

sessions-col-time = Heure
sessions-col-gift = Cadeau
sessions-col-coins = Pièces
sessions-col-count = Nombre
sessions-col-actions = Actions
sessions-estimated = estimé
sessions-estimated-hint = Le journal importé s'arrête avant la fin de cette série : comptée à son plus haut nombre jusque-là. Importer la suite du journal la complète.
sessions-delete-gift-label = Supprimer { $gift }
sessions-delete-gift-from-label = Supprimer { $gift } envoyé par { $sender }

## Ajouter un cadeau à la main.

sessions-gift-field = Cadeau
sessions-gift-placeholder = Rose
sessions-gift-hint = Un cadeau du catalogue prend ses pièces dans le catalogue.
sessions-coins-field = Pièces par cadeau
sessions-coins-placeholder = du catalogue
sessions-count-field = Nombre
sessions-sender-field = De
sessions-sender-placeholder = facultatif
sessions-add-gift = Ajouter le cadeau
sessions-gift-added = Cadeau ajouté

## Supprimer un cadeau ou un LIVE (on peut annuler).

sessions-delete-gift-title = Supprimer ce cadeau ?
sessions-delete-gift-line = { $count } × { $gift } ({ $coins }).
sessions-delete-gift-from-line = { $count } × { $gift } par { $sender } ({ $coins }).
sessions-undo-hint = Vous pourrez l'annuler juste après.
sessions-delete-gift-confirm = Supprimer le cadeau
sessions-delete-anyway = Supprimer quand même
sessions-gift-deleted = Cadeau supprimé
sessions-restore-anyway = Le remettre quand même
sessions-delete-session-title = Supprimer ce LIVE ?
sessions-delete-session-line = { $title } · { $date } : { $count ->
    [one] { $count } cadeau
   *[other] { $count } cadeaux
}, { $diamonds }.
sessions-delete-session-confirm = Supprimer le LIVE
sessions-session-deleted = LIVE supprimé
