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
core-import-unknown-format = { $file }：見出し（{ $known ->
        [none] LiveLedgerが知っている列名はありません
       *[other] 認識できた名前：{ $header }
    }、{ $line } 行目）からファイルの内容が分かりません。--map { $map } で列を指定してください{ $columns }
core-import-unknown-format-columns = { $file }：見出し（{ $known ->
        [none] LiveLedgerが知っている列名はありません
       *[other] 認識できた名前：{ $header }
    }、{ $line } 行目）からファイルの内容が分かりません。--map { $map } で列を指定してください
    ファイルの列：{ $columns }
core-import-rows = { $file }：{ $count ->
       *[other] { $n } 件の問題
    }があるため、何もインポートされていません：
core-import-column = { $n } 列目 '{ $header }'：{ $values }
core-import-column-empty = { $n } 列目 '{ $header }'：（空）
core-import-columns-more = { $count ->
       *[other] …ほか { $n } 列
    }
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

## 問題のある行そのものの説明（「N 行目、C 列（名前）：」の後）。
## $text：セルの内容（短縮）。

# $problem: missing, fraction, negative, other.
core-import-what-diamonds = { $problem ->
        [missing] ダイヤモンド数が必要ですが、空欄でした
        [fraction] ダイヤモンド数が必要ですが、小数を含む'{ $text }'でした
        [negative] ダイヤモンド数（0以上）が必要ですが、{ $text }でした
       *[other] ダイヤモンド数が必要ですが、'{ $text }'でした
    }
core-import-what-peak-viewers = { $problem ->
        [missing] 最大視聴者数が必要ですが、空欄でした
        [fraction] 最大視聴者数が必要ですが、小数を含む'{ $text }'でした
        [negative] 最大視聴者数（0以上）が必要ですが、{ $text }でした
       *[other] 最大視聴者数が必要ですが、'{ $text }'でした
    }
core-import-what-viewers = { $problem ->
        [missing] 視聴者数が必要ですが、空欄でした
        [fraction] 視聴者数が必要ですが、小数を含む'{ $text }'でした
        [negative] 視聴者数（0以上）が必要ですが、{ $text }でした
       *[other] 視聴者数が必要ですが、'{ $text }'でした
    }
core-import-what-likes = { $problem ->
        [missing] いいね数が必要ですが、空欄でした
        [fraction] いいね数が必要ですが、小数を含む'{ $text }'でした
        [negative] いいね数（0以上）が必要ですが、{ $text }でした
       *[other] いいね数が必要ですが、'{ $text }'でした
    }
core-import-what-followers = { $problem ->
        [missing] フォロワー数が必要ですが、空欄でした
        [fraction] フォロワー数が必要ですが、小数を含む'{ $text }'でした
        [negative] フォロワー数（0以上）が必要ですが、{ $text }でした
       *[other] フォロワー数が必要ですが、'{ $text }'でした
    }
core-import-what-gifters = { $problem ->
        [missing] サポーター数が必要ですが、空欄でした
        [fraction] サポーター数が必要ですが、小数を含む'{ $text }'でした
        [negative] サポーター数（0以上）が必要ですが、{ $text }でした
       *[other] サポーター数が必要ですが、'{ $text }'でした
    }
core-import-what-gift-price = { $problem ->
        [missing] ギフトのコイン価格が必要ですが、空欄でした
        [fraction] ギフトのコイン価格が必要ですが、小数を含む'{ $text }'でした
        [negative] ギフトのコイン価格（0以上）が必要ですが、{ $text }でした
       *[other] ギフトのコイン価格が必要ですが、'{ $text }'でした
    }
core-import-what-repeat-count = { $problem ->
        [missing] 連続回数が必要ですが、空欄でした
        [fraction] 連続回数が必要ですが、小数を含む'{ $text }'でした
        [negative] 連続回数（0以上）が必要ですが、{ $text }でした
       *[other] 連続回数が必要ですが、'{ $text }'でした
    }
