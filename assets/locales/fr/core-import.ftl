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
core-import-unknown-format = { $file } : impossible de savoir ce que contient ce fichier d’après son en-tête ({ $known ->
        [none] aucun nom de colonne connu de LiveLedger
       *[other] noms connus : { $header }
    }, ligne { $line }) ; nommez les colonnes avec --map { $map }{ $columns }
core-import-unknown-format-columns = { $file } : impossible de savoir ce que contient ce fichier d’après son en-tête ({ $known ->
        [none] aucun nom de colonne connu de LiveLedger
       *[other] noms connus : { $header }
    }, ligne { $line }) ; nommez les colonnes avec --map { $map }
    ses colonnes :{ $columns }
core-import-rows = { $file } : { $count ->
        [one] { $n } problème
       *[other] { $n } problèmes
    }, rien n’a été importé :
core-import-column = colonne { $n } '{ $header }' : { $values }
core-import-column-empty = colonne { $n } '{ $header }' : (vide)
core-import-columns-more = { $count ->
        [one] … et { $n } colonne de plus
       *[other] … et { $n } colonnes de plus
    }
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

## Les mots propres d’une ligne en faute, après « ligne N, colonne C (nom) : ».
## $text : le contenu de la cellule, raccourci.

# $problem: missing, fraction, negative, other.
core-import-what-diamonds = { $problem ->
        [missing] attendu : un nombre de diamants, rien trouvé
        [fraction] attendu : un nombre de diamants, trouvé '{ $text }', qui a une partie décimale
        [negative] attendu : 0 diamant ou plus, trouvé { $text }
       *[other] attendu : un nombre de diamants, trouvé '{ $text }'
    }
core-import-what-peak-viewers = { $problem ->
        [missing] attendu : un pic de spectateurs, rien trouvé
        [fraction] attendu : un pic de spectateurs, trouvé '{ $text }', qui a une partie décimale
        [negative] attendu : un pic de spectateurs (0 ou plus), trouvé { $text }
       *[other] attendu : un pic de spectateurs, trouvé '{ $text }'
    }
core-import-what-viewers = { $problem ->
        [missing] attendu : un nombre de spectateurs, rien trouvé
        [fraction] attendu : un nombre de spectateurs, trouvé '{ $text }', qui a une partie décimale
        [negative] attendu : un nombre de spectateurs (0 ou plus), trouvé { $text }
       *[other] attendu : un nombre de spectateurs, trouvé '{ $text }'
    }
core-import-what-likes = { $problem ->
        [missing] attendu : un nombre de j’aime, rien trouvé
        [fraction] attendu : un nombre de j’aime, trouvé '{ $text }', qui a une partie décimale
        [negative] attendu : un nombre de j’aime (0 ou plus), trouvé { $text }
       *[other] attendu : un nombre de j’aime, trouvé '{ $text }'
    }
core-import-what-followers = { $problem ->
        [missing] attendu : un nombre d’abonnés, rien trouvé
        [fraction] attendu : un nombre d’abonnés, trouvé '{ $text }', qui a une partie décimale
        [negative] attendu : un nombre d’abonnés (0 ou plus), trouvé { $text }
       *[other] attendu : un nombre d’abonnés, trouvé '{ $text }'
    }
core-import-what-gifters = { $problem ->
        [missing] attendu : un nombre de soutiens, rien trouvé
        [fraction] attendu : un nombre de soutiens, trouvé '{ $text }', qui a une partie décimale
        [negative] attendu : un nombre de soutiens (0 ou plus), trouvé { $text }
       *[other] attendu : un nombre de soutiens, trouvé '{ $text }'
    }
core-import-what-gift-price = { $problem ->
        [missing] attendu : le prix du cadeau en pièces, rien trouvé
        [fraction] attendu : le prix du cadeau en pièces, trouvé '{ $text }', qui a une partie décimale
        [negative] attendu : le prix du cadeau en pièces (0 ou plus), trouvé { $text }
       *[other] attendu : le prix du cadeau en pièces, trouvé '{ $text }'
    }
core-import-what-repeat-count = { $problem ->
        [missing] attendu : un nombre de répétitions, rien trouvé
        [fraction] attendu : un nombre de répétitions, trouvé '{ $text }', qui a une partie décimale
        [negative] attendu : un nombre de répétitions (0 ou plus), trouvé { $text }
       *[other] attendu : un nombre de répétitions, trouvé '{ $text }'
    }
