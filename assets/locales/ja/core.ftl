# コアが伝えること：出金を妨げている理由、サマリーの各行、エラー。
# 数値はこの言語の書き方で渡されます。$count、$days、$minutes は
# 複数形を選ぶための数値です。

## 出金を妨げている理由。

core-blocker-negative-balance = 残高がマイナスです（{ $count ->
   *[other] { $balance } ダイヤモンド
}）。獲得した分より多く出金または修正されています。出金を確認するか、TikTokウォレットの残高を「照合」で入力してください。
core-blocker-below-minimum = 最低出金額に達していません：{ $minimum } のうち { $balance } — あと { $count ->
   *[other] { $missing } ダイヤモンド
}。LIVE配信を続けましょう。
core-blocker-age-not-confirmed = 年齢が確認されていません：出金には18歳以上の認証済みアカウントが必要です。設定 → 受取で確認してください。
core-blocker-no-payout-method = 受取方法が連携されていません。TikTokで連携してから、設定 → 受取でその名前を入力してください。
core-blocker-daily-maximum-used = 本日の出金上限 { $maximum } に達しました。明日もう一度お試しください。

## コマンドラインのサマリー：ラベルとその行。

core-summary-balance-label = 残高
core-summary-earned-label = 獲得
core-summary-withdrawn-label = 出金済み
core-summary-adjusted-label = 修正
core-summary-threshold-label = 最低出金額
core-summary-ready-label = 出金可否
core-summary-eta-label = 到達予定
core-summary-pending-label = 処理中の出金
core-summary-rate-label = レート
core-summary-balance = { $count ->
   *[other] { $diamonds } ダイヤモンド
} = { $value }
core-summary-threshold = { $minimum } = { $count ->
   *[other] { $diamonds } ダイヤモンド
}、進捗 { $percent }%
core-summary-ready-yes = はい — 今すぐ出金できます：{ $count ->
   *[other] { $diamonds } ダイヤモンド
} = { $value }
core-summary-ready-not-yet = まだです
core-summary-eta-reached = 到達済み（{ $day }）
core-summary-eta-day = { $day }（1日あたり { $pace } ダイヤモンド、過去 { $days } 日間）
core-summary-eta-wait = 過去 { $days } 日間にあと { $count ->
   *[other] { $count } 回
}のLIVE配信の後（予測には { $needed } 回必要です）
core-summary-eta-none = なし — 過去 { $days } 日間の獲得はありません
core-summary-rate = { $day } から：1ダイヤモンドあたり { $rate }（残高は本日のレート、明細は各LIVE配信のレートで評価）。金額は { $step } 単位で四捨五入

## 確認：操作の普段と違う点。何も書き込んでいません。確認すれば記録できます。

core-confirm-negative-balance = { $action ->
    [put-back] { $label } を元に戻す
    [rerate] これらのLIVE配信にレートを再適用する
    [delete-session] LIVE配信 { $id } を削除する
    [correction] { $amount } ダイヤモンドの修正を行う
    [delete-gift] ギフト { $id } を削除する
   *[undo-import] インポート { $id } を元に戻す
}と、残高が { $count ->
   *[other] { $balance } ダイヤモンド
}になります（獲得 { $earned }、出金 { $withdrawn }、修正 { $corrected }）。これらのダイヤモンドからすでに出金されています
core-confirm-future = 日付が { $at } で、未来です
core-confirm-before-first-diamond = 日付が { $at } で、最初のダイヤモンドを獲得する前です（{ $first }）
core-confirm-below-minimum = { $gross } は { $day } 時点の最低出金額 { $minimum } を下回っています。TikTokはこれより少ない額を支払わないため、TikTokが実際に支払った場合のみ記録してください
core-confirm-over-daily-maximum = { $day } にすでに { $used } 出金しているため、さらに { $gross } を出金するとその日の上限 { $maximum } を超えます
core-error-needs-confirmation = 何も書き込んでいません。それでも記録するには確認してください (CLI: --force)

## エラー。

