# Analyses (« Ce qui rapporte ») : ce qui rapporte sur l’ensemble de vos LIVE.
# Chaque chiffre repose sur un nombre de LIVE (ou de jours TikTok) ; en
# dessous du minimum, il le dit au lieu de donner un chiffre.

insights-title = Ce qui rapporte

## Un chiffre et son échantillon.

insights-not-enough = pas encore assez de LIVE ({ $n } sur { $min })
insights-sample-lives = ({ $count ->
    [one] { $count } LIVE
   *[other] { $count } LIVE
})
insights-sample-days = ({ $count ->
    [one] { $count } jour
   *[other] { $count } jours
})
insights-sample-weeks = ({ $count ->
    [one] { $count } semaine
   *[other] { $count } semaines
})
insights-percent = { $value } %

## La période.

insights-range-from = Du { $date }
insights-range-to = au { $date }
insights-from-label = Du
insights-to-label = Au
insights-show = Afficher
insights-all-lives = Tous les LIVE
insights-looked-at = { $count ->
    [one] { $count } LIVE analysé
   *[other] { $count } LIVE analysés
} · médianes · un chiffre demande { $min } LIVE

## Pas encore de LIVE.

insights-empty-title = Pas encore de LIVE à analyser
insights-empty-text = Les analyses comparent vos LIVE entre eux : les meilleures heures pour passer en LIVE, la durée qui rapporte, ce que vaut un spectateur et qui offre des cadeaux. Chaque chiffre demande { $min } LIVE de 15 minutes ou plus.
insights-add-live = Ajouter un LIVE
insights-import-lives = Importer vos LIVE

## Suis-je payé à la vue ?

insights-per-view-title = Suis-je payé à la vue ?
insights-per-view-answer = Non. TikTok paie pour les cadeaux, pas pour les vues. Ce qu’un spectateur a valu dans vos propres LIVE :
insights-per-viewer = Diamants par spectateur
insights-per-1000-viewers = Diamants pour 1 000 spectateurs
insights-money-per-1000-viewers = { $currency } pour 1 000 spectateurs
insights-per-hour-same-lives = Diamants par heure de LIVE, mêmes LIVE
insights-per-1000-views-days = Pour 1 000 vues, d’après les jours du LIVE Center de TikTok
insights-per-view-note = Comptent ici les LIVE dont les spectateurs ont été saisis, importés ou capturés.

## Quand vous passez en LIVE.

insights-when-title = Quand vous passez en LIVE
insights-when-note = Chaque case : la médiane des diamants par heure de LIVE des LIVE commencés à ce moment, et (en petit) combien de LIVE. Une case avec moins de { $min } LIVE n’affiche que leur nombre.
insights-no-lives-in-range = Aucun LIVE sur cette période.
insights-week-caption = Médiane des diamants par heure de LIVE selon le jour et l’heure de début (votre fuseau horaire), avec les LIVE de chaque case
insights-week-day = Jour
insights-cell-few = { $day } { $hour } : pas encore assez de LIVE ({ $n } sur { $min })
insights-cell = { $day } { $hour } : { $diamonds } par heure, { $count ->
    [one] { $count } LIVE
   *[other] { $count } LIVE
}

## Combien de temps.

insights-how-long = Combien de temps
insights-lengths-caption = Médiane des diamants selon la durée du LIVE : là où le temps en plus cesse de rapporter
insights-col-length = Durée du LIVE
insights-col-per-hour = Diamants par heure de LIVE
insights-col-per-live = Diamants par LIVE
insights-band-under = moins de { $to }
insights-band-between = de { $from } à { $to }
insights-band-longer = { $from } et plus

## Le public et les cadeaux.

