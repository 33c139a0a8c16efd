# インポートが伝えること：レポート（読み込んだもの・追加したもの、ファイルの
# 読み方、スキップしたもの）、メモと警告、ファイルを受け付けなかった理由。
# 数値はレポートの書き方のまま届きます。$count、$rows、$sessions、$matched
# は複数形を選ぶ数値です（日本語では名詞は変わりません）。

## レポートの最初の行：読み込んだもの・追加したもの。

core-import-totals = { $file }（{ $format }）：{ $rows ->
       *[other] { $rows_read } 行を読み込み
    }、{ $added } 行を追加、{ $skipped } 行はインポート済みのためスキップ、{ $sessions ->
       *[other] LIVE配信を { $sessions_added } 件作成
    }、{ $matched ->
       *[other] 既存のLIVE配信 { $sessions_matched } 件に追加
    }
core-import-totals-dry-run = プレビュー：まだ何も書き込まれていません。{ $file }（{ $format }）：{ $rows ->
       *[other] { $rows_read } 行を読み込み
    }、{ $added } 行を追加予定、{ $skipped } 行はインポート済みのためスキップ、{ $sessions ->
       *[other] LIVE配信を { $sessions_added } 件作成予定
    }、{ $matched ->
       *[other] 既存のLIVE配信 { $sessions_matched } 件に追加予定
    }
core-import-adds = { $coins } コイン、{ $diamonds } ダイヤモンドを追加
# $value：通貨ごとの価値、"12.50 EUR + 3.00 USD"。
core-import-adds-worth = { $coins } コイン、{ $diamonds } ダイヤモンドを追加（価値 { $value }）

## ファイルの読み方。$encoding：UTF-8、windows-1252、またはシート
## （"xlsx sheet 'Gifts'"）。$delimiter：comma、semicolon、tab、pipe。

core-import-read-txt = TikTokのTXTダウンロードとして読み込み
core-import-read-txt-in = TikTokのTXTダウンロードとして { $encoding } で読み込み
core-import-read-json = JSONとして読み込み
core-import-read-json-in = JSONとして { $encoding } で読み込み
core-import-read-table = { $encoding }、{ $delimiter ->
        [comma] カンマ
        [semicolon] セミコロン
        [tab] タブ
        [pipe] 縦線
       *[other] { $delimiter }
    }区切りとして読み込み、見出しは { $line } 行目
core-import-read-table-skipped = { $encoding }、{ $delimiter ->
        [comma] カンマ
        [semicolon] セミコロン
        [tab] タブ
        [pipe] 縦線
       *[other] { $delimiter }
    }区切りとして読み込み、見出しは { $line } 行目（{ $count ->
       *[other] その上の { $above } 行はスキップ
    }）
core-import-read-sheet = { $encoding } として読み込み、見出しはシートの { $line } 行目
core-import-read-sheet-skipped = { $encoding } として読み込み、見出しはシートの { $line } 行目（{ $count ->
       *[other] その上の { $above } 行はスキップ
    }）
# 前の行の続き：日付の書き方（"YYYY-MM-DD"）。
core-import-read-dates = 、日付 { $dates }
# 前の行の続き：数値の書き方（"1.234,5"）。
core-import-read-numbers = 、数値 { $numbers }
# $field：--map での項目名（date、coins…、空白で桁揃え）。$samples：最初の値。
core-import-field = { $field } ← { $column } 列目（{ $header }）：{ $samples }

## スキップしたもの：「スキップ：」と一覧。

core-import-skipped = スキップ：{ $list }
core-import-skipped-totals = { $count ->
       *[other] 合計行 { $n } 行
    }
core-import-skipped-blank = { $count ->
       *[other] 空行 { $n } 行
    }
# $kind：ファイルでのイベントの種類（like、chat、member…）。
core-import-skipped-events = { $count ->
       *[other] { $kind } イベント { $n } 件
    }
core-import-skipped-summary = { $count ->
       *[other] 集計行 { $n } 行
    }

## メモ：知っておきたい場合のファイルの読み方。

core-import-redelivered = { $count ->
       *[other] ファイルに2回あったメッセージ（同じメッセージID）{ $n } 件は1回として数えました
    }
core-import-streak-steps = { $count ->
       *[other] 連続ギフトの途中経過 { $n } 行は、その連続ギフトの最終数にまとめました
    }
core-import-unfinished-streaks = { $count ->
       *[other] 警告：連続ギフト { $n } 件がファイル内で終わっていません。それぞれ最大の数で数えました
    }
core-import-summary-block = { $count ->
       *[other] { $first } 行目の { $n } 行の集計ブロックをスキップしました：表の下にあり、日付の列に日付がありません
    }
core-import-summary-block-lines = { $count ->
       *[other] { $first }–{ $last } 行目の { $n } 行の集計ブロックをスキップしました：表の下にあり、日付の列に日付がありません
    }