core-import-what-gift-type = { $problem ->
        [missing] attendu : un numéro de type de cadeau, rien trouvé
        [fraction] attendu : un numéro de type de cadeau, trouvé '{ $text }', qui a une partie décimale
        [negative] attendu : un numéro de type de cadeau (0 ou plus), trouvé { $text }
       *[other] attendu : un numéro de type de cadeau, trouvé '{ $text }'
    }
core-import-what-whole-count = { $problem ->
        [missing] attendu : un nombre entier, rien trouvé
        [fraction] attendu : un nombre entier, trouvé '{ $text }', qui a une partie décimale
        [negative] attendu : un nombre entier (0 ou plus), trouvé { $text }
       *[other] attendu : un nombre entier, trouvé '{ $text }'
    }
core-import-what-whole-coins = { $problem ->
        [missing] attendu : un nombre entier de pièces, rien trouvé
        [fraction] attendu : un nombre entier de pièces, trouvé '{ $text }', qui a une partie décimale
        [negative] attendu : 0 pièce ou plus, trouvé { $text }
       *[other] attendu : un nombre entier de pièces, trouvé '{ $text }'
    }
core-import-what-whole-diamonds = { $problem ->
        [missing] attendu : un nombre entier de diamants, rien trouvé
        [fraction] attendu : un nombre entier de diamants, trouvé '{ $text }', qui a une partie décimale
        [negative] attendu : 0 diamant ou plus, trouvé { $text }
       *[other] attendu : un nombre entier de diamants, trouvé '{ $text }'
    }
core-import-what-day-figure = { $problem ->
        [missing] attendu : un nombre ({ $figure }), rien trouvé
        [fraction] attendu : un nombre ({ $figure }), trouvé '{ $text }', qui a une partie décimale
        [negative] attendu : un nombre ({ $figure }) (0 ou plus), trouvé { $text }
       *[other] attendu : un nombre ({ $figure }), trouvé '{ $text }'
    }

