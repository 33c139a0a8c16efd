core-capture-starting = 開始しています
core-capture-stopped = 取り込みを停止しました
core-capture-stopped-by = 取り込みを停止しました：{ $error }
core-capture-connecting = { $url } に接続しています
core-capture-connected = { $url }
core-capture-retrying = { $reason }。{ $seconds } 秒後に再試行します
core-capture-following = { $name } を追跡しています
core-capture-waiting = 待機中：{ $name } { $why }

## キャプチャの問題と理由。$where は場所、$error と $reason はその中で述べられます。
## $text はソースが送った内容です。JSON・CSV・WebSocket の読み取り側の $error は、その（英語の）言葉のままです。

core-capture-at-message = メッセージ { $n }
core-capture-at-line = { $name } の { $n } 行目
core-capture-column = { $n } 列目（{ $header }）
core-capture-at = { $where }：{ $problem }
core-capture-expected = { $where }：{ $what ->
    [gift-id] ギフトID
    [gift-name] ギフト名
    [price-zero-or-more] コインでのギフトの価格（0以上）
    [price-diamondcount] コインでのギフトの価格（diamondCount）
    [repeat-count-one-or-more] 1以上の連続回数
    [repeat-count] 連続回数
    [true-false] true か false
    [gift-type] ギフト種別の番号
    [time] 時刻
    [count-range] 0〜{ $max } の数
   *[other] 値
}が必要ですが、{ $text }でした
core-capture-event-too-large = { $max } KiB 以下のイベントが必要ですが、{ $size } KiB でした
core-capture-not-json = JSON オブジェクトが必要ですが（{ $error }）、{ $text }でした
core-capture-not-object = JSON オブジェクトが必要ですが、{ $text }でした
core-capture-binary = UTF-8 のテキストが必要ですが、バイナリデータでした
core-capture-no-gift = ギフトのイベントには { $name } か { $id } が必要ですが、どちらもありません
core-capture-no-price = { $where }：コインでのギフトの価格が必要ですが、何もありません
core-capture-price-negative = { $where }：0コイン以上の価格が必要ですが、{ $n } でした
core-capture-count-below-one = { $where }：1以上の連続回数が必要ですが、{ $n } でした
core-capture-too-many-coins = { $where }：{ $n } × { $coins } コインは台帳で数えられる範囲を超えています
core-capture-no-gift-name = { $where }：ギフト名かIDが必要ですが、何もありません
core-capture-no-date = { $where }：日時が必要ですが、何もありません
core-capture-day-or-month = { $where }：{ $text } は日/月とも月/日とも読めます。追跡するログには 2026-03-01 のような日付が必要です
core-capture-not-a-date = { $where }：{ $text } は日付ではありません
core-capture-no-header = 見出し行が必要です
core-capture-log-header = ギフトイベントのログの見出し（{ $columns }）が必要ですが、{ $text }でした
core-capture-line-too-long = { $max } KiB 以下の行が必要です
core-capture-no-row = 行が必要ですが、何もありません

core-capture-problem-unflushed = 続いている連続ギフトを書き込めませんでした：{ $error }
core-capture-problem-no-live = 終了できるLIVE配信がありません
core-capture-problem-end = LIVE配信を終了できませんでした：{ $error }
core-capture-problem-close = 無音の後にLIVE配信を閉じられませんでした：{ $error }
core-capture-problem-position = { $where }：ファイル内の位置を記録できませんでした：{ $error }
core-capture-problem-position-unread = { $name }：キャプチャが止まった位置を読めません：{ $error }
core-capture-problem-gift = { $where }：ギフトを書き込めませんでした：{ $error }
core-capture-problem-engagement = { $where }：エンゲージメントを数えられませんでした：{ $error }
core-capture-problem-flag = 続いている連続ギフトに印を付けられませんでした：{ $error }
core-capture-problem-unread = { $name }：読み取れません：{ $reason }
core-capture-problem-replaced = { $name } はキャプチャが追跡していたファイルではなくなりました（短くなったか、先頭が変わりました）。最初から読み直します

core-capture-why-not-there = はまだありません
core-capture-why-not-regular = は{ $found ->
    [folder] フォルダー
    [fifo] 名前付きパイプ（FIFO）
    [character-device] キャラクターデバイス
    [block-device] ブロックデバイス
    [socket] ソケット
   *[other] その他のもの
}で、通常のファイルではありません
core-capture-why-unopened = を開けません：{ $reason }
core-capture-why-unread = を読み取れません：{ $reason }
core-capture-why-cannot-read = 読み取れません：{ $reason }
core-capture-why-unresolved = { $host } の名前を解決できません：{ $reason }
core-capture-why-no-address = { $host } はこのコンピューター上のどのアドレスも指していません
core-capture-why-handshake = { $url } が WebSocket のハンドシェイクを拒否しました：{ $error }
core-capture-why-nothing-answers = { $url } で応答するものがありません（{ $last }）
core-capture-why-silent = { $seconds } 秒間、フレームも ping への応答もありません
core-capture-why-dropped = 接続が切れました：{ $error }
core-capture-why-source-closed = ソースが接続を閉じました
core-capture-why-closed = 接続が閉じられました
core-capture-utf16 = ログは UTF-16 です。追跡するログは UTF-8 である必要があります（UTF-16 のファイルはインポートしてください）
