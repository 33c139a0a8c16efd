# インポート画面：ファイルの選択、列の割り当て、追加される内容のプレビュー、
# 結果、元に戻す、インポート履歴。コアの文（エラー、警告、メモ）はコアから
# 届きます。ファイル名・列名・送り主・イベント名はファイル自身の言葉です。

## ページ

import-title = インポート
import-card-title = ファイルをインポート
import-intro = LIVEツールのギフトログ（CSV、JSON、JSON Lines）、TikTok公式のデータダウンロード（.zip または .json）、スプレッドシート（.xlsx、.xls、.ods）、ギフト表、LIVE分析のサマリー、LiveLedgerのエクスポートに対応しています。「インポート」を押すまで何も書き込まれず、インポートはまとめて元に戻せます。
import-choose-button = ファイルを選択…
import-path-empty = ファイルが選択されていません
import-path-label = 選択したファイル
import-preview-button = プレビュー
import-button = インポート
import-options = 形式と列
import-format-label = 形式
import-map-label = 列をテキストで指定（フィールド=列, …）：検出結果に追加されます
import-map-short = 列をテキストで指定
import-map-example = date=日時,gift=ギフト,coins=価格,count=数量,sender=ユーザー
import-saved-label = 保存した割り当て
import-saved-use = 保存した割り当てを使う…
import-saved-none = 保存した割り当てはまだありません
import-save-as-label = この割り当てを保存する名前（インポート時）
import-save-as-short = この割り当てを保存する名前
import-save-as-example = 例：自分のツールのログ
import-choose-first = 先にファイルを選択してください
import-done-toast = { $count ->
   *[other] { $count } 行をインポートしました
}

## 読み込める形式

import-format-auto = 内容から自動判別
import-format-gift-events = ギフトイベントログ、CSV（TikTok LIVEツール）
import-format-json-events = ギフトイベント、JSON または JSON Lines（Webcastツール、TikFinity）
import-format-tiktok-data = TikTokの「データをダウンロード」（JSON または .zip）
import-format-gift-table = ギフト表
import-format-session-summary = LIVE配信のサマリー（LIVE分析）
import-format-tiktok-days = TikTok LIVE Centerの日次（収益、アクティビティ、視聴者、エンゲージメント）
import-format-liveledger = LiveLedgerのエクスポート

## 列に入りうるフィールド

import-field-date = 日時
import-field-time = 時刻
import-field-event = イベントの種類
import-field-gift = ギフト
import-field-gift-id = ギフト番号
import-field-coins = コイン
import-field-count = 個数
import-field-sender = 送り主
import-field-nickname = 送り主のニックネーム
import-field-session = LIVE配信
import-field-repeat-end = 連続ギフト終了
import-field-gift-type = ギフトの種類（連続または単発）
import-field-streakable = 連続ギフト可
import-field-streaking = 連続ギフト中
import-field-event-id = メッセージ番号
import-field-diamonds = ギフトあたりのダイヤモンド
import-field-total-diamonds = ダイヤモンド（行の合計）
import-field-duration = 長さ
import-field-end = 終了
import-field-viewers = 視聴者
import-field-peak-viewers = 最大視聴者数
import-field-followers = 新しいフォロワー
import-field-likes = いいね
import-field-gifters = サポーター
import-field-rewards = リワード
import-field-title = タイトル
import-field-lives = LIVE配信
import-field-views = 視聴回数
import-field-watch-time = 視聴時間
import-field-avg-concurrent = 平均同時視聴者数
import-field-commenters = コメントした人
import-field-shares = シェア

## ファイルの読み方

import-read-as-line = 読み込み方法：{ $how }。
import-read-encoding = 文字コード { $encoding }
import-read-delimiter = 区切り文字 { $delimiter }
import-delimiter-comma = カンマ
import-delimiter-semicolon = セミコロン
import-delimiter-tab = タブ
import-delimiter-pipe = 縦棒
import-read-numbers = 数値 { $numbers }
import-numbers-plain = 区切りなし
import-read-dates = 日付 { $dates }
import-read-header-line = 見出しは { $line } 行目
import-read-header-row = 見出しは { $line } 行目（シート）

## プレビューと結果