core-import-cell-no-date = attendu : une date/heure, rien trouvé
core-import-cell-no-day = attendu : un jour, rien trouvé
core-import-cell-no-gift = attendu : un nom de cadeau, rien trouvé
# La cellule du cadeau ne contenait que des espaces ou des caractères de contrôle.
core-import-cell-gift-blank = attendu : un nom de cadeau
core-import-cell-date = attendu : une date/heure telle que 2026-03-01 20:00, 01/03/2026 20:00, 01.03.2026 ou 1772395200000, trouvé '{ $text }'
core-import-cell-epoch = '{ $text }' n’est pas un temps epoch que LiveLedger sait lire
core-import-cell-not-a-calendar-date = '{ $text }' n’est pas une date du calendrier
# $time : ce que dit la colonne de l’heure.
core-import-cell-time-twice = la date '{ $text }' a sa propre heure et la colonne de l’heure indique '{ $time }'
core-import-cell-time-column = attendu : une heure telle que 20:05 ou 8:05 PM dans la colonne de l’heure, trouvé '{ $text }'
core-import-cell-day-with-time = attendu : un jour tel que 2026-11-12, trouvé '{ $text }' avec une heure : les fichiers de TikTok LIVE Center donnent une ligne par jour
core-import-cell-iso-day = attendu : AAAA-MM-JJ, trouvé '{ $text }'
core-import-cell-end-time = attendu : une heure de fin telle que 2026-03-01 21:30 ou 21:30, trouvé '{ $text }'
core-import-cell-end-needs-start = une fin donnée comme heure du jour exige un début écrit AAAA-MM-JJ
core-import-cell-duration = attendu : une durée d’une semaine au plus telle que 90, 1:30:00 ou 1h 30m, trouvé '{ $text }'
core-import-cell-seconds = attendu : un temps tel que 5400, 1:30:00 ou 1h 30m, trouvé '{ $text }'
core-import-cell-not-a-number = attendu : un nombre, trouvé '{ $text }'
core-import-cell-whole-number = attendu : un nombre entier, trouvé '{ $text }'
core-import-cell-money = attendu : un montant, trouvé '{ $text }'
core-import-cell-negative = attendu : 0 ou plus, trouvé '{ $text }'
core-import-cell-too-large = '{ $text }' dépasse ce qu’un registre peut compter
# $n × $coins : le nombre d’une ligne et le prix de son cadeau.
core-import-cell-total-too-large = { $n } × { $coins } pièces dépasse ce qu’un registre peut compter
# $thousands et $decimal : le chiffre lu avec le séparateur comme milliers, puis comme virgule décimale.
core-import-cell-ambiguous-number = '{ $text }' pourrait valoir { $thousands } ou { $decimal } ; écrivez-le avec deux décimales ou sans séparateur de milliers
core-import-cell-true-false = attendu : true ou false, trouvé '{ $text }'
# $field : le nom du champ de prix dans le journal (diamondCount).
core-import-cell-no-price = l’événement ne donne aucun prix pour '{ $gift }' ({ $field } ou un autre champ de prix) et le catalogue de cadeaux ne le connaît pas ; ajoutez-le au catalogue ou indiquez le champ de prix
core-import-cell-price-negative = attendu : un prix de 0 pièce ou plus, trouvé { $text }
core-import-cell-repeat-count-below-one = attendu : un nombre de répétitions de 1 ou plus, trouvé { $text }
core-import-cell-count-below-one = attendu : une quantité de 1 ou plus, trouvé { $text }
# $cell : la quantité écrite dans la cellule du cadeau (Rose x5) ; $column : celle de la colonne de quantité.
core-import-cell-count-conflict = la cellule du cadeau '{ $text }' indique { $cell } mais la colonne de quantité indique { $column } : lequel est juste ?
# $n : la quantité de la ligne ; $each : le prix d’un cadeau au catalogue ; $column : l’en-tête de la colonne.
core-import-cell-diamonds-look-total = { $diamonds } diamants, c’est { $n } × { $gift } ({ $each } chacun au catalogue) : cette colonne ressemble au total de la ligne, pas au prix d’un cadeau ; lisez-la comme le total de diamants de la ligne (CLI : --map total_diamonds={ $column })
core-import-cell-total-looks-each = { $diamonds } diamants pour { $n } × { $gift }, c’est le prix d’un seul au catalogue ({ $each }) : cette colonne ressemble au prix d’un cadeau, pas au total de la ligne ; lisez-la comme des diamants par cadeau (CLI : --map diamonds={ $column })
core-import-cell-total-not-divisible = un total de { $diamonds } diamants ne se divise pas par la quantité { $n } : est-ce le prix d’un seul cadeau ?
core-import-cell-gift-unknown = le cadeau '{ $gift }' n’est pas dans le catalogue de cadeaux et la ligne ne donne ni pièces ni diamants ; ajoutez-le au catalogue ou ajoutez une colonne de pièces
core-import-cell-too-long = { $count ->
        [one] fait { $n } caractère ; le registre en garde au plus { $max }
       *[other] fait { $n } caractères ; le registre en garde au plus { $max }
    }
core-import-cell-too-many-days = un fichier de TikTok LIVE Center donne une ligne par jour ; plus de { $max } lignes, ce n’en est pas un
# L’export de LiveLedger lui-même. $name : sa colonne (session_ref, gift_name…).
core-import-cell-value-missing = attendu : une valeur pour { $name }, rien trouvé
core-import-cell-coins-missing = attendu : des pièces, rien trouvé
core-import-cell-coins-count = attendu : pièces ≥ 0 et quantité ≥ 1, trouvé { $coins } et { $n }
core-import-cell-record-kind = attendu : session, gift, withdrawal, adjustment ou rate, trouvé '{ $text }'
core-import-cell-no-format = aucun format choisi
# Une vérification du registre refuse une valeur. $field : son nom tel que le registre la nomme.
core-import-cell-field-end-before-start = { $field } : est avant le début
core-import-cell-field-year = { $field } : date de { $from } à { $to } attendue, trouvé une date de l’année { $year } (une faute de frappe ?)
core-import-cell-field-negative-got = { $field } : ne doit pas être négatif (reçu : { $text })
core-import-cell-field-not-negative = { $field } : ne doit pas être négatif
core-import-cell-field-count-too-large = { $field } : { $text } dépasse ce qu’un enregistrement accepte
core-import-cell-field-too-large = { $field } : { $text } dépasse ce qu’un enregistrement accepte (au plus { $max })
core-import-cell-field-decimal-places = { $field } : { $text } a plus de { $count } décimales
# Une vérification pour laquelle l’import n’a pas de mots à lui : son texte anglais.
core-import-cell-other = { $text }

