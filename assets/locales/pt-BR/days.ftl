# Dias do TikTok: os números do LIVE Center do TikTok por dia ao lado dos dias
# do seu registro, e registrar um dia que o TikTok informa mas em que seu
# registro não tem nenhuma live.

days-title = Dias do TikTok

## Ainda sem arquivos do LIVE Center do TikTok

days-empty-title = Ainda não há dias do LIVE Center do TikTok
days-empty-text = No LIVE Center do TikTok, abra as análises das suas lives e baixe-as: quatro arquivos CSV (Revenue, Activity, Viewers, Engagement), uma linha por dia. Importe qualquer um deles aqui; o LiveLedger guarda esses números como do TikTok ao lado do seu registro e nunca os soma ao seu saldo.
days-empty-import = Importar os arquivos do TikTok

## Os números do TikTok ao lado do seu registro

days-beside-title = Os números do TikTok ao lado do seu registro
days-beside-text = Os números do próprio LIVE Center do TikTok por dia, dos arquivos que você importou. São a palavra do TikTok: ficam ao lado do seu registro e nunca são somados ao seu saldo. O dia do seu registro é o dia em que cada live começou, no seu fuso horário.
days-total = { $count ->
    [one] O TikTok informa { $tiktok } nesses dias; seu registro tem { $ledger }. { $count } dia diverge.
   *[other] O TikTok informa { $tiktok } nesses dias; seu registro tem { $ledger }. { $count } dias divergem.
}
days-book-all = { $count ->
    [one] Registrar o { $count } dia sem live ({ $diamonds })
   *[other] Registrar os { $count } dias sem live ({ $diamonds })
}
days-book-one = Registrar este dia
days-what-differs = O que diverge

## Colunas e status

days-col-day = Dia
days-col-tiktok = TikTok
days-col-ledger = Registro
days-col-difference = Diferença
days-col-lives = Lives
days-col-live-time = Tempo de LIVE
days-col-viewers = Espectadores únicos
days-col-likes = Curtidas
days-col-status = Status
days-col-actions = Ações
days-status-matches = Igual
days-status-missing = Registro tem menos
days-status-extra = Registro tem mais
days-status-no-lives = Sem live
days-status-no-tiktok-diamonds = Sem diamantes do TikTok

## O que a comparação de um dia diz

days-sentence-no-diamonds = { $count ->
    [one] Os arquivos do TikTok não trazem diamantes para { $day }; seu registro tem { $ledger } de { $count } live.
   *[other] Os arquivos do TikTok não trazem diamantes para { $day }; seu registro tem { $ledger } de { $count } lives.
}
days-sentence-not-listed = { $count ->
    [one] Os arquivos do TikTok não listam { $day }; seu registro tem { $ledger } de { $count } live.
   *[other] Os arquivos do TikTok não listam { $day }; seu registro tem { $ledger } de { $count } lives.
}
days-sentence-same = O TikTok informa { $tiktok } em { $day }; seu registro tem o mesmo.
days-sentence-missing = O TikTok informa { $tiktok } em { $day }; seu registro tem { $ledger } (faltam { $difference }).
days-sentence-extra = O TikTok informa { $tiktok } em { $day }; seu registro tem { $ledger } ({ $difference } a mais que o TikTok).
days-sentence-no-lives = O TikTok informa { $tiktok } em { $day }; seu registro não tem nenhuma live nesse dia.

## Registrar dias com os números do TikTok

days-book-title = { $count ->
    [one] Registrar este dia com o número do TikTok?
   *[other] Registrar { $count } dias com os números do TikTok?
}
days-book-line = { $day }: uma live com os { $diamonds } do TikTok
days-book-effect = Seu saldo aumenta { $diamonds }. Só são registrados os dias em que seu registro não tem nenhuma live.
days-book-confirm = { $count ->
    [one] Registrar o dia
   *[other] Registrar os dias
}
days-booked = { $count ->
    [one] { $count } dia registrado: { $diamonds }
   *[other] { $count } dias registrados: { $diamonds }
}
days-undo = Desfazer
days-unbooked = Os dias registrados foram retirados