core-import-what-gift-type = { $problem ->
        [missing] ギフトの種類番号が必要ですが、空欄でした
        [fraction] ギフトの種類番号が必要ですが、小数を含む'{ $text }'でした
        [negative] ギフトの種類番号（0以上）が必要ですが、{ $text }でした
       *[other] ギフトの種類番号が必要ですが、'{ $text }'でした
    }
core-import-what-whole-count = { $problem ->
        [missing] 整数の個数が必要ですが、空欄でした
        [fraction] 整数の個数が必要ですが、小数を含む'{ $text }'でした
        [negative] 整数の個数（0以上）が必要ですが、{ $text }でした
       *[other] 整数の個数が必要ですが、'{ $text }'でした
    }
core-import-what-whole-coins = { $problem ->
        [missing] 整数のコイン数が必要ですが、空欄でした
        [fraction] 整数のコイン数が必要ですが、小数を含む'{ $text }'でした
        [negative] 整数のコイン数（0以上）が必要ですが、{ $text }でした
       *[other] 整数のコイン数が必要ですが、'{ $text }'でした
    }
core-import-what-whole-diamonds = { $problem ->
        [missing] 整数のダイヤモンド数が必要ですが、空欄でした
        [fraction] 整数のダイヤモンド数が必要ですが、小数を含む'{ $text }'でした
        [negative] 整数のダイヤモンド数（0以上）が必要ですが、{ $text }でした
       *[other] 整数のダイヤモンド数が必要ですが、'{ $text }'でした
    }
core-import-what-day-figure = { $problem ->
        [missing] 数値（{ $figure }）が必要ですが、空欄でした
        [fraction] 数値（{ $figure }）が必要ですが、小数を含む'{ $text }'でした
        [negative] 数値（{ $figure }）（0以上）が必要ですが、{ $text }でした
       *[other] 数値（{ $figure }）が必要ですが、'{ $text }'でした
    }

core-import-cell-no-date = 日時が必要ですが、空欄でした
core-import-cell-no-day = 日付が必要ですが、空欄でした
core-import-cell-no-gift = ギフト名が必要ですが、空欄でした
# ギフトのセルに空白か制御文字しかありませんでした。
core-import-cell-gift-blank = ギフト名が必要です
core-import-cell-date = 2026-03-01 20:00、01/03/2026 20:00、01.03.2026、1772395200000 のような日時が必要ですが、'{ $text }'でした
core-import-cell-epoch = '{ $text }'はLiveLedgerが読めるエポック時刻ではありません
core-import-cell-not-a-calendar-date = '{ $text }'は暦にない日付です
# $time：時刻列に書かれている内容。
core-import-cell-time-twice = 日付'{ $text }'に時刻が含まれていますが、時刻列には'{ $time }'とあります
core-import-cell-time-column = 時刻列には 20:05 や 8:05 PM のような時刻が必要ですが、'{ $text }'でした
core-import-cell-day-with-time = 2026-11-12 のような日付が必要ですが、時刻付きの'{ $text }'でした：TikTok LIVE Centerのファイルは1日1行です
core-import-cell-iso-day = YYYY-MM-DD が必要ですが、'{ $text }'でした
core-import-cell-end-time = 2026-03-01 21:30 や 21:30 のような終了時刻が必要ですが、'{ $text }'でした
core-import-cell-end-needs-start = 終了を時刻だけで書く場合、開始は YYYY-MM-DD 形式で書く必要があります
core-import-cell-duration = 90、1:30:00、1h 30m のような1週間以内の長さが必要ですが、'{ $text }'でした
core-import-cell-seconds = 5400、1:30:00、1h 30m のような時間が必要ですが、'{ $text }'でした
core-import-cell-not-a-number = 数値が必要ですが、'{ $text }'でした
core-import-cell-whole-number = 整数が必要ですが、'{ $text }'でした
core-import-cell-money = 金額が必要ですが、'{ $text }'でした
core-import-cell-negative = 0以上が必要ですが、'{ $text }'でした
core-import-cell-too-large = '{ $text }'は台帳で数えられる上限を超えています
# $n × $coins：行の個数とそのギフトの価格。
core-import-cell-total-too-large = { $n } × { $coins } コインは台帳で数えられる上限を超えています
# $thousands と $decimal：区切りを桁区切りとして読んだ値と、小数点として読んだ値。
core-import-cell-ambiguous-number = '{ $text }'は { $thousands } とも { $decimal } とも読めます。小数2桁で書くか、桁区切りなしで書いてください
core-import-cell-true-false = true か false が必要ですが、'{ $text }'でした
# $field：ログの価格フィールド名（diamondCount）。
core-import-cell-no-price = イベントに'{ $gift }'の価格がなく（{ $field } などの価格フィールド）、ギフトカタログにもありません。カタログに追加するか、価格フィールドを指定してください
core-import-cell-price-negative = 0コイン以上の価格が必要ですが、{ $text }でした
core-import-cell-repeat-count-below-one = 1以上の連続回数が必要ですが、{ $text }でした
core-import-cell-count-below-one = 1以上の個数が必要ですが、{ $text }でした
# $cell：ギフトのセルに書かれた個数（Rose x5）、$column：個数列の値。
core-import-cell-count-conflict = ギフトのセル'{ $text }'は { $cell } 個ですが、個数列は { $column } 個です。どちらが正しいですか？
# $n：行の個数、$each：カタログ上の1個の価格、$column：列の見出し。
core-import-cell-diamonds-look-total = { $diamonds } ダイヤモンドは { $n } × { $gift }（カタログでは1個 { $each }）です：この列はギフト1個の価格ではなく行の合計に見えます。行の合計ダイヤモンドとして読んでください（CLI: --map total_diamonds={ $column }）
core-import-cell-total-looks-each = { $n } × { $gift } で { $diamonds } ダイヤモンドは、カタログ上の1個の価格（{ $each }）です：この列は行の合計ではなくギフト1個の価格に見えます。ギフトごとのダイヤモンドとして読んでください（CLI: --map diamonds={ $column }）
core-import-cell-total-not-divisible = 合計 { $diamonds } ダイヤモンドは個数 { $n } で割り切れません：ギフト1個の価格ではありませんか？
core-import-cell-gift-unknown = ギフト'{ $gift }'はギフトカタログになく、行にもコインやダイヤモンドがありません。カタログに追加するか、コイン列を追加してください
core-import-cell-too-long = { $count ->
       *[other] { $n } 文字あります。台帳に保存できるのは { $max } 文字までです
    }
