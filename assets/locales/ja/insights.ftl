# インサイト（「稼げるのは何か」）：すべてのLIVE配信から見た、何が稼ぎに
# つながるか。各数値はLIVE配信（またはTikTokの日次）の件数に基づき、少なすぎる
# ときは数値の代わりにそう表示します。

insights-title = 稼げるのは何か

## 数値とそのサンプル。

insights-not-enough = LIVE配信がまだ足りません（{ $min }回中{ $n }回）
insights-sample-lives = （{ $count ->
   *[other] LIVE配信{ $count }回
}）
insights-sample-days = （{ $count ->
   *[other] { $count }日
}）
insights-sample-weeks = （{ $count ->
   *[other] { $count }週
}）
insights-percent = { $value }%

## 期間。

insights-range-from = 開始 { $date }
insights-range-to = 終了 { $date }
insights-from-label = 開始日
insights-to-label = 終了日
insights-show = 表示
insights-all-lives = すべてのLIVE配信
insights-looked-at = { $count ->
   *[other] LIVE配信{ $count }回を分析
} · 中央値 · 各数値にはLIVE配信{ $min }回が必要

## まだLIVE配信がないとき。

insights-empty-title = 分析できるLIVE配信がまだありません
insights-empty-text = インサイトはLIVE配信どうしを比べます：配信に最適な時間帯、どのくらいの長さが稼げるか、視聴者1人の価値、誰がギフトを贈っているか。各数値には15分以上のLIVE配信が{ $min }回必要です。
insights-add-live = LIVE配信を追加
insights-import-lives = LIVE配信をインポート

## 視聴回数で報酬はもらえますか？

insights-per-view-title = 視聴回数で報酬はもらえますか？
insights-per-view-answer = いいえ。TikTokが支払うのはギフトに対してで、視聴回数に対してではありません。あなたのLIVE配信での視聴者1人あたりの価値：
insights-per-viewer = 視聴者1人あたりのダイヤモンド
insights-per-1000-viewers = 視聴者1,000人あたりのダイヤモンド
insights-money-per-1000-viewers = 視聴者1,000人あたりの{ $currency }
insights-per-hour-same-lives = 配信1時間あたりのダイヤモンド（同じLIVE配信）
insights-per-1000-views-days = 視聴1,000回あたり（TikTokのLIVE Centerの日次から）
insights-per-view-note = 視聴者数を入力・インポート・キャプチャしたLIVE配信が対象です。

## いつ配信するか。

insights-when-title = いつ配信するか
insights-when-note = 各マス：その時間に始めたLIVE配信の、配信1時間あたりのダイヤモンドの中央値と（小さく）配信回数。LIVE配信が{ $min }回未満のマスは回数だけを表示します。
insights-no-lives-in-range = この期間にLIVE配信はありません。
insights-week-caption = 曜日と開始時刻別の配信1時間あたりのダイヤモンド中央値（あなたのタイムゾーン）と各マスの配信回数
insights-week-day = 曜日
insights-cell-few = { $day } { $hour }：LIVE配信がまだ足りません（{ $min }回中{ $n }回）
insights-cell = { $day } { $hour }：1時間あたり { $diamonds }、{ $count ->
   *[other] LIVE配信{ $count }回
}

## 配信の長さ。

insights-how-long = 配信の長さ
insights-lengths-caption = 配信時間別のダイヤモンド中央値：どこから長く配信しても稼げなくなるか
insights-col-length = 配信時間
insights-col-per-hour = 配信1時間あたりのダイヤモンド
insights-col-per-live = LIVE配信1回あたりのダイヤモンド
insights-band-under = { $to }未満
insights-band-between = { $from }～{ $to }
insights-band-longer = { $from }以上

## 配信の盛り上がりとギフト。

