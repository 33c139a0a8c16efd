# Les vérifications qu’un créateur rencontre en saisissant dans l’app ou en
# ligne de commande : ce qu’un champ attendait. Chacune suit le nom du champ
# ("diamonds: …"). $text est ce qui a été saisi, cité tel quel.

## Texte et nombres

core-invalid-too-long = dépasse { $count ->
    [one] { $count } caractère
   *[other] { $count } caractères
}
core-invalid-control-characters = contient des caractères de contrôle
core-invalid-negative-got = ne doit pas être négatif (reçu : { $text })
core-invalid-count-too-large = { $text } dépasse ce qu’un enregistrement accepte
core-invalid-too-large = { $text } dépasse ce qu’un enregistrement accepte (au plus { $max })
core-invalid-decimal-places = { $text } a plus de { $count ->
    [one] { $count } décimale
   *[other] { $count } décimales
}
core-invalid-whole-number = nombre entier de 0 ou plus attendu, trouvé '{ $text }'
core-invalid-number = nombre tel que 12,5 attendu, trouvé '{ $text }'
core-invalid-whole-coins = pièces entières attendues, trouvé '{ $text }'
core-invalid-whole-count = quantité entière attendue, trouvé '{ $text }'
core-invalid-at-least-one = doit être au moins 1 (reçu : { $text })
core-invalid-required = est obligatoire
core-invalid-positive = doit être supérieur à 0
core-invalid-not-negative = ne doit pas être négatif

## Dates et heures

core-invalid-day = jour tel que 2026-03-01 attendu
core-invalid-date = '{ $text }' n’est pas une date/heure (attendu : ISO 8601 tel que 2026-03-01T20:00:00+01:00, '2026-03-01 20:00', une date, ou des secondes/millisecondes epoch)
core-invalid-date-skipped = '{ $text }' n’existe pas dans le fuseau horaire { $zone } (l’horloge saute cette heure)
core-invalid-date-out-of-range = '{ $text }' est hors limites
core-invalid-date-offset = '{ $text }' a un décalage avec UTC au-delà de ±18:00
core-invalid-year = date de { $from } à { $to } attendue, trouvé une date de l’année { $year } (une faute de frappe ?)
core-invalid-end-before-start = est avant le début
core-invalid-start-after-first-gift = est plus d’un jour après le premier cadeau de ce LIVE

## LIVE et cadeaux

core-invalid-gift-name = le nom du cadeau est obligatoire
core-invalid-gift-row-too-large = { $gifts } × { $coins } pièces, c’est plus qu’une ligne de cadeau ne peut contenir
core-invalid-not-in-catalog = '{ $text }' n’est pas dans le catalogue des cadeaux ; indiquez son prix{ $cli }
core-invalid-name-required = le nom est obligatoire
core-invalid-catalog-missing = '{ $text }' n’est pas dans le catalogue
core-invalid-end-before-session-start = est avant le début du LIVE

## Retraits et solde

core-invalid-status = '{ $text }' n’est pas un statut (attendu : pending, paid, failed ou cancelled)
core-invalid-whole-diamonds = { $text } a une partie décimale ; TikTok retire des diamants entiers
core-invalid-fee-over-value = { $fee } dépasse la valeur du retrait, { $gross }
core-invalid-negative-balance = un portefeuille TikTok n’affiche jamais un solde négatif
core-invalid-over-balance = { $diamonds } diamants, c’est plus que le solde de { $balance } diamants. Si votre portefeuille TikTok affiche plus, saisissez d’abord ce solde dans Rapprocher{ $cli }
core-invalid-adjustment-zero = une correction de 0 ne change rien
core-invalid-reason-required = indiquez pourquoi le solde est corrigé

## Taux

core-invalid-rate-per-coin = les diamants par pièce doivent être supérieurs à 0
core-invalid-rate-per-diamond = le montant par diamant doit être supérieur à 0
core-invalid-rate-minimum = le retrait minimum ne doit pas être négatif
core-invalid-rate-maximum = le maximum journalier doit être supérieur à 0
core-invalid-rate-too-large = { $what ->
    [per-coin] diamants par pièce
    [per-diamond] montant par diamant
    [minimum] retrait minimum
   *[maximum] maximum journalier
} : { $text } dépasse ce qu’un taux permet ({ $max })
core-invalid-rate-decimal-places = { $what ->
    [per-coin] diamants par pièce
    [per-diamond] montant par diamant
    [minimum] retrait minimum
   *[maximum] maximum journalier
} : { $text } a plus de { $count ->
    [one] { $count } décimale
   *[other] { $count } décimales
}
core-invalid-currency = la devise '{ $text }' n’est pas un code de trois lettres tel que USD
core-invalid-only-rate = le seul taux ne peut pas être supprimé ; modifiez-le plutôt

## Paramètres

core-invalid-time-zone = '{ $text }' n’est pas un fuseau horaire (p. ex. Europe/Berlin, America/New_York, UTC)
core-invalid-true-false = true ou false attendu
core-invalid-gap-minutes = minutes entières de 1 à 1440 attendues
core-invalid-language = '{ $text }' n’est pas une langue que parle LiveLedger (connues : { $known })
core-invalid-setting = clé inconnue '{ $text }' (connues : { $known })