core-import-cell-too-many-days = TikTok LIVE Centerのファイルは1日1行です。{ $max } 行を超えるものはそのファイルではありません
# LiveLedger自身のエクスポート。$name：その列（session_ref、gift_name…）。
core-import-cell-value-missing = { $name } の値が必要ですが、空欄でした
core-import-cell-coins-missing = コインが必要ですが、空欄でした
core-import-cell-coins-count = コイン ≥ 0、個数 ≥ 1 が必要ですが、{ $coins } と { $n } でした
core-import-cell-record-kind = session、gift、withdrawal、adjustment、rate のいずれかが必要ですが、'{ $text }'でした
core-import-cell-no-format = 形式が選ばれていません
# 台帳のチェックが値を拒否しました。$field：台帳での値の名前。
core-import-cell-field-end-before-start = { $field }：開始より前です
core-import-cell-field-year = { $field }：{ $from }年から{ $to }年までの日付が必要ですが、{ $year }年の日付でした（入力ミスでは？）
core-import-cell-field-negative-got = { $field }：負の値にはできません（{ $text }）
core-import-cell-field-not-negative = { $field }：負の値にはできません
core-import-cell-field-count-too-large = { $field }：{ $text } は記録できる上限を超えています
core-import-cell-field-too-large = { $field }：{ $text } は記録できる上限を超えています（最大 { $max }）
core-import-cell-field-decimal-places = { $field }：{ $text } は小数点以下が { $count } 桁を超えています
# インポートに独自の言葉がないチェック：その英語の文。
core-import-cell-other = { $text }

## 列全体、または日全体の問題。