## Une colonne ou un jour en faute dans son ensemble.

core-import-problem-numbers-both = la colonne utilise '{ $sep }' à la fois pour grouper les milliers (ligne { $group_line } : '{ $group }') et comme virgule décimale (ligne { $decimal_line } : '{ $decimal }') ; écrivez ses nombres d’une seule façon
core-import-problem-numbers-points = la colonne mélange les séparateurs décimaux : '.' (ligne { $dot_line } : '{ $dot }') et ',' (ligne { $comma_line } : '{ $comma }') ; écrivez ses nombres d’une seule façon
core-import-problem-numbers-thousands = la colonne écrit les milliers à la fois comme '{ $dot }' (ligne { $dot_line }) et comme '{ $comma }' (ligne { $comma_line }) : l’un des deux serait une fraction ; écrivez ses nombres d’une seule façon
core-import-problem-rewards-ambiguous = '{ $text }' pourrait valoir { $thousands } ou { $decimal } et aucune autre valeur de la colonne ne tranche ; écrivez les montants avec deux décimales (1234.00 ou 1234,00) ou sans séparateur de milliers
core-import-problem-day-twice = { $day } est donné deux fois avec des { $figure } différents ({ $was } à la ligne { $line }, { $now } ici)
core-import-problem-mixed-encoding = n’est pas du texte UTF-8 valide, alors que les lignes précédentes le sont : le fichier mélange les encodages (enregistrez-le en UTF-8)
core-import-problem-sheet-wide = a une valeur après la colonne { $max } ; un tableau que LiveLedger lit a au plus { $max } colonnes

core-import-json-not-event = attendu : un événement (un objet JSON), trouvé { $kind ->
        [null] null
        [bool] true ou false
        [number] un nombre
        [text] du texte
        [array] un tableau
       *[object] un objet
    }
core-import-json-not-scalar = attendu : un nombre ou du texte, trouvé { $kind ->
        [null] null
        [bool] true ou false
        [number] un nombre
        [text] du texte
        [array] un tableau
       *[object] un objet
    }
core-import-json-value-too-long = attendu : une valeur pour { $field }, trouvé '{ $text }'
core-import-json-event-too-large = { $n } × { $coins } pièces dépasse ce que peut valoir un événement de cadeau (au plus { $max } pièces)

## Un fichier, son en-tête ou ses options que LiveLedger ne peut pas
## utiliser : rien n’a été importé. Chaque message commence par le nom du fichier, $file.

core-import-file-empty = { $file } : le fichier est vide
core-import-file-no-header = { $file } : le fichier n’a pas de ligne d’en-tête
core-import-file-skip-rows-all = { $file } : --skip-rows { $n } saute toutes les lignes du début du fichier
core-import-file-columns = { $file } : ligne { $line } : l’en-tête a { $n } colonnes ; un tableau que LiveLedger lit en a au plus { $max }
core-import-file-sheet-columns = { $file } : ligne { $line } : l’en-tête a plus de { $max } colonnes ; un tableau que LiveLedger lit en a au plus { $max }
core-import-file-not-utf8 = { $file } : ligne { $line } : ce n’est pas du texte UTF-8 valide (enregistrez le fichier en UTF-8)
core-import-file-utf32 = { $file } : c’est du texte { $encoding }, que LiveLedger ne lit pas : enregistrez-le en UTF-8 (ou UTF-16)
core-import-file-no-rows = { $file } : aucune ligne à importer : le fichier a un en-tête (ligne { $line }) et rien en dessous
core-import-file-skip-lines = { $file } : { $count ->
        [one] { $n } ligne à laisser de côté ; au plus { $max }
       *[other] { $n } lignes à laisser de côté ; au plus { $max }
    }
