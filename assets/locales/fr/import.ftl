# Vue Importer : choisir un fichier, ses colonnes, l'aperçu de ce qu'il
# ajouterait, le résultat, l'annulation et l'historique des importations. Les
# phrases du cœur (erreurs, avertissements, notes) viennent du cœur ; les noms
# de fichiers, colonnes, expéditeurs et événements sont ceux du fichier.

## La page

import-title = Importer
import-card-title = Importer un fichier
import-intro = Journaux de cadeaux d'outils LIVE (CSV, JSON, JSON Lines), le téléchargement de données de TikTok (.zip ou .json), tableurs (.xlsx, .xls, .ods), tableaux de cadeaux, résumés d'analyses LIVE ou un export LiveLedger. Rien n'est écrit avant que vous cliquiez sur Importer, et une importation peut être annulée en entier.
import-choose-button = Choisir un fichier…
import-path-empty = Aucun fichier choisi
import-path-label = Fichier choisi
import-preview-button = Aperçu
import-button = Importer
import-options = Format et colonnes
import-format-label = Format
import-map-label = Colonnes en texte (champ=Colonne, …) : s'ajoute à ce qui est détecté
import-map-short = Colonnes en texte
import-map-example = date=Heure,gift=Cadeau,coins=Prix,count=Qté,sender=Utilisateur
import-saved-label = Correspondances enregistrées
import-saved-use = Utiliser une correspondance enregistrée…
import-saved-none = Aucune correspondance enregistrée
import-save-as-label = Enregistrer cette correspondance sous (à l'import)
import-save-as-short = Enregistrer cette correspondance sous
import-save-as-example = ex. : Journal de mon outil
import-choose-first = Choisissez d'abord un fichier
import-done-toast = { $count ->
    [one] { $count } ligne importée
   *[other] { $count } lignes importées
}

## Formats de lecture d'un fichier

import-format-auto = Détecter d'après le contenu
import-format-gift-events = Journal de cadeaux, CSV (outils TikTok LIVE)
import-format-json-events = Événements de cadeaux, JSON ou JSON Lines (outils webcast, TikFinity)
import-format-tiktok-data = « Télécharger vos données » de TikTok (JSON ou .zip)
import-format-gift-table = Tableau de cadeaux
import-format-session-summary = Résumés de LIVE (analyses LIVE)
import-format-tiktok-days = Jours du TikTok LIVE Center (Revenus, Activité, Spectateurs, Engagement)
import-format-liveledger = Export LiveLedger

## Champs qu'une colonne peut contenir

import-field-date = Date et heure
import-field-time = Heure
import-field-event = Type d'événement
import-field-gift = Cadeau
import-field-gift-id = Numéro du cadeau
import-field-coins = Pièces
import-field-count = Quantité
import-field-sender = Expéditeur
import-field-nickname = Pseudo de l'expéditeur
import-field-session = LIVE
import-field-repeat-end = Fin de série
import-field-gift-type = Type de cadeau (série ou unique)
import-field-streakable = Peut être en série
import-field-streaking = Série en cours
import-field-event-id = Numéro de message
import-field-diamonds = Diamants par cadeau
import-field-total-diamonds = Diamants (total de la ligne)
import-field-duration = Durée
import-field-end = Fin
import-field-viewers = Spectateurs
import-field-peak-viewers = Pic de spectateurs
import-field-followers = Nouveaux abonnés
import-field-likes = J'aime
import-field-gifters = Soutiens
import-field-rewards = Récompenses
import-field-title = Titre
import-field-lives = LIVE
import-field-views = Vues
import-field-watch-time = Durée de visionnage
import-field-avg-concurrent = Spectateurs simultanés en moyenne
import-field-commenters = Personnes ayant commenté
import-field-shares = Partages

## Comment le fichier a été lu

import-read-as-line = Lu comme { $how }.
import-read-encoding = encodage { $encoding }
import-read-delimiter = séparateur { $delimiter }
import-delimiter-comma = virgule
import-delimiter-semicolon = point-virgule
import-delimiter-tab = tabulation
import-delimiter-pipe = barre verticale
import-read-numbers = nombres { $numbers }
import-numbers-plain = sans séparateur
import-read-dates = dates { $dates }
import-read-header-line = en-tête à la ligne { $line }
import-read-header-row = en-tête à la ligne { $line } de la feuille

## L'aperçu et le résultat

import-notice-preview = Aperçu : rien n'est encore écrit.
import-notice-imported = Importé.
import-rows-read = { $count ->
    [one] { $file } : { $count } ligne lue.
   *[other] { $file } : { $count } lignes lues.
}
import-rows-read-explained = { $count ->
    [one] { $file } : { $count } ligne lue :
   *[other] { $file } : { $count } lignes lues :
}
import-explain-to-add = { $count ->
    [one] { $count } ligne à ajouter
   *[other] { $count } lignes à ajouter
}
import-explain-added = { $count ->
    [one] { $count } ligne ajoutée
   *[other] { $count } lignes ajoutées
}
import-explain-streak-steps = { $count ->
    [one] { $count } étape de série intégrée au total final de sa série (une série de 5 Roses est notée 1, 2, 3, 4, 5 et compte une fois, pour 5)
   *[other] { $count } étapes de série intégrées au total final de leur série (une série de 5 Roses est notée 1, 2, 3, 4, 5 et compte une fois, pour 5)
}
import-explain-already = { $count ->
    [one] { $count } ligne déjà dans le registre, pas ajoutée deux fois
   *[other] { $count } lignes déjà dans le registre, pas ajoutées deux fois
}
import-explain-redelivered = { $count ->
    [one] { $count } message que le fichier donnait deux fois (compté une fois)
   *[other] { $count } messages que le fichier donnait deux fois (comptés une fois)
}
import-explain-totals = { $count ->
    [one] { $count } ligne de total, pas des cadeaux
   *[other] { $count } lignes de total, pas des cadeaux
}
import-explain-summary = { $count ->
    [one] { $count } ligne de synthèse sous le tableau
   *[other] { $count } lignes de synthèse sous le tableau
}
import-explain-blank = { $count ->
    [one] { $count } ligne vide
   *[other] { $count } lignes vides
}
import-explain-events = { $count ->
    [one] { $count } événement qui n'est pas un cadeau ({ $kinds })
   *[other] { $count } événements qui ne sont pas des cadeaux ({ $kinds })
}
import-event-kind = { $count } { $kind }
import-explain-left-out = { $count ->
    [one] { $count } ligne à problème que vous avez choisi d'ignorer
   *[other] { $count } lignes à problème que vous avez choisi d'ignorer
}
import-left-out-note = { $count ->
    [one] { $count } ligne à problème laissée de côté ({ $lines }).
   *[other] { $count } lignes à problème laissées de côté ({ $lines }).
}
import-lines = { $count ->
    [one] ligne { $lines }
   *[other] lignes { $lines }
}
import-lines-more = { $count } autres
import-include-again-button = Les inclure à nouveau
import-would-add = Ajouterait
import-added = Ajouté
import-added-lives = { $count ->
    [one] { $count } nouveau LIVE (prolongés : { $extended })
   *[other] { $count } nouveaux LIVE (prolongés : { $extended })
}
import-added-rows = { $count ->
    [one] { $count } ligne
   *[other] { $count } lignes
}
import-amount-coins = Pièces
import-amount-diamonds = Diamants
import-amount-value = Valeur
import-lives-to-create = LIVE à créer ({ $count })
import-lives-created = LIVE créés ({ $count })
import-lives-live = LIVE
import-lives-diamonds = Diamants
import-lives-more = et { $count } autres
import-gap-sentence = Un nouveau LIVE commence après une pause sans cadeaux de { $minutes } minutes
import-gap-aria = Minutes sans cadeaux après lesquelles un nouveau LIVE commence
import-gap-apply-button = Nouvel aperçu
import-gap-invalid = Saisissez un nombre entier de minutes de 1 à 1440
import-fields-field = Champ
import-fields-column = Colonne
import-fields-first = Premières valeurs
import-column-for = Colonne pour { $field }
import-add-field-label = Autre champ
import-add-field-prompt = Lire un autre champ…
import-unfinished-streaks = { $count ->
    [one] { $count } série ne se termine jamais dans le fichier ; elle compte à son plus haut niveau jusqu'à l'import d'une copie plus longue du journal.
   *[other] { $count } séries ne se terminent jamais dans le fichier ; chacune compte à son plus haut niveau jusqu'à l'import d'une copie plus longue du journal.
}
import-streaks-updated = { $count ->
    [one] { $count } série coupée par un import précédent est mise au niveau de ce fichier.
   *[other] { $count } séries coupées par un import précédent sont mises au niveau de ce fichier.
}
import-sections-ignored = Sections non lues : { $sections }.
import-nothing-new = Rien de nouveau à importer.

## Un fichier de jours du TikTok LIVE Center

import-days-figures = { $count ->
    [one] Chiffres du TikTok LIVE Center pour { $count } jour ({ $span }) : { $figures }.
   *[other] Chiffres du TikTok LIVE Center pour { $count } jours ({ $span }) : { $figures }.
}
import-days-figures-no-span = { $count ->
    [one] Chiffres du TikTok LIVE Center pour { $count } jour : { $figures }.
   *[other] Chiffres du TikTok LIVE Center pour { $count } jours : { $figures }.
}
import-days-span = du { $from } au { $to }
import-days-diamonds-note = TikTok indique { $diamonds } sur ces jours. Ils sont conservés à côté de votre registre et jamais ajoutés à votre solde ; comparez-les dans Jours TikTok.
import-days-counts = { $count ->
    [one] { $count } chiffre nouveau, { $unchanged } déjà dans le registre.
   *[other] { $count } chiffres nouveaux, { $unchanged } déjà dans le registre.
}
import-days-replaced-intro = { $count ->
    [one] { $count } chiffre remplace ce que le registre avait :
   *[other] { $count } chiffres remplacent ce que le registre avait :
}
import-days-replaced-item = { $day }, { $figure } : { $was } → { $now }
import-figure-diamonds = diamants
import-figure-live-seconds = durée de LIVE
import-figure-lives = LIVE
import-figure-views = vues
import-figure-unique-viewers = spectateurs uniques
import-figure-avg-watch-seconds = durée moyenne de visionnage
import-figure-peak-concurrent = pic de spectateurs simultanés
import-figure-avg-concurrent = spectateurs simultanés en moyenne
import-figure-gifters = soutiens
import-figure-new-followers = nouveaux abonnés
import-figure-commenters = personnes ayant commenté
import-figure-likes = j'aime
import-figure-shares = partages

## Un fichier qui n'a pas été importé

import-not-imported = Non importé.
import-problems-line = Ligne
import-problems-column = Colonne
import-problems-problem = Problème
import-skip-rows-button = { $count ->
    [one] Ignorer cette ligne, importer le reste
   *[other] Ignorer ces { $count } lignes, importer le reste
}
import-skip-note = Le reste est toujours importé en entier ou pas du tout, exactement comme le montre l'aperçu.
import-too-many = { $count ->
    [one] { $count } ligne a des problèmes : trop pour les ignorer une à une. Corrigez le fichier ou vérifiez que les bonnes colonnes sont choisies.
   *[other] { $count } lignes ont des problèmes : trop pour les ignorer une à une. Corrigez le fichier ou vérifiez que les bonnes colonnes sont choisies.
}
import-no-column = — absent de ce fichier —
import-apply-columns-button = Aperçu avec ces colonnes

## L'historique des importations et l'annulation

import-history-title = Historique des importations
import-history-empty = Aucune importation pour l'instant.
import-history-when = Quand
import-history-file = Fichier
import-history-format = Format
import-history-rows = Lignes ajoutées
import-history-sessions = LIVE
import-history-notes = Remarques
import-history-undo = Annuler
import-history-warnings = { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
}
import-undo-button = Annuler
import-undo-label = Annuler l'importation de { $file }
import-undone = Importation annulée : { $gifts } et { $sessions } supprimés.
import-undone-gifts = { $count ->
    [one] { $count } ligne de cadeaux
   *[other] { $count } lignes de cadeaux
}
import-undone-sessions = { $count ->
    [one] { $count } LIVE
   *[other] { $count } LIVE
}
import-undo-again = Annuler
import-back = L'importation est rétablie
