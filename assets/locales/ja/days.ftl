# TikTokの日次: TikTok LIVE Centerの日ごとの数値を台帳の日と並べて表示し、
# TikTokには記録があるのに台帳にLIVE配信がない日を記帳します。

days-title = TikTokの日次

## TikTok LIVE Centerのファイルがまだない

days-empty-title = TikTok LIVE Centerの日次データはまだありません
days-empty-text = TikTok LIVE CenterでLIVEの分析を開き、ダウンロードしてください。CSVファイルが4つ（Revenue、Activity、Viewers、Engagement）あり、1日1行です。どれでもここでインポートできます。LiveLedgerはそれをTikTokの数値として台帳の横に保存し、残高には加算しません。
days-empty-import = TikTokのファイルをインポート

## 台帳の横にTikTokの数値

days-beside-title = 台帳とTikTokの数値
days-beside-text = インポートしたファイルにある、TikTok LIVE Center自身の日ごとの数値です。これはTikTok側の数値で、台帳の横に保存され、残高には加算されません。台帳の日付は、各LIVE配信が始まった日（あなたのタイムゾーン）です。
days-total = { $count ->
   *[other] この期間、TikTokの記録は { $tiktok }、台帳は { $ledger } です。{ $count } 日分が一致しません。
}
days-book-all = { $count ->
   *[other] LIVE配信のない { $count } 日分をすべて記帳（{ $diamonds }）
}
days-book-one = この日を記帳
days-what-differs = 一致しない日

## 列とステータス

days-col-day = 日付
days-col-tiktok = TikTok
days-col-ledger = 台帳
days-col-difference = 差
days-col-lives = LIVE配信
days-col-live-time = LIVE時間
days-col-viewers = ユニーク視聴者
days-col-likes = いいね
days-col-status = ステータス
days-col-actions = 操作
days-status-matches = 一致
days-status-missing = 台帳が少ない
days-status-extra = 台帳が多い
days-status-no-lives = LIVEなし
days-status-no-tiktok-diamonds = TikTokのダイヤモンドなし

## 1日分の比較の説明

days-sentence-no-diamonds = { $count ->
   *[other] TikTokのファイルには { $day } のダイヤモンドがありません。台帳には { $count } 回のLIVE配信で { $ledger } あります。
}
days-sentence-not-listed = { $count ->
   *[other] TikTokのファイルに { $day } はありません。台帳には { $count } 回のLIVE配信で { $ledger } あります。
}
days-sentence-same = TikTokの記録は { $day } に { $tiktok }。台帳も同じです。
days-sentence-missing = TikTokの記録は { $day } に { $tiktok }。台帳は { $ledger } です（{ $difference } 不足）。
days-sentence-extra = TikTokの記録は { $day } に { $tiktok }。台帳は { $ledger } です（TikTokより { $difference } 多い）。
days-sentence-no-lives = TikTokの記録は { $day } に { $tiktok }。台帳にはその日のLIVE配信がありません。

## TikTokの数値で記帳

days-book-title = { $count ->
   *[other] { $count } 日分をTikTokの数値で記帳しますか？
}
days-book-line = { $day }: TikTokの { $diamonds } でLIVE配信を1件
days-book-effect = 残高が { $diamonds } 増えます。記帳されるのは台帳にLIVE配信がない日だけです。
days-book-confirm = { $count ->
   *[other] 記帳する
}
days-booked = { $count ->
   *[other] { $count } 日分を記帳しました: { $diamonds }
}
days-undo = 元に戻す
days-unbooked = 記帳した日を取り消しました