insights-room-title = Le public et les cadeaux
insights-room-empty = La capture en direct compte les j’aime, commentaires, arrivées et nouveaux abonnés par minute pendant qu’elle tourne (jamais les mots du chat). Capturez quelques LIVE ou importez les fichiers journaliers du LIVE Center de TikTok, et vous verrez ici comment vos diamants ont suivi le public.
insights-room-counted = La capture en direct a compté le public sur { $count ->
    [one] { $count } LIVE
   *[other] { $count } LIVE
} : { $comments } commentaires et { $likes } j’aime par minute (médianes).
insights-split-comments = Au-dessus de { $cut } commentaires par minute : { $above } diamants par heure de LIVE ; à { $cut } ou moins : { $below }.
insights-split-likes = Au-dessus de { $cut } j’aime par minute : { $above } diamants par heure de LIVE ; à { $cut } ou moins : { $below }.
insights-split-followers = Au-dessus de { $cut } nouveaux abonnés par heure : { $above } diamants par heure de LIVE ; à { $cut } ou moins : { $below }.
insights-split-days-likes = Au-dessus de { $cut } j’aime par minute de LIVE les jours du LIVE Center de TikTok : { $above } diamants par heure de LIVE ; à { $cut } ou moins : { $below }.
insights-split-comments-few = Selon les commentaires par minute : pas encore assez de LIVE de chaque côté ({ $count ->
    [one] { $count } LIVE
   *[other] { $count } LIVE
} pour l’instant ; il en faut au moins { $min } de chaque côté).
insights-split-likes-few = Selon les j’aime par minute : pas encore assez de LIVE de chaque côté ({ $count ->
    [one] { $count } LIVE
   *[other] { $count } LIVE
} pour l’instant ; il en faut au moins { $min } de chaque côté).
insights-split-followers-few = Selon les nouveaux abonnés par heure : pas encore assez de LIVE de chaque côté ({ $count ->
    [one] { $count } LIVE
   *[other] { $count } LIVE
} pour l’instant ; il en faut au moins { $min } de chaque côté).
insights-split-days-likes-few = Selon les j’aime par minute de LIVE les jours du LIVE Center de TikTok : pas encore assez de jours de chaque côté ({ $count ->
    [one] { $count } jour
   *[other] { $count } jours
} pour l’instant ; il en faut au moins { $min } de chaque côté).
insights-cause = Ceci montre ce qui est allé ensemble, pas ce qui l’a causé : un chat animé peut amener des cadeaux, ou des cadeaux peuvent animer le chat.

## Un LIVE minute par minute.

insights-timeline-title = Un LIVE minute par minute
insights-timeline-pick = LIVE à afficher
insights-timeline-live = LIVE { $pick }
insights-timeline-minutes = { $count ->
    [one] { $count } minute avec des cadeaux ou des comptages.
   *[other] { $count } minutes avec des cadeaux ou des comptages.
}
insights-timeline-uncounted = La capture en direct n’a pas compté le public pendant ce LIVE : seuls ses cadeaux sont affichés.
insights-timeline-every-minute = Chaque minute, avec les j’aime, les nouveaux abonnés et les spectateurs
insights-col-minute = Minute
insights-col-diamonds = Diamants
insights-col-comments = Commentaires
insights-col-likes = J’aime
insights-col-new-followers = Nouveaux abonnés
insights-col-viewers = Spectateurs
insights-timeline-note = Barres : diamants. Ligne : commentaires, là où la capture en direct les a comptés. Un long LIVE est tracé par paliers de quelques minutes.

## Plan.

insights-plan-title = Plan
insights-plan-reached = Vous avez atteint le retrait minimum.
insights-plan-wait = Encore { $diamonds }. Les heures nécessaires s’afficheront après { $min } LIVE.
insights-plan-hours = Encore { $diamonds } : à votre médiane de { $perHour } par heure de LIVE ({ $lives ->
    [one] dernier LIVE
   *[other] { $lives } derniers LIVE
}), environ { $hours } { $count ->
    [one] heure
   *[other] heures
} de LIVE en plus.
insights-plan-week = Cette semaine : { $thisWeek } { $count ->
    [one] diamant
   *[other] diamants
} ; votre moyenne hebdomadaire des semaines précédentes : { $average }.
insights-plan-by = L’atteindre d’ici le { $date }
insights-plan-by-label = Date pour atteindre le minimum
insights-plan-button = Planifier
insights-plan-per-week = Environ { $hours } { $count ->
    [one] heure
   *[other] heures
} de LIVE par semaine jusqu’au { $day }.
insights-plan-passed = Ce jour est déjà passé.

## Qui offre des cadeaux.

insights-who-title = Qui offre des cadeaux
insights-gifters-per-live = Donateurs par LIVE
insights-returning-gifters = Donateurs fidèles
insights-top-share = { $count ->
    [one] Votre premier soutien a apporté
   *[other] Vos { $count } premiers soutiens ont apporté
}
insights-top-share-value = { $percent } des diamants de cadeaux
insights-no-senders = Aucun cadeau avec le nom de l’expéditeur dans ces LIVE.
insights-supporters-caption = Meilleurs soutiens dans ces LIVE (uniquement dans votre propre vue ; les exports omettent les noms sauf si vous le demandez)
insights-col-supporter = Soutien
insights-col-lives = LIVE
insights-col-first-gift = Premier cadeau
insights-col-last-gift = Dernier cadeau
