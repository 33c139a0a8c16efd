# ダッシュボード：残高、TikTokの最低出金額までの道のり、今すぐ出金できるか、
# 今週と今月、グラフ、ランキング。日本語では数の後の名詞は変化しません。

dashboard-title = ダッシュボード

## まだ空のとき。

dashboard-empty-title = LIVE配信はまだ記録されていません
dashboard-empty-text = 最初のLIVE配信を追加しましょう：手入力する、配信中にギフトを集計する、またはLIVEツールやTikTokから受け取ったファイルをインポートします。
dashboard-add-live = LIVE配信を追加
dashboard-import-file = ファイルをインポート
dashboard-tally = ライブ集計を開始
dashboard-demo-offer = ちょっと試してみますか？{ $load }（設定からいつでも消去できます）
dashboard-demo-load = 6か月分のデモデータを読み込む
dashboard-demo-loaded = デモデータを読み込みました

## 残高。

dashboard-balance = 残高
dashboard-diamonds-unit = { $count ->
   *[other] ダイヤモンド
}
dashboard-earned = 獲得
dashboard-withdrawn = 出金済み
dashboard-corrections = 修正
dashboard-pending = 入金待ちの出金
dashboard-rounded-down = 切り捨て表示：最低額 { $min } にわずかに届かないため、到達とは表示していません。
dashboard-valued-today = 今日のレート（1ダイヤモンドあたり { $rate }）での価値です。明細では各LIVE配信の日のレートを使います。

## 最低出金額まで。

dashboard-threshold-title = 最低出金額
dashboard-progress-label = TikTokの最低出金額までの進み具合
dashboard-threshold-reached = { $balance } / { $min } — 到達 · { $percent }
dashboard-threshold-to-go = { $balance } / { $min } — あと { $diamonds }（{ $value }）· { $percent }
dashboard-can-cash-out = ほかの条件を満たせば出金できます。
dashboard-eta = 直近{ $days }日間のペース（1日 { $pace }）なら、{ $day }ごろに到達します。
dashboard-eta-wait = { $days }日間にLIVE配信が{ $min }回あると予測が表示されます（{ $count ->
   *[other] あと{ $count }回
}）。
dashboard-eta-none = 直近{ $days }日間にLIVE配信がないため、まだ予測はありません。

## 出金できますか？

dashboard-ready-title = 出金できますか？
dashboard-ready = 出金できます
dashboard-not-yet = まだです
dashboard-withdrawable = 今すぐ { $diamonds }（{ $value }）を出金できます。
dashboard-rate-since = { $day }からのレート：1ダイヤモンドあたり { $rate }。
dashboard-payout-link = 設定 → 受取
dashboard-blocker-negative-balance = 残高がマイナスです（{ $diamonds }）：獲得した分より多く出金または修正されています。出金記録を確認するか、TikTokのウォレットに表示されている額を「出金 → 照合」で入力してください。
dashboard-blocker-below-minimum = 最低額 { $min } のうち { $balance } — あと { $diamonds }。配信を続けましょう。
dashboard-blocker-age = { $link }で、18歳以上で認証済みアカウントであることを確認してください。
dashboard-blocker-payout = TikTokで受取方法を連携してから、{ $link }でその名前を入力してください。
dashboard-blocker-daily-maximum = 本日の出金上限に達しました。明日もう一度お試しください。

## 今週と今月のここまで。

dashboard-compare-title = 今週と今月のここまで
dashboard-compare-note = TikTokのLIVE Centerと同じく、前の週・前の月の同じ日数と比べています。
dashboard-week = 今週
dashboard-month = 今月
dashboard-compare-lives = { $count ->
   *[other] LIVE配信{ $count }回
} · { $from } – { $to }
dashboard-change-week = 先週の同じ日数と比べて { $change }（{ $before }）
dashboard-change-month = 先月の同じ日数と比べて { $change }（{ $before }）
dashboard-nothing-week = 先週の同じ日数には獲得がありません。
dashboard-nothing-month = 先月の同じ日数には獲得がありません。

## グラフとランキング。

dashboard-earned-title = 獲得ダイヤモンド
dashboard-group-by = 集計単位
dashboard-by-day = 日
dashboard-by-week = 週
dashboard-by-month = 月
dashboard-balance-chart-title = 残高の推移（出金に印）
dashboard-chart-wait = LIVE配信が{ $min }回になると表示されます（現在{ $count ->
   *[other] { $count }回
}）。
dashboard-top-gifts = 人気ギフト（使われたコイン順）
dashboard-top-gifts-empty = ギフトを記録またはインポートすると、ここに表示されます。
dashboard-top-supporters = トップサポーター（使われたコイン順）
dashboard-top-supporters-empty = ギフトに送り主の名前があると、ここに表示されます。
dashboard-top-row = { $coins } · { $share }
dashboard-worth-title = LIVE配信1時間、視聴者1人の価値は？
dashboard-worth-note = TikTokは視聴回数に対しては支払いません。これはLIVE配信ごとのギフトを配信時間と視聴者数で割ったものです。