core-import-file-no-mapping = { $file } : aucune correspondance enregistrée nommée '{ $name }'
core-import-file-not-a-sheet = { $file } : ce n’est pas un classeur (.xlsx, .xls ou .ods) : --sheet désigne une feuille d’un classeur
core-import-file-export-not-sheet = { $file } : c’est le téléchargement de données de TikTok, pas un classeur : --sheet désigne une feuille d’un classeur
core-import-file-export-not-table = { $file } : c’est le téléchargement de données de TikTok, pas un tableau { $format } (importez-le tel que son contenu est reconnu ; CLI : --format auto ou tiktok-data)
core-import-file-sheet-not-export = { $file } : c’est un classeur, pas le téléchargement de données de TikTok (importez-le tel que son contenu est reconnu ; CLI : --format auto)
core-import-file-sheet-not-liveledger = { $file } : c’est un classeur ; l’export de LiveLedger se lit comme le CSV qu’il a écrit
core-import-file-sheet-empty = { $file } : la feuille '{ $sheet }' est vide
core-import-file-no-record = { $file } : un export LiveLedger doit avoir une colonne 'record'
core-import-file-events-need = { $file } : un journal d’événements de cadeaux doit avoir une colonne pour { $missing } (ses colonnes : { $known ->
        [none] aucun nom de colonne connu de LiveLedger
       *[other] noms connus : { $columns }
    }) ; choisissez quelle colonne contient quoi (CLI : --map)
core-import-file-table-need = { $file } : un tableau de cadeaux doit avoir une colonne pour { $missing } (ses colonnes : { $known ->
        [none] aucun nom de colonne connu de LiveLedger
       *[other] noms connus : { $columns }
    }) ; choisissez quelle colonne contient quoi (CLI : --map)
core-import-file-sessions-need = { $file } : un récapitulatif de LIVE doit avoir une colonne pour { $missing } (ses colonnes : { $known ->
        [none] aucun nom de colonne connu de LiveLedger
       *[other] noms connus : { $columns }
    }) ; choisissez quelle colonne contient quoi (CLI : --map)
core-import-file-days-need = { $file } : un fichier de TikTok LIVE Center doit avoir une colonne pour { $missing } (ses colonnes : { $known ->
        [none] aucun nom de colonne connu de LiveLedger
       *[other] noms connus : { $columns }
    }) ; choisissez quelle colonne contient quoi (CLI : --map)
core-import-file-days-no-figures = { $file } : un fichier de TikTok LIVE Center doit avoir une colonne de chiffres (diamants, durée de LIVE, vues, j’aime…) à côté de sa date (ses colonnes : { $known ->
        [none] aucun nom de colonne connu de LiveLedger
       *[other] noms connus : { $columns }
    })
core-import-file-events-no-gift = { $file } : un journal d’événements de cadeaux doit avoir une colonne { $name } ou { $id }
core-import-file-map-pair = { $file } : '{ $text }' n’a pas la forme champ=Colonne
core-import-file-map-field = { $file } : '{ $text }' n’est pas un champ (champs : { $fields })
core-import-file-map-no-column = { $file } : le fichier n’a pas de colonne '{ $text }' (ses colonnes : { $known ->
        [none] aucun nom de colonne connu de LiveLedger
       *[other] noms connus : { $columns }
    })
core-import-file-map-long = { $file } : la correspondance fait { $n } octets ; au plus { $max } (CLI : --map)
core-import-file-map-event-field = { $file } : { $text } n’est pas un champ d’un événement de cadeau (champs : { $fields })
core-import-file-map-path = { $file } : '{ $text }' n’est pas un chemin JSON (des clés reliées par des points, comme user.uniqueId)
core-import-file-map-json = { $file } : une correspondance n’est enregistrée que pour les fichiers CSV ; les champs d’un fichier JSON se nomment par chemin, p. ex. coins=giftValue,sender=user.uniqueId (CLI : --mapping-name concerne les fichiers CSV)
core-import-file-json-none = { $file } : aucun événement de cadeau à importer parmi { $n } valeurs JSON
core-import-file-json-none-skipped = { $file } : aucun événement de cadeau à importer parmi { $n } valeurs JSON (ignorés : { $skipped })
core-import-file-json-array = { $file } : ne contient aucun événement de cadeau et n’est pas l’export de données de TikTok : c’est un tableau de { $count ->
        [one] { $n } objet
       *[other] { $n } objets
    } dont les clés sont { $keys }. LiveLedger lit les événements de cadeaux ({ $id }, { $coins }, { $repeat }…) et le « Télécharger vos données » de TikTok ; pour les événements de votre propre enregistreur, indiquez le chemin de chaque champ (CLI : --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)