core-import-problem-numbers-both = この列は'{ $sep }'を桁区切り（{ $group_line } 行目：'{ $group }'）にも小数点（{ $decimal_line } 行目：'{ $decimal }'）にも使っています。数値の書き方を統一してください
core-import-problem-numbers-points = この列は小数点が混在しています：'.'（{ $dot_line } 行目：'{ $dot }'）と','（{ $comma_line } 行目：'{ $comma }'）。数値の書き方を統一してください
core-import-problem-numbers-thousands = この列は桁区切りを'{ $dot }'（{ $dot_line } 行目）と'{ $comma }'（{ $comma_line } 行目）の両方で書いています：どちらかは小数になってしまいます。数値の書き方を統一してください
core-import-problem-rewards-ambiguous = '{ $text }'は { $thousands } とも { $decimal } とも読め、列のほかの値からも決められません。金額は小数2桁（1234.00 または 1234,00）か、桁区切りなしで書いてください
core-import-problem-day-twice = { $day } の { $figure } が2回、異なる値で書かれています（{ $line } 行目は { $was }、ここは { $now }）
core-import-problem-mixed-encoding = 前の行は有効なのに、この行は有効なUTF-8テキストではありません：ファイルに複数の文字コードが混在しています（UTF-8で保存してください）
core-import-problem-sheet-wide = { $max } 列目より後に値があります。LiveLedgerが読む表は最大 { $max } 列です

core-import-json-not-event = イベント（JSONオブジェクト）が必要ですが、{ $kind ->
        [null] null
        [bool] true か false
        [number] 数値
        [text] テキスト
        [array] 配列
       *[object] オブジェクト
    }でした
core-import-json-not-scalar = 数値かテキストが必要ですが、{ $kind ->
        [null] null
        [bool] true か false
        [number] 数値
        [text] テキスト
        [array] 配列
       *[object] オブジェクト
    }でした
core-import-json-value-too-long = { $field } の値が必要ですが、'{ $text }'でした
core-import-json-event-too-large = { $n } × { $coins } コインは1件のギフトイベントの上限を超えています（最大 { $max } コイン）

## LiveLedgerが使えないファイル、見出し行、オプション：何もインポートされていません。
## どのメッセージもファイル名 $file で始まります。

core-import-file-empty = { $file }：ファイルが空です
core-import-file-no-header = { $file }：ファイルに見出し行がありません
core-import-file-skip-rows-all = { $file }：--skip-rows { $n } ではファイル冒頭の行がすべて飛ばされます
core-import-file-columns = { $file }：{ $line } 行目：見出しに { $n } 列あります。LiveLedgerが読む表は最大 { $max } 列です
core-import-file-sheet-columns = { $file }：{ $line } 行目：見出しが { $max } 列を超えています。LiveLedgerが読む表は最大 { $max } 列です
core-import-file-not-utf8 = { $file }：{ $line } 行目：有効なUTF-8テキストではありません（ファイルをUTF-8で保存してください）
core-import-file-utf32 = { $file }：{ $encoding } のテキストで、LiveLedgerは読めません。UTF-8（またはUTF-16）で保存してください
core-import-file-no-rows = { $file }：インポートする行がありません：見出し（{ $line } 行目）の下に何もありません
core-import-file-skip-lines = { $file }：{ $count ->
       *[other] 除外する行が { $n } 行あります。最大 { $max } 行です
    }
core-import-file-no-mapping = { $file }：'{ $name }' という保存済みの対応付けはありません
core-import-file-not-a-sheet = { $file }：スプレッドシート（.xlsx、.xls、.ods）ではありません。--sheet はスプレッドシートのシートを指定します
core-import-file-export-not-sheet = { $file }：TikTokのデータダウンロードで、スプレッドシートではありません。--sheet はスプレッドシートのシートを指定します
core-import-file-export-not-table = { $file }：TikTokのデータダウンロードで、{ $format } の表ではありません（内容から判別された形式でインポートしてください。CLI: --format auto または tiktok-data）
core-import-file-sheet-not-export = { $file }：スプレッドシートで、TikTokのデータダウンロードではありません（内容から判別された形式でインポートしてください。CLI: --format auto）
core-import-file-sheet-not-liveledger = { $file }：スプレッドシートです。LiveLedger自身のエクスポートは、書き出したCSVとして読み込みます
core-import-file-sheet-empty = { $file }：シート'{ $sheet }'は空です
core-import-file-no-record = { $file }：LiveLedgerのエクスポートには 'record' 列が必要です
core-import-file-events-need = { $file }：ギフトイベントのログには { $missing } の列が必要です（列：{ $known ->
        [none] LiveLedgerが知っている列名はありません
       *[other] 認識できた名前：{ $columns }
    }）。どの列が何かを選んでください（CLI: --map）