core-error-not-found = { $what ->
    [session] LIVE配信 { $id } は存在しません
    [gift] ギフト { $id } は存在しません
    [withdrawal] 出金 { $id } は存在しません
    [import] インポート { $id } は存在しません
    [rate] レート { $id } は存在しません
    [deleted] 削除済みの記録 { $id } は存在しません
   *[other] 記録 { $id } は存在しません
}
core-error-newer-schema = { $path } は新しいバージョンのLiveLedgerで書き込まれています（スキーマ { $found }、このバージョンは { $known } まで対応）。ファイルは変更していません — 開くにはLiveLedgerを更新してください
# $reason は今のところ英語のままです。
core-error-not-a-ledger = { $path } はLiveLedgerのデータベースではありません：{ $reason }
core-error-busy = データベースが使用中です（別のLiveLedgerが書き込んでいます）。少し待ってからもう一度お試しください
core-error-import-still-running = { $path }：別のLiveLedgerで実行中のインポートが { $minutes ->
    [0] { $seconds } 秒
   *[other] { $minutes } 分
}経ってもファイルを使用しています。何も行っていません — 終わってからもう一度試すか、インポートを停止してください
core-error-import-still-running-pid = { $path }：別のLiveLedger（pid { $pid }）で実行中のインポートが { $minutes ->
    [0] { $seconds } 秒
   *[other] { $minutes } 分
}経ってもファイルを使用しています。何も行っていません — 終わってからもう一度試すか、インポートを停止してください
core-error-not-a-file = { $path } は{ $found ->
    [folder] フォルダー
    [fifo] 名前付きパイプ（FIFO）
    [character-device] キャラクターデバイス
    [block-device] ブロックデバイス
    [socket] ソケット
   *[other] 別の種類のもの
}で、通常のファイルではありません。通常のファイルか新しい名前を指定してください。何も書き込んでいません
# $why は今のところ英語のままです。
core-error-read-only = { $path } は読み取り専用です（{ $why }）。読むことはできますが変更はできません。何も書き込んでいません
# $what は今のところ英語のままです。
core-error-overflow = { $what }：大きすぎて合計できません。おかしな数値の記録を編集または削除してください

core-trash-session = { $count ->
       *[other] LIVE配信 { $id } とギフト { $n } 件
    }
core-trash-gift = { $gift } × { $n }
core-trash-withdrawal = 出金 { $id }

# The system's own reasons (an I/O error), as the system writes them in English;
# $code is its error number.

core-io-not-permitted = 操作は許可されていません (システムエラー { $code })
core-io-not-found = そのようなファイルやフォルダーはありません (システムエラー { $code })
core-io-io-error = 入出力エラー (システムエラー { $code })
core-io-permission-denied = アクセスが拒否されました (システムエラー { $code })
core-io-exists = ファイルはすでに存在します (システムエラー { $code })
core-io-not-a-directory = フォルダーではありません (システムエラー { $code })
core-io-is-a-directory = フォルダーです (システムエラー { $code })
core-io-too-many-open = 開いているファイルが多すぎます (システムエラー { $code })
core-io-too-large = ファイルが大きすぎます (システムエラー { $code })
core-io-no-space = デバイスに空き容量がありません (システムエラー { $code })
core-io-read-only = 読み取り専用のファイルシステムです (システムエラー { $code })
core-io-connection-reset = 接続が相手側からリセットされました (システムエラー { $code })
core-io-timed-out = 接続がタイムアウトしました (システムエラー { $code })
core-io-connection-refused = 接続が拒否されました (システムエラー { $code })
# Any other reason, in the system's own (English) words.
core-io-other = { $text }

# A whole error said inside another message: a file's path and why.
core-error-io = { $path }：{ $reason }
core-error-disk = { $path }：{ $cause }
core-error-database = データベースエラー：{ $error }
core-error-field = { $field }：{ $message }
core-error-text = { $text }

