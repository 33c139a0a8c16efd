# Relevés : ce que contient votre registre par jour, semaine, mois ou année,
# pour les dates choisies, et l'export pour votre comptable.

statements-title = Relevés
statements-by-period = Par période

## Choisir les dates et la période

statements-period = Période
statements-range = Afficher
statements-all-time = Depuis le début
statements-custom = Dates au choix…
statements-from = Du
statements-to = Au
statements-apply = Afficher ces dates
statements-by-day = Jour
statements-by-week = Semaine
statements-by-month = Mois
statements-by-year = Année
statements-explain = Les jours commencent à minuit dans votre fuseau horaire. Les valeurs utilisent le taux avec lequel chaque LIVE a été enregistré ; chaque ligne est arrondie une fois ; l'argent est arrondi au plus proche, la moitié vers le haut (en s'éloignant de zéro), à { $step }.

## Le relevé

statements-empty-title = Rien à afficher pour l'instant
statements-empty-text = Les relevés apparaissent dès que vous avez des LIVE ou des retraits.
statements-empty-range = Rien ne s'est passé à ces dates.
statements-opening = Solde avant ces dates : { $diamonds }.
statements-total = Total
statements-rounding = Arrondi : { $amounts }. Chaque ligne est arrondie à part ; le total arrondit la somme exacte, il peut donc différer d'un centime.

## Colonnes

statements-col-lives = LIVE
statements-col-hours = Heures de LIVE
statements-col-gifts = Cadeaux
statements-col-coins = Pièces
statements-col-diamonds = Diamants
statements-col-value = Valeur
statements-col-withdrawn = Retiré
statements-col-fees = Frais
statements-col-net = Net versé
statements-col-corrections = Corrections
statements-col-closing = Solde de clôture

## Export

statements-export-title = Export pour votre comptable
statements-export-text = L'export contient tout votre registre — chaque LIVE, cadeau, retrait et correction — dans un fichier que votre comptable, votre tableur ou votre logiciel fiscal sait lire. Vous choisissez où il va.
statements-exported = Exporté vers { $path }
statements-export-csv = Tableur (CSV)
statements-export-json = JSON
statements-export-hledger = Journal hledger
statements-export-beancount = beancount
