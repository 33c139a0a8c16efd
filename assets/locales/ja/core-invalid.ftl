# アプリやコマンドラインで入力したときのチェック：項目が求めていたもの。
# どれも項目名の後に続きます（"diamonds: …"）。$text は入力された文字列で、
# そのまま引用します。

## テキストと数

core-invalid-too-long = { $count ->
   *[other] { $count }文字を超えています
}
core-invalid-control-characters = 制御文字が含まれています
core-invalid-negative-got = マイナスにはできません（入力：{ $text }）
core-invalid-count-too-large = { $text } は記録できる上限を超えています
core-invalid-too-large = { $text } は記録できる上限を超えています（上限 { $max }）
core-invalid-decimal-places = { $text } は小数点以下が{ $count ->
   *[other] { $count }桁を超えています
}
core-invalid-whole-number = 0以上の整数を入力してください（入力：'{ $text }'）
core-invalid-number = 12.5のような数を入力してください（入力：'{ $text }'）
core-invalid-whole-coins = コインは整数で入力してください（入力：'{ $text }'）
core-invalid-whole-count = 個数は整数で入力してください（入力：'{ $text }'）
core-invalid-at-least-one = 1以上にしてください（入力：{ $text }）
core-invalid-required = 必須です
core-invalid-positive = 0より大きくしてください
core-invalid-not-negative = マイナスにはできません

## 日付と時刻

core-invalid-day = 2026-03-01のような日付を入力してください
core-invalid-date = '{ $text }' は日時ではありません（2026-03-01T20:00:00+01:00 のような ISO 8601、'2026-03-01 20:00'、日付、またはエポック秒/ミリ秒を入力してください）
core-invalid-date-skipped = '{ $text }' はタイムゾーン { $zone } に存在しません（時計がその時刻を飛ばします）
core-invalid-date-out-of-range = '{ $text }' は範囲外です
core-invalid-date-offset = '{ $text }' は UTC との差が ±18:00 を超えています
core-invalid-year = { $from }年から{ $to }年までの日付を入力してください（{ $year }年になっています。入力ミスでは？）
core-invalid-end-before-start = 開始より前になっています
core-invalid-start-after-first-gift = この配信の最初のギフトから1日以上後になっています

## LIVE配信とギフト

core-invalid-gift-name = ギフト名は必須です
core-invalid-gift-row-too-large = { $gifts } × { $coins } コインは1行のギフトに記録できる上限を超えています
core-invalid-not-in-catalog = '{ $text }' はギフト一覧にありません。価格を入力してください{ $cli }
core-invalid-name-required = 名前は必須です
core-invalid-catalog-missing = '{ $text }' は一覧にありません
core-invalid-end-before-session-start = この配信の開始より前になっています

## 出金と残高

core-invalid-status = '{ $text }' はステータスではありません（pending、paid、failed、cancelled のいずれか）
core-invalid-whole-diamonds = { $text } に端数があります。TikTokはダイヤモンドを整数で出金します
core-invalid-fee-over-value = { $fee } は出金額 { $gross } を超えています
core-invalid-negative-balance = TikTokのウォレットの残高がマイナスになることはありません
core-invalid-over-balance = { $diamonds } ダイヤモンドは残高 { $balance } ダイヤモンドを超えています。TikTokのウォレットにそれより多く表示されている場合は、先に「照合」でその残高を入力してください{ $cli }
core-invalid-adjustment-zero = 0の修正では何も変わりません
core-invalid-reason-required = 残高を修正する理由を入力してください

## レート

core-invalid-rate-per-coin = 1コインあたりのダイヤモンドは0より大きくしてください
core-invalid-rate-per-diamond = 1ダイヤモンドあたりの金額は0より大きくしてください
core-invalid-rate-minimum = 最低出金額はマイナスにできません
core-invalid-rate-maximum = 1日の上限は0より大きくしてください
core-invalid-rate-too-large = { $what ->
    [per-coin] 1コインあたりのダイヤモンド
    [per-diamond] 1ダイヤモンドあたりの金額
    [minimum] 最低出金額
   *[maximum] 1日の上限
} { $text } はレートの上限を超えています（{ $max }）
core-invalid-rate-decimal-places = { $what ->
    [per-coin] 1コインあたりのダイヤモンド
    [per-diamond] 1ダイヤモンドあたりの金額
    [minimum] 最低出金額
   *[maximum] 1日の上限
} { $text } は小数点以下が{ $count ->
   *[other] { $count }桁を超えています
}
core-invalid-currency = 通貨 '{ $text }' は USD のような3文字のコードではありません
core-invalid-only-rate = 唯一のレートは削除できません。編集してください

## 設定

core-invalid-time-zone = '{ $text }' はタイムゾーンではありません（例：Europe/Berlin、America/New_York、UTC）
core-invalid-true-false = true か false を入力してください
core-invalid-gap-minutes = 1〜1440の整数（分）を入力してください
core-invalid-language = '{ $text }' は LiveLedger が対応していない言語です（対応：{ $known }）
core-invalid-setting = 不明なキー '{ $text }'（キー：{ $known }）

## 記録、バックアップ、ライブ集計。

