# グラフ: 軸タイトル、凡例、ツールチップ、スクリーンリーダー向けの要約、
# 数値を表で見るボタン。どの言語でも時間は左から右へ進みます。

charts-show-table = 数値を表で表示
charts-hide-table = 表を隠す
charts-none-yet = まだ数値がありません。

## 軸タイトル、凡例、列

charts-diamonds = ダイヤモンド
charts-value = 金額
charts-day = 日
charts-week = 週
charts-month = 月
charts-balance = 残高（ダイヤモンド）
charts-withdrawn = 出金（ダイヤモンド）
charts-withdrawn-money = 出金（金額）
charts-live = LIVE配信
charts-title = タイトル
charts-time = 時刻
charts-comments = コメント
charts-per-hour = 配信1時間あたりの{ $currency }
charts-per-1k = 視聴者1,000人あたりの{ $currency }

## 日・週・月ごとの獲得ダイヤモンド

charts-earned-summary-day = { $count ->
   *[other] 日ごとの獲得ダイヤモンドの棒グラフ（{ $from }～{ $to }、{ $count } 日分）。最高: { $at } の { $best }。
}
charts-earned-summary-week = { $count ->
   *[other] 週ごとの獲得ダイヤモンドの棒グラフ（{ $from }～{ $to }、{ $count } 週分）。最高: { $at } の { $best }。
}
charts-earned-summary-month = { $count ->
   *[other] 月ごとの獲得ダイヤモンドの棒グラフ（{ $from }～{ $to }、{ $count } か月分）。最高: { $at } の { $best }。
}
charts-earned-caption-day = 日ごとのダイヤモンド
charts-earned-caption-week = 週ごとのダイヤモンド
charts-earned-caption-month = 月ごとのダイヤモンド

## 各日の終わりの残高

charts-balance-summary = { $count ->
   *[other] 各日の終わりのダイヤモンド残高の折れ線グラフ（{ $from }～{ $to }、{ $count } 日分）。最終: { $now }、最高: { $at } の { $high }。
}
charts-balance-marks = { $count ->
   *[other] 出金のあった { $count } 日に印を付けています。
}
charts-tip-balance = 残高: { $diamonds }
charts-tip-withdrawn = 出金: { $diamonds }
charts-tip-withdrawn-money = 出金: { $diamonds }（{ $money }）

## LIVE配信ごとの収益

charts-per-live-summary = { $count ->
   *[other] { $count } 回のLIVE配信（{ $from }～{ $to }）の散布図。各配信の、配信1時間あたり（左軸）と視聴者1,000人あたり（右軸）の{ $currency }での収益。1時間あたりの最高: { $best }（{ $at }）。
}
charts-per-live-caption = LIVE配信ごとの、配信1時間あたりの{ $currency }と視聴者1,000人あたりの{ $currency }
charts-tip-per-hour = 配信1時間あたり { $money }
charts-tip-per-1k = 視聴者1,000人あたり { $money }

## 1回のLIVE配信の推移（{ $count } 分ごと）

charts-timeline-summary = { $count ->
    [one] 1回のLIVE配信の1分ごとのダイヤモンドの棒グラフ（{ $from }～{ $to }）。コメントは折れ線（右軸）。最多: { $at } の { $best }。
   *[other] 1回のLIVE配信の { $count } 分ごとのダイヤモンドの棒グラフ（{ $from }～{ $to }）。コメントは折れ線（右軸）。最多: { $at } の { $best }。
}
charts-timeline-diamonds = { $count ->
    [one] 1分ごとのダイヤモンド
   *[other] { $count } 分ごとのダイヤモンド
}
charts-timeline-comments = { $count ->
    [one] 1分ごとのコメント
   *[other] { $count } 分ごとのコメント
}
charts-timeline-caption = { $count ->
    [one] 1分ごとのダイヤモンドとコメント
   *[other] { $count } 分ごとのダイヤモンドとコメント
}
charts-comments-count = { $count ->
   *[other] コメント { $count } 件
}
