# Días de TikTok: las cifras del LIVE Center de TikTok por día junto a los
# días de tu registro, y registrar un día que TikTok reporta pero en el que
# tu registro no tiene ningún directo.

days-title = Días de TikTok

## Aún sin archivos del LIVE Center de TikTok

days-empty-title = Aún no hay días del LIVE Center de TikTok
days-empty-text = En el LIVE Center de TikTok, abre las estadísticas de tus LIVE y descárgalas: cuatro archivos CSV (Revenue, Activity, Viewers, Engagement), una fila por día. Importa cualquiera aquí; LiveLedger los guarda como cifras de TikTok junto a tu registro y nunca los suma a tu saldo.
days-empty-import = Importar los archivos de TikTok

## Las cifras de TikTok junto a tu registro

days-beside-title = Las cifras de TikTok junto a tu registro
days-beside-text = Las cifras del LIVE Center de TikTok por día, de los archivos que importaste. Son la palabra de TikTok: se guardan junto a tu registro y nunca se suman a tu saldo. El día de tu registro es el día en que empezó cada directo, en tu zona horaria.
days-total = { $count ->
    [one] TikTok reporta { $tiktok } en estos días; tu registro tiene { $ledger }. { $count } día no coincide.
   *[other] TikTok reporta { $tiktok } en estos días; tu registro tiene { $ledger }. { $count } días no coinciden.
}
days-book-all = { $count ->
    [one] Registrar el { $count } día sin directo ({ $diamonds })
   *[other] Registrar los { $count } días sin directo ({ $diamonds })
}
days-book-one = Registrar este día
days-what-differs = Qué no coincide

## Columnas y estados

days-col-day = Día
days-col-tiktok = TikTok
days-col-ledger = Registro
days-col-difference = Diferencia
days-col-lives = Directos
days-col-live-time = Tiempo en LIVE
days-col-viewers = Espectadores únicos
days-col-likes = Me gusta
days-col-status = Estado
days-col-actions = Acciones
days-status-matches = Igual
days-status-missing = El registro tiene menos
days-status-extra = El registro tiene más
days-status-no-lives = Sin directo
days-status-no-tiktok-diamonds = Sin diamantes de TikTok

## Lo que dice la comparación de un día

days-sentence-no-diamonds = { $count ->
    [one] Los archivos de TikTok no dan diamantes para el { $day }; tu registro tiene { $ledger } de { $count } directo.
   *[other] Los archivos de TikTok no dan diamantes para el { $day }; tu registro tiene { $ledger } de { $count } directos.
}
days-sentence-not-listed = { $count ->
    [one] Los archivos de TikTok no incluyen el { $day }; tu registro tiene { $ledger } de { $count } directo.
   *[other] Los archivos de TikTok no incluyen el { $day }; tu registro tiene { $ledger } de { $count } directos.
}
days-sentence-same = TikTok reporta { $tiktok } el { $day }; tu registro tiene lo mismo.
days-sentence-missing = TikTok reporta { $tiktok } el { $day }; tu registro tiene { $ledger } (faltan { $difference }).
days-sentence-extra = TikTok reporta { $tiktok } el { $day }; tu registro tiene { $ledger } ({ $difference } más que TikTok).
days-sentence-no-lives = TikTok reporta { $tiktok } el { $day }; tu registro no tiene ningún directo ese día.

## Registrar días con las cifras de TikTok

days-book-title = { $count ->
    [one] ¿Registrar este día con la cifra de TikTok?
   *[other] ¿Registrar { $count } días con las cifras de TikTok?
}
days-book-line = { $day }: un directo con los { $diamonds } de TikTok
days-book-effect = Tu saldo sube { $diamonds }. Solo se registran los días en que tu registro no tiene ningún directo.
days-book-confirm = { $count ->
    [one] Registrar el día
   *[other] Registrar los días
}
days-booked = { $count ->
    [one] { $count } día registrado: { $diamonds }
   *[other] { $count } días registrados: { $diamonds }
}
days-undo = Deshacer
days-unbooked = Se quitaron los días registrados
