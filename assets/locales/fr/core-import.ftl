# Ce que dit une importation : son rapport (ce qui a été lu et ajouté,
# comment le fichier a été lu, ce qui a été ignoré), ses notes et
# avertissements, et pourquoi un fichier a été refusé. Les chiffres arrivent
# écrits comme le rapport les écrit ; $count, $rows, $sessions et $matched
# sont des nombres qui choisissent la forme du pluriel.

## Les premières lignes du rapport : ce qui a été lu et ajouté.

core-import-totals = { $file } ({ $format }) : { $rows ->
        [one] { $rows_read } ligne lue
       *[other] { $rows_read } lignes lues
    }, { $added } ajoutées, { $skipped } ignorées car déjà importées, { $sessions ->
        [one] { $sessions_added } LIVE créé
       *[other] { $sessions_added } LIVE créés
    }, { $matched ->
        [one] { $sessions_matched } LIVE existant complété
       *[other] { $sessions_matched } LIVE existants complétés
    }
core-import-totals-dry-run = aperçu : rien n’a été écrit. { $file } ({ $format }) : { $rows ->
        [one] { $rows_read } ligne lue
       *[other] { $rows_read } lignes lues
    }, { $added } seraient ajoutées, { $skipped } ignorées car déjà importées, { $sessions ->
        [one] { $sessions_added } LIVE serait créé
       *[other] { $sessions_added } LIVE seraient créés
    }, { $matched ->
        [one] { $sessions_matched } LIVE existant serait complété
       *[other] { $sessions_matched } LIVE existants seraient complétés
    }
core-import-adds = ajoute { $coins } pièces, { $diamonds } diamants
# $value : la valeur dans chaque devise, « 12.50 EUR + 3.00 USD ».
core-import-adds-worth = ajoute { $coins } pièces, { $diamonds } diamants, d’une valeur de { $value }

## Comment le fichier a été lu. $encoding : UTF-8, windows-1252 ou une
## feuille (« xlsx sheet 'Gifts' ») ; $delimiter : comma, semicolon, tab ou pipe.

core-import-read-txt = lu comme le téléchargement TXT de TikTok
core-import-read-txt-in = lu comme le téléchargement TXT de TikTok en { $encoding }
core-import-read-json = lu comme JSON
core-import-read-json-in = lu comme JSON en { $encoding }
core-import-read-table = lu en { $encoding }, séparé par des { $delimiter ->
        [comma] virgules
        [semicolon] points-virgules
        [tab] tabulations
        [pipe] barres verticales
       *[other] { $delimiter }
    }, en-tête à la ligne { $line }
core-import-read-table-skipped = lu en { $encoding }, séparé par des { $delimiter ->
        [comma] virgules
        [semicolon] points-virgules
        [tab] tabulations
        [pipe] barres verticales
       *[other] { $delimiter }
    }, en-tête à la ligne { $line } ({ $count ->
        [one] la { $above } ligne au-dessus ignorée
       *[other] les { $above } lignes au-dessus ignorées
    })
core-import-read-sheet = lu comme { $encoding }, en-tête à la ligne { $line } de la feuille
core-import-read-sheet-skipped = lu comme { $encoding }, en-tête à la ligne { $line } de la feuille ({ $count ->
        [one] la { $above } ligne au-dessus ignorée
       *[other] les { $above } lignes au-dessus ignorées
    })
# Suit la ligne précédente : comment les dates sont écrites (« YYYY-MM-DD »).
core-import-read-dates = { " " }; dates { $dates }
# Suit la ligne précédente : comment les nombres sont écrits (« 1.234,5 »).
core-import-read-numbers = { " " }; nombres { $numbers }
# $field : le champ tel que --map le nomme (date, coins…), complété d'espaces ; $samples : les premières valeurs.
core-import-field = { $field } ← colonne { $column } ({ $header }) : { $samples }

## Ce qui a été ignoré : « ignoré : » et une liste.

core-import-skipped = ignoré : { $list }
core-import-skipped-totals = { $count ->
        [one] { $n } ligne de total
       *[other] { $n } lignes de total
    }
core-import-skipped-blank = { $count ->
        [one] { $n } ligne vide
       *[other] { $n } lignes vides
    }