core-import-price-coins = 各ギフトの価格は { $coins_column } 列目（{ $coins_header }）のコインから読み込みます。{ $diamonds_column } 列目（{ $diamonds_header }）はコインのない行でのみ読み込みます
core-import-price-total-diamonds = 各ギフトの価格は { $diamonds_column } 列目（{ $diamonds_header }）から読み込みます：行の合計ダイヤモンドを個数で割った値です（ギフトのダイヤモンドはコインでの価格です）
core-import-price-diamonds = 各ギフトの価格は { $diamonds_column } 列目（{ $diamonds_header }）から読み込みます：ギフトのダイヤモンドはコインでの価格です（LIVEツールが diamondCount に書く値）
# $saved：対応付けを保存した日。$name：対応付けを作ったファイル。
core-import-mapping-used = { $saved } / { $name } の列の対応付けを使いました：{ $mapping }

## 警告：合計を信頼する前に確認すること。

core-import-warning = 警告：{ $warning }
core-import-left-out = { $count ->
       *[other] 問題のある { $n } 行を選択どおり除外し、残りをインポートしました
    }
core-import-windows-1252 = ファイルがUTF-8ではないため、Windows-1252（Latin-1）として読み込みました：アクセント付きの名前が正しく表示されているか確認してください
# $max × $coins：連続ギフトの最大数とギフトの価格。
core-import-streak-unended = { $line } 行目：{ $gift } の連続ギフトがファイル内で終わっていません。{ $max } × { $coins } コイン（それまでの最大数）として数え、推定として記録しました
core-import-streak-unended-from = { $line } 行目：{ $sender } さんの { $gift } の連続ギフトがファイル内で終わっていません。{ $max } × { $coins } コイン（それまでの最大数）として数え、推定として記録しました
core-import-streaks-more = ほかにも終わっていない連続ギフトがあります。推定と記録された行を確認してください
# $column：連続ギフトの終わりを示す列（repeatEnd）。
core-import-streak-steps-uncounted = { $count ->
       *[other] { $n } 行が連続ギフトの途中経過のように見えます（同じ送り主・同じギフトで、個数が前の行より1多い）が、{ $column } 列を読み込んでいないため各行を数えています。ファイルに連続ギフトの列があれば、連続ギフトの終わりとギフトの種類の列を選んでください（CLI: --map repeat_end=COLUMN,gift_type=COLUMN）
    }

## レポートの最後の行。

core-import-sections-ignored = 無視したセクション：{ $sections }
core-import-streaks-updated = { $count ->
       *[other] 以前のインポートで途中までだった連続ギフト { $n } 件を、このファイルの数に更新しました
    }
core-import-undo = インポート { $id } — 元に戻すには `liveledger imports undo { $id }`

## TikTok LIVE Centerの日次ファイル。$figures：項目名（diamonds、likes…）。

core-import-days = { $count ->
       *[other] { $n } 日分のTikTokの数値：{ $figures }
    }
core-import-days-on = { $count ->
       *[other] { $first } の { $n } 日分のTikTokの数値：{ $figures }
    }
core-import-days-range = { $count ->
       *[other] { $first } から { $last } までの { $n } 日分のTikTokの数値：{ $figures }
    }
core-import-days-diamonds = この期間のTikTokの報告は { $diamonds } ダイヤモンド：台帳とは別に保存し、残高には加えません（`liveledger days` で比較できます）
core-import-days-figures = { $count ->
       *[other] 新しい数値 { $added } 件、既存 { $unchanged } 件
    }
core-import-days-replaces = { $day } のTikTokの { $figure } を置き換え：{ $was } → { $now }
core-import-days-more = { $count ->
       *[other] …ほか { $n } 件の数値を置き換え
    }

## 受け付けなかったファイル：何もインポートされていません。

# $map：指定する対応付け。$columns：各列と最初の値、1行に1列。
core-import-unknown-format = { $file }：見出し（{ $header }、{ $line } 行目）からファイルの内容が分かりません。--map { $map } で列を指定してください{ $columns }
core-import-unknown-format-columns = { $file }：見出し（{ $header }、{ $line } 行目）からファイルの内容が分かりません。--map { $map } で列を指定してください
    ファイルの列：{ $columns }
core-import-rows = { $file }：{ $count ->
       *[other] { $n } 件の問題
    }があるため、何もインポートされていません：
core-import-problem = { $line } 行目：{ $problem }
core-import-problem-column = { $line } 行目、{ $column } 列目（{ $header }）：{ $problem }
core-import-problems-more = { $count ->
       *[other] …ほか { $n } 件
    }
core-import-problem-open-quote = 1つの項目が複数行にまたがっています：引用符（"）が閉じられていない可能性があります
core-import-problem-dates-mixed = 日付に日が先の順（{ $day_first } 行目）と月が先の順（{ $month_first } 行目）が混在しています。YYYY-MM-DD で書いてください
core-import-problem-dates-ambiguous = 01/02/2026 のような日付は日が先とも月が先とも読め、ファイル内のどの日付からも決まりません。YYYY-MM-DD で書いてください

## ウィンドウが伝える、受け付けなかったファイル：行の一覧と列の選択はウィンドウが表示します。

core-import-page-choose-columns = { $file }：どの列に何が入っているか LiveLedger には分かりません。下で項目ごとに列を選んでください。
core-import-page-one-column = { $file }：このファイルの内容が LiveLedger には分かりません：列が1つしかなく、ギフトの表ではありません。
core-import-page-rows = { $file }：{ $count ->
       *[other] { $n } 行に問題があるため、
    }何もインポートされていません