core-import-file-json-object = { $file } : ne contient aucun événement de cadeau et n’est pas l’export de données de TikTok : c’est un objet JSON dont les clés sont { $keys }. LiveLedger lit les événements de cadeaux ({ $id }, { $coins }, { $repeat }…) et le « Télécharger vos données » de TikTok ; pour les événements de votre propre enregistreur, indiquez le chemin de chaque champ (CLI : --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)
core-import-file-json-lines = { $file } : ne contient aucun événement de cadeau et n’est pas l’export de données de TikTok : c’est { $count ->
        [one] { $n } valeur
       *[other] { $n } valeurs
    } (JSON Lines), des objets dont les clés sont { $keys }. LiveLedger lit les événements de cadeaux ({ $id }, { $coins }, { $repeat }…) et le « Télécharger vos données » de TikTok ; pour les événements de votre propre enregistreur, indiquez le chemin de chaque champ (CLI : --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH)

core-import-tiktok-not-text = attendu : du texte, trouvé une liste ou un objet
core-import-tiktok-text-long = attendu : au plus { $max } caractères, trouvé '{ $text }'
core-import-tiktok-count = attendu : un nombre entier de 0 à { $max }, trouvé '{ $text }'
core-import-tiktok-diamonds-money = attendu : des diamants ; ceci est un montant d’argent, que LiveLedger ne reconvertit pas en diamants, trouvé '{ $text }'
core-import-tiktok-diamonds = attendu : un nombre de diamants, trouvé '{ $text }'
core-import-tiktok-diamonds-range = attendu : de 0 à { $max } diamants, trouvé '{ $text }'
core-import-tiktok-money-currency = attendu : un montant en { $currency } (la devise du taux), trouvé '{ $text }'
core-import-tiktok-money = attendu : un montant tel que 10.50, trouvé '{ $text }'
core-import-tiktok-money-range = attendu : un montant de 0 à { $max }, trouvé '{ $text }'
core-import-tiktok-duration = attendu : une durée d’au plus 7 jours telle que 1:30:00, 1h 30m ou un nombre de secondes, trouvé '{ $text }'
core-import-tiktok-not-live = attendu : un LIVE (un objet JSON)
core-import-tiktok-no-start = attendu : LiveStartTime (le début du LIVE), rien trouvé
core-import-tiktok-ends-before = le LIVE se termine avant de commencer
core-import-tiktok-status = attendu : un statut tel que completed, pending, failed ou cancelled, trouvé '{ $text }'
core-import-tiktok-no-date = attendu : la date (Date) du retrait, rien trouvé
core-import-tiktok-no-rate = aucun taux n’est fixé pour ce jour ; ajoutez-en un avec `liveledger rates add`
core-import-tiktok-money-to-diamonds = impossible de convertir ce montant en diamants au montant par diamant du taux
core-import-tiktok-no-amount = attendu : les diamants (Diamonds) ou le montant (Amount) du retrait, aucun des deux trouvé
core-import-tiktok-withdrawal-range = attendu : un retrait de plus de 0 et d’au plus { $max } diamants, trouvé { $text }
core-import-tiktok-too-many-to-value = { $text } diamants, c’est trop pour les évaluer
core-import-tiktok-fee-above = les frais de { $fee } dépassent la valeur du retrait, { $gross }
core-import-tiktok-not-wallet = attendu : une entrée du portefeuille (un objet JSON)

## A container (a zip, an OLE file), a spreadsheet or TikTok's data download
## LiveLedger does not read. $error stays in English (the system's, the zip
## reader's or the spreadsheet reader's words).

core-import-file-cannot-read = { $file } : lecture impossible : { $error }
core-import-file-error = { $file } : { $error }
core-import-file-too-large = { $file } : dépasse { $max } Mio ; non lu
core-import-file-zip-unreadable = { $file } : n’est pas une archive ZIP lisible ({ $error })
core-import-file-zip-many = { $file } : liste plus de fichiers que n’en contient l’export de TikTok ou un classeur (au plus { $max }) ; non lu
core-import-file-ole-unreadable = { $file } : est un fichier composé OLE illisible ; LiveLedger lit les fichiers CSV et JSON, le téléchargement de données de TikTok (.zip) et les classeurs (.xlsx, .xls, .ods)
core-import-file-word = { $file } : est un document Word ; LiveLedger lit les fichiers CSV et JSON, le téléchargement de données de TikTok (.zip) et les classeurs (.xlsx, .xls, .ods)
core-import-file-ole-no-workbook = { $file } : est un fichier composé OLE sans classeur (ses flux : { $streams }) ; LiveLedger lit les fichiers CSV et JSON, le téléchargement de données de TikTok (.zip) et les classeurs (.xlsx, .xls, .ods)
core-import-file-ole-broken = { $file } : est un fichier composé OLE (comme les .xls) illisible : { $error } ; LiveLedger lit les fichiers CSV et JSON, le téléchargement de données de TikTok (.zip) et les classeurs (.xlsx, .xls, .ods)
core-import-file-odf-not-sheet = { $file } : est un fichier OpenDocument qui n’est pas un classeur ({ $mimetype }) ; LiveLedger lit les fichiers CSV et JSON, le téléchargement de données de TikTok (.zip) et les classeurs (.xlsx, .xls, .ods)
core-import-file-zip-other = { $file } : est { $count ->
        [0] un ZIP vide
        [one] un ZIP de { $n } fichier : { $names }
       *[other] un ZIP de { $n } fichiers : { $names }
    } : ni le téléchargement de données de TikTok ni un classeur ; LiveLedger lit les fichiers CSV et JSON, le téléchargement de données de TikTok (.zip) et les classeurs (.xlsx, .xls, .ods)
