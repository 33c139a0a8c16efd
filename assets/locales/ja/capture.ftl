# ライブ集計の取り込みパネル: このパソコンのLIVEツール（TikFinityの
# WebSocket、または別のツールが書くログファイル）からギフトを自動で記録します。

capture-title = 取り込み元…
capture-intro = このパソコンのLIVEツールからギフトが自動で記録され、届いた瞬間に保存されます。連続ギフトは終わったときに1回だけ数えます。ツールが取りこぼしたギフト用に集計ボタンはそのまま使えます。
capture-source-label = 取り込み元
capture-source-ws = WebSocket（TikFinity）
capture-source-file = ログファイル
capture-address-label = アドレス
capture-file-placeholder = ツールが書き込むログファイルのパス
capture-choose-file = ファイルを選択…
capture-connect = 接続
capture-stop = 停止

## 接続の状態。

capture-state-connecting = 接続中
capture-state-connected = 接続済み
capture-state-reconnecting = 再接続中
capture-state-stopped = 停止
capture-status-running = { $state } — { $detail } · { $count ->
   *[other] ギフト{ $count }件を記録
}
capture-status-stopped = 停止 — { $count ->
   *[other] ギフト{ $count }件を記録
}
capture-not-capturing = 取り込みは停止中です。
capture-last-problem = 直近の問題: { $problem }

## 続いている連続ギフトと記録したギフト。

capture-pending-title = 連続ギフト（終わったときに数えます）
capture-no-streak = 続いている連続ギフトはありません。
capture-gifts-title = 記録したギフト（新しい順）
capture-gifts-empty = ツールから届いたギフトが、新しい順にここに表示されます。
capture-gift-count = { $gift } × { $count }
capture-gift-from = { $sender }さんから { $gift }
capture-unfinished = 未完了の連続ギフト
capture-unfinished-hint = 連続ギフトの終わりが届きませんでした。最大個数で数えています
capture-dropped = 接続切れ
capture-dropped-hint = この連続ギフトの途中で取り込み元が切れました。終わらない可能性があります
capture-announce = 新しいギフト: { $gift } × { $count }。
capture-announce-from = 新しいギフト: { $sender }さんから { $gift } × { $count }。