core-import-file-table-need = { $file }：ギフトの表には { $missing } の列が必要です（列：{ $known ->
        [none] LiveLedgerが知っている列名はありません
       *[other] 認識できた名前：{ $columns }
    }）。どの列が何かを選んでください（CLI: --map）
core-import-file-sessions-need = { $file }：LIVE配信のまとめには { $missing } の列が必要です（列：{ $known ->
        [none] LiveLedgerが知っている列名はありません
       *[other] 認識できた名前：{ $columns }
    }）。どの列が何かを選んでください（CLI: --map）
core-import-file-days-need = { $file }：TikTok LIVE Centerのファイルには { $missing } の列が必要です（列：{ $known ->
        [none] LiveLedgerが知っている列名はありません
       *[other] 認識できた名前：{ $columns }
    }）。どの列が何かを選んでください（CLI: --map）
core-import-file-days-no-figures = { $file }：TikTok LIVE Centerのファイルには、日付の横に数値の列（ダイヤモンド、LIVE時間、視聴数、いいね…）が必要です（列：{ $known ->
        [none] LiveLedgerが知っている列名はありません
       *[other] 認識できた名前：{ $columns }
    }）
core-import-file-events-no-gift = { $file }：ギフトイベントのログには { $name } か { $id } の列が必要です
core-import-file-map-pair = { $file }：'{ $text }' は フィールド=列 の形ではありません
core-import-file-map-field = { $file }：'{ $text }' はフィールドではありません（フィールド：{ $fields }）
core-import-file-map-no-column = { $file }：ファイルに '{ $text }' という列はありません（列：{ $known ->
        [none] LiveLedgerが知っている列名はありません
       *[other] 認識できた名前：{ $columns }
    }）
core-import-file-map-long = { $file }：対応付けが { $n } バイトあります。最大 { $max } バイトです（CLI: --map）
core-import-file-map-event-field = { $file }：{ $text } はギフトイベントのフィールドではありません（フィールド：{ $fields }）
core-import-file-map-path = { $file }：'{ $text }' はJSONのパスではありません（user.uniqueId のようにキーをドットでつなぎます）
core-import-file-map-json = { $file }：対応付けを保存できるのはCSVファイルだけです。JSONファイルのフィールドはパスで指定します（例：coins=giftValue,sender=user.uniqueId）（CLI: --mapping-name はCSVファイル用です）
core-import-file-json-none = { $file }：{ $n } 個のJSON値の中にインポートできるギフトイベントがありません
core-import-file-json-none-skipped = { $file }：{ $n } 個のJSON値の中にインポートできるギフトイベントがありません（スキップ：{ $skipped }）
core-import-file-json-array = { $file }：ギフトイベントがなく、TikTokのデータエクスポートでもありません。中身はキーが { $keys } の{ $count ->
       *[other] { $n } 個のオブジェクト
    }の配列です。LiveLedgerが読むのはギフトイベント（{ $id }、{ $coins }、{ $repeat }…）とTikTokの「データをダウンロード」です。独自のロガーのイベントなら、各フィールドのパスを指定してください（CLI: --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH）
core-import-file-json-object = { $file }：ギフトイベントがなく、TikTokのデータエクスポートでもありません。中身はキーが { $keys } のJSONオブジェクトです。LiveLedgerが読むのはギフトイベント（{ $id }、{ $coins }、{ $repeat }…）とTikTokの「データをダウンロード」です。独自のロガーのイベントなら、各フィールドのパスを指定してください（CLI: --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH）
core-import-file-json-lines = { $file }：ギフトイベントがなく、TikTokのデータエクスポートでもありません。中身は{ $count ->
       *[other] { $n } 個の値
    }（JSON Lines）、キーが { $keys } のオブジェクトです。LiveLedgerが読むのはギフトイベント（{ $id }、{ $coins }、{ $repeat }…）とTikTokの「データをダウンロード」です。独自のロガーのイベントなら、各フィールドのパスを指定してください（CLI: --map date=PATH,gift=PATH,coins=PATH,count=PATH,sender=PATH）