core-import-file-zip-no-export = { $file } : est { $count ->
        [0] un ZIP vide
        [one] un ZIP de { $n } fichier : { $names }
       *[other] un ZIP de { $n } fichiers : { $names }
    } : ni l’export JSON de TikTok (user_data.json) ni ses fichiers TXT
core-import-file-zip-not-tiktok = { $file } : n’est pas une archive ZIP telle que TikTok l’envoie ({ $error })
core-import-file-unpack-ratio = { $file } : { $entry } se décompresse à plus de { $ratio } fois sa taille compressée : ce n’est pas l’export de TikTok ; non lu
core-import-file-unpack-past = { $file } : { $entry } se décompresse au-delà de { $max } Gio (avec les fichiers qui le précèdent) ; non lu
core-import-file-export-skip-lines = { $file } : est le téléchargement de données de TikTok : ses entrées ne peuvent pas être écartées une à une
core-import-file-not-read = { $file } : n’a pas été lu
core-import-file-export-no-lists = { $file } : ne contient ni historique de LIVE ni retraits du portefeuille (ses sections : { $count ->
        [0] aucune
       *[other] { $sections }
    }) ; est-ce l’export « Télécharger vos données » de TikTok ?
core-import-file-not-regular = { $file } : est { $what ->
        [folder] un dossier
        [fifo] un tube nommé (FIFO)
        [device] un périphérique
        [socket] un socket
       *[other] autre chose qu’un fichier ordinaire
    } : seul un fichier ordinaire peut être importé
core-import-file-sheet-memory = { $file } : { $what ->
        [strings] ses chaînes partagées demanderaient
       *[sheets] ses feuilles demanderaient
    } plus de { $max } Mio de mémoire à lire ; non lu (enregistrez la feuille en CSV pour l’importer)
core-import-file-sheet-part = { $file } : impossible de lire '{ $part }' ({ $error })
core-import-file-sheet-ratio = { $file } : '{ $part }' se décompresse à plus de { $ratio } fois sa taille compressée : ce n’est pas un classeur ; non lu
core-import-file-sheet-unpacks = { $file } : se décompresse à plus de { $max } Gio ; non lu
core-import-file-sheet-long-run = { $file } : '{ $part }' contient un texte ou une balise de plus de { $max } Mio : ce n’est pas un classeur que LiveLedger lit ; non lu
core-import-file-sheet-strings-unreadable = { $file } : impossible de lire les chaînes partagées ({ $error })
core-import-file-sheet-strings-declared = { $file } : annonce plus de chaînes partagées qu’il n’en contient : classeur endommagé ; non lu
core-import-file-sheet-not-xml = { $file } : son contenu n’est pas du XML lisible ({ $error })
core-import-file-xls-large = { $file } : est un .xls de plus de { $max } Mio ; non lu (enregistrez-le en .xlsx ou en CSV)
core-import-file-xls-unreadable = { $file } : n’est pas un .xls lisible ({ $error })
core-import-file-xls-rows = { $file } : annonce une feuille dont la dernière ligne précède la première : .xls endommagé ; non lu
core-import-file-workbook-unreadable = { $file } : n’est pas un classeur .{ $kind } lisible ({ $error })
core-import-file-sheet-unreadable = { $file } : impossible de lire la feuille '{ $sheet }' ({ $error })
core-import-file-sheet-row-unreadable = { $file } : ligne { $row } : impossible de lire la feuille ({ $error })
core-import-file-sheet-rows-order = { $file } : ligne { $row } : les lignes de la feuille ne sont pas dans l’ordre ; non lu
core-import-file-no-such-sheet = { $file } : n’a pas de feuille nommée '{ $sheet }' (ses feuilles : { $count ->
        [0] aucune
       *[other] { $sheets }
    })
