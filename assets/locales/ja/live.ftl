# ライブ集計の画面: LIVE配信を始め、ギフトをクリックやキーで記録し、
# 配信を終えて、終了時のまとめを表示します。

live-heading = ライブ集計
live-badge = LIVE

## 配信前。

live-start-card = LIVE配信を始める
live-start-intro = 配信中にギフトを記録します。ギフト1件につきクリック1回かキー1回です。タップのたびにすぐ保存されるので、アプリを閉じても何も失われず、戻ったときも配信は続いています。
live-title-label = タイトル
live-title-placeholder = この配信のテーマは？（任意）
live-go = 配信開始 — 集計を始める

## 配信中。

live-started = { $when }に開始。キー1〜9でギフトを追加、Ctrl+Zで最後の1件を取り消します。
live-sender-label = 送り主
live-sender-placeholder = 次のギフトの送り主（任意）
live-senders-label = 最近の送り主
live-senders-hint = ギフトごとにクリアされます。最近:
live-other-label = その他のギフト
live-other-gift = その他のギフト…
live-other-option = { $gift }（{ $coins }）
live-streak-label = 次のギフトの個数
live-armed-note = 次のギフトは×{ $times }で数えます
live-armed-hint = 記録後は×1に戻ります（Escで取り消し）。
live-key = キー{ $key }
live-this-live = この配信
live-value-gifts = { $value } · { $count ->
   *[other] ギフト{ $count }件
}
live-threshold-title = 出金ライン
live-balance-line = 残高 { $diamonds } = { $value } / { $minimum } · { $percent }
live-last-gifts = 最近のギフト
live-gift-line = { $gift } × { $count }
live-gift-line-from = { $sender }さんから { $gift } × { $count }
live-undo-last = 最後を取り消す（Ctrl+Z）
live-nothing-to-undo = 取り消すものはありません
live-remove-anyway = それでも取り消す

## スクリーンリーダーへの読み上げと、取り消し後の表示。

live-logged = { $gift } × { $count } を記録しました。この配信: { $total }。
live-logged-from = { $sender }さんから { $gift } × { $count } を記録しました。この配信: { $total }。
live-removed-toast = { $gift } × { $count } を取り消しました
live-removed = { $gift } × { $count } を取り消しました。この配信: { $total }。

## 配信の終了。

live-end = 配信を終了
live-end-title = この配信を終了しますか？
live-end-so-far = { $count ->
   *[other] ここまでのギフトは{ $count }件、{ $diamonds }です。
}
live-end-after = この後に記録したギフトは新しい配信になります。
live-ended = 配信を終了して保存しました

## 終わったばかりの配信のまとめ。

live-recap-title = 配信終了
live-recap-title-named = 配信終了: { $title }
live-recap-card = まとめ
live-earned = 獲得
live-earned-value = { $diamonds } · { $value }
live-duration = 配信時間
live-gifts = ギフト
live-top-gifters = トップサポーター
live-gifter-line = { $count ->
   *[other] ギフト{ $count }件
} · { $coins }
live-no-gifters = 送り主のわかるギフトはありませんでした。
live-from-tiktok = TikTokのLIVEサマリーから
live-from-tiktok-hint = 配信後にTikTokが表示するサマリーから写してください（任意）。
live-viewers = 視聴者数
live-followers = 新規フォロワー
live-save = 保存
live-saved = この配信に保存しました
live-another = 別の配信を始める
live-all-lives = すべての配信
