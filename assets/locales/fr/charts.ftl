# Graphiques : titres des axes, légendes, infobulles, le résumé lu par un
# lecteur d'écran et le bouton pour voir les chiffres en tableau. Le temps va
# de gauche à droite dans toutes les langues.

charts-show-table = Voir les chiffres en tableau
charts-hide-table = Masquer le tableau
charts-none-yet = Pas encore de chiffres.

## Titres des axes, légendes et colonnes

charts-diamonds = Diamants
charts-value = Valeur
charts-day = Jour
charts-week = Semaine
charts-month = Mois
charts-balance = Solde (diamants)
charts-withdrawn = Retiré (diamants)
charts-withdrawn-money = Retiré (argent)
charts-live = LIVE
charts-title = Titre
charts-time = Heure
charts-comments = Commentaires
charts-per-hour = { $currency } par heure de LIVE
charts-per-1k = { $currency } pour 1 000 spectateurs

## Diamants gagnés par jour, semaine ou mois

charts-earned-summary-day = { $count ->
    [one] Diagramme en barres des diamants gagnés par jour, { $count } jour du { $from } au { $to }. Maximum : { $best } le { $at }.
   *[other] Diagramme en barres des diamants gagnés par jour, { $count } jours du { $from } au { $to }. Maximum : { $best } le { $at }.
}
charts-earned-summary-week = { $count ->
    [one] Diagramme en barres des diamants gagnés par semaine, { $count } semaine de { $from } à { $to }. Maximum : { $best } la semaine du { $at }.
   *[other] Diagramme en barres des diamants gagnés par semaine, { $count } semaines de { $from } à { $to }. Maximum : { $best } la semaine du { $at }.
}
charts-earned-summary-month = { $count ->
    [one] Diagramme en barres des diamants gagnés par mois, { $count } mois de { $from } à { $to }. Maximum : { $best } en { $at }.
   *[other] Diagramme en barres des diamants gagnés par mois, { $count } mois de { $from } à { $to }. Maximum : { $best } en { $at }.
}
charts-earned-caption-day = Diamants par jour
charts-earned-caption-week = Diamants par semaine
charts-earned-caption-month = Diamants par mois

## Le solde à la fin de chaque jour

charts-balance-summary = { $count ->
    [one] Courbe du solde de diamants à la fin de { $count } jour, du { $from } au { $to } : { $now } à la fin ; maximum { $high } le { $at }.
   *[other] Courbe du solde de diamants à la fin de chaque jour, { $count } jours du { $from } au { $to } : { $now } à la fin ; maximum { $high } le { $at }.
}
charts-balance-marks = { $count ->
    [one] { $count } jour avec un retrait, marqué.
   *[other] { $count } jours avec un retrait, marqués.
}
charts-tip-balance = Solde : { $diamonds }
charts-tip-withdrawn = Retiré : { $diamonds }
charts-tip-withdrawn-money = Retiré : { $diamonds } ({ $money })

## Ce que chaque LIVE a rapporté

charts-per-live-summary = { $count ->
    [one] Nuage de points de { $count } LIVE du { $from } au { $to } : ce qu'il a rapporté en { $currency } par heure de LIVE (axe de gauche) et pour 1 000 spectateurs (axe de droite). Meilleur par heure : { $best }, { $at }.
   *[other] Nuage de points de { $count } LIVE du { $from } au { $to } : ce que chacun a rapporté en { $currency } par heure de LIVE (axe de gauche) et pour 1 000 spectateurs (axe de droite). Meilleur par heure : { $best }, { $at }.
}
charts-per-live-caption = { $currency } par heure de LIVE et { $currency } pour 1 000 spectateurs, par LIVE
charts-tip-per-hour = { $money } par heure de LIVE
charts-tip-per-1k = { $money } pour 1 000 spectateurs

## Un LIVE au fil du temps, par pas de $count minutes

charts-timeline-summary = { $count ->
    [one] Diagramme en barres des diamants d'un LIVE par minute, de { $from } à { $to }, avec ses commentaires en courbe (axe de droite). Le plus de diamants : { $best } à { $at }.
   *[other] Diagramme en barres des diamants d'un LIVE toutes les { $count } minutes, de { $from } à { $to }, avec ses commentaires en courbe (axe de droite). Le plus de diamants : { $best } à { $at }.
}
charts-timeline-diamonds = { $count ->
    [one] Diamants par minute
   *[other] Diamants toutes les { $count } minutes
}
charts-timeline-comments = { $count ->
    [one] Commentaires par minute
   *[other] Commentaires toutes les { $count } minutes
}
charts-timeline-caption = { $count ->
    [one] Diamants et commentaires par minute
   *[other] Diamants et commentaires toutes les { $count } minutes
}
charts-comments-count = { $count ->
    [one] { $count } commentaire
   *[other] { $count } commentaires
}
