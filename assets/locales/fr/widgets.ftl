# Éléments communs à toutes les vues : tableaux, boîtes de dialogue, messages
# et choix de la langue.

## Tableaux

widgets-actions = Actions
widgets-show-more = Afficher { $shown } de plus sur { $left }

## Formulaires

widgets-field-error = { $field } : { $error }

## Questions et réponses

widgets-cancel = Annuler
widgets-type-to-confirm = Tapez « { $word } » pour confirmer
widgets-are-you-sure = Êtes-vous sûr(e) ?
widgets-record-anyway = Enregistrer quand même
widgets-nothing-changed = Rien n'a été modifié.
widgets-undo = Annuler
widgets-put-back = Rétabli
widgets-put-back-what = Rétabli : { $what }

## Choix de la langue

widgets-language-system = Langue du système ({ $name })