import-notice-preview = プレビュー：まだ何も書き込まれていません。
import-notice-imported = インポートしました。
import-rows-read = { $count ->
   *[other] { $file }：{ $count } 行を読み込みました。
}
import-rows-read-explained = { $count ->
   *[other] { $file }：{ $count } 行を読み込みました。内訳：
}
import-explain-to-add = { $count ->
   *[other] 追加する行：{ $count }
}
import-explain-added = { $count ->
   *[other] 追加した行：{ $count }
}
import-explain-streak-steps = { $count ->
   *[other] 連続ギフトの途中経過 { $count } 件を最終数にまとめました（バラ5個の連続ギフトは 1, 2, 3, 4, 5 と記録され、5として1回だけ数えます）
}
import-explain-already = { $count ->
   *[other] すでに台帳にある行：{ $count }（二重には追加しません）
}
import-explain-redelivered = { $count ->
   *[other] ファイル内で重複したメッセージ：{ $count }（1回だけ数えます）
}
import-explain-totals = { $count ->
   *[other] 合計行：{ $count }（ギフトではありません）
}
import-explain-summary = { $count ->
   *[other] 表の下のサマリー行：{ $count }
}
import-explain-blank = { $count ->
   *[other] 空行：{ $count }
}
import-explain-events = { $count ->
   *[other] ギフト以外のイベント：{ $count }（{ $kinds }）
}
import-event-kind = { $kind } { $count }
import-explain-left-out = { $count ->
   *[other] スキップを選んだ問題のある行：{ $count }
}
import-left-out-note = { $count ->
   *[other] 問題のある { $count } 行を除外しました（{ $lines }）。
}
import-lines = { $count ->
   *[other] { $lines } 行目
}
import-lines-more = ほか { $count } 行
import-include-again-button = 元に戻して含める
import-would-add = 追加予定
import-added = 追加済み
import-added-lives = { $count ->
   *[other] 新しいLIVE配信 { $count } 件（延長 { $extended } 件）
}
import-added-rows = { $count ->
   *[other] { $count } 行
}
import-amount-coins = コイン
import-amount-diamonds = ダイヤモンド
import-amount-value = 金額
import-lives-to-create = 作成するLIVE配信（{ $count }）
import-lives-created = 作成したLIVE配信（{ $count }）
import-lives-live = LIVE配信
import-lives-diamonds = ダイヤモンド
import-lives-more = ほか { $count } 件
import-gap-sentence = ギフトのない時間が { $minutes } 分続くと新しいLIVE配信とみなします
import-gap-aria = 新しいLIVE配信とみなす、ギフトのない分数
import-gap-apply-button = もう一度プレビュー
import-gap-invalid = 1〜1440 の整数で分を入力してください
import-fields-field = フィールド
import-fields-column = 列
import-fields-first = 最初の値
import-column-for = { $field } の列
import-add-field-label = 別のフィールド
import-add-field-prompt = 別のフィールドを読み込む…
import-unfinished-streaks = { $count ->
   *[other] ファイル内で終わらなかった連続ギフトが { $count } 件あります。より長いログをインポートするまで、それぞれ最大の数で数えます。
}
import-streaks-updated = { $count ->
   *[other] 以前のインポートで途中までだった連続ギフト { $count } 件を、このファイルの数に更新します。
}
import-sections-ignored = 読み込まなかったセクション：{ $sections }。
import-nothing-new = 新しくインポートするものはありません。

## TikTok LIVE Centerの日次ファイル

import-days-figures = { $count ->
   *[other] TikTok LIVE Centerの { $count } 日分の数値（{ $span }）：{ $figures }。
}
import-days-figures-no-span = { $count ->
   *[other] TikTok LIVE Centerの { $count } 日分の数値：{ $figures }。
}
import-days-span = { $from }〜{ $to }
import-days-diamonds-note = この期間についてTikTokは { $diamonds } と報告しています。台帳とは別に保存され、残高には加算されません。「TikTokの日次」で比較できます。
import-days-counts = { $count ->
   *[other] 新しい数値 { $count } 件、台帳にすでにあるもの { $unchanged } 件。
}
import-days-replaced-intro = { $count ->
   *[other] { $count } 件の数値が台帳の値を置き換えます：
}
import-days-replaced-item = { $day }、{ $figure }：{ $was } → { $now }
import-figure-diamonds = ダイヤモンド
import-figure-live-seconds = LIVE時間
import-figure-lives = LIVE配信数
import-figure-views = 視聴回数
import-figure-unique-viewers = ユニーク視聴者数
import-figure-avg-watch-seconds = 平均視聴時間
import-figure-peak-concurrent = 最大同時視聴者数
import-figure-avg-concurrent = 平均同時視聴者数
import-figure-gifters = サポーター
import-figure-new-followers = 新しいフォロワー
import-figure-commenters = コメントした人
import-figure-likes = いいね
import-figure-shares = シェア

## インポートされなかったファイル

import-not-imported = インポートされませんでした。
import-problems-line = 行
import-problems-column = 列
import-problems-problem = 問題
import-skip-rows-button = { $count ->
   *[other] この { $count } 行をスキップして残りをインポート
}
import-skip-note = 残りはプレビューのとおり、すべてまとめてインポートされるか、何もインポートされないかのどちらかです。
import-too-many = { $count ->
   *[other] { $count } 行に問題があり、1行ずつスキップするには多すぎます。ファイルを修正するか、正しい列が選ばれているか確認してください。
}
import-no-column = — このファイルにはありません —
import-apply-columns-button = この列でプレビュー

## インポート履歴と元に戻す

import-history-title = インポート履歴
import-history-empty = まだインポートはありません。
import-history-when = 日時
import-history-file = ファイル
import-history-format = 形式
import-history-rows = 追加した行
import-history-sessions = LIVE配信
import-history-notes = メモ
import-history-undo = 元に戻す
import-history-warnings = { $count ->
   *[other] 警告 { $count } 件
}
import-undo-button = 元に戻す
import-undo-label = { $file } のインポートを元に戻す
import-undone = インポートを元に戻しました：{ $gifts }と{ $sessions }を削除しました。
import-undone-gifts = { $count ->
   *[other] ギフト { $count } 行
}
import-undone-sessions = { $count ->
   *[other] LIVE配信 { $count } 件
}
import-undo-again = 元に戻す
import-back = インポートを戻しました