# Why a file is not a ledger, or is read-only (inside core-error-not-a-ledger's
# $reason and core-error-read-only's $why); $error is said inside, $found and
# $sqlite are SQLite's own words; $kind is a schema object's type.
core-ledger-why-uncountable = 合計を数えられません：{ $error }
core-ledger-why-unreadable = 中の記録を読み取れません：{ $error }
core-ledger-why-unfit = 記録同士が整合しません（{ $error }）
core-ledger-why-not-regular = 通常のファイルではありません
core-ledger-why-not-a-backup = LiveLedger のバックアップではありません
core-ledger-why-integrity = 整合性チェックに失敗しました：{ $found }
core-ledger-why-empty = 台帳が入っていません
core-ledger-why-other-tables = ほかのテーブルが入っています（アプリケーションIDが LiveLedger のものではありません）
core-ledger-why-not-yet = まだ台帳ではありません
core-ledger-why-older = 古い LiveLedger で書かれています。アップグレードが必要で、それには書き込みが伴います
core-ledger-why-file-read-only = ファイルに書き込めません
core-ledger-why-disk-read-only = ファイル、そのフォルダー、またはディスクに書き込めません
core-ledger-why-not-sqlite = SQLite データベースではありません
core-ledger-why-changed = その { $kind ->
    [table] テーブル
    [index] インデックス
    [trigger] トリガー
   *[view] ビュー
} '{ $name }' は LiveLedger のものではありません。復元で持ち込むのは記録だけで、スキーマやコードは持ち込みません
core-ledger-why-extra = LiveLedger がそのバージョン（{ $version }）で作らない{ $kind ->
    [table] テーブル
    [index] インデックス
    [trigger] トリガー
   *[view] ビュー
} '{ $name }' が入っています。復元で持ち込むのは記録だけで、スキーマやコードは持ち込みません
core-ledger-why-missing = その { $kind ->
    [table] テーブル
    [index] インデックス
    [trigger] トリガー
   *[view] ビュー
} '{ $name }' は LiveLedger のものではありません
core-ledger-disk-full = ディスクがいっぱいです（{ $sqlite }）。これ以上は何も書き込んでいません
core-ledger-disk-failed = ディスクを読み書きできませんでした（満杯、故障、または取り外し）（{ $sqlite }）。これ以上は何も書き込んでいません

# What a sum too large to add up was (inside core-error-overflow's $what).
core-overflow-session = { $part ->
    [diamonds] LIVE配信 { $id } のダイヤモンド
   *[value] LIVE配信 { $id } の価値
}
core-overflow-statement = 明細の{ $part ->
    [opening-balance] 期首残高
    [gifts] ギフト
    [coins] コイン
    [diamonds] ダイヤモンド
    [value] 価値
    [withdrawals] 出金
    [fees] 手数料
    [payouts] 支払額
    [corrections] 修正
    [balance] 残高
   *[rounding] 端数処理
}
core-overflow = { $what ->
    [balance-value] 残高の価値
    [recent-pace] 最近のペース
    [pending-withdrawals] 保留中の出金
    [period-diamonds] 期間のダイヤモンド
    [day-diamonds] 1 日のダイヤモンド
    [coins-every-session] すべてのLIVE配信のコイン
    [minute-diamonds] 1 分間のダイヤモンド
    [money-per-1000] 視聴者 1,000 人あたりの金額
    [diamonds-to-go] 残りのダイヤモンド
    [diamonds-earned] 獲得したダイヤモンド
    [diamonds-withdrawn] 出金したダイヤモンド
    [corrections] 修正
    [day-withdrawals] その日の出金
    [balance] 残高
    [booked-diamonds] 記帳したダイヤモンド
    [wallet-difference] ウォレットとの差
    [withdrawal-value] 出金の価値
    [withdrawal-net] 出金の純額
   *[tiktok-diamonds] TikTok のダイヤモンド
}
core-overflow-engagement = LIVE配信 { $id } の { $minute } の 1 分間のエンゲージメント

# The titles LiveLedger gives a live it made itself (the stored title stays as written;
# these say it in the creator's language).
core-title-imported = インポートしたLIVE配信
core-title-captured = キャプチャしたLIVE配信
core-title-booked = TikTok LIVE Center：{ $day }
