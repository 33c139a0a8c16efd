# アプリの枠: ナビゲーション、読み込み中、各画面の失敗表示。

nav-label = 画面
nav-dashboard = ダッシュボード
nav-insights = インサイト
nav-sessions = LIVE一覧
nav-live = ライブ集計
nav-import = インポート
nav-withdrawals = 出金
nav-statements = 明細
nav-days = TikTokの日次
nav-settings = 設定
nav-shortcut = { $title }（{ $key }）
view-loading = 読み込み中…
view-failed = 問題が発生しました

## 単位。日本語は数で名詞の形が変わりません。

coins-count = { $count ->
   *[other] { $count } コイン
}
diamonds-count = { $count ->
   *[other] { $shown } ダイヤモンド
}
duration-minutes = { $minutes }分
duration-hours = { $hours }時間
duration-hours-minutes = { $hours }時間{ $minutes }分