core-import-tiktok-not-text = テキストが必要ですが、リストかオブジェクトでした
core-import-tiktok-text-long = 最大 { $max } 文字が必要ですが、'{ $text }'でした
core-import-tiktok-count = 0～{ $max } の整数が必要ですが、'{ $text }'でした
core-import-tiktok-diamonds-money = ダイヤモンドが必要ですが、これは金額です。LiveLedgerは金額をダイヤモンドに戻しません（'{ $text }'）
core-import-tiktok-diamonds = ダイヤモンド数が必要ですが、'{ $text }'でした
core-import-tiktok-diamonds-range = 0～{ $max } のダイヤモンドが必要ですが、'{ $text }'でした
core-import-tiktok-money-currency = { $currency }（レートの通貨）の金額が必要ですが、'{ $text }'でした
core-import-tiktok-money = 10.50 のような金額が必要ですが、'{ $text }'でした
core-import-tiktok-money-range = 0～{ $max } の金額が必要ですが、'{ $text }'でした
core-import-tiktok-duration = 1:30:00、1h 30m、秒数のような7日以内の長さが必要ですが、'{ $text }'でした
core-import-tiktok-not-live = LIVE配信（JSONオブジェクト）が必要です
core-import-tiktok-no-start = LiveStartTime（LIVE配信の開始時刻）が必要ですが、空欄でした
core-import-tiktok-ends-before = LIVE配信が開始前に終わっています
core-import-tiktok-status = completed、pending、failed、cancelled のようなステータスが必要ですが、'{ $text }'でした
core-import-tiktok-no-date = 出金の日付（Date）が必要ですが、空欄でした
core-import-tiktok-no-rate = この日のレートが設定されていません。`liveledger rates add` で追加してください
core-import-tiktok-money-to-diamonds = レートの1ダイヤモンドあたりの金額では、この金額をダイヤモンドに換算できません
core-import-tiktok-no-amount = 出金のダイヤモンド（Diamonds）か金額（Amount）が必要ですが、どちらもありません
core-import-tiktok-withdrawal-range = 0より多く { $max } ダイヤモンド以下の出金が必要ですが、{ $text }でした
core-import-tiktok-too-many-to-value = { $text } ダイヤモンドは多すぎて評価できません
core-import-tiktok-fee-above = 手数料 { $fee } が出金額 { $gross } を上回っています
core-import-tiktok-not-wallet = ウォレットの記録（JSONオブジェクト）が必要です

## A container (a zip, an OLE file), a spreadsheet or TikTok's data download
## LiveLedger does not read. $error stays in English (the system's, the zip
## reader's or the spreadsheet reader's words).

core-import-file-cannot-read = { $file }：読み込めません：{ $error }
core-import-file-error = { $file }：{ $error }
core-import-file-too-large = { $file }：{ $max } MiBを超えています。読み込みませんでした
core-import-file-zip-unreadable = { $file }：読み込めるZIPアーカイブではありません（{ $error }）
core-import-file-zip-many = { $file }：TikTokのエクスポートやブックより多くのファイルが含まれています（最大 { $max }）。読み込みませんでした
core-import-file-ole-unreadable = { $file }：読み込めないOLE複合ファイルです。LiveLedgerが読むのはCSV、JSON、TikTokのデータダウンロード（.zip）、スプレッドシート（.xlsx、.xls、.ods）です
core-import-file-word = { $file }：Word文書です。LiveLedgerが読むのはCSV、JSON、TikTokのデータダウンロード（.zip）、スプレッドシート（.xlsx、.xls、.ods）です
core-import-file-ole-no-workbook = { $file }：ブックのないOLE複合ファイルです（ストリーム：{ $streams }）。LiveLedgerが読むのはCSV、JSON、TikTokのデータダウンロード（.zip）、スプレッドシート（.xlsx、.xls、.ods）です
core-import-file-ole-broken = { $file }：読み込めないOLE複合ファイル（.xlsと同じ形式）です：{ $error }。LiveLedgerが読むのはCSV、JSON、TikTokのデータダウンロード（.zip）、スプレッドシート（.xlsx、.xls、.ods）です
core-import-file-odf-not-sheet = { $file }：スプレッドシートではないOpenDocumentファイルです（{ $mimetype }）。LiveLedgerが読むのはCSV、JSON、TikTokのデータダウンロード（.zip）、スプレッドシート（.xlsx、.xls、.ods）です
core-import-file-zip-other = { $file }：{ $count ->
        [0] 空のZIP
       *[other] { $n } 個のファイルを含むZIP（{ $names }）
    }で、TikTokのデータダウンロードでもスプレッドシートでもありません。LiveLedgerが読むのはCSV、JSON、TikTokのデータダウンロード（.zip）、スプレッドシート（.xlsx、.xls、.ods）です