core-import-file-no-sheet-data = { $file } : n’a aucune feuille avec des données (ses feuilles : { $count ->
        [0] aucune
       *[other] { $sheets }
    })
core-import-file-nothing-skipped = { $file } : aucune ligne à importer ; ignoré : { $totals ->
        [0] {""}
        [one] { $totals_n } ligne de total
       *[other] { $totals_n } lignes de total
    }{ $blank ->
        [0] {""}
       *[other] { $first ->
            [blank] {""}
           *[other] {", "}
        }{ $blank ->
            [one] { $blank_n } ligne vide
           *[other] { $blank_n } lignes vides
        }
    }{ $summary ->
        [0] {""}
       *[other] { $first ->
            [summary] {""}
           *[other] {", "}
        }{ $summary ->
            [one] un bloc de synthèse de { $summary_n } ligne
           *[other] un bloc de synthèse de { $summary_n } lignes
        }
    }{ $events ->
        [0] {""}
       *[other] { $first ->
            [events] {""}
           *[other] {", "}
        }{ $events ->
            [one] { $events_n } événement qui n’est pas un cadeau
           *[other] { $events_n } événements qui ne sont pas des cadeaux
        }
    }

## TikTok's data download whose structure breaks: a problem at a line.

core-import-tiktok-long-text = contient un texte ou une clé de plus de { $max } Mio : ce n’est pas l’export de TikTok
core-import-tiktok-long-entry = contient une entrée de liste de plus de { $max } Mio : ce n’est ni un LIVE ni une entrée du portefeuille
core-import-tiktok-many-entries = contient plus de { $max } entrées de LIVE et du portefeuille : plus que l’historique de n’importe quel créateur
core-import-tiktok-cannot-read = lecture impossible : { $error }
core-import-tiktok-cut-short = le fichier s’arrête au milieu d’une valeur : il est tronqué
core-import-tiktok-not-json = n’est pas du JSON valide ici ({ $error })
core-import-tiktok-txt-text = { $list } : { $error }
core-import-tiktok-txt-cannot-read = impossible de lire { $list } : { $error }
core-import-tiktok-txt-long-line = { $list } contient une ligne de plus de { $max } Mio : ce n’est pas l’export de TikTok
core-import-tiktok-txt-not-utf8 = { $list } n’est pas du texte UTF-8 valide ici (enregistrez-le en UTF-8)
core-import-tiktok-txt-long-entry = { $list } contient une entrée de plus de { $max } Mio : ce n’est ni un LIVE ni une entrée du portefeuille

## A spreadsheet that breaks off while its rows are read: a problem at the
## last row read, in the words of the file's refusal (above) without $file.

core-import-sheet-cannot-read = lecture impossible : { $error }
core-import-sheet-workbook-unreadable = n’est pas un classeur .{ $kind } lisible ({ $error })
core-import-sheet-unreadable = impossible de lire la feuille '{ $sheet }' ({ $error })
core-import-sheet-row-unreadable = ligne { $row } : impossible de lire la feuille ({ $error })
core-import-sheet-rows-order = ligne { $row } : les lignes de la feuille ne sont pas dans l’ordre ; non lu

# How the file wrote its dates (after "dates"): each form, joined; a form such as
# DD/MM/YYYY is written as it is.
core-import-dates-pattern = { $pattern }
core-import-dates-epoch-s = secondes epoch
core-import-dates-epoch-ms = millisecondes epoch
core-import-dates-and = { $first } et { $then }
core-import-dates-twelve-hour = { $dates }, horloge sur 12 heures
core-import-dates-time-column = { $dates }, heure dans sa propre colonne

# An import's write refusing what a file holds.
core-import-undefined-session = un cadeau nomme le LIVE '{ $key }', que le fichier ne définit pas
core-import-untimed-gifts = des cadeaux sans heure ont besoin d’un LIVE
core-import-row-coins-too-large = { $n } × { $coins } pièces, c’est trop