# $kind : le type d'événement tel que le fichier le nomme (like, chat, member…).
core-import-skipped-events = { $count ->
        [one] { $n } événement { $kind }
       *[other] { $n } événements { $kind }
    }
core-import-skipped-summary = { $count ->
        [one] { $n } ligne de synthèse
       *[other] { $n } lignes de synthèse
    }

## Notes : comment le fichier a été lu, là où on voudra le savoir.

core-import-redelivered = { $count ->
        [one] { $n } message que le fichier donnait deux fois (le même id de message) a été compté une fois
       *[other] { $n } messages que le fichier donnait deux fois (le même id de message) ont été comptés une fois
    }
core-import-streak-steps = { $count ->
        [one] { $n } étape de série a été intégrée au total final de sa série
       *[other] { $n } étapes de série ont été intégrées au total final de leur série
    }
core-import-unfinished-streaks = { $count ->
        [one] avertissement : { $n } série ne se termine jamais dans le fichier ; elle a été comptée à son plus haut total
       *[other] avertissement : { $n } séries ne se terminent jamais dans le fichier ; chacune a été comptée à son plus haut total
    }
core-import-summary-block = { $count ->
        [one] bloc de synthèse de { $n } ligne ignoré à la ligne { $first } : sous le tableau, sans date là où va la date
       *[other] bloc de synthèse de { $n } lignes ignoré à la ligne { $first } : sous le tableau, sans date là où va la date
    }
core-import-summary-block-lines = { $count ->
        [one] bloc de synthèse de { $n } ligne ignoré aux lignes { $first }–{ $last } : sous le tableau, sans date là où va la date
       *[other] bloc de synthèse de { $n } lignes ignoré aux lignes { $first }–{ $last } : sous le tableau, sans date là où va la date
    }
core-import-price-coins = le prix de chaque cadeau est lu dans la colonne { $coins_column } ({ $coins_header }), ses pièces ; la colonne { $diamonds_column } ({ $diamonds_header }) n’est lue que là où une ligne ne donne pas de pièces
core-import-price-total-diamonds = le prix de chaque cadeau est lu dans la colonne { $diamonds_column } ({ $diamonds_header }) : le total de diamants de la ligne divisé par sa quantité (les diamants d’un cadeau sont son prix en pièces)
core-import-price-diamonds = le prix de chaque cadeau est lu dans la colonne { $diamonds_column } ({ $diamonds_header }) : les diamants d’un cadeau sont son prix en pièces, comme les outils de LIVE écrivent diamondCount
# $saved : le jour où la correspondance a été gardée ; $name : le fichier pour lequel elle a été faite.
core-import-mapping-used = votre correspondance du { $saved } / { $name } a été utilisée : { $mapping }

## Avertissements : ce qu'il faut vérifier avant de se fier aux totaux.

core-import-warning = avertissement : { $warning }
core-import-left-out = { $count ->
        [one] { $n } ligne avec des problèmes laissée de côté, comme vous l’avez choisi ; le reste a été importé
       *[other] { $n } lignes avec des problèmes laissées de côté, comme vous l’avez choisi ; le reste a été importé
    }
core-import-windows-1252 = le fichier n’est pas en UTF-8 ; il a été lu en Windows-1252 (Latin-1) : vérifiez que les noms accentués s’affichent bien
# $max × $coins : le plus haut total de la série et le prix de son cadeau.
core-import-streak-unended = ligne { $line } : la série de { $gift } ne se termine jamais dans le fichier ; comptée comme { $max } × { $coins } pièces (son plus haut total) et marquée estimée
core-import-streak-unended-from = ligne { $line } : la série de { $gift } de { $sender } ne se termine jamais dans le fichier ; comptée comme { $max } × { $coins } pièces (son plus haut total) et marquée estimée
core-import-streaks-more = d’autres séries ne se terminent jamais ; voyez les lignes marquées estimées
# $column : la colonne qui dirait où une série se termine (repeatEnd).
core-import-streak-steps-uncounted = { $count ->
        [one] { $n } ligne ressemble à une étape de série (même expéditeur et même cadeau, quantité supérieure d’un à la ligne précédente) mais aucune colonne { $column } n’est lue, donc chaque étape compte ; si le fichier a des colonnes de série, choisissez les colonnes de fin de série et de type de cadeau (CLI: --map repeat_end=COLUMN,gift_type=COLUMN)
       *[other] { $n } lignes ressemblent à des étapes de série (même expéditeur et même cadeau, quantité supérieure d’un à la ligne précédente) mais aucune colonne { $column } n’est lue, donc chaque étape compte ; si le fichier a des colonnes de série, choisissez les colonnes de fin de série et de type de cadeau (CLI: --map repeat_end=COLUMN,gift_type=COLUMN)
    }