core-import-file-zip-no-export = { $file }：{ $count ->
        [0] 空のZIP
       *[other] { $n } 個のファイルを含むZIP（{ $names }）
    }で、TikTokのJSONエクスポート（user_data.json）でもそのTXTファイルでもありません
core-import-file-zip-not-tiktok = { $file }：TikTokが送るZIPアーカイブではありません（{ $error }）
core-import-file-unpack-ratio = { $file }：{ $entry } は展開すると圧縮サイズの { $ratio } 倍を超えます。TikTokのエクスポートではありません。読み込みませんでした
core-import-file-unpack-past = { $file }：{ $entry } は（前のファイルと合わせて）展開すると { $max } GiBを超えます。読み込みませんでした
core-import-file-export-skip-lines = { $file }：TikTokのデータダウンロードです。その項目を1件ずつ除外することはできません
core-import-file-not-read = { $file }：読み込まれませんでした
core-import-file-export-no-lists = { $file }：LIVE配信の履歴もウォレットの出金もありません（セクション：{ $count ->
        [0] なし
       *[other] { $sections }
    }）。TikTokの「データをダウンロード」のエクスポートですか？
core-import-file-not-regular = { $file }：{ $what ->
        [folder] フォルダー
        [fifo] 名前付きパイプ（FIFO）
        [device] デバイス
        [socket] ソケット
       *[other] 通常のファイルではないもの
    }です。インポートできるのは通常のファイルだけです
core-import-file-sheet-memory = { $file }：{ $what ->
        [strings] 共有文字列
       *[sheets] シート
    }を読み込むには { $max } MiBを超えるメモリが必要です。読み込みませんでした（インポートするにはシートをCSVで保存してください）
core-import-file-sheet-part = { $file }：'{ $part }' を読み込めません（{ $error }）
core-import-file-sheet-ratio = { $file }：'{ $part }' は展開すると圧縮サイズの { $ratio } 倍を超えます。スプレッドシートではありません。読み込みませんでした
core-import-file-sheet-unpacks = { $file }：展開すると { $max } GiBを超えます。読み込みませんでした
core-import-file-sheet-long-run = { $file }：'{ $part }' に { $max } MiBを超えるテキストまたはタグがあります。LiveLedgerが読むスプレッドシートではありません。読み込みませんでした
core-import-file-sheet-strings-unreadable = { $file }：共有文字列を読み込めません（{ $error }）
core-import-file-sheet-strings-declared = { $file }：実際より多くの共有文字列が宣言されています。正常なスプレッドシートではありません。読み込みませんでした
core-import-file-sheet-not-xml = { $file }：内容が読み込めるXMLではありません（{ $error }）
core-import-file-xls-large = { $file }：{ $max } MiBを超える.xlsです。読み込みませんでした（.xlsxかCSVで保存してください）
core-import-file-xls-unreadable = { $file }：読み込める.xlsではありません（{ $error }）
core-import-file-xls-rows = { $file }：最終行が先頭行より前にあるシートが宣言されています。正常な.xlsではありません。読み込みませんでした
core-import-file-workbook-unreadable = { $file }：読み込める.{ $kind }ブックではありません（{ $error }）
core-import-file-sheet-unreadable = { $file }：シート'{ $sheet }'を読み込めません（{ $error }）
core-import-file-sheet-row-unreadable = { $file }：{ $row } 行目：シートを読み込めません（{ $error }）
core-import-file-sheet-rows-order = { $file }：{ $row } 行目：シートの行の順序が正しくありません。読み込みませんでした
core-import-file-no-such-sheet = { $file }：'{ $sheet }' という名前のシートがありません（シート：{ $count ->
        [0] なし
       *[other] { $sheets }
    }）