core-invalid-not-written = 書き込まれませんでした
core-invalid-file-session-not-written = ファイルの LIVE配信が 1 件書き込まれませんでした
core-invalid-booked-not-written = 記帳する LIVE配信が書き込まれませんでした
core-invalid-capture-live-not-written = 配信中の LIVE配信が書き込まれませんでした
core-invalid-capture-old-not-written = 過去のイベントの LIVE配信が書き込まれませんでした
core-invalid-coins-times-count = コイン × 個数が大きすぎます
core-invalid-stored-gift-coins = 保存済みギフトのコインが大きすぎます
core-invalid-not-a-gift = { $count } × { $coins } コインはギフトではありません
core-invalid-worth-nothing = { $count ->
   *[other] { $diamonds } ダイヤモンド
}は、1ダイヤモンドあたり { $rate } で { $worth } です。出金できるものはありません
core-invalid-days-none = 記帳する日を 1 日以上指定してください
core-invalid-silence-minutes = 1 から 1440 までの整数の分を指定してください (指定値: { $found })
core-invalid-not-a-date = { $ms } ms は日時ではありません
core-invalid-follow-name = 追跡するファイルを指定してください
core-invalid-follow-too-large = 台帳で追跡できる大きさを超えています
core-invalid-demo-not-empty = 台帳にはすでに記録があります。デモデータは空の台帳にのみ読み込めます
core-invalid-undo-session-gone = { $label } を元に戻せません: その LIVE配信はもう台帳にありません (削除されましたか?)。先に LIVE配信を元に戻してください。何も変更していません。
core-invalid-undo-clash = { $label } を元に戻せません: その後、同じ記録が台帳に追加されています (再インポートしましたか?)。何も変更していません。
core-invalid-undo-damaged = 保存していた { $label } のコピーが壊れています ({ $why })。何も変更していません
core-invalid-no-rate = レートが設定されていません
core-invalid-no-rate-add-one = レートが設定されていません。`liveledger rate set` で追加してください
core-invalid-import-wait = インポートを待つ秒数を指定してください (例: 600、0.5)
core-invalid-kept-live-or-name = LIVE配信または名前のコインが大きすぎます
core-invalid-kept-session = LIVE配信のコインが大きすぎます
core-invalid-kept-senders = 送り主がレポートに収まる数を超えています
core-invalid-stored-time-zone = 台帳のタイムゾーン設定 '{ $text }' はタイムゾーンではありません。`liveledger settings set timezone Asia/Tokyo` で設定してください
core-invalid-backup-kinds = { $column } に{ $kind ->
    [integer] 整数
   *[text] 文字列
}でない値が { $count ->
   *[other] { $values } 件
}あります
core-invalid-backup-setting = 設定 { $key } が LiveLedger の書き方と違います
core-invalid-backup-out-of-range = どのフォームやインポートでも受け付けない金額または日付を含む記録が { $count ->
   *[other] { $records } 件
}あります
core-invalid-backup-balance = 残高の金額が大きすぎて合計できません
core-invalid-backup-trash = 元に戻すために保存していた削除済みの記録が壊れています ({ $why })

## ライブ集計の WebSocket アドレス。

core-invalid-ws-remote = { $host } はこのコンピューターではありません: ライブ集計はここで動いているツール (127.0.0.1、::1、localhost) だけを受信します。別のホストを使うには、入力して確認してください{ $cli }
core-invalid-ws-too-long = { $max } 文字以内で指定してください
core-invalid-ws-secure = { $url } は安全な (wss://) アドレスです。このコンピューターのライブツールは ws:// で配信しています (例: { $example })
core-invalid-ws-scheme = { $example } のような ws:// アドレスを指定してください (指定値: { $url })
core-invalid-ws-user = アドレスにユーザー名は指定できません (指定値: { $url })
core-invalid-ws-bracket = IPv6 アドレスには閉じる ] が必要です (指定値: { $url })
core-invalid-ws-port-after = アドレスの後に :PORT を指定してください (指定値: { $url })
core-invalid-ws-no-host = ホストを指定してください (指定値: { $url })
core-invalid-ws-host = ホスト名またはアドレスを指定してください (指定値: { $host })
core-invalid-ws-port = 1 から 65535 までのポートを指定してください (指定値: { $port })

# Booking TikTok's reported days: each problem (a day as the language writes it);
# several are joined by core-invalid-joined.
core-invalid-days-twice = { $day } が2回指定されています
core-invalid-days-no-diamonds = TikTok のファイルには { $day } のダイヤモンドがありません
core-invalid-days-zero = TikTok は { $day } のダイヤモンドを 0 と報告しています。記帳するものはありません
core-invalid-days-lives = 台帳には { $day } に { $count ->
   *[other] { $n } 件のLIVE配信
}があります。TikTok の数値から記帳できるのは LIVE配信のない日だけです
core-invalid-days-no-start = { $day } は { $zone } に開始時刻がありません
core-invalid-joined = { $first }。{ $then }

# The window's own checks of what it sends.
core-invalid-not-a-day = '{ $text }' は日付ではありません
core-invalid-not-a-day-iso = '{ $text }' は日付ではありません（YYYY-MM-DD）
core-invalid-last-before-first = 最後の日が最初の日より前です
core-invalid-diamonds-number = ダイヤモンドの数が必要です
core-invalid-capture-source = ws か file が必要ですが、'{ $text }' でした
core-invalid-capture-running = キャプチャはすでに実行中です。先に停止してください
