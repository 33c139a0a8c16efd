# LIVE一覧の画面: LIVE配信の一覧、1回の配信の詳細（まとめ、サポーター別の
# ギフト、手入力のギフト）と、配信を追加・編集するフォーム。

sessions-title = LIVE一覧
sessions-filter-placeholder = タイトルや日付で絞り込み…
sessions-filter-label = LIVE配信を絞り込む
sessions-new = 新しいLIVE配信
sessions-no-match = 条件に合うLIVE配信はありません。
sessions-empty-title = LIVE配信はまだありません
sessions-empty-text = これまでのLIVE配信をギフトと一緒に追加するか、CSVファイルからインポートしてください。

## 一覧の列。「配信中」はまだ続いている配信を示します。

sessions-col-date = 日付
sessions-col-duration = 配信時間
sessions-col-title = タイトル
sessions-col-diamonds = ダイヤモンド
sessions-col-value = 金額
sessions-col-viewers = 視聴者
sessions-col-per-hour = 1時間あたり
sessions-running-badge = 配信中

## LIVE配信のフォーム。

sessions-field-start = 開始
sessions-field-end = 終了
sessions-field-end-hint = 配信中は空欄のままにしてください。
sessions-field-title = タイトル
sessions-field-viewers = 視聴者数
sessions-field-peak-viewers = 最大同時視聴者数
sessions-field-new-followers = 新規フォロワー
sessions-field-diamonds = TikTokが報告したダイヤモンド
sessions-field-diamonds-hint = ギフトを1件ずつ記録しない場合は、TikTokのLIVEサマリーから入力します。
sessions-field-notes = メモ
sessions-edit-title = LIVE配信を編集
sessions-new-title = 新しいLIVE配信
sessions-save = 保存
sessions-add = LIVE配信を追加
sessions-cancel = キャンセル
sessions-saved = LIVE配信を保存しました
sessions-added = LIVE配信を追加しました

## 1回のLIVE配信の詳細。

sessions-untitled = LIVE配信
sessions-edit = 編集
sessions-delete = 削除
sessions-close = 閉じる
sessions-close-label = 配信の詳細を閉じる
sessions-recap = まとめ
sessions-earned = 獲得
sessions-duration = 配信時間
sessions-still-live = 配信中
sessions-per-hour-live = 配信1時間あたり
sessions-gifts = ギフト
sessions-top-gifters = トップサポーター
sessions-no-gifters = 送り主の名前がありません
sessions-gifts-from = { $senders ->
   *[other] { $senders }人
}から{ $count ->
   *[other] { $count }件のギフト
}
sessions-by-sender = 送り主別のギフト
sessions-no-sender = 送り主の名前なし
sessions-sender-line = { $count ->
   *[other] ギフト{ $count }件
} · { $coins }
sessions-no-gifts = この配信にはギフトの行がありません。
sessions-per-thousand-viewers = 視聴者1,000人あたり{ $value }

## LIVE配信のギフト表。

sessions-col-time = 時刻
sessions-col-gift = ギフト
sessions-col-coins = コイン
sessions-col-count = 個数
sessions-col-actions = 操作
sessions-estimated = 推定
sessions-estimated-hint = インポートしたログがこの連続ギフトの終わる前に途切れました。それまでの最大個数で数えています。残りのログをインポートすると完成します。
sessions-delete-gift-label = { $gift }を削除
sessions-delete-gift-from-label = { $sender }さんの{ $gift }を削除

## ギフトの手入力。

sessions-gift-field = ギフト
sessions-gift-placeholder = Rose
sessions-gift-hint = カタログにあるギフトは、カタログのコイン数を使います。
sessions-coins-field = 1個あたりのコイン
sessions-coins-placeholder = カタログから
sessions-count-field = 個数
sessions-sender-field = 送り主
sessions-sender-placeholder = 任意
sessions-add-gift = ギフトを追加
sessions-gift-added = ギフトを追加しました

## ギフトやLIVE配信の削除（直後に元に戻せます）。

sessions-delete-gift-title = このギフトを削除しますか？
sessions-delete-gift-line = { $gift } × { $count }（{ $coins }）
sessions-delete-gift-from-line = { $sender }さんの{ $gift } × { $count }（{ $coins }）
sessions-undo-hint = 削除の直後なら元に戻せます。
sessions-delete-gift-confirm = ギフトを削除
sessions-delete-anyway = それでも削除
sessions-gift-deleted = ギフトを削除しました
sessions-restore-anyway = それでも元に戻す
sessions-delete-session-title = このLIVE配信を削除しますか？
sessions-delete-session-line = { $title } · { $date }: { $count ->
   *[other] ギフト{ $count }件
}、{ $diamonds }
sessions-delete-session-confirm = LIVE配信を削除
sessions-session-deleted = LIVE配信を削除しました