## Les dernières lignes du rapport.

core-import-sections-ignored = sections ignorées : { $sections }
core-import-streaks-updated = { $count ->
        [one] { $n } série qu’une importation précédente avait coupée a été portée au total de ce fichier
       *[other] { $n } séries qu’une importation précédente avait coupées ont été portées au total de ce fichier
    }
core-import-undo = importation { $id } — annulez-la avec `liveledger imports undo { $id }`

## Un fichier de jours du TikTok LIVE Center. $figures : leurs noms (diamonds, likes…).

core-import-days = { $count ->
        [one] chiffres de TikTok pour { $n } jour : { $figures }
       *[other] chiffres de TikTok pour { $n } jours : { $figures }
    }
core-import-days-on = { $count ->
        [one] chiffres de TikTok pour { $n } jour, le { $first } : { $figures }
       *[other] chiffres de TikTok pour { $n } jours, le { $first } : { $figures }
    }
core-import-days-range = { $count ->
        [one] chiffres de TikTok pour { $n } jour, du { $first } au { $last } : { $figures }
       *[other] chiffres de TikTok pour { $n } jours, du { $first } au { $last } : { $figures }
    }
core-import-days-diamonds = TikTok indique { $diamonds } diamants sur ces jours : gardés à côté du registre, jamais ajoutés au solde (comparez avec `liveledger days`)
core-import-days-figures = { $count ->
        [one] { $added } chiffre nouveau, { $unchanged } déjà présents
       *[other] { $added } chiffres nouveaux, { $unchanged } déjà présents
    }
core-import-days-replaces = remplace { $figure } de TikTok du { $day } : { $was } → { $now }
core-import-days-more = { $count ->
        [one] … et { $n } autre chiffre remplacé
       *[other] … et { $n } autres chiffres remplacés
    }

## Un fichier refusé : rien n'a été importé.

# $map : la correspondance à donner ; $columns : chaque colonne avec ses premières valeurs, une par ligne.
core-import-unknown-format = { $file } : impossible de savoir ce que contient ce fichier d’après son en-tête ({ $header }, ligne { $line }) ; nommez les colonnes avec --map { $map }{ $columns }
core-import-unknown-format-columns = { $file } : impossible de savoir ce que contient ce fichier d’après son en-tête ({ $header }, ligne { $line }) ; nommez les colonnes avec --map { $map }
    ses colonnes :{ $columns }
core-import-rows = { $file } : { $count ->
        [one] { $n } problème
       *[other] { $n } problèmes
    }, rien n’a été importé :
core-import-problem = ligne { $line } : { $problem }
core-import-problem-column = ligne { $line }, colonne { $column } ({ $header }) : { $problem }
core-import-problems-more = { $count ->
        [one] … et { $n } autre
       *[other] … et { $n } autres
    }
core-import-problem-open-quote = un champ s’étend sur plusieurs lignes : un guillemet (") n’est sans doute pas fermé
core-import-problem-dates-mixed = les dates mélangent l’ordre jour-mois (ligne { $day_first }) et mois-jour (ligne { $month_first }) ; écrivez-les sous la forme AAAA-MM-JJ
core-import-problem-dates-ambiguous = des dates comme 01/02/2026 peuvent être jour-mois ou mois-jour et aucune date du fichier ne tranche ; écrivez-les sous la forme AAAA-MM-JJ

## Un fichier refusé tel que la fenêtre le dit : la fenêtre liste les lignes
## et propose les colonnes.

core-import-page-choose-columns = { $file } : LiveLedger ne sait pas quelle colonne contient quoi. Choisissez ci-dessous une colonne pour chaque champ.
core-import-page-one-column = { $file } : LiveLedger ne sait pas ce que contient ce fichier : il n’a qu’une colonne, pas un tableau de cadeaux.
core-import-page-rows = { $file } : { $count ->
        [one] { $n } ligne a un problème ;
       *[other] { $n } lignes ont des problèmes ;
    } rien n’a été importé
