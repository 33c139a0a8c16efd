# 設定：言語、受け取り、タイムゾーン、レート、ギフトカタログ、エクスポート、
# デモデータ、アプリのバージョン。

settings-title = 設定
settings-saved = 保存しました

## 言語

settings-language-title = 言語
settings-language-intro = LiveLedger の表示言語です。数字・日付・金額もその言語の書き方で表示されます。
settings-language-label = 言語
settings-language-saved = 言語を保存しました

## 受け取りとタイムゾーン

settings-payout-title = 受け取り
settings-payout-intro = TikTok は、受取方法が連携された認証済みの成人（18 歳以上）のアカウントにのみ支払います。両方をここで確認してください。ダッシュボードの準備チェックに使われます。
settings-age = 18 歳以上で、アカウントは認証済みです
settings-payout-method = TikTok で連携している受取方法
settings-payout-method-placeholder = PayPal、銀行振込…
settings-setup-again = 初日の質問にもう一度答える
settings-timezone-title = タイムゾーン
settings-timezone-intro = 明細の日・週・月は、このタイムゾーンの午前 0 時に始まります。
settings-timezone-label = タイムゾーン
settings-timezone-saved = タイムゾーンを保存しました
settings-timezone-invalid = 「{ $zone }」は認識できないタイムゾーンのため、保存されていません（現在の設定は { $saved } のままです）。一覧から選んでください（例：Asia/Tokyo）。

## レート

settings-rates-title = レート
settings-rates-intro = TikTok はコインとダイヤモンドの価値を変更します。新しいレートは、その日以降に記録された LIVE配信に適用されます。LIVE配信は記録時のレートを保ち、新しいレートやタイムゾーンで再計算されることはありません。再計算したい場合は下で行えます。
settings-rates-from = 開始日
settings-rates-diamonds-per-coin = ダイヤモンド／コイン
settings-rates-money-per-diamond = 金額／ダイヤモンド
settings-rates-minimum = 最低額
settings-rates-daily-maximum = 1 日の上限
settings-rates-no-maximum = なし
settings-rate-delete = 削除
settings-rate-delete-title = このレートを削除しますか？
settings-rate-delete-line = { $day } からのレート：1 コインあたり { $diamonds } ダイヤモンド、1 ダイヤモンドあたり { $money }。LIVE配信は記録時のレートを保ちます。
settings-rate-delete-confirm = レートを削除
settings-rate-deleted = レートを削除しました
settings-rate-from-day = 開始日
settings-rate-diamonds-per-coin = 1 コインあたりのダイヤモンド
settings-rate-money-per-diamond = 1 ダイヤモンドあたりの金額
settings-rate-currency = 通貨
settings-rate-minimum = 最低出金額
settings-rate-minimum-hint = TikTok のウォレットに表示されている額を入力してください。
settings-rate-daily-maximum = 1 日の上限
settings-rate-add = レートを追加
settings-rate-saved = レートを保存しました。記録済みの LIVE配信は記録時のレートを保ちます。

## 古いレートの LIVE配信

settings-rerate-title = { $count ->
   *[other] 古いレートの LIVE配信：{ $count } 件
}
settings-rerate-intro = これらの LIVE配信は、その日に現在適用されるレートが入力される前に記録されました（またはタイムゾーンの変更で日付が変わりました）。再計算するとそのレートに移ります。実行するまで何も変わりません。
settings-rerate-day = 日付
settings-rerate-session = LIVE配信
settings-rerate-diamonds = ダイヤモンド
settings-rerate-value = 金額
settings-rerate-apply = これらの LIVE配信を再計算
settings-rerate-done = LIVE配信を再計算しました

## ギフトカタログ

settings-catalog-title = ギフトカタログ
settings-catalog-intro = 名前で入力できるギフトのコイン価格です。ギフトの行はその日の価格を保つため、ここで編集しても過去は変わりません。
settings-catalog-gift = ギフト
settings-catalog-coins = コイン
settings-gift-name = ギフト名
settings-gift-coins = コイン
settings-gift-save = 追加・変更
settings-catalog-saved = カタログを保存しました
settings-gift-remove = 削除
settings-gift-remove-title = このギフトをカタログから削除しますか？
settings-gift-remove-line = { $gift }（{ $coins }）。記録済みのギフトのコインは変わりません。
settings-gift-removed = 削除しました

## エクスポートとバックアップ

settings-export-title = エクスポートとバックアップ
settings-export-intro = 税理士や確定申告ソフト用に、またパソコンの故障に備えて。アプリを開いたままでも安全にバックアップできます。
settings-export-csv = CSV でエクスポート
settings-export-json = JSON でエクスポート
settings-export-hledger = hledger 形式でエクスポート
settings-export-beancount = beancount 形式でエクスポート
settings-backup-now = 今すぐバックアップ
settings-backup-kind = LiveLedger バックアップ
settings-exported = { $path } にエクスポートしました
settings-backed-up = { $path } にバックアップしました
settings-ledger-file = 台帳ファイル：{ $path }

## デモデータと全消去

settings-demo-title = デモデータ
settings-demo-empty = 台帳は空です。6 か月分の架空の LIVE配信を読み込むと、グラフを確認できます。
settings-demo-clear-intro = 消去すると、すべての LIVE配信・ギフト・出金・修正が削除されます。レート、カタログ、設定は残ります。先に台帳のコピーが隣に保存され、直後なら元に戻せます。
settings-demo-load = デモデータを読み込む
settings-demo-loaded = デモデータを読み込みました
settings-clear = すべての記録を消去
settings-clear-title = すべての記録を消去しますか？
settings-clear-sessions = { $count ->
   *[other] LIVE配信 { $count } 件
}
settings-clear-gifts = { $count ->
   *[other] ギフト { $count } 件
}
settings-clear-withdrawals = { $count ->
   *[other] 出金 { $count } 件
}
settings-clear-what = { $sessions }（{ $gifts }を含む）、{ $withdrawals }、すべての修正とインポートが削除されます。レート、カタログ、設定は残ります。
settings-clear-copy = 先に現在の台帳のコピーが隣に保存され、直後なら元に戻せます。
settings-clear-word = 消去
settings-cleared = 台帳を消去しました。消去前のコピーが隣に保存されています。
settings-records-back = すべての記録を元に戻しました

## このアプリについて

settings-about-title = このアプリについて
settings-about-version = LiveLedger { $version }
settings-about-offline = { $command } と同じバージョンです。オフライン：ネットワーク接続なし、アカウントなし、利用状況の送信なし。