insights-room-title = 配信の盛り上がりとギフト
insights-room-empty = ライブキャプチャは、動作中に1分ごとのいいね、コメント、入室、新規フォロワーを数えます（チャットの内容は記録しません）。いくつかのLIVE配信をキャプチャするか、TikTokのLIVE Centerの日次ファイルをインポートすると、ダイヤモンドが盛り上がりとどう連動したかがここに表示されます。
insights-room-counted = ライブキャプチャが{ $count ->
   *[other] LIVE配信{ $count }回
}で盛り上がりを数えました：1分あたりコメント{ $comments }件、いいね{ $likes }件（中央値）。
insights-split-comments = 1分あたりのコメントが{ $cut }件を超えたとき：配信1時間あたりのダイヤモンド { $above }。{ $cut }件以下のとき：{ $below }。
insights-split-likes = 1分あたりのいいねが{ $cut }件を超えたとき：配信1時間あたりのダイヤモンド { $above }。{ $cut }件以下のとき：{ $below }。
insights-split-followers = 1時間あたりの新規フォロワーが{ $cut }人を超えたとき：配信1時間あたりのダイヤモンド { $above }。{ $cut }人以下のとき：{ $below }。
insights-split-days-likes = TikTokのLIVE Centerの日次で配信1分あたりのいいねが{ $cut }件を超えたとき：配信1時間あたりのダイヤモンド { $above }。{ $cut }件以下のとき：{ $below }。
insights-split-comments-few = 1分あたりのコメント別：両側のLIVE配信がまだ足りません（現在{ $count ->
   *[other] { $count }回
}。両側に最低{ $min }回ずつ必要です）。
insights-split-likes-few = 1分あたりのいいね別：両側のLIVE配信がまだ足りません（現在{ $count ->
   *[other] { $count }回
}。両側に最低{ $min }回ずつ必要です）。
insights-split-followers-few = 1時間あたりの新規フォロワー別：両側のLIVE配信がまだ足りません（現在{ $count ->
   *[other] { $count }回
}。両側に最低{ $min }回ずつ必要です）。
insights-split-days-likes-few = TikTokのLIVE Centerの日次の配信1分あたりのいいね別：両側の日数がまだ足りません（現在{ $count ->
   *[other] { $count }日
}。両側に最低{ $min }日ずつ必要です）。
insights-cause = これは同時に起きたことを示すもので、原因を示すものではありません。チャットが盛り上がるとギフトが増えることも、ギフトがチャットを盛り上げることもあります。

## LIVE配信を1分ごとに。

insights-timeline-title = LIVE配信を1分ごとに
insights-timeline-pick = 表示するLIVE配信
insights-timeline-live = LIVE配信 { $pick }
insights-timeline-minutes = { $count ->
   *[other] ギフトまたはカウントのある{ $count }分。
}
insights-timeline-uncounted = このLIVE配信ではライブキャプチャが盛り上がりを数えていないため、ギフトだけを表示しています。
insights-timeline-every-minute = 1分ごとの詳細（いいね、新規フォロワー、視聴者）
insights-col-minute = 分
insights-col-diamonds = ダイヤモンド
insights-col-comments = コメント
insights-col-likes = いいね
insights-col-new-followers = 新規フォロワー
insights-col-viewers = 視聴者
insights-timeline-note = 棒：ダイヤモンド。線：ライブキャプチャが数えたコメント。長いLIVE配信は数分ごとにまとめて描きます。

## プラン。

insights-plan-title = プラン
insights-plan-reached = 最低出金額に到達しました。
insights-plan-wait = あと { $diamonds }。必要な時間はLIVE配信{ $min }回の後に表示されます。
insights-plan-hours = あと { $diamonds }：配信1時間あたり { $perHour } の中央値（{ $lives ->
   *[other] 直近{ $lives }回
}）で、あと約{ $hours }{ $count ->
   *[other] 時間
}の配信が必要です。
insights-plan-week = 今週：{ $thisWeek } { $count ->
   *[other] ダイヤモンド
}。それまでの週の平均：{ $average }。
insights-plan-by = { $date }までに到達
insights-plan-by-label = 最低出金額に到達したい日
insights-plan-button = 計画する
insights-plan-per-week = { $day }まで週に約{ $hours }{ $count ->
   *[other] 時間
}の配信。
insights-plan-passed = その日はすでに過ぎています。

## 誰が贈っているか。

insights-who-title = 誰が贈っているか
insights-gifters-per-live = LIVE配信1回あたりのギフト送信者
insights-returning-gifters = リピーターの送信者
insights-top-share = { $count ->
    [1] トップサポーターの貢献
   *[other] 上位{ $count }人のサポーターの貢献
}
insights-top-share-value = ギフトのダイヤモンドの{ $percent }
insights-no-senders = このLIVE配信には送り主の名前があるギフトがありません。
insights-supporters-caption = このLIVE配信のトップサポーター（あなた自身の画面のみ。エクスポートには、指定しない限り名前は含まれません）
insights-col-supporter = サポーター
insights-col-lives = LIVE配信
insights-col-first-gift = 最初のギフト
insights-col-last-gift = 最後のギフト
