# 明細: 台帳の内容を日・週・月・年ごとに、選んだ期間で表示し、会計担当者向けに
# エクスポートします。

statements-title = 明細
statements-by-period = 期間別

## 日付と期間の選択

statements-period = 期間
statements-range = 表示
statements-all-time = 全期間
statements-custom = 日付を指定…
statements-from = 開始日
statements-to = 終了日
statements-apply = この期間を表示
statements-by-day = 日
statements-by-week = 週
statements-by-month = 月
statements-by-year = 年
statements-explain = 1日はあなたのタイムゾーンの午前0時に始まります。金額は各LIVE配信を記録したときのレートで計算し、各行は1回だけ丸めます。金額は { $step } 単位で四捨五入（ゼロから遠い方へ）します。

## 明細

statements-empty-title = まだ表示する内容がありません
statements-empty-text = LIVE配信か出金があると明細が表示されます。
statements-empty-range = この期間には何もありません。
statements-opening = この期間より前の残高: { $diamonds }。
statements-total = 合計
statements-rounding = 端数調整: { $amounts }。各行はそれぞれ丸め、合計は正確な総額を丸めるため、1セント程度ずれることがあります。

## 列

statements-col-lives = LIVE配信
statements-col-hours = 配信時間
statements-col-gifts = ギフト
statements-col-coins = コイン
statements-col-diamonds = ダイヤモンド
statements-col-value = 金額
statements-col-withdrawn = 出金
statements-col-fees = 手数料
statements-col-net = 受取額
statements-col-corrections = 修正
statements-col-closing = 期末残高

## エクスポート

statements-export-title = 会計担当者向けにエクスポート
statements-export-text = エクスポートには台帳全体（すべてのLIVE配信、ギフト、出金、修正）が含まれ、会計担当者や表計算ソフト、税務ソフトで読み込めます。保存先はあなたが選びます。
statements-exported = { $path } にエクスポートしました
statements-export-csv = 表計算（CSV）
statements-export-json = JSON
statements-export-hledger = hledger 仕訳帳
statements-export-beancount = beancount