core-import-file-no-sheet-data = { $file }：データのあるシートがありません（シート：{ $count ->
        [0] なし
       *[other] { $sheets }
    }）
core-import-file-nothing-skipped = { $file }：インポートする行がありません。スキップしたもの：{ $totals ->
        [0] {""}
       *[other] 合計行 { $totals_n } 行
    }{ $blank ->
        [0] {""}
       *[other] { $first ->
            [blank] {""}
           *[other] 、
        }空行 { $blank_n } 行
    }{ $summary ->
        [0] {""}
       *[other] { $first ->
            [summary] {""}
           *[other] 、
        }{ $summary_n } 行の集計ブロック
    }{ $events ->
        [0] {""}
       *[other] { $first ->
            [events] {""}
           *[other] 、
        }ギフト以外のイベント { $events_n } 件
    }

## TikTok's data download whose structure breaks: a problem at a line.

core-import-tiktok-long-text = { $max } MiBを超えるテキストまたはキーがあります。TikTokのエクスポートではありません
core-import-tiktok-long-entry = { $max } MiBを超えるリストの項目があります。LIVE配信やウォレットの記録ではありません
core-import-tiktok-many-entries = LIVE配信とウォレットの記録が { $max } 件を超えています。どのクリエイターの履歴よりも多い数です
core-import-tiktok-cannot-read = 読み込めません：{ $error }
core-import-tiktok-cut-short = 値の途中でファイルが終わっています。途中で切れています
core-import-tiktok-not-json = ここは有効なJSONではありません（{ $error }）
core-import-tiktok-txt-text = { $list }：{ $error }
core-import-tiktok-txt-cannot-read = { $list } を読み込めません：{ $error }
core-import-tiktok-txt-long-line = { $list } に { $max } MiBを超える行があります。TikTokのエクスポートではありません
core-import-tiktok-txt-not-utf8 = { $list } のここは有効なUTF-8テキストではありません（UTF-8で保存してください）
core-import-tiktok-txt-long-entry = { $list } に { $max } MiBを超える項目があります。LIVE配信やウォレットの記録ではありません

## A spreadsheet that breaks off while its rows are read: a problem at the
## last row read, in the words of the file's refusal (above) without $file.

core-import-sheet-cannot-read = 読み込めません：{ $error }
core-import-sheet-workbook-unreadable = 読み込める.{ $kind }ブックではありません（{ $error }）
core-import-sheet-unreadable = シート'{ $sheet }'を読み込めません（{ $error }）
core-import-sheet-row-unreadable = { $row } 行目：シートを読み込めません（{ $error }）
core-import-sheet-rows-order = { $row } 行目：シートの行の順序が正しくありません。読み込みませんでした

# How the file wrote its dates (after "dates"): each form, joined; a form such as
# DD/MM/YYYY is written as it is.
core-import-dates-pattern = { $pattern }
core-import-dates-epoch-s = エポック秒
core-import-dates-epoch-ms = エポックミリ秒
core-import-dates-and = { $first } と { $then }
core-import-dates-twelve-hour = { $dates }、12時間制
core-import-dates-time-column = { $dates }、時刻は別の列

# An import's write refusing what a file holds.
core-import-undefined-session = ギフトがファイルに定義されていない LIVE配信 '{ $key }' を指しています
core-import-untimed-gifts = 時刻のないギフトには LIVE配信が必要です
core-import-row-coins-too-large = { $n } × { $coins } コインは大きすぎます
